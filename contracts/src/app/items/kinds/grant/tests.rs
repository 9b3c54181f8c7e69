use crate::app::error::Error;
use crate::model::{AccessReview, Consumer, GrantDraft, IntegrationId, OrganisationId, PersonId};
use crate::model::{AuditAction, ContractStatus, Entity, ReviewOutcome};
use crate::safeguards::Safeguard;
use crate::store::Catalog;
use crate::store::Error as StoreError;
use crate::validate::{FieldPath, Issue, IssueCode};

use crate::app::items::Editing;
use crate::app::test_support::{contract_titled, demo, integration_named as integration};

/// A grant of the nightly pupil sync to the pupil portal under the approved pupil contract.
fn portal_grant(catalog: &Catalog) -> GrantDraft {
    let sync = integration(catalog, "Nattlig elevsynkronisering");
    GrantDraft {
        integration: Some(sync.id),
        consumer: Some(Consumer::System(sync.draft.consumers[0])),
        contract: Some(contract_titled(catalog, "Elevregister til elevportalen")),
        granted_by: sync.draft.owner,
        granted_on: "2026-02-01".into(),
        valid_until: "2026-12-31".into(),
        note: "Prøveordning".into(),
        reviews: Vec::new(),
    }
}

#[test]
fn a_grant_under_an_approved_contract_is_stored_indexed_and_audited_with_its_title() {
    let (_dir, mut catalog) = demo();
    let before = catalog.grants().unwrap().len();
    let saved = catalog.save(None, portal_grant(&catalog)).unwrap();
    assert_eq!(saved.draft, portal_grant(&catalog));
    assert_eq!(catalog.grants().unwrap().len(), before + 1);
    let title = catalog.grant_title(saved.id).unwrap();
    assert_eq!(title, "Nattlig elevsynkronisering → Elevportalen");
    let history = catalog.history(Entity::AccessGrant, saved.id.0).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, AuditAction::Create);
    assert_eq!(history[0].after.as_ref().unwrap()["title"], title.as_str());
    assert!(catalog
        .search("prøveordning")
        .unwrap()
        .iter()
        .any(|hit| hit.entity == Entity::AccessGrant
            && hit.id == saved.id.0
            && hit.title == title));
}

#[test]
fn a_grant_under_a_draft_contract_is_refused_at_the_contract_and_nothing_is_written() {
    let (_dir, mut catalog) = demo();
    let hr = integration(&catalog, "Ansatthendelser til tilgangsstyring");
    let draft = GrantDraft {
        integration: Some(hr.id),
        consumer: Some(Consumer::System(hr.draft.consumers[0])),
        contract: Some(contract_titled(
            &catalog,
            "Ansatte og stillinger til tilgangsstyring",
        )),
        granted_on: "2026-02-01".into(),
        valid_until: "2026-12-31".into(),
        ..GrantDraft::default()
    };
    let grants = catalog.grants().unwrap().len();
    let trail = catalog.audit_rows("", 0, false, 0, 1).unwrap().0;
    let err = catalog.save(None, draft).unwrap_err();
    let refusal = Issue::new(FieldPath::Contract, IssueCode::ContractIsDraft);
    assert!(
        matches!(&err, Error::AccessRefused { issue } if *issue == refusal),
        "{err:?}"
    );
    assert!(err.to_string().contains("approve it first"), "{err}");
    let wire = crate::wire::WireError::from(err);
    assert_eq!(wire.code, crate::wire::ErrorCode::Invalid);
    assert_eq!(wire.key, "error-access-refused");
    assert_eq!(wire.issues, [refusal], "the UI shows it at the contract");
    assert_eq!(catalog.grants().unwrap().len(), grants);
    assert_eq!(catalog.audit_rows("", 0, false, 0, 1).unwrap().0, trail);
}

#[test]
fn a_grant_naming_what_the_catalog_lacks_is_refused_at_each_input() {
    let (_dir, mut catalog) = demo();
    let mut draft = portal_grant(&catalog);
    draft.integration = Some(IntegrationId(999));
    draft.consumer = Some(Consumer::Organisation(OrganisationId(999)));
    draft.granted_by = Some(PersonId(999));
    let Err(Error::Invalid { issues }) = catalog.save(None, draft) else {
        panic!("accepted");
    };
    let paths: Vec<FieldPath> = issues.iter().map(|i| i.path).collect();
    assert_eq!(
        paths,
        [
            FieldPath::Integration,
            FieldPath::Consumer,
            FieldPath::GrantedBy
        ]
    );
    assert!(issues.iter().all(|i| i.code == IssueCode::Unknown));
}

#[test]
fn what_a_grant_names_cannot_be_deleted_while_it_does_and_the_grant_can() {
    let (_dir, mut catalog) = demo();
    let grant = catalog.save(None, portal_grant(&catalog)).unwrap();
    let d = grant.draft.clone();
    let Some(Consumer::System(portal)) = d.consumer else {
        unreachable!()
    };
    for (entity, id) in [
        (Entity::Contract, d.contract.unwrap().0),
        (Entity::Integration, d.integration.unwrap().0),
        (Entity::System, portal.0),
        (Entity::Person, d.granted_by.unwrap().0),
    ] {
        assert!(
            matches!(
                catalog.delete(entity, id),
                Err(Error::Store(StoreError::InUse { .. }))
            ),
            "{entity:?} {id}"
        );
    }
    catalog.delete(Entity::AccessGrant, grant.id.0).unwrap();
    assert!(matches!(
        catalog.grant(grant.id),
        Err(StoreError::ItemNotFound { .. })
    ));
    let history = catalog.history(Entity::AccessGrant, grant.id.0).unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.action, AuditAction::Delete);
    assert_eq!(
        last.before.as_ref().unwrap()["title"],
        "Nattlig elevsynkronisering → Elevportalen"
    );
    assert!(!catalog
        .search("prøveordning")
        .unwrap()
        .iter()
        .any(|hit| hit.entity == Entity::AccessGrant));
}

#[test]
fn a_review_is_recorded_under_a_retired_contract_but_the_access_cannot_grow() {
    let (_dir, mut catalog) = demo();
    let mut draft = portal_grant(&catalog);
    let grant = catalog.save(None, draft.clone()).unwrap();
    catalog
        .set_contract_status(draft.contract.unwrap(), ContractStatus::Retired)
        .unwrap();
    draft.reviews.push(AccessReview {
        reviewed_on: " 2026-05-01 ".into(),
        reviewed_by: draft.granted_by,
        outcome: ReviewOutcome::Revoked,
    });
    let reviewed = catalog.save(Some(grant.id), draft.clone()).unwrap();
    assert_eq!(reviewed.draft.reviews[0].reviewed_on, "2026-05-01");
    assert_eq!(
        catalog
            .history(Entity::AccessGrant, grant.id.0)
            .unwrap()
            .len(),
        2
    );
    draft.valid_until = "2027-12-31".into();
    let err = catalog.save(Some(grant.id), draft).unwrap_err();
    assert!(
        matches!(&err, Error::AccessRefused { issue } if issue.code == IssueCode::ContractRetired),
        "{err:?}"
    );
    assert_eq!(catalog.grant(grant.id).unwrap(), reviewed);
}

#[test]
fn a_contract_s_cover_names_its_consumer_s_organisation_and_the_review_its_information_needs() {
    let (_dir, catalog) = demo();
    let pupils = contract_titled(&catalog, "Elevregister til elevportalen");
    let cover = catalog.contract_cover(pupils).unwrap();
    assert_eq!(cover.status, ContractStatus::Approved);
    assert_eq!(
        cover.consumer_system.0,
        catalog.system_id("Elevportalen").unwrap().unwrap()
    );
    let municipality = catalog
        .organisations()
        .unwrap()
        .into_iter()
        .find(|o| o.draft.name == crate::app::demo::MUNICIPALITY)
        .unwrap();
    assert_eq!(cover.consumer_organisation, Some(municipality.id));
    // Special categories and national identity numbers: every six months.
    assert_eq!(
        cover.review,
        Some(crate::safeguards::Safeguard::AccessReviewHalfYearly)
    );
    let population = contract_titled(&catalog, "Folkeregisteropplysninger til sak og arkiv");
    let cover = catalog.contract_cover(population).unwrap();
    assert_eq!(cover.review, Some(Safeguard::AccessReviewYearly));
    assert!(cover.review_shipped_default);
}

#[test]
fn the_review_follows_the_level_s_own_policy_where_the_catalog_sets_one() {
    let (_dir, mut catalog) = demo();
    let population = contract_titled(&catalog, "Folkeregisteropplysninger til sak og arkiv");
    let (ordinal, key) = catalog
        .contract(population)
        .unwrap()
        .draft
        .information_sets
        .iter()
        .map(|id| catalog.information_set(*id).unwrap().draft)
        .filter_map(|set| Some((set.effective_classification()?, set.scheme?)))
        .max()
        .unwrap();
    let mut scheme = catalog.scheme(&key).unwrap().unwrap();
    let level = scheme
        .levels
        .iter_mut()
        .find(|l| l.ordinal == ordinal)
        .unwrap();
    level.safeguards = Some(vec![Safeguard::AccessReviewHalfYearly]);
    catalog.save(None, scheme).unwrap();
    let cover = catalog.contract_cover(population).unwrap();
    assert_eq!(
        cover.review,
        Some(Safeguard::AccessReviewHalfYearly),
        "the level's policy asks for a half-yearly review, not the default's yearly one"
    );
    assert!(!cover.review_shipped_default);
}

#[test]
fn the_demo_register_holds_one_grant_of_each_standing() {
    let (_dir, catalog) = demo();
    let today = catalog.today_date().unwrap();
    let statuses: Vec<crate::model::GrantStatus> = crate::app::access::register(&catalog, today)
        .unwrap()
        .into_iter()
        .map(|entry| entry.state.status)
        .collect();
    use crate::model::GrantStatus::*;
    assert_eq!(
        statuses,
        [Lapsed, ReviewOverdue, Active, ContractNotInForce]
    );
}
