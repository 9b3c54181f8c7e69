use super::*;
use crate::model::{FieldType, InformationSetDraft, SchemaField, SchemaType};

/// One test per move between two different statuses: `allowed` or `refused`, each named
/// after the move, so the table above and these tests must agree entry by entry.
macro_rules! transitions {
    ($($name:ident: $from:ident -> $to:ident $verdict:ident;)*) => {
        $(
            #[test]
            fn $name() {
                let expected = stringify!($verdict) == "allowed";
                assert_eq!(
                    RequestStatus::$from.can_become(RequestStatus::$to),
                    expected,
                    "{} -> {}", stringify!($from), stringify!($to)
                );
            }
        )*

        /// Every pair of different statuses has its test above.
        #[test]
        fn every_move_has_a_test() {
            let tested = [$((RequestStatus::$from, RequestStatus::$to)),*];
            for from in RequestStatus::ALL {
                for to in RequestStatus::ALL.into_iter().filter(|to| *to != from) {
                    assert!(tested.contains(&(from, to)), "{from:?} -> {to:?} untested");
                }
            }
            assert_eq!(tested.len(), 20);
        }
    };
}

transitions! {
    new_to_in_progress: New -> InProgress allowed;
    new_to_waiting: New -> Waiting refused;
    new_to_resolved: New -> Resolved allowed;
    new_to_escalated: New -> Escalated allowed;
    in_progress_to_new: InProgress -> New refused;
    in_progress_to_waiting: InProgress -> Waiting allowed;
    in_progress_to_resolved: InProgress -> Resolved allowed;
    in_progress_to_escalated: InProgress -> Escalated allowed;
    waiting_to_new: Waiting -> New refused;
    waiting_to_in_progress: Waiting -> InProgress allowed;
    waiting_to_resolved: Waiting -> Resolved allowed;
    waiting_to_escalated: Waiting -> Escalated allowed;
    resolved_to_new: Resolved -> New refused;
    resolved_to_in_progress: Resolved -> InProgress allowed;
    resolved_to_waiting: Resolved -> Waiting refused;
    resolved_to_escalated: Resolved -> Escalated refused;
    escalated_to_new: Escalated -> New refused;
    escalated_to_in_progress: Escalated -> InProgress allowed;
    escalated_to_waiting: Escalated -> Waiting refused;
    escalated_to_resolved: Escalated -> Resolved allowed;
}

#[test]
fn staying_in_a_status_is_not_a_move_and_next_lists_the_table() {
    for status in RequestStatus::ALL {
        assert!(!status.can_become(status), "{status:?}");
        assert_eq!(RequestStatus::parse(status.as_str()), Some(status));
        assert_eq!(
            serde_json::to_value(status).unwrap(),
            status.as_str(),
            "stored and wire names agree"
        );
    }
    assert_eq!(
        RequestStatus::New.next(),
        [
            RequestStatus::InProgress,
            RequestStatus::Resolved,
            RequestStatus::Escalated
        ]
    );
    assert_eq!(RequestStatus::Resolved.next(), [RequestStatus::InProgress]);
}

#[test]
fn only_an_open_request_past_its_follow_up_day_is_overdue() {
    let mut draft = RequestDraft {
        follow_up: Some("2026-03-01".into()),
        status: RequestStatus::Waiting,
        ..RequestDraft::default()
    };
    assert!(draft.is_overdue("2026-03-02"));
    assert!(!draft.is_overdue("2026-03-01"), "due today is not overdue");
    assert!(!draft.is_overdue("2026-02-28"));
    draft.status = RequestStatus::Resolved;
    assert!(
        !draft.is_overdue("2026-03-02"),
        "a resolved request is done"
    );
    draft.status = RequestStatus::Escalated;
    draft.follow_up = None;
    assert!(
        !draft.is_overdue("2026-03-02"),
        "no follow-up day, nothing overdue"
    );
}

#[test]
fn the_desk_attends_to_overdue_then_due_then_undated_then_resolved_requests() {
    let request = |status, follow_up: Option<&str>, opened: &str| RequestDraft {
        status,
        follow_up: follow_up.map(str::to_owned),
        opened_on: Some(opened.into()),
        ..RequestDraft::default()
    };
    use RequestStatus::*;
    let mut requests = [
        request(Resolved, Some("2026-01-01"), "2025-12-01"),
        request(New, None, "2026-02-20"),
        request(Waiting, Some("2026-03-09"), "2026-01-02"),
        request(InProgress, Some("2026-02-01"), "2026-01-03"),
        request(Escalated, Some("2026-03-01"), "2026-01-04"),
        request(New, None, "2026-02-10"),
    ];
    requests.sort_by_key(|r| r.attention("2026-03-02"));
    let order: Vec<(RequestStatus, Option<&str>, &str)> = requests
        .iter()
        .map(|r| {
            (
                r.status,
                r.follow_up.as_deref(),
                r.opened_on.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            (InProgress, Some("2026-02-01"), "2026-01-03"),
            (Escalated, Some("2026-03-01"), "2026-01-04"),
            (Waiting, Some("2026-03-09"), "2026-01-02"),
            (New, None, "2026-02-10"),
            (New, None, "2026-02-20"),
            (Resolved, Some("2026-01-01"), "2025-12-01"),
        ]
    );
}

fn set(id: i64, fields: &[(&str, SchemaType)]) -> InformationSet {
    InformationSet {
        id: InformationSetId(id),
        draft: InformationSetDraft {
            name: format!("set {id}"),
            fields: fields
                .iter()
                .map(|(name, field_type)| SchemaField {
                    name: (*name).into(),
                    field_type: *field_type,
                    required: true,
                    description: format!("{name} of set {id}"),
                    children: if *field_type == SchemaType::Object {
                        vec![SchemaField {
                            name: "inner".into(),
                            ..SchemaField::default()
                        }]
                    } else {
                        Vec::new()
                    },
                    ..SchemaField::default()
                })
                .collect(),
            ..InformationSetDraft::default()
        },
    }
}

#[test]
fn a_contract_draft_carries_over_every_known_fact() {
    let request = RequestDraft {
        title: "  Elevlister til skoleskyss ".into(),
        asker: Asker::Outside {
            name: "Randi Moe".into(),
            organisation: "Eksempel fylkeskommune".into(),
        },
        information: "Navn, adresse og skole for elever med rett til skyss.".into(),
        information_sets: vec![InformationSetId(4), InformationSetId(9)],
        purpose: "Planlegge skoleskyss for neste skoleår.".into(),
        provider: Some(SystemId(1)),
        consumer: Some(SystemId(2)),
        status: RequestStatus::Waiting,
        assignee: Some(PersonId(3)),
        opened_on: Some("2026-01-05".into()),
        follow_up: Some("2026-02-01".into()),
        notes: vec![RequestNote {
            text: "Ringt skyssetaten.".into(),
            ..RequestNote::default()
        }],
        outcomes: vec![
            RequestOutcome::Integration(IntegrationId(7)),
            RequestOutcome::Contract(ContractId(11)),
        ],
    };
    let known = KnownFacts {
        provider: Some("Skoleadministrativt system".into()),
        consumer: Some("Skyssplanlegger".into()),
        information_sets: vec![
            set(
                4,
                &[
                    ("elevId", SchemaType::String),
                    ("foresatt", SchemaType::Object),
                ],
            ),
            set(
                9,
                &[
                    ("elevId", SchemaType::Integer),
                    ("skole", SchemaType::String),
                ],
            ),
        ],
        owners: vec!["Åse Bjørnstad".into(), "Øystein Løvås".into()],
    };
    let contract = request.contract_draft(&known);
    assert_eq!(contract.title, "Elevlister til skoleskyss");
    assert_eq!(contract.description, request.information);
    assert_eq!(contract.purpose, request.purpose);
    assert_eq!(contract.provider_system, "Skoleadministrativt system");
    assert_eq!(contract.consumer_system, "Skyssplanlegger");
    assert_eq!(contract.owner, "Åse Bjørnstad, Øystein Løvås");
    assert_eq!(contract.information_sets, request.information_sets);
    assert_eq!(
        contract.integrations,
        [IntegrationId(7)],
        "the reuse candidate"
    );
    assert_eq!(contract.version, DRAFT_VERSION);
    // Plain top-level fields, each name once (the first set's wins), nested ones left out.
    let fields: Vec<(&str, FieldType)> = contract
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.field_type))
        .collect();
    assert_eq!(
        fields,
        [("elevId", FieldType::String), ("skole", FieldType::String)]
    );
    assert_eq!(contract.fields[0].description, "elevId of set 4");
    assert!(contract.fields.iter().all(|f| f.required));
    assert_eq!(crate::validate::contract_issues(&contract), vec![]);
}

#[test]
fn an_unknown_fact_stays_empty_in_the_contract_draft() {
    let request = RequestDraft {
        title: "Noe".into(),
        ..RequestDraft::default()
    };
    let contract = request.contract_draft(&KnownFacts::default());
    assert_eq!(contract.owner, "");
    assert_eq!(contract.provider_system, "");
    assert!(contract.fields.is_empty());
    assert!(contract.integrations.is_empty());
}

#[test]
fn askers_and_outcomes_have_a_stable_wire_form() {
    let person = serde_json::to_value(Asker::Person {
        person: PersonId(4),
    })
    .unwrap();
    assert_eq!(person, serde_json::json!({"kind": "person", "person": 4}));
    let outside: Asker =
        serde_json::from_value(serde_json::json!({"kind": "outside", "name": "Kari"})).unwrap();
    assert_eq!(
        outside,
        Asker::Outside {
            name: "Kari".into(),
            organisation: String::new()
        }
    );
    assert_eq!(
        serde_json::to_value(RequestOutcome::Contract(ContractId(3))).unwrap(),
        serde_json::json!({"kind": "contract", "id": 3})
    );
}
