//! `datapakt import openapi|jsonschema|sql|xsd|wsdl|odcs`: existing descriptions into the
//! catalog.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app;
use crate::app::import::openapi::{self, SetChange};
use crate::app::import::sql::Dialect;
use crate::app::import::{odcs, SetFormat};
use crate::i18n::Translator;
use crate::model::{Lang, SystemId};

use super::Outcome;

/// What `import` reads.
#[derive(Debug, clap::Subcommand)]
pub enum Import {
    /// An OpenAPI 3.0 or 3.1 document (JSON or YAML) as the interface of a system: each
    /// schema becomes an information set the system provides. Importing the same document
    /// again for the same system updates those sets.
    Openapi {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The id of the system whose interface the document describes (see
        /// `datapakt list --kind systems`).
        #[arg(long)]
        system: i64,
        /// The OpenAPI document.
        file: PathBuf,
    },
    /// JSON Schema documents (2020-12 or drafts 4–2019-09, JSON or YAML) as information sets:
    /// a schema of an object becomes one, a bundle gives one per object schema under `$defs`
    /// (or `definitions`).
    Jsonschema(SetFiles),
    /// SQL DDL files (`CREATE TABLE`): each table an information set, its columns fields (types,
    /// NOT NULL, keys, CHECK … IN lists and comments kept).
    Sql {
        #[command(flatten)]
        files: SetFiles,
        /// The SQL dialect: postgres, mssql, mysql, oracle or generic.
        #[arg(long, default_value = "generic", value_parser = dialect)]
        dialect: Dialect,
    },
    /// XML Schemas (XSD 1.0): each top-level element an information set (complex types nest,
    /// minOccurs maps to required, enumerations to allowed values, facets to limits).
    Xsd(SetFiles),
    /// SOAP services' WSDL 1.1 descriptions: each element a message part names an information
    /// set, read from the schemas under wsdl:types (as `import xsd` reads them).
    Wsdl(SetFiles),
    /// Open Data Contract Standard v3.0–v3.2 documents (YAML) as contracts: all of them, or
    /// (when one is wrong) none; a contract imported before (same id) is updated.
    Odcs {
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

/// Files whose schemas become information sets. With --system, the sets are that system's
/// interface (importing the same file again updates them); without, a set named like one of
/// the catalog updates it. All files or, when one is wrong, none.
#[derive(Debug, clap::Args)]
pub struct SetFiles {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The id of the system whose interface the files describe (see `datapakt list --kind
    /// systems`).
    #[arg(long)]
    system: Option<i64>,
    /// The files to import.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

impl SetFiles {
    /// Imports the files as `format`, reporting each.
    fn run(self, format: SetFormat) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let system = self.system.map(SystemId);
        let reports = app::import::import_sets(&mut catalog, format, system, &self.files)?;
        for (file, report) in self.files.iter().zip(reports) {
            print!("{}: ", file.display());
            print_sets_report(format.label(), &report);
        }
        Ok(ExitCode::SUCCESS)
    }
}

impl Import {
    pub fn run(self) -> Outcome {
        match self {
            Import::Openapi {
                catalog,
                system,
                file,
            } => {
                let mut catalog = app::catalog::open(&catalog)?;
                let report = openapi::import_file(&mut catalog, SystemId(system), &file)?;
                print_sets_report("OpenAPI", &report);
            }
            Import::Jsonschema(files) => return files.run(SetFormat::JsonSchema),
            Import::Sql { files, dialect } => return files.run(SetFormat::Sql(dialect)),
            Import::Xsd(files) | Import::Wsdl(files) => return files.run(SetFormat::Xsd),
            Import::Odcs {
                catalog,
                provider,
                consumer,
                files,
            } => {
                let mut catalog = app::catalog::open(&catalog)?;
                let options = odcs::ImportOptions {
                    provider,
                    consumer,
                    for_comparison: false,
                };
                for report in odcs::import_files(&mut catalog, &files, &options)? {
                    print_odcs_report(&report);
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// A dialect's command-line name.
fn dialect(name: &str) -> Result<Dialect, String> {
    Dialect::parse(name).ok_or_else(|| {
        let names: Vec<&str> = Dialect::ALL.iter().map(|(n, _)| *n).collect();
        format!(
            "{name:?} is not a dialect Datapakt reads: use one of {}",
            names.join(", ")
        )
    })
}

/// What an import of a document of `format` (OpenAPI, JSON Schema) created, updated, renamed
/// and simplified.
fn print_sets_report(format: &str, report: &openapi::Report) {
    let (created, updated, unchanged) = report.counts();
    let of = match report.system {
        Some(system) => format!(
            " as the interface of system {} ({})",
            system.0, report.system_name
        ),
        None => String::new(),
    };
    let source = [
        report.dialect.as_str(),
        &format!("{:?}", report.api),
        &report.version,
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    println!(
        "imported {format} {source}{of}: {created} created, {updated} updated, {unchanged} \
         unchanged"
    );
    for set in &report.sets {
        let change = match set.change {
            SetChange::Created => "created",
            SetChange::Updated => "updated",
            SetChange::Unchanged => "unchanged",
        };
        println!(
            "  {change:<9} {:>5}  {}  ({})",
            set.id.0, set.name, set.origin
        );
    }
    if !report.kept.is_empty() {
        println!("kept, no longer in the document:");
        for entry in &report.kept {
            println!("  {:>5}  ({})", entry.set.0, entry.origin);
        }
    }
    if !report.renamed.is_empty() {
        println!("renamed so the catalog accepts them:");
        for r in &report.renamed {
            println!("  {}: {:?} -> {:?}", r.at, r.from, r.to);
        }
    }
    if !report.simplified.is_empty() {
        println!("recorded without their full content:");
        for s in &report.simplified {
            println!("  {}: {}", s.at, s.why);
        }
    }
}

/// One line per imported file (what it became and what changed), then its notes.
fn print_odcs_report(report: &odcs::FileReport) {
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
    let t = Translator::new(Lang::En);
    for note in &report.notes {
        println!("  note: {}", t.note(note));
    }
}
