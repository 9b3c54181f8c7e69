//! Versions of contracts and information sets: the editors' live preview of the next one,
//! the changelog (shown, and exported as Markdown), two versions compared, and the impact of
//! a contract's latest change with a notice per person (exported as a text file).

use contracts::history;
use contracts::model::{ContractDraft, ContractId, InformationSetDraft, InformationSetId};
use contracts::wire::versions::{Changelog, Impact, VersionDiff, VersionPreview, Versioned};
use contracts::wire::{ErrorCode, ExportOutcome, WireError};
use tauri::{AppHandle, State};

use super::export::{save_target, written};
use crate::state::AppState;

/// What changed in `draft` (contract `id` as edited) since its last release, and the version
/// that calls for.
#[tauri::command(async)]
pub fn preview_version(
    state: State<'_, AppState>,
    id: ContractId,
    draft: ContractDraft,
) -> Result<VersionPreview, WireError> {
    Ok(history::preview(&*state.catalog()?, id, &draft)?)
}

/// What saving `draft` as information set `id` records: the changes since its last version
/// and the version they call for.
#[tauri::command(async)]
pub fn preview_set_version(
    state: State<'_, AppState>,
    id: InformationSetId,
    draft: InformationSetDraft,
) -> Result<VersionPreview, WireError> {
    Ok(history::set_preview(&*state.catalog()?, id, &draft)?)
}

/// The changelog of a contract or an information set.
#[tauri::command(async)]
pub fn changelog(state: State<'_, AppState>, item: Versioned) -> Result<Changelog, WireError> {
    Ok(history::changelog(&*state.catalog()?, item)?)
}

/// Versions `from` and `to` of a contract or an information set compared (numbers, or
/// `current`).
#[tauri::command(async)]
pub fn version_diff(
    state: State<'_, AppState>,
    item: Versioned,
    from: Option<String>,
    to: Option<String>,
) -> Result<VersionDiff, WireError> {
    let catalog = state.catalog()?;
    Ok(history::diff(
        &catalog,
        item,
        from.as_deref(),
        to.as_deref(),
    )?)
}

/// Who and what the latest change to contract `id` affects, with a notice per person.
#[tauri::command(async)]
pub fn contract_impact(state: State<'_, AppState>, id: ContractId) -> Result<Impact, WireError> {
    let catalog = state.catalog()?;
    let today = catalog.today_date()?;
    Ok(history::impact(&catalog, id, today)?)
}

/// Asks where to save, then writes the changelog of a contract or an information set as
/// Markdown in the user's language.
#[tauri::command]
pub async fn export_changelog(
    app: AppHandle,
    state: State<'_, AppState>,
    item: Versioned,
) -> Result<ExportOutcome, WireError> {
    let (entity, id) = item.entity();
    let name = format!("{}-{id}-changelog.md", entity.as_str().replace('_', "-"));
    let Some(path) = save_target(&app, &state, name, "changelog-export", ("Markdown", "md"))?
    else {
        return Ok(ExportOutcome::Cancelled);
    };
    let tr = state.translator();
    let log = history::changelog(&*state.catalog()?, item)?;
    let text = contracts::versions::text::changelog_markdown(&tr, &log);
    contracts::ops::write_atomically(&path, text.as_bytes())?;
    Ok(written(&path, &[], &tr))
}

/// Asks where to save, then writes the notice of contract `id`'s latest change to `person`
/// (subject, blank line, text) in their language.
#[tauri::command]
pub async fn export_notice(
    app: AppHandle,
    state: State<'_, AppState>,
    id: ContractId,
    person: i64,
) -> Result<ExportOutcome, WireError> {
    let impact = {
        let catalog = state.catalog()?;
        let today = catalog.today_date()?;
        history::impact(&catalog, id, today)?
    };
    let Some(recipient) = impact.recipients.iter().find(|r| r.person == person) else {
        return Err(WireError::new(
            ErrorCode::NotFound,
            format!("person {person} is not among those the change affects"),
        ));
    };
    let name = format!("notice-contract-{}-person-{person}.txt", id.0);
    let Some(path) = save_target(&app, &state, name, "notice-export", ("Text", "txt"))? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let text = format!(
        "{}\n\n{}\n",
        recipient.notice.subject, recipient.notice.body
    );
    contracts::ops::write_atomically(&path, text.as_bytes())?;
    Ok(written(&path, &[], &state.translator()))
}
