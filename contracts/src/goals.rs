//! Örebro's four effect goals (Integrations- och API-strategi 2025–2028, "Effektmål"): the
//! target each must reach and by when, as the strategy sets them. Policy, kept out of the
//! wire types: the use cases read it and send each goal's target and deadline with its
//! figures (`app::effect_goals`).

use crate::wire::{Goal, GoalTarget};

/// The target `goal` must reach: a share in percent, or (for open APIs) a count.
pub fn target(goal: Goal) -> GoalTarget {
    match goal {
        Goal::ReusableIntegrations => GoalTarget::Percent(50),
        Goal::OpenApis => GoalTarget::Count(10),
        Goal::SecuredApis => GoalTarget::Percent(100),
        Goal::AutomatedCases => GoalTarget::Percent(60),
    }
}

/// The last day (`YYYY-MM-DD`) by which `goal`'s target is to be met.
pub fn deadline(goal: Goal) -> &'static str {
    match goal {
        Goal::ReusableIntegrations => "2026-12-31",
        Goal::OpenApis | Goal::SecuredApis | Goal::AutomatedCases => "2028-12-31",
    }
}
