//! Imports: files chosen in the native dialog, previewed, then imported all or none.

use contracts::app::import;
use contracts::wire::{ImportFormat, ImportRequest, ImportSummary, WireError};
use tauri::{AppHandle, State};

use super::dialog;
use crate::state::AppState;

/// Asks which files to import; `None` when the user cancelled.
#[tauri::command]
pub async fn choose_import_files(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ImportFormat,
) -> Result<Option<Vec<String>>, WireError> {
    Ok(dialog::choose_import_files(&app, format, &state))
}

/// Imports `request`'s files (all or none; each one the user chose in the dialog), or with
/// `preview` only says what that would do.
#[tauri::command]
pub async fn import_files(
    state: State<'_, AppState>,
    request: ImportRequest,
    preview: bool,
) -> Result<ImportSummary, WireError> {
    for file in &request.files {
        state.check_chosen(std::path::Path::new(file))?;
    }
    Ok(import::import(&mut *state.catalog()?, &request, preview)?)
}
