//! The rules of good catalog keeping (`datapakt validate`, the app's findings): owners,
//! successors, classification, data processing agreements, safeguards, the contact point's
//! desk (follow-ups kept, requests handled by someone) and the access register. Each rule is
//! one function.

use std::collections::{HashMap, HashSet};

use crate::app::error::Result;
use crate::i18n::Translator;
use serde::{Deserialize, Serialize};

use crate::model::{
    ContractId, Date, Entity, Finding, GrantStatus, InformationSet, IntegrationId, Lang, Level,
    Lifecycle, PersonalData, Request, RequestStatus, Role, Rule,
};
use crate::safeguards::{self, required, Safeguard};
use crate::store::{Catalog, ContractFacts};
use crate::validate::IssueCode;
use crate::wire::RuleFindings;

/// How many findings per rule the overview is sent (the rest are counted).
pub const FINDINGS_PER_RULE: usize = 10;

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

/// The findings about one item (its English messages filled in), for the item's page.
pub fn findings_for(catalog: &Catalog, entity: Entity, item: i64) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    check_each(catalog, &mut |finding| {
        if finding.entity == entity && finding.item == item {
            findings.push(finding);
        }
    })?;
    let english = Translator::new(Lang::En);
    for finding in &mut findings {
        finding.message = english.finding(finding);
    }
    Ok(findings)
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
    contracts_are_complete(&contracts, out);
    contracts_have_owners(catalog, &contracts, out)?;
    contracts_are_classified(&contracts, &sets, out);
    personal_data_has_agreement(&contracts, &sets, out);
    integrations_have_owners(catalog, out)?;
    integrations_have_contracts(catalog, out)?;
    systems_have_owners(catalog, out)?;
    information_sets_have_owners(catalog, &sets, &today, out)?;
    departed_owners_have_successors(catalog, &today, out)?;
    for gap in safeguard_gaps_in(catalog, &contracts, &sets)? {
        out(gap.finding());
    }
    let portfolio = crate::app::reuse::Portfolio::load(catalog)?;
    choices::technology_follows_advice(portfolio.integrations(), out);
    choices::reuse_before_build(&portfolio, out);
    let requests = catalog.requests()?;
    requests_are_followed_up(&requests, &today, out);
    requests_have_assignees(catalog, &requests, &today, out)?;
    access_register(catalog, out)?;
    releases_match_their_sets(catalog, out)
}

/// An approved contract governing an information set changed since its release: its next
/// version is due (saving it starts the draft; approving it releases).
fn releases_match_their_sets(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    for (contract, title, version, set) in catalog.releases_behind_their_sets()? {
        out(finding(
            Rule::ReleaseMatchesInformationSets,
            Entity::Contract,
            contract.0,
            &title,
            &[("set", set), ("version", version)],
        ));
    }
    Ok(())
}

/// The access register's findings, grant by grant (each has at most one: its status): an
/// overdue review, a contract that no longer allows the access, a grant past its last day.
fn access_register(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    let today = crate::app::access::today(catalog)?;
    for entry in crate::app::access::register(catalog, today)? {
        if let Some(found) = access_finding(&entry) {
            out(found);
        }
    }
    Ok(())
}

/// The finding of one register entry, if its status is one (its English message left
/// empty).
pub(crate) fn access_finding(entry: &crate::app::access::Entry) -> Option<Finding> {
    let state = &entry.state;
    let contract = ("contract", entry.contract.clone());
    let (rule, args) = match state.status {
        GrantStatus::ReviewOverdue => (
            Rule::AccessReviewOverdue,
            vec![
                (
                    "date",
                    state.review_due.map(|d| d.to_string()).unwrap_or_default(),
                ),
                contract,
            ],
        ),
        GrantStatus::ContractNotInForce => {
            let (reason, date) = match state.contract_problem {
                Some(problem) => contract_problem(problem),
                None => ("retired", None),
            };
            (
                Rule::AccessContractNotInForce,
                vec![
                    ("reason", reason.to_owned()),
                    ("date", date.map(|d| d.to_string()).unwrap_or_default()),
                    contract,
                ],
            )
        }
        GrantStatus::Lapsed => (
            Rule::AccessGrantLapsed,
            vec![("date", entry.grant.draft.valid_until.clone()), contract],
        ),
        GrantStatus::Active | GrantStatus::Upcoming | GrantStatus::Revoked => return None,
    };
    Some(finding(
        rule,
        Entity::AccessGrant,
        entry.grant.id.0,
        &entry.title,
        &args,
    ))
}

/// Why a contract no longer allows a grant, as the `reason` of the finding's message, and
/// the day it names.
fn contract_problem(code: IssueCode) -> (&'static str, Option<Date>) {
    match code {
        IssueCode::ContractIsDraft => ("draft", None),
        IssueCode::ContractInReview => ("in-review", None),
        IssueCode::ContractNotYetValid { date } => ("not-yet-valid", Some(date)),
        IssueCode::ContractExpired { date } => ("expired", Some(date)),
        IssueCode::ContractEndsFirst { date } => ("ends-first", Some(date)),
        IssueCode::ContractNotGoverning => ("not-governing", None),
        IssueCode::ContractNotForConsumer => ("not-for-consumer", None),
        _ => ("retired", None),
    }
}

/// An open request whose follow-up day has passed.
fn requests_are_followed_up(requests: &[Request], today: &str, out: &mut dyn FnMut(Finding)) {
    for request in requests.iter().filter(|r| r.draft.is_overdue(today)) {
        out(finding(
            Rule::RequestFollowUpOverdue,
            Entity::Request,
            request.id.0,
            &request.draft.title,
            &[
                ("date", request.draft.follow_up.clone().unwrap_or_default()),
                ("status", request.draft.status.as_str().to_owned()),
            ],
        ));
    }
}

/// A request someone should be working on (in progress, waiting or escalated) with nobody
/// assigned, or assigned to someone who has left. A new request waits to be assigned; a
/// resolved one needs nobody.
fn requests_have_assignees(
    catalog: &Catalog,
    requests: &[Request],
    today: &str,
    out: &mut dyn FnMut(Finding),
) -> Result<()> {
    for request in requests {
        if matches!(
            request.draft.status,
            RequestStatus::New | RequestStatus::Resolved
        ) {
            continue;
        }
        let status = ("status", request.draft.status.as_str().to_owned());
        let args = match request.draft.assignee {
            None => vec![("variant", "none".to_owned()), status],
            Some(assignee) => {
                let person = catalog.person(assignee)?;
                match person.draft.left_on {
                    Some(day) if day.as_str() <= today => vec![
                        ("variant", "departed".to_owned()),
                        status,
                        ("person", person.draft.name),
                        ("date", day),
                    ],
                    _ => continue,
                }
            }
        };
        out(finding(
            Rule::RequestHasAssignee,
            Entity::Request,
            request.id.0,
            &request.draft.title,
            &args,
        ));
    }
    Ok(())
}

/// Why a safeguard is required (Datapakt's shipped defaults, [`crate::safeguards`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapReason {
    /// The classification level requires it.
    Level,
    /// Personal data requires it.
    Personal,
    /// Special categories, criminal-offence data or national identity numbers require it.
    Sensitive,
}

impl GapReason {
    /// The stable name (the `reason` of the finding's message).
    pub fn as_str(self) -> &'static str {
        match self {
            GapReason::Level => "level",
            GapReason::Personal => "personal",
            GapReason::Sensitive => "sensitive",
        }
    }
}

/// A safeguard an integration lacks though the contracts governing it require it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafeguardGap {
    /// The integration.
    pub integration: IntegrationId,
    /// Its name.
    pub name: String,
    /// The safeguard it lacks.
    pub safeguard: Safeguard,
    /// Why it is required.
    pub reason: GapReason,
    /// The highest classification level of the information it carries (its scheme's, else
    /// a bare ordinal); `None` when unclassified.
    pub level: Option<Level>,
    /// The contracts governing it, by id.
    pub contracts: Vec<ContractId>,
    /// Whether the requirement is one of Datapakt's shipped defaults (personal data's always;
    /// a level's unless its scheme sets its own policy).
    pub shipped_default: bool,
}

impl SafeguardGap {
    /// The level's name in `lang` with its ordinal, e.g. "Sensitive (3)"; `None` when
    /// unclassified.
    pub fn level_name(&self, lang: Lang) -> Option<String> {
        self.level.as_ref().map(|level| match level.name.get(lang) {
            "" => level.ordinal.to_string(),
            name => format!("{name} ({})", level.ordinal),
        })
    }

    /// The finding (English message left empty); the level's name goes with it in every
    /// language (`level@<tag>`), so the message reads in the reader's.
    fn finding(&self) -> Finding {
        let mut finding = finding(
            Rule::SafeguardGap,
            Entity::Integration,
            self.integration.0,
            &self.name,
            &[
                ("safeguard", self.safeguard.as_str().to_owned()),
                ("reason", self.reason.as_str().to_owned()),
                ("level", self.level_name(Lang::En).unwrap_or_default()),
                (
                    "default",
                    if self.shipped_default { "yes" } else { "no" }.to_owned(),
                ),
                (
                    "contracts",
                    self.contracts
                        .iter()
                        .map(|c| c.0.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ],
        );
        for lang in Lang::ALL {
            if let Some(name) = self.level_name(lang) {
                finding.args.insert(format!("level@{}", lang.tag()), name);
            }
        }
        finding
    }
}

/// Every safeguard gap in the catalog, integration by integration (by name), each
/// integration's in [`Safeguard::ALL`] order.
pub fn safeguard_gaps(catalog: &Catalog) -> Result<Vec<SafeguardGap>> {
    let sets: HashMap<i64, InformationSet> = catalog
        .information_sets()?
        .into_iter()
        .map(|set| (set.id.0, set))
        .collect();
    safeguard_gaps_in(catalog, &catalog.governing_contract_facts()?, &sets)
}

fn safeguard_gaps_in(
    catalog: &Catalog,
    contracts: &[ContractFacts],
    sets: &HashMap<i64, InformationSet>,
) -> Result<Vec<SafeguardGap>> {
    let mut governing: HashMap<i64, Vec<ContractId>> = HashMap::new();
    for (contract, integration) in catalog.contract_integrations()? {
        governing.entry(integration.0).or_default().push(contract);
    }
    if governing.is_empty() {
        return Ok(Vec::new());
    }
    let by_id: HashMap<i64, &ContractFacts> = contracts.iter().map(|c| (c.id.0, c)).collect();
    let schemes = catalog.schemes()?;
    let mut gaps = Vec::new();
    for integration in catalog.integrations()? {
        let Some(ids) = governing.get(&integration.id.0) else {
            continue;
        };
        // The highest level (with the set it comes from) and every kind of personal data.
        let mut highest: Option<(u8, &InformationSet)> = None;
        let mut personal = PersonalData::default();
        for set in ids
            .iter()
            .filter_map(|id| by_id.get(&id.0))
            .flat_map(|contract| governed(contract, sets))
        {
            personal = personal.union(set.draft.personal_data());
            if let Some(level) = set.draft.effective_classification() {
                if highest.is_none_or(|(top, _)| level > top) {
                    highest = Some((level, set));
                }
            }
        }
        // The level's policy (its scheme's, else the shipped default for the ordinal).
        let level: Option<Level> = highest.map(|(ordinal, set)| {
            safeguards::level_in(&schemes, set.draft.scheme.as_deref(), ordinal)
        });
        let level = level.as_ref();
        let (by_level, level_default) = level.map_or((Vec::new(), true), safeguards::for_level);
        let by_personal = required(
            None,
            PersonalData {
                personal: personal.any(),
                ..PersonalData::default()
            },
        );
        for safeguard in safeguards::required_at(level, personal) {
            if integration.draft.safeguards.contains(&safeguard) {
                continue;
            }
            let reason = if by_level.contains(&safeguard) {
                GapReason::Level
            } else if by_personal.contains(&safeguard) {
                GapReason::Personal
            } else {
                GapReason::Sensitive
            };
            gaps.push(SafeguardGap {
                integration: integration.id,
                name: integration.draft.name.clone(),
                safeguard,
                reason,
                level: level.cloned(),
                contracts: ids.clone(),
                shipped_default: reason != GapReason::Level || level_default,
            });
        }
    }
    Ok(gaps)
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

/// A contract that lacks what review needs: one finding per part it lacks.
fn contracts_are_complete(contracts: &[ContractFacts], out: &mut dyn FnMut(Finding)) {
    for contract in contracts {
        for what in &contract.lacks {
            out(finding(
                Rule::ContractIsComplete,
                Entity::Contract,
                contract.id.0,
                &contract.title,
                &[("what", (*what).to_owned())],
            ));
        }
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

/// A running integration no contract governs, or whose every governing contract is not
/// approved and in force (the same judgement as the map's).
fn integrations_have_contracts(catalog: &Catalog, out: &mut dyn FnMut(Finding)) -> Result<()> {
    let portfolio = crate::app::map::portfolio(catalog)?;
    let index = crate::map::Index::new(&portfolio);
    for (id, contracts) in crate::map::running_without_contract_in_force(&index) {
        let Some(integration) = portfolio.integrations.iter().find(|i| i.id == id) else {
            continue;
        };
        let titles = contracts
            .iter()
            .filter_map(|(c, _)| portfolio.contracts.iter().find(|v| v.id == *c))
            .map(|c| format!("“{}”", c.title))
            .collect::<Vec<_>>()
            .join(", ");
        let variant = if contracts.is_empty() {
            "none"
        } else {
            "not-in-force"
        };
        out(finding(
            Rule::IntegrationHasContract,
            Entity::Integration,
            id.0,
            &integration.draft.name,
            &[("variant", variant.to_owned()), ("contracts", titles)],
        ));
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

mod choices;
#[cfg(test)]
mod tests;

/// The stable (serde) name of an enum value, for a finding's argument.
fn serde_value<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}
