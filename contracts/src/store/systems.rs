//! The system register (applications that provide or consume information).

use std::path::Path;

use rusqlite::{OptionalExtension, Transaction};

use crate::error::Result;

use super::{Catalog, SqliteContext};

/// The id of the system called `name`, registering it first if it is new.
pub(super) fn id_for_name(tx: &Transaction<'_>, path: &Path, name: &str) -> Result<i64> {
    let existing = tx
        .query_row("SELECT id FROM system WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()
        .at(path)?;
    match existing {
        Some(id) => Ok(id),
        None => {
            tx.execute("INSERT INTO system (name) VALUES (?1)", [name])
                .at(path)?;
            Ok(tx.last_insert_rowid())
        }
    }
}

impl Catalog {
    /// The names of every registered system, alphabetically.
    pub fn system_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM system ORDER BY name")
            .at(&self.path)?;
        let names = stmt.query_map([], |r| r.get(0)).at(&self.path)?;
        names.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The id of the system called `name`, if it is registered.
    pub fn system_id(&self, name: &str) -> Result<Option<i64>> {
        self.conn
            .query_row("SELECT id FROM system WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .at(&self.path)
    }

    /// The name of system `id`.
    pub fn system_name(&self, id: i64) -> Result<String> {
        self.conn
            .query_row("SELECT name FROM system WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .at(&self.path)?
            .ok_or(crate::error::Error::ItemNotFound {
                entity: crate::model::Entity::System,
                id,
            })
    }
}
