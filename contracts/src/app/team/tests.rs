use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::json;

use super::*;
use crate::app::items::save;
use crate::git::test_server::{bare_repository, GitServer};
use crate::model::{ContractDraft, ContractId, PersonDraft, PersonId};
use crate::wire::team::SyncOutcome;

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase()),
    }
}

/// A team of two: a demo catalog published to a fresh remote (a local path, or a git
/// daemon on loopback), and a second catalog cloned from it.
struct Team {
    dir: tempfile::TempDir,
    url: String,
    _server: Option<GitServer>,
    kari: Catalog,
    sven: Catalog,
}

impl Team {
    fn new(served: bool) -> Team {
        let dir = tempfile::tempdir().unwrap();
        bare_repository(dir.path(), "team.git");
        let server = served.then(|| GitServer::start(dir.path()));
        let url = match &server {
            Some(server) => format!("{}team.git", server.url),
            None => dir.path().join("team.git").display().to_string(),
        };
        let mut kari =
            crate::app::catalog::create(&dir.path().join("kari.datapakt"), true).unwrap();
        kari.set_author("Kari");
        let report = publish(&mut kari, &url, &author("Kari")).unwrap();
        assert_eq!(report.outcome, SyncOutcome::InSync);
        assert!(report.sent > 20, "the whole catalog is sent: {report:?}");
        let mut sven = clone(&url, &dir.path().join("sven.datapakt")).unwrap();
        sven.set_author("Sven");
        Team {
            dir,
            url,
            _server: server,
            kari,
            sven,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn sync_kari(&mut self) -> SyncReport {
        sync(&mut self.kari, &author("Kari")).unwrap()
    }

    fn sync_sven(&mut self) -> SyncReport {
        sync(&mut self.sven, &author("Sven")).unwrap()
    }

    /// Syncs both ways until both are in sync, and checks they hold the same.
    fn settle(&mut self) {
        assert_eq!(self.sync_kari().outcome, SyncOutcome::InSync);
        assert_eq!(self.sync_sven().outcome, SyncOutcome::InSync);
        assert_eq!(self.sync_kari().outcome, SyncOutcome::InSync);
        assert_same(&self.kari, &self.sven);
    }
}

fn assert_same(one: &Catalog, two: &Catalog) {
    let (one, two) = (snapshot(one).unwrap(), snapshot(two).unwrap());
    let differ: Vec<_> = changed_keys(&one, &two);
    let shown: Vec<String> = differ
        .iter()
        .map(|k| format!("{k}:\n{:?}\n{:?}", one.get(*k), two.get(*k)))
        .collect();
    assert!(
        differ.is_empty(),
        "the catalogs differ in {}",
        shown.join("\n")
    );
}

fn first_contract(catalog: &Catalog) -> ContractId {
    catalog.list_contracts().unwrap()[0].id
}

/// The contract of `catalog` with uid `uid`.
fn contract_by_uid(catalog: &Catalog, uid: &str) -> ContractId {
    let ids = ids::Ids::read(catalog).unwrap();
    ContractId(ids.id(Part::Contract, uid).unwrap())
}

fn uid_of(catalog: &Catalog, part: Part, id: i64) -> String {
    ids::Ids::read(catalog)
        .unwrap()
        .uid(part, id)
        .unwrap()
        .to_owned()
}

fn edit_contract(catalog: &mut Catalog, id: ContractId, edit: impl FnOnce(&mut ContractDraft)) {
    let mut draft = catalog.contract(id).unwrap().draft;
    edit(&mut draft);
    save(catalog, Some(id), draft).unwrap();
}

fn edit_person(catalog: &mut Catalog, id: PersonId, edit: impl FnOnce(&mut PersonDraft)) {
    let mut draft = catalog.person(id).unwrap().draft;
    edit(&mut draft);
    save(catalog, Some(id), draft).unwrap();
}

#[test]
fn a_published_catalog_cloned_elsewhere_holds_the_same_items_under_the_same_identities() {
    let team = Team::new(false);
    assert_same(&team.kari, &team.sven);
    let titles = |c: &Catalog| {
        let mut titles: Vec<String> = c
            .list_contracts()
            .unwrap()
            .into_iter()
            .map(|s| s.title)
            .collect();
        titles.sort();
        titles
    };
    assert_eq!(titles(&team.kari), titles(&team.sven));
    for catalog in [&team.kari, &team.sven] {
        let status = status(catalog).unwrap();
        assert_eq!(status.remote.as_deref(), Some(team.url.as_str()));
        assert_eq!((status.local, status.incoming), (0, 0));
        assert!(status.last_sync.is_some());
        assert!(status.conflicts.is_empty());
    }
    // The clone's audit trail names who made the items, from the commits.
    let id = first_contract(&team.sven);
    let trail = team
        .sven
        .history(crate::model::Entity::Contract, id.0)
        .unwrap();
    assert_eq!(trail[0].author, "Kari");
}

#[test]
fn changes_to_different_items_and_different_fields_meet_without_asking_through_a_git_daemon() {
    let mut team = Team::new(true);
    let contract = first_contract(&team.kari);
    let uid = uid_of(&team.kari, Part::Contract, contract.0);
    let sven_contract = contract_by_uid(&team.sven, &uid);
    edit_contract(&mut team.kari, contract, |d| {
        d.title = "Elevar, ny tittel".into()
    });
    edit_contract(&mut team.sven, sven_contract, |d| {
        d.purpose = "Skuleskyss".into()
    });
    let person = team.sven.people().unwrap()[0].id;
    edit_person(&mut team.sven, person, |d| d.name = "Sven Svensson".into());
    assert_eq!(status(&team.kari).unwrap().local, 1);

    let report = team.sync_kari();
    assert_eq!((report.sent, report.received), (1, 0));
    let report = team.sync_sven();
    assert_eq!(report.outcome, SyncOutcome::InSync);
    assert_eq!(report.received, 1, "{report:?}");
    team.settle();
    let merged = team.kari.contract(contract).unwrap().draft;
    assert_eq!(
        (merged.title.as_str(), merged.purpose.as_str()),
        ("Elevar, ny tittel", "Skuleskyss")
    );
    // Incoming changes enter the audit trail under their commit's author.
    let trail = team
        .kari
        .history(crate::model::Entity::Contract, contract.0)
        .unwrap();
    assert_eq!(trail.last().unwrap().author, "Sven");
}

#[test]
fn the_same_field_changed_on_both_sides_waits_for_a_choice_and_nothing_is_pushed_until_then() {
    for take in [Take::Theirs, Take::Mine] {
        let mut team = Team::new(false);
        let contract = first_contract(&team.kari);
        let uid = uid_of(&team.kari, Part::Contract, contract.0);
        let sven_contract = contract_by_uid(&team.sven, &uid);
        edit_contract(&mut team.kari, contract, |d| {
            d.title = "Karis tittel".into()
        });
        edit_contract(&mut team.sven, sven_contract, |d| {
            d.title = "Svens tittel".into()
        });
        team.sync_kari();
        let report = team.sync_sven();
        assert_eq!(report.outcome, SyncOutcome::Conflicts);
        assert_eq!(report.conflicts.len(), 1);
        let conflict = &report.conflicts[0];
        assert_eq!(conflict.item, format!("contract:{}", sven_contract.0));
        assert_eq!(conflict.field.as_deref(), Some("title"));
        assert_eq!(conflict.mine, Some(json!("Svens tittel")));
        assert_eq!(conflict.theirs, Some(json!("Karis tittel")));
        assert_eq!(
            team.sven.contract(sven_contract).unwrap().draft.title,
            "Svens tittel"
        );
        // Nothing was pushed: Kari's sync brings nothing.
        assert_eq!(team.sync_kari().received, 0);
        // Syncing again does not decide anything either.
        assert_eq!(team.sync_sven().outcome, SyncOutcome::Conflicts);
        assert_eq!(status(&team.sven).unwrap().conflicts.len(), 1);

        let status = resolve(&mut team.sven, &conflict.item, Some("title"), take).unwrap();
        assert!(status.conflicts.is_empty());
        team.settle();
        let expected = match take {
            Take::Theirs => "Karis tittel",
            Take::Mine => "Svens tittel",
        };
        assert_eq!(team.kari.contract(contract).unwrap().draft.title, expected);
    }
}

#[test]
fn abort_returns_the_catalog_to_where_it_was_before_the_sync() {
    let mut team = Team::new(false);
    let contract = first_contract(&team.kari);
    let uid = uid_of(&team.kari, Part::Contract, contract.0);
    let sven_contract = contract_by_uid(&team.sven, &uid);
    edit_contract(&mut team.kari, contract, |d| {
        d.title = "Karis tittel".into();
        d.purpose = "Karis føremål".into();
    });
    edit_contract(&mut team.sven, sven_contract, |d| {
        d.title = "Svens tittel".into()
    });
    let before = snapshot(&team.sven).unwrap();
    team.sync_kari();
    assert_eq!(team.sync_sven().outcome, SyncOutcome::Conflicts);
    assert_eq!(
        team.sven.contract(sven_contract).unwrap().draft.purpose,
        "Karis føremål"
    );
    abort(&mut team.sven).unwrap();
    assert!(changed_keys(&before, &snapshot(&team.sven).unwrap()).is_empty());
    assert!(matches!(
        abort(&mut team.sven),
        Err(Error::TeamNothingPending)
    ));
}

#[test]
fn deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
    let mut team = Team::new(false);
    // A person nothing refers to can be deleted.
    let lone = save(
        &mut team.kari,
        None,
        PersonDraft {
            name: "Lone".into(),
            email: "lone@kommune.no".into(),
            ..PersonDraft::default()
        },
    )
    .unwrap()
    .id;
    team.settle();
    let uid = uid_of(&team.kari, Part::Person, lone.0);
    let sven_lone = PersonId(
        ids::Ids::read(&team.sven)
            .unwrap()
            .id(Part::Person, &uid)
            .unwrap(),
    );
    crate::app::items::delete(&mut team.kari, crate::model::Entity::Person, lone.0).unwrap();
    edit_person(&mut team.sven, sven_lone, |d| {
        d.email = "lone.ny@kommune.no".into()
    });
    team.sync_kari();
    let report = team.sync_sven();
    assert_eq!(report.outcome, SyncOutcome::Conflicts);
    assert_eq!(report.conflicts[0].field, None);
    assert_eq!(report.conflicts[0].theirs, None);
    assert!(
        team.sven.person(sven_lone).is_ok(),
        "mine is kept until chosen"
    );
    resolve(
        &mut team.sven,
        &format!("person:{}", sven_lone.0),
        None,
        Take::Theirs,
    )
    .unwrap();
    assert!(team.sven.person(sven_lone).is_err());
    team.settle();
}

#[test]
fn items_created_on_both_sides_offline_never_collide() {
    let mut team = Team::new(false);
    let new = |name: &str| PersonDraft {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase()),
        ..PersonDraft::default()
    };
    save(&mut team.kari, None, new("Ada")).unwrap();
    save(&mut team.sven, None, new("Bo")).unwrap();
    team.settle();
    let names: Vec<String> = team
        .kari
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.draft.name)
        .collect();
    assert!(
        names.contains(&"Ada".to_owned()) && names.contains(&"Bo".to_owned()),
        "{names:?}"
    );
}

#[test]
fn a_remote_holding_another_catalogue_or_nothing_or_something_else_is_refused() {
    let team = Team::new(false);
    let mut other = crate::app::catalog::create(&team.path("other.datapakt"), true).unwrap();
    match publish(&mut other, &team.url, &author("Ola")) {
        Err(Error::TeamRemoteTaken { url }) => assert_eq!(url, team.url),
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(remote(&other).unwrap(), None);
    bare_repository(team.dir.path(), "empty.git");
    let empty = team.path("empty.git").display().to_string();
    match clone(&empty, &team.path("nothing.datapakt")) {
        Err(Error::TeamRemoteEmpty { .. }) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert!(
        !team.path("nothing.datapakt").exists(),
        "no half-made catalog is left"
    );
    assert!(!team.path("nothing.datapakt.git").exists());
    // A repository of something else.
    bare_repository(team.dir.path(), "foreign.git");
    let foreign = team.path("foreign.git").display().to_string();
    let repo = crate::git::Repo::open_or_init(&team.path("writer.git")).unwrap();
    let readme = ("README.md".to_owned(), Some(b"hei".to_vec()));
    let commit = repo.commit(&[], &[readme], &author("X"), "x").unwrap();
    assert_eq!(
        repo.push(&foreign, &commit).unwrap(),
        crate::git::Pushed::Done
    );
    match clone(&foreign, &team.path("foreign.datapakt")) {
        Err(Error::Repo(crate::formats::repo::files::RepoError::NotACatalog)) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    match publish(&mut other, &foreign, &author("Ola")) {
        Err(Error::Repo(crate::formats::repo::files::RepoError::NotACatalog)) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    match sync(&mut other, &author("Ola")) {
        Err(Error::TeamNoRemote) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
}

#[test]
fn offline_the_changes_wait_and_the_next_sync_takes_them() {
    let dir = tempfile::tempdir().unwrap();
    bare_repository(dir.path(), "team.git");
    let mut server = GitServer::start(dir.path());
    let url = format!("{}team.git", server.url);
    let mut kari = crate::app::catalog::create(&dir.path().join("kari.datapakt"), true).unwrap();
    publish(&mut kari, &url, &author("Kari")).unwrap();
    let contract = first_contract(&kari);
    edit_contract(&mut kari, contract, |d| d.title = "Offline".into());
    server.stop();
    match sync(&mut kari, &author("Kari")) {
        Err(Error::Git(crate::git::GitError::Unreachable { .. })) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(kari.contract(contract).unwrap().draft.title, "Offline");
    assert_eq!(status(&kari).unwrap().local, 1);
}

#[test]
fn a_server_lost_in_the_middle_of_a_push_loses_nothing_and_the_next_sync_completes() {
    let mut team = Team::new(true);
    let contract = first_contract(&team.kari);
    edit_contract(&mut team.kari, contract, |d| {
        d.title = "Sendt to gonger".into()
    });
    team._server.as_ref().unwrap().cut_pushes(true);
    match sync(&mut team.kari, &author("Kari")) {
        Err(Error::Git(_)) => {}
        other => panic!("{:?}", other.map(|r| r.outcome)),
    }
    assert_eq!(
        team.kari.contract(contract).unwrap().draft.title,
        "Sendt to gonger"
    );
    assert_eq!(
        status(&team.kari).unwrap().local,
        1,
        "the change waits for the next sync"
    );
    assert_eq!(
        team.sync_sven().received,
        0,
        "nothing half-sent reached the remote"
    );
    team._server.as_ref().unwrap().cut_pushes(false);
    assert_eq!(team.sync_kari().sent, 1);
    team.settle();
}

#[test]
fn pushes_racing_each_other_all_land() {
    let mut team = Team::new(true);
    let (contracts, people) = (
        team.kari.list_contracts().unwrap(),
        team.kari.people().unwrap(),
    );
    let uid = uid_of(&team.kari, Part::Person, people[0].id.0);
    let sven_person = PersonId(
        ids::Ids::read(&team.sven)
            .unwrap()
            .id(Part::Person, &uid)
            .unwrap(),
    );
    for round in 0..4 {
        edit_contract(&mut team.kari, contracts[round % contracts.len()].id, |d| {
            d.purpose = format!("Runde {round}")
        });
        edit_person(&mut team.sven, sven_person, |d| {
            d.name = format!("Navn {round}")
        });
        let (kari, sven) = (&mut team.kari, &mut team.sven);
        std::thread::scope(|scope| {
            let one = scope.spawn(|| sync(kari, &author("Kari")).map(|r| r.outcome));
            let two = scope.spawn(|| sync(sven, &author("Sven")).map(|r| r.outcome));
            for racer in [one, two] {
                assert_eq!(racer.join().unwrap().unwrap(), SyncOutcome::InSync);
            }
        });
        team.settle();
    }
    assert_eq!(team.kari.person(people[0].id).unwrap().draft.name, "Navn 3");
}

#[test]
fn a_system_named_on_both_sides_offline_becomes_one() {
    let mut team = Team::new(false);
    let contract = |title: &str| ContractDraft {
        title: title.into(),
        description: "Lønnsdata".into(),
        owner: "Kari".into(),
        provider_system: "Visma Lønn".into(),
        consumer_system: "HR-portal".into(),
        version: "1.0.0".into(),
        fields: vec![crate::model::Field {
            name: "ansattId".into(),
            ..crate::model::Field::default()
        }],
        ..ContractDraft::default()
    };
    save(&mut team.kari, None, contract("Lønn til HR (Kari)")).unwrap();
    save(&mut team.sven, None, contract("Lønn til HR (Sven)")).unwrap();
    team.sync_kari();
    let report = team.sync_sven();
    assert_eq!(report.outcome, SyncOutcome::InSync, "{report:?}");
    assert!(
        report.notes.iter().any(|n| n.key == "team-note-unified"),
        "{report:?}"
    );
    team.settle();
    let named = |c: &Catalog| {
        c.systems()
            .unwrap()
            .into_iter()
            .filter(|s| s.draft.name == "Visma Lønn")
            .count()
    };
    assert_eq!((named(&team.kari), named(&team.sven)), (1, 1));
}

/// An edit a user makes offline.
#[derive(Debug, Clone)]
enum Edit {
    /// A contract's (by position) title, or purpose.
    Contract(usize, bool, String),
    /// A person's (by position) name.
    Person(usize, String),
    /// A new person.
    NewPerson(String),
}

fn edits() -> impl proptest::strategy::Strategy<Value = Vec<Edit>> {
    use proptest::prelude::*;
    let word = "[A-Za-zÆØÅæøå]{1,10}";
    let edit = prop_oneof![
        (0..5usize, any::<bool>(), word).prop_map(|(i, title, w)| Edit::Contract(i, title, w)),
        (0..5usize, word).prop_map(|(i, w)| Edit::Person(i, w)),
        word.prop_map(Edit::NewPerson),
    ];
    proptest::collection::vec(edit, 0..5)
}

/// Makes `edits` in `catalog` (`side` names its new people); returns what each changed field
/// should hold: (uid, field) → value, and the new people's names.
fn make(
    catalog: &mut Catalog,
    side: &str,
    edits: &[Edit],
    contracts: &[String],
    people: &[String],
) -> (BTreeMap<(String, &'static str), String>, Vec<String>) {
    let ids = ids::Ids::read(catalog).unwrap();
    let mut changed = BTreeMap::new();
    let mut added = Vec::new();
    for edit in edits {
        match edit {
            Edit::Contract(i, title, word) => {
                let uid = &contracts[*i];
                let id = ContractId(ids.id(Part::Contract, uid).unwrap());
                let field = if *title { "title" } else { "purpose" };
                edit_contract(catalog, id, |d| match title {
                    true => d.title = word.clone(),
                    false => d.purpose = word.clone(),
                });
                changed.insert((uid.clone(), field), word.clone());
            }
            Edit::Person(i, word) => {
                let uid = &people[*i];
                let id = PersonId(ids.id(Part::Person, uid).unwrap());
                edit_person(catalog, id, |d| d.name = word.clone());
                changed.insert((uid.clone(), "name"), word.clone());
            }
            Edit::NewPerson(word) => {
                let name = format!("{side} {word} {}", added.len());
                let email = format!("{}.{}@kommune.no", side.to_lowercase(), added.len());
                let person = PersonDraft {
                    name: name.clone(),
                    email,
                    ..PersonDraft::default()
                };
                if save(catalog, None, person).is_ok() {
                    added.push(name);
                }
            }
        }
    }
    (changed, added)
}

/// The value of field `field` of entry `uid` in `catalog`.
fn field_of(catalog: &Catalog, uid: &str, field: &str) -> String {
    let snapshot = snapshot(catalog).unwrap();
    let part = if field == "name" {
        Part::Person
    } else {
        Part::Contract
    };
    snapshot[&Key::new(part, uid)][field]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 12, ..Default::default() })]

    /// Random edits on two sides, synced both ways (the second side taking the first's value
    /// where both changed one field): the two catalogs end equal, every change that did not
    /// conflict is on both, and a conflict ends with the first side's value.
    #[test]
    fn random_edits_on_two_sides_meet_and_every_change_that_did_not_conflict_is_kept(
        kari_edits in edits(),
        sven_edits in edits(),
    ) {
        let mut team = Team::new(false);
        let base = snapshot(&team.kari).unwrap();
        let uids = |part: Part| -> Vec<String> {
            base.keys().filter(|k| k.part == part).map(|k| k.uid.clone()).take(5).collect()
        };
        let (contracts, people) = (uids(Part::Contract), uids(Part::Person));
        let (kari, kari_new) = make(&mut team.kari, "Kari", &kari_edits, &contracts, &people);
        let (sven, sven_new) = make(&mut team.sven, "Sven", &sven_edits, &contracts, &people);

        team.sync_kari();
        let report = team.sync_sven();
        for conflict in &report.conflicts {
            resolve(&mut team.sven, &conflict.item, conflict.field.as_deref(), Take::Theirs).unwrap();
        }
        team.settle();

        let mut expected = sven.clone();
        expected.extend(kari.clone());
        for ((uid, field), value) in &expected {
            let value = value.trim();
            proptest::prop_assert_eq!(field_of(&team.kari, uid, field), value, "{} {}", uid, field);
        }
        let names: Vec<String> = team.kari.people().unwrap().into_iter().map(|p| p.draft.name).collect();
        for name in kari_new.iter().chain(&sven_new) {
            proptest::prop_assert!(names.contains(name), "{} is missing", name);
        }
    }
}

#[test]
fn what_a_merge_makes_wrong_is_a_finding_in_the_sync_report() {
    use crate::model::{ContractStatus, Rule};
    let mut team = Team::new(false);
    // Access is granted under "Elevregister til elevportalen" (approved, in force until the
    // grant ends); Kari retires the contract, and Sven's sync brings that in.
    let grant_under = |c: &Catalog| {
        c.list_contracts()
            .unwrap()
            .into_iter()
            .find(|s| s.title == "Elevregister til elevportalen")
            .unwrap()
            .id
    };
    let contract = grant_under(&team.kari);
    crate::app::items::move_contract(&mut team.kari, contract, ContractStatus::Retired).unwrap();
    team.sync_kari();
    let report = team.sync_sven();
    assert_eq!(report.outcome, SyncOutcome::InSync);
    let sven_contract = grant_under(&team.sven);
    assert_eq!(
        team.sven.contract(sven_contract).unwrap().state.status,
        ContractStatus::Retired
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == Rule::AccessContractNotInForce),
        "{:?}",
        report.findings
    );
    // Kari's own sync reports nothing new: her catalog already broke the rule before it.
    assert!(team.sync_kari().findings.is_empty());
}

/// Every file Datapakt writes of `commit`, as `repo` holds it.
fn files_of(repo: &Repo, commit: &CommitId) -> Files {
    repo.files(Some(commit), files::is_ours).unwrap()
}

/// The files the whole of `catalog` is written as, under catalog identity `id`.
fn whole(catalog: &Catalog, id: &str) -> Files {
    files::write(&snapshot(catalog).unwrap(), id)
}

/// The paths in which two sets of files differ.
fn differing(one: &Files, two: &Files) -> Vec<String> {
    one.keys()
        .chain(two.keys())
        .filter(|path| one.get(*path) != two.get(*path))
        .cloned()
        .collect()
}

#[test]
fn a_sync_writes_only_what_changed_and_that_is_what_writing_the_whole_catalog_gives() {
    let mut team = Team::new(false);
    let repo = open_repo(&team.kari).unwrap();
    let published = commit_value(&team.kari, BASE).unwrap().unwrap();
    let id = read_commit(&repo, Some(&published), &Scope::All)
        .unwrap()
        .catalog
        .unwrap();
    assert_eq!(status(&team.kari).unwrap().local, 0);

    let deleted = released_and_deleted(&mut team);
    let published = commit_value(&team.kari, BASE).unwrap().unwrap();
    // Changes whose effect reaches other items' files: a system's name shows in its
    // contracts, a set's fields and a person's name in the contract files that govern or name
    // them; a contract deleted takes its releases with it.
    let system = team.kari.systems().unwrap()[0].clone();
    let mut renamed = system.draft.clone();
    renamed.name = format!("{} (ny)", renamed.name);
    save(&mut team.kari, Some(system.id), renamed).unwrap();
    let set = team.kari.information_sets().unwrap()[0].clone();
    let mut changed = set.draft.clone();
    changed.name = format!("{} (ny)", changed.name);
    save(&mut team.kari, Some(set.id), changed).unwrap();
    let person = team.kari.people().unwrap()[0].id;
    edit_person(&mut team.kari, person, |p| {
        p.name = "Kari Nordmann Ny".into()
    });
    let local = status(&team.kari).unwrap().local;
    assert!(local >= 4, "the items changed here: {local}");

    let report = team.sync_kari();
    assert_eq!(report.outcome, SyncOutcome::InSync);
    assert_eq!(status(&team.kari).unwrap().local, 0);
    let head = commit_value(&team.kari, BASE).unwrap().unwrap();
    let written = files_of(&repo, &head);
    assert_eq!(
        differing(&written, &whole(&team.kari, &id)),
        Vec::<String>::new()
    );
    let touched = repo.changed_paths(Some(&published), &head).unwrap();
    let all = written.len();
    assert!(
        touched.len() < all / 2,
        "only what changed is written: {touched:?}"
    );
    assert!(!written.keys().any(|path| path.contains(&deleted)));

    // The other side takes it all in and writes the same.
    team.settle();
    let repo = open_repo(&team.sven).unwrap();
    let head = commit_value(&team.sven, BASE).unwrap().unwrap();
    assert_eq!(
        differing(&files_of(&repo, &head), &whole(&team.sven, &id)),
        Vec::<String>::new()
    );
}

/// A contract Kari makes, releases and shares, then deletes (not shared yet): its uid.
fn released_and_deleted(team: &mut Team) -> String {
    let mut draft = team
        .kari
        .contract(first_contract(&team.kari))
        .unwrap()
        .draft;
    draft.title = "Kortvarig".into();
    draft.information_sets.clear();
    draft.integrations.clear();
    let id = save(&mut team.kari, None, draft).unwrap().id;
    let release = crate::store::Release {
        version: "1.0.0".into(),
        at: "2026-12-01T10:00:00Z".into(),
        by: "Kari".into(),
        snapshot: team.kari.contract_snapshot(id).unwrap(),
    };
    team.kari
        .put_version(crate::store::History::Contract, id.0, &release)
        .unwrap();
    let uid = uid_of(&team.kari, Part::Contract, id.0);
    team.sync_kari();
    let base = commit_value(&team.kari, BASE).unwrap().unwrap();
    let repo = open_repo(&team.kari).unwrap();
    let releases = format!("releases/{}/{uid}/", &uid[..2]);
    assert!(files_of(&repo, &base)
        .keys()
        .any(|p| p.starts_with(&releases)));
    crate::app::items::delete(&mut team.kari, crate::model::Entity::Contract, id.0).unwrap();
    uid
}

#[test]
fn commits_carry_an_address_even_when_none_is_configured() {
    let catalog = Catalog::in_memory().unwrap();
    let given = super::author(&catalog, " Kari ", " kari@kommune.no ");
    assert_eq!(
        (given.name.as_str(), given.email.as_str()),
        ("Kari", "kari@kommune.no")
    );
    let made_up = super::author(&catalog, "Kari", "");
    let (login, host) = made_up.email.split_once('@').expect("login@host");
    assert!(!login.is_empty() && !host.is_empty(), "{}", made_up.email);
}

#[test]
fn every_entry_file_is_valid_against_the_schema_of_its_kind_the_repository_keeps() {
    let team = Team::new(false);
    let repo = open_repo(&team.kari).unwrap();
    let head = commit_value(&team.kari, BASE).unwrap().unwrap();
    let files = files_of(&repo, &head);
    let schema = |part: Part| -> serde_json::Value {
        let path = crate::formats::repo::schemas::path(part).unwrap();
        serde_json::from_slice(&files[&path]).unwrap()
    };
    let yaml = |bytes: &[u8]| {
        crate::formats::odcs::read::parse_yaml(std::str::from_utf8(bytes).unwrap()).unwrap()
    };
    let mut checked = std::collections::BTreeSet::new();
    for (path, bytes) in &files {
        let Some(key) = files::key_of_path(path) else {
            continue;
        };
        if key.part == Part::Contract {
            continue;
        }
        let validator = jsonschema::validator_for(&schema(key.part)).unwrap();
        let value = yaml(bytes);
        let problems: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(problems.is_empty(), "{path}: {problems:?}");
        checked.insert(key.part);
    }
    let expected: std::collections::BTreeSet<Part> = Part::ALL
        .into_iter()
        .filter(|part| *part != Part::Contract)
        .collect();
    assert_eq!(checked, expected, "the demo has a file of every kind");

    // The schemas are not vacuous: a wrong type, a missing uid, a role that is not one.
    let person = files
        .iter()
        .find(|(path, _)| path.starts_with("people/"))
        .map(|(_, bytes)| yaml(bytes))
        .unwrap();
    let validator = jsonschema::validator_for(&schema(Part::Person)).unwrap();
    let broken = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = person.clone();
        edit(&mut value);
        !validator.is_valid(&value)
    };
    assert!(broken(&|v| v["email"] = json!(5)));
    assert!(broken(&|v| {
        v.as_object_mut().unwrap().remove("uid");
    }));
    let system = files
        .iter()
        .find(|(path, bytes)| path.starts_with("systems/") && yaml(bytes)["roles"] != json!([]))
        .map(|(_, bytes)| yaml(bytes))
        .expect("a system with a role held on it");
    let validator = jsonschema::validator_for(&schema(Part::System)).unwrap();
    let mut wrong = system.clone();
    wrong["roles"][0]["role"] = json!("king");
    assert!(validator.is_valid(&system) && !validator.is_valid(&wrong));
}
