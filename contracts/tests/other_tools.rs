//! Files other tools write, read by Datapakt. The ODCS contracts here are written by
//! datacontract-cli (PyPI, pinned by `cargo xtask setup`) at test time: from a register's SQL
//! tables (field names `fødselsdato`, `kön`, `län`), from a JSON Schema, and its own starting
//! template. None carries Datapakt's properties, an information owner or a system.
//!
//! - `breaking --old A --new B` judges any two: exit 0 when nothing breaks consumers, 1 when
//!   something does, 2 when a file cannot be read (never 1, so a pipeline never takes an error
//!   for a break); `diff` and `changelog` report the same.
//! - `import odcs` keeps the register's field names, and the export gives them back.

#![cfg(feature = "cli")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use common::{arg, datapakt, fresh_dir, python, run, DATACONTRACT};

/// A register's tables as SQL, twice: the second version drops `län` and adds `kommune`.
const REGISTER: &str = "CREATE TABLE elev (
  elev_id VARCHAR(20) NOT NULL PRIMARY KEY,
  fødselsdato DATE NOT NULL,
  kön VARCHAR(10),
  län VARCHAR(40),
  skole_nr INTEGER NOT NULL
);
";

/// The register's next version.
fn register_v2() -> String {
    REGISTER.replace("  län VARCHAR(40),\n", "  kommune VARCHAR(40),\n")
}

/// A JSON Schema of the same pupils.
const SCHEMA: &str = r#"{"$schema": "https://json-schema.org/draft/2020-12/schema",
 "title": "Elev", "type": "object",
 "properties": {"fødselsnummer": {"type": "string", "description": "Fødselsnummer"},
                "navn": {"type": "string"},
                "trinn": {"type": "integer", "minimum": 1, "maximum": 10}},
 "required": ["fødselsnummer", "navn"]}"#;

/// YAML `text` as JSON, read by Datapakt's own reader.
fn yaml_value(text: &str) -> Value {
    contracts::formats::odcs::read::parse_yaml(text).expect("the export is YAML")
}

/// Runs datacontract-cli with `args` in `dir`; its failure fails the test.
fn datacontract(dir: &Path, args: &[&str]) {
    let output = python()
        .args(["-c", DATACONTRACT])
        .args(args)
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "datacontract {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The ODCS file datacontract-cli writes in `dir` of the tables `sql` (`NAME.odcs.yaml`).
fn from_sql(dir: &Path, name: &str, sql: &str) -> PathBuf {
    let (source, out) = (format!("{name}.sql"), format!("{name}.odcs.yaml"));
    std::fs::write(dir.join(&source), sql).unwrap();
    datacontract(
        dir,
        &[
            "import",
            "sql",
            "--dialect",
            "postgres",
            "--source",
            &source,
            "--output",
            &out,
        ],
    );
    dir.join(out)
}

/// The ODCS files datacontract-cli writes here: (the register v1, v2, from the JSON Schema,
/// its template).
fn written_by_datacontract_cli(dir: &Path) -> [PathBuf; 4] {
    from_sql(dir, "register", REGISTER);
    from_sql(dir, "register-v2", &register_v2());
    std::fs::write(dir.join("elev.schema.json"), SCHEMA).unwrap();
    datacontract(
        dir,
        &[
            "import",
            "jsonschema",
            "--source",
            "elev.schema.json",
            "--output",
            "elev.odcs.yaml",
        ],
    );
    datacontract(dir, &["init", "template.odcs.yaml"]);
    [
        "register.odcs.yaml",
        "register-v2.odcs.yaml",
        "elev.odcs.yaml",
        "template.odcs.yaml",
    ]
    .map(|name| dir.join(name))
}

/// `datapakt ARGS` as a pipeline sees it: exit code and what it printed.
fn judged(args: &[&str]) -> (Option<i32>, String, String) {
    let output: Output = run(args);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn breaking_judges_any_two_odcs_files_with_exit_codes_a_pipeline_can_trust() {
    let dir = fresh_dir("other-tools", "breaking");
    let [v1, v2, elev, template] = written_by_datacontract_cli(&dir);

    // The same file: nothing changed, exit 0; every file of the tool reads.
    for file in [&v1, &v2, &elev, &template] {
        let (code, out, err) = judged(&["breaking", "--old", arg(file), "--new", arg(file)]);
        assert_eq!(code, Some(0), "{}: {out}{err}", file.display());
    }

    // A column dropped from the register breaks its consumers: exit 1, the field named.
    let (code, out, err) = judged(&["breaking", "--old", arg(&v1), "--new", arg(&v2)]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("län"), "{out}");
    assert!(err.contains("break consumers"), "{err}");
    let (code, out, _) = judged(&["breaking", "--old", arg(&v1), "--new", arg(&v2), "--json"]);
    assert_eq!(code, Some(1));
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["breaking"], true);
    let changes = json["assessment"]["changes"].as_array().unwrap();
    // `län` gave way to `kommune` of the same type: a rename, told once.
    assert_eq!(changes.len(), 1, "each change once: {changes:?}");
    assert_eq!(changes[0]["change"]["kind"], "field-renamed");
    assert_eq!(changes[0]["change"]["field"]["path"][0], "län");
    assert_eq!(changes[0]["change"]["to"]["path"][0], "kommune");

    // A column's length narrowed breaks; widened, it does not; another key breaks.
    for (name, sql, code, said) in [
        (
            "narrowed",
            REGISTER.replace("VARCHAR(40)", "VARCHAR(20)"),
            1,
            "most characters “40” became “20”",
        ),
        (
            "widened",
            REGISTER.replace("VARCHAR(40)", "VARCHAR(80)"),
            0,
            "most characters “40” became “80”",
        ),
        (
            "key",
            REGISTER
                .replace("NOT NULL PRIMARY KEY", "NOT NULL")
                .replace(
                    "skole_nr INTEGER NOT NULL",
                    "skole_nr INTEGER NOT NULL PRIMARY KEY",
                ),
            1,
            "skole_nr: primary key “no” became “yes”",
        ),
    ] {
        let file = from_sql(&dir, &format!("register-{name}"), &sql);
        let (got, out, err) = judged(&["breaking", "--old", arg(&v1), "--new", arg(&file)]);
        assert_eq!(got, Some(code), "{name}: {out}{err}");
        assert!(out.contains(said), "{name}: {out}");
    }

    // Any status text ODCS allows reads; a status is not a break.
    let text = std::fs::read_to_string(&v1).unwrap();
    for status in ["development", "production", "archived"] {
        let file = dir.join(format!("register-{status}.odcs.yaml"));
        std::fs::write(
            &file,
            text.replace("status: draft", &format!("status: {status}")),
        )
        .unwrap();
        let (code, out, err) = judged(&["breaking", "--old", arg(&v1), "--new", arg(&file)]);
        assert_eq!(code, Some(0), "{status}: {out}{err}");
    }

    // What the catalog does not keep is judged too: a quality rule added to the table (a new
    // demand) breaks, dropping it does not; a server moved breaks.
    let with_rule = dir.join("register-quality.odcs.yaml");
    std::fs::write(
        &with_rule,
        text.replace(
            "  physicalName: elev\n",
            "  physicalName: elev\n  quality:\n  - type: library\n    metric: rowCount\n    mustBeGreaterThan: 1000\n",
        ),
    )
    .unwrap();
    let moved = dir.join("register-moved.odcs.yaml");
    std::fs::write(&moved, text.replace("host: my_host", "host: new_host")).unwrap();
    for (old, new, code, said) in [
        (&v1, &with_rule, 1, "Quality rule elev › rowCount"),
        (&with_rule, &v1, 0, "Quality rule elev › rowCount"),
        (&v1, &moved, 1, "Server postgres"),
    ] {
        let (got, out, err) = judged(&["breaking", "--old", arg(old), "--new", arg(new)]);
        assert_eq!(got, Some(code), "{}: {out}{err}", new.display());
        assert!(out.contains(said), "{out}");
    }

    // A file that cannot be read: exit 2, never 1, naming the file and what is wrong.
    let broken = dir.join("broken.odcs.yaml");
    std::fs::write(&broken, "apiVersion: v3.1.0\nkind: [DataContract\n").unwrap();
    let not_odcs = dir.join("not-odcs.yaml");
    std::fs::write(
        &not_odcs,
        text.replace("kind: DataContract", "kind: Pipeline"),
    )
    .unwrap();
    let missing = dir.join("missing.odcs.yaml");
    for bad in [&broken, &not_odcs, &missing] {
        for (old, new) in [(&v1, bad), (bad, &v1)] {
            let (code, out, err) = judged(&["breaking", "--old", arg(old), "--new", arg(new)]);
            assert_eq!(code, Some(2), "{}: {out}{err}", bad.display());
            let name = bad.file_name().unwrap().to_string_lossy();
            assert!(err.contains(name.as_ref()), "{err}");
        }
    }
}

#[test]
fn diff_and_changelog_report_two_files_in_the_reader_s_language() {
    let dir = fresh_dir("other-tools", "diff");
    let [v1, v2, ..] = written_by_datacontract_cli(&dir);
    let files = ["--old", arg(&v1), "--new", arg(&v2)];

    let diff = datapakt(&[&["diff", "--json"][..], &files].concat());
    let json: Value = serde_json::from_slice(&diff.stdout).unwrap();
    assert_eq!(json["breaking"], true);
    assert_eq!(json["old"]["file"], arg(&v1));
    assert_eq!(json["assessment"]["proposed"], "2.0.0");
    let text = datapakt(&[&["diff", "--lang", "sv"][..], &files].concat());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("län") && text.contains("2.0.0"), "{text}");

    let log = datapakt(&[&["changelog", "--lang", "nb"][..], &files].concat());
    let log = String::from_utf8_lossy(&log.stdout);
    assert!(log.starts_with("# "), "{log}");
    assert_eq!(log.matches("\n## ").count(), 2, "{log}");
    assert!(log.contains("Lest fra") && log.contains("län"), "{log}");
    let log = datapakt(&[&["changelog", "--format", "json"][..], &files].concat());
    let json: Value = serde_json::from_slice(&log.stdout).unwrap();
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["file"], arg(&v2));
    assert!(!entries[0]["assessment"]["changes"]
        .as_array()
        .unwrap()
        .is_empty());

    // An unreadable file: refused with its name (exit 1 where no break is reported).
    let (code, _, err) = judged(&["diff", "--old", arg(&v1), "--new", "missing.yaml"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("missing.yaml"), "{err}");
}

#[test]
fn a_register_s_nordic_field_names_are_imported_and_exported_as_they_are() {
    let dir = fresh_dir("other-tools", "import");
    let [v1, ..] = written_by_datacontract_cli(&dir);
    // The information owner Datapakt needs to keep a contract, added as a user would.
    let text = std::fs::read_to_string(&v1).unwrap();
    std::fs::write(
        &v1,
        format!("{text}team:\n  name: Åse Bjørnstad, oppvekstsjef\n"),
    )
    .unwrap();
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog]);
    datapakt(&[
        "import",
        "odcs",
        "--catalog",
        catalog,
        "--provider",
        "Skoleadministrativt system",
        "--consumer",
        "Elevportalen",
        arg(&v1),
    ]);
    let exported = export_all(catalog, &dir.join("export"));
    assert_eq!(exported.len(), 1);
    let text = std::fs::read_to_string(&exported[0]).unwrap();
    for name in ["fødselsdato", "kön", "län", "skole_nr"] {
        assert!(text.contains(&format!("name: {name}\n")), "{name}: {text}");
    }
    // The register's limits come back: the key, and each column's length.
    let exported: Value = yaml_value(&text);
    let properties = exported["schema"][0]["properties"].as_array().unwrap();
    let property = |name: &str| {
        properties
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    assert_eq!(property("elev_id")["primaryKey"], true);
    assert_eq!(property("elev_id")["logicalTypeOptions"]["maxLength"], 20);
    assert_eq!(property("län")["logicalTypeOptions"]["maxLength"], 40);
}

#[test]
fn every_file_datacontract_cli_writes_imports_as_it_is_and_comes_back_valid() {
    let dir = fresh_dir("other-tools", "plain-import");
    let files = written_by_datacontract_cli(&dir);
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog]);
    for file in &files {
        // No --provider, no --consumer, no owner in the file: a draft that says what it lacks.
        let output = datapakt(&["import", "odcs", "--catalog", catalog, arg(file)]);
        let printed = String::from_utf8_lossy(&output.stdout);
        assert!(
            printed.contains("the contract is a draft that lacks it"),
            "{}: {printed}",
            file.display()
        );
    }
    let listed = datapakt(&["list", "--catalog", catalog]);
    let listed = String::from_utf8_lossy(&listed.stdout);
    // Three of the files share datacontract-cli's id `my-data-contract`: each later one
    // updates the contract the first made, as a re-import does.
    assert_eq!(listed.lines().count(), 2, "{listed}");
    let (code, report, _) = judged(&["validate", "--catalog", catalog]);
    assert_ne!(code, Some(0));
    assert!(report.contains("names no consuming system"), "{report}");

    let exported = export_all(catalog, &dir.join("export"));
    assert_eq!(exported.len(), 2);
    let originals: Vec<Value> = files
        .iter()
        .map(|f| yaml_value(&std::fs::read_to_string(f).unwrap()))
        .collect();
    for written in &exported {
        let value = yaml_value(&std::fs::read_to_string(written).unwrap());
        assert!(
            originals.contains(&value),
            "an unchanged contract exports its file exactly: {}",
            written.display()
        );
        datacontract(&dir, &["lint", "--no-inline-references", arg(written)]);
    }
}

/// Every contract of `catalog` exported as ODCS into `out` by the CLI: the files, sorted.
fn export_all(catalog: &str, out: &Path) -> Vec<PathBuf> {
    datapakt(&[
        "export",
        "odcs",
        "--all",
        "--catalog",
        catalog,
        "--out",
        arg(out),
    ]);
    // The contracts' files (not the folder's list of what the export wrote).
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".odcs.yaml"))
        .collect();
    files.sort();
    files
}

/// A file of the real SQL schemas unpacked from Debian packages by `cargo xtask test`.
fn sql_corpus(path: &str) -> PathBuf {
    common::installed(common::validators_dir().join("sql-corpus").join(path))
}

#[test]
fn real_sql_schemas_from_debian_packages_become_information_sets_of_a_system() {
    let dir = fresh_dir("other-tools", "sql-corpus");
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--demo", "--catalog", catalog]);
    let pdns = sql_corpus("usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql");
    let zabbix = sql_corpus("usr/share/zabbix-server-pgsql/schema.sql");
    let import = |files: &[&Path]| {
        let mut args = vec![
            "import",
            "sql",
            "--catalog",
            catalog,
            "--dialect",
            "postgres",
        ];
        args.extend(["--system", "1"]);
        args.extend(files.iter().map(|f| arg(f)));
        String::from_utf8_lossy(&datapakt(&args).stdout).into_owned()
    };
    let printed = import(&[&pdns, &zabbix]);
    let lines: Vec<&str> = printed
        .lines()
        .filter(|l| l.contains("imported SQL"))
        .collect();
    assert_eq!(lines.len(), 2, "{printed}");
    assert!(
        lines[0].contains("\"schema.pgsql\" as the interface of system 1"),
        "{printed}"
    );
    assert!(
        lines[0].ends_with(": 7 created, 0 updated, 0 unchanged"),
        "{printed}"
    );
    assert!(
        lines[1].ends_with(": 173 created, 0 updated, 0 unchanged"),
        "{printed}"
    );
    // Again: the same sets, matched by table, unchanged.
    let again = import(&[&pdns, &zabbix]);
    assert!(
        again.contains("7 unchanged") && again.contains("173 unchanged"),
        "{again}"
    );

    // PowerDNS's `records` table, as the set's JSON Schema export shows it.
    let records = set_schema(catalog, "records", &dir.join("records.schema.json"));
    let properties = records["properties"].as_object().unwrap();
    let names: Vec<&str> = properties.keys().map(String::as_str).collect();
    for name in [
        "id",
        "domain_id",
        "name",
        "type",
        "content",
        "ttl",
        "prio",
        "disabled",
        "ordername",
        "auth",
    ] {
        assert!(names.contains(&name), "{name}: {names:?}");
    }
    assert_eq!(properties["id"]["type"], "integer");
    assert_eq!(properties["id"]["x-primary-key"], true);
    assert_eq!(properties["name"]["maxLength"], 255);
    assert_eq!(records["required"], serde_json::json!(["id"]));

    // The export reads back, in another catalog, as the same set: exported again, the same.
    let other = dir.join("other.datapakt");
    datapakt(&["init", "--catalog", arg(&other)]);
    datapakt(&[
        "import",
        "jsonschema",
        "--catalog",
        arg(&other),
        arg(&dir.join("records.schema.json")),
    ]);
    let again = set_schema(
        arg(&other),
        "records",
        &dir.join("records-again.schema.json"),
    );
    assert_eq!(again["properties"], records["properties"]);
    assert_eq!(again["required"], records["required"]);
}

/// The JSON Schema export of the information set called `name` in `catalog`, written to `out`.
fn set_schema(catalog: &str, name: &str, out: &Path) -> Value {
    let sets = datapakt(&[
        "list",
        "--catalog",
        catalog,
        "--kind",
        "information-sets",
        "--json",
    ]);
    let sets: Value = serde_json::from_slice(&sets.stdout).expect("the list is JSON");
    let id = sets
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no set {name}: {sets}"))["id"]
        .to_string();
    datapakt(&[
        "export",
        "jsonschema",
        "--catalog",
        catalog,
        "--information-set",
        &id,
        "--out",
        arg(out),
    ]);
    serde_json::from_str(&std::fs::read_to_string(out).unwrap()).expect("the export is JSON")
}

#[test]
fn a_real_mysql_schema_the_parser_cannot_read_is_refused_naming_its_line() {
    let dir = fresh_dir("other-tools", "sql-refused");
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog]);
    // PowerDNS's MySQL schema declares `ordername VARCHAR(255) BINARY`, MySQL's obsolete
    // column attribute, which the parser does not read.
    let pdns = sql_corpus("usr/share/pdns-backend-mysql/schema/schema.mysql.sql");
    let (code, _, err) = judged(&[
        "import",
        "sql",
        "--catalog",
        catalog,
        "--dialect",
        "mysql",
        arg(&pdns),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("schema.mysql.sql") && err.contains("Line: 27"),
        "{err}"
    );
    let listed = datapakt(&["list", "--catalog", catalog, "--kind", "information-sets"]);
    assert!(
        listed.stdout.is_empty() || String::from_utf8_lossy(&listed.stdout).trim().is_empty(),
        "nothing was imported"
    );
}

#[test]
fn the_odcs_standard_s_own_examples_import_as_they_are_and_come_back_whole() {
    let examples = common::installed(common::validators_dir().join("odcs-examples/tests/fixtures"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".odcs.yaml"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "the examples are unpacked: {files:?}");
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let dir = fresh_dir("other-tools", &format!("example-{name}"));
        let catalog = dir.join("catalog.datapakt");
        let catalog = arg(&catalog);
        datapakt(&["init", "--catalog", catalog]);
        let output = datapakt(&["import", "odcs", "--catalog", catalog, arg(file)]);
        let printed = String::from_utf8_lossy(&output.stdout);
        assert!(printed.contains("created contract"), "{name}: {printed}");
        // The file's own words are quoted as they are, not taken for Datapakt's names.
        assert!(!printed.contains("-\""), "{name}: {printed}");
        let exported = export_all(catalog, &dir.join("export")).remove(0);
        let original = yaml_value(&std::fs::read_to_string(file).unwrap());
        let written = yaml_value(&std::fs::read_to_string(&exported).unwrap());
        assert_eq!(
            written, original,
            "{name}: every leaf comes back, in its version"
        );
        datacontract(&dir, &["lint", "--no-inline-references", arg(&exported)]);
    }
}

#[test]
fn real_wsdl_and_xsd_files_import_and_those_that_import_others_say_which() {
    let corpus = common::installed(common::validators_dir().join("wsdl-corpus/tests"));
    let dir = fresh_dir("other-tools", "wsdl-corpus");
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog]);
    let file = |path: &str| corpus.join(path);
    for (path, sets) in [
        ("integration/hello_world_recursive.wsdl", 13),
        ("wsdl_files/soap.wsdl", 4),
        ("wsdl_files/claim.wsdl", 1),
        ("wsdl_files/xmldsig-core-schema.xsd", 24),
        ("wsdl_files/soap-enc.xsd", 47),
    ] {
        let kind = if path.ends_with(".wsdl") {
            "wsdl"
        } else {
            "xsd"
        };
        let output = datapakt(&["import", kind, "--catalog", catalog, arg(&file(path))]);
        let printed = String::from_utf8_lossy(&output.stdout);
        // `FILE: imported … : N created, N updated, N unchanged`
        let summary = printed.lines().next().unwrap_or_default();
        let counted: usize = summary
            .rsplit(": ")
            .next()
            .unwrap_or_default()
            .split(", ")
            .filter_map(|part| part.split(' ').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(counted, sets, "{path}: {summary}");
    }
    let (code, _, err) = judged(&[
        "import",
        "wsdl",
        "--catalog",
        catalog,
        arg(&file("wsdl_files/soap_import_main.wsdl")),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("soap_import_2.wsdl, which it imports"),
        "{err}"
    );
}

#[test]
fn real_json_schemas_import_the_official_odcs_and_openapi_schemas_among_them() {
    let dir = fresh_dir("other-tools", "json-schemas");
    let catalog = dir.join("catalog.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--catalog", catalog]);
    let validators = common::validators_dir();
    // Draft 2019-09 and 2020-12, large, with `$defs`, `$ref`s, cycles and compositions.
    let odcs =
        common::installed(validators.join("odcs-3.2/open_data_contract_standard/schema.json"));
    let openapi = common::installed(
        validators.join("python/openapi_spec_validator/resources/schemas/v3.1/schema.json"),
    );
    let output = datapakt(&[
        "import",
        "jsonschema",
        "--catalog",
        catalog,
        arg(&odcs),
        arg(&openapi),
    ]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("\"Open Data Contract Standard (ODCS)\": 1 created"),
        "{printed}"
    );
    assert!(printed.contains("oas/3.1/schema"), "{printed}");
    // The ODCS contract's own top-level properties are the set's fields.
    let set = set_schema(
        catalog,
        "Open Data Contract Standard (ODCS)",
        &dir.join("odcs-set.json"),
    );
    let fields = set["properties"].as_object().unwrap();
    for name in [
        "apiVersion",
        "kind",
        "id",
        "status",
        "schema",
        "servers",
        "team",
    ] {
        assert!(fields.contains_key(name), "{name}: {:?}", fields.keys());
    }
}
