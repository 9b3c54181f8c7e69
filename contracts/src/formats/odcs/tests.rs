use std::path::PathBuf;

use super::*;
use crate::app::items::Editing;
use crate::store::Catalog;

/// The official ODCS JSON Schema, as shipped by PyPI's `open-data-contract-standard`, which
/// `cargo xtask test` installs under `target/validators` (or `$DATAPAKT_VALIDATORS_DIR`).
fn official_odcs_schema() -> Value {
    let dir = std::env::var_os("DATAPAKT_VALIDATORS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/validators"));
    let path = dir.join("python/open_data_contract_standard/schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the official ODCS schema is missing at {} ({e}): run `cargo xtask test`, which \
             installs the pinned validators",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("the official schema is JSON")
}

fn demo_catalog() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}

#[test]
fn every_demo_contract_is_a_valid_odcs_document_and_its_yaml_reads_back() {
    let schema = official_odcs_schema();
    let validator = jsonschema::validator_for(&schema).expect("the official schema compiles");
    let (_dir, catalog) = demo_catalog();
    for summary in catalog.list_contracts().unwrap() {
        let contract = catalog.contract(summary.id).unwrap();
        let context = crate::app::export_context(&catalog, &contract).unwrap();
        let yaml = contract_odcs_yaml(&contract, &context);
        let read: Value = yaml_serde::from_slice(&yaml).expect("the YAML parses");
        assert_eq!(
            read,
            document(&contract, &context),
            "{}",
            contract.draft.title
        );
        let errors: Vec<String> = validator
            .iter_errors(&read)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", contract.draft.title);
        assert_eq!(
            contract_odcs_yaml(&contract, &context),
            yaml,
            "deterministic"
        );
    }
}

#[test]
fn the_document_carries_the_sets_classification_team_and_what_odcs_lacks() {
    let (_dir, catalog) = demo_catalog();
    let pupils = catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .find(|c| c.title == "Elevregister til elevportalen")
        .unwrap();
    let contract = catalog.contract(pupils.id).unwrap();
    let doc = document(
        &contract,
        &crate::app::export_context(&catalog, &contract).unwrap(),
    );
    assert_eq!(doc["status"], "active");
    assert_eq!(doc["schema"][0]["name"], "Elevopplysninger");
    assert!(doc["schema"][0]["customProperties"]
        .as_array()
        .unwrap()
        .contains(&json!({ "property": "datapakt.resource", "value": "elever" })));
    let national_id = &doc["schema"][0]["properties"][0];
    assert_eq!(national_id["name"], "fodselsnummer");
    assert_eq!(national_id["classification"], "Confidential");
    assert_eq!(
        national_id["customProperties"][0]["value"]["nationalIdentityNumber"],
        true
    );
    let guardians = &doc["schema"][0]["properties"][4];
    assert_eq!(guardians["logicalType"], "array");
    assert_eq!(guardians["items"]["logicalType"], "object");
    assert_eq!(guardians["items"]["properties"][0]["name"], "navn");
    assert_eq!(doc["team"]["members"][0]["name"], "Åse Bjørnstad");
    assert_eq!(doc["slaProperties"][0]["value"], 99.5);
    let customs = doc["customProperties"].as_array().unwrap();
    assert!(customs
        .iter()
        .any(|c| c["property"] == "datapakt.legalBasis"));
    assert!(customs
        .iter()
        .any(|c| c["property"] == "datapakt.approvedBy"));
    // What people call a field: Datapakt's custom property in v3.1, v3.2's synonyms.
    let level = &doc["schema"][0]["properties"][2];
    assert_eq!(level["name"], "trinn");
    let names = level["customProperties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["property"] == "datapakt.names")
        .expect("the names");
    assert_eq!(names["value"]["sv"], "Årskurs");
    let mut context = crate::app::export_context(&catalog, &contract).unwrap();
    context.odcs_version = crate::model::OdcsVersion::V3_2;
    let v3_2 = document(&contract, &context);
    let level = &v3_2["schema"][0]["properties"][2];
    assert!(level["synonyms"]
        .as_array()
        .unwrap()
        .contains(&json!({ "synonym": "Årstrinn", "locale": "nb" })));
    assert!(level
        .get("customProperties")
        .is_none_or(|c| !c.to_string().contains("datapakt.names")));
}

#[test]
fn a_validator_rejects_a_broken_document() {
    let schema = official_odcs_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (_dir, catalog) = demo_catalog();
    let contract = catalog.contract(crate::model::ContractId(1)).unwrap();
    let mut doc = document(
        &contract,
        &crate::app::export_context(&catalog, &contract).unwrap(),
    );
    doc["schema"][0]["properties"][0]["logicalType"] = json!("text");
    assert!(
        !validator.is_valid(&doc),
        "the official schema is really applied"
    );
}

#[test]
fn a_contract_without_information_sets_is_a_valid_document_with_its_fields_marked() {
    let validator = jsonschema::validator_for(&official_odcs_schema()).unwrap();
    let (_dir, mut catalog) = demo_catalog();
    for summary in catalog.list_contracts().unwrap() {
        let mut contract = catalog.contract(summary.id).unwrap();
        contract.draft.information_sets.clear();
        let contract = catalog.save(Some(contract.id), contract.draft).unwrap();
        let doc = contract_document(
            &contract,
            &crate::app::export_context(&catalog, &contract).unwrap(),
        );
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", contract.draft.title);
        assert_eq!(doc["schema"][0]["name"], json!(contract.draft.title));
        assert_eq!(
            doc["schema"][0]["customProperties"][0]["property"],
            "datapakt.contractFields"
        );
        assert!(doc["id"].as_str().unwrap().starts_with(&format!(
            "datapakt-{}-contract-",
            catalog.catalog_id().unwrap()
        )));
    }
}

#[test]
fn the_yaml_is_yaml_serdes_but_for_the_dates_and_times_it_quotes() {
    // The export's YAML writer differs from yaml_serde only where YAML 1.1 readers would
    // misread plain text: in the demo, the dates and times (`validFrom`, `approvedAt`,
    // `dateOut`), which they read as timestamps.
    let (_dir, catalog) = demo_catalog();
    let mut quoted = 0;
    for summary in catalog.list_contracts().unwrap() {
        let contract = catalog.contract(summary.id).unwrap();
        let context = crate::app::export_context(&catalog, &contract).unwrap();
        let document = contract_document(&contract, &context);
        let ours = String::from_utf8(contract_odcs_yaml(&contract, &context)).unwrap();
        let theirs = yaml_serde::to_string(&document).unwrap();
        assert_eq!(ours.lines().count(), theirs.lines().count());
        for (our, their) in ours.lines().zip(theirs.lines()) {
            if our == their {
                continue;
            }
            let (start, value) = their.rsplit_once(' ').unwrap();
            assert_eq!(
                our,
                format!("{start} '{value}'"),
                "{}",
                contract.draft.title
            );
            assert!(value.starts_with("20"), "a date or time: {value}");
            quoted += 1;
        }
    }
    assert!(quoted > 0, "the demo has dates");
}
