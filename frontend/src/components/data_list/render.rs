//! A list's header cells (sort buttons) and rows.

use contracts::wire::Cell;
use yew::prelude::*;

use super::cache::Cache;
use super::span::Span;
use crate::ui::Ui;

/// A cell's text in the user's language.
fn text_of(ui: &Ui, cell: &Cell) -> String {
    match cell {
        Cell::Text(text) | Cell::Flagged { text, .. } => text.clone(),
        Cell::Key(id) => ui.t(id),
        Cell::Labels(labels) => labels.get(ui.tr.lang()).to_owned(),
    }
}

/// A row's cell; a flagged one with its flag.
fn cell_html(ui: &Ui, cell: &Cell) -> Html {
    match cell {
        Cell::Flagged { flag, .. } => html! {
            <div role="gridcell" class="cell flagged">
                { text_of(ui, cell) }<span class="flag">{ ui.t(flag) }</span>
            </div>
        },
        _ => html! { <div role="gridcell" class="cell">{ text_of(ui, cell) }</div> },
    }
}

/// The column headers: each a button that sorts by it (again: the other way).
pub fn headers(ui: &Ui, columns: &[String], sort: &UseStateHandle<(usize, bool)>) -> Vec<Html> {
    let headers = columns.iter().enumerate().map(|(index, column)| {
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
    headers.collect()
}

/// What the rows show and do.
pub struct Rows<'a> {
    /// The rows fetched.
    pub cache: &'a Cache,
    /// The rows to render.
    pub span: Span,
    /// The list's element id, the rows' ids' prefix.
    pub list_id: &'a str,
    /// The open item, highlighted.
    pub selected: Option<i64>,
    /// The active row.
    pub active: &'a UseStateHandle<Option<usize>>,
    /// Called with the id of the row the user opens.
    pub on_open: &'a Callback<i64>,
}

/// The rows in the span: each row fetched, or a placeholder while its page is on its way.
pub fn rows(ui: &Ui, rows: &Rows) -> Vec<Html> {
    let (cache, list_id) = (rows.cache, rows.list_id);
    let rendered = (rows.span.first..rows.span.last.min(cache.total)).map(|index| {
        let Some(row) = cache.row(index) else {
            return html! {
                <div key={index} role="row" class="row loading"
                    aria-rowindex={(index + 2).to_string()}>{ "…" }</div>
            };
        };
        let id = row.id;
        let onclick = {
            let (on_open, active) = (rows.on_open.clone(), rows.active.clone());
            Callback::from(move |_| {
                active.set(Some(index));
                on_open.emit(id);
            })
        };
        let is_active = **rows.active == Some(index);
        let selected = rows.selected == Some(id);
        let flagged = row.cells.iter().any(|c| matches!(c, Cell::Flagged { .. }));
        html! {
            <div key={index} role="row" id={format!("{list_id}-row-{index}")} data-id={id.to_string()}
                class={classes!("row", is_active.then_some("active"), selected.then_some("selected"), flagged.then_some("flagged"))}
                aria-rowindex={(index + 2).to_string()}
                aria-selected={selected.to_string()} {onclick}>
                { for row.cells.iter().map(|cell| cell_html(ui, cell)) }
            </div>
        }
    });
    rendered.collect()
}
