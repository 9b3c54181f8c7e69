//! The contact point's desk in the real window: the overdue follow-up first and marked,
//! the status moves the workflow allows, a request written down, the log, and the request
//! turned into a contract draft that opens in the contract editor with what the request knew,
//! the request then linking to it.

use crate::contracts::demo_catalog;
use crate::harness::App;
use crate::harness::Desktop;

/// The value of the option of the select `css` whose text contains `text`.
async fn option_value(app: &App, css: &str, text: &str) -> String {
    let (option, _) = app
        .wait_for_element_with_text(&format!("{css} option"), text)
        .await;
    option
        .attr("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{css}: the option {text:?} has no value"))
}

/// Every option value the select `css` offers.
async fn option_values(app: &App, css: &str) -> Vec<String> {
    let mut values = Vec::new();
    for option in app.all(&format!("{css} option")).await {
        values.push(
            option
                .attr("value")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
        );
    }
    values
}

#[tokio::test]
async fn the_desk_shows_overdue_follow_ups_first_and_turns_a_request_into_a_contract_draft() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    // The desk lists the overdue follow-up first, marked; the others are not.
    app.click("#nav-desk").await;
    app.wait_for_text("#list-request-row-0", "Elevlister til skoleskyss")
        .await;
    app.wait_for_text("#list-request-row-0", "overdue").await;
    let first = app
        .attr("#list-request-row-0", "class")
        .await
        .unwrap_or_default();
    assert!(first.contains("flagged"), "{first}");
    let second = app
        .attr("#list-request-row-1", "class")
        .await
        .unwrap_or_default();
    assert!(!second.contains("flagged"), "{second}");
    app.screenshot("desk-list-en").await;

    // A request in progress offers only the moves its workflow allows; one that lacks a
    // consumer system says so instead of making a contract.
    let (row, _) = app
        .wait_for_element_with_text(
            "#list-request [data-id]",
            "Ansattdata til nytt turnussystem",
        )
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#editor-title", "Ansattdata til nytt turnussystem")
        .await;
    assert_eq!(
        option_values(&app, "#request-status").await,
        ["in-progress", "waiting", "resolved", "escalated"]
    );
    app.wait_for_text("#contract-needs", "needs the consumer system")
        .await;
    assert_eq!(
        app.attr("#create-contract", "disabled").await.as_deref(),
        Some("true")
    );
    app.wait_for_text(
        "#request-outcomes",
        "Reuse candidate: Ansatthendelser til tilgangsstyring",
    )
    .await;
    app.screenshot("desk-request-needs-en").await;

    // A new request, written down at the desk.
    app.click("#new-item").await;
    app.wait_for_text("#editor-title", "New request").await;
    assert_eq!(option_values(&app, "#request-status").await, ["new"]);
    app.click("#save").await;
    app.wait_for_text("#request-title-error", "title is required")
        .await;
    app.wait_for_text("#request-asker-name-error", "name of the asker is required")
        .await;
    app.type_into("#request-title", "Elevdata til bibliotekkort")
        .await;
    app.type_into("#request-asker-name", "Kari Nilsen").await;
    app.type_into("#request-asker-organisation", "Folkebiblioteket")
        .await;
    app.type_into(
        "#request-information",
        "Navn og trinn på elever, så alle får lånekort.",
    )
    .await;
    let (set, _) = app
        .wait_for_element_with_text("#request-sets label", "Elevopplysninger")
        .await;
    set.click().await.unwrap();
    app.type_into(
        "#request-purpose",
        "Lånekort til alle elever fra første skoledag.",
    )
    .await;
    let provider = option_value(&app, "#request-provider", "Skoleadministrativt system").await;
    app.select("#request-provider", &provider).await;
    let consumer = option_value(&app, "#request-consumer", "Elevportalen").await;
    app.select("#request-consumer", &consumer).await;
    app.type_into(
        "#request-new-note",
        "Ringte inn; ønsker svar før skolestart.",
    )
    .await;
    app.click("#request-add-note").await;
    app.wait_for_text("#request-note-0", "not saved yet").await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved “Elevdata til bibliotekkort”")
        .await;
    app.wait_for_text("#request-note-0", "Ringte inn").await;
    app.wait_for_text("#list-request", "Elevdata til bibliotekkort")
        .await;
    app.screenshot("desk-request-en").await;

    // It knows enough: the contract draft carries it over and opens in the contract editor.
    app.wait_gone("#contract-needs").await;
    app.click("#create-contract").await;
    app.wait_for_text(
        "#status",
        "Created the contract draft “Elevdata til bibliotekkort”",
    )
    .await;
    app.wait_for_text("#editor-title", "Elevdata til bibliotekkort")
        .await;
    assert_eq!(
        app.attr("#nav-contracts", "aria-current").await.as_deref(),
        Some("page")
    );
    app.wait_for_text("#contract-status", "draft").await;
    assert_eq!(
        app.value("#contract-title").await,
        "Elevdata til bibliotekkort"
    );
    assert_eq!(app.value("#contract-owner").await, "Åse Bjørnstad");
    assert_eq!(
        app.value("#contract-provider").await,
        "Skoleadministrativt system"
    );
    assert_eq!(app.value("#contract-consumer").await, "Elevportalen");
    assert_eq!(
        app.value("#contract-purpose").await,
        "Lånekort til alle elever fra første skoledag."
    );
    assert_eq!(
        app.value("#contract-description").await,
        "Navn og trinn på elever, så alle får lånekort."
    );
    assert_eq!(app.value("#field-0-name").await, "fodselsnummer");
    let (set, _) = app
        .wait_for_element_with_text("#contract-sets li", "Elevopplysninger")
        .await;
    let checkbox = set
        .find(fantoccini::Locator::Css("input"))
        .await
        .expect("the set's checkbox");
    assert_eq!(
        checkbox.prop("checked").await.ok().flatten().as_deref(),
        Some("true")
    );
    app.screenshot("desk-contract-draft-en").await;

    // The request is now in progress and links the contract, which opens from there.
    app.click("#nav-desk").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-request [data-id]", "Elevdata til bibliotekkort")
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#editor-title", "Elevdata til bibliotekkort")
        .await;
    app.wait_for_text("#request-outcomes", "Contract: Elevdata til bibliotekkort")
        .await;
    assert_eq!(app.value("#request-status").await, "in-progress");
    app.wait_for_text("#request-log", "Status: in progress")
        .await;
    app.revealed("#request-outcomes button[id^='outcome-contract-']")
        .await;
    app.screenshot("desk-request-linked-en").await;
    app.click("#request-outcomes button[id^='outcome-contract-']")
        .await;
    app.wait_for_text("#nav-contracts", "Contracts").await;
    assert_eq!(
        app.attr("#nav-contracts", "aria-current").await.as_deref(),
        Some("page")
    );
    app.wait_for_text("#editor-title", "Elevdata til bibliotekkort")
        .await;
    app.wait_for("#contract-title").await;

    // The desk in Norwegian (bokmål and nynorsk) and Swedish.
    for (lang, nav, overdue) in [
        ("nb", "Kontaktpunktet", "forfalt"),
        ("nn", "Kontaktpunktet", "forfallen"),
        ("sv", "Kontaktpunkten", "försenad"),
    ] {
        app.click("#open-preferences").await;
        app.select("#prefs-language", lang).await;
        app.click("#prefs-save").await;
        app.wait_gone("#preferences").await;
        app.wait_for_text("#nav-desk", nav).await;
        app.click("#nav-desk").await;
        app.wait_for_text("#list-request-row-0", overdue).await;
        let (row, _) = app
            .wait_for_element_with_text(
                "#list-request [data-id]",
                "Ansattdata til nytt turnussystem",
            )
            .await;
        row.click().await.unwrap();
        app.wait_for("#contract-needs").await;
        app.screenshot(&format!("desk-request-{lang}")).await;
    }
    app.close().await;
}
