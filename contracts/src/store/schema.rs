//! Identity and versioned migrations of the catalog file.
//!
//! `PRAGMA application_id` marks a file as a Datapakt catalog; `PRAGMA user_version` is the
//! schema version. Each migration runs once, in order, inside the opening transaction.

use std::path::Path;

use rusqlite::Transaction;

use crate::error::{Error, Result};

use super::SqliteContext;

/// Datapakt's `PRAGMA application_id`: the bytes "DPKT".
pub const APPLICATION_ID: i32 = 0x4450_4B54;

/// Each migration's SQL; migration `n` (1-based) brings the schema to version `n`.
const MIGRATIONS: &[&str] = &[
    // 1: systems, contracts and their fields.
    "CREATE TABLE system (
         id          INTEGER PRIMARY KEY,
         name        TEXT NOT NULL UNIQUE,
         description TEXT NOT NULL DEFAULT ''
     );
     CREATE TABLE contract (
         id                 INTEGER PRIMARY KEY,
         title              TEXT NOT NULL,
         description        TEXT NOT NULL,
         owner              TEXT NOT NULL,
         provider_system_id INTEGER NOT NULL REFERENCES system(id),
         consumer_system_id INTEGER NOT NULL REFERENCES system(id),
         version            TEXT NOT NULL,
         created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
         updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
     );
     CREATE TABLE contract_field (
         contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
         position    INTEGER NOT NULL,
         name        TEXT NOT NULL,
         type        TEXT NOT NULL,
         required    INTEGER NOT NULL CHECK (required IN (0, 1)),
         description TEXT NOT NULL,
         PRIMARY KEY (contract_id, position),
         UNIQUE (contract_id, name)
     );",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuses a schema version this build cannot read (newer, or not a version at all).
pub(super) fn check_version(path: &Path, found: i64) -> Result<()> {
    if !(0..=SCHEMA_VERSION).contains(&found) {
        return Err(Error::NewerSchema {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`] inside `tx`.
pub(super) fn migrate(tx: &Transaction<'_>, path: &Path) -> Result<()> {
    let found: i64 = tx
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .at(path)?;
    check_version(path, found)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql).at(path)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)
            .at(path)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .at(path)?;
    Ok(())
}
