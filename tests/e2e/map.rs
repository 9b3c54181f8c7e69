//! The ownership and integration map in the real window: it shows the demo's systems and
//! integrations with their anomalies, a filter changes what it shows, clicking a system, an
//! integration or an anomaly opens the item, and the map exports as SVG and PNG.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::contracts::demo_catalog;
use crate::harness::{path_from_env, App, Desktop};

/// The id of the item of `kind` (`systems`, `integrations`) called `name`, from the CLI.
fn id_of(catalog: &Path, kind: &str, name: &str) -> i64 {
    let out = Command::new(path_from_env("DATAPAKT_CLI_BIN"))
        .args(["list", "--kind", kind, "--json", "--catalog"])
        .arg(catalog)
        .output()
        .expect("the CLI runs");
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    listed
        .as_array()
        .and_then(|all| all.iter().find(|item| item["name"] == name))
        .and_then(|item| item["id"].as_i64())
        .unwrap_or_else(|| panic!("no {kind} called {name}"))
}

/// Waits until the map says it shows `systems` systems and `integrations` integrations.
async fn shows(app: &App, systems: usize, integrations: usize) {
    app.wait_for(&format!(
        "#map-counts[data-systems='{systems}'][data-integrations='{integrations}']"
    ))
    .await;
    app.wait_for("#map-canvas svg").await;
    let drawn = app.all("#map-canvas [data-kind='system']").await.len();
    assert_eq!(drawn, systems, "system boxes drawn");
}

/// Waits until the SVG element matching `css` holds text containing `expected` (SVG has no
/// rendered text for WebDriver to read, so its text content is asked for).
async fn svg_text(app: &App, css: &str, expected: &str) {
    let deadline = std::time::Instant::now() + crate::harness::UI_TIMEOUT;
    loop {
        let text = app
            .client
            .execute(
                "const el = document.querySelector(arguments[0]); return el ? el.textContent : '';",
                vec![serde_json::json!(css)],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        if text.contains(expected) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{css} never held {expected:?}; last: {text:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The path in the status line "Exported to PATH", once it ends in `suffix`.
async fn exported(app: &App, suffix: &str) -> PathBuf {
    let status = app.wait_for_text("#status", suffix).await;
    PathBuf::from(status.trim_start_matches("Exported to ").trim())
}

#[tokio::test]
async fn the_map_filters_opens_what_is_clicked_and_exports_svg_and_png() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let portal = id_of(&catalog, "systems", "Elevportalen");
    let class_lists = id_of(&catalog, "integrations", "Klasselister til arkivet");
    let app = desktop.launch(Some(&catalog)).await;

    // The whole demo: six systems, five integrations, an anomaly of each kind listed.
    app.click("#nav-map").await;
    shows(&app, 6, 5).await;
    for kind in [
        "no-owner",
        "owner-left",
        "owner-not-information-owner",
        "live-without-contract-in-force",
        "access-under-contract-not-in-force",
        "unclassified-contract",
    ] {
        app.wait_for(&format!("#map-anomaly-list li[data-anomaly='{kind}']"))
            .await;
    }
    app.wait_for(&format!(
        "#map-canvas [data-kind='integration'][data-id='{class_lists}'][data-anomaly]"
    ))
    .await;
    app.screenshot("map").await;

    // The Oppvekst unit: its two systems, the archive its class lists reach and the population
    // register its portal's nightly file comes from; three integrations.
    let (option, _) = app
        .wait_for_element_with_text("#map-unit option", "Oppvekst")
        .await;
    option.click().await.unwrap();
    shows(&app, 4, 3).await;
    app.screenshot("map-filtered").await;
    // Coloured by owner, the legend names the owners.
    app.select("#map-colouring", "owner").await;
    svg_text(&app, "#map-canvas #legend", "Åse Bjørnstad").await;
    app.screenshot("map-by-owner").await;

    // Clicking a system (its name) opens it.
    app.click(&format!(
        "#map-canvas [data-kind='system'][data-id='{portal}'] text"
    ))
    .await;
    app.wait_for("#system-name").await;
    assert_eq!(app.value("#system-name").await, "Elevportalen");

    // Clicking an integration (its anomaly marker sits on the curve) opens it.
    app.click("#nav-map").await;
    shows(&app, 6, 5).await;
    app.click(&format!(
        "#integration-markers [data-kind='integration'][data-id='{class_lists}'] circle"
    ))
    .await;
    app.wait_for("#integration-name").await;
    assert_eq!(
        app.value("#integration-name").await,
        "Klasselister til arkivet"
    );

    // An anomaly in the list opens its item: the contract that classifies nothing.
    app.click("#nav-map").await;
    shows(&app, 6, 5).await;
    app.click("#map-anomaly-list li[data-anomaly='unclassified-contract'] button")
        .await;
    app.wait_for("#contract-title").await;
    assert_eq!(
        app.value("#contract-title").await,
        "Klasselister til arkivet"
    );

    // Export as SVG and PNG.
    app.click("#nav-map").await;
    shows(&app, 6, 5).await;
    app.click("#map-export-svg").await;
    let svg = exported(&app, ".svg").await;
    let text = std::fs::read_to_string(&svg).expect("the SVG exists");
    contracts::map::parse(&text).expect("the exported SVG parses");
    assert!(text.contains("Ownership and integration map"));
    app.click("#map-export-png").await;
    let png = exported(&app, ".png").await;
    let bytes = std::fs::read(&png).expect("the PNG exists");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    let height = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    assert!(
        (800..6_000).contains(&width) && (400..6_000).contains(&height),
        "{width}×{height}"
    );
    app.screenshot("map-exported").await;
    app.close().await;
}
