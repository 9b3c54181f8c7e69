//! `datapakt diff`, `breaking`, `impact` and `changelog`: a contract's versions, what
//! changed between them, whom a change affects, and its history.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app;
use crate::app::history;
use crate::i18n::versions::{bump_label, files_changelog_markdown, judged_line};
use crate::i18n::Translator;
use crate::model::{ContractId, InformationSetId, Lang};
use crate::wire::versions::{Affected, FilesChangelog, FilesCompared, Versioned};
use crate::wire::versions::{Assessment, Bump};
use crate::wire::{ExportRequest, ExportTarget};

use super::args::LangArg;
use super::{print_json, usage, CliError, Outcome};

/// The text of an assessment: one judged line per change, then the version it calls for.
fn assessment_text(t: &Translator, from: &str, to: &str, assessment: &Assessment) -> String {
    let mut out = format!("{from} → {to}\n");
    if assessment.changes.is_empty() {
        out.push_str(&format!("{}\n", t.t("version-no-changes")));
    }
    for assessed in &assessment.changes {
        out.push_str(&format!("  {}\n", judged_line(t, assessed)));
    }
    if let (Some(bump), Some(proposed)) = (assessment.bump, assessment.proposed) {
        out.push_str(&format!(
            "{}\n",
            t.t_with(
                "version-proposed",
                &[
                    ("version", proposed.to_string().into()),
                    ("bump", bump_label(t, bump).into()),
                ]
            )
        ));
    }
    out
}

/// The contract or information set a version command names: one of the two.
#[derive(Debug, clap::Args)]
#[group(required = false, multiple = false)]
pub struct ItemArg {
    /// The contract's id (see `datapakt list`).
    #[arg(long)]
    contract: Option<i64>,
    /// Instead of a contract: an information set's id (see `datapakt list --kind
    /// information-sets`); its versions are recorded as it is saved.
    #[arg(long)]
    information_set: Option<i64>,
}

impl ItemArg {
    /// The item named.
    fn versioned(&self) -> Result<Versioned, CliError> {
        match (self.contract, self.information_set) {
            (Some(id), _) => Ok(Versioned::Contract(ContractId(id))),
            (None, Some(id)) => Ok(Versioned::InformationSet(InformationSetId(id))),
            (None, None) => usage("give --contract ID or --information-set ID"),
        }
    }
}

/// Two ODCS files compared as versions of one contract, instead of a catalog's versions: any
/// ODCS v3.0–v3.2 file, with or without Datapakt's properties.
#[derive(Debug, clap::Args)]
pub struct FilePair {
    /// The older ODCS file.
    #[arg(long, requires = "new", conflicts_with = "catalog")]
    old: Option<PathBuf>,
    /// The newer ODCS file.
    #[arg(long, requires = "old")]
    new: Option<PathBuf>,
}

impl FilePair {
    /// The two files compared, when they are given.
    fn compared(&self) -> Result<Option<FilesCompared>, CliError> {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => Ok(Some(history::compare_files(old, new)?)),
            _ => Ok(None),
        }
    }
}

/// `datapakt diff`.
#[derive(Debug, clap::Args)]
pub struct Diff {
    /// The catalog file.
    #[arg(long, required_unless_present = "old")]
    catalog: Option<PathBuf>,
    /// The contract or information set.
    #[command(flatten)]
    item: ItemArg,
    /// The older version.
    #[arg(long, requires = "catalog")]
    from: Option<String>,
    /// The newer version.
    #[arg(long, requires = "catalog")]
    to: Option<String>,
    /// Instead of a catalog: two ODCS files.
    #[command(flatten)]
    files: FilePair,
    /// Print JSON: {contract, from, to, assessment: {changes, bump, proposed}}; for two
    /// files {title, old, new, breaking, assessment}.
    #[arg(long)]
    json: bool,
    /// The language of the text.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}

impl Diff {
    pub fn run(self) -> Outcome {
        let t = Translator::new(self.lang.into());
        if let Some(compared) = self.files.compared()? {
            if self.json {
                print_json(&compared);
            } else {
                print!("{}", files_text(&t, &compared));
            }
            return Ok(ExitCode::SUCCESS);
        }
        let Some(catalog) = &self.catalog else {
            return usage("give --catalog FILE --contract ID, or --old FILE --new FILE");
        };
        let catalog = app::catalog::open(catalog)?;
        let item = self.item.versioned()?;
        let diff = history::diff(&catalog, item, self.from.as_deref(), self.to.as_deref())?;
        if self.json {
            print_json(&diff);
        } else {
            print!(
                "{}",
                assessment_text(&t, &diff.from, &diff.to, &diff.assessment)
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// The text of two files compared.
fn files_text(t: &Translator, compared: &FilesCompared) -> String {
    let from = format!("{} ({})", compared.old.version, compared.old.file);
    let to = format!("{} ({})", compared.new.version, compared.new.file);
    assessment_text(t, &from, &to, &compared.assessment)
}

/// `datapakt breaking`: exit 0 when nothing breaks consumers, 1 when something does, 2 when
/// the versions cannot be read (never 1, so a pipeline never takes an error for a break).
#[derive(Debug, clap::Args)]
pub struct Breaking {
    /// The catalog file.
    #[arg(long, required_unless_present = "old")]
    catalog: Option<PathBuf>,
    /// The contract's id.
    #[arg(long, requires = "catalog", conflicts_with = "information_set")]
    contract: Option<i64>,
    /// Instead of a contract: an information set's id.
    #[arg(long, requires = "catalog")]
    information_set: Option<i64>,
    /// The older version.
    #[arg(long, requires = "catalog")]
    from: Option<String>,
    /// The newer version.
    #[arg(long, requires = "catalog")]
    to: Option<String>,
    /// Instead of a catalog: two ODCS files.
    #[command(flatten)]
    files: FilePair,
    /// Print JSON: for two files {title, old, new, breaking, assessment}; for a catalog's
    /// versions {contract, from, to, assessment}.
    #[arg(long)]
    json: bool,
    /// The language of the text.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}

impl Breaking {
    pub fn run(self) -> Outcome {
        match self.judge() {
            Ok(code) => Ok(code),
            Err(error) => {
                super::print_error(&error);
                Ok(ExitCode::from(2))
            }
        }
    }

    /// Judges the two versions: exit 0 or 1, or why they cannot be judged.
    fn judge(self) -> Outcome {
        let t = Translator::new(self.lang.into());
        let assessment = if let Some(compared) = self.files.compared()? {
            match self.json {
                true => print_json(&compared),
                false => print!("{}", files_text(&t, &compared)),
            }
            compared.assessment
        } else {
            let Some(catalog) = &self.catalog else {
                return usage("give --catalog FILE --contract ID, or --old FILE --new FILE");
            };
            let item = ItemArg {
                contract: self.contract,
                information_set: self.information_set,
            }
            .versioned()?;
            let catalog = app::catalog::open(catalog)?;
            let diff = history::diff(&catalog, item, self.from.as_deref(), self.to.as_deref())?;
            match self.json {
                true => print_json(&diff),
                false => print!(
                    "{}",
                    assessment_text(&t, &diff.from, &diff.to, &diff.assessment)
                ),
            }
            diff.assessment
        };
        if !assessment.breaking() {
            return Ok(ExitCode::SUCCESS);
        }
        let breaking = assessment
            .changes
            .iter()
            .filter(|a| a.bump == Bump::Major)
            .count();
        eprintln!("breaking: {breaking} of the changes break consumers");
        Ok(ExitCode::from(1))
    }
}

/// `datapakt impact`.
#[derive(Debug, clap::Args)]
pub struct ImpactArgs {
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The contract's id.
    #[arg(long)]
    contract: i64,
    /// Print JSON (the notices included).
    #[arg(long)]
    json: bool,
    /// Also write each notice to this folder, one text file per person.
    #[arg(long)]
    notices: Option<PathBuf>,
    /// The language of the listing (each notice is in its recipient's).
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}

impl ImpactArgs {
    pub fn run(self) -> Outcome {
        let catalog = app::catalog::open(&self.catalog)?;
        let id = ContractId(self.contract);
        let impact = history::impact(&catalog, id, app::access::today(&catalog)?)?;
        if let Some(folder) = &self.notices {
            let rendered = app::export::notices(id, &impact);
            app::export::write(&catalog, &rendered, folder, |_, _| {})?;
            if let app::export::Content::Files(files) = &rendered.content {
                for (name, _) in files {
                    println!("wrote {}", folder.join(name).display());
                }
            }
        }
        if self.json {
            print_json(&impact);
            return Ok(ExitCode::SUCCESS);
        }
        let t = Translator::new(self.lang.into());
        let from = impact.from.clone().unwrap_or_default();
        print!(
            "{}",
            assessment_text(&t, &from, &impact.to, &impact.assessment)
        );
        let list = |heading: &str, items: &[Affected]| {
            println!("{heading} ({}):", items.len());
            for item in items {
                println!("  #{} {} — {}", item.id, item.name, t.t(&item.why));
            }
        };
        list("integrations", &impact.integrations);
        list("consumer systems", &impact.consumers);
        list("contracts to approve again", &impact.contracts);
        list("access grants to review", &impact.grants);
        println!("people to tell ({}):", impact.recipients.len());
        for recipient in &impact.recipients {
            println!(
                "  {} <{}> ({}): {}",
                recipient.name,
                recipient.email,
                recipient.lang.tag(),
                recipient.notice.subject
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// How `datapakt changelog` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChangelogFormat {
    Md,
    Json,
}

/// `datapakt changelog`.
#[derive(Debug, clap::Args)]
pub struct ChangelogArgs {
    /// The catalog file.
    #[arg(long, required_unless_present = "old")]
    catalog: Option<PathBuf>,
    /// The contract or information set.
    #[command(flatten)]
    item: ItemArg,
    /// Instead of a catalog: two ODCS files (the newer listed first).
    #[command(flatten)]
    files: FilePair,
    /// Markdown (the default) or JSON.
    #[arg(long, value_enum, default_value = "md")]
    format: ChangelogFormat,
    /// The language of the text.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
}
impl ChangelogArgs {
    pub fn run(self) -> Outcome {
        if let Some(compared) = self.files.compared()? {
            let log = FilesChangelog::from(&compared);
            match self.format {
                ChangelogFormat::Json => print_json(&log),
                ChangelogFormat::Md => print!(
                    "{}",
                    files_changelog_markdown(&Translator::new(self.lang.into()), &log)
                ),
            }
            return Ok(ExitCode::SUCCESS);
        }
        let Some(catalog) = &self.catalog else {
            return usage("give --catalog FILE --contract ID, or --old FILE --new FILE");
        };
        let catalog = app::catalog::open(catalog)?;
        let item = self.item.versioned()?;
        if self.format == ChangelogFormat::Json {
            print_json(&history::changelog(&catalog, item)?);
            return Ok(ExitCode::SUCCESS);
        }
        let request = ExportRequest::of(ExportTarget::Changelog { item });
        let rendered = app::export::render(&catalog, &request, Lang::from(self.lang))?;
        if let app::export::Content::File(bytes) = &rendered.content {
            print!("{}", String::from_utf8_lossy(bytes));
        }
        Ok(ExitCode::SUCCESS)
    }
}
