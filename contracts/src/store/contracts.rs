//! The contract table, its fields, its links to information sets and integrations, and its
//! status workflow.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::store::{Error, Result};
use serde::{Deserialize, Serialize};

use crate::model::{
    ApiProfile, Contract, ContractDraft, ContractId, ContractState, ContractStatus,
    ContractSummary, Entity, Field, FieldType, InformationSetId, IntegrationId, ServiceLevels,
};

use super::audit::{self, Change};
use super::table::Table;
use super::{bad_value, search, systems, Catalog, SqliteContext};

const SELECT_CONTRACT: &str = "
    SELECT c.title, c.description, c.owner, coalesce(p.name, ''), coalesce(k.name, ''),
           c.version, c.terms, c.status, c.approved_by, c.approved_at
    FROM contract c
    LEFT JOIN system p ON p.id = c.provider_system_id
    LEFT JOIN system k ON k.id = c.consumer_system_id
    WHERE c.id = ?1";

/// What the audit trail records of a status change: the contract's title (so the trail can
/// name it) and its workflow state.
#[derive(Serialize)]
struct StatusRecord {
    title: String,
    #[serde(flatten)]
    state: ContractState,
}

/// A contract's id, title, status and access rights.
pub type Publication = (
    ContractId,
    String,
    ContractStatus,
    crate::model::AccessRights,
);

/// What the catalog's checks and the map need of one contract, read for all contracts at
/// once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractFacts {
    /// The contract.
    pub id: ContractId,
    /// Its title.
    pub title: String,
    /// No processor handles its personal data.
    pub in_house: bool,
    /// The information sets it governs.
    pub information_sets: Vec<InformationSetId>,
    /// Covered by at least one data processing agreement.
    pub covered_by_agreement: bool,
    /// Its place in the workflow.
    pub status: ContractStatus,
    /// First day it applies (`YYYY-MM-DD`), if set.
    pub valid_from: Option<String>,
    /// Last day it applies (`YYYY-MM-DD`), if set.
    pub valid_to: Option<String>,
    /// What it does not name yet, of what a draft may lack (`owner`, `provider`, `consumer`,
    /// `fields`: see [`crate::validate::Issue::is_draft_gap`]).
    pub lacks: Vec<&'static str>,
}

impl Catalog {
    /// The facts the checks need of every contract, by title, in three queries (a catalog
    /// can hold 100,000 contracts: reading each whole would take seconds).
    pub fn contract_facts(&self) -> Result<Vec<ContractFacts>> {
        self.facts(false)
    }

    /// The facts of the contracts that govern at least one information set (the APIs), by
    /// title: what reuse, the effect goals and the IntArk checklist look at.
    pub fn governing_contract_facts(&self) -> Result<Vec<ContractFacts>> {
        self.facts(true)
    }

    fn facts(&self, only_governing: bool) -> Result<Vec<ContractFacts>> {
        let mut sets: std::collections::HashMap<i64, Vec<InformationSetId>> =
            std::collections::HashMap::new();
        let mut stmt = self
            .conn
            .prepare("SELECT contract_id, information_set_id FROM contract_information_set ORDER BY 1, 2")
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .at(&self.path)?;
        for row in rows {
            let (contract, set) = row.at(&self.path)?;
            sets.entry(contract)
                .or_default()
                .push(InformationSetId(set));
        }
        let filter = if only_governing {
            "WHERE c.id IN (SELECT contract_id FROM contract_information_set)"
        } else {
            ""
        };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT id, title, coalesce(json_extract(terms, '$.in_house'), 0),
                        EXISTS (SELECT 1 FROM agreement_contract a WHERE a.contract_id = c.id),
                        status, json_extract(terms, '$.valid_from'),
                        json_extract(terms, '$.valid_to'), trim(owner) = '',
                        provider_system_id IS NULL, consumer_system_id IS NULL,
                        NOT EXISTS (SELECT 1 FROM contract_field f WHERE f.contract_id = c.id)
                 FROM contract c {filter} ORDER BY title COLLATE NOCASE, id"
            ))
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                let id: i64 = r.get(0)?;
                let status: String = r.get(4)?;
                Ok(ContractFacts {
                    id: ContractId(id),
                    title: r.get(1)?,
                    in_house: r.get(2)?,
                    information_sets: Vec::new(),
                    covered_by_agreement: r.get(3)?,
                    status: ContractStatus::parse(&status)
                        .ok_or_else(|| bad_value(4, format!("unknown status {status:?}")))?,
                    valid_from: r.get(5)?,
                    valid_to: r.get(6)?,
                    lacks: ["owner", "provider", "consumer", "fields"]
                        .into_iter()
                        .enumerate()
                        .filter_map(|(i, what)| match r.get::<_, bool>(7 + i) {
                            Ok(true) => Some(Ok(what)),
                            Ok(false) => None,
                            Err(e) => Some(Err(e)),
                        })
                        .collect::<rusqlite::Result<_>>()?,
                })
            })
            .at(&self.path)?;
        let mut facts = rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.path)?;
        for fact in &mut facts {
            fact.information_sets = sets.remove(&fact.id.0).unwrap_or_default();
        }
        Ok(facts)
    }

    /// Every contract's id, title, status and access rights, by id (one query: what the
    /// effect goals need of 100,000 contracts).
    pub fn contract_publication(&self) -> Result<Vec<Publication>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, title, status, coalesce(json_extract(terms, '$.access_rights'), '')
                 FROM contract ORDER BY id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                let status: String = r.get(2)?;
                let rights: String = r.get(3)?;
                Ok((
                    ContractId(r.get(0)?),
                    r.get(1)?,
                    ContractStatus::parse(&status)
                        .ok_or_else(|| bad_value(2, format!("unknown status {status:?}")))?,
                    crate::model::AccessRights::parse(&rights).unwrap_or_default(),
                ))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Every contract's list line, ordered by title.
    pub fn list_contracts(&self) -> Result<Vec<ContractSummary>> {
        self.contracts_page(0, usize::MAX)
    }

    /// At most `limit` list lines from position `offset`, in the order of
    /// [`Catalog::list_contracts`].
    pub fn contracts_page(&self, offset: usize, limit: usize) -> Result<Vec<ContractSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, title, version, owner FROM contract
                 ORDER BY title COLLATE NOCASE, id LIMIT ?1 OFFSET ?2",
            )
            .at(&self.path)?;
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(params![clamp(limit), clamp(offset)], |r| {
                Ok(ContractSummary {
                    id: ContractId(r.get(0)?),
                    title: r.get(1)?,
                    version: r.get(2)?,
                    owner: r.get(3)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// One page of the contract list: contracts whose indexed text (title, owner, systems,
    /// description, field names) has every word of `filter` as a word prefix, in any case and
    /// with or without diacritics, sorted by column `sort` (0 title, 1 version, 2 status,
    /// 3 owner, 4 provider, 5 consumer), with how many pass the filter in all. Each row is
    /// the id and those six columns. The page's ids are found first (through an index for the
    /// contract's own columns), then only those rows are joined with their systems.
    pub fn contract_rows(
        &self,
        filter: &str,
        sort: usize,
        descending: bool,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, Vec<(ContractId, [String; 6])>)> {
        let (key, join) = match sort {
            1 => ("c.version", ""),
            2 => ("c.status", ""),
            3 => ("c.owner", ""),
            4 => (
                "s.name",
                "LEFT JOIN system s ON s.id = c.provider_system_id",
            ),
            5 => (
                "s.name",
                "LEFT JOIN system s ON s.id = c.consumer_system_id",
            ),
            _ => ("c.title", ""),
        };
        let direction = if descending { "DESC" } else { "ASC" };
        let words = search::fts_query(filter);
        let (condition, params): (&str, Vec<String>) = match words {
            Some(query) => (
                "c.id IN (SELECT item_id FROM search_index
                          WHERE search_index MATCH ?1 AND kind = 'contract')",
                vec![query],
            ),
            None => ("1", Vec::new()),
        };
        let total: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM contract c WHERE {condition}"
            ))
            .and_then(|mut stmt| stmt.query_row(rusqlite::params_from_iter(&params), |r| r.get(0)))
            .at(&self.path)?;
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let outer_key = key.replace("s.name", "ks.name");
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT c.id, c.title, c.version, c.status, c.owner, coalesce(p.name, ''),
                        coalesce(k.name, '')
                 FROM (SELECT c.id FROM contract c {join} WHERE {condition}
                       ORDER BY {key} COLLATE NOCASE {direction}, c.id {direction}
                       LIMIT {} OFFSET {}) page
                 JOIN contract c ON c.id = page.id
                 LEFT JOIN system p ON p.id = c.provider_system_id
                 LEFT JOIN system k ON k.id = c.consumer_system_id
                 {}
                 ORDER BY {outer_key} COLLATE NOCASE {direction}, c.id {direction}",
                clamp(limit),
                clamp(offset),
                match sort {
                    4 => "LEFT JOIN system ks ON ks.id = c.provider_system_id",
                    5 => "LEFT JOIN system ks ON ks.id = c.consumer_system_id",
                    _ => "",
                },
            ))
            .at(&self.path)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&params), |r| {
                Ok((
                    ContractId(r.get(0)?),
                    [
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ],
                ))
            })
            .at(&self.path)?;
        let rows = rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.path)?;
        Ok((usize::try_from(total).unwrap_or(0), rows))
    }

    /// How many contracts the catalog holds.
    pub fn count_contracts(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM contract", [], |r| r.get(0))
            .at(&self.path)?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// The stored contract `id`.
    pub fn contract(&self, id: ContractId) -> Result<Contract> {
        self.get::<ContractDraft>(id)
    }

    /// Moves contract `id` to `next` along its workflow (the caller has checked the move):
    /// approval records who (the author) and when, and releases the version; the change is
    /// audited.
    pub fn write_contract_status(&mut self, id: ContractId, next: ContractStatus) -> Result<()> {
        let author = self.author.clone();
        self.in_transaction(|tx, path| set_status(tx, path, &author, id, next))
    }
}

/// Moves contract `id` to `next` (the caller has checked the move), recording who approved
/// and when, the release of an approved version, and the change in the audit trail.
fn set_status(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: ContractId,
    next: ContractStatus,
) -> Result<()> {
    let stored = read(tx, path, id)?;
    let before = StatusRecord {
        title: stored.draft.title,
        state: stored.state,
    };
    let approving = next == ContractStatus::Approved;
    tx.execute(
        "UPDATE contract SET status = ?2,
             approved_by = CASE WHEN ?3 THEN ?4 WHEN ?2 = 'draft' THEN NULL ELSE approved_by END,
             approved_at = CASE WHEN ?3 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                                WHEN ?2 = 'draft' THEN NULL ELSE approved_at END
         WHERE id = ?1",
        params![id.0, next.as_str(), approving, author],
    )
    .at(path)?;
    if approving {
        super::versions::record_release(tx, path, author, id)?;
    }
    let after = StatusRecord {
        title: before.title.clone(),
        state: read(tx, path, id)?.state,
    };
    let change = Change {
        entity: Entity::Contract,
        id: id.0,
        before: Some(&before),
        after: Some(&after),
    };
    audit::record(tx, path, author, change)
}

/// Reads contract `id` through `conn` (a connection or an open transaction).
pub(super) fn read(conn: &Connection, path: &Path, id: ContractId) -> Result<Contract> {
    let head = conn
        .query_row(SELECT_CONTRACT, [id.0], |r| {
            let terms: String = r.get(6)?;
            let terms: Terms =
                serde_json::from_str(&terms).map_err(|e| bad_value(6, e.to_string()))?;
            let status: String = r.get(7)?;
            let state = ContractState {
                status: ContractStatus::parse(&status)
                    .ok_or_else(|| bad_value(7, format!("unknown status {status:?}")))?,
                approved_by: r.get(8)?,
                approved_at: r.get(9)?,
            };
            let draft = ContractDraft {
                title: r.get(0)?,
                description: r.get(1)?,
                owner: r.get(2)?,
                provider_system: r.get(3)?,
                consumer_system: r.get(4)?,
                version: r.get(5)?,
                ..terms.into_draft()
            };
            Ok((draft, state))
        })
        .optional()
        .at(path)?;
    let (mut draft, state) = head.ok_or(Error::ContractNotFound(id))?;
    draft.information_sets =
        linked(conn, path, "SELECT information_set_id FROM contract_information_set WHERE contract_id = ?1 ORDER BY information_set_id", id)?
            .into_iter()
            .map(InformationSetId)
            .collect();
    draft.integrations =
        linked(conn, path, "SELECT integration_id FROM contract_integration WHERE contract_id = ?1 ORDER BY integration_id", id)?
            .into_iter()
            .map(IntegrationId)
            .collect();
    let mut stmt = conn
        .prepare(
            "SELECT name, type, required, description FROM contract_field
             WHERE contract_id = ?1 ORDER BY position",
        )
        .at(path)?;
    let fields = stmt
        .query_map([id.0], |r| {
            let type_name: String = r.get(1)?;
            let field_type = FieldType::parse(&type_name)
                .ok_or_else(|| bad_value(1, format!("unknown field type {type_name:?}")))?;
            Ok(Field {
                name: r.get(0)?,
                field_type,
                required: r.get(2)?,
                description: r.get(3)?,
            })
        })
        .at(path)?;
    draft.fields = fields.collect::<rusqlite::Result<_>>().at(path)?;
    Ok(Contract { id, draft, state })
}

/// The ids a link-table query returns for contract `id`.
fn linked(conn: &Connection, path: &Path, sql: &str, id: ContractId) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql).at(path)?;
    let rows = stmt.query_map([id.0], |r| r.get(0)).at(path)?;
    rows.collect::<rusqlite::Result<_>>().at(path)
}

/// The contract's terms, stored together as one JSON object (every key optional, so older
/// rows and newer keys read alike).
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct Terms {
    purpose: String,
    legal_basis: String,
    service_levels: ServiceLevels,
    retention: String,
    access: String,
    valid_from: Option<String>,
    valid_to: Option<String>,
    links: Vec<String>,
    in_house: bool,
    api_profile: Option<ApiProfile>,
    access_rights: crate::model::AccessRights,
}

impl Terms {
    fn of(draft: &ContractDraft) -> String {
        let terms = Terms {
            purpose: draft.purpose.clone(),
            legal_basis: draft.legal_basis.clone(),
            service_levels: draft.service_levels.clone(),
            retention: draft.retention.clone(),
            access: draft.access.clone(),
            valid_from: draft.valid_from.clone(),
            valid_to: draft.valid_to.clone(),
            links: draft.links.clone(),
            in_house: draft.in_house,
            api_profile: draft.api_profile,
            access_rights: draft.access_rights,
        };
        serde_json::to_string(&terms).expect("terms always serialise")
    }

    fn into_draft(self) -> ContractDraft {
        ContractDraft {
            purpose: self.purpose,
            legal_basis: self.legal_basis,
            service_levels: self.service_levels,
            retention: self.retention,
            access: self.access,
            valid_from: self.valid_from,
            valid_to: self.valid_to,
            links: self.links,
            in_house: self.in_house,
            api_profile: self.api_profile,
            access_rights: self.access_rights,
            ..ContractDraft::default()
        }
    }
}

/// Replaces the contract's links to information sets and integrations.
fn write_links(tx: &Connection, path: &Path, id: ContractId, draft: &ContractDraft) -> Result<()> {
    tx.execute(
        "DELETE FROM contract_information_set WHERE contract_id = ?1",
        [id.0],
    )
    .at(path)?;
    tx.execute(
        "DELETE FROM contract_integration WHERE contract_id = ?1",
        [id.0],
    )
    .at(path)?;
    for set in &draft.information_sets {
        tx.execute(
            "INSERT OR IGNORE INTO contract_information_set (contract_id, information_set_id) VALUES (?1, ?2)",
            params![id.0, set.0],
        )
        .at(path)?;
    }
    for integration in &draft.integrations {
        tx.execute(
            "INSERT OR IGNORE INTO contract_integration (contract_id, integration_id) VALUES (?1, ?2)",
            params![id.0, integration.0],
        )
        .at(path)?;
    }
    Ok(())
}

impl Table for ContractDraft {
    fn read(conn: &Connection, path: &Path, id: ContractId) -> Result<Contract> {
        read(conn, path, id)
    }

    /// The row, its fields and links; a provider or consumer system named for the first time
    /// is registered (by `author`).
    fn write(
        tx: &Connection,
        path: &Path,
        author: &str,
        id: Option<ContractId>,
        draft: &ContractDraft,
    ) -> Result<ContractId> {
        store_row(tx, path, author, id, draft)
    }
}

/// Writes the contract row (a new one when `id` is `None`), its fields and its links; the
/// caller has validated the draft.
fn store_row(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: Option<ContractId>,
    draft: &ContractDraft,
) -> Result<ContractId> {
    let provider = systems::id_for_name(tx, path, author, &draft.provider_system)?;
    let consumer = systems::id_for_name(tx, path, author, &draft.consumer_system)?;
    let values = params![
        id.map(|id| id.0),
        draft.title,
        draft.description,
        draft.owner,
        provider,
        consumer,
        draft.version,
        Terms::of(draft)
    ];
    let id = match id {
        None => {
            tx.execute(
                "INSERT INTO contract (id, title, description, owner, provider_system_id,
                     consumer_system_id, version, terms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                values,
            )
            .at(path)?;
            ContractId(tx.last_insert_rowid())
        }
        Some(id) => {
            let changed = tx
                .execute(
                    "UPDATE contract SET title = ?2, description = ?3, owner = ?4,
                         provider_system_id = ?5, consumer_system_id = ?6, version = ?7,
                         terms = ?8, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                     WHERE id = ?1",
                    values,
                )
                .at(path)?;
            if changed == 0 {
                return Err(Error::ContractNotFound(id));
            }
            tx.execute("DELETE FROM contract_field WHERE contract_id = ?1", [id.0])
                .at(path)?;
            id
        }
    };
    insert_fields(tx, path, id, &draft.fields)?;
    write_links(tx, path, id, draft)?;
    Ok(id)
}

fn insert_fields(tx: &Connection, path: &Path, id: ContractId, fields: &[Field]) -> Result<()> {
    let mut stmt = tx
        .prepare(
            "INSERT INTO contract_field (contract_id, position, name, type, required, description)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .at(path)?;
    for (position, field) in fields.iter().enumerate() {
        stmt.execute(params![
            id.0,
            position as i64,
            field.name,
            field.field_type.as_str(),
            field.required,
            field.description
        ])
        .at(path)?;
    }
    Ok(())
}
