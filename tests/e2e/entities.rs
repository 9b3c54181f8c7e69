//! Creating each kind of item in its editor, with the validation a user meets on the way,
//! and building a nested schema.

use crate::contracts::demo_catalog;
use crate::harness::{App, Desktop};

/// Opens section `nav`, starts a new item and saves it empty: `error` must show.
async fn new_item_refused_empty(app: &App, nav: &str, error: &str, text: &str) {
    app.click(nav).await;
    app.click("#new-item").await;
    app.click("#save").await;
    app.wait_for_text(error, text).await;
}

async fn save_and_see(app: &App, list: &str, name: &str) {
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.wait_for_text(list, name).await;
}

#[tokio::test]
async fn every_kind_of_item_is_created_in_its_editor() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    // Organisation: a mistyped organisation number is explained, a valid one saves.
    new_item_refused_empty(
        &app,
        "#nav-parties",
        "#organisation-name-error",
        "name is required",
    )
    .await;
    app.type_into("#organisation-name", "Nordby kommune").await;
    app.type_into("#organisation-number", "974 760 674").await;
    app.click("#save").await;
    app.wait_for_text("#organisation-number-error", "mod-11 check digit")
        .await;
    app.type_into("#organisation-number", "974 760 673").await;
    save_and_see(&app, "#list-organisation", "Nordby kommune").await;
    app.type_into("#unit-name", "Digitalisering").await;
    app.click("#unit-add").await;
    app.wait_for_text("#units", "Digitalisering").await;

    // Person, in the new unit.
    app.click("#tab-person").await;
    app.click("#new-item").await;
    app.type_into("#person-name", "Kari Nordmann").await;
    app.type_into("#person-email", "kari.nordmann").await;
    app.click("#save").await;
    app.wait_for_text("#person-email-error", "name@example.no")
        .await;
    app.type_into("#person-email", "kari.nordmann@nordby.kommune.no")
        .await;
    let (option, _) = app
        .wait_for_element_with_text("#person-unit option", "Digitalisering")
        .await;
    option.click().await.unwrap();
    save_and_see(&app, "#list-person", "Kari Nordmann").await;

    // System: an endpoint that is not a web address is refused.
    new_item_refused_empty(
        &app,
        "#nav-systems",
        "#system-name-error",
        "name is required",
    )
    .await;
    app.type_into("#system-name", "Byggesak").await;
    app.type_into("#system-endpoints", "byggesak.nordby.no")
        .await;
    app.click("#save").await;
    app.wait_for_text("#system-endpoints-error", "full web address")
        .await;
    app.type_into("#system-endpoints", "https://byggesak.nordby.no/api/v1")
        .await;
    app.select("#system-lifecycle", "planned").await;
    save_and_see(&app, "#list-system", "Byggesak").await;
    app.wait_for_text("#list-system", "planned").await;
    let (option, _) = app
        .wait_for_element_with_text("#role-person option", "Kari Nordmann")
        .await;
    option.click().await.unwrap();
    app.click("#role-add").await;
    app.wait_for_text("#roles", "Kari Nordmann — system owner")
        .await;
    app.screenshot("system-editor").await;

    // Integration from the new system to the case archive.
    new_item_refused_empty(
        &app,
        "#nav-integrations",
        "#integration-provider-error",
        "provider system is required",
    )
    .await;
    app.type_into("#integration-name", "Byggesaker til arkiv")
        .await;
    let (option, _) = app
        .wait_for_element_with_text("#integration-provider option", "Byggesak")
        .await;
    option.click().await.unwrap();
    let (consumer, _) = app
        .wait_for_element_with_text("#integration-consumers li", "Sak og arkiv")
        .await;
    consumer
        .find(fantoccini::Locator::Css("input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.select("#integration-pattern", "message-queue").await;
    app.click("#integration-existing").await;
    app.click("#save").await;
    app.wait_for_text(
        "#integration-justification-error",
        "justification is required",
    )
    .await;
    app.type_into(
        "#integration-justification",
        "Arkivet tar bare imot meldinger.",
    )
    .await;
    save_and_see(&app, "#list-integration", "Byggesaker til arkiv").await;
    app.wait_for_text("#list-integration", "message queue")
        .await;

    // Information set with a nested schema: an object with a child, an array of dates.
    new_item_refused_empty(
        &app,
        "#nav-information-sets",
        "#set-name-error",
        "name is required",
    )
    .await;
    app.type_into("#set-name", "Byggesøknader").await;
    app.select("#set-scheme", "no-uh").await;
    app.type_into("#schema-0-name", "tiltakshaver").await;
    app.select("#schema-0-type", "object").await;
    app.click("#save").await;
    app.wait_for_text("#schema-0-name-error", "add the fields it contains")
        .await;
    app.click("#schema-0-add-child").await;
    app.type_into("#schema-0-0-name", "navn").await;
    app.select("#schema-0-0-classification", "1").await;
    app.click("#schema-0-0-personal").await;
    app.click("#schema-add").await;
    app.type_into("#schema-1-name", "frister").await;
    app.select("#schema-1-type", "array").await;
    app.click("#schema-1-add-child").await;
    app.type_into("#schema-1-0-name", "frist").await;
    app.select("#schema-1-0-type", "date").await;
    app.click("#schema-add").await;
    app.type_into("#schema-2-name", "status").await;
    app.type_into("#schema-2-enum", "mottatt, behandles, avgjort")
        .await;
    // Limits beyond the type: a smallest length above the largest is refused at the field.
    app.type_into("#schema-2-min-length", "30").await;
    app.type_into("#schema-2-max-length", "20").await;
    app.type_into("#schema-2-pattern", "^[a-z]+$").await;
    // What people call the field, in the window's language (English here).
    app.type_into("#schema-2-label", "Case status").await;
    app.click("#schema-2-unique").await;
    app.click("#save").await;
    app.wait_for_text(
        "#schema-2-name-error",
        "smallest value or length above its largest",
    )
    .await;
    app.type_into("#schema-2-min-length", "5").await;
    app.click("#toggle-json-schema").await;
    let json = app.wait_for_text("#json-schema", "\"tiltakshaver\"").await;
    let schema: serde_json::Value = serde_json::from_str(&json).expect("the JSON view is JSON");
    assert_eq!(
        schema["properties"]["tiltakshaver"]["properties"]["navn"]["x-classification"],
        1
    );
    assert_eq!(schema["properties"]["frister"]["items"]["format"], "date");
    assert_eq!(
        schema["properties"]["status"]["enum"],
        serde_json::json!(["mottatt", "behandles", "avgjort"])
    );
    let status = &schema["properties"]["status"];
    assert_eq!(
        status["x-names"],
        serde_json::json!({ "en": "Case status" })
    );
    assert_eq!(
        (
            &status["minLength"],
            &status["maxLength"],
            &status["pattern"]
        ),
        (
            &serde_json::json!(5),
            &serde_json::json!(20),
            &serde_json::json!("^[a-z]+$")
        )
    );
    app.screenshot("information-set-schema").await;
    save_and_see(&app, "#list-information_set", "Byggesøknader").await;
    assert_eq!(app.value("#schema-2-max-length").await, "20");
    for lang in ["nb", "nn", "sv", "en"] {
        app.switch_language(lang).await;
        app.revealed("#schema-2-pattern").await;
        app.screenshot(&format!("information-set-limits-{lang}"))
            .await;
    }
    // The saved set's schema as a JSON Schema file.
    app.click("#export-json-schema").await;
    let status = app
        .wait_for_text("#status", "byggesoknader.schema.json")
        .await;
    let path = status.trim_start_matches("Exported to ").trim();
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the file was written"))
            .expect("the export is JSON");
    assert_eq!(exported["title"], "Byggesøknader");
    assert_eq!(exported["properties"]["status"]["maxLength"], 20);
    // Reordering moves a field and its subtree.
    app.click("#schema-1 > .field-actions button:first-child")
        .await;
    assert_eq!(app.value("#schema-0-name").await, "frister");
    assert_eq!(app.value("#schema-0-0-name").await, "frist");
    save_and_see(&app, "#list-information_set", "Byggesøknader").await;

    // Agreement: every Art. 28(3) item is required; covers a contract found by search.
    new_item_refused_empty(
        &app,
        "#nav-agreements",
        "#agreement-subject-error",
        "subject matter",
    )
    .await;
    app.type_into("#agreement-title", "Databehandleravtale byggesak")
        .await;
    let (option, _) = app
        .wait_for_element_with_text("#agreement-controller option", "Nordby kommune")
        .await;
    option.click().await.unwrap();
    let (option, _) = app
        .wait_for_element_with_text("#agreement-processor option", "Eksempel Skolesystemer AS")
        .await;
    option.click().await.unwrap();
    app.type_into("#agreement-subject", "Drift av byggesaksløsning.")
        .await;
    app.type_into("#agreement-duration", "Avtaleperioden.")
        .await;
    app.type_into("#agreement-nature", "Lagring og saksbehandling.")
        .await;
    app.type_into("#agreement-personal-data", "Navn\nAdresse")
        .await;
    app.type_into("#agreement-subjects", "Søkere").await;
    app.type_into("#agreement-security", "Kryptering og tilgangskontroll.")
        .await;
    app.type_into("#agreement-contract-search", "elevregister")
        .await;
    let (hit, _) = app
        .wait_for_element_with_text("#agreement-contracts .hits button", "Elevregister")
        .await;
    hit.click().await.unwrap();
    app.wait_for_text("#agreement-contracts ul", "Elevregister til elevportalen")
        .await;
    save_and_see(&app, "#list-agreement", "Databehandleravtale byggesak").await;
    app.screenshot("agreement-editor").await;

    // Classification schemes: the shipped one is marked as a default; a level renamed; a
    // new scheme needs a key.
    app.click("#nav-schemes").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-classification_scheme [data-id]", "no-uh")
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#shipped-default", "default").await;
    app.type_into("#level-1-name-en", "Internal use").await;
    save_and_see(&app, "#list-classification_scheme", "no-uh").await;
    app.screenshot("scheme-editor").await;
    app.click("#new-item").await;
    app.click("#save").await;
    app.wait_for_text("#scheme-key-error", "key").await;
    app.type_into("#scheme-key", "nordby").await;
    app.type_into("#scheme-name-nb", "Nordbys ordning").await;
    save_and_see(&app, "#list-classification_scheme", "Nordbys ordning").await;

    // Everything above is in the audit trail, newest first, filterable by words.
    app.click("#nav-audit").await;
    app.wait_for_text("#list-audit-row-0", "Nordbys ordning")
        .await;
    app.click("#list-audit-row-0").await;
    app.wait_for_text("#audit-detail", "Nordbys ordning").await;
    app.keys("#list-audit-filter", "kari").await;
    app.wait_for_text(".list-tools .count", "1 item").await;
    app.wait_for_text("#list-audit", "Kari Nordmann").await;
    app.screenshot("audit-trail").await;
    app.close().await;
}
