//! Contracts: their fields, terms and links checked; once a version is released, the next is
//! numbered by what changed, and changing an approved (or retired) contract starts its next
//! version as a draft, which approval releases (see [`crate::versions`]).

use crate::app::error::{Error, Result};
use crate::model::{Contract, ContractDraft, ContractId, ContractStatus};
use crate::store::Catalog;
use crate::validate::{contract_issues, FieldPath, Issue, IssueCode};
use crate::versions::Version;

use super::super::Rules;

impl Rules for ContractDraft {
    /// A draft (a new contract, or one a change makes a draft again) may keep gaps
    /// ([`Issue::is_draft_gap`]); one in review may not.
    fn issues(catalog: &Catalog, id: Option<ContractId>, draft: &Self) -> Result<Vec<Issue>> {
        let mut issues = contract_issues(draft);
        let in_review = match id {
            Some(id) => catalog.contract(id)?.state.status == ContractStatus::InReview,
            None => false,
        };
        if !in_review {
            issues.retain(|issue| !issue.is_draft_gap());
        }
        Ok(issues)
    }

    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        for set in &draft.information_sets {
            catalog.information_set(*set)?;
        }
        for integration in &draft.integrations {
            catalog.integration(*integration)?;
        }
        Ok(())
    }

    /// A stored contract's version follows its last release (see [`next_version`]).
    fn settle(catalog: &Catalog, before: Option<&Contract>, mut draft: Self) -> Result<Self> {
        if let Some(before) = before {
            draft.version = next_version(catalog, before, &draft)?;
        }
        Ok(draft)
    }

    /// A released version is not edited in place: a change to an approved or retired
    /// contract makes it a draft again.
    fn after(
        catalog: &mut Catalog,
        id: ContractId,
        before: Option<&Contract>,
        draft: &Self,
    ) -> Result<()> {
        let restarts = before.is_some_and(|c| {
            &c.draft != draft
                && matches!(
                    c.state.status,
                    ContractStatus::Approved | ContractStatus::Retired
                )
        });
        if restarts {
            catalog.write_contract_status(id, ContractStatus::Draft)?;
        }
        Ok(())
    }
}

/// The version `draft` of stored contract `before` is saved as, once a version is released
/// (before that, its own). With changes since the release: the version they call for when
/// the draft's is not past the release, or was left as stored (the editor's proposal is
/// followed as the changes grow); a version typed past the release but short of what the
/// changes call for is refused at the version input; one at or past it is kept. Without
/// changes: the release's, unless a later one is asked for.
fn next_version(catalog: &Catalog, before: &Contract, draft: &ContractDraft) -> Result<String> {
    let Some(last) = catalog.contract_releases(before.id)?.pop() else {
        return Ok(draft.version.clone());
    };
    let Some(released) = Version::parse(&last.version) else {
        return Ok(draft.version.clone());
    };
    let now = crate::app::history::snapshot_of(catalog, draft)?;
    let asked = Version::parse(&draft.version).filter(|v| *v > released);
    let typed = draft.version != before.draft.version;
    match (
        crate::versions::assess(&last.snapshot, &now, Some(released)).proposed,
        asked,
    ) {
        (None, None) => Ok(last.version),
        (Some(proposed), Some(asked)) if asked < proposed && typed => Err(Error::Invalid {
            issues: vec![Issue::new(
                FieldPath::Version,
                IssueCode::VersionTooLow { released, proposed },
            )],
        }),
        (Some(proposed), Some(asked)) if asked < proposed => Ok(proposed.to_string()),
        (Some(proposed), None) => Ok(proposed.to_string()),
        (_, Some(_)) => Ok(draft.version.clone()),
    }
}
