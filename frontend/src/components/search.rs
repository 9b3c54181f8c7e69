//! Global search over every item (the catalog's full-text index): results grouped by kind,
//! arrow keys move, Enter opens, Escape closes. Ctrl+K or Ctrl+F focuses it.

use contracts::model::{Entity, SearchHit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::services;
use crate::ui::use_ui;

/// Properties of [`Search`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The input, so the app's shortcut can focus it.
    pub input: NodeRef,
}

/// The search box and its results.
#[function_component(Search)]
pub fn search(props: &Props) -> Html {
    let ui = use_ui();
    let query = use_state(String::new);
    let hits = use_state(Vec::<SearchHit>::new);
    let active = use_state(|| 0usize);
    let open = use_state(|| false);
    let latest = use_mut_ref(|| 0u32);

    // Hits in display order: grouped by kind, in the order kinds are listed.
    let ordered: Vec<SearchHit> = Entity::ALL
        .iter()
        .flat_map(|kind| hits.iter().filter(move |h| h.entity == *kind).cloned())
        .collect();
    let oninput = {
        let (query, hits, active, open, latest, ui) = (
            query.clone(),
            hits.clone(),
            active.clone(),
            open.clone(),
            latest.clone(),
            ui.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            query.set(text.clone());
            open.set(!text.trim().is_empty());
            active.set(0);
            *latest.borrow_mut() += 1;
            let ticket = *latest.borrow();
            let (hits, latest, ui) = (hits.clone(), latest.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = services::search(&text).await;
                // Only the newest query's answer counts.
                if *latest.borrow() != ticket {
                    return;
                }
                match result {
                    Ok(found) => hits.set(found),
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    let choose = {
        let (ui, open, query, input) =
            (ui.clone(), open.clone(), query.clone(), props.input.clone());
        move |hit: &SearchHit| {
            ui.open_item.emit((hit.entity, hit.id));
            open.set(false);
            query.set(String::new());
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.set_value("");
                let _ = input.blur();
            }
        }
    };
    let onkeydown = {
        let (active, open, ordered, choose) = (
            active.clone(),
            open.clone(),
            ordered.clone(),
            choose.clone(),
        );
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !ordered.is_empty() => {
                e.prevent_default();
                active.set((*active + 1).min(ordered.len() - 1));
            }
            "ArrowUp" => {
                e.prevent_default();
                active.set(active.saturating_sub(1));
            }
            "Enter" => {
                if let Some(hit) = ordered.get(*active) {
                    e.prevent_default();
                    choose(hit);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        })
    };
    let mut rows = Vec::new();
    let mut kind = None;
    for (index, hit) in ordered.iter().enumerate() {
        if kind != Some(hit.entity) {
            kind = Some(hit.entity);
            rows.push(html! {
                <li role="presentation" class="group">{ ui.t(&format!("entity-{}", hit.entity.as_str().replace('_', "-"))) }</li>
            });
        }
        let onclick = {
            let (choose, hit) = (choose.clone(), hit.clone());
            Callback::from(move |_| choose(&hit))
        };
        let selected = index == *active;
        rows.push(html! {
            <li role="option" id={format!("search-hit-{index}")} aria-selected={selected.to_string()}
                class={classes!("hit", selected.then_some("active"))} {onclick}>
                <span class="title">{ &hit.title }</span>
                <span class="snippet">{ &hit.snippet }</span>
            </li>
        });
    }
    let expanded = *open && !query.trim().is_empty();
    html! {
        <div class="search" role="search">
            <label for="search" class="visually-hidden">{ ui.t("search-label") }</label>
            <input id="search" type="search" ref={props.input.clone()} placeholder={ui.t("search-placeholder")}
                role="combobox" aria-expanded={expanded.to_string()} aria-controls="search-results"
                aria-activedescendant={(expanded && !ordered.is_empty()).then(|| format!("search-hit-{}", *active))}
                value={(*query).clone()} {oninput} {onkeydown} />
            if expanded {
                <ul id="search-results" role="listbox" class="search-results">
                    if ordered.is_empty() {
                        <li class="empty">{ ui.t_with("search-no-hits", &[("query", query.as_str().into())]) }</li>
                    }
                    { for rows }
                </ul>
            }
        </div>
    }
}
