//! The ownership and integration map: the whole portfolio as a picture. Systems are boxes
//! grouped by owning unit, integrations curves from provider to consumer, coloured by
//! classification or by owner, filtered, with the portfolio's anomalies marked and listed.
//!
//! - `portfolio.rs`: what the map is drawn from (plain values); `crate::app::map` reads it from
//!   a catalog.
//! - `index.rs`: look-ups and each item's highest classification; `graph.rs`: nodes, edges
//!   and clusters; `filter.rs`: what a [`MapFilter`] keeps; `anomaly.rs`: one rule per kind
//!   of anomaly; `colour.rs`: colours and the legend.
//! - `metrics.rs`: DejaVu's glyph widths; `layout.rs`: the geometry; `svg.rs`: the
//!   document; `png.rs`: the picture through resvg.
//!
//! *Invariant: everything here is pure — no IO, no clock (today is part of the
//! portfolio) — and the same portfolio and filter give byte-identical SVG.*

mod anomaly;
mod colour;
mod filter;
mod graph;
mod index;
mod layout;
mod metrics;
mod png;
mod portfolio;
pub mod sample;
mod svg;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

pub use anomaly::{running_without_contract_in_force, Anomaly, Mark, Standing};
pub use graph::{Cluster, Edge, Graph, Node};
pub use index::{Grade, Index};
pub use layout::{layout, Layout, LegendItem, Rect, Swatch};
pub use metrics::Metrics;
pub use png::{parse, rasterise};
pub use portfolio::{ContractView, LiveGrant, Portfolio};

use crate::i18n::{Arg, Translator};
use crate::model::{IntegrationId, PersonId, SystemId};
use crate::wire::map::{
    AnomalyKind, Choice, LevelChoice, MapChoices, MapFilter, MapFormat, MapView,
};

/// What can go wrong drawing or writing the map.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MapError {
    /// The file name's extension names no format the map is written in.
    #[error("{} names no picture format the map is written in: end the file name in .svg or .png", path.display())]
    UnknownFormat {
        /// The file asked for.
        path: PathBuf,
    },
    /// The drawn SVG did not parse (a bug).
    #[error("the map's SVG did not parse: {0}")]
    Svg(String),
    /// The picture is too large to allocate.
    #[error("a picture of {width}×{height} pixels cannot be made")]
    Image {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
    },
    /// Encoding the PNG failed.
    #[error("the PNG could not be encoded: {0}")]
    Png(String),
}

/// The PNG's scale: 1.5 pixels per SVG unit, so text stays sharp.
pub const PNG_SCALE: f32 = 1.5;

/// The map of `portfolio` as `filter` asks, in `t`'s language.
pub fn draw(portfolio: &Portfolio, filter: &MapFilter, t: &Translator) -> MapView {
    let index = Index::new(portfolio);
    let full = Graph::build(&index);
    let mut shown = filter::apply(&full, filter);
    for cluster in shown.clusters.iter_mut().filter(|c| c.unit.is_none()) {
        cluster.name = t.t("map-no-unit");
    }

    // The anomalies of what is shown, by what they mark.
    let systems: HashSet<SystemId> = shown.nodes.iter().map(|n| n.id).collect();
    let integrations: HashSet<IntegrationId> = shown.edges.iter().map(|e| e.integration).collect();
    let visible = |mark: &Mark| match mark {
        Mark::System(id) => systems.contains(id),
        Mark::Integration(id) => integrations.contains(id),
    };
    let anomalies: Vec<Anomaly> = anomaly::detect(&index)
        .into_iter()
        .filter(|a| a.marks().iter().any(visible))
        .collect();
    let mut marked: BTreeMap<Mark, Vec<(AnomalyKind, String)>> = BTreeMap::new();
    let mut listed = Vec::with_capacity(anomalies.len());
    for anomaly in &anomalies {
        let view = anomaly.view(&index, t);
        for mark in anomaly.marks() {
            marked
                .entry(mark)
                .or_default()
                .push((view.kind, view.message.clone()));
        }
        listed.push(view);
    }
    listed.sort_by(|a, b| {
        let rank = |k: AnomalyKind| AnomalyKind::ALL.iter().position(|x| *x == k);
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then_with(|| a.title.cmp(&b.title))
            .then(a.id.cmp(&b.id))
    });

    let paint = colour::paint(&shown, filter.colouring, &index, t);
    let mut legend: Vec<LegendItem> = paint
        .legend
        .iter()
        .map(|e| LegendItem {
            swatch: Swatch::Colour(e.colour.clone()),
            text: e.label.clone(),
        })
        .collect();
    legend.push(LegendItem {
        swatch: Swatch::Arrow,
        text: t.t("map-legend-direction"),
    });
    legend.push(LegendItem {
        swatch: Swatch::Anomaly,
        text: t.t("map-legend-anomaly"),
    });

    let title = t.t("map-title");
    let integration_count = shown.integration_count();
    let subtitle = t.t_with(
        "map-subtitle",
        &[
            ("systems", Arg::from(shown.nodes.len())),
            ("integrations", Arg::from(integration_count)),
            ("anomalies", Arg::from(listed.len())),
        ],
    );
    let geometry = layout(&shown, &title, &subtitle, &legend);
    let look = |id: i64, mark: Mark, colour: &String, tooltip: String| {
        let found = marked.get(&mark).map_or(&[][..], Vec::as_slice);
        let mut kinds: Vec<&'static str> = found.iter().map(|(k, _)| k.as_str()).collect();
        kinds.dedup();
        let mut tooltip = tooltip;
        for (_, message) in found {
            tooltip.push_str("\n⚠ ");
            tooltip.push_str(message);
        }
        svg::Look {
            id,
            colour: colour.clone(),
            tooltip,
            anomalies: kinds,
        }
    };
    let nodes = shown
        .nodes
        .iter()
        .zip(&paint.nodes)
        .map(|(node, colour)| {
            let tooltip = node_tooltip(&shown, node, &index, t);
            look(node.id.0, Mark::System(node.id), colour, tooltip)
        })
        .collect();
    let edges = shown
        .edges
        .iter()
        .zip(&paint.edges)
        .map(|(edge, colour)| {
            let tooltip = edge_tooltip(&shown, edge, t, &index);
            look(
                edge.integration.0,
                Mark::Integration(edge.integration),
                colour,
                tooltip,
            )
        })
        .collect();
    let scene = svg::Scene {
        layout: &geometry,
        title: &title,
        clusters: shown.clusters.iter().map(|c| c.name.clone()).collect(),
        nodes,
        edges,
    };
    MapView {
        svg: svg::render(&scene),
        systems: shown.nodes.len(),
        integrations: integration_count,
        anomalies: listed,
        legend: paint.legend,
        choices: choices(&full, &index, t),
    }
}

/// The map as a file's bytes: the SVG itself, or rasterised to PNG.
pub fn image(view: &MapView, format: MapFormat) -> Result<Vec<u8>, MapError> {
    match format {
        MapFormat::Svg => Ok(view.svg.clone().into_bytes()),
        MapFormat::Png => rasterise(&view.svg, PNG_SCALE),
    }
}

/// An enum value's serde name (the suffix of its message id).
fn serde_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

fn grade_text(grade: Option<&Grade>, t: &Translator) -> String {
    match grade {
        Some(g) => {
            let scheme = g.scheme_name.get(t.lang());
            if scheme.is_empty() {
                g.name.get(t.lang()).to_owned()
            } else {
                format!("{} ({scheme})", g.name.get(t.lang()))
            }
        }
        None => t.t("map-legend-unclassified"),
    }
}

fn people_text(people: &[PersonId], index: &Index<'_>, t: &Translator) -> String {
    if people.is_empty() {
        return t.t("map-legend-no-owner");
    }
    people
        .iter()
        .map(|p| index.person_name(*p))
        .collect::<Vec<_>>()
        .join(", ")
}

fn node_tooltip(graph: &Graph, node: &Node, index: &Index<'_>, t: &Translator) -> String {
    let unit = &graph.clusters[node.cluster].name;
    [
        node.name.clone(),
        t.t_with("map-tip-unit", &[("unit", Arg::from(unit.as_str()))]),
        t.t_with(
            "map-tip-lifecycle",
            &[(
                "lifecycle",
                Arg::from(t.t(&format!("lifecycle-{}", node.lifecycle.as_str()))),
            )],
        ),
        t.t_with(
            "map-tip-classification",
            &[("level", Arg::from(grade_text(node.grade.as_ref(), t)))],
        ),
        t.t_with(
            "map-tip-owner",
            &[("owner", Arg::from(people_text(&node.owners, index, t)))],
        ),
    ]
    .join("\n")
}

fn edge_tooltip(graph: &Graph, edge: &Edge, t: &Translator, index: &Index<'_>) -> String {
    let statuses = if edge.statuses.is_empty() {
        t.t("map-tip-no-contract")
    } else {
        edge.statuses
            .iter()
            .map(|s| t.t(&format!("status-{}", s.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let pattern = serde_name(&edge.pattern);
    [
        edge.name.clone(),
        t.t_with(
            "map-tip-flow",
            &[
                ("provider", Arg::from(graph.nodes[edge.from].name.as_str())),
                ("consumer", Arg::from(graph.nodes[edge.to].name.as_str())),
            ],
        ),
        t.t_with(
            "map-tip-pattern",
            &[("pattern", Arg::from(t.t(&format!("pattern-{pattern}"))))],
        ),
        t.t_with(
            "map-tip-classification",
            &[("level", Arg::from(grade_text(edge.grade.as_ref(), t)))],
        ),
        t.t_with(
            "map-tip-owner",
            &[(
                "owner",
                Arg::from(people_text(edge.owner.as_slice(), index, t)),
            )],
        ),
        t.t_with("map-tip-contracts", &[("statuses", Arg::from(statuses))]),
    ]
    .join("\n")
}

/// What the filters offer, from the whole graph.
fn choices(full: &Graph, index: &Index<'_>, t: &Translator) -> MapChoices {
    let mut owners: Vec<PersonId> = full
        .edges
        .iter()
        .filter_map(|e| e.owner)
        .chain(full.nodes.iter().flat_map(|n| n.owners.iter().copied()))
        .collect();
    owners.sort();
    owners.dedup();
    let mut owners: Vec<Choice<i64>> = owners
        .into_iter()
        .map(|p| Choice {
            value: p.0,
            label: index.person_name(p),
        })
        .collect();
    owners.sort_by(|a, b| a.label.cmp(&b.label).then(a.value.cmp(&b.value)));
    let units = full
        .clusters
        .iter()
        .filter_map(|c| {
            c.unit.map(|u| Choice {
                value: u.0,
                label: c.name.clone(),
            })
        })
        .collect();
    let mut grades: BTreeMap<u8, Vec<String>> = BTreeMap::new();
    let mut unclassified = false;
    for grade in full
        .nodes
        .iter()
        .map(|n| n.grade.as_ref())
        .chain(full.edges.iter().map(|e| e.grade.as_ref()))
    {
        match grade {
            Some(g) => {
                let names = grades.entry(g.ordinal).or_default();
                let name = g.name.get(t.lang()).to_owned();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            None => unclassified = true,
        }
    }
    let mut levels: Vec<Choice<LevelChoice>> = grades
        .into_iter()
        .map(|(ordinal, names)| Choice {
            value: LevelChoice::Level(ordinal),
            label: format!("{ordinal}: {}", names.join(" / ")),
        })
        .collect();
    if unclassified {
        levels.push(Choice {
            value: LevelChoice::Unclassified,
            label: t.t("map-legend-unclassified"),
        });
    }
    MapChoices {
        owners,
        units,
        levels,
    }
}

#[cfg(test)]
mod tests;
