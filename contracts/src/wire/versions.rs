//! Versions on the wire: a changelog, the comparison of two versions, and
//! the impact of a change with the notices for those it affects.

use serde::{Deserialize, Serialize};

use crate::model::{ContractId, Entity, InformationSetId, Lang, Role};
pub use crate::versions::{Assessment, Bump};

/// What has versions: a contract (released on approval) or an information set (a version
/// per saved change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Versioned {
    /// A contract.
    Contract(ContractId),
    /// An information set.
    InformationSet(InformationSetId),
}

impl Versioned {
    /// The item's kind and id.
    pub fn entity(self) -> (Entity, i64) {
        match self {
            Versioned::Contract(id) => (Entity::Contract, id.0),
            Versioned::InformationSet(id) => (Entity::InformationSet, id.0),
        }
    }
}

/// One version in a contract's changelog (or the unreleased changes of its draft).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangelogEntry {
    /// Its number (for unreleased changes: the version the draft carries).
    pub version: String,
    /// When it was released, RFC 3339 UTC; `None`: not released yet.
    pub released_at: Option<String>,
    /// Who released it.
    pub released_by: Option<String>,
    /// The file it was read from (a changelog of two ODCS files); `None` in a catalog's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// What changed since the version before (the first release: nothing listed).
    pub assessment: Assessment,
}

impl ChangelogEntry {
    /// The message id of what to say when it lists no changes: the oldest release is the
    /// first; a later one changed nothing; unreleased, nothing (its date line says so).
    pub fn empty_note(&self, oldest: bool) -> Option<&'static str> {
        match (&self.released_at, oldest) {
            (None, _) => None,
            (Some(_), true) => Some("version-first-release"),
            (Some(_), false) => Some("version-no-changes"),
        }
    }
}

/// The versions of a contract or an information set, newest first, a contract's unreleased
/// changes at the top.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changelog {
    /// The contract or information set.
    pub item: Versioned,
    /// Its title or name.
    pub title: String,
    /// The versions.
    pub entries: Vec<ChangelogEntry>,
}

/// Two ODCS files compared as versions of one contract (`datapakt breaking|diff --old
/// --new`): what changed, whether it breaks consumers, and the version the changes call for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilesCompared {
    /// The contract's title in the newer file.
    pub title: String,
    /// The older file and the version it holds.
    pub old: FileVersion,
    /// The newer file and the version it holds.
    pub new: FileVersion,
    /// Whether any change breaks consumers.
    pub breaking: bool,
    /// The changes, judged.
    pub assessment: Assessment,
}

/// A file and the contract version it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileVersion {
    /// The file, as given.
    pub file: String,
    /// The contract's version in it.
    pub version: String,
}

/// The changelog of two ODCS files (`datapakt changelog --old --new`): the newer first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilesChangelog {
    /// The contract's title in the newer file.
    pub title: String,
    /// The two versions, newest first.
    pub entries: Vec<ChangelogEntry>,
}

impl From<&FilesCompared> for FilesChangelog {
    fn from(compared: &FilesCompared) -> FilesChangelog {
        let entry = |at: &FileVersion, assessment: Assessment| ChangelogEntry {
            version: at.version.clone(),
            released_at: None,
            released_by: None,
            file: Some(at.file.clone()),
            assessment,
        };
        FilesChangelog {
            title: compared.title.clone(),
            entries: vec![
                entry(&compared.new, compared.assessment.clone()),
                entry(&compared.old, crate::versions::judge(Vec::new(), None)),
            ],
        }
    }
}

/// Two versions of a contract or an information set compared: what changed and the version
/// the changes call for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionDiff {
    /// The contract or information set.
    pub item: Versioned,
    /// The older version (`current` for the working copy).
    pub from: String,
    /// The newer one.
    pub to: String,
    /// The changes, judged.
    pub assessment: Assessment,
}

/// The editor's live preview: what changed since the last release, and the version that
/// calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionPreview {
    /// The last released version, if any.
    pub released: Option<String>,
    /// The changes since, judged; its `proposed` the version they call for.
    pub assessment: Assessment,
}

/// An item a change affects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Affected {
    /// Its kind.
    pub entity: Entity,
    /// Its id.
    pub id: i64,
    /// Its name or title.
    pub name: String,
    /// Why it is affected (a message id: `impact-why-…`).
    pub why: String,
}

/// Someone to tell of a change, with why and in which language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    /// The person's id.
    pub person: i64,
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
    /// The language of their organisation's country (English when unknown).
    pub lang: Lang,
    /// The roles that make them a recipient: the role, and the item it is held on.
    pub roles: Vec<(Role, Entity, i64, String)>,
    /// The notice to send them, in their language.
    pub notice: Notice,
}

/// A notice of a change, ready to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The subject line.
    pub subject: String,
    /// The text: what changes, from when, and what the recipient must do.
    pub body: String,
}

/// Who and what a change to a contract affects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Impact {
    /// The contract's id.
    pub contract: i64,
    /// Its title.
    pub title: String,
    /// The version the change starts from (`None`: nothing released before).
    pub from: Option<String>,
    /// The version it brings.
    pub to: String,
    /// Whether that version is released already (else it awaits approval).
    pub released: bool,
    /// The day it takes effect (`YYYY-MM-DD`), when known.
    pub effective: Option<String>,
    /// What changes.
    pub assessment: Assessment,
    /// The integrations it governs.
    pub integrations: Vec<Affected>,
    /// The systems consuming them.
    pub consumers: Vec<Affected>,
    /// Contracts to approve again: this one while its change awaits approval, and approved
    /// contracts governing an information set that changed.
    pub contracts: Vec<Affected>,
    /// Access grants in use under it, to review when the change breaks consumers.
    pub grants: Vec<Affected>,
    /// The people to tell: owners and contacts of those items, each with their notice.
    pub recipients: Vec<Recipient>,
}
