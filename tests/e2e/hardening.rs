//! What another writer cannot do to the window: an item changed elsewhere (here by the
//! command-line tool) while it is open is never overwritten silently — the save is refused,
//! and the user reloads, or sees both and keeps theirs deliberately.

use std::process::Command;

use crate::contracts::demo_catalog;
use crate::harness::{path_from_env, Desktop};

/// Contract 1 retitled from `old` to `new` by another process: the CLI exports it as ODCS and
/// imports it again with the new title.
fn retitle_elsewhere(catalog: &std::path::Path, old: &str, new: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contract-1.odcs.yaml");
    let cli = |args: &[&std::ffi::OsStr]| {
        let out = Command::new(path_from_env("DATAPAKT_CLI_BIN"))
            .args(args)
            .output()
            .expect("the CLI runs");
        assert!(out.status.success(), "{out:?}");
    };
    let (catalog, file_arg) = (catalog.as_os_str(), file.as_os_str());
    cli(&[
        "export".as_ref(),
        "odcs".as_ref(),
        "--contract".as_ref(),
        "1".as_ref(),
        "--catalog".as_ref(),
        catalog,
        "--out".as_ref(),
        file_arg,
    ]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(old), "{text}");
    std::fs::write(&file, text.replacen(old, new, 1)).unwrap();
    cli(&[
        "import".as_ref(),
        "odcs".as_ref(),
        "--catalog".as_ref(),
        catalog,
        file_arg,
    ]);
}

#[tokio::test]
async fn a_save_over_a_change_made_elsewhere_is_refused_and_the_user_reloads_or_keeps_theirs() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;
    let mut title = "Elevregister til elevportalen".to_owned();
    for lang in ["en", "nb", "nn", "sv"] {
        app.switch_language(lang).await;
        app.click("#nav-contracts").await;
        let (row, _) = app
            .wait_for_element_with_text("#list-contract [data-id]", &title)
            .await;
        row.click().await.unwrap();
        app.wait_for_text("#editor-title", &title).await;
        let theirs = format!("Elevregister ({lang}) fra kommandolinjen");
        retitle_elsewhere(&catalog, &title, &theirs);
        let mine = format!("Mine ({lang}): edited in the window");
        app.paste_into("#contract-description", &mine).await;
        app.click("#save").await;
        app.wait_for("#changed-elsewhere").await;
        app.click("#changed-compare").await;
        app.wait_for("#changed-both tr[data-property='title']")
            .await;
        let both = app.wait_for_text("#changed-both", &theirs).await;
        assert!(both.contains(&mine), "{both}");
        app.screenshot(&format!("changed-elsewhere-{lang}")).await;
        if lang == "sv" {
            // Kept deliberately: my draft (its title too) saved over theirs.
            app.click("#changed-keep-mine").await;
            app.wait_gone("#changed-elsewhere").await;
            app.wait_gone("#unsaved").await;
            assert_eq!(app.value("#contract-description").await, mine);
            app.wait_for_text("#editor-title", &title).await;
        } else {
            app.click("#changed-reload").await;
            app.wait_gone("#changed-elsewhere").await;
            app.wait_for_text("#editor-title", &theirs).await;
            assert_ne!(app.value("#contract-description").await, mine);
            title = theirs;
        }
    }
    app.close().await;
}
