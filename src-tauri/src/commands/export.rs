//! Exports through the native save dialog.

use std::path::PathBuf;

use contracts::export::suggested_file_name;
use contracts::ops;
use contracts::wire::{ErrorCode, ExportFormat, ExportOutcome, ExportRequest, WireError};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// Asks where to save, then writes the export. With `DATAPAKT_EXPORT_DIR` set (automation and
/// end-to-end tests, where no one can answer a native dialog) it writes into that folder under
/// the suggested name instead of asking.
#[tauri::command]
pub async fn export_contract(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ExportRequest,
) -> Result<ExportOutcome, WireError> {
    let contract = state.catalog()?.contract(request.id)?;
    let name = suggested_file_name(&contract, request.format);
    let path = match std::env::var_os("DATAPAKT_EXPORT_DIR") {
        Some(dir) => PathBuf::from(dir).join(name),
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_title(state.translator().t(match request.format {
                    contracts::wire::ExportFormat::Openapi => "action-export-openapi",
                    contracts::wire::ExportFormat::Pdf => "action-export-pdf",
                    contracts::wire::ExportFormat::Odcs => "action-export-odcs",
                }))
                .set_file_name(name)
                .add_filter(request.format.label(), &[request.format.extension()])
                .blocking_save_file();
            match chosen {
                None => return Ok(ExportOutcome::Cancelled),
                Some(file) => file.into_path().map_err(|e| {
                    WireError::new(
                        ErrorCode::Io,
                        format!("the chosen location is not a file path: {e}"),
                    )
                })?,
            }
        }
    };
    let catalog = state.catalog()?;
    match request.format {
        ExportFormat::Openapi => {
            ops::export_openapi(&catalog, request.id, Some(request.profile), false, &path)?
        }
        _ => {
            let lang = state.translator().lang();
            ops::export_contract(&catalog, request.id, request.format, lang, &path)?
        }
    }
    Ok(ExportOutcome::Written {
        path: path.display().to_string(),
    })
}
