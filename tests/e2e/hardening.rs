//! What another writer cannot do to the window: an item changed elsewhere (here by the
//! command-line tool) while it is open is never overwritten silently — the save is refused,
//! and the user reloads, or sees both and keeps theirs deliberately.

use std::process::Command;

use crate::contracts::demo_catalog;
use crate::harness::{path_from_env, Desktop};

/// Contract 1 retitled from `old` to `new` by another process: the CLI exports it as ODCS and
/// imports it again with the new title.
fn retitle_elsewhere(catalog: &std::path::Path, old: &str, new: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("contract-1.odcs.yaml");
    let cli = |args: &[&std::ffi::OsStr]| {
        let out = Command::new(path_from_env("DATAPAKT_CLI_BIN"))
            .args(args)
            .output()
            .expect("the CLI runs");
        assert!(out.status.success(), "{out:?}");
    };
    let (catalog, file_arg) = (catalog.as_os_str(), file.as_os_str());
    cli(&[
        "export".as_ref(),
        "odcs".as_ref(),
        "--contract".as_ref(),
        "1".as_ref(),
        "--catalog".as_ref(),
        catalog,
        "--out".as_ref(),
        file_arg,
    ]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(old), "{text}");
    std::fs::write(&file, text.replacen(old, new, 1)).unwrap();
    cli(&[
        "import".as_ref(),
        "odcs".as_ref(),
        "--catalog".as_ref(),
        catalog,
        file_arg,
    ]);
}

#[tokio::test]
async fn a_save_over_a_change_made_elsewhere_is_refused_and_the_user_reloads_or_keeps_theirs() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let app = desktop.launch(Some(&catalog)).await;
    let mut title = "Elevregister til elevportalen".to_owned();
    for lang in ["en", "nb", "nn", "sv"] {
        app.switch_language(lang).await;
        app.click("#nav-contracts").await;
        let (row, _) = app
            .wait_for_element_with_text("#list-contract [data-id]", &title)
            .await;
        row.click().await.unwrap();
        app.wait_for_text("#editor-title", &title).await;
        let theirs = format!("Elevregister ({lang}) fra kommandolinjen");
        retitle_elsewhere(&catalog, &title, &theirs);
        let mine = format!("Mine ({lang}): edited in the window");
        app.paste_into("#contract-description", &mine).await;
        app.click("#save").await;
        app.wait_for("#changed-elsewhere").await;
        app.click("#changed-compare").await;
        app.wait_for("#changed-both tr[data-property='title']")
            .await;
        let both = app.wait_for_text("#changed-both", &theirs).await;
        assert!(both.contains(&mine), "{both}");
        app.screenshot(&format!("changed-elsewhere-{lang}")).await;
        if lang == "sv" {
            // Kept deliberately: my draft (its title too) saved over theirs.
            app.click("#changed-keep-mine").await;
            app.wait_gone("#changed-elsewhere").await;
            app.wait_gone("#unsaved").await;
            assert_eq!(app.value("#contract-description").await, mine);
            app.wait_for_text("#editor-title", &title).await;
        } else {
            app.click("#changed-reload").await;
            app.wait_gone("#changed-elsewhere").await;
            app.wait_for_text("#editor-title", &theirs).await;
            assert_ne!(app.value("#contract-description").await, mine);
            title = theirs;
        }
    }
    app.close().await;
}

/// What the backend answers the window's `command` with `args` (as JSON text): "ok", or the
/// error it refused with.
async fn invoke(app: &crate::harness::App, command: &str, args: serde_json::Value) -> String {
    let script = "const done = arguments[arguments.length - 1];\
        window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])\
        .then(() => done('ok'), (e) => done(JSON.stringify(e)));";
    let answer = app
        .client
        .execute_async(script, vec![command.into(), args])
        .await
        .expect("the script runs");
    answer.as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn the_window_cannot_name_a_path_the_user_did_not_choose() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let foreign = dir.path().join("elsewhere.datapakt");
    std::fs::copy(&catalog, &foreign).unwrap();
    let app = desktop.launch(Some(&catalog)).await;
    app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    let opened_log = desktop.export_dir.path().join("opened.log");
    for (command, args) in [
        ("open_path", serde_json::json!({ "path": "/bin/sh" })),
        (
            "open_path",
            serde_json::json!({ "path": "https://example.org/" }),
        ),
        ("open_catalog", serde_json::json!({ "path": foreign })),
        (
            "import_files",
            serde_json::json!({
                "request": { "format": "odcs", "files": [catalog.join("../../etc/passwd")] },
                "preview": true
            }),
        ),
    ] {
        let answer = invoke(&app, command, args).await;
        assert!(
            answer.contains("error-path-not-chosen"),
            "{command}: {answer}"
        );
    }
    assert!(!opened_log.exists(), "nothing was opened");
    app.wait_for_text("#catalog-path", "kommune.datapakt").await;
    // The recent list is the backend's: the window cannot add to it.
    let mut preferences: serde_json::Value =
        serde_json::from_str(&invoke_value(&app, "get_preferences").await).unwrap();
    preferences["recent"] = serde_json::json!([foreign]);
    assert_eq!(
        invoke(
            &app,
            "set_preferences",
            serde_json::json!({ "preferences": preferences })
        )
        .await,
        "ok"
    );
    let answer = invoke(&app, "open_catalog", serde_json::json!({ "path": foreign })).await;
    assert!(answer.contains("error-path-not-chosen"), "{answer}");
    app.close().await;
}

/// What the backend returns for `command` (no arguments), as JSON text.
async fn invoke_value(app: &crate::harness::App, command: &str) -> String {
    let script = "const done = arguments[arguments.length - 1];\
        window.__TAURI_INTERNALS__.invoke(arguments[0], {})\
        .then((v) => done(JSON.stringify(v)), (e) => done(JSON.stringify(e)));";
    let answer = app
        .client
        .execute_async(script, vec![command.into()])
        .await
        .expect("the script runs");
    answer.as_str().unwrap_or_default().to_owned()
}

/// The CLI's output for `args` (it must succeed).
fn cli_out(args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let out = Command::new(path_from_env("DATAPAKT_CLI_BIN"))
        .args(args)
        .output()
        .expect("the CLI runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[tokio::test]
async fn hostile_names_of_a_system_a_set_and_a_field_are_shown_and_exported_inert() {
    let desktop = Desktop::start();
    let dir = tempfile::tempdir().unwrap();
    let catalog = demo_catalog(dir.path());
    let markup =
        "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    let bidi = "\u{202E}gnp.exe\u{202C}";
    let long = "Lang tekst æøå ".repeat(7_000); // ~105 kB
    let hostile = |what: &str| format!("=Fiendtlig {what} {markup} {bidi} {long}");
    let (system, set, label) = (hostile("system"), hostile("sett"), hostile("felt"));

    // The set and its field (a field's name is an identifier; its display name is free text),
    // imported as JSON Schema by the CLI.
    let schema = dir.path().join("fiendtlig.json");
    let document = serde_json::json!({
        "title": set, "type": "object",
        "properties": { "elev_navn": { "type": "string", "x-names": { "nb": label } } }
    });
    std::fs::write(&schema, document.to_string()).unwrap();
    let c = catalog.as_os_str();
    cli_out(&[
        "import".as_ref(),
        "jsonschema".as_ref(),
        "--catalog".as_ref(),
        c,
        schema.as_os_str(),
    ]);

    // The system, renamed in the window: the consumer of contract 1 and of an access grant.
    let app = desktop.launch(Some(&catalog)).await;
    app.click("#nav-systems").await;
    let (row, _) = app
        .wait_for_element_with_text("#list-system [data-id]", "Elevportalen")
        .await;
    row.click().await.unwrap();
    app.wait_for_text("#editor-title", "Elevportalen").await;
    // 100 kB is more than any name may be: refused at the field, nothing saved.
    app.paste_into("#system-name", &system).await;
    app.click("#save").await;
    app.wait_for("#system-name[aria-invalid='true']").await;
    app.screenshot("hostile-names-too-long").await;
    // Markup and a bidi override within the 200 characters a name may have: saved as typed.
    let system: String = system.chars().take(200).collect();
    app.paste_into("#system-name", &system).await;
    app.click("#save").await;
    app.wait_for_text("#status", "Fiendtlig system").await;
    assert_eq!(app.value("#system-name").await, system);
    for (nav, list) in [
        ("#nav-systems", "#list-system"),
        ("#nav-information-sets", "#list-information_set"),
    ] {
        app.click(nav).await;
        app.wait_for_text(list, "Fiendtlig").await;
        assert!(
            app.all("img[src=x]").await.is_empty(),
            "{list}: markup is text"
        );
    }
    app.screenshot("hostile-names-list").await;
    app.click("#nav-map").await;
    app.wait_for_text("#map-canvas", "Fiendtlig").await;
    assert!(
        app.all("img[src=x]").await.is_empty(),
        "the map's SVG holds the markup as text"
    );
    app.screenshot("hostile-names-map").await;
    assert_ne!(app.client.title().await.unwrap(), "pwned");
    app.close().await;

    // The exports: the map's SVG and the Markdown changelog hold the markup as text (no
    // element a viewer would run), the CSV as a neutralised cell, the PDFs are whole.
    let svg = dir.path().join("kart.svg");
    cli_out(&[
        "map".as_ref(),
        "--catalog".as_ref(),
        c,
        "--out".as_ref(),
        svg.as_os_str(),
    ]);
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(
        svg.contains("Fiendtlig") && !svg.contains("<img"),
        "the SVG escapes markup"
    );
    let hits: serde_json::Value = serde_json::from_slice(&cli_out(&[
        "search".as_ref(),
        "--json".as_ref(),
        "--catalog".as_ref(),
        c,
        "Fiendtlig sett".as_ref(),
    ]))
    .unwrap();
    let set_id = hits
        .as_array()
        .and_then(|hits| hits.iter().find(|h| h["entity"] == "information_set"))
        .map(|hit| hit["id"].to_string())
        .expect("the set is found");
    let markdown = String::from_utf8(cli_out(&[
        "changelog".as_ref(),
        "--catalog".as_ref(),
        c,
        "--information-set".as_ref(),
        set_id.as_ref(),
    ]))
    .unwrap();
    assert!(
        markdown.contains("Fiendtlig sett"),
        "{}",
        &markdown[..200.min(markdown.len())]
    );
    let escaped = markdown
        .match_indices('<')
        .all(|(at, _)| markdown[..at].ends_with('\\'));
    assert!(escaped, "Markdown escapes markup");
    let csv = String::from_utf8(cli_out(&[
        "report".as_ref(),
        "access".as_ref(),
        "--catalog".as_ref(),
        c,
        "--csv".as_ref(),
    ]))
    .unwrap();
    assert!(csv.contains("Fiendtlig"), "{}", &csv[..300.min(csv.len())]);
    assert!(
        !csv.lines()
            .any(|line| line.starts_with("=") || line.contains(",=")),
        "no cell is a formula"
    );
    for (args, pdf) in [
        (vec!["export", "pdf", "--contract", "1"], "kontrakt.pdf"),
        (vec!["report", "access"], "tilganger.pdf"),
    ] {
        let out = dir.path().join(pdf);
        let mut args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
        args.extend(["--catalog".as_ref(), c]);
        args.extend([
            if pdf == "kontrakt.pdf" {
                "--out"
            } else {
                "--pdf"
            }
            .as_ref(),
            out.as_os_str(),
        ]);
        cli_out(&args);
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with(b"%PDF-") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
            "{pdf}"
        );
    }
}
