//! Access grants: what a grant must hold ([`grant_issues`], checked in the UI as it is typed),
//! the rule that no access is granted without an approved contract in force that covers it
//! ([`refusal`], checked by the store against the stored contract), and where a grant stands
//! on a day ([`state`]: its review schedule and whether its contract still allows it).

use serde::{Deserialize, Serialize};

use super::{is_date, FieldPath, Issue, IssueCode};
use crate::model::{
    Consumer, ContractCover, ContractStatus, Date, GrantDraft, GrantStatus, ReviewOutcome,
};
use crate::safeguards::Safeguard;

/// Longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Every problem in a grant's own input, in form order (whether its contract allows it is
/// [`refusal`]'s question).
pub fn grant_issues(draft: &GrantDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut required = |path, missing: bool| {
        if missing {
            issues.push(Issue::new(path, IssueCode::Required));
        }
    };
    required(FieldPath::Integration, draft.integration.is_none());
    required(FieldPath::Consumer, draft.consumer.is_none());
    required(FieldPath::Contract, draft.contract.is_none());
    let mut dates_ok = true;
    for (path, text) in [
        (FieldPath::GrantedOn, &draft.granted_on),
        (FieldPath::ValidUntil, &draft.valid_until),
    ] {
        if text.trim().is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
            dates_ok = false;
        } else if !is_date(text) {
            issues.push(Issue::new(path, IssueCode::NotDate));
            dates_ok = false;
        }
    }
    if dates_ok && draft.valid_until < draft.granted_on {
        issues.push(Issue::new(
            FieldPath::ValidUntil,
            IssueCode::EndsBeforeStart,
        ));
    }
    if draft.note.chars().count() > MAX_NOTE_CHARS {
        let max = MAX_NOTE_CHARS;
        issues.push(Issue::new(FieldPath::GrantNote, IssueCode::TooLong { max }));
    }
    for (index, review) in draft.reviews.iter().enumerate() {
        let path = FieldPath::ReviewedOn(index);
        if review.reviewed_on.trim().is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        } else if !is_date(&review.reviewed_on) {
            issues.push(Issue::new(path, IssueCode::NotDate));
        }
    }
    issues
}

/// Why `contract` does not allow the access `draft` asks for, as a finding about its contract
/// input, or `None` when it does: it must govern the integration, name the consumer (for an
/// organisation: its consumer system belongs to one of the organisation's units), be
/// approved, and be in force from the access's first day to its last. The first reason that
/// applies is given, those that choosing another contract fixes first. `draft` is valid
/// ([`grant_issues`] found nothing).
pub fn refusal(draft: &GrantDraft, contract: &ContractCover) -> Option<Issue> {
    let code = refusal_code(draft, contract)?;
    Some(Issue::new(FieldPath::Contract, code))
}

fn refusal_code(draft: &GrantDraft, contract: &ContractCover) -> Option<IssueCode> {
    if !draft
        .integration
        .is_some_and(|i| contract.integrations.contains(&i))
    {
        return Some(IssueCode::ContractNotGoverning);
    }
    let named = match draft.consumer {
        Some(Consumer::System(system)) => system == contract.consumer_system,
        Some(Consumer::Organisation(org)) => contract.consumer_organisation == Some(org),
        None => false,
    };
    if !named {
        return Some(IssueCode::ContractNotForConsumer);
    }
    match contract.status {
        ContractStatus::Draft => return Some(IssueCode::ContractIsDraft),
        ContractStatus::InReview => return Some(IssueCode::ContractInReview),
        ContractStatus::Retired => return Some(IssueCode::ContractRetired),
        ContractStatus::Approved => {}
    }
    let day = |text: &Option<String>| text.as_deref().and_then(Date::parse);
    let (Some(first), Some(last)) = (
        Date::parse(&draft.granted_on),
        Date::parse(&draft.valid_until),
    ) else {
        return None;
    };
    if let Some(end) = day(&contract.valid_to).filter(|end| *end < first) {
        return Some(IssueCode::ContractExpired { date: end });
    }
    if let Some(start) = day(&contract.valid_from).filter(|start| *start > first) {
        return Some(IssueCode::ContractNotYetValid { date: start });
    }
    if let Some(end) = day(&contract.valid_to).filter(|end| *end < last) {
        return Some(IssueCode::ContractEndsFirst { date: end });
    }
    None
}

/// A grant's standing on a day: its status and review schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessState {
    /// Where it stands.
    pub status: GrantStatus,
    /// Why its contract no longer allows it, when that is its status.
    pub contract_problem: Option<IssueCode>,
    /// When its next review is due (none once revoked).
    pub review_due: Option<Date>,
    /// The access-review safeguard whose interval the reviews follow (none: the
    /// information needs no regular review, so it is reviewed when the access ends).
    pub review_rule: Option<Safeguard>,
    /// The interval comes from Datapakt's shipped-default safeguards table (not the level's
    /// own policy).
    pub shipped_default: bool,
}

/// Where the stored grant `draft` under `contract` stands on `today`: revoked by a review,
/// lapsed (past its last day), no longer allowed by its contract (not approved, expired, or
/// not covering it), overdue for review, not yet begun, or active; in that order, so each
/// grant has the one status that most needs attention.
pub fn state(draft: &GrantDraft, contract: &ContractCover, today: Date) -> AccessState {
    let review_rule = contract.review;
    let review_due = draft.review_due(review_rule.and_then(Safeguard::review_months));
    let mut contract_problem = None;
    let status = if matches!(draft.last_review(), Some((_, ReviewOutcome::Revoked))) {
        GrantStatus::Revoked
    } else if Date::parse(&draft.valid_until).is_some_and(|last| last < today) {
        GrantStatus::Lapsed
    } else if let Some(code) = refusal_code(draft, contract) {
        // A contract that ended before today has expired, whatever the grant's dates.
        contract_problem = Some(match code {
            IssueCode::ContractEndsFirst { date } if date < today => {
                IssueCode::ContractExpired { date }
            }
            code => code,
        });
        GrantStatus::ContractNotInForce
    } else if review_due.is_some_and(|due| due < today) {
        GrantStatus::ReviewOverdue
    } else if Date::parse(&draft.granted_on).is_some_and(|first| first > today) {
        GrantStatus::Upcoming
    } else {
        GrantStatus::Active
    };
    AccessState {
        status,
        contract_problem,
        review_due,
        review_rule,
        shipped_default: contract.review_shipped_default,
    }
}

#[cfg(test)]
mod tests;
