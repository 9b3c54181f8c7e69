//! Organisations and people: one section, a tab for each.

use contracts::model::Entity;
use yew::prelude::*;

use super::item_page::ItemPage;
use crate::ui::use_ui;

/// Properties of [`Parties`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The tab shown: organisations or people.
    pub entity: Entity,
    /// An item to open there.
    #[prop_or_default]
    pub open: Option<(i64, u32)>,
    /// Called when the user switches tab.
    pub on_tab: Callback<Entity>,
}

/// The section.
#[function_component(Parties)]
pub fn parties(props: &Props) -> Html {
    let ui = use_ui();
    let tab = |entity: Entity, label: &str| {
        let selected = props.entity == entity;
        let onclick = {
            let (on_tab, guard) = (props.on_tab.clone(), ui.guard.clone());
            Callback::from(move |_| {
                let on_tab = on_tab.clone();
                guard.emit(Callback::from(move |_| on_tab.emit(entity)));
            })
        };
        html! {
            <button type="button" role="tab" id={format!("tab-{}", entity.as_str())} aria-selected={selected.to_string()}
                class={classes!("tab", selected.then_some("selected"))} {onclick}>{ ui.t(label) }</button>
        }
    };
    html! {
        <div class="parties">
            <div role="tablist" class="tabs">
                { tab(Entity::Organisation, "nav-organisations") }
                { tab(Entity::Person, "nav-people") }
            </div>
            <div role="tabpanel">
                <ItemPage key={props.entity.as_str()} entity={props.entity} open={props.open} />
            </div>
        </div>
    }
}
