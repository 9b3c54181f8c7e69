//! What crosses between the desktop backend and the UI: serde types only, built for wasm too.

use serde::{Deserialize, Serialize};

use crate::model::{
    AgreementDraft, Aspect, AuditEvent, ClassificationScheme, Consumer, ContractDraft, ContractId,
    ContractState, Entity, GrantDraft, InformationSet, InformationSetDraft, IntegrationDraft,
    Labels, Lang, Level, OrganisationDraft, PersonDraft, RequestDraft, RoleAssignment, SystemDraft,
    Unit,
};
use crate::validate::{AccessState, Issue};

pub mod map;
pub mod team;
pub mod versions;

/// A machine-readable error class; the UI branches on it, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file is not a Datapakt catalog (not SQLite, another application's, or missing).
    NotACatalog,
    /// The catalog was written by a newer Datapakt.
    NewerSchema,
    /// The input failed validation; see [`WireError::issues`].
    Invalid,
    /// The requested item does not exist.
    NotFound,
    /// The item changed since it was opened (another window, the command-line tool, a sync):
    /// nothing was saved.
    Changed,
    /// Reading or writing a file failed.
    Io,
    /// Anything else; the message says what.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireError {
    /// The error class.
    pub code: ErrorCode,
    /// A complete, human-readable explanation.
    pub message: String,
    /// Per-field findings when `code` is [`ErrorCode::Invalid`].
    #[serde(default)]
    pub issues: Vec<Issue>,
    /// The id of the message that explains it in any language (`error-…`), when known.
    #[serde(default)]
    pub key: String,
    /// The values that message names.
    #[serde(default)]
    pub args: std::collections::BTreeMap<String, String>,
}

impl WireError {
    /// An error with a code and message and no field findings.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> WireError {
        WireError {
            code,
            message: message.into(),
            issues: Vec::new(),
            key: String::new(),
            args: Default::default(),
        }
    }
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The formats a contract can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// An OpenAPI 3.1 stub in JSON.
    Openapi,
    /// The information-contract document as PDF.
    Pdf,
    /// An Open Data Contract Standard (ODCS v3.1) document in YAML.
    Odcs,
}

impl ExportFormat {
    /// Every format, in the order the UI offers them.
    pub const ALL: [ExportFormat; 3] =
        [ExportFormat::Openapi, ExportFormat::Pdf, ExportFormat::Odcs];

    /// The file extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Openapi => "json",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Odcs => "yaml",
        }
    }

    /// The id of the message naming the kind of file (the OpenAPI stub's JSON form).
    pub fn file_type(self) -> &'static str {
        match self {
            ExportFormat::Openapi => "file-type-openapi-json",
            ExportFormat::Pdf => "file-type-contract-pdf",
            ExportFormat::Odcs => "file-type-odcs",
        }
    }
}

pub use crate::model::ApiProfile;

/// How an OpenAPI document is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Syntax {
    /// Pretty-printed JSON.
    #[default]
    Json,
    /// YAML.
    Yaml,
}

/// The formats a table (a catalog-wide report) can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TableFormat {
    /// A PDF/A document.
    Pdf,
    /// Comma-separated values with a header row.
    Csv,
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ExportTarget {
    /// A stored contract, in one of the contract formats.
    Contract {
        /// The contract.
        id: ContractId,
        /// The format.
        format: ExportFormat,
    },
    /// An integration's OpenAPI stub: one document for every contract governing it.
    Integration {
        /// The integration.
        id: crate::model::IntegrationId,
    },
    /// A data processing agreement as a PDF/A document (a DRAFT while items are missing).
    Agreement {
        /// The agreement.
        id: crate::model::AgreementId,
    },
    /// A catalog-wide report.
    Report {
        /// Which report.
        report: ReportKind,
        /// PDF or CSV.
        format: TableFormat,
    },
    /// The ownership and integration map.
    Map {
        /// What it shows.
        filter: map::MapFilter,
        /// SVG or PNG.
        format: map::MapFormat,
    },
    /// The changelog of a contract or an information set, as Markdown.
    Changelog {
        /// Whose.
        item: versions::Versioned,
    },
    /// The notice of a contract's latest change to one person, as text.
    Notice {
        /// The contract.
        contract: ContractId,
        /// The person told.
        person: i64,
    },
    /// The notices of a contract's latest change, one text file per person, into a folder.
    Notices {
        /// The contract.
        contract: ContractId,
    },
    /// Every contract as ODCS, one file each (`contract-<id>.odcs.yaml`), into a folder.
    AllContracts,
    /// An information set's schema as a JSON Schema (2020-12) document.
    InformationSet {
        /// The set.
        id: crate::model::InformationSetId,
    },
    /// An API profile as a Spectral ruleset, for provider teams to lint their APIs with.
    SpectralRuleset {
        /// The profile.
        profile: crate::model::ApiProfile,
    },
    /// The catalog's open APIs as a national data catalogue's description.
    OpenApis {
        /// DCAT-AP-NO or DCAT-AP-SE.
        profile: crate::model::DcatProfile,
        /// Turtle or JSON-LD.
        syntax: RdfSyntax,
    },
}

/// How an RDF description is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RdfSyntax {
    /// Turtle (`.ttl`).
    #[default]
    Turtle,
    /// JSON-LD (`.jsonld`).
    JsonLd,
}

/// An export: what, and for an OpenAPI document how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// What to export.
    pub target: ExportTarget,
    /// OpenAPI: the national API profile the stub follows (`None`: the contract's own; for
    /// an integration the one all its contracts name, else generic).
    #[serde(default)]
    pub profile: Option<ApiProfile>,
    /// OpenAPI: JSON or YAML.
    #[serde(default)]
    pub syntax: Syntax,
}

impl ExportRequest {
    /// A request for `target` with the defaults (the stub's own profile, JSON).
    pub fn of(target: ExportTarget) -> ExportRequest {
        ExportRequest {
            target,
            profile: None,
            syntax: Syntax::Json,
        }
    }
}

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ExportOutcome {
    /// The file was written to `path`.
    Written {
        /// Where the file is.
        path: String,
        /// What the user should be told about it (in their language), e.g. that an OpenAPI
        /// stub's server is a placeholder.
        #[serde(default)]
        warnings: Vec<String>,
    },
    /// The user closed the save dialog.
    Cancelled,
}

/// The open catalog, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogInfo {
    /// The path of the catalog file.
    pub path: String,
    /// Opened read-only (the file's permissions): changes are refused.
    pub read_only: bool,
    /// What the user should be told about the opening (an upgrade kept the old file, damaged
    /// preferences were set aside).
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// The colour theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the UI offers them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stable name (also the message id suffix, `theme-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The user's preferences, kept beside (not in) the catalogs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The UI's language; `None` follows the operating system's.
    pub language: Option<Lang>,
    /// The author recorded in the audit trail; empty means the OS user.
    pub author: String,
    /// The author's e-mail address, for the team catalogue's commits.
    #[serde(default)]
    pub email: String,
    /// The colour theme.
    pub theme: Theme,
    /// Recently opened catalogs, newest first.
    pub recent: Vec<String>,
}

impl Preferences {
    /// How many recent catalogs are remembered.
    pub const MAX_RECENT: usize = 8;

    /// Puts `path` first among the recent catalogs.
    pub fn remember(&mut self, path: &str) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(Self::MAX_RECENT);
    }
}

/// The content of any editable item, tagged with its kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "draft", rename_all = "snake_case")]
pub enum Draft {
    /// An information contract.
    Contract(ContractDraft),
    /// An organisation.
    Organisation(OrganisationDraft),
    /// A person.
    Person(PersonDraft),
    /// A system.
    System(SystemDraft),
    /// An information set.
    InformationSet(InformationSetDraft),
    /// An integration.
    Integration(IntegrationDraft),
    /// A data processing agreement.
    Agreement(AgreementDraft),
    /// A classification scheme.
    ClassificationScheme(ClassificationScheme),
    /// An integration request to the contact point.
    Request(RequestDraft),
    /// An access grant.
    AccessGrant(GrantDraft),
}

impl Draft {
    /// The kind of item.
    pub fn entity(&self) -> Entity {
        match self {
            Draft::Contract(_) => Entity::Contract,
            Draft::Organisation(_) => Entity::Organisation,
            Draft::Person(_) => Entity::Person,
            Draft::System(_) => Entity::System,
            Draft::InformationSet(_) => Entity::InformationSet,
            Draft::Integration(_) => Entity::Integration,
            Draft::Agreement(_) => Entity::Agreement,
            Draft::ClassificationScheme(_) => Entity::ClassificationScheme,
            Draft::Request(_) => Entity::Request,
            Draft::AccessGrant(_) => Entity::AccessGrant,
        }
    }

    /// An empty item of kind `entity` as a new one starts (`None` for kinds not edited this
    /// way).
    pub fn new_of(entity: Entity) -> Option<Draft> {
        Some(match entity {
            Entity::Contract => Draft::Contract(ContractDraft {
                version: "1.0.0".into(),
                fields: vec![crate::model::Field::default()],
                ..ContractDraft::default()
            }),
            Entity::Organisation => Draft::Organisation(OrganisationDraft::default()),
            Entity::Person => Draft::Person(PersonDraft::default()),
            Entity::System => Draft::System(SystemDraft::default()),
            Entity::InformationSet => Draft::InformationSet(InformationSetDraft {
                fields: vec![crate::model::SchemaField::default()],
                ..InformationSetDraft::default()
            }),
            Entity::Integration => Draft::Integration(IntegrationDraft::default()),
            Entity::Agreement => Draft::Agreement(AgreementDraft::default()),
            Entity::Request => Draft::Request(RequestDraft::default()),
            Entity::AccessGrant => Draft::AccessGrant(GrantDraft::default()),
            Entity::ClassificationScheme => Draft::ClassificationScheme(ClassificationScheme {
                key: String::new(),
                name: Labels::default(),
                source: String::new(),
                shipped_default: false,
                aspects: vec![Aspect {
                    key: "confidentiality".into(),
                    name: Labels::from_pairs(&[(Lang::En, "Confidentiality")]),
                }],
                levels: ["#2e7d32", "#f9a825", "#c62828"]
                    .iter()
                    .enumerate()
                    .map(|(ordinal, colour)| Level {
                        ordinal: ordinal as u8,
                        colour: (*colour).into(),
                        name: Labels::default(),
                        safeguards: None,
                    })
                    .collect(),
            }),
        })
    }

    /// Every problem in the draft, as the store would report it; `schemes` are the catalog's
    /// classification schemes (an information set's levels are checked against its own).
    pub fn issues(&self, schemes: &[ClassificationScheme]) -> Vec<Issue> {
        use crate::validate::*;
        match self {
            Draft::Contract(d) => contract_issues(d),
            Draft::Organisation(d) => organisation_issues(d),
            Draft::Person(d) => person_issues(d),
            Draft::System(d) => system_issues(d),
            Draft::InformationSet(d) => {
                let scheme = d
                    .scheme
                    .as_deref()
                    .and_then(|key| schemes.iter().find(|s| s.key == key));
                information_set_issues(d, scheme)
            }
            Draft::Integration(d) => integration_issues(d),
            Draft::Agreement(d) => agreement_issues(d),
            Draft::ClassificationScheme(d) => scheme_issues(d),
            Draft::Request(d) => request_issues(d),
            Draft::AccessGrant(d) => grant_issues(d),
        }
    }

    /// The problems that keep the draft from being saved: [`Draft::issues`] but the gaps a
    /// contract draft may keep ([`Issue::is_draft_gap`]; the backend refuses them on a contract
    /// in review).
    pub fn refusals(&self, schemes: &[ClassificationScheme]) -> Vec<Issue> {
        let mut issues = self.issues(schemes);
        if matches!(self, Draft::Contract(_)) {
            issues.retain(|issue| !issue.is_draft_gap());
        }
        issues
    }

    /// The item's name or title (empty for an access grant, which has none of its own: see
    /// [`Draft::display_title`]).
    pub fn title(&self) -> &str {
        match self {
            Draft::Contract(d) => &d.title,
            Draft::Organisation(d) => &d.name,
            Draft::Person(d) => &d.name,
            Draft::System(d) => &d.name,
            Draft::InformationSet(d) => &d.name,
            Draft::Integration(d) => &d.name,
            Draft::Agreement(d) => &d.title,
            Draft::ClassificationScheme(d) => d.name.get(Lang::En),
            Draft::Request(d) => &d.title,
            Draft::AccessGrant(_) => "",
        }
    }

    /// The item's title as a person reads it: its own, or for an access grant its
    /// integration and consumer by name ([`grant_title`]).
    pub fn display_title(&self, lookups: &Lookups) -> String {
        match self {
            Draft::AccessGrant(d) => {
                let name = |items: &[Named], id: i64| {
                    items
                        .iter()
                        .find(|n| n.id == id)
                        .map_or_else(|| format!("#{id}"), |n| n.name.clone())
                };
                let integration = d.integration.map(|i| name(&lookups.integrations, i.0));
                let consumer = d.consumer.map(|c| match c {
                    Consumer::System(s) => name(&lookups.systems, s.0),
                    Consumer::Organisation(o) => name(&lookups.organisations, o.0),
                });
                match (integration, consumer) {
                    (Some(integration), Some(consumer)) => grant_title(&integration, &consumer),
                    (Some(only), None) | (None, Some(only)) => only,
                    (None, None) => String::new(),
                }
            }
            other => other.title().to_owned(),
        }
    }
}

/// An access grant's title: the integration and who may use it, e.g. "Nattlig
/// elevsynkronisering → Elevportalen".
pub fn grant_title(integration: &str, consumer: &str) -> String {
    format!("{integration} → {consumer}")
}

/// A stored item: its id, its content, and what only the store sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The catalog's identifier (within its kind).
    pub id: i64,
    /// Its content.
    pub draft: Draft,
    /// A contract's workflow state.
    #[serde(default)]
    pub state: Option<ContractState>,
    /// The roles people hold on it.
    #[serde(default)]
    pub roles: Vec<RoleAssignment>,
    /// An access grant's standing today (review schedule, status).
    #[serde(default)]
    pub access: Option<AccessState>,
}

/// Saves an item: a new one when `id` is `None`, otherwise replaces the stored one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveItemRequest {
    /// The stored item to replace, if any.
    pub id: Option<i64>,
    /// The content to save.
    pub draft: Draft,
    /// The stored item's content as the edit started from it: the save is refused when the
    /// item changed since (another window, the command-line tool, a sync). `None` replaces
    /// whatever is stored ("save mine anyway", a new item).
    #[serde(default)]
    pub original: Option<Draft>,
}

/// One page of a list: which kind, filtered and sorted how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQuery {
    /// The kind of item listed.
    pub entity: Entity,
    /// Words every listed row contains (any case); empty lists everything.
    #[serde(default)]
    pub filter: String,
    /// The column sorted by (its index in [`ListPage::columns`]).
    #[serde(default)]
    pub sort: usize,
    /// Sort descending.
    #[serde(default)]
    pub descending: bool,
    /// The first row wanted (0-based).
    #[serde(default)]
    pub offset: usize,
    /// How many rows at most.
    pub limit: usize,
}

/// A cell of a list row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Cell {
    /// Text shown as it is.
    Text(String),
    /// The id of a message the UI translates (e.g. `status-approved`).
    Key(String),
    /// Catalog text in several languages; the UI shows the user's.
    Labels(Labels),
    /// Text shown as it is with a warning mark beside it (message id `flag`), its row
    /// highlighted (e.g. an overdue follow-up date).
    Flagged {
        /// The text.
        text: String,
        /// The id of the message the UI shows as the mark, e.g. `desk-overdue`.
        flag: String,
    },
}

impl Cell {
    /// Every text of the cell, for filtering and sorting (a label in each language).
    pub fn texts(&self) -> String {
        match self {
            Cell::Text(text) | Cell::Key(text) => text.clone(),
            Cell::Labels(labels) => labels.0.values().cloned().collect::<Vec<_>>().join(" "),
            Cell::Flagged { text, .. } => text.clone(),
        }
    }
}

/// One list row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The item's id.
    pub id: i64,
    /// Its cells, in column order.
    pub cells: Vec<Cell>,
}

/// A page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPage {
    /// The message ids of the column headings.
    pub columns: Vec<String>,
    /// How many rows pass the filter in all.
    pub total: usize,
    /// The position of the first row of `rows`.
    pub offset: usize,
    /// The rows.
    pub rows: Vec<Row>,
}

/// An item's id and name, for pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// The id.
    pub id: i64,
    /// The name.
    pub name: String,
}

/// What the editors' pickers choose from (everything but contracts, which can be many).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lookups {
    /// Systems by name.
    pub systems: Vec<Named>,
    /// People by name.
    pub people: Vec<Named>,
    /// Organisations by name.
    pub organisations: Vec<Named>,
    /// Units, with their organisation.
    pub units: Vec<Unit>,
    /// Information sets, whole (the contract editor picks fields from them).
    pub information_sets: Vec<InformationSet>,
    /// Integrations by name.
    pub integrations: Vec<Named>,
    /// The classification schemes.
    pub schemes: Vec<ClassificationScheme>,
    /// The API profile of contracts that name none.
    #[serde(default)]
    pub default_api_profile: ApiProfile,
    /// The ODCS version contracts are exported in.
    #[serde(default)]
    pub odcs_version: crate::model::OdcsVersion,
}

/// A contract an access grant can be made under: one governing the integration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractChoice {
    /// The contract's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its version.
    pub version: String,
    /// Where it is in the workflow (only an approved one allows access).
    pub status: crate::model::ContractStatus,
}

/// One change in the audit trail, with the item it changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// The kind of item.
    pub entity: Entity,
    /// The item's id.
    pub id: i64,
    /// The change.
    pub event: AuditEvent,
}

impl AuditEntry {
    /// The item's title or name as the change left it (as it was, for a deletion).
    pub fn title(&self) -> String {
        let state = self.event.after.as_ref().or(self.event.before.as_ref());
        // A name is text, or (a scheme's) labels by language.
        let text = |value: &serde_json::Value| match value {
            serde_json::Value::String(text) => Some(text.clone()),
            serde_json::Value::Object(labels) => labels
                .get("en")
                .or_else(|| labels.values().next())
                .and_then(|v| v.as_str())
                .map(str::to_owned),
            _ => None,
        };
        state
            .and_then(|s| s.get("title").or_else(|| s.get("name")))
            .and_then(text)
            .unwrap_or_else(|| format!("#{}", self.id))
    }
}

/// The findings of one rule: how many, and the first few.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleFindings {
    /// The rule.
    pub rule: crate::model::Rule,
    /// How many items break it.
    pub total: usize,
    /// The first of them, in catalog order.
    pub first: Vec<crate::model::Finding>,
}

/// What an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportFormat {
    /// ODCS v3 documents, each a contract.
    Odcs,
    /// An OpenAPI 3.0/3.1 document, the interface of a system.
    Openapi,
    /// JSON Schema documents, information sets (of a system, if one is chosen).
    Jsonschema,
    /// SQL DDL files, a set per table (of a system, if one is chosen).
    Sql,
    /// XML Schemas or SOAP services' WSDL files, a set per message type (of a system, if one
    /// is chosen).
    Xsd,
}

/// An import the user asked for (or wants to preview).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRequest {
    /// What the files are.
    pub format: ImportFormat,
    /// The files, as chosen.
    pub files: Vec<String>,
    /// The system whose interface the files describe (required for OpenAPI; JSON Schema and
    /// SQL may have none).
    #[serde(default)]
    pub system: Option<i64>,
    /// SQL: the dialect's name (`postgres`, `mssql`, `mysql`, `oracle`, `generic`, the default).
    #[serde(default)]
    pub dialect: Option<String>,
}

/// What an import did, or would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    /// Items it creates, by name.
    pub created: Vec<String>,
    /// Items it updates, by name.
    pub updated: Vec<String>,
    /// Items it leaves as they are, by name.
    pub unchanged: Vec<String>,
    /// What else is worth knowing (renamed fields, simplified schemas, parts kept).
    pub notes: Vec<Note>,
}

/// Something worth telling the user, as the id of the message that says it in any language
/// and the values it names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The message id.
    pub key: String,
    /// The values the message names.
    #[serde(default)]
    pub args: std::collections::BTreeMap<String, String>,
}

impl Note {
    /// Message `key` naming `args`.
    pub fn new(key: &str, args: &[(&str, String)]) -> Note {
        Note {
            key: key.to_owned(),
            args: args
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect(),
        }
    }
}

/// An existing interface that could serve a new integration instead (Örebro: reuse first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReuseCandidate {
    /// An integration reusable through the platform, or a system's documented API.
    pub kind: CandidateKind,
    /// The integration's id, or the system's.
    pub id: i64,
    /// The integration's name, or "system: API".
    pub name: String,
    /// The information sets it already provides of those asked for, by name.
    pub provides: Vec<String>,
}

/// What kind of existing interface a [`ReuseCandidate`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CandidateKind {
    /// An integration marked reusable through the central platform.
    Integration,
    /// A system's API whose description documents the information set.
    Interface,
}

/// The catalog-wide reports (`datapakt report …`, the app's Reports page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// Safeguards integrations lack though their classification or personal data require them.
    Gaps,
    /// Integrations built where an existing interface could serve, and their justification.
    Reuse,
    /// Örebro's four effect goals: figures, trend and what misses them.
    EffectGoals,
    /// Every integration's IntArk-compatibility checklist.
    Intark,
    /// The contact point's open integration requests, overdue follow-ups first.
    Requests,
    /// The access register: every grant, its review date and where it stands.
    Access,
}

impl ReportKind {
    /// Every report, in menu order.
    pub const ALL: [ReportKind; 6] = [
        ReportKind::Gaps,
        ReportKind::Access,
        ReportKind::Reuse,
        ReportKind::Requests,
        ReportKind::EffectGoals,
        ReportKind::Intark,
    ];

    /// The stable name (CLI argument, message ids `report-<name>-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::Gaps => "gaps",
            ReportKind::Reuse => "reuse",
            ReportKind::EffectGoals => "effect-goals",
            ReportKind::Intark => "intark",
            ReportKind::Requests => "requests",
            ReportKind::Access => "access",
        }
    }
}

/// A report as a table: what the CLI prints (text, CSV, JSON, PDF) and the app shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Which report.
    pub kind: ReportKind,
    /// Its title, translated.
    pub title: String,
    /// Figures about the whole report (label, value), translated; may be empty.
    pub facts: Vec<(String, String)>,
    /// The columns.
    pub columns: Vec<ReportColumn>,
    /// The rows.
    pub rows: Vec<ReportRow>,
    /// What to say when there are no rows, translated.
    pub empty: String,
}

/// A report's column: a stable id (JSON key, CSV header) and its heading, translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportColumn {
    /// The stable id.
    pub id: String,
    /// The heading in the report's language.
    pub header: String,
}

/// A report's row: the item it is about (for click-through) and a cell per column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportRow {
    /// The item the row is about, when there is one.
    pub item: Option<(Entity, i64)>,
    /// The cells, in column order.
    pub cells: Vec<ReportCell>,
}

/// A report cell: the machine value (JSON) and the text a person reads (translated).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportCell {
    /// The value as JSON: numbers, codes, booleans, arrays.
    pub value: serde_json::Value,
    /// The text shown in the app, in CSV, text and PDF.
    pub text: String,
}

impl ReportCell {
    /// A cell whose value is its text.
    pub fn text(text: impl Into<String>) -> ReportCell {
        let text = text.into();
        ReportCell {
            value: serde_json::Value::String(text.clone()),
            text,
        }
    }

    /// A cell with a machine value and a display text.
    pub fn coded(value: impl Into<serde_json::Value>, text: impl Into<String>) -> ReportCell {
        ReportCell {
            value: value.into(),
            text: text.into(),
        }
    }
}

/// Örebro's four effect goals (Integrations- och API-strategi 2025–2028, "Effektmål").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    /// At least 50 % of new integrations reusable through a central API platform, by 2026.
    ReusableIntegrations,
    /// At least 10 open APIs published, by 2028.
    OpenApis,
    /// 100 % of APIs with an established classification and adequate security, by 2028.
    SecuredApis,
    /// At least 60 % of incoming e-service cases handled without manual steps, by 2028.
    AutomatedCases,
}

impl Goal {
    /// The four goals, in the strategy's order of listing here.
    pub const ALL: [Goal; 4] = [
        Goal::ReusableIntegrations,
        Goal::OpenApis,
        Goal::SecuredApis,
        Goal::AutomatedCases,
    ];

    /// The stable name (message ids `goal-<name>-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Goal::ReusableIntegrations => "reusable-integrations",
            Goal::OpenApis => "open-apis",
            Goal::SecuredApis => "secured-apis",
            Goal::AutomatedCases => "automated-cases",
        }
    }
}

/// What a goal must reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalTarget {
    /// At least this share, in percent.
    Percent(u8),
    /// At least this many.
    Count(usize),
}

/// A goal's figures now, the items that miss it and its half-yearly trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalStatus {
    /// Which goal.
    pub goal: Goal,
    /// What it must reach.
    pub target: GoalTarget,
    /// The last day by which it is to be met (`YYYY-MM-DD`).
    pub deadline: String,
    /// How many count towards it.
    pub numerator: usize,
    /// Out of how many (`None` for a count goal).
    pub denominator: Option<usize>,
    /// Whether the target is met now.
    pub met: bool,
    /// The items that miss it (kind, id, name, why: a message id).
    pub misses: Vec<(Entity, i64, String, String)>,
    /// The figures at each half-year's end since the strategy began (`YYYY-MM-DD`,
    /// numerator, denominator), oldest first; empty where the catalog keeps no history.
    pub trend: Vec<(String, usize, Option<usize>)>,
}

impl GoalStatus {
    /// The share in percent, or the count for a count goal; `None` when nothing is counted.
    pub fn value(&self) -> Option<f64> {
        match self.denominator {
            None => Some(self.numerator as f64),
            Some(0) => None,
            Some(d) => Some(self.numerator as f64 * 100.0 / d as f64),
        }
    }
}

/// A goal's figure: "55 %" for a share (rounded down to whole percent), the count for a count
/// goal (no denominator), "–" when nothing is counted.
pub fn figure(numerator: usize, denominator: Option<usize>) -> String {
    match denominator {
        None => numerator.to_string(),
        Some(0) => "–".to_owned(),
        Some(d) => format!("{} %", numerator * 100 / d),
    }
}

/// One item of an integration's IntArk checklist, as the catalog decides it or as confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntarkCheck {
    /// The item.
    pub item: crate::model::IntarkItem,
    /// `Some(true)` met, `Some(false)` not met, `None` when it does not apply.
    pub met: Option<bool>,
}
