//! Which catalog the app opens: the default one on first run, and files that are not
//! catalogs.

use crate::harness::Desktop;

#[tokio::test]
async fn the_first_run_creates_the_default_catalog_with_the_demo_and_keeps_it() {
    let desktop = Desktop::start();
    let expected = desktop
        .data_home
        .path()
        .join("no.datapakt.app")
        .join("catalog.datapakt");

    let app = desktop.launch(None).await;
    app.wait_for_text(
        "#contract-list",
        "Folkeregisteropplysninger til sak og arkiv",
    )
    .await;
    let shown = app.wait_for_text("#catalog-path", "catalog.datapakt").await;
    assert_eq!(shown, expected.display().to_string());
    assert_eq!(app.all(".contract-item").await.len(), 3);
    app.screenshot("first-run-demo").await;
    app.close().await;
    assert!(expected.exists());

    // The second run opens the same file and does not seed it again.
    let app = desktop.launch(None).await;
    app.wait_for_text("#contract-list", "Elevregister til elevportalen")
        .await;
    assert_eq!(app.all(".contract-item").await.len(), 3);
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
