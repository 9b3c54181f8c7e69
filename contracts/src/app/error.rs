//! The use cases' error: the store's ([`crate::store::Error`]) and each format's, composed
//! where they meet, beside the rules a change breaks. Each variant carries what the UI and
//! the CLI need to explain it: [`Error::code`] is the class the UI branches on,
//! [`Error::message_key`] the Fluent message and its values.

use std::path::PathBuf;

use crate::model::{ContractStatus, Entity, IntegrationId, OrganisationId, RequestStatus};
use crate::validate::Issue;
use crate::wire::{ErrorCode, WireError};

/// Shorthand for results of the use cases.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in a use case.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The catalog file failed: missing, not a catalog, busy, read-only, an item not found or
    /// still in use.
    #[error(transparent)]
    Store(#[from] crate::store::Error),
    /// A file to import does not exist.
    #[error("{} does not exist: check the path and choose the file again; nothing was imported", path.display())]
    Missing {
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
    /// A file to read is larger than any file of its kind Datapakt reads.
    #[error("{} has more than {max_mib} MiB, more than Datapakt reads from a file of this kind: check that it is the file you meant, or split it; nothing was read", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in MiB.
        max_mib: usize,
    },
    /// The item changed since the edit saved started from it.
    #[error("{entity:?} {id} changed since you opened it (in another window, the command-line tool or a sync): nothing was saved; reload it, or compare both and save yours again")]
    ChangedSinceOpened {
        /// Its kind.
        entity: crate::model::Entity,
        /// Its id.
        id: i64,
    },
    /// An export would replace the open catalog itself.
    #[error("{} is the open catalog: choose another file for the export", path.display())]
    ExportOverCatalog {
        /// The catalog file.
        path: PathBuf,
    },
    /// The input failed validation.
    #[error("not valid, so nothing was saved: {}", issues.iter().map(Issue::message).collect::<Vec<_>>().join(" "))]
    Invalid {
        /// Every finding.
        issues: Vec<Issue>,
    },
    /// A contract does not name what review needs (its information owner, systems, fields).
    #[error("the contract cannot go to review or approval before it names these: {}; it stays a draft", issues.iter().map(Issue::message).collect::<Vec<_>>().join(" "))]
    ContractIncomplete {
        /// What it lacks.
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
    /// Another organisation already has this number.
    #[error("organisation number {org_number} is already registered (organisation id {}): edit that organisation instead", existing.0)]
    DuplicateOrganisation {
        /// The number, digits only.
        org_number: String,
        /// The organisation that has it.
        existing: OrganisationId,
    },
    /// The workflow does not allow this status change.
    #[error("a contract cannot go from {} to {}: the workflow is draft → in review → approved → retired, and a review may send it back to draft", from.as_str(), to.as_str())]
    StatusChange {
        /// The current status.
        from: ContractStatus,
        /// The status asked for.
        to: ContractStatus,
    },
    /// The desk's workflow does not allow this status change of a request.
    #[error("a request cannot go from {} to {}: it goes new → in progress → waiting → resolved, can be escalated while open, and reopened once resolved", from.as_str(), to.as_str())]
    RequestStatusChange {
        /// The current status (a new request is `new`).
        from: RequestStatus,
        /// The status asked for.
        to: RequestStatus,
    },
    /// A contract or an information set has no version with this number.
    #[error("the {} with id {id} has no version {version:?}: `datapakt changelog` lists a contract's versions", entity.as_str().replace('_', " "))]
    VersionNotFound {
        /// The kind of item.
        entity: Entity,
        /// Its id.
        id: i64,
        /// The version asked for.
        version: String,
    },
    /// Items of this kind are not deleted one by one.
    #[error("a {} cannot be deleted on its own", entity.as_str().replace('_', " "))]
    NotDeletable {
        /// The kind of item.
        entity: Entity,
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
        id: IntegrationId,
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
    #[error("could not render the PDF: {0}")]
    Pdf(#[from] crate::formats::pdf::PdfError),
    /// An OpenAPI document that cannot be imported; nothing was imported.
    #[error("{} cannot be imported: {source}", path.display())]
    OpenApiImport {
        /// The document's file.
        path: PathBuf,
        /// What is wrong with it, and where.
        #[source]
        source: crate::formats::openapi::read::OpenApiError,
    },
    /// An SQL file that cannot be imported; nothing was imported.
    #[error("{} cannot be imported: {source}", path.display())]
    SqlImport {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, and where.
        #[source]
        source: crate::formats::sql::SqlError,
    },
    /// An XSD or WSDL file that cannot be imported; nothing was imported.
    #[error("{} cannot be imported: {source}", path.display())]
    XsdImport {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, and where.
        #[source]
        source: crate::formats::xsd::XsdError,
    },
    /// No open API can be described for a national data catalogue.
    #[error("no approved contract with public access rights has an endpoint and a publisher: there is nothing to describe yet")]
    NothingToPublish,
    /// A description for a national data catalogue cannot be written.
    #[error("the description cannot be written: {0}")]
    Dcat(crate::formats::dcat::DcatError),
    /// Access was refused: no approved contract in force covers it. The finding names the
    /// contract input and says why and what to do.
    #[error("access refused: {}", issue.message())]
    AccessRefused {
        /// The refusal, about the contract ([`crate::validate::FieldPath::Contract`]).
        issue: Issue,
    },
    /// An ODCS document that cannot be imported; nothing was imported.
    #[error("{0}; nothing was imported")]
    Odcs(#[from] crate::formats::odcs::read::OdcsError),
    /// An ODCS document that cannot be read as a version to compare (nothing is stored).
    #[error("{0}")]
    OdcsCompared(crate::formats::odcs::read::OdcsError),
    /// The map could not be drawn or written in the format asked for.
    #[error(transparent)]
    Map(#[from] crate::map::MapError),
    /// Talking to the team catalogue's remote failed.
    #[error(transparent)]
    Git(#[from] crate::git::GitError),
    /// A team catalogue's files cannot be read.
    #[error(transparent)]
    Repo(#[from] crate::formats::repo::files::RepoError),
    /// The catalog is not shared yet.
    #[error("the catalog has no team remote yet: publish it to an empty repository first (datapakt remote --catalog FILE URL, or Team → Publish)")]
    TeamNoRemote,
    /// The remote holds another team catalogue than this one.
    #[error("{url} already holds another team catalogue: join it with Open team catalog (datapakt clone {url} --catalog FILE) instead of publishing to it")]
    TeamRemoteTaken {
        /// The remote.
        url: String,
    },
    /// The remote holds nothing to clone.
    #[error(
        "{url} is empty: there is no team catalogue to join yet; publish a catalog to it instead"
    )]
    TeamRemoteEmpty {
        /// The remote.
        url: String,
    },
    /// The remote kept moving under every push.
    #[error("{url} kept changing while this catalog pushed: your changes are kept here; sync again in a moment")]
    TeamRemoteBusy {
        /// The remote.
        url: String,
    },
    /// An entry of the team catalogue the catalog cannot take; nothing of the sync was applied.
    #[error("{item} of the team catalogue cannot be read ({detail}); nothing was changed: fix that file in the repository")]
    TeamEntry {
        /// The entry, `KIND:UID`.
        item: String,
        /// What is wrong.
        detail: String,
    },
    /// No conflict waits on the item and field named.
    #[error("no conflict waits on {item} {field}: see the waiting ones with datapakt status")]
    TeamNoSuchConflict {
        /// The item named.
        item: String,
        /// The field named.
        field: String,
    },
    /// No sync waits for choices.
    #[error("no sync waits for a choice: there is nothing to resolve or abort")]
    TeamNothingPending,
}

impl Error {
    /// The machine-readable class of the error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Store(e) => e.code(),
            Error::Invalid { .. }
            | Error::InvalidImport { .. }
            | Error::RequestIncomplete { .. }
            | Error::ContractIncomplete { .. }
            | Error::DuplicateOrganisation { .. }
            | Error::StatusChange { .. }
            | Error::RequestStatusChange { .. }
            | Error::NotDeletable { .. }
            | Error::IntegrationNotGoverned { .. }
            | Error::ImportNeedsSystem
            | Error::AuthorTooLong { .. }
            | Error::AccessRefused { .. }
            | Error::OpenApiImport { .. }
            | Error::SqlImport { .. }
            | Error::XsdImport { .. }
            | Error::NothingToPublish
            | Error::Dcat(_)
            | Error::Odcs(_)
            | Error::OdcsCompared(_)
            | Error::Map(crate::map::MapError::UnknownFormat { .. })
            | Error::Repo(_)
            | Error::TeamNoRemote
            | Error::TeamRemoteTaken { .. }
            | Error::TeamRemoteEmpty { .. }
            | Error::TeamEntry { .. }
            | Error::TeamNoSuchConflict { .. }
            | Error::TeamNothingPending => ErrorCode::Invalid,
            Error::Git(_) | Error::TeamRemoteBusy { .. } => ErrorCode::Io,
            Error::VersionNotFound { .. } | Error::NotAffected { .. } => ErrorCode::NotFound,
            Error::Missing { .. }
            | Error::Read { .. }
            | Error::TooLarge { .. }
            | Error::Write { .. }
            | Error::ExportOverCatalog { .. } => ErrorCode::Io,
            Error::ChangedSinceOpened { .. } => ErrorCode::Changed,
            Error::Pdf(_) | Error::Map(_) => ErrorCode::Internal,
        }
    }

    /// The id of the message that explains this error in any language (`error-…`) and the
    /// values it names.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        let entity = |e: &Entity| ("entity", e.as_str().to_owned());
        match self {
            Error::Store(e) => e.message_key(),
            Error::Missing { path: p } => ("error-file-missing", vec![path(p)]),
            Error::Read { path: p, source } => {
                ("error-read", vec![path(p), ("detail", source.to_string())])
            }
            Error::Write { path: p, source } => {
                ("error-write", vec![path(p), ("detail", source.to_string())])
            }
            Error::TooLarge { path: p, max_mib } => (
                "error-file-too-large",
                vec![path(p), ("max", max_mib.to_string())],
            ),
            Error::ExportOverCatalog { path: p } => ("error-export-over-catalog", vec![path(p)]),
            Error::ChangedSinceOpened { entity: e, id } => (
                "error-changed-since-opened",
                vec![entity(e), ("id", id.to_string())],
            ),
            Error::Invalid { .. } => ("error-invalid", vec![]),
            Error::RequestIncomplete { .. } => ("error-request-incomplete", vec![]),
            Error::ContractIncomplete { .. } => ("error-contract-incomplete", vec![]),
            Error::InvalidImport { index, .. } => {
                ("error-invalid-import", vec![("n", (index + 1).to_string())])
            }
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
            Error::NotDeletable { entity: e } => ("error-not-deletable", vec![entity(e)]),
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
            Error::Pdf(e) => ("error-pdf", vec![("detail", e.to_string())]),
            Error::OpenApiImport { path: p, source } => with_path(source.message_key(), path(p)),
            Error::SqlImport { path: p, source } => with_path(source.message_key(), path(p)),
            Error::NothingToPublish => ("error-dcat-nothing", vec![]),
            Error::Dcat(crate::formats::dcat::DcatError::BadEndpoint { api, endpoint }) => (
                "error-dcat-bad-endpoint",
                vec![("api", api.clone()), ("endpoint", endpoint.clone())],
            ),
            Error::XsdImport { path: p, source } => with_path(source.message_key(), path(p)),
            Error::Odcs(e) | Error::OdcsCompared(e) => {
                let (key, mut args) = e.problem.message_key();
                args.push(("file", e.file.display().to_string()));
                if !matches!(
                    e.problem,
                    crate::formats::odcs::read::Problem::Yaml { .. }
                        | crate::formats::odcs::read::Problem::YamlLimit(_)
                ) {
                    let at = if e.at.is_empty() { "–" } else { &e.at };
                    args.push(("at", at.to_owned()));
                }
                (key, args)
            }
            Error::Map(crate::map::MapError::UnknownFormat { path: p }) => {
                ("error-map-unknown-format", vec![path(p)])
            }
            Error::Map(e) => ("error-map", vec![("detail", e.to_string())]),
            Error::Git(e) => e.message_key(),
            Error::Repo(e) => e.message_key(),
            Error::TeamNoRemote => ("error-team-no-remote", vec![]),
            Error::TeamRemoteTaken { url } => {
                ("error-team-remote-taken", vec![("url", url.clone())])
            }
            Error::TeamRemoteEmpty { url } => {
                ("error-team-remote-empty", vec![("url", url.clone())])
            }
            Error::TeamRemoteBusy { url } => ("error-team-remote-busy", vec![("url", url.clone())]),
            Error::TeamEntry { item, detail } => (
                "error-team-entry",
                vec![("item", item.clone()), ("detail", detail.clone())],
            ),
            Error::TeamNoSuchConflict { item, field } => (
                "error-team-no-such-conflict",
                vec![("item", item.clone()), ("field", field.clone())],
            ),
            Error::TeamNothingPending => ("error-team-nothing-pending", vec![]),
        }
    }
}

/// A file format's message key and values, with the file's `path` among the values.
fn with_path(
    (key, mut args): (&'static str, Vec<(&'static str, String)>),
    path: (&'static str, String),
) -> (&'static str, Vec<(&'static str, String)>) {
    args.push(path);
    (key, args)
}

impl From<Error> for WireError {
    fn from(error: Error) -> WireError {
        let issues = match &error {
            Error::Invalid { issues }
            | Error::RequestIncomplete { issues }
            | Error::ContractIncomplete { issues } => issues.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Translator;
    use crate::model::{ContractId, ContractStatus, Entity, Lang, OrganisationId, PersonId};
    use crate::store::Error as StoreError;

    /// One of each error (the match makes a new variant a compile error until listed).
    fn every_error() -> Vec<Error> {
        let path = || PathBuf::from("/tmp/katalog.datapakt");
        let io = || std::io::Error::other("disk full");
        let store = [
            StoreError::Missing { path: path() },
            StoreError::AlreadyExists { path: path() },
            StoreError::Read {
                path: path(),
                source: io(),
            },
            StoreError::Write {
                path: path(),
                source: io(),
            },
            StoreError::NotSqlite { path: path() },
            StoreError::ForeignDatabase {
                path: path(),
                found: 1,
                expected: 2,
            },
            StoreError::NewerSchema {
                path: path(),
                found: 99,
                supported: 9,
            },
            StoreError::ContractNotFound(ContractId(7)),
            StoreError::OrganisationNotFound(OrganisationId(7)),
            StoreError::PersonNotFound(PersonId(7)),
            StoreError::ItemNotFound {
                entity: Entity::InformationSet,
                id: 7,
            },
            StoreError::SchemeNotFound("x".into()),
            StoreError::InUse {
                entity: Entity::System,
                id: 7,
            },
            StoreError::Locked { path: path() },
            StoreError::ReadOnly { path: path() },
            StoreError::ReadOnlyNeedsUpgrade {
                path: path(),
                found: 1,
                supported: 9,
            },
            StoreError::Sqlite {
                path: path(),
                source: rusqlite::Error::InvalidQuery,
            },
        ];
        for error in &store {
            match error {
                StoreError::Missing { .. }
                | StoreError::AlreadyExists { .. }
                | StoreError::Read { .. }
                | StoreError::Write { .. }
                | StoreError::NotSqlite { .. }
                | StoreError::ForeignDatabase { .. }
                | StoreError::NewerSchema { .. }
                | StoreError::ContractNotFound(_)
                | StoreError::OrganisationNotFound(_)
                | StoreError::PersonNotFound(_)
                | StoreError::ItemNotFound { .. }
                | StoreError::SchemeNotFound(_)
                | StoreError::InUse { .. }
                | StoreError::Locked { .. }
                | StoreError::ReadOnly { .. }
                | StoreError::ReadOnlyNeedsUpgrade { .. }
                | StoreError::Sqlite { .. } => {}
            }
        }
        let mut all: Vec<Error> = store.into_iter().map(Error::Store).collect();
        all.extend([
            Error::Missing { path: path() },
            Error::Read {
                path: path(),
                source: io(),
            },
            Error::Write {
                path: path(),
                source: io(),
            },
            Error::TooLarge {
                path: path(),
                max_mib: 64,
            },
            Error::ChangedSinceOpened {
                entity: crate::model::Entity::Integration,
                id: 4,
            },
            Error::ExportOverCatalog { path: path() },
            Error::Invalid { issues: vec![] },
            Error::RequestIncomplete { issues: vec![] },
            Error::ContractIncomplete { issues: vec![] },
            Error::InvalidImport {
                index: 2,
                issues: vec![],
            },
            Error::VersionNotFound {
                entity: Entity::Contract,
                id: 7,
                version: "9.0.0".into(),
            },
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
            Error::NotDeletable {
                entity: Entity::ClassificationScheme,
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
            Error::TeamNoRemote,
            Error::TeamRemoteTaken {
                url: "git@git.kommune.no:ikt/katalog.git".into(),
            },
            Error::TeamRemoteEmpty {
                url: "https://git.kommune.no/ikt/katalog.git".into(),
            },
            Error::TeamRemoteBusy {
                url: "https://git.kommune.no/ikt/katalog.git".into(),
            },
            Error::TeamEntry {
                item: "contract:1f2e".into(),
                detail: "title: expected a string".into(),
            },
            Error::TeamNoSuchConflict {
                item: "contract:3".into(),
                field: "title".into(),
            },
            Error::TeamNothingPending,
        ]);
        {
            use crate::formats::repo::files::RepoError;
            use crate::git::GitError;
            let url = || "https://git.kommune.no/ikt/katalog.git".to_owned();
            let detail = || "connection refused".to_owned();
            for error in [
                GitError::AuthRefused { url: url() },
                GitError::HostUnknown {
                    url: url(),
                    detail: detail(),
                },
                GitError::Unreachable {
                    url: url(),
                    detail: detail(),
                },
                GitError::NoRepository {
                    url: url(),
                    detail: detail(),
                },
                GitError::Failed {
                    action: "commit",
                    detail: detail(),
                },
            ] {
                match &error {
                    GitError::AuthRefused { .. }
                    | GitError::HostUnknown { .. }
                    | GitError::Unreachable { .. }
                    | GitError::NoRepository { .. }
                    | GitError::Failed { .. } => all.push(Error::Git(error.clone())),
                }
            }
            for error in [
                RepoError::NotACatalog,
                RepoError::NewerFormat { found: 2 },
                RepoError::Entry {
                    path: "people/kari--1.yaml".into(),
                    problem: detail(),
                },
            ] {
                match &error {
                    RepoError::NotACatalog
                    | RepoError::NewerFormat { .. }
                    | RepoError::Entry { .. } => all.push(Error::Repo(error.clone())),
                }
            }
        }
        let all = {
            use crate::formats::openapi::read::OpenApiError;
            let at = || "#/components/schemas/Pet/properties/owner".to_owned();
            let target = || "#/components/schemas/Owner".to_owned();
            let mut all = all;
            for source in [
                OpenApiError::Syntax {
                    detail: "line 3".into(),
                },
                OpenApiError::YamlLimit(crate::formats::yaml::limits::Exceeded {
                    limit: crate::formats::yaml::limits::Limit::Text,
                    line: 9,
                    column: 5,
                }),
                OpenApiError::NotAnObject { found: "a list" },
                OpenApiError::Swagger2 {
                    version: "2.0".into(),
                },
                OpenApiError::NoVersion,
                OpenApiError::NoObjectSchema,
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
            for source in [
                crate::formats::sql::SqlError::Syntax {
                    dialect: "postgres",
                    detail: "Expected: ), found: , at Line: 1, Column: 22".into(),
                },
                crate::formats::sql::SqlError::NoTable,
                crate::formats::sql::SqlError::TooManyTables { max: 20_000 },
            ] {
                all.push(Error::SqlImport {
                    path: path(),
                    source,
                });
            }
            for source in [
                crate::formats::xsd::XsdError::Syntax {
                    detail: "unexpected end of stream".into(),
                },
                crate::formats::xsd::XsdError::NotSchema {
                    found: "html".into(),
                },
                crate::formats::xsd::XsdError::Empty,
                crate::formats::xsd::XsdError::Imports {
                    location: "typer.xsd".into(),
                },
                crate::formats::xsd::XsdError::UnknownType {
                    at: "Elev/klasse".into(),
                    name: "tns:Klasse".into(),
                },
            ] {
                all.push(Error::XsdImport {
                    path: path(),
                    source,
                });
            }
            all.push(Error::NothingToPublish);
            all.push(Error::Dcat(crate::formats::dcat::DcatError::BadEndpoint {
                api: "Elevregister".into(),
                endpoint: "https://skole eksempel".into(),
            }));
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
                Error::Store(_)
                | Error::Missing { .. }
                | Error::Read { .. }
                | Error::TooLarge { .. }
                | Error::ChangedSinceOpened { .. }
                | Error::Write { .. }
                | Error::ExportOverCatalog { .. }
                | Error::Invalid { .. }
                | Error::RequestIncomplete { .. }
                | Error::ContractIncomplete { .. }
                | Error::InvalidImport { .. }
                | Error::VersionNotFound { .. }
                | Error::DuplicateOrganisation { .. }
                | Error::StatusChange { .. }
                | Error::RequestStatusChange { .. }
                | Error::NotDeletable { .. }
                | Error::IntegrationNotGoverned { .. }
                | Error::NotAffected { .. }
                | Error::AuthorTooLong { .. }
                | Error::ImportNeedsSystem
                | Error::AccessRefused { .. }
                | Error::Pdf(_)
                | Error::OpenApiImport { .. }
                | Error::SqlImport { .. }
                | Error::XsdImport { .. }
                | Error::NothingToPublish
                | Error::Dcat(_)
                | Error::Odcs(_)
                | Error::OdcsCompared(_)
                | Error::Map(_)
                | Error::Git(_)
                | Error::Repo(_)
                | Error::TeamNoRemote
                | Error::TeamRemoteTaken { .. }
                | Error::TeamRemoteEmpty { .. }
                | Error::TeamRemoteBusy { .. }
                | Error::TeamEntry { .. }
                | Error::TeamNoSuchConflict { .. }
                | Error::TeamNothingPending => {}
            }
        }
        let all: Vec<Error> = all.into_iter().chain(odcs_errors()).collect();
        all
    }

    /// One ODCS import error of each problem (the match makes a new problem a compile error
    /// here until listed).
    fn odcs_errors() -> Vec<Error> {
        use crate::formats::odcs::read::{Expected, OdcsError, Problem};
        let value = || "x-y".to_owned();
        let mut problems = vec![
            Problem::Yaml {
                line: 3,
                column: 7,
                detail: "did not find expected key".into(),
            },
            Problem::YamlLimit(crate::formats::yaml::limits::Exceeded {
                limit: crate::formats::yaml::limits::Limit::Text,
                line: 9,
                column: 5,
            }),
            Problem::YamlLimit(crate::formats::yaml::limits::Exceeded {
                limit: crate::formats::yaml::limits::Limit::Nodes,
                line: 9,
                column: 5,
            }),
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
        for problem in &problems {
            match problem {
                Problem::Yaml { .. }
                | Problem::YamlLimit(_)
                | Problem::NotJson { .. }
                | Problem::ApiVersion { .. }
                | Problem::WrongType { .. }
                | Problem::Missing
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
