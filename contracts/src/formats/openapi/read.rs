//! Reading OpenAPI: an existing OpenAPI 3.0 or 3.1 document (JSON or YAML) planned as the
//! documented interface of a system ([`plan`]), so its information can be found and reused;
//! the use cases (`app::import::openapi`) store the plan.
//!
//! Each schema under `components/schemas` becomes an information set, and so does each inline
//! object schema of a request or response body that no component describes. An object's
//! properties become fields (nested for objects and arrays) with their types, formats,
//! enums, examples, descriptions and `required`; `$ref`s within the document are followed,
//! `allOf` is merged and `oneOf`/`anyOf` united (see `openapi/schema.rs` for what is
//! simplified). Field names are made identifiers the catalog accepts and unique among their
//! siblings, and set names unique within the import; the [`Plan`] lists every rename.
//!
//! The document is read as an untyped `serde_json::Value` rather than through a typed OpenAPI
//! model (see `openapi/document.rs` for why). Swagger 2.0 is refused with a hint to convert it
//! first.
//!
//! - `document`: the text into a JSON value; version and title.
//! - `sources`: which schemas become sets.
//! - `schema`: a schema into fields.
//! - `names`: names the catalog accepts.
//! - `pointer`: JSON pointers and `$ref`s.
//! - `error`: why a document is refused.

mod document;
mod error;
mod names;
mod pointer;
mod schema;
mod sources;

use crate::model::SchemaField;
use crate::wire::Note;

pub(crate) use document::parse_value;
pub use error::OpenApiError;
pub(crate) use names::{SetNames, Siblings};
pub(crate) use pointer::{child, resolve};
pub use schema::{MAX_FIELDS, MAX_FIELDS_PER_DOCUMENT, MAX_NESTING};
pub(crate) use sources::Source;

/// A name changed so the catalog accepts it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Renamed {
    /// Where in the document the name is (a JSON pointer, `#/components/schemas/Pet`).
    pub at: String,
    /// The name there.
    pub from: String,
    /// The name in the catalog.
    pub to: String,
}

/// A place in the document recorded without its full content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Simplified {
    /// Where in the document (a JSON pointer).
    pub at: String,
    /// What was simplified.
    pub why: Simplification,
}

/// Why a schema became a text field that only describes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
pub enum Simplification {
    /// A `$ref` back to a schema that contains it.
    #[error("Refers to {target}, which contains this field: not expanded.")]
    Cycle {
        /// The schema referred to.
        target: String,
    },
    /// An object without declared properties (free-form, or a map).
    #[error("A JSON object without declared properties.")]
    FreeForm,
    /// A schema that gives no type the catalog knows.
    #[error("Any JSON value: the schema gives no type.")]
    AnyValue,
    /// Nesting deeper than [`MAX_NESTING`] (or too many `$ref`/`allOf` steps).
    #[error("Nested too deeply: not expanded.")]
    TooDeep,
    /// More fields than [`MAX_FIELDS`] in one set (or [`MAX_FIELDS_PER_DOCUMENT`] in all).
    #[error("Not expanded: the schema has too many fields.")]
    TooLarge,
}

impl Renamed {
    /// The rename as a note for the user.
    pub fn note(&self) -> Note {
        let args = [
            ("at", self.at.clone()),
            ("from", format!("{:?}", self.from)),
            ("to", format!("{:?}", self.to)),
        ];
        Note::new("note-openapi-renamed", &args)
    }
}

impl Simplified {
    /// The simplification as a note for the user.
    pub fn note(&self) -> Note {
        let at = ("at", self.at.clone());
        match &self.why {
            Simplification::Cycle { target } => {
                Note::new("note-openapi-cycle", &[at, ("target", target.clone())])
            }
            Simplification::FreeForm => Note::new("note-openapi-free-form", &[at]),
            Simplification::AnyValue => Note::new("note-openapi-any-value", &[at]),
            Simplification::TooDeep => Note::new("note-openapi-too-deep", &[at]),
            Simplification::TooLarge => Note::new("note-openapi-too-large", &[at]),
        }
    }
}

/// An information set as the document describes it, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSet {
    /// Where in the document its schema is (a JSON pointer).
    pub origin: String,
    /// Its name, unique within the import.
    pub name: String,
    /// The schema's description (or title).
    pub description: String,
    /// Its fields (at least one), valid for the catalog.
    pub fields: Vec<SchemaField>,
    /// The classification scheme its fields' levels are of, when the document names one
    /// (Datapakt's own JSON Schema export does).
    pub scheme: Option<String>,
}

/// What a document holds for the catalog, before anything is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The version of its format the document follows: OpenAPI's `openapi` (`3.1.0`), a
    /// JSON Schema's `$schema`.
    pub dialect: String,
    /// What the document describes: OpenAPI's `info.title` (empty when the document has
    /// none), a JSON Schema's `$id`, `title` or file name.
    pub api: String,
    /// `info.version` (empty for a JSON Schema).
    pub version: String,
    /// The sets, components first.
    pub sets: Vec<PlannedSet>,
    /// Every name changed, once each.
    pub renamed: Vec<Renamed>,
    /// Every place recorded without its full content, once each.
    pub simplified: Vec<Simplified>,
}

/// Reads `source` (JSON or YAML) as an OpenAPI 3.0 or 3.1 document and works out its
/// information sets. Pure: no catalog, no files; never panics, whatever the input.
pub fn plan(source: &[u8]) -> std::result::Result<Plan, OpenApiError> {
    let document = document::parse(source)?;
    let found = sources::find(&document.root)?;
    let (sets, renamed, simplified) = convert(&document.root, found)?;
    Ok(Plan {
        dialect: document.openapi,
        api: document.title,
        version: document.version,
        sets,
        renamed,
        simplified,
    })
}

/// The sets of the schemas `found` in the document `root`, with every name changed and every
/// place simplified (each once, sorted): what every reader of JSON Schemas shares.
pub(crate) fn convert(
    root: &serde_json::Value,
    found: Vec<Source<'_>>,
) -> std::result::Result<(Vec<PlannedSet>, Vec<Renamed>, Vec<Simplified>), OpenApiError> {
    let mut converter = schema::Converter::new(root);
    let mut set_names = names::SetNames::default();
    let mut renamed_sets = Vec::new();
    let mut sets = Vec::with_capacity(found.len());
    for source in found {
        let (description, fields) = converter.set(source.schema, &source.origin)?;
        let name = set_names.claim(&source.name, &source.origin, &mut renamed_sets);
        sets.push(PlannedSet {
            origin: source.origin,
            name,
            description,
            fields,
            scheme: None,
        });
    }
    let mut renamed = renamed_sets;
    renamed.append(&mut converter.renamed);
    renamed.sort();
    renamed.dedup();
    let mut simplified = converter.simplified;
    simplified.sort();
    simplified.dedup();
    Ok((sets, renamed, simplified))
}

#[cfg(test)]
pub(crate) mod tests;
