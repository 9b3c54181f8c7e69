//! `datapakt init`, `list`, `validate`, `search` and `settings`: the catalog as a whole.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app;
use crate::model::OdcsVersion;
use crate::wire::{ListQuery, Named};

use super::args::{KindArg, ProfileArg};
use super::{print_json, Outcome};

/// `datapakt init`.
#[derive(Debug, clap::Args)]
pub struct Init {
    /// The catalog file to create.
    #[arg(long)]
    catalog: PathBuf,
    /// Seed it with the demo municipality's contracts.
    #[arg(long)]
    demo: bool,
}

impl Init {
    pub fn run(self) -> Outcome {
        app::catalog::create(&self.catalog, self.demo)?;
        println!("created {}", self.catalog.display());
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt list`.
#[derive(Debug, clap::Args)]
pub struct List {
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
}

impl List {
    pub fn run(self) -> Outcome {
        let catalog = app::catalog::open(&self.catalog)?;
        if self.kind == KindArg::Contracts {
            let contracts = app::items::contract_summaries(&catalog)?;
            if self.json {
                print_json(&contracts);
            } else {
                for c in contracts {
                    println!("{:>4}  {}  (v{}, {})", c.id, c.title, c.version, c.owner);
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        let query = ListQuery {
            entity: self.kind.into(),
            filter: String::new(),
            sort: 0,
            descending: false,
            offset: 0,
            limit: usize::MAX,
        };
        let page = app::items::list_page(&catalog, &query)?;
        let name_at = page
            .columns
            .iter()
            .position(|c| c == "col-name" || c == "col-title")
            .unwrap_or(0);
        let named: Vec<Named> = page
            .rows
            .into_iter()
            .map(|row| Named {
                id: row.id,
                name: row
                    .cells
                    .get(name_at)
                    .map(|c| c.texts())
                    .unwrap_or_default(),
            })
            .collect();
        if self.json {
            print_json(&named);
        } else {
            for item in named {
                println!("{:>4}  {}", item.id, item.name);
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt validate`.
#[derive(Debug, clap::Args)]
pub struct Validate {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// Print a JSON array of {rule, entity, item, title, message}.
    #[arg(long)]
    json: bool,
}

impl Validate {
    pub fn run(self) -> Outcome {
        let findings = app::checks::check_catalog(&app::catalog::open(&self.catalog)?)?;
        if self.json {
            print_json(&findings);
        } else if findings.is_empty() {
            println!("{}: no rule is broken", self.catalog.display());
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
        Ok(if findings.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}

/// `datapakt search`.
#[derive(Debug, clap::Args)]
pub struct Search {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// Words to find (each matches the start of a word; all must match).
    query: String,
    /// Print a JSON array of {entity, id, title, snippet}.
    #[arg(long)]
    json: bool,
}

impl Search {
    pub fn run(self) -> Outcome {
        let hits = app::items::search(&app::catalog::open(&self.catalog)?, &self.query)?;
        if self.json {
            print_json(&hits);
        } else {
            for hit in hits {
                println!("{:<12} {:>5}  {}", hit.entity.as_str(), hit.id, hit.title);
                println!("{:<19} {}", "", hit.snippet);
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// `datapakt settings`.
#[derive(Debug, clap::Args)]
pub struct Settings {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The API profile of contracts that name none.
    #[arg(long, value_enum)]
    default_profile: Option<ProfileArg>,
    /// The ODCS version contracts are exported in: v3.1.0 (the shipped default) or v3.2.0.
    #[arg(long, value_parser = odcs_version)]
    odcs_version: Option<OdcsVersion>,
}

/// `text` as an ODCS version Datapakt writes.
fn odcs_version(text: &str) -> Result<OdcsVersion, String> {
    OdcsVersion::parse(text).ok_or_else(|| {
        format!("{text:?} is not an ODCS version Datapakt writes: give v3.1.0 or v3.2.0")
    })
}

impl Settings {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        if let Some(profile) = self.default_profile {
            app::catalog::set_default_api_profile(&mut catalog, profile.into())?;
        }
        if let Some(version) = self.odcs_version {
            app::catalog::set_odcs_version(&mut catalog, version)?;
        }
        let profile = app::catalog::default_api_profile(&catalog)?;
        println!("default-profile: {}", profile.as_str());
        let version = app::catalog::odcs_version(&catalog)?;
        println!("odcs-version: {}", version.as_str());
        Ok(ExitCode::SUCCESS)
    }
}
