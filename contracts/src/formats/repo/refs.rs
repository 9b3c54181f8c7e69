//! Where each kind of entry refers to other items: in the catalog by row id, in the
//! repository by uid. [`rewrite`] swaps one for the other along these paths, so the same
//! table serves writing a snapshot and applying one.

use serde_json::Value;

use super::Part;

/// What a reference points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Items of one kind.
    Part(Part),
    /// The kind named by the `kind` beside it (a request's outcome).
    Tagged,
}

/// A path to references (`/`-separated keys, `*` for every element of an array) and what
/// they point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Where, from the entry's top.
    pub path: &'static str,
    /// At what.
    pub to: Target,
}

const fn to(path: &'static str, part: Part) -> Reference {
    Reference {
        path,
        to: Target::Part(part),
    }
}

/// The references of a version's snapshot (a release, a set version).
const SNAPSHOT: [Reference; 4] = [
    to("snapshot/contract/information_sets/*", Part::InformationSet),
    to("snapshot/contract/integrations/*", Part::Integration),
    to("snapshot/sets/*/id", Part::InformationSet),
    to("snapshot/sets/*/draft/owner", Part::Person),
];

/// The references of entries of kind `part`, besides the people holding roles on it.
fn own(part: Part) -> Vec<Reference> {
    use Part::*;
    match part {
        Settings | Organisation | ClassificationScheme => vec![],
        Unit => vec![to("organisation", Organisation)],
        Person => vec![to("unit", Unit)],
        System => vec![to("owning_unit", Unit)],
        InformationSet => vec![to("owner", Person), to("interface/system", System)],
        Integration => vec![
            to("provider", System),
            to("consumers/*", System),
            to("owner", Person),
            to("information_sets/*", InformationSet),
        ],
        Contract => vec![
            to("information_sets/*", InformationSet),
            to("integrations/*", Integration),
        ],
        Agreement => vec![
            to("controller", Organisation),
            to("processor", Organisation),
            to("contracts/*", Contract),
        ],
        Request => vec![
            to("asker/person", Person),
            to("information_sets/*", InformationSet),
            to("provider", System),
            to("consumer", System),
            to("assignee", Person),
            Reference {
                path: "outcomes/*/id",
                to: Target::Tagged,
            },
        ],
        AccessGrant => vec![
            to("integration", Integration),
            to("consumer/system", System),
            to("consumer/organisation", Organisation),
            to("contract", Contract),
            to("granted_by", Person),
            to("reviews/*/reviewed_by", Person),
        ],
        Release => vec![to("contract", Contract)],
        SetVersion => vec![to("set", InformationSet)],
    }
}

/// Who holds a role on an item, on every kind the catalog edits as items.
const ROLES: Reference = to("roles/*/person", Part::Person);

/// Every reference of entries of kind `part`.
pub fn references(part: Part) -> Vec<Reference> {
    let mut all = own(part);
    if part.entity().is_some() {
        all.push(ROLES);
    }
    if part.is_history() {
        all.extend(SNAPSHOT);
    }
    all
}

/// Replaces every reference in `value` (an entry of kind `part`) with what `map` makes of it
/// (given the kind it points at); `None` removes it (from an array) or leaves `null`.
pub fn rewrite(part: Part, value: &mut Value, map: &mut dyn FnMut(Part, &Value) -> Option<Value>) {
    for reference in references(part) {
        let segments: Vec<&str> = reference.path.split('/').collect();
        walk(value, &segments, reference.to, map);
    }
}

fn walk(
    value: &mut Value,
    segments: &[&str],
    to: Target,
    map: &mut dyn FnMut(Part, &Value) -> Option<Value>,
) {
    match segments {
        [] => {}
        ["*", rest @ ..] => {
            let Value::Array(items) = value else { return };
            if rest.is_empty() {
                let Target::Part(part) = to else { return };
                *items = items
                    .iter()
                    .filter(|item| !item.is_null())
                    .filter_map(|item| map(part, item))
                    .collect();
            } else {
                for item in items {
                    walk(item, rest, to, map);
                }
            }
        }
        [last] => {
            let Value::Object(object) = value else { return };
            let part = match to {
                Target::Part(part) => Some(part),
                Target::Tagged => object
                    .get("kind")
                    .and_then(Value::as_str)
                    .and_then(Part::parse),
            };
            if let (Some(part), Some(slot)) = (part, object.get_mut(*last)) {
                if !slot.is_null() {
                    *slot = map(part, slot).unwrap_or(Value::Null);
                }
            }
        }
        [key, rest @ ..] => {
            if let Some(inner) = value.get_mut(*key) {
                walk(inner, rest, to, map);
            }
        }
    }
}
