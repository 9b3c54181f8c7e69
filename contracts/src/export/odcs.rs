//! Open Data Contract Standard (ODCS) v3.1.0 as YAML: the contract's information sets as
//! schema objects, its people as the team, its service levels as SLA properties, and what ODCS
//! has no place for (legal basis, approval, personal-data flags, allowed values) as namespaced
//! custom properties. Deterministic: the same catalog gives the same bytes.

use serde_json::{json, Map, Value};

use super::Context;
use crate::model::{
    ClassificationScheme, Contract, ContractStatus, FieldType, Role, SchemaField, SchemaType,
};

/// The ODCS version written.
pub const API_VERSION: &str = "v3.1.0";

/// ODCS's status for a contract's place in the workflow.
fn status(status: ContractStatus) -> &'static str {
    match status {
        ContractStatus::Draft => "draft",
        ContractStatus::InReview => "proposed",
        ContractStatus::Approved => "active",
        ContractStatus::Retired => "retired",
    }
}

/// A custom property, namespaced so it cannot clash with another tool's.
fn custom(property: &str, value: Value) -> Value {
    json!({ "property": format!("datapakt.{property}"), "value": value })
}

/// The ODCS logical type of a schema type.
fn logical_type(field_type: SchemaType) -> &'static str {
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

/// One field as an ODCS property (an array's item as `items`, without a name of its own).
fn property(field: &SchemaField, scheme: Option<&ClassificationScheme>, item: bool) -> Value {
    let mut p = Map::new();
    if !item {
        p.insert("name".into(), json!(field.name));
    }
    p.insert("logicalType".into(), json!(logical_type(field.field_type)));
    if field.required && !item {
        p.insert("required".into(), json!(true));
    }
    if !field.description.is_empty() {
        p.insert("description".into(), json!(field.description));
    }
    if let (Some(format), SchemaType::String) = (&field.format, field.field_type) {
        p.insert("logicalTypeOptions".into(), json!({ "format": format }));
    }
    if let Some(level) = field.classification {
        let name = scheme
            .and_then(|s| s.levels.iter().find(|l| l.ordinal == level))
            .map_or_else(
                || level.to_string(),
                |l| l.name.get(crate::model::Lang::En).to_owned(),
            );
        p.insert("classification".into(), json!(name));
    }
    if !field.examples.is_empty() {
        p.insert("examples".into(), json!(field.examples));
    }
    let mut customs = Vec::new();
    if !field.enum_values.is_empty() {
        customs.push(custom("allowedValues", json!(field.enum_values)));
    }
    let personal = field.personal_data;
    if personal.any() {
        customs.push(custom(
            "personalData",
            json!({
                "personal": true,
                "specialCategory": personal.special_category,
                "criminalOffence": personal.criminal_offence,
                "nationalIdentityNumber": personal.national_id,
            }),
        ));
    }
    if !customs.is_empty() {
        p.insert("customProperties".into(), Value::Array(customs));
    }
    match field.field_type {
        SchemaType::Object => {
            let children: Vec<Value> = field
                .children
                .iter()
                .map(|c| property(c, scheme, false))
                .collect();
            p.insert("properties".into(), Value::Array(children));
        }
        SchemaType::Array => {
            if let Some(child) = field.children.first() {
                p.insert("items".into(), property(child, scheme, true));
            }
        }
        _ => {}
    }
    Value::Object(p)
}

/// The contract's own field list as a property (contracts without an information set).
fn flat_property(field: &crate::model::Field) -> Value {
    let logical = match field.field_type {
        FieldType::String => "string",
        FieldType::Integer => "integer",
        FieldType::Number => "number",
        FieldType::Boolean => "boolean",
        FieldType::Date => "date",
        FieldType::DateTime => "timestamp",
    };
    let mut p = json!({ "name": field.name, "logicalType": logical });
    if field.required {
        p["required"] = json!(true);
    }
    if !field.description.is_empty() {
        p["description"] = json!(field.description);
    }
    p
}

/// The contract as an ODCS document (a JSON value, the same tree the YAML holds).
pub fn document(contract: &Contract, context: &Context) -> Value {
    let d = &contract.draft;
    let mut doc = Map::new();
    doc.insert("apiVersion".into(), json!(API_VERSION));
    doc.insert("kind".into(), json!("DataContract"));
    doc.insert(
        "id".into(),
        json!(format!("datapakt-contract-{}", contract.id.0)),
    );
    doc.insert("name".into(), json!(d.title));
    doc.insert("version".into(), json!(d.version));
    doc.insert("status".into(), json!(status(contract.state.status)));
    let mut description = Map::new();
    if !d.purpose.is_empty() {
        description.insert("purpose".into(), json!(d.purpose));
    }
    if !d.description.is_empty() {
        description.insert("usage".into(), json!(d.description));
    }
    if !d.access.is_empty() {
        description.insert("limitations".into(), json!(d.access));
    }
    if !description.is_empty() {
        doc.insert("description".into(), Value::Object(description));
    }
    let schema: Vec<Value> = if context.sets.is_empty() {
        vec![json!({
            "name": d.title,
            "logicalType": "object",
            "properties": d.fields.iter().map(flat_property).collect::<Vec<_>>(),
        })]
    } else {
        context
            .sets
            .iter()
            .map(|set| {
                let scheme = set
                    .draft
                    .scheme
                    .as_deref()
                    .and_then(|key| context.schemes.iter().find(|s| s.key == key));
                let mut object = json!({
                    "name": set.draft.name,
                    "logicalType": "object",
                    "properties": set.draft.fields.iter().map(|f| property(f, scheme, false)).collect::<Vec<_>>(),
                });
                if !set.draft.description.is_empty() {
                    object["description"] = json!(set.draft.description);
                }
                object
            })
            .collect()
    };
    doc.insert("schema".into(), Value::Array(schema));
    let members: Vec<Value> = context
        .team
        .iter()
        .map(|(role, person)| {
            let mut member = json!({
                "username": person.draft.email,
                "name": person.draft.name,
                "role": role.as_str(),
            });
            if let Some(left) = &person.draft.left_on {
                member["dateOut"] = json!(left);
            }
            member
        })
        .collect();
    doc.insert(
        "team".into(),
        json!({ "name": d.owner, "members": members }),
    );
    let support: Vec<Value> = context
        .team
        .iter()
        .filter(|(role, _)| *role == Role::ContactPoint)
        .map(|(_, person)| {
            json!({ "channel": person.draft.name, "tool": "email", "url": format!("mailto:{}", person.draft.email) })
        })
        .collect();
    if !support.is_empty() {
        doc.insert("support".into(), Value::Array(support));
    }
    let sl = &d.service_levels;
    let mut sla = Vec::new();
    if let Some(availability) = sl
        .availability_percent
        .as_deref()
        .and_then(|a| a.parse::<f64>().ok())
    {
        sla.push(json!({ "property": "availability", "value": availability, "unit": "%" }));
    }
    if !d.retention.is_empty() {
        sla.push(json!({ "property": "retention", "value": d.retention }));
    }
    if !sla.is_empty() {
        doc.insert("slaProperties".into(), Value::Array(sla));
    }
    let mut customs = vec![custom("contractId", json!(contract.id.0))];
    let optional = [
        (
            "legalBasis",
            (!d.legal_basis.is_empty()).then(|| json!(d.legal_basis)),
        ),
        (
            "supportHours",
            (!sl.support_hours.is_empty()).then(|| json!(sl.support_hours)),
        ),
        ("responseMinutes", sl.response_minutes.map(|v| json!(v))),
        (
            "recoveryTimeHours",
            sl.recovery_time_hours.map(|v| json!(v)),
        ),
        (
            "recoveryPointHours",
            sl.recovery_point_hours.map(|v| json!(v)),
        ),
        ("validFrom", d.valid_from.as_ref().map(|v| json!(v))),
        ("validTo", d.valid_to.as_ref().map(|v| json!(v))),
        (
            "approvedBy",
            contract.state.approved_by.as_ref().map(|v| json!(v)),
        ),
        (
            "approvedAt",
            contract.state.approved_at.as_ref().map(|v| json!(v)),
        ),
        ("providerSystem", Some(json!(d.provider_system))),
        ("consumerSystem", Some(json!(d.consumer_system))),
        ("processedInHouse", Some(json!(d.in_house))),
        ("links", (!d.links.is_empty()).then(|| json!(d.links))),
        (
            "apiProfile",
            (d.api_profile != crate::model::ApiProfile::Generic)
                .then(|| json!(d.api_profile.as_str())),
        ),
    ];
    customs.extend(
        optional
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| custom(k, v))),
    );
    doc.insert("customProperties".into(), Value::Array(customs));
    Value::Object(doc)
}

/// The contract as ODCS YAML.
pub fn contract_odcs_yaml(contract: &Contract, context: &Context) -> Vec<u8> {
    let document = document(contract, context);
    yaml_serde::to_string(&document)
        .expect("a JSON value always serialises as YAML")
        .into_bytes()
}

#[cfg(test)]
mod tests;
