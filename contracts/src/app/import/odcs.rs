//! ODCS documents into the catalog: every file of a call read and checked first (the pure
//! reader, [`crate::formats::odcs::read`]), then applied in one transaction, so a bad file leaves
//! the catalog as it was. Each contract keeps the file it came from and Datapakt's document
//! of it at import, which later exports merge with the contract as it is then.

mod apply;

use std::path::PathBuf;

use serde_json::json;

use crate::app::error::{Error, Result};
pub use crate::formats::odcs::read::ImportOptions;
use crate::formats::odcs::{document, Kept};

use crate::formats::odcs::read::{self, Imported, OdcsError, Problem};
use crate::model::ContractId;
use crate::store::{Catalog, OdcsRecord};
use crate::wire::Note;

/// What importing one file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The file.
    pub file: PathBuf,
    /// The contract it became.
    pub contract: ContractId,
    /// Its title.
    pub title: String,
    /// Whether the contract is new (else it was updated).
    pub created: bool,
    /// Information sets added.
    pub sets_created: usize,
    /// Information sets updated.
    pub sets_updated: usize,
    /// People added.
    pub people_created: usize,
    /// What is worth telling: parts kept in the file only, values read as something else.
    pub notes: Vec<Note>,
}

/// Imports the ODCS documents in `files`, all or none.
pub fn import_files(
    catalog: &mut Catalog,
    files: &[PathBuf],
    options: &ImportOptions,
) -> Result<Vec<FileReport>> {
    let texts = files
        .iter()
        .map(|file| {
            crate::app::files::read_text(file, crate::app::files::MAX_READ_BYTES)
                .map(|text| (file.clone(), text))
        })
        .collect::<Result<Vec<_>>>()?;
    import_texts(catalog, &texts, options)
}

/// Imports ODCS documents given as `(file name, YAML text)`, all or none.
pub fn import_texts(
    catalog: &mut Catalog,
    documents: &[(PathBuf, String)],
    options: &ImportOptions,
) -> Result<Vec<FileReport>> {
    let schemes = catalog.schemes()?;
    let mut read = Vec::with_capacity(documents.len());
    for (file, text) in documents {
        let imported = read::plan(file, text, &schemes, options)?;
        if read
            .iter()
            .any(|(_, other): &(PathBuf, Imported)| other.odcs_id == imported.odcs_id)
        {
            let problem = Problem::Duplicate {
                value: imported.odcs_id.clone(),
            };
            return Err(Error::Odcs(OdcsError::new("id", problem).in_file(file)));
        }
        read.push((file.clone(), imported));
    }
    catalog.all_or_nothing(|catalog| {
        let catalog_id = catalog.catalog_id()?;
        let mut reports = Vec::with_capacity(read.len());
        for (index, (file, imported)) in read.iter_mut().enumerate() {
            let applied = apply::apply(catalog, imported, index, &catalog_id)?;
            reports.push(FileReport {
                file: file.clone(),
                contract: applied.contract,
                title: imported.contract.title.clone(),
                created: applied.created,
                sets_created: applied.sets_created,
                sets_updated: applied.sets_updated,
                people_created: applied.people_created,
                notes: std::mem::take(&mut imported.notes),
            });
        }
        // Datapakt's own document of each contract, once every file is in (files may share
        // people and systems), is what later exports merge against.
        for (report, (_, imported)) in reports.iter().zip(&read) {
            keep(catalog, report.contract, imported)?;
        }
        Ok(reports)
    })
}

/// Keeps the file a contract came from with Datapakt's document of it as imported.
fn keep(catalog: &mut Catalog, id: ContractId, imported: &Imported) -> Result<()> {
    let contract = catalog.contract(id)?;
    let mut context = super::super::context::export_context(catalog, &contract)?;
    context.odcs = Some(Kept {
        id: imported.odcs_id.clone(),
        ..Kept::default()
    });
    let base = document(&contract, &context);
    let record = OdcsRecord {
        id: imported.odcs_id.clone(),
        source: Some(json!({ "original": imported.original, "base": base })),
    };
    Ok(catalog.set_odcs_record(id, &record)?)
}

#[cfg(test)]
mod tests;
