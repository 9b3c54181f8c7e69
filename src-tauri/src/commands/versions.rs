//! Versions of contracts and information sets: the editors' live preview of the next one,
//! the changelog, two versions compared, and the impact of a contract's latest change with a
//! notice per person. Their exports (the changelog as Markdown, a notice as text) go through
//! [`super::export::export`].

use contracts::app::history;
use contracts::model::{ContractDraft, ContractId, InformationSetDraft, InformationSetId};
use contracts::wire::versions::{Changelog, Impact, VersionDiff, VersionPreview, Versioned};
use contracts::wire::WireError;
use tauri::State;

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
    let (from, to) = (from.as_deref(), to.as_deref());
    Ok(history::diff(&*state.catalog()?, item, from, to)?)
}

/// Who and what the latest change to contract `id` affects, with a notice per person.
#[tauri::command(async)]
pub fn contract_impact(state: State<'_, AppState>, id: ContractId) -> Result<Impact, WireError> {
    Ok(history::impact_today(&*state.catalog()?, id)?)
}
