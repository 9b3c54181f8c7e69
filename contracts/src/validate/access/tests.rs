use super::*;
use crate::model::{AccessReview, ContractId, IntegrationId, OrganisationId, PersonId, SystemId};

const INTEGRATION: IntegrationId = IntegrationId(7);
const PORTAL: SystemId = SystemId(3);
const MUNICIPALITY: OrganisationId = OrganisationId(1);

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// A grant the contract below allows: the portal uses integration 7 for 2026.
fn grant() -> GrantDraft {
    GrantDraft {
        integration: Some(INTEGRATION),
        consumer: Some(Consumer::System(PORTAL)),
        contract: Some(ContractId(1)),
        granted_by: Some(PersonId(2)),
        granted_on: "2026-01-05".into(),
        valid_until: "2026-12-31".into(),
        note: String::new(),
        reviews: Vec::new(),
    }
}

/// An approved contract from 2026-01-01, open-ended, governing integration 7 with the portal
/// (owned by the municipality's unit) as consumer, its information reviewed every six months.
fn contract() -> ContractCover {
    ContractCover {
        id: ContractId(1),
        title: "Elevregister til elevportalen".into(),
        status: ContractStatus::Approved,
        valid_from: Some("2026-01-01".into()),
        valid_to: None,
        integrations: vec![IntegrationId(5), INTEGRATION],
        consumer_system: PORTAL,
        consumer_organisation: Some(MUNICIPALITY),
        review: Some(Safeguard::AccessReviewHalfYearly),
        review_shipped_default: true,
    }
}

fn refused(draft: &GrantDraft, contract: &ContractCover) -> Option<IssueCode> {
    refusal(draft, contract).map(|issue| {
        assert_eq!(
            issue.path,
            FieldPath::Contract,
            "a refusal names the contract"
        );
        issue.code
    })
}

#[test]
fn an_approved_contract_in_force_that_covers_the_access_allows_it() {
    assert_eq!(grant_issues(&grant()), []);
    assert_eq!(refused(&grant(), &contract()), None);
}

#[test]
fn a_draft_contract_is_refused_and_an_approved_one_is_not() {
    let mut c = contract();
    c.status = ContractStatus::Draft;
    assert_eq!(refused(&grant(), &c), Some(IssueCode::ContractIsDraft));
    c.status = ContractStatus::Approved;
    assert_eq!(refused(&grant(), &c), None);
}

#[test]
fn a_contract_in_review_is_refused() {
    let mut c = contract();
    c.status = ContractStatus::InReview;
    assert_eq!(refused(&grant(), &c), Some(IssueCode::ContractInReview));
}

#[test]
fn a_retired_contract_is_refused() {
    let mut c = contract();
    c.status = ContractStatus::Retired;
    assert_eq!(refused(&grant(), &c), Some(IssueCode::ContractRetired));
}

#[test]
fn a_contract_that_ended_before_the_access_begins_is_refused_with_its_last_day() {
    let mut c = contract();
    c.valid_to = Some("2026-01-04".into());
    assert_eq!(
        refused(&grant(), &c),
        Some(IssueCode::ContractExpired {
            date: day("2026-01-04")
        })
    );
    // Ending on the access's first day is not expired (but ends first).
    c.valid_to = Some("2026-01-05".into());
    assert!(!matches!(
        refused(&grant(), &c),
        Some(IssueCode::ContractExpired { .. })
    ));
}

#[test]
fn a_contract_ending_before_the_access_does_is_refused_and_one_ending_with_it_is_not() {
    let mut c = contract();
    c.valid_to = Some("2026-06-30".into());
    assert_eq!(
        refused(&grant(), &c),
        Some(IssueCode::ContractEndsFirst {
            date: day("2026-06-30")
        })
    );
    c.valid_to = Some("2026-12-31".into());
    assert_eq!(refused(&grant(), &c), None);
}

#[test]
fn a_contract_not_yet_in_force_is_refused_and_one_starting_that_day_is_not() {
    let mut c = contract();
    c.valid_from = Some("2026-02-01".into());
    assert_eq!(
        refused(&grant(), &c),
        Some(IssueCode::ContractNotYetValid {
            date: day("2026-02-01")
        })
    );
    c.valid_from = Some("2026-01-05".into());
    assert_eq!(refused(&grant(), &c), None);
}

#[test]
fn a_contract_not_governing_the_integration_is_refused_even_when_it_is_a_draft() {
    let mut c = contract();
    c.integrations = vec![IntegrationId(5)];
    c.status = ContractStatus::Draft;
    assert_eq!(refused(&grant(), &c), Some(IssueCode::ContractNotGoverning));
    c.integrations.push(INTEGRATION);
    assert_eq!(refused(&grant(), &c), Some(IssueCode::ContractIsDraft));
}

#[test]
fn a_contract_naming_another_consumer_is_refused() {
    let mut draft = grant();
    draft.consumer = Some(Consumer::System(SystemId(4)));
    assert_eq!(
        refused(&draft, &contract()),
        Some(IssueCode::ContractNotForConsumer)
    );
}

#[test]
fn an_organisation_is_named_through_its_unit_owning_the_consumer_system() {
    let mut draft = grant();
    draft.consumer = Some(Consumer::Organisation(MUNICIPALITY));
    assert_eq!(refused(&draft, &contract()), None);
    draft.consumer = Some(Consumer::Organisation(OrganisationId(9)));
    assert_eq!(
        refused(&draft, &contract()),
        Some(IssueCode::ContractNotForConsumer)
    );
    let mut unowned = contract();
    unowned.consumer_organisation = None;
    draft.consumer = Some(Consumer::Organisation(MUNICIPALITY));
    assert_eq!(
        refused(&draft, &unowned),
        Some(IssueCode::ContractNotForConsumer)
    );
}

#[test]
fn every_refusal_is_a_refusal_and_input_mistakes_are_not() {
    for code in [
        IssueCode::ContractIsDraft,
        IssueCode::ContractInReview,
        IssueCode::ContractRetired,
        IssueCode::ContractNotYetValid {
            date: day("2026-01-01"),
        },
        IssueCode::ContractExpired {
            date: day("2026-01-01"),
        },
        IssueCode::ContractEndsFirst {
            date: day("2026-01-01"),
        },
        IssueCode::ContractNotGoverning,
        IssueCode::ContractNotForConsumer,
    ] {
        assert!(code.is_refusal(), "{code:?}");
        let message = Issue::new(FieldPath::Contract, code).message();
        assert!(message.contains(':'), "says what to do: {message}");
    }
    assert!(!IssueCode::Required.is_refusal());
    assert!(!IssueCode::NotDate.is_refusal());
}

#[test]
fn a_grant_needs_its_integration_consumer_contract_and_two_ordered_dates() {
    let empty = GrantDraft::default();
    let paths: Vec<FieldPath> = grant_issues(&empty).iter().map(|i| i.path).collect();
    assert_eq!(
        paths,
        [
            FieldPath::Integration,
            FieldPath::Consumer,
            FieldPath::Contract,
            FieldPath::GrantedOn,
            FieldPath::ValidUntil
        ]
    );
    let mut draft = grant();
    draft.valid_until = "2026-13-01".into();
    assert_eq!(
        grant_issues(&draft),
        [Issue::new(FieldPath::ValidUntil, IssueCode::NotDate)]
    );
    draft.valid_until = "2025-12-31".into();
    assert_eq!(
        grant_issues(&draft),
        [Issue::new(
            FieldPath::ValidUntil,
            IssueCode::EndsBeforeStart
        )]
    );
    draft.valid_until = "2026-01-05".into();
    assert_eq!(grant_issues(&draft), []);
    draft.reviews.push(AccessReview {
        reviewed_on: "juni".into(),
        ..AccessReview::default()
    });
    draft.note = "x".repeat(MAX_NOTE_CHARS + 1);
    assert_eq!(
        grant_issues(&draft),
        [
            Issue::new(
                FieldPath::GrantNote,
                IssueCode::TooLong {
                    max: MAX_NOTE_CHARS
                }
            ),
            Issue::new(FieldPath::ReviewedOn(0), IssueCode::NotDate)
        ]
    );
}

#[test]
fn the_review_falls_due_one_interval_after_the_grant_or_its_last_confirmation() {
    let mut draft = grant();
    draft.valid_until = "2027-12-31".into();
    assert_eq!(draft.review_due(Some(6)), Some(day("2026-07-05")));
    assert_eq!(draft.review_due(Some(12)), Some(day("2027-01-05")));
    draft.reviews.push(AccessReview {
        reviewed_on: "2026-07-01".into(),
        reviewed_by: Some(PersonId(2)),
        outcome: ReviewOutcome::Confirmed,
    });
    assert_eq!(draft.review_due(Some(6)), Some(day("2027-01-01")));
    // Never later than the access's last day; on it when no interval is required.
    draft.valid_until = "2026-10-31".into();
    assert_eq!(draft.review_due(Some(6)), Some(day("2026-10-31")));
    assert_eq!(draft.review_due(None), Some(day("2026-10-31")));
}

#[test]
fn an_active_grant_reviewed_in_time_is_active() {
    let state = state(&grant(), &contract(), day("2026-03-01"));
    assert_eq!(state.status, GrantStatus::Active);
    assert_eq!(state.review_due, Some(day("2026-07-05")));
    assert_eq!(state.review_rule, Some(Safeguard::AccessReviewHalfYearly));
    assert!(state.shipped_default);
}

#[test]
fn a_review_past_its_day_is_overdue_and_a_confirmation_clears_it() {
    let today = day("2026-07-06");
    assert_eq!(
        state(&grant(), &contract(), today).status,
        GrantStatus::ReviewOverdue
    );
    let mut reviewed = grant();
    reviewed.reviews.push(AccessReview {
        reviewed_on: "2026-07-01".into(),
        reviewed_by: None,
        outcome: ReviewOutcome::Confirmed,
    });
    assert_eq!(
        state(&reviewed, &contract(), today).status,
        GrantStatus::Active
    );
}

#[test]
fn a_yearly_interval_is_not_overdue_after_six_months() {
    let mut c = contract();
    c.review = Some(Safeguard::AccessReviewYearly);
    assert_eq!(
        state(&grant(), &c, day("2026-07-06")).status,
        GrantStatus::Active
    );
}

#[test]
fn a_grant_past_its_last_day_has_lapsed_and_one_on_it_has_not() {
    assert_eq!(
        state(&grant(), &contract(), day("2027-01-01")).status,
        GrantStatus::Lapsed
    );
    let mut c = contract();
    c.review = None;
    assert_eq!(
        state(&grant(), &c, day("2026-12-31")).status,
        GrantStatus::Active
    );
}

#[test]
fn a_retired_or_unapproved_contract_takes_the_grant_out_of_force() {
    for (status, code) in [
        (ContractStatus::Retired, IssueCode::ContractRetired),
        (ContractStatus::Draft, IssueCode::ContractIsDraft),
        (ContractStatus::InReview, IssueCode::ContractInReview),
    ] {
        let mut c = contract();
        c.status = status;
        let state = state(&grant(), &c, day("2026-03-01"));
        assert_eq!(state.status, GrantStatus::ContractNotInForce);
        assert_eq!(state.contract_problem, Some(code));
    }
    assert_eq!(
        state(&grant(), &contract(), day("2026-03-01")).contract_problem,
        None
    );
}

#[test]
fn a_contract_that_ended_since_is_expired_and_one_ending_later_only_ends_first() {
    let mut c = contract();
    c.valid_to = Some("2026-02-28".into());
    let expired = state(&grant(), &c, day("2026-03-01"));
    assert_eq!(expired.status, GrantStatus::ContractNotInForce);
    assert_eq!(
        expired.contract_problem,
        Some(IssueCode::ContractExpired {
            date: day("2026-02-28")
        })
    );
    let before = state(&grant(), &c, day("2026-02-01"));
    assert_eq!(
        before.contract_problem,
        Some(IssueCode::ContractEndsFirst {
            date: day("2026-02-28")
        })
    );
}

#[test]
fn a_revoking_review_ends_the_grant_and_its_reviews() {
    let mut draft = grant();
    draft.reviews.push(AccessReview {
        reviewed_on: "2026-05-01".into(),
        reviewed_by: None,
        outcome: ReviewOutcome::Revoked,
    });
    let state = state(&draft, &contract(), day("2026-08-01"));
    assert_eq!(state.status, GrantStatus::Revoked);
    assert_eq!(state.review_due, None);
}

#[test]
fn a_grant_beginning_later_is_upcoming() {
    assert_eq!(
        state(&grant(), &contract(), day("2026-01-04")).status,
        GrantStatus::Upcoming
    );
}
