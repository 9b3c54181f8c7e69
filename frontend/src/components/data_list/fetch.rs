//! The list's effects: start over when the query changes, measure the viewport, fetch the
//! pages in view, and size the rows' box (the page's CSP forbids style attributes).

use std::cell::RefCell;
use std::rc::Rc;

use contracts::model::Entity;
use contracts::wire::ListQuery;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::cache::{Action, Cache, PAGE};
use super::span::{Span, ROW_HEIGHT};
use super::ListSource;
use crate::services;
use crate::ui::Ui;

/// A new query (or a change in the catalog, `key`'s revision) starts over: a new generation,
/// nothing cached, no row active.
#[hook]
pub fn use_reset(
    cache: &UseReducerHandle<Cache>,
    active: &UseStateHandle<Option<usize>>,
    key: (ListSource, String, (usize, bool), u32),
) {
    let generation: Rc<RefCell<u32>> = use_mut_ref(|| 0u32);
    let (cache, active) = (cache.clone(), active.clone());
    use_effect_with(key, move |_| {
        *generation.borrow_mut() += 1;
        cache.dispatch(Action::Reset(*generation.borrow()));
        active.set(None);
    });
}

/// Measures the viewport once it exists.
#[hook]
pub fn use_viewport(body: &NodeRef, viewport: &UseStateHandle<f64>) {
    let (body, viewport) = (body.clone(), viewport.clone());
    use_effect_with((), move |_| {
        if let Some(element) = body.cast::<Element>() {
            let height = f64::from(element.client_height());
            if height > 0.0 {
                viewport.set(height);
            }
        }
    });
}

/// What the list asks the backend for.
#[derive(Clone)]
pub struct Query {
    /// What is listed.
    pub source: ListSource,
    /// The filter's words.
    pub filter: String,
    /// The column sorted by, and whether descending.
    pub sort: (usize, bool),
}

/// Fetches page `page` of `query` for generation `generation` into `cache`.
fn fetch(cache: &UseReducerHandle<Cache>, ui: &Ui, query: &Query, generation: u32, page: usize) {
    cache.dispatch(Action::Requested(generation, page));
    let source = query.source;
    let list_query = ListQuery {
        entity: match source {
            ListSource::Items(entity) => entity,
            ListSource::Audit => Entity::Contract,
        },
        filter: query.filter.clone(),
        sort: query.sort.0,
        descending: query.sort.1,
        offset: page * PAGE,
        limit: PAGE,
    };
    let (cache, ui) = (cache.clone(), ui.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = match source {
            ListSource::Items(_) => services::list_page(&list_query).await,
            ListSource::Audit => services::audit_rows(&list_query).await,
        };
        match fetched {
            Ok(list) => cache.dispatch(Action::Loaded(generation, page, list)),
            Err(error) => ui.fail(&error),
        }
    });
}

/// Fetches the pages in `span` that are not here yet.
#[hook]
pub fn use_pages(cache: &UseReducerHandle<Cache>, ui: &Ui, query: Query, span: Span) {
    let (cache, ui) = (cache.clone(), ui.clone());
    let total = cache.total;
    let key = (
        cache.generation,
        span.first / PAGE,
        (span.last - 1) / PAGE,
        total,
    );
    use_effect_with(key, move |&(generation, first_page, last_page, total)| {
        let wanted = (first_page..=last_page)
            .filter(|p| !cache.requested.contains(p))
            .filter(|p| *p == 0 || p * PAGE < total);
        for page in wanted {
            fetch(&cache, &ui, &query, generation, page);
        }
    });
}

/// The rows' box and the space above the rendered rows, sized after each render (for `total`
/// rows, the first rendered being `first`).
#[hook]
pub fn use_sized_boxes(total: usize, first: usize) -> (NodeRef, NodeRef) {
    let (spacer, rows_box) = (use_node_ref(), use_node_ref());
    {
        let (spacer, rows_box) = (spacer.clone(), rows_box.clone());
        let (height, above) = (
            total as f64 * ROW_HEIGHT,
            first.min(total) as f64 * ROW_HEIGHT,
        );
        use_effect(move || {
            let set = |node: &NodeRef, px: f64| {
                if let Some(element) = node.cast::<HtmlElement>() {
                    let _ = element.style().set_property("height", &format!("{px}px"));
                }
            };
            set(&rows_box, height);
            set(&spacer, above);
        });
    }
    (spacer, rows_box)
}
