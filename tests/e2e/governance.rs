//! Governance in the real window: reuse before building new, a technology that differs from
//! the decision tree's advice, the catalog-wide reports (read, click through, export), and a
//! classification level's own safeguard policy replacing the shipped default.

use crate::contracts::demo_catalog;
use crate::harness::Desktop;

#[tokio::test]
async fn reuse_candidates_come_first_and_the_reports_show_what_is_justified() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    // The overview names the nightly file the demo built new, on files, unjustified.
    app.wait_for_text(
        "#rule-technology-follows-advice",
        "Folkeregisterfil til elevportalen",
    )
    .await;
    let finding = app
        .wait_for_text(
            "#rule-reuse-before-build",
            "Folkeregisteroppslag fra sak og arkiv",
        )
        .await;
    assert!(finding.contains("reuse one of them"), "{finding}");
    app.click("#rule-reuse-before-build button.finding").await;

    // Its page says what the checks find about it.
    app.wait_for_text("#item-findings", "Existing interfaces already provide")
        .await;
    app.wait_for_text("#item-findings", "no justification is written")
        .await;
    // Its editor shows the reusable look-up first, as a link, and asks why files.
    app.wait_for_text("#reuse-candidates", "Folkeregisteroppslag fra sak og arkiv")
        .await;
    app.wait_for_text("#reuse-candidates", "Provides: Folkeregisteropplysninger")
        .await;
    app.revealed("#integration-reuse").await;
    app.screenshot("integration-reuse").await;
    app.type_into(
        "#integration-technology-justification",
        "Elevportalen tar bare imot filer.",
    )
    .await;
    // Its IntArk checklist: file transfer is no IntArk pattern; registration is confirmed by
    // hand.
    app.wait_for_text("#intark-recommended-pattern", "no").await;
    app.wait_for_text("#intark-openapi-spec", "yes").await;
    app.click("#intark-api-registered").await;
    app.revealed("#integration-intark").await;
    app.screenshot("integration-intark").await;
    app.click("#reuse-build-anyway").await;
    app.type_into(
        "#integration-justification",
        "Oppslaget dekker ikke nattlige uttrekk.",
    )
    .await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;

    // Both findings are gone from the overview and from its page (where the one left says
    // its contract is not in force).
    app.wait_gone("#item-findings .finding-reuse-before-build")
        .await;
    app.wait_gone("#item-findings .finding-technology-follows-advice")
        .await;
    app.wait_for("#item-findings .finding-integration-has-contract")
        .await;
    app.click("#nav-overview").await;
    app.wait_for_text("#rule-safeguard-gap", "Nattlig elevsynkronisering")
        .await;
    assert!(app.all("#rule-reuse-before-build").await.is_empty());
    assert!(app.all("#rule-technology-follows-advice").await.is_empty());

    // The reuse report lists it as built anyway, justified.
    app.click("#nav-reports").await;
    app.wait_for_text("#report-gaps", "Nattlig elevsynkronisering")
        .await;
    app.click("#report-tab-reuse").await;
    let row = app
        .wait_for_text(
            "#report-reuse #report-table",
            "Folkeregisterfil til elevportalen",
        )
        .await;
    assert!(
        row.contains("Oppslaget dekker ikke nattlige uttrekk."),
        "{row}"
    );
    app.screenshot("report-reuse").await;
    app.click("#report-export-pdf").await;
    let status = app.wait_for_text("#status", ".pdf").await;
    let pdf = status.trim_start_matches("Exported to ").trim().to_owned();
    assert!(std::fs::read(&pdf)
        .expect("the PDF exists")
        .starts_with(b"%PDF-"));

    // The IntArk report lists the file integration among the incompatible, registered.
    app.click("#report-tab-intark").await;
    let row = app
        .wait_for_text(
            "#report-intark #report-table",
            "Folkeregisterfil til elevportalen",
        )
        .await;
    assert!(row.contains("Registered in the API manager"), "{row}");

    // The gap report's rows open their integration.
    app.click("#report-tab-gaps").await;
    app.wait_for_text("#report-gaps", "Pseudonymisation").await;
    app.click("#report-gaps #report-table button.link").await;
    let deadline = std::time::Instant::now() + crate::harness::UI_TIMEOUT;
    while app.value("#integration-name").await != "Nattlig elevsynkronisering" {
        assert!(
            std::time::Instant::now() < deadline,
            "the integration did not open"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // The organisation's own policy: the top level of the universities' scale also asks for
    // pseudonymisation, so the gap is now the level's, by policy rather than by default.
    app.click("#nav-schemes").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-classification_scheme [data-id]", "no-uh")
        .await;
    row.click().await.unwrap();
    app.wait_for("#level-3-safeguards-default").await;
    app.click("#level-3-safeguard-pseudonymisation").await;
    app.wait_for("#level-3-safeguards-policy").await;
    app.revealed("#level-3-safeguards").await;
    app.screenshot("scheme-level-policy").await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.click("#nav-reports").await;
    app.wait_for_text("#report-gaps", "Pseudonymisation").await;
    let rows = app.all("#report-gaps #report-table tbody tr").await;
    let pseudonymisation = rows[1].text().await.unwrap();
    assert!(
        pseudonymisation.contains("Pseudonymisation")
            && pseudonymisation.contains("the classification level")
            && pseudonymisation.trim_end().ends_with("no"),
        "{pseudonymisation}"
    );

    // In Swedish, the reports speak Swedish.
    app.switch_language("sv").await;
    app.click("#nav-reports").await;
    app.wait_for_text("#report-gaps", "Brister i skyddsåtgärder")
        .await;
    app.wait_for_text(
        "#report-gaps",
        "Pseudonymisering där ändamålet tillåter det",
    )
    .await;
    app.screenshot("report-gaps-sv").await;
    app.close().await;
}

#[tokio::test]
async fn the_effect_goals_follow_the_catalog_and_the_overview_exports_as_pdf() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;

    // The pupil portal handles 55 % of its cases without manual steps: short of 60 %.
    let cases = app.wait_for_text("#goal-automated-cases", "55 %").await;
    assert!(cases.contains("Not yet met"), "{cases}");
    assert!(cases.contains("2025-06-30 40 %"), "{cases}");
    app.wait_for_text("#goal-reusable-integrations", "2 / 5")
        .await;
    app.wait_for_text("#goal-open-apis", "at least 10").await;
    app.revealed("#goals").await;
    app.screenshot("effect-goals").await;

    // Its drill-down opens the e-service, where a new period's figures are recorded; more
    // cases without manual steps than cases is refused at that row.
    app.click("#goal-automated-cases summary").await;
    app.click("#goal-automated-cases .misses button.link").await;
    app.click("#case-figures-add").await;
    app.paste_into("#case-figures-3-period", "2026-09-30").await;
    app.type_into("#case-figures-3-cases", "1000").await;
    app.type_into("#case-figures-3-automated", "1200").await;
    app.click("#save").await;
    app.wait_for_text("#case-figures-3-error", "outnumber")
        .await;
    app.type_into("#case-figures-3-automated", "600").await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;

    // Back on the overview the goal is met, and an approved contract made public is an
    // open API.
    app.click("#nav-contracts").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-contract [data-id]", "Elevregister til elevportalen")
        .await;
    row.click().await.unwrap();
    app.select("#contract-access-rights", "public").await;
    app.click("#save").await;
    app.wait_for_text("#status", "Saved").await;
    app.click("#nav-overview").await;
    let cases = app.wait_for_text("#goal-automated-cases", "60 %").await;
    assert!(cases.contains("Met"), "{cases}");
    let open = app.wait_for_text("#goal-open-apis", "1").await;
    assert!(open.contains("Not yet met"), "{open}");

    app.click("#goals-export-pdf").await;
    let status = app.wait_for_text("#status", ".pdf").await;
    let pdf = status.trim_start_matches("Exported to ").trim().to_owned();
    let text = std::process::Command::new("pdftotext")
        .args([&pdf, "-"])
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("E-service cases handled without manual steps"),
        "{text}"
    );
    assert!(text.contains("60 %"), "{text}");

    // In bokmål.
    app.switch_language("nb").await;
    app.wait_for_text("#goal-automated-cases", "Nådd").await;
    app.screenshot("effect-goals-nb").await;
    app.close().await;
}
