//! The window's header: the app's name, the File menu, the search, the open catalog's file,
//! the team catalogue's sync button and state, the busy indicator and the preferences button.

use yew::prelude::*;

use crate::components::file_menu::{FileAction, FileMenu};
use crate::components::search::Search;
use crate::components::team::TeamButton;
use crate::services::Progress;
use crate::ui::{use_ui, Ui};

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Recently opened catalogs, newest first.
    pub recent: Vec<String>,
    /// Carries out a File menu action.
    pub on_file: Callback<FileAction>,
    /// The search input, so the window's shortcut can focus it.
    pub search_input: NodeRef,
    /// The open catalog's file.
    pub path: String,
    /// A long operation runs.
    pub busy: bool,
    /// How far it has come, when it reports that.
    pub progress: Option<Progress>,
    /// Opens the preferences.
    pub on_preferences: Callback<()>,
    /// Where the catalog stands against its team remote.
    pub team: Option<contracts::wire::team::TeamStatus>,
    /// Syncs the team catalogue.
    pub on_sync: Callback<()>,
    /// Shows the conflicts waiting.
    pub on_conflicts: Callback<()>,
}

/// The busy indicator: a progress bar when the operation reports progress.
fn busy_indicator(ui: &Ui, progress: Option<Progress>) -> Html {
    match progress {
        Some(p) => html! {
            <span class="busy" id="busy" aria-busy="true">
                <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={ui.t("working")} />
                { ui.t_with("progress-count", &[("done", p.done.into()), ("total", p.total.into())]) }
            </span>
        },
        None => html! {
            <span class="busy" id="busy" role="progressbar" aria-busy="true" aria-label={ui.t("working")}>{ ui.t("working") }</span>
        },
    }
}

/// The header.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let ui = use_ui();
    let open_preferences = {
        let on_preferences = props.on_preferences.clone();
        Callback::from(move |_: MouseEvent| on_preferences.emit(()))
    };
    html! {
        <header>
            <h1>{ ui.t("app-name") }</h1>
            <FileMenu recent={props.recent.clone()} on_action={props.on_file.clone()} />
            <Search input={props.search_input.clone()} />
            <span class="path" id="catalog-path" title={props.path.clone()}>{ props.path.clone() }</span>
            <TeamButton status={props.team.clone()} on_sync={props.on_sync.clone()} on_conflicts={props.on_conflicts.clone()} />
            if props.busy {
                { busy_indicator(&ui, props.progress) }
            }
            <button type="button" id="open-preferences" class="secondary" onclick={open_preferences}>
                { ui.t("action-preferences") }
            </button>
        </header>
    }
}
