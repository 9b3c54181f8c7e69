//! Calls into the desktop backend. Every call returns `Result`: a failed command is shown to
//! the user, never a panic.

use contracts::model::{
    AgreementGap, AgreementId, AuditEvent, ContractStatus, Entity, RoleAssignment, SearchHit, Unit,
};
use contracts::wire::versions::Versioned;
use contracts::wire::{
    ApiProfile, AuditEntry, CatalogInfo, ErrorCode, ExportOutcome, ExportRequest, Item, ListPage,
    ListQuery, Lookups, Preferences, RuleFindings, SaveItemRequest, WireError,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

async fn call<R: DeserializeOwned>(cmd: &str, args: impl Serialize) -> Result<R, WireError> {
    let internal = |detail: String| {
        let args = [("command", cmd.to_owned()), ("detail", detail)];
        contracts::i18n::keyed_error(ErrorCode::Internal, "error-call", &args)
    };
    let args = args
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| internal(format!("the request: {e}")))?;
    match invoke(cmd, args).await {
        Ok(value) => {
            serde_wasm_bindgen::from_value(value).map_err(|e| internal(format!("the reply: {e}")))
        }
        Err(error) => Err(serde_wasm_bindgen::from_value::<WireError>(error.clone())
            .unwrap_or_else(|_| internal(format!("{error:?}")))),
    }
}

/// Tells the backend that the first screen has rendered.
pub async fn ready() -> Result<(), WireError> {
    call("ready", json!({})).await
}

/// The open catalog.
pub async fn catalog_info() -> Result<CatalogInfo, WireError> {
    call("catalog_info", json!({})).await
}

/// Opens a catalog (`None`: the backend asks which); `None` back when cancelled.
pub async fn open_catalog(path: Option<String>) -> Result<Option<CatalogInfo>, WireError> {
    call("open_catalog", json!({ "path": path })).await
}

/// Creates and opens an empty catalog (the backend asks where).
pub async fn new_catalog() -> Result<Option<CatalogInfo>, WireError> {
    call("new_catalog", json!({})).await
}

/// Closes the catalog (checkpointed) and ends the app.
pub async fn quit() -> Result<(), WireError> {
    call("quit", json!({})).await
}

/// Writes a copy of the open catalog (the backend asks where); its path, or `None`.
pub async fn save_copy() -> Result<Option<String>, WireError> {
    call("save_copy", json!({})).await
}

/// The user's preferences.
pub async fn preferences() -> Result<Preferences, WireError> {
    call("get_preferences", json!({})).await
}

/// Stores the user's preferences.
pub async fn set_preferences(preferences: &Preferences) -> Result<(), WireError> {
    call("set_preferences", json!({ "preferences": preferences })).await
}

/// One stored item.
pub async fn get_item(entity: Entity, id: i64) -> Result<Item, WireError> {
    call("get_item", json!({ "entity": entity, "id": id })).await
}

/// Validates and saves an item.
pub async fn save_item(request: &SaveItemRequest) -> Result<Item, WireError> {
    call("save_item", json!({ "request": request })).await
}

/// Deletes an item.
pub async fn delete_item(entity: Entity, id: i64) -> Result<(), WireError> {
    call("delete_item", json!({ "entity": entity, "id": id })).await
}

/// One page of a list.
pub async fn list_page(query: &ListQuery) -> Result<ListPage, WireError> {
    call("list_page", json!({ "query": query })).await
}

/// The pickers' choices.
pub async fn lookups() -> Result<Lookups, WireError> {
    call("lookups", json!({})).await
}

/// Full-text search.
pub async fn search(text: &str) -> Result<Vec<SearchHit>, WireError> {
    call("search", json!({ "text": text })).await
}

/// The rules the catalog breaks.
pub async fn findings() -> Result<Vec<RuleFindings>, WireError> {
    call("findings", json!({})).await
}

/// One item's recorded changes.
pub async fn item_history(entity: Entity, id: i64) -> Result<Vec<AuditEvent>, WireError> {
    call("item_history", json!({ "entity": entity, "id": id })).await
}

/// One page of the audit trail.
pub async fn audit_rows(query: &ListQuery) -> Result<ListPage, WireError> {
    call("audit_rows", json!({ "query": query })).await
}

/// One change of the audit trail.
pub async fn audit_entry(id: i64) -> Result<AuditEntry, WireError> {
    call("audit_entry", json!({ "id": id })).await
}

/// Moves a contract along its workflow.
pub async fn set_contract_status(id: i64, status: ContractStatus) -> Result<Item, WireError> {
    call("set_contract_status", json!({ "id": id, "status": status })).await
}

/// Turns a stored request into a contract draft; returns the contract.
pub async fn contract_from_request(id: i64) -> Result<Item, WireError> {
    call("contract_from_request", json!({ "id": id })).await
}

/// Gives a person a role on an item.
pub async fn assign_role(assignment: &RoleAssignment) -> Result<(), WireError> {
    call("assign_role", json!({ "assignment": assignment })).await
}

/// Takes a role away.
pub async fn unassign_role(assignment: &RoleAssignment) -> Result<(), WireError> {
    call("unassign_role", json!({ "assignment": assignment })).await
}

/// Adds a unit to an organisation.
pub async fn add_unit(organisation: i64, name: &str) -> Result<Unit, WireError> {
    call(
        "add_unit",
        json!({ "organisation": organisation, "name": name }),
    )
    .await
}

/// Exports what `request` asks for: the backend renders it, asks where to save it in the
/// native dialog, and writes it.
pub async fn export(request: ExportRequest) -> Result<ExportOutcome, WireError> {
    call("export", json!({ "request": request })).await
}

/// Opens an exported file or folder with the system's default application.
pub async fn open_path(path: &str) -> Result<(), WireError> {
    call("open_path", json!({ "path": path })).await
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "event"], js_name = listen, catch)]
    async fn tauri_listen(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<JsValue, JsValue>;
}

/// How far a long export has come.
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize)]
pub struct Progress {
    /// Items done.
    pub done: usize,
    /// Items in all.
    pub total: usize,
}

/// Calls `on_progress` for every `export-progress` event the backend sends, for as long as the
/// app runs (the listener is registered once, at start).
pub async fn listen_to_progress(on_progress: yew::Callback<Progress>) {
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let payload = js_sys::Reflect::get(&event, &JsValue::from_str("payload"));
        if let Some(progress) = payload
            .ok()
            .and_then(|p| serde_wasm_bindgen::from_value::<Progress>(p).ok())
        {
            on_progress.emit(progress);
        }
    });
    if tauri_listen("export-progress", &handler).await.is_ok() {
        // The listener lives as long as the window.
        handler.forget();
    }
}

/// Asks which files to import; `None` when the user cancelled.
pub async fn choose_import_files(
    format: contracts::wire::ImportFormat,
) -> Result<Option<Vec<String>>, WireError> {
    call("choose_import_files", json!({ "format": format })).await
}

/// Imports `request`'s files, all or none; with `preview`, only says what that would do.
pub async fn import_files(
    request: &contracts::wire::ImportRequest,
    preview: bool,
) -> Result<contracts::wire::ImportSummary, WireError> {
    call(
        "import_files",
        json!({ "request": request, "preview": preview }),
    )
    .await
}

/// Makes `profile` the catalog's default API profile.
pub async fn set_default_api_profile(profile: ApiProfile) -> Result<(), WireError> {
    call("set_default_api_profile", json!({ "profile": profile })).await
}

/// Makes `version` the ODCS version the catalog's contracts are exported in.
pub async fn set_odcs_version(version: contracts::model::OdcsVersion) -> Result<(), WireError> {
    call("set_odcs_version", json!({ "version": version })).await
}

/// Every required item data processing agreement `id` lacks.
pub async fn agreement_preflight(id: i64) -> Result<Vec<AgreementGap>, WireError> {
    call("agreement_preflight", json!({ "id": AgreementId(id) })).await
}

/// The catalog-wide report `kind`, in the user's language.
pub async fn report(
    kind: contracts::wire::ReportKind,
) -> Result<contracts::wire::Report, WireError> {
    call("report", json!({ "kind": kind })).await
}

/// The existing interfaces that provide any of `sets` (for an integration from `provider`;
/// `own` when it is stored).
pub async fn reuse_candidates(
    sets: &[contracts::model::InformationSetId],
    provider: Option<contracts::model::SystemId>,
    own: Option<i64>,
) -> Result<Vec<contracts::wire::ReuseCandidate>, WireError> {
    let own = own.map(contracts::model::IntegrationId);
    call(
        "reuse_candidates",
        json!({ "sets": sets, "provider": provider, "own": own }),
    )
    .await
}

/// Örebro's four effect goals as the catalog stands.
pub async fn effect_goals() -> Result<Vec<contracts::wire::GoalStatus>, WireError> {
    call("effect_goals", json!({})).await
}

/// Stored integration `id`'s IntArk checklist.
pub async fn intark_checklist(id: i64) -> Result<Vec<contracts::wire::IntarkCheck>, WireError> {
    let id = contracts::model::IntegrationId(id);
    call("intark_checklist", json!({ "id": id })).await
}

/// The ownership and integration map as `filter` asks.
pub async fn portfolio_map(
    filter: &contracts::wire::map::MapFilter,
) -> Result<contracts::wire::map::MapView, WireError> {
    call("portfolio_map", json!({ "filter": filter })).await
}

/// The catalog's findings about item `id` of kind `entity`.
pub async fn item_findings(
    entity: Entity,
    id: i64,
) -> Result<Vec<contracts::model::Finding>, WireError> {
    call("item_findings", json!({ "entity": entity, "id": id })).await
}

/// The contracts a grant for integration `integration` can be made under (those governing
/// it), with their status.
pub async fn contract_choices(
    integration: i64,
) -> Result<Vec<contracts::wire::ContractChoice>, WireError> {
    call("contract_choices", json!({ "integration": integration })).await
}

/// What changed in `draft` (contract `id` as edited) since its last release, and the version
/// that calls for.
pub async fn preview_version(
    id: i64,
    draft: &contracts::model::ContractDraft,
) -> Result<contracts::wire::versions::VersionPreview, WireError> {
    call("preview_version", json!({ "id": id, "draft": draft })).await
}

/// What saving `draft` as information set `id` records: its changes and next version.
pub async fn preview_set_version(
    id: i64,
    draft: &contracts::model::InformationSetDraft,
) -> Result<contracts::wire::versions::VersionPreview, WireError> {
    call("preview_set_version", json!({ "id": id, "draft": draft })).await
}

/// The changelog of a contract or an information set, newest first.
pub async fn changelog(item: Versioned) -> Result<contracts::wire::versions::Changelog, WireError> {
    call("changelog", json!({ "item": item })).await
}

/// Versions `from` and `to` of a contract or an information set compared (`current` for the
/// working copy).
pub async fn version_diff(
    item: Versioned,
    from: &str,
    to: &str,
) -> Result<contracts::wire::versions::VersionDiff, WireError> {
    call(
        "version_diff",
        json!({ "item": item, "from": from, "to": to }),
    )
    .await
}

/// Who and what the latest change to contract `id` affects, with a notice per person.
pub async fn contract_impact(id: i64) -> Result<contracts::wire::versions::Impact, WireError> {
    call("contract_impact", json!({ "id": id })).await
}

/// Where the open catalog stands against its team remote.
pub async fn team_status() -> Result<contracts::wire::team::TeamStatus, WireError> {
    call("team_status", json!({})).await
}

/// Where the open catalog stands once the remote's news is fetched (nothing merged).
pub async fn team_refresh() -> Result<contracts::wire::team::TeamStatus, WireError> {
    call("team_refresh", json!({})).await
}

/// Syncs the open catalog with its team remote.
pub async fn team_sync() -> Result<contracts::wire::team::SyncReport, WireError> {
    call("team_sync", json!({})).await
}

/// Publishes the open catalog to the empty remote at `url`.
pub async fn team_publish(url: &str) -> Result<contracts::wire::team::SyncReport, WireError> {
    call("team_publish", json!({ "url": url })).await
}

/// Makes and opens a local catalog of the team catalogue at `url` (the backend asks where).
pub async fn team_clone(url: &str) -> Result<Option<CatalogInfo>, WireError> {
    call("team_clone", json!({ "url": url })).await
}

/// Resolves a waiting conflict.
pub async fn team_resolve(
    item: &str,
    field: Option<&str>,
    take: contracts::wire::team::Take,
) -> Result<contracts::wire::team::TeamStatus, WireError> {
    call(
        "team_resolve",
        json!({ "item": item, "field": field, "take": take }),
    )
    .await
}

/// Abandons the sync that stopped at conflicts.
pub async fn team_abort() -> Result<contracts::wire::team::TeamStatus, WireError> {
    call("team_abort", json!({})).await
}
