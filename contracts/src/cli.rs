//! The `datapakt` command-line tool: the same use cases as the desktop, without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::checks;
use crate::error::Result;
use crate::export::openapi::profiles::Profile;
use crate::model::{ContractId, Entity};
use crate::ops;
use crate::store::Catalog;
use crate::wire::{ExportFormat, ListQuery, Named};

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
    Init {
        /// The catalog file to create.
        #[arg(long)]
        catalog: PathBuf,
        /// Seed it with the demo municipality's contracts.
        #[arg(long)]
        demo: bool,
    },
    /// List the items of one kind (contracts unless `--kind` says otherwise).
    List {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The kind of item.
        #[arg(long, value_enum, default_value = "contracts")]
        kind: KindArg,
        /// Print JSON: for contracts an array of {id, title, version, owner}; for other
        /// kinds an array of {id, name}.
        #[arg(long)]
        json: bool,
    },
    /// Check the catalog against the rules of good catalog keeping (owners, successors);
    /// exits 1 when a rule is broken.
    Validate {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// Print a JSON array of {rule, entity, item, title, message}.
        #[arg(long)]
        json: bool,
    },
    /// Search every item's names, descriptions and field names.
    Search {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// Words to find (each matches the start of a word; all must match).
        query: String,
        /// Print a JSON array of {entity, id, title, snippet}.
        #[arg(long)]
        json: bool,
    },
    /// Export a contract (or, as ODCS, every contract into a folder).
    Export {
        /// The format to write.
        format: FormatArg,
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The contract's id (see `datapakt list`).
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        contract: Option<i64>,
        /// Every contract, one file each (`contract-<id>.odcs.yaml`) in the folder `--out`;
        /// ODCS only.
        #[arg(long)]
        all: bool,
        /// OpenAPI only: json (the default) or yaml.
        #[arg(long, value_enum, default_value = "json")]
        syntax: SyntaxArg,
        /// OpenAPI only: the national API profile whose rules the stub follows (by default
        /// the contract's own).
        #[arg(long, value_enum)]
        profile: Option<ProfileArg>,
        /// The file (or with `--all`, the folder) to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Import contracts from files: all of them, or (when one is wrong) none.
    Import {
        /// The format of the files.
        format: ImportFormatArg,
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The providing system of documents that do not name one.
        #[arg(long)]
        provider: Option<String>,
        /// The consuming system of documents that do not name one.
        #[arg(long)]
        consumer: Option<String>,
        /// The files to import.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// The import formats as the command line names them.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ImportFormatArg {
    /// Open Data Contract Standard v3.0–v3.2 documents (YAML); a contract imported before
    /// (same id) is updated.
    Odcs,
}

/// The kinds of item `list` shows.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    Contracts,
    Integrations,
    Systems,
    InformationSets,
    Organisations,
    People,
    Agreements,
    Schemes,
}

impl From<KindArg> for Entity {
    fn from(kind: KindArg) -> Entity {
        match kind {
            KindArg::Contracts => Entity::Contract,
            KindArg::Integrations => Entity::Integration,
            KindArg::Systems => Entity::System,
            KindArg::InformationSets => Entity::InformationSet,
            KindArg::Organisations => Entity::Organisation,
            KindArg::People => Entity::Person,
            KindArg::Agreements => Entity::Agreement,
            KindArg::Schemes => Entity::ClassificationScheme,
        }
    }
}

/// The OpenAPI profiles as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ProfileArg {
    Generic,
    KsFiks,
    SeRest,
}

impl From<ProfileArg> for Profile {
    fn from(arg: ProfileArg) -> Profile {
        match arg {
            ProfileArg::Generic => Profile::Generic,
            ProfileArg::KsFiks => Profile::KsFiks,
            ProfileArg::SeRest => Profile::SeRest,
        }
    }
}

/// How an OpenAPI document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SyntaxArg {
    Json,
    Yaml,
}

/// The export formats as the command line names them.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// OpenAPI 3.1 stub (JSON).
    Openapi,
    /// PDF information-contract document.
    Pdf,
    /// Open Data Contract Standard v3.1 document (YAML).
    Odcs,
}

impl From<FormatArg> for ExportFormat {
    fn from(arg: FormatArg) -> ExportFormat {
        match arg {
            FormatArg::Openapi => ExportFormat::Openapi,
            FormatArg::Pdf => ExportFormat::Pdf,
            FormatArg::Odcs => ExportFormat::Odcs,
        }
    }
}

/// Parses the process's arguments and runs the command; errors go to stderr.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("datapakt: error: {error}");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}

/// Runs one command; the exit code is success unless the command reports otherwise.
fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Init { catalog, demo } => {
            Catalog::create(&catalog, demo)?;
            println!("created {}", catalog.display());
        }
        Command::List {
            catalog,
            kind: KindArg::Contracts,
            json,
        } => {
            let contracts = Catalog::open(&catalog)?.list_contracts()?;
            if json {
                let text = serde_json::to_string_pretty(&contracts)
                    .expect("contract summaries always serialise");
                println!("{text}");
            } else {
                for c in contracts {
                    println!("{:>4}  {}  (v{}, {})", c.id, c.title, c.version, c.owner);
                }
            }
        }
        Command::List {
            catalog,
            kind,
            json,
        } => {
            let query = ListQuery {
                entity: kind.into(),
                filter: String::new(),
                sort: 0,
                descending: false,
                offset: 0,
                limit: usize::MAX,
            };
            let rows = crate::items::list_page(&Catalog::open(&catalog)?, &query)?.rows;
            let named: Vec<Named> = rows
                .into_iter()
                .map(|row| Named {
                    id: row.id,
                    name: row.cells.first().map(|c| c.texts()).unwrap_or_default(),
                })
                .collect();
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&named).expect("names always serialise")
                );
            } else {
                for item in named {
                    println!("{:>4}  {}", item.id, item.name);
                }
            }
        }
        Command::Validate { catalog, json } => {
            let findings = checks::check_catalog(&Catalog::open(&catalog)?)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&findings).expect("findings always serialise")
                );
            } else if findings.is_empty() {
                println!("{}: no rule is broken", catalog.display());
            } else {
                for f in &findings {
                    println!(
                        "{} {} {:?}: {}",
                        f.entity.as_str(),
                        f.item,
                        f.title,
                        f.message
                    );
                }
                println!("{} finding(s)", findings.len());
            }
            return Ok(if findings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        Command::Search {
            catalog,
            query,
            json,
        } => {
            let hits = Catalog::open(&catalog)?.search(&query)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&hits).expect("hits always serialise")
                );
            } else {
                for hit in hits {
                    println!("{:<12} {:>5}  {}", hit.entity.as_str(), hit.id, hit.title);
                    println!("{:<19} {}", "", hit.snippet);
                }
            }
        }
        Command::Export {
            format,
            catalog,
            contract,
            all,
            syntax,
            profile,
            out,
        } => {
            let catalog = Catalog::open(&catalog)?;
            match (all, contract) {
                (true, _) => {
                    if !matches!(format, FormatArg::Odcs) {
                        return Err(crate::Error::Usage {
                            message: "--all exports ODCS only: use `datapakt export odcs --all`"
                                .into(),
                        });
                    }
                    let written = ops::export_all_odcs(&catalog, &out)?;
                    println!("wrote {written} contract(s) to {}", out.display());
                }
                (false, Some(id)) if matches!(format, FormatArg::Openapi) => {
                    let yaml = syntax == SyntaxArg::Yaml;
                    let profile = profile.map(Profile::from);
                    ops::export_openapi(&catalog, ContractId(id), profile, yaml, &out)?;
                    println!("wrote {}", out.display());
                }
                (false, Some(_)) if syntax == SyntaxArg::Yaml || profile.is_some() => {
                    return Err(crate::Error::Usage {
                        message: "--syntax and --profile apply to OpenAPI only".into(),
                    });
                }
                (false, Some(id)) => {
                    ops::export_contract(&catalog, ContractId(id), format.into(), &out)?;
                    println!("wrote {}", out.display());
                }
                (false, None) => unreachable!("clap requires --contract without --all"),
            }
        }
        Command::Import {
            format: ImportFormatArg::Odcs,
            catalog,
            provider,
            consumer,
            files,
        } => {
            let mut catalog = Catalog::open(&catalog)?;
            let options = crate::import::odcs::ImportOptions { provider, consumer };
            for report in crate::import::odcs::import_files(&mut catalog, &files, &options)? {
                print_import(&report);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per imported file (what it became and what changed), then its notes.
fn print_import(report: &crate::import::odcs::FileReport) {
    let what = if report.created { "created" } else { "updated" };
    println!(
        "{}: {what} contract {} {:?} ({} information set(s) added, {} updated, {} person(s) added)",
        report.file.display(),
        report.contract,
        report.title,
        report.sets_created,
        report.sets_updated,
        report.people_created,
    );
    for note in &report.notes {
        println!("  note: {note}");
    }
}
