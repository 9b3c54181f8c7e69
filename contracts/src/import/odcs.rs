//! Open Data Contract Standard (ODCS) v3.0.x–v3.2.x YAML into the catalog.
//!
//! Each document becomes a contract: its `schema` objects information sets (their
//! properties fields, nested objects and arrays included, each classification a level of the
//! set's classification scheme), its team members who hold one of Datapakt's roles people
//! with that role on the contract, its API servers the provider's endpoints, and Datapakt's
//! own custom properties (see [`crate::export::odcs::names`]) the terms, parties, approval,
//! personal-data flags and the rest that ODCS has no place for.
//!
//! **Lossless.** The contract keeps the file and what Datapakt generated from it right after
//! the import; the export merges them with the contract as it is then (see
//! [`crate::export::odcs::merge`]), so everything Datapakt does not model (quality rules,
//! physical types, tags, prices, other tools' custom properties, …) is written back, and an
//! unchanged contract exports its file exactly (as parsed YAML: key order, quoting and
//! comments are the writer's).
//!
//! **Re-import updates.** A document whose `id` was imported before updates that contract
//! (its information sets by name, its roles, its status), and so does a document this very
//! catalog exported (`datapakt-<catalog id>-contract-<n>`); any other id makes a new contract,
//! which keeps the id for its exports. People are found by e-mail address (and added when
//! missing, never changed), integrations and agreements by name (never created).
//!
//! **All or nothing.** Every file of one call is read and checked first, then applied in one
//! transaction: a bad file (its error names the place in the document, e.g.
//! `schema[2].properties[5].logicalType`, what is wrong and how to fix it) leaves the catalog
//! as it was.

mod apply;
mod error;
mod node;
mod properties;
mod read;
mod yaml;

use std::path::PathBuf;

use serde_json::json;

pub use error::{Expected, Needed, OdcsError, Problem};

use crate::error::{Error, Result};
use crate::export::odcs::{document, Kept};
use crate::model::ContractId;
use crate::store::{Catalog, OdcsRecord};

/// What the caller says where a document is silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The providing system of documents that do not name one.
    pub provider: Option<String>,
    /// The consuming system of documents that do not name one.
    pub consumer: Option<String>,
}

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
    pub notes: Vec<String>,
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
            std::fs::read_to_string(file)
                .map(|text| (file.clone(), text))
                .map_err(|source| Error::Read {
                    path: file.clone(),
                    source,
                })
        })
        .collect::<Result<Vec<_>>>()?;
    import_texts(catalog, &texts, options)
}

/// An ODCS document (`file` named for errors) as a version of a contract, read against the
/// shipped classification schemes, without a catalog: what `datapakt breaking --old --new`
/// compares. Its sets are numbered in document order from `first_id`: give two files
/// ranges apart, so their sets are matched by name, not by position.
pub fn snapshot_of(
    file: &std::path::Path,
    text: &str,
    first_id: i64,
) -> Result<crate::versions::Snapshot> {
    let in_file = |e: OdcsError| Error::Odcs(e.in_file(file));
    let value = yaml::parse(text).map_err(in_file)?;
    let schemes = crate::classification_defaults::shipped_schemes();
    let imported = read::read(value, &schemes, &ImportOptions::default()).map_err(in_file)?;
    Ok(crate::versions::Snapshot {
        contract: imported.contract,
        sets: imported
            .sets
            .into_iter()
            .enumerate()
            .map(|(i, set)| crate::versions::SetSnapshot {
                id: crate::model::InformationSetId(first_id + i as i64),
                draft: set.draft,
            })
            .collect(),
    })
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
        let in_file = |e: OdcsError| Error::Odcs(e.in_file(file));
        let value = yaml::parse(text).map_err(in_file)?;
        let imported = read::read(value, &schemes, options).map_err(in_file)?;
        if read
            .iter()
            .any(|(_, other): &(PathBuf, read::Imported)| other.odcs_id == imported.odcs_id)
        {
            let problem = Problem::Duplicate {
                value: imported.odcs_id.clone(),
            };
            return Err(in_file(OdcsError::new("id", problem)));
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
fn keep(catalog: &mut Catalog, id: ContractId, imported: &read::Imported) -> Result<()> {
    let contract = catalog.contract(id)?;
    let mut context = crate::ops::export_context(catalog, &contract)?;
    context.odcs = Some(Kept {
        id: imported.odcs_id.clone(),
        ..Kept::default()
    });
    let base = document(&contract, &context);
    let record = OdcsRecord {
        id: imported.odcs_id.clone(),
        source: Some(json!({ "original": imported.original, "base": base })),
    };
    catalog.set_odcs_record(id, &record)
}

#[cfg(test)]
mod tests;
