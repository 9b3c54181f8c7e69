//! The data processing agreement in the real window: its preflight lists what is missing,
//! each gap leads to its input, an export with gaps is a DRAFT, and once everything is
//! filled in the exported PDF/A is final.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::contracts::demo_catalog;
use crate::harness::{App, Desktop};

/// The text of the PDF at `path`, whitespace collapsed.
fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Clicks "Export agreement" and returns the written file.
async fn export(app: &App, previous: Option<&str>) -> PathBuf {
    app.click("#export-dpa").await;
    let deadline = std::time::Instant::now() + crate::harness::UI_TIMEOUT;
    loop {
        let status = app.wait_for_text("#status", ".dpa.pdf").await;
        if Some(status.as_str()) != previous || std::time::Instant::now() > deadline {
            return PathBuf::from(status.trim_start_matches("Exported to ").trim());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn an_agreement_is_checked_completed_and_exported_for_signing() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    app.click("#nav-agreements").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-agreement [data-id]", "skoleadministrativt system")
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#preflight-summary", "5 required items are missing")
        .await;
    app.wait_for_text("#preflight-gaps", "The processor's address is missing")
        .await;
    app.screenshot("agreement-preflight-gaps").await;

    // With gaps, the export is a draft that lists them.
    let draft = export(&app, None).await;
    assert!(
        draft.starts_with(desktop.export_dir.path()),
        "{}",
        draft.display()
    );
    let text = pdf_text(&draft);
    assert!(
        text.contains("DRAFT: 5 required items are missing"),
        "{text}"
    );
    assert!(text.contains("The controller's contact person is missing (Annex I)."));

    // A gap leads to its input.
    let (gap, _) = app
        .wait_for_element_with_text("#preflight-gaps button", "processor's address")
        .await;
    gap.click().await.unwrap();
    let active = app
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .expect("the script runs");
    assert_eq!(active, "agreement-processor-address");

    app.type_into("#agreement-controller-address", "Rådhusgata 1, 1234 Nordby")
        .await;
    app.type_into(
        "#agreement-controller-contact",
        "Kari Nordmann, personvernrådgiver, kari@nordby.kommune.no",
    )
    .await;
    app.type_into("#agreement-processor-address", "Storgata 2, 0155 Oslo")
        .await;
    app.type_into(
        "#agreement-processor-contact",
        "Per Ødegård, driftssjef, +47 22 00 00 00",
    )
    .await;
    app.type_into(
        "#agreement-sensitive",
        "Behov for tilrettelegging: tilgang kun for spesialpedagoger; logget.",
    )
    .await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text("#preflight-summary", "Every required item is filled in")
        .await;
    app.screenshot("agreement-preflight-complete").await;

    let previous = format!("Exported to {}", draft.display());
    let signed = export(&app, Some(&previous)).await;
    let text = pdf_text(&signed);
    for expected in [
        "Eksempel Skolesystemer AS",
        "Storgata 2, 0155 Oslo",
        "Per Ødegård, driftssjef",
        "Annex I – List of parties",
        "Clause 7 – Obligations of the parties",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    assert!(!text.contains("DRAFT"), "{text}");
    app.close().await;
}
