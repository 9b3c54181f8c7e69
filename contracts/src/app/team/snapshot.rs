//! The catalog as the team's repository holds it ([`Snapshot`]): every item as its draft
//! (a contract with its place in the workflow, a set with the interface it documents), the
//! roles held on it, references as uids; units, settings and the version histories.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use crate::formats::repo::refs::rewrite;
use crate::formats::repo::{canonical, Key, Part, Snapshot};
use crate::model::{
    AgreementDraft, ClassificationScheme, ContractDraft, Entity, GrantDraft, InformationSetDraft,
    IntegrationDraft, OrganisationDraft, PersonDraft, RequestDraft, Stored, SystemDraft,
};
use crate::store::{Catalog, History, Table};

use super::super::Result;
use super::ids::{rows, Ids};

/// Everything `catalog` holds, as the repository holds it.
pub(crate) fn snapshot(catalog: &Catalog) -> Result<Snapshot> {
    let ids = Ids::read(catalog)?;
    let mut roles: HashMap<(Entity, i64), Vec<Value>> = HashMap::new();
    for entity in Entity::ALL {
        for held in catalog.roles(entity, None)? {
            roles
                .entry((entity, held.item))
                .or_default()
                .push(json!({ "role": held.role, "person": held.person }));
        }
    }
    let mut entries: Vec<(Part, i64, Value)> = Vec::new();
    items::<OrganisationDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<PersonDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<ClassificationScheme>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<SystemDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<InformationSetDraft>(catalog, &mut entries, |set, value| {
        let interface = catalog.interface_of(set.id)?;
        value.insert(
            "interface".into(),
            interface.map_or(
                Value::Null,
                |(system, api, origin)| json!({ "system": system, "api": api, "origin": origin }),
            ),
        );
        Ok(())
    })?;
    let recorded = catalog.integration_order()?;
    items::<IntegrationDraft>(catalog, &mut entries, |integration, value| {
        let at = recorded.get(&integration.id.0).map(|(at, _)| at.as_str());
        value.insert("recorded_at".into(), json!(at.unwrap_or_default()));
        Ok(())
    })?;
    items::<ContractDraft>(catalog, &mut entries, |contract, value| {
        value.insert("state".into(), json!(contract.state));
        Ok(())
    })?;
    items::<AgreementDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<RequestDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    items::<GrantDraft>(catalog, &mut entries, |_, _| Ok(()))?;
    for unit in catalog.units()? {
        let value = json!({ "organisation": unit.organisation, "name": unit.name });
        entries.push((Part::Unit, unit.id.0, value));
    }

    let mut snapshot = Snapshot::new();
    let to_uids = |part: Part, value: &mut Value| {
        rewrite(part, value, &mut |to, id| {
            id.as_i64()
                .and_then(|id| ids.uid(to, id))
                .map(|uid| Value::String(uid.to_owned()))
        });
    };
    for (part, id, mut value) in entries {
        let (Some(uid), Some(fields)) = (ids.uid(part, id), value.as_object_mut()) else {
            continue;
        };
        if let Some(entity) = part.entity() {
            let held = roles.remove(&(entity, id)).unwrap_or_default();
            fields.insert("roles".into(), Value::Array(held));
        }
        to_uids(part, &mut value);
        canonical(part, &mut value);
        snapshot.insert(Key::new(part, uid), value);
    }
    for (history, part, owner_part, owner) in [
        (History::Contract, Part::Release, Part::Contract, "contract"),
        (
            History::InformationSet,
            Part::SetVersion,
            Part::InformationSet,
            "set",
        ),
    ] {
        for (id, release) in catalog.every_version(history)? {
            let Some(uid) = ids.uid(owner_part, id) else {
                continue;
            };
            let key = Key::history(part, uid, &release.version);
            let mut value = json!({
                owner: id,
                "version": release.version,
                "at": release.at,
                "by": release.by,
                "snapshot": release.snapshot,
            });
            to_uids(part, &mut value);
            canonical(part, &mut value);
            snapshot.insert(key, value);
        }
    }
    let profile = catalog.default_api_profile()?;
    snapshot.insert(
        Key::settings(),
        json!({ "default_api_profile": profile.as_str() }),
    );
    Ok(snapshot)
}

/// Every item of kind `K` as (its kind, its id, its draft with what `extra` adds).
fn items<K: Table>(
    catalog: &Catalog,
    entries: &mut Vec<(Part, i64, Value)>,
    extra: impl Fn(&K::Stored, &mut Map<String, Value>) -> Result<()>,
) -> Result<()> {
    let part = Part::of(K::ENTITY);
    let Some(rows) = rows(part) else {
        return Ok(());
    };
    for (id, _) in catalog.identities(rows)? {
        let stored = catalog.get::<K>(id.into())?;
        let mut value = serde_json::to_value(stored.draft()).expect("model types always serialise");
        if let Value::Object(fields) = &mut value {
            extra(&stored, fields)?;
        }
        entries.push((part, id, value));
    }
    Ok(())
}
