//! The access register: the contracts a grant for an integration can be made under. Grants
//! themselves are items (`items.rs`): saved, listed and deleted like every other kind.

use contracts::app::access;
use contracts::model::IntegrationId;
use contracts::wire::{ContractChoice, WireError};
use tauri::State;

use crate::state::AppState;

/// The contracts governing integration `integration`, with their status.
#[tauri::command(async)]
pub fn contract_choices(
    state: State<'_, AppState>,
    integration: i64,
) -> Result<Vec<ContractChoice>, WireError> {
    let integration = IntegrationId(integration);
    Ok(access::contract_choices(&*state.catalog()?, integration)?)
}
