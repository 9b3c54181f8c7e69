//! The import on real documents: every OpenAPI 3.0 and 3.1 file (JSON and YAML) of npm's
//! `@readme/oas-examples`, which `cargo xtask test` installs under
//! `target/validators/node` (or `$DATAPAKT_VALIDATORS_DIR/node`). Each is imported into a
//! scratch catalog twice: no panic, and the second import changes nothing. Its Swagger 2.0
//! files must be refused as such.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use super::super::*;
use super::catalog_with_system;
use crate::app::items::Editing;
use crate::formats::openapi::read::OpenApiError;
use crate::model::SystemDraft;

/// Where the corpus is; panics with what to do when it is missing.
fn corpus_dir() -> PathBuf {
    let validators = std::env::var_os("DATAPAKT_VALIDATORS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/validators"));
    let dir = validators.join("node/node_modules/@readme/oas-examples");
    assert!(
        dir.join("3.0").is_dir() && dir.join("3.1").is_dir(),
        "the OpenAPI corpus (npm's @readme/oas-examples) is missing at {}: run `cargo xtask \
         test` (or `cargo xtask setup`), which installs the pinned version",
        dir.display()
    );
    dir
}

/// Every `.json`, `.yaml` and `.yml` file under `dir`, sorted.
fn documents(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            ) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_document_of_the_oas_examples_corpus_imports_or_is_refused_without_panicking() {
    let corpus = corpus_dir();
    let (mut catalog, _) = catalog_with_system("scratch");
    let mut imported = 0;
    let mut sets = 0;
    let mut refused = Vec::new();
    let mut panicked = Vec::new();
    let mut unstable = Vec::new();
    let files: Vec<PathBuf> = ["3.0", "3.1"]
        .iter()
        .flat_map(|version| documents(&corpus.join(version)))
        .collect();
    assert!(
        files.len() > 50,
        "only {} documents in the corpus",
        files.len()
    );
    for (n, file) in files.iter().enumerate() {
        let name = file
            .strip_prefix(&corpus)
            .unwrap_or(file)
            .display()
            .to_string();
        let system = catalog
            .save(
                None,
                SystemDraft {
                    name: format!("system {n}"),
                    ..SystemDraft::default()
                },
            )
            .unwrap()
            .id;
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let first = import_file(&mut catalog, system, file)?;
            let second = import_file(&mut catalog, system, file)?;
            Ok::<_, Error>((first, second))
        }));
        match outcome {
            Err(_) => panicked.push(name),
            Ok(Err(error)) => refused.push(format!("{name}: {error}")),
            Ok(Ok((first, second))) => {
                imported += 1;
                sets += first.sets.len();
                if second.counts() != (0, 0, first.sets.len()) {
                    unstable.push(name);
                }
            }
        }
    }
    println!(
        "oas-examples: {} documents, {imported} imported ({sets} information sets), {} \
         refused, {} panicked",
        files.len(),
        refused.len(),
        panicked.len()
    );
    for line in &refused {
        println!("  refused {line}");
    }
    assert!(panicked.is_empty(), "panicked on {panicked:?}");
    assert!(unstable.is_empty(), "a second import changed {unstable:?}");
    assert!(
        imported * 10 >= files.len() * 9,
        "too many refused: {refused:#?}"
    );
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());

    for file in documents(&corpus.join("2.0")) {
        let error = plan(&std::fs::read(&file).unwrap()).unwrap_err();
        assert!(
            matches!(error, OpenApiError::Swagger2 { .. }),
            "{}: {error}",
            file.display()
        );
    }
}
