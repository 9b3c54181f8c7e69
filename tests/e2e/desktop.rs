//! The desktop around the editors: search, keyboard use, the unsaved-changes guard, the four
//! languages (persisted), and hostile text kept exactly and shown inert.

use crate::contracts::demo_catalog;
use crate::harness::Desktop;

const CTRL: &str = "\u{E009}";
const ARROW_DOWN: &str = "\u{E015}";
const ENTER: &str = "\u{E007}";

#[tokio::test]
async fn search_and_the_keyboard_reach_every_item() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for("#findings").await;

    // Ctrl+K focuses the search; results are grouped by kind; Enter opens the first.
    app.keys("#nav-overview", &format!("{CTRL}k{CTRL}")).await;
    app.keys("#search", "elev").await;
    app.wait_for_text("#search-results", "Elevregister til elevportalen")
        .await;
    // Group headings (shown in capitals).
    app.wait_for_text("#search-results", "CONTRACT").await;
    app.wait_for_text("#search-results", "INFORMATION SET")
        .await;
    app.screenshot("search").await;
    app.keys("#search", ENTER).await;
    app.wait_for_text("#editor-title", "Elevregister til elevportalen")
        .await;
    assert_eq!(
        app.attr("#nav-contracts", "aria-current").await.as_deref(),
        Some("page")
    );

    // The list: arrows move, Enter opens.
    app.click("#nav-systems").await;
    app.wait_for_text("#list-system", "Elevportalen").await;
    app.keys("#list-system", &format!("{ARROW_DOWN}{ARROW_DOWN}{ENTER}"))
        .await;
    app.wait_for_text("#editor-title", "Folkeregisterkopi (KS Fiks)")
        .await;

    // Sorting by a column and filtering by words.
    app.click("#list-system [role=columnheader] button").await;
    app.wait_for_text("#list-system [aria-sort=descending]", "Name")
        .await;
    app.keys("#list-system-filter", "oppvekst").await;
    app.wait_for_text(".list-tools .count", "2 items").await;

    // Unsaved changes: leaving asks first; Keep editing stays, Discard leaves.
    app.type_into("#system-description", "Endret, ikke lagret")
        .await;
    app.click("#nav-overview").await;
    app.wait_for("#unsaved-dialog").await;
    app.screenshot("unsaved-guard").await;
    app.click("#keep-editing").await;
    assert_eq!(
        app.value("#system-description").await,
        "Endret, ikke lagret"
    );
    app.click("#nav-overview").await;
    app.click("#discard-changes").await;
    app.wait_for("#findings").await;

    // Ctrl+N starts a new item where the focus is, Ctrl+S saves it.
    app.click("#nav-integrations").await;
    app.keys("#list-integration", &format!("{CTRL}n{CTRL}"))
        .await;
    app.wait_for_text("#editor-title", "New integration").await;
    app.click("#nav-systems").await;
    app.keys("#list-system", &format!("{CTRL}n{CTRL}")).await;
    app.type_into("#system-name", "Tastatursystem").await;
    app.keys("#system-name", &format!("{CTRL}s{CTRL}")).await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text("#list-system", "Tastatursystem").await;
    app.close().await;
}

#[tokio::test]
async fn the_app_speaks_four_languages_and_remembers_the_choice() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for_text("#nav-contracts", "Contracts").await;

    for (lang, nav, label, required) in [
        ("nb", "#nav-contracts", "Kontrakter", "må fylles ut"),
        ("nn", "#nav-contracts", "Kontraktar", "må fyllast ut"),
        ("sv", "#nav-audit", "Ändringslogg", "måste fyllas i"),
        ("en", "#nav-contracts", "Contracts", "is required"),
    ] {
        app.click("#open-preferences").await;
        app.select("#prefs-language", lang).await;
        app.type_into("#prefs-author", "Åse Bjørnstad").await;
        app.click("#prefs-save").await;
        app.wait_gone("#preferences").await;
        app.wait_for_text(nav, label).await;
        assert_eq!(app.attr("html", "lang").await.as_deref(), Some(lang));
        app.click("#nav-overview").await;
        app.wait_for("#findings").await;
        app.screenshot(&format!("overview-{lang}")).await;
        // A validation message in the same language.
        app.click("#nav-systems").await;
        app.click("#new-item").await;
        app.click("#save").await;
        app.wait_for_text("#system-name-error", required).await;
        app.screenshot(&format!("system-errors-{lang}")).await;
        // An untouched new item holds no changes: leaving needs no confirmation.
        app.click("#nav-overview").await;
        app.wait_for("#findings").await;
    }

    // Norwegian nynorsk and the author survive a restart; the author signs changes.
    app.click("#open-preferences").await;
    app.select("#prefs-language", "nn").await;
    app.select("#prefs-theme", "dark").await;
    app.click("#prefs-save").await;
    app.wait_for_text("#nav-contracts", "Kontraktar").await;
    app.close().await;
    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for_text("#nav-contracts", "Kontraktar").await;
    assert_eq!(
        app.attr("html", "data-theme").await.as_deref(),
        Some("dark")
    );
    app.click("#nav-systems").await;
    app.wait_for_text("#list-system", "Elevportalen").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-system [data-id]", "Elevportalen")
        .await;
    row.click().await.unwrap();
    app.type_into("#system-description", "Endra av Åse").await;
    app.click("#save").await;
    // The save lands first: the page re-renders with the stored item as it completes.
    app.wait_for_text("#status", "Lagra").await;
    app.click("#toggle-history").await;
    app.wait_for_text("#history", "Åse Bjørnstad").await;
    // Stored ids read as names: the unit that owns the system, its owner's role.
    app.wait_for_text("#history", "Oppvekst").await;
    app.screenshot("dark-nynorsk-history").await;
    app.close().await;
}

#[tokio::test]
async fn hostile_text_is_stored_exactly_and_shown_inert() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;
    let markup =
        "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    let sql = "Robert'); DROP TABLE contract; --";
    let bidi = "\u{202E}gnp.exe\u{202C} \u{200F}שלום";
    let long: String = "Lang tekst æøå ".repeat(7_000); // ~105 kB

    app.click("#nav-systems").await;
    app.click("#new-item").await;
    app.paste_into("#system-name", &format!("{sql} {bidi}"))
        .await;
    app.paste_into("#system-description", &format!("{markup}\n{long}"))
        .await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text("#list-system", "DROP TABLE").await;
    assert_ne!(app.client.title().await.unwrap(), "pwned");
    assert!(
        app.all("#editor img").await.is_empty(),
        "markup is shown as text"
    );
    app.screenshot("hostile-text").await;
    app.close().await;

    // Read back through the CLI's JSON: exactly as typed.
    let out = std::process::Command::new(crate::harness::path_from_env("DATAPAKT_CLI_BIN"))
        .args(["search", "--json", "--catalog"])
        .arg(&catalog)
        .arg("DROP TABLE")
        .output()
        .unwrap();
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hit = hits
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["entity"] == "system")
        .expect("the system is found");
    assert_eq!(hit["title"], format!("{sql} {bidi}"));
    let app = desktop.launch(Some(&catalog)).await;
    app.click("#nav-systems").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-system [data-id]", "DROP TABLE")
        .await;
    row.click().await.unwrap();
    assert_eq!(
        app.value("#system-description").await,
        format!("{markup}\n{long}")
    );
    assert_eq!(app.value("#system-name").await, format!("{sql} {bidi}"));
    app.close().await;
}
