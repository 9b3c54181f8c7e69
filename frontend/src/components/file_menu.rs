//! The File menu: new catalog, open, open recent, save a copy, the team catalogue (open one,
//! publish this one), export every contract, import, quit.
//! The app carries the actions out.

use yew::prelude::*;

use crate::ui::use_ui;

/// What the user picked.
#[derive(Clone, PartialEq)]
pub enum FileAction {
    /// Create and open an empty catalog.
    New,
    /// Open a catalog chosen in a dialog.
    Open,
    /// Open a recent catalog.
    OpenRecent(String),
    /// Write a copy of the open catalog.
    SaveCopy,
    /// Write every contract as ODCS into a folder.
    ExportAllOdcs,
    /// Import files of a format, after a preview.
    Import(contracts::wire::ImportFormat),
    /// Make a local catalog of a team catalogue and open it.
    OpenTeam,
    /// Publish the open catalog to a team repository.
    PublishTeam,
    /// Close the catalog (checkpointed) and end the app.
    Quit,
}

/// Properties of [`FileMenu`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Recently opened catalogs, newest first.
    pub recent: Vec<String>,
    /// Called with the chosen action.
    pub on_action: Callback<FileAction>,
}

/// The menu button and its menu.
#[function_component(FileMenu)]
pub fn file_menu(props: &Props) -> Html {
    let ui = use_ui();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let item = |id: String, label: String, action: FileAction| {
        let (open, on_action) = (open.clone(), props.on_action.clone());
        let onclick = Callback::from(move |_| {
            open.set(false);
            on_action.emit(action.clone());
        });
        html! { <li role="none"><button type="button" role="menuitem" id={id} {onclick}>{ label }</button></li> }
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    html! {
        <div class="menu" {onkeydown}>
            <button type="button" id="file-menu" aria-haspopup="menu" aria-expanded={open.to_string()}
                aria-controls="file-menu-items" onclick={toggle}>{ ui.t("action-file") }</button>
            if *open {
                <ul role="menu" id="file-menu-items" aria-labelledby="file-menu">
                    { item("menu-new".into(), ui.t("action-new-catalog"), FileAction::New) }
                    { item("menu-open".into(), ui.t("action-open-catalog"), FileAction::Open) }
                    { item("menu-save-copy".into(), ui.t("action-save-copy"), FileAction::SaveCopy) }
                    <li role="separator" class="separator">{ ui.t("menu-team") }</li>
                    { item("menu-open-team".into(), ui.t("action-open-team"), FileAction::OpenTeam) }
                    { item("menu-publish-team".into(), ui.t("action-publish-team"), FileAction::PublishTeam) }
                    <li role="separator" class="separator">{ ui.t("menu-export") }</li>
                    { item("menu-export-all-odcs".into(), ui.t("action-export-all-odcs"), FileAction::ExportAllOdcs) }
                    <li role="separator" class="separator">{ ui.t("menu-import") }</li>
                    { item("menu-import-odcs".into(), ui.t("action-import-odcs"), FileAction::Import(contracts::wire::ImportFormat::Odcs)) }
                    { item("menu-import-openapi".into(), ui.t("action-import-openapi"), FileAction::Import(contracts::wire::ImportFormat::Openapi)) }
                    { item("menu-import-jsonschema".into(), ui.t("action-import-jsonschema"), FileAction::Import(contracts::wire::ImportFormat::Jsonschema)) }
                    { item("menu-import-sql".into(), ui.t("action-import-sql"), FileAction::Import(contracts::wire::ImportFormat::Sql)) }
                    { item("menu-import-xsd".into(), ui.t("action-import-xsd"), FileAction::Import(contracts::wire::ImportFormat::Xsd)) }
                    <li role="separator" class="separator">{ ui.t("action-open-recent") }</li>
                    if props.recent.is_empty() {
                        <li role="none" class="empty">{ ui.t("no-recent") }</li>
                    }
                    { for props.recent.iter().enumerate().map(|(i, path)| {
                        item(format!("menu-recent-{i}"), path.clone(), FileAction::OpenRecent(path.clone()))
                    }) }
                    <li role="separator" class="separator"></li>
                    { item("menu-quit".into(), ui.t("action-quit"), FileAction::Quit) }
                </ul>
            }
        </div>
    }
}
