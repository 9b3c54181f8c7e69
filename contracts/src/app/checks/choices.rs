//! The rules about an integration's choices: its technology against Örebro's decision tree,
//! and reuse of an existing interface before building a new one.

use super::finding;
use crate::advisor::{self, Answers, Severity};
use crate::app::reuse::Portfolio;
use crate::model::{Entity, Finding, Integration, Rule};

/// SOAP for a new interface, or a technology other than the advice with no justification.
pub(super) fn technology_follows_advice(
    integrations: &[Integration],
    out: &mut dyn FnMut(Finding),
) {
    for integration in integrations {
        let draft = &integration.draft;
        let advice = advisor::advise(&Answers::from_integration(draft));
        let Some(deviation) = advisor::deviation(&advice, draft.technology) else {
            continue;
        };
        let severity = match deviation.severity {
            Severity::Finding => "soap",
            Severity::NeedsJustification if draft.technology_justification.trim().is_empty() => {
                "unjustified"
            }
            Severity::NeedsJustification => continue,
        };
        out(finding(
            Rule::TechnologyFollowsAdvice,
            Entity::Integration,
            integration.id.0,
            &draft.name,
            &[
                ("severity", severity.to_owned()),
                ("technology", super::serde_value(&draft.technology)),
                ("recommended", advice.technology.message_id()),
            ],
        ));
    }
}

/// An integration carrying information an earlier reusable integration or a system's API
/// already provides, not marked as built new anyway (with its justification).
pub(super) fn reuse_before_build(portfolio: &Portfolio, out: &mut dyn FnMut(Finding)) {
    for integration in portfolio.integrations() {
        if integration.draft.existing_interface_could_serve {
            continue;
        }
        let candidates = portfolio.candidates_of(integration);
        if candidates.is_empty() {
            continue;
        }
        let names: Vec<&str> = candidates.iter().map(|c| c.name.as_str()).collect();
        out(finding(
            Rule::ReuseBeforeBuild,
            Entity::Integration,
            integration.id.0,
            &integration.draft.name,
            &[("candidates", names.join(", "))],
        ));
    }
}
