use std::path::Path;

use super::*;
use crate::model::{ContractDraft, ContractId, Field, FieldType};
use crate::validate::{FieldPath, IssueCode};

fn draft(title: &str) -> ContractDraft {
    ContractDraft {
        title: title.into(),
        description: "Beskrivelse med æøå og <script>alert(1)</script>; DROP TABLE contract;--"
            .into(),
        owner: "Åse".into(),
        provider_system: "Kilde".into(),
        consumer_system: "Mottaker".into(),
        version: "1.0.0".into(),
        fields: vec![
            Field {
                name: "a".into(),
                field_type: FieldType::Date,
                required: true,
                description: "første".into(),
            },
            Field {
                name: "b".into(),
                field_type: FieldType::Boolean,
                required: false,
                description: String::new(),
            },
        ],
    }
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("test file readable")
}

/// The names in a folder, sorted.
fn folder(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn create_save_read_update_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.datapakt");
    let id = {
        let mut catalog = Catalog::create(&path, false).unwrap();
        let saved = catalog.save_contract(None, draft("  Første  ")).unwrap();
        assert_eq!(saved.draft.title, "Første", "one-line inputs are trimmed");
        assert_eq!(saved.draft.fields, draft("x").fields);
        let mut changed = saved.draft.clone();
        changed.fields.reverse();
        changed.consumer_system = "Ny mottaker".into();
        let updated = catalog
            .save_contract(Some(saved.id), changed.clone())
            .unwrap();
        assert_eq!(updated.draft, changed);
        saved.id
    };
    let catalog = Catalog::open(&path).unwrap();
    let again = catalog.contract(id).unwrap();
    assert_eq!(again.draft.consumer_system, "Ny mottaker");
    assert_eq!(again.draft.fields[0].name, "b");
    assert_eq!(
        again.draft.description,
        draft("x").description,
        "stored exactly"
    );
    assert_eq!(catalog.list_contracts().unwrap(), vec![again.summary()]);
    assert_eq!(
        catalog.system_names().unwrap(),
        vec!["Kilde", "Mottaker", "Ny mottaker"]
    );
}

#[test]
fn an_invalid_contract_is_refused_and_nothing_is_stored() {
    let mut catalog = Catalog::in_memory().unwrap();
    let mut bad = draft("");
    bad.fields[1].name = "a".into();
    match catalog.save_contract(None, bad) {
        Err(Error::Invalid { issues }) => {
            let paths: Vec<_> = issues.iter().map(|i| (i.path, i.code)).collect();
            assert_eq!(
                paths,
                vec![
                    (FieldPath::Title, IssueCode::Required),
                    (FieldPath::FieldName(1), IssueCode::DuplicateFieldName)
                ]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert!(catalog.list_contracts().unwrap().is_empty());
}

#[test]
fn updating_a_missing_contract_is_not_found() {
    let mut catalog = Catalog::in_memory().unwrap();
    let err = catalog
        .save_contract(Some(ContractId(42)), draft("x"))
        .unwrap_err();
    assert!(
        matches!(err, Error::ContractNotFound(ContractId(42))),
        "{err:?}"
    );
    assert!(
        catalog.list_contracts().unwrap().is_empty(),
        "the transaction was rolled back"
    );
    assert!(matches!(
        catalog.contract(ContractId(7)),
        Err(Error::ContractNotFound(_))
    ));
}

#[test]
fn the_file_is_marked_and_versioned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.datapakt");
    drop(Catalog::create(&path, false).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(
        (app, version, journal.as_str()),
        (APPLICATION_ID, SCHEMA_VERSION, "wal")
    );
}

#[test]
fn foreign_keys_are_enforced() {
    let catalog = Catalog::in_memory().unwrap();
    let err = catalog
        .conn
        .execute(
            "INSERT INTO contract_field VALUES (999, 0, 'x', 'string', 0, '')",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
}

#[test]
fn a_foreign_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "wal").unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = bytes(&path);
    let listing = folder(dir.path());
    let err = Catalog::open(&path).err().expect("refused");
    assert!(
        matches!(err, Error::ForeignDatabase { found: 0, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("is not a Datapakt catalog"),
        "{err}"
    );
    assert_eq!(bytes(&path), before);
    assert_eq!(folder(dir.path()), listing, "no -wal or -shm file appeared");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("notes.txt", b"Dette er ikke en database.\n".repeat(300)),
        ("empty", Vec::new()),
        ("short", b"SQLite format 3\0".to_vec()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &content).unwrap();
        let err = Catalog::open(&path).err().expect("refused");
        assert!(
            err.to_string().contains("is not a Datapakt catalog"),
            "{err}"
        );
        assert_eq!(bytes(&path), content, "{name}");
    }
}

#[test]
fn a_catalog_from_a_newer_datapakt_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.datapakt");
    drop(Catalog::create(&path, false).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = bytes(&path);
    let listing = folder(dir.path());
    let err = Catalog::open(&path).err().expect("refused");
    assert!(matches!(err, Error::NewerSchema { .. }), "{err:?}");
    assert!(err.to_string().contains("update Datapakt"), "{err}");
    assert_eq!(bytes(&path), before);
    assert_eq!(folder(dir.path()), listing, "no -wal or -shm file appeared");
}

#[test]
fn create_never_overwrites_and_open_needs_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x");
    std::fs::write(&path, b"keep me").unwrap();
    assert!(matches!(
        Catalog::create(&path, false),
        Err(Error::AlreadyExists { .. })
    ));
    assert_eq!(bytes(&path), b"keep me");
    let missing = dir.path().join("missing.datapakt");
    assert!(matches!(
        Catalog::open(&missing),
        Err(Error::Missing { .. })
    ));
    assert!(!missing.exists());
}

#[test]
fn open_or_create_seeds_the_demo_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/catalog.datapakt");
    let (catalog, created) = Catalog::open_or_create(&path, true).unwrap();
    assert!(created);
    let listed = catalog.list_contracts().unwrap();
    assert_eq!(listed.len(), crate::demo::contracts().len());
    assert!(catalog.system_names().unwrap().len() >= 3);
    drop(catalog);
    let (catalog, created) = Catalog::open_or_create(&path, true).unwrap();
    assert!(!created);
    assert_eq!(catalog.list_contracts().unwrap(), listed);
}
