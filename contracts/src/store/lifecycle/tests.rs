use std::path::Path;

use super::*;
use crate::store::Catalog;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_seed_that_fails_leaves_no_catalog_and_nothing_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.datapakt");
    let failed = Catalog::create_with(&path, |catalog: &mut Catalog| {
        catalog.set_default_api_profile(crate::model::ApiProfile::SeRest)?;
        Err(Error::AlreadyExists {
            path: "the seed failed".into(),
        })
    });
    assert!(failed.is_err());
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

#[test]
fn a_new_catalog_appears_whole_under_its_name_and_closes_without_side_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.datapakt");
    let catalog = Catalog::create_with(&path, |catalog: &mut Catalog| {
        catalog.set_default_api_profile(crate::model::ApiProfile::SeRest)
    })
    .unwrap();
    assert_eq!(
        catalog.default_api_profile().unwrap(),
        crate::model::ApiProfile::SeRest
    );
    catalog.close().unwrap();
    assert_eq!(names(dir.path()), ["new.datapakt"]);
    assert!(matches!(
        Catalog::create(&path),
        Err(Error::AlreadyExists { .. })
    ));
}

#[test]
fn a_copy_is_checked_and_renamed_into_place_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.datapakt");
    let catalog = Catalog::create(&path).unwrap();
    let copy = dir.path().join("copy.datapakt");
    catalog.save_copy(&copy).unwrap();
    let opened = Catalog::open(&copy).unwrap();
    assert_eq!(opened.integrity_problems().unwrap(), Vec::<String>::new());
    opened.close().unwrap();
    assert!(matches!(
        catalog.save_copy(&copy),
        Err(Error::AlreadyExists { .. })
    ));
    let nowhere = dir.path().join("missing-folder").join("copy.datapakt");
    assert!(matches!(
        catalog.save_copy(&nowhere),
        Err(Error::Write { .. })
    ));
    catalog.close().unwrap();
    assert_eq!(names(dir.path()), ["copy.datapakt", "live.datapakt"]);
}

#[test]
fn an_upgrade_keeps_the_file_as_it_was_beside_it_dated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.datapakt");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(include_str!("../fixtures/catalog-v23.sql"))
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let catalog = Catalog::open(&path).unwrap();
    let kept = catalog.kept_before_upgrade().unwrap().to_owned();
    let today = catalog.today().unwrap();
    assert_eq!(
        kept.file_name().unwrap().to_string_lossy(),
        format!("old.before-upgrade-{today}.datapakt")
    );
    catalog.close().unwrap();
    let old = Connection::open(&kept).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 23);
    let contracts: i64 = old
        .query_row("SELECT count(*) FROM contract", [], |r| r.get(0))
        .unwrap();
    assert!(contracts > 0);
    drop(old);
    assert_ne!(
        std::fs::read(&path).unwrap(),
        before,
        "the catalog was upgraded"
    );
    // Opened again: current, nothing more kept. A second upgrade on one day is numbered.
    let again = Catalog::open(&path).unwrap();
    assert_eq!(again.kept_before_upgrade(), None);
    again.close().unwrap();
    let second = dir.path().join("second.datapakt");
    std::fs::copy(&kept, &second).unwrap();
    std::fs::copy(
        &kept,
        dir.path()
            .join(format!("second.before-upgrade-{today}.datapakt")),
    )
    .unwrap();
    let catalog = Catalog::open(&second).unwrap();
    assert!(catalog
        .kept_before_upgrade()
        .unwrap()
        .ends_with(format!("second.before-upgrade-{today}-2.datapakt")));
}
