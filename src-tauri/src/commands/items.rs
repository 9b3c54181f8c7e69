//! Reading, saving and deleting items, list pages, pickers, search, findings, roles and the
//! audit trail. Every command runs off the main thread (`async`), so the window never waits.

use contracts::app::{checks, effect_goals, intark, items, reports, reuse};
use contracts::model::{
    AuditEvent, ContractId, ContractStatus, Entity, Finding, InformationSetId, IntegrationId,
    OrganisationId, RequestId, RoleAssignment, SearchHit, SystemId, Unit,
};
use contracts::wire::{
    AuditEntry, GoalStatus, IntarkCheck, Item, ListPage, ListQuery, Lookups, Report, ReportKind,
    ReuseCandidate, RuleFindings, SaveItemRequest, WireError,
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
    Ok(items::delete(&mut *state.catalog()?, entity, id)?)
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

/// Full-text search over every item.
#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, text: String) -> Result<Vec<SearchHit>, WireError> {
    Ok(items::search(&*state.catalog()?, &text)?)
}

/// Every rule the catalog breaks, with how often and the first cases.
#[tauri::command(async)]
pub fn findings(state: State<'_, AppState>) -> Result<Vec<RuleFindings>, WireError> {
    Ok(checks::summary(
        &*state.catalog()?,
        checks::FINDINGS_PER_RULE,
    )?)
}

/// The recorded changes of one item, oldest first.
#[tauri::command(async)]
pub fn item_history(
    state: State<'_, AppState>,
    entity: Entity,
    id: i64,
) -> Result<Vec<AuditEvent>, WireError> {
    Ok(items::history(&*state.catalog()?, entity, id)?)
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
    Ok(items::set_contract_status(
        &mut *state.catalog()?,
        ContractId(id),
        status,
    )?)
}

/// Turns a stored integration request into a contract draft (linked to it, the request moved
/// to in progress); returns the contract as stored.
#[tauri::command(async)]
pub fn contract_from_request(state: State<'_, AppState>, id: i64) -> Result<Item, WireError> {
    Ok(items::contract_from_request(
        &mut *state.catalog()?,
        RequestId(id),
    )?)
}

/// Gives a person a role on an item.
#[tauri::command(async)]
pub fn assign_role(
    state: State<'_, AppState>,
    assignment: RoleAssignment,
) -> Result<(), WireError> {
    Ok(items::assign_role(&mut *state.catalog()?, &assignment)?)
}

/// Takes a role away.
#[tauri::command(async)]
pub fn unassign_role(
    state: State<'_, AppState>,
    assignment: RoleAssignment,
) -> Result<(), WireError> {
    Ok(items::unassign_role(&mut *state.catalog()?, &assignment)?)
}

/// Adds a unit to an organisation.
#[tauri::command(async)]
pub fn add_unit(
    state: State<'_, AppState>,
    organisation: i64,
    name: String,
) -> Result<Unit, WireError> {
    let organisation = OrganisationId(organisation);
    Ok(items::add_unit(
        &mut *state.catalog()?,
        organisation,
        &name,
    )?)
}

/// The catalog-wide report `kind`, in the user's language.
#[tauri::command(async)]
pub fn report(state: State<'_, AppState>, kind: ReportKind) -> Result<Report, WireError> {
    Ok(reports::build(
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
    sets: Vec<InformationSetId>,
    provider: Option<SystemId>,
    own: Option<IntegrationId>,
) -> Result<Vec<ReuseCandidate>, WireError> {
    Ok(reuse::candidates(&*state.catalog()?, &sets, provider, own)?)
}

/// Örebro's four effect goals as the catalog stands, with what misses them and their trend.
#[tauri::command(async)]
pub fn effect_goals(state: State<'_, AppState>) -> Result<Vec<GoalStatus>, WireError> {
    Ok(effect_goals::evaluate(&*state.catalog()?)?)
}

/// Stored integration `id`'s IntArk checklist.
#[tauri::command(async)]
pub fn intark_checklist(
    state: State<'_, AppState>,
    id: IntegrationId,
) -> Result<Vec<IntarkCheck>, WireError> {
    Ok(intark::checklist(&*state.catalog()?, id)?)
}

/// The catalog's findings about one item.
#[tauri::command(async)]
pub fn item_findings(
    state: State<'_, AppState>,
    entity: Entity,
    id: i64,
) -> Result<Vec<Finding>, WireError> {
    Ok(checks::findings_for(&*state.catalog()?, entity, id)?)
}
