//! The access register: grants and their reviews. A grant is saved only when its contract
//! allows it (`validate::refusal`), checked against the stored contract in the same call;
//! contracts, integrations, systems, organisations and people a grant names cannot be
//! deleted while it does (foreign keys without cascade).

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::model::{
    AccessReview, Consumer, ContractCover, ContractId, ContractStatus, Date, Entity, Grant,
    GrantDraft, GrantId, InformationSetId, IntegrationId, OrganisationId, PersonId, PersonalData,
    ReviewOutcome, SystemId,
};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

/// A grant's title in SQL over an `access_grant` row: "integration → consumer".
pub(super) const TITLE_SQL: &str = "(SELECT i.name FROM integration i WHERE i.id = integration_id)
    || ' → ' || coalesce((SELECT s.name FROM system s WHERE s.id = consumer_system_id),
                         (SELECT o.name FROM organisation o WHERE o.id = consumer_organisation_id))";

const SELECT: &str = "SELECT id, integration_id, consumer_system_id, consumer_organisation_id,
    contract_id, granted_by, granted_on, valid_until, note FROM access_grant";

fn row_to_grant(r: &rusqlite::Row<'_>) -> rusqlite::Result<Grant> {
    let consumer = match (r.get::<_, Option<i64>>(2)?, r.get::<_, Option<i64>>(3)?) {
        (Some(system), _) => Consumer::System(SystemId(system)),
        (None, Some(org)) => Consumer::Organisation(OrganisationId(org)),
        (None, None) => return Err(bad_value(2, "a grant without a consumer".into())),
    };
    Ok(Grant {
        id: GrantId(r.get(0)?),
        draft: GrantDraft {
            integration: Some(IntegrationId(r.get(1)?)),
            consumer: Some(consumer),
            contract: Some(ContractId(r.get(4)?)),
            granted_by: r.get::<_, Option<i64>>(5)?.map(PersonId),
            granted_on: r.get(6)?,
            valid_until: r.get(7)?,
            note: r.get(8)?,
            reviews: Vec::new(),
        },
    })
}

/// What the audit trail records of a grant: its title (so the trail can name it) and content.
#[derive(Serialize)]
pub(super) struct GrantRecord<'a> {
    title: String,
    #[serde(flatten)]
    draft: &'a GrantDraft,
}

impl Catalog {
    /// The stored grant `id`, with its reviews.
    pub fn grant(&self, id: GrantId) -> Result<Grant> {
        self.get::<GrantDraft>(id)
    }

    /// Every grant, oldest first, with its reviews (read in one query for all).
    pub fn grants(&self) -> Result<Vec<Grant>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY id"))
            .at(&self.path)?;
        let mut all: Vec<Grant> = stmt
            .query_map([], row_to_grant)
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        let mut by_grant: HashMap<i64, Vec<AccessReview>> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT_REVIEWS} ORDER BY grant_id, position"))
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_review).at(&self.path)?;
        for row in rows {
            let (grant, review) = row.at(&self.path)?;
            by_grant.entry(grant).or_default().push(review);
        }
        for grant in &mut all {
            grant.draft.reviews = by_grant.remove(&grant.id.0).unwrap_or_default();
        }
        Ok(all)
    }

    /// The names of every item of kind `entity` (a kind whose table has a `name` column:
    /// systems, organisations, people, integrations), by id.
    pub fn names(&self, entity: Entity) -> Result<HashMap<i64, String>> {
        let table = match entity {
            Entity::System | Entity::Organisation | Entity::Person | Entity::Integration => {
                entity.as_str()
            }
            _ => return Ok(HashMap::new()),
        };
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT id, name FROM {table}"))
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Today's date in UTC, from SQLite's clock.
    pub fn today_date(&self) -> Result<Date> {
        self.conn
            .query_row("SELECT date('now')", [], |r| {
                let text: String = r.get(0)?;
                Date::parse(&text).ok_or_else(|| bad_value(0, format!("not a date: {text:?}")))
            })
            .at(&self.path)
    }

    /// The title of grant `id` ("integration → consumer").
    pub fn grant_title(&self, id: GrantId) -> Result<String> {
        grant_title(&self.conn, &self.path, id)
    }

    /// What the access rule needs of contract `id`: its status, validity, the integrations it
    /// governs, the consumer it names (and that system's organisation), and the access review
    /// its information requires (the highest classification and every kind of personal data
    /// of the information sets it governs, through the shipped-default safeguards table).
    pub fn contract_cover(&self, id: ContractId) -> Result<ContractCover> {
        self.covers("c.id = ?1", Some(id.0))?
            .remove(&id)
            .ok_or(Error::ContractNotFound(id))
    }

    /// The covers of the contracts every grant names, each read once.
    pub fn grant_covers(&self) -> Result<HashMap<ContractId, ContractCover>> {
        self.covers("c.id IN (SELECT contract_id FROM access_grant)", None)
    }

    /// The covers of the contracts `condition` (SQL over `contract c`, with `?1` bound to
    /// `param` when given) selects, in four queries whatever their number: the contracts,
    /// their integrations, their information sets, and those sets once each.
    fn covers(
        &self,
        condition: &str,
        param: Option<i64>,
    ) -> Result<HashMap<ContractId, ContractCover>> {
        let params: Vec<i64> = param.into_iter().collect();
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT c.id, c.title, c.status, json_extract(c.terms, '$.valid_from'),
                        json_extract(c.terms, '$.valid_to'), c.consumer_system_id,
                        u.organisation_id
                 FROM contract c
                 JOIN system s ON s.id = c.consumer_system_id
                 LEFT JOIN unit u ON u.id = s.unit_id
                 WHERE {condition}"
            ))
            .at(&self.path)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&params), |r| {
                let status: String = r.get(2)?;
                Ok(ContractCover {
                    id: ContractId(r.get(0)?),
                    title: r.get(1)?,
                    status: ContractStatus::parse(&status)
                        .ok_or_else(|| bad_value(2, format!("unknown status {status:?}")))?,
                    valid_from: r.get(3)?,
                    valid_to: r.get(4)?,
                    integrations: Vec::new(),
                    consumer_system: SystemId(r.get(5)?),
                    consumer_organisation: r.get::<_, Option<i64>>(6)?.map(OrganisationId),
                    review: None,
                    review_shipped_default: true,
                })
            })
            .at(&self.path)?;
        let mut covers: HashMap<ContractId, ContractCover> = rows
            .map(|row| row.map(|cover| (cover.id, cover)))
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        let links = |table: &str, column: &str| -> Result<Vec<(ContractId, i64)>> {
            let mut stmt = self
                .conn
                .prepare(&format!(
                    "SELECT c.id, l.{column} FROM contract c JOIN {table} l ON l.contract_id = c.id
                     WHERE {condition} ORDER BY 1, 2"
                ))
                .at(&self.path)?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(&params), |r| {
                    Ok((ContractId(r.get(0)?), r.get(1)?))
                })
                .at(&self.path)?;
            rows.collect::<rusqlite::Result<_>>().at(&self.path)
        };
        for (contract, integration) in links("contract_integration", "integration_id")? {
            if let Some(cover) = covers.get_mut(&contract) {
                cover.integrations.push(IntegrationId(integration));
            }
        }
        // The information each contract carries: its highest level (with the scheme it
        // belongs to) and every kind of personal data of its sets, each set read once.
        type Facts = (Option<(u8, Option<String>)>, PersonalData);
        let mut carried: HashMap<ContractId, Facts> = HashMap::new();
        let mut sets: HashMap<i64, Facts> = HashMap::new();
        for (contract, set) in links("contract_information_set", "information_set_id")? {
            let facts = match sets.get(&set) {
                Some(facts) => facts.clone(),
                None => {
                    let read = self.information_set(InformationSetId(set))?.draft;
                    let level = read
                        .effective_classification()
                        .map(|l| (l, read.scheme.clone()));
                    let facts = (level, read.personal_data());
                    sets.insert(set, facts.clone());
                    facts
                }
            };
            let entry = carried.entry(contract).or_default();
            if facts.0.as_ref().map(|l| l.0) > entry.0.as_ref().map(|l| l.0) {
                entry.0 = facts.0;
            }
            entry.1 = entry.1.union(facts.1);
        }
        // The review the level's policy (else the shipped default) asks for.
        let schemes = self.schemes()?;
        for cover in covers.values_mut() {
            let (level, personal) = carried.remove(&cover.id).unwrap_or_default();
            let level = level.map(|(ordinal, scheme)| {
                crate::safeguards::level_in(&schemes, scheme.as_deref(), ordinal)
            });
            cover.review = crate::safeguards::access_review(level.as_ref(), personal);
            cover.review_shipped_default = !level
                .and_then(|l| l.safeguards)
                .is_some_and(|own| cover.review.is_some_and(|r| own.contains(&r)));
        }
        Ok(covers)
    }

    /// Whether item `id` of kind `entity` is in the catalog.
    pub fn exists(&self, entity: Entity, id: i64) -> Result<bool> {
        let table = match entity {
            Entity::AccessGrant => "access_grant",
            Entity::ClassificationScheme => "classification_scheme",
            other => other.as_str(),
        };
        let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
        Ok(self
            .conn
            .query_row(&sql, [id], |_| Ok(()))
            .optional()
            .at(&self.path)?
            .is_some())
    }
}

impl Table for GrantDraft {
    fn read(conn: &Connection, path: &Path, id: GrantId) -> Result<Grant> {
        let mut grant = conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_grant)
            .optional()
            .at(path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::AccessGrant,
                id: id.0,
            })?;
        grant.draft.reviews = reviews(conn, path, id)?;
        Ok(grant)
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<GrantId>,
        draft: &GrantDraft,
    ) -> Result<GrantId> {
        write_row(tx, path, id, draft)
    }

    /// The title ("integration → consumer"), and the contract's title with the note.
    fn indexed(
        tx: &Connection,
        path: &Path,
        id: GrantId,
        draft: &GrantDraft,
    ) -> Result<Option<(String, String)>> {
        let contract_title: String = tx
            .query_row(
                "SELECT c.title FROM contract c JOIN access_grant g ON g.contract_id = c.id
                 WHERE g.id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .at(path)?;
        let body = format!("{contract_title}\n{}", draft.note);
        Ok(Some((grant_title(tx, path, id)?, body)))
    }

    /// The title (so the trail can name the grant) with its content.
    fn audited(
        tx: &Connection,
        path: &Path,
        id: GrantId,
        draft: &GrantDraft,
    ) -> Result<serde_json::Value> {
        let record = GrantRecord {
            title: grant_title(tx, path, id)?,
            draft,
        };
        Ok(serde_json::to_value(record).expect("grants always serialise"))
    }
}

const SELECT_REVIEWS: &str =
    "SELECT grant_id, reviewed_on, reviewed_by, outcome FROM access_review";

/// A review row (columns of [`SELECT_REVIEWS`]) with the grant it belongs to.
fn row_to_review(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, AccessReview)> {
    let outcome: String = r.get(3)?;
    let review = AccessReview {
        reviewed_on: r.get(1)?,
        reviewed_by: r.get::<_, Option<i64>>(2)?.map(PersonId),
        outcome: ReviewOutcome::parse(&outcome)
            .ok_or_else(|| bad_value(3, format!("unknown outcome {outcome:?}")))?,
    };
    Ok((r.get(0)?, review))
}

/// The reviews of grant `id`, in the order recorded.
fn reviews(conn: &Connection, path: &Path, id: GrantId) -> Result<Vec<AccessReview>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "{SELECT_REVIEWS} WHERE grant_id = ?1 ORDER BY position"
        ))
        .at(path)?;
    let rows = stmt.query_map([id.0], row_to_review).at(path)?;
    rows.map(|row| row.map(|(_, review)| review))
        .collect::<rusqlite::Result<_>>()
        .at(path)
}

/// The title of grant `id`, read through `conn` (a connection or an open transaction).
fn grant_title(conn: &Connection, path: &Path, id: GrantId) -> Result<String> {
    conn.query_row(
        &format!("SELECT {TITLE_SQL} FROM access_grant WHERE id = ?1"),
        [id.0],
        |r| r.get::<_, Option<String>>(0),
    )
    .optional()
    .at(path)?
    .flatten()
    .ok_or(Error::ItemNotFound {
        entity: Entity::AccessGrant,
        id: id.0,
    })
}

/// Writes a validated grant row (a new one when `id` is `None`) and its reviews.
fn write_row(tx: &Connection, path: &Path, id: Option<GrantId>, d: &GrantDraft) -> Result<GrantId> {
    let (system, organisation) = match d.consumer {
        Some(Consumer::System(s)) => (Some(s.0), None),
        Some(Consumer::Organisation(o)) => (None, Some(o.0)),
        None => (None, None),
    };
    let values = params![
        d.integration.map(|i| i.0),
        system,
        organisation,
        d.contract.map(|c| c.0),
        d.granted_by.map(|p| p.0),
        d.granted_on,
        d.valid_until,
        d.note,
        id.map(|i| i.0),
    ];
    let id = match id {
        None => {
            tx.execute(
                "INSERT INTO access_grant (integration_id, consumer_system_id,
                     consumer_organisation_id, contract_id, granted_by, granted_on, valid_until,
                     note, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                values,
            )
            .at(path)?;
            GrantId(tx.last_insert_rowid())
        }
        Some(id) => {
            tx.execute(
                "UPDATE access_grant SET integration_id = ?1, consumer_system_id = ?2,
                     consumer_organisation_id = ?3, contract_id = ?4, granted_by = ?5,
                     granted_on = ?6, valid_until = ?7, note = ?8
                 WHERE id = ?9",
                values,
            )
            .at(path)?;
            tx.execute("DELETE FROM access_review WHERE grant_id = ?1", [id.0])
                .at(path)?;
            id
        }
    };
    for (position, review) in d.reviews.iter().enumerate() {
        tx.execute(
            "INSERT INTO access_review (grant_id, position, reviewed_on, reviewed_by, outcome)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id.0,
                position as i64,
                review.reviewed_on,
                review.reviewed_by.map(|p| p.0),
                review.outcome.as_str()
            ],
        )
        .at(path)?;
    }
    Ok(id)
}
