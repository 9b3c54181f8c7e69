//! An item's own audit history: each change with who and when, and what changed.

use contracts::model::{AuditEvent, Entity};
use serde_json::Value;
use yew::prelude::*;

use crate::services;
use crate::ui::{use_ui, Ui};

/// Properties of [`History`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The kind of item.
    pub entity: Entity,
    /// The item's id.
    pub id: i64,
}

/// The item's changes, newest first.
#[function_component(History)]
pub fn history(props: &Props) -> Html {
    let ui = use_ui();
    let events = use_state(|| None::<Vec<AuditEvent>>);
    {
        let (events, ui_) = (events.clone(), ui.clone());
        use_effect_with(
            (props.entity, props.id, ui.revision),
            move |&(entity, id, _)| {
                wasm_bindgen_futures::spawn_local(async move {
                    match services::item_history(entity, id).await {
                        Ok(mut list) => {
                            list.reverse();
                            events.set(Some(list));
                        }
                        Err(error) => ui_.fail(&error),
                    }
                });
            },
        );
    }
    html! {
        <section class="history" id="history" aria-labelledby="history-title">
            <h3 id="history-title">{ ui.t("history-title") }</h3>
            { match &*events {
                None => html! { <p class="empty">{ ui.t("working") }</p> },
                Some(list) if list.is_empty() => html! { <p class="empty">{ ui.t("history-empty") }</p> },
                Some(list) => html! {
                    <ol>{ for list.iter().map(|event| render_event(&ui, event)) }</ol>
                },
            } }
        </section>
    }
}

/// One change: when, who, what, and the values that changed.
pub fn render_event(ui: &Ui, event: &AuditEvent) -> Html {
    html! {
        <li class="event">
            <div><strong>{ ui.t(&format!("audit-{}", event.action.as_str())) }</strong>
                { format!(" · {} · {}", event.at, event.author) }</div>
            { changes(ui, event.before.as_ref(), event.after.as_ref()) }
        </li>
    }
}

/// The top-level values that differ between `before` and `after`.
pub fn changes(ui: &Ui, before: Option<&Value>, after: Option<&Value>) -> Html {
    let empty = serde_json::Map::new();
    let object = |v: Option<&Value>| {
        v.and_then(Value::as_object)
            .cloned()
            .unwrap_or_else(|| empty.clone())
    };
    let (before, after) = (object(before), object(after));
    let mut keys: Vec<&String> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    let short = |v: Option<&Value>| match v {
        None | Some(Value::Null) => "—".to_owned(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    html! {
        <dl class="changes">
            { for keys.into_iter().filter(|k| before.get(*k) != after.get(*k)).map(|key| html! {
                <>
                    <dt>{ key }</dt>
                    <dd>
                        <span class="before" title={ui.t("audit-before")}>{ short(before.get(key)) }</span>
                        { " → " }
                        <span class="after" title={ui.t("audit-after")}>{ short(after.get(key)) }</span>
                    </dd>
                </>
            }) }
        </dl>
    }
}
