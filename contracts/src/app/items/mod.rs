//! The item use cases the desktop's editors and lists call, alike for every kind: read, save
//! (through the one pipeline, [`save`]), delete, the contract workflow, roles and units; the
//! lists and pickers (`rows.rs`); each kind's rules (`kinds/`, one file per kind).

pub mod kinds;
mod pipeline;
mod rows;

pub use kinds::grant::{grant, review, Granted};
pub use pipeline::{save, save_all, Editing, Rules};
pub use rows::{audit_entry, audit_rows, columns, list_page, lookups, AUDIT_COLUMNS, OVERDUE_FLAG};

use crate::app::error::{Error, Result};
use crate::model::{
    AgreementDraft, AgreementId, AuditEvent, Contract, ContractDraft, ContractId, ContractStatus,
    ContractSummary, Entity, GrantDraft, GrantId, InformationSetDraft, InformationSetId,
    Integration, IntegrationDraft, IntegrationId, OrganisationDraft, OrganisationId, PersonDraft,
    PersonId, RequestDraft, RequestId, RoleAssignment, SchemeId, SearchHit, SystemDraft, SystemId,
    Unit,
};
use crate::store::Catalog;
use crate::wire::{Draft, Item, SaveItemRequest};

/// The stored item `id` of kind `entity`, with the roles held on it.
pub fn get_item(catalog: &Catalog, entity: Entity, id: i64) -> Result<Item> {
    let mut state = None;
    let mut access = None;
    let draft = match entity {
        Entity::Contract => {
            let contract = catalog.contract(ContractId(id))?;
            state = Some(contract.state);
            Draft::Contract(contract.draft)
        }
        Entity::Organisation => {
            Draft::Organisation(catalog.organisation(OrganisationId(id))?.draft)
        }
        Entity::Person => Draft::Person(catalog.person(PersonId(id))?.draft),
        Entity::System => Draft::System(catalog.system(SystemId(id))?.draft),
        Entity::InformationSet => {
            Draft::InformationSet(catalog.information_set(InformationSetId(id))?.draft)
        }
        Entity::Integration => Draft::Integration(catalog.integration(IntegrationId(id))?.draft),
        Entity::Agreement => Draft::Agreement(catalog.agreement(AgreementId(id))?.draft),
        Entity::ClassificationScheme => Draft::ClassificationScheme(catalog.scheme_by_id(id)?),
        Entity::Request => Draft::Request(catalog.request(RequestId(id))?.draft),
        Entity::AccessGrant => {
            let grant = catalog.grant(GrantId(id))?;
            access = crate::app::access::grant_state(catalog, &grant)?;
            Draft::AccessGrant(grant.draft)
        }
    };
    Ok(Item {
        id,
        draft,
        state,
        roles: catalog.roles(entity, Some(id))?,
        access,
    })
}

/// Checks and saves an item (see [`save`]); returns it as stored.
/// An edit that names the state it started from ([`SaveItemRequest::original`]) is refused
/// when the stored item changed since ([`Error::ChangedSinceOpened`]).
pub fn save_item(catalog: &mut Catalog, request: SaveItemRequest) -> Result<Item> {
    let (id, original) = (request.id, request.original);
    let entity = request.draft.entity();
    // The original of the same kind as the draft (another kind's is no original of it).
    macro_rules! save_as {
        ($kind:ident, $id:ident, $draft:expr) => {{
            let original = match &original {
                Some(Draft::$kind(original)) => Some(original),
                _ => None,
            };
            pipeline::save_based_on(catalog, id.map($id), $draft, original)?
                .id
                .0
        }};
    }
    let saved = match request.draft {
        Draft::Contract(d) => save_as!(Contract, ContractId, d),
        Draft::Organisation(d) => save_as!(Organisation, OrganisationId, d),
        Draft::Person(d) => save_as!(Person, PersonId, d),
        Draft::System(d) => save_as!(System, SystemId, d),
        Draft::InformationSet(d) => save_as!(InformationSet, InformationSetId, d),
        Draft::Integration(d) => save_as!(Integration, IntegrationId, d),
        Draft::Agreement(d) => save_as!(Agreement, AgreementId, d),
        Draft::ClassificationScheme(d) => save_as!(ClassificationScheme, SchemeId, d),
        Draft::Request(d) => save_as!(Request, RequestId, d),
        Draft::AccessGrant(d) => save_as!(AccessGrant, GrantId, d),
    };
    get_item(catalog, entity, saved)
}

/// Deletes item `id` of kind `entity`; refused while something refers to it. Classification
/// schemes are not deleted this way (they are edited).
pub fn delete(catalog: &mut Catalog, entity: Entity, id: i64) -> Result<()> {
    Ok(match entity {
        Entity::Contract => catalog.remove::<ContractDraft>(ContractId(id))?,
        Entity::Organisation => catalog.remove::<OrganisationDraft>(OrganisationId(id))?,
        Entity::Person => catalog.remove::<PersonDraft>(PersonId(id))?,
        Entity::System => catalog.remove::<SystemDraft>(SystemId(id))?,
        Entity::InformationSet => catalog.remove::<InformationSetDraft>(InformationSetId(id))?,
        Entity::Integration => catalog.remove::<IntegrationDraft>(IntegrationId(id))?,
        Entity::Agreement => catalog.remove::<AgreementDraft>(AgreementId(id))?,
        Entity::Request => catalog.remove::<RequestDraft>(RequestId(id))?,
        Entity::AccessGrant => catalog.remove::<GrantDraft>(GrantId(id))?,
        Entity::ClassificationScheme => return Err(Error::NotDeletable { entity }),
    })
}

/// Moves contract `id` to `next` along its workflow (draft → in review → approved → retired;
/// a review may send it back to draft): refused ([`Error::StatusChange`]) when the workflow
/// does not allow it, and ([`Error::ContractIncomplete`]) to review or approval while the
/// contract lacks what a draft may lack. Approval records who (the author) and when, and
/// releases the version.
pub fn move_contract(
    catalog: &mut Catalog,
    id: ContractId,
    next: ContractStatus,
) -> Result<Contract> {
    let contract = catalog.contract(id)?;
    let from = contract.state.status;
    if !from.can_become(next) {
        return Err(Error::StatusChange { from, to: next });
    }
    if matches!(next, ContractStatus::InReview | ContractStatus::Approved) {
        let gaps = crate::validate::contract_gaps(&contract.draft);
        if !gaps.is_empty() {
            return Err(Error::ContractIncomplete { issues: gaps });
        }
    }
    catalog.write_contract_status(id, next)?;
    Ok(catalog.contract(id)?)
}

/// Moves contract `id` along its workflow; returns it as stored.
pub fn set_contract_status(
    catalog: &mut Catalog,
    id: ContractId,
    status: ContractStatus,
) -> Result<Item> {
    move_contract(catalog, id, status)?;
    get_item(catalog, Entity::Contract, id.0)
}

/// Turns stored integration request `id` into a contract draft (linked to it, the request
/// moved to in progress); returns the contract as stored.
pub fn contract_from_request(catalog: &mut Catalog, id: RequestId) -> Result<Item> {
    let contract = kinds::request::contract_from_request(catalog, id)?;
    get_item(catalog, Entity::Contract, contract.id.0)
}

/// Gives a person a role on an item.
pub fn assign_role(catalog: &mut Catalog, assignment: &RoleAssignment) -> Result<()> {
    Ok(catalog.assign_role(assignment)?)
}

/// Takes a role away.
pub fn unassign_role(catalog: &mut Catalog, assignment: &RoleAssignment) -> Result<()> {
    Ok(catalog.unassign_role(assignment)?)
}

/// Adds a unit called `name` to organisation `organisation` (or finds it).
pub fn add_unit(catalog: &mut Catalog, organisation: OrganisationId, name: &str) -> Result<Unit> {
    Ok(catalog.save_unit(organisation, name)?)
}

/// The recorded changes of one item, oldest first.
pub fn history(catalog: &Catalog, entity: Entity, id: i64) -> Result<Vec<AuditEvent>> {
    Ok(catalog.history(entity, id)?)
}

/// Full-text search over every item: the hits for every word of `text`.
pub fn search(catalog: &Catalog, text: &str) -> Result<Vec<SearchHit>> {
    Ok(catalog.search(text)?)
}

/// Every contract's id, title, version and owner, by title.
pub fn contract_summaries(catalog: &Catalog) -> Result<Vec<ContractSummary>> {
    Ok(catalog.list_contracts()?)
}

/// The stored integration `id`.
pub fn integration(catalog: &Catalog, id: IntegrationId) -> Result<Integration> {
    Ok(catalog.integration(id)?)
}

#[cfg(test)]
pub(crate) mod proptests;
#[cfg(test)]
mod tests;
