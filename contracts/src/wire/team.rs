//! The team catalogue as the UI and the CLI see it: where the catalog stands against its
//! remote, what a sync did, and the conflicts waiting for a choice.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Note;
use crate::model::Finding;

/// Where a catalog stands against its team's remote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamStatus {
    /// The remote, when the catalog is shared.
    pub remote: Option<String>,
    /// Items changed here since the last sync.
    pub local: usize,
    /// Items the last fetch found changed on the remote, not yet merged here.
    pub incoming: usize,
    /// When the catalog last synced, RFC 3339 UTC.
    pub last_sync: Option<String>,
    /// Conflicts waiting for a choice (nothing is pushed while one waits).
    pub conflicts: Vec<SyncConflict>,
}

/// One field changed differently here and on the remote (or an item deleted on one side and
/// changed on the other: `field` is then `None`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncConflict {
    /// The item, `KIND:ID` (the catalog's id when the item is here, else its uid).
    pub item: String,
    /// Its title or name, to recognise it by.
    pub title: String,
    /// The field, or `None` for the whole item.
    pub field: Option<String>,
    /// The value both sides started from (`None`: absent).
    pub base: Option<Value>,
    /// The value here (`None`: deleted); kept until the user chooses.
    pub mine: Option<Value>,
    /// The remote's value (`None`: deleted).
    pub theirs: Option<Value>,
}

/// How a sync ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncOutcome {
    /// The catalog and the remote hold the same.
    InSync,
    /// Conflicts wait for a choice; nothing was pushed.
    Conflicts,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncReport {
    /// How it ended.
    pub outcome: SyncOutcome,
    /// Items of this catalog's changes the remote received.
    pub sent: usize,
    /// Items changed here by what came from the remote.
    pub received: usize,
    /// The conflicts waiting.
    pub conflicts: Vec<SyncConflict>,
    /// Rules the merged catalog breaks that it did not break before.
    pub findings: Vec<Finding>,
    /// What else the merge did that the user should know (history made on both sides,
    /// references to items the other side deleted).
    pub notes: Vec<Note>,
}

/// Which side's value resolves a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Take {
    /// This catalog's value.
    Mine,
    /// The remote's value.
    Theirs,
}
