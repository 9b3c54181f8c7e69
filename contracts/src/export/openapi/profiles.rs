//! National API profiles: rules applied to a generic stub, each a row of a table with its own
//! test. `generic` applies none.

use serde_json::{json, Value};

pub use crate::model::ApiProfile as Profile;

/// One rule of a profile.
pub struct Rule {
    /// A stable name, for tests and messages.
    pub id: &'static str,
    /// What the rule requires, in a sentence.
    pub requires: &'static str,
    /// Makes the document meet it.
    pub apply: fn(&mut Value),
}

/// The KS Fiks rules.
const KS_FIKS: &[Rule] = &[
    Rule {
        id: "maskinporten-scope",
        requires: "Access tokens from Maskinporten (OAuth2 client credentials) with scope ks:fiks.",
        apply: maskinporten,
    },
    Rule {
        id: "on-behalf-of",
        requires: "Every request names whom it is made for in the OnBehalfOf header: an \
                   organisation number (9 digits) or a fødselsnummer (11 digits).",
        apply: on_behalf_of,
    },
    Rule {
        id: "utf-8",
        requires: "Text is UTF-8.",
        apply: |doc| doc["info"]["x-ks-fiks-charset"] = json!("UTF-8"),
    },
    Rule {
        id: "read-timeout",
        requires: "Clients wait at most 30 seconds for a response.",
        apply: |doc| doc["info"]["x-ks-fiks-read-timeout-seconds"] = json!(30),
    },
];

/// The Swedish REST API profile's rules.
const SE_REST: &[Rule] = &[
    Rule {
        id: "lower-case-resources",
        requires: "Resource names are lower case, words joined by hyphens, only a-z 0-9 - . ~.",
        apply: |_| {}, // the generic stub already names resources so; the test checks it
    },
    Rule {
        id: "api-info",
        requires: "The API root has an api-info resource describing the API.",
        apply: api_info,
    },
    Rule {
        id: "versioned-paths",
        requires: "Every path starts with the API's major version, /v{major}.",
        apply: versioned_paths,
    },
    Rule {
        id: "limit-page-paging",
        requires:
            "Collections page with limit and page, pages counted from 1, 20 per page by default.",
        apply: |_| {}, // the generic stub's shared paging parameters already do; tested
    },
    Rule {
        id: "utc-dates",
        requires: "Dates and times are RFC 3339, in UTC.",
        apply: |doc| doc["info"]["x-se-rest-date-time"] = json!("RFC 3339, UTC"),
    },
    Rule {
        id: "bearer-only",
        requires: "Clients authenticate with bearer tokens only (no Basic auth, no keys in URLs).",
        apply: bearer_only,
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

/// Prefixes every path with `/v{major}`.
fn versioned_paths(doc: &mut Value) {
    let prefix = format!("/v{}", major(doc));
    if let Some(paths) = doc["paths"].as_object_mut() {
        let moved: serde_json::Map<String, Value> = std::mem::take(paths)
            .into_iter()
            .map(|(path, item)| (format!("{prefix}{path}"), item))
            .collect();
        *paths = moved;
    }
}

/// A bearer scheme replaces any other.
fn bearer_only(doc: &mut Value) {
    doc["components"]["securitySchemes"] = json!({
        "bearer": { "type": "http", "scheme": "bearer", "description": "A bearer token, over TLS 1.2 or later." },
    });
    doc["security"] = json!([{ "bearer": [] }]);
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
fn maskinporten(doc: &mut Value) {
    doc["components"]["securitySchemes"] = json!({
        "maskinporten": {
            "type": "oauth2",
            "description": "Access token from Maskinporten with the KS Fiks scope.",
            "flows": { "clientCredentials": {
                "tokenUrl": "https://maskinporten.no/token",
                "scopes": { "ks:fiks": "Access to KS Fiks services." },
            } },
        },
    });
    doc["security"] = json!([{ "maskinporten": ["ks:fiks"] }]);
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
mod tests {
    use super::*;
    use crate::export::Context;
    use crate::model::{Contract, ContractId};

    fn stub(profile: Profile) -> Value {
        let contract = Contract {
            id: ContractId(1),
            draft: crate::demo::contracts()[0].clone(),
            state: Default::default(),
        };
        let mut doc = super::super::contract_openapi(&contract, &Context::default());
        apply(profile, &mut doc);
        doc
    }

    #[test]
    fn generic_changes_nothing() {
        let contract = Contract {
            id: ContractId(1),
            draft: crate::demo::contracts()[0].clone(),
            state: Default::default(),
        };
        assert_eq!(
            stub(Profile::Generic),
            super::super::contract_openapi(&contract, &Context::default())
        );
    }

    #[test]
    fn ks_fiks_maskinporten_scope() {
        let doc = stub(Profile::KsFiks);
        assert_eq!(doc["security"], json!([{ "maskinporten": ["ks:fiks"] }]));
        let flow =
            &doc["components"]["securitySchemes"]["maskinporten"]["flows"]["clientCredentials"];
        assert!(flow["scopes"].get("ks:fiks").is_some());
    }

    #[test]
    fn ks_fiks_on_behalf_of_on_every_operation() {
        let doc = stub(Profile::KsFiks);
        let mut operations = 0;
        for item in doc["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                operations += 1;
                assert!(operation["parameters"]
                    .as_array()
                    .unwrap()
                    .contains(&json!({ "$ref": "#/components/parameters/OnBehalfOf" })));
            }
        }
        assert!(operations >= 2);
        let pattern = doc["components"]["parameters"]["OnBehalfOf"]["schema"]["pattern"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(pattern, "^([0-9]{9}|[0-9]{11})$");
    }

    #[test]
    fn ks_fiks_utf_8_and_read_timeout() {
        let doc = stub(Profile::KsFiks);
        assert_eq!(doc["info"]["x-ks-fiks-charset"], "UTF-8");
        assert_eq!(doc["info"]["x-ks-fiks-read-timeout-seconds"], 30);
        assert_eq!(doc["info"]["x-datapakt-profile"], "ks-fiks");
    }

    #[test]
    fn se_rest_api_info_is_described_tagged_and_answers_with_problems() {
        let doc = stub(Profile::SeRest);
        let operation = &doc["paths"]["/v1/api-info"]["get"];
        assert!(!operation["description"].as_str().unwrap().is_empty());
        assert_eq!(operation["tags"], json!([API_INFO_TAG]));
        let tags = doc["tags"].as_array().unwrap();
        assert_eq!(
            tags.iter().filter(|t| t["name"] == API_INFO_TAG).count(),
            1,
            "the tag is declared once"
        );
        let responses = operation["responses"].as_object().unwrap();
        assert!(responses.keys().any(|code| code.starts_with('4')));
        for response in responses.values().filter_map(|r| r["$ref"].as_str()) {
            let name = response.trim_start_matches("#/components/responses/");
            assert!(doc["components"]["responses"].get(name).is_some(), "{name}");
        }
    }

    #[test]
    fn every_rule_is_named_and_explained() {
        for rule in rules(Profile::KsFiks) {
            assert!(
                !rule.id.is_empty() && rule.requires.ends_with('.'),
                "{}",
                rule.id
            );
        }
    }
}
