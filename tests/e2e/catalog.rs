//! Which catalog the app opens: the default one on first run, another through the File
//! menu, and files that are not catalogs.

use crate::contracts::demo_catalog;
use crate::harness::Desktop;

#[tokio::test]
async fn the_first_run_creates_the_default_catalog_with_the_demo_and_keeps_it() {
    let desktop = Desktop::start();
    let expected = desktop
        .data_home
        .path()
        .join("no.datapakt.app")
        .join("catalog.datapakt");
    // A damaged preferences file: set aside whole, and the user told.
    let config = desktop.config_home.path().join("no.datapakt.app");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("preferences.json"), "{\"language\": \"nb\", ").unwrap();

    let app = desktop.launch(None).await;
    let shown = app.wait_for_text("#catalog-path", "catalog.datapakt").await;
    assert_eq!(shown, expected.display().to_string());
    app.wait_for_text("#status", "preferences.json.damaged")
        .await;
    app.screenshot("preferences-set-aside").await;
    assert_eq!(
        std::fs::read_to_string(config.join("preferences.json.damaged")).unwrap(),
        "{\"language\": \"nb\", "
    );
    app.wait_for_text("#findings", "Per Hansen left on 2025-06-30")
        .await;
    app.wait_for_text("#counts", "5").await;
    app.screenshot("first-run-overview").await;
    app.click("#nav-contracts").await;
    app.wait_for_text(
        "#list-contract",
        "Folkeregisteropplysninger til sak og arkiv",
    )
    .await;
    // Three contracts, the weekly class lists' draft and the draft the desk made.
    assert_eq!(app.all("#list-contract [data-id]").await.len(), 5);
    app.quit().await;
    assert!(expected.exists());
    // Quit, the app folded its write-ahead log into the file: it alone is the catalog.
    crate::harness::wait_until("the catalog's -wal and -shm are gone", || {
        ["-wal", "-shm"].iter().all(|side| {
            let mut name = expected.clone().into_os_string();
            name.push(side);
            !std::path::Path::new(&name).exists()
        })
    })
    .await;

    // The second run opens the same file and does not seed it again.
    let app = desktop.launch(None).await;
    app.click("#nav-contracts").await;
    app.wait_for_text("#list-contract", "Elevregister til elevportalen")
        .await;
    // Three contracts, the weekly class lists' draft and the draft the desk made.
    assert_eq!(app.all("#list-contract [data-id]").await.len(), 5);
    app.close().await;
}

#[tokio::test]
async fn a_file_that_is_not_a_catalog_is_refused_with_a_readable_message_and_left_untouched() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.datapakt");
    let content = "Møtereferat, ikke en database.\n".repeat(200);
    std::fs::write(&path, &content).unwrap();

    let app = desktop.launch(Some(&path)).await;
    let message = app
        .wait_for_text("#catalog-error", "is not a Datapakt catalog")
        .await;
    assert!(
        message.contains("notes.datapakt"),
        "the message names the file: {message}"
    );
    app.screenshot("refused-file").await;
    app.close().await;
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        content,
        "the file is untouched"
    );
}

#[tokio::test]
async fn the_file_menu_opens_another_catalog_keeps_it_in_recent_and_refuses_a_bad_one() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let first = demo_catalog(dir.path());

    let app = desktop.launch(Some(&first)).await;
    app.wait_for_text("#catalog-path", "kommune.datapakt").await;

    // File → New catalog (the dialog answers with DATAPAKT_DIALOG_FILE): an empty catalog.
    app.click("#file-menu").await;
    app.click("#menu-new").await;
    app.wait_for_text("#catalog-path", "chosen.datapakt").await;
    app.wait_for_text("#status", "Opened").await;
    app.wait_for("#no-findings").await;
    app.click("#nav-contracts").await;
    app.wait_for_text("#list-contract", "Nothing to show").await;
    assert!(desktop.dialog_file.exists());

    // Open recent brings the first catalog back, with its demo.
    app.click("#file-menu").await;
    app.wait_for_text("#file-menu-items", "kommune.datapakt")
        .await;
    app.screenshot("file-menu-recent").await;
    app.click("#menu-recent-1").await;
    app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    app.wait_for_text("#findings", "Per Hansen").await;

    // File → Open on a file that is not a catalog: a readable refusal, nothing changes.
    let content = "not a catalog\n".repeat(50);
    std::fs::write(&desktop.dialog_file, &content).unwrap();
    app.click("#file-menu").await;
    app.click("#menu-open").await;
    app.wait_for_text("#status", "is not a Datapakt catalog")
        .await;
    app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    app.screenshot("open-refused").await;
    assert_eq!(
        std::fs::read_to_string(&desktop.dialog_file).unwrap(),
        content
    );
    app.close().await;
}
