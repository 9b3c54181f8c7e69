//! Datapakt's task runner.
//!
//! - `cargo xtask run [-- APP ARGS]`: install what is missing, build the frontend with trunk,
//!   build the desktop app with the frontend embedded, and launch it.
//! - `cargo xtask test`: install what is missing (validators included), build, and run every
//!   test, the end-to-end ones in a real window included. Exits non-zero if any fails.
//!
//! It has no dependencies, so it builds in seconds on a fresh machine.

mod build;
mod setup;
mod shell;
#[cfg(test)]
mod tidy;

use std::process::ExitCode;

use shell::TaskError;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("setup") => setup::ensure_all(setup::Purpose::Test).map(|_| ()),
        _ => {
            eprintln!(
                "usage: cargo xtask run [-- ARGS FOR THE APP]   build and launch Datapakt\n       \
                 cargo xtask test                        run every test\n       \
                 cargo xtask setup                       only install what is missing"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(app_args: &[String]) -> Result<(), TaskError> {
    let tools = setup::ensure_all(setup::Purpose::Run)?;
    build::frontend(&tools)?;
    let app = build::app(build::Profile::Release)?;
    let args: Vec<&String> = app_args.iter().skip_while(|a| *a == "--").collect();
    shell::run(std::process::Command::new(app).args(args))
}

/// `extra`: test-name filters and test-harness options, passed after `--` to every test binary.
fn test(extra: &[String]) -> Result<(), TaskError> {
    let tools = setup::ensure_all(setup::Purpose::Test)?;
    shell::run(shell::cargo().args(["fmt", "--all", "--check"]))?;
    build::frontend(&tools)?;
    let app = build::app(build::Profile::Debug)?;
    let target = build::target_dir();
    let mut cargo = shell::cargo();
    cargo
        .arg("test")
        .args(build::TEST_SELECTION)
        .args(["--features", build::TEST_FEATURES])
        .arg("--")
        .args(extra.iter().skip_while(|a| *a == "--"))
        .env("DATAPAKT_APP_BIN", &app)
        .env(
            "DATAPAKT_CLI_BIN",
            target.join("debug").join(shell::exe("datapakt")),
        )
        .env("DATAPAKT_TAURI_DRIVER", tools.tauri_driver())
        .env("DATAPAKT_VALIDATORS_DIR", tools.validators_dir())
        .env("DATAPAKT_SCREENSHOT_DIR", target.join("e2e-screenshots"))
        .env("PATH", tools.path_with_tools());
    shell::run(&mut cargo)?;
    // The app as shipped (without the tests' hooks) answers no dialog from the environment.
    shell::run(shell::cargo().args([
        "test",
        "-p",
        "datapakt-app",
        "--features",
        build::FEATURES,
        "--",
        "a_build_without_the_feature",
    ]))
}
