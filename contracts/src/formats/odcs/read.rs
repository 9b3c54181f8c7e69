//! Reading Open Data Contract Standard (ODCS) v3.0.x–v3.2.x YAML: [`plan`] turns a document
//! into what importing it makes ([`Imported`]); the use cases (`app::import::odcs`) apply it
//! to the catalog.
//!
//! Each document becomes a contract: its `schema` objects information sets (their
//! properties fields, nested objects and arrays included, each classification a level of the
//! set's classification scheme), its team members who hold one of Datapakt's roles people
//! with that role on the contract, its API servers the provider's endpoints, and Datapakt's
//! own custom properties (see [`crate::formats::odcs::names`]) the terms, parties, approval,
//! personal-data flags and the rest that ODCS has no place for.
//!
//! **Lossless.** The contract keeps the file and what Datapakt generated from it right after
//! the import; the export merges them with the contract as it is then (see
//! [`crate::formats::odcs::merge`]), so everything Datapakt does not model (quality rules,
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

mod document;
mod error;
mod node;
mod properties;
mod yaml;

/// YAML text as the JSON value tree Datapakt reads it (merge keys applied; what JSON cannot
/// hold refused with its place).
pub use yaml::parse as parse_yaml;

pub use document::Imported;
pub use error::{Expected, OdcsError, Problem};
pub use properties::{PersonRef, SetImport};

use crate::model::ClassificationScheme;

/// What the caller says where a document is silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The providing system of documents that do not name one.
    pub provider: Option<String>,
    /// The consuming system of documents that do not name one.
    pub consumer: Option<String>,
    /// Read the document only to compare it with another (`datapakt breaking --old --new`):
    /// no contract fields taken from its sets (the sets' fields speak for themselves), a
    /// missing `status` read as a draft, and no gaps noted (nothing is stored).
    pub for_comparison: bool,
}

/// An ODCS document (`file` named for errors) as a version of a contract, read against the
/// shipped classification schemes, without a catalog: what `datapakt breaking --old --new`
/// compares. Its sets are numbered in document order from `first_id`: give two files
/// ranges apart, so their sets are matched by name, not by position.
pub fn snapshot_of(
    file: &std::path::Path,
    text: &str,
    first_id: i64,
) -> Result<crate::versions::Snapshot, OdcsError> {
    let schemes = crate::classification_defaults::shipped_schemes();
    let options = ImportOptions {
        for_comparison: true,
        ..ImportOptions::default()
    };
    let imported = plan(file, text, &schemes, &options)?;
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

/// Reads the ODCS document `text` (from `file`, which errors name) against the catalog's
/// classification `schemes`: what importing it would make, checked, before anything is
/// stored.
pub fn plan(
    file: &std::path::Path,
    text: &str,
    schemes: &[ClassificationScheme],
    options: &ImportOptions,
) -> std::result::Result<Imported, OdcsError> {
    let in_file = |e: OdcsError| e.in_file(file);
    let value = yaml::parse(text).map_err(in_file)?;
    document::read(value, schemes, options).map_err(in_file)
}
