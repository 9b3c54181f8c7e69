use serde_json::{json, Value};

use super::files::{self, RepoError};
use super::merge::{resolve, three_way, Take};
use super::refs::rewrite;
use super::{changed_keys, Key, Part, Scope, Snapshot};

fn contract(title: &str) -> Value {
    json!({
        "title": title,
        "description": "Elevar til skuleskyss",
        "purpose": "",
        "access": "Berre skyss",
        "version": "1.2.0",
        "owner": "Kari",
        "fields": [{"name": "fødselsdato", "type": "date", "required": true, "description": ""}],
        "information_sets": ["set-1"],
        "integrations": [],
        "state": {"status": "approved", "approved_by": "Kari", "approved_at": "2026-01-02T03:04:05Z"},
        "roles": [{"role": "integration_owner", "person": "p-1"}]
    })
}

fn catalog() -> Snapshot {
    let mut snapshot = Snapshot::from([
        (Key::settings(), json!({"default_api_profile": "se-rest"})),
        (Key::new(Part::Contract, "c-1"), contract("Elevar på Ø")),
        (
            Key::new(Part::Person, "p-1"),
            json!({"name": "Kari", "email": "kari@k.no", "unit": null, "left_on": null}),
        ),
        (
            Key::new(Part::InformationSet, "set-1"),
            json!({"name": "Elevar", "description": "Elevane", "owner": "p-1", "fields": []}),
        ),
        (
            Key::history(Part::Release, "c-1", "1.0.0"),
            json!({"contract": "c-1", "version": "1.0.0"}),
        ),
    ]);
    for (key, value) in snapshot.iter_mut() {
        super::canonical(key.part, value);
    }
    snapshot
}

#[test]
fn a_snapshot_written_as_files_reads_back_the_same() {
    let snapshot = catalog();
    let files = files::write(&snapshot, "abc");
    let (manifest, read) = files::read(&files).unwrap();
    assert_eq!(manifest.format, 1);
    assert_eq!(manifest.catalog, "abc");
    assert_eq!(read, snapshot);
    let names: Vec<&str> = files
        .keys()
        .map(String::as_str)
        .filter(|path| !path.starts_with("schemas/"))
        .collect();
    assert_eq!(
        names,
        [
            "README.md",
            "contracts/c-/elevar-pa-o--c-1.odcs.yaml",
            "datapakt.yaml",
            "information-sets/se/elevar--set-1.yaml",
            "people/p-/kari--p-1.yaml",
            "releases/c-/c-1/1.0.0.yaml",
            "settings.yaml",
        ]
    );
    assert!(files.keys().all(|p| files::is_ours(p)));
    assert!(files.contains_key("schemas/people.schema.json"));
    for (key, value) in &snapshot {
        let path = files::path_of(key, value);
        assert_eq!(files::key_of_path(&path), Some(key.clone()), "{path}");
        // A walk over the scope of one entry looks into every folder leading to its file.
        let scope = Scope::Items([key.clone()].into());
        let paths = scope.paths();
        let components: Vec<&str> = path.split('/').collect();
        for depth in 1..components.len() {
            let folder = format!("{}/", components[..depth].join("/"));
            assert!(paths(&folder), "{folder} of {path}");
        }
        assert!(paths(&path), "{path}");
    }
    let scope = Scope::Items([Key::new(Part::Person, "p-1")].into());
    assert!(!scope.paths()("contracts/"));
    assert!(!scope.paths()("people/zz/"));
    assert!(!files::is_ours(".gitlab-ci.yml"));
    assert!(!files::is_ours("contractsX/a.yaml"));
}

#[test]
fn a_contract_file_is_odcs_with_its_place_in_odcs_and_the_rest_as_custom_properties() {
    let files = files::write(&catalog(), "abc");
    let text = String::from_utf8(files["contracts/c-/elevar-pa-o--c-1.odcs.yaml"].clone()).unwrap();
    assert!(text.starts_with("apiVersion: v3.1.0\nkind: DataContract\nid: c-1\nname: Elevar på Ø\nversion: 1.2.0\nstatus: active\n"), "{text}");
    assert!(
        text.contains("description:\n  usage: Elevar til skuleskyss\n  limitations: Berre skyss\n"),
        "{text}"
    );
    // The set as a schema object and the team, for the tools that read ODCS.
    assert!(
        text.contains("schema:\n- name: Elevar\n  logicalType: object\n"),
        "{text}"
    );
    let team = "team:\n  name: Kari\n  members:\n  - username: kari@k.no\n    name: Kari\n    role: integration_owner\n";
    assert!(text.contains(team), "{text}");
    // The rest under the export's names, references as uids.
    assert!(
        text.contains("- property: datapakt.informationSetUids\n  value:\n  - set-1\n"),
        "{text}"
    );
    assert!(
        text.contains("- property: datapakt.approvedBy\n  value: Kari\n"),
        "{text}"
    );
    assert!(
        !text.contains("datapakt.title") && !text.contains("\n- property: datapakt.owner\n"),
        "{text}"
    );
}

#[test]
fn files_are_the_same_bytes_whatever_order_the_fields_came_in() {
    let mut shuffled = Snapshot::new();
    for (key, value) in catalog() {
        let Value::Object(map) = value else {
            unreachable!()
        };
        shuffled.insert(key, Value::Object(map.into_iter().rev().collect()));
    }
    assert_eq!(
        files::write(&shuffled, "abc"),
        files::write(&catalog(), "abc")
    );
}

#[test]
fn what_is_not_a_catalog_or_newer_or_broken_is_refused_with_the_file() {
    let mut files = files::write(&catalog(), "abc");
    let mut newer = files.clone();
    newer.insert("datapakt.yaml".into(), b"format: 2\ncatalog: x\n".to_vec());
    assert_eq!(
        files::read(&newer).unwrap_err(),
        RepoError::NewerFormat { found: 2 }
    );
    let mut broken = files.clone();
    broken.insert(
        "people/p-/x--p-2.yaml".into(),
        b"name: [unclosed\n".to_vec(),
    );
    match files::read(&broken).unwrap_err() {
        RepoError::Entry { path, .. } => assert_eq!(path, "people/p-/x--p-2.yaml"),
        other => panic!("{other:?}"),
    }
    let mut copied = files.clone();
    copied.insert(
        "people/p-/copy--p-1.yaml".into(),
        files["people/p-/kari--p-1.yaml"].clone(),
    );
    let error = files::read(&copied).unwrap_err().to_string();
    assert!(error.contains("person:p-1"), "{error}");
    let mut nameless = files.clone();
    nameless.insert("people/x.yaml".into(), b"name: X\n".to_vec());
    assert!(files::read(&nameless)
        .unwrap_err()
        .to_string()
        .contains("uid"));
    files.remove("datapakt.yaml");
    assert_eq!(files::read(&files).unwrap_err(), RepoError::NotACatalog);
}

#[test]
fn references_are_rewritten_along_their_paths() {
    let mut grant = json!({
        "integration": 4, "contract": null, "consumer": {"system": 7},
        "reviews": [{"reviewed_by": 2}, {"reviewed_by": null}],
        "roles": [{"role": "contact_point", "person": 2}],
        "note": "7"
    });
    rewrite(Part::AccessGrant, &mut grant, &mut |part, id| {
        Some(json!(format!("{}-{}", part.as_str(), id)))
    });
    assert_eq!(grant["integration"], json!("integration-4"));
    assert_eq!(grant["contract"], Value::Null);
    assert_eq!(grant["consumer"]["system"], json!("system-7"));
    assert_eq!(grant["reviews"][0]["reviewed_by"], json!("person-2"));
    assert_eq!(grant["roles"][0]["person"], json!("person-2"));
    assert_eq!(grant["note"], json!("7"));
    let mut request = json!({"outcomes": [{"kind": "contract", "id": 3}, {"kind": "integration", "id": 3}], "information_sets": [1, 2]});
    rewrite(Part::Request, &mut request, &mut |part, id| {
        (id != &json!(2)).then(|| json!(format!("{}-{}", part.as_str(), id)))
    });
    assert_eq!(request["outcomes"][0]["id"], json!("contract-3"));
    assert_eq!(request["outcomes"][1]["id"], json!("integration-3"));
    assert_eq!(
        request["information_sets"],
        json!(["information-set-1"]),
        "an unknown reference leaves a set"
    );
}

fn edited(mut snapshot: Snapshot, key: &Key, field: &str, value: Value) -> Snapshot {
    snapshot.get_mut(key).unwrap()[field] = value;
    snapshot
}

#[test]
fn different_entries_and_different_fields_merge_without_asking() {
    let base = catalog();
    let c = Key::new(Part::Contract, "c-1");
    let p = Key::new(Part::Person, "p-1");
    let mine = edited(
        edited(base.clone(), &c, "title", json!("Mi")),
        &p,
        "name",
        json!("Kari N"),
    );
    let theirs = edited(base.clone(), &c, "version", json!("2.0.0"));
    let merged = three_way(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.snapshot[&c]["title"], json!("Mi"));
    assert_eq!(merged.snapshot[&c]["version"], json!("2.0.0"));
    assert_eq!(merged.snapshot[&p]["name"], json!("Kari N"));
    assert_eq!(changed_keys(&base, &merged.snapshot), [&p, &c]);
}

#[test]
fn the_same_field_changed_both_ways_is_a_conflict_that_keeps_mine_until_resolved() {
    let base = catalog();
    let c = Key::new(Part::Contract, "c-1");
    let mine = edited(base.clone(), &c, "title", json!("Mine"));
    let theirs = edited(base.clone(), &c, "title", json!("Theirs"));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.field.as_deref(), Some("title"));
    assert_eq!(
        (
            conflict.base.clone(),
            conflict.mine.clone(),
            conflict.theirs.clone()
        ),
        (
            Some(json!("Elevar på Ø")),
            Some(json!("Mine")),
            Some(json!("Theirs"))
        )
    );
    assert_eq!(merged.snapshot[&c]["title"], json!("Mine"));
    for (take, expected) in [(Take::Theirs, "Theirs"), (Take::Mine, "Mine")] {
        let mut resolved = merged.snapshot.clone();
        resolve(&mut resolved, conflict, take);
        assert_eq!(resolved[&c]["title"], json!(expected));
    }
}

#[test]
fn sets_take_both_sides_additions_and_removals() {
    let base = catalog();
    let c = Key::new(Part::Contract, "c-1");
    let mine = edited(
        base.clone(),
        &c,
        "information_sets",
        json!(["set-1", "set-2"]),
    );
    let theirs = edited(base.clone(), &c, "information_sets", json!(["set-3"]));
    let merged = three_way(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(
        merged.snapshot[&c]["information_sets"],
        json!(["set-2", "set-3"])
    );
}

#[test]
fn deleted_against_edited_is_a_conflict_of_the_whole_entry() {
    let base = catalog();
    let p = Key::new(Part::Person, "p-1");
    let mut mine = base.clone();
    mine.remove(&p);
    let theirs = edited(base.clone(), &p, "email", json!("ny@k.no"));
    let merged = three_way(&base, &mine, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field, None);
    assert_eq!(merged.conflicts[0].mine, None);
    assert!(
        !merged.snapshot.contains_key(&p),
        "mine (deleted) is kept until chosen"
    );
    let mut resolved = merged.snapshot.clone();
    resolve(&mut resolved, &merged.conflicts[0], Take::Theirs);
    assert_eq!(resolved[&p]["email"], json!("ny@k.no"));
    // The other way round: deleted there, edited here.
    let merged = three_way(&base, &theirs, &mine);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.snapshot[&p]["email"], json!("ny@k.no"));
}

#[test]
fn new_entries_on_both_sides_meet_and_history_made_twice_keeps_theirs_and_reports_mine() {
    let base = catalog();
    let mut mine = base.clone();
    mine.insert(Key::new(Part::Person, "p-mine"), json!({"name": "A"}));
    let release = Key::history(Part::Release, "c-1", "1.1.0");
    mine.insert(release.clone(), json!({"version": "1.1.0", "by": "me"}));
    let mut theirs = base.clone();
    theirs.insert(Key::new(Part::Person, "p-theirs"), json!({"name": "B"}));
    theirs.insert(release.clone(), json!({"version": "1.1.0", "by": "them"}));
    let merged = three_way(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty());
    assert!(merged
        .snapshot
        .contains_key(&Key::new(Part::Person, "p-mine")));
    assert!(merged
        .snapshot
        .contains_key(&Key::new(Part::Person, "p-theirs")));
    assert_eq!(merged.snapshot[&release]["by"], json!("them"));
    assert_eq!(merged.clashes.len(), 1);
    assert_eq!(merged.clashes[0].mine["by"], json!("me"));
}

#[test]
fn the_same_system_made_on_both_sides_becomes_one_and_references_follow() {
    let base = catalog();
    let mut mine = base.clone();
    mine.insert(Key::new(Part::System, "s-mine"), json!({"name": "Visma"}));
    mine.insert(
        Key::new(Part::Integration, "i-1"),
        json!({"name": "Lønn", "provider": "s-mine", "consumers": ["s-mine"]}),
    );
    let mut theirs = base.clone();
    theirs.insert(Key::new(Part::System, "s-theirs"), json!({"name": "Visma"}));
    let merged = three_way(&base, &mine, &theirs);
    assert!(merged.conflicts.is_empty());
    assert!(!merged
        .snapshot
        .contains_key(&Key::new(Part::System, "s-mine")));
    assert!(merged
        .snapshot
        .contains_key(&Key::new(Part::System, "s-theirs")));
    let integration = &merged.snapshot[&Key::new(Part::Integration, "i-1")];
    assert_eq!(integration["provider"], json!("s-theirs"));
    assert_eq!(integration["consumers"], json!(["s-theirs"]));
    assert_eq!(merged.unified.len(), 1);
    assert_eq!(merged.unified[0].gone.uid, "s-mine");
}
