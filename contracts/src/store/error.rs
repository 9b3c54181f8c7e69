//! What can go wrong with the catalog file: it is missing, not a catalog, from a newer
//! Datapakt, read-only or busy, an item is not there or still in use, or SQLite fails. Each
//! variant carries the path or item the message names.

use std::path::PathBuf;

use crate::model::{ContractId, Entity, OrganisationId, PersonId};
use crate::wire::ErrorCode;

/// Shorthand for results of the store.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong with the catalog file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The path does not exist.
    #[error("{} does not exist: check the path, or create a catalog with `datapakt init`", path.display())]
    Missing {
        /// The path asked for.
        path: PathBuf,
    },
    /// Creating a catalog where a file already is.
    #[error("{} already exists: choose another file name (an existing file is never overwritten)", path.display())]
    AlreadyExists {
        /// The path asked for.
        path: PathBuf,
    },
    /// Reading a file failed.
    #[error("could not read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not an SQLite database at all.
    #[error("{} is not a Datapakt catalog (it is not an SQLite database); the file was left untouched", path.display())]
    NotSqlite {
        /// The file.
        path: PathBuf,
    },
    /// The file is an SQLite database of another application.
    #[error("{} is not a Datapakt catalog (an SQLite database with application id {found:#010x}, Datapakt's is {expected:#010x}); the file was left untouched", path.display())]
    ForeignDatabase {
        /// The file.
        path: PathBuf,
        /// Its `PRAGMA application_id`.
        found: i32,
        /// Datapakt's.
        expected: i32,
    },
    /// The catalog's schema is newer than this program knows.
    #[error("{} was written by a newer Datapakt (catalog schema {found}; this version reads up to {supported}): update Datapakt to open it; the file was left untouched", path.display())]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest schema this build knows.
        supported: i64,
    },
    /// No contract has this id.
    #[error("there is no contract with id {0} in this catalog: `datapakt list` shows the ids")]
    ContractNotFound(ContractId),
    /// No organisation has this id.
    #[error("there is no organisation with id {} in this catalog", .0.0)]
    OrganisationNotFound(OrganisationId),
    /// No person has this id.
    #[error("there is no person with id {} in this catalog", .0.0)]
    PersonNotFound(PersonId),
    /// The item a role was to be given on does not exist.
    #[error("there is no {} with id {id} in this catalog", entity.as_str())]
    ItemNotFound {
        /// The kind of item.
        entity: Entity,
        /// Its id.
        id: i64,
    },
    /// No classification scheme has this key.
    #[error("there is no classification scheme with key {0:?} in this catalog")]
    SchemeNotFound(String),
    /// The item is still referred to by another, so it was not deleted.
    #[error("the {} with id {id} is still in use (a contract or another item refers to it): remove those references first; nothing was deleted", entity.as_str().replace('_', " "))]
    InUse {
        /// The kind of item.
        entity: Entity,
        /// Its id.
        id: i64,
    },
    /// Another program holds the catalog.
    #[error("{} is in use by another program (another Datapakt window, or the datapakt command, is writing to it): close that program and try again; nothing was changed", path.display())]
    Locked {
        /// The catalog file.
        path: PathBuf,
    },
    /// The catalog is read-only, so changes are refused.
    #[error("{} is read-only, so the change was not saved: save a copy and work on that, or make the file writable", path.display())]
    ReadOnly {
        /// The catalog file.
        path: PathBuf,
    },
    /// A read-only catalog from an older Datapakt cannot be upgraded in place.
    #[error("{} is read-only and was written by an older Datapakt (catalog schema {found}; this version needs {supported}): make the file writable once so it can be upgraded", path.display())]
    ReadOnlyNeedsUpgrade {
        /// The catalog file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The schema this build writes.
        supported: i64,
    },
    /// An SQLite error while working on the catalog.
    #[error("catalog {}: {source}", path.display())]
    Sqlite {
        /// The catalog file.
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// Writing a file failed.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The machine-readable class of the error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Missing { .. } | Error::NotSqlite { .. } | Error::ForeignDatabase { .. } => {
                ErrorCode::NotACatalog
            }
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::ContractNotFound(_)
            | Error::OrganisationNotFound(_)
            | Error::SchemeNotFound(_)
            | Error::PersonNotFound(_)
            | Error::ItemNotFound { .. } => ErrorCode::NotFound,
            Error::InUse { .. } => ErrorCode::Invalid,
            Error::AlreadyExists { .. }
            | Error::Read { .. }
            | Error::Write { .. }
            | Error::Locked { .. }
            | Error::ReadOnly { .. }
            | Error::ReadOnlyNeedsUpgrade { .. } => ErrorCode::Io,
            Error::Sqlite { .. } => ErrorCode::Internal,
        }
    }

    /// The id of the message that explains this error in any language (`error-…`) and the
    /// values it names.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        let entity = |e: &Entity| ("entity", e.as_str().to_owned());
        let not_found = |e: &str, id: i64| {
            (
                "error-item-not-found",
                vec![("entity", e.to_owned()), ("id", id.to_string())],
            )
        };
        match self {
            Error::Missing { path: p } => ("error-missing", vec![path(p)]),
            Error::AlreadyExists { path: p } => ("error-already-exists", vec![path(p)]),
            Error::Read { path: p, source } => {
                ("error-read", vec![path(p), ("detail", source.to_string())])
            }
            Error::Write { path: p, source } => {
                ("error-write", vec![path(p), ("detail", source.to_string())])
            }
            Error::NotSqlite { path: p } => ("error-not-sqlite", vec![path(p)]),
            Error::ForeignDatabase { path: p, .. } => ("error-foreign-database", vec![path(p)]),
            Error::NewerSchema {
                path: p,
                found,
                supported,
            } => (
                "error-newer-schema",
                vec![
                    path(p),
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ],
            ),
            Error::ContractNotFound(id) => not_found("contract", id.0),
            Error::OrganisationNotFound(id) => not_found("organisation", id.0),
            Error::PersonNotFound(id) => not_found("person", id.0),
            Error::ItemNotFound { entity: e, id } => (
                "error-item-not-found",
                vec![entity(e), ("id", id.to_string())],
            ),
            Error::SchemeNotFound(key) => ("error-scheme-not-found", vec![("key", key.clone())]),
            Error::InUse { entity: e, .. } => ("error-in-use", vec![entity(e)]),
            Error::Locked { path: p } => ("error-locked", vec![path(p)]),
            Error::ReadOnly { path: p } => ("error-read-only", vec![path(p)]),
            Error::ReadOnlyNeedsUpgrade { path: p, .. } => {
                ("error-read-only-needs-upgrade", vec![path(p)])
            }
            Error::Sqlite { path: p, source } => (
                "error-sqlite",
                vec![path(p), ("detail", source.to_string())],
            ),
        }
    }
}
