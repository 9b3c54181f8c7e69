//! The `datapakt` command-line tool: the same use cases as the desktop, without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::checks;
use crate::error::Result;
use crate::model::ContractId;
use crate::ops;
use crate::store::Catalog;
use crate::wire::ExportFormat;

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
    /// List the contracts of a catalog.
    List {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// Print a JSON array of {id, title, version, owner}.
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
    /// Export a contract.
    Export {
        /// The format to write.
        format: FormatArg,
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The contract's id (see `datapakt list`).
        #[arg(long)]
        contract: i64,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
    },
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
        Command::List { catalog, json } => {
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
            out,
        } => {
            let catalog = Catalog::open(&catalog)?;
            ops::export_contract(&catalog, ContractId(contract), format.into(), &out)?;
            println!("wrote {}", out.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
