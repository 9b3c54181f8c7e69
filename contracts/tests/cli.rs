//! The `datapakt` command-line tool, run as a user would run it.

#![cfg(feature = "cli")]

use contracts::app::items::Editing;
use std::path::Path;
use std::process::{Command, Output};

fn datapakt(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datapakt"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("datapakt {args:?}: {e}"))
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn init_list_and_export_a_demo_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    let init = datapakt(&["init", "--catalog", c, "--demo"]);
    assert!(init.status.success(), "{}", stderr(&init));

    let list = datapakt(&["list", "--catalog", c, "--json"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let listed: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let listed = listed.as_array().unwrap();
    assert_eq!(
        listed.len(),
        5,
        "three contracts, the weekly class lists' draft and a draft made at the desk"
    );
    for entry in listed {
        let keys: Vec<&str> = entry
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["id", "title", "version", "owner"]);
    }
    let id = listed[0]["id"].to_string();

    let text = datapakt(&["list", "--catalog", c]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Märta Gustafsson"));

    let openapi = dir.path().join("out.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--contract",
        &id,
        "--out",
        arg(&openapi),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&openapi).unwrap()).unwrap();
    assert_eq!(doc["info"]["title"], listed[0]["title"]);

    let pdf = dir.path().join("out.pdf");
    let out = datapakt(&[
        "export",
        "pdf",
        "--catalog",
        c,
        "--contract",
        &id,
        "--out",
        arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let odcs = dir.path().join("out.odcs.yaml");
    let out = datapakt(&[
        "export",
        "odcs",
        "--catalog",
        c,
        "--contract",
        &id,
        "--out",
        arg(&odcs),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = std::fs::read_to_string(&odcs).unwrap();
    assert!(
        yaml.contains("apiVersion: v3.1.0") && yaml.contains("kind: DataContract"),
        "{yaml}"
    );
    let title = listed[0]["title"].as_str().unwrap();
    assert!(yaml.contains(title), "{yaml}");
}

#[test]
fn a_file_that_is_not_a_catalog_is_refused_on_stderr_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    let pdf = dir.path().join("x.pdf");
    std::fs::write(&notes, "ikke en katalog").unwrap();
    for args in [
        vec!["list", "--catalog", arg(&notes)],
        vec![
            "export",
            "pdf",
            "--catalog",
            arg(&notes),
            "--contract",
            "1",
            "--out",
            arg(&pdf),
        ],
    ] {
        let out = datapakt(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(
            stderr(&out).contains("is not a Datapakt catalog"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "ikke en katalog");
    assert!(!pdf.exists());
}

#[test]
fn init_refuses_an_existing_file_and_export_an_unknown_contract() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("c.datapakt");
    std::fs::write(&catalog, "mine").unwrap();
    let out = datapakt(&["init", "--catalog", arg(&catalog)]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&catalog).unwrap(), "mine");

    let fresh = dir.path().join("fresh.datapakt");
    assert!(datapakt(&["init", "--catalog", arg(&fresh)])
        .status
        .success());
    let target = dir.path().join("x.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        arg(&fresh),
        "--contract",
        "99",
        "--out",
        arg(&target),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no contract with id 99"),
        "{}",
        stderr(&out)
    );
    assert!(!target.exists());

    let usage = datapakt(&["export", "docx", "--catalog", arg(&fresh)]);
    assert_eq!(usage.status.code(), Some(2), "usage errors exit 2");
}

#[test]
fn search_prints_hits_as_text_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    assert!(datapakt(&["init", "--demo", "--catalog", arg(&catalog)])
        .status
        .success());
    let out = datapakt(&[
        "search",
        "--catalog",
        arg(&catalog),
        "--json",
        "stillingskode",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits[0]["entity"], "contract");
    assert_eq!(
        hits[0]["title"],
        "Ansatte og stillinger til tilgangsstyring"
    );
    let text = datapakt(&["search", "--catalog", arg(&catalog), "arkiv"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("Folkeregisteropplysninger"));
    let none = datapakt(&["search", "--catalog", arg(&catalog), "--json", "zzzz"]);
    assert_eq!(String::from_utf8_lossy(&none.stdout).trim(), "[]");
}

#[test]
fn validate_reports_broken_rules_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    assert!(datapakt(&["init", "--demo", "--catalog", arg(&demo)])
        .status
        .success());
    let out = datapakt(&["validate", "--catalog", arg(&demo), "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let departed = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "departed_owner_has_successor")
        .unwrap();
    assert_eq!(departed["title"], "Lønn og personal");

    let empty = dir.path().join("empty.datapakt");
    assert!(datapakt(&["init", "--catalog", arg(&empty)])
        .status
        .success());
    let out = datapakt(&["validate", "--catalog", arg(&empty)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no rule is broken"));
}

#[test]
fn list_shows_any_kind_and_odcs_exports_the_whole_catalog_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    assert!(datapakt(&["init", "--demo", "--catalog", arg(&catalog)])
        .status
        .success());

    let out = datapakt(&[
        "list",
        "--catalog",
        arg(&catalog),
        "--kind",
        "systems",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let systems: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(systems.as_array().unwrap().len(), 6);
    assert!(systems
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["name"] == "Sak og arkiv (Noark 5)"));
    let out = datapakt(&["list", "--catalog", arg(&catalog), "--kind", "schemes"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("KLASSA"));

    let folder = dir.path().join("odcs");
    let out = datapakt(&[
        "export",
        "odcs",
        "--all",
        "--catalog",
        arg(&catalog),
        "--out",
        arg(&folder),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".datapakt-export.json",
            "contract-1.odcs.yaml",
            "contract-2.odcs.yaml",
            "contract-3.odcs.yaml",
            "contract-4.odcs.yaml",
            "contract-5.odcs.yaml"
        ]
    );
    let first = std::fs::read(folder.join("contract-1.odcs.yaml")).unwrap();

    // Again after a contract is gone: the same bytes for the others, no stale file.
    std::fs::write(folder.join("notes.txt"), "kept").unwrap();
    // A file of the same pattern this catalog did not write (another tool's, the user's).
    std::fs::write(folder.join("contract-9.odcs.yaml"), "kept").unwrap();
    assert!(delete_contract_3(&catalog), "the contract is deleted");
    let out = datapakt(&[
        "export",
        "odcs",
        "--all",
        "--catalog",
        arg(&catalog),
        "--out",
        arg(&folder),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(folder.join("contract-1.odcs.yaml")).unwrap(),
        first
    );
    assert!(!folder.join("contract-3.odcs.yaml").exists());
    for kept in ["notes.txt", "contract-9.odcs.yaml"] {
        assert!(
            folder.join(kept).exists(),
            "{kept}: other files are left alone"
        );
    }

    let yaml = dir.path().join("openapi.yaml");
    let out = datapakt(&[
        "export",
        "openapi",
        "--syntax",
        "yaml",
        "--catalog",
        arg(&catalog),
        "--contract",
        "1",
        "--out",
        arg(&yaml),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&yaml)
        .unwrap()
        .contains("openapi: 3.1.0"));

    let out = datapakt(&[
        "export",
        "pdf",
        "--all",
        "--catalog",
        arg(&catalog),
        "--out",
        arg(&folder),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--all exports ODCS only"),
        "{}",
        stderr(&out)
    );
    let out = datapakt(&[
        "export",
        "odcs",
        "--catalog",
        arg(&catalog),
        "--out",
        arg(&folder),
    ]);
    assert_eq!(out.status.code(), Some(2), "neither --contract nor --all");
}

#[test]
fn import_openapi_prints_what_it_did_updates_on_a_second_run_and_refuses_swagger_2() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let document = dir.path().join("openapi.yaml");
    std::fs::write(
        &document,
        "openapi: 3.1.0\ninfo: {title: Timetable, version: '1'}\ncomponents:\n  schemas:\n    \
         Lesson:\n      type: object\n      required: [starts.at]\n      properties:\n        \
         starts.at: {type: string, format: date-time}\n        room: {type: string}\n",
    )
    .unwrap();
    let import = |file: &Path| {
        datapakt(&[
            "import",
            "openapi",
            "--catalog",
            c,
            "--system",
            "5",
            arg(file),
        ])
    };
    let out = import(&document);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("\"Timetable\" 1 as the interface of system 5"),
        "{text}"
    );
    assert!(text.contains("1 created, 0 updated, 0 unchanged"), "{text}");
    assert!(
        text.contains("Lesson  (#/components/schemas/Lesson)"),
        "{text}"
    );
    assert!(
        text.contains(
            "#/components/schemas/Lesson/properties/starts.at: \"starts.at\" -> \"starts_at\""
        ),
        "{text}"
    );
    let again = import(&document);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 created, 0 updated, 1 unchanged"));
    let found = datapakt(&["search", "--catalog", c, "Timetable"]);
    assert!(String::from_utf8_lossy(&found.stdout).contains("Lesson"));

    let swagger = dir.path().join("swagger.json");
    std::fs::write(
        &swagger,
        r#"{"swagger": "2.0", "info": {"title": "Old", "version": "1"}}"#,
    )
    .unwrap();
    let out = import(&swagger);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("swagger2openapi"), "{}", stderr(&out));
    let out = datapakt(&[
        "import",
        "openapi",
        "--catalog",
        c,
        "--system",
        "99",
        arg(&document),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no system with id 99"),
        "{}",
        stderr(&out)
    );
}

/// Deletes contract 3 through the library, as the app would.
fn delete_contract_3(catalog: &std::path::Path) -> bool {
    let mut opened = contracts::store::Catalog::open(catalog).unwrap();
    opened.delete(contracts::model::Entity::Contract, 3).is_ok()
}

#[test]
fn a_dpa_preflight_lists_what_is_missing_and_a_dpa_with_gaps_is_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let list = datapakt(&["list", "--catalog", c, "--kind", "agreements", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = listed[0]["id"].to_string();

    // The demo's agreements lack the parties' addresses and contact people.
    let check = datapakt(&[
        "export",
        "dpa",
        "--catalog",
        c,
        "--agreement",
        &id,
        "--check",
    ]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let report = stderr(&check);
    assert!(
        report.contains(
            "missing: The processor's address is missing (Annex I). [processor_details.address]"
        ),
        "{report}"
    );

    let pdf = dir.path().join("dpa.pdf");
    let args = [
        "export",
        "dpa",
        "--catalog",
        c,
        "--agreement",
        &id,
        "--lang",
        "sv",
        "--out",
        arg(&pdf),
    ];
    let out = datapakt(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(DRAFT)"));
    assert!(
        stderr(&out).contains("Personuppgiftsbiträdets adress"),
        "{}",
        stderr(&out)
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("UTKAST"));

    let pdf = dir.path().join("contract.pdf");
    let out = datapakt(&[
        "export",
        "pdf",
        "--catalog",
        c,
        "--contract",
        "1",
        "--lang",
        "nn",
        "--out",
        arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("Informasjonskontrakt"));
}

#[test]
fn dpa_export_usage_mistakes_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let out_file = dir.path().join("x.pdf");
    for (args, message) in [
        (
            vec![
                "export",
                "dpa",
                "--catalog",
                c,
                "--contract",
                "1",
                "--out",
                arg(&out_file),
            ],
            "needs --agreement",
        ),
        (
            vec![
                "export",
                "pdf",
                "--catalog",
                c,
                "--agreement",
                "1",
                "--out",
                arg(&out_file),
            ],
            "--agreement goes with",
        ),
        (
            vec![
                "export",
                "pdf",
                "--catalog",
                c,
                "--contract",
                "1",
                "--check",
            ],
            "--check is the preflight",
        ),
        (
            vec![
                "export",
                "dpa",
                "--catalog",
                c,
                "--agreement",
                "99",
                "--check",
            ],
            "no agreement with id 99",
        ),
    ] {
        let out = datapakt(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    assert!(!out_file.exists());
}

#[test]
fn import_odcs_creates_then_updates_and_a_bad_file_fails_naming_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    let folder = dir.path().join("odcs");
    assert!(datapakt(&["init", "--catalog", arg(&demo), "--demo"])
        .status
        .success());
    let out = datapakt(&[
        "export",
        "odcs",
        "--all",
        "--catalog",
        arg(&demo),
        "--out",
        arg(&folder),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files: Vec<String> = (1..=3)
        .map(|n| arg(&folder.join(format!("contract-{n}.odcs.yaml"))).to_owned())
        .collect();

    let catalog = dir.path().join("empty.datapakt");
    assert!(datapakt(&["init", "--catalog", arg(&catalog)])
        .status
        .success());
    let mut import = vec!["import", "odcs", "--catalog", arg(&catalog)];
    import.extend(files.iter().map(String::as_str));
    let out = datapakt(&import);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed
            .contains("contract-1.odcs.yaml: created contract 1 \"Elevregister til elevportalen\""),
        "{printed}"
    );
    assert!(
        printed.contains("note: the catalog has no integration"),
        "{printed}"
    );
    let out = datapakt(&import);
    assert!(String::from_utf8_lossy(&out.stdout).contains("updated contract 1"));

    let bad = dir.path().join("bad.odcs.yaml");
    let text = std::fs::read_to_string(&files[0]).unwrap().replacen(
        "logicalType: string",
        "logicalType: text",
        1,
    );
    std::fs::write(&bad, text).unwrap();
    let out = datapakt(&[
        "import",
        "odcs",
        "--catalog",
        arg(&catalog),
        &files[1],
        arg(&bad),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message
            .contains("bad.odcs.yaml: schema[0].properties[0].logicalType: \"text\" is not one of"),
        "{message}"
    );
    assert!(message.contains("nothing was imported"), "{message}");
    let list = datapakt(&["list", "--catalog", arg(&catalog), "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(
        listed.as_array().unwrap().len(),
        3,
        "nothing added or duplicated"
    );

    let out = datapakt(&["import", "odcs", "--catalog", arg(&catalog)]);
    assert_eq!(out.status.code(), Some(2), "at least one file");
}

#[test]
fn settings_show_and_change_the_default_api_profile() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let out = datapakt(&["settings", "--catalog", c]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "default-profile: generic\nodcs-version: v3.1.0\n"
    );
    let out = datapakt(&["settings", "--catalog", c, "--odcs-version", "3.2.0"]);
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("odcs-version: v3.2.0\n"));
    let out = datapakt(&["settings", "--catalog", c, "--odcs-version", "v4.0.0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give v3.1.0 or v3.2.0"),
        "{}",
        stderr(&out)
    );
    let out = datapakt(&["settings", "--catalog", c, "--default-profile", "se-rest"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stub = dir.path().join("stub.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--contract",
        "1",
        "--out",
        arg(&stub),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&stub)
            .unwrap()
            .contains("/api-info"),
        "se-rest applies"
    );
    let out = datapakt(&["settings", "--catalog", c, "--default-profile", "nordic"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// The id of the integration named `name`, from `list --kind integrations --json`.
fn integration_id(catalog: &str, name: &str) -> String {
    id_of(catalog, "integrations", name)
}

#[test]
fn export_openapi_of_an_integration_covers_its_contracts_and_refuses_one_without() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let nightly = integration_id(c, "Nattlig elevsynkronisering");

    let json = dir.path().join("nightly.openapi.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--integration",
        &nightly,
        "--out",
        arg(&json),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).is_empty(),
        "an endpoint is recorded: no warning"
    );
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(doc["info"]["title"], "Nattlig elevsynkronisering");
    assert_eq!(
        doc["info"]["x-datapakt-integration-id"].to_string(),
        nightly
    );
    assert_eq!(doc["info"]["x-datapakt-contracts"][0]["id"], 1);
    assert!(doc["info"].get("x-datapakt-profile").is_none(), "generic");
    // The same catalog gives the same bytes.
    let again = dir.path().join("again.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--integration",
        &nightly,
        "--out",
        arg(&again),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(&json).unwrap(),
        std::fs::read(&again).unwrap()
    );

    let yaml = dir.path().join("lookup.openapi.yaml");
    let lookup = integration_id(c, "Folkeregisteroppslag fra sak og arkiv");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--integration",
        &lookup,
        "--profile",
        "se-rest",
        "--syntax",
        "yaml",
        "--out",
        arg(&yaml),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: no endpoint is recorded for Folkeregisterkopi (KS Fiks)"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(
        text.starts_with("openapi: 3.1.0") && text.contains("/v3/personer:"),
        "{text}"
    );

    // Usage mistakes: --integration with --contract or --all, or with another format.
    let other = dir.path().join("other.json");
    for args in [
        vec!["--contract", "1", "--integration", &nightly],
        vec!["--all", "--integration", &nightly],
    ] {
        let mut command = vec!["export", "openapi", "--catalog", c, "--out", arg(&other)];
        command.extend(args);
        let out = datapakt(&command);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {}", stderr(&out));
    }
    let out = datapakt(&[
        "export",
        "pdf",
        "--catalog",
        c,
        "--integration",
        &nightly,
        "--out",
        arg(&other),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--integration goes with `datapakt export openapi`"),
        "{}",
        stderr(&out)
    );
    assert!(!other.exists());

    // Without its contract, the event integration has no API to describe.
    let events = integration_id(c, "Ansatthendelser til tilgangsstyring");
    assert!(delete_contract_3(&catalog), "the contract is deleted");
    let orphan = dir.path().join("orphan.json");
    let out = datapakt(&[
        "export",
        "openapi",
        "--catalog",
        c,
        "--integration",
        &events,
        "--out",
        arg(&orphan),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("no contract governs integration")
            && message.contains("Ansatthendelser til tilgangsstyring")
            && message.contains("link a contract to it"),
        "{message}"
    );
    assert!(out.stdout.is_empty());
    assert!(!orphan.exists());
}

#[test]
fn advise_an_integration_in_words_and_as_json_and_flag_soap() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());

    // Real-time, asynchronous, guaranteed delivery, on messaging: a queue, followed.
    let events = integration_id(c, "Ansatthendelser til tilgangsstyring");
    let out = datapakt(&["advise", "--catalog", c, "--integration", &events]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("recommended: message queue"), "{text}");
    assert!(text.contains("pattern: event-based provisioning"), "{text}");
    assert!(
        text.contains("  - The information must flow in real time"),
        "{text}"
    );
    assert!(text.contains("(follows the advice)"), "{text}");

    // The nightly synchronisation, as JSON: a scheduled full synchronisation over REST.
    let nightly = integration_id(c, "Nattlig elevsynkronisering");
    let out = datapakt(&[
        "advise",
        "--catalog",
        c,
        "--integration",
        &nightly,
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["integration"].to_string(), nightly);
    assert_eq!(doc["answers"]["batch_possible"], true);
    assert_eq!(doc["advice"]["technology"], "rest");
    assert_eq!(doc["advice"]["pattern"], "full-sync-batch");
    assert_eq!(doc["advice"]["covered"], true);
    assert_eq!(
        doc["advice"]["reasons"][0]["message"],
        "advice-reason-scheduled-sync"
    );
    assert!(doc["deviation"].is_null());

    // Recorded as SOAP, it is a finding.
    {
        let mut opened = contracts::store::Catalog::open(&catalog).unwrap();
        let id = contracts::model::IntegrationId(nightly.parse().unwrap());
        let mut draft = opened.integration(id).unwrap().draft;
        draft.technology = contracts::model::Technology::SoapLegacy;
        opened.save(Some(id), draft).unwrap();
    }
    let out = datapakt(&["advise", "--catalog", c, "--integration", &nightly]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("(finding: SOAP must not be used for a new interface"),
        "{text}"
    );
    let out = datapakt(&[
        "advise",
        "--catalog",
        c,
        "--integration",
        &nightly,
        "--json",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["deviation"]["severity"], "finding");

    // An unknown integration is an error.
    let out = datapakt(&["advise", "--catalog", c, "--integration", "999"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn report_gaps_lists_each_missing_safeguard_as_text_json_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    assert!(datapakt(&["init", "--demo", "--catalog", arg(&demo)])
        .status
        .success());

    let out = datapakt(&["report", "gaps", "--catalog", arg(&demo), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let gaps: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let gaps = gaps.as_array().unwrap();
    assert_eq!(gaps.len(), 2, "{gaps:#?}");
    assert!(gaps
        .iter()
        .all(|g| g["name"] == "Nattlig elevsynkronisering" && g["shipped_default"] == true));
    assert_eq!(gaps[0]["safeguard"], "access-review-half-yearly");
    assert_eq!(gaps[0]["reason"], "level");
    assert_eq!(gaps[1]["safeguard"], "pseudonymisation");
    assert_eq!(gaps[1]["reason"], "sensitive");
    assert!(!gaps[0]["contracts"].as_array().unwrap().is_empty());

    let out = datapakt(&["report", "gaps", "--catalog", arg(&demo), "--csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "integration,name,safeguard,reason,level,contracts,shipped_default"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[2].contains(",Nattlig elevsynkronisering,Pseudonymisation where the purpose allows it,sensitive personal data,"),
        "{csv}"
    );
    assert!(lines[2].ends_with(",yes"), "{csv}");

    let out = datapakt(&["report", "gaps", "--catalog", arg(&demo), "--lang", "sv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Brister i skyddsåtgärder\n"), "{text}");
    assert!(text.contains("känsliga personuppgifter"), "{text}");
    assert!(text.ends_with("(2)\n"), "{text}");

    let pdf = dir.path().join("gaps.pdf");
    let out = datapakt(&[
        "report",
        "gaps",
        "--catalog",
        arg(&demo),
        "--pdf",
        arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let empty = dir.path().join("empty.datapakt");
    assert!(datapakt(&["init", "--catalog", arg(&empty)])
        .status
        .success());
    let out = datapakt(&["report", "gaps", "--catalog", arg(&empty)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("No integration lacks a safeguard"));
}

#[test]
fn advise_from_answers_alone_and_refuse_bad_answers() {
    // A 500 MB message, batch possible: the strategy's file/batch branch.
    let out = datapakt(&[
        "advise",
        "--realtime",
        "no",
        "--sync",
        "no",
        "--message-mb",
        "2048",
        "--batch-possible",
        "yes",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["advice"]["technology"], "batch");
    assert_eq!(doc["answers"]["message_kb"], 2048 * 1024);
    assert!(doc.get("deviation").is_none());

    // Over 1 GB where batch is impossible: the case the tree does not cover.
    let out = datapakt(&["advise", "--message-mb", "2048", "--batch-possible", "no"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("not covered:"));

    // Real time, synchronous, small: a REST API.
    let out = datapakt(&[
        "advise",
        "--realtime",
        "yes",
        "--sync",
        "yes",
        "--message-mb",
        "0.01",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("recommended: REST API"));

    // No answers at all, a negative size, and a word for a yes/no: usage errors naming the flag.
    let out = datapakt(&["advise"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give the answers"),
        "{}",
        stderr(&out)
    );
    let out = datapakt(&["advise", "--daily-mb=-3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--daily-mb -3"), "{}", stderr(&out));
    let out = datapakt(&["advise", "--realtime", "maybe"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--realtime"), "{}", stderr(&out));
}

#[test]
fn report_requests_lists_the_open_requests_overdue_first_and_list_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    assert!(datapakt(&["init", "--demo", "--catalog", arg(&demo)])
        .status
        .success());

    let out = datapakt(&["report", "requests", "--catalog", arg(&demo), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5, "{rows:#?}");
    assert_eq!(rows[0]["subject"], "Elevlister til skoleskyss");
    assert_eq!(rows[0]["overdue"], true);
    assert_eq!(rows[0]["status"], "waiting");

    let out = datapakt(&["report", "requests", "--catalog", arg(&demo), "--csv"]);
    let csv = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        csv.lines().next(),
        Some("request,subject,asker,status,assignee,follow_up,overdue,links")
    );

    let out = datapakt(&[
        "report",
        "requests",
        "--catalog",
        arg(&demo),
        "--lang",
        "nb",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Åpne integrasjonshenvendelser\n"),
        "{text}"
    );
    assert!(text.contains("Forfalte oppfølginger: 1"), "{text}");

    let pdf = dir.path().join("requests.pdf");
    let out = datapakt(&[
        "report",
        "requests",
        "--catalog",
        arg(&demo),
        "--pdf",
        arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let out = datapakt(&[
        "list",
        "--catalog",
        arg(&demo),
        "--kind",
        "requests",
        "--json",
    ]);
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        listed[0]["name"], "Elevlister til skoleskyss",
        "by subject, not by date"
    );
    assert_eq!(listed.as_array().unwrap().len(), 6);
}

#[test]
fn map_writes_svg_or_png_by_extension_filters_and_lists_the_anomalies() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());

    let svg = dir.path().join("kart.svg");
    let out = datapakt(&["map", "--catalog", c, "--lang", "nb", "--out", arg(&svg)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains(": 6 systems, 5 integrations, 9 anomalies"),
        "{text}"
    );
    assert!(text.contains("no-owner integration"), "{text}");
    assert!(text.contains("owner-not-information-owner"), "{text}");
    assert!(
        text.contains("access-under-contract-not-in-force"),
        "{text}"
    );
    assert!(text.contains("unclassified-contract contract"), "{text}");
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(drawn.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(drawn.contains("Eierskaps- og integrasjonskart"));
    assert!(drawn.trim_end().ends_with("</svg>"));

    // Only file transfers, coloured by owner, as PNG.
    let png = dir.path().join("kart.png");
    let out = datapakt(&[
        "map",
        "--catalog",
        c,
        "--pattern",
        "file-transfer",
        "--colour",
        "owner",
        "--out",
        arg(&png),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains(": 4 systems, 2 integrations"), "{text}");
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(bytes.len() > 1_000);

    // An unknown extension, or a filter value that does not exist, is refused and nothing
    // is written.
    let gif = dir.path().join("kart.gif");
    let out = datapakt(&["map", "--catalog", c, "--out", arg(&gif)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("end the file name in .svg or .png"),
        "{}",
        stderr(&out)
    );
    assert!(!gif.exists());
    let out = datapakt(&[
        "map",
        "--catalog",
        c,
        "--pattern",
        "carrier-pigeon",
        "--out",
        arg(&svg),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("carrier-pigeon"), "{}", stderr(&out));
    let out = datapakt(&[
        "map",
        "--catalog",
        c,
        "--classification",
        "high",
        "--out",
        arg(&svg),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unclassified"), "{}", stderr(&out));
}

/// The id of the item of `kind` named `name`, from `list --kind KIND --json`.
fn id_of(catalog: &str, kind: &str, name: &str) -> String {
    let list = datapakt(&["list", "--catalog", catalog, "--kind", kind, "--json"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let listed: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}: {listed}"))["id"]
        .to_string()
}

#[test]
fn grant_is_refused_with_its_reason_under_a_draft_contract_and_listed_under_an_approved_one() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    let c = arg(&demo);
    assert!(datapakt(&["init", "--demo", "--catalog", c])
        .status
        .success());
    let report = |c: &str| {
        let out = datapakt(&["report", "access", "--catalog", c, "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let before = report(c).as_array().unwrap().len();

    // The HR feed's contract (3) is still a draft.
    let hr = integration_id(c, "Ansatthendelser til tilgangsstyring");
    let iam = id_of(c, "systems", "Tilgangsstyring (IAM)");
    let out = datapakt(&[
        "grant",
        "--catalog",
        c,
        "--integration",
        &hr,
        "--consumer",
        &iam,
        "--contract",
        "3",
        "--until",
        "2027-06-30",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let reason = stderr(&out);
    assert!(
        reason.contains("access refused: The contract is a draft")
            && reason.contains("approve it first"),
        "{reason}"
    );
    assert_eq!(
        report(c).as_array().unwrap().len(),
        before,
        "nothing granted"
    );

    // The pupil contract (1) is approved and governs the nightly sync to the portal.
    let sync = integration_id(c, "Nattlig elevsynkronisering");
    let portal = id_of(c, "systems", "Elevportalen");
    let owner = id_of(c, "people", "Åse Bjørnstad");
    let out = datapakt(&[
        "grant",
        "--catalog",
        c,
        "--integration",
        &sync,
        "--consumer",
        &portal,
        "--contract",
        "1",
        "--from",
        "2026-11-02",
        "--until",
        "2027-06-30",
        "--granted-by",
        &owner,
        "--note",
        "Sak 2026/204",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        said.contains("\"Nattlig elevsynkronisering → Elevportalen\" under contract 1, 2026-11-02 to 2027-06-30"),
        "{said}"
    );
    assert!(
        said.contains(
            "review due: 2027-05-02 (Access review at least every six months; a shipped default)"
        ),
        "{said}"
    );
    let rows = report(c);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), before + 1);
    let granted = rows.last().unwrap();
    assert_eq!(granted["contract"], 1);
    assert_eq!(granted["granted_by"].to_string(), owner);
    assert_eq!(granted["review_due"], "2027-05-02");
    assert_eq!(granted["valid_until"], "2027-06-30");

    // The same as text, in Norwegian.
    let out = datapakt(&["report", "access", "--catalog", c, "--lang", "nb"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Tilgangsregister\n"), "{text}");
    assert!(text.contains("Gjennomgang forfalt"), "{text}");

    // A review confirms the access (the next review an interval later), another revokes it.
    let grant = granted["grant"].to_string();
    let review = |outcome: &str, on: &str| {
        datapakt(&[
            "review",
            "--catalog",
            c,
            "--grant",
            &grant,
            "--outcome",
            outcome,
            "--by",
            &owner,
            "--on",
            on,
        ])
    };
    let out = review("confirmed", "2027-01-10");
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(said.contains("on 2027-01-10: Confirmed"), "{said}");
    // Six months on is past its last day, so the review falls due on that day.
    assert!(said.contains("review due: 2027-06-30"), "{said}");
    let out = review("revoked", "2027-02-01");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("status: Revoked"));
    let rows = report(c);
    let row = rows.as_array().unwrap().last().unwrap().clone();
    assert_eq!(row["status"], "revoked");
    // A grant that does not exist, or a bad day, is a clear error and changes nothing.
    let out = datapakt(&[
        "review",
        "--catalog",
        c,
        "--grant",
        "999",
        "--outcome",
        "confirmed",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("999"), "{}", stderr(&out));
    let out = review("confirmed", "2027-13-01");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--on"), "{}", stderr(&out));
    assert_eq!(report(c), rows);
}

#[test]
fn grant_explains_a_contract_that_does_not_cover_the_consumer_and_refuses_bad_dates() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    let c = arg(&demo);
    assert!(datapakt(&["init", "--demo", "--catalog", c])
        .status
        .success());
    let sync = integration_id(c, "Nattlig elevsynkronisering");
    let archive = id_of(c, "systems", "Sak og arkiv (Noark 5)");
    let grant = |extra: &[&str]| {
        let mut args = vec![
            "grant",
            "--catalog",
            c,
            "--integration",
            &sync,
            "--contract",
            "1",
        ];
        args.extend_from_slice(extra);
        datapakt(&args)
    };
    let out = grant(&["--consumer", &archive, "--until", "2027-06-30"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("The contract does not name this consumer"),
        "{}",
        stderr(&out)
    );

    // Not a day: refused before the catalog is opened, naming the argument.
    let out = grant(&["--consumer", &archive, "--until", "2027-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--until") && stderr(&out).contains("not a date"),
        "{}",
        stderr(&out)
    );
    let out = grant(&["--consumer", &archive, "--until", "30.06.2027"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // Days in the wrong order: the last day of access names itself.
    let portal = id_of(c, "systems", "Elevportalen");
    let out = grant(&[
        "--consumer",
        &portal,
        "--from",
        "2027-01-01",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("The end date is before the start date"),
        "{}",
        stderr(&out)
    );

    // Neither a system nor an organisation.
    let out = grant(&["--until", "2027-06-30"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn diff_breaking_impact_and_changelog_follow_the_demo_contract_s_versions() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    let c = arg(&demo);
    assert!(datapakt(&["init", "--demo", "--catalog", c])
        .status
        .success());
    let population = "2";

    let out = datapakt(&["diff", "--catalog", c, "--contract", population, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let diff: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (diff["from"].as_str(), diff["to"].as_str()),
        (Some("2.1.0"), Some("3.0.0"))
    );
    assert_eq!(diff["assessment"]["bump"], "major");
    assert_eq!(
        diff["assessment"]["changes"][0]["rule"],
        "validity-shortened"
    );
    assert_eq!(
        diff["assessment"]["changes"][0]["change"]["kind"],
        "term-changed"
    );

    // The last release breaks; the one before only added.
    let out = datapakt(&["breaking", "--catalog", c, "--contract", population]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Valid to changed"));
    let out = datapakt(&[
        "breaking",
        "--catalog",
        c,
        "--contract",
        population,
        "--from",
        "2.0.1",
        "--to",
        "2.1.0",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = datapakt(&[
        "changelog",
        "--catalog",
        c,
        "--contract",
        population,
        "--lang",
        "sv",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let markdown = String::from_utf8_lossy(&out.stdout).into_owned();
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings.len(), 3, "{markdown}");
    assert!(headings[0].starts_with("## 3.0.0 ("), "{markdown}");
    let out = datapakt(&[
        "changelog",
        "--catalog",
        c,
        "--contract",
        population,
        "--format",
        "json",
    ]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["entries"].as_array().unwrap().len(), 3);

    let notices = dir.path().join("notices");
    let out = datapakt(&[
        "impact",
        "--catalog",
        c,
        "--contract",
        population,
        "--notices",
        arg(&notices),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(said.contains("access grants to review (1):"), "{said}");
    assert!(said.contains("Sak og arkiv (Noark 5)"), "{said}");
    let files: Vec<_> = std::fs::read_dir(&notices).unwrap().collect();
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        assert!(
            text.contains("versjon 3.0.0") && text.starts_with('«'),
            "{text}"
        );
    }

    // A version the contract does not have, or a contract that does not exist.
    let out = datapakt(&[
        "diff",
        "--catalog",
        c,
        "--contract",
        population,
        "--from",
        "9.9.9",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no version \"9.9.9\""),
        "{}",
        stderr(&out)
    );
    // An information set's versions, recorded as it is saved.
    let out = datapakt(&[
        "changelog",
        "--catalog",
        c,
        "--information-set",
        "1",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["item"]["information-set"], 1);
    assert_eq!(log["entries"][0]["version"], "1.0.0");
    let out = datapakt(&["breaking", "--catalog", c, "--information-set", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = datapakt(&["diff", "--catalog", c]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a contract or a set is required"
    );
    assert!(stderr(&out).contains("--contract ID or --information-set ID"));
    let out = datapakt(&["impact", "--catalog", c, "--contract", "99"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no contract with id 99"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn breaking_compares_two_odcs_files_and_names_a_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.datapakt");
    let c = arg(&demo);
    assert!(datapakt(&["init", "--demo", "--catalog", c])
        .status
        .success());
    let old = dir.path().join("old.odcs.yaml");
    let out = datapakt(&[
        "export",
        "odcs",
        "--catalog",
        c,
        "--contract",
        "1",
        "--out",
        arg(&old),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = std::fs::read_to_string(&old).unwrap();

    // The same document: nothing breaks.
    let out = datapakt(&["breaking", "--old", arg(&old), "--new", arg(&old)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("No changes."));

    // A property dropped from the next export breaks its consumers.
    let property = yaml
        .lines()
        .position(|l| l.trim_start().starts_with("- name: ") && l.starts_with("      "))
        .expect("a property");
    let indent = yaml.lines().nth(property).unwrap().len()
        - yaml.lines().nth(property).unwrap().trim_start().len();
    let lines: Vec<&str> = yaml.lines().collect();
    let end = (property + 1..lines.len())
        .find(|i| {
            let l = lines[*i];
            let own = l.len() - l.trim_start().len();
            !l.trim().is_empty()
                && (own < indent || (own == indent && l.trim_start().starts_with("- ")))
        })
        .unwrap_or(lines.len());
    let removed = lines[property]
        .trim_start()
        .trim_start_matches("- name: ")
        .to_owned();
    let mut trimmed: Vec<&str> = lines[..property].to_vec();
    trimmed.extend_from_slice(&lines[end..]);
    let new = dir.path().join("new.odcs.yaml");
    std::fs::write(&new, trimmed.join("\n")).unwrap();
    let out = datapakt(&["breaking", "--old", arg(&old), "--new", arg(&new)]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}{}", stderr(&out));
    assert!(
        said.contains(&format!("{removed} removed")),
        "{removed}: {said}"
    );
    assert!(stderr(&out).contains("break consumers"));

    // Not ODCS at all: the file is named, exit 2 (never 1, which means a break).
    let broken = dir.path().join("broken.yaml");
    std::fs::write(&broken, "kind: [unclosed").unwrap();
    let out = datapakt(&["breaking", "--old", arg(&old), "--new", arg(&broken)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("broken.yaml"), "{}", stderr(&out));
    // Half a pair is a usage error.
    let out = datapakt(&["breaking", "--old", arg(&old)]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_jsonschema_writes_an_information_set_s_schema_and_explains_a_wrong_flag() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("demo.datapakt");
    let c = arg(&catalog);
    assert!(datapakt(&["init", "--catalog", c, "--demo"])
        .status
        .success());
    let out = dir.path().join("set.schema.json");
    let written = datapakt(&[
        "export",
        "jsonschema",
        "--catalog",
        c,
        "--information-set",
        "1",
        "--out",
        arg(&out),
    ]);
    assert!(written.status.success(), "{}", stderr(&written));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    for (args, said) in [
        (
            vec!["export", "jsonschema", "--catalog", c],
            "--information-set <",
        ),
        (
            vec!["export", "odcs", "--catalog", c, "--information-set", "1"],
            "goes with `datapakt export jsonschema`",
        ),
    ] {
        let mut args = args;
        args.extend(["--out", arg(&out)]);
        let refused = datapakt(&args);
        assert!(!refused.status.success(), "{args:?}");
        assert!(
            stderr(&refused).contains(said),
            "{args:?}: {}",
            stderr(&refused)
        );
    }
}

#[test]
#[cfg(unix)]
fn output_into_a_closed_pipe_ends_the_program_quietly() {
    use std::os::unix::process::ExitStatusExt;
    // The reading end is closed before the program writes a line, as `| head` closes it
    // after its first lines.
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_datapakt"))
        .arg("--help")
        .stdout(writer)
        .output()
        .expect("datapakt runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        output.status.signal(),
        Some(libc_sigpipe()),
        "{:?}",
        output.status
    );
}

/// SIGPIPE's number on the platforms the tests run on.
#[cfg(unix)]
fn libc_sigpipe() -> i32 {
    13
}
