//! JSON Schema documents into the catalog as information sets: every file read and planned
//! first ([`crate::formats::jsonschema::plan`]), then stored in one transaction, as the
//! interface of a system when one is given (an import of the same file again updates its
//! sets), else by name.

use std::path::PathBuf;

use crate::app::error::{Error, Result};
use crate::model::SystemId;
use crate::store::Catalog;

use super::openapi::{import_planned, Report};

/// Imports the JSON Schemas in `files`, all or none, as sets of `system` (or of none).
pub fn import_files(
    catalog: &mut Catalog,
    system: Option<SystemId>,
    files: &[PathBuf],
) -> Result<Vec<Report>> {
    import_planned(
        catalog,
        system,
        files,
        "JSON Schema",
        |source, file, name| {
            crate::formats::jsonschema::plan(source, name).map_err(|source| Error::OpenApiImport {
                path: file.to_owned(),
                source,
            })
        },
    )
}

#[cfg(test)]
mod tests;
