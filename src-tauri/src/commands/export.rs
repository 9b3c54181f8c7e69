//! Exports through the native save dialog.

use std::path::PathBuf;

use contracts::export::{openapi::resource_name, suggested_file_name};
use contracts::model::{AgreementGap, AgreementId};
use contracts::ops;
use contracts::wire::{ErrorCode, ExportFormat, ExportOutcome, ExportRequest, WireError};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// Where to write an export named `name`: asked with the native save dialog titled by message
/// `title`, offering files of `kind` (`label`, `extension`); `None` when the user cancels.
/// With `DATAPAKT_EXPORT_DIR` set (automation and end-to-end tests, where no one can answer a
/// native dialog) it is that folder and the suggested name, without asking.
fn save_target(
    app: &AppHandle,
    state: &AppState,
    name: String,
    title: &str,
    (label, extension): (&str, &str),
) -> Result<Option<PathBuf>, WireError> {
    if let Some(dir) = std::env::var_os("DATAPAKT_EXPORT_DIR") {
        return Ok(Some(PathBuf::from(dir).join(name)));
    }
    let chosen = app
        .dialog()
        .file()
        .set_title(state.translator().t(title))
        .set_file_name(name)
        .add_filter(label, &[extension])
        .blocking_save_file();
    chosen
        .map(|file| {
            file.into_path().map_err(|e| {
                WireError::new(
                    ErrorCode::Io,
                    format!("the chosen location is not a file path: {e}"),
                )
            })
        })
        .transpose()
}

/// Asks where to save, then writes the contract's export.
#[tauri::command]
pub async fn export_contract(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ExportRequest,
) -> Result<ExportOutcome, WireError> {
    let contract = state.catalog()?.contract(request.id)?;
    let name = suggested_file_name(&contract, request.format);
    let title = match request.format {
        ExportFormat::Openapi => "action-export-openapi",
        ExportFormat::Pdf => "action-export-pdf",
        ExportFormat::Odcs => "action-export-odcs",
    };
    let kind = (request.format.label(), request.format.extension());
    let Some(path) = save_target(&app, &state, name, title, kind)? else {
        return Ok(ExportOutcome::Cancelled);
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

/// Every required item data processing agreement `id` lacks.
#[tauri::command]
pub async fn agreement_preflight(
    state: State<'_, AppState>,
    id: AgreementId,
) -> Result<Vec<AgreementGap>, WireError> {
    let catalog = state.catalog()?;
    Ok(ops::dpa_preflight(&catalog, id)?)
}

/// Asks where to save, then writes data processing agreement `id` as a PDF in the user's
/// language (a DRAFT when the preflight finds gaps).
#[tauri::command]
pub async fn export_agreement(
    app: AppHandle,
    state: State<'_, AppState>,
    id: AgreementId,
) -> Result<ExportOutcome, WireError> {
    let agreement = state.catalog()?.agreement(id)?;
    let name = format!("{}.dpa.pdf", resource_name(&agreement.draft.title));
    let kind = ("PDF/A data processing agreement", "pdf");
    let Some(path) = save_target(&app, &state, name, "action-export-dpa", kind)? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let lang = state.translator().lang();
    let catalog = state.catalog()?;
    ops::export_dpa(&catalog, id, lang, &path)?;
    Ok(ExportOutcome::Written {
        path: path.display().to_string(),
    })
}
