//! The portfolio as a graph: systems as nodes grouped by owning unit, integrations as
//! directed edges from the provider to each consumer.

use std::collections::{BTreeMap, HashMap};

use crate::model::{ContractStatus, IntegrationId, Lifecycle, Pattern, PersonId, SystemId, UnitId};

use super::index::{higher, Grade, Index};

/// A group of systems: those of one owning unit, or those with none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The unit (`None`: systems no unit owns).
    pub unit: Option<UnitId>,
    /// The unit's name (empty for `None`; the drawing names it in its language).
    pub name: String,
}

/// A system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The system.
    pub id: SystemId,
    /// Its name.
    pub name: String,
    /// Its cluster (index into [`Graph::clusters`]).
    pub cluster: usize,
    /// Where it is in its life.
    pub lifecycle: Lifecycle,
    /// The highest classification of the information it provides.
    pub grade: Option<Grade>,
    /// Its system owners, by id.
    pub owners: Vec<PersonId>,
}

/// One integration from its provider to one consumer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// The integration.
    pub integration: IntegrationId,
    /// Its name.
    pub name: String,
    /// The provider (index into [`Graph::nodes`]).
    pub from: usize,
    /// The consumer (index into [`Graph::nodes`]).
    pub to: usize,
    /// The integration owner.
    pub owner: Option<PersonId>,
    /// How information moves.
    pub pattern: Pattern,
    /// The highest classification of the contracts governing it.
    pub grade: Option<Grade>,
    /// The statuses of the contracts governing it, in contract order.
    pub statuses: Vec<ContractStatus>,
}

/// Systems, their clusters and the integrations between them, each in a fixed order:
/// clusters by unit name (systems without a unit last), nodes by cluster then name, edges
/// by integration name then consumer order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    /// The clusters.
    pub clusters: Vec<Cluster>,
    /// The systems.
    pub nodes: Vec<Node>,
    /// The integrations, one edge per consumer.
    pub edges: Vec<Edge>,
}

/// A sort key that ignores case, then falls back to the exact text.
fn name_key(name: &str) -> (String, String) {
    (name.to_lowercase(), name.to_owned())
}

impl Graph {
    /// The graph of the whole portfolio.
    pub fn build(index: &Index<'_>) -> Graph {
        let portfolio = index.portfolio;
        let unit_names: HashMap<UnitId, &str> = portfolio
            .units
            .iter()
            .map(|u| (u.id, u.name.as_str()))
            .collect();
        // Clusters: every unit owning a system (a unit not in the list counts as none).
        let unit_of = |system: &crate::model::System| {
            system
                .draft
                .owning_unit
                .filter(|u| unit_names.contains_key(u))
        };
        let mut units: Vec<UnitId> = portfolio.systems.iter().filter_map(unit_of).collect();
        units.sort_by(|a, b| {
            name_key(unit_names[a])
                .cmp(&name_key(unit_names[b]))
                .then(a.cmp(b))
        });
        units.dedup();
        let mut clusters: Vec<Cluster> = units
            .iter()
            .map(|u| Cluster {
                unit: Some(*u),
                name: unit_names[u].to_owned(),
            })
            .collect();
        if portfolio.systems.iter().any(|s| unit_of(s).is_none()) {
            clusters.push(Cluster {
                unit: None,
                name: String::new(),
            });
        }
        let cluster_of: HashMap<Option<UnitId>, usize> = clusters
            .iter()
            .enumerate()
            .map(|(i, c)| (c.unit, i))
            .collect();

        let mut owners: BTreeMap<SystemId, Vec<PersonId>> = BTreeMap::new();
        for (system, person) in &portfolio.system_owners {
            let list = owners.entry(*system).or_default();
            if !list.contains(person) {
                list.push(*person);
            }
        }
        let mut systems: Vec<&crate::model::System> = portfolio.systems.iter().collect();
        systems.sort_by(|a, b| {
            cluster_of[&unit_of(a)]
                .cmp(&cluster_of[&unit_of(b)])
                .then_with(|| name_key(&a.draft.name).cmp(&name_key(&b.draft.name)))
                .then(a.id.cmp(&b.id))
        });
        systems.dedup_by_key(|s| s.id);
        let mut nodes: Vec<Node> = systems
            .iter()
            .map(|s| Node {
                id: s.id,
                name: s.draft.name.clone(),
                cluster: cluster_of[&unit_of(s)],
                lifecycle: s.draft.lifecycle,
                grade: None,
                owners: owners.get(&s.id).cloned().unwrap_or_default(),
            })
            .collect();
        let node_of: HashMap<SystemId, usize> =
            nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();

        let mut integrations: Vec<&crate::model::Integration> =
            portfolio.integrations.iter().collect();
        integrations.sort_by(|a, b| {
            name_key(&a.draft.name)
                .cmp(&name_key(&b.draft.name))
                .then(a.id.cmp(&b.id))
        });
        let mut edges = Vec::new();
        for integration in integrations {
            let Some(from) = integration.draft.provider.and_then(|p| node_of.get(&p)) else {
                continue;
            };
            let grade = index.integration_grade(integration.id).cloned();
            nodes[*from].grade = higher(nodes[*from].grade.take(), grade.as_ref());
            let statuses: Vec<ContractStatus> = index
                .governing(integration.id)
                .iter()
                .map(|c| c.status)
                .collect();
            let mut consumers = integration.draft.consumers.clone();
            consumers.dedup();
            for to in consumers.iter().filter_map(|c| node_of.get(c)) {
                edges.push(Edge {
                    integration: integration.id,
                    name: integration.draft.name.clone(),
                    from: *from,
                    to: *to,
                    owner: integration.draft.owner,
                    pattern: integration.draft.pattern,
                    grade: grade.clone(),
                    statuses: statuses.clone(),
                });
            }
        }
        Graph {
            clusters,
            nodes,
            edges,
        }
    }

    /// The graph with only the nodes and edges kept (`keep_nodes[i]`, `keep_edges[i]`),
    /// re-indexed; clusters left without a node go too. An edge whose end is not kept goes.
    pub fn retain(&self, keep_nodes: &[bool], keep_edges: &[bool]) -> Graph {
        let kept = |flags: &[bool], i: usize| flags.get(i).copied().unwrap_or(false);
        let mut cluster_map = vec![None; self.clusters.len()];
        let mut clusters = Vec::new();
        let mut node_map = vec![None; self.nodes.len()];
        let mut nodes = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if !kept(keep_nodes, i) {
                continue;
            }
            let cluster = *cluster_map[node.cluster].get_or_insert_with(|| {
                clusters.push(self.clusters[node.cluster].clone());
                clusters.len() - 1
            });
            node_map[i] = Some(nodes.len());
            nodes.push(Node {
                cluster,
                ..node.clone()
            });
        }
        let edges = self
            .edges
            .iter()
            .enumerate()
            .filter(|(i, _)| kept(keep_edges, *i))
            .filter_map(|(_, e)| {
                Some(Edge {
                    from: node_map[e.from]?,
                    to: node_map[e.to]?,
                    ..e.clone()
                })
            })
            .collect();
        Graph {
            clusters,
            nodes,
            edges,
        }
    }

    /// How many integrations the edges stand for (each once).
    pub fn integration_count(&self) -> usize {
        let mut ids: Vec<IntegrationId> = self.edges.iter().map(|e| e.integration).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    }
}
