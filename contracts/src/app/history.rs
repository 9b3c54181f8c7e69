//! The history of a contract or an information set as the app and the CLI show it: two
//! versions compared, the changelog, the editors' live preview of the next version, and the
//! impact of a contract's latest change with a notice for everyone it affects.
//!
//! A version is named by its number, or `current` for the item as it is now (a contract's
//! draft of the next version, or the latest release when nothing changed since).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::app::error::{Error, Result};
use crate::i18n::Translator;
use crate::model::{
    ContractDraft, ContractId, Country, Date, Entity, GrantStatus, InformationSetId, IntegrationId,
    Kind, Lang, PersonId, Role, SystemId,
};
use crate::store::{Catalog, Error as StoreError, Release};
use crate::versions::{assess, Assessment, Change, SetSnapshot, Snapshot, Version};
use crate::wire::versions::{
    Affected, Changelog, ChangelogEntry, FileVersion, FilesCompared, Impact, Notice, Recipient,
    VersionDiff, VersionPreview, Versioned,
};

/// The name of the version as it is now.
pub const CURRENT: &str = "current";

/// An assessment of nothing changed.
fn unchanged() -> Assessment {
    crate::versions::judge(Vec::new(), None)
}

/// The versions of `item`, oldest first.
fn releases(catalog: &Catalog, item: Versioned) -> Result<Vec<Release>> {
    match item {
        Versioned::Contract(id) => Ok(catalog.contract_releases(id)?),
        Versioned::InformationSet(id) => Ok(catalog.information_set_releases(id)?),
    }
}

/// `item` as it is now, and its version number: a contract's own; an information set's last
/// recorded one (every save records one).
fn current(catalog: &Catalog, item: Versioned, releases: &[Release]) -> Result<(String, Snapshot)> {
    Ok(match item {
        Versioned::Contract(id) => {
            let snapshot = catalog.contract_snapshot(id)?;
            (snapshot.contract.version.clone(), snapshot)
        }
        Versioned::InformationSet(id) => {
            let set = catalog.information_set(id)?;
            let version = releases
                .last()
                .map(|r| r.version.clone())
                .unwrap_or_default();
            let snapshot = Snapshot {
                sets: vec![SetSnapshot {
                    id: set.id,
                    draft: set.draft,
                }],
                ..Snapshot::default()
            };
            (version, snapshot)
        }
    })
}

/// The version `at` (`current`, or a number) of `item`, with its number.
fn version_at(
    item: Versioned,
    at: &str,
    releases: &[Release],
    now: &(String, Snapshot),
) -> Result<(String, Snapshot)> {
    if at.trim() == CURRENT {
        return Ok(now.clone());
    }
    releases
        .iter()
        .find(|r| r.version == at.trim())
        .map(|r| (r.version.clone(), r.snapshot.clone()))
        .ok_or_else(|| not_found(item, at))
}

fn not_found(item: Versioned, version: &str) -> Error {
    let (entity, id) = item.entity();
    Error::VersionNotFound {
        entity,
        id,
        version: version.trim().to_owned(),
    }
}

/// The number the unreleased changes `assessment` of a contract whose working copy carries
/// `version` go by: its own when past the last release, else the one the changes call for
/// (an information set it governs changed under a release).
fn pending_version(version: &str, last: Option<&Release>, assessment: &Assessment) -> String {
    let past = |last: &Release| Version::parse(version) > Version::parse(&last.version);
    match (last, assessment.proposed) {
        (Some(last), Some(proposed)) if !past(last) => proposed.to_string(),
        _ => version.to_owned(),
    }
}

/// The versions compared when none are named: the draft against the last release; with no
/// change pending, the last release against the one before.
fn default_pair(releases: &[Release], current: &Snapshot) -> (Option<String>, String) {
    match releases {
        [] => (None, CURRENT.to_owned()),
        [.., last] if last.snapshot != *current => (Some(last.version.clone()), CURRENT.to_owned()),
        [.., before, last] => (Some(before.version.clone()), last.version.clone()),
        [only] => (None, only.version.clone()),
    }
}

/// Versions `from` and `to` of `item` compared (either left out: see [`default_pair`];
/// `from` alone: against the current one). Nothing released before `to` compares as no
/// change.
pub fn diff(
    catalog: &Catalog,
    item: Versioned,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<VersionDiff> {
    let releases = releases(catalog, item)?;
    let now = current(catalog, item, &releases)?;
    let (from, to) = match (from, to) {
        (Some(from), to) => (
            Some(from.trim().to_owned()),
            to.unwrap_or(CURRENT).trim().to_owned(),
        ),
        (None, Some(to)) => {
            // The release before `to`.
            let to = to.trim().to_owned();
            let before = match releases.iter().position(|r| r.version == to) {
                Some(i) => i.checked_sub(1).map(|i| releases[i].version.clone()),
                None if to == CURRENT => releases.last().map(|r| r.version.clone()),
                None => return Err(not_found(item, &to)),
            };
            (before, to)
        }
        (None, None) => default_pair(&releases, &now.1),
    };
    let (_, new) = version_at(item, &to, &releases, &now)?;
    let mut assessment = match &from {
        Some(from) => {
            let (version, old) = version_at(item, from, &releases, &now)?;
            assess(&old, &new, Version::parse(&version))
        }
        None => unchanged(),
    };
    name_integrations(catalog, std::slice::from_mut(&mut assessment))?;
    Ok(VersionDiff {
        item,
        from: from.unwrap_or_default(),
        to,
        assessment,
    })
}

/// `item`'s changelog: a contract's unreleased changes (if any), then each version, newest
/// first, with what changed since the one before.
pub fn changelog(catalog: &Catalog, item: Versioned) -> Result<Changelog> {
    let releases = releases(catalog, item)?;
    let (version, now) = current(catalog, item, &releases)?;
    let mut entries = Vec::with_capacity(releases.len() + 1);
    let mut before: Option<&Release> = None;
    for release in &releases {
        entries.push(ChangelogEntry {
            version: release.version.clone(),
            released_at: Some(release.at.clone()),
            released_by: Some(release.by.clone()),
            file: None,
            assessment: match before {
                Some(b) => assess(&b.snapshot, &release.snapshot, Version::parse(&b.version)),
                None => unchanged(),
            },
        });
        before = Some(release);
    }
    if before.is_none_or(|last| last.snapshot != now) {
        let assessment = match before {
            Some(b) => assess(&b.snapshot, &now, Version::parse(&b.version)),
            None => unchanged(),
        };
        entries.push(ChangelogEntry {
            version: pending_version(&version, before, &assessment),
            released_at: None,
            released_by: None,
            file: None,
            assessment,
        });
    }
    entries.reverse();
    let mut assessments: Vec<Assessment> = entries.iter().map(|e| e.assessment.clone()).collect();
    name_integrations(catalog, &mut assessments)?;
    for (entry, assessment) in entries.iter_mut().zip(assessments) {
        entry.assessment = assessment;
    }
    let title = match item {
        Versioned::Contract(_) => now.contract.title,
        Versioned::InformationSet(_) => now
            .sets
            .first()
            .map(|s| s.draft.name.clone())
            .unwrap_or_default(),
    };
    Ok(Changelog {
        item,
        title,
        entries,
    })
}

/// What saving `draft` as information set `id` records: what changed since its last
/// version, and the version that calls for (the set editor's live preview).
pub fn set_preview(
    catalog: &Catalog,
    id: InformationSetId,
    draft: &crate::model::InformationSetDraft,
) -> Result<VersionPreview> {
    let Some(last) = catalog.information_set_releases(id)?.pop() else {
        return Ok(VersionPreview {
            released: None,
            assessment: unchanged(),
        });
    };
    let now = Snapshot {
        sets: vec![SetSnapshot {
            id,
            draft: draft.clone(),
        }],
        ..Snapshot::default()
    };
    Ok(VersionPreview {
        assessment: assess(&last.snapshot, &now, Version::parse(&last.version)),
        released: Some(last.version),
    })
}

/// Two ODCS files compared as versions of one contract, read against the shipped
/// classification schemes without a catalog (what `datapakt breaking|diff|changelog --old
/// --new` report). Any ODCS v3.0–v3.2 file is read, with or without Datapakt's properties;
/// their quality rules and servers, which the catalog does not keep, are compared too.
pub fn compare_files(old: &Path, new: &Path) -> Result<FilesCompared> {
    use crate::formats::odcs::read;
    let read = |path: &Path, first_id: i64| -> Result<(Snapshot, serde_json::Value)> {
        let text = crate::app::files::read_text(path, crate::app::files::MAX_READ_BYTES)?;
        let snapshot = read::snapshot_of(path, &text, first_id).map_err(Error::OdcsCompared)?;
        let document = read::parse_yaml(&text).map_err(|e| Error::OdcsCompared(e.in_file(path)))?;
        Ok((snapshot, document))
    };
    // Ids apart, so the two files' sets are matched by name.
    let ((before, old_document), (after, new_document)) = (read(old, 1)?, read(new, 1_000_001)?);
    let mut changes = crate::versions::diff(&before, &after);
    changes.extend(crate::formats::odcs::compare::document_changes(
        &old_document,
        &new_document,
    ));
    let assessment = crate::versions::judge(changes, Version::parse(&before.contract.version));
    let version = |path: &Path, snapshot: Snapshot| FileVersion {
        file: path.display().to_string(),
        version: snapshot.contract.version,
    };
    Ok(FilesCompared {
        title: after.contract.title.clone(),
        breaking: assessment.breaking(),
        assessment,
        old: version(old, before),
        new: version(new, after),
    })
}

/// What a version of `draft` would hold: the draft as it is kept with the information sets
/// it governs as they are now; one that does not exist is left out (saving refuses it).
pub fn snapshot_of(catalog: &Catalog, draft: &ContractDraft) -> Result<Snapshot> {
    let contract = draft.clone().normalised();
    let mut sets = Vec::with_capacity(contract.information_sets.len());
    for id in &contract.information_sets {
        match catalog.information_set(*id) {
            Ok(set) => sets.push(SetSnapshot {
                id: set.id,
                draft: set.draft,
            }),
            Err(StoreError::ItemNotFound { .. }) => {}
            Err(other) => return Err(other.into()),
        }
    }
    Ok(Snapshot { contract, sets })
}

/// What changed between contract `id`'s last release and `draft` (as edited, with the sets
/// it governs as they are now; one that does not exist is left out), and the version that
/// calls for: the editor's live preview.
pub fn preview(catalog: &Catalog, id: ContractId, draft: &ContractDraft) -> Result<VersionPreview> {
    let Some(last) = catalog.contract_releases(id)?.pop() else {
        return Ok(VersionPreview {
            released: None,
            assessment: unchanged(),
        });
    };
    let now = snapshot_of(catalog, draft)?;
    let mut assessment = assess(&last.snapshot, &now, Version::parse(&last.version));
    name_integrations(catalog, std::slice::from_mut(&mut assessment))?;
    Ok(VersionPreview {
        assessment,
        released: Some(last.version),
    })
}

/// Shows the integrations a change of the governed integrations names by their names
/// rather than their ids (`#4`); the changes are judged already, by id.
fn name_integrations(catalog: &Catalog, assessments: &mut [Assessment]) -> Result<()> {
    let is_integrations = |a: &crate::versions::Assessed| {
        matches!(
            a.change,
            Change::TermChanged {
                term: crate::versions::Term::Integrations,
                ..
            }
        )
    };
    if !assessments
        .iter()
        .flat_map(|a| &a.changes)
        .any(is_integrations)
    {
        return Ok(());
    }
    let names = catalog.names(Entity::Integration)?;
    let named = |ids: &str| {
        ids.split(", ")
            .filter(|id| !id.is_empty())
            .map(|id| {
                id.strip_prefix('#')
                    .and_then(|n| n.parse::<i64>().ok())
                    .and_then(|n| names.get(&n).cloned())
                    .unwrap_or_else(|| id.to_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for assessed in assessments.iter_mut().flat_map(|a| a.changes.iter_mut()) {
        if let Change::TermChanged {
            term: crate::versions::Term::Integrations,
            from,
            to,
        } = &mut assessed.change
        {
            *from = named(from);
            *to = named(to);
        }
    }
    Ok(())
}

/// The language to write to someone working in an organisation of `country`.
fn language_of(country: Option<Country>) -> Lang {
    match country {
        Some(Country::Norway) => Lang::Nb,
        Some(Country::Sweden) => Lang::Sv,
        None => Lang::En,
    }
}

/// [`impact`] as of the catalog's today.
pub fn impact_today(catalog: &Catalog, id: ContractId) -> Result<Impact> {
    impact(catalog, id, catalog.today_date()?)
}

/// Who and what the latest change to contract `id` affects (its draft against the last
/// release, else the last release against the one before), on `today`, with a notice for
/// each person to tell in their language.
pub fn impact(catalog: &Catalog, id: ContractId, today: Date) -> Result<Impact> {
    let contract = catalog.contract(id)?;
    let releases = catalog.contract_releases(id)?;
    let current = catalog.contract_snapshot(id)?;
    let (from, to) = default_pair(&releases, &current);
    let released = to != CURRENT;
    let released_to = releases.iter().find(|r| r.version == to);
    let old = from
        .as_ref()
        .and_then(|v| releases.iter().find(|r| r.version == *v));
    // The change compared from what was read here, rather than read again by `diff`.
    let new = released_to.map_or(&current, |r| &r.snapshot);
    let mut assessment = match old {
        Some(old) => assess(&old.snapshot, new, Version::parse(&old.version)),
        None => unchanged(),
    };
    name_integrations(catalog, std::slice::from_mut(&mut assessment))?;
    let old = old.map(|r| &r.snapshot);
    let to_version = match released_to {
        Some(release) => release.version.clone(),
        None => pending_version(&current.contract.version, releases.last(), &assessment),
    };
    // In force from its first day, or from its release (a draft: once approved).
    let first_day = new
        .contract
        .valid_from
        .clone()
        .filter(|d| *d > today.to_string());
    let effective = match released_to {
        Some(release) => {
            Some(first_day.unwrap_or_else(|| release.at.get(..10).unwrap_or_default().to_owned()))
        }
        None => first_day,
    };
    let reached = Reached::read(catalog, new, old)?;
    let mut contracts = Vec::new();
    // This one is to be approved again while its change waits.
    if !released && assessment.bump.is_some() {
        contracts.push(Affected {
            entity: Entity::Contract,
            id: id.0,
            name: contract.draft.title.clone(),
            why: "impact-why-awaiting-approval".into(),
        });
    }
    contracts.extend(sharing_contracts(catalog, id, &assessment, new, old)?);
    let grants = if assessment.breaking() {
        grants_in_use(catalog, id, today)?
    } else {
        Vec::new()
    };
    let mut impact = Impact {
        contract: id.0,
        title: new.contract.title.clone(),
        from,
        to: to_version,
        released,
        effective,
        assessment,
        integrations: reached.integrations,
        consumers: reached.consumers,
        contracts,
        grants,
        recipients: Vec::new(),
    };
    impact.recipients = recipients(catalog, &impact, reached.integration_owners)?;
    let owner = contract.draft.owner;
    let notices: Vec<Notice> = impact
        .recipients
        .iter()
        .map(|r| {
            let (subject, body) =
                crate::i18n::versions::notice(&Translator::new(r.lang), &impact, r, &owner);
            Notice { subject, body }
        })
        .collect();
    for (recipient, notice) in impact.recipients.iter_mut().zip(notices) {
        recipient.notice = notice;
    }
    Ok(impact)
}

/// A role a person holds on something a change affects: the role, the item's kind, id and
/// name.
type Held = (Role, Entity, i64, String);

/// What a contract's change reaches through its integrations: those it governs before or
/// after, their consumers and the consumer it names (before and after), and the
/// integrations' owners.
struct Reached {
    integrations: Vec<Affected>,
    consumers: Vec<Affected>,
    integration_owners: Vec<(PersonId, Held)>,
}

impl Reached {
    fn read(catalog: &Catalog, new: &Snapshot, old: Option<&Snapshot>) -> Result<Reached> {
        let mut integration_ids: BTreeSet<IntegrationId> =
            new.contract.integrations.iter().copied().collect();
        if let Some(old) = old {
            integration_ids.extend(old.contract.integrations.iter().copied());
        }
        let mut integrations = Vec::new();
        let mut consumers: BTreeMap<SystemId, &'static str> = BTreeMap::new();
        let mut integration_owners = Vec::new();
        for integration in &integration_ids {
            let Ok(found) = catalog.integration(*integration) else {
                continue;
            };
            for consumer in &found.draft.consumers {
                consumers.entry(*consumer).or_insert("impact-why-consumer");
            }
            if let Some(owner) = found.draft.owner {
                let held = (
                    Role::IntegrationOwner,
                    Entity::Integration,
                    integration.0,
                    found.draft.name.clone(),
                );
                integration_owners.push((owner, held));
            }
            integrations.push(Affected {
                entity: Entity::Integration,
                id: integration.0,
                name: found.draft.name,
                why: "impact-why-governed".into(),
            });
        }
        // The consumer it names, and the one it named before (which loses it).
        for contract in std::iter::once(new).chain(old) {
            if let Some(named) = catalog.system_id(&contract.contract.consumer_system)? {
                consumers.insert(SystemId(named), "impact-why-named-consumer");
            }
        }
        let system_names = catalog.names(Entity::System)?;
        let consumers = consumers
            .into_iter()
            .map(|(system, why)| Affected {
                entity: Entity::System,
                id: system.0,
                name: system_names
                    .get(&system.0)
                    .cloned()
                    .unwrap_or_else(|| format!("#{}", system.0)),
                why: why.into(),
            })
            .collect();
        Ok(Reached {
            integrations,
            consumers,
            integration_owners,
        })
    }
}

/// The approved contracts other than `id` governing an information set the change touched:
/// to be approved again.
fn sharing_contracts(
    catalog: &Catalog,
    id: ContractId,
    assessment: &Assessment,
    new: &Snapshot,
    old: Option<&Snapshot>,
) -> Result<Vec<Affected>> {
    let changed_sets = changed_sets(assessment, new, old);
    Ok(catalog
        .approved_contracts_governing(&changed_sets)?
        .into_iter()
        .filter(|(other, _)| *other != id)
        .map(|(other, title)| Affected {
            entity: Entity::Contract,
            id: other.0,
            name: title,
            why: "impact-why-shares-set".into(),
        })
        .collect())
}

/// The access in use under contract `id` on `today` (neither revoked nor lapsed): to review
/// when a change breaks consumers.
fn grants_in_use(catalog: &Catalog, id: ContractId, today: Date) -> Result<Vec<Affected>> {
    let cover = catalog.contract_cover(id)?;
    let mut grants = Vec::new();
    for grant in catalog.grants()? {
        if grant.draft.contract != Some(id) {
            continue;
        }
        let status = crate::validate::state(&grant.draft, &cover, today).status;
        if !matches!(status, GrantStatus::Revoked | GrantStatus::Lapsed) {
            grants.push(Affected {
                entity: Entity::AccessGrant,
                id: grant.id.0,
                name: catalog.grant_title(grant.id)?,
                why: "impact-why-grant".into(),
            });
        }
    }
    Ok(grants)
}

/// The people to tell of `impact` (notices still empty): the consumers' owners and contacts,
/// the integrations' owners and the information owners of the other contracts, each once
/// with every role they hold, in the language of their organisation's country.
fn recipients(
    catalog: &Catalog,
    impact: &Impact,
    integration_owners: Vec<(PersonId, Held)>,
) -> Result<Vec<Recipient>> {
    let mut roles: BTreeMap<i64, Vec<Held>> = BTreeMap::new();
    for system in &impact.consumers {
        for role in catalog.roles(Entity::System, Some(system.id))? {
            let held = (role.role, Entity::System, system.id, system.name.clone());
            roles.entry(role.person.0).or_default().push(held);
        }
    }
    for (owner, held) in integration_owners {
        roles.entry(owner.0).or_default().push(held);
    }
    for other in impact.contracts.iter().filter(|c| c.id != impact.contract) {
        for role in catalog.roles(Entity::Contract, Some(other.id))? {
            if role.role == Role::InformationOwner {
                let held = (role.role, Entity::Contract, other.id, other.name.clone());
                roles.entry(role.person.0).or_default().push(held);
            }
        }
    }
    let people: BTreeMap<i64, crate::model::Person> =
        catalog.people()?.into_iter().map(|p| (p.id.0, p)).collect();
    let countries: BTreeMap<i64, Country> = catalog
        .organisations()?
        .into_iter()
        .map(|o| (o.id.0, o.draft.country))
        .collect();
    let unit_countries: BTreeMap<i64, Country> = catalog
        .units()?
        .into_iter()
        .filter_map(|u| Some((u.id.0, *countries.get(&u.organisation.0)?)))
        .collect();
    let mut recipients = Vec::new();
    for (person, mut held) in roles {
        let Some(found) = people.get(&person) else {
            continue;
        };
        held.sort_by_key(|(role, entity, item, _)| (role.as_str(), entity.as_str(), *item));
        held.dedup();
        let country = found
            .draft
            .unit
            .and_then(|u| unit_countries.get(&u.0).copied());
        recipients.push(Recipient {
            person,
            name: found.draft.name.clone(),
            email: found.draft.email.clone(),
            lang: language_of(country),
            roles: held,
            notice: Notice {
                subject: String::new(),
                body: String::new(),
            },
        });
    }
    Ok(recipients)
}

/// The information sets (of either version) whose content a change touched.
fn changed_sets(
    assessment: &Assessment,
    new: &Snapshot,
    old: Option<&Snapshot>,
) -> Vec<InformationSetId> {
    let names: BTreeSet<&str> = assessment
        .changes
        .iter()
        .filter_map(|a| match &a.change {
            Change::SetTermChanged { set, .. } | Change::ResourceChanged { set, .. } => {
                Some(set.as_str())
            }
            Change::SetRenamed { to, .. } => Some(to.as_str()),
            change => change.field().map(|field| field.set.as_str()),
        })
        .filter(|name| !name.is_empty())
        .collect();
    let mut ids: Vec<InformationSetId> = new
        .sets
        .iter()
        .chain(old.map(|o| o.sets.as_slice()).unwrap_or_default())
        .filter(|s| names.contains(s.draft.name.as_str()))
        .map(|s| s.id)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests;
