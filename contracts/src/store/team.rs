//! What the team catalogue needs of the file beyond the items' own operations: the items'
//! global identities, the raw writes that apply a merged catalog as it is (a contract's
//! state, units, interface links, history), the sync's bookkeeping in `catalog_meta`, and
//! incoming changes dated in the audit trail by their commits.

use rusqlite::{params, OptionalExtension};

use crate::model::{Entity, InformationSetId, IntegrationId, OrganisationId, SystemId, UnitId};
use crate::store::Result;

use super::versions::Release;
use super::{Catalog, SqliteContext};

/// Rows that carry a global identity: the items of a kind, or the units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identified {
    /// Items of one kind.
    Item(Entity),
    /// Units of organisations.
    Unit,
}

impl Identified {
    /// Its table (each kind's table is named like the kind).
    fn table(self) -> &'static str {
        match self {
            Identified::Item(entity) => entity.as_str(),
            Identified::Unit => "unit",
        }
    }
}

/// A change the team has not been given yet: the table of the item changed (`settings` for
/// the shared settings), its row id, and its uid when it was deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unshared {
    /// The item's table.
    pub table: String,
    /// Its row id.
    pub item: Option<i64>,
    /// Its uid, recorded when the item was deleted.
    pub uid: Option<String>,
}

/// Which history a version belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A contract's releases.
    Contract,
    /// An information set's versions.
    InformationSet,
}

impl History {
    /// Its table and the columns of owner, version, time, author and content.
    fn sql(self) -> (&'static str, [&'static str; 5]) {
        match self {
            History::Contract => (
                "contract_version",
                [
                    "contract_id",
                    "version",
                    "released_at",
                    "released_by",
                    "snapshot",
                ],
            ),
            History::InformationSet => (
                "information_set_version",
                ["set_id", "version", "saved_at", "saved_by", "snapshot"],
            ),
        }
    }
}

impl Catalog {
    /// Every row of `rows` as (id, uid), by id.
    pub fn identities(&self, rows: Identified) -> Result<Vec<(i64, String)>> {
        let sql = format!("SELECT id, uid FROM {} ORDER BY id", rows.table());
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.path)?;
        let found = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .at(&self.path)?;
        found.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The uid of row `id` of `rows`, if there is one.
    pub fn uid_of(&self, rows: Identified, id: i64) -> Result<Option<String>> {
        let sql = format!("SELECT uid FROM {} WHERE id = ?1", rows.table());
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.path)?;
        stmt.query_row([id], |r| r.get(0)).optional().at(&self.path)
    }

    /// The row of `rows` whose uid is `uid`, if there is one.
    pub fn id_of(&self, rows: Identified, uid: &str) -> Result<Option<i64>> {
        let sql = format!("SELECT id FROM {} WHERE uid = ?1", rows.table());
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.path)?;
        stmt.query_row([uid], |r| r.get(0))
            .optional()
            .at(&self.path)
    }

    /// Gives row `id` of `rows` the global identity `uid` (an item arriving from the team).
    pub fn set_identity(&mut self, rows: Identified, id: i64, uid: &str) -> Result<()> {
        let sql = format!("UPDATE {} SET uid = ?2 WHERE id = ?1", rows.table());
        self.conn.execute(&sql, params![id, uid]).at(&self.path)?;
        Ok(())
    }

    /// Lets references point at rows still to come until the transaction ends (a merged
    /// catalog is applied in one transaction, in whatever order its changes come).
    pub fn defer_references(&mut self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA defer_foreign_keys = ON")
            .at(&self.path)
    }

    /// Writes unit `id` (a new one when `None`) of `organisation` named `name`.
    pub fn write_unit(
        &mut self,
        id: Option<UnitId>,
        organisation: OrganisationId,
        name: &str,
    ) -> Result<UnitId> {
        match id {
            Some(id) => {
                self.conn
                    .execute(
                        "UPDATE unit SET organisation_id = ?2, name = ?3 WHERE id = ?1",
                        params![id.0, organisation.0, name],
                    )
                    .at(&self.path)?;
                Ok(id)
            }
            None => {
                self.conn
                    .execute(
                        "INSERT INTO unit (organisation_id, name) VALUES (?1, ?2)",
                        params![organisation.0, name],
                    )
                    .at(&self.path)?;
                Ok(UnitId(self.conn.last_insert_rowid()))
            }
        }
    }

    /// Deletes unit `id`.
    pub fn remove_unit(&mut self, id: UnitId) -> Result<()> {
        self.conn
            .execute("DELETE FROM unit WHERE id = ?1", [id.0])
            .at(&self.path)?;
        Ok(())
    }

    /// The interface information set `set` documents, if any: (system, API, origin).
    pub fn interface_of(
        &self,
        set: InformationSetId,
    ) -> Result<Option<(SystemId, String, String)>> {
        self.conn
            .query_row(
                "SELECT system_id, api, origin FROM interface_set WHERE information_set_id = ?1",
                [set.0],
                |r| Ok((SystemId(r.get(0)?), r.get(1)?, r.get(2)?)),
            )
            .optional()
            .at(&self.path)
    }

    /// Sets (or, with `None`, removes) the interface information set `set` documents.
    pub fn set_interface(
        &mut self,
        set: InformationSetId,
        interface: Option<(SystemId, &str, &str)>,
    ) -> Result<()> {
        self.conn
            .execute(
                "DELETE FROM interface_set WHERE information_set_id = ?1",
                [set.0],
            )
            .at(&self.path)?;
        if let Some((system, api, origin)) = interface {
            self.conn
                .execute(
                    "INSERT INTO interface_set (information_set_id, system_id, api, origin)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![set.0, system.0, api, origin],
                )
                .at(&self.path)?;
        }
        Ok(())
    }

    /// Every version of `history`, as (owner id, version), in the order they were made.
    pub fn every_version(&self, history: History) -> Result<Vec<(i64, Release)>> {
        self.versions_where(history, None)
    }

    /// Every version `owner` has in `history`, in the order they were made.
    pub fn versions_of(&self, history: History, owner: i64) -> Result<Vec<Release>> {
        let versions = self.versions_where(history, Some(owner))?;
        Ok(versions.into_iter().map(|(_, release)| release).collect())
    }

    /// The versions of `history` (of `owner` only, when given) as (owner id, version).
    fn versions_where(&self, history: History, owner: Option<i64>) -> Result<Vec<(i64, Release)>> {
        let (table, [o, version, at, by, snapshot]) = history.sql();
        let sql = format!(
            "SELECT {o}, {version}, {at}, {by}, {snapshot} FROM {table}
             WHERE ?1 IS NULL OR {o} = ?1 ORDER BY rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.path)?;
        let rows = stmt
            .query_map([owner], |r| {
                let body: String = r.get(4)?;
                Ok((
                    r.get(0)?,
                    Release {
                        version: r.get(1)?,
                        at: r.get(2)?,
                        by: r.get(3)?,
                        snapshot: serde_json::from_str(&body)
                            .map_err(|e| super::bad_value(4, e.to_string()))?,
                    },
                ))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Writes `release` as `owner`'s version in `history` (replacing one of the same number).
    pub fn put_version(&mut self, history: History, owner: i64, release: &Release) -> Result<()> {
        let (table, [o, version, at, by, snapshot]) = history.sql();
        let body = serde_json::to_string(&release.snapshot).expect("a snapshot always serialises");
        let sql = format!(
            "INSERT INTO {table} ({o}, {version}, {at}, {by}, {snapshot}) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO UPDATE SET {at} = excluded.{at}, {by} = excluded.{by}, {snapshot} = excluded.{snapshot}"
        );
        self.conn
            .execute(
                &sql,
                params![owner, release.version, release.at, release.by, body],
            )
            .at(&self.path)?;
        Ok(())
    }

    /// Deletes `owner`'s version `version` from `history`.
    pub fn remove_version(&mut self, history: History, owner: i64, version: &str) -> Result<()> {
        let (table, [o, v, ..]) = history.sql();
        let sql = format!("DELETE FROM {table} WHERE {o} = ?1 AND {v} = ?2");
        self.conn
            .execute(&sql, params![owner, version])
            .at(&self.path)?;
        Ok(())
    }

    /// The team catalogue's bookkeeping value `key`, if set.
    pub fn team_value(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT value FROM catalog_meta WHERE key = 'team.' || ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }

    /// Sets (or, with `None`, clears) the team catalogue's bookkeeping value `key`.
    pub fn set_team_value(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(value) => self.conn.execute(
                "INSERT INTO catalog_meta (key, value) VALUES ('team.' || ?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            ),
            None => self
                .conn
                .execute("DELETE FROM catalog_meta WHERE key = 'team.' || ?1", [key]),
        }
        .at(&self.path)?;
        Ok(())
    }

    /// Sets when integration `id` was recorded (it arrived from the team).
    pub fn set_integration_recorded(&mut self, id: IntegrationId, at: &str) -> Result<()> {
        self.conn
            .execute(
                "UPDATE integration SET recorded_at = ?2 WHERE id = ?1",
                params![id.0, at],
            )
            .at(&self.path)?;
        Ok(())
    }

    /// Every integration's place in the order they were recorded in: (when, RFC 3339 UTC; its
    /// uid) by id — the same order in every catalog of a team.
    pub fn integration_order(&self) -> Result<std::collections::HashMap<i64, (String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, coalesce(recorded_at, ''), uid FROM integration")
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// When integration `id` was recorded (RFC 3339 UTC), if it is in the catalog.
    pub fn integration_recorded(&self, id: IntegrationId) -> Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT coalesce(recorded_at, '') FROM integration WHERE id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }

    /// What changed since the changes up to the last sync were forgotten (recorded while the
    /// catalog has a remote): the mark to forget them up to, and each change once.
    pub fn unshared(&self) -> Result<(i64, Vec<Unshared>)> {
        let mark: i64 = self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM team_dirty", [], |r| {
                r.get(0)
            })
            .at(&self.path)?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT tbl, item, uid FROM team_dirty WHERE seq <= ?1")
            .at(&self.path)?;
        let rows = stmt
            .query_map([mark], |r| {
                Ok(Unshared {
                    table: r.get(0)?,
                    item: r.get(1)?,
                    uid: r.get(2)?,
                })
            })
            .at(&self.path)?;
        let changes = rows.collect::<rusqlite::Result<_>>().at(&self.path)?;
        Ok((mark, changes))
    }

    /// Forgets the changes up to `mark` (of [`Catalog::unshared`]): the team has them.
    pub fn forget_unshared(&mut self, mark: i64) -> Result<()> {
        self.conn
            .execute("DELETE FROM team_dirty WHERE seq <= ?1", [mark])
            .at(&self.path)?;
        Ok(())
    }

    /// Where the audit trail ends now (what [`Catalog::date_audit_since`] counts from).
    pub fn audit_mark(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT coalesce(max(rowid), 0) FROM audit_event", [], |r| {
                r.get(0)
            })
            .at(&self.path)
    }

    /// Dates every audit record after `mark` at `unix` (seconds since 1970, UTC): changes
    /// that arrived from the team, made when their commit was.
    pub fn date_audit_since(&mut self, mark: i64, unix: i64) -> Result<()> {
        self.conn
            .execute(
                "UPDATE audit_event SET at = strftime('%Y-%m-%dT%H:%M:%fZ', ?2, 'unixepoch')
                 WHERE rowid > ?1",
                params![mark, unix],
            )
            .at(&self.path)?;
        Ok(())
    }
}
