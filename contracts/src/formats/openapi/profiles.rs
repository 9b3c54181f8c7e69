//! National API profiles: rules applied to a generic stub, each a row of a table with its own
//! test (in `profiles/tests.rs`, named `{profile}_{rule}`; a rule without one fails
//! `each_rule_has_its_own_test`). `generic` applies none.

use std::collections::{HashMap, HashSet};

use serde_json::{json, Map, Value};

pub use crate::model::ApiProfile as Profile;

/// One rule of a profile.
pub struct Rule {
    /// A stable name, for tests and messages.
    pub id: &'static str,
    /// What the rule requires, in a sentence.
    pub requires: &'static str,
    /// Makes the document meet it.
    pub apply: fn(&mut Value),
    /// The same rule as a Spectral rule's `given` and `then` (core functions only), so that a
    /// provider team lints its own API against the profile (see [`spectral_ruleset`]).
    pub check: fn() -> Value,
}

/// The scope KS Fiks's access tokens carry (its checklist: "access_token må ha scope ks").
const KS_FIKS_SCOPE: &str = "ks";

/// The KS Fiks rules.
const KS_FIKS: &[Rule] = &[
    Rule {
        id: "maskinporten-scope",
        requires: "Access tokens are JWTs issued by ID-porten with scope ks: OAuth2 client \
                   credentials (Maskinporten) for machine integrations, OpenID Connect for services \
                   used by citizens.",
        apply: maskinporten,
        check: || {
            let machine = json!({
                "type": "object",
                "required": ["type", "flows"],
                "properties": {
                    "type": { "const": "oauth2" },
                    "flows": {
                        "type": "object",
                        "required": ["clientCredentials"],
                        "properties": { "clientCredentials": {
                            "type": "object",
                            "required": ["scopes"],
                            "properties": { "scopes": { "type": "object", "required": [KS_FIKS_SCOPE] } },
                        } },
                    },
                },
            });
            let citizen = json!({
                "type": "object",
                "required": ["type", "openIdConnectUrl"],
                "properties": { "type": { "const": "openIdConnect" } },
            });
            // Some scheme of each kind: "not every scheme is not one".
            let some = |scheme: Value| json!({ "type": "object", "not": {
                "additionalProperties": { "not": scheme } } });
            json!({
                "given": "$",
                "then": [
                    { "field": "components.securitySchemes", "function": "truthy" },
                    { "field": "components.securitySchemes", "function": "schema",
                      "functionOptions": { "schema": some(machine) } },
                    { "field": "components.securitySchemes", "function": "schema",
                      "functionOptions": { "schema": some(citizen) } },
                ],
            })
        },
    },
    Rule {
        id: "on-behalf-of",
        requires: "Every request names whom it is made for in the OnBehalfOf header: an \
                   organisation number (9 digits) or a fødselsnummer (11 digits).",
        apply: on_behalf_of,
        check: || {
            json!({
                "given": "$.paths[*][get,put,post,delete,patch,head,options,trace]",
                "then": [
                    { "field": "parameters", "function": "truthy" },
                    { "field": "parameters", "function": "schema", "functionOptions": { "schema": {
                        "type": "array",
                        "contains": {
                            "type": "object",
                            "required": ["name", "in", "required"],
                            "properties": {
                                "name": { "const": "OnBehalfOf" },
                                "in": { "const": "header" },
                                "required": { "const": true },
                            },
                        },
                    } } },
                ],
            })
        },
    },
    Rule {
        id: "utf-8",
        requires: "Text is UTF-8.",
        apply: |doc| doc["info"]["x-ks-fiks-charset"] = json!("UTF-8"),
        check: || {
            json!({
                "given": "$.info",
                "then": { "field": "x-ks-fiks-charset", "function": "enumeration",
                          "functionOptions": { "values": ["UTF-8"] } },
            })
        },
    },
    Rule {
        id: "read-timeout",
        requires: "Clients wait at most 30 seconds for a response.",
        apply: |doc| doc["info"]["x-ks-fiks-read-timeout-seconds"] = json!(30),
        check: || {
            json!({
                "given": "$.info",
                "then": [
                    { "field": "x-ks-fiks-read-timeout-seconds", "function": "truthy" },
                    { "field": "x-ks-fiks-read-timeout-seconds", "function": "schema",
                      "functionOptions": { "schema": { "type": "integer", "minimum": 1, "maximum": 30 } } },
                ],
            })
        },
    },
];

/// The Swedish REST API profile's rules.
///
/// Plural resource names come from the user: no rule can find the plural of a free-text
/// Norwegian or Swedish name, so an information set may name its API resource itself
/// (`InformationSetDraft::resource`, e.g. `elever`, validated lower-case hyphenated ASCII), and
/// the stub's paths, tags and operation ids use it. A set without one is named after its
/// information set as the catalogue writes it, which `lower-case-resources` keeps URL-safe.
const SE_REST: &[Rule] = &[
    Rule {
        id: "lower-case-resources",
        requires: "Resource names are lower case, words joined by hyphens, only a-z 0-9 - . ~.",
        apply: lower_case_resources,
        check: || {
            json!({
                "given": "$.paths",
                "then": { "field": "@key", "function": "pattern",
                          "functionOptions": { "match": "^(/([a-z0-9.~-]+|\\{[^}/]+\\}))+$" } },
            })
        },
    },
    Rule {
        id: "api-info",
        requires: "The API root has an api-info resource describing the API.",
        apply: api_info,
        check: || {
            json!({
                "given": "$",
                "then": [
                    { "field": "paths", "function": "truthy" },
                    { "field": "paths", "function": "schema", "functionOptions": { "schema": {
                        "type": "object",
                        "not": { "patternProperties": { "^(/v[0-9]+)?/api-info$": false } },
                    } } },
                ],
            })
        },
    },
    Rule {
        id: "versioned-paths",
        requires: "Every path starts with the API's major version, /v{major}.",
        apply: versioned_paths,
        check: || {
            json!({
                "given": "$.paths",
                "then": { "field": "@key", "function": "pattern",
                          "functionOptions": { "match": "^/v[0-9]+(/|$)" } },
            })
        },
    },
    Rule {
        id: "limit-page-paging",
        requires:
            "Collections page with limit and page, pages counted from 1, 20 per page by default.",
        apply: limit_page_paging,
        check: || {
            json!({
                "given": "$.paths[*][*].parameters[?(@.in == 'query')]",
                "then": [
                    { "field": "name", "function": "pattern", "functionOptions": {
                        "notMatch": "^(offset|skip|top|size|pageSize|page_size|perPage|per_page|cursor)$" } },
                    { "function": "schema", "functionOptions": { "schema": {
                        "if": { "properties": { "name": { "const": "limit" } } },
                        "then": { "properties": { "schema": {
                            "required": ["default", "minimum"],
                            "properties": { "default": { "const": 20 }, "minimum": { "const": 1 } },
                        } } },
                        "else": {
                            "if": { "properties": { "name": { "const": "page" } } },
                            "then": { "properties": { "schema": {
                                "required": ["minimum"],
                                "properties": { "default": { "const": 1 }, "minimum": { "const": 1 } },
                            } } },
                        },
                    } } },
                ],
            })
        },
    },
    Rule {
        id: "utc-dates",
        requires: "Dates and times are RFC 3339, in UTC.",
        apply: utc_dates,
        check: || {
            json!({
                "given": "$..[?(@ && @.type == 'string' && @.format == 'date-time')]",
                "then": [
                    { "field": "pattern", "function": "truthy" },
                    { "field": "pattern", "function": "pattern", "functionOptions": { "match": "Z\\$$" } },
                ],
            })
        },
    },
    Rule {
        id: "bearer-only",
        requires: "Clients authenticate with bearer tokens only (no Basic auth, no keys in URLs).",
        apply: bearer_only,
        check: || {
            json!({
                "given": "$.components.securitySchemes[*]",
                "then": { "function": "schema", "functionOptions": { "schema": {
                    "type": "object",
                    "required": ["type"],
                    "properties": { "type": { "enum": ["http", "oauth2", "openIdConnect"] } },
                    "if": { "properties": { "type": { "const": "http" } } },
                    "then": { "required": ["scheme"], "properties": { "scheme": { "pattern": "^[Bb]earer$" } } },
                } } },
            })
        },
    },
];

/// The rules of `profile`, in the order they apply.
pub fn rules(profile: Profile) -> &'static [Rule] {
    match profile {
        Profile::Generic => &[],
        Profile::KsFiks => KS_FIKS,
        Profile::SeRest => SE_REST,
    }
}

/// The profile as a Spectral ruleset: Spectral's own OpenAPI rules (`spectral:oas`), and each
/// rule of the profile as `{profile}-{rule}` (an error, described by what it requires), so a
/// provider team lints its own API against the profile in its pipeline.
pub fn spectral_ruleset(profile: Profile) -> Value {
    let rules: Map<String, Value> = rules(profile)
        .iter()
        .map(|rule| {
            let mut spectral = (rule.check)();
            spectral["description"] = json!(rule.requires);
            spectral["message"] = json!(format!("{} {{{{error}}}}", rule.requires));
            spectral["severity"] = json!("error");
            (format!("{}-{}", profile.as_str(), rule.id), spectral)
        })
        .collect();
    json!({
        "extends": ["spectral:oas"],
        "formats": ["oas3"],
        "rules": rules,
    })
}

/// The API's major version, from `info.version` (`1` when it cannot be read).
fn major(doc: &Value) -> String {
    doc["info"]["version"]
        .as_str()
        .and_then(|v| v.split('.').next())
        .filter(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or("1")
        .to_owned()
}

/// The tag of the `/api-info` operation.
const API_INFO_TAG: &str = "api-info";

/// `/api-info`: the API's name, version and description, tagged and declared like every
/// other operation (with the shared problem responses, since the API's security applies).
fn api_info(doc: &mut Value) {
    let info = json!({
        "get": {
            "operationId": "getApiInfo",
            "summary": "Describe this API",
            "description": "Returns the API's name, version and description, so that a client \
                            can check which API and which version it is talking to.",
            "tags": [API_INFO_TAG],
            "responses": {
                "200": {
                    "description": "The API's name, version and description.",
                    "content": { "application/json": { "schema": {
                        "type": "object",
                        "required": ["apiName", "apiVersion"],
                        "properties": {
                            "apiName": { "type": "string" },
                            "apiVersion": { "type": "string" },
                            "apiDescription": { "type": "string" },
                        },
                    } } },
                },
                "401": { "$ref": "#/components/responses/Unauthorized" },
                "429": { "$ref": "#/components/responses/TooManyRequests" },
                "500": { "$ref": "#/components/responses/InternalError" },
            },
        },
    });
    if let Some(paths) = doc["paths"].as_object_mut() {
        paths.insert("/api-info".into(), info);
    }
    let tag = json!({ "name": API_INFO_TAG, "description": "What this API is." });
    match doc["tags"].as_array_mut() {
        Some(tags) => tags.push(tag),
        None => doc["tags"] = json!([tag]),
    }
}

/// Prefixes every path with `/v{major}`, the one version segment of the full URL
/// (`https://{host}/{api}/v{major}/{resource}`): a server URL recorded with a version segment
/// of its own (`…/api/v1`) loses it, so no URL has two (`…/api/v1/v1/…`), and one naming
/// another major says which it named.
fn versioned_paths(doc: &mut Value) {
    let major = major(doc);
    if let Some(servers) = doc["servers"].as_array_mut() {
        for server in servers {
            let Some(url) = server["url"].as_str() else {
                continue;
            };
            let Some((base, named)) = version_segment(url) else {
                continue;
            };
            let note = match named == major {
                true => format!("Recorded as {url}; the version is in each path."),
                false => format!(
                    "Recorded as {url} (version {named}); this is version {major} of the API, \
                     which each path names."
                ),
            };
            server["url"] = json!(base);
            server["description"] = json!(match server["description"].as_str() {
                Some(before) => format!("{before} {note}"),
                None => note,
            });
        }
    }
    let prefix = format!("/v{major}");
    if let Some(paths) = doc["paths"].as_object_mut() {
        let moved: Map<String, Value> = std::mem::take(paths)
            .into_iter()
            .map(|(path, item)| (format!("{prefix}{path}"), item))
            .collect();
        *paths = moved;
    }
}

/// `url` without a last path segment `v{n}` (a trailing `/` allowed), and `n`; `None` when
/// it has none.
fn version_segment(url: &str) -> Option<(&str, &str)> {
    let trimmed = url.trim_end_matches('/');
    let (base, last) = trimmed.rsplit_once('/')?;
    let number = last.strip_prefix('v').or_else(|| last.strip_prefix('V'))?;
    let is_version = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    (is_version && base.contains("://") && !base.ends_with('/')).then_some((base, number))
}

/// Whether `segment` is a path template (`{id}`), which names no resource.
fn is_template(segment: &str) -> bool {
    segment.contains('{')
}

/// Whether `segment` is a resource name the profile allows: only a-z 0-9 - . ~.
fn allowed_segment(segment: &str) -> bool {
    !segment.is_empty()
        && segment
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'~'))
}

/// Renames every path segment the profile does not allow to its lower-case, hyphenated form
/// ([`super::resource_name`]). The renaming is one to one, so no two paths become one: a name
/// already in use gets `-2`, `-3`, …; allowed segments and templates stay as they are.
fn lower_case_resources(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in paths.keys().flat_map(|path| path.split('/')) {
        if !segment.is_empty() && !is_template(segment) && !segments.contains(&segment) {
            segments.push(segment);
        }
    }
    let mut taken: HashSet<String> = segments
        .iter()
        .filter(|s| allowed_segment(s))
        .map(|s| (*s).to_owned())
        .collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for segment in segments.into_iter().filter(|s| !allowed_segment(s)) {
        let base = super::resource_name(segment);
        let name = (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            })
            .find(|name| !taken.contains(name))
            .expect("some numbered name is free");
        taken.insert(name.clone());
        renamed.insert(segment.to_owned(), name);
    }
    if renamed.is_empty() {
        return;
    }
    let moved: Map<String, Value> = std::mem::take(paths)
        .into_iter()
        .map(|(path, item)| {
            let path: Vec<&str> = path
                .split('/')
                .map(|s| renamed.get(s).map_or(s, String::as_str))
                .collect();
            (path.join("/"), item)
        })
        .collect();
    *paths = moved;
}

/// The shared `limit` parameter.
const LIMIT_REF: &str = "#/components/parameters/limit";
/// The shared `page` parameter.
const PAGE_REF: &str = "#/components/parameters/page";

/// Whether `operation` returns a collection: its JSON answer is a component holding an array
/// of `items` (one page).
fn is_collection(doc: &Value, operation: &Value) -> bool {
    operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .is_some_and(|name| {
            doc["components"]["schemas"][name]["properties"]["items"]["type"] == "array"
        })
}

/// `limit` (20 by default) and `page` (from 1), declared once and taken by every collection,
/// in place of any paging parameter of its own.
fn limit_page_paging(doc: &mut Value) {
    doc["components"]["parameters"]["limit"] = json!({
        "name": "limit", "in": "query", "required": false,
        "description": "Records per page, 20 unless given.",
        "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 },
    });
    doc["components"]["parameters"]["page"] = json!({
        "name": "page", "in": "query", "required": false,
        "description": "Page number, counted from 1.",
        "schema": { "type": "integer", "minimum": 1, "default": 1 },
    });
    let collections: Vec<(String, String)> = doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(path, item)| Some((path, item.as_object()?)))
        .flat_map(|(path, item)| item.iter().map(move |(method, op)| (path, method, op)))
        .filter(|(_, _, operation)| is_collection(doc, operation))
        .map(|(path, method, _)| (path.clone(), method.clone()))
        .collect();
    for (path, method) in collections {
        let operation = &mut doc["paths"][&path][&method];
        let own: Vec<Value> = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| {
                let paging = p["in"] == "query" && (p["name"] == "limit" || p["name"] == "page");
                let shared = p["$ref"] == LIMIT_REF || p["$ref"] == PAGE_REF;
                !paging && !shared
            })
            .cloned()
            .collect();
        let mut parameters = vec![json!({ "$ref": LIMIT_REF }), json!({ "$ref": PAGE_REF })];
        parameters.extend(own);
        operation["parameters"] = Value::Array(parameters);
    }
}

/// RFC 3339 date and time in UTC: `Z`, never an offset.
const UTC_DATE_TIME_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$";

/// Whether `text` matches [`UTC_DATE_TIME_PATTERN`].
fn is_utc_date_time(text: &str) -> bool {
    let Some(rest) = text.strip_suffix('Z') else {
        return false;
    };
    let (seconds, fraction) = match rest.split_once('.') {
        Some((seconds, fraction)) => (seconds, Some(fraction)),
        None => (rest, None),
    };
    let shape = b"dddd-dd-ddTdd:dd:dd";
    seconds.len() == shape.len()
        && seconds.bytes().zip(shape).all(|(b, s)| match s {
            b'd' => b.is_ascii_digit(),
            s => b == *s,
        })
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Every `date-time` string schema, wherever it is, takes [`UTC_DATE_TIME_PATTERN`] (and
/// keeps only the examples it accepts); `info` says so for people.
fn utc_dates(doc: &mut Value) {
    doc["info"]["x-se-rest-date-time"] = json!("RFC 3339, UTC");
    for key in ["components", "paths", "webhooks"] {
        if let Some(part) = doc.get_mut(key) {
            utc_date_times(part, false);
        }
    }
}

/// Keys whose values are data, not schemas: never searched.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "const", "enum"];
/// Keys whose values map names (some chosen by users, like a record's fields) to schemas or
/// to objects holding them.
const NAMED_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
    "schemas",
    "parameters",
    "responses",
    "headers",
    "content",
    "requestBodies",
];

/// [`utc_dates`] below `value`; `named` when `value`'s keys are names, not keywords.
fn utc_date_times(value: &mut Value, named: bool) {
    match value {
        Value::Object(object) => {
            let string = match object.get("type") {
                None => true,
                Some(Value::Array(types)) => types.contains(&json!("string")),
                Some(t) => t == "string",
            };
            if !named && string && object.get("format").is_some_and(|f| f == "date-time") {
                object.insert("pattern".into(), json!(UTC_DATE_TIME_PATTERN));
                if let Some(examples) = object.get_mut("examples").and_then(Value::as_array_mut) {
                    examples.retain(|e| e.as_str().is_some_and(is_utc_date_time));
                    if examples.is_empty() {
                        object.remove("examples");
                    }
                }
            }
            for (key, child) in object.iter_mut() {
                if named {
                    utc_date_times(child, false);
                } else if !DATA_KEYS.contains(&key.as_str()) {
                    utc_date_times(child, NAMED_MAPS.contains(&key.as_str()));
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| utc_date_times(item, false)),
        _ => {}
    }
}

/// A bearer scheme replaces any other, for the whole API and for every operation that named
/// another (which then falls back to the API's); an operation open to all stays open.
fn bearer_only(doc: &mut Value) {
    doc["components"]["securitySchemes"] = json!({
        "bearer": { "type": "http", "scheme": "bearer", "description": "A bearer token, over TLS 1.2 or later." },
    });
    doc["security"] = json!([{ "bearer": [] }]);
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut())
        .filter_map(Value::as_object_mut)
    {
        let Some(security) = operation.get_mut("security").and_then(Value::as_array_mut) else {
            continue;
        };
        if security.is_empty() {
            continue;
        }
        security.retain(|requirement| {
            requirement
                .as_object()
                .is_some_and(|r| r.keys().all(|scheme| scheme == "bearer"))
        });
        if security.is_empty() {
            operation.remove("security");
        }
    }
}

/// Applies every rule of `profile` to `doc`, and records the profile in `info`.
pub fn apply(profile: Profile, doc: &mut Value) {
    if profile == Profile::Generic {
        return;
    }
    for rule in rules(profile) {
        (rule.apply)(doc);
    }
    doc["info"]["x-datapakt-profile"] = json!(profile);
}

/// Maskinporten's token endpoint with the KS Fiks scope, required on every operation.
/// KS Fiks's access tokens: JWTs from ID-porten with scope `ks` — OAuth2 client credentials
/// (Maskinporten) for machine integrations, or OpenID Connect for services used by citizens;
/// either satisfies a request.
fn maskinporten(doc: &mut Value) {
    doc["components"]["securitySchemes"] = json!({
        "maskinporten": {
            "type": "oauth2",
            "description": "For machine integrations: a JWT access token from Maskinporten \
                            (ID-porten's OAuth2 for systems) with scope ks. KS Fiks accepts JWT \
                            access tokens only.",
            "flows": { "clientCredentials": {
                "tokenUrl": "https://maskinporten.no/token",
                "scopes": { KS_FIKS_SCOPE: "Access to KS Fiks services." },
            } },
        },
        "idporten": {
            "type": "openIdConnect",
            "description": "For services used by citizens: OpenID Connect from ID-porten; the \
                            JWT access token carries scope ks. KS Fiks accepts JWT access tokens \
                            only.",
            "openIdConnectUrl": "https://idporten.no/.well-known/openid-configuration",
        },
    });
    doc["security"] = json!([
        { "maskinporten": [KS_FIKS_SCOPE] },
        // OpenID Connect's scopes come from its discovery document: the description names ks.
        { "idporten": [] },
    ]);
    doc["info"]["x-ks-fiks-access-token"] = json!("JWT");
}

/// The `OnBehalfOf` header, declared once and referenced from every operation.
fn on_behalf_of(doc: &mut Value) {
    doc["components"]["parameters"]["OnBehalfOf"] = json!({
        "name": "OnBehalfOf",
        "in": "header",
        "required": true,
        "description": "Whom the request is made for: an organisation number (9 digits) or a \
                        fødselsnummer (11 digits).",
        "schema": { "type": "string", "pattern": "^([0-9]{9}|[0-9]{11})$" },
    });
    let reference = json!({ "$ref": "#/components/parameters/OnBehalfOf" });
    // The API's own operations; webhooks are requests the provider makes, not the consumer.
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(operations) = item.as_object_mut() else {
            continue;
        };
        for operation in operations.values_mut() {
            match operation["parameters"].as_array_mut() {
                Some(parameters) => parameters.push(reference.clone()),
                None => operation["parameters"] = json!([reference.clone()]),
            }
        }
    }
}

#[cfg(test)]
mod tests;
