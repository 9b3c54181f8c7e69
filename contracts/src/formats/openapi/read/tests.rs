//! The OpenAPI import on documents written for it: a 3.0 JSON one (`fixtures/kennel-3.0.json`)
//! and a 3.1 YAML one (`fixtures/registry-3.1.yaml`), and small documents for each error.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::*;
use crate::model::{InformationSetDraft, SchemaType};
use crate::validate::information_set_issues;

pub(crate) const KENNEL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/openapi/kennel-3.0.json"
));
pub(crate) const REGISTRY: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/openapi/registry-3.1.yaml"
));

/// The plan of `source`, every set checked against the catalog's rules.
fn planned(source: &str) -> Plan {
    let plan = plan(source.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_valid(&plan);
    plan
}

/// Every set of `plan` is one the catalog accepts.
pub(crate) fn assert_valid(plan: &Plan) {
    for set in &plan.sets {
        let draft = InformationSetDraft {
            name: set.name.clone(),
            fields: set.fields.clone(),
            ..InformationSetDraft::default()
        };
        let issues = information_set_issues(&draft, None);
        assert!(
            issues.is_empty(),
            "{} ({}): {issues:?}",
            set.name,
            set.origin
        );
    }
}

fn set<'p>(plan: &'p Plan, name: &str) -> &'p PlannedSet {
    plan.sets
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no set {name:?} in {:?}", names(plan)))
}

fn names(plan: &Plan) -> Vec<&str> {
    plan.sets.iter().map(|s| s.name.as_str()).collect()
}

pub(crate) fn field<'f>(fields: &'f [SchemaField], name: &str) -> &'f SchemaField {
    fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name:?} among {fields:?}"))
}

fn field_names(fields: &[SchemaField]) -> Vec<&str> {
    fields.iter().map(|f| f.name.as_str()).collect()
}

fn refused(source: &str) -> OpenApiError {
    match plan(source.as_bytes()) {
        Ok(plan) => panic!("imported: {:?}", names(&plan)),
        Err(error) => error,
    }
}

#[test]
fn a_3_0_json_document_becomes_nested_sets_with_types_formats_enums_and_required() {
    let plan = planned(KENNEL);
    assert_eq!(
        (
            plan.dialect.as_str(),
            plan.api.as_str(),
            plan.version.as_str()
        ),
        ("3.0.3", "Kennel API", "1.2.0")
    );
    assert_eq!(
        names(&plan),
        [
            "Pet",
            "Owner",
            "Status",
            "Dog",
            "Cat",
            "Animal",
            "Problem",
            "Problem (2)",
            "createPet request",
            "GET /pets/{id}/visits response 200",
        ]
    );

    let pet = set(&plan, "Pet");
    assert_eq!(pet.origin, "#/components/schemas/Pet");
    assert_eq!(pet.description, "A pet in the kennel.");
    assert_eq!(
        field_names(&pet.fields),
        [
            "id",
            "name",
            "born",
            "checkedIn",
            "weight",
            "size",
            "status",
            "owner",
            "tags",
            "first-name",
            "first_name",
            "metadata",
            "vaccinated"
        ]
    );
    let id = field(&pet.fields, "id");
    assert_eq!(
        (id.field_type, id.format.as_deref(), id.required),
        (SchemaType::String, Some("uuid"), true)
    );
    assert_eq!(id.examples, ["3f2c9d1e-8a54-4b8e-9c4f-1d2e3f4a5b6c"]);
    let name = field(&pet.fields, "name");
    assert_eq!(name.description, "What the pet answers to.");
    assert!(name.required);
    let born = field(&pet.fields, "born");
    assert_eq!(
        (born.field_type, born.format.clone()),
        (SchemaType::Date, None)
    );
    assert!(born.required);
    let checked_in = field(&pet.fields, "checkedIn");
    assert_eq!(checked_in.field_type, SchemaType::DateTime);
    assert!(!checked_in.required);
    let weight = field(&pet.fields, "weight");
    assert_eq!(
        (weight.field_type, weight.format.as_deref()),
        (SchemaType::Number, Some("float"))
    );
    assert!(
        weight.enum_values.is_empty(),
        "the catalog keeps enums of text and integers"
    );
    assert_eq!(weight.description, "Allowed values: 1.5, 2.5.");
    let size = field(&pet.fields, "size");
    assert_eq!(size.field_type, SchemaType::Integer);
    assert_eq!(size.enum_values, ["1", "2", "3"], "repeats dropped");
    let status = field(&pet.fields, "status");
    assert_eq!(status.enum_values, ["in", "out"], "null dropped");
    assert_eq!(status.description, "Where the pet is.");

    let owner = field(&pet.fields, "owner");
    assert_eq!(owner.field_type, SchemaType::Object);
    assert_eq!(field_names(&owner.children), ["email", "address"]);
    assert_eq!(
        field(&owner.children, "email").format.as_deref(),
        Some("email")
    );
    let address = field(&owner.children, "address");
    assert_eq!(address.field_type, SchemaType::Object);
    assert!(field(&address.children, "city").required);
    assert!(!field(&address.children, "street").required);

    let tags = field(&pet.fields, "tags");
    assert_eq!(tags.field_type, SchemaType::Array);
    assert_eq!(tags.children.len(), 1);
    assert_eq!(tags.children[0].field_type, SchemaType::String);

    let metadata = field(&pet.fields, "metadata");
    assert_eq!(metadata.field_type, SchemaType::String);
    assert!(metadata.description.contains("without declared properties"));
    assert!(plan.simplified.contains(&Simplified {
        at: "#/components/schemas/Pet/properties/metadata".into(),
        why: Simplification::FreeForm,
    }));
    assert_eq!(
        field(&pet.fields, "vaccinated").field_type,
        SchemaType::Boolean
    );

    let value = &set(&plan, "Status").fields;
    assert_eq!(field_names(value), ["value"]);
    assert_eq!(value[0].enum_values, ["in", "out"]);
    assert_eq!(set(&plan, "Status").description, "Where the pet is.");

    let dog = set(&plan, "Dog");
    assert_eq!(dog.fields.len(), pet.fields.len() + 1, "allOf merges Pet");
    assert!(field(&dog.fields, "barks").required);
    assert!(field(&dog.fields, "id").required, "Pet's required kept");

    let animal = set(&plan, "Animal");
    assert_eq!(animal.description, "One of: Dog, Cat.");
    assert!(field(&animal.fields, "lives").field_type == SchemaType::Integer);
    assert!(
        animal.fields.iter().all(|f| !f.required),
        "an alternative's field is not required of every value"
    );

    let problem = set(&plan, "Problem (2)");
    assert_eq!(
        problem.origin,
        "#/components/responses/Problem/content/application~1problem+json/schema"
    );
    assert_eq!(field_names(&problem.fields), ["title", "status", "traceId"]);

    let request = set(&plan, "createPet request");
    assert!(
        request.origin.ends_with("/application~1json/schema"),
        "JSON preferred"
    );
    assert!(field(&request.fields, "name").required);
    let visits = set(&plan, "GET /pets/{id}/visits response 200");
    assert!(visits.origin.ends_with("/schema/items"));
    assert_eq!(field(&visits.fields, "at").field_type, SchemaType::DateTime);

    assert!(!plan.renamed.iter().any(|r| r.from == "first-name"));
    assert!(plan.renamed.contains(&Renamed {
        at: "#/components/responses/Problem/content/application~1problem+json/schema".into(),
        from: "Problem".into(),
        to: "Problem (2)".into(),
    }));
}

#[test]
fn a_3_1_yaml_document_is_read_with_its_own_keywords_and_its_cycles_stopped() {
    let plan = planned(REGISTRY);
    assert_eq!(
        (
            plan.dialect.as_str(),
            plan.api.as_str(),
            plan.version.as_str()
        ),
        ("3.1.0", "Pupil registry", "2")
    );
    assert_eq!(
        names(&plan),
        [
            "Pupil",
            "Guardian",
            "Unit",
            "Anything",
            "webhook POST pupilMoved request"
        ]
    );
    let pupil = set(&plan, "Pupil");
    assert_eq!(
        pupil.description, "A pupil",
        "the title when there is no description"
    );
    let id = field(&pupil.fields, "pupilId");
    assert_eq!(id.examples, ["P-1", "P-2"]);
    assert!(id.required);
    let grade = field(&pupil.fields, "grade");
    assert_eq!(grade.field_type, SchemaType::Integer);
    assert_eq!(grade.enum_values.len(), 10);
    let nickname = field(&pupil.fields, "nickname");
    assert_eq!(nickname.field_type, SchemaType::String, "[string, null]");
    assert_eq!(nickname.description, "Only when the pupil has one.");
    assert_eq!(field(&pupil.fields, "kind").enum_values, ["pupil"], "const");
    let position = field(&pupil.fields, "position");
    assert_eq!(
        position.children[0].field_type,
        SchemaType::Number,
        "prefixItems"
    );

    let guardians = field(&pupil.fields, "guardians");
    let guardian = &guardians.children[0];
    assert_eq!(guardian.field_type, SchemaType::Object);
    let children = field(&guardian.children, "children");
    let back = &children.children[0];
    assert_eq!(back.field_type, SchemaType::String, "a cycle back to Pupil");
    assert!(back.description.contains("#/components/schemas/Pupil"));
    assert!(plan.simplified.contains(&Simplified {
        at: "#/components/schemas/Guardian/properties/children/items".into(),
        why: Simplification::Cycle {
            target: "#/components/schemas/Pupil".into()
        },
    }));

    let school = field(&pupil.fields, "school");
    assert_eq!(
        school.description, "The school the pupil attends.",
        "$ref's sibling"
    );
    assert_eq!(school.field_type, SchemaType::Object);
    let parent = field(&school.children, "parent");
    assert_eq!(parent.field_type, SchemaType::String);
    assert!(parent.description.contains("#/components/schemas/Unit"));

    let unit = set(&plan, "Unit");
    assert_eq!(field_names(&unit.fields), ["name", "parent", "units"]);
    assert!(field(&unit.fields, "units").children[0]
        .description
        .contains("not expanded"));

    let anything = set(&plan, "Anything");
    assert_eq!(field_names(&anything.fields), ["value"]);
    assert!(anything.fields[0].description.starts_with("Any JSON value"));

    let moved = set(&plan, "webhook POST pupilMoved request");
    assert_eq!(field(&moved.fields, "movedOn").field_type, SchemaType::Date);
}

#[test]
fn yaml_with_an_unquoted_version_and_json_with_a_byte_order_mark_are_read() {
    let yaml = "openapi: 3.1\ninfo: {title: T, version: 1}\ncomponents:\n  schemas:\n    A: {type: object, properties: {a: {type: string}}}\n";
    assert_eq!(planned(yaml).dialect, "3.1");
    let json = "\u{feff}{\"openapi\": \"3.0.0\", \"components\": {\"schemas\": {\"A\": {\"type\": \"string\"}}}}";
    let plan = planned(json);
    assert_eq!((plan.api.as_str(), plan.sets.len()), ("", 1));
}

#[test]
fn cycles_of_every_kind_stop_without_hanging() {
    let doc = json!({
        "openapi": "3.0.0",
        "components": {"schemas": {
            "Node": {"type": "object", "properties": {
                "next": {"$ref": "#/components/schemas/Node"},
                "all": {"allOf": [{"$ref": "#/components/schemas/Node"}]},
                "either": {"oneOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]}
            }},
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/C"}}},
            "C": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "X": {"$ref": "#/components/schemas/Y"},
            "Y": {"$ref": "#/components/schemas/X"},
            "Self": {"allOf": [{"$ref": "#/components/schemas/Self"}, {"properties": {"n": {"type": "integer"}}}]}
        }}
    });
    let plan = planned(&doc.to_string());
    let node = set(&plan, "Node");
    for name in ["next", "all", "either"] {
        let f = field(&node.fields, name);
        assert_eq!(f.field_type, SchemaType::String, "{name}");
        assert!(
            f.description.contains("#/components/schemas/Node"),
            "{name}"
        );
    }
    // A → B → C → B: the second B is a reference.
    let b = field(&set(&plan, "A").fields, "b");
    let c = field(&b.children, "c");
    assert!(field(&c.children, "b").description.contains("schemas/B"));
    // A cycle of bare references leaves nothing but the reference.
    let x = set(&plan, "X");
    assert_eq!(field_names(&x.fields), ["value"]);
    assert!(x.fields[0].description.contains("schemas/X"));
    assert_eq!(field_names(&set(&plan, "Self").fields), ["n"]);
}

#[test]
fn deep_and_exploding_documents_are_cut_off_in_bounded_time() {
    // A chain of 40 components, each holding the next.
    let mut schemas = serde_json::Map::new();
    for i in 0..40 {
        schemas.insert(
            format!("S{i}"),
            json!({"type": "object", "properties": {"next": {"$ref": format!("#/components/schemas/S{}", i + 1)}, "n": {"type": "integer"}}}),
        );
    }
    schemas.insert("S40".into(), json!({"type": "string"}));
    // 30 levels, each holding the next twice: 2^30 fields if expanded.
    for i in 0..30 {
        let next = json!({"$ref": format!("#/components/schemas/D{}", i + 1)});
        schemas.insert(
            format!("D{i}"),
            json!({"type": "object", "properties": {"left": next, "right": next}}),
        );
    }
    schemas.insert("D30".into(), json!({"type": "string"}));
    let doc = json!({"openapi": "3.1.0", "components": {"schemas": schemas}});
    let started = Instant::now();
    let plan = planned(&doc.to_string());
    assert!(started.elapsed() < Duration::from_secs(20));

    fn count(fields: &[SchemaField]) -> usize {
        fields.iter().map(|f| 1 + count(&f.children)).sum()
    }
    fn depth(fields: &[SchemaField]) -> usize {
        fields
            .iter()
            .map(|f| 1 + depth(&f.children))
            .max()
            .unwrap_or(0)
    }
    let chain = set(&plan, "S0");
    assert_eq!(depth(&chain.fields), MAX_NESTING + 1);
    assert!(plan
        .simplified
        .iter()
        .any(|s| s.why == Simplification::TooDeep));
    for set in &plan.sets {
        assert!(count(&set.fields) <= 2 * MAX_FIELDS, "{}", set.name);
    }
    assert!(plan
        .simplified
        .iter()
        .any(|s| s.why == Simplification::TooLarge));
}

#[test]
fn a_dangling_ref_names_where_it_is_and_what_it_points_to() {
    let doc = json!({"openapi": "3.0.1", "components": {"schemas": {
        "Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}}
    }}});
    let error = refused(&doc.to_string());
    assert_eq!(
        error,
        OpenApiError::DanglingRef {
            at: "#/components/schemas/Pet/properties/owner".into(),
            target: "#/components/schemas/Owner".into(),
        }
    );
    let text = error.to_string();
    assert!(
        text.contains("#/components/schemas/Pet/properties/owner"),
        "{text}"
    );
    assert!(text.contains("add what it names"), "{text}");

    let in_a_path = json!({"openapi": "3.0.1", "paths": {"/a": {"get": {"responses": {
        "200": {"$ref": "#/components/responses/Gone"}
    }}}}});
    assert!(matches!(
        refused(&in_a_path.to_string()),
        OpenApiError::DanglingRef { at, .. } if at == "#/paths/~1a/get/responses/200"
    ));
}

#[test]
fn a_ref_outside_the_document_or_not_a_pointer_is_refused_with_how_to_fix_it() {
    let external = json!({"openapi": "3.1.0", "components": {"schemas": {
        "Pet": {"type": "object", "properties": {"owner": {"$ref": "owner.yaml#/Owner"}}}
    }}});
    let error = refused(&external.to_string());
    assert!(
        matches!(&error, OpenApiError::ExternalRef { target, .. } if target == "owner.yaml#/Owner")
    );
    assert!(error.to_string().contains("bundle"));

    let anchor = json!({"openapi": "3.1.0", "components": {"schemas": {
        "Pet": {"$ref": "#pet"}
    }}});
    assert!(matches!(
        refused(&anchor.to_string()),
        OpenApiError::BadRef { at, .. } if at == "#/components/schemas/Pet"
    ));
}

#[test]
fn swagger_2_is_refused_with_a_hint_to_convert_it() {
    let error = refused(r#"{"swagger": "2.0", "info": {"title": "Old", "version": "1"}}"#);
    assert_eq!(
        error,
        OpenApiError::Swagger2 {
            version: "2.0".into()
        }
    );
    assert!(error.to_string().contains("swagger2openapi"));
    assert!(matches!(
        refused("swagger: '2.0'\npaths: {}\n"),
        OpenApiError::Swagger2 { .. }
    ));
}

#[test]
fn other_bad_input_is_refused_with_what_is_wrong() {
    assert!(matches!(
        refused("{\"openapi\": "),
        OpenApiError::Syntax { .. }
    ));
    assert!(matches!(refused("a: [b\n"), OpenApiError::Syntax { .. }));
    assert!(matches!(
        plan(&[0xff, 0xfe, 0x00]),
        Err(OpenApiError::Syntax { .. })
    ));
    assert!(matches!(
        refused("- openapi: 3.0.0\n"),
        OpenApiError::NotAnObject { found: "a list" }
    ));
    assert!(matches!(refused(""), OpenApiError::NotAnObject { .. }));
    assert!(matches!(
        refused("just words"),
        OpenApiError::NotAnObject { found: "text" }
    ));
    assert_eq!(refused("info: {title: T}\n"), OpenApiError::NoVersion);
    for version in ["2.5", "4.0.0", "3.2.0", "3.10.1"] {
        assert_eq!(
            refused(&format!("openapi: '{version}'\n")),
            OpenApiError::UnsupportedVersion {
                version: version.into()
            }
        );
    }
    assert!(matches!(
        refused("openapi: [3]\n"),
        OpenApiError::UnsupportedVersion { .. }
    ));
    // Deep nesting is refused quickly, not with a stack overflow.
    let started = Instant::now();
    let deep = "[".repeat(100_000);
    assert!(matches!(
        refused(&format!("{{\"a\": {deep}")),
        OpenApiError::Syntax { .. }
    ));
    assert!(plan(format!("a: {deep}").as_bytes()).is_err());
    assert!(plan("- ".repeat(100_000).as_bytes()).is_err());
    let nested = format!("{}1{}", "[".repeat(900), "]".repeat(900));
    assert!(plan(format!("{{\"openapi\": \"3.0.0\", \"x\": {nested}}}").as_bytes()).is_err());
    assert!(started.elapsed() < Duration::from_secs(10));
    let huge = vec![b' '; document::MAX_BYTES + 1];
    assert!(matches!(plan(&huge), Err(OpenApiError::Syntax { .. })));
}

#[test]
fn a_document_without_schemas_imports_nothing() {
    let plan = planned("openapi: 3.0.0\ninfo: {title: Empty, version: '1'}\npaths: {}\n");
    assert!(plan.sets.is_empty());
}

#[test]
fn every_planned_field_value_is_a_plain_json_schema_again() {
    // What the import stores, the OpenAPI export writes back out as valid JSON Schema.
    let plan = planned(KENNEL);
    for set in &plan.sets {
        let draft = InformationSetDraft {
            name: set.name.clone(),
            fields: set.fields.clone(),
            ..InformationSetDraft::default()
        };
        let schema: Value = draft.json_schema();
        assert!(jsonschema::meta::is_valid(&schema), "{}", set.name);
    }
}

#[test]
fn limits_on_values_come_in_with_their_fields_and_a_set_s_own_schema_reads_back_whole() {
    let document = json!({
        "openapi": "3.1.0",
        "info": {"title": "Register", "version": "1"},
        "components": {"schemas": {
            "Code": {"type": "string", "minLength": 4, "maxLength": 4, "pattern": "^[0-9]{4}$"},
            "Pupil": {
                "type": "object",
                "properties": {
                    "kommunenummer": {"$ref": "#/components/schemas/Code"},
                    "trinn": {"type": "integer", "minimum": 1, "maximum": 10},
                    "ja": {"type": "boolean", "maxLength": 3}
                }
            }
        }}
    });
    let plan = planned(&document.to_string());
    let pupil = plan.sets.iter().find(|s| s.name == "Pupil").unwrap();
    let limits = |name: &str| {
        pupil
            .fields
            .iter()
            .find(|f| f.name == name)
            .unwrap()
            .constraints
            .clone()
    };
    let code = limits("kommunenummer");
    assert_eq!(
        (code.min_length, code.max_length, code.pattern.as_deref()),
        (Some(4), Some(4), Some("^[0-9]{4}$"))
    );
    let level = limits("trinn");
    assert_eq!(
        (level.minimum, level.maximum),
        (Some(1.into()), Some(10.into()))
    );
    assert!(limits("ja").is_empty(), "a boolean has no length");

    // A set as Datapakt writes it (JSON Schema) reads back with every limit.
    let schema = InformationSetDraft {
        name: "Pupil".into(),
        fields: pupil.fields.clone(),
        ..InformationSetDraft::default()
    }
    .json_schema();
    let again = json!({
        "openapi": "3.1.0",
        "info": {"title": "Register", "version": "1"},
        "components": {"schemas": {"Pupil": schema}}
    });
    let again = planned(&again.to_string());
    assert_eq!(again.sets[0].fields, pupil.fields);
}
