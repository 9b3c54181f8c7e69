//! A list of any length that stays fast: only the rows in view are in the page (fixed row
//! height), fetched from the backend a page at a time. Sortable by any column, filtered by
//! words, and driven by the keyboard (arrows, Page Up/Down, Home/End, Enter opens).

mod cache;
mod fetch;
mod keys;
mod render;
mod span;

use contracts::model::Entity;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::ui::use_ui;
use cache::Cache;
use fetch::{use_pages, use_reset, use_sized_boxes, use_viewport, Query};
use keys::{key_move, KeyMove};
use render::{headers, rows, Rows};
use span::{page_rows, scroll_to_row, Span};

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

/// What the keyboard handler moves.
struct Cursor {
    active: UseStateHandle<Option<usize>>,
    body: NodeRef,
    viewport: UseStateHandle<f64>,
    scroll_top: UseStateHandle<f64>,
}

impl Cursor {
    /// Makes row `index` the active one, scrolled into view.
    fn move_to(&self, index: usize) {
        self.active.set(Some(index));
        if let Some(element) = self.body.cast::<Element>() {
            let target = scroll_to_row(index, f64::from(element.scroll_top()), *self.viewport);
            element.set_scroll_top(target as i32);
            self.scroll_top.set(target);
        }
    }
}

/// The grid's keyboard handler: moves the active row, or opens it.
fn on_key(
    cursor: Cursor,
    cache: &UseReducerHandle<Cache>,
    on_open: &Callback<i64>,
) -> Callback<KeyboardEvent> {
    let (cache, on_open) = (cache.clone(), on_open.clone());
    let page = page_rows(*cursor.viewport);
    Callback::from(move |e: KeyboardEvent| {
        if cache.total == 0 {
            return;
        }
        let active = *cursor.active;
        match key_move(&e.key(), active, cache.total, page) {
            KeyMove::To(next) => {
                e.prevent_default();
                cursor.move_to(next);
            }
            KeyMove::Open => {
                if let Some(row) = active.and_then(|a| cache.row(a)) {
                    e.prevent_default();
                    on_open.emit(row.id);
                }
            }
            KeyMove::None => {}
        }
    })
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
    use_reset(
        &cache,
        &active,
        (props.source, (*filter).clone(), *sort, ui.revision),
    );
    use_viewport(&body, &viewport);
    let total = cache.total;
    let span = Span::new(*scroll_top, *viewport, total);
    let query = Query {
        source: props.source,
        filter: (*filter).clone(),
        sort: *sort,
    };
    use_pages(&cache, &ui, query, span);
    let (spacer, rows_box) = use_sized_boxes(total, span.first);

    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |e: Event| {
            scroll_top.set(f64::from(e.target_unchecked_into::<Element>().scroll_top()));
        })
    };
    let cursor = Cursor {
        active: active.clone(),
        body: body.clone(),
        viewport: viewport.clone(),
        scroll_top: scroll_top.clone(),
    };
    let onkeydown = on_key(cursor, &cache, &props.on_open);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let list_id = props.source.element_id();
    let headers = headers(&ui, &cache.columns, &sort);
    let rows = rows(
        &ui,
        &Rows {
            cache: &cache,
            span,
            list_id: &list_id,
            selected: props.selected,
            active: &active,
            on_open: &props.on_open,
        },
    );
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
