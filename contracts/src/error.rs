//! The crate's error type: each variant carries what the UI and the CLI need to explain it.

use std::path::PathBuf;

use crate::model::ContractId;
use crate::validate::Issue;
use crate::wire::{ErrorCode, WireError};

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core.
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
    /// An export would replace the open catalog itself.
    #[error("{} is the open catalog: choose another file for the export", path.display())]
    ExportOverCatalog {
        /// The catalog file.
        path: PathBuf,
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
    /// The input failed validation.
    #[error("not valid, so nothing was saved: {}", issues.iter().map(Issue::message).collect::<Vec<_>>().join(" "))]
    Invalid {
        /// Every finding.
        issues: Vec<Issue>,
    },
    /// A request does not know enough for a valid contract draft; nothing was made.
    #[error("the request does not know enough for a contract draft yet: {}; nothing was made", issues.iter().map(Issue::message).collect::<Vec<_>>().join(" "))]
    RequestIncomplete {
        /// What it lacks, on the request's inputs.
        issues: Vec<Issue>,
    },
    /// An item of an import failed validation; nothing was imported.
    #[error("item {} of the import is not valid, so nothing was imported: {}", index + 1, issues.iter().map(Issue::message).collect::<Vec<_>>().join(" "))]
    InvalidImport {
        /// The position of the item (0-based).
        index: usize,
        /// Its findings.
        issues: Vec<Issue>,
    },
    /// No contract has this id.
    #[error("there is no contract with id {0} in this catalog: `datapakt list` shows the ids")]
    ContractNotFound(ContractId),
    /// No organisation has this id.
    #[error("there is no organisation with id {} in this catalog", .0.0)]
    OrganisationNotFound(crate::model::OrganisationId),
    /// Another organisation already has this number.
    #[error("organisation number {org_number} is already registered (organisation id {}): edit that organisation instead", existing.0)]
    DuplicateOrganisation {
        /// The number, digits only.
        org_number: String,
        /// The organisation that has it.
        existing: crate::model::OrganisationId,
    },
    /// The workflow does not allow this status change.
    #[error("a contract cannot go from {} to {}: the workflow is draft → in review → approved → retired, and a review may send it back to draft", from.as_str(), to.as_str())]
    StatusChange {
        /// The current status.
        from: crate::model::ContractStatus,
        /// The status asked for.
        to: crate::model::ContractStatus,
    },
    /// The desk's workflow does not allow this status change of a request.
    #[error("a request cannot go from {} to {}: it goes new → in progress → waiting → resolved, can be escalated while open, and reopened once resolved", from.as_str(), to.as_str())]
    RequestStatusChange {
        /// The current status (a new request is `new`).
        from: crate::model::RequestStatus,
        /// The status asked for.
        to: crate::model::RequestStatus,
    },
    /// No person has this id.
    #[error("there is no person with id {} in this catalog", .0.0)]
    PersonNotFound(crate::model::PersonId),
    /// The item a role was to be given on does not exist.
    #[error("there is no {} with id {id} in this catalog", entity.as_str())]
    ItemNotFound {
        /// The kind of item.
        entity: crate::model::Entity,
        /// Its id.
        id: i64,
    },
    /// A contract or an information set has no version with this number.
    #[error("the {} with id {id} has no version {version:?}: `datapakt changelog` lists a contract's versions", entity.as_str().replace('_', " "))]
    VersionNotFound {
        /// The kind of item.
        entity: crate::model::Entity,
        /// Its id.
        id: i64,
        /// The version asked for.
        version: String,
    },
    /// No classification scheme has this key.
    #[error("there is no classification scheme with key {0:?} in this catalog")]
    SchemeNotFound(String),
    /// The item is still referred to by another, so it was not deleted.
    #[error("the {} with id {id} is still in use (a contract or another item refers to it): remove those references first; nothing was deleted", entity.as_str().replace('_', " "))]
    InUse {
        /// The kind of item.
        entity: crate::model::Entity,
        /// Its id.
        id: i64,
    },
    /// Items of this kind are not deleted one by one.
    #[error("a {} cannot be deleted on its own", entity.as_str().replace('_', " "))]
    NotDeletable {
        /// The kind of item.
        entity: crate::model::Entity,
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
    /// An integration no contract governs has no API to describe, so nothing was exported.
    #[error("no contract governs integration {} ({name:?}), so there is no API to describe: link a contract to it (among the integrations the contract governs) and export again; nothing was written", id.0)]
    IntegrationNotGoverned {
        /// The integration.
        id: crate::model::IntegrationId,
        /// Its name.
        name: String,
    },
    /// A notice was asked for a person the latest change does not affect.
    #[error("person {person} is not among those the latest change affects; nothing was written")]
    NotAffected {
        /// The person asked for.
        person: i64,
    },
    /// The author name of the preferences is longer than the audit trail keeps.
    #[error("The author name is too long: use at most {max} characters.")]
    AuthorTooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// An OpenAPI import was asked for without the system whose interface it describes.
    #[error("an OpenAPI document is imported as the interface of a system: give the system it describes; nothing was imported")]
    ImportNeedsSystem,
    /// Rendering a PDF failed.
    #[cfg(feature = "export")]
    #[error("could not render the PDF: {0}")]
    Pdf(#[from] crate::export::pdf::PdfError),
    /// An OpenAPI document that cannot be imported; nothing was imported.
    #[cfg(feature = "export")]
    #[error("{} cannot be imported: {source}", path.display())]
    OpenApiImport {
        /// The document's file.
        path: PathBuf,
        /// What is wrong with it, and where.
        #[source]
        source: crate::import::openapi::OpenApiError,
    },
    /// Access was refused: no approved contract in force covers it. The finding names the
    /// contract input and says why and what to do.
    #[error("access refused: {}", issue.message())]
    AccessRefused {
        /// The refusal, about the contract ([`crate::validate::FieldPath::Contract`]).
        issue: Issue,
    },
    /// An ODCS document that cannot be imported; nothing was imported.
    #[cfg(feature = "export")]
    #[error("{0}; nothing was imported")]
    Odcs(#[from] crate::import::odcs::OdcsError),
    /// The map could not be drawn or written in the format asked for.
    #[cfg(feature = "export")]
    #[error(transparent)]
    Map(#[from] crate::map::MapError),
}

impl Error {
    /// The machine-readable class of the error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Missing { .. } | Error::NotSqlite { .. } | Error::ForeignDatabase { .. } => {
                ErrorCode::NotACatalog
            }
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::Invalid { .. }
            | Error::InvalidImport { .. }
            | Error::RequestIncomplete { .. } => ErrorCode::Invalid,
            Error::ContractNotFound(_)
            | Error::OrganisationNotFound(_)
            | Error::SchemeNotFound(_)
            | Error::PersonNotFound(_)
            | Error::ItemNotFound { .. }
            | Error::VersionNotFound { .. } => ErrorCode::NotFound,
            Error::DuplicateOrganisation { .. }
            | Error::StatusChange { .. }
            | Error::RequestStatusChange { .. }
            | Error::InUse { .. }
            | Error::NotDeletable { .. }
            | Error::IntegrationNotGoverned { .. }
            | Error::ImportNeedsSystem
            | Error::AuthorTooLong { .. }
            | Error::AccessRefused { .. } => ErrorCode::Invalid,
            Error::NotAffected { .. } => ErrorCode::NotFound,
            Error::AlreadyExists { .. }
            | Error::Read { .. }
            | Error::Write { .. }
            | Error::ExportOverCatalog { .. } => ErrorCode::Io,
            Error::Locked { .. } | Error::ReadOnly { .. } | Error::ReadOnlyNeedsUpgrade { .. } => {
                ErrorCode::Io
            }
            Error::Sqlite { .. } => ErrorCode::Internal,
            #[cfg(feature = "export")]
            Error::Pdf(_) => ErrorCode::Internal,
            #[cfg(feature = "export")]
            Error::OpenApiImport { .. } => ErrorCode::Invalid,
            Error::Odcs(_) => ErrorCode::Invalid,
            Error::Map(crate::map::MapError::UnknownFormat { .. }) => ErrorCode::Invalid,
            Error::Map(_) => ErrorCode::Internal,
        }
    }
}

impl Error {
    /// The id of the message that explains this error in any language (`error-…`) and the
    /// values it names.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        let entity = |e: &crate::model::Entity| ("entity", e.as_str().to_owned());
        match self {
            Error::Missing { path: p } => ("error-missing", vec![path(p)]),
            Error::AlreadyExists { path: p } => ("error-already-exists", vec![path(p)]),
            Error::Read { path: p, source } => {
                ("error-read", vec![path(p), ("detail", source.to_string())])
            }
            Error::ExportOverCatalog { path: p } => ("error-export-over-catalog", vec![path(p)]),
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
            Error::Invalid { .. } => ("error-invalid", vec![]),
            Error::RequestIncomplete { .. } => ("error-request-incomplete", vec![]),
            Error::InvalidImport { index, .. } => {
                ("error-invalid-import", vec![("n", (index + 1).to_string())])
            }
            Error::ContractNotFound(id) => (
                "error-item-not-found",
                vec![("entity", "contract".into()), ("id", id.0.to_string())],
            ),
            Error::OrganisationNotFound(id) => (
                "error-item-not-found",
                vec![("entity", "organisation".into()), ("id", id.0.to_string())],
            ),
            Error::PersonNotFound(id) => (
                "error-item-not-found",
                vec![("entity", "person".into()), ("id", id.0.to_string())],
            ),
            Error::ItemNotFound { entity: e, id } => (
                "error-item-not-found",
                vec![entity(e), ("id", id.to_string())],
            ),
            Error::VersionNotFound {
                entity: e,
                id,
                version,
            } => (
                "error-version-not-found",
                vec![
                    entity(e),
                    ("id", id.to_string()),
                    ("version", version.clone()),
                ],
            ),
            Error::DuplicateOrganisation { org_number, .. } => (
                "error-duplicate-organisation",
                vec![("number", org_number.clone())],
            ),
            Error::StatusChange { from, to } => (
                "error-status-change",
                vec![("from", from.as_str().into()), ("to", to.as_str().into())],
            ),
            Error::RequestStatusChange { from, to } => (
                "error-request-status-change",
                vec![("from", from.as_str().into()), ("to", to.as_str().into())],
            ),
            Error::SchemeNotFound(key) => ("error-scheme-not-found", vec![("key", key.clone())]),
            Error::InUse { entity: e, .. } => ("error-in-use", vec![entity(e)]),
            Error::NotDeletable { entity: e } => ("error-not-deletable", vec![entity(e)]),
            Error::Locked { path: p } => ("error-locked", vec![path(p)]),
            Error::ReadOnly { path: p } => ("error-read-only", vec![path(p)]),
            Error::ReadOnlyNeedsUpgrade { path: p, .. } => {
                ("error-read-only-needs-upgrade", vec![path(p)])
            }
            Error::Sqlite { path: p, source } => (
                "error-sqlite",
                vec![path(p), ("detail", source.to_string())],
            ),
            Error::Write { path: p, source } => {
                ("error-write", vec![path(p), ("detail", source.to_string())])
            }
            Error::IntegrationNotGoverned { id, name } => (
                "error-integration-not-governed",
                vec![("id", id.0.to_string()), ("name", name.clone())],
            ),
            Error::NotAffected { person } => {
                ("error-not-affected", vec![("person", person.to_string())])
            }
            Error::ImportNeedsSystem => ("error-import-needs-system", vec![]),
            Error::AuthorTooLong { max } => {
                ("error-author-too-long", vec![("max", max.to_string())])
            }
            Error::AccessRefused { .. } => ("error-access-refused", vec![]),
            #[cfg(feature = "export")]
            Error::Pdf(e) => ("error-pdf", vec![("detail", e.to_string())]),
            #[cfg(feature = "export")]
            Error::OpenApiImport { path: p, source } => {
                let (key, mut args) = source.message_key();
                args.push(path(p));
                (key, args)
            }
            Error::Odcs(e) => {
                let (key, mut args) = e.problem.message_key();
                args.push(("file", e.file.display().to_string()));
                if !matches!(e.problem, crate::import::odcs::Problem::Yaml { .. }) {
                    let at = if e.at.is_empty() { "–" } else { &e.at };
                    args.push(("at", at.to_owned()));
                }
                (key, args)
            }
            Error::Map(crate::map::MapError::UnknownFormat { path: p }) => {
                ("error-map-unknown-format", vec![path(p)])
            }
            Error::Map(e) => ("error-map", vec![("detail", e.to_string())]),
        }
    }
}

impl From<Error> for WireError {
    fn from(error: Error) -> WireError {
        let issues = match &error {
            Error::Invalid { issues } | Error::RequestIncomplete { issues } => issues.clone(),
            Error::AccessRefused { issue } => vec![issue.clone()],
            _ => Vec::new(),
        };
        let (key, args) = error.message_key();
        WireError {
            code: error.code(),
            message: error.to_string(),
            issues,
            key: key.to_owned(),
            args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }
}

#[cfg(all(test, feature = "i18n"))]
mod tests {
    use super::*;
    use crate::i18n::Translator;
    use crate::model::{ContractStatus, Entity, Lang, OrganisationId, PersonId};

    /// One of each error (the match makes a new variant a compile error until listed).
    fn every_error() -> Vec<Error> {
        let path = || PathBuf::from("/tmp/katalog.datapakt");
        let io = || std::io::Error::other("disk full");
        let all = vec![
            Error::Missing { path: path() },
            Error::AlreadyExists { path: path() },
            Error::Read {
                path: path(),
                source: io(),
            },
            Error::ExportOverCatalog { path: path() },
            Error::NotSqlite { path: path() },
            Error::ForeignDatabase {
                path: path(),
                found: 1,
                expected: 2,
            },
            Error::NewerSchema {
                path: path(),
                found: 99,
                supported: 9,
            },
            Error::Invalid { issues: vec![] },
            Error::RequestIncomplete { issues: vec![] },
            Error::InvalidImport {
                index: 2,
                issues: vec![],
            },
            Error::ContractNotFound(ContractId(7)),
            Error::VersionNotFound {
                entity: Entity::Contract,
                id: 7,
                version: "9.0.0".into(),
            },
            Error::OrganisationNotFound(OrganisationId(7)),
            Error::DuplicateOrganisation {
                org_number: "974760673".into(),
                existing: OrganisationId(1),
            },
            Error::StatusChange {
                from: ContractStatus::Draft,
                to: ContractStatus::Approved,
            },
            Error::RequestStatusChange {
                from: crate::model::RequestStatus::Resolved,
                to: crate::model::RequestStatus::Waiting,
            },
            Error::PersonNotFound(PersonId(7)),
            Error::ItemNotFound {
                entity: Entity::InformationSet,
                id: 7,
            },
            Error::SchemeNotFound("x".into()),
            Error::InUse {
                entity: Entity::System,
                id: 7,
            },
            Error::NotDeletable {
                entity: Entity::ClassificationScheme,
            },
            Error::Locked { path: path() },
            Error::ReadOnly { path: path() },
            Error::ReadOnlyNeedsUpgrade {
                path: path(),
                found: 1,
                supported: 9,
            },
            Error::Sqlite {
                path: path(),
                source: rusqlite::Error::InvalidQuery,
            },
            Error::Write {
                path: path(),
                source: io(),
            },
            Error::IntegrationNotGoverned {
                id: crate::model::IntegrationId(7),
                name: "Nattlig elevsynkronisering".into(),
            },
            Error::AccessRefused {
                issue: Issue::new(
                    crate::validate::FieldPath::Contract,
                    crate::validate::IssueCode::ContractIsDraft,
                ),
            },
            Error::NotAffected { person: 7 },
            Error::AuthorTooLong { max: 200 },
            Error::ImportNeedsSystem,
        ];
        #[cfg(feature = "export")]
        let all = {
            use crate::import::openapi::OpenApiError;
            let at = || "#/components/schemas/Pet/properties/owner".to_owned();
            let target = || "#/components/schemas/Owner".to_owned();
            let mut all = all;
            for source in [
                OpenApiError::Syntax {
                    detail: "line 3".into(),
                },
                OpenApiError::NotAnObject { found: "a list" },
                OpenApiError::Swagger2 {
                    version: "2.0".into(),
                },
                OpenApiError::NoVersion,
                OpenApiError::UnsupportedVersion {
                    version: "4.0.0".into(),
                },
                OpenApiError::DanglingRef {
                    at: at(),
                    target: target(),
                },
                OpenApiError::ExternalRef {
                    at: at(),
                    target: target(),
                },
                OpenApiError::BadRef {
                    at: at(),
                    target: target(),
                },
            ] {
                all.push(Error::OpenApiImport {
                    path: path(),
                    source,
                });
            }
            all.push(Error::Map(crate::map::MapError::UnknownFormat {
                path: PathBuf::from("/tmp/kart.gif"),
            }));
            all.push(Error::Map(crate::map::MapError::Png(
                "out of memory".into(),
            )));
            all
        };
        for error in &all {
            match error {
                Error::Missing { .. }
                | Error::AlreadyExists { .. }
                | Error::Read { .. }
                | Error::ExportOverCatalog { .. }
                | Error::NotSqlite { .. }
                | Error::ForeignDatabase { .. }
                | Error::NewerSchema { .. }
                | Error::Invalid { .. }
                | Error::RequestIncomplete { .. }
                | Error::InvalidImport { .. }
                | Error::ContractNotFound(_)
                | Error::OrganisationNotFound(_)
                | Error::DuplicateOrganisation { .. }
                | Error::StatusChange { .. }
                | Error::RequestStatusChange { .. }
                | Error::PersonNotFound(_)
                | Error::VersionNotFound { .. }
                | Error::ItemNotFound { .. }
                | Error::SchemeNotFound(_)
                | Error::InUse { .. }
                | Error::NotDeletable { .. }
                | Error::Locked { .. }
                | Error::ReadOnly { .. }
                | Error::ReadOnlyNeedsUpgrade { .. }
                | Error::Sqlite { .. }
                | Error::Write { .. }
                | Error::IntegrationNotGoverned { .. }
                | Error::AccessRefused { .. }
                | Error::NotAffected { .. }
                | Error::ImportNeedsSystem
                | Error::AuthorTooLong { .. } => {}
                #[cfg(feature = "export")]
                Error::Pdf(_) | Error::OpenApiImport { .. } | Error::Odcs(_) | Error::Map(_) => {}
            }
        }
        #[cfg(feature = "export")]
        let all: Vec<Error> = all.into_iter().chain(odcs_errors()).collect();
        all
    }

    /// One ODCS import error of each problem (the match makes a new problem a compile error
    /// here until listed).
    #[cfg(feature = "export")]
    fn odcs_errors() -> Vec<Error> {
        use crate::import::odcs::{Expected, Needed, OdcsError, Problem};
        let value = || "x-y".to_owned();
        let mut problems = vec![
            Problem::Yaml {
                line: 3,
                column: 7,
                detail: "did not find expected key".into(),
            },
            Problem::NotJson {
                detail: "the YAML tag !x".into(),
            },
            Problem::ApiVersion {
                found: "v2.2.0".into(),
            },
            Problem::Missing,
            Problem::NotOneOf {
                value: value(),
                allowed: "a, b".into(),
            },
            Problem::NotIdentifier { value: value() },
            Problem::Duplicate { value: value() },
            Problem::NotVersion { value: value() },
            Problem::NotDate { value: value() },
            Problem::NotEmail { value: value() },
            Problem::NotPercent { value: value() },
            Problem::TooLong { max: 200 },
            Problem::UnknownScheme {
                key: value(),
                known: "no-uh, se-klassa".into(),
            },
            Problem::UnknownLevel {
                value: value(),
                scheme: "no-uh".into(),
                levels: "Open, Internal".into(),
            },
        ];
        for expected in [
            Expected::Text,
            Expected::WholeNumber,
            Expected::Boolean,
            Expected::Mapping,
            Expected::List,
        ] {
            for found in ["text", "number", "boolean", "mapping", "list", "null"] {
                problems.push(Problem::WrongType { expected, found });
            }
        }
        for needed in [
            Needed::Owner,
            Needed::Provider,
            Needed::Consumer,
            Needed::Fields,
        ] {
            problems.push(Problem::Needed(needed));
        }
        for problem in &problems {
            match problem {
                Problem::Yaml { .. }
                | Problem::NotJson { .. }
                | Problem::ApiVersion { .. }
                | Problem::WrongType { .. }
                | Problem::Missing
                | Problem::Needed(_)
                | Problem::NotOneOf { .. }
                | Problem::NotIdentifier { .. }
                | Problem::Duplicate { .. }
                | Problem::NotVersion { .. }
                | Problem::NotDate { .. }
                | Problem::NotEmail { .. }
                | Problem::NotPercent { .. }
                | Problem::TooLong { .. }
                | Problem::UnknownScheme { .. }
                | Problem::UnknownLevel { .. } => {}
            }
        }
        problems
            .into_iter()
            .map(|problem| {
                let mut error = OdcsError::new("schema[2].properties[5].logicalType", problem);
                error.file = PathBuf::from("/tmp/kontrakt.odcs.yaml");
                Error::Odcs(error)
            })
            .collect()
    }

    #[test]
    fn every_error_reads_in_every_language_with_its_values() {
        for lang in Lang::ALL {
            let t = Translator::new(lang);
            for error in every_error() {
                let wire = WireError::from(error);
                let text = t.error(&wire);
                assert_ne!(text, wire.key, "{lang:?}: no message {}", wire.key);
                assert!(
                    !text.contains("{ $") && !text.contains("error-"),
                    "{lang:?}: {text}"
                );
                for name in ["path", "file", "at"] {
                    if let Some(value) = wire.args.get(name) {
                        assert!(text.contains(value.as_str()), "{lang:?}: {text}");
                    }
                }
            }
        }
        let status = WireError::from(Error::StatusChange {
            from: ContractStatus::Draft,
            to: ContractStatus::Approved,
        });
        assert!(Translator::new(Lang::Nb)
            .error(&status)
            .contains("fra utkast til godkjent"));
    }
}
