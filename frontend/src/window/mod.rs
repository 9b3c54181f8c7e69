//! The window: header (File menu, search, preferences), the sidebar of sections, the section
//! itself and the status line. Holds what the sections share (the [`Ui`] context) and guards
//! unsaved changes.

mod busy;
mod catalog;
mod content;
mod file_actions;
mod header;
mod navigation;
mod notices;
mod preferences;
mod sections;
mod shortcuts;
mod sidebar;
mod status;
mod team;
mod unsaved;

use yew::prelude::*;

use crate::components::import::ImportDialog;
use crate::components::preferences::PreferencesDialog;
use crate::components::team::{ConflictsDialog, UrlDialog};
use crate::ui::Ui;

use busy::use_busy;
use catalog::use_catalog;
use content::Content;
use file_actions::use_file_actions;
use header::Header;
use navigation::use_navigation;
use notices::use_notices;
use preferences::use_preferences;
use shortcuts::{use_shortcuts, Targets};
use sidebar::Sidebar;
use status::StatusLine;
use team::{use_team, TeamDialog};
use unsaved::{use_unsaved_guard, UnsavedDialog};

/// The whole window.
#[function_component(App)]
pub fn app() -> Html {
    let notices = use_notices();
    let preferences = use_preferences();
    let busy = use_busy();
    let catalog = use_catalog(&preferences, &notices);
    let unsaved = use_unsaved_guard();
    let navigation = use_navigation(&unsaved.guard, &notices);
    let search_input = use_node_ref();
    let tr = preferences.tr.clone();
    let ui = Ui {
        tr: tr.clone(),
        lookups: catalog.state().lookups.clone(),
        read_only: catalog.read_only(),
        revision: catalog.state().revision,
        notify: notices.notify(),
        guard: unsaved.guard.clone(),
        set_dirty: unsaved.set_dirty.clone(),
        busy: busy.callback.clone(),
        open_item: navigation.open_item.clone(),
        changed: catalog.changed.clone(),
    };
    let switched = catalog.switched(&notices, &preferences, navigation.show.clone());
    let team = use_team(&ui, switched.clone());
    let files = use_file_actions(&ui, switched, team.show.clone());
    use_shortcuts(Targets {
        search_input: search_input.clone(),
        on_file: files.on_action.clone(),
        open_preferences: preferences.open_dialog(),
        go: navigation.go.clone(),
        sync: team.sync.clone(),
    });
    let show_team = |dialog: Option<TeamDialog>| {
        let show = team.show.clone();
        Callback::from(move |_: ()| show.emit(dialog))
    };

    html! {
        <ContextProvider<Ui> context={ui}>
            <a class="skip" href="#content">{ tr.t("skip-to-content") }</a>
            <Header recent={preferences.recent()} on_file={files.on_action.clone()} {search_input}
                path={catalog.path()} busy={busy.state.count > 0} progress={busy.state.progress}
                on_preferences={preferences.open_dialog()} team={team.status.clone()}
                on_sync={team.sync.clone()} on_conflicts={show_team(Some(TeamDialog::Conflicts))} />
            if catalog.read_only() {
                <p class="banner read-only" role="note" id="read-only">{ tr.t("read-only-banner") }</p>
            }
            <div class="layout">
                <Sidebar current={navigation.state.section} go={navigation.go.clone()} />
                <main id="content" tabindex="-1">
                    <StatusLine notice={notices.current()} />
                    <Content info={catalog.state().info.clone()} navigation={*navigation.state}
                        show={navigation.show.clone()} />
                </main>
            </div>
            if unsaved.pending {
                <UnsavedDialog on_discard={unsaved.discard.clone()} on_keep={unsaved.keep.clone()} />
            }
            if let Some((format, chosen)) = files.importing.clone() {
                <ImportDialog {format} files={chosen} on_close={files.close_import.clone()} />
            }
            if let Some(dialog) = team.dialog {
                if dialog == TeamDialog::Conflicts {
                    <ConflictsDialog conflicts={team.status.clone().map(|s| s.conflicts).unwrap_or_default()}
                        error={team.error.clone()} on_resolve={team.resolve.clone()} on_sync={team.sync.clone()}
                        on_abort={team.abort.clone()} on_close={show_team(None)} />
                } else {
                    <UrlDialog publish={dialog == TeamDialog::Publish} error={team.error.clone()}
                        on_go={if dialog == TeamDialog::Publish { team.publish.clone() } else { team.open.clone() }}
                        on_close={show_team(None)} />
                }
            }
            if preferences.dialog_open() {
                if let Some(current) = preferences.current() {
                    <PreferencesDialog current={current.clone()} on_save={preferences.save(&notices)}
                        on_close={preferences.close_dialog()} />
                }
            }
        </ContextProvider<Ui>>
    }
}
