//! Makes the catalog hold a snapshot: every entry that differs between what it holds now
//! and the target is written or deleted, in one transaction (a failure changes nothing).
//! Each change is recorded in the audit trail under the author and time its commit names.
//!
//! References are uids in the snapshot and row ids in the catalog; one to an item the target
//! does not hold (the other side deleted it) is left out, and the caller is told.

use serde_json::{Map, Value};

use crate::formats::repo::refs::rewrite;
use crate::formats::repo::{changed_keys, Key, Part, Snapshot};
use crate::model::{
    AgreementDraft, ApiProfile, ClassificationScheme, ContractDraft, ContractId, ContractState,
    GrantDraft, IdOf, InformationSetDraft, InformationSetId, IntegrationDraft, IntegrationId,
    OrganisationDraft, OrganisationId, PersonDraft, PersonId, RequestDraft, Role, RoleAssignment,
    SystemDraft, SystemId, UnitId,
};
use crate::store::{Catalog, History, Table};
use crate::wire::Note;

use super::super::{Error, Result};
use super::ids::{rows, Ids};

/// Who made a change that arrives, and when (seconds since 1970, UTC).
pub(crate) type Made = (String, i64);

/// Makes `catalog`, which holds `from`, hold `to`; `made` names who made each entry's
/// change. Returns what could not be kept as it was (references to deleted items).
pub(crate) fn apply(
    catalog: &mut Catalog,
    from: &Snapshot,
    to: &Snapshot,
    made: &dyn Fn(&Key) -> Option<Made>,
) -> Result<Vec<Note>> {
    let changed: Vec<Key> = changed_keys(from, to).into_iter().cloned().collect();
    if changed.is_empty() {
        return Ok(Vec::new());
    }
    catalog.all_or_nothing(|catalog| {
        catalog.defer_references()?;
        let own = catalog.author().to_owned();
        let mut ids = Ids::read(catalog)?;
        let mut notes = Vec::new();
        let (removed, written): (Vec<&Key>, Vec<&Key>) =
            changed.iter().partition(|key| !to.contains_key(*key));
        for key in removed.into_iter().rev() {
            attributed(catalog, made(key), |catalog| {
                remove(catalog, &ids, key, &from[key])
            })?;
        }
        for key in written {
            attributed(catalog, made(key), |catalog| {
                write(catalog, &mut ids, key, &to[key], &mut notes)
            })?;
        }
        catalog.set_author(&own);
        Ok(notes)
    })
}

/// Runs `change` with the audit trail naming `made`'s author and time, when known.
fn attributed(
    catalog: &mut Catalog,
    made: Option<Made>,
    change: impl FnOnce(&mut Catalog) -> Result<()>,
) -> Result<()> {
    let Some((author, time)) = made else {
        return change(catalog);
    };
    let own = catalog.author().to_owned();
    let mark = catalog.audit_mark()?;
    catalog.set_author(&author);
    let done = change(catalog);
    catalog.set_author(&own);
    done?;
    catalog.date_audit_since(mark, time)?;
    Ok(())
}

/// The refused entry `key`, and why.
fn refused(key: &Key, detail: impl std::fmt::Display) -> Error {
    Error::TeamEntry {
        item: key.to_string(),
        detail: detail.to_string(),
    }
}

/// Deletes entry `key` (holding `value`) from the catalog.
fn remove(catalog: &mut Catalog, ids: &Ids, key: &Key, value: &Value) -> Result<()> {
    match key.part {
        Part::Settings => Ok(()),
        Part::Release | Part::SetVersion => {
            let (history, owner) = history_of(key.part);
            let uid = key.uid.rsplit_once('/').map_or("", |(uid, _)| uid);
            let version = value
                .get("version")
                .and_then(Value::as_str)
                .unwrap_or_default();
            match ids.id(owner, uid) {
                Some(owner) => Ok(catalog.remove_version(history, owner, version)?),
                None => Ok(()),
            }
        }
        part => {
            let Some(row) = ids.id(part, &key.uid) else {
                return Ok(());
            };
            match part {
                Part::Unit => catalog.remove_unit(UnitId(row))?,
                Part::Organisation => catalog.remove::<OrganisationDraft>(row.into())?,
                Part::Person => catalog.remove::<PersonDraft>(row.into())?,
                Part::ClassificationScheme => catalog.remove::<ClassificationScheme>(row.into())?,
                Part::System => catalog.remove::<SystemDraft>(row.into())?,
                Part::InformationSet => catalog.remove::<InformationSetDraft>(row.into())?,
                Part::Integration => catalog.remove::<IntegrationDraft>(row.into())?,
                Part::Contract => catalog.remove::<ContractDraft>(row.into())?,
                Part::Agreement => catalog.remove::<AgreementDraft>(row.into())?,
                Part::Request => catalog.remove::<RequestDraft>(row.into())?,
                Part::AccessGrant => catalog.remove::<GrantDraft>(row.into())?,
                Part::Settings | Part::Release | Part::SetVersion => {}
            }
            Ok(())
        }
    }
}

/// The history a kind of version entry belongs to, and the kind of item that owns it.
fn history_of(part: Part) -> (History, Part) {
    match part {
        Part::Release => (History::Contract, Part::Contract),
        _ => (History::InformationSet, Part::InformationSet),
    }
}

/// Writes entry `key` as `value`, creating it with its uid when the catalog lacks it.
fn write(
    catalog: &mut Catalog,
    ids: &mut Ids,
    key: &Key,
    value: &Value,
    notes: &mut Vec<Note>,
) -> Result<()> {
    let mut value = value.clone();
    rewrite(key.part, &mut value, &mut |part, uid| {
        let found = uid.as_str().and_then(|uid| ids.id(part, uid));
        if found.is_none() {
            notes.push(Note::new(
                "team-note-reference-dropped",
                &[
                    ("item", key.to_string()),
                    ("reference", format!("{}:{uid}", part.as_str())),
                ],
            ));
        }
        found.map(Value::from)
    });
    let Value::Object(mut fields) = value else {
        return Err(refused(key, "it is not a mapping of fields"));
    };
    let roles = fields.remove("roles");
    let existing = ids.id(key.part, &key.uid);
    let id = match key.part {
        Part::Settings => return settings(catalog, key, &fields),
        Part::Release | Part::SetVersion => return version(catalog, key, fields),
        Part::Unit => unit(catalog, key, existing, &fields)?,
        Part::Organisation => item::<OrganisationDraft>(catalog, key, existing, fields)?,
        Part::Person => item::<PersonDraft>(catalog, key, existing, fields)?,
        Part::ClassificationScheme => item::<ClassificationScheme>(catalog, key, existing, fields)?,
        Part::System => item::<SystemDraft>(catalog, key, existing, fields)?,
        Part::InformationSet => {
            let interface = fields.remove("interface");
            let id = item::<InformationSetDraft>(catalog, key, existing, fields)?;
            set_interface(catalog, key, InformationSetId(id), interface)?;
            id
        }
        Part::Integration => {
            let recorded = fields.remove("recorded_at");
            let id = item::<IntegrationDraft>(catalog, key, existing, fields)?;
            if let Some(at) = recorded.as_ref().and_then(Value::as_str) {
                catalog.set_integration_recorded(IntegrationId(id), at)?;
            }
            id
        }
        Part::Contract => {
            let state = fields.remove("state").unwrap_or_default();
            let id = item::<ContractDraft>(catalog, key, existing, fields)?;
            let state: ContractState =
                serde_json::from_value(state).map_err(|e| refused(key, format!("state: {e}")))?;
            catalog.restore_contract_state(ContractId(id), &state)?;
            id
        }
        Part::Agreement => item::<AgreementDraft>(catalog, key, existing, fields)?,
        Part::Request => item::<RequestDraft>(catalog, key, existing, fields)?,
        Part::AccessGrant => item::<GrantDraft>(catalog, key, existing, fields)?,
    };
    if existing.is_none() {
        if let Some(rows) = rows(key.part) {
            catalog.set_identity(rows, id, &key.uid)?;
        }
        ids.insert(key.part, id, key.uid.clone());
    }
    if let (Some(entity), Some(roles)) = (key.part.entity(), roles) {
        let wanted: Vec<HeldRole> =
            serde_json::from_value(roles).map_err(|e| refused(key, format!("roles: {e}")))?;
        let wanted: Vec<RoleAssignment> = wanted
            .into_iter()
            .map(|held| RoleAssignment {
                role: held.role,
                person: held.person,
                entity,
                item: id,
            })
            .collect();
        let held = catalog.roles(entity, Some(id))?;
        for gone in held.iter().filter(|r| !wanted.contains(r)) {
            catalog.unassign_role(gone)?;
        }
        for new in wanted.iter().filter(|r| !held.contains(r)) {
            catalog.assign_role(new)?;
        }
    }
    Ok(())
}

/// A role held on an item, as an entry lists it.
#[derive(serde::Deserialize)]
struct HeldRole {
    role: Role,
    person: PersonId,
}

/// Writes item `key` of kind `K` from `fields` (`existing`: its row, when the catalog has it).
fn item<K: Table>(
    catalog: &mut Catalog,
    key: &Key,
    existing: Option<i64>,
    fields: Map<String, Value>,
) -> Result<i64> {
    let draft: K = serde_json::from_value(Value::Object(fields)).map_err(|e| refused(key, e))?;
    let id: Option<IdOf<K>> = existing.map(Into::into);
    let before = id.map(|id| catalog.get::<K>(id)).transpose()?;
    let id = catalog.put::<K>(id, before.as_ref(), &draft.normalised())?;
    Ok(id.into())
}

/// Writes unit `key` from `fields`.
fn unit(
    catalog: &mut Catalog,
    key: &Key,
    existing: Option<i64>,
    fields: &Map<String, Value>,
) -> Result<i64> {
    let organisation = fields
        .get("organisation")
        .and_then(Value::as_i64)
        .ok_or_else(|| refused(key, "a unit needs its organisation"))?;
    let name = fields
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let id = catalog.write_unit(existing.map(UnitId), OrganisationId(organisation), name)?;
    Ok(id.0)
}

/// Writes the interface information set `set` documents.
fn set_interface(
    catalog: &mut Catalog,
    key: &Key,
    set: InformationSetId,
    interface: Option<Value>,
) -> Result<()> {
    #[derive(serde::Deserialize)]
    struct Interface {
        system: SystemId,
        api: String,
        origin: String,
    }
    let interface: Option<Interface> = match interface {
        None | Some(Value::Null) => None,
        Some(value) => Some(
            serde_json::from_value(value).map_err(|e| refused(key, format!("interface: {e}")))?,
        ),
    };
    let linked = interface
        .as_ref()
        .map(|i| (i.system, i.api.as_str(), i.origin.as_str()));
    Ok(catalog.set_interface(set, linked)?)
}

/// Writes the settings.
fn settings(catalog: &mut Catalog, key: &Key, fields: &Map<String, Value>) -> Result<()> {
    let profile = fields.get("default_api_profile").and_then(Value::as_str);
    if let Some(name) = profile {
        let profile = ApiProfile::parse(name)
            .ok_or_else(|| refused(key, format!("no API profile is named {name:?}")))?;
        catalog.set_default_api_profile(profile)?;
    }
    Ok(())
}

/// Writes a version of a contract's or an information set's history.
fn version(catalog: &mut Catalog, key: &Key, mut fields: Map<String, Value>) -> Result<()> {
    let (history, _) = history_of(key.part);
    let owner = ["contract", "set"]
        .iter()
        .find_map(|name| fields.remove(*name))
        .and_then(|owner| owner.as_i64());
    let Some(owner) = owner else {
        // Its contract or set is not in the catalog: nothing to hang the version on.
        return Ok(());
    };
    let release: crate::store::Release =
        serde_json::from_value(Value::Object(fields)).map_err(|e| refused(key, e))?;
    Ok(catalog.put_version(history, owner, &release)?)
}
