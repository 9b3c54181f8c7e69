//! What the user does with an item page's item: open, new, save, delete, edit; each reports
//! its outcome in the status bar and tells the window when the catalog changed.

use std::rc::Rc;

use contracts::model::Entity;
use contracts::validate::Issue;
use contracts::wire::{Draft, ErrorCode, Item, SaveItemRequest};
use yew::prelude::*;

use super::state::{Page, PageAction};
use crate::editors::Edit;
use crate::services;
use crate::ui::{Notice, Ui};

/// The page's state and what changes it.
pub struct ItemPageHandle {
    /// The state.
    pub page: UseReducerHandle<Page>,
    /// Opens a stored item (after the unsaved-changes guard).
    pub on_open: Callback<i64>,
    /// Starts a new item (after the unsaved-changes guard).
    pub on_new: Callback<()>,
    /// Saves the draft, unless it has findings.
    pub on_save: Callback<()>,
    /// Deletes the stored item.
    pub on_delete: Callback<MouseEvent>,
    /// Changes the draft.
    pub edit: Callback<Edit<Draft>>,
    /// The backend stored the item by other means (its status moved).
    pub on_stored: Callback<Item>,
    /// Reads the stored item again, dropping the draft (after a save refused as stale).
    pub on_reload: Callback<()>,
    /// Reads the stored item to show beside the draft.
    pub on_compare: Callback<()>,
}

/// Reads item `id` and edits it afresh.
fn load(page: &UseReducerHandle<Page>, ui: &Ui, entity: Entity) -> Callback<i64> {
    let (page, ui) = (page.dispatcher(), ui.clone());
    Callback::from(move |id: i64| {
        let (page, ui) = (page.clone(), ui.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match services::get_item(entity, id).await {
                Ok(loaded) => page.dispatch(PageAction::Opened(Rc::new(loaded))),
                Err(error) => ui.fail(&error),
            }
        });
    })
}

/// Starts a new item of kind `entity` (after the guard).
fn new_item(page: &UseReducerHandle<Page>, ui: &Ui, entity: Entity) -> Callback<()> {
    let (guard, page) = (ui.guard.clone(), page.dispatcher());
    Callback::from(move |_: ()| {
        let page = page.clone();
        guard.emit(Callback::from(move |_| {
            if let Some(mut draft) = Draft::new_of(entity) {
                crate::editors::grant::prefill(&mut draft);
                page.dispatch(PageAction::New(Rc::new(draft)));
            }
        }));
    })
}

/// Saves the draft: its findings first, then the backend's answer.
fn save(page: &UseReducerHandle<Page>, ui: &Ui) -> Callback<()> {
    let (page, ui) = (page.clone(), ui.clone());
    Callback::from(move |_: ()| {
        let Some(draft) = page.draft.clone() else {
            return;
        };
        page.dispatch(PageAction::SaveTried);
        if !draft.refusals(&ui.lookups.schemes).is_empty() {
            ui.notify.emit(Notice {
                ok: false,
                text: ui.t("fix-before-saving"),
                ..Notice::default()
            });
            return;
        }
        let request = SaveItemRequest {
            id: page.item.as_ref().map(|i| i.id),
            draft: (*draft).clone(),
            // What the edit started from: refused if the item changed since.
            original: page
                .item
                .as_ref()
                .and(page.original.as_ref())
                .map(|original| (**original).clone()),
        };
        let (page, ui) = (page.dispatcher(), ui.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match services::save_item(&request).await {
                Ok(saved) => {
                    let title = saved.draft.display_title(&ui.lookups);
                    ui.done(ui.t_with("saved", &[("title", title.into())]));
                    page.dispatch(PageAction::Stored(Rc::new(saved)));
                    ui.changed.emit(());
                }
                Err(error) if error.code == ErrorCode::Changed => {
                    page.dispatch(PageAction::ChangedElsewhere);
                    ui.fail(&error);
                }
                Err(error) => {
                    page.dispatch(PageAction::Refused(error.issues.clone()));
                    ui.fail(&error);
                }
            }
        });
    })
}

/// Reads the stored item as it is now, to show beside the draft (after a save was refused
/// because it changed).
fn compare(page: &UseReducerHandle<Page>, ui: &Ui, entity: Entity) -> Callback<()> {
    let (page, ui) = (page.clone(), ui.clone());
    Callback::from(move |_: ()| {
        let Some(id) = page.item.as_ref().map(|i| i.id) else {
            return;
        };
        let (page, ui) = (page.dispatcher(), ui.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match services::get_item(entity, id).await {
                Ok(theirs) => page.dispatch(PageAction::Theirs(Rc::new(theirs))),
                Err(error) => ui.fail(&error),
            }
        });
    })
}

/// Deletes the stored item.
fn delete(page: &UseReducerHandle<Page>, ui: &Ui, entity: Entity) -> Callback<MouseEvent> {
    let (page, ui) = (page.clone(), ui.clone());
    Callback::from(move |_: MouseEvent| {
        let Some(stored) = page.item.clone() else {
            return;
        };
        page.dispatch(PageAction::ConfirmDelete(false));
        let (page, ui) = (page.dispatcher(), ui.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match services::delete_item(entity, stored.id).await {
                Ok(()) => {
                    let title = stored.draft.display_title(&ui.lookups);
                    ui.done(ui.t_with("deleted", &[("title", title.into())]));
                    page.dispatch(PageAction::Deleted);
                    ui.changed.emit(());
                }
                Err(error) => ui.fail(&error),
            }
        });
    })
}

/// The page's state for items of kind `entity`: tells the window whether the draft holds
/// unsaved changes, and opens `open` (an id and a counter) whenever it is asked to.
#[hook]
pub fn use_item_page(ui: &Ui, entity: Entity, open: Option<(i64, u32)>) -> ItemPageHandle {
    let page = use_reducer(Page::default);
    {
        let set_dirty = ui.set_dirty.clone();
        use_effect_with(page.dirty(), move |dirty| set_dirty.emit(*dirty));
    }
    let load = load(&page, ui, entity);
    let on_open = {
        let (guard, load) = (ui.guard.clone(), load.clone());
        Callback::from(move |id: i64| {
            let load = load.clone();
            guard.emit(Callback::from(move |_| load.emit(id)));
        })
    };
    // Opened from elsewhere (search, overview, audit trail).
    {
        let load = load.clone();
        use_effect_with(open, move |open| {
            if let Some((id, _)) = open {
                load.emit(*id);
            }
        });
    }
    let edit = {
        let page = page.dispatcher();
        Callback::from(move |change: Edit<Draft>| page.dispatch(PageAction::Change(change)))
    };
    let on_stored = {
        let (page, ui) = (page.dispatcher(), ui.clone());
        Callback::from(move |stored: Item| {
            page.dispatch(PageAction::Stored(Rc::new(stored)));
            ui.changed.emit(());
        })
    };
    let on_reload = {
        let (page, load, changed) = (page.clone(), load.clone(), ui.changed.clone());
        Callback::from(move |_: ()| {
            if let Some(item) = &page.item {
                load.emit(item.id);
                // The catalog changed elsewhere: the lists and counts read it again too.
                changed.emit(());
            }
        })
    };
    ItemPageHandle {
        on_new: new_item(&page, ui, entity),
        on_save: save(&page, ui),
        on_compare: compare(&page, ui, entity),
        on_reload,
        on_delete: delete(&page, ui, entity),
        page,
        on_open,
        edit,
        on_stored,
    }
}

/// The findings to show: the draft's own once saving was tried, then the backend's.
pub fn issues(page: &Page, ui: &Ui) -> Vec<Issue> {
    let mut issues: Vec<Issue> = match &page.draft {
        Some(draft) if page.attempted => draft.issues(&ui.lookups.schemes),
        _ => Vec::new(),
    };
    for issue in page.server_issues.iter() {
        if !issues.contains(issue) {
            issues.push(issue.clone());
        }
    }
    issues
}
