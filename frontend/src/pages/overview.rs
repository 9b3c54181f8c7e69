//! The overview: how much the catalog holds, and every rule it breaks, each a link to the
//! item to fix.

use contracts::model::{Entity, OdcsVersion};
use contracts::wire::{ListQuery, RuleFindings};
use yew::prelude::*;

use crate::components::fields::SelectField;
use crate::services;
use crate::ui::use_ui;

/// The kinds counted, in sidebar order.
const COUNTED: [Entity; 9] = [
    Entity::Request,
    Entity::Contract,
    Entity::Integration,
    Entity::AccessGrant,
    Entity::System,
    Entity::InformationSet,
    Entity::Organisation,
    Entity::Person,
    Entity::Agreement,
];

/// The overview.
#[function_component(Overview)]
pub fn overview(_: &()) -> Html {
    let ui = use_ui();
    let counts = use_state(Vec::<(Entity, usize)>::new);
    let findings = use_state(|| None::<Vec<RuleFindings>>);
    {
        let (counts, findings, ui_) = (counts.clone(), findings.clone(), ui.clone());
        use_effect_with(ui.revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let mut found = Vec::new();
                for entity in COUNTED {
                    let query = ListQuery {
                        entity,
                        filter: String::new(),
                        sort: 0,
                        descending: false,
                        offset: 0,
                        limit: 0,
                    };
                    match services::list_page(&query).await {
                        Ok(page) => found.push((entity, page.total)),
                        Err(error) => return ui_.fail(&error),
                    }
                }
                counts.set(found);
                match services::findings().await {
                    Ok(list) => findings.set(Some(list)),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    let kind = |entity: Entity| ui.t(&format!("entity-{}", entity.as_str().replace('_', "-")));
    html! {
        <div class="overview">
            <h2>{ ui.t("overview-title") }</h2>
            <section aria-labelledby="counts-title">
                <h3 id="counts-title">{ ui.t("overview-counts") }</h3>
                <dl class="counts" id="counts">
                    { for counts.iter().map(|(entity, n)| html! {
                        <div><dt>{ kind(*entity) }</dt><dd data-kind={entity.as_str()}>{ n }</dd></div>
                    }) }
                </dl>
            </section>
            <section aria-labelledby="findings-title">
                <h3 id="findings-title">{ ui.t("overview-findings") }</h3>
                { match &*findings {
                    None => html! { <p class="empty">{ ui.t("working") }</p> },
                    Some(list) if list.is_empty() => html! { <p class="ok" id="no-findings">{ ui.t("overview-no-findings") }</p> },
                    Some(list) => html! {
                        <div class="findings" id="findings">
                            { for list.iter().map(|group| {
                                let name = serde_json::to_value(group.rule).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default();
                                let more = group.total.saturating_sub(group.first.len());
                                html! {
                                    <section class="rule-group" id={format!("rule-{name}")}>
                                        <h4>{ format!("{} ({})", ui.t(&format!("rule-{name}")), group.total) }</h4>
                                        <ul>
                                            { for group.first.iter().map(|f| {
                                                let open = {
                                                    let (open_item, target) = (ui.open_item.clone(), (f.entity, f.item));
                                                    Callback::from(move |_| open_item.emit(target))
                                                };
                                                html! {
                                                    <li>
                                                        <button type="button" class="link finding" onclick={open}>
                                                            <strong>{ format!("{}: {}", kind(f.entity), f.title) }</strong>
                                                        </button>
                                                        <p class="message">{ ui.tr.finding(f) }</p>
                                                    </li>
                                                }
                                            }) }
                                        </ul>
                                        if more > 0 {
                                            <p class="more">{ ui.t_with("findings-more", &[("count", more.into())]) }</p>
                                        }
                                    </section>
                                }
                            }) }
                        </div>
                    },
                } }
            </section>
            // Below the findings only once they are in place: arriving later, they would move
            // these sections (and their buttons) under a click in flight.
            if findings.is_some() {
                <crate::pages::goals::EffectGoals />
                <CatalogSettings />
            }
        </div>
    }
}

/// Settings that belong to the catalog file rather than to the user: the API profile of
/// contracts that name none (exported as a Spectral ruleset for provider teams' pipelines),
/// and the ODCS version contracts are exported in.
#[function_component(CatalogSettings)]
fn catalog_settings() -> Html {
    let ui = use_ui();
    let on_change = {
        let ui = ui.clone();
        Callback::from(move |value: String| {
            let Some(profile) = contracts::wire::ApiProfile::parse(&value) else {
                return;
            };
            let ui = ui.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match services::set_default_api_profile(profile).await {
                    Ok(()) => {
                        let name = ui.t(&format!("profile-{}", profile.as_str()));
                        ui.done(ui.t_with("default-profile-set", &[("profile", name.into())]));
                        ui.changed.emit(());
                    }
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    let on_version = {
        let ui = ui.clone();
        Callback::from(move |value: String| {
            let Some(version) = OdcsVersion::parse(&value) else {
                return;
            };
            let ui = ui.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match services::set_odcs_version(version).await {
                    Ok(()) => {
                        let shown = ui.t(&format!(
                            "odcs-version-{}",
                            version.as_str().replace('.', "-")
                        ));
                        ui.done(ui.t_with("odcs-version-set", &[("version", shown.into())]));
                        ui.changed.emit(());
                    }
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="catalog-settings-title" class="catalog-settings">
            <h3 id="catalog-settings-title">{ ui.t("catalog-settings-title") }</h3>
            <SelectField id="catalog-default-profile" label={ui.t("field-default-api-profile")}
                options={crate::editors::profile_options(&ui)}
                value={ui.lookups.default_api_profile.as_str()}
                disabled={ui.read_only} {on_change} />
            <button type="button" class="secondary" id="export-spectral"
                onclick={{
                    let ui = ui.clone();
                    Callback::from(move |_| {
                        let profile = ui.lookups.default_api_profile;
                        ui.export(contracts::wire::ExportRequest::of(
                            contracts::wire::ExportTarget::SpectralRuleset { profile },
                        ));
                    })
                }}>
                { ui.t("spectral-export") }
            </button>
            <div class="dcat-export" role="group" aria-label={ui.t("dcat-export")}>
                <span>{ ui.t("dcat-export") }</span>
                { for contracts::model::DcatProfile::ALL.iter().map(|profile| {
                    let ui2 = ui.clone();
                    let profile = *profile;
                    html! {
                        <button type="button" class="secondary" id={format!("export-{}", profile.as_str())}
                            onclick={Callback::from(move |_| {
                                ui2.export(contracts::wire::ExportRequest::of(
                                    contracts::wire::ExportTarget::OpenApis {
                                        profile,
                                        syntax: contracts::wire::RdfSyntax::Turtle,
                                    },
                                ));
                            })}>
                            { ui.t(&format!("dcat-profile-{}", profile.as_str())) }
                        </button>
                    }
                }) }
            </div>
            <SelectField id="catalog-odcs-version" label={ui.t("field-odcs-version")}
                options={OdcsVersion::ALL.iter().map(|v| (v.as_str().to_owned(), ui.t(&format!("odcs-version-{}", v.as_str().replace('.', "-"))))).collect::<Vec<_>>()}
                value={ui.lookups.odcs_version.as_str()}
                disabled={ui.read_only} on_change={on_version} />
        </section>
    }
}
