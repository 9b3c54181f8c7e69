//! Örebro's decision tree for an integration's technology ([`crate::advisor`]): the advice
//! for the answers given, and whether an integration's recorded technology deviates from it.

pub use crate::advisor::{Advice, Answers, Deviation, Severity};
use crate::model::Integration;

/// The answers `integration`'s recorded facts give.
pub fn answers_of(integration: &Integration) -> Answers {
    Answers::from_integration(&integration.draft)
}

/// The advice for `answers`, and how `integration`'s recorded technology (when one is given)
/// deviates from it.
pub fn advise(answers: &Answers, integration: Option<&Integration>) -> (Advice, Option<Deviation>) {
    let advice = crate::advisor::advise(answers);
    let deviation =
        integration.and_then(|i| crate::advisor::deviation(&advice, i.draft.technology));
    (advice, deviation)
}
