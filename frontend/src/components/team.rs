//! The team catalogue's pieces of the window: the header's sync button with where the catalog
//! stands, the publish and open-team dialogs, and the conflict view (base, mine and theirs
//! side by side, one choice per field).

use contracts::wire::team::{SyncConflict, Take, TeamStatus};
use contracts::wire::WireError;
use yew::prelude::*;

use super::dialog::Dialog;
use super::fields::TextField;
use crate::ui::use_ui;

/// Properties of [`TeamButton`].
#[derive(Properties, PartialEq)]
pub struct ButtonProps {
    /// Where the catalog stands (nothing is shown until it is known, or when not shared).
    pub status: Option<TeamStatus>,
    /// Syncs.
    pub on_sync: Callback<()>,
    /// Shows the conflicts.
    pub on_conflicts: Callback<()>,
}

/// The header's sync button, or the conflicts waiting.
#[function_component(TeamButton)]
pub fn team_button(props: &ButtonProps) -> Html {
    let ui = use_ui();
    let Some(status) = props.status.as_ref().filter(|s| s.remote.is_some()) else {
        return html! {};
    };
    if !status.conflicts.is_empty() {
        let on_conflicts = props.on_conflicts.clone();
        return html! {
            <button type="button" id="team-conflicts" class="warning"
                onclick={Callback::from(move |_: MouseEvent| on_conflicts.emit(()))}>
                { ui.t_with("team-conflicts-waiting", &[("count", status.conflicts.len().into())]) }
            </button>
        };
    }
    let when = status
        .last_sync
        .as_deref()
        .map(|at| format!("{} UTC", at.get(..16).unwrap_or(at).replace('T', " ")))
        .unwrap_or_else(|| ui.t("team-never"));
    let line = ui.t_with(
        "team-status-line",
        &[
            ("local", status.local.into()),
            ("incoming", status.incoming.into()),
            ("when", when.into()),
        ],
    );
    let on_sync = props.on_sync.clone();
    let title = format!(
        "{} — {}",
        status.remote.clone().unwrap_or_default(),
        ui.t("team-sync-shortcut")
    );
    html! {
        <span class="team" id="team">
            <button type="button" id="team-sync" class="secondary" {title}
                onclick={Callback::from(move |_: MouseEvent| on_sync.emit(()))}>{ ui.t("team-sync") }</button>
            <span id="team-status" class="team-status">{ line }</span>
        </span>
    }
}

/// Properties of [`UrlDialog`].
#[derive(Properties, PartialEq)]
pub struct UrlProps {
    /// Publish (`false`: open a team catalog).
    pub publish: bool,
    /// The last attempt's error.
    pub error: Option<WireError>,
    /// Called with the URL.
    pub on_go: Callback<String>,
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// The dialog that asks for a remote: to publish to, or to open a team catalog from.
#[function_component(UrlDialog)]
pub fn url_dialog(props: &UrlProps) -> Html {
    let ui = use_ui();
    let url = use_state(String::new);
    let (id, title, intro, go) = match props.publish {
        true => (
            "team-publish",
            "team-publish-title",
            "team-publish-intro",
            "team-publish-go",
        ),
        false => (
            "team-open",
            "action-open-team",
            "team-open-intro",
            "team-open-go",
        ),
    };
    let submit = {
        let (url, on_go) = (url.clone(), props.on_go.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_go.emit(url.trim().to_owned());
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let set = {
        let url = url.clone();
        Callback::from(move |value: String| url.set(value))
    };
    html! {
        <Dialog id={id} title={ui.t(title).trim_end_matches('…').to_owned()} on_close={props.on_close.clone()}>
            <form onsubmit={submit} class="form-grid">
                <p class="hint wide">{ ui.t(intro) }</p>
                <TextField id="team-url" label={ui.t("team-url")} value={(*url).clone()} wide=true on_change={set} />
                if let Some(error) = &props.error {
                    <p class="error wide" role="alert" id="team-error">{ ui.tr.error(error) }</p>
                }
                <div class="actions wide">
                    <button type="submit" class="primary" id="team-go" disabled={url.trim().is_empty()}>{ ui.t(go) }</button>
                    <button type="button" class="secondary" id="team-cancel" onclick={close}>{ ui.t("action-close") }</button>
                </div>
            </form>
        </Dialog>
    }
}

/// Properties of [`ConflictsDialog`].
#[derive(Properties, PartialEq)]
pub struct ConflictsProps {
    /// The conflicts waiting.
    pub conflicts: Vec<SyncConflict>,
    /// The last choice's error.
    pub error: Option<WireError>,
    /// Resolves (item, field, side).
    pub on_resolve: Callback<(String, Option<String>, Take)>,
    /// Syncs (once every conflict is resolved).
    pub on_sync: Callback<()>,
    /// Abandons the sync.
    pub on_abort: Callback<()>,
    /// Closes the view; the conflicts keep waiting.
    pub on_close: Callback<()>,
}

/// A value of a conflict as text: a text as it is, anything else as JSON.
fn shown(value: &Option<serde_json::Value>, deleted: &str) -> String {
    match value {
        None => deleted.to_owned(),
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

/// The conflict view.
#[function_component(ConflictsDialog)]
pub fn conflicts_dialog(props: &ConflictsProps) -> Html {
    let ui = use_ui();
    let deleted = ui.t("team-deleted");
    let choice = |i: usize, c: &SyncConflict, take: Take| {
        let on_resolve = props.on_resolve.clone();
        let (item, field) = (c.item.clone(), c.field.clone());
        let (id, label) = match take {
            Take::Mine => (format!("conflict-{i}-mine"), ui.t("team-keep-mine")),
            Take::Theirs => (format!("conflict-{i}-theirs"), ui.t("team-take-theirs")),
        };
        let onclick = Callback::from(move |_: MouseEvent| {
            on_resolve.emit((item.clone(), field.clone(), take))
        });
        html! { <button type="button" class="secondary" {id} {onclick}>{ label }</button> }
    };
    // A translated name, or the raw one where there is none.
    let named = |prefix: &str, raw: &str| {
        let id = format!("{prefix}-{}", raw.replace('_', "-"));
        let label = ui.t(&id);
        if label == id {
            raw.to_owned()
        } else {
            label
        }
    };
    let conflict = |(i, c): (usize, &SyncConflict)| {
        let kind = named("entity", c.item.split(':').next().unwrap_or_default());
        let field = match &c.field {
            Some(field) => named("field", field),
            None => ui.t("team-whole-item"),
        };
        html! {
            <section class="conflict" id={format!("conflict-{i}")}>
                <h3>{ format!("{kind}: {} — {field}", c.title) }</h3>
                <div class="sides">
                    <div class="side"><h4>{ ui.t("team-base") }</h4><pre id={format!("conflict-{i}-base-value")}>{ shown(&c.base, &deleted) }</pre></div>
                    <div class="side mine"><h4>{ ui.t("team-mine") }</h4><pre id={format!("conflict-{i}-mine-value")}>{ shown(&c.mine, &deleted) }</pre></div>
                    <div class="side theirs"><h4>{ ui.t("team-theirs") }</h4><pre id={format!("conflict-{i}-theirs-value")}>{ shown(&c.theirs, &deleted) }</pre></div>
                </div>
                <div class="actions">{ choice(i, c, Take::Mine) }{ choice(i, c, Take::Theirs) }</div>
            </section>
        }
    };
    let button = |id: &'static str, label: String, class: &'static str, callback: &Callback<()>| {
        let callback = callback.clone();
        html! { <button type="button" {id} {class} onclick={Callback::from(move |_: MouseEvent| callback.emit(()))}>{ label }</button> }
    };
    html! {
        <Dialog id="team-conflicts-view" title={ui.t("team-conflicts-title")} on_close={props.on_close.clone()}>
            <p class="hint">{ ui.t("team-conflicts-intro") }</p>
            if let Some(error) = &props.error {
                <p class="error" role="alert" id="team-error">{ ui.tr.error(error) }</p>
            }
            if props.conflicts.is_empty() {
                <p id="team-all-resolved">{ ui.t("team-all-resolved") }</p>
            }
            { for props.conflicts.iter().enumerate().map(conflict) }
            <div class="actions">
                if props.conflicts.is_empty() {
                    { button("team-conflicts-sync", ui.t("team-sync"), "primary", &props.on_sync) }
                }
                { button("team-abort", ui.t("team-abort"), "secondary", &props.on_abort) }
                { button("team-conflicts-close", ui.t("action-close"), "secondary", &props.on_close) }
            </div>
        </Dialog>
    }
}
