//! The contact point's desk: integration requests. The asker, assignee, systems, status and
//! dates are columns (so references hold and the open ones are found by follow-up day); an
//! outside asker, the texts and the log are one JSON object; the information sets and the
//! outcomes are link tables, one per kind of outcome.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::model::{
    Asker, ContractId, Entity, InformationSetId, IntegrationId, PersonId, Request, RequestDraft,
    RequestId, RequestNote, RequestOutcome, RequestStatus, SystemId,
};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

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

/// Writes the row and the links of a checked, normalised and stamped request.
fn write(
    tx: &Connection,
    path: &Path,
    id: Option<RequestId>,
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
    Ok(id)
}

impl Table for RequestDraft {
    fn read(conn: &Connection, path: &Path, id: RequestId) -> Result<Request> {
        let request = conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_request)
            .optional()
            .at(path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::Request,
                id: id.0,
            })?;
        with_links(conn, path, request)
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<RequestId>,
        draft: &RequestDraft,
    ) -> Result<RequestId> {
        write(tx, path, id, draft)
    }
}

impl Catalog {
    /// The stored request `id`.
    pub fn request(&self, id: RequestId) -> Result<Request> {
        self.get::<RequestDraft>(id)
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

    /// The time now (UTC, to the second) and today, by the catalog's clock.
    pub fn now(&self) -> Result<(String, String)> {
        self.conn
            .query_row(
                "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), date('now')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .at(&self.path)
    }

    /// The day `offset` days from today (UTC; negative: before), as `YYYY-MM-DD`.
    pub fn day_from_today(&self, offset: i64) -> Result<String> {
        self.conn
            .query_row("SELECT date('now', ?1 || ' days')", [offset], |r| r.get(0))
            .at(&self.path)
    }
}
