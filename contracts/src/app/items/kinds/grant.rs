//! Access grants: valid days, items the catalog has, and access only under an approved
//! contract in force that governs the integration and names the consumer.

use crate::app::error::{Error, Result};
use crate::model::{AccessReview, Consumer, Entity, Grant, GrantDraft, GrantId, Kind};
use crate::store::Catalog;
use crate::validate::{grant_issues, refusal, AccessState, FieldPath, Issue, IssueCode};

use super::super::{Editing, Rules};

impl Rules for GrantDraft {
    /// Judged as it is kept (days trimmed).
    fn issues(_: &Catalog, _: Option<GrantId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(grant_issues(&draft.clone().normalised()))
    }

    /// Refuses a grant naming an item the catalog does not have, at the input naming it.
    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        let (consumer_kind, consumer) = match draft.consumer {
            Some(Consumer::System(s)) => (Entity::System, Some(s.0)),
            Some(Consumer::Organisation(o)) => (Entity::Organisation, Some(o.0)),
            None => (Entity::System, None),
        };
        let mut named = vec![
            (
                FieldPath::Integration,
                Entity::Integration,
                draft.integration.map(i64::from),
            ),
            (FieldPath::Consumer, consumer_kind, consumer),
            (
                FieldPath::Contract,
                Entity::Contract,
                draft.contract.map(i64::from),
            ),
            (
                FieldPath::GrantedBy,
                Entity::Person,
                draft.granted_by.map(i64::from),
            ),
        ];
        for (index, review) in draft.reviews.iter().enumerate() {
            let by = review.reviewed_by.map(i64::from);
            named.push((FieldPath::ReviewedOn(index), Entity::Person, by));
        }
        let mut issues = Vec::new();
        for (path, entity, id) in named {
            if let Some(id) = id {
                if !catalog.exists(entity, id)? {
                    issues.push(Issue::new(path, IssueCode::Unknown));
                }
            }
        }
        if issues.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { issues })
        }
    }

    /// Access is refused ([`Error::AccessRefused`], naming the contract input and why) unless
    /// its contract is approved, in force over the grant's days, governs the integration and
    /// names the consumer. A stored grant whose access stays as it was (a review recorded, a
    /// note changed) is saved whatever its contract says now, so its reviews can be kept.
    fn settle(catalog: &Catalog, before: Option<&Grant>, draft: Self) -> Result<Self> {
        let same_access = before.is_some_and(|stored| {
            let d = &stored.draft;
            (
                d.integration,
                d.consumer,
                d.contract,
                &d.granted_on,
                &d.valid_until,
            ) == (
                draft.integration,
                draft.consumer,
                draft.contract,
                &draft.granted_on,
                &draft.valid_until,
            )
        });
        if let (false, Some(contract)) = (same_access, draft.contract) {
            if let Some(issue) = refusal(&draft, &catalog.contract_cover(contract)?) {
                return Err(Error::AccessRefused { issue });
            }
        }
        Ok(draft)
    }
}

/// What a grant's change left: the grant as stored, its title and where it stands today.
#[derive(Debug, Clone, PartialEq)]
pub struct Granted {
    /// The grant.
    pub grant: Grant,
    /// Its title ("integration → consumer").
    pub title: String,
    /// Where it stands today (`None` when it names no contract).
    pub state: Option<AccessState>,
}

/// Grants access as `draft` says: refused ([`crate::app::error::Error::AccessRefused`]) unless an
/// approved contract in force governs the integration and names the consumer.
pub fn grant(catalog: &mut Catalog, draft: GrantDraft) -> Result<Granted> {
    let grant = catalog.save(None, draft)?;
    granted(catalog, grant)
}

/// Records `review` of grant `id`: the access is still needed, and the next review falls due
/// an interval later, or it ends.
pub fn review(catalog: &mut Catalog, id: GrantId, review: AccessReview) -> Result<Granted> {
    let mut draft = catalog.grant(id)?.draft;
    draft.reviews.push(review);
    let grant = catalog.save(Some(id), draft)?;
    granted(catalog, grant)
}

/// `grant` with its title and standing.
fn granted(catalog: &Catalog, grant: Grant) -> Result<Granted> {
    Ok(Granted {
        title: catalog.grant_title(grant.id)?,
        state: crate::app::access::grant_state(catalog, &grant)?,
        grant,
    })
}

#[cfg(test)]
mod tests;
