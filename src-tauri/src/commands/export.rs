//! Exports: every one through [`export`] — rendered by the use case, placed where the user
//! chooses in the native save (or folder) dialog the rendering describes, then written — and
//! the agreement's preflight. In a test build `DATAPAKT_EXPORT_DIR` answers the dialogs.

use std::path::PathBuf;

use contracts::app::export::{self, Rendered, SaveDialog};
use contracts::i18n::Translator;
use contracts::model::{AgreementGap, AgreementId};
use contracts::wire::{ErrorCode, ExportOutcome, ExportRequest, WireError};
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// How far a long export has come; sent to the window as the `export-progress` event.
#[derive(Clone, serde::Serialize)]
struct Progress {
    done: usize,
    total: usize,
}

/// Renders `request`, asks where to save it, then writes it (telling the window how far a
/// folder of files has come). Nothing is asked when the rendering fails.
#[tauri::command]
pub async fn export(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ExportRequest,
) -> Result<ExportOutcome, WireError> {
    let tr = state.translator();
    let rendered = export::render(&*state.catalog()?, &request, tr.lang())?;
    let Some(chosen) = save_target(&app, &rendered, &tr)? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let step = |total: usize| (total / 100).max(1);
    let (path, _) = export::write(&*state.catalog()?, &rendered, &chosen, |done, total| {
        if done % step(total) == 0 || done == total {
            let _ = app.emit("export-progress", Progress { done, total });
        }
    })?;
    state.grant(&path);
    let warnings = rendered
        .warnings
        .iter()
        .map(|warning| tr.keyed(warning.message_key()))
        .collect();
    Ok(ExportOutcome::Written {
        path: path.display().to_string(),
        warnings,
    })
}

/// Where to write `rendered`: asked with the native save (or folder) dialog it describes,
/// proposing its file name; `None` when the user cancels. With `DATAPAKT_EXPORT_DIR` set
/// (automation and end-to-end tests, where no one can answer a native dialog) it is that
/// folder and the proposed name, without asking.
fn save_target(
    app: &AppHandle,
    rendered: &Rendered,
    tr: &Translator,
) -> Result<Option<PathBuf>, WireError> {
    if let Some(dir) = crate::hooks::export_dir() {
        return Ok(Some(dir.join(&rendered.file_name)));
    }
    let SaveDialog {
        title,
        file_type,
        extension,
        folder,
    } = rendered.dialog;
    let dialog = app.dialog().file().set_title(tr.t(title));
    let chosen = if folder {
        dialog.blocking_pick_folder()
    } else {
        dialog
            .set_file_name(&rendered.file_name)
            .add_filter(tr.t(file_type), &[extension])
            .blocking_save_file()
    };
    chosen.map(local_path).transpose()
}

/// The local path of what the user chose in a native dialog.
fn local_path(chosen: tauri_plugin_dialog::FilePath) -> Result<PathBuf, WireError> {
    chosen.into_path().map_err(|e| {
        contracts::i18n::keyed_error(
            ErrorCode::Io,
            "error-not-local-path",
            &[("detail", e.to_string())],
        )
    })
}

/// Every required item data processing agreement `id` lacks.
#[tauri::command]
pub async fn agreement_preflight(
    state: State<'_, AppState>,
    id: AgreementId,
) -> Result<Vec<AgreementGap>, WireError> {
    Ok(export::dpa_preflight(&*state.catalog()?, id)?)
}

/// Opens `path`, a file or folder Datapakt wrote this session (an export, a copy), with the
/// system's default application; any other path is refused. In a test build with
/// `DATAPAKT_OPENED_LOG` set it appends the path to that file instead.
#[tauri::command]
pub async fn open_path(state: State<'_, AppState>, path: String) -> Result<(), WireError> {
    state.check_chosen(std::path::Path::new(&path))?;
    let io = |e: std::io::Error| {
        let args = [("path", path.clone()), ("detail", e.to_string())];
        contracts::i18n::keyed_error(ErrorCode::Io, "error-cannot-open", &args)
    };
    if let Some(log) = crate::hooks::opened_log() {
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
