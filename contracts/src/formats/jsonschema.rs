//! JSON Schema documents read as information sets ([`plan`]); the other direction is
//! [`crate::model::InformationSetDraft::json_schema`].
//!
//! A schema that describes an object at its top level becomes one set (named by its `title`,
//! else by the file); a document that only bundles schemas under `$defs` (or draft 7's
//! `definitions`) gives a set per object schema there. Properties become fields as an OpenAPI
//! import makes them — the same converter (OpenAPI 3.1's schemas are JSON Schema 2020-12):
//! `$ref`s within the document followed, `allOf` merged, `oneOf`/`anyOf` united, types,
//! formats, limits, allowed values, examples, descriptions and `required` kept. Drafts 4 to
//! 2020-12 read alike: the keywords Datapakt holds did not change between them.

use serde_json::Value;

use crate::formats::openapi::read::{child, convert, parse_value, OpenApiError, Plan, Source};
use crate::model::{PersonalData, SchemaField, SchemaType};

/// The keywords that make a schema describe something (rather than only bundle `$defs`).
const DESCRIBING: [&str; 7] = [
    "properties",
    "type",
    "allOf",
    "oneOf",
    "anyOf",
    "$ref",
    "items",
];

/// Reads `source` (JSON or YAML) as a JSON Schema whose file is called `name` (the set's name
/// when the schema has no `title`) and works out its information sets. Pure; never panics.
pub fn plan(source: &[u8], name: &str) -> Result<Plan, OpenApiError> {
    let root = Value::Object(parse_value(source)?);
    let text = |key: &str| {
        root.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|text| !text.is_empty())
    };
    let title = text("title").unwrap_or(name).to_owned();
    let found = sources(&root, &title);
    if found.is_empty() {
        return Err(OpenApiError::NoObjectSchema);
    }
    let (mut sets, renamed, simplified) = convert(&root, found)?;
    for set in &mut sets {
        if let Some(schema) = crate::formats::openapi::read::resolve(&root, &set.origin) {
            set.scheme = schema
                .get("x-classification-scheme")
                .and_then(Value::as_str)
                .map(str::to_owned);
            set_extensions(schema, &mut set.fields);
        }
    }
    Ok(Plan {
        dialect: text("$schema").unwrap_or_default().to_owned(),
        api: text("$id").unwrap_or(&title).to_owned(),
        version: String::new(),
        sets,
        renamed,
        simplified,
    })
}

/// The schema at the top level when it describes something, else each object schema under
/// `$defs` or `definitions`.
fn sources<'a>(root: &'a Value, title: &str) -> Vec<Source<'a>> {
    if DESCRIBING.iter().any(|key| root.get(key).is_some()) {
        return vec![Source {
            origin: "#".to_owned(),
            name: title.to_owned(),
            schema: root,
        }];
    }
    let mut found = Vec::new();
    for bundle in ["$defs", "definitions"] {
        let Some(Value::Object(schemas)) = root.get(bundle) else {
            continue;
        };
        for (key, schema) in schemas {
            let object = schema.get("properties").is_some()
                || schema.get("type").and_then(Value::as_str) == Some("object");
            if object {
                found.push(Source {
                    origin: child(&child("#", bundle), key),
                    name: key.clone(),
                    schema,
                });
            }
        }
    }
    found
}

/// Datapakt's own extensions, which its export writes, on the properties of `schema` that
/// became `fields` (matched by name): each field's classification level and personal-data
/// flags, whether it is unique or the key, what people call it (`x-names`), and the name of a
/// list's items (their `title`).
fn set_extensions(schema: &Value, fields: &mut [SchemaField]) {
    let Some(Value::Object(properties)) = schema.get("properties") else {
        return;
    };
    for field in fields {
        if let Some(property) = properties.get(&field.name) {
            field_extensions(property, field);
        }
    }
}

fn field_extensions(property: &Value, field: &mut SchemaField) {
    field.classification = property
        .get("x-classification")
        .and_then(Value::as_u64)
        .and_then(|level| u8::try_from(level).ok());
    if let Some(Value::Object(names)) = property.get("x-names") {
        for (tag, text) in names {
            if let (Some(lang), Some(text)) = (crate::model::Lang::from_bcp47(tag), text.as_str()) {
                field.labels.0.insert(lang, text.to_owned());
            }
        }
    }
    let flag = |key: &str| property.get(key).and_then(Value::as_bool).unwrap_or(false);
    field.constraints.unique = flag("x-unique");
    field.constraints.primary_key = flag("x-primary-key");
    if let Some(flags) = property.get("x-personal-data") {
        let flag = |key: &str| flags.get(key).and_then(Value::as_bool).unwrap_or(false);
        field.personal_data = PersonalData {
            personal: flag("personal"),
            special_category: flag("specialCategory"),
            criminal_offence: flag("criminalOffence"),
            national_id: flag("nationalIdentityNumber"),
        };
    }
    match (
        field.field_type,
        property.get("items"),
        field.children.first_mut(),
    ) {
        (SchemaType::Array, Some(items), Some(item)) => {
            // An element of a list is always there; its name is the items' title.
            item.required = true;
            if let Some(title) = items.get("title").and_then(Value::as_str) {
                if crate::validate::is_field_name(title) {
                    item.name = title.to_owned();
                    if items.get("description").is_none() {
                        item.description.clear();
                    }
                }
            }
            field_extensions(items, item)
        }
        _ => set_extensions(property, &mut field.children),
    }
}

#[cfg(test)]
mod tests;
