//! Versions in the real window: editing a released contract proposes the next version from
//! what changed (a breaking change: a new major), saving starts it as a draft, the impact
//! list names who is affected with a notice per person, the changelog exports as Markdown,
//! and approval releases the version. The panel is looked at in every language.

use crate::contracts::demo_catalog;
use crate::harness::{App, Desktop};

/// The path an export reported in the status line.
async fn exported(app: &App, ending: &str) -> std::path::PathBuf {
    let status = app.wait_for_text("#status", ending).await;
    let start = status.find('/').expect("a path in the status");
    std::path::PathBuf::from(status[start..].trim())
}

#[tokio::test]
async fn a_released_contract_s_change_proposes_its_version_and_names_who_is_affected() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    app.click("#nav-contracts").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-contract [data-id]", "Elevregister til elevportalen")
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#contract-status", "approved").await;
    app.wait_for_text(
        "#version-unchanged",
        "No changes since released version 1.2.0",
    )
    .await;

    // A field's type changes: a breaking change, so the next major version is proposed.
    app.revealed("#field-0-type").await;
    app.select("#field-0-type", "integer").await;
    app.wait_for_text(
        "#version-proposed",
        "Proposed version: 2.0.0 (breaking change)",
    )
    .await;
    let line = app
        .wait_for_text(
            "#version-changes li[data-rule='type-changed']",
            "became integer",
        )
        .await;
    assert!(
        line.contains("Consumers that parse the old type break"),
        "{line}"
    );
    app.wait_for_text(
        "#version-starts-draft",
        "Saving starts version 2.0.0 as a draft",
    )
    .await;
    app.revealed("#contract-versions").await;
    app.screenshot("versions-proposed").await;
    app.click("#use-proposed").await;
    assert_eq!(app.value("#contract-version").await, "2.0.0");
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    // The release stays; the change is the next version, a draft.
    app.wait_for_text("#contract-status", "draft").await;

    // Who is affected: the portal consuming it, this contract to approve again, the access
    // under it to review, and a notice per person in their language, saved as a file.
    app.click("#show-impact").await;
    app.wait_for_text("#impact-title", "version 2.0.0").await;
    app.wait_for_text("#impact-consumers", "Elevportalen").await;
    app.wait_for_text("#impact-contracts", "the change awaits approval")
        .await;
    app.wait_for_text(
        "#impact-grants",
        "Nattlig elevsynkronisering → Elevportalen",
    )
    .await;
    let notices = app.all("#impact-recipients textarea").await;
    assert!(!notices.is_empty(), "someone is told");
    let notice = notices[0].prop("value").await.unwrap().unwrap_or_default();
    assert!(
        notice.contains("versjon 2.0.0") && notice.contains("Dette må du gjøre"),
        "a Norwegian municipality's people get Norwegian: {notice}"
    );
    app.click("#impact-recipients li.recipient button[id$='-save']")
        .await;
    let file = exported(&app, ".txt").await;
    let saved = std::fs::read_to_string(&file).expect("the notice file");
    assert!(saved.contains("2.0.0"), "{saved}");
    app.revealed("#impact").await;
    app.screenshot("versions-impact").await;

    // The changelog: the unreleased 2.0.0 on top of the demo's releases, as Markdown too.
    app.click("#show-changelog").await;
    app.wait_for_text(
        "#changelog article[data-version='2.0.0']",
        "Not released yet",
    )
    .await;
    app.click("#export-changelog").await;
    let file = exported(&app, ".md").await;
    let markdown = std::fs::read_to_string(&file).expect("the changelog file");
    assert!(
        markdown.contains("## 2.0.0 (breaking change)") && markdown.contains("## 1.2.0"),
        "{markdown}"
    );

    // Approval releases it.
    app.click("#status-to-in-review").await;
    app.wait_for_text("#contract-status", "in review").await;
    app.click("#status-to-approved").await;
    app.wait_for_text("#contract-status", "approved").await;
    app.wait_for_text("#changelog article[data-version='2.0.0']", "Released")
        .await;

    // Compare the two releases.
    app.click("#show-compare").await;
    app.select("#compare-from", "1.2.0").await;
    app.select("#compare-to", "2.0.0").await;
    app.wait_for("#compare-changes li[data-rule='type-changed']")
        .await;

    // The panel in the other languages.
    app.click("#show-impact").await;
    for (lang, title) in [("nb", "Hvem"), ("nn", "Kven"), ("sv", "Vilka")] {
        app.click("#open-preferences").await;
        app.select("#prefs-language", lang).await;
        app.click("#prefs-save").await;
        app.wait_gone("#preferences").await;
        app.wait_for_text("#show-impact", title).await;
        app.revealed("#contract-versions").await;
        app.screenshot(&format!("versions-{lang}")).await;
    }
    app.close().await;
}

#[tokio::test]
async fn an_information_set_records_a_version_per_saved_change() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    app.click("#nav-information-sets").await;
    let (row, _) = app
        .wait_for_element_with_text(
            "#list-information_set [data-id]",
            "Folkeregisteropplysninger",
        )
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#set-version-current", "Version 1.0.0")
        .await;
    // A new word in its description: saving records the next patch.
    app.type_into("#set-description", " Oppdatert daglig.")
        .await;
    app.wait_for_text(
        "#set-version-next",
        "Saving records version 1.0.1 (wording)",
    )
    .await;
    app.wait_for("#set-version-changes li[data-rule='wording-changed']")
        .await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text("#set-version-current", "Version 1.0.1")
        .await;
    app.click("#set-show-changelog").await;
    app.wait_for_text("#changelog article[data-version='1.0.1']", "wording")
        .await;
    app.wait_for("#changelog article[data-version='1.0.0']")
        .await;
    app.revealed("#set-versions").await;
    app.screenshot("information-set-versions").await;
    app.close().await;
}
