//! Building the frontend (trunk) and the desktop app with it embedded.

use std::path::PathBuf;

use crate::setup::Tools;
use crate::shell::{self, TaskError};

/// Features of every build: the app serves its embedded frontend, and the CLI is built.
pub const FEATURES: &str = "datapakt-app/custom-protocol,contracts/cli";

/// Features of the tests' build: [`FEATURES`], and the environment answers the native
/// dialogs (never in a build anyone runs: `cargo xtask run` builds with [`FEATURES`]).
pub const TEST_FEATURES: &str =
    "datapakt-app/custom-protocol,contracts/cli,datapakt-app/test-hooks";

/// The packages the tests build and run (the frontend is built by trunk, for wasm).
pub const TEST_SELECTION: &[&str] = &["--workspace", "--exclude", "datapakt-frontend"];

/// Which cargo profile to build the app with.
#[derive(Clone, Copy)]
pub enum Profile {
    /// Fast to build; what the tests use.
    Debug,
    /// Fast to run; what `cargo xtask run` launches.
    Release,
}

/// Where cargo puts build output.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| shell::workspace_root().join("target"))
}

/// Builds the Yew frontend into `frontend/dist` with trunk (release mode, no network).
pub fn frontend(tools: &Tools) -> Result<(), TaskError> {
    let mut trunk = std::process::Command::new(tools.trunk());
    trunk
        .args(["build", "--release"])
        .current_dir(shell::workspace_root().join("frontend"))
        .env("PATH", tools.path_with_tools())
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .env("TRUNK_OFFLINE", "true");
    shell::run(&mut trunk)
}

/// Builds the desktop app and the `datapakt` CLI (in debug, with every test target) and
/// returns the app's executable.
pub fn app(profile: Profile) -> Result<PathBuf, TaskError> {
    let mut cargo = shell::cargo();
    cargo.arg("build");
    let dir = match profile {
        Profile::Debug => {
            // The test targets too (not benches): dev-dependencies add tokio features, and
            // building them here keeps `cargo test` from compiling Tauri a second time.
            cargo
                .args(TEST_SELECTION)
                .args(["--lib", "--bins", "--tests"]);
            "debug"
        }
        Profile::Release => {
            cargo.args(["-p", "datapakt-app", "-p", "contracts", "--release"]);
            "release"
        }
    };
    let features = match profile {
        Profile::Debug => TEST_FEATURES,
        Profile::Release => FEATURES,
    };
    cargo.args(["--features", features]);
    shell::run(&mut cargo)?;
    Ok(target_dir().join(dir).join(shell::exe("datapakt-app")))
}
