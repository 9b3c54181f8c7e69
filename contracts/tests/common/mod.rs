//! What the external-checker tests share: where the pinned tools are, running the CLI, and a
//! scratch folder per test whose files stay for a person to look at.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Where `cargo xtask test` installed the validators.
pub fn validators_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DATAPAKT_VALIDATORS_DIR") {
        return PathBuf::from(dir);
    }
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("validators")
}

/// `path`, which must exist: a missing tool fails the test rather than skipping a check.
pub fn installed(path: PathBuf) -> PathBuf {
    assert!(
        path.exists(),
        "{} is missing: run `cargo xtask test` (or `cargo xtask setup`), which installs the \
         pinned validators",
        path.display()
    );
    path
}

/// Runs the `datapakt` CLI, whatever its exit code.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datapakt"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("datapakt {args:?}: {e}"))
}

/// Runs the `datapakt` CLI; its failure fails the test with what it printed.
pub fn datapakt(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_datapakt"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("datapakt {args:?}: {e}"));
    assert!(
        output.status.success(),
        "datapakt {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// `path` as a command-line argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("the target folder's path is UTF-8")
}

/// An empty folder `area/name` for a test's files, under cargo's scratch folder for tests.
pub fn fresh_dir(area: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(area).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("the previous run's files can be removed");
    }
    std::fs::create_dir_all(&dir).expect("the test's folder can be made");
    dir
}

/// An empty bare git repository at `path`, made by git itself (a team catalogue's remote).
pub fn bare_repository(path: &Path) -> String {
    let status = Command::new("git")
        .args(["init", "--quiet", "--bare", "--initial-branch=main"])
        .arg(path)
        .status()
        .expect("git runs");
    assert!(status.success(), "git init --bare {}", path.display());
    path.display().to_string()
}

/// The console script's entry point: `datacontract ARGS`.
pub const DATACONTRACT: &str =
    "import sys; from datacontract.cli import main; sys.argv[0] = 'datacontract'; sys.exit(main())";

/// The folder datacontract-cli and its dependencies (PyYAML among them) are installed in.
pub fn datacontract_dir() -> PathBuf {
    let dir = installed(validators_dir().join("datacontract"));
    installed(dir.join("datacontract/cli.py"));
    dir
}

/// `python3` with `PYTHONPATH` set to datacontract-cli's folder and nothing from the user's.
pub fn python() -> Command {
    let mut python = Command::new("python3");
    python
        .env("PYTHONPATH", datacontract_dir())
        .env("PYTHONNOUSERSITE", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    python
}
