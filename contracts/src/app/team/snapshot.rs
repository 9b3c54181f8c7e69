//! The catalog as the team's repository holds it ([`Snapshot`]): every item as its draft
//! (a contract with its place in the workflow, a set with the interface it documents), the
//! roles held on it, references as uids; units, settings and the version histories — all of
//! it, or the entries of some items ([`Scope`]), and which items changed since the last sync.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::formats::repo::refs::rewrite;
use crate::formats::repo::{canonical, Key, Part, Scope, Snapshot};
use crate::model::{
    AgreementDraft, ClassificationScheme, ContractDraft, Entity, GrantDraft, InformationSetDraft,
    InformationSetId, IntegrationDraft, IntegrationId, OrganisationDraft, PersonDraft,
    RequestDraft, Stored, SystemDraft, UnitId,
};
use crate::store::{Catalog, History, Table};

use super::super::Result;
use super::ids::{rows, Ids, Lookup};

/// Everything `catalog` holds, as the repository holds it.
pub(crate) fn snapshot(catalog: &Catalog) -> Result<Snapshot> {
    entries(catalog, &Scope::All)
}

/// The entries of `scope` that `catalog` holds, as the repository holds them.
pub(crate) fn entries(catalog: &Catalog, scope: &Scope) -> Result<Snapshot> {
    let ids = match scope {
        Scope::All => Lookup::knowing(catalog, Ids::read(catalog)?),
        Scope::Items(_) => Lookup::new(catalog),
    };
    let snapshot = read_entries(catalog, scope, &ids)?;
    ids.finish()?;
    Ok(snapshot)
}

/// The entries of `scope`, references looked up in `ids`.
fn read_entries(catalog: &Catalog, scope: &Scope, ids: &Lookup<'_>) -> Result<Snapshot> {
    let mut snapshot = Snapshot::new();
    for part in Part::ALL {
        let Some(rows) = rows(part) else { continue };
        let wanted: Vec<(i64, String)> = match scope {
            Scope::All => catalog.identities(rows)?,
            Scope::Items(keys) => keys
                .iter()
                .filter(|key| key.part == part)
                .filter_map(|key| Some((ids.id(part, &key.uid)?, key.uid.clone())))
                .collect(),
        };
        for (id, uid) in wanted {
            let Some(mut value) = item(catalog, part, id)? else {
                continue;
            };
            to_uids(ids, part, &mut value);
            snapshot.insert(Key::new(part, uid), value);
        }
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
        let versions = match scope {
            Scope::All => catalog.every_version(history)?,
            Scope::Items(keys) => {
                let mut versions = Vec::new();
                for key in keys.iter().filter(|key| key.part == owner_part) {
                    if let Some(id) = ids.id(owner_part, &key.uid) {
                        let of = catalog.versions_of(history, id)?;
                        versions.extend(of.into_iter().map(|release| (id, release)));
                    }
                }
                versions
            }
        };
        for (id, release) in versions {
            let Some(uid) = ids.uid(owner_part, id) else {
                continue;
            };
            let key = Key::history(part, &uid, &release.version);
            let mut value = json!({
                owner: id,
                "version": release.version,
                "at": release.at,
                "by": release.by,
                "snapshot": release.snapshot,
            });
            to_uids(ids, part, &mut value);
            snapshot.insert(key, value);
        }
    }
    if scope.covers(&Key::settings()) {
        let profile = catalog.default_api_profile()?;
        snapshot.insert(
            Key::settings(),
            json!({ "default_api_profile": profile.as_str() }),
        );
    }
    Ok(snapshot)
}

/// `value`, an entry of kind `part` with references as row ids, with them as uids, in its
/// one form.
fn to_uids(ids: &Lookup<'_>, part: Part, value: &mut Value) {
    rewrite(part, value, &mut |to, id| {
        id.as_i64()
            .and_then(|id| ids.uid(to, id))
            .map(Value::String)
    });
    canonical(part, value);
}

/// Row `id` of kind `part` with the roles held on it, references as row ids (`None`: a
/// unit no longer there, or a kind that is not a row).
fn item(catalog: &Catalog, part: Part, id: i64) -> Result<Option<Value>> {
    let mut value = match part {
        Part::Organisation => draft::<OrganisationDraft>(catalog, id, |_, _| Ok(()))?,
        Part::Person => draft::<PersonDraft>(catalog, id, |_, _| Ok(()))?,
        Part::ClassificationScheme => draft::<ClassificationScheme>(catalog, id, |_, _| Ok(()))?,
        Part::System => draft::<SystemDraft>(catalog, id, |_, _| Ok(()))?,
        Part::InformationSet => draft::<InformationSetDraft>(catalog, id, |_, fields| {
            let interface = catalog.interface_of(InformationSetId(id))?;
            let interface = interface.map_or(
                Value::Null,
                |(system, api, origin)| json!({ "system": system, "api": api, "origin": origin }),
            );
            fields.insert("interface".into(), interface);
            Ok(())
        })?,
        Part::Integration => draft::<IntegrationDraft>(catalog, id, |_, fields| {
            let at = catalog.integration_recorded(IntegrationId(id))?;
            fields.insert("recorded_at".into(), json!(at.unwrap_or_default()));
            Ok(())
        })?,
        Part::Contract => draft::<ContractDraft>(catalog, id, |contract, fields| {
            fields.insert("state".into(), json!(contract.state));
            Ok(())
        })?,
        Part::Agreement => draft::<AgreementDraft>(catalog, id, |_, _| Ok(()))?,
        Part::Request => draft::<RequestDraft>(catalog, id, |_, _| Ok(()))?,
        Part::AccessGrant => draft::<GrantDraft>(catalog, id, |_, _| Ok(()))?,
        Part::Unit => catalog
            .unit(UnitId(id))?
            .map(|unit| json!({ "organisation": unit.organisation, "name": unit.name })),
        Part::Settings | Part::Release | Part::SetVersion => None,
    };
    if let (Some(entity), Some(Value::Object(fields))) = (part.entity(), value.as_mut()) {
        let held: Vec<Value> = catalog
            .roles(entity, Some(id))?
            .into_iter()
            .map(|held| json!({ "role": held.role, "person": held.person }))
            .collect();
        fields.insert("roles".into(), Value::Array(held));
    }
    Ok(value)
}

/// Item `id` of kind `K` as its draft with what `extra` adds.
fn draft<K: Table>(
    catalog: &Catalog,
    id: i64,
    extra: impl Fn(&K::Stored, &mut Map<String, Value>) -> Result<()>,
) -> Result<Option<Value>> {
    let stored = catalog.get::<K>(id.into())?;
    let mut value = serde_json::to_value(stored.draft()).expect("model types always serialise");
    if let Value::Object(fields) = &mut value {
        extra(&stored, fields)?;
    }
    Ok(Some(value))
}

/// The items changed in `catalog` since the changes up to the last sync were forgotten, and
/// the mark to forget these up to once the team has them.
pub(crate) fn unshared(catalog: &Catalog) -> Result<(i64, BTreeSet<Key>)> {
    let ids = Lookup::new(catalog);
    let (mark, changes) = catalog.unshared()?;
    let keys = changes
        .into_iter()
        .filter_map(|change| {
            if change.table == "settings" {
                return Some(Key::settings());
            }
            let part = match Entity::parse(&change.table) {
                Some(entity) => Part::of(entity),
                None if change.table == "unit" => Part::Unit,
                None => return None,
            };
            let uid = match change.uid {
                Some(uid) => uid,
                None => ids.uid(part, change.item?)?,
            };
            Some(Key::new(part, uid))
        })
        .collect();
    ids.finish()?;
    Ok((mark, keys))
}

/// What the contract files among `entries` are shown against ([`files::write_entries`]):
/// `entries`, and from `catalog` the information sets those contracts govern, the people
/// holding roles on them or owning those sets, and every classification scheme.
///
/// [`files::write_entries`]: crate::formats::repo::files::write_entries
pub(crate) fn view(catalog: &Catalog, entries: &Snapshot) -> Result<Snapshot> {
    let contracts = || {
        entries
            .iter()
            .filter(|(key, _)| key.part == Part::Contract)
            .map(|(_, value)| value)
    };
    if contracts().next().is_none() {
        return Ok(entries.clone());
    }
    let uids = |value: &Value, field: &str, inner: Option<&str>| -> Vec<String> {
        let list = value.get(field).and_then(Value::as_array);
        list.into_iter()
            .flatten()
            .filter_map(|item| match inner {
                Some(inner) => item.get(inner),
                None => Some(item),
            })
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let sets: BTreeSet<Key> = contracts()
        .flat_map(|contract| uids(contract, "information_sets", None))
        .map(|uid| Key::new(Part::InformationSet, uid))
        .collect();
    let schemes =
        rows(Part::ClassificationScheme).map_or(Ok(Vec::new()), |rows| catalog.identities(rows))?;
    let mut wanted = sets;
    wanted.extend(
        schemes
            .into_iter()
            .map(|(_, uid)| Key::new(Part::ClassificationScheme, uid)),
    );
    let mut view = self::entries(catalog, &Scope::Items(wanted))?;
    let people: BTreeSet<Key> = contracts()
        .flat_map(|contract| uids(contract, "roles", Some("person")))
        .chain(
            view.values()
                .filter_map(|set| set.get("owner").and_then(Value::as_str))
                .map(str::to_owned),
        )
        .map(|uid| Key::new(Part::Person, uid))
        .collect();
    view.extend(self::entries(catalog, &Scope::Items(people))?);
    view.extend(entries.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(view)
}
