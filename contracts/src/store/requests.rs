//! The contact point's desk: integration requests. The asker, assignee, systems, status and
//! dates are columns (so references hold and the open ones are found by follow-up day); an
//! outside asker, the texts and the log are one JSON object; the information sets and the
//! outcomes are link tables, one per kind of outcome.

use std::collections::HashSet;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{
    Asker, Contract, ContractId, Entity, InformationSetId, IntegrationId, KnownFacts, PersonId,
    Request, RequestDraft, RequestId, RequestNote, RequestOutcome, RequestStatus, Role,
    RoleAssignment, SystemId,
};
use crate::validate::{contract_draft_issues_of, request_issues, FieldPath, Issue, IssueCode};

use super::audit::{self, Change};
use super::{bad_value, search, Catalog, SqliteContext};

const SELECT: &str = "SELECT id, title, asker_person_id, status, assignee_id, provider_id,
    consumer_id, opened_on, follow_up, details FROM request";

/// What the `details` column holds: an outside asker, the texts and the log.
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct Details {
    asker_name: String,
    asker_organisation: String,
    information: String,
    purpose: String,
    notes: Vec<RequestNote>,
}

fn row_to_request(r: &rusqlite::Row<'_>) -> rusqlite::Result<Request> {
    let status: String = r.get(3)?;
    let details: Details =
        serde_json::from_str(&r.get::<_, String>(9)?).map_err(|e| bad_value(9, e.to_string()))?;
    let asker = match r.get::<_, Option<i64>>(2)? {
        Some(person) => Asker::Person {
            person: PersonId(person),
        },
        None => Asker::Outside {
            name: details.asker_name,
            organisation: details.asker_organisation,
        },
    };
    Ok(Request {
        id: RequestId(r.get(0)?),
        draft: RequestDraft {
            title: r.get(1)?,
            asker,
            information: details.information,
            information_sets: Vec::new(),
            purpose: details.purpose,
            provider: r.get::<_, Option<i64>>(5)?.map(SystemId),
            consumer: r.get::<_, Option<i64>>(6)?.map(SystemId),
            status: RequestStatus::parse(&status)
                .ok_or_else(|| bad_value(3, format!("unknown status {status:?}")))?,
            assignee: r.get::<_, Option<i64>>(4)?.map(PersonId),
            opened_on: Some(r.get(7)?),
            follow_up: r.get(8)?,
            notes: details.notes,
            outcomes: Vec::new(),
        },
    })
}

/// The ids a link-table query returns for request `id`.
fn linked(conn: &Connection, path: &Path, sql: &str, id: RequestId) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql).at(path)?;
    let rows = stmt.query_map([id.0], |r| r.get(0)).at(path)?;
    rows.collect::<rusqlite::Result<_>>().at(path)
}

/// Fills in the links of `request`.
fn with_links(conn: &Connection, path: &Path, mut request: Request) -> Result<Request> {
    let id = request.id;
    request.draft.information_sets = linked(
        conn,
        path,
        "SELECT information_set_id FROM request_information_set WHERE request_id = ?1
         ORDER BY information_set_id",
        id,
    )?
    .into_iter()
    .map(InformationSetId)
    .collect();
    let integrations = linked(
        conn,
        path,
        "SELECT integration_id FROM request_integration WHERE request_id = ?1 ORDER BY 1",
        id,
    )?;
    let contracts = linked(
        conn,
        path,
        "SELECT contract_id FROM request_contract WHERE request_id = ?1 ORDER BY 1",
        id,
    )?;
    request.draft.outcomes = integrations
        .into_iter()
        .map(|i| RequestOutcome::Integration(IntegrationId(i)))
        .chain(
            contracts
                .into_iter()
                .map(|c| RequestOutcome::Contract(ContractId(c))),
        )
        .collect();
    Ok(request)
}

/// The draft as stored: the subject and an outside asker trimmed, links sorted and each once (the order they are
/// read back in).
fn normalised(mut draft: RequestDraft) -> RequestDraft {
    draft.title = draft.title.trim().to_owned();
    if let Asker::Outside { name, organisation } = &mut draft.asker {
        *name = name.trim().to_owned();
        *organisation = organisation.trim().to_owned();
    }
    draft.information_sets.sort();
    draft.information_sets.dedup();
    draft.outcomes.sort();
    draft.outcomes.dedup();
    draft
}

/// Writes the row, the links, the search entry and the audit record of a validated,
/// normalised and stamped request.
fn write(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: Option<RequestId>,
    before: Option<&RequestDraft>,
    draft: &RequestDraft,
) -> Result<RequestId> {
    let (asker_person, asker_name, asker_organisation) = match &draft.asker {
        Asker::Person { person } => (Some(person.0), String::new(), String::new()),
        Asker::Outside { name, organisation } => (None, name.clone(), organisation.clone()),
    };
    let details = Details {
        asker_name,
        asker_organisation,
        information: draft.information.clone(),
        purpose: draft.purpose.clone(),
        notes: draft.notes.clone(),
    };
    let details = serde_json::to_string(&details).expect("details always serialise");
    let values = params![
        id.map(|i| i.0),
        draft.title,
        asker_person,
        draft.status.as_str(),
        draft.assignee.map(|p| p.0),
        draft.provider.map(|s| s.0),
        draft.consumer.map(|s| s.0),
        draft.opened_on,
        draft.follow_up,
        details,
    ];
    let id = match id {
        None => {
            tx.execute(
                "INSERT INTO request (id, title, asker_person_id, status, assignee_id,
                     provider_id, consumer_id, opened_on, follow_up, details)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                values,
            )
            .at(path)?;
            RequestId(tx.last_insert_rowid())
        }
        Some(id) => {
            tx.execute(
                "UPDATE request SET title = ?2, asker_person_id = ?3, status = ?4,
                     assignee_id = ?5, provider_id = ?6, consumer_id = ?7, opened_on = ?8,
                     follow_up = ?9, details = ?10
                 WHERE id = ?1",
                values,
            )
            .at(path)?;
            for table in [
                "request_information_set",
                "request_integration",
                "request_contract",
            ] {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE request_id = ?1"),
                    [id.0],
                )
                .at(path)?;
            }
            id
        }
    };
    for set in &draft.information_sets {
        tx.execute(
            "INSERT INTO request_information_set (request_id, information_set_id) VALUES (?1, ?2)",
            params![id.0, set.0],
        )
        .at(path)?;
    }
    for outcome in &draft.outcomes {
        let (sql, item) = match outcome {
            RequestOutcome::Integration(i) => (
                "INSERT INTO request_integration (request_id, integration_id) VALUES (?1, ?2)",
                i.0,
            ),
            RequestOutcome::Contract(c) => (
                "INSERT INTO request_contract (request_id, contract_id) VALUES (?1, ?2)",
                c.0,
            ),
        };
        tx.execute(sql, params![id.0, item]).at(path)?;
    }
    search::index(
        tx,
        path,
        Entity::Request,
        id.0,
        &draft.title,
        &search_body(draft),
    )?;
    let change = Change {
        entity: Entity::Request,
        id: id.0,
        before,
        after: Some(draft),
    };
    audit::record(tx, path, author, change)?;
    Ok(id)
}

/// The searchable text of a request: who asks, what for, and its log.
fn search_body(draft: &RequestDraft) -> String {
    let mut body = Vec::new();
    if let Asker::Outside { name, organisation } = &draft.asker {
        body.push(name.as_str());
        body.push(organisation.as_str());
    }
    body.push(&draft.information);
    body.push(&draft.purpose);
    for note in &draft.notes {
        body.push(&note.text);
    }
    body.join("\n")
}

impl Catalog {
    /// The stored request `id`.
    pub fn request(&self, id: RequestId) -> Result<Request> {
        let request = self
            .conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_request)
            .optional()
            .at(&self.path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::Request,
                id: id.0,
            })?;
        with_links(&self.conn, &self.path, request)
    }

    /// Every request, oldest first.
    pub fn requests(&self) -> Result<Vec<Request>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY id"))
            .at(&self.path)?;
        let requests: Vec<Request> = stmt
            .query_map([], row_to_request)
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        requests
            .into_iter()
            .map(|r| with_links(&self.conn, &self.path, r))
            .collect()
    }

    /// Validates and stores a request: new when `id` is `None` (it starts as new, opened
    /// today unless a day is given), else replacing `id`, whose status may only move as
    /// [`RequestStatus::can_become`] allows and whose saved log entries stay as they were.
    /// New log entries are stamped with the time and the author; a status change without an
    /// entry of its own gets one.
    pub fn save_request(&mut self, id: Option<RequestId>, draft: RequestDraft) -> Result<Request> {
        let issues = request_issues(&draft);
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        self.check_request_references(&draft)?;
        let mut draft = normalised(draft);
        let before = id.map(|id| self.request(id)).transpose()?;
        let stored_status = before.as_ref().map(|b| b.draft.status);
        let from = stored_status.unwrap_or(RequestStatus::New);
        if draft.status != from && (stored_status.is_none() || !from.can_become(draft.status)) {
            return Err(Error::RequestStatusChange {
                from,
                to: draft.status,
            });
        }
        let saved_notes = before.as_ref().map_or(&[][..], |b| &b.draft.notes[..]);
        if !draft.notes.starts_with(saved_notes) {
            return Err(Error::Invalid {
                issues: vec![Issue::new(FieldPath::Notes, IssueCode::AppendOnly)],
            });
        }
        let (now, today): (String, String) = self
            .conn
            .query_row(
                "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), date('now')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .at(&self.path)?;
        let author = self.author.clone();
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
                note.author = author.clone();
            }
        }
        if draft.opened_on.is_none() {
            draft.opened_on = Some(
                before
                    .as_ref()
                    .and_then(|b| b.draft.opened_on.clone())
                    .unwrap_or(today),
            );
        }
        let id = self.in_transaction(|tx, path| {
            write(
                tx,
                path,
                &author,
                id,
                before.as_ref().map(|b| &b.draft),
                &draft,
            )
        })?;
        Ok(Request { id, draft })
    }

    /// The day `offset` days from today (UTC; negative: before), as `YYYY-MM-DD`.
    pub fn day_from_today(&self, offset: i64) -> Result<String> {
        self.conn
            .query_row("SELECT date('now', ?1 || ' days')", [offset], |r| r.get(0))
            .at(&self.path)
    }

    /// Fails with the missing item when anything the request names is not in the catalog.
    fn check_request_references(&self, draft: &RequestDraft) -> Result<()> {
        if let Asker::Person { person } = draft.asker {
            self.person(person)?;
        }
        if let Some(assignee) = draft.assignee {
            self.person(assignee)?;
        }
        for system in draft.provider.iter().chain(&draft.consumer) {
            self.system_name(system.0)?;
        }
        for set in &draft.information_sets {
            self.information_set(*set)?;
        }
        for outcome in &draft.outcomes {
            match outcome {
                RequestOutcome::Integration(i) => {
                    self.integration(*i)?;
                }
                RequestOutcome::Contract(c) => {
                    self.contract(*c)?;
                }
            }
        }
        Ok(())
    }

    /// What the catalog knows that a contract drafted from `draft` carries over: the names
    /// of its systems, its information sets, and their information owners who have not left
    /// (each once, in the sets' order) by name and by id.
    pub fn known_facts(&self, draft: &RequestDraft) -> Result<(KnownFacts, Vec<PersonId>)> {
        let today = self.today()?;
        let name = |system: Option<SystemId>| -> Result<Option<String>> {
            system.map(|s| self.system_name(s.0)).transpose()
        };
        let mut known = KnownFacts {
            provider: name(draft.provider)?,
            consumer: name(draft.consumer)?,
            ..KnownFacts::default()
        };
        let mut owners = Vec::new();
        let mut seen = HashSet::new();
        for set in &draft.information_sets {
            let set = self.information_set(*set)?;
            if let Some(owner) = set.draft.owner.filter(|o| seen.insert(*o)) {
                let person = self.person(owner)?;
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
    /// owner role on it, links it to the request and moves the request to in progress — all
    /// in one transaction. Refused, with findings on the request's inputs, when the request
    /// does not know enough for a valid contract.
    pub fn contract_from_request(&mut self, id: RequestId) -> Result<Contract> {
        let request = self.request(id)?;
        let (known, owners) = self.known_facts(&request.draft)?;
        let contract = request.draft.contract_draft(&known);
        let issues = contract_draft_issues_of(&contract, &known);
        if !issues.is_empty() {
            return Err(Error::RequestIncomplete { issues });
        }
        self.all_or_nothing(|catalog| {
            let saved = catalog.save_contract(None, contract)?;
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
            catalog.save_request(Some(id), draft)?;
            catalog.contract(saved.id)
        })
    }
}

#[cfg(test)]
mod tests;
