//! Validation of what a user typed, shared by the UI (compiled to wasm) and the store.
//!
//! Validation never fails: it returns every [`Issue`] it finds, each naming the field it is
//! about, so a form can show them next to the right input.

mod identifier;
pub mod identifiers;
mod issue;
mod version;

pub use identifier::is_identifier;
pub use issue::{FieldPath, Issue, IssueCode};
pub use version::is_semver;

use crate::model::ContractDraft;

/// Longest title accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// Every problem in `draft`, in form order. An empty list means it can be saved.
pub fn contract_issues(draft: &ContractDraft) -> Vec<Issue> {
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
    for (path, value) in [
        (FieldPath::Owner, &draft.owner),
        (FieldPath::ProviderSystem, &draft.provider_system),
        (FieldPath::ConsumerSystem, &draft.consumer_system),
    ] {
        if value.trim().is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        }
    }
    if !is_semver(draft.version.trim()) {
        issues.push(Issue::new(FieldPath::Version, IssueCode::NotSemver));
    }
    if draft.fields.is_empty() {
        issues.push(Issue::new(FieldPath::Fields, IssueCode::NoFields));
    }
    for (index, field) in draft.fields.iter().enumerate() {
        let path = FieldPath::FieldName(index);
        if field.name.is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        } else if !is_identifier(&field.name) {
            issues.push(Issue::new(path, IssueCode::NotIdentifier));
        } else if draft.fields[..index].iter().any(|f| f.name == field.name) {
            issues.push(Issue::new(path, IssueCode::DuplicateFieldName));
        }
    }
    issues
}

#[cfg(test)]
mod tests;
