use serde_json::json;

use super::*;
use crate::model::{Constraints, InformationSetDraft};

fn field(name: &str, field_type: SchemaType) -> SchemaField {
    SchemaField {
        name: name.into(),
        field_type,
        ..SchemaField::default()
    }
}

/// A set with what a register has: Nordic names, nesting, a list, limits, allowed values,
/// examples, classification and personal data.
fn register() -> InformationSetDraft {
    let personal = PersonalData {
        personal: true,
        national_id: true,
        ..PersonalData::default()
    };
    InformationSetDraft {
        name: "Elev".into(),
        description: "Elever i grunnskolen".into(),
        scheme: Some("no-uh".into()),
        fields: vec![
            SchemaField {
                required: true,
                description: "Fødselsnummer".into(),
                classification: Some(2),
                personal_data: personal,
                constraints: Constraints {
                    pattern: Some("^[0-9]{11}$".into()),
                    ..Constraints::default()
                },
                ..field("fødselsnummer", SchemaType::String)
            },
            SchemaField {
                required: true,
                ..field("fødselsdato", SchemaType::Date)
            },
            SchemaField {
                enum_values: vec!["K".into(), "M".into()],
                examples: vec!["K".into()],
                ..field("kön", SchemaType::String)
            },
            SchemaField {
                constraints: Constraints {
                    minimum: Some(1.into()),
                    maximum: Some(10.into()),
                    ..Constraints::default()
                },
                ..field("trinn", SchemaType::Integer)
            },
            SchemaField {
                children: vec![
                    SchemaField {
                        required: true,
                        classification: Some(1),
                        ..field("gate", SchemaType::String)
                    },
                    field("postnummer", SchemaType::String),
                ],
                ..field("adresse", SchemaType::Object)
            },
            SchemaField {
                children: vec![SchemaField {
                    format: Some("email".into()),
                    required: true,
                    ..field("e-post", SchemaType::String)
                }],
                ..field("foresatte", SchemaType::Array)
            },
            field("oppdatert", SchemaType::DateTime),
        ],
        ..InformationSetDraft::default()
    }
}

fn planned(value: &serde_json::Value, name: &str) -> Plan {
    plan(&serde_json::to_vec(value).unwrap(), name).unwrap()
}

#[test]
fn a_set_exported_as_json_schema_reads_back_as_the_same_set() {
    let set = register();
    let plan = planned(&set.json_schema(), "elev.schema.json");
    assert_eq!(plan.dialect, "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(plan.api, "Elev", "the title names it");
    assert_eq!(plan.sets.len(), 1);
    let read = &plan.sets[0];
    assert_eq!((read.origin.as_str(), read.name.as_str()), ("#", "Elev"));
    assert_eq!(read.description, set.description);
    assert_eq!(read.scheme, set.scheme);
    assert_eq!(read.fields, set.fields);
    assert_eq!((plan.renamed.len(), plan.simplified.len()), (0, 0));
}

#[test]
fn a_bundle_of_definitions_gives_a_set_per_object_and_follows_references_between_them() {
    // Draft 7, as many registries still publish it.
    let bundle = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://data.eksempel.kommune.no/skole.schema.json",
        "definitions": {
            "Skole": {"type": "object", "required": ["navn"], "properties": {
                "navn": {"type": "string", "maxLength": 100},
                "elever": {"type": "array", "items": {"$ref": "#/definitions/Elev"}}}},
            "Elev": {"type": "object", "properties": {
                "län": {"type": "string"},
                "skole": {"$ref": "#/definitions/Skole"}}},
            "Kode": {"type": "string", "enum": ["a", "b"]}
        }
    });
    let plan = planned(&bundle, "skole.schema.json");
    assert_eq!(
        plan.api,
        "https://data.eksempel.kommune.no/skole.schema.json"
    );
    let names: Vec<&str> = plan.sets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.len(), 2, "only the objects: {names:?}");
    assert!(names.contains(&"Skole") && names.contains(&"Elev"));
    let skole = plan.sets.iter().find(|s| s.name == "Skole").unwrap();
    assert_eq!(skole.origin, "#/definitions/Skole");
    assert_eq!(skole.fields[0].constraints.max_length, Some(100));
    assert!(skole.fields[0].required);
    let elever = &skole.fields[1];
    assert_eq!(elever.field_type, SchemaType::Array);
    let elev = &elever.children[0];
    assert_eq!(elev.children[0].name, "län", "a Nordic name is kept");
    assert!(
        plan.simplified.iter().any(|s| matches!(
            s.why,
            crate::formats::openapi::read::Simplification::Cycle { .. }
        )),
        "Skole → Elev → Skole is recorded, not expanded: {:?}",
        plan.simplified
    );
}

#[test]
fn a_schema_without_a_title_is_named_by_its_file_and_one_of_a_value_gets_one_field() {
    let plan = planned(&json!({"type": "string", "format": "date"}), "dato");
    assert_eq!(plan.sets[0].name, "dato");
    assert_eq!(plan.sets[0].fields.len(), 1);
    assert_eq!(plan.sets[0].fields[0].field_type, SchemaType::Date);
}

#[test]
fn what_is_not_a_json_schema_of_an_object_is_refused_by_what_is_wrong() {
    let refused = |text: &str| plan(text.as_bytes(), "x").unwrap_err();
    assert_eq!(
        refused(r#"{"$defs": {"Kode": {"type": "string"}}}"#),
        OpenApiError::NoObjectSchema
    );
    assert_eq!(refused("{}"), OpenApiError::NoObjectSchema);
    assert_eq!(
        refused("[1, 2]"),
        OpenApiError::NotAnObject { found: "a list" }
    );
    assert!(matches!(
        refused("{\"type\": "),
        OpenApiError::Syntax { .. }
    ));
    assert!(matches!(
        refused(r#"{"type": "object", "properties": {"a": {"$ref": "other.json#/x"}}}"#),
        OpenApiError::ExternalRef { .. }
    ));
    assert!(matches!(
        refused(r##"{"type": "object", "properties": {"a": {"$ref": "#/$defs/Missing"}}}"##),
        OpenApiError::DanglingRef { .. }
    ));
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// The register's schema with bytes changed or cut short: a plan whose sets can be
        /// stored, or an error, never a panic.
        #[test]
        fn mutated_json_schemas_are_read_or_refused_never_a_panic(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = serde_json::to_vec_pretty(&register().json_schema()).unwrap();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            bytes.truncate(cut.index(bytes.len() + 1).max(bytes.len() * 3 / 4));
            if let Ok(plan) = plan(&bytes, "x") {
                for set in &plan.sets {
                    let draft = InformationSetDraft {
                        name: set.name.clone(),
                        fields: set.fields.clone(),
                        ..InformationSetDraft::default()
                    };
                    prop_assert_eq!(crate::validate::information_set_issues(&draft, None), vec![]);
                }
            }
        }
    }
}
