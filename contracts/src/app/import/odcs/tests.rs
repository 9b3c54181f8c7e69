use std::path::PathBuf;

use serde_json::{json, Value};

use super::*;
use crate::app::items::Editing;
use crate::model::{
    ContractDraft, ContractState, ContractStatus, Entity, FieldType, InformationSetDraft,
    PersonDraft, Role, SchemaType,
};

mod bad_input;
mod proptests;

const V3_0: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/odcs/v3.0.x.odcs.yaml"
));
const V3_2: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/odcs/v3.2.x.odcs.yaml"
));

/// A person as the round trip must keep them (the catalog's unit is not in ODCS).
type PersonView = (String, String, Option<String>);

fn person_view(draft: PersonDraft) -> PersonView {
    (draft.name, draft.email, draft.left_on)
}

/// Everything the round trip must keep of a contract, without the catalog's own ids.
#[derive(Debug, PartialEq)]
pub(super) struct Snapshot {
    draft: ContractDraft,
    state: ContractState,
    sets: Vec<(InformationSetDraft, Option<PersonView>)>,
    team: Vec<(Role, PersonView)>,
    endpoints: Vec<String>,
    integrations: Vec<String>,
    agreements: Vec<String>,
}

pub(super) fn snapshot(catalog: &Catalog, id: ContractId) -> Snapshot {
    let contract = catalog.contract(id).unwrap();
    let mut draft = contract.draft.clone();
    let sets = std::mem::take(&mut draft.information_sets)
        .into_iter()
        .map(|set| {
            let mut set = catalog.information_set(set).unwrap().draft;
            let owner = set
                .owner
                .take()
                .map(|p| person_view(catalog.person(p).unwrap().draft));
            (set, owner)
        })
        .collect();
    let integrations = std::mem::take(&mut draft.integrations)
        .into_iter()
        .map(|i| catalog.integration(i).unwrap().draft.name)
        .collect();
    let team = catalog
        .roles(Entity::Contract, Some(id.0))
        .unwrap()
        .into_iter()
        .map(|a| (a.role, person_view(catalog.person(a.person).unwrap().draft)))
        .collect();
    let endpoints = catalog
        .system_id(&draft.provider_system)
        .unwrap()
        .map(|s| {
            catalog
                .system(crate::model::SystemId(s))
                .unwrap()
                .draft
                .endpoints
        })
        .unwrap_or_default();
    let agreements = catalog
        .agreements_covering(id)
        .unwrap()
        .into_iter()
        .map(|a| catalog.agreement(a).unwrap().draft.title)
        .collect();
    Snapshot {
        draft,
        state: contract.state,
        sets,
        team,
        endpoints,
        integrations,
        agreements,
    }
}

/// The ODCS YAML the catalog exports of contract `id`.
pub(super) fn export(catalog: &Catalog, id: ContractId) -> String {
    let contract = catalog.contract(id).unwrap();
    let context = crate::app::context::export_context(catalog, &contract).unwrap();
    String::from_utf8(crate::formats::odcs::contract_odcs_yaml(
        &contract, &context,
    ))
    .unwrap()
}

fn parsed(yaml: &str) -> Value {
    yaml_serde::from_str(yaml).unwrap()
}

fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("demo.datapakt"), true).unwrap();
    (dir, catalog)
}

fn import_one(catalog: &mut Catalog, name: &str, yaml: &str) -> Result<FileReport> {
    let reports = import_texts(
        catalog,
        &[(PathBuf::from(name), yaml.to_owned())],
        &ImportOptions::default(),
    )?;
    Ok(reports.into_iter().next().unwrap())
}

/// How many rows of each kind the catalog holds.
pub(super) fn counts(catalog: &Catalog) -> [usize; 5] {
    [
        catalog.list_contracts().unwrap().len(),
        catalog.information_sets().unwrap().len(),
        catalog.people().unwrap().len(),
        catalog.systems().unwrap().len(),
        catalog.audit_rows("", 0, false, 0, usize::MAX).unwrap().0,
    ]
}

#[test]
fn every_demo_contract_round_trips_through_odcs_into_an_empty_catalog() {
    let (_dir, demo) = demo();
    let ids: Vec<ContractId> = demo
        .list_contracts()
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let files: Vec<(PathBuf, String)> = ids
        .iter()
        .map(|id| (PathBuf::from(format!("{id}.yaml")), export(&demo, *id)))
        .collect();
    let mut fresh = Catalog::in_memory().unwrap();
    let reports = import_texts(&mut fresh, &files, &ImportOptions::default()).unwrap();
    for ((id, (_, yaml)), report) in ids.iter().zip(&files).zip(&reports) {
        assert!(report.created);
        let mut expected = snapshot(&demo, *id);
        // Integrations and agreements are catalog items of their own: a catalog without them
        // notes their names and links none.
        assert_eq!(
            report.notes.len(),
            expected.integrations.len() + expected.agreements.len()
        );
        expected.integrations.clear();
        expected.agreements.clear();
        assert_eq!(
            snapshot(&fresh, report.contract),
            expected,
            "{}",
            report.title
        );
        assert_eq!(
            parsed(&export(&fresh, report.contract)),
            parsed(yaml),
            "{}",
            report.title
        );
    }
}

#[test]
fn every_demo_contract_reimported_into_its_own_catalog_is_updated_and_unchanged() {
    for version in crate::model::OdcsVersion::ALL {
        reimported_unchanged(version);
    }
}

/// Every demo contract exported in ODCS `version` and imported back changes nothing.
fn reimported_unchanged(version: crate::model::OdcsVersion) {
    let (_dir, mut demo) = demo();
    demo.set_odcs_version(version).unwrap();
    let ids: Vec<ContractId> = demo
        .list_contracts()
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let before: Vec<Snapshot> = ids.iter().map(|id| snapshot(&demo, *id)).collect();
    let files: Vec<(PathBuf, String)> = ids
        .iter()
        .map(|id| (PathBuf::from(format!("{id}.yaml")), export(&demo, *id)))
        .collect();
    let rows = counts(&demo);
    let reports = import_texts(&mut demo, &files, &ImportOptions::default()).unwrap();
    assert_eq!(
        counts(&demo),
        rows,
        "nothing added, nothing changed in the audit trail"
    );
    for (((id, snapshot_before), report), (_, yaml)) in
        ids.iter().zip(before).zip(&reports).zip(&files)
    {
        assert_eq!(report.contract, *id);
        assert!(!report.created);
        assert_eq!(
            (
                report.sets_created,
                report.sets_updated,
                report.people_created
            ),
            (0, 0, 0)
        );
        assert_eq!(report.notes, Vec::<crate::wire::Note>::new());
        assert_eq!(snapshot(&demo, *id), snapshot_before);
        assert_eq!(parsed(&export(&demo, *id)), parsed(yaml));
        assert_eq!(parsed(yaml)["apiVersion"], version.as_str());
    }
}

#[test]
fn the_v3_0_example_is_read_as_datapakt_models_it_and_written_back_whole() {
    let mut catalog = Catalog::in_memory().unwrap();
    let report = import_one(&mut catalog, "v3.0.yaml", V3_0).unwrap();
    assert!(report.created);
    assert_eq!((report.sets_created, report.people_created), (1, 0));
    let contract = catalog.contract(report.contract).unwrap();
    let d = &contract.draft;
    assert_eq!(d.title, "Matrikkel til eiendomsskatt");
    assert_eq!(d.version, "1.4.0");
    assert_eq!(contract.state.status, ContractStatus::Approved);
    assert_eq!(d.owner, "Kari Nordmann", "the member whose role is owner");
    assert_eq!(
        d.provider_system, "Matrikkelen (lokal kopi)",
        "the data product"
    );
    assert_eq!(d.consumer_system, "Eiendomsskattesystem");
    assert_eq!(
        d.purpose,
        "Eiendomsskattekontoret beregner skatt ut fra oppdaterte eiendomsopplysninger."
    );
    assert_eq!(d.access, "Ikke til markedsføring.");
    assert_eq!(
        d.service_levels.availability_percent.as_deref(),
        Some("99.9")
    );
    assert_eq!(
        d.retention, "",
        "a number of years is kept in the file only"
    );
    let names: Vec<(&str, FieldType)> = d
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.field_type))
        .collect();
    assert_eq!(
        names,
        [
            ("matrikkelnummer", FieldType::String),
            ("areal", FieldType::Number),
            ("registrert", FieldType::Date)
        ]
    );
    let set = catalog
        .information_set(d.information_sets[0])
        .unwrap()
        .draft;
    assert_eq!(set.name, "Eiendom");
    assert_eq!(
        set.scheme, None,
        "public/restricted are levels of no scheme here"
    );
    assert!(set.fields[0].required);
    assert_eq!(set.fields[0].examples, ["3301-12/34/0/0"]);
    let owners = &set.fields[3];
    assert_eq!(owners.field_type, SchemaType::Array);
    assert_eq!(
        owners.children[0].name, "item",
        "an unnamed item gets a name"
    );
    assert_eq!(owners.children[0].children[1].examples, ["1/2"]);
    assert!(catalog
        .roles(Entity::Contract, Some(contract.id.0))
        .unwrap()
        .is_empty());
    let english = crate::i18n::Translator::new(crate::model::Lang::En);
    let notes: Vec<String> = report.notes.iter().map(|n| english.note(n)).collect();
    assert!(notes.iter().any(|n| n.contains("public")), "{notes:?}");
    assert!(notes.iter().any(|n| n.starts_with("team[0]")), "{notes:?}");
    let provider = catalog.system_id(&d.provider_system).unwrap().unwrap();
    assert_eq!(
        catalog
            .system(crate::model::SystemId(provider))
            .unwrap()
            .draft
            .endpoints,
        ["https://matrikkel.eksempel.kommune.no/api/v1"]
    );
    assert_eq!(parsed(&export(&catalog, contract.id)), parsed(V3_0));
}

#[test]
fn the_v3_2_example_is_read_as_datapakt_models_it_and_written_back_whole() {
    let mut catalog = Catalog::in_memory().unwrap();
    let report = import_one(&mut catalog, "v3.2.yaml", V3_2).unwrap();
    assert_eq!((report.sets_created, report.people_created), (1, 2));
    let contract = catalog.contract(report.contract).unwrap();
    assert_eq!(contract.state.status, ContractStatus::InReview);
    assert_eq!(contract.draft.owner, "Oppvekstsjefen");
    assert_eq!(contract.draft.legal_basis, "Opplæringsloven § 2-3");
    let set = catalog
        .information_set(contract.draft.information_sets[0])
        .unwrap()
        .draft;
    assert_eq!(
        set.scheme.as_deref(),
        Some("no-uh"),
        "recognised by its level names"
    );
    let field = |name: &str| set.fields.iter().find(|f| f.name == name).unwrap();
    assert_eq!(field("elevId").classification, Some(2));
    assert!(field("elevId").personal_data.personal);
    assert_eq!(field("fravaerstype").classification, Some(1));
    assert_eq!(
        field("fravaerstype").enum_values,
        ["dokumentert", "udokumentert"]
    );
    assert_eq!(field("klokkeslett").format.as_deref(), Some("time"));
    assert_eq!(field("dag").field_type, SchemaType::DateTime);
    assert!(
        set.fields.iter().all(|f| f.name != "merknader"),
        "a map is kept in the file only"
    );
    let roles: Vec<(Role, String)> = catalog
        .roles(Entity::Contract, Some(contract.id.0))
        .unwrap()
        .into_iter()
        .map(|a| (a.role, catalog.person(a.person).unwrap().draft.name))
        .collect();
    assert_eq!(
        roles,
        [
            (Role::ContactPoint, "Kontaktpunkt oppvekst".to_owned()),
            (Role::InformationOwner, "Åse Bjørnstad".to_owned())
        ]
    );
    assert_eq!(parsed(&export(&catalog, contract.id)), parsed(V3_2));
}

#[test]
fn an_edited_contract_exports_its_edits_and_keeps_what_datapakt_does_not_model() {
    let mut catalog = Catalog::in_memory().unwrap();
    let id = import_one(&mut catalog, "v3.2.yaml", V3_2)
        .unwrap()
        .contract;
    let mut contract = catalog.contract(id).unwrap();
    contract.draft.legal_basis = "Statistikkloven § 10".into();
    contract.draft.title = "Fravær til statistikk".into();
    catalog.save(Some(id), contract.draft.clone()).unwrap();
    let set_id = contract.draft.information_sets[0];
    let mut set = catalog.information_set(set_id).unwrap().draft;
    set.fields.retain(|f| f.name != "timer");
    set.fields.insert(
        1,
        crate::model::SchemaField {
            name: "skole".into(),
            ..Default::default()
        },
    );
    catalog.save(Some(set_id), set).unwrap();

    let doc = parsed(&export(&catalog, id));
    let original = parsed(V3_2);
    assert_eq!(doc["name"], "Fravær til statistikk");
    assert_eq!(doc["apiVersion"], "v3.2.0");
    for kept in ["context", "description", "slaProperties"] {
        assert_eq!(doc[kept], original[kept], "{kept}");
    }
    let object = &doc["schema"][0];
    for kept in ["id", "physicalType", "relationships"] {
        assert_eq!(object[kept], original["schema"][0][kept], "{kept}");
    }
    let names: Vec<&str> = object["properties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "elevId",
            "skole",
            "fravaerstype",
            "klokkeslett",
            "merknader",
            "dag"
        ],
        "timer removed, skole where it was added, the map kept"
    );
    assert_eq!(
        object["properties"][2],
        original["schema"][0]["properties"][1]
    );
    let customs = doc["customProperties"].as_array().unwrap();
    assert!(customs
        .iter()
        .any(|c| c["property"] == "datapakt.legalBasis" && c["value"] == "Statistikkloven § 10"));
    assert!(
        customs.contains(&original["customProperties"][3]),
        "another tool's property"
    );
    assert_eq!(doc["team"], original["team"]);
}

#[test]
fn an_edited_v3_0_contract_stays_v3_0_with_its_team_a_list_and_the_new_owner_first() {
    let mut catalog = Catalog::in_memory().unwrap();
    let id = import_one(&mut catalog, "v3.0.yaml", V3_0)
        .unwrap()
        .contract;
    assert_eq!(parsed(&export(&catalog, id))["apiVersion"], "v3.0.2");
    let mut draft = catalog.contract(id).unwrap().draft;
    draft.version = "1.5.0".into();
    catalog.save(Some(id), draft).unwrap();
    let doc = parsed(&export(&catalog, id));
    assert_eq!(doc["apiVersion"], "v3.0.2", "the version it came in");
    assert_eq!(doc["version"], "1.5.0");
    assert_eq!(doc["price"], parsed(V3_0)["price"]);
    assert_eq!(doc["team"], parsed(V3_0)["team"], "unchanged: still a list");
    assert_valid_in(&doc, "odcs-3.0");

    let mut draft = catalog.contract(id).unwrap().draft;
    draft.owner = "Eiendomsskattekontoret".into();
    catalog.save(Some(id), draft).unwrap();
    let doc = parsed(&export(&catalog, id));
    assert_eq!(doc["apiVersion"], "v3.0.2");
    let mut team = vec![json!({"name": "Eiendomsskattekontoret", "role": "owner"})];
    team.extend(parsed(V3_0)["team"].as_array().unwrap().iter().cloned());
    assert_eq!(
        doc["team"],
        json!(team),
        "a v3.0 team: the owner first, every member kept"
    );
    assert_valid_in(&doc, "odcs-3.0");
    // Read back, the owner is the new one.
    let mut other = Catalog::in_memory().unwrap();
    let yaml = export(&catalog, id);
    let again = import_one(&mut other, "again.yaml", &yaml)
        .unwrap()
        .contract;
    assert_eq!(
        other.contract(again).unwrap().draft.owner,
        "Eiendomsskattekontoret"
    );
}

#[test]
fn an_edited_v3_2_contract_stays_v3_2_and_valid_in_it() {
    let mut catalog = Catalog::in_memory().unwrap();
    let id = import_one(&mut catalog, "v3.2.yaml", V3_2)
        .unwrap()
        .contract;
    let mut draft = catalog.contract(id).unwrap().draft;
    draft.purpose = "Endret formål".into();
    catalog.save(Some(id), draft).unwrap();
    let doc = parsed(&export(&catalog, id));
    assert_eq!(doc["apiVersion"], parsed(V3_2)["apiVersion"]);
    assert_eq!(doc["description"]["purpose"], "Endret formål");
    assert_valid_in(&doc, "odcs-3.2");
}

/// Fails unless `doc` matches the official ODCS schema installed in `target/validators/<dir>`.
fn assert_valid_in(doc: &Value, dir: &str) {
    let root = std::env::var_os("DATAPAKT_VALIDATORS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/validators"));
    let path = root
        .join(dir)
        .join("open_data_contract_standard/schema.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} ({e}): run `cargo xtask test`", path.display()));
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn a_reimport_of_the_same_id_updates_the_contract_and_its_sets_rather_than_adding_them() {
    let mut catalog = Catalog::in_memory().unwrap();
    let first = import_one(&mut catalog, "v3.2.yaml", V3_2).unwrap();
    let rows = counts(&catalog);
    let edited = V3_2
        .replace(
            "name: Skolefravær til statistikk",
            "name: Skolefravær til SSB",
        )
        .replace("status: proposed", "status: active")
        .replace(
            "      - name: timer\n        logicalType: integer\n",
            "      - name: timer\n        logicalType: number\n",
        );
    let second = import_one(&mut catalog, "v3.2.yaml", &edited).unwrap();
    assert_eq!(second.contract, first.contract);
    assert!(!second.created);
    assert_eq!(
        (
            second.sets_created,
            second.sets_updated,
            second.people_created
        ),
        (0, 1, 0)
    );
    assert_eq!(
        counts(&catalog)[..4],
        rows[..4],
        "no contract, set, person or system added"
    );
    let contract = catalog.contract(second.contract).unwrap();
    assert_eq!(contract.draft.title, "Skolefravær til SSB");
    assert_eq!(contract.state.status, ContractStatus::Approved);
    let set = catalog
        .information_set(contract.draft.information_sets[0])
        .unwrap();
    assert_eq!(
        set.id,
        catalog
            .contract(first.contract)
            .unwrap()
            .draft
            .information_sets[0]
    );
    assert_eq!(set.draft.fields[2].field_type, SchemaType::Number);
    assert_eq!(parsed(&export(&catalog, contract.id)), parsed(&edited));
    let third = import_one(&mut catalog, "again.yaml", &edited).unwrap();
    assert_eq!((third.contract, third.sets_updated), (first.contract, 0));
}

#[test]
fn the_catalog_s_own_export_updates_the_contract_it_came_from_but_not_another_catalog_s() {
    let (_dir, mut demo) = demo();
    let mut draft = demo.contract(ContractId(3)).unwrap().draft;
    let yaml = export(&demo, ContractId(3));
    draft.title = "Changed after the export".into();
    demo.save(Some(ContractId(3)), draft).unwrap();
    let report = import_one(&mut demo, "3.yaml", &yaml).unwrap();
    assert_eq!((report.contract, report.created), (ContractId(3), false));
    assert_eq!(
        demo.contract(ContractId(3)).unwrap().draft.title,
        "Ansatte og stillinger til tilgangsstyring"
    );

    let (_other_dir, mut other) = self::demo();
    let report = import_one(&mut other, "3.yaml", &yaml).unwrap();
    assert!(
        report.created,
        "another catalog's contract 3 is another contract"
    );
    assert_eq!(
        report.contract,
        ContractId(6),
        "after the demo's five contracts"
    );
    let again = import_one(&mut other, "3.yaml", &yaml).unwrap();
    assert_eq!(
        (again.contract, again.created),
        (ContractId(6), false),
        "by the kept id"
    );
}

#[test]
fn what_a_document_leaves_out_can_come_from_the_caller() {
    let mut catalog = Catalog::in_memory().unwrap();
    let yaml = V3_0.replace(
        "  - property: datapakt.consumerSystem\n    value: Eiendomsskattesystem\n",
        "",
    );
    let report = import_one(&mut catalog, "v3.0.yaml", &yaml).unwrap();
    assert_eq!(
        catalog
            .contract(report.contract)
            .unwrap()
            .draft
            .consumer_system,
        ""
    );
    let options = ImportOptions {
        provider: Some("Overridden?".into()),
        consumer: Some("Skatt".into()),
        for_comparison: false,
    };
    let reports = import_texts(
        &mut catalog,
        &[(PathBuf::from("v3.0.yaml"), yaml)],
        &options,
    )
    .unwrap();
    let contract = catalog.contract(reports[0].contract).unwrap();
    assert_eq!(contract.draft.consumer_system, "Skatt");
    assert_eq!(
        contract.draft.provider_system, "Overridden?",
        "the caller's word before dataProduct"
    );
}

#[test]
fn files_are_read_from_disk_and_a_missing_one_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("v3.2.odcs.yaml");
    std::fs::write(&good, V3_2).unwrap();
    let mut catalog = Catalog::in_memory().unwrap();
    let missing = dir.path().join("missing.yaml");
    let err = import_files(
        &mut catalog,
        &[good.clone(), missing],
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Missing { .. }), "{err}");
    assert_eq!(catalog.list_contracts().unwrap().len(), 0);
    let reports = import_files(
        &mut catalog,
        std::slice::from_ref(&good),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(reports[0].file, good);
    assert_eq!(json!(reports[0].title), json!("Skolefravær til statistikk"));
}
