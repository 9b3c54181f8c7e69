//! The team catalogue's repository: the whole catalog as a folder of plain-text files that
//! git shares, and the merge of two catalogs that met there.
//!
//! A catalog is a [`Snapshot`]: one entry per item (and per release, per set version, and the
//! catalog's settings), keyed by its kind and its global identity (`uid`), each a JSON object
//! whose references to other items are their uids ([`refs`]), so that catalogs whose row ids
//! differ still mean the same. [`files`] writes a snapshot as files and reads it back:
//! contracts as ODCS v3, every other kind as YAML, one file per entry, deterministic bytes.
//! [`merge`] merges two snapshots with their common base, per entry and per field.
//!
//! *Pure: no git, no catalog here; the use cases (`app::team`) build snapshots from the
//! catalog and apply them, the engine (`crate::git`) moves files.*

pub mod files;
pub mod merge;
mod odcs_view;
pub mod refs;
pub mod schemas;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::Entity;

/// The repository format this build writes, and the newest it reads.
pub const FORMAT: u32 = 1;

/// A kind of entry, in the order a merged catalog is applied (what an entry refers to comes
/// before it) and its files are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// The catalog's settings (one entry, `catalog`).
    Settings,
    /// An organisation.
    Organisation,
    /// A unit of an organisation.
    Unit,
    /// A person.
    Person,
    /// A classification scheme.
    ClassificationScheme,
    /// A system.
    System,
    /// An information set.
    InformationSet,
    /// An integration.
    Integration,
    /// An information contract.
    Contract,
    /// A data processing agreement.
    Agreement,
    /// A request to the contact point.
    Request,
    /// An access grant.
    AccessGrant,
    /// A released version of a contract (history: added, never changed).
    Release,
    /// A saved version of an information set (history: added, never changed).
    SetVersion,
}

impl Part {
    /// Every kind of entry, in [`Part`]'s order.
    pub const ALL: [Part; 14] = [
        Part::Settings,
        Part::Organisation,
        Part::Unit,
        Part::Person,
        Part::ClassificationScheme,
        Part::System,
        Part::InformationSet,
        Part::Integration,
        Part::Contract,
        Part::Agreement,
        Part::Request,
        Part::AccessGrant,
        Part::Release,
        Part::SetVersion,
    ];

    /// Its stable name (`KIND` in `KIND:ID`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Settings => "settings",
            Part::Organisation => "organisation",
            Part::Unit => "unit",
            Part::Person => "person",
            Part::ClassificationScheme => "classification-scheme",
            Part::System => "system",
            Part::InformationSet => "information-set",
            Part::Integration => "integration",
            Part::Contract => "contract",
            Part::Agreement => "agreement",
            Part::Request => "request",
            Part::AccessGrant => "access-grant",
            Part::Release => "release",
            Part::SetVersion => "set-version",
        }
    }

    /// The kind named `name` (its [`Part::as_str`], or its catalog entity's name).
    pub fn parse(name: &str) -> Option<Part> {
        Part::ALL
            .into_iter()
            .find(|p| p.as_str() == name || p.entity().is_some_and(|e| e.as_str() == name))
    }

    /// The folder its files live in (settings: the top level).
    pub fn folder(self) -> &'static str {
        match self {
            Part::Settings => "",
            Part::Organisation => "organisations",
            Part::Unit => "units",
            Part::Person => "people",
            Part::ClassificationScheme => "classification-schemes",
            Part::System => "systems",
            Part::InformationSet => "information-sets",
            Part::Integration => "integrations",
            Part::Contract => "contracts",
            Part::Agreement => "agreements",
            Part::Request => "requests",
            Part::AccessGrant => "access-grants",
            Part::Release => "releases",
            Part::SetVersion => "set-versions",
        }
    }

    /// The catalog's kind of item it is, for the kinds the catalog edits as items.
    pub fn entity(self) -> Option<Entity> {
        Some(match self {
            Part::Organisation => Entity::Organisation,
            Part::Person => Entity::Person,
            Part::ClassificationScheme => Entity::ClassificationScheme,
            Part::System => Entity::System,
            Part::InformationSet => Entity::InformationSet,
            Part::Integration => Entity::Integration,
            Part::Contract => Entity::Contract,
            Part::Agreement => Entity::Agreement,
            Part::Request => Entity::Request,
            Part::AccessGrant => Entity::AccessGrant,
            Part::Settings | Part::Unit | Part::Release | Part::SetVersion => return None,
        })
    }

    /// The entry kind of the catalog's item kind `entity`.
    pub fn of(entity: Entity) -> Part {
        Part::ALL
            .into_iter()
            .find(|p| p.entity() == Some(entity))
            .expect("every entity is a part")
    }

    /// Whether its entries are history: added on either side, never changed or removed.
    pub fn is_history(self) -> bool {
        matches!(self, Part::Release | Part::SetVersion)
    }
}

/// An entry's identity: its kind and its uid (a release: its contract's uid and its version,
/// `UID/VERSION`; the settings: `catalog`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Key {
    /// Its kind.
    pub part: Part,
    /// Its global identity.
    pub uid: String,
}

impl Key {
    /// The key of entry `uid` of kind `part`.
    pub fn new(part: Part, uid: impl Into<String>) -> Key {
        Key {
            part,
            uid: uid.into(),
        }
    }

    /// The key of a history entry: `uid`'s version `version`.
    pub fn history(part: Part, uid: &str, version: &str) -> Key {
        Key::new(part, format!("{uid}/{version}"))
    }

    /// The settings' key.
    pub fn settings() -> Key {
        Key::new(Part::Settings, "catalog")
    }

    /// The item whose history entry this is (a release's contract), if it is one.
    pub fn owner(&self) -> Option<Key> {
        let part = match self.part {
            Part::Release => Part::Contract,
            Part::SetVersion => Part::InformationSet,
            _ => return None,
        };
        let (uid, _) = self.uid.rsplit_once('/')?;
        Some(Key::new(part, uid))
    }
}

/// The entries an operation covers: all, or those of some items (an item's history with it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every entry.
    All,
    /// The entries of these items.
    Items(BTreeSet<Key>),
}

impl Scope {
    /// Whether entry `key` is covered.
    pub fn covers(&self, key: &Key) -> bool {
        match self {
            Scope::All => true,
            Scope::Items(keys) => {
                keys.contains(key) || key.owner().is_some_and(|owner| keys.contains(&owner))
            }
        }
    }

    /// Whether repository file `path` is covered: an entry's file that is, or with
    /// [`Scope::All`] every file Datapakt writes.
    pub fn covers_path(&self, path: &str) -> bool {
        match self {
            Scope::All => files::is_ours(path),
            Scope::Items(_) => files::key_of_path(path).is_some_and(|key| self.covers(&key)),
        }
    }

    /// Which repository paths a walk of a tree looks at: the files [`Scope::covers_path`]
    /// covers, and the folders (paths ending in `/`) that lead to them.
    pub fn paths(&self) -> impl Fn(&str) -> bool + '_ {
        let folders: Option<BTreeSet<String>> = match self {
            Scope::All => None,
            Scope::Items(keys) => Some(keys.iter().flat_map(files::folders_of).collect()),
        };
        move |path: &str| match (path.strip_suffix('/'), &folders) {
            (None, _) => self.covers_path(path),
            (Some(_), None) => files::is_ours(path),
            (Some(folder), Some(folders)) => {
                let below = format!("{folder}/");
                folders.contains(folder)
                    || folders
                        .range(below.clone()..)
                        .next()
                        .is_some_and(|f| f.starts_with(&below))
            }
        }
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.part.as_str(), self.uid)
    }
}

/// A whole catalog as the repository holds it: every entry, a JSON object.
pub type Snapshot = BTreeMap<Key, Value>;

/// Whether `field` of entries of kind `part` is a set: its order means nothing (the
/// catalog keeps it by row id, which differs between catalogs), and each side's additions
/// and removals merge without a conflict.
pub fn is_set(part: Part, field: &str) -> bool {
    use Part::*;
    field == "roles"
        || matches!(
            (part, field),
            (
                Integration,
                "consumers" | "information_sets" | "safeguards" | "intark_confirmed"
            ) | (Contract, "information_sets" | "integrations")
                | (Agreement, "contracts")
                | (Request, "information_sets" | "outcomes")
        )
}

/// `value`, an entry of kind `part`, in its one form: its sets in one order (by their text),
/// so the same catalog gives the same entry whatever its row ids, and no field that is
/// `null` (an absent value is absent).
pub fn canonical(part: Part, value: &mut Value) {
    let Value::Object(fields) = value else { return };
    fields.retain(|_, field| !field.is_null());
    for (name, field) in fields.iter_mut() {
        if let (true, Value::Array(items)) = (is_set(part, name), field) {
            items.sort_by_cached_key(|item| item.to_string());
        }
    }
}

/// The entries that differ between `before` and `after` (added, changed or removed).
pub fn changed_keys<'a>(before: &'a Snapshot, after: &'a Snapshot) -> Vec<&'a Key> {
    let mut keys: Vec<&Key> = after
        .iter()
        .filter(|(key, value)| before.get(*key) != Some(*value))
        .map(|(key, _)| key)
        .chain(before.keys().filter(|key| !after.contains_key(*key)))
        .collect();
    keys.sort();
    keys
}

#[cfg(test)]
mod tests;
