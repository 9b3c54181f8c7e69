//! Native file dialogs. What the user chooses is granted to the window (see
//! [`AppState::grant`]): the webview names no path the user did not choose. In a test build
//! [`crate::hooks`] answers them instead.

use std::path::{Path, PathBuf};

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// What the chosen file is for.
pub enum Purpose {
    /// An existing catalog to open.
    Open,
    /// Where to create a new catalog.
    New,
    /// Where to write a copy of the open catalog.
    SaveCopy,
    /// Where to create the local catalog of a team catalogue.
    NewFromTeam,
}

/// The file the user chose, or `None` when they cancelled.
pub fn choose_file(app: &AppHandle, purpose: Purpose, state: &AppState) -> Option<PathBuf> {
    let chosen = crate::hooks::dialog_file().or_else(|| ask_file(app, purpose, state));
    chosen.inspect(|path| state.grant(path))
}

fn ask_file(app: &AppHandle, purpose: Purpose, state: &AppState) -> Option<PathBuf> {
    let tr = state.translator();
    let dialog = app
        .dialog()
        .file()
        .add_filter(tr.t("dialog-catalog-files"), &["datapakt"]);
    let title = |id: &str| tr.t(id).trim_end_matches('…').to_owned();
    let chosen = match purpose {
        Purpose::Open => dialog
            .set_title(title("action-open-catalog"))
            .blocking_pick_file(),
        Purpose::New => dialog
            .set_title(title("action-new-catalog"))
            .set_file_name("catalog.datapakt")
            .blocking_save_file(),
        Purpose::SaveCopy => dialog
            .set_title(title("action-save-copy"))
            .set_file_name("copy.datapakt")
            .blocking_save_file(),
        Purpose::NewFromTeam => dialog
            .set_title(title("action-open-team"))
            .set_file_name("team.datapakt")
            .blocking_save_file(),
    };
    chosen.and_then(|file| file.into_path().ok())
}

/// The files to import, chosen in the native open dialog (several for ODCS, one OpenAPI
/// document); `None` when the user cancelled. In end-to-end tests `DATAPAKT_IMPORT_LIST`
/// names a file whose lines answer instead (read when asked, so a test can change them).
pub fn choose_import_files(
    app: &AppHandle,
    format: contracts::wire::ImportFormat,
    state: &AppState,
) -> Option<Vec<String>> {
    let chosen = crate::hooks::import_list().or_else(|| ask_import_files(app, format, state));
    chosen.inspect(|files| files.iter().for_each(|file| state.grant(Path::new(file))))
}

fn ask_import_files(
    app: &AppHandle,
    format: contracts::wire::ImportFormat,
    state: &AppState,
) -> Option<Vec<String>> {
    let tr = state.translator();
    let dialog = app.dialog().file();
    let paths = |files: Vec<tauri_plugin_dialog::FilePath>| -> Vec<String> {
        files
            .into_iter()
            .filter_map(|file| file.into_path().ok())
            .map(|path| path.display().to_string())
            .collect()
    };
    match format {
        contracts::wire::ImportFormat::Odcs => dialog
            .set_title(tr.t("action-import-odcs").trim_end_matches('…'))
            .add_filter("ODCS (YAML)", &["yaml", "yml"])
            .blocking_pick_files()
            .map(paths),
        contracts::wire::ImportFormat::Openapi => dialog
            .set_title(tr.t("action-import-openapi").trim_end_matches('…'))
            .add_filter("OpenAPI (JSON, YAML)", &["json", "yaml", "yml"])
            .blocking_pick_file()
            .map(|file| paths(vec![file])),
        contracts::wire::ImportFormat::Jsonschema => dialog
            .set_title(tr.t("action-import-jsonschema").trim_end_matches('…'))
            .add_filter("JSON Schema (JSON, YAML)", &["json", "yaml", "yml"])
            .blocking_pick_files()
            .map(paths),
        contracts::wire::ImportFormat::Sql => dialog
            .set_title(tr.t("action-import-sql").trim_end_matches('…'))
            .add_filter("SQL DDL", &["sql", "ddl"])
            .blocking_pick_files()
            .map(paths),
        contracts::wire::ImportFormat::Xsd => dialog
            .set_title(tr.t("action-import-xsd").trim_end_matches('…'))
            .add_filter("XSD, WSDL", &["xsd", "wsdl", "xml"])
            .blocking_pick_files()
            .map(paths),
    }
}
