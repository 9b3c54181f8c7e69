//! XML Schemas and SOAP services' WSDL files into the catalog: their message types as
//! information sets (see [`crate::formats::xsd`]), stored in one transaction as the interface
//! of a system when one is given (an import of the same file again updates its sets), else by
//! name.

use std::path::PathBuf;

use crate::app::error::{Error, Result};
use crate::model::SystemId;
use crate::store::Catalog;

use super::openapi::{import_planned, Report};

/// Imports the XSD or WSDL files `files`, all or none.
pub fn import_files(
    catalog: &mut Catalog,
    system: Option<SystemId>,
    files: &[PathBuf],
) -> Result<Vec<Report>> {
    import_planned(
        catalog,
        system,
        files,
        "XML Schema",
        |source, file, name| {
            crate::formats::xsd::plan(source, name).map_err(|source| Error::XsdImport {
                path: file.to_owned(),
                source,
            })
        },
    )
}
