//! Finding an item of one kind by words, to pick it (for kinds too many for a list of
//! boxes, such as contracts): a search field and the matching items as buttons.

use contracts::model::Entity;
use yew::prelude::*;

use crate::components::fields::TextField;
use crate::services;

/// Properties of [`ItemSearch`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The search field's element id.
    pub id: AttrValue,
    /// The kind of item searched for.
    pub entity: Entity,
    /// The field's label.
    pub label: AttrValue,
    /// Called with the id of the item picked.
    pub on_pick: Callback<i64>,
}

/// A search field listing the matching items of one kind; clicking one picks it.
#[function_component(ItemSearch)]
pub fn item_search(props: &Props) -> Html {
    let query = use_state(String::new);
    let hits = use_state(Vec::<(i64, String)>::new);
    let entity = props.entity;
    let on_query = {
        let (query, hits) = (query.clone(), hits.clone());
        Callback::from(move |text: String| {
            query.set(text.clone());
            let hits = hits.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let found = services::search(&text).await.unwrap_or_default();
                hits.set(
                    found
                        .into_iter()
                        .filter(|h| h.entity == entity)
                        .map(|h| (h.id, h.title))
                        .collect(),
                );
            });
        })
    };
    html! {
        <div class="control item-search">
            <TextField id={props.id.clone()} label={props.label.clone()} value={(*query).clone()} on_change={on_query} />
            <ul class="hits" id={format!("{}-hits", props.id)}>
                { for hits.iter().map(|(id, title)| {
                    let (id, on_pick, query, hits) = (*id, props.on_pick.clone(), query.clone(), hits.clone());
                    let pick = Callback::from(move |_: MouseEvent| {
                        on_pick.emit(id);
                        query.set(String::new());
                        hits.set(Vec::new());
                    });
                    html! { <li><button type="button" class="link" onclick={pick}>{ format!("+ {title}") }</button></li> }
                }) }
            </ul>
        </div>
    }
}
