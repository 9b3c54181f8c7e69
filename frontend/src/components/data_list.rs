//! A list of any length that stays fast: only the rows in view are in the page (fixed row
//! height), fetched from the backend a page at a time. Sortable by any column, filtered by
//! words, and driven by the keyboard (arrows, Page Up/Down, Home/End, Enter opens).

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use contracts::model::Entity;
use contracts::wire::{Cell, ListPage, ListQuery, Row};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::services;
use crate::ui::use_ui;

/// Height of one row in pixels (the stylesheet uses the same).
pub const ROW_HEIGHT: f64 = 30.0;
/// Rows fetched per request.
const PAGE: usize = 100;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 12;

/// What a list shows.
#[derive(Clone, Copy, PartialEq)]
pub enum ListSource {
    /// Items of one kind.
    Items(Entity),
    /// The audit trail's changes.
    Audit,
}

impl ListSource {
    /// The list's element id.
    fn element_id(self) -> String {
        match self {
            ListSource::Items(entity) => format!("list-{}", entity.as_str()),
            ListSource::Audit => "list-audit".to_owned(),
        }
    }

    /// The message id of the list's name.
    fn label(self) -> String {
        match self {
            ListSource::Items(entity) => format!("entity-{}", entity.as_str().replace('_', "-")),
            ListSource::Audit => "nav-audit".to_owned(),
        }
    }
}

/// Properties of [`DataList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What is listed.
    pub source: ListSource,
    /// The open item, highlighted.
    pub selected: Option<i64>,
    /// Called with the id of the row the user opens.
    pub on_open: Callback<i64>,
    /// The column sorted by at first, and whether descending.
    #[prop_or((0, false))]
    pub initial_sort: (usize, bool),
}

/// The rows fetched so far, by page, for one query generation.
#[derive(Default, PartialEq)]
struct Cache {
    generation: u32,
    total: usize,
    columns: Vec<String>,
    pages: BTreeMap<usize, Rc<Vec<Row>>>,
    requested: BTreeSet<usize>,
}

enum Action {
    /// The query changed: forget everything.
    Reset(u32),
    /// A page is on its way.
    Requested(u32, usize),
    /// A page arrived.
    Loaded(u32, usize, ListPage),
}

impl Reducible for Cache {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Reset(generation) => Rc::new(Cache {
                generation,
                columns: self.columns.clone(),
                ..Cache::default()
            }),
            Action::Requested(generation, page) if generation == self.generation => {
                let mut next = clone(&self);
                next.requested.insert(page);
                Rc::new(next)
            }
            Action::Loaded(generation, page, list) if generation == self.generation => {
                let mut next = clone(&self);
                next.total = list.total;
                next.columns = list.columns;
                next.pages.insert(page, Rc::new(list.rows));
                Rc::new(next)
            }
            _ => self,
        }
    }
}

fn clone(cache: &Cache) -> Cache {
    Cache {
        generation: cache.generation,
        total: cache.total,
        columns: cache.columns.clone(),
        pages: cache.pages.clone(),
        requested: cache.requested.clone(),
    }
}

impl Cache {
    fn row(&self, index: usize) -> Option<&Row> {
        self.pages.get(&(index / PAGE))?.get(index % PAGE)
    }
}

/// The list.
#[function_component(DataList)]
pub fn data_list(props: &Props) -> Html {
    let ui = use_ui();
    let cache = use_reducer(Cache::default);
    let filter = use_state(String::new);
    let sort = use_state(|| props.initial_sort);
    let scroll_top = use_state(|| 0.0f64);
    let viewport = use_state(|| 600.0f64);
    let active = use_state(|| None::<usize>);
    let body = use_node_ref();
    let generation = use_mut_ref(|| 0u32);

    // A new query (or a change in the catalog) starts over.
    {
        let (cache, generation, active) = (cache.clone(), generation.clone(), active.clone());
        let key = (props.source, (*filter).clone(), *sort, ui.revision);
        use_effect_with(key, move |_| {
            *generation.borrow_mut() += 1;
            cache.dispatch(Action::Reset(*generation.borrow()));
            active.set(None);
        });
    }
    // Measure the viewport once it exists.
    {
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
    let total = cache.total;
    let first = ((*scroll_top / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN);
    let visible = (*viewport / ROW_HEIGHT).ceil() as usize + 2 * OVERSCAN;
    // One past the last row rendered (at least 1, so the first page is asked for).
    let last = (first + visible).min(total.max(1));
    // Fetch the pages in view that are not here yet.
    {
        let cache = cache.clone();
        let (ui, source, filter, sort) = (ui.clone(), props.source, (*filter).clone(), *sort);
        let key = (cache.generation, first / PAGE, (last - 1) / PAGE, total);
        use_effect_with(key, move |&(generation, first_page, last_page, total)| {
            let wanted = (first_page..=last_page)
                .filter(|p| !cache.requested.contains(p))
                .filter(|p| *p == 0 || p * PAGE < total);
            for page in wanted {
                cache.dispatch(Action::Requested(generation, page));
                let query = ListQuery {
                    entity: match source {
                        ListSource::Items(entity) => entity,
                        ListSource::Audit => Entity::Contract,
                    },
                    filter: filter.clone(),
                    sort: sort.0,
                    descending: sort.1,
                    offset: page * PAGE,
                    limit: PAGE,
                };
                let (cache, ui) = (cache.clone(), ui.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = match source {
                        ListSource::Items(_) => services::list_page(&query).await,
                        ListSource::Audit => services::audit_rows(&query).await,
                    };
                    match fetched {
                        Ok(list) => cache.dispatch(Action::Loaded(generation, page, list)),
                        Err(error) => ui.fail(&error),
                    }
                });
            }
        });
    }

    // The page's CSP forbids style attributes, so the rows' box and the space above the
    // rendered rows are sized through the CSS object model after each render.
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
    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |e: Event| {
            scroll_top.set(f64::from(e.target_unchecked_into::<Element>().scroll_top()));
        })
    };
    let move_to = {
        let (active, body, viewport, scroll_top) = (
            active.clone(),
            body.clone(),
            viewport.clone(),
            scroll_top.clone(),
        );
        move |index: usize| {
            active.set(Some(index));
            if let Some(element) = body.cast::<Element>() {
                let top = index as f64 * ROW_HEIGHT;
                let current = f64::from(element.scroll_top());
                let height = *viewport;
                let target = if top < current {
                    top
                } else if top + ROW_HEIGHT > current + height {
                    top + ROW_HEIGHT - height
                } else {
                    current
                };
                element.set_scroll_top(target as i32);
                scroll_top.set(target);
            }
        }
    };
    let onkeydown = {
        let (active, cache, on_open, move_to) = (
            active.clone(),
            cache.clone(),
            props.on_open.clone(),
            move_to.clone(),
        );
        let page_rows = ((*viewport / ROW_HEIGHT) as usize).max(1);
        Callback::from(move |e: KeyboardEvent| {
            if cache.total == 0 {
                return;
            }
            let last = cache.total - 1;
            let current = active.unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowDown" => active.map_or(0, |a| (a + 1).min(last)),
                "ArrowUp" => current.saturating_sub(1),
                "PageDown" => (current + page_rows).min(last),
                "PageUp" => current.saturating_sub(page_rows),
                "Home" => 0,
                "End" => last,
                "Enter" | " " => {
                    if let Some(row) = active.and_then(|a| cache.row(a)) {
                        e.prevent_default();
                        on_open.emit(row.id);
                    }
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            move_to(next);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let text_of = |cell: &Cell| match cell {
        Cell::Text(text) | Cell::Flagged { text, .. } => text.clone(),
        Cell::Key(id) => ui.t(id),
        Cell::Labels(labels) => labels.get(ui.tr.lang()).to_owned(),
    };
    let cell_html = |cell: &Cell| match cell {
        Cell::Flagged { flag, .. } => html! {
            <div role="gridcell" class="cell flagged">
                { text_of(cell) }<span class="flag">{ ui.t(flag) }</span>
            </div>
        },
        _ => html! { <div role="gridcell" class="cell">{ text_of(cell) }</div> },
    };
    let list_id = props.source.element_id();
    let headers = cache.columns.iter().enumerate().map(|(index, column)| {
        let sorted = sort.0 == index;
        let aria_sort = match (sorted, sort.1) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_| {
                let descending = sort.0 == index && !sort.1;
                sort.set((index, descending));
            })
        };
        html! {
            <div role="columnheader" aria-sort={aria_sort} class="cell">
                <button type="button" class="sort" {onclick}>
                    { ui.t(column) }
                    { match (sorted, sort.1) { (false, _) => "", (true, false) => " ▲", (true, true) => " ▼" } }
                </button>
            </div>
        }
    });
    let rows = (first..last.min(total)).map(|index| {
        let Some(row) = cache.row(index) else {
            return html! {
                <div key={index} role="row" class="row loading"
                    aria-rowindex={(index + 2).to_string()}>{ "…" }</div>
            };
        };
        let id = row.id;
        let onclick = {
            let (on_open, active) = (props.on_open.clone(), active.clone());
            Callback::from(move |_| {
                active.set(Some(index));
                on_open.emit(id);
            })
        };
        let is_active = *active == Some(index);
        let flagged = row.cells.iter().any(|c| matches!(c, Cell::Flagged { .. }));
        html! {
            <div key={index} role="row" id={format!("{list_id}-row-{index}")} data-id={id.to_string()}
                class={classes!("row", is_active.then_some("active"), (props.selected == Some(id)).then_some("selected"), flagged.then_some("flagged"))}
                aria-rowindex={(index + 2).to_string()}
                aria-selected={(props.selected == Some(id)).to_string()} {onclick}>
                { for row.cells.iter().map(cell_html) }
            </div>
        }
    });
    let active_id = active.map(|a| format!("{list_id}-row-{a}"));
    let columns = cache.columns.len().max(1);
    html! {
        <div class={classes!("data-list", format!("cols-{}", columns.min(8)))}>
            <div class="list-tools">
                <label for={format!("{list_id}-filter")} class="visually-hidden">{ ui.t("filter-label") }</label>
                <input id={format!("{list_id}-filter")} type="search" placeholder={ui.t("filter-placeholder")}
                    value={(*filter).clone()} oninput={on_filter} />
                <span class="count" aria-live="polite">
                    { ui.t_with("rows-count", &[("count", total.into())]) }
                </span>
            </div>
            <div id={list_id.clone()} role="grid" class="grid-body" tabindex="0" ref={body}
                aria-rowcount={(total + 1).to_string()} aria-label={ui.t(&props.source.label())}
                aria-activedescendant={active_id} {onscroll} {onkeydown}>
                <div role="row" class="row header" aria-rowindex="1">{ for headers }</div>
                <div class="rows" ref={rows_box}>
                    <div class="spacer" ref={spacer}></div>
                    <div class="visible-rows">{ for rows }</div>
                </div>
                if total == 0 && cache.pages.contains_key(&0) {
                    <p class="empty">{ ui.t("no-rows") }</p>
                }
            </div>
        </div>
    }
}
