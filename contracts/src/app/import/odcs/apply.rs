//! Applying what was read of a document to the catalog: the contract (a new one, or the one
//! imported before under the same id, or the contract of this catalog the document was
//! exported from), its information sets, people and roles, its provider's endpoints, and
//! links to the integrations and agreements it names. The caller runs it inside one
//! transaction.

use crate::app::error::{Error, Result};
use crate::model::{
    Contract, ContractId, Entity, InformationSetId, PersonDraft, PersonId, RoleAssignment,
};
use crate::store::{Catalog, Error as StoreError};
use crate::validate::Issue;
use crate::wire::Note;

use crate::app::items::Editing;
use crate::formats::odcs::read::{Imported, PersonRef};

/// What applying one document did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The contract.
    pub contract: ContractId,
    /// Whether it is new (else it was updated).
    pub created: bool,
    /// Information sets added to the catalog.
    pub sets_created: usize,
    /// Information sets updated.
    pub sets_updated: usize,
    /// People added to the catalog.
    pub people_created: usize,
}

/// Applies document number `index` of the import.
pub fn apply(
    catalog: &mut Catalog,
    imported: &mut Imported,
    index: usize,
    catalog_id: &str,
) -> Result<Applied> {
    let existing = existing(catalog, &imported.odcs_id, catalog_id)?;
    let mut applied = Applied {
        contract: ContractId(0),
        created: existing.is_none(),
        sets_created: 0,
        sets_updated: 0,
        people_created: 0,
    };
    imported.fill_gaps(existing.as_ref().map(|c| &c.draft));
    let invalid = |issues: Vec<Issue>| Error::InvalidImport { index, issues };
    let sets = sets(catalog, imported, existing.as_ref(), &mut applied, index)?;
    let mut draft = imported.contract.clone();
    draft.information_sets = sets;
    draft.integrations = existing
        .as_ref()
        .map(|c| c.draft.integrations.clone())
        .unwrap_or_default();
    for name in &imported.integrations {
        let found = catalog
            .integrations()?
            .into_iter()
            .find(|i| &i.draft.name == name);
        match found {
            Some(integration) => draft.integrations.push(integration.id),
            None => imported.notes.push(Note::new(
                "note-odcs-no-integration",
                &[("name", format!("{name:?}"))],
            )),
        }
    }
    draft.information_sets.sort();
    draft.integrations.sort();
    draft.integrations.dedup();
    let unchanged = existing.as_ref().is_some_and(|c| c.draft == draft);
    let id = match (&existing, unchanged) {
        (Some(contract), true) => contract.id,
        (existing, _) => {
            let id = existing.as_ref().map(|c| c.id);
            match catalog.save(id, draft) {
                Ok(saved) => saved.id,
                Err(Error::Invalid { issues }) => return Err(invalid(issues)),
                Err(other) => return Err(other),
            }
        }
    };
    applied.contract = id;
    catalog.restore_contract_state(id, &imported.state)?;
    roles(catalog, imported, id, &mut applied, index)?;
    endpoints(catalog, imported, index)?;
    agreements(catalog, imported, id)?;
    Ok(applied)
}

/// The contract the document updates: the one imported before under its id, else the one
/// of this catalog it was exported from (`datapakt-<catalog id>-contract-<n>`).
fn existing(catalog: &Catalog, odcs_id: &str, catalog_id: &str) -> Result<Option<Contract>> {
    if let Some(id) = catalog.contract_by_odcs_id(odcs_id)? {
        return Ok(Some(catalog.contract(id)?));
    }
    let own = odcs_id
        .strip_prefix(&format!("datapakt-{catalog_id}-contract-"))
        .and_then(|n| n.parse::<i64>().ok())
        .map(ContractId);
    let Some(id) = own else {
        return Ok(None);
    };
    match catalog.contract(id) {
        Ok(contract) if catalog.odcs_record(id)?.is_none() => Ok(Some(contract)),
        Ok(_) | Err(StoreError::ContractNotFound(_)) => Ok(None),
        Err(other) => Err(other.into()),
    }
}

/// Stores the document's information sets: each one the contract already governs under the
/// same name is updated, the others are added. Returns their ids.
fn sets(
    catalog: &mut Catalog,
    imported: &Imported,
    existing: Option<&Contract>,
    applied: &mut Applied,
    index: usize,
) -> Result<Vec<InformationSetId>> {
    let mut governed = Vec::new();
    for id in existing
        .map(|c| c.draft.information_sets.as_slice())
        .unwrap_or_default()
    {
        governed.push(catalog.information_set(*id)?);
    }
    let mut ids = Vec::new();
    for set in &imported.sets {
        let mut draft = set.draft.clone();
        draft.owner = match &set.owner {
            Some(owner) => Some(person(catalog, owner, applied, index)?),
            None => None,
        };
        let matching = governed.iter().position(|g| g.draft.name == draft.name);
        let result = match matching.map(|i| governed.remove(i)) {
            Some(stored) if stored.draft == draft => Ok(stored),
            Some(stored) => {
                applied.sets_updated += 1;
                catalog.save(Some(stored.id), draft)
            }
            None => {
                applied.sets_created += 1;
                catalog.save(None, draft)
            }
        };
        match result {
            Ok(saved) => ids.push(saved.id),
            Err(Error::Invalid { issues }) => return Err(Error::InvalidImport { index, issues }),
            Err(other) => return Err(other),
        }
    }
    Ok(ids)
}

/// The catalog's person with `person`'s e-mail address, added when there is none. The
/// catalog's people are its own: an existing person is not changed.
fn person(
    catalog: &mut Catalog,
    person: &PersonRef,
    applied: &mut Applied,
    index: usize,
) -> Result<PersonId> {
    let known = catalog
        .people()?
        .into_iter()
        .find(|p| p.draft.email.eq_ignore_ascii_case(person.email.trim()));
    if let Some(known) = known {
        return Ok(known.id);
    }
    let draft = PersonDraft {
        name: person.name.clone(),
        email: person.email.clone(),
        unit: None,
        left_on: person.left_on.clone(),
    };
    match catalog.save(None, draft) {
        Ok(saved) => {
            applied.people_created += 1;
            Ok(saved.id)
        }
        Err(Error::Invalid { issues }) => Err(Error::InvalidImport { index, issues }),
        Err(other) => Err(other),
    }
}

/// Gives the contract's roles to the team the document names (and takes away the others).
fn roles(
    catalog: &mut Catalog,
    imported: &Imported,
    id: ContractId,
    applied: &mut Applied,
    index: usize,
) -> Result<()> {
    let mut wanted = Vec::new();
    for (role, member) in &imported.team {
        wanted.push(RoleAssignment {
            role: *role,
            person: person(catalog, member, applied, index)?,
            entity: Entity::Contract,
            item: id.0,
        });
    }
    for held in catalog.roles(Entity::Contract, Some(id.0))? {
        if !wanted.contains(&held) {
            catalog.unassign_role(&held)?;
        }
    }
    for assignment in &wanted {
        catalog.assign_role(assignment)?;
    }
    Ok(())
}

/// Adds the document's API servers the provider lacks to its endpoints (none is removed).
fn endpoints(catalog: &mut Catalog, imported: &Imported, index: usize) -> Result<()> {
    let Some(id) = catalog.system_id(&imported.contract.provider_system)? else {
        return Ok(());
    };
    let mut system = catalog.system(crate::model::SystemId(id))?;
    let missing: Vec<String> = imported
        .endpoints
        .iter()
        .filter(|e| !system.draft.endpoints.contains(e))
        .cloned()
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    system.draft.endpoints.extend(missing);
    match catalog.save(Some(system.id), system.draft) {
        Ok(_) => Ok(()),
        Err(Error::Invalid { issues }) => Err(Error::InvalidImport { index, issues }),
        Err(other) => Err(other),
    }
}

/// Puts the contract under the data processing agreements the document names that the
/// catalog has (by title); none is taken away.
fn agreements(catalog: &mut Catalog, imported: &mut Imported, id: ContractId) -> Result<()> {
    for title in &imported.agreements {
        let found = catalog
            .agreements()?
            .into_iter()
            .find(|a| &a.draft.title == title);
        match found {
            Some(mut agreement) if !agreement.draft.contracts.contains(&id) => {
                agreement.draft.contracts.push(id);
                catalog.save(Some(agreement.id), agreement.draft)?;
            }
            Some(_) => {}
            None => imported.notes.push(Note::new(
                "note-odcs-no-agreement",
                &[("title", format!("{title:?}"))],
            )),
        }
    }
    Ok(())
}
