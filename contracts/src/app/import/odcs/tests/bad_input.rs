//! Every kind of bad input: a typed error naming the place in the document, and a catalog
//! left exactly as it was.

use std::path::PathBuf;

use serde_json::{json, Value};

use super::super::*;
use super::counts;
use crate::formats::odcs::read::Expected;
use crate::model::Entity;

/// A small valid document, as a value to break.
fn minimal() -> Value {
    json!({
        "apiVersion": "v3.1.0",
        "kind": "DataContract",
        "id": "minimal",
        "name": "Minimal",
        "version": "1.0.0",
        "status": "draft",
        "team": {"name": "Eier"},
        "schema": [{"name": "Sett", "properties": [
            {"name": "a", "logicalType": "string"},
            {"name": "b", "logicalType": "integer"},
        ]}],
        "customProperties": [
            {"property": "datapakt.providerSystem", "value": "Kilde"},
            {"property": "datapakt.consumerSystem", "value": "Mottaker"},
        ],
    })
}

fn yaml(value: &Value) -> String {
    yaml_serde::to_string(value).unwrap()
}

/// `minimal()` changed by `change`.
fn broken(change: impl FnOnce(&mut Value)) -> String {
    let mut doc = minimal();
    change(&mut doc);
    yaml(&doc)
}

fn custom(doc: &mut Value, property: &str, value: Value) {
    doc["customProperties"]
        .as_array_mut()
        .unwrap()
        .push(json!({"property": format!("datapakt.{property}"), "value": value}));
}

/// Imports `files` into a demo catalog, which must refuse them and stay as it was; returns
/// the error.
fn refused(files: &[&str]) -> Error {
    let dir = tempfile::tempdir().unwrap();
    let (mut catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    let before = counts(&catalog);
    let demo = super::snapshot(&catalog, ContractId(1));
    let files: Vec<(PathBuf, String)> = files
        .iter()
        .enumerate()
        .map(|(i, text)| {
            (
                PathBuf::from(format!("file{i}.odcs.yaml")),
                (*text).to_owned(),
            )
        })
        .collect();
    let err = import_texts(&mut catalog, &files, &ImportOptions::default()).unwrap_err();
    assert_eq!(counts(&catalog), before, "nothing imported: {err}");
    assert_eq!(super::snapshot(&catalog, ContractId(1)), demo);
    assert!(catalog.contract_by_odcs_id("minimal").unwrap().is_none());
    err
}

/// The error of importing `text` alone: where it is, and what.
fn problem(text: &str) -> (String, Problem) {
    let err = refused(&[text]);
    let shown = err.to_string();
    assert!(
        shown.starts_with("file0.odcs.yaml: ") && shown.ends_with("nothing was imported"),
        "{shown}"
    );
    match err {
        Error::Odcs(e) => {
            assert_eq!(e.file, PathBuf::from("file0.odcs.yaml"));
            (e.at, e.problem)
        }
        other => panic!("not an ODCS error: {other:?}"),
    }
}

#[test]
fn the_minimal_document_itself_imports() {
    let mut catalog = Catalog::in_memory().unwrap();
    let reports = import_texts(
        &mut catalog,
        &[(PathBuf::from("m.yaml"), yaml(&minimal()))],
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(reports[0].created);
}

#[test]
fn text_that_is_not_yaml_or_not_an_odcs_mapping_is_refused() {
    let (at, p) = problem("apiVersion: v3.1.0\nkind: [DataContract\nid: x\n");
    assert_eq!(at, "");
    assert!(matches!(p, Problem::Yaml { line: 3, .. }), "{p:?}");
    assert_eq!(
        problem("- a\n- b\n"),
        (
            "".into(),
            Problem::WrongType {
                expected: Expected::Mapping,
                found: "list"
            }
        )
    );
    assert_eq!(
        problem(""),
        (
            "".into(),
            Problem::WrongType {
                expected: Expected::Mapping,
                found: "null"
            }
        )
    );
    let (at, p) = problem(&yaml(&minimal()).replace("name: a", "name: !tagged a"));
    assert_eq!(at, "schema[0].properties[0].name");
    assert!(matches!(p, Problem::NotJson { .. }));
}

#[test]
fn an_unknown_api_version_or_kind_is_refused() {
    for version in ["v2.2.2", "v4.0.0", "3.1.0", "v3.3.0", "latest"] {
        let (at, p) = problem(&broken(|d| d["apiVersion"] = json!(version)));
        assert_eq!(
            (at.as_str(), p),
            (
                "apiVersion",
                Problem::ApiVersion {
                    found: version.into()
                }
            )
        );
    }
    let (at, p) = problem(&broken(|d| d["kind"] = json!("DataProduct")));
    assert_eq!(at, "kind");
    assert!(matches!(p, Problem::NotOneOf { .. }));
}

#[test]
fn a_missing_required_field_is_named() {
    for (key, at) in [
        ("apiVersion", "apiVersion"),
        ("kind", "kind"),
        ("id", "id"),
        ("version", "version"),
        ("status", "status"),
    ] {
        let text = broken(|d| {
            d.as_object_mut().unwrap().remove(key);
        });
        assert_eq!(problem(&text), (at.into(), Problem::Missing), "{key}");
    }
    let text = broken(|d| {
        d["schema"][0]["properties"][1]
            .as_object_mut()
            .unwrap()
            .remove("name");
    });
    assert_eq!(
        problem(&text),
        ("schema[0].properties[1].name".into(), Problem::Missing)
    );
    let text = broken(|d| {
        d["schema"][0].as_object_mut().unwrap().remove("name");
    });
    assert_eq!(problem(&text), ("schema[0].name".into(), Problem::Missing));
    let text = broken(|d| d["customProperties"][0] = json!({"value": "x"}));
    assert_eq!(
        problem(&text),
        ("customProperties[0].property".into(), Problem::Missing)
    );
}

#[test]
fn v3_2_may_leave_out_the_status() {
    let mut doc = minimal();
    doc["apiVersion"] = json!("v3.2.0");
    doc.as_object_mut().unwrap().remove("status");
    let mut catalog = Catalog::in_memory().unwrap();
    let report = &import_texts(
        &mut catalog,
        &[("m".into(), yaml(&doc))],
        &ImportOptions::default(),
    )
    .unwrap()[0];
    assert_eq!(
        catalog.contract(report.contract).unwrap().state.status,
        crate::model::ContractStatus::Draft
    );
}

#[test]
fn a_value_of_the_wrong_type_is_named_with_what_it_should_be() {
    let cases: Vec<(String, &str, Expected, &str)> = vec![
        (
            yaml(&minimal()).replace("version: 1.0.0", "version: 1.0"),
            "version",
            Expected::Text,
            "number",
        ),
        (
            broken(|d| d["schema"] = json!({"name": "x"})),
            "schema",
            Expected::List,
            "mapping",
        ),
        (
            broken(|d| d["description"] = json!("just text")),
            "description",
            Expected::Mapping,
            "text",
        ),
        (
            broken(|d| d["team"] = json!("Eier")),
            "team",
            Expected::Mapping,
            "text",
        ),
        (
            broken(|d| d["schema"][0]["properties"][0]["required"] = json!("yes")),
            "schema[0].properties[0].required",
            Expected::Boolean,
            "text",
        ),
        (
            broken(|d| d["schema"][0]["properties"][0]["logicalType"] = json!(5)),
            "schema[0].properties[0].logicalType",
            Expected::Text,
            "number",
        ),
        (
            broken(|d| d["schema"][0]["properties"][0]["logicalTypeOptions"] = json!(["email"])),
            "schema[0].properties[0].logicalTypeOptions",
            Expected::Mapping,
            "list",
        ),
        (
            broken(|d| custom(d, "responseMinutes", json!(-5))),
            "customProperties[2].value",
            Expected::WholeNumber,
            "number",
        ),
        (
            broken(|d| custom(d, "processedInHouse", json!("no"))),
            "customProperties[2].value",
            Expected::Boolean,
            "text",
        ),
        (
            broken(|d| custom(d, "links", json!("https://x.no"))),
            "customProperties[2].value",
            Expected::List,
            "text",
        ),
        (
            broken(|d| {
                d["schema"][0]["properties"][0]["customProperties"] =
                    json!([{"property": "datapakt.personalData", "value": {"personal": 1}}])
            }),
            "schema[0].properties[0].customProperties[0].value.personal",
            Expected::Boolean,
            "number",
        ),
    ];
    for (text, at, expected, found) in cases {
        assert_eq!(
            problem(&text),
            (at.into(), Problem::WrongType { expected, found }),
            "{at}"
        );
    }
}

#[test]
fn a_value_datapakt_cannot_take_is_named_with_how_to_fix_it() {
    let mut schema5 = minimal();
    schema5["schema"] = json!([
        {"name": "s0", "properties": [{"name": "a"}]},
        {"name": "s1", "properties": [{"name": "a"}]},
        {"name": "s2", "properties": [
            {"name": "p0"}, {"name": "p1"}, {"name": "p2"}, {"name": "p3"}, {"name": "p4"},
            {"name": "p5", "logicalType": "text"},
        ]},
    ]);
    assert_eq!(
        problem(&yaml(&schema5)),
        (
            "schema[2].properties[5].logicalType".into(),
            Problem::NotOneOf {
                value: "text".into(),
                allowed: "string, integer, number, boolean, date, timestamp, time, object, array"
                    .into()
            }
        )
    );
    let cases: Vec<(String, &str, Problem)> = vec![
        (
            broken(|d| d["version"] = json!("one")),
            "version",
            Problem::NotVersion {
                value: "one".into(),
            },
        ),
        (
            broken(|d| d["version"] = json!("1.0.0-beta")),
            "version",
            Problem::NotVersion {
                value: "1.0.0-beta".into(),
            },
        ),
        (
            broken(|d| d["name"] = json!("x".repeat(201))),
            "name",
            Problem::TooLong { max: 200 },
        ),
        (
            broken(|d| d["schema"][0]["properties"][0]["name"] = json!("a.b")),
            "schema[0].properties[0].name",
            Problem::NotIdentifier {
                value: "a.b".into(),
            },
        ),
        (
            broken(|d| d["schema"][0]["properties"][1]["name"] = json!("a")),
            "schema[0].properties[1].name",
            Problem::Duplicate { value: "a".into() },
        ),
        (
            broken(|d| d["schema"][0]["logicalType"] = json!("array")),
            "schema[0].logicalType",
            Problem::NotOneOf {
                value: "array".into(),
                allowed: "object".into(),
            },
        ),
        (
            broken(|d| custom(d, "validFrom", json!("01.01.2026"))),
            "customProperties[2].value",
            Problem::NotDate {
                value: "01.01.2026".into(),
            },
        ),
        (
            broken(|d| custom(d, "apiProfile", json!("x-rest"))),
            "customProperties[2].value",
            Problem::NotOneOf {
                value: "x-rest".into(),
                allowed: "generic, ks-fiks, se-rest".into(),
            },
        ),
        (
            broken(|d| custom(d, "legalBasis", json!("a")))
                .replace("datapakt.providerSystem", "datapakt.legalBasis"),
            "customProperties[2].property",
            Problem::Duplicate {
                value: "datapakt.legalBasis".into(),
            },
        ),
        (
            broken(|d| {
                d["slaProperties"] =
                    json!([{"property": "availability", "value": 150, "unit": "%"}])
            }),
            "slaProperties[0].value",
            Problem::NotPercent {
                value: "150".into(),
            },
        ),
        (
            broken(|d| {
                d["schema"][0]["customProperties"] =
                    json!([{"property": "datapakt.classificationScheme", "value": "nsm"}])
            }),
            "schema[0].customProperties[0].value",
            Problem::UnknownScheme {
                key: "nsm".into(),
                known: "no-uh, se-klassa".into(),
            },
        ),
        (
            broken(|d| {
                d["schema"][0]["customProperties"] =
                    json!([{"property": "datapakt.classificationScheme", "value": "no-uh"}]);
                d["schema"][0]["properties"][0]["classification"] = json!("Secret");
            }),
            "schema[0].properties[0].classification",
            Problem::UnknownLevel {
                value: "Secret".into(),
                scheme: "no-uh".into(),
                levels: "Open, Internal, Confidential, Strictly confidential".into(),
            },
        ),
        (
            broken(|d| {
                d["schema"][0]["properties"][0]["enum"] = json!([{"value": "x"}, {"value": "x"}])
            }),
            "schema[0].properties[0].enum",
            Problem::Duplicate { value: "x".into() },
        ),
        (
            broken(|d| {
                d["schema"][0]["customProperties"] = json!([{"property": "datapakt.owner",
                    "value": {"name": "N", "email": "not-an-address"}}]);
            }),
            "schema[0].customProperties[0].value.email",
            Problem::NotEmail {
                value: "not-an-address".into(),
            },
        ),
    ];
    for (text, at, expected) in cases {
        assert_eq!(problem(&text), (at.into(), expected), "{at}");
    }
}

#[test]
fn what_the_document_lacks_makes_a_draft_with_notes_and_findings_not_a_refusal() {
    use crate::model::{ContractStatus, Rule};
    let cases: Vec<(String, &[&str])> = vec![
        (
            broken(|d| d["team"] = json!({"members": [{"username": "a@b.no", "role": "steward"}]})),
            &["owner"],
        ),
        (
            broken(|d| {
                d["customProperties"].as_array_mut().unwrap().remove(0);
            }),
            &["provider"],
        ),
        (
            broken(|d| {
                d["customProperties"] = json!([]);
                d["status"] = json!("active");
            }),
            &["provider", "consumer"],
        ),
        (broken(|d| d["schema"] = json!([])), &["fields"]),
        (
            broken(|d| {
                d["schema"][0]["properties"] = json!([{"name": "m", "logicalType": "map"}]);
                d.as_object_mut().unwrap().remove("team");
            }),
            &["owner", "fields"],
        ),
    ];
    for (text, lacks) in cases {
        let mut catalog = Catalog::in_memory().unwrap();
        let reports = import_texts(
            &mut catalog,
            &[(PathBuf::from("a.yaml"), text)],
            &ImportOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{lacks:?}: {e}"));
        let report = &reports[0];
        let gaps: Vec<&str> = report
            .notes
            .iter()
            .filter(|n| n.key == "note-odcs-gap")
            .map(|n| n.args["what"].as_str())
            .collect();
        assert_eq!(gaps, lacks);
        let contract = catalog.contract(report.contract).unwrap();
        assert_eq!(contract.state.status, ContractStatus::Draft, "{lacks:?}");
        if lacks.contains(&"consumer") {
            assert!(
                report.notes.iter().any(|n| n.key == "note-odcs-kept-draft"),
                "the file said active: {:?}",
                report.notes
            );
        }
        let findings: Vec<String> =
            crate::app::checks::findings_for(&catalog, Entity::Contract, report.contract.0)
                .unwrap()
                .into_iter()
                .filter(|f| f.rule == Rule::ContractIsComplete)
                .map(|f| f.args["what"].clone())
                .collect();
        assert_eq!(findings, lacks);
        let err = crate::app::items::move_contract(
            &mut catalog,
            report.contract,
            ContractStatus::InReview,
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::ContractIncomplete { issues } if issues.len() == lacks.len()),
            "{err}"
        );
        assert_eq!(
            catalog.contract(report.contract).unwrap().state.status,
            ContractStatus::Draft
        );
    }
}

#[test]
fn one_bad_file_imports_none_of_the_call_s_files() {
    let good = yaml(&minimal());
    let bad = broken(|d| {
        d["id"] = json!("other");
        d["schema"][0]["properties"][0]["logicalType"] = json!("text");
    });
    let err = refused(&[&good, &bad]);
    assert!(
        matches!(&err, Error::Odcs(e) if e.file == std::path::Path::new("file1.odcs.yaml") && e.at == "schema[0].properties[0].logicalType"),
        "{err}"
    );

    let err = refused(&[&good, &good]);
    assert!(
        matches!(&err, Error::Odcs(e) if e.at == "id" && e.problem == Problem::Duplicate { value: "minimal".into() }),
        "{err}"
    );

    // Found only while applying (the second file's contract ends before it starts): the
    // first file's contract, set and systems are rolled back too.
    let backwards = broken(|d| {
        d["id"] = json!("backwards");
        custom(d, "validFrom", json!("2026-01-01"));
        custom(d, "validTo", json!("2025-01-01"));
    });
    let err = refused(&[&good, &backwards]);
    assert!(
        matches!(&err, Error::InvalidImport { index: 1, .. }),
        "{err}"
    );
}

#[test]
fn any_status_text_reads_as_the_nearest_state_with_a_note_and_nordic_field_names_are_kept() {
    use crate::model::ContractStatus::*;
    for (status, state) in [
        ("development", Draft),
        ("production", Approved),
        ("pending review", InReview),
        ("archived", Retired),
        ("something else", Draft),
    ] {
        let mut doc = minimal();
        doc["status"] = json!(status);
        doc["id"] = json!(format!("id-{status}"));
        doc["schema"][0]["properties"][0]["name"] = json!("fødselsdato");
        doc["schema"][0]["properties"][1]["name"] = json!("kön");
        let mut catalog = Catalog::in_memory().unwrap();
        let report = &import_texts(
            &mut catalog,
            &[("m".into(), yaml(&doc))],
            &ImportOptions::default(),
        )
        .unwrap()[0];
        assert_eq!(
            catalog.contract(report.contract).unwrap().state.status,
            state,
            "{status}"
        );
        let note = report.notes.iter().find(|n| n.key == "note-odcs-status");
        assert_eq!(
            note.and_then(|n| n.args.get("text")).map(String::as_str),
            Some(format!("{status:?}").as_str())
        );
        let set = catalog.information_sets().unwrap().pop().unwrap();
        let names: Vec<&str> = set.draft.fields.iter().map(|f| f.name.as_str()).collect();
        assert!(names.starts_with(&["fødselsdato", "kön"]), "{names:?}");
    }
}

#[test]
fn a_reimport_that_leaves_out_the_owner_and_systems_keeps_the_contract_s_own() {
    use crate::model::ContractStatus;
    let mut catalog = Catalog::in_memory().unwrap();
    let full = broken(|d| d["status"] = json!("active"));
    let first = import_texts(
        &mut catalog,
        &[(PathBuf::from("a.yaml"), full)],
        &ImportOptions::default(),
    )
    .unwrap();
    let id = first[0].contract;
    assert_eq!(
        catalog.contract(id).unwrap().state.status,
        ContractStatus::Approved
    );
    let silent = broken(|d| {
        d["status"] = json!("active");
        d["description"] = json!({"purpose": "Nytt formål"});
        d.as_object_mut().unwrap().remove("team");
        d["customProperties"] = json!([]);
    });
    let again = import_texts(
        &mut catalog,
        &[(PathBuf::from("a.yaml"), silent)],
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(again[0].contract, id);
    assert!(
        again[0]
            .notes
            .iter()
            .all(|n| n.key != "note-odcs-gap" && n.key != "note-odcs-kept-draft"),
        "{:?}",
        again[0].notes
    );
    let contract = catalog.contract(id).unwrap();
    assert_eq!(
        (
            contract.draft.owner.as_str(),
            contract.draft.provider_system.as_str(),
            contract.draft.consumer_system.as_str()
        ),
        ("Eier", "Kilde", "Mottaker")
    );
    assert_eq!(
        contract.draft.purpose, "Nytt formål",
        "what the file says is taken"
    );
}

#[test]
fn v3_2_synonyms_in_datapakt_s_languages_are_the_field_s_names_and_others_stay_in_the_file() {
    let text = broken(|d| {
        d["apiVersion"] = json!("v3.2.0");
        d["schema"][0]["properties"][0]["synonyms"] = json!([
            {"synonym": "Kön", "locale": "sv-SE"},
            {"synonym": "Gender", "locale": "en"},
            {"synonym": "Geschlecht", "locale": "de"},
            {"synonym": "sex"},
        ]);
    });
    let mut catalog = Catalog::in_memory().unwrap();
    let report = import_texts(
        &mut catalog,
        &[(PathBuf::from("a.yaml"), text.clone())],
        &ImportOptions::default(),
    )
    .unwrap();
    let set = catalog.information_sets().unwrap().pop().unwrap();
    let labels = &set.draft.fields[0].labels;
    assert_eq!(
        labels
            .0
            .iter()
            .map(|(l, t)| (*l, t.as_str()))
            .collect::<Vec<_>>(),
        [
            (crate::model::Lang::En, "Gender"),
            (crate::model::Lang::Sv, "Kön")
        ]
    );
    // Unchanged, the file comes back whole: the other synonyms too.
    let exported = super::export(&catalog, report[0].contract);
    let back: Value = yaml_serde::from_str(&exported).unwrap();
    let original: Value = yaml_serde::from_str(&text).unwrap();
    assert_eq!(
        back["schema"][0]["properties"][0]["synonyms"],
        original["schema"][0]["properties"][0]["synonyms"]
    );
}
