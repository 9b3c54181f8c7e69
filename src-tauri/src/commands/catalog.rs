//! The open catalog (new, open, open recent, save a copy), its settings and the preferences.

use std::path::PathBuf;

use contracts::app::catalog;
use contracts::model::ApiProfile;
use contracts::wire::{CatalogInfo, Preferences, WireError};
use tauri::{AppHandle, Manager, State};

use super::dialog::{choose_file, Purpose};
use crate::state::AppState;

/// The open catalog's path and mode.
#[tauri::command(async)]
pub fn catalog_info(state: State<'_, AppState>) -> Result<CatalogInfo, WireError> {
    state.info()
}

/// Shows the open catalog's path in the window title.
pub fn show_in_title(app: &AppHandle, info: &CatalogInfo) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&format!("Datapakt — {}", info.path));
    }
}

/// Opens the catalog at `path`, one of the recent catalogs or a file chosen in a dialog this
/// session (asking for one when `None`); `None` back when the user cancels.
#[tauri::command(async)]
pub fn open_catalog(
    app: AppHandle,
    state: State<'_, AppState>,
    path: Option<String>,
) -> Result<Option<CatalogInfo>, WireError> {
    let Some(path) = given_or_chosen(&app, &state, path)? else {
        return Ok(None);
    };
    let info = state.replace(catalog::open(&path)?);
    show_in_title(&app, &info);
    Ok(Some(info))
}

/// Creates an empty catalog where the user chooses in a dialog, and opens it.
#[tauri::command(async)]
pub fn new_catalog(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<CatalogInfo>, WireError> {
    let Some(path) = choose_file(&app, Purpose::New, &state) else {
        return Ok(None);
    };
    let info = state.replace(catalog::create(&path, false)?);
    show_in_title(&app, &info);
    Ok(Some(info))
}

/// The catalog the UI named, if the user chose it (recent, or in a dialog), or the one the
/// user chooses in a dialog now (`None`: cancelled).
fn given_or_chosen(
    app: &AppHandle,
    state: &AppState,
    path: Option<String>,
) -> Result<Option<PathBuf>, WireError> {
    match path.map(PathBuf::from) {
        Some(path) => state.check_granted(&path).map(|()| Some(path)),
        None => Ok(choose_file(app, Purpose::Open, state)),
    }
}

/// Writes a consistent copy of the open catalog where the user chooses in a dialog; the
/// copy's path, or `None` when the user cancels.
#[tauri::command(async)]
pub fn save_copy(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>, WireError> {
    let Some(path) = choose_file(&app, Purpose::SaveCopy, &state) else {
        return Ok(None);
    };
    catalog::save_copy(&*state.catalog()?, &path)?;
    Ok(Some(path.display().to_string()))
}

/// Makes `profile` the catalog's default API profile.
#[tauri::command(async)]
pub fn set_default_api_profile(
    state: State<'_, AppState>,
    profile: ApiProfile,
) -> Result<(), WireError> {
    Ok(catalog::set_default_api_profile(
        &mut *state.catalog()?,
        profile,
    )?)
}

/// Makes `version` the ODCS version the catalog's contracts are exported in.
#[tauri::command(async)]
pub fn set_odcs_version(
    state: State<'_, AppState>,
    version: contracts::model::OdcsVersion,
) -> Result<(), WireError> {
    Ok(catalog::set_odcs_version(&mut *state.catalog()?, version)?)
}

/// The user's preferences.
#[tauri::command(async)]
pub fn get_preferences(state: State<'_, AppState>) -> Preferences {
    state.preferences()
}

/// Stores the user's preferences (refused when the author name is too long).
#[tauri::command(async)]
pub fn set_preferences(
    state: State<'_, AppState>,
    preferences: Preferences,
) -> Result<(), WireError> {
    state.set_preferences(preferences)
}
