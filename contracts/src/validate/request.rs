//! The rules an integration request meets, and what it must know before it can become a
//! contract draft.

use crate::model::{Asker, ContractDraft, KnownFacts, RequestDraft};

use super::{is_date, FieldPath, Issue, IssueCode, MAX_TITLE_CHARS};

/// Every problem in a request, in form order: a subject, who asks (a person, or an outside
/// asker's name), what information (in words or as information sets), why, distinct
/// systems, dates written `YYYY-MM-DD` with the follow-up not before the opening, and a
/// text on every log entry that is not a status change.
pub fn request_issues(draft: &RequestDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    let title = draft.title.trim();
    if title.is_empty() {
        issues.push(Issue::new(FieldPath::Title, IssueCode::Required));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        issues.push(Issue::new(
            FieldPath::Title,
            IssueCode::TooLong {
                max: MAX_TITLE_CHARS,
            },
        ));
    }
    if let Asker::Outside { name, .. } = &draft.asker {
        if name.trim().is_empty() {
            issues.push(Issue::new(FieldPath::AskerName, IssueCode::Required));
        }
    }
    if draft.information.trim().is_empty() && draft.information_sets.is_empty() {
        issues.push(Issue::new(FieldPath::Information, IssueCode::Required));
    }
    if draft.purpose.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Purpose, IssueCode::Required));
    }
    if draft.provider.is_some() && draft.provider == draft.consumer {
        issues.push(Issue::new(
            FieldPath::ConsumerSystem,
            IssueCode::ProviderIsConsumer,
        ));
    }
    let mut opened = None;
    if let Some(day) = &draft.opened_on {
        if is_date(day) {
            opened = Some(day.as_str());
        } else {
            issues.push(Issue::new(FieldPath::OpenedOn, IssueCode::NotDate));
        }
    }
    if let Some(day) = &draft.follow_up {
        if !is_date(day) {
            issues.push(Issue::new(FieldPath::FollowUp, IssueCode::NotDate));
        } else if opened.is_some_and(|opened| day.as_str() < opened) {
            issues.push(Issue::new(FieldPath::FollowUp, IssueCode::BeforeOpened));
        }
    }
    for (index, note) in draft.notes.iter().enumerate() {
        let path = FieldPath::Note(index);
        if note.status.is_none() && note.text.trim().is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        }
        if !note.at.is_empty() && !note.at.get(..10).is_some_and(is_date) {
            issues.push(Issue::new(path, IssueCode::NotDate));
        }
    }
    issues
}

/// What a request lacks to become a valid contract draft, as findings on the request's own
/// inputs: the systems, information sets (with plain fields a contract can carry) and an
/// information owner of those sets. Empty when [`RequestDraft::contract_draft`] can be saved.
pub fn contract_draft_issues(request: &RequestDraft, known: &KnownFacts) -> Vec<Issue> {
    contract_draft_issues_of(&request.contract_draft(known), known)
}

/// [`contract_draft_issues`] of a contract draft already made from the request.
pub fn contract_draft_issues_of(contract: &ContractDraft, known: &KnownFacts) -> Vec<Issue> {
    let no_sets = known.information_sets.is_empty();
    let mut issues: Vec<Issue> = Vec::new();
    for issue in super::contract_issues(contract) {
        let mapped = match issue.path {
            FieldPath::Owner if no_sets => {
                Issue::new(FieldPath::InformationSets, IssueCode::NeededForContract)
            }
            FieldPath::Owner => {
                Issue::new(FieldPath::InformationSets, IssueCode::NoInformationOwner)
            }
            FieldPath::Fields if no_sets => {
                Issue::new(FieldPath::InformationSets, IssueCode::NeededForContract)
            }
            FieldPath::Fields => {
                Issue::new(FieldPath::InformationSets, IssueCode::NoContractFields)
            }
            FieldPath::ProviderSystem | FieldPath::ConsumerSystem => {
                Issue::new(issue.path, IssueCode::NeededForContract)
            }
            _ => issue,
        };
        if !issues.contains(&mapped) {
            issues.push(mapped);
        }
    }
    issues
}
