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
    let short = |key: &str, v: Option<&Value>| match v {
        None | Some(Value::Null) => "—".to_owned(),
        Some(value) => readable(ui, key, value),
    };
    html! {
        <dl class="changes">
            { for keys.into_iter().filter(|k| before.get(*k) != after.get(*k)).map(|key| html! {
                <>
                    <dt>{ key }</dt>
                    <dd>
                        <span class="before" title={ui.t("audit-before")}>{ short(key, before.get(key)) }</span>
                        { " → " }
                        <span class="after" title={ui.t("audit-after")}>{ short(key, after.get(key)) }</span>
                    </dd>
                </>
            }) }
        </dl>
    }
}

/// A stored value as a reader expects it: ids of people, units, systems, organisations,
/// information sets and integrations by name, a role holder as "name — role", labels in the
/// user's language, lists joined; anything else as compact JSON.
fn readable(ui: &Ui, key: &str, value: &Value) -> String {
    let lookups = &ui.lookups;
    let named = |list: &[contracts::wire::Named], id: i64| {
        list.iter().find(|n| n.id == id).map(|n| n.name.clone())
    };
    let name_of = |key: &str, id: i64| -> Option<String> {
        match key {
            "owner" | "person" | "assignee" => named(&lookups.people, id),
            "owning_unit" | "unit" => lookups
                .units
                .iter()
                .find(|u| u.id.0 == id)
                .map(|u| u.name.clone()),
            "provider" | "consumers" | "consumer" => named(&lookups.systems, id),
            "controller" | "processor" => named(&lookups.organisations, id),
            "integrations" => named(&lookups.integrations, id),
            "information_sets" => lookups
                .information_sets
                .iter()
                .find(|s| s.id.0 == id)
                .map(|s| s.draft.name.clone()),
            _ => None,
        }
    };
    match value {
        Value::String(text) => text.clone(),
        Value::Number(n) => n
            .as_i64()
            .and_then(|id| name_of(key, id))
            .unwrap_or_else(|| n.to_string()),
        Value::Array(items) if key == "roles" => items
            .iter()
            .map(|r| {
                let person = r["person"]
                    .as_i64()
                    .and_then(|id| name_of("person", id))
                    .unwrap_or_default();
                format!("{person} — {}", ui.value("role", &r["role"]))
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Array(items) if items.iter().all(|i| i.is_number() || i.is_string()) => items
            .iter()
            .map(|item| readable(ui, key, item))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map)
            if map
                .keys()
                .all(|k| ["en", "nb", "nn", "sv"].contains(&k.as_str())) =>
        {
            map.get(ui.tr.lang().tag())
                .or_else(|| map.values().next())
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        }
        other => other.to_string(),
    }
}
