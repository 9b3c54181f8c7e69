//! The three-way merge of two catalogs with their common base, per entry and per field.
//!
//! - An entry changed on one side only takes that side's value; changed the same way on both,
//!   that value.
//! - An entry changed on both sides merges field by field (its top-level fields): a field
//!   changed on one side takes that side's value; a set of references (consumers, roles, …)
//!   takes what each side added and removed; the same field changed differently on both
//!   sides is a [`Conflict`], and the merge keeps *mine* until the user chooses.
//! - Deleted on one side and changed on the other is a conflict of the whole entry (mine is
//!   kept: deleted, or as I changed it).
//! - History (releases, set versions) is only ever added: both sides' entries are kept; the
//!   same version made differently on both sides keeps theirs (it was published first) and is
//!   reported as a [`Clash`], never dropped silently.
//! - The same thing made on both sides offline — a system of the same name, a classification
//!   scheme of the same key, an organisation of the same number, a unit of the same name in
//!   the same organisation — becomes one: theirs is kept, references to mine move to it, and
//!   the merge says so ([`Unified`]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::refs::rewrite;
use super::{is_set, Key, Part, Snapshot};
pub use crate::wire::team::Take;

/// A field changed differently on both sides, or an entry deleted on one side and changed on
/// the other (`field` is then `None`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The entry.
    pub key: Key,
    /// Its field (a top-level key), or `None` for the whole entry.
    pub field: Option<String>,
    /// The value both sides started from (`None`: absent).
    pub base: Option<Value>,
    /// This catalog's value (`None`: deleted).
    pub mine: Option<Value>,
    /// The other side's value (`None`: deleted).
    pub theirs: Option<Value>,
}

/// A version of history made differently on both sides: theirs is kept, mine reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clash {
    /// The version's entry.
    pub key: Key,
    /// What this side had made of it.
    pub mine: Value,
}

/// Two entries that were the same thing, made on both sides: `gone` became `kept`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unified {
    /// The entry that was folded in (this side's).
    pub gone: Key,
    /// The entry kept.
    pub kept: Key,
}

/// What merging makes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merged {
    /// The merged catalog (mine where a conflict waits).
    pub snapshot: Snapshot,
    /// What the user must choose.
    pub conflicts: Vec<Conflict>,
    /// History made on both sides.
    pub clashes: Vec<Clash>,
    /// The same thing made on both sides, now one.
    pub unified: Vec<Unified>,
}

/// Merges `mine` and `theirs`, which both started from `base`.
pub fn three_way(base: &Snapshot, mine: &Snapshot, theirs: &Snapshot) -> Merged {
    let mut merged = Merged::default();
    let keys: std::collections::BTreeSet<&Key> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .collect();
    for key in keys {
        let (b, m, t) = (base.get(key), mine.get(key), theirs.get(key));
        let value = if m == t || t == b {
            m.cloned()
        } else if m == b {
            t.cloned()
        } else {
            entry(&mut merged, key, b, m, t)
        };
        if let Some(value) = value {
            merged.snapshot.insert(key.clone(), value);
        }
    }
    for part in [
        Part::Organisation,
        Part::Unit,
        Part::ClassificationScheme,
        Part::System,
    ] {
        unify(&mut merged, part, theirs);
    }
    merged
}

/// What makes an entry of kind `part` the same thing as another (the catalog allows one of
/// each), if its kind has that.
fn natural_key(part: Part, value: &Value) -> Option<String> {
    let text = |field: &str| value.get(field).and_then(Value::as_str).unwrap_or_default();
    let key = match part {
        Part::System => text("name").to_owned(),
        Part::ClassificationScheme => text("key").to_owned(),
        Part::Organisation if !text("org_number").is_empty() => {
            format!("{}/{}", text("country"), text("org_number"))
        }
        Part::Unit => format!("{}/{}", text("organisation"), text("name")),
        _ => return None,
    };
    (!key.is_empty()).then_some(key)
}

/// Folds entries of kind `part` that are the same thing into one, keeping theirs (else the
/// first by uid), and moves every reference to the one kept.
fn unify(merged: &mut Merged, part: Part, theirs: &Snapshot) {
    let mut by_key: BTreeMap<String, Vec<Key>> = BTreeMap::new();
    for (key, value) in merged.snapshot.range(Key::new(part, "")..) {
        if key.part != part {
            break;
        }
        if let Some(natural) = natural_key(part, value) {
            by_key.entry(natural).or_default().push(key.clone());
        }
    }
    for mut same in by_key.into_values().filter(|same| same.len() > 1) {
        same.sort_by_key(|key| (!theirs.contains_key(key), key.uid.clone()));
        let kept = same.remove(0);
        for gone in same {
            merged.snapshot.remove(&gone);
            let (from, to) = (
                Value::String(gone.uid.clone()),
                Value::String(kept.uid.clone()),
            );
            for (key, value) in merged.snapshot.iter_mut() {
                rewrite(key.part, value, &mut |target, reference| {
                    Some(if target == part && *reference == from {
                        to.clone()
                    } else {
                        reference.clone()
                    })
                });
            }
            merged.unified.push(Unified {
                gone,
                kept: kept.clone(),
            });
        }
    }
}

/// Entry `key`, changed differently on both sides.
fn entry(
    merged: &mut Merged,
    key: &Key,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<Value> {
    match (mine, theirs) {
        (Some(mine), Some(theirs)) if key.part.is_history() => {
            merged.clashes.push(Clash {
                key: key.clone(),
                mine: mine.clone(),
            });
            Some(theirs.clone())
        }
        (Some(Value::Object(m)), Some(Value::Object(t))) => {
            let empty = Map::new();
            let b = match base {
                Some(Value::Object(b)) => b,
                _ => &empty,
            };
            Some(Value::Object(fields(merged, key, b, m, t)))
        }
        _ => {
            merged.conflicts.push(Conflict {
                key: key.clone(),
                field: None,
                base: base.cloned(),
                mine: mine.cloned(),
                theirs: theirs.cloned(),
            });
            mine.cloned()
        }
    }
}

/// The fields of entry `key`, changed on both sides.
fn fields(
    merged: &mut Merged,
    key: &Key,
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> Map<String, Value> {
    let names: Vec<&String> = {
        let mut names: Vec<&String> = mine.keys().collect();
        names.extend(theirs.keys().filter(|k| !mine.contains_key(*k)));
        names.extend(
            base.keys()
                .filter(|k| !mine.contains_key(*k) && !theirs.contains_key(*k)),
        );
        names
    };
    let mut out = Map::new();
    for name in names {
        let (b, m, t) = (base.get(name), mine.get(name), theirs.get(name));
        let value = if m == t || t == b {
            m.cloned()
        } else if m == b {
            t.cloned()
        } else if let (true, Some(m), Some(t)) = (is_set(key.part, name), m, t) {
            Some(set(b, m, t))
        } else {
            merged.conflicts.push(Conflict {
                key: key.clone(),
                field: Some(name.clone()),
                base: b.cloned(),
                mine: m.cloned(),
                theirs: t.cloned(),
            });
            m.cloned()
        };
        if let Some(value) = value {
            out.insert(name.clone(), value);
        }
    }
    out
}

/// A set changed on both sides: what is in mine, less what theirs removed, plus what theirs
/// added, in mine's order then theirs'.
fn set(base: Option<&Value>, mine: &Value, theirs: &Value) -> Value {
    let items = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (base, mine, theirs) = (items(base), items(Some(mine)), items(Some(theirs)));
    let mut out: Vec<Value> = mine
        .into_iter()
        .filter(|item| !base.contains(item) || theirs.contains(item))
        .collect();
    for item in theirs {
        if !base.contains(&item) && !out.contains(&item) {
            out.push(item);
        }
    }
    Value::Array(out)
}

/// `snapshot` with `conflict` resolved by taking `take`'s value.
pub fn resolve(snapshot: &mut Snapshot, conflict: &Conflict, take: Take) {
    let chosen = match take {
        Take::Mine => &conflict.mine,
        Take::Theirs => &conflict.theirs,
    };
    match (&conflict.field, chosen) {
        (None, Some(value)) => {
            snapshot.insert(conflict.key.clone(), value.clone());
        }
        (None, None) => {
            snapshot.remove(&conflict.key);
        }
        (Some(field), chosen) => {
            if let Some(Value::Object(entry)) = snapshot.get_mut(&conflict.key) {
                match chosen {
                    Some(value) => entry.insert(field.clone(), value.clone()),
                    None => entry.remove(field),
                };
            }
        }
    }
}
