//! Listing, reading and saving contracts.

use contracts::model::{Contract, ContractId, ContractSummary};
use contracts::ops;
use contracts::wire::{CatalogInfo, SaveContractRequest, WireError};
use tauri::State;

use crate::state::AppState;

/// The open catalog's path and systems.
#[tauri::command]
pub fn catalog_info(state: State<'_, AppState>) -> Result<CatalogInfo, WireError> {
    Ok(ops::catalog_info(&*state.catalog()?)?)
}

/// Every contract's list line.
#[tauri::command]
pub fn list_contracts(state: State<'_, AppState>) -> Result<Vec<ContractSummary>, WireError> {
    Ok(state.catalog()?.list_contracts()?)
}

/// One stored contract.
#[tauri::command]
pub fn get_contract(state: State<'_, AppState>, id: ContractId) -> Result<Contract, WireError> {
    Ok(state.catalog()?.contract(id)?)
}

/// Validates and saves a contract.
#[tauri::command]
pub fn save_contract(
    state: State<'_, AppState>,
    request: SaveContractRequest,
) -> Result<Contract, WireError> {
    Ok(ops::save_contract(&mut *state.catalog()?, request)?)
}
