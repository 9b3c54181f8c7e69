//! The access register in the real window: the grants needing attention, a grant refused
//! under a draft contract with the reason at the contract, a grant under an approved contract
//! listed with its review date, the click-through to its contract and from the overview, and
//! the same refusal in Norwegian.

use crate::contracts::demo_catalog;
use crate::harness::{App, Desktop};

/// The demo's ids (the order it saves them in): integrations, systems, contracts.
const NIGHTLY_SYNC: &str = "1";
const HR_EVENTS: &str = "3";
const IAM: &str = "2";
const PORTAL: &str = "6";
const PUPIL_CONTRACT: &str = "1";
const HR_CONTRACT: &str = "3";

/// `date` (`YYYY-MM-DD`) `months` later, on the month's last day when it is shorter.
fn add_months(date: &str, months: u32) -> String {
    let parts: Vec<u32> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let index = parts[0] * 12 + parts[1] - 1 + months;
    let (year, month) = (index / 12, index % 12 + 1);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    };
    format!("{year:04}-{month:02}-{:02}", parts[2].min(days))
}

/// Starts a new grant of `integration` to system `consumer` under `contract`, from the
/// prefilled first day (today) for a year; returns that first day.
async fn fill_grant(app: &App, integration: &str, consumer: &str, contract: &str) -> String {
    app.select("#grant-integration", integration).await;
    app.wait_for("#grant-open-integration").await;
    app.select("#grant-consumer", consumer).await;
    app.select("#grant-contract", contract).await;
    app.wait_for("#grant-open-contract").await;
    let first = app.value("#grant-granted-on").await;
    assert_eq!(first.len(), 10, "the first day is today: {first:?}");
    app.paste_into("#grant-valid-until", &add_months(&first, 12))
        .await;
    first
}

#[tokio::test]
async fn access_is_refused_under_a_draft_contract_and_granted_under_an_approved_one() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    // The register and its findings: the demo's overdue review, lapsed pilot and ended contract.
    app.click("#nav-access").await;
    app.wait_for_text(
        "#access-intro",
        "No access is granted without an approved contract",
    )
    .await;
    app.wait_for_text("#access-findings", "review was due by 2026-07-05")
        .await;
    app.wait_for_text("#access-findings", "expired on 2026-10-31")
        .await;
    app.wait_for_text("#access-findings", "Its last day was 2026-06-30")
        .await;
    assert_eq!(app.all("#list-access_grant [data-id]").await.len(), 4);
    app.screenshot("access-register").await;

    // Under the HR feed's draft contract: refused, the reason next to the contract.
    app.click("#new-item").await;
    app.wait_for_text("#grant-contract option", "choose the integration first")
        .await;
    fill_grant(&app, HR_EVENTS, IAM, HR_CONTRACT).await;
    app.wait_for_text("#grant-contract option[value='3']", "(draft)")
        .await;
    app.click("#save").await;
    app.wait_for_text("#grant-contract-error", "The contract is a draft")
        .await;
    app.wait_for_text("#grant-contract-error", "approve it first")
        .await;
    app.wait_for_text("#status", "Access not granted").await;
    assert_eq!(
        app.attr("#grant-contract", "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert_eq!(app.all("#list-access_grant [data-id]").await.len(), 4);
    app.screenshot("access-grant-refused").await;

    // Under the approved pupil contract: granted, listed with its review date six months on
    // (special categories and national identity numbers: a half-yearly review).
    let first = fill_grant(&app, NIGHTLY_SYNC, PORTAL, PUPIL_CONTRACT).await;
    app.wait_for_text("#grant-contract option[value='1']", "(approved)")
        .await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    let review = add_months(&first, 6);
    app.wait_for_text("#editor-title", "Nattlig elevsynkronisering → Elevportalen")
        .await;
    app.wait_for_text("#grant-status", "Active").await;
    app.wait_for_text("#grant-review-due", &review).await;
    app.wait_for_text("#grant-review-due", "every six months")
        .await;
    app.wait_for_text("#grant-shipped-default", "shipped default")
        .await;
    app.wait_gone("#grant-contract-error").await;
    assert_eq!(app.all("#list-access_grant [data-id]").await.len(), 5);
    app.wait_for_element_with_text("#list-access_grant [data-id]", &review)
        .await;
    app.revealed("#grant-reviews").await;
    app.screenshot("access-grant-saved").await;

    // Click-through to the contract it rests on.
    app.click("#grant-open-contract").await;
    app.wait_for_text("#editor-title", "Elevregister til elevportalen")
        .await;
    assert_eq!(
        app.attr("#nav-contracts", "aria-current").await.as_deref(),
        Some("page")
    );

    // From the overview, an access finding opens its grant.
    app.click("#nav-overview").await;
    app.click("#rule-access-review-overdue button.finding")
        .await;
    app.wait_for_text(
        "#editor-title",
        "Nattlig elevsynkronisering → Eksempel kommune",
    )
    .await;
    app.wait_for_text("#grant-status", "Review overdue").await;
    app.wait_for_text("#grant-review-due", "2026-07-05").await;
    assert_eq!(
        app.value("#grant-consumer-kind").await,
        "organisation",
        "an organisation's grant shows an organisation picker"
    );

    // The same refusal in Norwegian bokmål.
    app.click("#open-preferences").await;
    app.select("#prefs-language", "nb").await;
    app.click("#prefs-save").await;
    app.wait_gone("#preferences").await;
    app.wait_for_text("#nav-access", "Tilganger").await;
    app.click("#nav-access").await;
    app.click("#new-item").await;
    fill_grant(&app, HR_EVENTS, IAM, HR_CONTRACT).await;
    app.click("#save").await;
    app.wait_for_text("#grant-contract-error", "Kontrakten er et utkast")
        .await;
    app.wait_for_text("#status", "Tilgang ikke gitt").await;
    app.screenshot("access-grant-refused-nb").await;
    // Leaving the refused grant asks first; discarding it opens the overdue one.
    app.click("#access-findings li[data-rule='access-review-overdue'] button")
        .await;
    app.click("#discard-changes").await;
    app.wait_for_text("#grant-status", "Gjennomgang forfalt")
        .await;
    app.revealed("#grant-schedule").await;
    app.screenshot("access-grant-overdue-nb").await;
}
