use std::path::Path;

use super::{load_preferences, save_preferences};
use crate::app::error::Error;
use crate::app::items::Editing;
use crate::model::{ContractDraft, ContractId, Field, FieldType};
use crate::store::{Catalog, Error as StoreError, OdcsRecord, APPLICATION_ID, SCHEMA_VERSION};
use crate::validate::{FieldPath, Issue, IssueCode};
use crate::wire::Preferences;

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
        ..ContractDraft::default()
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
        let mut catalog = Catalog::create(&path).unwrap();
        let saved = catalog.save(None, draft("  Første  ")).unwrap();
        assert_eq!(saved.draft.title, "Første", "one-line inputs are trimmed");
        assert_eq!(saved.draft.fields, draft("x").fields);
        let mut changed = saved.draft.clone();
        changed.fields.reverse();
        changed.consumer_system = "Ny mottaker".into();
        let updated = catalog.save(Some(saved.id), changed.clone()).unwrap();
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
        catalog
            .systems()
            .unwrap()
            .into_iter()
            .map(|s| s.draft.name)
            .collect::<Vec<_>>(),
        vec!["Kilde", "Mottaker", "Ny mottaker"]
    );
}

#[test]
fn an_invalid_contract_is_refused_and_nothing_is_stored() {
    let mut catalog = Catalog::in_memory().unwrap();
    let mut bad = draft("");
    bad.fields[1].name = "a".into();
    match catalog.save(None, bad) {
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
    let err = catalog.save(Some(ContractId(42)), draft("x")).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Store(StoreError::ContractNotFound(ContractId(42)))
        ),
        "{err:?}"
    );
    assert!(
        catalog.list_contracts().unwrap().is_empty(),
        "the transaction was rolled back"
    );
    assert!(matches!(
        catalog.contract(ContractId(7)),
        Err(StoreError::ContractNotFound(_))
    ));
}

#[test]
fn the_file_is_marked_and_versioned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.datapakt");
    drop(Catalog::create(&path).unwrap());
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
        matches!(err, StoreError::ForeignDatabase { found: 0, .. }),
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
    drop(Catalog::create(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = bytes(&path);
    let listing = folder(dir.path());
    let err = Catalog::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err:?}");
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
        Catalog::create(&path),
        Err(StoreError::AlreadyExists { .. })
    ));
    assert_eq!(bytes(&path), b"keep me");
    let missing = dir.path().join("missing.datapakt");
    assert!(matches!(
        Catalog::open(&missing),
        Err(StoreError::Missing { .. })
    ));
    assert!(!missing.exists());
}

#[test]
fn open_or_create_seeds_the_demo_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/catalog.datapakt");
    let (catalog, created) = crate::app::catalog::open_or_create(&path, true).unwrap();
    assert!(created);
    let listed = catalog.list_contracts().unwrap();
    // The contracts, the weekly class lists' draft (the map's anomalies) and the draft the
    // desk made from a request.
    assert_eq!(listed.len(), crate::app::demo::contracts().len() + 2);
    assert!(
        catalog
            .systems()
            .unwrap()
            .into_iter()
            .map(|s| s.draft.name)
            .collect::<Vec<_>>()
            .len()
            >= 3
    );
    drop(catalog);
    let (catalog, created) = crate::app::catalog::open_or_create(&path, true).unwrap();
    assert!(!created);
    assert_eq!(catalog.list_contracts().unwrap(), listed);
}

#[test]
fn a_version_1_catalog_is_migrated_and_keeps_every_contract() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v1.sql"),
        1,
    );
    let catalog = Catalog::open(&path).unwrap();
    let listed = catalog.list_contracts().unwrap();
    assert_eq!(listed.len(), 3);
    for (summary, demo) in listed.iter().zip({
        let mut demo = crate::app::demo::contracts();
        demo.sort_by(|a, b| a.title.cmp(&b.title));
        demo
    }) {
        assert_eq!(catalog.contract(summary.id).unwrap().draft, demo);
    }
    let keys: Vec<String> = catalog
        .schemes()
        .unwrap()
        .into_iter()
        .map(|s| s.key)
        .collect();
    assert_eq!(keys, ["no-uh", "se-klassa"]);
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

/// Writes the frozen catalog `sql` of schema `version` to `path`.
fn load_fixture(path: &Path, sql: &str, version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    assert_eq!(user_version(path), version, "the fixture's schema version");
}

/// The demo catalog of an earlier schema `version` (its SQL dump `sql`), opened (so migrated)
/// in a scratch folder, after checking that the migration left it consistent.
fn migrated(sql: &str, version: i64) -> (tempfile::TempDir, std::path::PathBuf, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("v{version}.datapakt"));
    load_fixture(&path, sql, version);
    let catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    assert_eq!(catalog.list_contracts().unwrap().len(), 3);
    assert_eq!(catalog.information_sets().unwrap().len(), 3);
    (dir, path, catalog)
}

fn user_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn a_version_8_catalog_is_migrated_and_keeps_every_item_and_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v8.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v8.sql"),
        8,
    );
    let catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    let titles: Vec<String> = catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Ansatte og stillinger til tilgangsstyring",
            "Elevregister til elevportalen",
            "Folkeregisteropplysninger til sak og arkiv"
        ]
    );
    assert_eq!(catalog.integrations().unwrap().len(), 2);
    assert_eq!(catalog.people().unwrap().len(), 5);
    assert_eq!(catalog.information_sets().unwrap().len(), 1);
    assert_eq!(
        catalog.information_sets().unwrap()[0].draft.resource,
        None,
        "a set from before schema 12 has no API resource name"
    );
    assert_eq!(catalog.organisations().unwrap().len(), 2);
    let pupils = catalog.contract(ContractId(1)).unwrap();
    assert_eq!(catalog.agreements_covering(pupils.id).unwrap().len(), 1);
    let history = catalog
        .history(crate::model::Entity::Contract, pupils.id.0)
        .unwrap();
    assert!(!history.is_empty());
    assert!(history
        .iter()
        .all(|event| event.author == "Datapakt (demo)"));
    assert!(!catalog.search("elev").unwrap().is_empty());
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_version_9_catalog_is_migrated_and_its_systems_can_get_an_interface() {
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v9.sql"), 9);
    assert!(
        catalog
            .information_sets()
            .unwrap()
            .iter()
            .all(|set| set.draft.resource.is_none()),
        "a set from before schema 12 has no API resource name"
    );
    let systems = catalog.systems().unwrap();
    assert_eq!(systems.len(), 6);
    let system = systems[0].id;
    assert!(catalog.interface(system).unwrap().is_empty());
    let draft = catalog.information_sets().unwrap()[0].draft.clone();
    let set = crate::app::import::openapi::InterfaceSet {
        origin: "#/components/schemas/X".into(),
        draft,
    };
    let stored =
        crate::app::import::openapi::save_interface(&mut catalog, system, "API", vec![set])
            .unwrap();
    assert_eq!(stored[0].1, crate::app::import::openapi::SetChange::Created);
    let mut migrated = catalog.information_sets().unwrap()[0].clone();
    migrated.draft.resource = Some("elever".into());
    catalog
        .save(Some(migrated.id), migrated.draft.clone())
        .unwrap();
    assert_eq!(
        catalog.information_set(migrated.id).unwrap().draft,
        migrated.draft,
        "a migrated set takes an API resource name"
    );
    assert_eq!(catalog.interface(system).unwrap().len(), 1);
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn the_shipped_schemes_round_trip_and_edits_are_kept() {
    let mut catalog = Catalog::in_memory().unwrap();
    assert_eq!(catalog.schemes().unwrap(), {
        let mut shipped = crate::classification_defaults::shipped_schemes();
        shipped.sort_by(|a, b| a.key.cmp(&b.key));
        shipped
    });
    let mut uio = catalog.scheme("no-uh").unwrap().unwrap();
    uio.levels[1]
        .name
        .0
        .insert(crate::model::Lang::Nb, "Begrenset".into());
    uio.shipped_default = false;
    catalog.save(None, uio.clone()).unwrap();
    assert_eq!(catalog.scheme("no-uh").unwrap(), Some(uio));
    assert_eq!(catalog.schemes().unwrap().len(), 2, "replaced, not added");

    let mut broken = crate::classification_defaults::klassa();
    broken.levels[0].colour = "green".into();
    assert!(matches!(
        catalog.save(None, broken),
        Err(Error::Invalid { .. })
    ));
    assert_eq!(
        catalog.scheme("se-klassa").unwrap(),
        Some(crate::classification_defaults::klassa())
    );
}

#[test]
fn organisations_are_validated_unique_and_normalised() {
    use crate::model::{Country, OrganisationDraft};
    let mut catalog = Catalog::in_memory().unwrap();
    let oslo = catalog
        .save(
            None,
            OrganisationDraft {
                name: " Oslo kommune ".into(),
                country: Country::Norway,
                org_number: "958 935 420".into(),
            },
        )
        .unwrap();
    assert_eq!(
        (oslo.draft.name.as_str(), oslo.draft.org_number.as_str()),
        ("Oslo kommune", "958935420")
    );
    let orebro = OrganisationDraft {
        name: "Örebro kommun".into(),
        country: Country::Sweden,
        org_number: "16212000-1967".into(),
    };
    let orebro = catalog.save(None, orebro).unwrap();
    assert_eq!(orebro.draft.org_number, "2120001967");

    let twin = OrganisationDraft {
        name: "Oslo igjen".into(),
        country: Country::Norway,
        org_number: "958935420".into(),
    };
    let err = catalog.save(None, twin).unwrap_err();
    assert!(
        matches!(err, Error::DuplicateOrganisation { existing, .. } if existing == oslo.id),
        "{err:?}"
    );
    let bad = OrganisationDraft {
        name: "X".into(),
        country: Country::Norway,
        org_number: "958935421".into(),
    };
    assert!(matches!(
        catalog.save(None, bad),
        Err(Error::Invalid { .. })
    ));

    let mut renamed = oslo.draft.clone();
    renamed.name = "Oslo kommune (Bymiljøetaten)".into();
    catalog.save(Some(oslo.id), renamed).unwrap();
    let names: Vec<String> = catalog
        .organisations()
        .unwrap()
        .into_iter()
        .map(|o| o.draft.name)
        .collect();
    assert_eq!(names, ["Oslo kommune (Bymiljøetaten)", "Örebro kommun"]);
}

#[test]
fn every_change_is_in_the_audit_trail_with_author_and_before_after() {
    use crate::model::{AuditAction, Entity};
    let mut catalog = Catalog::in_memory().unwrap();
    catalog.set_author("Kari Nordmann");
    let created = catalog.save(None, draft("Første")).unwrap();
    let mut changed = created.draft.clone();
    changed.version = "1.1.0".into();
    catalog.set_author("Sven Svensson");
    catalog.save(Some(created.id), changed).unwrap();

    let history = catalog.history(Entity::Contract, created.id.0).unwrap();
    let summary: Vec<(AuditAction, &str)> = history
        .iter()
        .map(|e| (e.action, e.author.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (AuditAction::Create, "Kari Nordmann"),
            (AuditAction::Update, "Sven Svensson")
        ]
    );
    assert_eq!(history[0].before, None);
    assert_eq!(history[1].before.as_ref().unwrap()["version"], "1.0.0");
    assert_eq!(history[1].after.as_ref().unwrap()["version"], "1.1.0");
    assert!(history[1].at.ends_with('Z') && history[1].at >= history[0].at);

    // A refused change leaves no trace.
    let mut bad = created.draft.clone();
    bad.title.clear();
    assert!(catalog.save(Some(created.id), bad).is_err());
    assert_eq!(
        catalog
            .history(Entity::Contract, created.id.0)
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn the_demo_seed_is_recorded_as_the_demo_author() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = crate::app::catalog::create(&dir.path().join("d.datapakt"), true).unwrap();
    let first = &catalog.list_contracts().unwrap()[0];
    let history = catalog
        .history(crate::model::Entity::Contract, first.id.0)
        .unwrap();
    assert!(!history.is_empty());
    assert!(history
        .iter()
        .all(|event| event.author == "Datapakt (demo)"));
}

#[test]
fn search_finds_titles_descriptions_and_field_names_and_stays_current() {
    use crate::model::Entity;
    let dir = tempfile::tempdir().unwrap();
    let mut catalog = crate::app::catalog::create(&dir.path().join("s.datapakt"), true).unwrap();
    // The titles of the contracts found (the demo has other kinds of item too).
    let titles = |catalog: &Catalog, q: &str| -> Vec<String> {
        catalog
            .search(q)
            .unwrap()
            .into_iter()
            .filter(|h| h.entity == Entity::Contract)
            .map(|h| h.title)
            .collect()
    };
    assert_eq!(
        titles(&catalog, "elevportal"),
        ["Elevregister til elevportalen"]
    );
    assert_eq!(
        titles(&catalog, "STILLINGSKODE"),
        ["Ansatte og stillinger til tilgangsstyring"]
    );
    assert_eq!(
        titles(&catalog, "noark arkiv"),
        [
            "Ansattopplysninger til sak og arkiv",
            "Klasselister til arkivet",
            "Folkeregisteropplysninger til sak og arkiv"
        ]
    );
    assert!(
        titles(&catalog, "nokkel").is_empty(),
        "ø is a letter of its own"
    );
    let hits = catalog.search("stillingsprosent").unwrap();
    let hit = hits.iter().find(|h| h.entity == Entity::Contract).unwrap();
    assert!(
        hit.snippet.contains("[stillingsprosent]"),
        "{}",
        hit.snippet
    );

    // An edit replaces the indexed words.
    let id = catalog
        .search("elevportal")
        .unwrap()
        .into_iter()
        .find(|h| h.entity == Entity::Contract)
        .unwrap()
        .id;
    let mut edited = catalog.contract(ContractId(id)).unwrap().draft;
    edited.title = "Elevdata til læringsplattform".into();
    edited.consumer_system = "Læringsplattform".into();
    catalog.save(Some(ContractId(id)), edited).unwrap();
    // Still found through its description, under the new title only.
    assert_eq!(
        titles(&catalog, "elevportal"),
        ["Elevdata til læringsplattform"]
    );
    assert_eq!(
        titles(&catalog, "læringsplatt"),
        ["Elevdata til læringsplattform"]
    );

    let org = crate::model::OrganisationDraft {
        name: "Registerenheten i Brønnøysund".into(),
        country: crate::model::Country::Norway,
        org_number: "974 760 673".into(),
    };
    catalog.save(None, org).unwrap();
    let hits = catalog.search("974760673").unwrap();
    assert_eq!(
        (hits[0].entity, hits[0].title.as_str()),
        (Entity::Organisation, "Registerenheten i Brønnøysund")
    );

    for hostile in [
        "\"",
        "*",
        "NEAR(",
        "a OR",
        "title:x",
        "'; DROP TABLE contract;--",
        "",
    ] {
        catalog
            .search(hostile)
            .unwrap_or_else(|e| panic!("{hostile:?}: {e}"));
    }
}

#[test]
fn pages_follow_the_list_order_and_imports_are_all_or_nothing() {
    let mut catalog = Catalog::in_memory().unwrap();
    let drafts: Vec<ContractDraft> = (0..25)
        .map(|n| draft(&format!("Kontrakt {n:02}")))
        .collect();
    let ids = catalog.save_all(drafts).unwrap();
    assert_eq!(ids.len(), 25);
    assert_eq!(catalog.count_contracts().unwrap(), 25);
    let all = catalog.list_contracts().unwrap();
    let page = catalog.contracts_page(10, 10).unwrap();
    assert_eq!(page, all[10..20]);
    assert_eq!(catalog.contracts_page(20, 10).unwrap().len(), 5);
    assert!(catalog.contracts_page(99, 10).unwrap().is_empty());
    assert_eq!(catalog.search("kontrakt").unwrap().len(), 25);

    let mut batch: Vec<ContractDraft> = (0..3).map(|n| draft(&format!("Ny {n}"))).collect();
    batch[2].version = "to".into();
    match catalog.save_all(batch) {
        Err(Error::InvalidImport { index: 2, issues }) => {
            assert_eq!(issues[0].path, FieldPath::Version)
        }
        other => panic!("expected InvalidImport at 2, got {other:?}"),
    }
    assert_eq!(
        catalog.count_contracts().unwrap(),
        25,
        "nothing of the batch was stored"
    );
}

#[test]
fn a_departed_owner_without_a_successor_is_found_until_someone_takes_over() {
    use crate::model::{Entity, PersonDraft, Role, RoleAssignment};
    let mut catalog = Catalog::in_memory().unwrap();
    let contract = catalog.save(None, draft("Lønnsdata")).unwrap();
    let person = |name: &str, left_on: Option<&str>| PersonDraft {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase()),
        unit: None,
        left_on: left_on.map(str::to_owned),
    };
    let per = catalog
        .save(None, person("Per", Some("2025-06-30")))
        .unwrap();
    let owner = |person| RoleAssignment {
        role: Role::InformationOwner,
        person,
        entity: Entity::Contract,
        item: contract.id.0,
    };
    catalog.assign_role(&owner(per.id)).unwrap();
    catalog.assign_role(&owner(per.id)).unwrap(); // twice is once
    assert_eq!(
        catalog
            .roles(Entity::Contract, Some(contract.id.0))
            .unwrap()
            .len(),
        1
    );

    assert!(
        catalog
            .ownerships_without_successor("2025-06-29")
            .unwrap()
            .is_empty(),
        "not gone yet"
    );
    let orphaned = catalog.ownerships_without_successor("2025-07-01").unwrap();
    assert_eq!(orphaned.len(), 1);
    assert_eq!(
        (orphaned[0].0.item, orphaned[0].1.draft.name.as_str()),
        (contract.id.0, "Per")
    );

    // A contact point is not an ownership; a present owner is a successor.
    let kari = catalog.save(None, person("Kari", None)).unwrap();
    catalog
        .assign_role(&RoleAssignment {
            role: Role::ContactPoint,
            ..owner(kari.id)
        })
        .unwrap();
    assert_eq!(
        catalog
            .ownerships_without_successor("2025-07-01")
            .unwrap()
            .len(),
        1
    );
    catalog.assign_role(&owner(kari.id)).unwrap();
    assert!(catalog
        .ownerships_without_successor("2025-07-01")
        .unwrap()
        .is_empty());

    let missing = RoleAssignment {
        item: 999,
        ..owner(kari.id)
    };
    assert!(matches!(
        catalog.assign_role(&missing),
        Err(StoreError::ItemNotFound { id: 999, .. })
    ));
    assert_eq!(catalog.search("kari").unwrap()[0].title, "Kari");
    assert_eq!(catalog.history(Entity::Person, per.id.0).unwrap().len(), 1);

    // Each change of roles is a change of the item in the audit trail (giving a role twice
    // changed nothing the second time); taking one away too.
    let history = catalog.history(Entity::Contract, contract.id.0).unwrap();
    assert_eq!(
        history.len(),
        1 + 3,
        "created, then Per, Kari's contact point, Kari"
    );
    let last = history.last().unwrap();
    assert_eq!(last.after.as_ref().unwrap()["title"], "Lønnsdata");
    assert_eq!(
        last.after.as_ref().unwrap()["roles"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    catalog.unassign_role(&owner(per.id)).unwrap();
    catalog.unassign_role(&owner(per.id)).unwrap(); // not held: nothing happens
    let history = catalog.history(Entity::Contract, contract.id.0).unwrap();
    assert_eq!(history.len(), 5);
    assert_eq!(
        history[4].after.as_ref().unwrap()["roles"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(catalog.today().unwrap().len(), 10);
}

#[test]
fn information_sets_keep_their_nested_schema_and_are_checked_against_their_scheme() {
    use crate::model::{Entity, InformationSetDraft, SchemaField, SchemaType};
    let mut catalog = Catalog::in_memory().unwrap();
    let mut id_field = SchemaField {
        name: "fodselsnummer".into(),
        classification: Some(3),
        ..Default::default()
    };
    id_field.personal_data.national_id = true;
    let address = SchemaField {
        name: "adresse".into(),
        field_type: SchemaType::Object,
        children: vec![SchemaField {
            name: "kommunenummer".into(),
            description: "Fire siffer".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let draft = InformationSetDraft {
        name: "Innbyggere".into(),
        description: "Folkeregisteropplysninger".into(),
        owner: None,
        scheme: Some("no-uh".into()),
        fields: vec![id_field, address],
        resource: Some("innbyggere".into()),
    };
    let saved = catalog.save(None, draft.clone()).unwrap();
    assert_eq!(catalog.information_set(saved.id).unwrap().draft, draft);
    assert_eq!(
        catalog
            .information_set(saved.id)
            .unwrap()
            .draft
            .effective_classification(),
        Some(3)
    );
    let hit = &catalog.search("kommunenummer").unwrap()[0];
    assert_eq!(
        (hit.entity, hit.title.as_str()),
        (Entity::InformationSet, "Innbyggere")
    );
    assert_eq!(
        catalog
            .history(Entity::InformationSet, saved.id.0)
            .unwrap()
            .len(),
        1
    );

    // KLASSA has levels 0–4 too, but the Norwegian scheme has no level 4.
    let mut too_high = draft.clone();
    too_high.fields[0].classification = Some(4);
    assert!(matches!(
        catalog.save(Some(saved.id), too_high),
        Err(Error::Invalid { .. })
    ));
    let mut unknown = draft.clone();
    unknown.scheme = Some("no-such-scheme".into());
    match catalog.save(None, unknown) {
        Err(Error::Invalid { issues }) => assert_eq!(issues[0].path, FieldPath::Scheme),
        other => panic!("expected Invalid, got {other:?}"),
    }
    let mut unowned = draft;
    unowned.owner = Some(crate::model::PersonId(77));
    assert!(matches!(
        catalog.save(None, unowned),
        Err(Error::Store(StoreError::PersonNotFound(_)))
    ));
    assert_eq!(catalog.information_sets().unwrap().len(), 1);
}

#[test]
fn integrations_keep_every_fact_and_refuse_unknown_systems() {
    use crate::model::{Entity, Frequency, IntegrationDraft, Mode, Pattern, SystemId, Technology};
    let mut catalog = Catalog::in_memory().unwrap();
    catalog.save(None, draft("Systemer")).unwrap();
    let kilde = SystemId(catalog.system_id("Kilde").unwrap().unwrap());
    let mottaker = SystemId(catalog.system_id("Mottaker").unwrap().unwrap());
    let draft = IntegrationDraft {
        name: "Ansatthendelser".into(),
        description: "Tynne varsler om nyansatte".into(),
        provider: Some(kilde),
        consumers: vec![mottaker],
        owner: None,
        pattern: Pattern::EventProvisioning,
        technology: Technology::Messaging,
        mode: Mode::Asynchronous,
        frequency: Frequency::RealTime,
        volume_per_day: Some(400),
        message_size_kb: Some(2),
        guaranteed_delivery: true,
        reusable_via_platform: true,
        existing_interface_could_serve: true,
        justification: "Eksisterende API mangler hendelser.".into(),
        safeguards: vec![
            crate::safeguards::Safeguard::Authentication,
            crate::safeguards::Safeguard::EncryptionInTransit,
        ],
        technology_justification: String::new(),
        information_sets: Vec::new(),
        intark_confirmed: vec![crate::model::IntarkItem::ApiRegistered],
    };
    let saved = catalog.save(None, draft.clone()).unwrap();
    assert_eq!(catalog.integration(saved.id).unwrap().draft, draft);
    assert_eq!(catalog.integrations().unwrap().len(), 1);
    assert_eq!(
        catalog.search("ansatthendelser").unwrap()[0].entity,
        Entity::Integration
    );
    assert_eq!(
        catalog
            .history(Entity::Integration, saved.id.0)
            .unwrap()
            .len(),
        1
    );

    let mut unjustified = draft.clone();
    unjustified.justification = " ".into();
    match catalog.save(Some(saved.id), unjustified) {
        Err(Error::Invalid { issues }) => assert_eq!(issues[0].path, FieldPath::Justification),
        other => panic!("expected Invalid, got {other:?}"),
    }
    let mut circular = draft.clone();
    circular.consumers = vec![kilde];
    assert!(matches!(
        catalog.save(None, circular),
        Err(Error::Invalid { .. })
    ));
    let mut ghost = draft;
    ghost.consumers = vec![SystemId(404)];
    assert!(matches!(
        catalog.save(None, ghost),
        Err(Error::Store(StoreError::ItemNotFound { id: 404, .. }))
    ));
    assert_eq!(catalog.integrations().unwrap().len(), 1);
}

#[test]
fn contract_terms_and_links_round_trip_and_the_workflow_records_the_approver() {
    use crate::model::{ContractStatus, Entity, InformationSetDraft, SchemaField};
    let mut catalog = Catalog::in_memory().unwrap();
    catalog.set_author("Ingrid Sæther");
    let set = catalog
        .save(
            None,
            InformationSetDraft {
                name: "Ansatte".into(),
                fields: vec![SchemaField {
                    name: "ansattNr".into(),
                    ..Default::default()
                }],
                ..Default::default()
            },
        )
        .unwrap();
    let mut d = draft("Ansattdata");
    d.purpose = "Tilgangsstyring".into();
    d.legal_basis = "Arbeidsmiljøloven § 9-1".into();
    d.service_levels.availability_percent = Some("99.5".into());
    d.service_levels.recovery_time_hours = Some(4);
    d.retention = "Slettes 30 dager etter sluttdato".into();
    d.valid_from = Some("2026-01-01".into());
    d.links = vec!["https://api.eksempel.no/openapi.json".into()];
    d.information_sets = vec![set.id];
    let saved = catalog.save(None, d.clone()).unwrap();
    assert_eq!(saved.draft, d);
    assert_eq!(saved.state.status, ContractStatus::Draft);

    let mut ghost = d.clone();
    ghost.information_sets = vec![crate::model::InformationSetId(99)];
    assert!(matches!(
        catalog.save(None, ghost),
        Err(Error::Store(StoreError::ItemNotFound { .. }))
    ));

    let err = catalog
        .set_contract_status(saved.id, ContractStatus::Approved)
        .unwrap_err();
    assert!(matches!(err, Error::StatusChange { .. }), "{err:?}");
    assert!(
        err.to_string().contains("draft → in review → approved"),
        "{err}"
    );
    catalog
        .set_contract_status(saved.id, ContractStatus::InReview)
        .unwrap();
    let approved = catalog
        .set_contract_status(saved.id, ContractStatus::Approved)
        .unwrap();
    assert_eq!(approved.state.approved_by.as_deref(), Some("Ingrid Sæther"));
    assert!(approved
        .state
        .approved_at
        .as_deref()
        .is_some_and(|t| t.ends_with('Z')));
    let retired = catalog
        .set_contract_status(saved.id, ContractStatus::Retired)
        .unwrap();
    assert_eq!(
        retired.state.approved_by.as_deref(),
        Some("Ingrid Sæther"),
        "kept on retirement"
    );
    assert!(catalog
        .set_contract_status(saved.id, ContractStatus::Draft)
        .is_err());
    let history = catalog.history(Entity::Contract, saved.id.0).unwrap();
    assert_eq!(history.len(), 4, "created, in review, approved, retired");
    assert_eq!(history[2].after.as_ref().unwrap()["status"], "approved");
}

#[test]
fn a_copy_is_a_complete_catalog_and_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("a.datapakt"), true).unwrap();
    let copy = dir.path().join("kopi.datapakt");
    catalog.save_copy(&copy).unwrap();
    let reopened = Catalog::open(&copy).unwrap();
    assert_eq!(
        reopened.list_contracts().unwrap(),
        catalog.list_contracts().unwrap()
    );
    assert_eq!(
        reopened.search("kommunenummer").unwrap(),
        catalog.search("kommunenummer").unwrap()
    );
    assert!(matches!(
        catalog.save_copy(&copy),
        Err(StoreError::AlreadyExists { .. })
    ));
    let nowhere = dir.path().join("missing/dir/x.datapakt");
    assert!(catalog.save_copy(&nowhere).is_err());
    assert!(!nowhere.exists());
}

/// Marks `path` read-only (also for root, through the permission bits Catalog::open reads).
fn make_read_only(path: &Path) {
    let mut permissions = std::fs::metadata(path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions).unwrap();
}

#[test]
fn a_read_only_catalog_can_be_read_but_not_changed_and_stays_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arkiv.datapakt");
    drop(crate::app::catalog::create(&path, true).unwrap());
    make_read_only(&path);
    let before = bytes(&path);
    let mut catalog = Catalog::open(&path).unwrap();
    assert!(catalog.is_read_only());
    assert_eq!(catalog.list_contracts().unwrap().len(), 5);
    assert!(!catalog.search("elev").unwrap().is_empty());
    let err = catalog.save(None, draft("Ny")).unwrap_err();
    assert!(
        matches!(err, Error::Store(StoreError::ReadOnly { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("read-only"), "{err}");
    drop(catalog);
    assert_eq!(bytes(&path), before);

    let old = dir.path().join("gammel.datapakt");
    {
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("../../store/fixtures/catalog-v1.sql"))
            .unwrap();
    }
    make_read_only(&old);
    let before = bytes(&old);
    assert!(matches!(
        Catalog::open(&old),
        Err(StoreError::ReadOnlyNeedsUpgrade { found: 1, .. })
    ));
    assert_eq!(bytes(&old), before);
}

#[test]
fn a_change_while_another_program_is_writing_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("opptatt.datapakt");
    drop(Catalog::create(&path).unwrap());
    let holder = rusqlite::Connection::open(&path).unwrap();
    holder
        .execute_batch("BEGIN EXCLUSIVE; INSERT INTO system (name) VALUES ('x');")
        .unwrap();
    // Reading goes on beside a writer (WAL); a change waits, then is refused.
    let mut catalog = Catalog::open(&path).unwrap();
    let err = catalog.save(None, draft("Venter")).unwrap_err();
    assert!(
        matches!(err, Error::Store(StoreError::Locked { .. })),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("in use by another program"),
        "{err}"
    );
    holder.execute_batch("ROLLBACK").unwrap();
    catalog.save(None, draft("Venter")).unwrap();
}

#[test]
fn deleting_removes_the_item_its_roles_and_search_entry_and_keeps_it_in_the_audit_trail() {
    use crate::model::{AuditAction, Entity, InformationSetDraft, SchemaField};
    let dir = tempfile::tempdir().unwrap();
    let mut catalog = crate::app::catalog::create(&dir.path().join("d.datapakt"), true).unwrap();
    let contract = catalog.search("stillingskode").unwrap()[0].id;
    catalog.delete(Entity::Contract, contract).unwrap();
    assert!(matches!(
        catalog.contract(ContractId(contract)),
        Err(StoreError::ContractNotFound(_))
    ));
    assert!(catalog
        .roles(Entity::Contract, Some(contract))
        .unwrap()
        .is_empty());
    assert!(!catalog
        .search("stillingskode")
        .unwrap()
        .iter()
        .any(|hit| hit.entity == Entity::Contract));
    let history = catalog.history(Entity::Contract, contract).unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        (last.action, last.after.is_none()),
        (AuditAction::Delete, true)
    );
    assert_eq!(
        last.before.as_ref().unwrap()["title"],
        "Ansatte og stillinger til tilgangsstyring"
    );
    assert!(matches!(
        catalog.delete(Entity::Contract, contract),
        Err(Error::Store(StoreError::ContractNotFound(_)))
    ));

    // An information set a contract governs cannot go.
    let set = catalog
        .save(
            None,
            InformationSetDraft {
                name: "Brukt".into(),
                fields: vec![SchemaField {
                    name: "a".into(),
                    ..Default::default()
                }],
                ..Default::default()
            },
        )
        .unwrap();
    let mut governing = draft("Styrer");
    governing.information_sets = vec![set.id];
    let governing = catalog.save(None, governing).unwrap();
    let err = catalog
        .delete(Entity::InformationSet, set.id.0)
        .unwrap_err();
    assert!(
        matches!(err, Error::Store(StoreError::InUse { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("still in use"), "{err}");
    assert!(
        catalog.information_set(set.id).is_ok(),
        "nothing was deleted"
    );
    catalog.delete(Entity::Contract, governing.id.0).unwrap();
    catalog.delete(Entity::InformationSet, set.id.0).unwrap();
    assert!(matches!(
        catalog.delete(Entity::ClassificationScheme, 1),
        Err(Error::NotDeletable { .. })
    ));
}

#[test]
fn agreements_need_every_article_28_item_and_cover_contracts_with_personal_data() {
    use crate::model::{
        AgreementDraft, Country, Entity, InformationSetDraft, OrganisationDraft, Rule, SchemaField,
    };
    use crate::validate::Art28Item;
    let mut catalog = Catalog::in_memory().unwrap();
    let org = |catalog: &mut Catalog, name: &str, number: &str| {
        let draft = OrganisationDraft {
            name: name.into(),
            country: Country::Norway,
            org_number: number.into(),
        };
        catalog.save(None, draft).unwrap().id
    };
    let controller = org(&mut catalog, "Oslo kommune", "958935420");
    let processor = org(&mut catalog, "Registerenheten", "974760673");
    let mut personal = SchemaField {
        name: "navn".into(),
        ..Default::default()
    };
    personal.personal_data.personal = true;
    let set = catalog
        .save(
            None,
            InformationSetDraft {
                name: "Personer".into(),
                fields: vec![personal],
                ..Default::default()
            },
        )
        .unwrap();
    let mut d = draft("Personoppslag");
    d.information_sets = vec![set.id];
    let contract = catalog.save(None, d).unwrap();
    let rules = |catalog: &Catalog| -> Vec<Rule> {
        crate::app::checks::check_catalog(catalog)
            .unwrap()
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    assert!(rules(&catalog).contains(&Rule::PersonalDataHasAgreement));

    let mut agreement = AgreementDraft {
        title: "Databehandleravtale personoppslag".into(),
        controller: Some(controller),
        processor: Some(processor),
        subject_matter: "Oppslag i personregister".into(),
        duration: "Så lenge kontrakten gjelder".into(),
        nature_and_purpose: "Lagring og oppslag for saksbehandling".into(),
        personal_data: vec!["Navn".into(), "Adresse".into()],
        data_subjects: vec!["Innbyggere".into()],
        security_measures: "Kryptering i transitt og ved lagring; tilgangslogg".into(),
        contracts: vec![contract.id],
        ..Default::default()
    };
    let saved = catalog.save(None, agreement.clone()).unwrap();
    assert_eq!(catalog.agreement(saved.id).unwrap().draft, agreement);
    assert_eq!(
        catalog.agreements_covering(contract.id).unwrap(),
        vec![saved.id]
    );
    assert!(!rules(&catalog).contains(&Rule::PersonalDataHasAgreement));
    assert!(matches!(
        catalog.delete(Entity::Contract, contract.id.0),
        Err(Error::Store(StoreError::InUse { .. }))
    ));

    agreement.security_measures = " ".into();
    agreement.processor = Some(controller);
    match catalog.save(Some(saved.id), agreement) {
        Err(Error::Invalid { issues }) => {
            let paths: Vec<FieldPath> = issues.iter().map(|i| i.path).collect();
            assert_eq!(
                paths,
                vec![
                    FieldPath::Article28(Art28Item::SecurityMeasures),
                    FieldPath::Processor
                ]
            );
            assert!(
                issues[0].message().contains("security measures"),
                "{}",
                issues[0].message()
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn systems_keep_unit_lifecycle_and_endpoints_and_refuse_a_taken_name() {
    use crate::model::{Country, Entity, Lifecycle, OrganisationDraft, SystemDraft, UnitId};
    let mut catalog = Catalog::in_memory().unwrap();
    let kommune = catalog
        .save(
            None,
            OrganisationDraft {
                name: "Kommune".into(),
                org_number: "974760673".into(),
                country: Country::Norway,
            },
        )
        .unwrap();
    let hr = catalog.save_unit(kommune.id, "HR").unwrap();
    let hr_system = SystemDraft {
        name: " Lønn og personal ".into(),
        description: "Lønns- og personalsystem".into(),
        owning_unit: Some(hr.id),
        lifecycle: Lifecycle::PhasingOut,
        endpoints: vec![" https://hr.example.no/api/v2 ".into()],
        case_figures: vec![crate::model::CaseFigures {
            period_end: "2026-06-30".into(),
            cases: 40,
            without_manual_steps: 12,
        }],
    };
    let mut too_many = hr_system.clone();
    too_many.case_figures[0].without_manual_steps = 41;
    too_many.case_figures.push(too_many.case_figures[0].clone());
    match catalog.save(None, too_many) {
        Err(Error::Invalid { issues }) => {
            let codes: Vec<_> = issues.iter().map(|i| (i.path, i.code)).collect();
            assert_eq!(
                codes,
                [
                    (
                        FieldPath::CaseFigures(0),
                        crate::validate::IssueCode::MoreThanCases
                    ),
                    (
                        FieldPath::CaseFigures(1),
                        crate::validate::IssueCode::DuplicateKey
                    ),
                    (
                        FieldPath::CaseFigures(1),
                        crate::validate::IssueCode::MoreThanCases
                    ),
                ]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let saved = catalog.save(None, hr_system.clone()).unwrap();
    assert_eq!(saved.draft.case_figures, hr_system.case_figures);
    assert_eq!(saved.draft.name, "Lønn og personal");
    assert_eq!(saved.draft.endpoints, ["https://hr.example.no/api/v2"]);
    assert_eq!(catalog.system(saved.id).unwrap(), saved);
    assert_eq!(
        catalog.search("personalsystem").unwrap()[0].entity,
        Entity::System
    );
    assert_eq!(
        catalog.history(Entity::System, saved.id.0).unwrap().len(),
        1
    );

    let mut taken = saved.draft.clone();
    taken.description = "En annen".into();
    match catalog.save(None, taken) {
        Err(Error::Invalid { issues }) => {
            assert_eq!(issues, [Issue::new(FieldPath::Name, IssueCode::NameTaken)])
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let mut wrong = saved.draft.clone();
    wrong.endpoints = vec!["hr.example.no".into(), "https://ok.example.no".into()];
    wrong.owning_unit = Some(UnitId(404));
    match catalog.save(Some(saved.id), wrong) {
        Err(Error::Invalid { issues }) => assert_eq!(
            issues,
            [
                Issue::new(FieldPath::Endpoint(0), IssueCode::NotWebAddress),
                Issue::new(FieldPath::OwningUnit, IssueCode::Unknown),
            ]
        ),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(catalog.system(saved.id).unwrap(), saved, "nothing changed");

    // A contract naming a new system registers it, searchable and in the audit trail; a
    // system something refers to cannot be deleted, an unused one can.
    catalog.save(None, draft("Systemer")).unwrap();
    let kilde = catalog.system_id("Kilde").unwrap().unwrap();
    assert_eq!(
        catalog
            .system(crate::model::SystemId(kilde))
            .unwrap()
            .draft
            .lifecycle,
        Lifecycle::InProduction
    );
    assert!(catalog
        .search("kilde")
        .unwrap()
        .iter()
        .any(|h| h.entity == Entity::System));
    assert_eq!(catalog.history(Entity::System, kilde).unwrap().len(), 1);
    assert!(matches!(
        catalog.delete(Entity::System, kilde),
        Err(Error::Store(StoreError::InUse { .. }))
    ));
    catalog.delete(Entity::System, saved.id.0).unwrap();
    assert!(catalog.search("personalsystem").unwrap().is_empty());
    assert_eq!(
        catalog.history(Entity::System, saved.id.0).unwrap().len(),
        2
    );
}

#[test]
fn search_lists_title_matches_best_first_then_text_matches_newest_first() {
    use crate::model::Entity;
    let mut catalog = Catalog::in_memory().unwrap();
    let mut save = |title: &str, description: &str| {
        let mut d = draft(title);
        d.description = description.into();
        catalog.save(None, d).unwrap().id.0
    };
    let old_text = save("Annet", "Nevner vannmåler en gang.");
    let title_long = save("Vannmåler og mye annet i en lang tittel", "");
    let new_text = save("Noe", "Også vannmåler her.");
    let title_short = save("Vannmåler", "");
    let ids: Vec<i64> = catalog
        .search("vannmål")
        .unwrap()
        .into_iter()
        .filter(|h| h.entity == Entity::Contract)
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, [title_short, title_long, new_text, old_text]);
}

#[test]
fn a_contract_keeps_its_api_profile() {
    use crate::model::ApiProfile;
    let mut catalog = Catalog::in_memory().unwrap();
    let mut d = draft("Profil");
    d.api_profile = Some(ApiProfile::SeRest);
    let saved = catalog.save(None, d).unwrap();
    assert_eq!(
        catalog.contract(saved.id).unwrap().draft.api_profile,
        Some(ApiProfile::SeRest)
    );
}

#[test]
fn a_version_9_catalog_is_migrated_and_gets_an_identity_and_odcs_columns() {
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v9.sql"), 9);
    assert_eq!(catalog.agreements().unwrap().len(), 2);
    let id = catalog.catalog_id().unwrap();
    assert_eq!(id.len(), 32, "{id}");
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(catalog.odcs_record(ContractId(1)).unwrap(), None);
    let record = OdcsRecord {
        id: "imported-1".into(),
        source: Some(serde_json::json!({"original": {"a": 1}})),
    };
    catalog.set_odcs_record(ContractId(1), &record).unwrap();
    assert_eq!(catalog.odcs_record(ContractId(1)).unwrap(), Some(record));
    assert_eq!(
        catalog.contract_by_odcs_id("imported-1").unwrap(),
        Some(ContractId(1))
    );
    let twice = OdcsRecord {
        id: "imported-1".into(),
        source: None,
    };
    assert!(
        catalog.set_odcs_record(ContractId(2), &twice).is_err(),
        "an ODCS id names one contract"
    );
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
    let again = Catalog::open(&path).unwrap();
    assert_eq!(again.catalog_id().unwrap(), id, "made once");
    let other = Catalog::in_memory().unwrap();
    assert_ne!(other.catalog_id().unwrap(), id, "each catalog its own");
}

#[test]
fn all_or_nothing_keeps_every_change_or_none_and_nests_the_store_s_own() {
    let mut catalog = Catalog::in_memory().unwrap();
    let kept = catalog
        .all_or_nothing(|c| {
            c.save(None, draft("Én"))?;
            c.save(None, draft("To"))
        })
        .unwrap();
    assert_eq!(catalog.list_contracts().unwrap().len(), 2);
    let err = catalog
        .all_or_nothing(|c| {
            c.save(None, draft("Tre"))?;
            c.save(Some(kept.id), ContractDraft::default())
        })
        .unwrap_err();
    assert!(matches!(err, Error::Invalid { .. }), "{err}");
    assert_eq!(
        catalog.list_contracts().unwrap().len(),
        2,
        "Tre rolled back"
    );
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = catalog.all_or_nothing(|c| -> crate::app::Result<()> {
            c.save(None, draft("Fire"))?;
            panic!("a bug mid-import");
        });
    }));
    assert!(panicked.is_err());
    assert_eq!(
        catalog.list_contracts().unwrap().len(),
        2,
        "Fire rolled back"
    );
    catalog.save(None, draft("Fem")).unwrap();
    assert_eq!(
        catalog.list_contracts().unwrap().len(),
        3,
        "and the catalog still commits"
    );
}

#[test]
fn restoring_a_contract_s_state_skips_the_workflow_and_is_audited() {
    use crate::model::{ContractState, ContractStatus, Entity};
    let mut catalog = Catalog::in_memory().unwrap();
    let id = catalog.save(None, draft("Gammel")).unwrap().id;
    let state = ContractState {
        status: ContractStatus::Retired,
        approved_by: Some("Åse".into()),
        approved_at: Some("2024-01-02T03:04:05Z".into()),
    };
    catalog.restore_contract_state(id, &state).unwrap();
    assert_eq!(catalog.contract(id).unwrap().state, state);
    assert_eq!(catalog.history(Entity::Contract, id.0).unwrap().len(), 2);
    catalog.restore_contract_state(id, &state).unwrap();
    assert_eq!(
        catalog.history(Entity::Contract, id.0).unwrap().len(),
        2,
        "no change, no record"
    );
}

#[test]
fn a_version_11_catalog_is_migrated_and_its_sets_take_an_api_resource_name() {
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v11.sql"), 11);
    let sets = catalog.information_sets().unwrap();
    assert_eq!(sets.len(), 3);
    assert!(
        sets.iter().all(|set| set.draft.resource.is_none()),
        "a set from before schema 12 has no API resource name"
    );
    let mut pupils = sets
        .into_iter()
        .find(|s| s.draft.name == "Elevopplysninger")
        .unwrap();
    assert!(!catalog
        .history(crate::model::Entity::InformationSet, pupils.id.0)
        .unwrap()
        .is_empty());
    pupils.draft.resource = Some("elever".into());
    catalog.save(Some(pupils.id), pupils.draft.clone()).unwrap();
    assert_eq!(
        catalog.information_set(pupils.id).unwrap().draft,
        pupils.draft
    );
    assert_eq!(
        catalog.catalog_id().unwrap().len(),
        32,
        "the identity is kept"
    );
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_version_12_catalog_is_migrated_and_its_integrations_record_safeguards() {
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v12.sql"), 12);
    let integrations = catalog.integrations().unwrap();
    assert_eq!(integrations.len(), 3);
    assert!(
        integrations.iter().all(|i| i.draft.safeguards.is_empty()),
        "an integration from before schema 13 records no safeguard"
    );
    let mut sync = integrations[0].clone();
    assert!(!catalog
        .history(crate::model::Entity::Integration, sync.id.0)
        .unwrap()
        .is_empty());
    sync.draft.safeguards = vec![
        crate::safeguards::Safeguard::Authentication,
        crate::safeguards::Safeguard::HostingInEea,
    ];
    catalog.save(Some(sync.id), sync.draft.clone()).unwrap();
    assert_eq!(catalog.integration(sync.id).unwrap().draft, sync.draft);
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn integrations_carry_information_sets_and_a_technology_justification_from_schema_14() {
    use crate::model::{Entity, InformationSetId};
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v12.sql"), 12);
    let mut sync = catalog.integrations().unwrap()[0].clone();
    assert!(sync.draft.information_sets.is_empty());
    assert!(sync.draft.technology_justification.is_empty());

    let sets = catalog.information_sets().unwrap();
    let (first, second) = (sets[0].id, sets[1].id);
    sync.draft.information_sets = vec![second, first, second];
    sync.draft.technology_justification = "Leverandøren tilbyr bare filer.".into();
    catalog.save(Some(sync.id), sync.draft.clone()).unwrap();
    let saved = catalog.integration(sync.id).unwrap().draft;
    assert_eq!(
        saved.information_sets,
        vec![second, first],
        "duplicates dropped, order kept"
    );
    assert_eq!(
        saved.technology_justification,
        "Leverandøren tilbyr bare filer."
    );

    // A set an integration carries cannot be deleted; an unknown one cannot be carried.
    assert!(matches!(
        catalog.delete(Entity::InformationSet, first.0),
        Err(Error::Store(StoreError::InUse { .. }))
    ));
    let mut ghost = saved.clone();
    ghost.information_sets = vec![InformationSetId(404)];
    assert!(matches!(
        catalog.save(Some(sync.id), ghost),
        Err(Error::Store(StoreError::ItemNotFound { id: 404, .. }))
    ));
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_levels_safeguard_policy_round_trips_and_older_catalogs_follow_the_default() {
    use crate::safeguards::Safeguard;
    let (_dir, _path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v12.sql"), 12);
    let mut scheme = catalog.schemes().unwrap().remove(0);
    assert!(scheme.levels.iter().all(|l| l.safeguards.is_none()));
    scheme.levels[1].safeguards = Some(vec![Safeguard::HostingInEea, Safeguard::AuditLogging]);
    scheme.levels[2].safeguards = Some(Vec::new());
    catalog.save(None, scheme.clone()).unwrap();
    let saved = catalog.scheme(&scheme.key).unwrap().unwrap();
    assert_eq!(saved.levels, scheme.levels);
    // Back to the default.
    scheme.levels[1].safeguards = None;
    catalog.save(None, scheme.clone()).unwrap();
    assert_eq!(
        catalog.scheme(&scheme.key).unwrap().unwrap().levels[1].safeguards,
        None
    );
}

#[test]
fn changes_of_a_kind_hold_only_the_keys_asked_for_with_their_json_values() {
    use crate::model::{ContractStatus, Entity};
    let mut catalog = Catalog::in_memory().unwrap();
    let saved = catalog.save(None, draft("Systemer")).unwrap();
    catalog
        .set_contract_status(saved.id, ContractStatus::InReview)
        .unwrap();
    let changes = catalog
        .changes_of(
            Entity::Contract,
            &["fields", "status", "nothing", "bad key'"],
            None,
        )
        .unwrap();
    assert_eq!(changes.len(), 2);
    let (_, id, Some(created)) = &changes[0] else {
        panic!("{changes:?}")
    };
    assert_eq!(*id, saved.id.0);
    assert!(created["fields"].is_array(), "{created}");
    assert!(created.get("status").is_none() && created.get("nothing").is_none());
    let (_, _, Some(status)) = &changes[1] else {
        panic!("{changes:?}")
    };
    assert_eq!(status["status"], "in-review");
    catalog.delete(Entity::Contract, saved.id.0).unwrap();
    let changes = catalog
        .changes_of(Entity::Contract, &["fields"], None)
        .unwrap();
    assert_eq!(changes[2].2, None, "deleted");
    // Only the items that ever had a value.
    assert_eq!(
        catalog
            .changes_of(Entity::Contract, &["status"], Some(("status", "in-review")))
            .unwrap()
            .len(),
        3
    );
    assert!(catalog
        .changes_of(Entity::Contract, &["status"], Some(("status", "approved")))
        .unwrap()
        .is_empty());
}

#[test]
fn a_version_12_catalog_gains_an_empty_desk_whose_requests_name_its_people_and_sets() {
    use crate::model::{Asker, Entity, RequestDraft};
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v12.sql"), 12);
    assert!(catalog.requests().unwrap().is_empty());
    let person = catalog.people().unwrap()[0].id;
    let set = catalog.information_sets().unwrap()[0].id;
    let saved = catalog
        .save(
            None,
            RequestDraft {
                title: "Etter oppgraderingen".into(),
                asker: Asker::Person { person },
                information_sets: vec![set],
                purpose: "Prøve skrivebordet.".into(),
                ..RequestDraft::default()
            },
        )
        .unwrap();
    assert_eq!(catalog.request(saved.id).unwrap(), saved);
    assert!(matches!(
        catalog.delete(Entity::Person, person.0),
        Err(Error::Store(StoreError::InUse { .. }))
    ));
    assert_eq!(
        catalog.search("oppgraderingen").unwrap()[0].entity,
        Entity::Request
    );
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_version_12_catalog_is_migrated_to_an_empty_access_register_that_takes_grants() {
    use crate::model::{Consumer, GrantDraft};
    let (_dir, path, mut catalog) =
        migrated(include_str!("../../store/fixtures/catalog-v12.sql"), 12);
    assert!(catalog.grants().unwrap().is_empty());
    let integrations = catalog.integrations().unwrap();
    let named = |name: &str| integrations.iter().find(|i| i.draft.name == name).unwrap();
    let grant = |integration: &crate::model::Integration, contract: i64| GrantDraft {
        integration: Some(integration.id),
        consumer: Some(Consumer::System(integration.draft.consumers[0])),
        contract: Some(ContractId(contract)),
        granted_on: "2026-03-01".into(),
        valid_until: "2026-12-31".into(),
        ..GrantDraft::default()
    };
    // Schema 12's demo: the pupil contract approved, the population contract in review.
    let saved = catalog
        .save(None, grant(named("Nattlig elevsynkronisering"), 1))
        .unwrap();
    assert_eq!(catalog.grants().unwrap(), [saved]);
    let lookup = named("Folkeregisteroppslag fra sak og arkiv");
    let err = catalog.save(None, grant(lookup, 2)).unwrap_err();
    assert!(
        matches!(&err, Error::AccessRefused { issue }
            if issue.code == crate::validate::IssueCode::ContractInReview),
        "{err:?}"
    );
    drop(catalog);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn preferences_survive_a_round_trip_and_a_damaged_file_reads_as_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config/datapakt/preferences.json");
    assert_eq!(load_preferences(&path).preferences, Preferences::default());
    let mut prefs = Preferences {
        language: Some(crate::model::Lang::Nn),
        author: "Åse Bjørnstad".into(),
        email: "ase@kommune.no".into(),
        theme: crate::wire::Theme::Dark,
        recent: Vec::new(),
    };
    for n in 0..10 {
        prefs.remember(&format!("/c/{n}.datapakt"));
    }
    prefs.remember("/c/5.datapakt");
    assert_eq!(prefs.recent.len(), Preferences::MAX_RECENT);
    assert_eq!(prefs.recent[0], "/c/5.datapakt");
    assert_eq!(prefs.recent[1], "/c/9.datapakt");
    save_preferences(&path, &prefs).unwrap();
    assert_eq!(load_preferences(&path).preferences, prefs);
    // A damaged file is set aside, whole, and the user told; a second one is numbered.
    for (n, kept) in ["preferences.json.damaged", "preferences.json.damaged-2"]
        .iter()
        .enumerate()
    {
        let damaged = format!("{{ not json {n}");
        std::fs::write(&path, &damaged).unwrap();
        let loaded = load_preferences(&path);
        assert_eq!(loaded.preferences, Preferences::default());
        let set_aside = path.with_file_name(kept);
        assert_eq!(loaded.set_aside.as_deref(), Some(set_aside.as_path()));
        assert_eq!(std::fs::read_to_string(&set_aside).unwrap(), damaged);
        assert!(!path.exists());
        let note = loaded.note().unwrap();
        assert_eq!(note.key, "note-preferences-set-aside");
        assert!(crate::i18n::Translator::new(crate::model::Lang::Sv)
            .note(&note)
            .contains(&*set_aside.to_string_lossy()));
    }
}

/// Every item's global identity, in every item table.
fn uids(catalog: &Catalog) -> Vec<String> {
    let conn = catalog.connection();
    crate::store::ITEM_TABLES
        .iter()
        .flat_map(|table| {
            let mut statement = conn.prepare(&format!("SELECT uid FROM {table}")).unwrap();
            let uids: Vec<Option<String>> = statement
                .query_map([], |row| row.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            uids.into_iter()
                .map(move |uid| uid.unwrap_or_else(|| panic!("a row of {table} has no uid")))
        })
        .collect()
}

fn is_uuid_v4(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    lengths == [8, 4, 4, 4, 12]
        && text
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
        && parts[2].starts_with('4')
        && parts[3].starts_with(['8', '9', 'a', 'b'])
}

#[test]
fn a_migrated_catalog_gives_every_item_a_global_identity_and_new_items_get_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v20.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v20.sql"),
        20,
    );
    let mut catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    let before = uids(&catalog);
    assert!(before.len() > 30, "the demo's items: {}", before.len());
    for uid in &before {
        assert!(is_uuid_v4(uid), "not a UUID: {uid}");
    }
    let distinct: std::collections::BTreeSet<&String> = before.iter().collect();
    assert_eq!(distinct.len(), before.len(), "every identity is unique");

    let person = crate::model::PersonDraft {
        name: "Ny Person".into(),
        email: "ny@example.org".into(),
        unit: None,
        left_on: None,
    };
    catalog.save(None, person).unwrap();
    let after = uids(&catalog);
    assert_eq!(after.len(), before.len() + 1);
    let new: Vec<&String> = after.iter().filter(|u| !distinct.contains(u)).collect();
    assert_eq!(new.len(), 1);
    assert!(is_uuid_v4(new[0]));

    // An item arriving from elsewhere keeps the identity it comes with.
    let given = "0b5c4c1e-7d1a-4f7e-9a51-3c2e1d0f9a88";
    catalog
        .connection()
        .execute(
            "INSERT INTO system (name, description, uid) VALUES ('Utenfra', '', ?1)",
            [given],
        )
        .unwrap();
    assert!(uids(&catalog).iter().any(|u| u == given));
}

#[test]
fn a_migrated_catalog_records_when_each_integration_was_recorded_in_the_order_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v21.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v21.sql"),
        21,
    );
    let mut catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    let order = catalog.integration_order().unwrap();
    let mut by_id: Vec<(i64, String)> = order
        .iter()
        .map(|(id, (at, _))| (*id, at.clone()))
        .collect();
    by_id.sort();
    assert!(by_id.len() >= 5);
    for pair in by_id.windows(2) {
        assert!(pair[0].1 < pair[1].1, "recorded in id order: {pair:?}");
        assert!(
            pair[0].1.starts_with("20") && pair[0].1.ends_with('Z'),
            "{pair:?}"
        );
    }
    // A new integration comes after every earlier one, even within the same millisecond.
    let latest = by_id.last().unwrap().1.clone();
    for name in ["Ny A", "Ny B"] {
        let draft = crate::model::IntegrationDraft {
            name: name.into(),
            provider: Some(crate::model::SystemId(1)),
            consumers: vec![crate::model::SystemId(2)],
            ..crate::model::IntegrationDraft::default()
        };
        catalog.put(None, None, &draft).unwrap();
    }
    let order = catalog.integration_order().unwrap();
    let mut times: Vec<&String> = order.values().map(|(at, _)| at).collect();
    times.sort();
    times.dedup();
    assert_eq!(times.len(), order.len(), "no two integrations share a time");
    assert!(times.iter().filter(|t| ***t > latest).count() == 2);
}

#[test]
fn a_catalog_of_schema_22_migrates_and_records_its_changes_once_it_has_a_remote() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v22.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v22.sql"),
        22,
    );
    let mut catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    assert_eq!(catalog.unshared().unwrap().1, Vec::new());
    catalog
        .set_team_value("remote", Some("/srv/team.git"))
        .unwrap();
    let contract = catalog.list_contracts().unwrap()[0].id;
    let mut draft = catalog.contract(contract).unwrap().draft;
    draft.purpose = "Endret".into();
    catalog.save(Some(contract), draft).unwrap();
    let (_, changes) = catalog.unshared().unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c.table == "contract" && c.item == Some(contract.0)),
        "{changes:?}"
    );
}

#[test]
fn a_catalog_of_schema_23_migrates_and_keeps_a_draft_that_names_no_systems_yet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v23.datapakt");
    load_fixture(
        &path,
        include_str!("../../store/fixtures/catalog-v23.sql"),
        23,
    );
    let mut catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    let contracts = catalog.list_contracts().unwrap();
    let releases = catalog.contract_releases(contracts[0].id).unwrap().len();
    let mut draft = catalog.contract(contracts[0].id).unwrap().draft;
    assert!(!draft.provider_system.is_empty());
    draft.title = "Uten systemer".into();
    draft.provider_system = String::new();
    draft.consumer_system = " ".into();
    let saved = catalog.save(None, draft).unwrap();
    assert_eq!(
        (
            saved.draft.provider_system.as_str(),
            saved.draft.consumer_system.as_str()
        ),
        ("", ""),
        "stored as no system, not a system called \"\""
    );
    assert!(catalog.system_id("").unwrap().is_none());
    assert_eq!(catalog.list_contracts().unwrap().len(), contracts.len() + 1);
    assert_eq!(
        catalog.contract_releases(contracts[0].id).unwrap().len(),
        releases,
        "the table kept its releases (a rebuild would have cascaded)"
    );
    drop(catalog);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let problems: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(problems, 0);
}
