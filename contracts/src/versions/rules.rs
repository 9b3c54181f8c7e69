//! Which changes break consumers: one table, read top down, the first rule that applies
//! judges a change. Each rule has a test, positive and negative, and a message
//! (`version-rule-<id>`) that says why it moves the version as it does.

use crate::model::{AccessRights, PersonalData};

use super::diff::{Change, Constraint, SetTerm, Term};
use super::Bump;

/// Which way the data a contract describes flows, seen from the consumer: what breaks a
/// consumer depends on it. A field the provider now always sends tightens its promise
/// (nothing a receiving consumer relies on is lost), while a field a consumer must now send
/// refuses its requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// The consumer receives the data (what an information contract describes).
    Delivered,
    /// The consumer sends the data (a request body).
    Sent,
}

/// A rule: its id, how much a change it applies to moves the version for each direction the
/// data may flow, and when it applies.
#[derive(Debug)]
pub struct Rule {
    /// The stable id (message id `version-rule-<id>`).
    pub id: &'static str,
    /// How much the version moves when the consumer receives the data.
    pub delivered: Bump,
    /// How much the version moves when the consumer sends the data.
    pub sent: Bump,
    /// Whether it judges `change`.
    pub applies: fn(&Change) -> bool,
}

impl Rule {
    /// How much the version moves for data that flows `flow`.
    pub fn bump(&self, flow: Flow) -> Bump {
        match flow {
            Flow::Delivered => self.delivered,
            Flow::Sent => self.sent,
        }
    }
}

/// Every rule, those breaking delivered data first; the last applies to any change.
pub const RULES: &[Rule] = &[
    Rule {
        id: "field-removed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::FieldRemoved { .. }),
    },
    Rule {
        id: "set-removed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::SetRemoved { .. }),
    },
    Rule {
        id: "field-renamed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::FieldRenamed { .. }),
    },
    Rule {
        id: "type-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::TypeChanged { .. }),
    },
    Rule {
        id: "format-narrowed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::FormatChanged { to: Some(_), .. }),
    },
    Rule {
        id: "primary-key-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::ConstraintChanged {
                    constraint: Constraint::PrimaryKey,
                    ..
                }
            )
        },
    },
    Rule {
        id: "constraint-narrowed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            Change::ConstraintChanged {
                constraint,
                from,
                to,
                ..
            } => narrows(*constraint, from.as_deref(), to.as_deref()),
            _ => false,
        },
    },
    Rule {
        id: "made-optional",
        delivered: Bump::Major,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::RequiredChanged { to: false, .. }),
    },
    Rule {
        id: "enum-value-removed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            // No values listed allows any, so a first list narrows what was allowed.
            Change::EnumChanged { from, to, .. } => {
                !to.is_empty() && (from.is_empty() || from.iter().any(|v| !to.contains(v)))
            }
            _ => false,
        },
    },
    Rule {
        id: "classification-raised",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::ClassificationChanged { from, to, .. } if to > from),
    },
    Rule {
        id: "personal-data-added",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            Change::PersonalDataChanged { from, to, .. } => adds(*from, *to),
            Change::FieldAdded { facts, .. } => facts.personal_data.any(),
            _ => false,
        },
    },
    Rule {
        id: "endpoint-path-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::ResourceChanged { .. }),
    },
    Rule {
        id: "scheme-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::SetTermChanged {
                    term: SetTerm::Scheme,
                    ..
                }
            )
        },
    },
    Rule {
        id: "service-level-lowered",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            Change::TermChanged { term, from, to } => lowered(*term, from, to),
            _ => false,
        },
    },
    Rule {
        id: "validity-shortened",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            // It ends sooner (or now ends at all), or starts later.
            Change::TermChanged {
                term: Term::ValidTo,
                from,
                to,
            } => !to.is_empty() && (from.is_empty() || to < from),
            Change::TermChanged {
                term: Term::ValidFrom,
                from,
                to,
            } => !to.is_empty() && to > from,
            _ => false,
        },
    },
    Rule {
        id: "parties-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::TermChanged {
                    term: Term::Provider | Term::Consumer,
                    ..
                }
            )
        },
    },
    Rule {
        id: "integration-removed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            // An integration no longer governed loses the contract's cover.
            Change::TermChanged {
                term: Term::Integrations,
                from,
                to,
            } => {
                let ids = |s: &str| {
                    s.split(", ")
                        .filter(|id| !id.is_empty())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                };
                let kept = ids(to);
                ids(from).iter().any(|id| !kept.contains(id))
            }
            _ => false,
        },
    },
    Rule {
        id: "access-narrowed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| match c {
            Change::TermChanged {
                term: Term::AccessRights,
                from,
                to,
            } => openness(to) < openness(from),
            _ => false,
        },
    },
    Rule {
        id: "quality-rule-tightened",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::QualityChanged { from: None, .. }
                    | Change::QualityChanged {
                        stricter: Some(true),
                        ..
                    }
            )
        },
    },
    Rule {
        id: "quality-rule-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::QualityChanged {
                    to: Some(_),
                    stricter: None,
                    ..
                }
            )
        },
    },
    Rule {
        id: "server-removed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::ServerChanged { to: None, .. }),
    },
    Rule {
        id: "server-changed",
        delivered: Bump::Major,
        sent: Bump::Major,
        applies: |c| {
            matches!(
                c,
                Change::ServerChanged {
                    from: Some(_),
                    to: Some(_),
                    ..
                }
            )
        },
    },
    // A field the provider now always sends: its promise tightens, which a receiving
    // consumer does not notice (datacontract-cli and oasdiff judge delivered data so); one a
    // consumer must now send refuses its requests. After every breaking rule, so a required
    // field that also adds personal data is judged by that.
    Rule {
        id: "required-field-added",
        delivered: Bump::Minor,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::FieldAdded { facts, under_new: false, .. } if facts.required),
    },
    Rule {
        id: "made-required",
        delivered: Bump::Minor,
        sent: Bump::Major,
        applies: |c| matches!(c, Change::RequiredChanged { to: true, .. }),
    },
    Rule {
        id: "field-added",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::FieldAdded { .. }),
    },
    Rule {
        id: "set-added",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::SetAdded { .. }),
    },
    Rule {
        id: "enum-value-added",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::EnumChanged { .. }),
    },
    Rule {
        id: "format-dropped",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::FormatChanged { to: None, .. }),
    },
    Rule {
        id: "constraint-widened",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::ConstraintChanged { .. }),
    },
    Rule {
        id: "classification-lowered",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::ClassificationChanged { .. }),
    },
    Rule {
        id: "personal-data-removed",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::PersonalDataChanged { .. }),
    },
    Rule {
        id: "quality-rule-loosened",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::QualityChanged { .. }),
    },
    Rule {
        id: "server-added",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| matches!(c, Change::ServerChanged { .. }),
    },
    Rule {
        id: "terms-changed",
        delivered: Bump::Minor,
        sent: Bump::Minor,
        applies: |c| {
            matches!(
                c,
                Change::TermChanged {
                    term: Term::Purpose
                        | Term::LegalBasis
                        | Term::Retention
                        | Term::Access
                        | Term::AccessRights
                        | Term::ValidFrom
                        | Term::ValidTo
                        | Term::Availability
                        | Term::SupportHours
                        | Term::ResponseMinutes
                        | Term::RecoveryTime
                        | Term::RecoveryPoint
                        | Term::ApiProfile
                        | Term::InHouse
                        | Term::Integrations,
                    ..
                }
            )
        },
    },
    Rule {
        id: "wording-changed",
        delivered: Bump::Patch,
        sent: Bump::Patch,
        applies: |_| true,
    },
];

/// The rule that judges `change`: the first of [`RULES`] that applies.
pub fn rule_for(change: &Change) -> &'static Rule {
    RULES
        .iter()
        .find(|rule| (rule.applies)(change))
        .unwrap_or(&RULES[RULES.len() - 1])
}

/// Whether a limit on a field's values moved from `from` to `to` so that a value valid before
/// may no longer be: a limit set where there was none, a smallest value or length raised, a
/// largest lowered, a pattern set or changed, uniqueness required.
fn narrows(constraint: Constraint, from: Option<&str>, to: Option<&str>) -> bool {
    let number = |s: &str| s.parse::<f64>().ok();
    let (Some(to), from) = (to, from) else {
        return false;
    };
    let Some(from) = from else {
        return true;
    };
    match constraint {
        Constraint::Minimum | Constraint::MinLength => number(to) > number(from),
        Constraint::Maximum | Constraint::MaxLength => number(to) < number(from),
        Constraint::Pattern => to != from,
        Constraint::Unique | Constraint::PrimaryKey => false,
    }
}

/// Whether `to` holds a kind of personal data `from` does not.
fn adds(from: PersonalData, to: PersonalData) -> bool {
    (to.personal && !from.personal)
        || (to.special_category && !from.special_category)
        || (to.criminal_offence && !from.criminal_offence)
        || (to.national_id && !from.national_id)
}

/// Whether a service level got worse: lower availability, slower response or recovery, more
/// data lost, or a promise dropped.
fn lowered(term: Term, from: &str, to: &str) -> bool {
    let number = |s: &str| s.trim().replace(',', ".").parse::<f64>().ok();
    let higher_is_better = match term {
        Term::Availability => true,
        Term::ResponseMinutes | Term::RecoveryTime | Term::RecoveryPoint => false,
        _ => return false,
    };
    match (number(from), number(to)) {
        (Some(_), None) => true,
        (Some(old), Some(new)) if higher_is_better => new < old,
        (Some(old), Some(new)) => new > old,
        (None, _) => false,
    }
}

/// How open access rights are (non-public < restricted < public).
fn openness(rights: &str) -> u8 {
    match AccessRights::parse(rights) {
        Some(AccessRights::Public) => 2,
        Some(AccessRights::Restricted) => 1,
        _ => 0,
    }
}
