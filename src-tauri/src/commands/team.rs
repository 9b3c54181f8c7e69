//! The team catalogue: status, sync, publish, open (clone), and the conflicts' choices.

use contracts::app::team;
use contracts::wire::team::{SyncReport, Take, TeamStatus};
use contracts::wire::{CatalogInfo, WireError};
use tauri::{AppHandle, State};

use super::catalog::show_in_title;
use super::dialog::{choose_file, Purpose};
use crate::state::AppState;

/// Where the open catalog stands against its remote (no network).
#[tauri::command(async)]
pub fn team_status(state: State<'_, AppState>) -> Result<TeamStatus, WireError> {
    Ok(team::status(&*state.catalog()?)?)
}

/// Where the open catalog stands once the remote's news is fetched (nothing merged); the
/// catalog is free for other commands while the network is asked.
#[tauri::command(async)]
pub fn team_refresh(state: State<'_, AppState>) -> Result<TeamStatus, WireError> {
    // The lock is let go at the end of this statement, before the network is asked.
    let news = team::remote_news(&*state.catalog()?)?;
    news.map(|news| news.fetch()).transpose()?;
    Ok(team::status(&*state.catalog()?)?)
}

/// Shares the open catalog's changes and takes in the team's.
#[tauri::command(async)]
pub fn team_sync(state: State<'_, AppState>) -> Result<SyncReport, WireError> {
    let author = state.commit_author();
    Ok(team::sync(&mut *state.catalog()?, &author)?)
}

/// Publishes the open catalog to the empty remote at `url`.
#[tauri::command(async)]
pub fn team_publish(state: State<'_, AppState>, url: String) -> Result<SyncReport, WireError> {
    let author = state.commit_author();
    Ok(team::publish(&mut *state.catalog()?, &url, &author)?)
}

/// Makes a new local catalog from the team catalogue at `url` (asking where) and opens it;
/// `None` when the user cancels.
#[tauri::command(async)]
pub fn team_clone(
    app: AppHandle,
    state: State<'_, AppState>,
    url: String,
) -> Result<Option<CatalogInfo>, WireError> {
    let Some(path) = choose_file(&app, Purpose::NewFromTeam, &state) else {
        return Ok(None);
    };
    let info = state.replace(team::clone(&url, &path)?);
    show_in_title(&app, &info);
    Ok(Some(info))
}

/// Resolves the conflict on `field` (`None`: the whole item) of `item` by taking `take`.
#[tauri::command(async)]
pub fn team_resolve(
    state: State<'_, AppState>,
    item: String,
    field: Option<String>,
    take: Take,
) -> Result<TeamStatus, WireError> {
    Ok(team::resolve(
        &mut *state.catalog()?,
        &item,
        field.as_deref(),
        take,
    )?)
}

/// Returns the open catalog to where it was before the sync that stopped at conflicts.
#[tauri::command(async)]
pub fn team_abort(state: State<'_, AppState>) -> Result<TeamStatus, WireError> {
    Ok(team::abort(&mut *state.catalog()?)?)
}
