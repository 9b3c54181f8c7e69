//! Which schemas become information sets: every schema under `components/schemas`, then
//! each inline object schema of a request or response body (in `paths` and, in 3.1,
//! `webhooks`) that no component describes, once however many operations share it.

use std::collections::HashSet;

use serde_json::Value;

use super::error::OpenApiError;
use super::pointer::{self, child, ROOT};

/// The operations of a path item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
/// Most `$ref`s followed from one path item, request body or response.
const MAX_REF_CHAIN: usize = 16;

/// A schema that becomes an information set.
#[derive(Debug)]
pub struct Source<'a> {
    /// Where it is.
    pub origin: String,
    /// The set's name as the document suggests it (the component's key, or the operation's
    /// id with what the body is).
    pub name: String,
    /// The schema.
    pub schema: &'a Value,
}

/// Every schema of the document `root` that becomes an information set, components first.
pub fn find(root: &Value) -> Result<Vec<Source<'_>>, OpenApiError> {
    let mut found = Vec::new();
    let components_at = child(&child(ROOT, "components"), "schemas");
    if let Some(Value::Object(schemas)) = root.get("components").and_then(|c| c.get("schemas")) {
        for (key, schema) in schemas {
            found.push(Source {
                origin: child(&components_at, key),
                name: key.clone(),
                schema,
            });
        }
    }
    let mut bodies = Bodies {
        root,
        seen: found.iter().map(|s| s.origin.clone()).collect(),
        found,
    };
    for (container, prefix) in [("paths", ""), ("webhooks", "webhook ")] {
        let Some(Value::Object(items)) = root.get(container) else {
            continue;
        };
        let container_at = child(ROOT, container);
        for (key, item) in items {
            let (item, item_at) = follow(root, item, child(&container_at, key))?;
            for method in METHODS {
                let Some(operation @ Value::Object(_)) = item.get(method) else {
                    continue;
                };
                let at = child(&item_at, method);
                let label = operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("{prefix}{} {key}", method.to_uppercase()));
                bodies.operation(operation, &at, &label)?;
            }
        }
    }
    Ok(bodies.found)
}

/// Collects the inline schemas of request and response bodies.
struct Bodies<'a> {
    root: &'a Value,
    seen: HashSet<String>,
    found: Vec<Source<'a>>,
}

impl<'a> Bodies<'a> {
    fn operation(
        &mut self,
        operation: &'a Value,
        at: &str,
        label: &str,
    ) -> Result<(), OpenApiError> {
        if let Some(body) = operation.get("requestBody") {
            self.body(body, child(at, "requestBody"), format!("{label} request"))?;
        }
        if let Some(Value::Object(responses)) = operation.get("responses") {
            let responses_at = child(at, "responses");
            for (status, response) in responses {
                let name = format!("{label} response {status}");
                self.body(response, child(&responses_at, status), name)?;
            }
        }
        Ok(())
    }

    /// The inline schema of a request body or response, if it describes an object. A body
    /// kept under `components` is named after its key.
    fn body(&mut self, body: &'a Value, at: String, name: String) -> Result<(), OpenApiError> {
        let (body, at) = follow(self.root, body, at)?;
        let name = if at.starts_with("#/components/") {
            pointer::last_key(&at)
        } else {
            name
        };
        let Some(Value::Object(content)) = body.get("content") else {
            return Ok(());
        };
        // The first JSON media type with a schema, else the first with one.
        let chosen = content
            .iter()
            .filter(|(_, media)| media.get("schema").is_some())
            .min_by_key(|(media_type, _)| !media_type.contains("json"));
        let Some((media_type, media)) = chosen else {
            return Ok(());
        };
        let schema_at = child(&child(&child(&at, "content"), media_type), "schema");
        let schema = &media["schema"];
        let (schema, origin) = if describes_object(schema) {
            (schema, schema_at)
        } else {
            match schema.get("items") {
                Some(items) if schema.get("$ref").is_none() && describes_object(items) => {
                    (items, child(&schema_at, "items"))
                }
                _ => return Ok(()),
            }
        };
        if self.seen.insert(origin.clone()) {
            self.found.push(Source {
                origin,
                name,
                schema,
            });
        }
        Ok(())
    }
}

/// Whether an inline schema (not a `$ref`) declares properties of its own, directly or in an
/// inline member of `allOf`/`oneOf`/`anyOf`.
fn describes_object(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    if map.contains_key("$ref") {
        return false;
    }
    let has_properties =
        |s: &Value| matches!(s.get("properties"), Some(Value::Object(p)) if !p.is_empty());
    has_properties(schema)
        || ["allOf", "oneOf", "anyOf"].iter().any(|keyword| {
            matches!(map.get(*keyword), Some(Value::Array(members))
                if members.iter().any(|m| m.get("$ref").is_none() && has_properties(m)))
        })
}

/// `value` with `$ref`s followed (at most [`MAX_REF_CHAIN`]), and where it is.
fn follow<'a>(
    root: &'a Value,
    mut value: &'a Value,
    mut at: String,
) -> Result<(&'a Value, String), OpenApiError> {
    for _ in 0..MAX_REF_CHAIN {
        let Some(reference) = value.get("$ref") else {
            break;
        };
        let target = pointer::target(reference, &at)?;
        value = pointer::resolve(root, &target).ok_or_else(|| OpenApiError::DanglingRef {
            at: at.clone(),
            target: target.clone(),
        })?;
        at = target;
    }
    Ok((value, at))
}
