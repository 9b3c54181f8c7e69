//! The rules of good catalog keeping (`datapakt validate`, the app's findings): owners,
//! successors, classification and data processing agreements. Each rule is one function.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::i18n::Translator;
use crate::model::{Entity, Finding, InformationSet, Lang, Lifecycle, Role, Rule};
use crate::store::{Catalog, ContractFacts};
use crate::wire::RuleFindings;

/// Every rule the catalog breaks today, rule by rule.
pub fn check_catalog(catalog: &Catalog) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    check_each(catalog, &mut |finding| findings.push(finding))?;
    let english = Translator::new(Lang::En);
    for finding in &mut findings {
        finding.message = english.finding(finding);
    }
    Ok(findings)
}

/// The broken rules (in [`Rule::ALL`] order) with how many items break each and the first
/// `per_rule` of them, without holding every finding at once (a large catalog can break a
/// rule 100,000 times).
pub fn summary(catalog: &Catalog, per_rule: usize) -> Result<Vec<RuleFindings>> {
    let mut groups: Vec<RuleFindings> = Rule::ALL
        .iter()
        .map(|rule| RuleFindings {
            rule: *rule,
            total: 0,
            first: Vec::new(),
        })
        .collect();
    check_each(catalog, &mut |finding| {
        if let Some(group) = groups.iter_mut().find(|g| g.rule == finding.rule) {
            group.total += 1;
            if group.first.len() < per_rule {
                group.first.push(finding);
            }
        }
    })?;
    let english = Translator::new(Lang::En);
    for finding in groups.iter_mut().flat_map(|g| g.first.iter_mut()) {
        finding.message = english.finding(finding);
    }
    groups.retain(|g| g.total > 0);
    Ok(groups)
}

/// Hands every finding to `out`, rule by rule (their English messages left empty).
fn check_each(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    let today = catalog.today()?;
    let sets: HashMap<i64, InformationSet> = catalog
        .information_sets()?
        .into_iter()
        .map(|set| (set.id.0, set))
        .collect();
    let contracts = catalog.contract_facts()?;
    contracts_have_owners(catalog, &contracts, out)?;
    contracts_are_classified(&contracts, &sets, out);
    personal_data_has_agreement(&contracts, &sets, out);
    integrations_have_owners(catalog, out)?;
    systems_have_owners(catalog, out)?;
    information_sets_have_owners(catalog, &sets, &today, out)?;
    departed_owners_have_successors(catalog, &today, out)?;
    Ok(())
}

/// A finding; its English message is filled in at the end, from the translations.
fn finding(rule: Rule, entity: Entity, item: i64, title: &str, args: &[(&str, String)]) -> Finding {
    Finding {
        rule,
        entity,
        item,
        title: title.to_owned(),
        args: args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        message: String::new(),
    }
}

fn contracts_have_owners(
    catalog: &Catalog,
    contracts: &[ContractFacts],
    out: &mut dyn FnMut(Finding),
) -> Result<()> {
    let owned: HashSet<i64> = catalog
        .roles(Entity::Contract, None)?
        .into_iter()
        .filter(|a| a.role == Role::InformationOwner)
        .map(|a| a.item)
        .collect();
    for contract in contracts.iter().filter(|c| !owned.contains(&c.id.0)) {
        out(finding(
            Rule::ContractHasInformationOwner,
            Entity::Contract,
            contract.id.0,
            &contract.title,
            &[],
        ));
    }
    Ok(())
}

fn governed<'a>(
    contract: &'a ContractFacts,
    sets: &'a HashMap<i64, InformationSet>,
) -> impl Iterator<Item = &'a InformationSet> {
    contract
        .information_sets
        .iter()
        .filter_map(|id| sets.get(&id.0))
}

fn contracts_are_classified(
    contracts: &[ContractFacts],
    sets: &HashMap<i64, InformationSet>,
    out: &mut dyn FnMut(Finding),
) {
    for contract in contracts {
        if governed(contract, sets).any(|s| s.draft.effective_classification().is_some()) {
            continue;
        }
        let variant = if contract.information_sets.is_empty() {
            "no-sets"
        } else {
            "unclassified"
        };
        out(finding(
            Rule::ContractHasClassification,
            Entity::Contract,
            contract.id.0,
            &contract.title,
            &[("variant", variant.to_owned())],
        ));
    }
}

fn personal_data_has_agreement(
    contracts: &[ContractFacts],
    sets: &HashMap<i64, InformationSet>,
    out: &mut dyn FnMut(Finding),
) {
    for contract in contracts {
        let personal = governed(contract, sets).any(|s| s.draft.has_personal_data());
        if personal && !contract.in_house && !contract.covered_by_agreement {
            out(finding(
                Rule::PersonalDataHasAgreement,
                Entity::Contract,
                contract.id.0,
                &contract.title,
                &[],
            ));
        }
    }
}

fn integrations_have_owners(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    for integration in catalog.integrations()? {
        if integration.draft.owner.is_none() {
            out(finding(
                Rule::IntegrationHasOwner,
                Entity::Integration,
                integration.id.0,
                &integration.draft.name,
                &[],
            ));
        }
    }
    Ok(())
}

/// A system nobody ever owned (a departed owner is the successor rule's finding).
fn systems_have_owners(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    let owned: HashSet<i64> = catalog
        .roles(Entity::System, None)?
        .into_iter()
        .filter(|a| a.role == Role::SystemOwner)
        .map(|a| a.item)
        .collect();
    for system in catalog.systems()? {
        if system.draft.lifecycle != Lifecycle::Retired && !owned.contains(&system.id.0) {
            out(finding(
                Rule::SystemHasOwner,
                Entity::System,
                system.id.0,
                &system.draft.name,
                &[],
            ));
        }
    }
    Ok(())
}

fn information_sets_have_owners(
    catalog: &Catalog,
    sets: &HashMap<i64, InformationSet>,
    today: &str,
    out: &mut dyn FnMut(Finding),
) -> Result<()> {
    let mut sets: Vec<&InformationSet> = sets.values().collect();
    sets.sort_by(|a, b| a.draft.name.cmp(&b.draft.name).then(a.id.cmp(&b.id)));
    for set in sets {
        let (rule, args) = match set.draft.owner {
            None => (Rule::InformationSetHasOwner, Vec::new()),
            Some(owner) => {
                let person = catalog.person(owner)?;
                match person.draft.left_on {
                    Some(day) if day.as_str() <= today => (
                        Rule::DepartedOwnerHasSuccessor,
                        departed(&person.draft.name, &day, Role::InformationOwner),
                    ),
                    _ => continue,
                }
            }
        };
        out(finding(
            rule,
            Entity::InformationSet,
            set.id.0,
            &set.draft.name,
            &args,
        ));
    }
    Ok(())
}

fn departed_owners_have_successors(
    catalog: &Catalog,
    today: &str,
    out: &mut dyn FnMut(Finding),
) -> Result<()> {
    for (assignment, person) in catalog.ownerships_without_successor(today)? {
        let title = match assignment.entity {
            Entity::Contract => {
                catalog
                    .contract(crate::model::ContractId(assignment.item))?
                    .draft
                    .title
            }
            Entity::System => catalog.system_name(assignment.item)?,
            _ => format!("{} {}", assignment.entity.as_str(), assignment.item),
        };
        out(finding(
            Rule::DepartedOwnerHasSuccessor,
            assignment.entity,
            assignment.item,
            &title,
            &departed(
                &person.draft.name,
                person.draft.left_on.as_deref().unwrap_or("?"),
                assignment.role,
            ),
        ));
    }
    Ok(())
}

/// The values of a departed-owner finding.
fn departed(person: &str, day: &str, role: Role) -> Vec<(&'static str, String)> {
    vec![
        ("person", person.to_owned()),
        ("date", day.to_owned()),
        ("role", role.as_str().to_owned()),
    ]
}

#[cfg(test)]
mod tests;
