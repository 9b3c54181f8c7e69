//! The catalog file: one SQLite database holding everything a user authors.
//!
//! This is the only module that uses rusqlite. A file's header is checked with plain file
//! reads before SQLite opens it, so a file that is not a Datapakt catalog (or is from a newer
//! Datapakt) is refused and left byte-for-byte untouched, with no side files created. Every
//! multi-row change runs in one transaction.

mod access;
mod agreements;
mod audit;
mod contracts;
mod delete;
mod error;
mod header;
mod information_sets;
mod integrations;
mod interfaces;
mod lifecycle;
mod odcs;
mod organisations;
mod people;
mod requests;
mod schema;
mod schemes;
mod search;
mod settings;
mod systems;
mod table;
mod team;
mod versions;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use contracts::ContractFacts;
pub use error::{Error, Result};
pub use interfaces::InterfaceEntry;
pub(crate) use lifecycle::folder_of;
pub use odcs::OdcsRecord;
pub use table::Table;
pub use team::{History, Identified, Unshared};
pub use versions::Release;

/// The stored name of an enum value: its serde name (`kebab-case` for the model's enums).
pub(crate) fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}
#[cfg(test)]
pub(crate) use schema::ITEM_TABLES;
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

/// How long a write waits for another process (the CLI, a second window) to finish its own.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open catalog file.
pub struct Catalog {
    conn: Connection,
    path: PathBuf,
    /// Recorded as the author of every change.
    author: String,
    /// The dated copy of the file made before this opening upgraded it.
    kept_before_upgrade: Option<PathBuf>,
}

impl Catalog {
    /// Opens an existing catalog, upgrading its schema if it is older than this build's.
    ///
    /// A file the user may not write (read-only permissions) is opened read-only: it can be
    /// read, listed, searched and exported, and every change is refused with
    /// [`Error::ReadOnly`]. One that would need a schema upgrade is refused instead.
    pub fn open(path: &Path) -> Result<Catalog> {
        header::check(path)?;
        let read_only = std::fs::metadata(path)
            .map(|m| m.permissions().readonly())
            .map_err(|source| Error::Read {
                path: path.to_owned(),
                source,
            })?;
        let flags = if read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        };
        let conn = Connection::open_with_flags(path, flags).at(path)?;
        let kept = match read_only {
            true => None,
            false => lifecycle::keep_before_upgrade(&conn, path)?,
        };
        let mut catalog = Catalog::prepare(conn, path)?;
        catalog.kept_before_upgrade = kept;
        Ok(catalog)
    }

    /// Where the file was kept as it was before this opening upgraded it, if it did.
    pub fn kept_before_upgrade(&self) -> Option<&Path> {
        self.kept_before_upgrade.as_deref()
    }

    /// Whether changes are refused because the file is read-only.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
    }

    /// Opens the catalog at `path`, or creates it (empty) when no file is there. Returns the
    /// catalog and whether it was created.
    pub fn open_or_create(path: &Path) -> Result<(Catalog, bool)> {
        Catalog::open_or_create_with(path, |_| Ok(()))
    }

    /// [`Catalog::open_or_create`], a new catalog filled by `seed`.
    pub fn open_or_create_with<E: From<Error>>(
        path: &Path,
        seed: impl FnOnce(&mut Catalog) -> Result<(), E>,
    ) -> Result<(Catalog, bool), E> {
        if path.exists() {
            return Ok((Catalog::open(path)?, false));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: dir.to_owned(),
                source,
            })?;
        }
        Ok((Catalog::create_with(path, seed)?, true))
    }

    /// A catalog that lives in memory only (a checked-out team catalogue is checked in one).
    pub fn in_memory() -> Result<Catalog> {
        let path = Path::new(":memory:");
        Catalog::prepare(Connection::open_in_memory().at(path)?, path)
    }

    /// The connection, for tests that reach past the store's own operations.
    #[cfg(test)]
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The catalog file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's own consistency check of the file: an empty list when it is sound, else
    /// each problem SQLite reports.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check").at(&self.path)?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .at(&self.path)?;
        let lines: Vec<String> = rows.collect::<rusqlite::Result<_>>().at(&self.path)?;
        Ok(lines.into_iter().filter(|line| line != "ok").collect())
    }

    /// Migrates in one transaction, then switches a file to WAL: nothing about a file changes
    /// unless the migration succeeded.
    fn prepare(conn: Connection, path: &Path) -> Result<Catalog> {
        let mut catalog = Catalog {
            conn,
            path: path.to_owned(),
            author: audit::os_user(),
            kept_before_upgrade: None,
        };
        catalog
            .conn
            .pragma_update(None, "foreign_keys", true)
            .at(path)?;
        catalog.conn.busy_timeout(BUSY_TIMEOUT).at(path)?;
        if catalog.is_read_only() {
            schema::require_current(&catalog.conn, path)?;
            return Ok(catalog);
        }
        catalog.in_transaction(schema::migrate)?;
        if path != Path::new(":memory:") {
            catalog
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))
                .at(path)?;
        }
        Ok(catalog)
    }

    /// Runs `work` in a transaction that commits only when it returns `Ok`. It is a savepoint,
    /// so inside [`Catalog::all_or_nothing`] it nests: the outer transaction decides.
    fn in_transaction<T>(
        &mut self,
        work: impl FnOnce(&Connection, &Path) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.savepoint().at(&self.path)?;
        let value = work(&tx, &self.path)?;
        tx.commit().at(&self.path)?;
        Ok(value)
    }

    /// Runs `work` (any number of the catalog's own changes) as one transaction: every change
    /// it makes is kept when it returns `Ok`, none when it fails or panics. Used by imports,
    /// so a file is never half-imported.
    pub fn all_or_nothing<T, E: From<Error>>(
        &mut self,
        work: impl FnOnce(&mut Catalog) -> Result<T, E>,
    ) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            // Inside a rehearsal: nest, and let the outer transaction decide.
            return self.nested(work);
        }
        self.conn.execute_batch("BEGIN IMMEDIATE").at(&self.path)?;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        let committed = match &outcome {
            Ok(Ok(_)) => self.conn.execute_batch("COMMIT").at(&self.path),
            _ => Ok(()),
        }
        .map_err(E::from);
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        match outcome {
            Ok(result) => committed.and(result),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

impl Catalog {
    /// [`Catalog::all_or_nothing`] inside a transaction already open: a savepoint.
    fn nested<T, E: From<Error>>(
        &mut self,
        work: impl FnOnce(&mut Catalog) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .execute_batch("SAVEPOINT all_or_nothing")
            .at(&self.path)?;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        let end = match &outcome {
            Ok(Ok(_)) => "RELEASE all_or_nothing",
            _ => "ROLLBACK TO all_or_nothing; RELEASE all_or_nothing",
        };
        let ended = self.conn.execute_batch(end).at(&self.path).map_err(E::from);
        match outcome {
            Ok(result) => ended.and(result),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }

    /// Runs `work` and then undoes every change it made, whatever it returned: a preview of
    /// what an import would do, computed by the import itself.
    pub fn rehearse<T, E: From<Error>>(
        &mut self,
        work: impl FnOnce(&mut Catalog) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn.execute_batch("BEGIN IMMEDIATE").at(&self.path)?;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        let rolled_back = self
            .conn
            .execute_batch("ROLLBACK")
            .at(&self.path)
            .map_err(E::from);
        match outcome {
            Ok(result) => rolled_back.and(result),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

/// A stored value this build cannot read (column `column` of the row), as a rusqlite error.
fn bad_value(column: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, message.into())
}

/// Adds the catalog's path to rusqlite errors.
trait SqliteContext<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> SqliteContext<T> for rusqlite::Result<T> {
    /// Busy and read-only failures become their own errors, which say what to do.
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|source| {
            let path = path.to_owned();
            match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                    Error::Locked { path }
                }
                Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly { path },
                _ => Error::Sqlite { path, source },
            }
        })
    }
}

#[cfg(test)]
mod tests;
