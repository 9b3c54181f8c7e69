//! A save refused because the stored item changed since it was opened (another window, the
//! command-line tool, a team sync): the user reloads it, or sees both side by side and keeps
//! theirs deliberately. Nothing is overwritten silently.

use std::rc::Rc;

use contracts::wire::{Draft, Item};
use yew::prelude::*;

use super::actions::ItemPageHandle;
use super::form::cut;
use super::state::PageAction;
use crate::ui::Ui;

/// The longest value shown in the comparison (the rest is cut with "…").
const MAX_SHOWN: usize = 400;

/// The bar that says the item changed elsewhere, with its choices and, once asked, both
/// versions of every property that differs.
pub fn changed_elsewhere(ui: &Ui, handle: &ItemPageHandle, theirs: Option<&Rc<Item>>) -> Html {
    let reload = handle.on_reload.reform(|_: MouseEvent| ());
    let compare = handle.on_compare.reform(|_: MouseEvent| ());
    let keep_mine = {
        let (page, save) = (handle.page.dispatcher(), handle.on_save.clone());
        Callback::from(move |_: MouseEvent| {
            page.dispatch(PageAction::KeepMine);
            save.emit(());
        })
    };
    let mine = handle.page.draft.clone();
    html! {
        <section class="changed-elsewhere" id="changed-elsewhere" role="alert">
            <p>{ ui.t("changed-elsewhere") }</p>
            <div class="actions">
                <button type="button" class="primary" id="changed-reload" onclick={reload}>{ ui.t("changed-reload") }</button>
                if theirs.is_none() {
                    <button type="button" class="secondary" id="changed-compare" onclick={compare}>{ ui.t("changed-compare") }</button>
                } else {
                    <button type="button" class="danger" id="changed-keep-mine" disabled={ui.read_only} onclick={keep_mine}>{ ui.t("changed-keep-mine") }</button>
                }
            </div>
            if let (Some(theirs), Some(mine)) = (theirs, mine) {
                { both(ui, &mine, &theirs.draft) }
            }
        </section>
    }
}

/// Every property whose value differs, as the draft has it and as it is stored now.
fn both(ui: &Ui, mine: &Draft, theirs: &Draft) -> Html {
    let (mine, theirs) = (properties(mine), properties(theirs));
    let mut names: Vec<&String> = mine.keys().chain(theirs.keys()).collect();
    names.sort();
    names.dedup();
    let shown = |value: Option<&serde_json::Value>| match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(text)) => cut(text, MAX_SHOWN),
        Some(other) => cut(&other.to_string(), MAX_SHOWN),
    };
    html! {
        <table class="both" id="changed-both">
            <thead><tr>
                <th scope="col">{ ui.t("changed-property") }</th>
                <th scope="col">{ ui.t("changed-mine") }</th>
                <th scope="col">{ ui.t("changed-theirs") }</th>
            </tr></thead>
            <tbody>
                { for names.into_iter().filter(|n| mine.get(*n) != theirs.get(*n)).map(|name| html! {
                    <tr data-property={name.clone()}>
                        <th scope="row"><code>{ name }</code></th>
                        <td class="mine">{ shown(mine.get(name)) }</td>
                        <td class="theirs">{ shown(theirs.get(name)) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The draft's properties by name (the inside of its kind).
fn properties(draft: &Draft) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(draft) {
        Ok(serde_json::Value::Object(mut outer)) => match outer.remove("draft") {
            Some(serde_json::Value::Object(inner)) => inner,
            _ => serde_json::Map::new(),
        },
        _ => serde_json::Map::new(),
    }
}
