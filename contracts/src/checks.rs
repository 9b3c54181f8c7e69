//! The rules of good catalog keeping (`datapakt validate`, the app's findings): owners,
//! successors, classification and data processing agreements. Each rule is one function.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::model::{Contract, Entity, Finding, InformationSet, Lifecycle, Role, Rule};
use crate::store::Catalog;

/// Every rule the catalog breaks today, rule by rule.
pub fn check_catalog(catalog: &Catalog) -> Result<Vec<Finding>> {
    let today = catalog.today()?;
    let sets: HashMap<i64, InformationSet> = catalog
        .information_sets()?
        .into_iter()
        .map(|set| (set.id.0, set))
        .collect();
    let contracts = catalog
        .list_contracts()?
        .into_iter()
        .map(|summary| catalog.contract(summary.id))
        .collect::<Result<Vec<_>>>()?;
    let mut findings = Vec::new();
    contracts_have_owners(catalog, &contracts, &mut findings)?;
    contracts_are_classified(&contracts, &sets, &mut findings);
    personal_data_has_agreement(catalog, &contracts, &sets, &mut findings)?;
    integrations_have_owners(catalog, &mut findings)?;
    systems_have_owners(catalog, &mut findings)?;
    information_sets_have_owners(catalog, &sets, &today, &mut findings)?;
    departed_owners_have_successors(catalog, &today, &mut findings)?;
    Ok(findings)
}

fn finding(rule: Rule, entity: Entity, item: i64, title: &str, message: String) -> Finding {
    Finding {
        rule,
        entity,
        item,
        title: title.to_owned(),
        message,
    }
}

fn contracts_have_owners(
    catalog: &Catalog,
    contracts: &[Contract],
    findings: &mut Vec<Finding>,
) -> Result<()> {
    let owned: HashSet<i64> = catalog
        .roles(Entity::Contract, None)?
        .into_iter()
        .filter(|a| a.role == Role::InformationOwner)
        .map(|a| a.item)
        .collect();
    for contract in contracts.iter().filter(|c| !owned.contains(&c.id.0)) {
        findings.push(finding(
            Rule::ContractHasInformationOwner,
            Entity::Contract,
            contract.id.0,
            &contract.draft.title,
            "No person holds the information owner role: assign the owner who decides who may \
             receive this information."
                .into(),
        ));
    }
    Ok(())
}

fn governed<'a>(
    contract: &'a Contract,
    sets: &'a HashMap<i64, InformationSet>,
) -> impl Iterator<Item = &'a InformationSet> {
    contract
        .draft
        .information_sets
        .iter()
        .filter_map(|id| sets.get(&id.0))
}

fn contracts_are_classified(
    contracts: &[Contract],
    sets: &HashMap<i64, InformationSet>,
    findings: &mut Vec<Finding>,
) {
    for contract in contracts {
        if governed(contract, sets).any(|s| s.draft.effective_classification().is_some()) {
            continue;
        }
        let message = if contract.draft.information_sets.is_empty() {
            "It governs no information set, so its classification is unknown: link the \
             information sets it carries and classify their fields."
        } else {
            "None of the fields of the information sets it governs is classified: classify them \
             in their information set."
        };
        findings.push(finding(
            Rule::ContractHasClassification,
            Entity::Contract,
            contract.id.0,
            &contract.draft.title,
            message.into(),
        ));
    }
}

fn personal_data_has_agreement(
    catalog: &Catalog,
    contracts: &[Contract],
    sets: &HashMap<i64, InformationSet>,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    for contract in contracts {
        let personal = governed(contract, sets).any(|s| s.draft.has_personal_data());
        if personal
            && !contract.draft.in_house
            && catalog.agreements_covering(contract.id)?.is_empty()
        {
            findings.push(finding(
                Rule::PersonalDataHasAgreement,
                Entity::Contract,
                contract.id.0,
                &contract.draft.title,
                "It carries personal data, but no data processing agreement (GDPR Art. 28) covers \
                 it: record the agreement, or mark the contract as processed in house when no \
                 processor is involved."
                    .into(),
            ));
        }
    }
    Ok(())
}

fn integrations_have_owners(catalog: &Catalog, findings: &mut Vec<Finding>) -> Result<()> {
    for integration in catalog.integrations()? {
        if integration.draft.owner.is_none() {
            findings.push(finding(
                Rule::IntegrationHasOwner,
                Entity::Integration,
                integration.id.0,
                &integration.draft.name,
                "No integration owner is recorded: name the owner of the information it carries, \
                 who keeps its contract current and tells those affected by a change."
                    .into(),
            ));
        }
    }
    Ok(())
}

/// A system nobody ever owned (a departed owner is the successor rule's finding).
fn systems_have_owners(catalog: &Catalog, findings: &mut Vec<Finding>) -> Result<()> {
    let owned: HashSet<i64> = catalog
        .roles(Entity::System, None)?
        .into_iter()
        .filter(|a| a.role == Role::SystemOwner)
        .map(|a| a.item)
        .collect();
    for system in catalog.systems()? {
        if system.draft.lifecycle != Lifecycle::Retired && !owned.contains(&system.id.0) {
            findings.push(finding(
                Rule::SystemHasOwner,
                Entity::System,
                system.id.0,
                &system.draft.name,
                "No system owner is recorded: assign the person responsible for the system, or \
                 mark it retired if it no longer runs."
                    .into(),
            ));
        }
    }
    Ok(())
}

fn information_sets_have_owners(
    catalog: &Catalog,
    sets: &HashMap<i64, InformationSet>,
    today: &str,
    findings: &mut Vec<Finding>,
) -> Result<()> {
    let mut sets: Vec<&InformationSet> = sets.values().collect();
    sets.sort_by(|a, b| a.draft.name.cmp(&b.draft.name).then(a.id.cmp(&b.id)));
    for set in sets {
        let (rule, message) = match set.draft.owner {
            None => (
                Rule::InformationSetHasOwner,
                "No information owner is recorded: choose the person who decides who may \
                 receive this information."
                    .to_owned(),
            ),
            Some(owner) => {
                let person = catalog.person(owner)?;
                match person.draft.left_on.as_deref() {
                    Some(day) if day <= today => (
                        Rule::DepartedOwnerHasSuccessor,
                        format!(
                            "Its information owner {} left on {day}: choose a successor.",
                            person.draft.name
                        ),
                    ),
                    _ => continue,
                }
            }
        };
        findings.push(finding(
            rule,
            Entity::InformationSet,
            set.id.0,
            &set.draft.name,
            message,
        ));
    }
    Ok(())
}

fn departed_owners_have_successors(
    catalog: &Catalog,
    today: &str,
    findings: &mut Vec<Finding>,
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
        findings.push(finding(
            Rule::DepartedOwnerHasSuccessor,
            assignment.entity,
            assignment.item,
            &title,
            format!(
                "{} left on {} and was its {}; nobody has taken over: assign a successor.",
                person.draft.name,
                person.draft.left_on.as_deref().unwrap_or("?"),
                assignment.role.as_str().replace('_', " ")
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
