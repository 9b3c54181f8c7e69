//! JSON Schema documents into the catalog as information sets: every file read and planned
//! first ([`crate::formats::jsonschema::plan`]), then stored in one transaction, as the
//! interface of a system when one is given (an import of the same file again updates its
//! sets), else by name.

use std::path::{Path, PathBuf};

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
    import_planned(catalog, system, files, "JSON Schema", |source, file| {
        crate::formats::jsonschema::plan(source, &stem(file)).map_err(|source| {
            Error::OpenApiImport {
                path: file.to_owned(),
                source,
            }
        })
    })
}

/// The file's name without its extension (`.json`, `.yaml`, `.sql`, `.xsd`, …) and `.schema`:
/// what names a schema without a title.
pub(super) fn stem(file: &Path) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for suffix in [
        ".json", ".yaml", ".yml", ".sql", ".ddl", ".xsd", ".wsdl", ".schema",
    ] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    stem.to_owned()
}

#[cfg(test)]
mod tests;
