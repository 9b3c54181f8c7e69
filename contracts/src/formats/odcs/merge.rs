//! The three-way merge that lets an export keep what Datapakt does not model.
//!
//! A contract imported from ODCS keeps the file (`theirs`) and what Datapakt generated from it
//! right after the import (`base`). An export generates the document anew (`ours`) and
//! merges the three: where Datapakt's output is unchanged since the import, the file stands
//! as it was (key for key, item for item); where the contract changed in Datapakt, the new
//! content wins; what Datapakt never generated is kept as the file had it. So an unchanged
//! contract exports its file exactly, and an edited one changes only what was edited.
//!
//! Lists of mappings merge item by item, each item known by its name (or `property`,
//! `username`, `server`, `channel`, `role`, `id`, `url`, whichever it has first) and which
//! occurrence of that name it is; other lists merge as one value.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// The keys that identify an item of a list, in order of preference.
const IDENTITY_KEYS: [&str; 8] = [
    "name", "property", "username", "server", "channel", "role", "id", "url",
];

/// Merges Datapakt's document now (`ours`) into the imported file (`theirs`), given what
/// Datapakt generated from the file when it was imported (`base`).
pub fn three_way(base: &Value, ours: &Value, theirs: &Value) -> Value {
    merge(Some(base), Some(ours), Some(theirs)).unwrap_or(Value::Null)
}

/// One value of the three; `None` where that side has no value at all.
fn merge(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    if ours == base {
        return theirs.cloned();
    }
    let ours = ours?;
    match (ours, theirs) {
        (Value::Object(o), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let at = |key: &str| b.and_then(|b| b.get(key));
            let mut out = Map::new();
            for (key, value) in t {
                if let Some(merged) = merge(at(key), o.get(key), Some(value)) {
                    out.insert(key.clone(), merged);
                }
            }
            for (key, value) in o.iter().filter(|(key, _)| !t.contains_key(*key)) {
                if let Some(merged) = merge(at(key), Some(value), None) {
                    out.insert(key.clone(), merged);
                }
            }
            Some(Value::Object(out))
        }
        (Value::Array(o), Some(Value::Array(t))) if all_mappings(o) && all_mappings(t) => {
            let b = base.and_then(Value::as_array).filter(|b| all_mappings(b));
            Some(Value::Array(merge_items(b.map(Vec::as_slice), o, t)))
        }
        _ => Some(ours.clone()),
    }
}

fn all_mappings(items: &[Value]) -> bool {
    items.iter().all(Value::is_object)
}

/// An item's identity: its identifying key and value, and which occurrence of them it is.
type Identity = (String, usize);

fn identities(items: &[Value]) -> Vec<Identity> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .iter()
        .map(|item| {
            let key = IDENTITY_KEYS
                .iter()
                .find_map(|k| {
                    item.get(*k)
                        .and_then(Value::as_str)
                        .map(|v| format!("{k}={v}"))
                })
                .unwrap_or_default();
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            (key, *n)
        })
        .collect()
}

/// Merges lists of mappings item by item: the file's order, items removed in Datapakt left
/// out, items new in Datapakt placed after the item they follow there.
fn merge_items(base: Option<&[Value]>, ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let base: HashMap<Identity, &Value> = base
        .map(|b| identities(b).into_iter().zip(b).collect())
        .unwrap_or_default();
    let ours_ids = identities(ours);
    let ours_by_id: HashMap<&Identity, &Value> = ours_ids.iter().zip(ours).collect();
    let mut out: Vec<(Option<Identity>, Value)> = Vec::new();
    let theirs_ids = identities(theirs);
    for (id, item) in theirs_ids.iter().zip(theirs) {
        let ours_item = ours_by_id.get(id).copied();
        match (base.get(id), ours_item) {
            (Some(_), None) => {}
            (None, None) => out.push((None, item.clone())),
            (b, Some(o)) => {
                if let Some(merged) = merge(b.copied(), Some(o), Some(item)) {
                    out.push((Some(id.clone()), merged));
                }
            }
        }
    }
    for (index, (id, item)) in ours_ids.iter().zip(ours).enumerate() {
        if theirs_ids.contains(id) {
            continue;
        }
        let Some(merged) = merge(base.get(id).copied(), Some(item), None) else {
            continue;
        };
        let after = ours_ids[..index]
            .iter()
            .rev()
            .find_map(|previous| out.iter().position(|(o, _)| o.as_ref() == Some(previous)));
        let at = after.map_or(out.len(), |p| p + 1);
        out.insert(at, (Some(id.clone()), merged));
    }
    out.into_iter().map(|(_, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::three_way;

    #[test]
    fn an_unchanged_contract_gives_the_file_back() {
        let theirs = json!({"a": 1, "x": {"y": [1, 2]}, "list": [{"name": "n", "k": 1}]});
        let base = json!({"a": 1, "list": [{"name": "n"}]});
        assert_eq!(three_way(&base, &base, &theirs), theirs);
    }

    #[test]
    fn an_edit_wins_and_what_was_never_generated_stays() {
        let theirs = json!({
            "name": "Old", "tags": ["t"],
            "schema": [{"name": "s", "physicalType": "table", "properties": [
                {"name": "a", "logicalType": "string", "unique": true},
                {"name": "b", "logicalType": "string"},
            ]}],
        });
        let base = json!({"name": "Old", "schema": [{"name": "s", "properties": [
            {"name": "a", "logicalType": "string"},
            {"name": "b", "logicalType": "string"},
        ]}]});
        let ours = json!({"name": "New", "schema": [{"name": "s", "properties": [
            {"name": "a", "logicalType": "integer"},
            {"name": "c", "logicalType": "boolean"},
        ]}]});
        assert_eq!(
            three_way(&base, &ours, &theirs),
            json!({
                "name": "New", "tags": ["t"],
                "schema": [{"name": "s", "physicalType": "table", "properties": [
                    {"name": "a", "logicalType": "integer", "unique": true},
                    {"name": "c", "logicalType": "boolean"},
                ]}],
            })
        );
    }

    #[test]
    fn a_value_cleared_in_datapakt_is_removed_and_one_the_file_lacked_is_added() {
        let theirs = json!({"description": {"purpose": "p", "usage": "u"}, "id": "x"});
        let base = json!({"description": {"purpose": "p", "usage": "u"}, "id": "x", "kind": "k"});
        let ours = json!({"description": {"usage": "u2"}, "id": "x", "kind": "k", "name": "n"});
        assert_eq!(
            three_way(&base, &ours, &theirs),
            json!({"description": {"usage": "u2"}, "id": "x", "name": "n"})
        );
    }

    #[test]
    fn items_of_the_same_name_are_told_apart_by_occurrence() {
        let theirs = json!([{"property": "p", "value": 1}, {"property": "p", "value": 2}]);
        let base = json!([{"property": "p", "value": 1}]);
        let ours = json!([{"property": "p", "value": 3}]);
        assert_eq!(
            three_way(&base, &ours, &theirs),
            json!([{"property": "p", "value": 3}, {"property": "p", "value": 2}])
        );
    }
}
