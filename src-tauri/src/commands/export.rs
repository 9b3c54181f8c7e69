//! Exports through the native save dialog.

use std::path::PathBuf;

use contracts::export::openapi::integration::StubWarning;
use contracts::export::{openapi::resource_name, suggested_file_name};
use contracts::i18n::{Arg, Translator};
use contracts::model::{AgreementGap, AgreementId, IntegrationId};
use contracts::ops;
use contracts::wire::{
    ApiProfile, ErrorCode, ExportFormat, ExportOutcome, ExportRequest, WireError,
};
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// Where to write an export named `name`: asked with the native save dialog titled by message
/// `title`, offering files of `kind` (`label`, `extension`); `None` when the user cancels.
/// With `DATAPAKT_EXPORT_DIR` set (automation and end-to-end tests, where no one can answer a
/// native dialog) it is that folder and the suggested name, without asking.
pub(crate) fn save_target(
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
    chosen.map(local_path).transpose()
}

/// The local path of what the user chose in a native dialog.
fn local_path(chosen: tauri_plugin_dialog::FilePath) -> Result<PathBuf, WireError> {
    chosen.into_path().map_err(|e| {
        WireError::new(
            ErrorCode::Io,
            format!("the chosen location is not a local path: {e}"),
        )
    })
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
    let tr = state.translator();
    let warnings = match request.format {
        ExportFormat::Openapi => {
            ops::export_openapi(&catalog, request.id, Some(request.profile), false, &path)?
        }
        _ => {
            ops::export_contract(&catalog, request.id, request.format, tr.lang(), &path)?;
            Vec::new()
        }
    };
    Ok(written(&path, &warnings, &tr))
}

/// Asks where to save, then writes integration `id`'s OpenAPI stub (every contract governing
/// it) under `profile` (`None`: the one its contracts follow).
#[tauri::command]
pub async fn export_integration(
    app: AppHandle,
    state: State<'_, AppState>,
    id: IntegrationId,
    profile: Option<ApiProfile>,
) -> Result<ExportOutcome, WireError> {
    let integration = state.catalog()?.integration(id)?;
    let name = format!("{}.openapi.json", resource_name(&integration.draft.name));
    let kind = (ExportFormat::Openapi.label(), "json");
    let Some(path) = save_target(&app, &state, name, "action-export-openapi", kind)? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let catalog = state.catalog()?;
    let warnings = ops::export_integration_openapi(&catalog, id, profile, false, &path)?;
    Ok(written(&path, &warnings, &state.translator()))
}

/// Asks where to save, then writes the catalog-wide report `kind` in the user's language as
/// a PDF (`pdf`) or as CSV.
#[tauri::command]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
    kind: contracts::wire::ReportKind,
    pdf: bool,
) -> Result<ExportOutcome, WireError> {
    let (extension, label, title) = if pdf {
        ("pdf", "PDF", "report-export-pdf")
    } else {
        ("csv", "CSV", "report-export-csv")
    };
    let name = format!("datapakt-{}.{extension}", kind.as_str());
    let Some(path) = save_target(&app, &state, name, title, (label, extension))? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let catalog = state.catalog()?;
    let tr = state.translator();
    if pdf {
        ops::export_report(&catalog, kind, tr.lang(), &path)?;
    } else {
        let report = contracts::reports::build(&catalog, kind, &tr)?;
        ops::write_atomically(&path, contracts::reports::to_csv(&report).as_bytes())?;
    }
    Ok(written(&path, &[], &tr))
}

/// The outcome of a written export, its warnings in the user's language.
pub(crate) fn written(
    path: &std::path::Path,
    warnings: &[StubWarning],
    tr: &Translator,
) -> ExportOutcome {
    let warnings = warnings
        .iter()
        .map(|warning| {
            let (id, values) = warning.message_key();
            let args: Vec<(&str, Arg)> = values
                .into_iter()
                .map(|(name, value)| (name, Arg::from(value)))
                .collect();
            tr.t_with(id, &args)
        })
        .collect();
    ExportOutcome::Written {
        path: path.display().to_string(),
        warnings,
    }
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
    Ok(written(&path, &[], &state.translator()))
}

/// How far a long export has come; sent to the window as the `export-progress` event.
#[derive(Clone, serde::Serialize)]
struct Progress {
    done: usize,
    total: usize,
}

/// Asks for a folder, then writes every contract into it as ODCS (one file each), telling the
/// window how far it has come.
#[tauri::command]
pub async fn export_all_odcs(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<ExportOutcome, WireError> {
    let dir = match std::env::var_os("DATAPAKT_EXPORT_DIR") {
        Some(dir) => PathBuf::from(dir).join("odcs"),
        None => {
            let chosen = app
                .dialog()
                .file()
                .set_title(state.translator().t("action-export-all-odcs"))
                .blocking_pick_folder();
            match chosen {
                None => return Ok(ExportOutcome::Cancelled),
                Some(folder) => local_path(folder)?,
            }
        }
    };
    let catalog = state.catalog()?;
    let step = |total: usize| (total / 100).max(1);
    ops::export_all_odcs_with_progress(&catalog, &dir, |done, total| {
        if done % step(total) == 0 || done == total {
            let _ = app.emit("export-progress", Progress { done, total });
        }
    })?;
    Ok(written(&dir, &[], &state.translator()))
}

/// Opens `path` (an exported file or folder) with the system's default application. With
/// `DATAPAKT_OPENED_LOG` set (end-to-end tests) it appends the path to that file instead.
#[tauri::command]
pub async fn open_path(path: String) -> Result<(), WireError> {
    let io = |e: std::io::Error| WireError::new(ErrorCode::Io, format!("{path}: {e}"));
    if let Some(log) = std::env::var_os("DATAPAKT_OPENED_LOG") {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .map_err(io)?;
        return writeln!(file, "{path}").map_err(io);
    }
    open::that_detached(&path).map_err(io)
}
