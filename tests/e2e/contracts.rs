//! The contract workflow: create through the form (with inline validation), export, restart.

use std::process::Command;

use crate::harness::{path_from_env, Desktop};

const TITLE: &str = "Barnehageopptak – søknader til fagsystem";

#[tokio::test]
async fn a_contract_created_in_the_form_is_validated_exported_and_still_there_after_a_restart() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("kommune.datapakt");
    let init = Command::new(path_from_env("DATAPAKT_CLI_BIN"))
        .args(["init", "--demo", "--catalog"])
        .arg(&catalog)
        .output()
        .expect("the CLI runs");
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );

    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for_text("#contract-list", "Elevregister til elevportalen")
        .await;
    let path = app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    assert!(path.ends_with("kommune.datapakt"), "{path}");

    // An empty form shows its problems next to the inputs and is not saved.
    app.click("#new-contract").await;
    app.click("#save").await;
    app.wait_for_text("#error-title", "title is required").await;
    app.wait_for_text("#error-owner", "owner is required").await;
    app.wait_for_text("#error-field-name-0", "required").await;

    app.type_into("#title", TITLE).await;
    app.type_into(
        "#description",
        "Søknader om barnehageplass <b>fra</b> portalen; æøå äö.",
    )
    .await;
    app.type_into("#owner", "Ingrid Sæther, barnehagesjef")
        .await;
    app.type_into("#provider", "Søknadsportalen").await;
    app.type_into("#consumer", "Barnehagefagsystem").await;
    app.wait_gone("#error-title").await; // goes away as the user types

    // A field name that is not an identifier, then a duplicate.
    app.type_into("#field-name-0", "søkerId").await;
    app.wait_for_text("#error-field-name-0", "must start with a letter")
        .await;
    app.type_into("#field-name-0", "sokerId").await;
    app.type_into("#field-description-0", "Søkerens id i portalen")
        .await;
    app.click("#field-required-0").await;
    app.click("#add-field").await;
    app.type_into("#field-name-1", "sokerId").await;
    app.wait_for_text("#error-field-name-1", "earlier field")
        .await;
    app.screenshot("contract-form-with-errors").await;
    app.type_into("#field-name-1", "onsketStartdato").await;
    app.click("#field-type-1 option[value='date']").await;
    app.wait_gone(".error").await; // no problems remain

    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text("#contract-list", TITLE).await;
    assert_eq!(app.value("#field-name-1").await, "onsketStartdato");
    app.screenshot("contract-saved").await;

    // Export both formats (DATAPAKT_EXPORT_DIR stands in for the native save dialog).
    app.click("#export-json").await;
    let status = app.wait_for_text("#status", "Exported to").await;
    let exported = desktop
        .export_dir
        .path()
        .join(status.trim_start_matches("Exported to ").trim());
    let openapi: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&exported).expect("the OpenAPI file exists"))
            .unwrap();
    assert_eq!(openapi["openapi"], "3.1.0");
    assert_eq!(openapi["info"]["title"], TITLE);
    let schema = openapi["components"]["schemas"]
        .as_object()
        .unwrap()
        .values()
        .next()
        .unwrap();
    assert_eq!(schema["properties"]["onsketStartdato"]["format"], "date");
    assert_eq!(schema["required"], serde_json::json!(["sokerId"]));

    app.click("#export-pdf").await;
    let status = app.wait_for_text("#status", ".pdf").await;
    let pdf = desktop
        .export_dir
        .path()
        .join(status.trim_start_matches("Exported to ").trim());
    assert!(std::fs::read(&pdf)
        .expect("the PDF exists")
        .starts_with(b"%PDF-"));
    app.close().await;

    // A new process on the same file shows the contract as saved.
    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for_text("#contract-list", TITLE).await;
    let (item, shown) = app
        .wait_for_element_with_text(".contract-item", TITLE)
        .await;
    assert!(
        shown.contains("v1.0.0") && shown.contains("Ingrid Sæther"),
        "{shown}"
    );
    item.click().await.unwrap();
    assert_eq!(app.value("#title").await, TITLE);
    assert_eq!(app.value("#field-name-0").await, "sokerId");
    assert_eq!(app.value("#field-name-1").await, "onsketStartdato");
    app.screenshot("after-restart").await;

    // Editing the stored contract updates it in place.
    app.type_into("#version", "1.1.0").await;
    app.click("#save").await;
    app.wait_for_element_with_text(".contract-item", "v1.1.0 · Ingrid")
        .await;
    let items = app.all(".contract-item").await;
    assert_eq!(items.len(), 4, "three demo contracts and this one, no copy");
    for item in items {
        assert!(!item.text().await.unwrap().contains("v1.0.0 · Ingrid"));
    }
    app.close().await;
}
