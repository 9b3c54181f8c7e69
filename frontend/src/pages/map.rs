//! The ownership and integration map: filters above, the map (SVG drawn by the backend)
//! beside the list of its anomalies; clicking a system, an integration or an anomaly opens
//! the item, and the map exports as SVG or PNG.

use contracts::model::{ContractStatus, Entity, Lifecycle, Pattern};
use contracts::wire::map::{
    Choice, Colouring, LevelChoice, MapChoices, MapFilter, MapFormat, MapView,
};
use contracts::wire::{ExportRequest, ExportTarget};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::components::fields::SelectField;
use crate::services;
use crate::ui::{use_ui, Ui};

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

/// The classification choice a select's value names.
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

/// The map drawn for `filter` (read again when it or the catalog changes), its SVG put into
/// `canvas` as markup: it comes from our own backend, its text escaped there.
#[hook]
fn use_map_view(filter: &MapFilter, canvas: &NodeRef, ui: &Ui) -> UseStateHandle<Option<MapView>> {
    let view = use_state(|| None::<MapView>);
    {
        let (view, ui_) = (view.clone(), ui.clone());
        use_effect_with((filter.clone(), ui.revision), move |(filter, _)| {
            let filter = filter.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match services::portfolio_map(&filter).await {
                    Ok(drawn) => view.set(Some(drawn)),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    {
        let canvas = canvas.clone();
        let svg = view.as_ref().map(|v| v.svg.clone()).unwrap_or_default();
        use_effect_with(svg, move |svg| {
            if let Some(element) = canvas.cast::<Element>() {
                element.set_inner_html(svg);
            }
        });
    }
    view
}

/// A filter's choices: "any" first, then `choices`.
fn any_then(ui: &Ui, choices: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), ui.t("map-filter-any")))
        .chain(choices)
        .collect()
}

/// A filter picker: `id` labelled by message `label`, showing `value`, changing the filter
/// with `change`.
struct Picker {
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    value: String,
    change: fn(&mut MapFilter, &str),
}

/// The filter pickers, in order.
fn pickers(ui: &Ui, current: &MapFilter, choices: &MapChoices) -> Vec<Picker> {
    let labelled = |c: &Choice<i64>| (c.value.to_string(), c.label.clone());
    vec![
        Picker {
            id: "map-owner",
            label: "map-filter-owner",
            options: any_then(ui, choices.owners.iter().map(labelled)),
            value: current.owner.map(|o| o.to_string()).unwrap_or_default(),
            change: |f, v| f.owner = v.parse().ok(),
        },
        Picker {
            id: "map-unit",
            label: "map-filter-unit",
            options: any_then(ui, choices.units.iter().map(labelled)),
            value: current.unit.map(|u| u.to_string()).unwrap_or_default(),
            change: |f, v| f.unit = v.parse().ok(),
        },
        Picker {
            id: "map-classification",
            label: "map-filter-classification",
            options: any_then(
                ui,
                choices
                    .levels
                    .iter()
                    .map(|c| (level_value(c.value), c.label.clone())),
            ),
            value: current.classification.map(level_value).unwrap_or_default(),
            change: |f, v| f.classification = parse_level(v),
        },
        Picker {
            id: "map-pattern",
            label: "map-filter-pattern",
            options: any_then(
                ui,
                Pattern::ALL
                    .iter()
                    .map(|p| (name(p), ui.t(&format!("pattern-{}", name(p))))),
            ),
            value: current.pattern.map(|p| name(&p)).unwrap_or_default(),
            change: |f, v| f.pattern = parse(v),
        },
        Picker {
            id: "map-status",
            label: "map-filter-status",
            options: any_then(
                ui,
                ContractStatus::ALL.iter().map(|s| {
                    (
                        s.as_str().to_owned(),
                        ui.t(&format!("status-{}", s.as_str())),
                    )
                }),
            ),
            value: current
                .status
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            change: |f, v| f.status = parse(v),
        },
        Picker {
            id: "map-lifecycle",
            label: "map-filter-lifecycle",
            options: any_then(
                ui,
                Lifecycle::ALL.iter().map(|l| {
                    (
                        l.as_str().to_owned(),
                        ui.t(&format!("lifecycle-{}", l.as_str())),
                    )
                }),
            ),
            value: current
                .lifecycle
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
            change: |f, v| f.lifecycle = parse(v),
        },
        Picker {
            id: "map-colouring",
            label: "map-filter-colouring",
            options: Colouring::ALL
                .iter()
                .map(|c| {
                    (
                        c.as_str().to_owned(),
                        ui.t(&format!("map-colouring-{}", c.as_str())),
                    )
                })
                .collect(),
            value: current.colouring.as_str().to_owned(),
            change: |f, v| f.colouring = parse(v).unwrap_or_default(),
        },
    ]
}

/// The filters and the export buttons.
fn filters(ui: &Ui, filter: &UseStateHandle<MapFilter>, choices: &MapChoices) -> Html {
    let pickers = pickers(ui, filter, choices).into_iter().map(|picker| {
        let (filter, change) = (filter.clone(), picker.change);
        let on_change = Callback::from(move |value: String| {
            let mut next = (*filter).clone();
            change(&mut next, &value);
            filter.set(next);
        });
        html! {
            <SelectField id={picker.id} label={ui.t(picker.label)} options={picker.options}
                value={picker.value} {on_change} />
        }
    });
    let export = |format: MapFormat| {
        let (ui, filter) = (ui.clone(), filter.clone());
        Callback::from(move |_: MouseEvent| {
            let filter = (*filter).clone();
            ui.export(ExportRequest::of(ExportTarget::Map { filter, format }))
        })
    };
    html! {
        <div class="map-filters" id="map-filters">
            { for pickers }
            <div class="actions">
                <button type="button" class="secondary" id="map-export-svg" onclick={export(MapFormat::Svg)}>{ ui.t("map-export-svg") }</button>
                <button type="button" class="secondary" id="map-export-png" onclick={export(MapFormat::Png)}>{ ui.t("map-export-png") }</button>
            </div>
        </div>
    }
}

/// The map's anomalies, each a link to its item; nothing while the map is being drawn.
fn anomalies(ui: &Ui, view: Option<&MapView>) -> Html {
    let kind = |entity: Entity| ui.t(&format!("entity-{}", entity.as_str().replace('_', "-")));
    match view.map(|v| &v.anomalies) {
        None => html! {},
        Some(list) if list.is_empty() => {
            html! { <p class="ok" id="map-no-anomalies">{ ui.t("map-no-anomalies") }</p> }
        }
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
    }
}

/// The map page.
#[function_component(PortfolioMap)]
pub fn portfolio_map(_: &()) -> Html {
    let ui = use_ui();
    let filter = use_state(MapFilter::default);
    let canvas = use_node_ref();
    let view = use_map_view(&filter, &canvas, &ui);
    let onclick = {
        let open_item = ui.open_item.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(item) = clicked_item(&event) {
                open_item.emit(item);
            }
        })
    };
    let choices = view.as_ref().map(|v| v.choices.clone()).unwrap_or_default();
    html! {
        <div class="map-page">
            <h2>{ ui.t("map-title") }</h2>
            { filters(&ui, &filter, &choices) }
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
                    { anomalies(&ui, view.as_ref()) }
                </section>
            </div>
        </div>
    }
}
