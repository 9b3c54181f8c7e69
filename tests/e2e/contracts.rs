//! The contract workflow in the real window: create through the editor (with inline
//! validation), move it through review and approval, export, restart, edit in place.

use std::process::Command;

use crate::harness::{path_from_env, Desktop};

const TITLE: &str = "Barnehageopptak – søknader til fagsystem";

/// A demo catalog made by the CLI in `dir`.
pub fn demo_catalog(dir: &std::path::Path) -> std::path::PathBuf {
    let catalog = dir.join("kommune.datapakt");
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
    catalog
}

#[tokio::test]
async fn a_contract_is_created_validated_approved_exported_and_still_there_after_a_restart() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());

    let app = desktop.launch(Some(&catalog)).await;
    let path = app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    assert!(path.ends_with("kommune.datapakt"), "{path}");
    app.click("#nav-contracts").await;
    app.wait_for_text("#list-contract", "Elevregister til elevportalen")
        .await;

    // An empty editor shows its problems next to the inputs and is not saved.
    app.click("#new-item").await;
    app.click("#save").await;
    app.wait_for_text("#contract-title-error", "title is required")
        .await;
    app.wait_for_text("#contract-owner-error", "owner is required")
        .await;
    app.wait_for_text("#field-0-name-error", "required").await;
    app.wait_for_text("#status", "Fix the marked fields").await;

    app.type_into("#contract-title", TITLE).await;
    app.type_into(
        "#contract-description",
        "Søknader om barnehageplass <b>fra</b> portalen; æøå äö.",
    )
    .await;
    app.type_into("#contract-owner", "Ingrid Sæther, barnehagesjef")
        .await;
    app.type_into("#contract-provider", "Søknadsportalen").await;
    app.type_into("#contract-consumer", "Barnehagefagsystem")
        .await;
    app.wait_gone("#contract-title-error").await; // goes away as the user types

    // A field name that is not one (letters of any language are), then a duplicate.
    app.paste_into("#field-0-name", "søker.id").await;
    app.wait_for_text("#field-0-name-error", "letters (of any language)")
        .await;
    app.paste_into("#field-0-name", "søkerId").await;
    app.wait_gone("#field-0-name-error").await;
    app.type_into("#field-0-name", "sokerId").await;
    app.type_into("#field-0-description", "Søkerens id i portalen")
        .await;
    app.click("#field-0-required").await;
    app.click("#add-field").await;
    app.type_into("#field-1-name", "sokerId").await;
    app.wait_for_text("#field-1-name-error", "earlier field")
        .await;
    app.screenshot("contract-form-with-errors").await;
    app.type_into("#field-1-name", "onsketStartdato").await;
    app.select("#field-1-type", "date").await;
    app.wait_gone(".error").await; // no problems remain
    app.wait_for("#unsaved").await;

    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_gone("#unsaved").await;
    app.wait_for_text("#list-contract", TITLE).await;
    assert_eq!(app.value("#field-1-name").await, "onsketStartdato");

    // Draft → in review → approved, recording who approved.
    app.wait_for_text("#contract-status", "draft").await;
    app.click("#status-to-in-review").await;
    app.wait_for_text("#contract-status", "in review").await;
    app.click("#status-to-approved").await;
    app.wait_for_text("#contract-status", "approved").await;
    app.wait_for_text("#approved-by", "Approved by").await;
    app.wait_for("#status-to-retired").await;
    app.screenshot("contract-approved").await;

    // Export both formats (DATAPAKT_EXPORT_DIR stands in for the native save dialog).
    app.click("#export-json").await;
    let status = app.wait_for_text("#status", "Exported to").await;
    let exported = std::path::PathBuf::from(status.trim_start_matches("Exported to ").trim());
    assert!(
        exported.starts_with(desktop.export_dir.path()),
        "{}",
        exported.display()
    );
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
    let pdf = std::path::PathBuf::from(status.trim_start_matches("Exported to ").trim());
    assert!(std::fs::read(&pdf)
        .expect("the PDF exists")
        .starts_with(b"%PDF-"));
    app.click("#export-yaml").await;
    let status = app.wait_for_text("#status", ".yaml").await;
    let odcs = std::path::PathBuf::from(status.trim_start_matches("Exported to ").trim());
    let yaml = std::fs::read_to_string(&odcs).expect("the ODCS file exists");
    assert!(
        yaml.contains("apiVersion: v3.1.0") && yaml.contains(TITLE),
        "{yaml}"
    );

    // The OpenAPI stub under the KS Fiks profile (the same file, rewritten).
    app.select("#export-profile", "ks-fiks").await;
    app.click("#export-json").await;
    let deadline = std::time::Instant::now() + crate::harness::UI_TIMEOUT;
    loop {
        let text = std::fs::read_to_string(&exported).unwrap_or_default();
        if text.contains("\"idporten\"") && text.contains("OnBehalfOf") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no KS Fiks stub: {text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    app.close().await;

    // A new process on the same file shows the contract as saved.
    let app = desktop.launch(Some(&catalog)).await;
    app.click("#nav-contracts").await;
    let (row, shown) = app
        .wait_for_element_with_text("#list-contract [data-id]", TITLE)
        .await;
    assert!(
        shown.contains("1.0.0") && shown.contains("Ingrid Sæther") && shown.contains("approved"),
        "{shown}"
    );
    row.click().await.unwrap();
    app.wait_for_text("#contract-status", "approved").await;
    assert_eq!(app.value("#contract-title").await, TITLE);
    assert_eq!(app.value("#field-0-name").await, "sokerId");
    assert_eq!(app.value("#field-1-name").await, "onsketStartdato");

    // Editing it updates it in place, and its history shows both changes.
    app.type_into("#contract-version", "1.1.0").await;
    app.click("#save").await;
    app.wait_for_element_with_text("#list-contract [data-id]", "1.1.0")
        .await;
    let rows = app.all("#list-contract [data-id]").await;
    assert_eq!(
        rows.len(),
        6,
        "five demo contracts (one drafted at the desk) and this one, no copy"
    );
    app.click("#toggle-history").await;
    app.wait_for_text("#history", "1.0.0").await;
    app.wait_for_text("#history", "Created").await;
    app.screenshot("contract-history").await;
    app.close().await;
}
