//! Each filter keeps what it should and leaves out what it should not.

use super::*;

fn systems_and_integrations(filter: MapFilter) -> (Vec<i64>, Vec<i64>) {
    let map = view(&small(), &filter);
    parse(&map.svg).expect("the SVG parses");
    (shown(&map.svg, "system"), shown(&map.svg, "integration"))
}

#[test]
fn no_filter_shows_everything() {
    assert_eq!(
        systems_and_integrations(MapFilter::default()),
        (vec![1, 2, 3, 4], vec![1, 2])
    );
}

#[test]
fn the_unit_filter_keeps_its_systems_and_their_integrations() {
    // HR: payroll, and both consumers of the integration it provides.
    let hr = MapFilter {
        unit: Some(2),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(hr), (vec![1, 2, 3], vec![1]));
    // An unknown unit shows nothing.
    let none = MapFilter {
        unit: Some(99),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(none), (vec![], vec![]));
}

#[test]
fn the_owner_filter_keeps_what_the_person_owns() {
    // Ola owns the Accounts integration and the identity system.
    let ola = MapFilter {
        owner: Some(2),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(ola), (vec![2, 3], vec![2]));
    // Per owns nothing.
    let per = MapFilter {
        owner: Some(3),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(per), (vec![], vec![]));
}

#[test]
fn the_classification_filter_keeps_that_level() {
    let two = MapFilter {
        classification: Some(LevelChoice::Level(2)),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(two), (vec![1, 2, 3], vec![1]));
    let four = MapFilter {
        classification: Some(LevelChoice::Level(4)),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(four), (vec![], vec![]));
    // Unclassified: the systems that provide nothing classified, no integration.
    let unclassified = MapFilter {
        classification: Some(LevelChoice::Unclassified),
        ..MapFilter::default()
    };
    assert_eq!(systems_and_integrations(unclassified), (vec![3, 4], vec![]));
}

#[test]
fn the_pattern_filter_keeps_integrations_of_that_pattern_only() {
    let mut portfolio = small();
    portfolio.integrations[1].draft.pattern = Pattern::MessageQueue;
    let queue = MapFilter {
        pattern: Some(Pattern::MessageQueue),
        ..MapFilter::default()
    };
    let map = view(&portfolio, &queue);
    assert_eq!(shown(&map.svg, "integration"), [2]);
    assert_eq!(
        shown(&map.svg, "system"),
        [2, 3],
        "only the ends of the queue"
    );
    let files = MapFilter {
        pattern: Some(Pattern::FileTransfer),
        ..MapFilter::default()
    };
    let map = view(&portfolio, &files);
    assert_eq!((map.systems, map.integrations), (0, 0));
    parse(&map.svg).expect("an empty map is still an SVG");
}

#[test]
fn the_status_filter_keeps_integrations_a_contract_of_that_status_governs() {
    let mut portfolio = small();
    portfolio.contracts[1].status = ContractStatus::Draft;
    let draft = MapFilter {
        status: Some(ContractStatus::Draft),
        ..MapFilter::default()
    };
    let map = view(&portfolio, &draft);
    assert_eq!(shown(&map.svg, "integration"), [2]);
    let retired = MapFilter {
        status: Some(ContractStatus::Retired),
        ..MapFilter::default()
    };
    assert_eq!(view(&portfolio, &retired).integrations, 0);
}

#[test]
fn the_lifecycle_filter_keeps_systems_at_that_stage_and_their_integrations() {
    let mut portfolio = small();
    portfolio.systems[3].draft.lifecycle = Lifecycle::Retired;
    let retired = MapFilter {
        lifecycle: Some(Lifecycle::Retired),
        ..MapFilter::default()
    };
    let map = view(&portfolio, &retired);
    assert_eq!(shown(&map.svg, "system"), [4]);
    assert_eq!(map.integrations, 0);
    let planned = MapFilter {
        lifecycle: Some(Lifecycle::Planned),
        ..MapFilter::default()
    };
    assert_eq!(view(&portfolio, &planned).systems, 0);
}

#[test]
fn filters_combine() {
    let kari_in_it = MapFilter {
        owner: Some(1),
        unit: Some(1),
        ..MapFilter::default()
    };
    // Kari's Employees integration reaches IT's systems; Kari owns no IT system.
    assert_eq!(
        systems_and_integrations(kari_in_it),
        (vec![1, 2, 3], vec![1])
    );
}
