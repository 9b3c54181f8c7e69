//! Each anomaly is found where it is, and not where it is not; each is listed, marked on the
//! map and explained.

use super::*;

fn kinds(portfolio: &Portfolio) -> Vec<(AnomalyKind, i64)> {
    let index = Index::new(portfolio);
    anomaly::detect(&index)
        .into_iter()
        .map(|a| (a.kind(), a.subject().1))
        .collect()
}

#[test]
fn the_small_portfolio_is_sound() {
    assert_eq!(kinds(&small()), []);
    let map = view(&small(), &MapFilter::default());
    assert!(map.anomalies.is_empty());
    assert!(!map.svg.contains("data-anomaly"));
}

#[test]
fn an_integration_without_an_owner_is_an_anomaly() {
    let mut portfolio = small();
    portfolio.integrations[1].draft.owner = None;
    assert_eq!(kinds(&portfolio), [(AnomalyKind::NoOwner, 2)]);
    let map = view(&portfolio, &MapFilter::default());
    assert_eq!(map.anomalies.len(), 1);
    assert_eq!(map.anomalies[0].entity, crate::model::Entity::Integration);
    assert_eq!(map.anomalies[0].title, "Accounts");
    assert!(map.anomalies[0].message.starts_with("No integration owner"));
    assert!(map
        .svg
        .contains(r#"data-kind="integration" data-id="2" data-anomaly="no-owner""#));
}

#[test]
fn an_owner_who_has_left_is_an_anomaly_on_the_integration_or_the_system() {
    let mut portfolio = small();
    portfolio.integrations[1].draft.owner = Some(PersonId(3));
    portfolio.departed_system_owners = vec![(SystemId(2), PersonId(3))];
    let found = kinds(&portfolio);
    assert!(found.contains(&(AnomalyKind::OwnerLeft, 2)), "{found:?}");
    let map = view(&portfolio, &MapFilter::default());
    let left: Vec<_> = map
        .anomalies
        .iter()
        .filter(|a| a.kind == AnomalyKind::OwnerLeft)
        .collect();
    assert_eq!(left.len(), 2, "{left:#?}");
    assert!(left.iter().any(|a| a.entity == crate::model::Entity::System
        && a.message == "Per was its system owner and left on 2025-06-30: assign a successor."));
    assert!(map
        .svg
        .contains(r#"data-kind="system" data-id="2" data-anomaly="owner-left""#));
    // Leaving later than today is no anomaly yet.
    portfolio.people[2].draft.left_on = Some("2027-01-01".into());
    portfolio.departed_system_owners.clear();
    assert!(!kinds(&portfolio)
        .iter()
        .any(|(k, _)| *k == AnomalyKind::OwnerLeft));
}

#[test]
fn an_owner_who_does_not_own_the_information_is_an_anomaly() {
    let mut portfolio = small();
    // Ola owns Employees, whose information (set 1) Kari owns.
    portfolio.integrations[1].draft.owner = Some(PersonId(2));
    portfolio.integrations[0].draft.owner = Some(PersonId(2));
    let found = kinds(&portfolio);
    assert_eq!(found, [(AnomalyKind::OwnerNotInformationOwner, 1)]);
    let map = view(&portfolio, &MapFilter::default());
    assert_eq!(
        map.anomalies[0].message,
        "It is owned by Ola, but the information it carries is owned by Kari: the information \
         owner should own the integration."
    );
    // Holding the information owner role on a governing contract is owning it too.
    portfolio.contracts[0].information_owners = vec![PersonId(2)];
    assert_eq!(kinds(&portfolio), []);
    // With no information owner known, there is nothing to compare.
    portfolio.contracts[0].information_owners.clear();
    portfolio.information_sets[0].draft.owner = None;
    assert_eq!(kinds(&portfolio), []);
}

#[test]
fn a_running_integration_under_only_draft_or_expired_contracts_is_an_anomaly() {
    let mut portfolio = small();
    portfolio.contracts[1].status = ContractStatus::Draft;
    assert_eq!(
        kinds(&portfolio),
        [(AnomalyKind::LiveWithoutContractInForce, 2)]
    );
    let map = view(&portfolio, &MapFilter::default());
    assert_eq!(
        map.anomalies[0].message,
        "It is running, but no contract governing it is approved and in force: “Contract 2” \
         (draft)."
    );
    // Approved but expired.
    portfolio.contracts[1].status = ContractStatus::Approved;
    portfolio.contracts[1].valid_to = Some("2026-05-31".into());
    assert_eq!(
        kinds(&portfolio),
        [(AnomalyKind::LiveWithoutContractInForce, 2)]
    );
    // One contract in force is enough.
    portfolio
        .contracts
        .push(contract(3, ContractStatus::Approved, &[2], &[2]));
    assert_eq!(kinds(&portfolio), []);
    // A system not running yet carries nothing live.
    portfolio.contracts.pop();
    portfolio.systems[1].draft.lifecycle = Lifecycle::Planned;
    assert_eq!(kinds(&portfolio), []);
}

#[test]
fn access_in_use_under_a_draft_or_expired_contract_is_an_anomaly_on_the_grant() {
    let mut portfolio = small();
    portfolio.live_grants.push(LiveGrant {
        id: GrantId(7),
        title: "Accounts → Directory".into(),
        integration: IntegrationId(2),
        contract: ContractId(2),
    });
    // Under an approved contract in force: sound.
    assert_eq!(kinds(&portfolio), []);
    // The contract expired yesterday; the systems are planned, so only the grant is live.
    for system in &mut portfolio.systems {
        system.draft.lifecycle = Lifecycle::Planned;
    }
    portfolio.contracts[1].valid_to = Some("2026-05-31".into());
    assert_eq!(
        kinds(&portfolio),
        [(AnomalyKind::AccessUnderContractNotInForce, 7)]
    );
    let map = view(&portfolio, &MapFilter::default());
    let listed = &map.anomalies[0];
    assert_eq!(listed.entity, crate::model::Entity::AccessGrant);
    assert_eq!(listed.title, "Accounts → Directory");
    assert_eq!(
        listed.message,
        "This access is in use under “Contract 2” (approved, expired): stop it, or grant it \
         again under a contract that is approved and in force."
    );
    assert!(map.svg.contains(
        r#"data-kind="integration" data-id="2" data-anomaly="access-under-contract-not-in-force""#
    ));
    // A draft contract is no better.
    portfolio.contracts[1].valid_to = None;
    portfolio.contracts[1].status = ContractStatus::Draft;
    assert_eq!(
        kinds(&portfolio),
        [(AnomalyKind::AccessUnderContractNotInForce, 7)]
    );
}

#[test]
fn a_contract_without_a_classification_is_an_anomaly_on_its_integrations() {
    let mut portfolio = small();
    portfolio.information_sets[0].draft.fields[0].classification = None;
    assert_eq!(kinds(&portfolio), [(AnomalyKind::UnclassifiedContract, 1)]);
    let map = view(&portfolio, &MapFilter::default());
    let listed = &map.anomalies[0];
    assert_eq!(listed.entity, crate::model::Entity::Contract);
    assert_eq!(listed.title, "Contract 1");
    assert!(listed
        .message
        .contains("the integration it governs carries no classification"));
    assert!(map
        .svg
        .contains(r#"data-kind="integration" data-id="1" data-anomaly="unclassified-contract""#));
    // A contract governing no integration has no place on the map.
    portfolio.contracts[0].integrations.clear();
    assert_eq!(kinds(&portfolio), []);
}

#[test]
fn only_the_anomalies_of_what_is_shown_are_listed() {
    let mut portfolio = small();
    portfolio.integrations[1].draft.owner = None;
    let hr = MapFilter {
        unit: Some(2),
        ..MapFilter::default()
    };
    assert!(view(&portfolio, &hr).anomalies.is_empty());
    let it = MapFilter {
        unit: Some(1),
        ..MapFilter::default()
    };
    assert_eq!(view(&portfolio, &it).anomalies.len(), 1);
}

#[test]
fn every_anomaly_kind_is_explained_in_every_language() {
    let portfolio = scale::portfolio_300();
    let index = Index::new(&portfolio);
    let found = anomaly::detect(&index);
    for kind in AnomalyKind::ALL {
        assert!(
            found.iter().any(|a| a.kind() == kind),
            "{kind:?} not in the sample"
        );
    }
    for lang in [Lang::En, Lang::Nb, Lang::Nn, Lang::Sv] {
        let t = Translator::new(lang);
        for anomaly in &found {
            let message = anomaly.message(&index, &t);
            assert!(
                !message.starts_with("map-") && !message.contains("{"),
                "{message}"
            );
        }
    }
}
