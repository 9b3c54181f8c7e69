//! Every ODCS document Datapakt writes passes `datacontract lint` of datacontract-cli (PyPI),
//! run for real, with no error and no warning:
//!
//! - every demo contract, exported by the `datapakt` CLI as a user would export it
//!   (`init --demo`, then `export odcs --all`);
//! - the v3.0 and v3.2 example documents of the import's tests
//!   (`contracts/tests/fixtures/odcs/`), as they are and as the CLI writes them back after
//!   importing them (each keeps its version, so the linter applies that version's schema);
//! - a contract full of text a YAML 1.1 reader takes for something else (`no`, `On`, `8:00`,
//!   `2026-01-01`, `=`), written from Rust.
//!
//! The same files also read as the same tree under YAML 1.1 (PyYAML's `safe_load`, which
//! datacontract-cli and many other ODCS tools use) as under YAML 1.2 (Datapakt's own reader),
//! and each matches the official JSON Schema of the ODCS version it declares (PyPI's
//! open-data-contract-standard 3.0.5, 3.1.0 and 3.2.0).
//!
//! `cargo xtask test` installs the pinned tools under `target/validators` (pins in
//! `xtask/validators/datacontract-cli.txt` and `xtask/src/setup.rs`) and passes that folder in
//! `DATAPAKT_VALIDATORS_DIR`. Nothing here reaches the network: the linter validates against
//! the ODCS schemas shipped in its package, and `--no-inline-references` keeps it from looking
//! up definitions online. The linter takes one file a run (about 1.4 s each, most of it
//! Python importing), so the runs go in parallel, one per core. The files stay in
//! `target/tmp/odcs-lint/` for a person to look at.

#![cfg(feature = "cli")]

mod common;

use std::path::{Path, PathBuf};

use common::{
    arg, bare_repository, datapakt, fresh_dir, installed, python, validators_dir, DATACONTRACT,
};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use serde_json::{json, Value};

use contracts::formats::odcs::contract_odcs_yaml;
use contracts::formats::Context;
use contracts::model::{
    Contract, ContractId, ContractState, ContractStatus, Field, FieldType, InformationSet,
    InformationSetDraft, InformationSetId, Person, PersonDraft, PersonId, Role, SchemaField,
    SchemaType,
};

/// Runs `datacontract lint` on `file`, its findings printed in full (a wide table, no colour).
fn lint(file: &Path) -> Output {
    python()
        .args([
            "-c",
            DATACONTRACT,
            "lint",
            "--no-inline-references",
            "--all-errors",
        ])
        .arg(file)
        .env("COLUMNS", "200")
        .env("NO_COLOR", "1")
        .current_dir(file.parent().expect("a file is in a folder"))
        .output()
        .unwrap_or_else(|e| panic!("python3 does not start ({e}): run `cargo xtask test`"))
}

/// Lints every file, as many at a time as the machine has cores; the outputs in `files`' order.
fn lint_all(files: &[PathBuf]) -> Vec<Output> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    let outputs = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let output = lint(file);
                outputs.lock().unwrap().push((i, output));
            });
        }
    });
    let mut outputs = outputs.into_inner().unwrap();
    outputs.sort_by_key(|(i, _)| *i);
    outputs.into_iter().map(|(_, output)| output).collect()
}

/// What the linter printed about `file`, for a failure message.
fn printed(file: &Path, output: &Output) -> String {
    format!(
        "── datacontract lint {} ({}) ──\n{}{}",
        file.display(),
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The `.odcs.yaml` files in `dir` and its subfolders, sorted.
fn odcs_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the export folder exists") {
        let path = entry.expect("the folder can be read").path();
        if path.is_dir() {
            files.extend(odcs_files(&path));
        } else if path.to_string_lossy().ends_with(".odcs.yaml") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The example documents the import is tested with.
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/odcs");
    let files = odcs_files(&dir);
    assert_eq!(files.len(), 2, "the v3.0 and the v3.2 example");
    files
}

/// The ids of the catalog's contracts.
fn contract_ids(catalog: &str) -> Vec<String> {
    let list = datapakt(&["list", "--catalog", catalog, "--json"]);
    let contracts: Value = serde_json::from_slice(&list.stdout).expect("`list --json` prints JSON");
    contracts
        .as_array()
        .expect("`list --json` prints an array")
        .iter()
        .map(|c| c["id"].to_string())
        .collect()
}

/// Every demo contract as the CLI exports it, in ODCS v3.1.0 (the shipped default) into
/// `dir/demo`, and in v3.2.0 (the catalog's other choice) into `dir/demo-3.2`.
fn export_demo(dir: &Path) -> Vec<PathBuf> {
    let catalog = dir.join("demo.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog, "--demo"]);
    let mut all = Vec::new();
    for (version, folder) in [("v3.1.0", "demo"), ("v3.2.0", "demo-3.2")] {
        let shown = datapakt(&["settings", "--catalog", catalog, "--odcs-version", version]);
        assert!(
            String::from_utf8_lossy(&shown.stdout).contains(&format!("odcs-version: {version}"))
        );
        let out = dir.join(folder);
        datapakt(&[
            "export",
            "odcs",
            "--all",
            "--catalog",
            catalog,
            "--out",
            arg(&out),
        ]);
        let files = odcs_files(&out);
        assert_eq!(
            files.len(),
            contract_ids(catalog).len(),
            "one file a contract"
        );
        let texts: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect();
        assert!(texts
            .iter()
            .all(|t| t.contains(&format!("apiVersion: {version}"))));
        // v3.2.0 lists allowed values in the standard's own `enum`.
        let native = texts
            .iter()
            .any(|t| t.contains(" enum:\n") && t.contains("- value: "));
        let custom = texts.iter().any(|t| t.contains("datapakt.allowedValues"));
        assert_eq!(
            (native, custom),
            (version == "v3.2.0", version == "v3.1.0"),
            "{version}"
        );
        all.extend(files);
    }
    all
}

/// The contract files of a team catalogue: the demo published to an empty repository, whose
/// files git checks out into `dir/team`.
fn team_files(dir: &Path) -> Vec<PathBuf> {
    let catalog = dir.join("team.datapakt");
    let (remote, checkout) = (dir.join("team.git"), dir.join("team"));
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git").args(args).status();
        assert!(status.expect("git runs").success(), "git {args:?}");
    };
    bare_repository(&remote);
    datapakt(&["init", "--catalog", arg(&catalog), "--demo"]);
    datapakt(&["remote", "--catalog", arg(&catalog), arg(&remote)]);
    git(&["clone", "--quiet", arg(&remote), arg(&checkout)]);
    let files = odcs_files(&checkout.join("contracts"));
    assert_eq!(
        files.len(),
        contract_ids(arg(&catalog)).len(),
        "one file a contract"
    );
    files
}

/// The example documents imported into a demo catalog and exported again, into
/// `dir/imported`.
fn export_imported_examples(dir: &Path) -> Vec<PathBuf> {
    let catalog = dir.join("imported.datapakt");
    let catalog = arg(&catalog);
    let out = dir.join("imported");
    std::fs::create_dir_all(&out).expect("the folder can be made");
    datapakt(&["init", "--catalog", catalog, "--demo"]);
    let demo = contract_ids(catalog);
    let examples = examples();
    let mut import = vec!["import", "odcs", "--catalog", catalog];
    import.extend(examples.iter().map(|file| arg(file)));
    datapakt(&import);
    let imported: Vec<String> = contract_ids(catalog)
        .into_iter()
        .filter(|id| !demo.contains(id))
        .collect();
    assert_eq!(imported.len(), examples.len(), "one contract an example");
    imported
        .iter()
        .map(|id| {
            let file = out.join(format!("contract-{id}.odcs.yaml"));
            datapakt(&[
                "export",
                "odcs",
                "--catalog",
                catalog,
                "--contract",
                id,
                "--out",
                arg(&file),
            ]);
            file
        })
        .collect()
}

/// A schema field with text a YAML 1.1 reader would not read as text.
fn field(name: &str, field_type: SchemaType, description: &str, values: &[&str]) -> SchemaField {
    SchemaField {
        name: name.into(),
        field_type,
        required: true,
        description: description.into(),
        examples: values.iter().map(|v| (*v).to_owned()).collect(),
        enum_values: values.iter().map(|v| (*v).to_owned()).collect(),
        ..SchemaField::default()
    }
}

/// A contract whose text, written plain, a YAML 1.1 reader takes for booleans (`no`, `On`,
/// `Y`), numbers (`8:00` is 480, `1_000`, `0o17` in YAML 1.2), dates and times, null
/// (`NULL`) or refuses (`=`, `<<`), with a departed information owner and a contract-level
/// field, as a JSON value is written by the export.
fn awkward_yaml() -> Vec<u8> {
    let mut draft = contracts::app::demo::contracts()[0].clone();
    draft.title = "On".into();
    draft.description = "yes".into();
    draft.purpose = "=".into();
    draft.legal_basis = "<<".into();
    draft.access = "No".into();
    draft.retention = "NULL".into();
    draft.owner = "Off".into();
    draft.service_levels.support_hours = "8:00".into();
    draft.service_levels.availability_percent = Some("1_000".into());
    draft.valid_from = Some("2026-01-01".into());
    draft.valid_to = Some("2027-12-31 23:59:59".into());
    draft.links = vec!["y".into(), "0o17".into()];
    draft.fields = vec![Field {
        name: "n".into(),
        field_type: FieldType::String,
        required: true,
        description: "ON".into(),
    }];
    let state = ContractState {
        status: ContractStatus::Approved,
        approved_by: Some("N".into()),
        approved_at: Some("2026-01-01T08:00:00Z".into()),
    };
    let contract = Contract {
        id: ContractId(7),
        draft,
        state,
    };
    let owner = Person {
        id: PersonId(1),
        draft: PersonDraft {
            name: "Yes".into(),
            email: "on@eksempel.no".into(),
            unit: None,
            left_on: Some("2025-06-30".into()),
        },
    };
    let sets = vec![InformationSet {
        id: InformationSetId(1),
        draft: InformationSetDraft {
            name: "off".into(),
            description: "12:30".into(),
            owner: None,
            scheme: None,
            resource: Some("no".into()),
            fields: vec![
                field("no", SchemaType::String, "NO", &["Y", "N", "yes", "no"]),
                field(
                    "on",
                    SchemaType::Integer,
                    "1_000",
                    &["1:20", "0b101", "0x1F"],
                ),
                field("y", SchemaType::Number, "~", &["1.5e3", ".5", "1e3"]),
                field("off", SchemaType::Boolean, "<<", &["true", "Off"]),
            ],
        },
    }];
    let context = Context {
        sets,
        team: vec![(Role::InformationOwner, owner)],
        provider_endpoints: vec!["https://eksempel.no/api".into()],
        integration_names: vec!["True".into()],
        agreements: vec!["false".into()],
        catalog_id: "0123".into(),
        ..Context::default()
    };
    contract_odcs_yaml(&contract, &context)
}

/// Every file the tests check, made once: the demo exports, a team catalogue's contract
/// files, the examples as they are and as written back, and the awkward contract.
fn all_files() -> &'static [PathBuf] {
    static FILES: OnceLock<Vec<PathBuf>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = fresh_dir("odcs-lint", "files");
        let mut files = export_demo(&dir);
        files.extend(team_files(&dir));
        files.extend(examples());
        files.extend(export_imported_examples(&dir));
        let awkward = dir.join("awkward.odcs.yaml");
        std::fs::write(&awkward, awkward_yaml()).expect("the awkward file can be written");
        files.push(awkward);
        files
    })
}

/// The document in `file`, as Datapakt (a YAML 1.2 reader) reads it.
fn read(file: &Path) -> Value {
    let text = std::fs::read_to_string(file).expect("the file can be read");
    yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// The ODCS version `document` declares, as the linter names it (`3.0.2`, `3.1.0`, `3.2.0`).
fn declared_version(document: &Value) -> &str {
    let version = document["apiVersion"].as_str().expect("an apiVersion");
    version.strip_prefix('v').unwrap_or(version)
}

#[test]
fn every_odcs_document_passes_datacontract_lint() {
    let files = all_files();
    let failures: Vec<String> = files
        .iter()
        .zip(lint_all(files))
        .filter_map(|(file, output)| {
            let stdout = String::from_utf8_lossy(&output.stdout);
            let valid = format!("valid against ODCS v{}", declared_version(&read(file)));
            let clean = output.status.success()
                && stdout.contains(&valid)
                && stdout.contains("Data contract is valid.");
            (!clean).then(|| printed(file, &output))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} ODCS documents do not pass `datacontract lint` without errors and warnings:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn datacontract_lint_catches_a_broken_document_of_every_version() {
    // Guards the test above against a linter that accepts anything or checks no file, and
    // shows that each version's schema is applied: a logical type ODCS does not have, and a
    // boolean where a name must be text.
    let dir = fresh_dir("odcs-lint", "broken");
    let files: Vec<PathBuf> = ["v3.0.2", "v3.1.0", "v3.2.0"]
        .iter()
        .map(|version| {
            let document = json!({
                "apiVersion": version,
                "kind": "DataContract",
                "id": "broken",
                "version": "1.0.0",
                "status": "active",
                "schema": [{
                    "name": "records",
                    "logicalType": "object",
                    "properties": [
                        { "name": "id", "logicalType": "text" },
                        { "name": true, "logicalType": "string" },
                    ],
                }],
            });
            let file = dir.join(format!("broken-{version}.odcs.yaml"));
            let text = yaml_serde::to_string(&document).expect("a value serialises");
            std::fs::write(&file, text).expect("the broken document can be written");
            file
        })
        .collect();
    for (file, output) in files.iter().zip(lint_all(&files)) {
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            !output.status.success()
                && stdout.contains("logicalType")
                && stdout.contains("is not of type 'string'"),
            "the linter does not report both errors:\n{}",
            printed(file, &output)
        );
    }
}

#[test]
fn every_odcs_document_reads_the_same_under_yaml_1_1() {
    // PyYAML's safe_load resolves YAML 1.1 types: `no` is false, `8:00` is 480, `2026-01-01` a
    // date. A key that is not text, and a value JSON has no type for, is shown with its Python
    // type, so it differs.
    const DUMP: &str = "import json, sys, yaml\n\
        def key(k): return k if isinstance(k, str) else f'<{type(k).__name__}> {k}'\n\
        def plain(o):\n\
        \x20   if isinstance(o, dict): return {key(k): plain(v) for k, v in o.items()}\n\
        \x20   if isinstance(o, list): return [plain(v) for v in o]\n\
        \x20   if o is None or isinstance(o, (str, bool, int, float)): return o\n\
        \x20   return {'python': type(o).__name__, 'value': str(o)}\n\
        docs = [plain(yaml.safe_load(open(f, encoding='utf-8'))) for f in sys.argv[1:]]\n\
        print(json.dumps(docs))";
    let mut files = all_files().to_vec();
    files.push(awkward_text_file());
    let output = python()
        .args(["-c", DUMP])
        .args(&files)
        .output()
        .expect("python3 starts");
    assert!(
        output.status.success(),
        "PyYAML does not read the files:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let yaml_1_1: Vec<Value> =
        serde_json::from_slice(&output.stdout).expect("the script prints JSON");
    let differing: Vec<String> = files
        .iter()
        .zip(&yaml_1_1)
        .filter_map(|(file, old)| {
            let new = read(file);
            (*old != new).then(|| {
                format!(
                    "{}:\n{}",
                    file.display(),
                    differences(old, &new, "").join("\n")
                )
            })
        })
        .collect();
    assert!(
        differing.is_empty(),
        "YAML 1.1 (left) and YAML 1.2 (right) read these files differently:\n{}",
        differing.join("\n")
    );
}

/// A YAML file the export's writer made of awkward text, as values, in lists and as keys, and
/// of floats YAML 1.1 needs written with a point and a signed exponent.
fn awkward_text_file() -> PathBuf {
    let texts = [
        "y",
        "Y",
        "yes",
        "No",
        "on",
        "OFF",
        "true",
        "False",
        "null",
        "~",
        "=",
        "<<",
        "8:00",
        "12:30",
        "-1:20",
        "190:20:30.15",
        "1_000",
        "0b101",
        "0o17",
        "0x1F",
        "0755",
        "+12",
        "1.5e3",
        "1e3",
        ".5",
        "1.",
        ".inf",
        "-.Inf",
        ".NaN",
        "2026-01-01",
        "2026-1-1 8:00:00",
        "2026-01-01T08:00:00Z",
        "2001-12-14t21:59:43.10-05:00",
        "2027-12-31 23:59:59 +1",
        "5B",
        "1.2.0",
        "v3.1.0",
        "8:00–16:00",
        "",
        " ",
        " padded ",
        "a: b",
        "a:b",
        "x #y",
        "#x",
        "- x",
        "-x",
        "? x",
        ": x",
        "[x]",
        "{x}",
        "&x",
        "*x",
        "!x",
        "%x",
        "@x",
        "`x",
        "|",
        ">",
        "'x'",
        "\"x\"",
        "---",
        "...",
        "tab\tin",
        "line\nbreak",
        "ends\n",
        "two\n\n",
        "\nstarts",
        " \nspace first",
        "space \nbefore",
        "nel\u{85}",
        "ls\u{2028}",
        "bom\u{feff}",
        "bell\u{7}",
        "Åse Bjørnstad",
        "😀",
    ];
    let keys: serde_json::Map<String, Value> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| ((*text).to_owned(), json!(i)))
        .collect();
    let document = json!({
        "values": texts.as_slice(),
        "keys": keys,
        "nested": [{ "items": texts.as_slice() }],
        "floats": [1e20, 1.5e-7, -1e-7, 99.5, 3.0, 1e300],
    });
    let file = fresh_dir("odcs-lint", "text").join("awkward-text.yaml");
    std::fs::write(&file, contracts::formats::yaml::to_string(&document))
        .expect("the file can be written");
    file
}

/// Where two JSON trees differ, one line a place.
fn differences(left: &Value, right: &Value, at: &str) -> Vec<String> {
    match (left, right) {
        (Value::Object(l), Value::Object(r)) if l.len() == r.len() => l
            .iter()
            .flat_map(|(key, value)| match r.get(key) {
                Some(other) => differences(value, other, &format!("{at}.{key}")),
                None => vec![format!("  {at}: the key {key:?} only on the left")],
            })
            .collect(),
        (Value::Array(l), Value::Array(r)) if l.len() == r.len() => l
            .iter()
            .zip(r)
            .enumerate()
            .flat_map(|(i, (l, r))| differences(l, r, &format!("{at}[{i}]")))
            .collect(),
        _ if left == right => Vec::new(),
        _ => vec![format!("  {at}: {left} ≠ {right}")],
    }
}

#[test]
fn every_odcs_document_matches_the_official_schema_of_its_version() {
    let dir = validators_dir();
    let schema = |folder: &str| -> Value {
        let path = installed(
            dir.join(folder)
                .join("open_data_contract_standard/schema.json"),
        );
        let text = std::fs::read_to_string(&path).expect("the schema can be read");
        serde_json::from_str(&text).expect("the schema is JSON")
    };
    let validators: Vec<(&str, jsonschema::Validator)> = [
        ("3.0.2", "odcs-3.0"),
        ("3.1.0", "python"),
        ("3.2.0", "odcs-3.2"),
    ]
    .into_iter()
    .map(|(version, folder)| {
        let validator = jsonschema::validator_for(&schema(folder))
            .unwrap_or_else(|e| panic!("the ODCS {version} schema compiles: {e}"));
        (version, validator)
    })
    .collect();
    let mut versions_seen = Vec::new();
    let failures: Vec<String> = all_files()
        .iter()
        .filter_map(|file| {
            let document = read(file);
            let version = declared_version(&document);
            let (_, validator) = validators
                .iter()
                .find(|(v, _)| *v == version)
                .unwrap_or_else(|| panic!("{}: no schema for v{version}", file.display()));
            versions_seen.push(version.to_owned());
            let errors: Vec<String> = validator
                .iter_errors(&document)
                .map(|e| format!("  {e} at {}", e.instance_path()))
                .collect();
            (!errors.is_empty()).then(|| format!("{}:\n{}", file.display(), errors.join("\n")))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for (version, _) in &validators {
        assert!(
            versions_seen.iter().any(|v| v == version),
            "no document of v{version} was checked"
        );
    }
}
