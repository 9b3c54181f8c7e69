//! Installs what a build or test needs and is missing, at pinned versions: Debian packages,
//! the wasm target, trunk, wasm-bindgen-cli, tauri-driver and the export validators.
//!
//! Tools go to a cache outside the work tree (`$DATAPAKT_TOOLS_DIR`, default
//! `~/.cache/datapakt/tools`), so fresh clones reuse them; a tool whose `--version` already
//! matches is not installed again.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;

use crate::shell::{self, TaskError};

/// trunk's pinned version (0.22 needs a newer rustc than this project's).
const TRUNK_VERSION: &str = "0.21.14";
/// tauri-driver's pinned version.
const TAURI_DRIVER_VERSION: &str = "2.1.0";
/// openapi-spec-validator ships the official OpenAPI 3.1 JSON Schema.
const OPENAPI_SPEC_VALIDATOR: &str = "openapi-spec-validator==0.9.0";

/// open-data-contract-standard ships the official ODCS JSON Schema.
const ODCS: &str = "open-data-contract-standard==3.1.0";

/// @readme/oas-examples: OpenAPI 3.0/3.1 and Swagger 2.0 documents, the OpenAPI import's
/// corpus (name and exact version).
const OAS_EXAMPLES: (&str, &str) = ("@readme/oas-examples", "8.2.2");

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

    /// Where the Python validators are installed (`python/` inside it).
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
        ensure_oas_examples(&tools)?;
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
/// open-data-contract-standard), installed under `target/validators/python`.
fn ensure_validators(tools: &Tools) -> Result<(), TaskError> {
    let python = tools.validators_dir().join("python");
    for (package, marker) in [
        (
            OPENAPI_SPEC_VALIDATOR,
            "openapi_spec_validator/resources/schemas/v3.1/schema.json",
        ),
        (ODCS, "open_data_contract_standard/schema.json"),
    ] {
        if python.join(marker).exists() {
            continue;
        }
        shell::run(
            Command::new("python3")
                .args(["-m", "pip", "install", "--quiet", "--no-deps", "--upgrade"])
                .arg("--disable-pip-version-check")
                .arg("--target")
                .arg(&python)
                .arg(package),
        )?;
    }
    Ok(())
}

/// The OpenAPI import's corpus, installed with npm under `target/validators/node` unless the
/// pinned version is there already.
fn ensure_oas_examples(tools: &Tools) -> Result<(), TaskError> {
    let node = tools.validators_dir().join("node");
    let (package, version) = OAS_EXAMPLES;
    let manifest = node.join("node_modules").join(package).join("package.json");
    let installed = std::fs::read_to_string(&manifest).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{version}\"")) {
        return Ok(());
    }
    std::fs::create_dir_all(&node)
        .map_err(|e| TaskError(format!("could not create {}: {e}", node.display())))?;
    shell::run(
        Command::new("npm")
            .args(["install", "--save-exact", "--no-audit", "--no-fund"])
            .args(["--loglevel", "error", "--prefix"])
            .arg(&node)
            .arg(format!("{package}@{version}")),
    )
}

/// `cargo fmt --check` is part of the tests; a minimal rustup profile lacks rustfmt.
fn ensure_rustfmt() -> Result<(), TaskError> {
    if shell::first_line_of("rustfmt", &["--version"]).is_some() {
        return Ok(());
    }
    shell::run(Command::new("rustup").args(["component", "add", "rustfmt"]))
}
