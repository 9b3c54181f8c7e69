//! The `datapakt` command-line tool: the same use cases as the desktop, without a window.
//! One module per command family; each parses its flags (clap's derive API), calls the
//! use cases of [`crate::app`] and prints.

mod access;
mod advise;
mod args;
mod catalog;
mod export;
mod import;
mod team;
mod versions;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Datapakt: information contracts, kept in one catalog file.
#[derive(Debug, Parser)]
#[command(name = "datapakt", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a new catalog file (never overwrites a file).
    Init(catalog::Init),
    /// List the items of one kind (contracts unless `--kind` says otherwise).
    List(catalog::List),
    /// Check the catalog against the rules of good catalog keeping (owners, successors);
    /// exits 1 when a rule is broken.
    Validate(catalog::Validate),
    /// Search every item's names, descriptions and field names.
    Search(catalog::Search),
    /// Export a contract (or, as ODCS, every contract into a folder), an integration's OpenAPI
    /// stub covering all its contracts (`export openapi --integration ID`), or a data
    /// processing agreement as PDF (`export dpa --agreement ID`).
    Export(export::Export),
    /// Show the catalog's settings, or change them.
    Settings(catalog::Settings),
    /// Import an existing description into the catalog.
    #[command(subcommand)]
    Import(import::Import),
    /// Advise a technology and IntArk pattern by Örebro's decision tree: from the answers
    /// given, or from an integration's recorded facts (answers given override them), saying
    /// whether its recorded technology deviates.
    Advise(advise::Advise),
    /// Grant a consumer access to an integration under a contract. Refused (exit 1, the
    /// reason on stderr) unless the contract is approved, in force from the first day to the
    /// last, governs the integration and names the consumer.
    Grant(access::Grant),
    /// Record a review of an access grant: the access is still needed (`confirmed`, and the
    /// next review falls due an interval later) or it ends (`revoked`).
    Review(access::Review),
    /// A catalog-wide report, as aligned text, or with `--json` a JSON array of one object
    /// per row keyed by column id (machine values: ids, codes, booleans), or with `--csv`
    /// CSV with a header row of column ids, or with `--pdf FILE` a PDF/A document. Exits 0
    /// whatever it finds.
    Report(export::Report),
    /// Compare two versions of a contract field by field: its fields, its information sets'
    /// fields and its terms, each change with the rule that judges it (breaking, addition,
    /// wording) and the version it calls for. Versions are numbers or `current`; by default
    /// the draft against the last release, or the last release against the one before.
    Diff(versions::Diff),
    /// Exit 1 when a change breaks consumers, listing the breaking changes: two versions of
    /// a contract in the catalog (as `diff`), or two ODCS files (`--old`, `--new`), so it can
    /// run in a pipeline over a git history of exported contracts.
    Breaking(versions::Breaking),
    /// Who and what the latest change to a contract affects — integrations, consumer
    /// systems, contracts to approve again, access grants to review — and a notice for each
    /// person to tell, in their language.
    Impact(versions::ImpactArgs),
    /// A contract's changelog: each release, newest first, with what changed and why it
    /// moved the version as it did.
    Changelog(versions::ChangelogArgs),
    /// Draw the ownership and integration map — systems grouped by owning unit,
    /// integrations from provider to consumer, anomalies marked — as SVG or PNG (from
    /// `--out`'s extension), and list its anomalies. Filters combine; none shows everything.
    Map(export::Map),
    /// Show the catalog's team remote, or publish the catalog to an empty remote (ssh://,
    /// https:// or a folder): the whole catalog is written as files, committed and pushed.
    Remote(team::Remote),
    /// Make a new local catalog from a team catalogue's remote.
    Clone(team::Clone),
    /// Share this catalog's changes and take in the team's: commit, fetch, merge per item and
    /// per field, push. Exits 0 in sync, 3 when conflicts wait (nothing is pushed), 1 on an
    /// error (offline: the changes wait for the next sync).
    Sync(team::Sync),
    /// Where the catalog stands against its remote (no network): local changes, incoming
    /// changes, the last sync, the conflicts waiting.
    Status(team::Status),
    /// Resolve a waiting conflict by keeping one side's value of a field.
    Resolve(team::Resolve),
    /// Return the catalog to where it was before the sync that stopped at conflicts.
    Abort(team::Abort),
    /// Check a checked-out team catalogue folder against the catalog's rules, without a
    /// catalog file; exits 1 when a rule is broken (for a merge request pipeline).
    Check(team::Check),
}

/// What ends a command early: a use case's error, or flags that do not go together.
#[derive(Debug, thiserror::Error)]
enum CliError {
    /// The use case failed; its error says why and what to do.
    #[error(transparent)]
    App(#[from] crate::app::Error),
    /// The command line asked for something that does not go together.
    #[error("{0}")]
    Usage(String),
    /// The command line lacks an argument its other arguments make required (exit 2, as the
    /// argument parser's own missing-argument errors).
    #[error("{0}")]
    Missing(String),
}

/// A command's outcome: its exit code, or why it could not run.
type Outcome = Result<ExitCode, CliError>;

/// Refuses the command line with `message` (what is wrong and what to write instead).
fn usage<T>(message: &str) -> Result<T, CliError> {
    Err(CliError::Usage(message.to_owned()))
}

/// Parses the process's arguments and runs the command; errors go to stderr.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(error) => {
            print_error(&error);
            match error {
                CliError::Missing(_) => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Prints why a command could not run, and its causes, to stderr.
fn print_error(error: &CliError) {
    eprintln!("datapakt: error: {error}");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        eprintln!("  caused by: {cause}");
        source = cause.source();
    }
}

/// Runs one command; the exit code is success unless the command reports otherwise.
fn run(command: Command) -> Outcome {
    match command {
        Command::Init(args) => args.run(),
        Command::List(args) => args.run(),
        Command::Validate(args) => args.run(),
        Command::Search(args) => args.run(),
        Command::Export(args) => args.run(),
        Command::Settings(args) => args.run(),
        Command::Import(args) => args.run(),
        Command::Advise(args) => args.run(),
        Command::Grant(args) => args.run(),
        Command::Review(args) => args.run(),
        Command::Report(args) => args.run(),
        Command::Diff(args) => args.run(),
        Command::Breaking(args) => args.run(),
        Command::Impact(args) => args.run(),
        Command::Changelog(args) => args.run(),
        Command::Map(args) => args.run(),
        Command::Remote(args) => args.run(),
        Command::Clone(args) => args.run(),
        Command::Sync(args) => args.run(),
        Command::Status(args) => args.run(),
        Command::Resolve(args) => args.run(),
        Command::Abort(args) => args.run(),
        Command::Check(args) => args.run(),
    }
}

/// Prints `value` as pretty JSON.
fn print_json<T: serde::Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("wire types always serialise")
    );
}
