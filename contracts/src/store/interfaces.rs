//! A system's interface: the information sets its API descriptions define, each remembering
//! which API of which system it came from and where in that document, so that importing the
//! same document again updates those sets instead of adding new ones.
//!
//! A system with interface sets cannot be deleted (they refer to it); deleting such a set
//! forgets where it came from.

use rusqlite::params;

use crate::error::{Error, Result};
use crate::model::{InformationSetDraft, InformationSetId, SchemaField, SystemId};
use crate::validate::information_set_issues;

use super::{information_sets, Catalog, SqliteContext};

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

/// One information set of a system's interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceEntry {
    /// The information set.
    pub set: InformationSetId,
    /// The API (the document's title) it belongs to.
    pub api: String,
    /// Where in the document it came from.
    pub origin: String,
}

impl Catalog {
    /// The information sets documenting `system`'s interface, by API and origin.
    pub fn interface(&self, system: SystemId) -> Result<Vec<InterfaceEntry>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT information_set_id, api, origin FROM interface_set
                 WHERE system_id = ?1 ORDER BY api, origin",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([system.0], |r| {
                Ok(InterfaceEntry {
                    set: InformationSetId(r.get(0)?),
                    api: r.get(1)?,
                    origin: r.get(2)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Every interface set of every system: (set, system, API), by system and API.
    pub fn interface_sets(&self) -> Result<Vec<(InformationSetId, SystemId, String)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT information_set_id, system_id, api FROM interface_set ORDER BY 2, 3, 1",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((InformationSetId(r.get(0)?), SystemId(r.get(1)?), r.get(2)?))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Stores the information sets of API `api` of `system`, all or none, in one transaction.
    ///
    /// A set whose origin an earlier import of the same API of the same system recorded is
    /// updated: its description and fields come from `sets`, while what the catalog adds
    /// keeps its value — the set's name, owner and classification scheme, and each field's
    /// classification and personal-data flags (matched by the field's path of names). Every
    /// other set is created. Sets of earlier imports missing from `sets` are left alone.
    /// Returns, in the order of `sets`, each set's id and what happened to it; a set that
    /// fails validation refuses the whole call with [`Error::InvalidImport`].
    pub fn save_interface(
        &mut self,
        system: SystemId,
        api: &str,
        sets: Vec<InterfaceSet>,
    ) -> Result<Vec<(InformationSetId, SetChange)>> {
        self.system(system)?;
        let known: Vec<InterfaceEntry> = self
            .interface(system)?
            .into_iter()
            .filter(|entry| entry.api == api)
            .collect();
        let mut planned = Vec::with_capacity(sets.len());
        for (index, set) in sets.into_iter().enumerate() {
            let mut draft = set.draft;
            draft.name = draft.name.trim().to_owned();
            let existing = known.iter().find(|entry| entry.origin == set.origin);
            let before = match existing {
                Some(entry) => {
                    let stored = self.information_set(entry.set)?;
                    draft = carry_over(&stored.draft, draft);
                    Some((stored.id, stored.draft))
                }
                None => None,
            };
            let scheme = match &draft.scheme {
                Some(key) => self.scheme(key)?,
                None => None,
            };
            let issues = information_set_issues(&draft, scheme.as_ref());
            if !issues.is_empty() {
                return Err(Error::InvalidImport { index, issues });
            }
            planned.push((set.origin, draft, before));
        }
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let mut done = Vec::with_capacity(planned.len());
            for (origin, draft, before) in &planned {
                let outcome = match before {
                    Some((id, old)) if old == draft => (*id, SetChange::Unchanged),
                    Some((id, old)) => {
                        information_sets::write(tx, path, &author, Some(*id), Some(old), draft)?;
                        (*id, SetChange::Updated)
                    }
                    None => {
                        let id = information_sets::write(tx, path, &author, None, None, draft)?;
                        tx.execute(
                            "INSERT INTO interface_set (information_set_id, system_id, api, origin)
                             VALUES (?1, ?2, ?3, ?4)",
                            params![id.0, system.0, api, origin],
                        )
                        .at(path)?;
                        (id, SetChange::Created)
                    }
                };
                done.push(outcome);
            }
            Ok(done)
        })
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
