use std::collections::HashSet;

use serde_json::{json, Value};

use super::*;
use crate::app::items::Editing;
use crate::formats::openapi::profiles;
use crate::formats::openapi::tests::official_oas31_schema;
use crate::model::{
    ContractDraft, ContractId, InformationSetDraft, Integration, IntegrationDraft, IntegrationId,
};
use crate::store::Catalog;

/// A demo catalog in a temporary folder (kept alive by the returned guard).
fn demo_catalog() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}

/// The demo integration named `name`.
fn integration_named(catalog: &Catalog, name: &str) -> IntegrationId {
    catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| i.draft.name == name)
        .unwrap_or_else(|| panic!("no demo integration {name}"))
        .id
}

/// The demo information set named `name`.
fn set_named(catalog: &Catalog, name: &str) -> InformationSetId {
    catalog
        .information_sets()
        .unwrap()
        .into_iter()
        .find(|s| s.draft.name == name)
        .unwrap_or_else(|| panic!("no demo information set {name}"))
        .id
}

/// Every demo integration's stub context.
fn demo_contexts(catalog: &Catalog) -> Vec<IntegrationContext> {
    catalog
        .integrations()
        .unwrap()
        .into_iter()
        .map(|i| crate::app::integration_context(catalog, i.id).unwrap())
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

/// Adds to the demo catalog a second contract on the nightly pupil synchronisation, governing
/// the pupils' set (which the first contract governs too) and the employees', and a third one
/// governing no set: the integration is then governed by three contracts.
fn three_contracts_on_one_integration(catalog: &mut Catalog) -> IntegrationId {
    let integration = integration_named(catalog, "Nattlig elevsynkronisering");
    let pupils = set_named(catalog, "Elevopplysninger");
    let employees = set_named(catalog, "Ansattopplysninger");
    let demo = crate::app::demo::contracts();
    catalog
        .save(
            None,
            ContractDraft {
                title: "Elever og lærere til elevportalen".into(),
                version: "1.10.0".into(),
                information_sets: vec![pupils, employees],
                integrations: vec![integration],
                ..demo[0].clone()
            },
        )
        .unwrap();
    catalog
        .save(
            None,
            ContractDraft {
                title: "Timeplan til elevportalen".into(),
                version: "1.9.3".into(),
                integrations: vec![integration],
                ..demo[0].clone()
            },
        )
        .unwrap();
    integration
}

#[test]
fn every_demo_integration_stub_validates_against_the_official_oas_3_1_schema() {
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("official schema compiles");
    let (_dir, mut catalog) = demo_catalog();
    let mut contexts = demo_contexts(&catalog);
    let shared = three_contracts_on_one_integration(&mut catalog);
    contexts.push(crate::app::integration_context(&catalog, shared).unwrap());
    for context in &contexts {
        for profile in ApiProfile::ALL {
            let mut doc: Value =
                serde_json::from_slice(&integration_openapi_json(context)).unwrap();
            profiles::apply(profile, &mut doc);
            let what = format!("{} {profile:?}", context.facts.integration.draft.name);
            let errors: Vec<String> = validator
                .iter_errors(&doc)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{what}: {errors:#?}");
            for (name, component) in doc["components"]["schemas"].as_object().unwrap() {
                assert!(
                    jsonschema::meta::is_valid(component),
                    "{what}: components.schemas.{name} is not a valid JSON Schema 2020-12"
                );
            }
        }
    }
}

#[test]
fn the_stub_carries_the_integration_its_owner_servers_and_contracts() {
    let (_dir, catalog) = demo_catalog();
    let id = integration_named(&catalog, "Nattlig elevsynkronisering");
    let context = crate::app::integration_context(&catalog, id).unwrap();
    let doc = integration_openapi(&context);
    assert_eq!(doc["openapi"], "3.1.0");
    let info = &doc["info"];
    assert_eq!(info["title"], "Nattlig elevsynkronisering");
    assert_eq!(
        info["description"],
        "Full synkronisering av elever og klasser til elevportalen hver natt."
    );
    assert_eq!(info["version"], "1.2.0", "its one contract's version");
    assert_eq!(info["x-datapakt-integration-id"], id.0);
    assert_eq!(info["x-datapakt-pattern"], "full-sync-batch");
    assert_eq!(info["x-datapakt-technology"], "rest");
    assert_eq!(info["x-datapakt-owner"], "Åse Bjørnstad");
    assert_eq!(
        info["contact"],
        json!({ "name": "Åse Bjørnstad", "email": "ase.bjornstad@eksempel.kommune.no" })
    );
    assert_eq!(
        info["x-datapakt-provider-system"],
        "Skoleadministrativt system"
    );
    assert_eq!(info["x-datapakt-consumer-systems"], json!(["Elevportalen"]));
    assert_eq!(
        info["x-datapakt-contracts"],
        json!([{
            "id": 1,
            "title": "Elevregister til elevportalen",
            "version": "1.2.0",
            "status": "approved",
        }])
    );
    assert_eq!(
        info["license"]["identifier"],
        "LicenseRef-information-contract-1"
    );
    assert_eq!(info["x-datapakt-classification"], "Strictly confidential");
    assert_eq!(
        doc["servers"],
        json!([{ "url": "https://skole.eksempel.kommune.no/api/v2" }])
    );
    assert!(context.warnings().is_empty());
    // Batch: changedSince on the collection, no webhooks.
    let list = &doc["paths"]["/elever"]["get"];
    assert!(list["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "changedSince"));
    assert!(list["description"]
        .as_str()
        .unwrap()
        .contains("the integration's contracts cover"));
    assert!(doc.get("webhooks").is_none());
    // Classified: OAuth2 with a read scope per resource.
    assert_eq!(doc["security"], json!([{ "oauth2": ["elever:read"] }]));
    assert_eq!(doc["tags"][0]["x-datapakt-contracts"], json!([1]));
}

#[test]
fn events_get_webhooks_and_a_provider_without_endpoints_a_placeholder_and_a_warning() {
    let (_dir, catalog) = demo_catalog();
    let events = crate::app::integration_context(
        &catalog,
        integration_named(&catalog, "Ansatthendelser til tilgangsstyring"),
    )
    .unwrap();
    let doc = integration_openapi(&events);
    let hooks = doc["webhooks"].as_object().unwrap();
    assert_eq!(hooks.keys().collect::<Vec<_>>(), ["ansatteChanged"]);
    assert!(doc["components"]["schemas"].get("ChangeEvent").is_some());
    assert_eq!(doc["info"]["x-datapakt-pattern"], "event-provisioning");
    assert_eq!(doc["info"]["x-datapakt-technology"], "messaging");

    let lookup = crate::app::integration_context(
        &catalog,
        integration_named(&catalog, "Folkeregisteroppslag fra sak og arkiv"),
    )
    .unwrap();
    let doc = integration_openapi(&lookup);
    assert!(doc.get("webhooks").is_none());
    let url = doc["servers"][0]["url"].as_str().unwrap();
    assert_eq!(url, "https://folkeregisterkopi-ks-fiks.invalid/api");
    assert_eq!(
        lookup.warnings(),
        [StubWarning::NoEndpoint {
            system: "Folkeregisterkopi (KS Fiks)".into()
        }]
    );
    let (key, args) = lookup.warnings()[0].message_key();
    let text = crate::i18n::Translator::new(crate::model::Lang::Nn).with_values(
        key,
        &args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    );
    assert!(
        text.contains("Folkeregisterkopi (KS Fiks)") && text.contains(".invalid"),
        "{text}"
    );
}

#[test]
fn a_set_governed_by_several_contracts_is_one_resource_listing_them_all() {
    let (_dir, mut catalog) = demo_catalog();
    let id = three_contracts_on_one_integration(&mut catalog);
    let context = crate::app::integration_context(&catalog, id).unwrap();
    assert_eq!(context.contracts.len(), 3);
    let doc = integration_openapi(&context);
    let tags: Vec<(&str, &Value)> = doc["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["name"].as_str().unwrap(), &t["x-datapakt-contracts"]))
        .collect();
    assert_eq!(
        tags,
        [
            // The demo has five contracts: the two added here are 6 and 7.
            ("elever", &json!([1, 6])),
            ("ansatte", &json!([6])),
            ("timeplan-til-elevportalen", &json!([7])),
        ]
    );
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    assert_eq!(
        paths,
        [
            "/elever",
            "/elever/{id}",
            "/ansatte",
            "/ansatte/{id}",
            "/timeplan-til-elevportalen",
            "/timeplan-til-elevportalen/{id}",
        ]
    );
    let schemas: Vec<&String> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(
        schemas,
        [
            "Elever",
            "EleverPage",
            "Ansatte",
            "AnsattePage",
            "TimeplanTilElevportalen",
            "TimeplanTilElevportalenPage",
            "Problem",
        ]
    );
    let info = &doc["info"];
    let listed: Vec<(i64, &str)> = info["x-datapakt-contracts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_i64().unwrap(), c["version"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, [(1, "1.2.0"), (6, "1.10.0"), (7, "1.9.3")]);
    assert_eq!(info["version"], "1.10.0", "the newest contract's version");
    assert!(info["license"]["name"]
        .as_str()
        .unwrap()
        .contains("\"Elever og lærere til elevportalen\" (version 1.10.0) and"));
    assert_eq!(
        info["license"]["identifier"],
        format!("LicenseRef-information-contracts-of-integration-{}", id.0)
    );
    assert_eq!(
        doc["security"],
        json!([{ "oauth2": [
            "elever:read",
            "ansatte:read",
            "timeplan-til-elevportalen:read",
        ] }])
    );
}

#[test]
fn the_one_contract_stub_and_its_integration_stub_share_their_building_blocks() {
    let (_dir, catalog) = demo_catalog();
    for context in demo_contexts(&catalog) {
        let [governing] = &context.contracts[..] else {
            panic!("each demo integration has one contract");
        };
        let contract = &governing.contract;
        let contract_doc = super::super::contract_openapi(
            contract,
            &crate::app::export_context(&catalog, contract).unwrap(),
        );
        let doc = integration_openapi(&context);
        let what = &context.facts.integration.draft.name;
        assert_eq!(doc["components"], contract_doc["components"], "{what}");
        assert_eq!(doc["servers"], contract_doc["servers"], "{what}");
        assert_eq!(doc["security"], contract_doc["security"], "{what}");
        assert_eq!(doc.get("webhooks"), contract_doc.get("webhooks"), "{what}");
        let keys = |doc: &Value| -> Vec<String> {
            doc["paths"].as_object().unwrap().keys().cloned().collect()
        };
        assert_eq!(keys(&doc), keys(&contract_doc), "{what}");
        assert_eq!(doc["info"]["license"], contract_doc["info"]["license"]);
    }
}

/// An integration whose two contracts govern sets named alike, named like the fixed paths and
/// components, and one set they share.
fn awkward_context() -> IntegrationContext {
    let set = |id: i64, name: &str| InformationSet {
        id: InformationSetId(id),
        draft: InformationSetDraft {
            name: name.into(),
            ..InformationSetDraft::default()
        },
    };
    let contract = |id: i64, title: &str, profile: ApiProfile| Contract {
        id: ContractId(id),
        draft: ContractDraft {
            title: title.into(),
            api_profile: Some(profile),
            ..crate::app::demo::contracts()[0].clone()
        },
        state: Default::default(),
    };
    let integration = Integration {
        id: IntegrationId(9),
        draft: IntegrationDraft {
            name: "Elever".into(),
            pattern: Pattern::EventProvisioning,
            ..IntegrationDraft::default()
        },
    };
    IntegrationContext {
        facts: IntegrationFacts {
            integration,
            provider: Some("Skole".into()),
            consumers: vec!["Portal".into()],
        },
        owner: None,
        provider_endpoints: Vec::new(),
        contracts: vec![
            Governing {
                contract: contract(2, "Elever", ApiProfile::SeRest),
                sets: vec![set(1, "Elever"), set(2, "API info"), set(3, "Problem")],
            },
            Governing {
                contract: contract(1, "Elever", ApiProfile::SeRest),
                sets: vec![set(4, "elever"), set(1, "Elever"), set(5, "Change event")],
            },
            Governing {
                contract: contract(3, "Elever page", ApiProfile::SeRest),
                sets: Vec::new(),
            },
        ],
        schemes: Vec::new(),
    }
}

#[test]
fn operation_ids_tags_and_components_are_unique_under_every_profile() {
    let context = awkward_context();
    for profile in ApiProfile::ALL {
        let mut doc = integration_openapi(&context);
        profiles::apply(profile, &mut doc);
        let defined: Vec<&Value> = doc["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| &t["name"])
            .collect();
        let unique: HashSet<&Value> = defined.iter().copied().collect();
        assert_eq!(unique.len(), defined.len(), "{profile:?}: {defined:?}");
        let mut ids = HashSet::new();
        for operation in operations(&doc) {
            let id = operation["operationId"].as_str().unwrap();
            assert!(ids.insert(id.to_owned()), "{profile:?}: {id} twice");
            let tags = operation["tags"].as_array().unwrap();
            assert!(tags.iter().all(|t| defined.contains(&t)), "{profile:?}");
            assert!(!operation["description"].as_str().unwrap().is_empty());
        }
        // Six resources (the shared set once): a list, a get and a webhook each.
        let api_info = usize::from(profile == ApiProfile::SeRest);
        assert_eq!(ids.len(), 6 * 3 + api_info, "{profile:?}: {ids:?}");
        // A record and a page per resource, the problem and the change event.
        assert_eq!(
            doc["components"]["schemas"].as_object().unwrap().len(),
            6 * 2 + 2
        );
    }
    let doc = integration_openapi(&context);
    let paths: Vec<&String> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|p| !p.ends_with("{id}"))
        .collect();
    assert_eq!(
        paths,
        [
            "/elever",
            "/elever-2",
            "/change-event",
            "/api-info-2",
            "/problem",
            "/elever-page-2"
        ],
        "contracts by id, sets in each contract's order, each set once"
    );
    assert_eq!(doc["tags"][0]["x-datapakt-contracts"], json!([1]));
    assert_eq!(
        doc["tags"][1]["x-datapakt-contracts"],
        json!([1, 2]),
        "the shared set lists both contracts"
    );
}

#[test]
fn the_output_is_deterministic() {
    let context = awkward_context();
    let mut reversed = context.clone();
    reversed.contracts.reverse();
    assert_eq!(
        integration_openapi_json(&context),
        integration_openapi_json(&reversed)
    );
    let stub = |dir: &std::path::Path| {
        let (mut catalog, _) =
            crate::app::catalog::open_or_create(&dir.join("c.datapakt"), true).unwrap();
        let id = three_contracts_on_one_integration(&mut catalog);
        integration_openapi_json(&crate::app::integration_context(&catalog, id).unwrap())
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(
        stub(a.path()),
        stub(b.path()),
        "two catalogs alike, one stub"
    );
}

#[test]
fn the_profile_is_the_one_all_contracts_follow_else_the_catalog_default() {
    let mut context = awkward_context();
    let generic = ApiProfile::Generic;
    assert_eq!(context.shared_profile(generic), ApiProfile::SeRest);
    context.contracts[2].contract.draft.api_profile = Some(ApiProfile::KsFiks);
    assert_eq!(context.shared_profile(generic), generic);
    assert_eq!(
        context.shared_profile(ApiProfile::SeRest),
        ApiProfile::SeRest
    );
    for governing in &mut context.contracts {
        governing.contract.draft.api_profile = None;
    }
    assert_eq!(
        context.shared_profile(ApiProfile::KsFiks),
        ApiProfile::KsFiks
    );
    context.contracts.clear();
    assert_eq!(context.shared_profile(generic), generic);
}

#[test]
fn without_an_owner_the_contact_is_the_first_contracts_owner() {
    let context = awkward_context();
    let doc = integration_openapi(&context);
    assert_eq!(
        doc["info"]["contact"],
        json!({ "name": crate::app::demo::contracts()[0].owner })
    );
    assert!(doc["info"].get("x-datapakt-owner").is_none());
    assert_eq!(
        doc["info"]["description"],
        "Integration from Skole to Portal."
    );
}
