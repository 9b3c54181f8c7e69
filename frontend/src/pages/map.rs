//! The ownership and integration map: filters above, the map (SVG drawn by the backend)
//! beside the list of its anomalies; clicking a system, an integration or an anomaly opens
//! the item, and the map exports as SVG or PNG.

use contracts::model::{ContractStatus, Entity, Lifecycle, Pattern};
use contracts::wire::map::{Colouring, LevelChoice, MapFilter, MapFormat, MapView};
use contracts::wire::{ExportRequest, ExportTarget};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::components::fields::SelectField;
use crate::services;
use crate::ui::use_ui;

/// An enum value's stable (serde) name.
fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// The value named `text` (`None` for "all" or anything unknown).
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

/// A classification choice as a select's value.
fn level_value(choice: LevelChoice) -> String {
    match choice {
        LevelChoice::Unclassified => "unclassified".to_owned(),
        LevelChoice::Level(n) => format!("level-{n}"),
    }
}

fn parse_level(text: &str) -> Option<LevelChoice> {
    match text {
        "unclassified" => Some(LevelChoice::Unclassified),
        _ => text
            .strip_prefix("level-")
            .and_then(|n| n.parse().ok())
            .map(LevelChoice::Level),
    }
}

/// The item a click on the map landed on: the nearest element with `data-kind` and `data-id`.
fn clicked_item(event: &MouseEvent) -> Option<(Entity, i64)> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let item = target.closest("[data-kind][data-id]").ok()??;
    let entity = match item.get_attribute("data-kind")?.as_str() {
        "system" => Entity::System,
        "integration" => Entity::Integration,
        _ => return None,
    };
    Some((entity, item.get_attribute("data-id")?.parse().ok()?))
}

/// The map page.
#[function_component(PortfolioMap)]
pub fn portfolio_map(_: &()) -> Html {
    let ui = use_ui();
    let filter = use_state(MapFilter::default);
    let view = use_state(|| None::<MapView>);
    let canvas = use_node_ref();
    {
        let (view, ui_) = (view.clone(), ui.clone());
        use_effect_with(((*filter).clone(), ui.revision), move |(filter, _)| {
            let filter = filter.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match services::portfolio_map(&filter).await {
                    Ok(drawn) => view.set(Some(drawn)),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    // The SVG goes in as markup: it comes from our own backend, its text escaped there.
    {
        let canvas = canvas.clone();
        let svg = view.as_ref().map(|v| v.svg.clone()).unwrap_or_default();
        use_effect_with(svg, move |svg| {
            if let Some(element) = canvas.cast::<Element>() {
                element.set_inner_html(svg);
            }
        });
    }
    let onclick = {
        let open_item = ui.open_item.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(item) = clicked_item(&event) {
                open_item.emit(item);
            }
        })
    };
    let set = |change: fn(&mut MapFilter, &str)| {
        let filter = filter.clone();
        Callback::from(move |value: String| {
            let mut next = (*filter).clone();
            change(&mut next, &value);
            filter.set(next);
        })
    };
    let all = || (String::new(), ui.t("map-filter-any"));
    let choices = view.as_ref().map(|v| v.choices.clone()).unwrap_or_default();
    let owners: Vec<(String, String)> = std::iter::once(all())
        .chain(
            choices
                .owners
                .iter()
                .map(|c| (c.value.to_string(), c.label.clone())),
        )
        .collect();
    let units: Vec<(String, String)> = std::iter::once(all())
        .chain(
            choices
                .units
                .iter()
                .map(|c| (c.value.to_string(), c.label.clone())),
        )
        .collect();
    let levels: Vec<(String, String)> = std::iter::once(all())
        .chain(
            choices
                .levels
                .iter()
                .map(|c| (level_value(c.value), c.label.clone())),
        )
        .collect();
    let patterns: Vec<(String, String)> = std::iter::once(all())
        .chain(
            Pattern::ALL
                .iter()
                .map(|p| (name(p), ui.t(&format!("pattern-{}", name(p))))),
        )
        .collect();
    let statuses: Vec<(String, String)> = std::iter::once(all())
        .chain(ContractStatus::ALL.iter().map(|s| {
            (
                s.as_str().to_owned(),
                ui.t(&format!("status-{}", s.as_str())),
            )
        }))
        .collect();
    let lifecycles: Vec<(String, String)> = std::iter::once(all())
        .chain(Lifecycle::ALL.iter().map(|l| {
            (
                l.as_str().to_owned(),
                ui.t(&format!("lifecycle-{}", l.as_str())),
            )
        }))
        .collect();
    let colourings: Vec<(String, String)> = Colouring::ALL
        .iter()
        .map(|c| {
            (
                c.as_str().to_owned(),
                ui.t(&format!("map-colouring-{}", c.as_str())),
            )
        })
        .collect();
    let export = |format: MapFormat| {
        let (ui, filter) = (ui.clone(), filter.clone());
        Callback::from(move |_: MouseEvent| {
            let filter = (*filter).clone();
            ui.export(ExportRequest::of(ExportTarget::Map { filter, format }))
        })
    };
    let current = &*filter;
    let kind = |entity: Entity| ui.t(&format!("entity-{}", entity.as_str().replace('_', "-")));
    html! {
        <div class="map-page">
            <h2>{ ui.t("map-title") }</h2>
            <div class="map-filters" id="map-filters">
                <SelectField id="map-owner" label={ui.t("map-filter-owner")} options={owners}
                    value={current.owner.map(|o| o.to_string()).unwrap_or_default()}
                    on_change={set(|f, v| f.owner = v.parse().ok())} />
                <SelectField id="map-unit" label={ui.t("map-filter-unit")} options={units}
                    value={current.unit.map(|u| u.to_string()).unwrap_or_default()}
                    on_change={set(|f, v| f.unit = v.parse().ok())} />
                <SelectField id="map-classification" label={ui.t("map-filter-classification")} options={levels}
                    value={current.classification.map(level_value).unwrap_or_default()}
                    on_change={set(|f, v| f.classification = parse_level(v))} />
                <SelectField id="map-pattern" label={ui.t("map-filter-pattern")} options={patterns}
                    value={current.pattern.map(|p| name(&p)).unwrap_or_default()}
                    on_change={set(|f, v| f.pattern = parse(v))} />
                <SelectField id="map-status" label={ui.t("map-filter-status")} options={statuses}
                    value={current.status.map(|s| s.as_str().to_owned()).unwrap_or_default()}
                    on_change={set(|f, v| f.status = parse(v))} />
                <SelectField id="map-lifecycle" label={ui.t("map-filter-lifecycle")} options={lifecycles}
                    value={current.lifecycle.map(|l| l.as_str().to_owned()).unwrap_or_default()}
                    on_change={set(|f, v| f.lifecycle = parse(v))} />
                <SelectField id="map-colouring" label={ui.t("map-filter-colouring")} options={colourings}
                    value={current.colouring.as_str()}
                    on_change={set(|f, v| f.colouring = parse(v).unwrap_or_default())} />
                <div class="actions">
                    <button type="button" class="secondary" id="map-export-svg" onclick={export(MapFormat::Svg)}>{ ui.t("map-export-svg") }</button>
                    <button type="button" class="secondary" id="map-export-png" onclick={export(MapFormat::Png)}>{ ui.t("map-export-png") }</button>
                </div>
            </div>
            { match &*view {
                None => html! { <p class="empty" id="map-loading">{ ui.t("working") }</p> },
                Some(v) => html! {
                    <p class="map-counts" id="map-counts" data-systems={v.systems.to_string()} data-integrations={v.integrations.to_string()}>
                        { ui.t_with("map-subtitle", &[("systems", v.systems.into()), ("integrations", v.integrations.into()), ("anomalies", v.anomalies.len().into())]) }
                    </p>
                },
            } }
            <div class="map-body">
                <div class="map-canvas" id="map-canvas" ref={canvas} {onclick}></div>
                <section class="map-anomalies" aria-labelledby="map-anomalies-title">
                    <h3 id="map-anomalies-title">{ ui.t("map-anomalies") }</h3>
                    { match view.as_ref().map(|v| &v.anomalies) {
                        None => html! {},
                        Some(list) if list.is_empty() => html! { <p class="ok" id="map-no-anomalies">{ ui.t("map-no-anomalies") }</p> },
                        Some(list) => html! {
                            <ul id="map-anomaly-list">
                                { for list.iter().map(|a| {
                                    let open = {
                                        let (open_item, target) = (ui.open_item.clone(), (a.entity, a.id));
                                        Callback::from(move |_| open_item.emit(target))
                                    };
                                    html! {
                                        <li data-anomaly={a.kind.as_str()}>
                                            <button type="button" class="link finding" onclick={open}>
                                                <strong>{ format!("{}: {}", kind(a.entity), a.title) }</strong>
                                            </button>
                                            <p class="message">{ &a.message }</p>
                                        </li>
                                    }
                                }) }
                            </ul>
                        },
                    } }
                </section>
            </div>
        </div>
    }
}
