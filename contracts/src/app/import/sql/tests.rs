use super::*;
use crate::app::import::openapi::SetChange;
use crate::app::test_support::demo;

#[test]
fn tables_become_sets_by_name_and_a_bad_file_imports_none() {
    let (dir, mut catalog) = demo();
    let good = dir.path().join("register.sql");
    std::fs::write(
        &good,
        "CREATE TABLE elev (elev_id INT PRIMARY KEY, navn VARCHAR(100) NOT NULL);\n\
         CREATE TABLE klasse (kode CHAR(3) NOT NULL);",
    )
    .unwrap();
    let bad = dir.path().join("broken.sql");
    std::fs::write(&bad, "CREATE TABLE t (a INT,, b INT);").unwrap();
    let before = catalog.information_sets().unwrap().len();
    let err = import_files(
        &mut catalog,
        None,
        Dialect::Generic,
        &[good.clone(), bad.clone()],
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::SqlImport { path, .. } if *path == bad),
        "{err}"
    );
    assert_eq!(
        catalog.information_sets().unwrap().len(),
        before,
        "nothing imported"
    );

    let reports = import_files(&mut catalog, None, Dialect::Generic, &[good.clone()]).unwrap();
    assert_eq!(reports[0].system, None);
    let changes: Vec<(&str, SetChange)> = reports[0]
        .sets
        .iter()
        .map(|s| (s.name.as_str(), s.change))
        .collect();
    assert_eq!(
        changes,
        [("elev", SetChange::Created), ("klasse", SetChange::Created)]
    );
    std::fs::write(
        &good,
        "CREATE TABLE elev (elev_id INT PRIMARY KEY, navn VARCHAR(200) NOT NULL);",
    )
    .unwrap();
    let again = import_files(&mut catalog, None, Dialect::Generic, &[good]).unwrap();
    assert_eq!(again[0].sets[0].change, SetChange::Updated, "by name");
    let elev = catalog.information_set(again[0].sets[0].id).unwrap().draft;
    assert_eq!(elev.fields[1].constraints.max_length, Some(200));
    assert_eq!(catalog.information_sets().unwrap().len(), before + 2);
}
