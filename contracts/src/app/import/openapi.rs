//! An OpenAPI document into the catalog as the interface of a system: the pure plan
//! ([`crate::formats::openapi::read::plan`]) stored in one transaction. The sets are linked to the
//! system through the API (the document's `info.title`) and their place in the document, so
//! importing the same document again for the same system updates them (see
//! [`save_interface`] for what an update keeps) instead of adding new ones; a set whose
//! schema has left the document is kept and reported.

use std::collections::HashSet;
use std::path::Path;

use crate::app::error::{Error, Result};
use crate::app::items::{Editing, Rules};
use crate::formats::openapi::read::{plan, Plan, Renamed, Simplified};
use crate::model::{InformationSetDraft, InformationSetId, SchemaField, SystemId};
use crate::store::{Catalog, InterfaceEntry};

/// An information set as an import found it in a system's API description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceSet {
    /// Where in the document it is (a JSON pointer as a URI fragment,
    /// `#/components/schemas/Pet`); unique within one API of one system.
    pub origin: String,
    /// The set as the document describes it.
    pub draft: InformationSetDraft,
}

/// What storing an [`InterfaceSet`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetChange {
    /// A new information set.
    Created,
    /// The set from an earlier import, changed.
    Updated,
    /// The set from an earlier import, already as the document describes it.
    Unchanged,
}

/// One information set an import stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedSet {
    /// The set.
    pub id: InformationSetId,
    /// Its name in the catalog.
    pub name: String,
    /// Where in the document it came from.
    pub origin: String,
    /// Whether it was created, updated or already as the document says.
    pub change: SetChange,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The system whose interface the document describes, if it was given one.
    pub system: Option<SystemId>,
    /// Its name (empty without a system).
    pub system_name: String,
    /// The version of its format the document follows (see [`Plan::dialect`]).
    pub dialect: String,
    /// The API (`info.title`).
    pub api: String,
    /// `info.version`.
    pub version: String,
    /// Every set of the document, in its order.
    pub sets: Vec<ImportedSet>,
    /// Sets an earlier import of this API stored whose schema is no longer in the document:
    /// kept, since contracts may govern them.
    pub kept: Vec<InterfaceEntry>,
    /// Every name changed so the catalog accepts it.
    pub renamed: Vec<Renamed>,
    /// Every place recorded without its full content.
    pub simplified: Vec<Simplified>,
}

impl Report {
    /// How many sets were created, updated and left unchanged.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |change| self.sets.iter().filter(|s| s.change == change).count();
        (
            count(SetChange::Created),
            count(SetChange::Updated),
            count(SetChange::Unchanged),
        )
    }
}

/// Imports the OpenAPI document in `file` as the interface of `system`.
pub fn import_file(catalog: &mut Catalog, system: SystemId, file: &Path) -> Result<Report> {
    let source = read_file(file)?;
    import(catalog, system, &source, file)
}

/// The bytes of `file`, within the most any document Datapakt imports may have.
fn read_file(file: &Path) -> Result<Vec<u8>> {
    crate::app::files::read_bounded(file, crate::app::files::MAX_READ_BYTES)
}

/// Imports the OpenAPI document `source` (read from `path`, which errors name) as the
/// interface of `system`, in one transaction.
pub fn import(
    catalog: &mut Catalog,
    system: SystemId,
    source: &[u8],
    path: &Path,
) -> Result<Report> {
    catalog.system(system)?;
    let plan = plan(source).map_err(|source| Error::OpenApiImport {
        path: path.to_owned(),
        source,
    })?;
    store_plan(catalog, Some(system), plan, "OpenAPI")
}

/// Reads every file of `files` and plans it with `plan` (given its bytes, its path and the
/// name it goes by, [`stem`]) first, then stores the plans in one transaction (see
/// [`store_plan`]): all files, or none when one is wrong.
pub(super) fn import_planned(
    catalog: &mut Catalog,
    system: Option<SystemId>,
    files: &[std::path::PathBuf],
    format: &str,
    plan: impl Fn(&[u8], &Path, &str) -> Result<Plan>,
) -> Result<Vec<Report>> {
    let plans = files
        .iter()
        .map(|file| plan(&read_file(file)?, file, &stem(file)))
        .collect::<Result<Vec<_>>>()?;
    if let Some(system) = system {
        catalog.system(system)?;
    }
    catalog.all_or_nothing(|catalog| {
        plans
            .into_iter()
            .map(|plan| store_plan(catalog, system, plan, format))
            .collect()
    })
}

/// The file's name without its extension (`.json`, `.yaml`, `.sql`, `.xsd`, …) and `.schema`:
/// what names a schema without a title.
fn stem(file: &Path) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem = name.as_str();
    for suffix in [
        ".json", ".yaml", ".yml", ".sql", ".ddl", ".xsd", ".wsdl", ".schema",
    ] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    stem.to_owned()
}

/// Stores the sets a document of `format` planned: as the interface of `system` (an import of
/// the same document again updates them, see [`save_interface`]), or without a system, by
/// name (a set of the same name is updated the same way). A set whose classification scheme
/// the catalog does not have keeps no levels.
fn store_plan(
    catalog: &mut Catalog,
    system: Option<SystemId>,
    mut plan: Plan,
    format: &str,
) -> Result<Report> {
    let system_name = match system {
        Some(system) => catalog.system(system)?.draft.name,
        None => String::new(),
    };
    let schemes = catalog.schemes()?;
    for set in &mut plan.sets {
        if set
            .scheme
            .as_ref()
            .is_some_and(|key| !schemes.iter().any(|s| &s.key == key))
        {
            set.scheme = None;
            unclassify(&mut set.fields);
        }
    }
    let sets: Vec<InterfaceSet> = plan
        .sets
        .iter()
        .map(|set| InterfaceSet {
            origin: set.origin.clone(),
            draft: InformationSetDraft {
                name: set.name.clone(),
                description: described(&set.description, &plan, format, &set.origin, &system_name),
                owner: None,
                scheme: set.scheme.clone(),
                fields: set.fields.clone(),
                resource: None,
            },
        })
        .collect();
    let (stored, kept) = match system {
        Some(system) => {
            let stored = save_interface(catalog, system, &plan.api, sets)?;
            let origins: HashSet<&str> = plan.sets.iter().map(|s| s.origin.as_str()).collect();
            let kept = catalog
                .interface(system)?
                .into_iter()
                .filter(|entry| entry.api == plan.api && !origins.contains(entry.origin.as_str()))
                .collect();
            (stored, kept)
        }
        None => (save_by_name(catalog, sets)?, Vec::new()),
    };
    let sets = plan
        .sets
        .into_iter()
        .zip(stored)
        .map(|(set, (id, change))| ImportedSet {
            id,
            name: set.name,
            origin: set.origin,
            change,
        })
        .collect();
    Ok(Report {
        system,
        system_name,
        dialect: plan.dialect,
        api: plan.api,
        version: plan.version,
        sets,
        kept,
        renamed: plan.renamed,
        simplified: plan.simplified,
    })
}

/// Levels of a scheme the catalog does not have mean nothing here.
fn unclassify(fields: &mut [SchemaField]) {
    for field in fields {
        field.classification = None;
        unclassify(&mut field.children);
    }
}

/// Stores sets of no system, all or none: one named like a set of the catalog updates it (as
/// [`save_interface`] updates), any other is created.
fn save_by_name(
    catalog: &mut Catalog,
    sets: Vec<InterfaceSet>,
) -> Result<Vec<(InformationSetId, SetChange)>> {
    let known = catalog.information_sets()?;
    let mut planned = Vec::with_capacity(sets.len());
    for (index, set) in sets.into_iter().enumerate() {
        let mut draft = set.draft;
        draft.name = draft.name.trim().to_owned();
        let before = known.iter().find(|stored| stored.draft.name == draft.name);
        if let Some(stored) = before {
            draft = carry_over(&stored.draft, draft);
        }
        let issues = InformationSetDraft::issues(catalog, None, &draft)?;
        if !issues.is_empty() {
            return Err(Error::InvalidImport { index, issues });
        }
        planned.push((draft, before.map(|s| (s.id, s.draft.clone()))));
    }
    catalog.all_or_nothing(|catalog| {
        planned
            .into_iter()
            .map(|(draft, before)| {
                Ok(match before {
                    Some((id, old)) if old == draft => (id, SetChange::Unchanged),
                    Some((id, _)) => (catalog.save(Some(id), draft)?.id, SetChange::Updated),
                    None => (catalog.save(None, draft)?.id, SetChange::Created),
                })
            })
            .collect()
    })
}

/// Stores the information sets of API `api` of `system`, all or none, in one transaction.
///
/// A set whose origin an earlier import of the same API of the same system recorded is
/// updated: its description and fields come from `sets`, while what the catalog adds keeps
/// its value — the set's name, owner and classification scheme, and each field's
/// classification and personal-data flags (matched by the field's path of names). Every
/// other set is created. Sets of earlier imports missing from `sets` are left alone.
/// Returns, in the order of `sets`, each set's id and what happened to it; a set that fails
/// validation refuses the whole call with [`Error::InvalidImport`].
pub fn save_interface(
    catalog: &mut Catalog,
    system: SystemId,
    api: &str,
    sets: Vec<InterfaceSet>,
) -> Result<Vec<(InformationSetId, SetChange)>> {
    catalog.system(system)?;
    let known: Vec<InterfaceEntry> = catalog
        .interface(system)?
        .into_iter()
        .filter(|entry| entry.api == api)
        .collect();
    let mut planned = Vec::with_capacity(sets.len());
    for (index, set) in sets.into_iter().enumerate() {
        let mut draft = set.draft;
        draft.name = draft.name.trim().to_owned();
        let before = match known.iter().find(|entry| entry.origin == set.origin) {
            Some(entry) => {
                let stored = catalog.information_set(entry.set)?;
                draft = carry_over(&stored.draft, draft);
                Some((stored.id, stored.draft))
            }
            None => None,
        };
        let issues = InformationSetDraft::issues(catalog, None, &draft)?;
        if !issues.is_empty() {
            return Err(Error::InvalidImport { index, issues });
        }
        planned.push((set.origin, draft, before));
    }
    catalog.all_or_nothing(|catalog| {
        let mut done = Vec::with_capacity(planned.len());
        for (origin, draft, before) in planned {
            let outcome = match before {
                Some((id, old)) if old == draft => (id, SetChange::Unchanged),
                Some((id, _)) => (catalog.save(Some(id), draft)?.id, SetChange::Updated),
                None => {
                    let id = catalog.save(None, draft)?.id;
                    catalog.link_interface(id, system, api, &origin)?;
                    (id, SetChange::Created)
                }
            };
            done.push(outcome);
        }
        Ok(done)
    })
}

/// A set's description: the schema's own, then where it came from (the format, the API, its
/// version, the place in the document and the system), so a search for any of them finds it.
fn described(description: &str, plan: &Plan, format: &str, origin: &str, system: &str) -> String {
    let api = if plan.api.is_empty() {
        "(untitled)"
    } else {
        &plan.api
    };
    let titled = format!("{api} {}", plan.version);
    let mut source = format!("{format}: {} · {origin}", titled.trim_end());
    if !system.is_empty() {
        source = format!("{source} · {system}");
    }
    if description.is_empty() {
        source
    } else {
        format!("{description}\n\n{source}")
    }
}

/// `imported` with what the catalog added to `stored` kept: name, owner, scheme, API resource
/// name (unless the import names one), and each field's classification and personal-data flags.
fn carry_over(stored: &InformationSetDraft, imported: InformationSetDraft) -> InformationSetDraft {
    fn fields(stored: &[SchemaField], imported: &mut [SchemaField]) {
        for field in imported {
            if let Some(old) = stored.iter().find(|old| old.name == field.name) {
                field.classification = old.classification;
                field.personal_data = old.personal_data;
                fields(&old.children, &mut field.children);
            }
        }
    }
    let mut draft = InformationSetDraft {
        name: stored.name.clone(),
        owner: stored.owner,
        scheme: stored.scheme.clone(),
        resource: imported.resource.or_else(|| stored.resource.clone()),
        ..imported
    };
    fields(&stored.fields, &mut draft.fields);
    draft
}

#[cfg(test)]
mod tests;
