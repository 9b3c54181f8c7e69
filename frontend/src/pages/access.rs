//! The access register: the rule it keeps, the grants needing attention (each a link to the
//! grant), and the grants themselves as a list with the grant editor beside it.

use contracts::model::{Entity, Rule};
use contracts::wire::RuleFindings;
use yew::prelude::*;

use super::item_page::ItemPage;
use crate::services;
use crate::ui::use_ui;

/// The rules of the access register, whose findings this section shows.
const RULES: [Rule; 3] = [
    Rule::AccessReviewOverdue,
    Rule::AccessContractNotInForce,
    Rule::AccessGrantLapsed,
];

/// Properties of [`AccessPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// A grant to open (with a counter, so asking twice opens twice).
    #[prop_or_default]
    pub open: Option<(i64, u32)>,
}

/// The section.
#[function_component(AccessPage)]
pub fn access_page(props: &Props) -> Html {
    let ui = use_ui();
    let findings = use_state(|| None::<Vec<RuleFindings>>);
    {
        let (findings, ui_) = (findings.clone(), ui.clone());
        use_effect_with(ui.revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match services::findings().await {
                    Ok(all) => findings.set(Some(
                        all.into_iter()
                            .filter(|g| RULES.contains(&g.rule))
                            .collect(),
                    )),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    let list = match &*findings {
        None => html! { <p class="empty">{ ui.t("working") }</p> },
        Some(groups) if groups.is_empty() => {
            html! { <p class="ok" id="access-no-findings">{ ui.t("access-no-findings") }</p> }
        }
        Some(groups) => html! {
            <ul class="findings" id="access-findings">
                { for groups.iter().flat_map(|g| g.first.iter()).map(|f| {
                    let rule = serde_json::to_value(f.rule).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default();
                    let open = {
                        let (open_item, id) = (ui.open_item.clone(), f.item);
                        Callback::from(move |_| open_item.emit((Entity::AccessGrant, id)))
                    };
                    html! {
                        <li data-rule={rule.clone()}>
                            <button type="button" class="link finding" onclick={open}><strong>{ &f.title }</strong></button>
                            <span class="rule">{ ui.t(&format!("rule-{rule}")) }</span>
                            <p class="message">{ ui.tr.finding(f) }</p>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <div class="access-page">
            <section class="access-head" aria-labelledby="access-findings-title">
                <p class="intro" id="access-intro">{ ui.t("access-intro") }</p>
                <h2 id="access-findings-title">{ ui.t("access-findings-title") }</h2>
                { list }
            </section>
            <ItemPage key="access_grant" entity={Entity::AccessGrant} open={props.open} />
        </div>
    }
}
