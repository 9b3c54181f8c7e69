use serde_json::json;

use super::*;
use crate::model::{CaseFigures, ContractId};

use crate::app::items::Editing;
use crate::app::test_support::demo;

fn goal(catalog: &Catalog, goal: Goal) -> GoalStatus {
    evaluate(catalog)
        .unwrap()
        .into_iter()
        .find(|g| g.goal == goal)
        .unwrap()
}

#[test]
fn the_strategy_is_followed_up_at_each_half_years_end_before_today() {
    assert_eq!(
        half_year_ends("2026-11-23"),
        ["2025-06-30", "2025-12-31", "2026-06-30"]
    );
    assert_eq!(
        half_year_ends("2025-06-30"),
        [0u8; 0].map(|_| String::new())
    );
    assert_eq!(half_year_ends("2025-07-01"), ["2025-06-30"]);
}

#[test]
fn targets_are_met_at_the_threshold_and_not_below() {
    assert!(met(Goal::ReusableIntegrations, 1, Some(2)));
    assert!(!met(Goal::ReusableIntegrations, 49, Some(100)));
    assert!(met(Goal::OpenApis, 10, None));
    assert!(!met(Goal::OpenApis, 9, None));
    assert!(met(Goal::SecuredApis, 3, Some(3)));
    assert!(!met(Goal::SecuredApis, 2, Some(3)));
    assert!(
        !met(Goal::AutomatedCases, 0, Some(0)),
        "nothing counted meets nothing"
    );
}

#[test]
fn two_of_the_demos_five_new_integrations_are_reusable_and_a_third_meets_the_goal() {
    let (_dir, mut catalog) = demo();
    let reusable = goal(&catalog, Goal::ReusableIntegrations);
    assert_eq!((reusable.numerator, reusable.denominator), (2, Some(5)));
    assert!(!reusable.met);
    assert_eq!(reusable.misses.len(), 3);
    assert!(reusable
        .misses
        .iter()
        .all(|m| m.0 == Entity::Integration && m.3 == "goal-why-not-reusable"));

    let private = catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| !i.draft.reusable_via_platform)
        .unwrap();
    let mut reusable_now = private.draft.clone();
    reusable_now.reusable_via_platform = true;
    catalog.save(Some(private.id), reusable_now).unwrap();
    let reusable = goal(&catalog, Goal::ReusableIntegrations);
    assert_eq!((reusable.numerator, reusable.denominator), (3, Some(5)));
    assert!(reusable.met);
}

#[test]
fn an_approved_public_contract_is_an_open_api_and_an_unapproved_one_misses() {
    let (_dir, mut catalog) = demo();
    let open = goal(&catalog, Goal::OpenApis);
    assert_eq!(
        (open.numerator, open.denominator, open.met),
        (0, None, false)
    );
    assert!(open.misses.is_empty());

    // The approved pupil register made public counts; the population look-up, in review,
    // is listed as not yet published.
    let publish = |catalog: &mut Catalog, id: ContractId| {
        let mut draft = catalog.contract(id).unwrap().draft;
        draft.access_rights = AccessRights::Public;
        catalog.save(Some(id), draft).unwrap();
    };
    let ids: Vec<ContractId> = catalog
        .contract_publication()
        .unwrap()
        .into_iter()
        .map(|c| c.0)
        .collect();
    let approved: Vec<ContractId> = catalog
        .contract_publication()
        .unwrap()
        .into_iter()
        .filter(|c| c.2 == ContractStatus::Approved)
        .map(|c| c.0)
        .collect();
    publish(&mut catalog, approved[0]);
    crate::app::test_support::approve(&mut catalog, approved[0]);
    let unapproved = *ids.iter().find(|id| !approved.contains(id)).unwrap();
    publish(&mut catalog, unapproved);
    let open = goal(&catalog, Goal::OpenApis);
    assert_eq!(open.numerator, 1);
    assert_eq!(open.misses.len(), 1);
    assert_eq!(open.misses[0].1, unapproved.0);
    assert_eq!(open.misses[0].3, "goal-why-not-approved");
}

#[test]
fn an_api_with_safeguard_gaps_or_no_classification_misses_the_security_goal() {
    let (_dir, mut catalog) = demo();
    let secured = goal(&catalog, Goal::SecuredApis);
    // The demo's three contracts and the one drafted at the desk.
    assert_eq!(secured.denominator, Some(4));
    let gaps: Vec<_> = secured
        .misses
        .iter()
        .filter(|m| m.3 == "goal-why-safeguard-gaps")
        .collect();
    assert_eq!(gaps.len(), 1, "{:?}", secured.misses);
    assert!(!secured.met);

    // Recording the nightly sync's two missing safeguards secures its contract.
    let sync = catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| i.draft.name == "Nattlig elevsynkronisering")
        .unwrap();
    let mut draft = sync.draft.clone();
    draft.safeguards.extend([
        crate::safeguards::Safeguard::AccessReviewHalfYearly,
        crate::safeguards::Safeguard::Pseudonymisation,
    ]);
    catalog.save(Some(sync.id), draft).unwrap();
    let secured = goal(&catalog, Goal::SecuredApis);
    assert!(secured
        .misses
        .iter()
        .all(|m| m.3 != "goal-why-safeguard-gaps"));
}

#[test]
fn the_e_services_latest_periods_count_and_their_history_is_the_trend() {
    let (_dir, mut catalog) = demo();
    let cases = goal(&catalog, Goal::AutomatedCases);
    assert_eq!((cases.numerator, cases.denominator), (1_100, Some(2_000)));
    assert!(!cases.met);
    assert_eq!(cases.misses.len(), 1);
    assert_eq!(cases.misses[0].2, "Elevportalen");
    assert_eq!(cases.misses[0].3, "goal-why-manual-steps");
    let trend: Vec<(&str, usize, Option<usize>)> = cases
        .trend
        .iter()
        .filter(|(end, _, _)| end.as_str() <= "2026-06-30")
        .map(|(end, n, d)| (end.as_str(), *n, *d))
        .collect();
    assert_eq!(
        trend,
        [
            ("2025-06-30", 720, Some(1_800)),
            ("2025-12-31", 1_010, Some(2_100)),
            ("2026-06-30", 1_100, Some(2_000)),
        ]
    );

    let portal = catalog
        .systems()
        .unwrap()
        .into_iter()
        .find(|s| s.draft.name == "Elevportalen")
        .unwrap();
    let mut draft = portal.draft.clone();
    draft.case_figures.push(CaseFigures {
        period_end: "2026-09-30".into(),
        cases: 1_000,
        without_manual_steps: 600,
    });
    catalog.save(Some(portal.id), draft).unwrap();
    let cases = goal(&catalog, Goal::AutomatedCases);
    assert_eq!((cases.numerator, cases.denominator), (600, Some(1_000)));
    assert!(cases.met);
    assert!(cases.misses.is_empty());
}

#[test]
fn the_audit_trail_replayed_gives_each_day_its_state() {
    let integration = |reusable: bool| Some(json!({ "reusable_via_platform": reusable }));
    let replay = Replay {
        changes: vec![
            ("2024-05-01T10:00:00Z".into(), 1, integration(true)),
            ("2025-03-01T10:00:00Z".into(), 2, integration(false)),
            ("2025-08-01T10:00:00Z".into(), 2, integration(true)),
            ("2025-09-01T10:00:00Z".into(), 3, integration(false)),
            ("2025-10-01T10:00:00Z".into(), 3, None),
        ],
    };
    // Integration 1 predates the strategy and never counts.
    assert_eq!(reusable_at(&replay, "2025-06-30"), (0, 1));
    assert_eq!(reusable_at(&replay, "2025-08-31"), (1, 1));
    assert_eq!(reusable_at(&replay, "2025-09-15"), (1, 2));
    assert_eq!(reusable_at(&replay, "2025-12-31"), (1, 1), "3 was deleted");

    let draft = |rights: &str| {
        Some(json!({ "version": "1.0.0", "access_rights": rights, "information_sets": [1] }))
    };
    let approved = Some(json!({ "status": "approved" }));
    let public = draft("public");
    let private = draft("non-public");
    assert!(open_at(&[&public, &approved]));
    assert!(!open_at(&[&public]), "never approved");
    assert!(!open_at(&[&private, &approved]));
    assert!(!open_at(&[&public, &approved, &None]), "deleted");
}

#[test]
fn each_percentage_goal_is_met_exactly_at_its_threshold_and_each_deadline_is_the_strategys_year_end(
) {
    // Örebro: at least 60 % of incoming e-service cases without manual handling by 2028.
    for (numerator, denominator, expected) in [
        (3, 5, true),
        (6, 10, true),
        (600, 1000, true),
        (599, 1000, false),
        (59, 100, false),
        (2, 5, false),
    ] {
        assert_eq!(
            met(Goal::AutomatedCases, numerator, Some(denominator)),
            expected,
            "{numerator}/{denominator}"
        );
    }
    // At least 50 % of new integrations reusable by 2026; 100 % of APIs classified by 2028.
    assert!(met(Goal::ReusableIntegrations, 50, Some(100)));
    assert!(!met(Goal::ReusableIntegrations, 499, Some(1000)));
    assert!(met(Goal::SecuredApis, 1000, Some(1000)));
    assert!(!met(Goal::SecuredApis, 999, Some(1000)));
    // "Senast 2026" / "senast 2028": the last day of that year.
    for (goal, deadline) in [
        (Goal::ReusableIntegrations, "2026-12-31"),
        (Goal::OpenApis, "2028-12-31"),
        (Goal::SecuredApis, "2028-12-31"),
        (Goal::AutomatedCases, "2028-12-31"),
    ] {
        assert_eq!(crate::goals::deadline(goal), deadline, "{goal:?}");
    }
}
