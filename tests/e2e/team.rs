//! The team catalogue in the real window: a catalog published from the File menu, a second
//! app instance opening it as a team catalog, the same title edited in both, Sync from the
//! header and from Ctrl+Shift+S, and the conflict resolved in the conflict view; the view
//! looked at in every language.

use std::process::Command;

use crate::contracts::demo_catalog;
use crate::harness::{App, Desktop};

const CTRL: &str = "\u{E009}";
const SHIFT: &str = "\u{E008}";
const CONTRACT: &str = "Elevregister til elevportalen";

/// Opens `contract` and saves it under `title`.
async fn retitle(app: &App, contract: &str, title: &str) {
    app.click("#nav-contracts").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-contract [data-id]", contract)
        .await;
    row.click().await.expect("the contract opens");
    app.wait_for("#contract-title").await;
    app.type_into("#contract-title", title).await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
}

#[tokio::test]
async fn two_windows_share_a_catalogue_and_a_conflict_is_resolved_in_the_conflict_view() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let remote = dir.path().join("team.git");
    let made = Command::new("git")
        .args(["init", "--quiet", "--bare", "--initial-branch=main"])
        .arg(&remote)
        .status()
        .expect("git runs");
    assert!(made.success());
    let remote = remote.display().to_string();
    let kari = demo_catalog(dir.path());

    // Kari publishes her catalog from the File menu, then retitles a contract.
    let app = desktop.launch(Some(&kari)).await;
    app.click("#file-menu").await;
    app.click("#menu-publish-team").await;
    app.type_into("#team-url", &remote).await;
    app.screenshot("team-publish-en").await;
    app.click("#team-go").await;
    app.wait_gone("#team-publish").await;
    app.wait_for_text("#status", "In sync").await;
    app.wait_for_text("#team-status", "0 local").await;
    retitle(&app, CONTRACT, "Elevregister (Kari)").await;
    app.wait_for_text("#team-status", "1 local").await;
    app.close().await;

    // Sven opens the team catalog in a second app instance and retitles the same contract.
    let app = desktop.launch(None).await;
    app.click("#file-menu").await;
    app.click("#menu-open-team").await;
    app.type_into("#team-url", &remote).await;
    app.click("#team-go").await;
    app.wait_for_text("#catalog-path", "chosen.datapakt").await;
    app.wait_for_text("#team-status", "0 local").await;
    retitle(&app, CONTRACT, "Elevregister (Sven)").await;
    app.wait_for_text("#team-status", "1 local").await;
    app.keys("#nav-contracts", &format!("{CTRL}{SHIFT}s{SHIFT}{CTRL}"))
        .await;
    app.wait_for_text("#status", "In sync: 1 sent").await;
    app.wait_for_text("#team-status", "0 local").await;
    app.close().await;

    // Kari syncs: the same field changed on both sides waits for her choice.
    let app = desktop.launch(Some(&kari)).await;
    app.click("#team-sync").await;
    app.wait_for("#team-conflicts-view").await;
    app.wait_for_text("#conflict-0-mine-value", "Elevregister (Kari)")
        .await;
    app.wait_for_text("#conflict-0-theirs-value", "Elevregister (Sven)")
        .await;
    app.wait_for_text("#conflict-0-base-value", CONTRACT).await;
    app.wait_for_text("#conflict-0 h3", "Contract: Elevregister (Kari) — Title")
        .await;
    app.wait_for_text("#status", "1 conflict waits").await;
    app.screenshot("team-conflicts-en").await;
    for (lang, waiting, theirs) in [
        ("nb", "1 konflikt venter", "Ta deres"),
        ("nn", "1 konflikt ventar", "Ta deira"),
        ("sv", "1 konflikt väntar", "Ta deras"),
    ] {
        app.click("#team-conflicts-close").await;
        app.wait_gone("#team-conflicts-view").await;
        app.switch_language(lang).await;
        app.wait_for_text("#team-conflicts", waiting).await;
        app.click("#team-conflicts").await;
        app.wait_for_text("#conflict-0-theirs", theirs).await;
        app.screenshot(&format!("team-conflicts-{lang}")).await;
    }
    app.click("#team-conflicts-close").await;
    app.switch_language("en").await;
    app.click("#team-conflicts").await;

    // Theirs is taken; the sync completes and the list shows Sven's title.
    app.click("#conflict-0-theirs").await;
    app.wait_for("#team-all-resolved").await;
    app.click("#team-conflicts-sync").await;
    app.wait_gone("#team-conflicts-view").await;
    app.wait_for_text("#status", "In sync").await;
    app.click("#nav-contracts").await;
    app.wait_for_text("#list-contract", "Elevregister (Sven)")
        .await;
    app.wait_for_text("#team-status", "0 local").await;
    app.screenshot("team-in-sync-en").await;
    app.close().await;
}
