//! The map's tests: the graph of a small portfolio, each filter and each anomaly (found and
//! not found), determinism, the layout at 300 systems and 1,000 integrations, and valid SVG
//! and PNG.

use super::*;
use crate::classification_defaults::klassa;
use crate::i18n::Translator;
use crate::model::{
    ContractId, ContractStatus, GrantId, InformationSet, InformationSetDraft, InformationSetId,
    Integration, IntegrationDraft, IntegrationId, Lang, Lifecycle, OrganisationId, Pattern, Person,
    PersonDraft, PersonId, SchemaField, System, SystemDraft, SystemId, Unit, UnitId,
};
use crate::wire::map::{AnomalyKind, Colouring, LevelChoice, MapFilter};

mod anomalies;
mod filters;
mod scale;

fn person(id: i64, name: &str, left_on: Option<&str>) -> Person {
    Person {
        id: PersonId(id),
        draft: PersonDraft {
            name: name.into(),
            email: format!("{id}@example.org"),
            unit: None,
            left_on: left_on.map(str::to_owned),
        },
    }
}

fn system(id: i64, name: &str, unit: Option<i64>) -> System {
    System {
        id: SystemId(id),
        draft: SystemDraft {
            name: name.into(),
            owning_unit: unit.map(UnitId),
            lifecycle: Lifecycle::InProduction,
            ..SystemDraft::default()
        },
    }
}

fn integration(id: i64, name: &str, from: i64, to: &[i64], owner: Option<i64>) -> Integration {
    Integration {
        id: IntegrationId(id),
        draft: IntegrationDraft {
            name: name.into(),
            provider: Some(SystemId(from)),
            consumers: to.iter().map(|c| SystemId(*c)).collect(),
            owner: owner.map(PersonId),
            ..IntegrationDraft::default()
        },
    }
}

fn set(id: i64, owner: i64, level: Option<u8>) -> InformationSet {
    InformationSet {
        id: InformationSetId(id),
        draft: InformationSetDraft {
            name: format!("Set {id}"),
            owner: Some(PersonId(owner)),
            scheme: Some(klassa().key),
            fields: vec![SchemaField {
                name: "f".into(),
                classification: level,
                ..SchemaField::default()
            }],
            ..InformationSetDraft::default()
        },
    }
}

fn contract(id: i64, status: ContractStatus, sets: &[i64], integrations: &[i64]) -> ContractView {
    ContractView {
        id: ContractId(id),
        title: format!("Contract {id}"),
        status,
        valid_from: Some("2026-01-01".into()),
        valid_to: None,
        information_sets: sets.iter().map(|s| InformationSetId(*s)).collect(),
        integrations: integrations.iter().map(|i| IntegrationId(*i)).collect(),
        information_owners: Vec::new(),
    }
}

/// Two units (HR: payroll; IT: identity, directory), a system with no unit, three people;
/// payroll → identity and directory (owned by Kari, who owns the employee data, level 2),
/// identity → directory (owned by Ola, carrying unclassified data under a draft).
fn small() -> Portfolio {
    Portfolio {
        today: "2026-06-01".into(),
        units: vec![
            Unit {
                id: UnitId(1),
                organisation: OrganisationId(1),
                name: "IT".into(),
            },
            Unit {
                id: UnitId(2),
                organisation: OrganisationId(1),
                name: "HR".into(),
            },
        ],
        people: vec![
            person(1, "Kari", None),
            person(2, "Ola", None),
            person(3, "Per", Some("2025-06-30")),
        ],
        systems: vec![
            system(1, "Payroll", Some(2)),
            system(2, "Identity", Some(1)),
            system(3, "Directory", Some(1)),
            system(4, "Spreadsheet", None),
        ],
        system_owners: vec![(SystemId(1), PersonId(1)), (SystemId(2), PersonId(2))],
        departed_system_owners: Vec::new(),
        integrations: vec![
            integration(1, "Employees", 1, &[2, 3], Some(1)),
            integration(2, "Accounts", 2, &[3], Some(2)),
        ],
        contracts: vec![
            contract(1, ContractStatus::Approved, &[1], &[1]),
            contract(2, ContractStatus::Approved, &[2], &[2]),
        ],
        information_sets: vec![set(1, 1, Some(2)), set(2, 2, Some(1))],
        schemes: vec![klassa()],
        live_grants: Vec::new(),
    }
}

/// How many of the layout's anomaly-marker spots a system's box covers.
fn covered_markers(portfolio: &Portfolio) -> (usize, usize) {
    let index = Index::new(portfolio);
    let graph = Graph::build(&index);
    let geometry = layout(&graph, "", "", &[]);
    let r = layout::size::MARKER;
    let covered = geometry
        .edges
        .iter()
        .filter(|curve| {
            let spot = Rect {
                x: curve.middle.0 - r,
                y: curve.middle.1 - r,
                w: 2.0 * r,
                h: 2.0 * r,
            };
            geometry.nodes.iter().any(|n| n.area.overlaps(&spot))
        })
        .count();
    (covered, geometry.edges.len())
}

fn english() -> Translator {
    Translator::new(Lang::En)
}

fn view(portfolio: &Portfolio, filter: &MapFilter) -> MapView {
    draw(portfolio, filter, &english())
}

/// The ids of the systems and integrations an SVG shows (`data-kind`, `data-id`).
fn shown(svg: &str, kind: &str) -> Vec<i64> {
    let marker = format!(r#"data-kind="{kind}" data-id=""#);
    let mut ids: Vec<i64> = svg
        .match_indices(&marker)
        .filter_map(|(at, _)| {
            let rest = &svg[at + marker.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn the_graph_groups_systems_by_unit_and_draws_an_edge_per_consumer() {
    let portfolio = small();
    let index = Index::new(&portfolio);
    let graph = Graph::build(&index);
    let names: Vec<&str> = graph.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["HR", "IT", ""], "units by name, no unit last");
    let nodes: Vec<(&str, usize)> = graph
        .nodes
        .iter()
        .map(|n| (n.name.as_str(), n.cluster))
        .collect();
    assert_eq!(
        nodes,
        [
            ("Payroll", 0),
            ("Directory", 1),
            ("Identity", 1),
            ("Spreadsheet", 2)
        ]
    );
    let edges: Vec<(&str, &str, &str)> = graph
        .edges
        .iter()
        .map(|e| {
            (
                e.name.as_str(),
                graph.nodes[e.from].name.as_str(),
                graph.nodes[e.to].name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        edges,
        [
            ("Accounts", "Identity", "Directory"),
            ("Employees", "Payroll", "Identity"),
            ("Employees", "Payroll", "Directory"),
        ]
    );
    // The classification: an edge's from its contracts, a node's from what it provides.
    let level = |name: &str| {
        graph
            .nodes
            .iter()
            .find(|n| n.name == name)
            .and_then(|n| n.grade.as_ref())
            .map(|g| (g.ordinal, g.colour.clone()))
    };
    let klassa = klassa();
    assert_eq!(
        level("Payroll"),
        Some((2, klassa.levels[2].colour.to_lowercase()))
    );
    assert_eq!(level("Identity").map(|l| l.0), Some(1));
    assert_eq!(level("Directory"), None, "it provides nothing");
    assert_eq!(graph.edges[0].statuses, [ContractStatus::Approved]);
    assert_eq!(graph.integration_count(), 2);
}

#[test]
fn the_svg_is_valid_and_every_system_and_integration_can_be_clicked() {
    let portfolio = small();
    let map = view(&portfolio, &MapFilter::default());
    parse(&map.svg).expect("the SVG parses");
    assert!(map
        .svg
        .starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg""#));
    assert!(map.svg.contains(" viewBox=\"0 0 "));
    assert!(
        !map.svg.contains("style="),
        "the app's CSP refuses style attributes"
    );
    assert_eq!(shown(&map.svg, "system"), [1, 2, 3, 4]);
    assert_eq!(shown(&map.svg, "integration"), [1, 2]);
    assert_eq!((map.systems, map.integrations), (4, 2));
    assert!(map.svg.contains("<title>Employees\nPayroll → Identity\n"));
    assert!(map.svg.contains(">No owning unit</text>"));
    assert!(map.svg.contains(">Integration: provider → consumer</text>"));
    assert!(map
        .legend
        .iter()
        .any(|e| e.label == "Unclassified" && e.colour == colour::UNCLASSIFIED));
    // The filters offer what the catalog has.
    let owners: Vec<&str> = map
        .choices
        .owners
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(owners, ["Kari", "Ola"]);
    let units: Vec<&str> = map.choices.units.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(units, ["HR", "IT"]);
    let levels: Vec<LevelChoice> = map.choices.levels.iter().map(|c| c.value).collect();
    assert_eq!(
        levels,
        [
            LevelChoice::Level(1),
            LevelChoice::Level(2),
            LevelChoice::Unclassified
        ]
    );
}

#[test]
fn hostile_names_are_escaped_and_the_svg_still_parses() {
    let mut portfolio = small();
    portfolio.systems[0].draft.name = "<script>alert(\"x\")</script> & 'Lønn'\u{0007}".into();
    portfolio.units[0].name = "]]><!-- & \"IT\"".into();
    portfolio.people[0].draft.name = "Kari <b>".into();
    let map = view(&portfolio, &MapFilter::default());
    parse(&map.svg).expect("the SVG parses");
    assert!(!map.svg.contains("<script>"));
    assert!(!map.svg.contains("<b>"));
    assert!(map.svg.contains("&lt;script&gt;"));
}

#[test]
fn the_same_portfolio_gives_the_same_bytes_in_any_order() {
    let portfolio = scale::portfolio_300();
    let filter = MapFilter::default();
    let first = view(&portfolio, &filter);
    assert_eq!(view(&portfolio, &filter), first);
    let mut shuffled = portfolio.clone();
    shuffled.systems.reverse();
    shuffled.integrations.reverse();
    shuffled.contracts.reverse();
    shuffled.people.reverse();
    shuffled.units.reverse();
    shuffled.information_sets.reverse();
    shuffled.system_owners.reverse();
    let again = view(&shuffled, &filter);
    assert!(
        again.svg == first.svg,
        "the SVG depends on the input's order"
    );
    assert_eq!(again, first);
    let by_owner = MapFilter {
        colouring: Colouring::Owner,
        ..MapFilter::default()
    };
    assert_eq!(
        view(&portfolio, &by_owner).svg,
        view(&shuffled, &by_owner).svg
    );
}

#[test]
fn colouring_by_owner_gives_each_owner_a_colour_and_a_legend_entry() {
    let portfolio = small();
    let map = view(
        &portfolio,
        &MapFilter {
            colouring: Colouring::Owner,
            ..MapFilter::default()
        },
    );
    let legend: Vec<(&str, &str)> = map
        .legend
        .iter()
        .map(|e| (e.label.as_str(), e.colour.as_str()))
        .collect();
    // Kari owns payroll and both edges of Employees: the most, so the first colour.
    assert_eq!(
        legend,
        [
            ("Kari", colour::OWNER_PALETTE[0]),
            ("Ola", colour::OWNER_PALETTE[1]),
            ("No owner", colour::NO_OWNER),
        ]
    );
    parse(&map.svg).expect("the SVG parses");
}

#[test]
fn the_png_is_a_png_of_the_map_scaled() {
    let portfolio = small();
    let map = view(&portfolio, &MapFilter::default());
    let png = image(&map, MapFormat::Png).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let tree = parse(&map.svg).unwrap();
    assert_eq!(width, (tree.size().width() * PNG_SCALE).ceil() as u32);
    assert_eq!(image(&map, MapFormat::Svg).unwrap(), map.svg.as_bytes());
}

#[test]
fn labels_are_shortened_to_fit_with_an_ellipsis() {
    let metrics = Metrics::get();
    assert_eq!(metrics.fit("Lønn", 100.0, 11.0, false), "Lønn");
    let long = "Sak- og arkivsystem for hele kommunen med alle fagsystemer";
    let short = metrics.fit(long, 120.0, 11.0, false);
    assert!(short.ends_with('…') && short.len() < long.len(), "{short}");
    assert!(metrics.width(&short, 11.0, false) <= 120.0);
    assert!(metrics.width("WWW", 11.0, false) > metrics.width("iii", 11.0, false));
    assert_eq!(metrics.fit(long, 1.0, 11.0, false), "");
}

#[cfg(feature = "store")]
mod catalog {
    use super::*;
    use crate::store::Catalog;

    fn demo() -> (tempfile::TempDir, Catalog) {
        let dir = tempfile::tempdir().unwrap();
        let (catalog, _) =
            crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
        (dir, catalog)
    }

    #[test]
    fn the_demo_catalog_shows_an_anomaly_of_every_kind() {
        let (_dir, catalog) = demo();
        let portfolio = crate::app::map::portfolio(&catalog).unwrap();
        let map = view(&portfolio, &MapFilter::default());
        let found: Vec<(AnomalyKind, &str)> = map
            .anomalies
            .iter()
            .map(|a| (a.kind, a.title.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (AnomalyKind::NoOwner, "Klasselister til arkivet"),
                (AnomalyKind::OwnerLeft, "Lønn og personal"),
                (
                    AnomalyKind::OwnerNotInformationOwner,
                    "Ansatthendelser til tilgangsstyring"
                ),
                (
                    AnomalyKind::LiveWithoutContractInForce,
                    "Ansatthendelser til tilgangsstyring"
                ),
                (
                    AnomalyKind::LiveWithoutContractInForce,
                    "Folkeregisterfil til elevportalen"
                ),
                (
                    AnomalyKind::LiveWithoutContractInForce,
                    "Folkeregisteroppslag fra sak og arkiv"
                ),
                (
                    AnomalyKind::LiveWithoutContractInForce,
                    "Klasselister til arkivet"
                ),
                (
                    AnomalyKind::AccessUnderContractNotInForce,
                    "Folkeregisteroppslag fra sak og arkiv → Sak og arkiv (Noark 5)"
                ),
                (
                    AnomalyKind::UnclassifiedContract,
                    "Klasselister til arkivet"
                ),
            ]
        );
        assert_eq!((map.systems, map.integrations), (6, 5));
        parse(&map.svg).unwrap();
        assert_eq!(covered_markers(&portfolio).0, 0, "every marker can be seen");
    }
}
