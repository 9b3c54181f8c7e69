//! The effect-goal report: each of Örebro's four goals with its target, deadline, figures,
//! whether it is met, its half-yearly trend and the items that miss it.

use super::{gaps::yes_no, Parts};
use crate::app::effect_goals;
use crate::app::error::Result;
use crate::i18n::{Arg, Translator};
use crate::store::Catalog;
use crate::wire::{figure, GoalStatus, GoalTarget, ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "goal",
    "target",
    "deadline",
    "numerator",
    "denominator",
    "value",
    "met",
    "trend",
    "misses",
];

/// How many missing items a row names before it says how many more.
const MISSES_NAMED: usize = 5;

/// A row per goal, in the strategy's order.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let rows = effect_goals::evaluate(catalog)?
        .iter()
        .map(|goal| row(goal, t))
        .collect();
    let facts = vec![(t.t("goal-period"), effect_goals::STRATEGY_START.to_owned())];
    Ok((COLUMNS, rows, facts))
}

fn row(status: &GoalStatus, t: &Translator) -> ReportRow {
    let goal = status.goal;
    let target = match status.target {
        GoalTarget::Percent(p) => {
            t.t_with("goal-target-percent", &[("percent", Arg::from(p as usize))])
        }
        GoalTarget::Count(n) => t.t_with("goal-target-count", &[("count", Arg::from(n))]),
    };
    let trend: Vec<String> = status
        .trend
        .iter()
        .map(|(end, n, d)| format!("{end}: {}", figure(*n, *d)))
        .collect();
    let mut misses: Vec<String> = status
        .misses
        .iter()
        .take(MISSES_NAMED)
        .map(|(_, _, name, why)| format!("{name} ({})", t.t(why)))
        .collect();
    if status.misses.len() > MISSES_NAMED {
        misses.push(t.t_with(
            "findings-more",
            &[("count", Arg::from(status.misses.len() - MISSES_NAMED))],
        ));
    }
    let value = status.value();
    ReportRow {
        item: None,
        cells: vec![
            ReportCell::coded(goal.as_str(), t.t(&format!("goal-{}", goal.as_str()))),
            ReportCell::coded(
                serde_json::to_value(status.target).unwrap_or_default(),
                target,
            ),
            ReportCell::text(status.deadline.clone()),
            ReportCell::coded(status.numerator, status.numerator.to_string()),
            ReportCell::coded(
                status.denominator,
                status
                    .denominator
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            ReportCell::coded(value, figure(status.numerator, status.denominator)),
            ReportCell::coded(status.met, yes_no(t, status.met)),
            ReportCell::coded(
                serde_json::to_value(&status.trend).unwrap_or_default(),
                trend.join("; "),
            ),
            ReportCell::coded(
                serde_json::to_value(&status.misses).unwrap_or_default(),
                misses.join("; "),
            ),
        ],
    }
}
