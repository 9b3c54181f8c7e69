//! OpenAPI 3.1 stubs: the API a provider would offer to serve a contract.
//!
//! The output is deterministic (same contract, same bytes): keys keep insertion order and
//! nothing depends on the clock.

use serde_json::{json, Map, Value};

pub mod profiles;

use super::Context;
use crate::model::{Contract, Field, FieldType, Pattern};

/// The OpenAPI version written.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The stub for `contract` as pretty-printed JSON, ending in a newline.
pub fn contract_openapi_json(contract: &Contract, context: &Context) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&contract_openapi(contract, context))
        .expect("a serde_json::Value always serialises");
    bytes.push(b'\n');
    bytes
}

/// The stub for `contract` as a JSON document.
pub fn contract_openapi(contract: &Contract, context: &Context) -> Value {
    let draft = &contract.draft;
    let description = if draft.description.trim().is_empty() {
        format!(
            "Information contract between {} and {}.",
            draft.provider_system, draft.consumer_system
        )
    } else {
        draft.description.clone()
    };
    let contact = match context.contact_point() {
        Some(person) => json!({ "name": person.draft.name, "email": person.draft.email }),
        None => json!({ "name": draft.owner }),
    };
    let servers: Vec<Value> = if context.provider_endpoints.is_empty() {
        vec![json!({
            "url": format!("https://{}.invalid/api", resource_name(&draft.provider_system)),
            "description": format!(
                "Placeholder: no endpoint is recorded for {} yet.", draft.provider_system
            ),
        })]
    } else {
        context
            .provider_endpoints
            .iter()
            .map(|url| json!({ "url": url }))
            .collect()
    };
    let mut info = json!({
        "title": draft.title,
        "version": draft.version,
        "description": description,
        "contact": contact,
        "x-datapakt-contract-id": contract.id.0,
        "x-datapakt-status": contract.state.status.as_str(),
        "x-datapakt-owner": draft.owner,
        "x-datapakt-provider-system": draft.provider_system,
        "x-datapakt-consumer-system": draft.consumer_system,
    });
    if !draft.legal_basis.is_empty() {
        info["x-datapakt-legal-basis"] = json!(draft.legal_basis);
    }
    if let Some(classification) = context.classification() {
        info["x-datapakt-classification"] = json!(classification);
    }
    // One resource per governed information set (its whole schema); without one, the
    // contract's own field list is the resource.
    let resources: Vec<(String, String, Value)> = if context.sets.is_empty() {
        vec![(
            draft.title.clone(),
            resource_name(&draft.title),
            record_schema(&draft.fields),
        )]
    } else {
        context
            .sets
            .iter()
            .map(|set| {
                let mut schema = set.draft.json_schema();
                if let Some(object) = schema.as_object_mut() {
                    object.remove("$schema");
                    object.remove("title");
                }
                (
                    set.draft.name.clone(),
                    resource_name(&set.draft.name),
                    schema,
                )
            })
            .collect()
    };
    let events = context.patterns.contains(&Pattern::EventProvisioning);
    let batch = context
        .patterns
        .iter()
        .any(|p| matches!(p, Pattern::FullSyncBatch | Pattern::FileTransfer));
    let mut tags = Vec::new();
    let mut paths = Map::new();
    let mut webhooks = Map::new();
    let mut schemas = Map::new();
    for (title, resource, record) in resources {
        let schema = record_schema_name(&resource);
        let item_ref = format!("#/components/schemas/{schema}");
        let page_schema = format!("{schema}Page");
        tags.push(json!({ "name": resource, "description": format!("Records of \"{title}\".") }));
        paths.insert(
            format!("/{resource}"),
            json!({
                "get": {
                    "operationId": format!("list{schema}"),
                    "summary": format!("List {title} records, one page at a time"),
                    "tags": [resource],
                    "parameters": list_parameters(batch),
                    "responses": list_responses(&page_schema),
                },
            }),
        );
        paths.insert(
            format!("/{resource}/{{id}}"),
            json!({
                "get": {
                    "operationId": format!("get{schema}"),
                    "summary": format!("Get one {title} record"),
                    "tags": [resource],
                    "parameters": [{
                        "name": "id",
                        "in": "path",
                        "required": true,
                        "description": "The record's identifier.",
                        "schema": { "type": "string" },
                    }],
                    "responses": item_responses(&item_ref),
                },
            }),
        );
        if events {
            webhooks.insert(
                format!("{resource}Changed"),
                json!({
                    "post": {
                        "operationId": format!("notify{schema}Changed"),
                        "summary": format!("A {title} record changed: fetch it from the API"),
                        "description": "A thin notification (CloudEvents attributes only, never \
                            the data): the consumer fetches the record it names.",
                        "tags": [resource],
                        "requestBody": {
                            "required": true,
                            "content": { "application/cloudevents+json": { "schema": { "$ref": "#/components/schemas/ChangeEvent" } } },
                        },
                        "responses": { "204": { "description": "Received." } },
                    },
                }),
            );
        }
        schemas.insert(schema.clone(), record);
        schemas.insert(
            page_schema,
            json!({
                "type": "object",
                "required": ["items", "page", "limit"],
                "properties": {
                    "items": { "type": "array", "items": { "$ref": item_ref } },
                    "page": { "type": "integer", "minimum": 1 },
                    "limit": { "type": "integer", "minimum": 1, "maximum": 100 },
                },
            }),
        );
    }
    schemas.insert("Problem".into(), problem_schema());
    if events {
        schemas.insert("ChangeEvent".into(), change_event_schema());
    }
    let mut document = json!({
        "openapi": OPENAPI_VERSION,
        "info": info,
        "servers": servers,
        "tags": tags,
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": {
                "limit": {
                    "name": "limit", "in": "query", "required": false,
                    "description": "Records per page.",
                    "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 },
                },
                "page": {
                    "name": "page", "in": "query", "required": false,
                    "description": "Page number, from 1.",
                    "schema": { "type": "integer", "minimum": 1, "default": 1 },
                },
            },
            "responses": {
                "BadRequest": problem_response("The request is malformed."),
                "NotFound": problem_response("No record has this identifier."),
                "Unauthorized": problem_response("The request carries no valid credentials."),
                "Forbidden": problem_response("The credentials do not give access to these records."),
                "TooManyRequests": problem_response("Too many requests: wait and try again."),
                "InternalError": problem_response("The provider failed."),
            },
        },
    });
    if events {
        document["webhooks"] = Value::Object(webhooks);
    }
    protect(&mut document, context);
    document
}

/// The default security rule (a shipped default, not anybody's policy): information above
/// the lowest classification level is served only to clients holding an OAuth2 token
/// (client credentials) with the API's read scope; unclassified or lowest-level information
/// needs none.
fn protect(document: &mut Value, context: &Context) {
    if context.highest_level().unwrap_or(0) == 0 {
        return;
    }
    let tags: Vec<String> = document["tags"]
        .as_array()
        .map(|tags| {
            tags.iter()
                .filter_map(|t| t["name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let scopes: Map<String, Value> = tags
        .iter()
        .map(|tag| (format!("{tag}:read"), json!(format!("Read {tag} records."))))
        .collect();
    document["components"]["securitySchemes"] = json!({
        "oauth2": {
            "type": "oauth2",
            "description": "Shipped default for classified information: OAuth2 client credentials.",
            "flows": { "clientCredentials": {
                "tokenUrl": "https://auth.invalid/token",
                "scopes": scopes,
            } },
        },
    });
    let names: Vec<String> = tags.iter().map(|tag| format!("{tag}:read")).collect();
    document["security"] = json!([{ "oauth2": names }]);
}

/// A thin change notification: CloudEvents 1.0 attributes naming the source system and the
/// changed record, never the record's data.
fn change_event_schema() -> Value {
    json!({
        "type": "object",
        "description": "CloudEvents 1.0 attributes of a change; the data stays at the provider.",
        "required": ["specversion", "id", "source", "type", "subject", "time"],
        "properties": {
            "specversion": { "type": "string", "const": "1.0" },
            "id": { "type": "string", "description": "Unique per event." },
            "source": { "type": "string", "format": "uri-reference", "description": "The system the change happened in." },
            "type": { "type": "string", "description": "What happened, e.g. no.datapakt.record.changed." },
            "subject": { "type": "string", "description": "The identifier of the changed record." },
            "time": { "type": "string", "format": "date-time" },
        },
        "additionalProperties": false,
    })
}

/// The query parameters of a collection: paging, and for batch consumers a changed-since
/// filter.
fn list_parameters(batch: bool) -> Vec<Value> {
    let mut parameters = vec![
        json!({ "$ref": "#/components/parameters/limit" }),
        json!({ "$ref": "#/components/parameters/page" }),
    ];
    if batch {
        parameters.push(json!({
            "name": "changedSince", "in": "query", "required": false,
            "description": "Only records changed at or after this time (UTC), for batch synchronisation.",
            "schema": { "type": "string", "format": "date-time" },
        }));
    }
    parameters
}

/// References to the shared problem responses for `codes`.
fn problem_refs(codes: &[(&str, &str)]) -> Map<String, Value> {
    codes
        .iter()
        .map(|(code, name)| {
            (
                (*code).to_owned(),
                json!({ "$ref": format!("#/components/responses/{name}") }),
            )
        })
        .collect()
}

/// The responses of a collection: a page, or a problem.
fn list_responses(page_schema: &str) -> Map<String, Value> {
    let mut responses = Map::new();
    responses.insert(
        "200".into(),
        json!({
            "description": "One page of records.",
            "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{page_schema}") } } },
        }),
    );
    responses.extend(problem_refs(&[
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("403", "Forbidden"),
        ("429", "TooManyRequests"),
        ("500", "InternalError"),
    ]));
    responses
}

/// The responses of one record: the record, or a problem.
fn item_responses(item_ref: &str) -> Map<String, Value> {
    let mut responses = Map::new();
    responses.insert(
        "200".into(),
        json!({
            "description": "The record.",
            "content": { "application/json": { "schema": { "$ref": item_ref } } },
        }),
    );
    responses.extend(problem_refs(&[
        ("401", "Unauthorized"),
        ("403", "Forbidden"),
        ("404", "NotFound"),
        ("429", "TooManyRequests"),
        ("500", "InternalError"),
    ]));
    responses
}

/// The JSON Schema of one record: one property per field.
fn record_schema(fields: &[Field]) -> Value {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|f| (f.name.clone(), property_schema(f)))
        .collect();
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    let mut schema = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    schema
}

fn property_schema(field: &Field) -> Value {
    let mut schema = match field.field_type {
        FieldType::String => json!({ "type": "string" }),
        FieldType::Integer => json!({ "type": "integer", "format": "int64" }),
        FieldType::Number => json!({ "type": "number" }),
        FieldType::Boolean => json!({ "type": "boolean" }),
        FieldType::Date => json!({ "type": "string", "format": "date" }),
        FieldType::DateTime => json!({ "type": "string", "format": "date-time" }),
    };
    if !field.description.is_empty() {
        schema["description"] = json!(field.description);
    }
    schema
}

/// Problem details, RFC 9457.
fn problem_schema() -> Value {
    json!({
        "type": "object",
        "description": "Problem details (RFC 9457).",
        "properties": {
            "type": { "type": "string", "format": "uri-reference", "default": "about:blank" },
            "title": { "type": "string" },
            "status": { "type": "integer", "minimum": 100, "maximum": 599 },
            "detail": { "type": "string" },
            "instance": { "type": "string", "format": "uri-reference" },
        },
    })
}

fn problem_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } },
    })
}

/// A URL path segment for `title`: lower-case ASCII words joined by hyphens, with Nordic
/// letters transliterated (`"Elevregister – Ålesund"` → `"elevregister-alesund"`).
pub fn resource_name(title: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'a'..='z' | '0'..='9' => Some(c.to_string()),
            'æ' => Some("ae".into()),
            'ä' => Some("a".into()),
            'ø' | 'ö' => Some("o".into()),
            'å' | 'á' | 'à' => Some("a".into()),
            'é' | 'è' => Some("e".into()),
            'ü' => Some("u".into()),
            _ => None,
        };
        match ascii {
            Some(s) => {
                if pending_hyphen && !out.is_empty() {
                    out.push('-');
                }
                pending_hyphen = false;
                out.push_str(&s);
            }
            None => pending_hyphen = true,
        }
    }
    if out.is_empty() {
        out.push_str("records");
    }
    out
}

/// The record's component name, kept clear of the fixed components.
fn record_schema_name(resource: &str) -> String {
    let name = schema_name(resource);
    if name == "Problem" {
        return format!("{name}Record");
    }
    name
}

/// A component name for a resource: `"elevregister-til-elevportalen"` → `"ElevregisterTilElevportalen"`.
fn schema_name(resource: &str) -> String {
    let mut name: String = resource
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Record");
    }
    name
}

#[cfg(test)]
mod tests;
