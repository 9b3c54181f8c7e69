//! Every demo contract's and every demo integration's OpenAPI stub, under every API profile, in
//! JSON and in YAML, written by the `datapakt` CLI as a user would write it, passes three
//! independent checkers; so does, under every profile, a stub of awkward information sets
//! (names alike, names of the fixed paths and components, examples their own schema refuses),
//! one of a contract with no information set, and one of an integration whose contracts share
//! such sets, written from Rust:
//!
//! - openapi-spec-validator (PyPI), run for real: no error;
//! - Spectral (npm) with its own `spectral:oas` rules: no error and no warning;
//! - Redocly CLI (npm) `lint` with its recommended rules: no error and no warning.
//!
//! `cargo xtask test` installs the pinned tools under `target/validators` (pins in
//! `xtask/validators/`) and passes that folder in `DATAPAKT_VALIDATORS_DIR`; the rule files are
//! in `contracts/tests/openapi-lint/`. Nothing here reaches the network. Each linter runs once
//! over all the files, the three at the same time. The files stay in `target/tmp/openapi-lint/`
//! for a person to look at.

#![cfg(feature = "cli")]

mod common;

use std::path::{Path, PathBuf};

use common::{arg, datapakt, fresh_dir, installed, validators_dir};
use std::process::{Child, Command, Output, Stdio};

use contracts::formats::openapi::integration::{
    integration_openapi, Governing, IntegrationContext,
};
use contracts::formats::openapi::{contract_openapi, profiles};
use contracts::formats::{Context, IntegrationFacts};
use contracts::model::{
    ApiProfile, Contract, ContractId, InformationSet, InformationSetDraft, InformationSetId,
    Integration, IntegrationDraft, IntegrationId, Pattern, SchemaField, SchemaType,
};

/// The syntaxes the CLI writes, which are also the files' extensions.
const SYNTAXES: [&str; 2] = ["json", "yaml"];

/// The rule files the linters use.
fn rules(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/openapi-lint")
        .join(file)
}

/// The three linters, each named and ready to take the files to check as arguments.
fn linters() -> Vec<(&'static str, Command)> {
    let dir = validators_dir();
    let python_path = installed(dir.join("openapi-spec-validator"));
    installed(python_path.join("openapi_spec_validator/__main__.py"));
    let mut validator = Command::new("python3");
    validator
        .args(["-m", "openapi_spec_validator", "--validation-errors", "all"])
        .env("PYTHONPATH", python_path)
        .env("PYTHONNOUSERSITE", "1");

    let bin = dir.join("node/node_modules/.bin");
    let mut spectral = Command::new(installed(bin.join("spectral")));
    spectral
        .arg("lint")
        .arg("--ruleset")
        .arg(rules("spectral.yaml"))
        .args(["--fail-severity", "warn", "--format", "text"])
        .env("SCARF_ANALYTICS", "false");

    let mut redocly = Command::new(installed(bin.join("redocly")));
    redocly
        .arg("lint")
        .arg("--config")
        .arg(rules("redocly.yaml"))
        .args(["--format", "stylish"])
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");

    vec![
        ("openapi-spec-validator", validator),
        ("spectral", spectral),
        ("redocly", redocly),
    ]
}

/// The ids `datapakt list --json` prints for `kind`.
fn demo_ids(catalog: &str, kind: &str) -> Vec<String> {
    let list = datapakt(&["list", "--catalog", catalog, "--kind", kind, "--json"]);
    let items: serde_json::Value =
        serde_json::from_slice(&list.stdout).expect("`list --json` prints JSON");
    let ids: Vec<String> = items
        .as_array()
        .expect("`list --json` prints an array")
        .iter()
        .map(|item| item["id"].to_string())
        .collect();
    assert!(!ids.is_empty(), "the demo catalog has {kind}");
    ids
}

/// Writes every demo contract's and every demo integration's stub under every profile in every
/// syntax into `dir`.
fn write_demo_stubs(dir: &Path) -> Vec<PathBuf> {
    let catalog = dir.join("demo.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog, "--demo"]);
    let mut files = Vec::new();
    for kind in ["contract", "integration"] {
        for id in demo_ids(catalog, &format!("{kind}s")) {
            for profile in ApiProfile::ALL.map(ApiProfile::as_str) {
                for syntax in SYNTAXES {
                    let out = dir.join(format!("{kind}-{id}-{profile}.{syntax}"));
                    datapakt(&[
                        "export",
                        "openapi",
                        "--catalog",
                        catalog,
                        &format!("--{kind}"),
                        &id,
                        "--profile",
                        profile,
                        "--syntax",
                        syntax,
                        "--out",
                        arg(&out),
                    ]);
                    files.push(out);
                }
            }
        }
    }
    files
}

/// A field of `field_type` with `examples` (and `enum_values`, when given).
fn schema_field(
    name: &str,
    field_type: SchemaType,
    examples: &[&str],
    enums: &[&str],
) -> SchemaField {
    SchemaField {
        name: name.into(),
        field_type,
        required: true,
        description: format!("The {name}."),
        examples: examples.iter().map(|e| (*e).to_owned()).collect(),
        enum_values: enums.iter().map(|e| (*e).to_owned()).collect(),
        classification: Some(2),
        ..SchemaField::default()
    }
}

/// A contract governing information sets whose names (or own API resource names) clash once
/// made into paths and component names, with examples their own fields refuse, served by events and in batch.
fn awkward_contract() -> (Contract, Context) {
    let fields = vec![
        schema_field("trinn", SchemaType::Integer, &["ti", "5"], &[]),
        schema_field("kjonn", SchemaType::String, &["X", "K"], &["M", "K"]),
        schema_field("aktiv", SchemaType::Boolean, &["ja"], &[]),
    ];
    let names = [
        "Elever",
        "elever",
        "API info",
        "Problem",
        "Change event",
        "Elever page",
    ];
    let mut sets: Vec<InformationSet> = (1..)
        .zip(names)
        .map(|(id, name)| InformationSet {
            id: InformationSetId(id),
            draft: InformationSetDraft {
                name: name.into(),
                description: format!("{name}, as a school keeps them."),
                fields: fields.clone(),
                ..InformationSetDraft::default()
            },
        })
        .collect();
    // One names its API resource itself, as another set's path is already named.
    sets.push(InformationSet {
        id: InformationSetId(100),
        draft: InformationSetDraft {
            name: "Elevopplysninger".into(),
            description: "Elevopplysninger, as a school keeps them.".into(),
            fields: fields.clone(),
            resource: Some("elever".into()),
            ..InformationSetDraft::default()
        },
    });
    let contract = Contract {
        id: ContractId(7),
        draft: contracts::app::demo::contracts()[0].clone(),
        state: Default::default(),
    };
    let context = Context {
        sets,
        patterns: vec![Pattern::EventProvisioning, Pattern::FullSyncBatch],
        ..Context::default()
    };
    (contract, context)
}

/// An event-based integration governed by three contracts: two share one of the awkward
/// contract's information sets and split the others, the third governs none (its own fields
/// are a resource, named like another resource's page).
fn awkward_integration() -> IntegrationContext {
    let (contract, context) = awkward_contract();
    let sets = context.sets;
    let governing = |id: i64, title: &str, sets: Vec<InformationSet>| Governing {
        contract: Contract {
            id: ContractId(id),
            draft: contracts::model::ContractDraft {
                title: title.into(),
                ..contract.draft.clone()
            },
            state: Default::default(),
        },
        sets,
    };
    IntegrationContext {
        facts: IntegrationFacts {
            integration: Integration {
                id: IntegrationId(5),
                draft: IntegrationDraft {
                    name: "Elever til alle".into(),
                    description: "Elever, varslet når de endres.".into(),
                    pattern: Pattern::EventProvisioning,
                    ..IntegrationDraft::default()
                },
            },
            provider: Some("Skoleadministrativt system".into()),
            consumers: vec!["Elevportalen".into(), "Biblioteket".into()],
        },
        owner: None,
        provider_endpoints: vec!["https://skole.eksempel.kommune.no/api/v2".into()],
        contracts: vec![
            governing(7, "Elever til portalen", sets[..4].to_vec()),
            governing(8, "Elever til biblioteket", sets[3..].to_vec()),
            governing(9, "Elever page", Vec::new()),
        ],
        schemes: Vec::new(),
    }
}

/// Writes, under every profile and as JSON into `dir`, the awkward contract's stub, the
/// stub of a demo contract on its own (no information set, nothing classified: no security)
/// and the awkward integration's stub.
fn write_awkward_stubs(dir: &Path) -> Vec<PathBuf> {
    let (awkward, context) = awkward_contract();
    let plain = Contract {
        id: ContractId(8),
        draft: contracts::app::demo::contracts()[1].clone(),
        state: Default::default(),
    };
    let cases = [
        ("awkward", awkward, context),
        ("plain", plain, Context::default()),
    ];
    let mut files = Vec::new();
    for (name, contract, context) in &cases {
        for profile in ApiProfile::ALL {
            let mut document = contract_openapi(contract, context);
            profiles::apply(profile, &mut document);
            let file = dir.join(format!("{name}-{}.json", profile.as_str()));
            let text = serde_json::to_string_pretty(&document).expect("a Value serialises");
            std::fs::write(&file, text).expect("the stub can be written");
            files.push(file);
        }
    }
    let integration = awkward_integration();
    for profile in ApiProfile::ALL {
        let mut document = integration_openapi(&integration);
        profiles::apply(profile, &mut document);
        let file = dir.join(format!("awkward-integration-{}.json", profile.as_str()));
        let text = serde_json::to_string_pretty(&document).expect("a Value serialises");
        std::fs::write(&file, text).expect("the stub can be written");
        files.push(file);
    }
    files
}

/// Starts `command` on `files`, its output captured.
fn start(name: &str, command: &mut Command, files: &[PathBuf]) -> Child {
    command
        .args(files)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{name} does not start ({e}): run `cargo xtask test`"))
}

/// Runs every linter over `files` at once; returns each one's name and output.
fn lint(files: &[PathBuf]) -> Vec<(&'static str, Output)> {
    let running: Vec<(&'static str, Child)> = linters()
        .into_iter()
        .map(|(name, mut command)| (name, start(name, &mut command, files)))
        .collect();
    running
        .into_iter()
        .map(|(name, child)| {
            let output = child
                .wait_with_output()
                .unwrap_or_else(|e| panic!("{name} did not finish: {e}"));
            (name, output)
        })
        .collect()
}

/// What a linter printed, for a failure message.
fn printed(name: &str, output: &Output) -> String {
    format!(
        "── {name} ({}) ──\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Redocly's exit code counts errors only; its summary ("You have 3 warnings.") counts
/// warnings.
fn redocly_warned(output: &Output) -> bool {
    let text = String::from_utf8_lossy(&output.stderr) + String::from_utf8_lossy(&output.stdout);
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|pair| {
        pair[1].starts_with("warning") && pair[0].parse::<u32>().is_ok_and(|count| count > 0)
    })
}

#[test]
fn every_stub_passes_every_openapi_linter() {
    let dir = fresh_dir("openapi-lint", "stubs");
    let mut files = write_demo_stubs(&dir);
    assert_eq!(files.len() % (ApiProfile::ALL.len() * SYNTAXES.len()), 0);
    files.extend(write_awkward_stubs(&dir));
    let failures: Vec<String> = lint(&files)
        .iter()
        .filter(|(name, output)| {
            !output.status.success() || (*name == "redocly" && redocly_warned(output))
        })
        .map(|(name, output)| printed(name, output))
        .collect();
    assert!(
        failures.is_empty(),
        "the OpenAPI stubs in {} do not pass:\n{}",
        dir.display(),
        failures.join("\n")
    );
}

#[test]
fn every_linter_catches_a_broken_stub() {
    // Guards the test above against a linter that accepts anything or checks no file: no
    // title, and a reference to a schema that does not exist.
    let dir = fresh_dir("openapi-lint", "broken");
    let broken = dir.join("broken.json");
    let document = serde_json::json!({
        "openapi": "3.1.0",
        "info": { "version": "1.0.0" },
        "paths": { "/records": { "get": {
            "operationId": "listRecords",
            "responses": { "200": {
                "description": "The records.",
                "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Missing" },
                } },
            } },
        } } },
    });
    std::fs::write(&broken, document.to_string()).expect("the broken stub can be written");
    for (name, output) in lint(&[broken]) {
        assert!(
            !output.status.success(),
            "{name} accepts a stub with no title and a dangling reference:\n{}",
            printed(name, &output)
        );
    }
}

/// Breaks `stub` (a stub that follows the profile) against profile rule `rule`.
fn broken(stub: &serde_json::Value, rule: &str) -> serde_json::Value {
    use serde_json::json;
    let mut doc = stub.clone();
    let first_path = || {
        doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .next()
            .unwrap()
            .clone()
    };
    match rule {
        "maskinporten-scope" => {
            doc["components"]["securitySchemes"]["maskinporten"]["flows"]["clientCredentials"]
                ["scopes"] = json!({ "other": "Another scope." });
        }
        "on-behalf-of" => {
            let path = first_path();
            doc["paths"][&path]["get"]["parameters"]
                .as_array_mut()
                .unwrap()
                .retain(|p| p["$ref"] != "#/components/parameters/OnBehalfOf");
        }
        "utf-8" => doc["info"]["x-ks-fiks-charset"] = json!("ISO-8859-1"),
        "read-timeout" => doc["info"]["x-ks-fiks-read-timeout-seconds"] = json!(60),
        "lower-case-resources" | "versioned-paths" | "api-info" => {
            let paths = doc["paths"].as_object_mut().unwrap();
            let moved: serde_json::Map<String, serde_json::Value> = std::mem::take(paths)
                .into_iter()
                .filter(|(path, _)| rule != "api-info" || !path.ends_with("/api-info"))
                .map(|(path, item)| match rule {
                    "lower-case-resources" => (path.replacen("/v1/", "/v1/Ny_", 1), item),
                    "versioned-paths" => (path.replacen("/v1/", "/", 1), item),
                    _ => (path, item),
                })
                .collect();
            *paths = moved;
        }
        "limit-page-paging" => {
            doc["components"]["parameters"]["limit"]["schema"]["default"] = json!(50);
        }
        "utc-dates" => {
            let schemas = doc["components"]["schemas"].as_object_mut().unwrap();
            let first = schemas.values_mut().next().unwrap();
            first["properties"]["lokalTid"] = json!({ "type": "string", "format": "date-time" });
        }
        "bearer-only" => {
            doc["components"]["securitySchemes"]["key"] =
                json!({ "type": "apiKey", "in": "query", "name": "key" });
        }
        other => panic!("no breaker for rule {other}: add one"),
    }
    doc
}

#[test]
fn each_profile_s_spectral_ruleset_passes_its_stubs_and_catches_each_rule_broken() {
    let dir = fresh_dir("openapi-lint", "spectral-rulesets");
    let catalog = dir.join("demo.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog, "--demo"]);
    let contracts = demo_ids(catalog, "contracts");
    for profile in ApiProfile::ALL {
        let name = profile.as_str();
        let ruleset = dir.join(format!("{name}.spectral.yaml"));
        datapakt(&[
            "export",
            "spectral",
            "--catalog",
            catalog,
            "--profile",
            name,
            "--out",
            arg(&ruleset),
        ]);
        let mut files = Vec::new();
        for id in &contracts {
            let stub = dir.join(format!("contract-{id}-{name}.json"));
            datapakt(&[
                "export",
                "openapi",
                "--catalog",
                catalog,
                "--contract",
                id,
                "--profile",
                name,
                "--out",
                arg(&stub),
            ]);
            files.push(stub);
        }
        let clean: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
        let rules: Vec<&str> = profiles::rules(profile).iter().map(|r| r.id).collect();
        for rule in &rules {
            let file = dir.join(format!("broken-{name}-{rule}.json"));
            let doc = serde_json::to_string_pretty(&broken(&clean, rule)).unwrap();
            std::fs::write(&file, doc).unwrap();
            files.push(file);
        }
        let output = Command::new(installed(
            validators_dir().join("node/node_modules/.bin/spectral"),
        ))
        .arg("lint")
        .arg("--ruleset")
        .arg(&ruleset)
        .args(["--format", "json", "--quiet"])
        .args(&files)
        .env("SCARF_ANALYTICS", "false")
        .output()
        .expect("spectral runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let results: Vec<serde_json::Value> =
            serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
                panic!(
                    "{name}: spectral prints JSON ({e}): {stdout}{}",
                    String::from_utf8_lossy(&output.stderr)
                )
            });
        let codes_of = |file: &Path| -> Vec<String> {
            results
                .iter()
                .filter(|r| {
                    r["source"]
                        .as_str()
                        .is_some_and(|s| Path::new(s).ends_with(file.file_name().unwrap()))
                })
                .map(|r| format!("{} ({})", r["code"].as_str().unwrap_or("?"), r["severity"]))
                .collect()
        };
        for file in &files[..contracts.len()] {
            let errors: Vec<String> = codes_of(file)
                .into_iter()
                .filter(|c| c.ends_with("(0)") || c.ends_with("(1)"))
                .collect();
            assert!(
                errors.is_empty(),
                "{}: the profile's own stub is clean: {errors:?}",
                file.display()
            );
        }
        for (rule, file) in rules.iter().zip(&files[contracts.len()..]) {
            let code = format!("{name}-{rule}");
            let codes = codes_of(file);
            assert!(
                codes.iter().any(|c| c.starts_with(&format!("{code} "))),
                "{}: the broken rule {code} is reported: {codes:?}",
                file.display()
            );
        }
    }
}
