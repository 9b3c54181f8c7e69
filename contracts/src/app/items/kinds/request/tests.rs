use crate::app::error::Error;
use crate::app::items::Editing;
use crate::model::{
    Asker, ContractId, Entity, PersonId, RequestDraft, RequestNote, RequestOutcome, RequestStatus,
    SystemId,
};
use crate::model::{AuditAction, ContractStatus, InformationSet, Person, Role};
use crate::store::Catalog;
use crate::store::Error as StoreError;
use crate::validate::{FieldPath, Issue, IssueCode};

/// The demo catalog, in memory.
fn demo() -> Catalog {
    let mut catalog = Catalog::in_memory().unwrap();
    crate::app::demo::seed(&mut catalog).unwrap();
    catalog
}

fn person(catalog: &Catalog, name: &str) -> Person {
    catalog
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.draft.name == name)
        .unwrap()
}

fn set(catalog: &Catalog, name: &str) -> InformationSet {
    catalog
        .information_sets()
        .unwrap()
        .into_iter()
        .find(|s| s.draft.name == name)
        .unwrap()
}

fn system(catalog: &Catalog, name: &str) -> SystemId {
    SystemId(catalog.system_id(name).unwrap().unwrap())
}

/// A new request for the pupils' data from the school system to the pupil portal.
fn pupils_request(catalog: &Catalog) -> RequestDraft {
    RequestDraft {
        title: " Elevdata til bibliotekkort ".into(),
        asker: Asker::Outside {
            name: "Kari Nilsen".into(),
            organisation: "Folkebiblioteket".into(),
        },
        information: "Navn og trinn på elever, så de får lånekort.".into(),
        information_sets: vec![set(catalog, "Elevopplysninger").id],
        purpose: "Lånekort til alle elever fra første skoledag.".into(),
        provider: Some(system(catalog, "Skoleadministrativt system")),
        consumer: Some(system(catalog, "Elevportalen")),
        follow_up: Some("2099-01-15".into()),
        notes: vec![RequestNote {
            text: "Ringte inn.".into(),
            ..RequestNote::default()
        }],
        ..RequestDraft::default()
    }
}

#[test]
fn a_new_request_is_stored_as_new_opened_today_with_its_log_stamped_and_reads_back() {
    let mut catalog = demo();
    catalog.set_author("Ingrid Sæther");
    let mut draft = pupils_request(&catalog);
    let integration = catalog.integrations().unwrap()[1].id;
    draft.outcomes = vec![
        RequestOutcome::Integration(integration),
        RequestOutcome::Integration(integration),
    ];
    let saved = catalog.save(None, draft).unwrap();
    let d = &saved.draft;
    assert_eq!(d.title, "Elevdata til bibliotekkort");
    assert_eq!(d.status, RequestStatus::New);
    assert_eq!(d.opened_on, Some(catalog.today().unwrap()));
    assert_eq!(d.outcomes, [RequestOutcome::Integration(integration)]);
    assert_eq!(d.notes.len(), 1, "no status change, no status entry");
    assert_eq!(d.notes[0].author, "Ingrid Sæther");
    assert!(d.notes[0].at.starts_with(&catalog.today().unwrap()));
    assert_eq!(catalog.request(saved.id).unwrap(), saved);
    let history = catalog.history(Entity::Request, saved.id.0).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, AuditAction::Create);
    assert_eq!(history[0].after.as_ref().unwrap()["title"], d.title);
}

#[test]
fn a_person_in_the_catalog_can_ask_and_an_outside_asker_s_organisation_is_kept() {
    let mut catalog = demo();
    let asker = person(&catalog, "Märta Gustafsson").id;
    let mut draft = pupils_request(&catalog);
    draft.asker = Asker::Person { person: asker };
    let saved = catalog.save(None, draft).unwrap();
    assert_eq!(
        catalog.request(saved.id).unwrap().draft.asker,
        Asker::Person { person: asker }
    );
    let outside = catalog.save(None, pupils_request(&catalog)).unwrap();
    assert_eq!(
        catalog.request(outside.id).unwrap().draft.asker,
        Asker::Outside {
            name: "Kari Nilsen".into(),
            organisation: "Folkebiblioteket".into()
        }
    );
}

#[test]
fn a_status_moves_only_as_the_table_allows_and_each_move_is_logged() {
    let mut catalog = demo();
    let mut draft = pupils_request(&catalog);
    draft.status = RequestStatus::InProgress;
    let err = catalog.save(None, draft).unwrap_err();
    assert!(
        matches!(
            err,
            Error::RequestStatusChange {
                from: RequestStatus::New,
                to: RequestStatus::InProgress
            }
        ),
        "a request starts as new: {err:?}"
    );

    let saved = catalog.save(None, pupils_request(&catalog)).unwrap();
    let mut draft = saved.draft.clone();
    draft.status = RequestStatus::Waiting;
    let err = catalog.save(Some(saved.id), draft).unwrap_err();
    assert!(matches!(err, Error::RequestStatusChange { .. }), "{err:?}");
    assert_eq!(catalog.request(saved.id).unwrap(), saved, "nothing changed");

    let mut draft = saved.draft.clone();
    draft.status = RequestStatus::InProgress;
    let moved = catalog.save(Some(saved.id), draft).unwrap();
    let entry = moved.draft.notes.last().unwrap();
    assert_eq!(entry.status, Some(RequestStatus::InProgress));
    assert_eq!(entry.text, "");

    // A move with its own note gets no second entry.
    let mut draft = moved.draft.clone();
    draft.status = RequestStatus::Waiting;
    draft.notes.push(RequestNote {
        text: "Venter på svar.".into(),
        status: Some(RequestStatus::Waiting),
        ..RequestNote::default()
    });
    let waiting = catalog.save(Some(saved.id), draft).unwrap();
    assert_eq!(waiting.draft.notes.len(), moved.draft.notes.len() + 1);
    assert_eq!(waiting.draft.notes.last().unwrap().text, "Venter på svar.");
    assert_eq!(
        catalog.history(Entity::Request, saved.id.0).unwrap().len(),
        3
    );
}

#[test]
fn saved_log_entries_cannot_be_changed_or_removed() {
    let mut catalog = demo();
    let saved = catalog.save(None, pupils_request(&catalog)).unwrap();
    for change in [
        |notes: &mut Vec<RequestNote>| notes[0].text = "Noe annet.".into(),
        |notes: &mut Vec<RequestNote>| notes[0].author = "Noen andre".into(),
        |notes: &mut Vec<RequestNote>| {
            notes.remove(0);
        },
    ] {
        let mut draft = saved.draft.clone();
        change(&mut draft.notes);
        let err = catalog.save(Some(saved.id), draft).unwrap_err();
        match err {
            Error::Invalid { issues } => {
                assert_eq!(
                    issues,
                    [Issue::new(FieldPath::Notes, IssueCode::AppendOnly)]
                )
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(catalog.request(saved.id).unwrap(), saved);
}

#[test]
fn what_a_request_names_must_exist_and_cannot_be_deleted_under_it() {
    let mut catalog = demo();
    let mut draft = pupils_request(&catalog);
    draft.assignee = Some(PersonId(999));
    assert!(matches!(
        catalog.save(None, draft).unwrap_err(),
        Error::Store(StoreError::PersonNotFound(PersonId(999)))
    ));
    let mut draft = pupils_request(&catalog);
    draft.outcomes = vec![RequestOutcome::Contract(ContractId(999))];
    assert!(matches!(
        catalog.save(None, draft).unwrap_err(),
        Error::Store(StoreError::ContractNotFound(ContractId(999)))
    ));

    let asker = catalog
        .save(
            None,
            crate::model::PersonDraft {
                name: "Kari Nilsen".into(),
                email: "kari.nilsen@eksempel.kommune.no".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
    let contract = catalog.list_contracts().unwrap()[0].id;
    let mut draft = pupils_request(&catalog);
    draft.asker = Asker::Person { person: asker };
    draft.outcomes = vec![RequestOutcome::Contract(contract)];
    let saved = catalog.save(None, draft).unwrap();
    for (entity, id) in [
        (Entity::Person, asker.0),
        (Entity::Contract, contract.0),
        (Entity::InformationSet, saved.draft.information_sets[0].0),
    ] {
        assert!(
            matches!(
                catalog.delete(entity, id),
                Err(Error::Store(StoreError::InUse { .. }))
            ),
            "{entity:?}"
        );
    }

    // Deleting the request takes its links and search entry, and the trail keeps it.
    catalog.delete(Entity::Request, saved.id.0).unwrap();
    assert!(matches!(
        catalog.request(saved.id),
        Err(StoreError::ItemNotFound {
            entity: Entity::Request,
            ..
        })
    ));
    assert!(catalog.search("Folkebiblioteket").unwrap().is_empty());
    catalog.delete(Entity::Person, asker.0).unwrap();
    let history = catalog.history(Entity::Request, saved.id.0).unwrap();
    assert_eq!(history.last().unwrap().action, AuditAction::Delete);
}

#[test]
fn search_finds_a_request_by_its_subject_asker_and_log() {
    let mut catalog = demo();
    let saved = catalog.save(None, pupils_request(&catalog)).unwrap();
    for words in ["bibliotekkort", "folkebibliotek", "ringte inn", "lånekort"] {
        let hits = catalog.search(words).unwrap();
        assert!(
            hits.iter()
                .any(|h| h.entity == Entity::Request && h.id == saved.id.0),
            "{words}: {hits:?}"
        );
    }
}

#[test]
fn a_request_becomes_a_contract_draft_linked_to_it_and_moves_to_in_progress() {
    let mut catalog = demo();
    let owner = person(&catalog, "Åse Bjørnstad");
    let pupils = set(&catalog, "Elevopplysninger");
    let saved = catalog.save(None, pupils_request(&catalog)).unwrap();
    let before = catalog.list_contracts().unwrap().len();

    let contract = catalog.contract_from_request(saved.id).unwrap();
    assert_eq!(catalog.list_contracts().unwrap().len(), before + 1);
    let d = &contract.draft;
    assert_eq!(contract.state.status, ContractStatus::Draft);
    assert_eq!(d.title, "Elevdata til bibliotekkort");
    assert_eq!(d.description, saved.draft.information);
    assert_eq!(d.purpose, saved.draft.purpose);
    assert_eq!(d.provider_system, "Skoleadministrativt system");
    assert_eq!(d.consumer_system, "Elevportalen");
    assert_eq!(d.information_sets, [pupils.id]);
    assert_eq!(d.owner, owner.draft.name);
    let plain: Vec<String> = pupils
        .draft
        .fields
        .iter()
        .filter_map(|f| f.as_flat_field())
        .map(|f| f.name)
        .collect();
    let names: Vec<String> = d.fields.iter().map(|f| f.name.clone()).collect();
    assert!(!plain.is_empty());
    assert_eq!(names, plain);
    let roles = catalog
        .roles(Entity::Contract, Some(contract.id.0))
        .unwrap();
    assert_eq!(
        roles.iter().map(|a| (a.role, a.person)).collect::<Vec<_>>(),
        [(Role::InformationOwner, owner.id)]
    );

    let request = catalog.request(saved.id).unwrap();
    assert_eq!(request.draft.status, RequestStatus::InProgress);
    assert_eq!(
        request.draft.outcomes,
        [RequestOutcome::Contract(contract.id)]
    );
    assert_eq!(
        request.draft.notes.last().unwrap().status,
        Some(RequestStatus::InProgress)
    );
}

#[test]
fn a_request_that_does_not_know_enough_is_refused_naming_its_inputs_and_nothing_is_made() {
    let mut catalog = demo();
    let before = catalog.list_contracts().unwrap().len();
    let mut draft = pupils_request(&catalog);
    draft.consumer = None;
    let saved = catalog.save(None, draft).unwrap();
    let err = catalog.contract_from_request(saved.id).unwrap_err();
    match err {
        Error::RequestIncomplete { issues } => assert_eq!(
            issues,
            [Issue::new(
                FieldPath::ConsumerSystem,
                IssueCode::NeededForContract
            )]
        ),
        other => panic!("{other:?}"),
    }

    // Without information sets there are no fields and no owner.
    let mut draft = pupils_request(&catalog);
    draft.information_sets.clear();
    let saved = catalog.save(None, draft).unwrap();
    match catalog.contract_from_request(saved.id).unwrap_err() {
        Error::RequestIncomplete { issues } => assert_eq!(
            issues,
            [Issue::new(
                FieldPath::InformationSets,
                IssueCode::NeededForContract
            )]
        ),
        other => panic!("{other:?}"),
    }

    // A set whose owner has left leaves the contract without an owner.
    let employees = set(&catalog, "Ansattopplysninger");
    let mut owner = catalog.person(employees.draft.owner.unwrap()).unwrap();
    owner.draft.left_on = Some("2020-01-01".into());
    catalog.save(Some(owner.id), owner.draft).unwrap();
    let mut draft = pupils_request(&catalog);
    draft.information_sets = vec![employees.id];
    let saved = catalog.save(None, draft).unwrap();
    match catalog.contract_from_request(saved.id).unwrap_err() {
        Error::RequestIncomplete { issues } => assert_eq!(
            issues,
            [Issue::new(
                FieldPath::InformationSets,
                IssueCode::NoInformationOwner
            )]
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(catalog.list_contracts().unwrap().len(), before);
    assert_eq!(
        catalog.request(saved.id).unwrap().draft.status,
        RequestStatus::New
    );
}

#[test]
fn making_the_contract_draft_is_one_transaction() {
    let mut catalog = demo();
    let saved = catalog.save(None, pupils_request(&catalog)).unwrap();
    let contracts = catalog.list_contracts().unwrap();
    let trail = catalog.audit_rows("", 0, false, 0, 0).unwrap().0;
    // The last step, updating the request, fails.
    catalog
        .connection()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse_request_update BEFORE UPDATE ON request
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    assert!(catalog.contract_from_request(saved.id).is_err());
    assert_eq!(catalog.list_contracts().unwrap(), contracts);
    assert_eq!(catalog.audit_rows("", 0, false, 0, 0).unwrap().0, trail);
    assert_eq!(catalog.request(saved.id).unwrap(), saved);
    assert!(
        catalog.connection().is_autocommit(),
        "no transaction left open"
    );
}

#[test]
fn the_demo_request_that_became_a_contract_draft_links_it() {
    let catalog = demo();
    let request = catalog
        .requests()
        .unwrap()
        .into_iter()
        .find(|r| {
            r.draft
                .outcomes
                .iter()
                .any(|o| matches!(o, RequestOutcome::Contract(_)))
        })
        .unwrap();
    assert_eq!(request.draft.status, RequestStatus::InProgress);
    let RequestOutcome::Contract(id) = request.draft.outcomes[0] else {
        panic!("{:?}", request.draft.outcomes)
    };
    let contract = catalog.contract(id).unwrap();
    assert_eq!(contract.draft.title, request.draft.title);
    assert_eq!(contract.state.status, ContractStatus::Draft);
}
