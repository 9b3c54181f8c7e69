//! What colours mean on the map: each system's and integration's colour by classification
//! or by owner, and the legend entries that explain them.

use std::collections::HashMap;

use crate::i18n::Translator;
use crate::model::PersonId;
use crate::wire::map::{Colouring, LegendEntry};

use super::graph::Graph;
use super::index::{Grade, Index};

/// The colour of what is not classified.
pub const UNCLASSIFIED: &str = "#9aa0a6";
/// The colour of what nobody owns.
pub const NO_OWNER: &str = "#5f6368";
/// The colour of owners past the palette.
pub const OTHER_OWNERS: &str = "#b8a88a";
/// Distinct colours for the owners with the most items (colour-blind-friendly order).
pub const OWNER_PALETTE: [&str; 10] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f",
];

/// Each system's and integration's colour (in the graph's order) and the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paint {
    /// Per node.
    pub nodes: Vec<String>,
    /// Per edge.
    pub edges: Vec<String>,
    /// What the colours mean.
    pub legend: Vec<LegendEntry>,
}

/// `colour` (`#rrggbb`) mixed with white, `share` of white (0–1).
pub fn tint(colour: &str, share: f32) -> String {
    let channel = |i: usize| {
        let value = colour
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(128);
        let mixed = f32::from(value) * (1.0 - share) + 255.0 * share;
        mixed.round().clamp(0.0, 255.0) as u8
    };
    format!("#{:02x}{:02x}{:02x}", channel(1), channel(3), channel(5))
}

fn grade_label(grade: &Grade, t: &Translator) -> String {
    let level = grade.name.get(t.lang());
    let scheme = grade.scheme_name.get(t.lang());
    if scheme.is_empty() {
        level.to_owned()
    } else {
        format!("{level} ({scheme})")
    }
}

/// The colours of `graph` by `colouring`.
pub fn paint(graph: &Graph, colouring: Colouring, index: &Index<'_>, t: &Translator) -> Paint {
    match colouring {
        Colouring::Classification => by_classification(graph, t),
        Colouring::Owner => by_owner(graph, index, t),
    }
}

fn by_classification(graph: &Graph, t: &Translator) -> Paint {
    let colour = |grade: Option<&Grade>| grade.map_or(UNCLASSIFIED, |g| &g.colour).to_owned();
    let grades: Vec<Option<&Grade>> = graph
        .nodes
        .iter()
        .map(|n| n.grade.as_ref())
        .chain(graph.edges.iter().map(|e| e.grade.as_ref()))
        .collect();
    let mut used: Vec<&Grade> = grades.iter().flatten().copied().collect();
    used.sort_by(|a, b| (a.ordinal, &a.scheme).cmp(&(b.ordinal, &b.scheme)));
    used.dedup_by(|a, b| a.ordinal == b.ordinal && a.scheme == b.scheme);
    let mut legend: Vec<LegendEntry> = used
        .iter()
        .map(|g| LegendEntry {
            colour: g.colour.clone(),
            label: grade_label(g, t),
        })
        .collect();
    if grades.iter().any(Option::is_none) {
        legend.push(LegendEntry {
            colour: UNCLASSIFIED.to_owned(),
            label: t.t("map-legend-unclassified"),
        });
    }
    Paint {
        nodes: graph
            .nodes
            .iter()
            .map(|n| colour(n.grade.as_ref()))
            .collect(),
        edges: graph
            .edges
            .iter()
            .map(|e| colour(e.grade.as_ref()))
            .collect(),
        legend,
    }
}

fn by_owner(graph: &Graph, index: &Index<'_>, t: &Translator) -> Paint {
    let node_owner = |i: usize| graph.nodes[i].owners.first().copied();
    let owners: Vec<Option<PersonId>> = (0..graph.nodes.len())
        .map(node_owner)
        .chain(graph.edges.iter().map(|e| e.owner))
        .collect();
    let mut counts: HashMap<PersonId, usize> = HashMap::new();
    for owner in owners.iter().flatten() {
        *counts.entry(*owner).or_default() += 1;
    }
    let mut ranked: Vec<(PersonId, usize, String)> = counts
        .into_iter()
        .map(|(p, n)| (p, n, index.person_name(p)))
        .collect();
    ranked.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.2.cmp(&b.2))
            .then(a.0.cmp(&b.0))
    });
    let colours: HashMap<PersonId, &str> = ranked
        .iter()
        .zip(OWNER_PALETTE)
        .map(|((p, _, _), c)| (*p, c))
        .collect();
    let colour = |owner: Option<PersonId>| {
        owner
            .map_or(NO_OWNER, |p| {
                colours.get(&p).copied().unwrap_or(OTHER_OWNERS)
            })
            .to_owned()
    };
    let mut legend: Vec<LegendEntry> = ranked
        .iter()
        .zip(OWNER_PALETTE)
        .map(|((_, _, name), c)| LegendEntry {
            colour: c.to_owned(),
            label: name.clone(),
        })
        .collect();
    if ranked.len() > OWNER_PALETTE.len() {
        legend.push(LegendEntry {
            colour: OTHER_OWNERS.to_owned(),
            label: t.t("map-legend-other-owners"),
        });
    }
    if owners.iter().any(Option::is_none) {
        legend.push(LegendEntry {
            colour: NO_OWNER.to_owned(),
            label: t.t("map-legend-no-owner"),
        });
    }
    Paint {
        nodes: (0..graph.nodes.len())
            .map(|i| colour(node_owner(i)))
            .collect(),
        edges: graph.edges.iter().map(|e| colour(e.owner)).collect(),
        legend,
    }
}
