//! The map's filters: which systems and integrations a [`MapFilter`] keeps (see its doc for
//! the rules).

use crate::model::{PersonId, UnitId};
use crate::wire::map::{LevelChoice, MapFilter};

use super::graph::{Edge, Graph, Node};
use super::index::Grade;

/// Whether `grade` is the level chosen.
fn level_matches(choice: LevelChoice, grade: Option<&Grade>) -> bool {
    match (choice, grade) {
        (LevelChoice::Unclassified, None) => true,
        (LevelChoice::Level(ordinal), Some(grade)) => grade.ordinal == ordinal,
        _ => false,
    }
}

fn in_unit(graph: &Graph, node: &Node, unit: i64) -> bool {
    graph.clusters[node.cluster].unit == Some(UnitId(unit))
}

/// Whether an integration meets every criterion of `filter`.
fn edge_matches(graph: &Graph, edge: &Edge, filter: &MapFilter) -> bool {
    let ends = [&graph.nodes[edge.from], &graph.nodes[edge.to]];
    filter
        .unit
        .is_none_or(|unit| ends.iter().any(|n| in_unit(graph, n, unit)))
        && filter.owner.is_none_or(|p| edge.owner == Some(PersonId(p)))
        && filter
            .classification
            .is_none_or(|c| level_matches(c, edge.grade.as_ref()))
        && filter.pattern.is_none_or(|p| edge.pattern == p)
        && filter.status.is_none_or(|s| edge.statuses.contains(&s))
        && filter
            .lifecycle
            .is_none_or(|l| ends.iter().any(|n| n.lifecycle == l))
}

/// Whether a system meets every criterion of `filter` itself (never, while a criterion of
/// integrations only is set).
fn node_matches(graph: &Graph, node: &Node, filter: &MapFilter) -> bool {
    filter.pattern.is_none()
        && filter.status.is_none()
        && filter.unit.is_none_or(|unit| in_unit(graph, node, unit))
        && filter
            .owner
            .is_none_or(|p| node.owners.contains(&PersonId(p)))
        && filter
            .classification
            .is_none_or(|c| level_matches(c, node.grade.as_ref()))
        && filter.lifecycle.is_none_or(|l| node.lifecycle == l)
}

/// The part of `graph` that `filter` shows.
pub fn apply(graph: &Graph, filter: &MapFilter) -> Graph {
    let keep_edges: Vec<bool> = graph
        .edges
        .iter()
        .map(|e| edge_matches(graph, e, filter))
        .collect();
    let mut keep_nodes: Vec<bool> = graph
        .nodes
        .iter()
        .map(|n| node_matches(graph, n, filter))
        .collect();
    for (edge, _) in graph.edges.iter().zip(&keep_edges).filter(|(_, k)| **k) {
        keep_nodes[edge.from] = true;
        keep_nodes[edge.to] = true;
    }
    graph.retain(&keep_nodes, &keep_edges)
}
