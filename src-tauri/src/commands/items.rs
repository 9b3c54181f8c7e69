//! Reading, saving and deleting items, list pages, pickers, search, findings, roles and the
//! audit trail. Every command runs off the main thread (`async`), so the window never waits.

use contracts::checks;
use contracts::items;
use contracts::model::{
    AuditEvent, ContractId, ContractStatus, Entity, OrganisationId, RequestId, RoleAssignment,
    SearchHit, Unit,
};
use contracts::wire::{
    AuditEntry, Item, ListPage, ListQuery, Lookups, RuleFindings, SaveItemRequest, WireError,
};
use tauri::State;

use crate::state::AppState;

/// One stored item with its roles.
#[tauri::command(async)]
pub fn get_item(state: State<'_, AppState>, entity: Entity, id: i64) -> Result<Item, WireError> {
    Ok(items::get_item(&*state.catalog()?, entity, id)?)
}

/// Validates and saves an item.
#[tauri::command(async)]
pub fn save_item(state: State<'_, AppState>, request: SaveItemRequest) -> Result<Item, WireError> {
    Ok(items::save_item(&mut *state.catalog()?, request)?)
}

/// Deletes an item (refused while something refers to it).
#[tauri::command(async)]
pub fn delete_item(state: State<'_, AppState>, entity: Entity, id: i64) -> Result<(), WireError> {
    Ok(state.catalog()?.delete(entity, id)?)
}

/// One page of a list.
#[tauri::command(async)]
pub fn list_page(state: State<'_, AppState>, query: ListQuery) -> Result<ListPage, WireError> {
    Ok(items::list_page(&*state.catalog()?, &query)?)
}

/// What the editors' pickers offer.
#[tauri::command(async)]
pub fn lookups(state: State<'_, AppState>) -> Result<Lookups, WireError> {
    Ok(items::lookups(&*state.catalog()?)?)
}

/// Makes `profile` the catalog's default API profile.
#[tauri::command(async)]
pub fn set_default_api_profile(
    state: State<'_, AppState>,
    profile: contracts::wire::ApiProfile,
) -> Result<(), WireError> {
    Ok(state.catalog()?.set_default_api_profile(profile)?)
}

/// Full-text search over every item.
#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, text: String) -> Result<Vec<SearchHit>, WireError> {
    Ok(state.catalog()?.search(&text)?)
}

/// Findings sent per rule (the rest are counted).
const FINDINGS_PER_RULE: usize = 10;

/// Every rule the catalog breaks, with how often and the first cases.
#[tauri::command(async)]
pub fn findings(state: State<'_, AppState>) -> Result<Vec<RuleFindings>, WireError> {
    Ok(checks::summary(&*state.catalog()?, FINDINGS_PER_RULE)?)
}

/// The recorded changes of one item, oldest first.
#[tauri::command(async)]
pub fn item_history(
    state: State<'_, AppState>,
    entity: Entity,
    id: i64,
) -> Result<Vec<AuditEvent>, WireError> {
    Ok(state.catalog()?.history(entity, id)?)
}

/// One page of the whole audit trail, filtered and sorted.
#[tauri::command(async)]
pub fn audit_rows(state: State<'_, AppState>, query: ListQuery) -> Result<ListPage, WireError> {
    Ok(items::audit_rows(&*state.catalog()?, &query)?)
}

/// One change of the audit trail, with its item.
#[tauri::command(async)]
pub fn audit_entry(state: State<'_, AppState>, id: i64) -> Result<AuditEntry, WireError> {
    Ok(items::audit_entry(&*state.catalog()?, id)?)
}

/// Moves a contract along its workflow; returns it as stored.
#[tauri::command(async)]
pub fn set_contract_status(
    state: State<'_, AppState>,
    id: i64,
    status: ContractStatus,
) -> Result<Item, WireError> {
    let mut catalog = state.catalog()?;
    catalog.set_contract_status(ContractId(id), status)?;
    Ok(items::get_item(&catalog, Entity::Contract, id)?)
}

/// Turns a stored integration request into a contract draft (linked to it, the request moved
/// to in progress); returns the contract as stored.
#[tauri::command(async)]
pub fn contract_from_request(state: State<'_, AppState>, id: i64) -> Result<Item, WireError> {
    let mut catalog = state.catalog()?;
    let contract = catalog.contract_from_request(RequestId(id))?;
    Ok(items::get_item(&catalog, Entity::Contract, contract.id.0)?)
}

/// Gives a person a role on an item.
#[tauri::command(async)]
pub fn assign_role(
    state: State<'_, AppState>,
    assignment: RoleAssignment,
) -> Result<(), WireError> {
    Ok(state.catalog()?.assign_role(&assignment)?)
}

/// Takes a role away.
#[tauri::command(async)]
pub fn unassign_role(
    state: State<'_, AppState>,
    assignment: RoleAssignment,
) -> Result<(), WireError> {
    Ok(state.catalog()?.unassign_role(&assignment)?)
}

/// Adds a unit to an organisation.
#[tauri::command(async)]
pub fn add_unit(
    state: State<'_, AppState>,
    organisation: i64,
    name: String,
) -> Result<Unit, WireError> {
    Ok(state
        .catalog()?
        .save_unit(OrganisationId(organisation), &name)?)
}

/// The catalog-wide report `kind`, in the user's language.
#[tauri::command(async)]
pub fn report(
    state: State<'_, AppState>,
    kind: contracts::wire::ReportKind,
) -> Result<contracts::wire::Report, WireError> {
    Ok(contracts::reports::build(
        &*state.catalog()?,
        kind,
        &state.translator(),
    )?)
}

/// The existing interfaces that provide any of `sets`, for an integration from `provider`
/// (integration `own` when it is stored).
#[tauri::command(async)]
pub fn reuse_candidates(
    state: State<'_, AppState>,
    sets: Vec<contracts::model::InformationSetId>,
    provider: Option<contracts::model::SystemId>,
    own: Option<contracts::model::IntegrationId>,
) -> Result<Vec<contracts::wire::ReuseCandidate>, WireError> {
    let portfolio = contracts::reuse::Portfolio::load(&*state.catalog()?)?;
    Ok(portfolio.candidates(&sets, provider, own))
}

/// Örebro's four effect goals as the catalog stands, with what misses them and their trend.
#[tauri::command(async)]
pub fn effect_goals(
    state: State<'_, AppState>,
) -> Result<Vec<contracts::wire::GoalStatus>, WireError> {
    Ok(contracts::effect_goals::evaluate(&*state.catalog()?)?)
}

/// Stored integration `id`'s IntArk checklist.
#[tauri::command(async)]
pub fn intark_checklist(
    state: State<'_, AppState>,
    id: contracts::model::IntegrationId,
) -> Result<Vec<contracts::wire::IntarkCheck>, WireError> {
    let catalog = state.catalog()?;
    let integration = catalog.integration(id)?;
    Ok(contracts::intark::Checklist::load(&catalog)?.check(&integration))
}

/// The catalog's findings about one item.
#[tauri::command(async)]
pub fn item_findings(
    state: State<'_, AppState>,
    entity: Entity,
    id: i64,
) -> Result<Vec<contracts::model::Finding>, WireError> {
    Ok(checks::findings_for(&*state.catalog()?, entity, id)?)
}
