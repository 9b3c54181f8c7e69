//! The audit trail: every change to the catalog, newest first, a page at a time; a change
//! opens to show what it changed, and its item is a click away.

use contracts::i18n::Arg;
use contracts::wire::{AuditEntry, AuditPage};
use yew::prelude::*;

use crate::components::history::changes;
use crate::services;
use crate::ui::use_ui;

/// Changes per page.
const PAGE: usize = 50;

/// The audit trail section.
#[function_component(AuditTrail)]
pub fn audit_trail(_: &()) -> Html {
    let ui = use_ui();
    let offset = use_state(|| 0usize);
    let page = use_state(|| None::<AuditPage>);
    let selected = use_state(|| None::<usize>);
    {
        let (page, selected, ui_) = (page.clone(), selected.clone(), ui.clone());
        use_effect_with((*offset, ui.revision), move |&(offset, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                match services::audit_page(offset, PAGE).await {
                    Ok(loaded) => {
                        page.set(Some(loaded));
                        selected.set(None);
                    }
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    let Some(current) = &*page else {
        return html! { <p class="empty">{ ui.t("working") }</p> };
    };
    let kind = |entry: &AuditEntry| {
        ui.t(&format!(
            "entity-{}",
            entry.entity.as_str().replace('_', "-")
        ))
    };
    let rows = current.entries.iter().enumerate().map(|(index, entry)| {
        let onclick = {
            let selected = selected.clone();
            Callback::from(move |_| selected.set(Some(index)))
        };
        let is_selected = *selected == Some(index);
        html! {
            <tr class={classes!(is_selected.then_some("selected"))} aria-selected={is_selected.to_string()}>
                <td>{ &entry.event.at }</td>
                <td>{ &entry.event.author }</td>
                <td>{ ui.t(&format!("audit-{}", entry.event.action.as_str())) }</td>
                <td>{ kind(entry) }</td>
                <td><button type="button" class="link" id={format!("audit-row-{index}")} {onclick}>{ entry.title() }</button></td>
            </tr>
        }
    });
    let detail = selected.and_then(|i| current.entries.get(i)).map(|entry| {
        let open = {
            let (open_item, target) = (ui.open_item.clone(), (entry.entity, entry.id));
            Callback::from(move |_| open_item.emit(target))
        };
        html! {
            <section class="audit-detail" id="audit-detail">
                <h3>{ format!("{} · {}", kind(entry), entry.title()) }</h3>
                { changes(&ui, entry.event.before.as_ref(), entry.event.after.as_ref()) }
                <button type="button" class="secondary" id="audit-open-item" onclick={open}>{ entry.title() }</button>
            </section>
        }
    });
    let step = |forward: bool| {
        let offset = offset.clone();
        Callback::from(move |_| {
            offset.set(if forward {
                *offset + PAGE
            } else {
                offset.saturating_sub(PAGE)
            })
        })
    };
    html! {
        <div class="audit">
            <h2>{ ui.t("nav-audit") }</h2>
            <p class="count">{ ui.t_with("rows-count", &[("count", Arg::from(current.total))]) }</p>
            <table class="audit-table" id="audit-table">
                <thead><tr>
                    <th>{ ui.t("col-time") }</th><th>{ ui.t("col-author") }</th><th>{ ui.t("col-action") }</th>
                    <th>{ ui.t("col-kind") }</th><th>{ ui.t("col-item") }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <div class="actions">
                <button type="button" class="secondary" id="audit-newer" aria-label={ui.t("page-newer")} disabled={*offset == 0} onclick={step(false)}>{ "←" }</button>
                <span>{ format!("{}–{} / {}", (*offset + 1).min(current.total), (*offset + current.entries.len()), current.total) }</span>
                <button type="button" class="secondary" id="audit-older" aria-label={ui.t("page-older")} disabled={*offset + PAGE >= current.total} onclick={step(true)}>{ "→" }</button>
            </div>
            { detail.unwrap_or_default() }
        </div>
    }
}
