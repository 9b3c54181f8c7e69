//! Version histories (schema 20): a contract's released versions, each a [`Snapshot`] of the
//! contract and the information sets it governed when it was approved; an information set's
//! versions, one per saved change, numbered by what changed ([`crate::versions`]).

use std::path::Path;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::model::{ContractDraft, ContractId, InformationSetDraft, InformationSetId};
use crate::store::Result;
use crate::versions::{SetSnapshot, Snapshot, Version};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

/// A stored version of a contract or an information set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    /// Its number.
    pub version: String,
    /// When it was released (a contract: approved; a set: saved), RFC 3339 UTC.
    pub at: String,
    /// Who released it (the catalog's author then).
    pub by: String,
    /// What it holds.
    pub snapshot: Snapshot,
}

/// Contract `id` and the information sets it governs as they are now, read through `conn`.
pub(super) fn snapshot(conn: &Connection, path: &Path, id: ContractId) -> Result<Snapshot> {
    let contract = ContractDraft::read(conn, path, id)?.draft;
    let sets = contract
        .information_sets
        .iter()
        .map(|set| {
            InformationSetDraft::read(conn, path, *set).map(|s| SetSnapshot {
                id: s.id,
                draft: s.draft,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Snapshot { contract, sets })
}

/// Records the release of contract `id` as it is now (called as it is approved). A version
/// released before is not released again.
pub(super) fn record_release(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: ContractId,
) -> Result<()> {
    let snapshot = snapshot(tx, path, id)?;
    let body = serde_json::to_string(&snapshot).expect("a snapshot always serialises");
    tx.execute(
        "INSERT OR IGNORE INTO contract_version (contract_id, version, released_at, released_by, snapshot)
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?3, ?4)",
        params![id.0, snapshot.contract.version, author, body],
    )
    .at(path)?;
    Ok(())
}

/// Records `draft` as information set `id`'s `version`.
fn record_set_version(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: InformationSetId,
    version: &Version,
    draft: &InformationSetDraft,
) -> Result<()> {
    let snapshot = Snapshot {
        sets: vec![SetSnapshot {
            id,
            draft: draft.clone(),
        }],
        ..Snapshot::default()
    };
    tx.execute(
        "INSERT INTO information_set_version (set_id, version, saved_at, saved_by, snapshot)
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?3, ?4)",
        params![
            id.0,
            version.to_string(),
            author,
            serde_json::to_string(&snapshot).expect("a snapshot always serialises")
        ],
    )
    .at(path)?;
    Ok(())
}

fn row_to_release(r: &rusqlite::Row<'_>) -> rusqlite::Result<Release> {
    let body: String = r.get(3)?;
    Ok(Release {
        version: r.get(0)?,
        at: r.get(1)?,
        by: r.get(2)?,
        snapshot: serde_json::from_str(&body).map_err(|e| bad_value(3, e.to_string()))?,
    })
}

/// The releases `sql` selects for item `id` (as [`row_to_release`] reads them).
fn releases(conn: &Connection, path: &Path, sql: &str, id: i64) -> Result<Vec<Release>> {
    let mut stmt = conn.prepare_cached(sql).at(path)?;
    let rows = stmt.query_map([id], row_to_release).at(path)?;
    rows.collect::<rusqlite::Result<_>>().at(path)
}

/// Contract `id`'s releases, oldest first.
fn contract_releases(conn: &Connection, path: &Path, id: ContractId) -> Result<Vec<Release>> {
    let sql = "SELECT version, released_at, released_by, snapshot FROM contract_version
               WHERE contract_id = ?1 ORDER BY rowid";
    releases(conn, path, sql, id.0)
}

/// Information set `id`'s versions, oldest first.
fn set_releases(conn: &Connection, path: &Path, id: InformationSetId) -> Result<Vec<Release>> {
    let sql = "SELECT version, saved_at, saved_by, snapshot FROM information_set_version
               WHERE set_id = ?1 ORDER BY rowid";
    releases(conn, path, sql, id.0)
}

/// Seeds the histories of a catalog made before versions were kept (schema 20), once every
/// migration has run: every approved or retired contract released as it is, every
/// information set at 1.0.0.
pub(super) fn seed(tx: &Connection, path: &Path) -> Result<()> {
    let ids = |sql: &str| -> Result<Vec<i64>> {
        let mut stmt = tx.prepare(sql).at(path)?;
        let rows = stmt.query_map([], |r| r.get(0)).at(path)?;
        rows.collect::<rusqlite::Result<_>>().at(path)
    };
    for set in ids("SELECT id FROM information_set ORDER BY id")? {
        let id = InformationSetId(set);
        let draft = InformationSetDraft::read(tx, path, id)?.draft;
        record_set_version(tx, path, "", id, &Version::FIRST, &draft)?;
    }
    for contract in
        ids("SELECT id FROM contract WHERE status IN ('approved', 'retired') ORDER BY id")?
    {
        let id = ContractId(contract);
        let by: Option<String> = tx
            .query_row(
                "SELECT approved_by FROM contract WHERE id = ?1",
                [contract],
                |r| r.get(0),
            )
            .at(path)?;
        record_release(tx, path, by.as_deref().unwrap_or(""), id)?;
        // Released when it was approved, where the catalog knows when.
        tx.execute(
            "UPDATE contract_version SET released_at = COALESCE(
                 (SELECT approved_at FROM contract WHERE id = ?1), released_at)
             WHERE contract_id = ?1",
            [contract],
        )
        .at(path)?;
    }
    Ok(())
}

impl Catalog {
    /// Each approved contract governing an information set that has changed since the
    /// contract's last release: the contract, its title, its version, and the set's name
    /// (versions are stamped to the millisecond).
    pub fn releases_behind_their_sets(&self) -> Result<Vec<(ContractId, String, String, String)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.id, c.title, c.version, s.name
                 FROM contract c
                 JOIN contract_information_set l ON l.contract_id = c.id
                 JOIN information_set s ON s.id = l.information_set_id
                 WHERE c.status = 'approved'
                   AND (SELECT MAX(saved_at) FROM information_set_version v
                        WHERE v.set_id = l.information_set_id)
                     > (SELECT MAX(released_at) FROM contract_version r
                        WHERE r.contract_id = c.id)
                 ORDER BY c.id, s.name",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((ContractId(r.get(0)?), r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The approved contracts governing any of `sets`, by id, with their titles.
    pub fn approved_contracts_governing(
        &self,
        sets: &[InformationSetId],
    ) -> Result<Vec<(ContractId, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT c.id, c.title FROM contract_information_set l
                 JOIN contract c ON c.id = l.contract_id
                 WHERE l.information_set_id = ?1 AND c.status = 'approved'",
            )
            .at(&self.path)?;
        let mut out = Vec::new();
        for set in sets {
            let rows = stmt
                .query_map([set.0], |r| Ok((ContractId(r.get(0)?), r.get(1)?)))
                .at(&self.path)?;
            out.extend(rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.path)?);
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// Contract `id` and the information sets it governs, as they are now.
    pub fn contract_snapshot(&self, id: ContractId) -> Result<Snapshot> {
        snapshot(&self.conn, &self.path, id)
    }

    /// Contract `id`'s released versions, oldest first.
    pub fn contract_releases(&self, id: ContractId) -> Result<Vec<Release>> {
        self.contract(id)?;
        contract_releases(&self.conn, &self.path, id)
    }

    /// Information set `id`'s versions, oldest first.
    pub fn information_set_releases(&self, id: InformationSetId) -> Result<Vec<Release>> {
        self.information_set(id)?;
        set_releases(&self.conn, &self.path, id)
    }

    /// Records `draft` as information set `id`'s `version` (the use cases number it), by the
    /// catalog's author.
    pub fn record_set_version(
        &mut self,
        id: InformationSetId,
        version: &Version,
        draft: &InformationSetDraft,
    ) -> Result<()> {
        let author = self.author.clone();
        self.in_transaction(|tx, path| record_set_version(tx, path, &author, id, version, draft))
    }
}
