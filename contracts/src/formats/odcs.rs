//! Open Data Contract Standard (ODCS), one format in both directions: [`read`] (v3.0–v3.2
//! YAML into a plan), the writer here, [`names`] of Datapakt's custom properties shared by
//! both, and [`merge`] of an imported file with the contract as it is now.
//!
//! Writing ODCS v3.1.0, or v3.2.0 as the catalog chooses, as YAML: the contract's information
//! sets as
//! schema objects, its people as the team, its service levels as SLA properties, its
//! provider's endpoints as servers, and what ODCS has no place for (legal basis, approval,
//! parties, personal-data flags, allowed values, …) as namespaced custom properties (see
//! [`names`]). Deterministic: the same catalog gives the same bytes.
//!
//! A contract imported from ODCS (`crate::formats::odcs::read`) is written back through a
//! three-way [`merge`] with the file it came from, so what Datapakt does not model survives.

pub mod compare;
pub mod merge;
pub mod names;
pub mod read;
pub mod schema;

use serde_json::{json, Map, Value};

use super::Context;
use crate::model::{AccessRights, Contract, ContractStatus, OdcsVersion, Role};
use schema::custom;

/// What the catalog keeps of a contract imported from ODCS.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Kept {
    /// The document's `id`, which the export keeps.
    pub id: String,
    /// The file as imported, if kept.
    pub original: Option<Value>,
    /// What Datapakt generated right after importing it.
    pub base: Option<Value>,
}

/// ODCS's status for a contract's place in the workflow.
pub fn status(status: ContractStatus) -> &'static str {
    match status {
        ContractStatus::Draft => "draft",
        ContractStatus::InReview => "proposed",
        ContractStatus::Approved => "active",
        ContractStatus::Retired => "retired",
    }
}

/// The document id of a contract: the one it was imported under, else one made of the
/// catalog's identity and the contract's id.
pub fn document_id(contract: &Contract, context: &Context) -> String {
    match (&context.odcs, context.catalog_id.as_str()) {
        (Some(kept), _) => kept.id.clone(),
        (None, "") => format!("datapakt-contract-{}", contract.id.0),
        (None, catalog) => format!("datapakt-{catalog}-contract-{}", contract.id.0),
    }
}

/// The `description` object: purpose, usage (the contract's description) and limitations
/// (who may get access).
fn description(contract: &Contract) -> Option<Value> {
    let d = &contract.draft;
    let mut description = Map::new();
    for (key, text) in [
        ("purpose", &d.purpose),
        ("usage", &d.description),
        ("limitations", &d.access),
    ] {
        if !text.is_empty() {
            description.insert(key.into(), json!(text));
        }
    }
    (!description.is_empty()).then_some(Value::Object(description))
}

/// The team: the information owner's name (when known), and every role holder on the
/// contract.
fn team(contract: &Contract, context: &Context) -> Value {
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
    let mut team = json!({ "members": members });
    if !contract.draft.owner.is_empty() {
        team["name"] = json!(contract.draft.owner);
    }
    team
}

/// The SLA properties ODCS names: availability and retention.
fn sla(contract: &Contract) -> Vec<Value> {
    let d = &contract.draft;
    let mut sla = Vec::new();
    if let Some(availability) = availability(contract) {
        sla.push(json!({ "property": "availability", "value": availability, "unit": "%" }));
    }
    if !d.retention.is_empty() {
        sla.push(json!({ "property": "retention", "value": d.retention }));
    }
    sla
}

/// The availability as a number, when one is given.
fn availability(contract: &Contract) -> Option<f64> {
    contract
        .draft
        .service_levels
        .availability_percent
        .as_deref()
        .and_then(|a| a.trim().parse::<f64>().ok())
}

/// The provider's endpoints as API servers.
fn servers(context: &Context) -> Vec<Value> {
    context
        .provider_endpoints
        .iter()
        .enumerate()
        .map(|(i, url)| json!({ "server": format!("endpoint-{}", i + 1), "type": "api", "location": url }))
        .collect()
}

/// What ODCS has no place for, as Datapakt's custom properties.
fn customs(contract: &Contract, context: &Context) -> Vec<Value> {
    use names::*;
    let d = &contract.draft;
    let sl = &d.service_levels;
    let text = |t: &String| (!t.is_empty()).then(|| json!(t));
    let availability_text = sl
        .availability_percent
        .as_ref()
        .filter(|text| availability(contract).map(|a| a.to_string()).as_ref() != Some(*text))
        .map(|text| json!(text));
    let fields = (!context.sets.is_empty()).then(|| {
        json!(d
            .fields
            .iter()
            .map(|f| json!({
                "name": f.name,
                "type": f.field_type.as_str(),
                "required": f.required,
                "description": f.description,
            }))
            .collect::<Vec<_>>())
    });
    let optional = [
        (CONTRACT_ID, Some(json!(contract.id.0))),
        (LEGAL_BASIS, text(&d.legal_basis)),
        (SUPPORT_HOURS, text(&sl.support_hours)),
        (RESPONSE_MINUTES, sl.response_minutes.map(|v| json!(v))),
        (
            RECOVERY_TIME_HOURS,
            sl.recovery_time_hours.map(|v| json!(v)),
        ),
        (
            RECOVERY_POINT_HOURS,
            sl.recovery_point_hours.map(|v| json!(v)),
        ),
        (AVAILABILITY_TEXT, availability_text),
        (VALID_FROM, d.valid_from.as_ref().map(|v| json!(v))),
        (VALID_TO, d.valid_to.as_ref().map(|v| json!(v))),
        (
            APPROVED_BY,
            contract.state.approved_by.as_ref().map(|v| json!(v)),
        ),
        (
            APPROVED_AT,
            contract.state.approved_at.as_ref().map(|v| json!(v)),
        ),
        (PROVIDER_SYSTEM, text(&d.provider_system)),
        (CONSUMER_SYSTEM, text(&d.consumer_system)),
        (PROCESSED_IN_HOUSE, Some(json!(d.in_house))),
        (LINKS, (!d.links.is_empty()).then(|| json!(d.links))),
        (
            API_PROFILE,
            d.api_profile.map(|profile| json!(profile.as_str())),
        ),
        (
            ACCESS_RIGHTS,
            (d.access_rights != AccessRights::default()).then(|| json!(d.access_rights.as_str())),
        ),
        (FIELDS, fields),
        (
            INTEGRATIONS,
            (!context.integration_names.is_empty()).then(|| json!(context.integration_names)),
        ),
        (
            AGREEMENTS,
            (!context.agreements.is_empty()).then(|| json!(context.agreements)),
        ),
    ];
    optional
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| custom(k, v)))
        .collect()
}

/// The contract as an ODCS document (a JSON value, the same tree the YAML holds), as Datapakt
/// generates it: without what an imported file had beyond that (see [`contract_document`]).
pub fn document(contract: &Contract, context: &Context) -> Value {
    let d = &contract.draft;
    let mut doc = Map::new();
    doc.insert("apiVersion".into(), json!(context.odcs_version.as_str()));
    doc.insert("kind".into(), json!("DataContract"));
    doc.insert("id".into(), json!(document_id(contract, context)));
    doc.insert("name".into(), json!(d.title));
    doc.insert("version".into(), json!(d.version));
    doc.insert("status".into(), json!(status(contract.state.status)));
    if let Some(description) = description(contract) {
        doc.insert("description".into(), description);
    }
    let servers = servers(context);
    if !servers.is_empty() {
        doc.insert("servers".into(), Value::Array(servers));
    }
    let objects: Vec<Value> = if context.sets.is_empty() {
        vec![schema::contract_fields_object(&d.title, &d.fields)]
    } else {
        context
            .sets
            .iter()
            .map(|set| schema::set_object(set, &context.schemes, &context.set_owners))
            .collect()
    };
    doc.insert("schema".into(), Value::Array(objects));
    doc.insert("team".into(), team(contract, context));
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
    let sla = sla(contract);
    if !sla.is_empty() {
        doc.insert("slaProperties".into(), Value::Array(sla));
    }
    doc.insert(
        "customProperties".into(),
        Value::Array(customs(contract, context)),
    );
    in_version(Value::Object(doc), context.odcs_version)
}

/// `doc`, written in v3.1.0's terms, in `version`'s: v3.2.0 lists a property's allowed values
/// in the standard's own `enum` rather than in Datapakt's custom property.
fn in_version(mut doc: Value, version: OdcsVersion) -> Value {
    if version == OdcsVersion::V3_2 {
        if let Some(objects) = doc.get_mut("schema").and_then(Value::as_array_mut) {
            objects.iter_mut().for_each(native_enums);
        }
    }
    doc
}

/// `element`'s properties (and theirs, and an array's items) with their allowed values in
/// ODCS v3.2's `enum` and what people call them in its `synonyms` (with their `locale`).
fn native_enums(element: &mut Value) {
    if let Some(Value::Array(values)) = take_custom(element, names::ALLOWED_VALUES) {
        let values = values.into_iter().map(|v| json!({ "value": v })).collect();
        element["enum"] = Value::Array(values);
    }
    if let Some(Value::Object(labels)) = take_custom(element, names::NAMES) {
        let synonyms = labels
            .into_iter()
            .map(|(locale, text)| json!({ "synonym": text, "locale": locale }))
            .collect();
        element["synonyms"] = Value::Array(synonyms);
    }
    if let Some(properties) = element.get_mut("properties").and_then(Value::as_array_mut) {
        properties.iter_mut().for_each(native_enums);
    }
    if let Some(items) = element.get_mut("items") {
        native_enums(items);
    }
}

/// Removes Datapakt's custom property `name` from `element` (and the list, when that leaves
/// it empty), returning its value.
fn take_custom(element: &mut Value, name: &str) -> Option<Value> {
    let full = names::full(name);
    let fields = element.as_object_mut()?;
    let customs = fields.get_mut("customProperties")?.as_array_mut()?;
    let at = customs
        .iter()
        .position(|c| c["property"] == full.as_str())?;
    let value = customs.remove(at)["value"].take();
    if customs.is_empty() {
        fields.remove("customProperties");
    }
    Some(value)
}

/// The document an export writes: Datapakt's [`document`], merged for an imported contract
/// with the file it came from, in the file's ODCS version: Datapakt's parts of a v3.2 file in
/// v3.2's terms, of a v3.0 file in v3.0's (a team is a list of members there, the information
/// owner a member whose role is `owner`).
pub fn contract_document(contract: &Contract, context: &Context) -> Value {
    let Some(Kept {
        original: Some(original),
        base: Some(base),
        ..
    }) = &context.odcs
    else {
        return document(contract, context);
    };
    let version = original["apiVersion"].as_str().unwrap_or_default();
    let (mut ours, mut base) = (document(contract, context), base.clone());
    if version.starts_with("v3.2.") {
        // Both in v3.2's terms, so the merge sees only what changed.
        ours = in_version(ours, OdcsVersion::V3_2);
        base = in_version(base, OdcsVersion::V3_2);
    }
    let mut theirs = original.clone();
    if theirs["team"].is_array() && ours.get("team") != base.get("team") {
        // A team changed in Datapakt is merged as v3.1 writes teams, with the file's members.
        let members = theirs["team"].take();
        theirs["team"] = json!({ "members": members });
    }
    let mut merged = merge::three_way(&base, &ours, &theirs);
    let old = version.starts_with("v3.0.") || version.starts_with("v2.");
    if old && merged["team"].is_object() {
        merged["team"] = team_list(merged["team"].take());
    }
    merged
}

/// A v3.1 team (`name`, `members`) as v3.0 writes it: its members, the information owner
/// first among those whose role is `owner` (as a member of that name and role, unless the
/// first such member has the name already).
fn team_list(team: Value) -> Value {
    let mut members = match team.get("members") {
        Some(Value::Array(members)) => members.clone(),
        _ => Vec::new(),
    };
    if let Some(owner) = team.get("name").and_then(Value::as_str) {
        let owns = |m: &Value| {
            m["role"]
                .as_str()
                .is_some_and(|r| r.to_lowercase().contains("owner"))
        };
        if members.iter().find(|m| owns(m)).map(|m| &m["name"]) != Some(&json!(owner)) {
            members.retain(|m| !(owns(m) && m.get("username").is_none()));
            members.insert(0, json!({ "name": owner, "role": "owner" }));
        }
    }
    Value::Array(members)
}

/// The contract as ODCS YAML, which YAML 1.1 readers (most Python and Java ODCS tools) read
/// as YAML 1.2 readers do (see [`yaml`]).
pub fn contract_odcs_yaml(contract: &Contract, context: &Context) -> Vec<u8> {
    super::yaml::to_string(&contract_document(contract, context)).into_bytes()
}

#[cfg(test)]
mod tests;
