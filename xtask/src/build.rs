//! Building the frontend (trunk) and the desktop app with it embedded.

use std::path::PathBuf;

use crate::setup::Tools;
use crate::shell::{self, TaskError};

/// Features of every build, so `cargo build` and `cargo test` share one compilation of each
/// crate instead of rebuilding Tauri with other features.
pub const TEST_FEATURES: &str = "datapakt-app/custom-protocol,contracts/cli";

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

/// Builds the desktop app (with the `datapakt` CLI alongside for tests) and returns the app's
/// executable.
pub fn app(profile: Profile) -> Result<PathBuf, TaskError> {
    let mut cargo = shell::cargo();
    cargo.args([
        "build",
        "-p",
        "datapakt-app",
        "-p",
        "contracts",
        "--features",
        TEST_FEATURES,
    ]);
    let dir = match profile {
        Profile::Debug => "debug",
        Profile::Release => {
            cargo.arg("--release");
            "release"
        }
    };
    shell::run(&mut cargo)?;
    Ok(target_dir().join(dir).join(shell::exe("datapakt-app")))
}
