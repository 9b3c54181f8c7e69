//! What the catalog's checks find about a stored item.

use contracts::model::{Entity, Finding};
use yew::prelude::*;

use crate::services;
use crate::ui::use_ui;

/// Properties of [`ItemFindings`].
#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    /// The item's kind.
    pub entity: Entity,
    /// Its id.
    pub id: i64,
}

/// What the catalog's checks find about the stored item (safeguard gaps, reuse, technology,
/// owners, the desk's follow-ups…), each saying what fixes it; nothing when all is well.
/// Keyed by the item: one item's findings are never shown with another's.
#[function_component(ItemFindings)]
pub fn item_findings(props: &FindingsProps) -> Html {
    let ui = use_ui();
    let findings = use_state(Vec::<Finding>::new);
    {
        let (findings, ui) = (findings.clone(), ui.clone());
        let (entity, id) = (props.entity, props.id);
        use_effect_with(ui.revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match services::item_findings(entity, id).await {
                    Ok(found) => findings.set(found),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    if findings.is_empty() {
        return html! {};
    }
    html! {
        <section class="item-findings" id="item-findings" aria-labelledby="item-findings-title">
            <h3 id="item-findings-title">{ ui.t("item-findings-title") }</h3>
            <ul>
                { for findings.iter().map(|f| {
                    let rule = serde_json::to_value(f.rule).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default();
                    html! {
                        <li class={format!("finding-{rule}")}>
                            <strong>{ ui.t(&format!("rule-{rule}")) }</strong>
                            <p class="message">{ ui.tr.finding(f) }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
