//! The contact point's desk: a request's status moves only as the desk's workflow allows,
//! its log is appended to and never rewritten (new entries stamped with the time and the
//! author; a status change without an entry of its own gets one), and a request that knows
//! enough becomes a contract draft.

use std::collections::HashSet;

use crate::app::error::{Error, Result};
use crate::model::{
    Asker, Contract, Entity, KnownFacts, PersonId, Request, RequestDraft, RequestId, RequestNote,
    RequestOutcome, RequestStatus, Role, RoleAssignment, SystemId,
};
use crate::store::Catalog;
use crate::validate::{contract_draft_issues_of, request_issues, FieldPath, Issue, IssueCode};

use super::super::{Editing, Rules};

impl Rules for RequestDraft {
    fn issues(_: &Catalog, _: Option<RequestId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(request_issues(draft))
    }

    /// Fails with the missing item when anything the request names is not in the catalog.
    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        if let Asker::Person { person } = draft.asker {
            catalog.person(person)?;
        }
        if let Some(assignee) = draft.assignee {
            catalog.person(assignee)?;
        }
        for system in draft.provider.iter().chain(&draft.consumer) {
            catalog.system_name(system.0)?;
        }
        for set in &draft.information_sets {
            catalog.information_set(*set)?;
        }
        for outcome in &draft.outcomes {
            match outcome {
                RequestOutcome::Integration(i) => {
                    catalog.integration(*i)?;
                }
                RequestOutcome::Contract(c) => {
                    catalog.contract(*c)?;
                }
            }
        }
        Ok(())
    }

    /// A new request starts as new, opened today unless a day is given; a stored one moves
    /// only as [`RequestStatus::can_become`] allows and keeps its saved log entries.
    fn settle(catalog: &Catalog, before: Option<&Request>, mut draft: Self) -> Result<Self> {
        let stored_status = before.map(|b| b.draft.status);
        let from = stored_status.unwrap_or(RequestStatus::New);
        if draft.status != from && (stored_status.is_none() || !from.can_become(draft.status)) {
            return Err(Error::RequestStatusChange {
                from,
                to: draft.status,
            });
        }
        let saved_notes = before.map_or(&[][..], |b| &b.draft.notes[..]);
        if !draft.notes.starts_with(saved_notes) {
            return Err(Error::Invalid {
                issues: vec![Issue::new(FieldPath::Notes, IssueCode::AppendOnly)],
            });
        }
        let (now, today) = catalog.now()?;
        let added = saved_notes.len();
        if draft.status != from
            && !draft.notes[added..]
                .iter()
                .any(|n| n.status == Some(draft.status))
        {
            draft.notes.push(RequestNote {
                status: Some(draft.status),
                ..RequestNote::default()
            });
        }
        for note in &mut draft.notes[added..] {
            if note.at.is_empty() {
                note.at = now.clone();
            }
            if note.author.trim().is_empty() {
                note.author = catalog.author().to_owned();
            }
        }
        if draft.opened_on.is_none() {
            draft.opened_on = Some(
                before
                    .and_then(|b| b.draft.opened_on.clone())
                    .unwrap_or(today),
            );
        }
        Ok(draft)
    }
}

/// What the catalog knows that a contract drafted from `draft` carries over: the names of its
/// systems, its information sets, and their information owners who have not left (each once,
/// in the sets' order) by name and by id.
pub fn known_facts(catalog: &Catalog, draft: &RequestDraft) -> Result<(KnownFacts, Vec<PersonId>)> {
    let today = catalog.today()?;
    let name = |system: Option<SystemId>| -> Result<Option<String>> {
        Ok(system.map(|s| catalog.system_name(s.0)).transpose()?)
    };
    let mut known = KnownFacts {
        provider: name(draft.provider)?,
        consumer: name(draft.consumer)?,
        ..KnownFacts::default()
    };
    let mut owners = Vec::new();
    let mut seen = HashSet::new();
    for set in &draft.information_sets {
        let set = catalog.information_set(*set)?;
        if let Some(owner) = set.draft.owner.filter(|o| seen.insert(*o)) {
            let person = catalog.person(owner)?;
            let left = person
                .draft
                .left_on
                .as_deref()
                .is_some_and(|d| d <= today.as_str());
            if !left {
                known.owners.push(person.draft.name);
                owners.push(owner);
            }
        }
        known.information_sets.push(set);
    }
    Ok((known, owners))
}

/// Turns request `id` into a contract draft carrying over what it knows (see
/// [`RequestDraft::contract_draft`]), gives the information sets' owners the information
/// owner role on it, links it to the request and moves the request to in progress — all in
/// one transaction. Refused, with findings on the request's inputs, when the request does
/// not know enough for a valid contract.
pub fn contract_from_request(catalog: &mut Catalog, id: RequestId) -> Result<Contract> {
    let request = catalog.request(id)?;
    let (known, owners) = known_facts(catalog, &request.draft)?;
    let contract = request.draft.contract_draft(&known);
    let issues = contract_draft_issues_of(&contract, &known);
    if !issues.is_empty() {
        return Err(Error::RequestIncomplete { issues });
    }
    catalog.all_or_nothing(|catalog| {
        let saved = catalog.save(None, contract)?;
        for owner in owners {
            catalog.assign_role(&RoleAssignment {
                role: Role::InformationOwner,
                person: owner,
                entity: Entity::Contract,
                item: saved.id.0,
            })?;
        }
        let mut draft = request.draft;
        draft.outcomes.push(RequestOutcome::Contract(saved.id));
        if draft.status.can_become(RequestStatus::InProgress) {
            draft.status = RequestStatus::InProgress;
        }
        catalog.save(Some(id), draft)?;
        Ok(catalog.contract(saved.id)?)
    })
}

#[cfg(test)]
mod tests;
