//! The editor pane's form: its head (title, unsaved mark, save, history, delete), the stored
//! item's panels, the kind's editor, the delete question and the history.

use std::rc::Rc;

use contracts::i18n::Arg;
use contracts::model::Entity;
use contracts::wire::Draft;
use yew::prelude::*;

use super::actions::{issues, ItemPageHandle};
use super::panels::{panels_below, stored_panels, Stored};
use super::state::PageAction;
use crate::components::history::History;
use crate::editors::ItemEditor;
use crate::ui::Ui;

/// The message id suffix of `entity` (`access_grant` → `access-grant`).
pub fn kind(entity: Entity) -> String {
    entity.as_str().replace('_', "-")
}

/// The most characters of a title the editor's heading shows (the name input holds it all),
/// so a very long name cannot push the form out of reach.
const SHOWN_TITLE_CHARS: usize = 300;

/// `title` as the heading shows it: [`cut`] to [`SHOWN_TITLE_CHARS`].
fn shown_title(title: &str) -> String {
    cut(title, SHOWN_TITLE_CHARS)
}

/// `text` cut with "…" past `max` characters.
pub fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// A callback that dispatches `action()` to the page, whatever it is called with.
fn dispatch<E: 'static>(
    handle: &ItemPageHandle,
    action: impl Fn() -> PageAction + 'static,
) -> Callback<E> {
    let page = handle.page.dispatcher();
    Callback::from(move |_: E| page.dispatch(action()))
}

/// The form's head: the title, the unsaved mark, save, and for a stored item its history
/// and delete.
fn head(ui: &Ui, entity: Entity, handle: &ItemPageHandle, title: &str) -> Html {
    let page = &handle.page;
    html! {
        <div class="editor-head">
            <h2 id="editor-title">{ if title.is_empty() { ui.t(&format!("action-new-{}", kind(entity))) } else { shown_title(title) } }</h2>
            if page.dirty() { <span class="dirty" id="unsaved">{ ui.t("unsaved-changes") }</span> }
        <div class="actions head-actions">
            <button type="submit" class="primary" id="save" disabled={ui.read_only}>{ ui.t("action-save") }</button>
            if page.item.is_some() {
                <button type="button" class="secondary" id="toggle-history" aria-expanded={page.show_history.to_string()}
                    onclick={dispatch(handle, || PageAction::ToggleHistory)}>
                    { ui.t("history-title") }
                </button>
                <button type="button" class="danger" id="delete"
                    hidden={entity == Entity::ClassificationScheme} disabled={ui.read_only}
                    onclick={dispatch(handle, || PageAction::ConfirmDelete(true))}>
                    { ui.t("action-delete") }
                </button>
            }
        </div>
        </div>
    }
}

/// Asks whether to delete the item titled `title`.
fn delete_question(ui: &Ui, handle: &ItemPageHandle, title: &str) -> Html {
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
            <p id="delete-question">{ ui.t_with("delete-confirm", &[("title", Arg::from(title))]) }</p>
            <button type="button" class="danger" id="delete-confirm" onclick={handle.on_delete.clone()}>{ ui.t("action-delete") }</button>
            <button type="button" class="secondary" id="delete-cancel"
                onclick={dispatch(handle, || PageAction::ConfirmDelete(false))}>
                { ui.t("action-keep-editing") }
            </button>
        </div>
    }
}

/// The form editing `draft`.
pub fn editor_form(ui: &Ui, entity: Entity, handle: &ItemPageHandle, draft: &Rc<Draft>) -> Html {
    let page = &handle.page;
    let title = draft.display_title(&ui.lookups);
    let onsubmit = {
        let on_save = handle.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit(());
        })
    };
    let stored = page.item.as_ref().map(|item| Stored {
        entity,
        item,
        draft,
        dirty: page.dirty(),
        on_stored: handle.on_stored.clone(),
        edit: handle.edit.clone(),
    });
    html! {
        <form class="editor" novalidate=true {onsubmit}>
            { head(ui, entity, handle, &title) }
            if let Some(stored) = &stored {
                { stored_panels(ui, stored) }
            }
            if let Some(theirs) = &page.changed_elsewhere {
                { super::stale::changed_elsewhere(ui, handle, theirs.as_ref()) }
            }
            <ItemEditor draft={draft.clone()} edit={handle.edit.clone()} issues={Rc::new(issues(page, ui))} item={page.item.clone()} />
            if let Some(stored) = &stored {
                { panels_below(stored) }
            }
            if page.confirm_delete {
                { delete_question(ui, handle, &title) }
            }
            if let (true, Some(stored)) = (page.show_history, &page.item) {
                <History {entity} id={stored.id} />
            }
        </form>
    }
}
