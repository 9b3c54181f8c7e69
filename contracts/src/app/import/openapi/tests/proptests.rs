//! Property tests: whatever it is fed — any JSON value, generated schemas full of `$ref`s,
//! cycles and compositions, the test documents with random parts replaced or removed, or
//! their text with random bytes changed — the import returns a plan or an error, never
//! panics, ends in bounded time, and a plan it returns the catalog stores as it is.

use std::path::Path;
use std::time::{Duration, Instant};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Map, Value};

use super::super::*;
use super::catalog_with_system;
use crate::formats::openapi::read::plan;
use crate::formats::openapi::read::tests::{assert_valid, KENNEL, REGISTRY};

/// Generous: a case takes milliseconds; this catches a hang, not a slow machine.
const TIME_LIMIT: Duration = Duration::from_secs(20);

/// Keys an OpenAPI document uses, and some it should not.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "openapi", "swagger", "info", "title", "version", "components", "schemas", "paths",
            "webhooks", "get", "post", "requestBody", "responses", "content",
            "application/json", "schema", "$ref", "type", "properties", "items", "prefixItems",
            "allOf", "oneOf", "anyOf", "enum", "const", "required", "format", "example",
            "examples", "description", "additionalProperties", "nullable", "A", "B", "200",
        ])
        .prop_map(str::to_owned),
        1 => "[ -~]{0,8}",
        1 => any::<String>(),
    ]
}

/// `$ref` targets: present, missing, odd and outside the document.
fn reference() -> impl Strategy<Value = String> {
    select(vec![
        "#/components/schemas/A",
        "#/components/schemas/B",
        "#/components/schemas/C",
        "#/components/schemas/D",
        "#/components/schemas/Missing",
        "#/components/schemas/A/properties/a",
        "#/components/schemas/A%20B",
        "#/components/schemas/%zz",
        "#/paths",
        "#",
        "#anchor",
        "other.yaml#/A",
        "https://example.com/schema.json",
        "",
    ])
    .prop_map(str::to_owned)
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "[ -~]{0,10}".prop_map(Value::String),
        reference().prop_map(Value::String),
    ]
}

/// Any JSON value, biased towards OpenAPI's keys.
fn any_json() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(6, 96, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..5).prop_map(Value::Array),
            vec((key(), inner), 0..6).prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

fn property_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z]{1,5}",
        1 => "[ -~]{0,8}",
        1 => select(vec!["first-name", "first_name", "ø", "", "2fa", "a/b", "~"])
            .prop_map(str::to_owned),
    ]
}

/// Schemas as OpenAPI writes them, with references among A–D and beyond.
fn schema() -> impl Strategy<Value = Value> {
    let types = select(vec![
        "string", "integer", "number", "boolean", "null", "object", "array", "file",
    ]);
    let formats = select(vec![
        "",
        "date",
        "date-time",
        "uuid",
        "email",
        "int64",
        "binary",
    ]);
    let leaf = prop_oneof![
        3 => (types.clone(), formats, vec(scalar(), 0..4), any::<bool>()).prop_map(
            |(t, format, values, list)| {
                let mut map = Map::new();
                map.insert("type".into(), if list { json!([t, "null"]) } else { json!(t) });
                if !format.is_empty() {
                    map.insert("format".into(), json!(format));
                }
                if !values.is_empty() {
                    map.insert("enum".into(), Value::Array(values.clone()));
                    map.insert("examples".into(), Value::Array(values));
                }
                Value::Object(map)
            }
        ),
        2 => reference().prop_map(|r| json!({"$ref": r})),
        1 => Just(json!({})),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => scalar(),
    ];
    leaf.prop_recursive(5, 64, 5, |inner| {
        prop_oneof![
            3 => (vec((property_name(), inner.clone()), 0..5), vec(property_name(), 0..3))
                .prop_map(|(properties, required)| {
                    let properties: Map<String, Value> = properties.into_iter().collect();
                    json!({"type": "object", "properties": properties, "required": required})
                }),
            2 => inner.clone().prop_map(|items| json!({"type": "array", "items": items})),
            2 => (select(vec!["allOf", "oneOf", "anyOf"]), vec(inner.clone(), 0..4))
                .prop_map(|(keyword, members)| json!({ keyword: members })),
            1 => (reference(), inner)
                .prop_map(|(r, other)| json!({"$ref": r, "description": "d", "items": other})),
        ]
    })
}

/// A document whose components A–D and one response body are generated schemas.
fn generated_document() -> impl Strategy<Value = Value> {
    (select(vec!["3.0.3", "3.1.0"]), vec(schema(), 5)).prop_map(|(version, schemas)| {
        json!({
            "openapi": version,
            "info": {"title": "Generated", "version": "1"},
            "paths": {"/x": {"get": {"responses": {"200": {"content": {
                "application/json": {"schema": schemas[4]}
            }}}}}},
            "components": {"schemas": {
                "A": schemas[0], "B": schemas[1], "C": schemas[2], "D": schemas[3]
            }}
        })
    })
}

/// One change to a document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the `n`th node with a value.
    Replace(usize, Value),
    /// Remove the `n`th node from its parent.
    Remove(usize),
    /// Replace the `n`th node with a reference.
    Refer(usize, String),
    /// Replace the `n`th node with a copy of the `m`th.
    Copy(usize, usize),
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    let one = prop_oneof![
        (any::<usize>(), any_json()).prop_map(|(n, v)| Mutation::Replace(n, v)),
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), reference()).prop_map(|(n, r)| Mutation::Refer(n, r)),
        (any::<usize>(), any::<usize>()).prop_map(|(n, m)| Mutation::Copy(n, m)),
    ];
    vec(one, 1..6)
}

/// The JSON pointer of every node of `value`, root first.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    walk(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out.reverse();
    out
}

fn mutate(mut doc: Value, changes: &[Mutation]) -> Value {
    for change in changes {
        let all = pointers(&doc);
        let pick = |n: usize| all[n % all.len()].clone();
        match change {
            Mutation::Replace(n, value) => {
                if let Some(node) = doc.pointer_mut(&pick(*n)) {
                    *node = value.clone();
                }
            }
            Mutation::Refer(n, target) => {
                if let Some(node) = doc.pointer_mut(&pick(*n)) {
                    *node = json!({ "$ref": target });
                }
            }
            Mutation::Copy(n, m) => {
                let copy = doc.pointer(&pick(*m)).cloned().unwrap_or(Value::Null);
                if let Some(node) = doc.pointer_mut(&pick(*n)) {
                    *node = copy;
                }
            }
            Mutation::Remove(n) => {
                let at = pick(*n);
                let Some((parent, last)) = at.rsplit_once('/') else {
                    continue;
                };
                let last = last.replace("~1", "/").replace("~0", "~");
                match doc.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.shift_remove(&last);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    doc
}

/// Plans `source`, then imports it twice into a fresh catalog: a refusal is a document
/// error, a plan is valid, and the second import changes nothing.
fn check(source: &[u8]) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let planned = plan(source);
    if let Ok(plan) = &planned {
        assert_valid(plan);
        let (mut catalog, system) = catalog_with_system("S");
        let path = Path::new("generated.json");
        let first = import(&mut catalog, system, source, path);
        let first = first.map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(first.sets.len(), plan.sets.len());
        let second = import(&mut catalog, system, source, path)
            .map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(second.counts(), (0, 0, plan.sets.len()));
    }
    prop_assert!(
        started.elapsed() < TIME_LIMIT,
        "took {:?}",
        started.elapsed()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_json_value_is_planned_or_refused(value in any_json()) {
        let started = Instant::now();
        let _ = plan(value.to_string().as_bytes());
        prop_assert!(started.elapsed() < TIME_LIMIT);
    }

    #[test]
    fn any_json_value_as_a_schema_or_a_path_is_imported_or_refused(
        schema in any_json(),
        path in any_json(),
        version in select(vec!["3.0.0", "3.1.0"]),
    ) {
        let doc = json!({
            "openapi": version,
            "paths": {"/p": path},
            "components": {"schemas": {"A": schema}}
        });
        check(doc.to_string().as_bytes())?;
    }

    #[test]
    fn generated_documents_are_imported_or_refused(doc in generated_document()) {
        check(doc.to_string().as_bytes())?;
    }

    #[test]
    fn the_test_documents_with_parts_changed_are_imported_or_refused(
        yaml in any::<bool>(),
        changes in mutations(),
    ) {
        let base: Value = if yaml {
            yaml_serde::from_str(REGISTRY).unwrap()
        } else {
            serde_json::from_str(KENNEL).unwrap()
        };
        let doc = mutate(base, &changes);
        let text = if yaml {
            yaml_serde::to_string(&doc).unwrap()
        } else {
            doc.to_string()
        };
        check(text.as_bytes())?;
    }

    #[test]
    fn the_test_documents_with_bytes_changed_are_imported_or_refused(
        yaml in any::<bool>(),
        edits in vec((any::<usize>(), any::<u8>(), 0..3u8), 1..8),
    ) {
        let mut bytes = if yaml { REGISTRY } else { KENNEL }.as_bytes().to_vec();
        for (at, byte, kind) in edits {
            let at = at % (bytes.len() + 1);
            match kind {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        check(&bytes)?;
    }
}
