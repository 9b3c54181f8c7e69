//! Örebro's four effect goals (Integrations- och API-strategi 2025–2028, "Effektmål"),
//! computed from the catalog, each with the items that miss it and its trend at every
//! half-year's end since the strategy began (the strategy is followed up half-yearly).
//!
//! - Reusable integrations: of the integrations recorded since the strategy began, the share
//!   reusable through the central platform (target ≥ 50 % by 2026).
//! - Open APIs: approved contracts with public access rights that govern information
//!   (target ≥ 10 by 2028).
//! - Secured APIs: of the contracts that govern information (the APIs), the share whose
//!   classification is established and whose integrations lack no required safeguard
//!   (target 100 % by 2028).
//! - Automated cases: of the e-services' cases in their latest period, the share handled
//!   without a manual step (target ≥ 60 % by 2028).
//!
//! Trends come from the audit trail (integrations, contracts) and from the e-services'
//! figures per period; the secured-API goal has no trend, since it depends on every
//! information set's classification and every integration's safeguards at the time.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use crate::app::checks;
use crate::app::error::Result;
use crate::model::{AccessRights, ContractStatus, Entity};
use crate::store::Catalog;
use crate::wire::{Goal, GoalStatus, GoalTarget};

/// The strategy period's first day: integrations recorded from then on are "new".
pub const STRATEGY_START: &str = "2025-01-01";

/// Every goal's status today.
pub fn evaluate(catalog: &Catalog) -> Result<Vec<GoalStatus>> {
    let today = catalog.today()?;
    let points = half_year_ends(&today);
    Ok(vec![
        reusable_integrations(catalog, &points)?,
        open_apis(catalog, &points)?,
        secured_apis(catalog)?,
        automated_cases(catalog, &points)?,
    ])
}

/// The last days of the half-years since [`STRATEGY_START`] that have ended before `today`.
fn half_year_ends(today: &str) -> Vec<String> {
    let first: i32 = STRATEGY_START[..4].parse().unwrap_or(2025);
    let last: i32 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(first);
    (first..=last)
        .flat_map(|year| [format!("{year}-06-30"), format!("{year}-12-31")])
        .filter(|end| end.as_str() < today)
        .collect()
}

/// Whether the goal's target is met by these figures.
fn met(goal: Goal, numerator: usize, denominator: Option<usize>) -> bool {
    match (crate::goals::target(goal), denominator) {
        (GoalTarget::Count(n), _) => numerator >= n,
        (GoalTarget::Percent(p), Some(d)) => d > 0 && numerator * 100 >= usize::from(p) * d,
        (GoalTarget::Percent(_), None) => false,
    }
}

fn status(
    goal: Goal,
    numerator: usize,
    denominator: Option<usize>,
    misses: Vec<(Entity, i64, String, String)>,
    trend: Vec<(String, usize, Option<usize>)>,
) -> GoalStatus {
    GoalStatus {
        goal,
        target: crate::goals::target(goal),
        deadline: crate::goals::deadline(goal).to_owned(),
        numerator,
        denominator,
        met: met(goal, numerator, denominator),
        misses,
        trend,
    }
}

/// Each item's state as of each point: the audit trail replayed, an item's last change on or
/// before the day (`None` once deleted), and the day it was first recorded.
struct Replay {
    changes: Vec<(String, i64, Option<Value>)>,
}

impl Replay {
    /// The changes of `entity`, each holding only `keys`; with `ever`, only of the items that
    /// at some point had that value under that key.
    fn load(
        catalog: &Catalog,
        entity: Entity,
        keys: &[&str],
        ever: Option<(&str, &str)>,
    ) -> Result<Replay> {
        Ok(Replay {
            changes: catalog.changes_of(entity, keys, ever)?,
        })
    }

    /// The day each item was first recorded.
    fn first_recorded(&self) -> HashMap<i64, String> {
        let mut first = HashMap::new();
        for (at, id, _) in &self.changes {
            first.entry(*id).or_insert_with(|| day(at).to_owned());
        }
        first
    }

    /// Every change up to and including `end`, by item, in order.
    fn until<'a>(&'a self, end: &str) -> BTreeMap<i64, Vec<&'a Option<Value>>> {
        let mut by_item: BTreeMap<i64, Vec<&Option<Value>>> = BTreeMap::new();
        for (at, id, after) in &self.changes {
            if day(at) <= end {
                by_item.entry(*id).or_default().push(after);
            }
        }
        by_item
    }
}

/// The date part of a timestamp.
fn day(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}

fn reusable_integrations(catalog: &Catalog, points: &[String]) -> Result<GoalStatus> {
    let replay = Replay::load(
        catalog,
        Entity::Integration,
        &["reusable_via_platform"],
        None,
    )?;
    let first = replay.first_recorded();
    let is_new = |id: i64| first.get(&id).is_none_or(|d| d.as_str() >= STRATEGY_START);
    let mut counted = 0;
    let mut misses = Vec::new();
    let mut reusable = 0;
    for integration in catalog.integrations()? {
        if !is_new(integration.id.0) {
            continue;
        }
        counted += 1;
        if integration.draft.reusable_via_platform {
            reusable += 1;
        } else {
            misses.push((
                Entity::Integration,
                integration.id.0,
                integration.draft.name,
                "goal-why-not-reusable".to_owned(),
            ));
        }
    }
    let trend = points
        .iter()
        .map(|end| {
            let (yes, all) = reusable_at(&replay, end);
            (end.clone(), yes, Some(all))
        })
        .collect();
    Ok(status(
        Goal::ReusableIntegrations,
        reusable,
        Some(counted),
        misses,
        trend,
    ))
}

/// Of the integrations that exist at the end of `end` and were first recorded since the
/// strategy began, how many are reusable through the platform, and how many there are.
fn reusable_at(replay: &Replay, end: &str) -> (usize, usize) {
    let first = replay.first_recorded();
    let (mut yes, mut all) = (0, 0);
    for (id, states) in replay.until(end) {
        let Some(Some(state)) = states.last() else {
            continue;
        };
        if first.get(&id).is_none_or(|d| d.as_str() >= STRATEGY_START) {
            all += 1;
            yes += usize::from(state["reusable_via_platform"] == true);
        }
    }
    (yes, all)
}

fn open_apis(catalog: &Catalog, points: &[String]) -> Result<GoalStatus> {
    let governing: HashSet<i64> = catalog
        .governing_contract_facts()?
        .into_iter()
        .filter(|c| !c.information_sets.is_empty())
        .map(|c| c.id.0)
        .collect();
    let mut open = 0;
    let mut misses = Vec::new();
    for (id, title, status, rights) in catalog.contract_publication()? {
        if rights != AccessRights::Public || !governing.contains(&id.0) {
            continue;
        }
        if status == ContractStatus::Approved {
            open += 1;
        } else {
            misses.push((
                Entity::Contract,
                id.0,
                title,
                "goal-why-not-approved".to_owned(),
            ));
        }
    }
    // Only contracts that were ever public can have been open APIs.
    let replay = Replay::load(
        catalog,
        Entity::Contract,
        &["version", "status", "access_rights", "information_sets"],
        Some(("access_rights", AccessRights::Public.as_str())),
    )?;
    let trend = points
        .iter()
        .map(|end| {
            let published = replay
                .until(end)
                .values()
                .filter(|states| open_at(states))
                .count();
            (end.clone(), published, None)
        })
        .collect();
    Ok(status(Goal::OpenApis, open, None, misses, trend))
}

/// Whether a contract's changes up to a day leave it approved, public and governing
/// information. Its changes are drafts (with `version`) and status records (with `status`);
/// the last of each counts.
fn open_at(states: &[&Option<Value>]) -> bool {
    let Some(Some(_)) = states.last() else {
        return false;
    };
    let values = states.iter().filter_map(|s| s.as_ref());
    let draft = values.clone().rfind(|v| v.get("version").is_some());
    let status = values
        .filter_map(|v| v.get("status"))
        .next_back()
        .and_then(|s| serde_json::from_value::<ContractStatus>(s.clone()).ok());
    let Some(draft) = draft else {
        return false;
    };
    status == Some(ContractStatus::Approved)
        && draft["access_rights"] == AccessRights::Public.as_str()
        && draft["information_sets"]
            .as_array()
            .is_some_and(|sets| !sets.is_empty())
}

fn secured_apis(catalog: &Catalog) -> Result<GoalStatus> {
    let sets: HashMap<i64, Option<u8>> = catalog
        .information_sets()?
        .into_iter()
        .map(|set| (set.id.0, set.draft.effective_classification()))
        .collect();
    let with_gaps: HashSet<i64> = checks::safeguard_gaps(catalog)?
        .into_iter()
        .flat_map(|gap| gap.contracts)
        .map(|c| c.0)
        .collect();
    let mut apis = 0;
    let mut misses = Vec::new();
    for contract in catalog.governing_contract_facts()? {
        apis += 1;
        let classified = contract
            .information_sets
            .iter()
            .filter_map(|id| sets.get(&id.0).copied().flatten())
            .max()
            .is_some();
        let why = if !classified {
            "goal-why-unclassified"
        } else if with_gaps.contains(&contract.id.0) {
            "goal-why-safeguard-gaps"
        } else {
            continue;
        };
        misses.push((
            Entity::Contract,
            contract.id.0,
            contract.title,
            why.to_owned(),
        ));
    }
    let secured = apis - misses.len();
    Ok(status(
        Goal::SecuredApis,
        secured,
        Some(apis),
        misses,
        Vec::new(),
    ))
}

fn automated_cases(catalog: &Catalog, points: &[String]) -> Result<GoalStatus> {
    let systems = catalog.systems()?;
    // Each e-service's figures of its latest period on or before `end` (`None`: the latest).
    let totals = |end: Option<&str>| {
        let (mut cases, mut automated) = (0usize, 0usize);
        let mut below = Vec::new();
        for system in &systems {
            let latest = system
                .draft
                .case_figures
                .iter()
                .filter(|f| end.is_none_or(|end| f.period_end.as_str() <= end))
                .max_by(|a, b| a.period_end.cmp(&b.period_end));
            if let Some(f) = latest {
                cases += f.cases as usize;
                automated += f.without_manual_steps as usize;
                if !met(
                    Goal::AutomatedCases,
                    f.without_manual_steps as usize,
                    Some(f.cases as usize),
                ) {
                    below.push((
                        Entity::System,
                        system.id.0,
                        system.draft.name.clone(),
                        "goal-why-manual-steps".to_owned(),
                    ));
                }
            }
        }
        (automated, cases, below)
    };
    let (automated, cases, misses) = totals(None);
    let trend = points
        .iter()
        .map(|end| {
            let (automated, cases, _) = totals(Some(end));
            (end.clone(), automated, Some(cases))
        })
        .collect();
    Ok(status(
        Goal::AutomatedCases,
        automated,
        Some(cases),
        misses,
        trend,
    ))
}

#[cfg(test)]
mod tests;
