//! The catalog file: one SQLite database holding everything a user authors.
//!
//! This is the only module that uses rusqlite. A file is inspected read-only before anything is
//! written to it, so a file that is not a Datapakt catalog (or is from a newer Datapakt) is
//! refused and left byte-for-byte untouched. Every multi-row change runs in one transaction.

mod contracts;
mod schema;
mod systems;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

/// An open catalog file.
pub struct Catalog {
    conn: Connection,
    path: PathBuf,
}

impl Catalog {
    /// Creates a new, empty catalog at `path`; refuses a path where any file already exists.
    pub fn create(path: &Path) -> Result<Catalog> {
        if path.exists() {
            return Err(Error::AlreadyExists {
                path: path.to_owned(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let result = Connection::open_with_flags(path, flags)
            .map_err(|source| Error::Sqlite {
                path: path.to_owned(),
                source,
            })
            .and_then(|conn| Catalog::prepare(conn, path));
        if result.is_err() {
            // Nothing of value can be in a file this call just created.
            let _ = std::fs::remove_file(path);
        }
        result
    }

    /// Opens an existing catalog, upgrading its schema if it is older than this build's.
    pub fn open(path: &Path) -> Result<Catalog> {
        if !path.exists() {
            return Err(Error::Missing {
                path: path.to_owned(),
            });
        }
        schema::inspect(path)?;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(
            |source| Error::Sqlite {
                path: path.to_owned(),
                source,
            },
        )?;
        Catalog::prepare(conn, path)
    }

    /// Opens the catalog at `path`, or creates it (seeded with the demo when `seed_demo`) when
    /// no file is there. Returns the catalog and whether it was created.
    pub fn open_or_create(path: &Path, seed_demo: bool) -> Result<(Catalog, bool)> {
        if path.exists() {
            return Ok((Catalog::open(path)?, false));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: dir.to_owned(),
                source,
            })?;
        }
        let mut catalog = Catalog::create(path)?;
        if seed_demo {
            catalog.seed_demo()?;
        }
        Ok((catalog, true))
    }

    /// A catalog that lives in memory only (for tests).
    pub fn in_memory() -> Result<Catalog> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| Error::Sqlite {
            path: path.clone(),
            source,
        })?;
        Catalog::prepare(conn, &path)
    }

    /// The catalog file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Fills the catalog with the demo contracts, in one transaction.
    pub fn seed_demo(&mut self) -> Result<()> {
        let drafts = crate::demo::contracts();
        self.in_transaction(|tx| {
            for draft in &drafts {
                contracts::insert(tx, draft)?;
            }
            Ok(())
        })
    }

    fn prepare(conn: Connection, path: &Path) -> Result<Catalog> {
        let mut catalog = Catalog {
            conn,
            path: path.to_owned(),
        };
        catalog
            .conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(|e| catalog.sqlite(e))?;
        if path != Path::new(":memory:") {
            catalog
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))
                .map_err(|e| catalog.sqlite(e))?;
        }
        let path = catalog.path.clone();
        catalog.in_transaction(|tx| schema::migrate(tx, &path))?;
        Ok(catalog)
    }

    /// Runs `work` in a transaction that commits only when it returns `Ok`.
    fn in_transaction<T>(
        &mut self,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let sqlite = |source| Error::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(sqlite)?;
        let value = work(&tx)?;
        tx.commit().map_err(sqlite)?;
        Ok(value)
    }

    fn sqlite(&self, source: rusqlite::Error) -> Error {
        Error::Sqlite {
            path: self.path.clone(),
            source,
        }
    }
}

/// Adds the catalog's path to rusqlite errors raised inside a transaction.
trait SqliteContext<T> {
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> SqliteContext<T> for rusqlite::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|source| Error::Sqlite {
            path: path.to_owned(),
            source,
        })
    }
}

/// The path of a transaction's database, for error messages.
fn tx_path(tx: &rusqlite::Transaction<'_>) -> PathBuf {
    PathBuf::from(tx.path().unwrap_or(":memory:"))
}

#[cfg(test)]
mod tests;
