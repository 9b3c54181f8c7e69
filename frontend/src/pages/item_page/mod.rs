//! A section for one kind of item: the list on the left, the open item's editor on the
//! right, with save (Ctrl+S), new (Ctrl+N), delete, the item's history and what the kind
//! offers beside its inputs (see [`panels`]).

mod actions;
mod agreement;
mod findings;
mod form;
mod integration;
mod panels;
mod stale;
mod state;
mod workflow;

use contracts::model::Entity;
use yew::prelude::*;

use crate::components::data_list::{DataList, ListSource};
use crate::ui::use_ui;
use actions::use_item_page;
use form::{editor_form, kind};

/// Properties of [`ItemPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The kind of item.
    pub entity: Entity,
    /// An item to open (with a counter, so asking twice opens twice).
    #[prop_or_default]
    pub open: Option<(i64, u32)>,
}

/// The page's shortcuts: Ctrl+S saves, Ctrl+N starts a new item (Ctrl+Shift+S is the
/// window's: sync).
fn shortcuts(on_save: &Callback<()>, on_new: &Callback<()>) -> Callback<KeyboardEvent> {
    let (on_save, on_new) = (on_save.clone(), on_new.clone());
    Callback::from(move |e: KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        match e.key().to_lowercase().as_str() {
            "s" if !e.shift_key() => {
                e.prevent_default();
                on_save.emit(());
            }
            "n" => {
                e.prevent_default();
                on_new.emit(());
            }
            _ => {}
        }
    })
}

/// The section.
#[function_component(ItemPage)]
pub fn item_page(props: &Props) -> Html {
    let ui = use_ui();
    let entity = props.entity;
    let handle = use_item_page(&ui, entity, props.open);
    let onkeydown = shortcuts(&handle.on_save, &handle.on_new);
    let editor = match &handle.page.draft {
        None => html! { <p class="empty">{ ui.t("nothing-selected") }</p> },
        Some(draft) => editor_form(&ui, entity, &handle, draft),
    };
    let selected = handle.page.item.as_ref().map(|i| i.id);
    let new_item = {
        let on_new = handle.on_new.clone();
        Callback::from(move |_: MouseEvent| on_new.emit(()))
    };
    html! {
        <div class={classes!("item-page", format!("page-{}", kind(entity)))} {onkeydown}>
            <section class="list-pane" aria-label={ui.t(&format!("entity-{}", kind(entity)))}>
                <div class="pane-tools">
                    <button type="button" class="primary" id="new-item" disabled={ui.read_only} onclick={new_item}>
                        { ui.t(&format!("action-new-{}", kind(entity))) }
                    </button>
                </div>
                <DataList source={ListSource::Items(entity)} {selected} on_open={handle.on_open.clone()} />
            </section>
            <section class="editor-pane" id="editor" aria-labelledby="editor-title">{ editor }</section>
        </div>
    }
}
