//! Installs what a build or test needs and is missing, at pinned versions: Debian packages,
//! the wasm target, trunk, wasm-bindgen-cli, tauri-driver and the export validators.
//!
//! Tools go to a cache outside the work tree (`$DATAPAKT_TOOLS_DIR`, default
//! `~/.cache/datapakt/tools`), so fresh clones reuse them; a tool whose `--version` already
//! matches is not installed again. The validators (PyPI and npm packages, pinned by the files
//! in `xtask/validators/`) go to `target/validators`, installed again only when a pin changes.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::shell::{self, TaskError};

/// trunk's pinned version (0.22 needs a newer rustc than this project's).
const TRUNK_VERSION: &str = "0.21.14";
/// tauri-driver's pinned version.
const TAURI_DRIVER_VERSION: &str = "2.1.0";
/// openapi-spec-validator ships the official OpenAPI 3.1 JSON Schema (read by the Rust tests).
const OPENAPI_SPEC_VALIDATOR: &str = "openapi-spec-validator==0.9.0";
/// openapi-spec-validator with every dependency pinned, to run it for real on the exports.
const OPENAPI_SPEC_VALIDATOR_REQUIREMENTS: &str = "xtask/validators/openapi-spec-validator.txt";
/// The npm linters (Spectral, Redocly): `package.json` with exact versions and the lock file
/// that pins everything they pull in.
const NODE_VALIDATORS: &str = "xtask/validators/node";

/// open-data-contract-standard ships the official ODCS JSON Schema (v3.1.0, what the export
/// writes).
const ODCS: &str = "open-data-contract-standard==3.1.0";
/// The official ODCS schemas of the other versions the import reads, each in a folder of its
/// own under `target/validators` (the package is always `open_data_contract_standard`): the
/// v3.0 and v3.2 example documents are checked against them.
const ODCS_OTHER_VERSIONS: &[(&str, &str)] = &[
    ("odcs-3.0", "open-data-contract-standard==3.0.5"),
    ("odcs-3.2", "open-data-contract-standard==3.2.0"),
];
/// The source distribution of the ODCS package whose test fixtures are the standard's own
/// example contracts (the full example and every field new in v3.2.0): the import's corpus.
const ODCS_EXAMPLES: &str = "open-data-contract-standard==3.2.0";

/// The source distribution of the SOAP client zeep, whose tests' WSDL and XSD files (Apache
/// CXF's hello world, the W3C's XML signature schema, SOAP encoding, …) are the XSD and WSDL
/// import's corpus.
const WSDL_CORPUS: &str = "zeep==4.3.1";

/// datacontract-cli with every dependency pinned: `datacontract lint` runs on the ODCS exports.
const DATACONTRACT_CLI_REQUIREMENTS: &str = "xtask/validators/datacontract-cli.txt";
/// rdflib, which reads the national data catalogues' descriptions back in the tests.
const RDFLIB_REQUIREMENTS: &str = "xtask/validators/rdflib.txt";
/// pikepdf's PDF/A checker and its dependencies, each pinned (pikepdf is a binary wheel
/// carrying qpdf), for the PDF/A-2b proof of the exported documents.
const PIKEPDF_REQUIREMENTS: &str = "xtask/validators/pikepdf.txt";

/// Debian packages whose SQL schemas are the real-world corpus of the SQL import's tests
/// (PowerDNS's for PostgreSQL and MySQL, Zabbix's 173 tables for PostgreSQL), each pinned.
const SQL_CORPUS: &[&str] = &[
    "pdns-backend-pgsql=4.7.3-2",
    "pdns-backend-mysql=4.7.3-2",
    "zabbix-server-pgsql=1:6.0.14+dfsg-1+b1",
];

/// Debian packages the app needs to build and run.
const RUN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];
/// Debian packages the tests need in addition: a virtual display, WebKit's WebDriver, and the
/// PDF checkers, and pip for the validators.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "webkit2gtk-driver",
    "poppler-utils",
    "qpdf",
    "python3-pip",
];

/// What the task is for: running needs less than testing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// `cargo xtask run`.
    Run,
    /// `cargo xtask test`.
    Test,
}

/// Where the installed tools are.
pub struct Tools {
    dir: PathBuf,
}

impl Tools {
    fn bin(&self) -> PathBuf {
        self.dir.join("bin")
    }

    /// The trunk executable.
    pub fn trunk(&self) -> PathBuf {
        self.bin().join(shell::exe("trunk"))
    }

    /// The tauri-driver executable.
    pub fn tauri_driver(&self) -> PathBuf {
        self.bin().join(shell::exe("tauri-driver"))
    }

    /// Where the validators are installed: `python/` (the schemas), `odcs-3.0/` and
    /// `odcs-3.2/` (the ODCS schemas of those versions), `openapi-spec-validator/`, `pdfa/` and
    /// `datacontract/`, `rdflib/` (each runnable with `PYTHONPATH` set to it), `node/` (Spectral and
    /// Redocly), `sql-corpus/` (real SQL schemas from Debian packages), `odcs-examples/` (the
    /// ODCS standard's example contracts) and `wsdl-corpus/` (WSDL and XSD files of zeep's
    /// tests).
    pub fn validators_dir(&self) -> PathBuf {
        crate::build::target_dir().join("validators")
    }

    /// `PATH` with the tools' folder first, so trunk finds the pinned wasm-bindgen.
    pub fn path_with_tools(&self) -> OsString {
        let mut paths = vec![self.bin()];
        if let Some(path) = std::env::var_os("PATH") {
            paths.extend(std::env::split_paths(&path));
        }
        std::env::join_paths(paths).unwrap_or_else(|_| OsString::from(self.bin()))
    }
}

/// Installs everything `purpose` needs and returns where the tools are.
pub fn ensure_all(purpose: Purpose) -> Result<Tools, TaskError> {
    ensure_debian_packages(purpose)?;
    ensure_wasm_target()?;
    let tools = Tools { dir: tools_dir()? };
    let wasm_bindgen = locked_version("wasm-bindgen")?;
    ensure_cargo_tool(&tools, "trunk", "trunk", TRUNK_VERSION, true)?;
    ensure_cargo_tool(
        &tools,
        "wasm-bindgen-cli",
        "wasm-bindgen",
        &wasm_bindgen,
        false,
    )?;
    ensure_cargo_tool(
        &tools,
        "tauri-driver",
        "tauri-driver",
        TAURI_DRIVER_VERSION,
        true,
    )?;
    if purpose == Purpose::Test {
        ensure_rustfmt()?;
        ensure_validators(&tools)?;
    }
    Ok(tools)
}

fn tools_dir() -> Result<PathBuf, TaskError> {
    if let Some(dir) = std::env::var_os("DATAPAKT_TOOLS_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
        .ok_or_else(|| TaskError("set DATAPAKT_TOOLS_DIR: no cache folder is known".into()))?;
    Ok(cache.join("datapakt").join("tools"))
}

fn ensure_debian_packages(purpose: Purpose) -> Result<(), TaskError> {
    if !cfg!(target_os = "linux") || shell::first_line_of("dpkg-query", &["--version"]).is_none() {
        eprintln!(
            "xtask: not a Debian-based system: install Tauri's prerequisites as README.md says"
        );
        return Ok(());
    }
    let mut wanted: Vec<&str> = RUN_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend(TEST_PACKAGES);
    }
    let missing: Vec<&str> = wanted
        .into_iter()
        .filter(|p| !debian_package_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = shell::first_line_of("id", &["-u"]).as_deref() == Some("0");
    if !is_root {
        return Err(TaskError(format!(
            "missing Debian packages; install them with:\n  sudo apt-get update && sudo apt-get install -y {}",
            missing.join(" ")
        )));
    }
    shell::run(Command::new("apt-get").arg("update"))?;
    shell::run(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn debian_package_installed(package: &str) -> bool {
    shell::first_line_of("dpkg-query", &["-W", "-f=${Status}", package])
        .is_some_and(|status| status.ends_with("installed") && !status.contains("not-installed"))
}

fn ensure_wasm_target() -> Result<(), TaskError> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| TaskError(format!("rustup is needed for the wasm target: {e}")))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    shell::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The version of `package` in Cargo.lock (wasm-bindgen-cli must match it exactly).
fn locked_version(package: &str) -> Result<String, TaskError> {
    let lock = std::fs::read_to_string(shell::workspace_root().join("Cargo.lock"))
        .map_err(|e| TaskError(format!("Cargo.lock: {e}")))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    lock.split("[[package]]")
        .find_map(|block| block.trim().strip_prefix(needle.as_str()))
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
        .ok_or_else(|| TaskError(format!("{package} is not in Cargo.lock")))
}

/// Installs crate `krate` (binary `bin`) at exactly `version` unless it is already there.
/// `locked`: use the crate's own lock file (wasm-bindgen-cli's names a crate the registry
/// here lacks, so it installs without it).
fn ensure_cargo_tool(
    tools: &Tools,
    krate: &str,
    bin: &str,
    version: &str,
    locked: bool,
) -> Result<(), TaskError> {
    let exe = tools.bin().join(shell::exe(bin));
    if exe.exists() && installed_by_cargo(tools, krate, version) {
        return Ok(());
    }
    let mut cargo = shell::cargo();
    cargo.arg("install").arg("--root").arg(&tools.dir).args([
        "--version",
        &format!("={version}"),
        krate,
    ]);
    if locked {
        cargo.arg("--locked");
    }
    shell::run(&mut cargo)
}

/// Whether `cargo install` recorded `krate` at `version` in the tools folder (not every tool
/// has a `--version` flag: tauri-driver has none).
fn installed_by_cargo(tools: &Tools, krate: &str, version: &str) -> bool {
    let record = std::fs::read_to_string(tools.dir.join(".crates.toml")).unwrap_or_default();
    record.contains(&format!("\"{krate} {version} ("))
}

/// The official OpenAPI 3.1 schema (PyPI's openapi-spec-validator) and ODCS schema (PyPI's
/// open-data-contract-standard), installed under `target/validators/python`, the ODCS v3.0
/// and v3.2 schemas beside it; the linters the tests run on the exports (openapi-spec-validator,
/// Spectral, Redocly; datacontract-cli for ODCS) and pikepdf's PDF/A checker.
fn ensure_validators(tools: &Tools) -> Result<(), TaskError> {
    let python = tools.validators_dir().join("python");
    let odcs_schema = "open_data_contract_standard/schema.json";
    let schema_packages = [
        (
            python.clone(),
            OPENAPI_SPEC_VALIDATOR,
            "openapi_spec_validator/resources/schemas/v3.1/schema.json",
        ),
        (python, ODCS, odcs_schema),
    ]
    .into_iter()
    .chain(
        ODCS_OTHER_VERSIONS
            .iter()
            .map(|(dir, package)| (tools.validators_dir().join(dir), *package, odcs_schema)),
    );
    for (dir, package, marker) in schema_packages {
        if dir.join(marker).exists() && dir.join(dist_info(package)).exists() {
            continue;
        }
        shell::run(
            Command::new("python3")
                .args(["-m", "pip", "install", "--quiet", "--no-deps", "--upgrade"])
                .arg("--disable-pip-version-check")
                .arg("--target")
                .arg(&dir)
                .arg(package),
        )?;
    }
    ensure_python_requirements(
        &tools.validators_dir().join("openapi-spec-validator"),
        OPENAPI_SPEC_VALIDATOR_REQUIREMENTS,
    )?;
    ensure_python_requirements(&tools.validators_dir().join("pdfa"), PIKEPDF_REQUIREMENTS)?;
    ensure_python_requirements(&tools.validators_dir().join("rdflib"), RDFLIB_REQUIREMENTS)?;
    ensure_python_requirements(
        &tools.validators_dir().join("datacontract"),
        DATACONTRACT_CLI_REQUIREMENTS,
    )?;
    ensure_node_validators(&tools.validators_dir().join("node"))?;
    ensure_sql_corpus(&tools.validators_dir().join("sql-corpus"))?;
    ensure_sdist_files(
        &tools.validators_dir().join("odcs-examples"),
        ODCS_EXAMPLES,
        &["tests/fixtures/*.odcs.yaml"],
    )?;
    ensure_sdist_files(
        &tools.validators_dir().join("wsdl-corpus"),
        WSDL_CORPUS,
        &["tests/*.wsdl", "tests/*.xsd"],
    )
}

/// Unpacks the files matching `patterns` (tar wildcards, below the package's top folder) of
/// the source distribution of the pinned PyPI package `pinned` into `dir`, unless those files
/// of that version are unpacked there already.
fn ensure_sdist_files(dir: &Path, pinned: &str, patterns: &[&str]) -> Result<(), TaskError> {
    let marker = dir.join("pin.txt");
    let wanted = format!("{pinned} {}", patterns.join(" "));
    if std::fs::read_to_string(&marker).is_ok_and(|found| found == wanted) {
        return Ok(());
    }
    remove_dir(dir)?;
    let download = dir.join("sdist");
    shell::run(
        Command::new("python3")
            .args([
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
            ])
            .arg("--disable-pip-version-check")
            .arg("--dest")
            .arg(&download)
            .arg(pinned),
    )?;
    for entry in std::fs::read_dir(&download).map_err(|e| TaskError(e.to_string()))? {
        let archive = entry.map_err(|e| TaskError(e.to_string()))?.path();
        shell::run(
            Command::new("tar")
                .arg("xzf")
                .arg(&archive)
                .arg("--strip-components=1")
                .arg("--wildcards")
                .args(patterns.iter().map(|p| format!("*/{p}")))
                .current_dir(dir),
        )?;
    }
    remove_dir(&download)?;
    std::fs::write(&marker, wanted).map_err(|e| TaskError(format!("{}: {e}", marker.display())))
}

/// Unpacks the pinned Debian packages of [`SQL_CORPUS`] into `dir` (their `usr/share/…` as
/// shipped, gzipped schemas unzipped beside), unless that list is unpacked there already.
fn ensure_sql_corpus(dir: &Path) -> Result<(), TaskError> {
    let marker = dir.join("pins.txt");
    let pins = SQL_CORPUS.join("\n");
    if std::fs::read_to_string(&marker).is_ok_and(|found| found == pins) {
        return Ok(());
    }
    remove_dir(dir)?;
    let debs = dir.join("debs");
    std::fs::create_dir_all(&debs).map_err(|e| TaskError(format!("{}: {e}", debs.display())))?;
    shell::run(
        Command::new("apt-get")
            .arg("download")
            .args(SQL_CORPUS)
            .current_dir(&debs),
    )?;
    for entry in std::fs::read_dir(&debs).map_err(|e| TaskError(e.to_string()))? {
        let deb = entry.map_err(|e| TaskError(e.to_string()))?.path();
        shell::run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(dir))?;
    }
    let zipped = dir.join("usr/share/zabbix-server-pgsql/schema.sql.gz");
    shell::run(Command::new("gzip").args(["-dk"]).arg(&zipped))?;
    remove_dir(&debs)?;
    std::fs::write(&marker, pins).map_err(|e| TaskError(format!("{}: {e}", marker.display())))
}

/// The folder pip records `name==version` in: `name_with_underscores-version.dist-info`.
fn dist_info(pinned: &str) -> String {
    let (name, version) = pinned.split_once("==").unwrap_or((pinned, ""));
    format!("{}-{version}.dist-info", name.replace('-', "_"))
}

/// Installs the pinned list `requirements` (a file in the workspace) into `dir` alone, each
/// package at its pinned version and nothing else (`--no-deps`: the list names every
/// dependency). A copy of the list in `dir` marks a finished install; a changed list
/// reinstalls from scratch.
fn ensure_python_requirements(dir: &Path, requirements: &str) -> Result<(), TaskError> {
    let source = shell::workspace_root().join(requirements);
    let marker = dir.join("requirements.txt");
    if same_contents(&source, &marker) {
        return Ok(());
    }
    remove_dir(dir)?;
    shell::run(
        Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "--no-deps"])
            .arg("--disable-pip-version-check")
            .arg("--target")
            .arg(dir)
            .arg("--requirement")
            .arg(&source),
    )?;
    copy(&source, &marker)
}

/// Installs Spectral and Redocly with `npm ci` from the committed lock file into `dir`
/// (`node_modules/.bin/` holds the commands), unless that lock file is installed there already.
/// Install scripts are skipped: the linters need none (the only one is Spectral's analytics).
fn ensure_node_validators(dir: &Path) -> Result<(), TaskError> {
    let source = shell::workspace_root().join(NODE_VALIDATORS);
    let installed = ["package.json", "package-lock.json"]
        .iter()
        .all(|file| same_contents(&source.join(file), &dir.join(file)))
        && ["spectral", "redocly"]
            .iter()
            .all(|bin| dir.join("node_modules").join(".bin").join(bin).exists());
    if installed {
        return Ok(());
    }
    if shell::first_line_of("npm", &["--version"]).is_none() {
        return Err(TaskError(
            "npm is missing: install Node.js 20.19 or later with npm (Spectral and Redocly, \
             the OpenAPI linters of the tests, are npm packages)"
                .into(),
        ));
    }
    remove_dir(dir)?;
    std::fs::create_dir_all(dir).map_err(|e| TaskError(format!("{}: {e}", dir.display())))?;
    for file in ["package.json", "package-lock.json"] {
        copy(&source.join(file), &dir.join(file))?;
    }
    shell::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .arg("--prefix")
            .arg(dir),
    )
}

/// Whether both files exist with the same bytes.
fn same_contents(a: &Path, b: &Path) -> bool {
    match (std::fs::read(a), std::fs::read(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn copy(from: &Path, to: &Path) -> Result<(), TaskError> {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| {
        TaskError(format!(
            "copying {} to {}: {e}",
            from.display(),
            to.display()
        ))
    })
}

/// Removes `dir` with everything in it, if it exists.
fn remove_dir(dir: &Path) -> Result<(), TaskError> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(TaskError(format!("removing {}: {e}", dir.display()))),
    }
}

/// `cargo fmt --check` is part of the tests; a minimal rustup profile lacks rustfmt.
fn ensure_rustfmt() -> Result<(), TaskError> {
    if shell::first_line_of("rustfmt", &["--version"]).is_some() {
        return Ok(());
    }
    shell::run(Command::new("rustup").args(["component", "add", "rustfmt"]))
}
