//! Files made to hurt: the `datapakt` command reading them ends with a clear error naming the
//! limit, never an abort (a process killed by its allocator exits by a signal, not with 1).

#![cfg(feature = "cli")]

mod common;

use std::path::Path;
use std::process::Output;

use common::{arg, run as datapakt};

fn demo(dir: &Path) -> String {
    let catalog = dir.join("demo.datapakt");
    let out = datapakt(&["init", "--catalog", arg(&catalog), "--demo"]);
    assert!(out.status.success(), "{out:?}");
    arg(&catalog).to_owned()
}

/// Exit 1 with `expected` on stderr, not a signal.
fn refused_with(out: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
}

#[test]
fn an_odcs_file_whose_aliases_repeat_a_large_text_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo(dir.path());
    // 1 MiB of text anchored once and repeated 100,000 times: 100 GiB once read.
    let mut text = format!(
        "apiVersion: v3.1.0\nkind: DataContract\nid: bomb\nversion: 1.0.0\nstatus: draft\n\
         description:\n  purpose: &big {}\nschema:\n",
        "x".repeat(1 << 20)
    );
    for i in 0..100_000 {
        text.push_str(&format!("  - name: t{i}\n    description: *big\n"));
    }
    let file = dir.path().join("bomb.odcs.yaml");
    std::fs::write(&file, text).unwrap();
    let out = datapakt(&["import", "odcs", "--catalog", &catalog, arg(&file)]);
    refused_with(&out, "more than 64 MiB of text with its aliases repeated");
    refused_with(&out, "line 7, column 12");
    let out = datapakt(&["breaking", "--old", arg(&file), "--new", arg(&file)]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("more than 64 MiB of text"));
}

#[test]
fn an_openapi_file_whose_aliases_repeat_a_large_mapping_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo(dir.path());
    let mut text = String::from(
        "openapi: 3.1.0\ninfo: {title: Bomb, version: '1'}\ncomponents:\n  schemas:\n    \
         Base: &base\n      type: object\n      properties:\n",
    );
    for i in 0..200 {
        text.push_str(&format!("        f{i}: {{type: string, maxLength: {i}}}\n"));
    }
    text.push_str("    Copies:\n      type: object\n      properties:\n");
    for i in 0..60_000 {
        text.push_str(&format!("        c{i}: *base\n"));
    }
    let file = dir.path().join("bomb.yaml");
    std::fs::write(&file, text).unwrap();
    let out = datapakt(&[
        "import",
        "openapi",
        "--catalog",
        &catalog,
        "--system",
        "5",
        arg(&file),
    ]);
    refused_with(&out, "more than 1000000 values with its aliases repeated");
}

#[test]
fn a_file_larger_than_any_import_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo(dir.path());
    let file = dir.path().join("huge.odcs.yaml");
    // Sparse: 65 MiB on paper, nothing on disk.
    std::fs::File::create(&file)
        .unwrap()
        .set_len(65 << 20)
        .unwrap();
    for args in [
        vec!["import", "odcs", "--catalog", &catalog, arg(&file)],
        vec![
            "import",
            "openapi",
            "--catalog",
            &catalog,
            "--system",
            "5",
            arg(&file),
        ],
        vec![
            "import",
            "jsonschema",
            "--catalog",
            &catalog,
            "--system",
            "5",
            arg(&file),
        ],
    ] {
        let out = datapakt(&args);
        refused_with(&out, "has more than 64 MiB");
    }
}

#[test]
fn every_command_leaves_the_catalog_file_alone_beside_it_with_every_change_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo(dir.path());
    let out = dir.path().join("odcs");
    for args in [
        vec!["list", "--catalog", &catalog],
        vec![
            "export",
            "odcs",
            "--all",
            "--catalog",
            &catalog,
            "--out",
            arg(&out),
        ],
        vec![
            "settings",
            "--catalog",
            &catalog,
            "--default-profile",
            "se-rest",
        ],
    ] {
        let done = datapakt(&args);
        assert!(done.status.success(), "{args:?}: {done:?}");
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["demo.datapakt", "odcs"], "no -wal or -shm remain");
}

/// The title of contract 1 changed by another process: the CLI imports the contract's ODCS
/// file with a new title.
fn retitle_contract_1_elsewhere(dir: &Path, catalog: &str, title: &str) {
    let file = dir.join("contract-1.odcs.yaml");
    let out = datapakt(&[
        "export",
        "odcs",
        "--catalog",
        catalog,
        "--contract",
        "1",
        "--out",
        arg(&file),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(&file).unwrap();
    let old = "Elevregister til elevportalen";
    assert!(text.contains(old), "{text}");
    std::fs::write(&file, text.replacen(old, title, 1)).unwrap();
    let out = datapakt(&["import", "odcs", "--catalog", catalog, arg(&file)]);
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_save_based_on_an_item_another_process_changed_is_refused_and_nothing_is_lost() {
    use contracts::app::{self, items};
    use contracts::wire::{Draft, SaveItemRequest};
    let dir = tempfile::tempdir().unwrap();
    let catalog_path = demo(dir.path());
    // This process opens contract 1, as the window does.
    let mut catalog = app::catalog::open(Path::new(&catalog_path)).unwrap();
    let opened = items::get_item(&catalog, contracts::model::Entity::Contract, 1).unwrap();
    let Draft::Contract(mut mine) = opened.draft.clone() else {
        panic!("a contract")
    };
    mine.description = "Mine: edited in the window.".into();
    // Another process changes it meanwhile.
    retitle_contract_1_elsewhere(dir.path(), &catalog_path, "Theirs - retitled by the CLI");
    let request = |original: Option<Draft>| SaveItemRequest {
        id: Some(1),
        draft: Draft::Contract(mine.clone()),
        original,
    };
    let refused = items::save_item(&mut catalog, request(Some(opened.draft.clone()))).unwrap_err();
    assert!(
        matches!(refused, app::Error::ChangedSinceOpened { id: 1, .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("changed since you opened it"));
    let stored = items::get_item(&catalog, contracts::model::Entity::Contract, 1).unwrap();
    let Draft::Contract(theirs) = &stored.draft else {
        panic!("a contract")
    };
    assert_eq!(
        theirs.title, "Theirs - retitled by the CLI",
        "theirs is kept"
    );
    // Based on what is stored now (the user saw both and keeps theirs), the save goes through.
    let saved = items::save_item(&mut catalog, request(Some(stored.draft.clone()))).unwrap();
    let Draft::Contract(saved) = saved.draft else {
        panic!("a contract")
    };
    assert_eq!(saved.description, "Mine: edited in the window.");
    // An edit based on the item as it is stored is never refused.
    let unchanged = items::get_item(&catalog, contracts::model::Entity::Contract, 1).unwrap();
    items::save_item(&mut catalog, request(Some(unchanged.draft))).unwrap();
}
