//! The map at the size it must stay readable at: 300 systems and 1,000 integrations.

use super::*;

/// The generated portfolio of 300 systems and 1,000 integrations.
pub fn portfolio_300() -> Portfolio {
    sample::portfolio(300, 1_000)
}

#[test]
fn at_300_systems_no_box_or_label_overlaps_another_and_every_label_fits_its_box() {
    let portfolio = portfolio_300();
    let index = Index::new(&portfolio);
    let graph = Graph::build(&index);
    assert_eq!(graph.nodes.len(), 300);
    assert!(graph.edges.len() >= 1_000);
    let legend: Vec<LegendItem> = (0..12)
        .map(|i| LegendItem {
            swatch: Swatch::Colour("#336699".into()),
            text: format!("Legend entry number {i} with a longer text"),
        })
        .collect();
    let geometry = layout(
        &graph,
        "Ownership and integration map",
        "300 systems",
        &legend,
    );
    let boxes = geometry.solid_boxes();
    // Sweep by left edge, so the check stays quick.
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|a, b| boxes[*a].x.total_cmp(&boxes[*b].x));
    for (k, &i) in order.iter().enumerate() {
        for &j in &order[k + 1..] {
            if boxes[j].x >= boxes[i].x + boxes[i].w {
                break;
            }
            assert!(
                !boxes[i].overlaps(&boxes[j]),
                "{:?} overlaps {:?}",
                boxes[i],
                boxes[j]
            );
        }
    }
    // Each system's label lies inside its box, each cluster inside the picture, each
    // system inside its cluster.
    for (node, placed) in graph.nodes.iter().zip(&geometry.nodes) {
        let (label, area) = (&placed.label.area, &placed.area);
        assert!(!placed.label.text.is_empty(), "{}", node.name);
        assert!(
            label.x >= area.x && label.x + label.w <= area.x + area.w - 4.0,
            "{} does not fit: {label:?} in {area:?}",
            placed.label.text
        );
        assert!(label.y >= area.y && label.y + label.h <= area.y + area.h);
        let cluster = &geometry.clusters[node.cluster].area;
        assert!(area.x >= cluster.x && area.x + area.w <= cluster.x + cluster.w);
        assert!(area.y >= cluster.y && area.y + area.h <= cluster.y + cluster.h);
    }
    for (i, a) in geometry.clusters.iter().enumerate() {
        for b in &geometry.clusters[i + 1..] {
            assert!(!a.area.overlaps(&b.area), "{a:?} overlaps {b:?}");
        }
    }
    for cluster in &geometry.clusters {
        let a = cluster.area;
        assert!(a.x >= 0.0 && a.y >= 0.0);
        assert!(a.x + a.w <= geometry.width && a.y + a.h <= geometry.height);
        assert!(cluster.title.area.x + cluster.title.area.w <= a.x + a.w);
    }
    // Anomaly markers sit where no system's box hides them, nearly always (a curve between
    // close neighbours may run under boxes all the way).
    let (covered, all) = covered_markers(&portfolio);
    assert!(covered * 20 < all, "{covered} of {all} markers hidden");
    // Long names were shortened, not all names.
    assert!(geometry.nodes.iter().any(|n| n.label.text.ends_with('…')));
    assert!(geometry.nodes.iter().any(|n| !n.label.text.ends_with('…')));
    // Readable proportions: not a ribbon.
    let ratio = geometry.width / geometry.height;
    assert!(
        (0.5..3.0).contains(&ratio),
        "{} × {}",
        geometry.width,
        geometry.height
    );
}

#[test]
fn the_300_system_map_is_valid_svg_with_every_item_clickable() {
    let portfolio = portfolio_300();
    let map = view(&portfolio, &MapFilter::default());
    let tree = parse(&map.svg).expect("the SVG parses");
    assert!(tree.size().width() > 500.0);
    assert_eq!(shown(&map.svg, "system").len(), 300);
    assert_eq!(shown(&map.svg, "integration").len(), 1_000);
    assert_eq!(map.integrations, 1_000);
    assert!(!map.anomalies.is_empty());
}

mod proptests {
    use proptest::prelude::*;

    use super::*;

    fn filter() -> impl Strategy<Value = MapFilter> {
        (
            proptest::option::of(0i64..40),
            proptest::option::of(0i64..20),
            proptest::option::of(prop_oneof![
                Just(LevelChoice::Unclassified),
                (0u8..6).prop_map(LevelChoice::Level)
            ]),
            proptest::option::of(proptest::sample::select(Pattern::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(ContractStatus::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Lifecycle::ALL.to_vec())),
            proptest::bool::ANY,
        )
            .prop_map(
                |(owner, unit, classification, pattern, status, lifecycle, by_owner)| MapFilter {
                    owner,
                    unit,
                    classification,
                    pattern,
                    status,
                    lifecycle,
                    colouring: if by_owner {
                        Colouring::Owner
                    } else {
                        Colouring::Classification
                    },
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any portfolio (sizes, broken references, any names, odd colours and dates) and any
        /// filter draw a valid map without panicking.
        #[test]
        fn no_portfolio_or_filter_makes_the_map_panic(
            systems in 0usize..40,
            integrations in 0usize..60,
            names in proptest::collection::vec("\\PC{0,60}", 0..8),
            colour in "\\PC{0,9}",
            today in "\\PC{0,10}",
            dangling in proptest::bool::ANY,
            filter in filter(),
        ) {
            let mut portfolio = sample::portfolio(systems, integrations);
            for (system, name) in portfolio.systems.iter_mut().zip(&names) {
                system.draft.name = name.clone();
            }
            for (unit, name) in portfolio.units.iter_mut().zip(names.iter().rev()) {
                unit.name = name.clone();
            }
            if let Some(scheme) = portfolio.schemes.first_mut() {
                for level in &mut scheme.levels {
                    level.colour = colour.clone();
                }
            }
            portfolio.today = today;
            if dangling {
                portfolio.people.clear();
                portfolio.units.truncate(1);
                portfolio.information_sets.truncate(1);
                for integration in &mut portfolio.integrations {
                    integration.draft.consumers.push(SystemId(9_999));
                }
            }
            let map = view(&portfolio, &filter);
            prop_assert!(parse(&map.svg).is_ok());
        }
    }
}
