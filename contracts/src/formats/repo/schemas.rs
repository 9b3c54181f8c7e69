//! The JSON Schema of each kind of entry file, kept in the repository's `schemas/` folder so
//! that an editor, a review or another tool can check a file without Datapakt. Derived from
//! the model's types (their doc comments become the descriptions), so they follow the model:
//! the ids of the catalog become uids, and what a file holds besides the item's draft (the
//! roles held on it, a set's interface, when an integration was recorded) is added. Contracts
//! are ODCS documents: the standard's own schema is theirs.

use schemars::{schema_for, JsonSchema};
use serde_json::{json, Map, Value};

use super::Part;
use crate::model::{
    AgreementDraft, ApiProfile, ClassificationScheme, GrantDraft, InformationSetDraft,
    IntegrationDraft, OrganisationDraft, PersonDraft, RequestDraft, Role, SystemDraft,
};

/// The folder the schemas are kept in.
pub const FOLDER: &str = "schemas";

/// The path of the schema of entries of kind `part`, if it has one.
pub fn path(part: Part) -> Option<String> {
    let folder = match part {
        Part::Contract => return None,
        Part::Settings => "settings",
        part => part.folder(),
    };
    Some(format!("{FOLDER}/{folder}.schema.json"))
}

/// The schema of entries of kind `part` (`None` for contracts, which are ODCS).
pub fn schema(part: Part) -> Option<Value> {
    let mut schema = match part {
        Part::Contract => return None,
        Part::Organisation => draft::<OrganisationDraft>(),
        Part::Person => draft::<PersonDraft>(),
        Part::ClassificationScheme => draft::<ClassificationScheme>(),
        Part::System => draft::<SystemDraft>(),
        Part::InformationSet => draft::<InformationSetDraft>(),
        Part::Integration => draft::<IntegrationDraft>(),
        Part::Agreement => draft::<AgreementDraft>(),
        Part::Request => draft::<RequestDraft>(),
        Part::AccessGrant => draft::<GrantDraft>(),
        Part::Unit => object(
            "A unit of an organisation.",
            [
                ("organisation", uid("The organisation it belongs to.")),
                ("name", text("Its name, unique within the organisation.")),
            ],
        ),
        Part::Settings => object(
            "The catalog's settings.",
            [(
                "default_api_profile",
                inline::<ApiProfile>("The API profile new OpenAPI stubs follow."),
            )],
        ),
        Part::Release | Part::SetVersion => {
            let (owner, what) = if part == Part::Release {
                (
                    "contract",
                    "A released version of a contract, as it was then.",
                )
            } else {
                (
                    "set",
                    "A saved version of an information set, as it was then.",
                )
            };
            object(
                what,
                [
                    (owner, uid("Whose version it is.")),
                    ("version", text("Its version number.")),
                    ("at", text("When, RFC 3339 UTC.")),
                    ("by", text("Who released or saved it.")),
                    (
                        "snapshot",
                        json!({ "type": "object", "description": "What it held then." }),
                    ),
                ],
            )
        }
    };
    let Value::Object(root) = &mut schema else {
        return Some(schema);
    };
    root.remove("$schema");
    root.remove("title");
    if let Some(Value::Object(defs)) = root.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            if name.ends_with("Id") {
                *def = uid("The global identity (uid) of the item referred to.");
            }
        }
    }
    let properties = root
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("an object's schema has properties");
    if part.entity().is_some() {
        properties.insert("roles".into(), roles());
    }
    match part {
        Part::InformationSet => {
            properties.insert("interface".into(), interface());
        }
        Part::Integration => {
            properties.insert(
                "recorded_at".into(),
                text("When it was recorded (RFC 3339 UTC): which of two came first."),
            );
        }
        _ => {}
    }
    if !part.is_history() && part != Part::Settings {
        properties.insert("uid".into(), uid("Its global identity."));
        let required = root.entry("required").or_insert_with(|| json!([]));
        if let Value::Array(required) = required {
            required.insert(0, json!("uid"));
        }
    }
    let mut ordered = Map::new();
    ordered.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    ordered.insert(
        "title".into(),
        json!(format!("Datapakt team catalogue: {}", part.as_str())),
    );
    ordered.extend(std::mem::take(root));
    Some(Value::Object(ordered))
}

/// The schema of model type `T`.
fn draft<T: JsonSchema>() -> Value {
    schema_for!(T).to_value()
}

/// The schema of model type `T` as one property described by `description`.
fn inline<T: JsonSchema>(description: &str) -> Value {
    let mut value = schema_for!(T).to_value();
    if let Value::Object(fields) = &mut value {
        fields.remove("$schema");
        fields.remove("title");
        fields.insert("description".into(), json!(description));
    }
    value
}

/// An object of `properties`, all of them required.
fn object<const N: usize>(description: &str, properties: [(&str, Value); N]) -> Value {
    let required: Vec<&str> = properties.iter().map(|(name, _)| *name).collect();
    let properties: Map<String, Value> = properties
        .into_iter()
        .map(|(name, schema)| (name.to_owned(), schema))
        .collect();
    json!({
        "description": description,
        "type": "object",
        "properties": properties,
        "required": required,
    })
}

/// A uid, described by `description`.
fn uid(description: &str) -> Value {
    json!({ "type": "string", "minLength": 1, "description": description })
}

/// A text, described by `description`.
fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

/// The roles held on an item.
fn roles() -> Value {
    json!({
        "description": "The people holding a role on it.",
        "type": "array",
        "items": object(
            "A role and the person holding it.",
            [
                ("role", inline::<Role>("The role.")),
                ("person", uid("The person holding it.")),
            ],
        ),
    })
}

/// The interface an information set documents.
fn interface() -> Value {
    object(
        "The API of a system that this information set documents (its fields are the API's).",
        [
            ("system", uid("The system whose API it is.")),
            ("api", text("The API's name.")),
            ("origin", text("Where the description came from.")),
        ],
    )
}

/// Every schema file: its path and its bytes (pretty JSON, ending in a newline).
pub fn files() -> Vec<(String, Vec<u8>)> {
    Part::ALL
        .into_iter()
        .filter_map(|part| {
            let schema = schema(part)?;
            let mut bytes = serde_json::to_vec_pretty(&schema).expect("a schema always serialises");
            bytes.push(b'\n');
            Some((path(part)?, bytes))
        })
        .collect()
}
