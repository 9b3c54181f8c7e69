use std::collections::HashSet;
use std::path::PathBuf;

use serde_json::Value;

use super::*;
use crate::model::{ContractDraft, ContractId};

fn demo(index: usize) -> Contract {
    Contract {
        id: ContractId(index as i64 + 1),
        draft: crate::app::demo::contracts()[index].clone(),
        state: Default::default(),
    }
}

/// The official OpenAPI 3.1 JSON Schema, as shipped by PyPI's `openapi-spec-validator`, which
/// `cargo xtask test` installs under `target/validators` (or `$DATAPAKT_VALIDATORS_DIR`).
pub(super) fn official_oas31_schema() -> Value {
    let dir = std::env::var_os("DATAPAKT_VALIDATORS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/validators"));
    let path = dir.join("python/openapi_spec_validator/resources/schemas/v3.1/schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the official OAS 3.1 schema is missing at {} ({e}): run `cargo xtask test`, which \
             installs the pinned validators",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("the official schema is JSON")
}

#[test]
fn every_demo_stub_validates_against_the_official_oas_3_1_schema() {
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("official schema compiles");
    for index in 0..crate::app::demo::contracts().len() {
        let doc: Value =
            serde_json::from_slice(&contract_openapi_json(&demo(index), &Context::default()))
                .unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "demo {index}: {errors:#?}");
        for (name, component) in doc["components"]["schemas"].as_object().unwrap() {
            assert!(
                jsonschema::meta::is_valid(component),
                "components.schemas.{name} is not a valid JSON Schema 2020-12"
            );
        }
    }
}

#[test]
fn the_official_schema_catches_a_broken_stub() {
    // Guards the test above against a validator that accepts anything.
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let mut doc = contract_openapi(&demo(0), &Context::default());
    doc["info"].as_object_mut().unwrap().remove("title");
    assert!(!validator.is_valid(&doc));
    let mut doc = contract_openapi(&demo(0), &Context::default());
    doc["paths"]["/elevregister-til-elevportalen"]["get"]["responses"] = json!({ "200": {} });
    assert!(!validator.is_valid(&doc));
}

#[test]
fn the_stub_carries_the_contract() {
    let contract = demo(0);
    let doc = contract_openapi(&contract, &Context::default());
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], contract.draft.title.as_str());
    assert_eq!(doc["info"]["version"], "1.2.0");
    assert_eq!(
        doc["info"]["x-datapakt-owner"],
        contract.draft.owner.as_str()
    );
    let record = &doc["components"]["schemas"]["ElevregisterTilElevportalen"];
    let names: Vec<&str> = record["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected: Vec<&str> = contract
        .draft
        .fields
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, expected, "one property per field, in order");
    assert_eq!(record["properties"]["startDato"]["format"], "date");
    assert_eq!(record["properties"]["trinn"]["type"], "integer");
    let required = record["required"].as_array().unwrap();
    assert!(required.contains(&json!("elevId")) && !required.contains(&json!("klasse")));
    assert!(doc["servers"][0]["url"]
        .as_str()
        .unwrap()
        .contains(".invalid"));
    let list = &doc["paths"]["/elevregister-til-elevportalen"]["get"];
    assert_eq!(list["operationId"], "listElevregisterTilElevportalen");
    assert_eq!(
        doc["components"]["responses"]["NotFound"]["content"]["application/problem+json"]["schema"]
            ["$ref"],
        "#/components/schemas/Problem"
    );
}

#[test]
fn the_output_is_deterministic() {
    assert_eq!(
        contract_openapi_json(&demo(1), &Context::default()),
        contract_openapi_json(&demo(1), &Context::default())
    );
}

#[test]
fn resource_names_are_url_safe() {
    assert_eq!(
        resource_name("Elevregister til elevportalen"),
        "elevregister-til-elevportalen"
    );
    assert_eq!(
        resource_name("Ærlig Øst-Ålesund / Märta"),
        "aerlig-ost-alesund-marta"
    );
    assert_eq!(resource_name("  <script>  "), "script");
    assert_eq!(resource_name("–––"), "records");
    assert_eq!(schema_name("2024-elever"), "Record2024Elever");
}

#[test]
fn hostile_text_stays_data() {
    let contract = Contract {
        id: ContractId(9),
        draft: ContractDraft {
            title: "\"}, \"openapi\": \"2.0".into(),
            description: "<script>alert(1)</script>\u{202E}".into(),
            owner: "x".into(),
            provider_system: "p".into(),
            consumer_system: "c".into(),
            version: "1.0.0".into(),
            fields: vec![crate::model::Field {
                name: "a".into(),
                ..Default::default()
            }],
            ..ContractDraft::default()
        },
        state: Default::default(),
    };
    let doc: Value =
        serde_json::from_slice(&contract_openapi_json(&contract, &Context::default())).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], contract.draft.title.as_str());
    assert_eq!(
        doc["info"]["description"],
        contract.draft.description.as_str()
    );
}

#[test]
fn a_contract_named_like_a_fixed_component_keeps_both() {
    let mut contract = demo(0);
    contract.draft.title = "Problem".into();
    let doc = contract_openapi(&contract, &Context::default());
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("ProblemRecord") && schemas.contains_key("ProblemRecordPage"));
    assert_eq!(
        schemas["Problem"]["description"],
        "Problem details (RFC 9457)."
    );
}

#[test]
fn with_the_catalog_the_stub_names_real_servers_its_classification_and_status() {
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("official schema compiles");
    for (contract, context) in demo_contracts_in_context() {
        let doc = contract_openapi(&contract, &context);
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", contract.draft.title);
        let servers = doc["servers"].as_array().unwrap();
        match contract.draft.provider_system.as_str() {
            "Skoleadministrativt system" if contract.draft.title != "Klasselister til arkivet" => {
                assert_eq!(
                    servers[0]["url"],
                    "https://skole.eksempel.kommune.no/api/v2"
                );
                assert_eq!(doc["info"]["x-datapakt-status"], "approved");
                assert_eq!(
                    doc["info"]["x-datapakt-classification"],
                    "Strictly confidential"
                );
            }
            "Lønn og personal" if !contract.draft.integrations.is_empty() => {
                // Event-based provisioning: thin CloudEvents notifications, never the data.
                let hook = doc["webhooks"]
                    .as_object()
                    .unwrap()
                    .values()
                    .next()
                    .unwrap();
                let event = &hook["post"]["requestBody"]["content"]["application/cloudevents+json"];
                assert_eq!(event["schema"]["$ref"], "#/components/schemas/ChangeEvent");
                let attributes = &doc["components"]["schemas"]["ChangeEvent"]["properties"];
                assert!(attributes.get("subject").is_some() && attributes.get("data").is_none());
            }
            "Folkeregisterkopi (KS Fiks)" => {
                let url = servers[0]["url"].as_str().unwrap();
                assert!(url.ends_with(".invalid/api"), "no endpoint recorded: {url}");
            }
            _ => {}
        }
        let list = &doc["paths"].as_object().unwrap().values().next().unwrap()["get"]["responses"];
        for code in ["200", "400", "401", "403", "429", "500"] {
            assert!(list.get(code).is_some(), "{code} in {list}");
        }
    }
}

#[test]
fn every_demo_stub_under_every_profile_still_validates() {
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("official schema compiles");
    for (contract, context) in demo_contracts_in_context() {
        for profile in [profiles::Profile::KsFiks, profiles::Profile::SeRest] {
            let mut doc = contract_openapi(&contract, &context);
            profiles::apply(profile, &mut doc);
            let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
            assert!(
                errors.is_empty(),
                "{} {profile:?}: {errors:#?}",
                contract.draft.title
            );
        }
    }
}

/// Every demo contract with what the exports read of its catalog.
pub(super) fn demo_contracts_in_context() -> Vec<(Contract, Context)> {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .map(|summary| {
            let contract = catalog.contract(summary.id).unwrap();
            let context = crate::app::export_context(&catalog, &contract).unwrap();
            (contract, context)
        })
        .collect()
}

/// Every operation of `doc`, in its paths and its webhooks.
fn operations(doc: &Value) -> Vec<&Value> {
    ["paths", "webhooks"]
        .iter()
        .filter_map(|key| doc[*key].as_object())
        .flat_map(|items| items.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .collect()
}

#[test]
fn every_operation_is_described_tagged_and_named_once_under_every_profile() {
    for (contract, context) in demo_contracts_in_context() {
        for profile in crate::model::ApiProfile::ALL {
            let mut doc = contract_openapi(&contract, &context);
            profiles::apply(profile, &mut doc);
            let what = format!("{} {profile:?}", contract.draft.title);
            let defined: Vec<&Value> = doc["tags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| &t["name"])
                .collect();
            let mut ids = HashSet::new();
            for operation in operations(&doc) {
                let description = operation["description"].as_str().unwrap_or_default();
                assert!(!description.trim().is_empty(), "{what}: {operation}");
                let tags = operation["tags"].as_array().unwrap();
                assert!(!tags.is_empty(), "{what}: {operation}");
                assert!(
                    tags.iter().all(|t| defined.contains(&t)),
                    "{what}: {tags:?}"
                );
                let id = operation["operationId"].as_str().unwrap();
                assert!(ids.insert(id.to_owned()), "{what}: {id} twice");
            }
            assert!(ids.len() >= 2, "{what}");
        }
    }
}

#[test]
fn the_license_is_the_information_contract() {
    let doc = contract_openapi(&demo(0), &Context::default());
    let license = &doc["info"]["license"];
    assert!(license["name"]
        .as_str()
        .unwrap()
        .contains("\"Elevregister til elevportalen\" (version 1.2.0)"));
    assert_eq!(license["identifier"], "LicenseRef-information-contract-1");
    assert!(
        license.get("url").is_none(),
        "identifier and url exclude each other"
    );
}

#[test]
fn unclassified_information_needs_no_credentials_and_says_so() {
    let doc = contract_openapi(&demo(0), &Context::default());
    assert_eq!(doc["security"], json!([]));
    assert!(doc["components"].get("securitySchemes").is_none());
    for (contract, context) in demo_contracts_in_context() {
        let doc = contract_openapi(&contract, &context);
        // The weekly class lists govern no information set: nothing classified, no
        // credentials.
        if contract.draft.information_sets.is_empty() {
            assert_eq!(doc["security"], json!([]), "{}", contract.draft.title);
            continue;
        }
        assert_ne!(doc["security"], json!([]), "{}", contract.draft.title);
    }
}

#[test]
fn names_alike_get_their_own_paths_and_components() {
    let segments = [
        "Elever",
        "elever",
        "API info",
        "Problem",
        "Change event",
        "Elever page",
        "Problem record",
    ]
    .map(resource_name);
    let names = unique_names(&segments.each_ref().map(String::as_str));
    let expected = [
        ("elever", "Elever"),
        ("elever-2", "Elever2"),
        ("api-info-2", "ApiInfo2"),
        ("problem", "ProblemRecord"),
        ("change-event", "ChangeEventRecord"),
        ("elever-page-2", "EleverPage2"),
        ("problem-record-2", "ProblemRecord2"),
    ];
    let names: Vec<(&str, &str)> = names
        .iter()
        .map(|(path, schema)| (path.as_str(), schema.as_str()))
        .collect();
    assert_eq!(names, expected);
}

#[test]
fn information_sets_with_names_alike_each_keep_their_operations() {
    let mut context = Context::default();
    for (id, name) in [(1, "Elever"), (2, "elever")] {
        context.sets.push(crate::model::InformationSet {
            id: crate::model::InformationSetId(id),
            draft: crate::model::InformationSetDraft {
                name: name.into(),
                ..Default::default()
            },
        });
    }
    let doc = contract_openapi(&demo(0), &context);
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert_eq!(
        paths,
        ["/elever", "/elever/{id}", "/elever-2", "/elever-2/{id}"]
    );
    assert_eq!(doc["tags"].as_array().unwrap().len(), 2);
}

#[test]
fn examples_their_own_schema_refuses_are_left_out() {
    let mut schema = json!({
        "type": "object",
        "properties": {
            "trinn": { "type": "integer", "examples": ["ti", 5] },
            "kjonn": { "type": "string", "enum": ["M", "K"], "examples": ["X"] },
            "datoer": { "type": "array", "items": { "type": "number", "examples": [1.5, true] } },
            "fritt": { "examples": ["any", 1] },
        },
    });
    keep_valid_examples(&mut schema);
    let properties = &schema["properties"];
    assert_eq!(properties["trinn"]["examples"], json!([5]));
    assert!(
        properties["kjonn"].get("examples").is_none(),
        "none left: none kept"
    );
    assert_eq!(properties["datoer"]["items"]["examples"], json!([1.5]));
    assert_eq!(properties["fritt"]["examples"], json!(["any", 1]));
}
