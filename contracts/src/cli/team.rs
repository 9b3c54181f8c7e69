//! `datapakt remote`, `clone`, `sync`, `status`, `resolve`, `abort` and `check`: the team
//! catalogue on git.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app;
use crate::wire::team::{SyncConflict, SyncOutcome, SyncReport, Take, TeamStatus};

use super::{print_json, Outcome};

/// The exit code of a sync that stopped at conflicts.
const CONFLICTS: u8 = 3;

/// `datapakt remote`.
#[derive(Debug, clap::Args)]
pub struct Remote {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The remote to publish the catalog to (an empty repository: ssh://, https:// or a
    /// folder); without it, the catalog's remote is shown.
    url: Option<String>,
}

impl Remote {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let Some(url) = self.url else {
            match app::team::remote(&catalog)? {
                Some(url) => println!("{url}"),
                None => println!("{}: not shared (no remote)", self.catalog.display()),
            }
            return Ok(ExitCode::SUCCESS);
        };
        let author = app::team::author(&catalog, "", "");
        let report = app::team::publish(&mut catalog, &url, &author)?;
        print_report(&report);
        Ok(exit_code(&report))
    }
}

/// `datapakt clone`.
#[derive(Debug, clap::Args)]
pub struct Clone {
    /// The team catalogue's remote.
    url: String,
    /// The new catalog file (never overwrites a file).
    #[arg(long)]
    catalog: PathBuf,
}

impl Clone {
    pub fn run(self) -> Outcome {
        let catalog = app::team::clone(&self.url, &self.catalog)?;
        let contracts = app::items::contract_summaries(&catalog)?.len();
        println!(
            "created {} from {} ({contracts} contracts)",
            self.catalog.display(),
            self.url
        );
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt sync`.
#[derive(Debug, clap::Args)]
pub struct Sync {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// Print the report as JSON: {outcome, sent, received, conflicts, findings, notes}.
    #[arg(long)]
    json: bool,
}

impl Sync {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let author = app::team::author(&catalog, "", "");
        let report = app::team::sync(&mut catalog, &author)?;
        if self.json {
            print_json(&report);
        } else {
            print_report(&report);
        }
        Ok(exit_code(&report))
    }
}

/// `datapakt status`.
#[derive(Debug, clap::Args)]
pub struct Status {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// Print JSON: {remote, local, incoming, last_sync, conflicts: [{item, title, field,
    /// base, mine, theirs}]}.
    #[arg(long)]
    json: bool,
    /// Fetch the remote's news first (nothing is merged), so `incoming` is current.
    #[arg(long)]
    fetch: bool,
}

impl Status {
    pub fn run(self) -> Outcome {
        let catalog = app::catalog::open(&self.catalog)?;
        let status = match self.fetch {
            true => app::team::refresh(&catalog)?,
            false => app::team::status(&catalog)?,
        };
        if self.json {
            print_json(&status);
        } else {
            print_status(&status);
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt resolve`.
#[derive(Debug, clap::Args)]
pub struct Resolve {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The item, `KIND:ID` as `status` lists it.
    #[arg(long)]
    item: String,
    /// The field; left out for an item deleted on one side and changed on the other.
    #[arg(long)]
    field: Option<String>,
    /// Which value to keep.
    #[arg(long, value_enum)]
    take: TakeArg,
}

/// Which side's value `resolve` keeps.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum TakeArg {
    /// This catalog's.
    Mine,
    /// The remote's.
    Theirs,
}

impl Resolve {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let take = match self.take {
            TakeArg::Mine => Take::Mine,
            TakeArg::Theirs => Take::Theirs,
        };
        let status = app::team::resolve(&mut catalog, &self.item, self.field.as_deref(), take)?;
        print_status(&status);
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt abort`.
#[derive(Debug, clap::Args)]
pub struct Abort {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
}

impl Abort {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let status = app::team::abort(&mut catalog)?;
        print_status(&status);
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt check`.
#[derive(Debug, clap::Args)]
pub struct Check {
    /// A checked-out team catalogue.
    dir: PathBuf,
    /// Print JSON: {entries, findings: [{file, rule, entity, item, title, message}]}.
    #[arg(long)]
    json: bool,
}

impl Check {
    pub fn run(self) -> Outcome {
        let report = app::team::check(&self.dir)?;
        if self.json {
            print_json(&report);
        } else {
            for f in &report.findings {
                println!("{}: {:?}: {}", f.file, f.finding.title, f.finding.message);
            }
            println!(
                "{} entries, {} finding(s)",
                report.entries,
                report.findings.len()
            );
        }
        Ok(if report.findings.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}

/// 0 in sync, [`CONFLICTS`] when conflicts wait.
fn exit_code(report: &SyncReport) -> ExitCode {
    match report.outcome {
        SyncOutcome::InSync => ExitCode::SUCCESS,
        SyncOutcome::Conflicts => ExitCode::from(CONFLICTS),
    }
}

fn print_report(report: &SyncReport) {
    match report.outcome {
        SyncOutcome::InSync => println!(
            "in sync: {} item(s) sent, {} received",
            report.sent, report.received
        ),
        SyncOutcome::Conflicts => println!(
            "{} conflict(s) wait for a choice; nothing was pushed (datapakt resolve, or abort)",
            report.conflicts.len()
        ),
    }
    print_conflicts(&report.conflicts);
    for f in &report.findings {
        println!(
            "finding: {} {} {:?}: {}",
            f.entity.as_str(),
            f.item,
            f.title,
            f.message
        );
    }
    for note in &report.notes {
        println!(
            "note: {}",
            crate::i18n::Translator::new(crate::model::Lang::En).with_values(&note.key, &note.args)
        );
    }
}

fn print_status(status: &TeamStatus) {
    match &status.remote {
        None => println!("not shared (no remote)"),
        Some(remote) => println!(
            "remote {remote}\nlocal changes: {}\nincoming: {}\nlast sync: {}",
            status.local,
            status.incoming,
            status.last_sync.as_deref().unwrap_or("never")
        ),
    }
    print_conflicts(&status.conflicts);
}

fn print_conflicts(conflicts: &[SyncConflict]) {
    let show = |value: &Option<serde_json::Value>| {
        value
            .as_ref()
            .map_or_else(|| "(deleted)".to_owned(), |v| v.to_string())
    };
    for c in conflicts {
        println!(
            "conflict {} {:?} {}: base {} | mine {} | theirs {}",
            c.item,
            c.title,
            c.field.as_deref().unwrap_or("(whole item)"),
            show(&c.base),
            show(&c.mine),
            show(&c.theirs)
        );
    }
}
