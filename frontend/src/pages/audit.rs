//! The audit trail: every change to the catalog in a list like the others (sortable,
//! filterable, fast at any length); a change opens to show what it changed, and its item is
//! a click away.

use contracts::wire::AuditEntry;
use yew::prelude::*;

use crate::components::data_list::{DataList, ListSource};
use crate::components::history::changes;
use crate::services;
use crate::ui::use_ui;

/// The audit trail section.
#[function_component(AuditTrail)]
pub fn audit_trail(_: &()) -> Html {
    let ui = use_ui();
    let selected = use_state(|| None::<(i64, AuditEntry)>);
    let on_open = {
        let (selected, ui) = (selected.clone(), ui.clone());
        Callback::from(move |id: i64| {
            let (selected, ui) = (selected.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::audit_entry(id).await {
                    Ok(entry) => selected.set(Some((id, entry))),
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    let detail = match &*selected {
        None => html! { <p class="empty">{ ui.t("audit-select") }</p> },
        Some((_, entry)) => {
            let kind = ui.t(&format!(
                "entity-{}",
                entry.entity.as_str().replace('_', "-")
            ));
            let open = {
                let (open_item, target) = (ui.open_item.clone(), (entry.entity, entry.id));
                Callback::from(move |_| open_item.emit(target))
            };
            html! {
                <section class="audit-detail" id="audit-detail" aria-labelledby="audit-detail-title">
                    <h2 id="audit-detail-title">{ format!("{kind} · {}", entry.title()) }</h2>
                    <p>
                        <strong>{ ui.t(&format!("audit-{}", entry.event.action.as_str())) }</strong>
                        { format!(" · {} · {}", entry.event.at, entry.event.author) }
                    </p>
                    { changes(&ui, entry.event.before.as_ref(), entry.event.after.as_ref()) }
                    <button type="button" class="secondary" id="audit-open-item" onclick={open}>
                        { entry.title() }
                    </button>
                </section>
            }
        }
    };
    html! {
        <div class="item-page audit">
            <section class="list-pane" aria-label={ui.t("nav-audit")}>
                <h2>{ ui.t("nav-audit") }</h2>
                <DataList source={ListSource::Audit} initial_sort={(0, true)} selected={selected.as_ref().map(|(id, _)| *id)} {on_open} />
            </section>
            <section class="editor-pane">{ detail }</section>
        </div>
    }
}
