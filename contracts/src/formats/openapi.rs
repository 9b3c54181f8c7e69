//! OpenAPI 3.1 stubs: the API a provider would offer to serve a contract, or (in
//! [`integration`]) an integration under every contract governing it. Both are built from the
//! same parts (`Stub`).
//!
//! The output is deterministic (same contract, same bytes): keys keep insertion order and
//! nothing depends on the clock.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

pub mod integration;
pub mod profiles;
pub mod read;

use super::Context;
use crate::model::{Contract, Field, FieldType, InformationSet, Pattern};

/// The OpenAPI version written.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The stub for `contract` as pretty-printed JSON, ending in a newline.
pub fn contract_openapi_json(contract: &Contract, context: &Context) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&contract_openapi(contract, context))
        .expect("a serde_json::Value always serialises");
    bytes.push(b'\n');
    bytes
}

/// A resource of the API: one governed information set (or the contract's own fields).
struct Resource {
    /// The information set's name (or the contract's title), for people.
    title: String,
    /// The URL path segment, unique in the document.
    path: String,
    /// The record's component name, unique among the components.
    schema: String,
    /// The record's JSON Schema.
    record: Value,
    /// The ids of the contracts governing it, listed on its tag (none in a contract's stub).
    contracts: Vec<i64>,
}

impl Resource {
    /// The name of the component holding one page of records.
    fn page_schema(&self) -> String {
        format!("{}Page", self.schema)
    }

    /// The reference to the record's component.
    fn record_ref(&self) -> String {
        format!("#/components/schemas/{}", self.schema)
    }
}

/// A resource before it is named: a title, the path segment it asks for, its record's JSON
/// Schema and the contracts governing it.
struct Record {
    title: String,
    /// The set's own API resource name, else one derived from the title.
    segment: String,
    schema: Value,
    contracts: Vec<i64>,
}

/// What a stub describes, which its operations' descriptions say.
#[derive(Clone, Copy)]
enum StubKind {
    /// One contract's API.
    Contract,
    /// An integration's API, under all the contracts governing it.
    Integration,
}

impl StubKind {
    /// Who decides which records the API serves, as the list operation's description says it.
    fn covering(self) -> &'static str {
        match self {
            StubKind::Contract => "the contract covers",
            StubKind::Integration => "the integration's contracts cover",
        }
    }
}

/// What a stub is built from, whatever it describes: the shared building blocks of the
/// contract stub and the integration stub.
struct Stub {
    /// `info`.
    info: Value,
    /// `servers`.
    servers: Vec<Value>,
    /// The resources, named uniquely (see [`named_resources`]).
    resources: Vec<Resource>,
    /// Changes are announced by thin CloudEvents webhooks (event-based provisioning).
    events: bool,
    /// Collections take `changedSince` (batch synchronisation).
    batch: bool,
    /// Information above the lowest classification level is served (OAuth2 then).
    classified: bool,
    /// What the stub describes.
    kind: StubKind,
}

/// The stub for `contract` as a JSON document.
pub fn contract_openapi(contract: &Contract, context: &Context) -> Value {
    document(Stub {
        info: info(contract, context),
        servers: servers(&contract.draft.provider_system, &context.provider_endpoints),
        resources: resources(contract, context),
        events: context.patterns.contains(&Pattern::EventProvisioning),
        batch: context
            .patterns
            .iter()
            .any(|p| matches!(p, Pattern::FullSyncBatch | Pattern::FileTransfer)),
        classified: context.highest_level().unwrap_or(0) > 0,
        kind: StubKind::Contract,
    })
}

/// The OpenAPI document: a tag, a collection, an item path (and a webhook for events) per
/// resource, shared parameters and problem responses, and the security rule.
fn document(stub: Stub) -> Value {
    let Stub {
        info,
        servers,
        resources,
        events,
        batch,
        classified,
        kind,
    } = stub;
    let mut tags = Vec::new();
    let mut paths = Map::new();
    let mut webhooks = Map::new();
    let mut schemas = Map::new();
    for resource in resources {
        let mut tag = json!({
            "name": resource.path,
            "description": format!("Records of \"{}\".", resource.title),
        });
        if !resource.contracts.is_empty() {
            tag["x-datapakt-contracts"] = json!(resource.contracts);
        }
        tags.push(tag);
        paths.insert(
            format!("/{}", resource.path),
            json!({ "get": list_operation(&resource, batch, kind) }),
        );
        paths.insert(
            format!("/{}/{{id}}", resource.path),
            json!({ "get": get_operation(&resource) }),
        );
        if events {
            webhooks.insert(
                format!("{}Changed", resource.path),
                json!({ "post": change_notification(&resource) }),
            );
        }
        let (page_name, page) = (resource.page_schema(), page_schema(&resource));
        schemas.insert(resource.schema, resource.record);
        schemas.insert(page_name, page);
    }
    schemas.insert(PROBLEM.into(), problem_schema());
    if events {
        schemas.insert(CHANGE_EVENT.into(), change_event_schema());
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
    protect(&mut document, classified);
    document
}

/// `info`: the contract's title, version, description, contact, the terms its use is under
/// (as `license`) and the contract's own facts as `x-datapakt-` extensions.
fn info(contract: &Contract, context: &Context) -> Value {
    let draft = &contract.draft;
    let unnamed = draft.provider_system.is_empty() || draft.consumer_system.is_empty();
    let description = match (draft.description.trim().is_empty(), unnamed) {
        (false, _) => draft.description.clone(),
        (true, false) => format!(
            "Information contract between {} and {}.",
            draft.provider_system, draft.consumer_system
        ),
        (true, true) => format!("Information contract {}.", draft.title),
    };
    let contact = match context.contact_point() {
        Some(person) => json!({ "name": person.draft.name, "email": person.draft.email }),
        None => json!({ "name": draft.owner }),
    };
    let mut info = json!({
        "title": draft.title,
        "version": draft.version,
        "description": description,
        "contact": contact,
        "license": license(contract),
        "x-datapakt-contract-id": contract.id.0,
        "x-datapakt-status": contract.state.status.as_str(),
    });
    for (key, value) in [
        ("x-datapakt-owner", &draft.owner),
        ("x-datapakt-provider-system", &draft.provider_system),
        ("x-datapakt-consumer-system", &draft.consumer_system),
    ] {
        if !value.is_empty() {
            info[key] = json!(value);
        }
    }
    if !draft.legal_basis.is_empty() {
        info["x-datapakt-legal-basis"] = json!(draft.legal_basis);
    }
    if let Some(classification) = context.classification() {
        info["x-datapakt-classification"] = json!(classification);
    }
    info
}

/// The terms the API is used under: not an open licence but the information contract itself.
/// OpenAPI 3.1 takes an SPDX `identifier`; SPDX's `LicenseRef-` form names terms that are on
/// no list, here the contract by its id (linters ask for a name and an identifier or URL).
fn license(contract: &Contract) -> Value {
    json!({
        "name": format!(
            "Use only as the information contract \"{}\" (version {}) allows",
            contract.draft.title, contract.draft.version
        ),
        "identifier": format!("LicenseRef-information-contract-{}", contract.id.0),
    })
}

/// The provider's recorded endpoints, or one placeholder on the reserved `.invalid` domain.
fn servers(provider: &str, endpoints: &[String]) -> Vec<Value> {
    if endpoints.is_empty() {
        return vec![json!({
            "url": format!("https://{}.invalid/api", resource_name(provider)),
            "description": format!("Placeholder: no endpoint is recorded for {provider} yet."),
        })];
    }
    endpoints.iter().map(|url| json!({ "url": url })).collect()
}

/// One resource per governed information set (its whole schema); without one, the
/// contract's own field list is the resource. Names are made unique (see [`unique_names`]).
fn resources(contract: &Contract, context: &Context) -> Vec<Resource> {
    let records = if context.sets.is_empty() {
        vec![contract_record(contract)]
    } else {
        context.sets.iter().map(set_record).collect()
    };
    named_resources(records)
}

/// An information set as a resource: its name, its API resource name (when it has one) and
/// its whole schema.
fn set_record(set: &InformationSet) -> Record {
    let mut schema = set.draft.json_schema();
    if let Some(object) = schema.as_object_mut() {
        object.remove("$schema");
        object.remove("title");
    }
    Record {
        title: set.draft.name.clone(),
        segment: set
            .draft
            .resource
            .clone()
            .unwrap_or_else(|| resource_name(&set.draft.name)),
        schema,
        contracts: Vec::new(),
    }
}

/// A contract's own field list as a resource, under its title.
fn contract_record(contract: &Contract) -> Record {
    Record {
        title: contract.draft.title.clone(),
        segment: resource_name(&contract.draft.title),
        schema: record_schema(&contract.draft.fields),
        contracts: Vec::new(),
    }
}

/// The resources of `records`, in order, with unique paths and component names (see
/// [`unique_names`]) and only the examples their own schema accepts.
fn named_resources(records: Vec<Record>) -> Vec<Resource> {
    let segments: Vec<&str> = records.iter().map(|r| r.segment.as_str()).collect();
    unique_names(&segments)
        .into_iter()
        .zip(records)
        .map(|((path, schema), mut record)| {
            keep_valid_examples(&mut record.schema);
            Resource {
                title: record.title,
                path,
                schema,
                record: record.schema,
                contracts: record.contracts,
            }
        })
        .collect()
}

/// Path segments the profiles add themselves (se-rest's `/api-info`).
const RESERVED_PATHS: &[&str] = &["api-info"];
/// The problem details component.
const PROBLEM: &str = "Problem";
/// The change notification component.
const CHANGE_EVENT: &str = "ChangeEvent";

/// A path segment and a component name for each wanted segment (a set's resource name or one
/// derived by [`resource_name`]), none used twice and none clashing with the fixed paths and
/// components (so no operation, tag or component is lost or doubled when two information sets
/// have names alike): a clash gets `-2`, `-3`, … on its path.
fn unique_names(segments: &[&str]) -> Vec<(String, String)> {
    let mut paths: HashSet<String> = RESERVED_PATHS.iter().map(|p| (*p).to_owned()).collect();
    let mut schemas: HashSet<String> = [PROBLEM, CHANGE_EVENT]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    segments
        .iter()
        .map(|segment| {
            let base = (*segment).to_owned();
            let (path, schema) = (1..)
                .map(|n| match n {
                    1 => base.clone(),
                    n => format!("{base}-{n}"),
                })
                .map(|path| {
                    let schema = record_schema_name(&path);
                    (path, schema)
                })
                .find(|(path, schema)| {
                    !paths.contains(path)
                        && !schemas.contains(schema)
                        && !schemas.contains(&format!("{schema}Page"))
                })
                .expect("some numbered name is free");
            paths.insert(path.clone());
            schemas.insert(format!("{schema}Page"));
            schemas.insert(schema.clone());
            (path, schema)
        })
        .collect()
}

/// `GET /{resource}`: one page of records.
fn list_operation(resource: &Resource, batch: bool, kind: StubKind) -> Value {
    let mut description = format!(
        "Returns one page of the {} records {}: `limit` records per page, pages counted from 1.",
        resource.title,
        kind.covering()
    );
    if batch {
        description.push_str(
            " With `changedSince`, only the records changed since then, for batch \
             synchronisation.",
        );
    }
    json!({
        "operationId": format!("list{}", resource.schema),
        "summary": format!("List {} records, one page at a time", resource.title),
        "description": description,
        "tags": [resource.path],
        "parameters": list_parameters(batch),
        "responses": list_responses(&resource.page_schema()),
    })
}

/// `GET /{resource}/{id}`: one record.
fn get_operation(resource: &Resource) -> Value {
    json!({
        "operationId": format!("get{}", resource.schema),
        "summary": format!("Get one {} record", resource.title),
        "description": format!(
            "Returns the {} record with this identifier, or problem details when there is none.",
            resource.title
        ),
        "tags": [resource.path],
        "parameters": [{
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The record's identifier.",
            "schema": { "type": "string" },
        }],
        "responses": item_responses(&resource.record_ref()),
    })
}

/// The webhook the provider calls when a record changes.
fn change_notification(resource: &Resource) -> Value {
    json!({
        "operationId": format!("notify{}Changed", resource.schema),
        "summary": format!("A {} record changed: fetch it from the API", resource.title),
        "description": "A thin notification (CloudEvents attributes only, never \
            the data): the consumer fetches the record it names.",
        "tags": [resource.path],
        "requestBody": {
            "required": true,
            "content": { "application/cloudevents+json": { "schema": {
                "$ref": format!("#/components/schemas/{CHANGE_EVENT}"),
            } } },
        },
        "responses": { "204": { "description": "Received." } },
    })
}

/// One page of records.
fn page_schema(resource: &Resource) -> Value {
    json!({
        "type": "object",
        "required": ["items", "page", "limit"],
        "properties": {
            "items": { "type": "array", "items": { "$ref": resource.record_ref() } },
            "page": { "type": "integer", "minimum": 1 },
            "limit": { "type": "integer", "minimum": 1, "maximum": 100 },
        },
    })
}

/// Drops, anywhere in `schema`, the examples its own `type` or `enum` refuses (an information
/// set may hold an example like `"ti"` for an integer field, which no OpenAPI checker accepts);
/// an empty `examples` goes too.
fn keep_valid_examples(schema: &mut Value) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    let json_type = object
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let allowed = object.get("enum").and_then(Value::as_array).cloned();
    if let Some(examples) = object.get_mut("examples").and_then(Value::as_array_mut) {
        examples.retain(|example| {
            json_type
                .as_deref()
                .is_none_or(|t| has_json_type(example, t))
                && allowed
                    .as_ref()
                    .is_none_or(|values| values.contains(example))
        });
        if examples.is_empty() {
            object.remove("examples");
        }
    }
    if let Some(items) = object.get_mut("items") {
        keep_valid_examples(items);
    }
    if let Some(properties) = object.get_mut("properties").and_then(Value::as_object_mut) {
        properties.values_mut().for_each(keep_valid_examples);
    }
}

/// Whether `value` is of JSON Schema type `json_type` (an integer is also a number).
fn has_json_type(value: &Value, json_type: &str) -> bool {
    match json_type {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// The default security rule (a shipped default, not anybody's policy): information above
/// the lowest classification level is served only to clients holding an OAuth2 token
/// (client credentials) with the API's read scope; unclassified or lowest-level information
/// needs none, which the document says outright (`security: []`) rather than by silence.
fn protect(document: &mut Value, classified: bool) {
    if !classified {
        document["security"] = json!([]);
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
        "content": { "application/problem+json": { "schema": {
            "$ref": format!("#/components/schemas/{PROBLEM}"),
        } } },
    })
}

pub use crate::model::resource_name;

/// The record's component name, kept clear of the fixed components.
fn record_schema_name(resource: &str) -> String {
    let name = schema_name(resource);
    if name == PROBLEM || name == CHANGE_EVENT {
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
