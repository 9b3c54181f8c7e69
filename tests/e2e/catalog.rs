//! Opening a file that is not a Datapakt catalog.

use crate::harness::Desktop;

#[tokio::test]
async fn a_file_that_is_not_a_catalog_is_refused_with_a_readable_message_and_left_untouched() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.datapakt");
    let content = "Møtereferat, ikke en database.\n".repeat(200);
    std::fs::write(&path, &content).unwrap();

    let app = desktop.launch(&path).await;
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
