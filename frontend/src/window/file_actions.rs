//! Carries out the File menu's actions (after the unsaved-changes guard, busy meanwhile):
//! new, open and open recent catalog, save a copy, the team dialogs, export every contract,
//! and import (whose
//! dialog it keeps open while the user previews the files).

use contracts::wire::{CatalogInfo, ExportRequest, ExportTarget, ImportFormat, WireError};
use yew::prelude::*;

use super::team::TeamDialog;
use crate::components::file_menu::FileAction;
use crate::services;
use crate::ui::Ui;

/// Files chosen to import, and their format.
pub type Importing = (ImportFormat, Vec<String>);

/// The File menu's handler and the import in progress.
pub struct FileActions {
    /// Carries out an action.
    pub on_action: Callback<FileAction>,
    /// Files chosen to import, while their dialog is open.
    pub importing: Option<Importing>,
    /// Closes the import dialog.
    pub close_import: Callback<()>,
}

/// Shows the outcome of opening a catalog: `switched` when one opened.
fn opened(
    result: Result<Option<CatalogInfo>, WireError>,
    ui: &Ui,
    switched: &Callback<CatalogInfo>,
) {
    match result {
        Ok(Some(info)) => switched.emit(info),
        Ok(None) => {}
        Err(error) => ui.fail(&error),
    }
}

/// Carries out `action`, the outcome in the status bar.
async fn perform(
    action: FileAction,
    ui: &Ui,
    switched: &Callback<CatalogInfo>,
    importing: &UseStateHandle<Option<Importing>>,
    team: &Callback<Option<TeamDialog>>,
) {
    match action {
        FileAction::OpenTeam => team.emit(Some(TeamDialog::Open)),
        FileAction::PublishTeam => team.emit(Some(TeamDialog::Publish)),
        FileAction::Quit => {
            if let Err(error) = services::quit().await {
                ui.fail(&error);
            }
        }
        FileAction::New => opened(services::new_catalog().await, ui, switched),
        FileAction::OpenRecent(path) => {
            opened(services::open_catalog(Some(path)).await, ui, switched)
        }
        FileAction::Open => opened(services::open_catalog(None).await, ui, switched),
        FileAction::SaveCopy => match services::save_copy().await {
            Ok(Some(path)) => ui.done(ui.t_with("copy-saved", &[("path", path.into())])),
            Ok(None) => {}
            Err(error) => ui.fail(&error),
        },
        FileAction::ExportAllOdcs => {
            ui.exported(services::export(ExportRequest::of(ExportTarget::AllContracts)).await)
        }
        FileAction::Import(format) => match services::choose_import_files(format).await {
            Ok(Some(files)) if !files.is_empty() => importing.set(Some((format, files))),
            Ok(_) => {}
            Err(error) => ui.fail(&error),
        },
    }
}

/// The File menu's handler; `switched` is told when another catalog opened.
#[hook]
pub fn use_file_actions(
    ui: &Ui,
    switched: Callback<CatalogInfo>,
    team: Callback<Option<TeamDialog>>,
) -> FileActions {
    let importing = use_state(|| None::<Importing>);
    let on_action = {
        let (ui, importing) = (ui.clone(), importing.clone());
        Callback::from(move |action: FileAction| {
            let (ui_, switched, importing, team) = (
                ui.clone(),
                switched.clone(),
                importing.clone(),
                team.clone(),
            );
            ui.guard.emit(Callback::from(move |_| {
                let (ui, switched, importing, team, action) = (
                    ui_.clone(),
                    switched.clone(),
                    importing.clone(),
                    team.clone(),
                    action.clone(),
                );
                ui.busy.emit(true);
                wasm_bindgen_futures::spawn_local(async move {
                    perform(action, &ui, &switched, &importing, &team).await;
                    ui.busy.emit(false);
                });
            }));
        })
    };
    let close_import = {
        let importing = importing.clone();
        Callback::from(move |_: ()| importing.set(None))
    };
    FileActions {
        on_action,
        importing: (*importing).clone(),
        close_import,
    }
}
