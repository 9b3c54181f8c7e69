//! SQL DDL into the catalog: each table of every file an information set (see
//! [`crate::formats::sql`]), stored in one transaction as the interface of a system when one
//! is given (an import of the same file again updates its sets), else by name.

use std::path::PathBuf;

use crate::app::error::{Error, Result};
pub use crate::formats::sql::Dialect;
use crate::model::SystemId;
use crate::store::Catalog;

use super::openapi::{import_planned, Report};

/// Imports the tables of the SQL files `files`, written in `dialect`, all or none.
pub fn import_files(
    catalog: &mut Catalog,
    system: Option<SystemId>,
    dialect: Dialect,
    files: &[PathBuf],
) -> Result<Vec<Report>> {
    import_planned(catalog, system, files, "SQL", |source, file, name| {
        crate::formats::sql::plan(source, dialect, name).map_err(|source| Error::SqlImport {
            path: file.to_owned(),
            source,
        })
    })
}

#[cfg(test)]
mod tests;
