use std::path::{Path, PathBuf};

use super::*;
use crate::app::import::openapi::SetChange;
use crate::app::items::Editing;
use crate::app::test_support::demo;
use crate::model::InformationSetDraft;
use crate::wire::{ExportRequest, ExportTarget};

/// Every demo set exported as JSON Schema by the app's own export, into `dir`.
fn exported_sets(catalog: &Catalog, dir: &Path) -> Vec<(PathBuf, InformationSetDraft)> {
    catalog
        .information_sets()
        .unwrap()
        .into_iter()
        .map(|set| {
            let request = ExportRequest::of(ExportTarget::InformationSet { id: set.id });
            let file = dir.join(format!("set-{}.schema.json", set.id.0));
            crate::app::export::to_path(catalog, &request, crate::model::Lang::En, &file).unwrap();
            (file, set.draft)
        })
        .collect()
}

#[test]
fn every_demo_set_exported_as_json_schema_imports_into_an_empty_catalog_as_it_was() {
    let (dir, demo) = demo();
    let files = exported_sets(&demo, dir.path());
    let (_other, mut catalog) = crate::app::test_support::empty();
    let paths: Vec<PathBuf> = files.iter().map(|(f, _)| f.clone()).collect();
    let reports = import_files(&mut catalog, None, &paths).unwrap();
    for ((_, original), report) in files.iter().zip(&reports) {
        assert_eq!(report.sets.len(), 1);
        assert_eq!(report.sets[0].change, SetChange::Created);
        let stored = catalog.information_set(report.sets[0].id).unwrap().draft;
        assert_eq!(stored.name, original.name);
        assert_eq!(stored.scheme, original.scheme, "{}", original.name);
        assert_eq!(stored.fields, original.fields, "{}", original.name);
        assert!(stored.description.starts_with(&original.description));
    }
    let again = import_files(&mut catalog, None, &paths).unwrap();
    assert!(
        again
            .iter()
            .all(|r| r.sets.iter().all(|s| s.change == SetChange::Unchanged)),
        "by name, unchanged"
    );
}

#[test]
fn a_schema_imported_again_updates_its_set_and_keeps_what_the_catalog_added() {
    let (dir, mut catalog) = demo();
    let system = catalog
        .system_id("Skoleadministrativt system")
        .unwrap()
        .map(SystemId)
        .unwrap();
    let file = dir.path().join("elev.schema.json");
    let write = |properties: &str| {
        std::fs::write(
            &file,
            format!(
                r#"{{"title": "Elev (SAS)", "type": "object", "properties": {{{properties}}}}}"#
            ),
        )
        .unwrap()
    };
    write(r#""fødselsnummer": {"type": "string"}"#);
    let first = import_files(&mut catalog, Some(system), &[file.clone()]).unwrap();
    let id = first[0].sets[0].id;
    assert_eq!(first[0].system, Some(system));
    let mut set = catalog.information_set(id).unwrap().draft;
    set.scheme = Some("no-uh".into());
    set.fields[0].classification = Some(2);
    catalog.save(Some(id), set).unwrap();

    write(r#""fødselsnummer": {"type": "string"}, "län": {"type": "string", "maxLength": 40}"#);
    let second = import_files(&mut catalog, Some(system), &[file.clone()]).unwrap();
    assert_eq!(
        (second[0].sets[0].id, second[0].sets[0].change),
        (id, SetChange::Updated)
    );
    let set = catalog.information_set(id).unwrap().draft;
    assert_eq!(set.fields.len(), 2);
    assert_eq!(
        set.fields[0].classification,
        Some(2),
        "the catalog's level stays"
    );
    assert_eq!(set.fields[1].name, "län");
    assert!(
        catalog
            .interface(system)
            .unwrap()
            .iter()
            .any(|entry| entry.set == id),
        "the set is the system's interface"
    );
}

#[test]
fn one_bad_file_imports_none_and_names_itself() {
    let (dir, mut catalog) = demo();
    let good = dir.path().join("good.json");
    std::fs::write(
        &good,
        r#"{"type": "object", "properties": {"a": {"type": "string"}}}"#,
    )
    .unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"$defs": {"Kode": {"type": "string"}}}"#).unwrap();
    let before = catalog.information_sets().unwrap().len();
    let err = import_files(&mut catalog, None, &[good.clone(), bad.clone()]).unwrap_err();
    assert!(
        matches!(&err, Error::OpenApiImport { path, source: crate::formats::openapi::read::OpenApiError::NoObjectSchema } if *path == bad),
        "{err}"
    );
    assert_eq!(catalog.information_sets().unwrap().len(), before);
    let missing = dir.path().join("missing.json");
    let err = import_files(&mut catalog, None, &[good, missing.clone()]).unwrap_err();
    assert!(
        matches!(&err, Error::Missing { path } if *path == missing),
        "{err}"
    );
    assert_eq!(catalog.information_sets().unwrap().len(), before);
}

#[test]
fn levels_of_a_scheme_the_catalog_lacks_are_dropped_not_refused() {
    let (dir, mut catalog) = demo();
    let file = dir.path().join("fremmed.json");
    std::fs::write(
        &file,
        r#"{"title": "Fremmed", "type": "object", "x-classification-scheme": "ukjent",
            "properties": {"a": {"type": "string", "x-classification": 3}}}"#,
    )
    .unwrap();
    let report = import_files(&mut catalog, None, &[file]).unwrap();
    let set = catalog.information_set(report[0].sets[0].id).unwrap().draft;
    assert_eq!((set.scheme, set.fields[0].classification), (None, None));
}
