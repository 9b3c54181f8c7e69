//! ODCS `schema`: a contract's information sets as schema objects, their fields (nested
//! objects and arrays included) as properties, and the contract's own field list for a
//! contract that governs no information set.

use serde_json::{json, Map, Value};

use super::names;
use crate::model::{
    ClassificationScheme, Field, FieldType, InformationSet, Lang, Person, SchemaField, SchemaType,
};

/// The ODCS logical type of a schema type.
pub fn logical_type(field_type: SchemaType) -> &'static str {
    match field_type {
        SchemaType::String => "string",
        SchemaType::Integer => "integer",
        SchemaType::Number => "number",
        SchemaType::Boolean => "boolean",
        SchemaType::Date => "date",
        SchemaType::DateTime => "timestamp",
        SchemaType::Object => "object",
        SchemaType::Array => "array",
    }
}

/// The ODCS logical type of a contract field's type.
pub fn field_logical_type(field_type: FieldType) -> &'static str {
    match field_type {
        FieldType::String => "string",
        FieldType::Integer => "integer",
        FieldType::Number => "number",
        FieldType::Boolean => "boolean",
        FieldType::Date => "date",
        FieldType::DateTime => "timestamp",
    }
}

/// A custom property, namespaced so it cannot clash with another tool's.
pub fn custom(name: &str, value: Value) -> Value {
    json!({ "property": names::full(name), "value": value })
}

/// The English name of level `ordinal` in `scheme` (its number when the scheme lacks it).
fn level_name(scheme: Option<&ClassificationScheme>, ordinal: u8) -> String {
    scheme
        .and_then(|s| s.levels.iter().find(|l| l.ordinal == ordinal))
        .map_or_else(|| ordinal.to_string(), |l| l.name.get(Lang::En).to_owned())
}

/// A field's `logicalTypeOptions`: a text's format, and the limits of its type.
fn type_options(field: &SchemaField) -> Map<String, Value> {
    let mut options = Map::new();
    if let (Some(format), SchemaType::String) = (&field.format, field.field_type) {
        options.insert("format".into(), json!(format));
    }
    for (keyword, value) in field.constraints.keywords(field.field_type) {
        options.insert(keyword.into(), value);
    }
    options
}

/// One field as an ODCS property (an array's item too: it keeps its name).
pub fn property(field: &SchemaField, scheme: Option<&ClassificationScheme>) -> Value {
    let mut p = Map::new();
    p.insert("name".into(), json!(field.name));
    p.insert("logicalType".into(), json!(logical_type(field.field_type)));
    if field.required {
        p.insert("required".into(), json!(true));
    }
    if !field.description.is_empty() {
        p.insert("description".into(), json!(field.description));
    }
    let options = type_options(field);
    if !options.is_empty() {
        p.insert("logicalTypeOptions".into(), Value::Object(options));
    }
    if field.constraints.unique {
        p.insert("unique".into(), json!(true));
    }
    if field.constraints.primary_key {
        p.insert("primaryKey".into(), json!(true));
    }
    if let Some(level) = field.classification {
        p.insert("classification".into(), json!(level_name(scheme, level)));
    }
    if !field.examples.is_empty() {
        p.insert("examples".into(), json!(field.examples));
    }
    let mut customs = Vec::new();
    if !field.enum_values.is_empty() {
        customs.push(custom(names::ALLOWED_VALUES, json!(field.enum_values)));
    }
    let personal = field.personal_data;
    if personal.any() {
        customs.push(custom(
            names::PERSONAL_DATA,
            json!({
                "personal": personal.personal,
                "specialCategory": personal.special_category,
                "criminalOffence": personal.criminal_offence,
                "nationalIdentityNumber": personal.national_id,
            }),
        ));
    }
    if let (Some(format), false) = (&field.format, field.field_type == SchemaType::String) {
        customs.push(custom(names::FORMAT, json!(format)));
    }
    if !field.labels.is_empty() {
        let labels: Map<String, Value> = field
            .labels
            .0
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(lang, text)| (lang.tag().to_owned(), json!(text)))
            .collect();
        customs.push(custom(names::NAMES, Value::Object(labels)));
    }
    if !customs.is_empty() {
        p.insert("customProperties".into(), Value::Array(customs));
    }
    match field.field_type {
        SchemaType::Object => {
            let children: Vec<Value> = field.children.iter().map(|c| property(c, scheme)).collect();
            p.insert("properties".into(), Value::Array(children));
        }
        SchemaType::Array => {
            if let Some(child) = field.children.first() {
                p.insert("items".into(), property(child, scheme));
            }
        }
        _ => {}
    }
    Value::Object(p)
}

/// A contract field as a property.
pub fn flat_property(field: &Field) -> Value {
    let mut p = json!({ "name": field.name, "logicalType": field_logical_type(field.field_type) });
    if field.required {
        p["required"] = json!(true);
    }
    if !field.description.is_empty() {
        p["description"] = json!(field.description);
    }
    p
}

/// The contract's own field list as a schema object of its own (named after the contract and
/// marked, so an import tells it from an information set).
pub fn contract_fields_object(title: &str, fields: &[Field]) -> Value {
    json!({
        "name": title,
        "logicalType": "object",
        "properties": fields.iter().map(flat_property).collect::<Vec<_>>(),
        "customProperties": [custom(names::CONTRACT_FIELDS, json!(true))],
    })
}

/// An information set as a schema object: its fields, and as custom properties its
/// classification scheme, its owner and its API resource name.
pub fn set_object(
    set: &InformationSet,
    schemes: &[ClassificationScheme],
    owners: &[Person],
) -> Value {
    let draft = &set.draft;
    let scheme = draft
        .scheme
        .as_deref()
        .and_then(|key| schemes.iter().find(|s| s.key == key));
    let mut object = Map::new();
    object.insert("name".into(), json!(draft.name));
    object.insert("logicalType".into(), json!("object"));
    if !draft.description.is_empty() {
        object.insert("description".into(), json!(draft.description));
    }
    let properties: Vec<Value> = draft.fields.iter().map(|f| property(f, scheme)).collect();
    object.insert("properties".into(), Value::Array(properties));
    let mut customs = Vec::new();
    if let Some(key) = &draft.scheme {
        customs.push(custom(names::CLASSIFICATION_SCHEME, json!(key)));
    }
    if let Some(owner) = draft
        .owner
        .and_then(|id| owners.iter().find(|p| p.id == id))
    {
        let mut person = json!({ "name": owner.draft.name, "email": owner.draft.email });
        if let Some(left) = &owner.draft.left_on {
            person["leftOn"] = json!(left);
        }
        customs.push(custom(names::OWNER, person));
    }
    if let Some(resource) = &draft.resource {
        customs.push(custom(names::RESOURCE, json!(resource)));
    }
    if !customs.is_empty() {
        object.insert("customProperties".into(), Value::Array(customs));
    }
    Value::Object(object)
}
