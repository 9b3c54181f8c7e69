//! An information set's schema as JSON Schema (draft 2020-12), the form the editors show and
//! the exports build on. Classification and personal-data flags travel as `x-` keywords.

use serde_json::{json, Map, Value};

use super::{InformationSetDraft, SchemaField, SchemaType};

impl SchemaField {
    /// This field (and its children) as a JSON Schema.
    pub fn json_schema(&self) -> Value {
        let mut schema = Map::new();
        let (json_type, implied_format) = match self.field_type {
            SchemaType::String => ("string", None),
            SchemaType::Integer => ("integer", None),
            SchemaType::Number => ("number", None),
            SchemaType::Boolean => ("boolean", None),
            SchemaType::Date => ("string", Some("date")),
            SchemaType::DateTime => ("string", Some("date-time")),
            SchemaType::Object => ("object", None),
            SchemaType::Array => ("array", None),
        };
        schema.insert("type".into(), json!(json_type));
        if let Some(format) = self
            .format
            .as_deref()
            .filter(|f| !f.is_empty())
            .or(implied_format)
        {
            schema.insert("format".into(), json!(format));
        }
        if !self.description.is_empty() {
            schema.insert("description".into(), json!(self.description));
        }
        if !self.enum_values.is_empty() {
            let values: Vec<Value> = self
                .enum_values
                .iter()
                .map(|v| typed(self.field_type, v))
                .collect();
            schema.insert("enum".into(), Value::Array(values));
        }
        for (keyword, value) in self.constraints.keywords(self.field_type) {
            schema.insert(keyword.into(), value);
        }
        if !self.examples.is_empty() {
            let values: Vec<Value> = self
                .examples
                .iter()
                .map(|v| typed(self.field_type, v))
                .collect();
            schema.insert("examples".into(), Value::Array(values));
        }
        match self.field_type {
            SchemaType::Object => {
                let (properties, required) = properties(&self.children);
                schema.insert("properties".into(), properties);
                if !required.is_empty() {
                    schema.insert("required".into(), json!(required));
                }
            }
            SchemaType::Array => {
                if let Some(item) = self.children.first() {
                    // The item's name, which JSON Schema has no place for, as its title.
                    let mut items = item.json_schema();
                    items["title"] = json!(item.name);
                    schema.insert("items".into(), items);
                }
            }
            _ => {}
        }
        // What JSON Schema cannot say of one value, as Datapakt's extensions.
        for (keyword, set) in [
            ("x-unique", self.constraints.unique),
            ("x-primary-key", self.constraints.primary_key),
        ] {
            if set {
                schema.insert(keyword.into(), json!(true));
            }
        }
        if !self.labels.is_empty() {
            schema.insert("x-names".into(), json!(self.labels));
        }
        if let Some(level) = self.classification {
            schema.insert("x-classification".into(), json!(level));
        }
        let personal = self.personal_data;
        if personal.any() {
            schema.insert(
                "x-personal-data".into(),
                json!({
                    "personal": personal.any(),
                    "specialCategory": personal.special_category,
                    "criminalOffence": personal.criminal_offence,
                    "nationalIdentityNumber": personal.national_id,
                }),
            );
        }
        Value::Object(schema)
    }
}

/// A value typed as the field's JSON type when it parses as one, else as text.
fn typed(field_type: SchemaType, value: &str) -> Value {
    let parsed = match field_type {
        SchemaType::Integer => value.trim().parse::<i64>().ok().map(Value::from),
        SchemaType::Number => value
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        SchemaType::Boolean => value.trim().parse::<bool>().ok().map(Value::Bool),
        _ => None,
    };
    parsed.unwrap_or_else(|| json!(value))
}

/// `properties` of sibling fields and the names of the required ones.
fn properties(fields: &[SchemaField]) -> (Value, Vec<String>) {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for field in fields {
        properties.insert(field.name.clone(), field.json_schema());
        if field.required {
            required.push(field.name.clone());
        }
    }
    (Value::Object(properties), required)
}

impl InformationSetDraft {
    /// The whole set as one JSON Schema object (2020-12), titled with its name.
    pub fn json_schema(&self) -> Value {
        let (properties, required) = properties(&self.fields);
        let mut schema = Map::new();
        schema.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        schema.insert("title".into(), json!(self.name));
        if !self.description.is_empty() {
            schema.insert("description".into(), json!(self.description));
        }
        schema.insert("type".into(), json!("object"));
        schema.insert("properties".into(), properties);
        if !required.is_empty() {
            schema.insert("required".into(), json!(required));
        }
        if let Some(scheme) = &self.scheme {
            schema.insert("x-classification-scheme".into(), json!(scheme));
        }
        Value::Object(schema)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PersonalData;

    fn field(name: &str, field_type: SchemaType) -> SchemaField {
        SchemaField {
            name: name.into(),
            field_type,
            ..SchemaField::default()
        }
    }

    #[test]
    fn a_nested_set_becomes_a_valid_2020_12_schema_that_accepts_matching_data() {
        let mut level = field("trinn", SchemaType::Integer);
        level.enum_values = vec!["1".into(), "2".into()];
        level.required = true;
        let mut id = field("fnr", SchemaType::String);
        id.classification = Some(2);
        id.personal_data = PersonalData {
            national_id: true,
            ..PersonalData::default()
        };
        let mut guardian = field("foresatt", SchemaType::Object);
        guardian.children = vec![
            field("navn", SchemaType::String),
            field("fodt", SchemaType::Date),
        ];
        let mut guardians = field("foresatte", SchemaType::Array);
        guardians.children = vec![guardian];
        let set = InformationSetDraft {
            name: "Elever".into(),
            fields: vec![id, level, guardians],
            ..InformationSetDraft::default()
        };
        let schema = set.json_schema();
        assert_eq!(schema["required"], json!(["trinn"]));
        assert_eq!(schema["properties"]["trinn"]["enum"], json!([1, 2]));
        assert_eq!(schema["properties"]["fnr"]["x-classification"], json!(2));
        assert_eq!(
            schema["properties"]["fnr"]["x-personal-data"]["nationalIdentityNumber"],
            json!(true)
        );
        let item = &schema["properties"]["foresatte"]["items"];
        assert_eq!(item["properties"]["fodt"]["format"], json!("date"));

        let validator = jsonschema::validator_for(&schema).unwrap();
        assert!(validator.is_valid(&json!({"trinn": 1, "foresatte": [{"navn": "Kari"}]})));
        assert!(!validator.is_valid(&json!({"trinn": 3})));
        assert!(!validator.is_valid(&json!({})));
        assert!(jsonschema::meta::is_valid(&schema));
    }
}
