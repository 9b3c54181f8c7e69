use super::*;
use crate::model::{IntegrationDraft, PersonId, RoleAssignment};

use crate::app::items::Editing;
use crate::app::test_support::{demo, integration_named as named};

/// The state of `item` for integration `name`.
fn state(catalog: &Catalog, name: &str, item: IntarkItem) -> Option<bool> {
    Checklist::load(catalog)
        .unwrap()
        .check(&named(catalog, name))
        .into_iter()
        .find(|c| c.item == item)
        .unwrap()
        .met
}

fn save(catalog: &mut Catalog, name: &str, change: impl FnOnce(&mut IntegrationDraft)) {
    let integration = named(catalog, name);
    let mut draft = integration.draft;
    change(&mut draft);
    catalog.save(Some(integration.id), draft).unwrap();
}

const SYNC: &str = "Nattlig elevsynkronisering";
const EVENTS: &str = "Ansatthendelser til tilgangsstyring";

#[test]
fn an_intark_pattern_passes_and_file_transfer_does_not() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::RecommendedPattern),
        Some(true)
    );
    save(&mut catalog, SYNC, |d| d.pattern = Pattern::FileTransfer);
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::RecommendedPattern),
        Some(false)
    );
}

#[test]
fn an_openapi_description_comes_from_a_contract_or_a_documented_interface() {
    let (_dir, mut catalog) = demo();
    assert_eq!(state(&catalog, SYNC, IntarkItem::OpenApiSpec), Some(true));
    let mut new = named(&catalog, SYNC).draft;
    new.name = "Ny integrasjon".into();
    catalog.save(None, new).unwrap();
    assert_eq!(
        state(&catalog, "Ny integrasjon", IntarkItem::OpenApiSpec),
        Some(false)
    );
}

#[test]
fn registration_in_an_api_manager_is_confirmed_by_hand() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::ApiRegistered),
        Some(false)
    );
    save(&mut catalog, SYNC, |d| {
        d.intark_confirmed = vec![IntarkItem::ApiRegistered]
    });
    assert_eq!(state(&catalog, SYNC, IntarkItem::ApiRegistered), Some(true));
}

#[test]
fn notifications_apply_to_event_based_provisioning_only() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::NotificationsDesigned),
        None
    );
    assert_eq!(
        state(&catalog, EVENTS, IntarkItem::NotificationsDesigned),
        Some(false)
    );
    save(&mut catalog, EVENTS, |d| {
        d.intark_confirmed = vec![IntarkItem::NotificationsDesigned]
    });
    assert_eq!(
        state(&catalog, EVENTS, IntarkItem::NotificationsDesigned),
        Some(true)
    );
}

#[test]
fn personal_data_without_an_agreement_fails_unless_it_stays_in_house() {
    let (_dir, mut catalog) = demo();
    let events = named(&catalog, EVENTS);
    let contract = catalog.contracts_governing(events.id).unwrap()[0];
    let mut draft = catalog.contract(contract).unwrap().draft;
    // The employees' contract is covered by no agreement in the demo: personal data flows.
    let before = state(&catalog, EVENTS, IntarkItem::DpaInPlace);
    draft.in_house = !draft.in_house;
    catalog.save(Some(contract), draft).unwrap();
    let after = state(&catalog, EVENTS, IntarkItem::DpaInPlace);
    assert_ne!(
        before, after,
        "in house decides it when no agreement covers the contract"
    );
    assert!(before.is_some() && after.is_some());
}

#[test]
fn a_contact_point_on_a_governing_contract_is_known() {
    let (_dir, mut catalog) = demo();
    let sync = named(&catalog, SYNC);
    let contract = catalog.contracts_governing(sync.id).unwrap()[0];
    for role in catalog.roles(Entity::Contract, Some(contract.0)).unwrap() {
        if role.role == Role::ContactPoint {
            catalog.unassign_role(&role).unwrap();
        }
    }
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::ContactPointKnown),
        Some(false)
    );
    let person: PersonId = catalog.people().unwrap()[0].id;
    catalog
        .assign_role(&RoleAssignment {
            role: Role::ContactPoint,
            person,
            entity: Entity::Contract,
            item: contract.0,
        })
        .unwrap();
    assert_eq!(
        state(&catalog, SYNC, IntarkItem::ContactPointKnown),
        Some(true)
    );
    assert!(!compatible(&[IntarkCheck {
        item: IntarkItem::ApiRegistered,
        met: Some(false)
    }]));
    assert!(compatible(&[IntarkCheck {
        item: IntarkItem::NotificationsDesigned,
        met: None
    }]));
}
