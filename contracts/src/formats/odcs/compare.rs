//! What two ODCS documents say that the catalog does not keep, compared: the quality rules of
//! their schema objects and properties, and their servers ([`document_changes`]). Comparing
//! two files (`datapakt breaking --old --new`) judges these beside the contract's own changes.

use serde_json::{Map, Value};

use crate::versions::Change;

/// Keys of a quality rule that only describe it: a change to them changes no demand.
const DESCRIBING: [&str; 4] = [
    "description",
    "businessImpact",
    "tags",
    "authoritativeDefinitions",
];

/// The quality rules and servers `new` changed from `old` (two parsed ODCS documents), in
/// document order: each quality rule matched by where it is and its name, each server by its
/// `server` name.
pub fn document_changes(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    let (before, after) = (quality_rules(old), quality_rules(new));
    for (key, rule) in &before {
        let (at, name) = key;
        let now = after.iter().find(|(k, _)| k == key).map(|(_, r)| r);
        match now {
            None => changes.push(Change::QualityChanged {
                at: at.clone(),
                rule: name.clone(),
                from: Some(text(rule)),
                to: None,
                stricter: None,
            }),
            Some(now) if demands(now) != demands(rule) => changes.push(Change::QualityChanged {
                at: at.clone(),
                rule: name.clone(),
                from: Some(text(rule)),
                to: Some(text(now)),
                stricter: stricter(rule, now),
            }),
            Some(_) => {}
        }
    }
    for ((at, name), rule) in &after {
        if !before.iter().any(|((a, n), _)| a == at && n == name) {
            changes.push(Change::QualityChanged {
                at: at.clone(),
                rule: name.clone(),
                from: None,
                to: Some(text(rule)),
                stricter: None,
            });
        }
    }
    let (before, after) = (servers(old), servers(new));
    for (name, server) in &before {
        match after.iter().find(|(n, _)| n == name) {
            None => changes.push(Change::ServerChanged {
                server: name.clone(),
                from: Some(text(server)),
                to: None,
            }),
            Some((_, now)) if demands(now) != demands(server) => {
                changes.push(Change::ServerChanged {
                    server: name.clone(),
                    from: Some(text(server)),
                    to: Some(text(now)),
                })
            }
            Some(_) => {}
        }
    }
    for (name, server) in &after {
        if !before.iter().any(|(n, _)| n == name) {
            changes.push(Change::ServerChanged {
                server: name.clone(),
                from: None,
                to: Some(text(server)),
            });
        }
    }
    changes
}

/// Every quality rule of the document: ((where, name), rule), where is the schema object's
/// name and the path of property names (`Elever › adresse › gate`).
fn quality_rules(document: &Value) -> Vec<((String, String), &Map<String, Value>)> {
    let mut found = Vec::new();
    for object in array(document.get("schema")) {
        let at = name_of(object, "?");
        collect(object, &at, &mut found);
    }
    found
}

fn collect<'a>(
    node: &'a Value,
    at: &str,
    found: &mut Vec<((String, String), &'a Map<String, Value>)>,
) {
    for (index, rule) in array(node.get("quality")).iter().enumerate() {
        let Value::Object(rule) = rule else { continue };
        let name = ["name", "metric", "rule", "type"]
            .iter()
            .find_map(|key| rule.get(*key).and_then(Value::as_str))
            .map_or_else(|| format!("#{}", index + 1), str::to_owned);
        // Two unnamed rules of one kind are told apart by their place.
        let taken = found
            .iter()
            .filter(|((a, n), _)| a == at && n == &name)
            .count();
        let name = if taken == 0 {
            name
        } else {
            format!("{name} #{}", taken + 1)
        };
        found.push(((at.to_owned(), name), rule));
    }
    for property in array(node.get("properties")) {
        let path = format!("{at} › {}", name_of(property, "?"));
        collect(property, &path, found);
    }
    if let Some(items) = node.get("items") {
        collect(items, at, found);
    }
}

/// Every server of the document, by its `server` name.
fn servers(document: &Value) -> Vec<(String, &Map<String, Value>)> {
    array(document.get("servers"))
        .iter()
        .filter_map(|server| {
            let server = server.as_object()?;
            let name = server.get("server").and_then(Value::as_str).unwrap_or("?");
            Some((name.to_owned(), server))
        })
        .collect()
}

fn array(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn name_of(node: &Value, default: &str) -> String {
    node.get("name")
        .and_then(Value::as_str)
        .unwrap_or(default)
        .to_owned()
}

/// What a rule (or server) demands: everything but the keys that only describe it.
fn demands(rule: &Map<String, Value>) -> Map<String, Value> {
    rule.iter()
        .filter(|(key, _)| !DESCRIBING.contains(&key.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// A rule as one line of compact JSON (what it demands).
fn text(rule: &Map<String, Value>) -> String {
    Value::Object(demands(rule)).to_string()
}

/// Whether `new` demands more of the data than `old`, where their thresholds say so: a lower
/// upper bound, a higher lower bound, a range inside the old one (`Some(true)`), or the
/// reverse (`Some(false)`); `None` when anything else changed or the bounds disagree.
fn stricter(old: &Map<String, Value>, new: &Map<String, Value>) -> Option<bool> {
    let rest = |rule: &Map<String, Value>| {
        let mut rest = demands(rule);
        rest.retain(|key, _| !key.starts_with("mustBe") && !key.starts_with("mustNotBe"));
        rest
    };
    if rest(old) != rest(new) {
        return None;
    }
    let number = |rule: &Map<String, Value>, key: &str| rule.get(key).and_then(Value::as_f64);
    let range = |rule: &Map<String, Value>, key: &str| {
        let pair = rule.get(key)?.as_array()?;
        Some((pair.first()?.as_f64()?, pair.get(1)?.as_f64()?))
    };
    let mut verdicts = Vec::new();
    for key in ["mustBeLessThan", "mustBeLessOrEqualTo"] {
        if let (Some(a), Some(b)) = (number(old, key), number(new, key)) {
            verdicts.push((b != a).then_some(b < a));
        }
    }
    for key in ["mustBeGreaterThan", "mustBeGreaterOrEqualTo"] {
        if let (Some(a), Some(b)) = (number(old, key), number(new, key)) {
            verdicts.push((b != a).then_some(b > a));
        }
    }
    if let (Some((a0, a1)), Some((b0, b1))) =
        (range(old, "mustBeBetween"), range(new, "mustBeBetween"))
    {
        verdicts.push(if b0 >= a0 && b1 <= a1 {
            Some(true)
        } else if b0 <= a0 && b1 >= a1 {
            Some(false)
        } else {
            None
        });
    }
    let keys = |rule: &Map<String, Value>| -> Vec<String> {
        rule.keys()
            .filter(|k| k.starts_with("mustBe") || k.starts_with("mustNotBe"))
            .cloned()
            .collect()
    };
    if keys(old) != keys(new) || verdicts.is_empty() {
        return None;
    }
    let decided: Vec<bool> = verdicts.iter().flatten().copied().collect();
    match decided.as_slice() {
        [] => None,
        [first, rest @ ..]
            if rest.iter().all(|v| v == first) && decided.len() == verdicts.len() =>
        {
            Some(*first)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
