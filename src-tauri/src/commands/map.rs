//! The ownership and integration map, drawn for the UI (its export goes through
//! [`super::export::export`]).

use contracts::app::export;
use contracts::wire::map::{MapFilter, MapView};
use contracts::wire::WireError;
use tauri::State;

use crate::state::AppState;

/// The map of the open catalog as `filter` asks, in the user's language.
#[tauri::command]
pub async fn portfolio_map(
    state: State<'_, AppState>,
    filter: MapFilter,
) -> Result<MapView, WireError> {
    let lang = state.translator().lang();
    Ok(export::portfolio_map(&*state.catalog()?, &filter, lang)?)
}
