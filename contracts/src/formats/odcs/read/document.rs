//! From an ODCS document (its value tree) to what Datapakt models of it: the contract, its
//! workflow state, its information sets, its team, its provider's endpoints and the
//! integrations and agreements it names. Pure: the catalog is consulted only for its
//! classification schemes, and nothing is written.

use serde_json::Value;

use crate::formats::odcs::names;
use crate::model::{
    AccessRights, ApiProfile, ClassificationScheme, ContractDraft, ContractState, ContractStatus,
    PersonDraft, Role, ServiceLevels, SystemDraft,
};
use crate::validate::{is_semver, person_issues, system_issues, MAX_TITLE_CHARS};
use crate::wire::Note;

use super::error::{OdcsError, Problem};
use super::node::{Customs, Node};
use super::properties::{self, PersonRef, SetImport};
use super::ImportOptions;

/// What Datapakt models of one document.
#[derive(Debug)]
pub struct Imported {
    /// The document's `id`.
    pub odcs_id: String,
    /// The contract (its links to sets and integrations are made when it is applied).
    pub contract: ContractDraft,
    /// Its workflow state.
    pub state: ContractState,
    /// Its information sets.
    pub sets: Vec<SetImport>,
    /// Who holds which role on it.
    pub team: Vec<(Role, PersonRef)>,
    /// The provider's endpoints (the document's API servers).
    pub endpoints: Vec<String>,
    /// The names of the integrations it governs.
    pub integrations: Vec<String>,
    /// The titles of the data processing agreements covering it.
    pub agreements: Vec<String>,
    /// What was read in a way worth telling (kept in the file only, read as something else).
    pub notes: Vec<Note>,
    /// The document itself.
    pub original: Value,
}

/// Reads `original`, a parsed ODCS document; `schemes` are the catalog's classification
/// schemes, `options` what the caller says where the document is silent.
pub fn read(
    original: Value,
    schemes: &[ClassificationScheme],
    options: &ImportOptions,
) -> Result<Imported, OdcsError> {
    let root = Node::root(&original);
    root.mapping()?;
    let minor = api_version(&root.require("apiVersion")?)?;
    let kind = root.require("kind")?;
    if kind.text()? != "DataContract" {
        return Err(kind.error(Problem::NotOneOf {
            value: kind.text()?.to_owned(),
            allowed: "DataContract".into(),
        }));
    }
    let id = root.require("id")?;
    let odcs_id = id.text()?.trim().to_owned();
    if odcs_id.is_empty() {
        return Err(id.error(Problem::Missing));
    }
    let mut notes = Vec::new();
    let customs = root.datapakt_customs()?;
    let state = state(&root, &customs, minor, options, &mut notes)?;
    let Team { owner, held: team } = team(&root, &mut notes)?;
    let schema = properties::read_schema(&root, schemes, &mut notes)?;
    let mut contract = ContractDraft {
        title: title(&root, &odcs_id)?,
        version: version(&root.require("version")?)?,
        owner: or_gap(owner, "owner", &mut notes),
        ..ContractDraft::default()
    };
    parties(&root, &customs, options, &mut contract, &mut notes)?;
    description(&root, &mut contract)?;
    terms(&root, &customs, &mut contract)?;
    // A contract kept needs fields of its own (taken from its first set when the file has none);
    // compared, the sets' fields speak for themselves (taken twice, each change would show twice).
    let derive_from: &[SetImport] = if options.for_comparison {
        &[]
    } else {
        &schema.sets
    };
    contract.fields = own_fields(&customs, schema.contract_fields, derive_from, &mut notes)?;
    if !options.for_comparison && contract.fields.is_empty() {
        or_gap(None, "fields", &mut notes);
    }
    Ok(Imported {
        odcs_id,
        contract,
        state,
        sets: schema.sets,
        team,
        endpoints: endpoints(&root)?,
        integrations: customs.texts(names::INTEGRATIONS)?,
        agreements: customs.texts(names::AGREEMENTS)?,
        notes,
        original,
    })
}

/// `value`, else empty with a note that the contract lacks `what` (a
/// [`crate::validate::Issue::is_draft_gap`]: `owner`, `provider`, `consumer`, `fields`).
fn or_gap(value: Option<String>, what: &str, notes: &mut Vec<Note>) -> String {
    value.unwrap_or_else(|| {
        notes.push(Note::new("note-odcs-gap", &[("what", what.to_owned())]));
        String::new()
    })
}

impl Imported {
    /// Fills what the file leaves out (a [`crate::validate::Issue::is_draft_gap`]) from
    /// `known`, the contract the file updates, dropping those gaps' notes; a contract that
    /// still lacks what review needs is a draft, whatever the file's `status` says (noted;
    /// the file keeps its status).
    pub fn fill_gaps(&mut self, known: Option<&ContractDraft>) {
        if let Some(known) = known {
            let draft = &mut self.contract;
            for (what, value, kept) in [
                ("owner", &mut draft.owner, &known.owner),
                (
                    "provider",
                    &mut draft.provider_system,
                    &known.provider_system,
                ),
                (
                    "consumer",
                    &mut draft.consumer_system,
                    &known.consumer_system,
                ),
            ] {
                if value.is_empty() && !kept.is_empty() {
                    value.clone_from(kept);
                    self.notes.retain(|n| !is_gap(n, what));
                }
            }
            if draft.fields.is_empty() && !known.fields.is_empty() {
                draft.fields.clone_from(&known.fields);
                self.notes.retain(|n| !is_gap(n, "fields"));
            }
        }
        let lacking = !crate::validate::contract_gaps(&self.contract).is_empty();
        if lacking && self.state.status != ContractStatus::Draft {
            let status = self.original["status"].as_str().unwrap_or_default().trim();
            self.notes.push(Note::new(
                "note-odcs-kept-draft",
                &[("text", format!("{status:?}"))],
            ));
            self.state = ContractState::default();
        }
    }
}

/// Whether `note` says the file names no `what`.
fn is_gap(note: &Note, what: &str) -> bool {
    note.key == "note-odcs-gap" && note.args.get("what").map(String::as_str) == Some(what)
}

/// The contract's own field list: Datapakt's custom property, else the schema object
/// Datapakt marked as that, else the plain top-level fields of the first information set
/// that has some.
fn own_fields(
    customs: &Customs<'_>,
    marked: Option<Vec<crate::model::Field>>,
    sets: &[SetImport],
    notes: &mut Vec<Note>,
) -> Result<Vec<crate::model::Field>, OdcsError> {
    if let Some(list) = customs.get(names::FIELDS) {
        return properties::custom_fields(list);
    }
    if let Some(fields) = marked {
        return Ok(fields);
    }
    let derived = sets.iter().find_map(|set| {
        let fields = properties::derived_fields(&set.draft);
        (!fields.is_empty()).then_some((&set.draft.name, fields))
    });
    Ok(match derived {
        Some((name, fields)) => {
            notes.push(Note::new(
                "note-odcs-contract-fields",
                &[("name", format!("{name:?}"))],
            ));
            fields
        }
        None => Vec::new(),
    })
}

/// The minor version of an ODCS v3 `apiVersion` Datapakt reads (`v3.0.x` to `v3.2.x`).
fn api_version(node: &Node<'_>) -> Result<u32, OdcsError> {
    let text = node.text()?;
    let parts: Vec<&str> = text.strip_prefix('v').unwrap_or("").split('.').collect();
    let number = |part: &str| {
        (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match parts[..] {
        ["3", minor, patch] if number(patch).is_some() => match number(minor) {
            Some(minor @ 0..=2) => Ok(minor),
            _ => Err(node.error(Problem::ApiVersion {
                found: text.to_owned(),
            })),
        },
        _ => Err(node.error(Problem::ApiVersion {
            found: text.to_owned(),
        })),
    }
}

/// The contract's title: the document's `name`, else its `id`.
fn title(root: &Node<'_>, id: &str) -> Result<String, OdcsError> {
    let title = root
        .text_at("name")?
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .unwrap_or(id)
        .to_owned();
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(OdcsError::new(
            "name",
            Problem::TooLong {
                max: MAX_TITLE_CHARS,
            },
        ));
    }
    Ok(title)
}

/// The contract's version: `MAJOR.MINOR.PATCH`, where a leading `v` and missing trailing
/// parts (`1`, `1.2`) are read as such.
fn version(node: &Node<'_>) -> Result<String, OdcsError> {
    let text = node.text()?.trim();
    let bare = text.strip_prefix(['v', 'V']).unwrap_or(text);
    let full = match bare.split('.').count() {
        1 => format!("{bare}.0.0"),
        2 => format!("{bare}.0"),
        _ => bare.to_owned(),
    };
    if is_semver(&full) {
        Ok(full)
    } else {
        Err(node.error(Problem::NotVersion {
            value: text.to_owned(),
        }))
    }
}

/// The workflow state: ODCS's status (required before v3.2) and Datapakt's approval.
fn state(
    root: &Node<'_>,
    customs: &Customs<'_>,
    minor: u32,
    options: &ImportOptions,
    notes: &mut Vec<Note>,
) -> Result<ContractState, OdcsError> {
    let status = match root.get("status") {
        None if minor < 2 && !options.for_comparison => {
            return Err(OdcsError::new("status", Problem::Missing))
        }
        None => ContractStatus::Draft,
        Some(node) => match node.text()?.trim().to_lowercase().as_str() {
            "draft" => ContractStatus::Draft,
            "proposed" => ContractStatus::InReview,
            "active" => ContractStatus::Approved,
            "deprecated" => {
                notes.push(Note::new("note-odcs-deprecated", &[]));
                ContractStatus::Approved
            }
            "retired" => ContractStatus::Retired,
            other => {
                let status = nearest_status(other);
                notes.push(Note::new(
                    "note-odcs-status",
                    &[
                        ("text", format!("{other:?}")),
                        ("state", status.as_str().to_owned()),
                    ],
                ));
                status
            }
        },
    };
    Ok(ContractState {
        status,
        approved_by: customs.text(names::APPROVED_BY)?.map(str::to_owned),
        approved_at: customs.text(names::APPROVED_AT)?.map(str::to_owned),
    })
}

/// The workflow state nearest to an ODCS status that is not one of the standard's own (ODCS
/// allows any text; teams write `development`, `production`, `archived`…): in force, on its way
/// out, in review or, by default, a draft.
fn nearest_status(status: &str) -> ContractStatus {
    let has = |words: &[&str]| words.iter().any(|word| status.contains(word));
    if has(&[
        "retir",
        "archiv",
        "inactive",
        "decommission",
        "obsolete",
        "withdrawn",
        "sunset",
    ]) {
        ContractStatus::Retired
    } else if has(&[
        "prod", "release", "publish", "approv", "live", "stable", "deprecat",
    ]) {
        ContractStatus::Approved
    } else if has(&["review", "propos", "pending", "candidate"]) {
        ContractStatus::InReview
    } else {
        ContractStatus::Draft
    }
}

/// What the team says: the information owner and the members holding Datapakt's roles.
struct Team {
    owner: Option<String>,
    held: Vec<(Role, PersonRef)>,
}

/// The information owner (the team's name, else its first member whose role is an owner's)
/// and the members who hold one of Datapakt's roles. The team is a mapping from v3.1, a
/// list of members before.
fn team(root: &Node<'_>, notes: &mut Vec<Note>) -> Result<Team, OdcsError> {
    let (name, members) = match root.get("team") {
        None => (None, Vec::new()),
        Some(team) if team.value.is_array() => (None, team.list()?),
        Some(team) => {
            team.mapping()?;
            (team.text_at("name")?, team.list_at("members")?)
        }
    };
    let mut owner = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let mut held = Vec::new();
    for member in members {
        member.mapping()?;
        let username = member.text_at("username")?.map(str::trim);
        let name = member
            .text_at("name")?
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let role_text = member.text_at("role")?.unwrap_or_default();
        let role_lower = role_text.to_lowercase();
        let owns_information = role_lower.contains("owner")
            && !role_lower.contains("system")
            && !role_lower.contains("integration");
        if owner.is_none() && owns_information {
            owner = name.or(username).map(str::to_owned);
        }
        let person = PersonRef {
            name: name.or(username).unwrap_or_default().to_owned(),
            email: username.unwrap_or_default().to_owned(),
            left_on: member.get("dateOut").map(|n| n.date()).transpose()?,
        };
        let draft = PersonDraft {
            name: person.name.clone(),
            email: person.email.clone(),
            ..PersonDraft::default()
        };
        match Role::parse(role_text) {
            Some(role) if person_issues(&draft).is_empty() => held.push((role, person)),
            _ => notes.push(Note::new(
                "note-odcs-no-role",
                &[
                    ("at", member.at.clone()),
                    ("name", format!("{:?}", person.name)),
                    ("held", format!("{role_text:?}")),
                ],
            )),
        }
    }
    Ok(Team { owner, held })
}

/// The providing and consuming systems: Datapakt's custom properties, else what the caller
/// says, else (the provider) the document's data product.
fn parties(
    root: &Node<'_>,
    customs: &Customs<'_>,
    options: &ImportOptions,
    contract: &mut ContractDraft,
    notes: &mut Vec<Note>,
) -> Result<(), OdcsError> {
    let named = |name: &str| -> Result<Option<String>, OdcsError> {
        Ok(customs
            .text(name)?
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned))
    };
    let provider = match named(names::PROVIDER_SYSTEM)? {
        Some(system) => Some(system),
        None => options
            .provider
            .clone()
            .or(root.text_at("dataProduct")?.map(|s| s.trim().to_owned()))
            .filter(|s| !s.is_empty()),
    };
    contract.provider_system = or_gap(provider, "provider", notes);
    let consumer = match named(names::CONSUMER_SYSTEM)? {
        Some(system) => Some(system),
        None => options.consumer.clone().filter(|s| !s.trim().is_empty()),
    };
    contract.consumer_system = or_gap(consumer, "consumer", notes);
    Ok(())
}

/// `description`: the contract's description (usage), purpose and access (limitations).
fn description(root: &Node<'_>, contract: &mut ContractDraft) -> Result<(), OdcsError> {
    let Some(description) = root.get("description") else {
        return Ok(());
    };
    description.mapping()?;
    let text = |key: &str| -> Result<String, OdcsError> {
        Ok(description.text_at(key)?.unwrap_or_default().to_owned())
    };
    contract.description = text("usage")?;
    contract.purpose = text("purpose")?;
    contract.access = text("limitations")?;
    Ok(())
}

/// The terms: service levels (ODCS's availability and retention SLA properties and
/// Datapakt's own), legal basis, validity, links, in-house processing, API profile.
fn terms(
    root: &Node<'_>,
    customs: &Customs<'_>,
    contract: &mut ContractDraft,
) -> Result<(), OdcsError> {
    let mut levels = ServiceLevels::default();
    for property in root.list_at("slaProperties")? {
        property.mapping()?;
        let name = property.require("property")?.text()?;
        let value = property.require("value")?;
        let unit = property.text_at("unit")?;
        match (name, value.value) {
            ("availability", Value::Number(n)) if matches!(unit, None | Some("%")) => {
                let percent = n.as_f64().unwrap_or(f64::NAN);
                if !(0.0..=100.0).contains(&percent) {
                    return Err(value.error(Problem::NotPercent {
                        value: n.to_string(),
                    }));
                }
                levels.availability_percent = Some(percent.to_string());
            }
            ("retention", Value::String(text)) => contract.retention = text.clone(),
            _ => {}
        }
    }
    if let Some(node) = customs.get(names::AVAILABILITY_TEXT) {
        let text = node.text()?;
        if !text
            .trim()
            .parse::<f64>()
            .is_ok_and(|p| (0.0..=100.0).contains(&p))
        {
            return Err(node.error(Problem::NotPercent {
                value: text.to_owned(),
            }));
        }
        levels.availability_percent = Some(text.to_owned());
    }
    levels.support_hours = customs
        .text(names::SUPPORT_HOURS)?
        .unwrap_or_default()
        .to_owned();
    levels.response_minutes = customs.whole(names::RESPONSE_MINUTES)?;
    levels.recovery_time_hours = customs.whole(names::RECOVERY_TIME_HOURS)?;
    levels.recovery_point_hours = customs.whole(names::RECOVERY_POINT_HOURS)?;
    contract.service_levels = levels;
    contract.legal_basis = customs
        .text(names::LEGAL_BASIS)?
        .unwrap_or_default()
        .to_owned();
    contract.valid_from = customs.get(names::VALID_FROM).map(Node::date).transpose()?;
    contract.valid_to = customs.get(names::VALID_TO).map(Node::date).transpose()?;
    contract.links = customs.texts(names::LINKS)?;
    contract.in_house = customs
        .get(names::PROCESSED_IN_HOUSE)
        .map(Node::boolean)
        .transpose()?
        .unwrap_or(false);
    contract.access_rights = match customs.get(names::ACCESS_RIGHTS) {
        None => AccessRights::default(),
        Some(node) => AccessRights::parse(node.text()?).ok_or_else(|| {
            node.error(Problem::NotOneOf {
                value: node.text().unwrap_or_default().to_owned(),
                allowed: AccessRights::ALL.map(AccessRights::as_str).join(", "),
            })
        })?,
    };
    contract.api_profile = match customs.get(names::API_PROFILE) {
        None => None,
        Some(node) => Some(ApiProfile::parse(node.text()?).ok_or_else(|| {
            node.error(Problem::NotOneOf {
                value: node.text().unwrap_or_default().to_owned(),
                allowed: ApiProfile::ALL.map(ApiProfile::as_str).join(", "),
            })
        })?),
    };
    Ok(())
}

/// The locations of the document's API servers, in order.
fn endpoints(root: &Node<'_>) -> Result<Vec<String>, OdcsError> {
    let mut endpoints = Vec::new();
    for server in root.list_at("servers")? {
        server.mapping()?;
        if server.text_at("type")? != Some("api") {
            continue;
        }
        if let Some(location) = server.text_at("location")? {
            let location = location.trim().to_owned();
            let system = SystemDraft {
                name: "endpoint".into(),
                endpoints: vec![location.clone()],
                ..SystemDraft::default()
            };
            if system_issues(&system).is_empty() && !endpoints.contains(&location) {
                endpoints.push(location);
            }
        }
    }
    Ok(endpoints)
}
