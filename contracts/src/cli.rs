//! The `datapakt` command-line tool: the same use cases as the desktop, without a window.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::checks;

mod versions;
use crate::error::Result;
use crate::export::openapi::profiles::Profile;
use crate::import::openapi;
use crate::model::{
    AgreementId, Consumer, ContractId, ContractStatus, Date, Entity, GrantDraft, IntegrationId,
    Lang, Lifecycle, OrganisationId, Pattern, PersonId, SystemId,
};
use crate::ops;
use crate::store::{Catalog, SetChange};
use crate::wire::map::{Colouring, LevelChoice, MapFilter};
use crate::wire::{ExportFormat, ListQuery, Named, ReportKind};

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
    /// Export a contract (or, as ODCS, every contract into a folder), an integration's OpenAPI
    /// stub covering all its contracts (`export openapi --integration ID`), or a data
    /// processing agreement as PDF (`export dpa --agreement ID`).
    Export {
        /// The format to write.
        format: FormatArg,
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The contract's id (see `datapakt list`).
        #[arg(long, required_unless_present_any = ["all", "agreement", "integration"], conflicts_with_all = ["all", "agreement", "integration"])]
        contract: Option<i64>,
        /// OpenAPI only: the integration's id (see `datapakt list --kind integrations`); one
        /// stub for every contract governing it.
        #[arg(long, conflicts_with_all = ["all", "agreement"])]
        integration: Option<i64>,
        /// DPA only: the agreement's id (see `datapakt list --kind agreements`).
        #[arg(long)]
        agreement: Option<i64>,
        /// DPA only: run the preflight and write nothing; exits 1 when a required item is
        /// missing, listing each.
        #[arg(long)]
        check: bool,
        /// PDF and DPA: the language of the document's fixed text.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// Every contract, one file each (`contract-<id>.odcs.yaml`) in the folder `--out`;
        /// ODCS only.
        #[arg(long)]
        all: bool,
        /// OpenAPI only: json (the default) or yaml.
        #[arg(long, alias = "format", value_enum, default_value = "json")]
        syntax: SyntaxArg,
        /// OpenAPI only: the national API profile whose rules the stub follows (by default
        /// the contract's own; for an integration, the one all its contracts name, else
        /// generic).
        #[arg(long, value_enum)]
        profile: Option<ProfileArg>,
        /// The file (or with `--all`, the folder) to write.
        #[arg(long, required_unless_present = "check")]
        out: Option<PathBuf>,
    },
    /// Show the catalog's settings, or change them.
    Settings {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The API profile of contracts that name none.
        #[arg(long, value_enum)]
        default_profile: Option<ProfileArg>,
    },
    /// Import an existing description into the catalog.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Advise a technology and IntArk pattern by Örebro's decision tree: from the answers
    /// given, or from an integration's recorded facts (answers given override them), saying
    /// whether its recorded technology deviates.
    Advise {
        /// The catalog file (with `--integration`).
        #[arg(long, requires = "integration")]
        catalog: Option<PathBuf>,
        /// The integration's id (see `datapakt list --kind integrations`).
        #[arg(long, requires = "catalog")]
        integration: Option<i64>,
        /// Must the information flow in real time?
        #[arg(long, value_enum)]
        realtime: Option<YesNo>,
        /// Does the consumer wait for the answer (synchronous)?
        #[arg(long, value_enum)]
        sync: Option<YesNo>,
        /// The size of one message in megabytes (decimals allowed).
        #[arg(long, value_name = "N")]
        message_mb: Option<f64>,
        /// The data per day in megabytes (decimals allowed).
        #[arg(long, value_name = "N")]
        daily_mb: Option<f64>,
        /// Are transaction safety and guaranteed delivery needed?
        #[arg(long, value_enum)]
        guaranteed_delivery: Option<YesNo>,
        /// Can the exchange be scheduled and run as batches?
        #[arg(long, value_enum)]
        batch_possible: Option<YesNo>,
        /// Do only the organisation's own systems consume it (GraphQL allowed)?
        #[arg(long, value_enum)]
        internal: Option<YesNo>,
        /// Print JSON: {answers, advice} and, for an integration, {integration, name,
        /// recorded, deviation}.
        #[arg(long)]
        json: bool,
    },
    /// Grant a consumer access to an integration under a contract. Refused (exit 1, the
    /// reason on stderr) unless the contract is approved, in force from the first day to the
    /// last, governs the integration and names the consumer.
    Grant {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The integration's id (see `datapakt list --kind integrations`).
        #[arg(long)]
        integration: i64,
        /// The consuming system's id (see `datapakt list --kind systems`).
        #[arg(
            long,
            required_unless_present = "organisation",
            conflicts_with = "organisation"
        )]
        consumer: Option<i64>,
        /// Instead of a system: the consuming organisation's id (see `datapakt list --kind
        /// organisations`); its unit must own the contract's consumer system.
        #[arg(long)]
        organisation: Option<i64>,
        /// The contract's id (see `datapakt list`).
        #[arg(long)]
        contract: i64,
        /// The last day of access, YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        until: Date,
        /// The first day of access, YYYY-MM-DD (today when left out).
        #[arg(long, value_parser = parse_date)]
        from: Option<Date>,
        /// Who granted it: a person's id (see `datapakt list --kind people`).
        #[arg(long)]
        granted_by: Option<i64>,
        /// A note (a case number, a scope).
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Record a review of an access grant: the access is still needed (`confirmed`, and the
    /// next review falls due an interval later) or it ends (`revoked`).
    Review {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The grant's id (see `datapakt report access`).
        #[arg(long)]
        grant: i64,
        /// What the review decided.
        #[arg(long, value_enum)]
        outcome: OutcomeArg,
        /// Who reviewed it: a person's id (see `datapakt list --kind people`).
        #[arg(long)]
        by: Option<i64>,
        /// The day of the review, YYYY-MM-DD (today when left out).
        #[arg(long, value_parser = parse_date)]
        on: Option<Date>,
    },
    /// A catalog-wide report, as aligned text, or with `--json` a JSON array of one object
    /// per row keyed by column id (machine values: ids, codes, booleans), or with `--csv`
    /// CSV with a header row of column ids, or with `--pdf FILE` a PDF/A document. Exits 0
    /// whatever it finds.
    Report {
        /// The report.
        report: ReportArg,
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// Print JSON.
        #[arg(long, conflicts_with_all = ["csv", "pdf"])]
        json: bool,
        /// Print CSV.
        #[arg(long, conflicts_with = "pdf")]
        csv: bool,
        /// Write a PDF to this file.
        #[arg(long)]
        pdf: Option<PathBuf>,
        /// The language of headings and values.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Compare two versions of a contract field by field: its fields, its information sets'
    /// fields and its terms, each change with the rule that judges it (breaking, addition,
    /// wording) and the version it calls for. Versions are numbers or `current`; by default
    /// the draft against the last release, or the last release against the one before.
    Diff {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The contract or information set.
        #[command(flatten)]
        item: ItemArg,
        /// The older version.
        #[arg(long)]
        from: Option<String>,
        /// The newer version.
        #[arg(long)]
        to: Option<String>,
        /// Print JSON: {contract, from, to, assessment: {changes, bump, proposed}}.
        #[arg(long)]
        json: bool,
        /// The language of the text.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Exit 1 when a change breaks consumers, listing the breaking changes: two versions of
    /// a contract in the catalog (as `diff`), or two ODCS files (`--old`, `--new`), so it can
    /// run in a pipeline over a git history of exported contracts.
    Breaking {
        /// The catalog file.
        #[arg(long, conflicts_with_all = ["old", "new"])]
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
        /// The older ODCS file.
        #[arg(long, requires = "new", required_unless_present = "catalog")]
        old: Option<PathBuf>,
        /// The newer ODCS file.
        #[arg(long, requires = "old")]
        new: Option<PathBuf>,
        /// The language of the text.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Who and what the latest change to a contract affects — integrations, consumer
    /// systems, contracts to approve again, access grants to review — and a notice for each
    /// person to tell, in their language.
    Impact {
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
    },
    /// A contract's changelog: each release, newest first, with what changed and why it
    /// moved the version as it did.
    Changelog {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// The contract or information set.
        #[command(flatten)]
        item: ItemArg,
        /// Markdown (the default) or JSON.
        #[arg(long, value_enum, default_value = "md")]
        format: ChangelogFormat,
        /// The language of the text.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Draw the ownership and integration map — systems grouped by owning unit,
    /// integrations from provider to consumer, anomalies marked — as SVG or PNG (from
    /// `--out`'s extension), and list its anomalies. Filters combine; none shows everything.
    Map {
        /// The catalog file.
        #[arg(long)]
        catalog: PathBuf,
        /// Only what this person owns (integrations; systems they are system owner of), and
        /// the systems those integrations connect (see `datapakt list --kind people`).
        #[arg(long)]
        owner: Option<i64>,
        /// Only the systems this unit owns and the integrations touching them.
        #[arg(long)]
        unit: Option<i64>,
        /// Only this classification level (its ordinal, 0 = lowest), or `unclassified`.
        #[arg(long, value_parser = parse_level)]
        classification: Option<LevelChoice>,
        /// Only integrations of this pattern: event-provisioning, api-lookup,
        /// full-sync-batch, file-transfer, message-queue.
        #[arg(long, value_parser = parse_name::<Pattern>)]
        pattern: Option<Pattern>,
        /// Only integrations a contract of this status governs: draft, in-review,
        /// approved, retired.
        #[arg(long, value_parser = parse_name::<ContractStatus>)]
        status: Option<ContractStatus>,
        /// Only systems at this stage and their integrations: planned, in-development,
        /// in-production, phasing-out, retired.
        #[arg(long, value_parser = parse_name::<Lifecycle>)]
        lifecycle: Option<Lifecycle>,
        /// What colours mean.
        #[arg(long, value_enum, default_value = "classification")]
        colour: ColourArg,
        /// The language of the map's text.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// The file to write: `.svg` or `.png`.
        #[arg(long)]
        out: PathBuf,
    },
}

/// The contract or information set a version command names: one of the two.
#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
struct ItemArg {
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
    fn versioned(&self) -> Result<crate::wire::versions::Versioned> {
        use crate::wire::versions::Versioned;
        match (self.contract, self.information_set) {
            (Some(id), _) => Ok(Versioned::Contract(ContractId(id))),
            (None, Some(id)) => Ok(Versioned::InformationSet(crate::model::InformationSetId(
                id,
            ))),
            (None, None) => Err(crate::Error::Usage {
                message: "give --contract ID or --information-set ID".into(),
            }),
        }
    }
}

/// How `datapakt changelog` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ChangelogFormat {
    Md,
    Json,
}

/// What the map's colours mean, as the command line names it.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColourArg {
    Classification,
    Owner,
}

/// A classification level's ordinal, or `unclassified`.
fn parse_level(text: &str) -> std::result::Result<LevelChoice, String> {
    if text.eq_ignore_ascii_case("unclassified") {
        return Ok(LevelChoice::Unclassified);
    }
    text.parse::<u8>()
        .map(LevelChoice::Level)
        .map_err(|_| format!("{text:?} is neither a level's ordinal (0–255) nor `unclassified`"))
}

/// An enum value by its stable (serde) name.
fn parse_name<T: serde::de::DeserializeOwned>(text: &str) -> std::result::Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| format!("{text:?} is not one of the values listed in --help"))
}

/// A date argument: `YYYY-MM-DD`, a real calendar day.
fn parse_date(text: &str) -> std::result::Result<Date, String> {
    Date::parse(text).ok_or_else(|| {
        "not a date: write it YYYY-MM-DD, a day that exists (e.g. 2027-06-30)".to_owned()
    })
}

/// The reports of `datapakt report`.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReportArg {
    /// Every safeguard an integration lacks though the classification or personal data of
    /// the contracts governing it requires it (Datapakt's shipped defaults).
    Gaps,
    /// Every integration built where an existing interface could serve, with those
    /// interfaces and the justification for building new.
    Reuse,
    /// Örebro's four effect goals: target, deadline, figures, trend and what misses them.
    EffectGoals,
    /// Every integration's IntArk-compatibility checklist (derived from the catalog where it
    /// can be, else as confirmed on the integration).
    Intark,
    /// Every open integration request at the contact point's desk, overdue follow-ups first.
    Requests,
    /// The access register: every grant with its consumer, integration, contract, who
    /// granted it, its last day, its next review and where it stands.
    Access,
}

impl From<ReportArg> for ReportKind {
    fn from(arg: ReportArg) -> ReportKind {
        match arg {
            ReportArg::Gaps => ReportKind::Gaps,
            ReportArg::Reuse => ReportKind::Reuse,
            ReportArg::EffectGoals => ReportKind::EffectGoals,
            ReportArg::Intark => ReportKind::Intark,
            ReportArg::Requests => ReportKind::Requests,
            ReportArg::Access => ReportKind::Access,
        }
    }
}

/// What `import` reads.
#[derive(Debug, Subcommand)]
enum ImportCommand {
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

/// Prints where a grant stands after a change and when its next review falls due, saying
/// whether the interval is the level's own policy or Datapakt's shipped default.
fn print_review_due(catalog: &Catalog, grant: &crate::model::Grant) -> Result<()> {
    let Some(state) = crate::access::grant_state(catalog, grant)? else {
        return Ok(());
    };
    let t = crate::i18n::Translator::new(Lang::En);
    println!(
        "status: {}",
        t.t(&format!("grant-status-{}", state.status.as_str()))
    );
    if let Some(due) = state.review_due {
        let interval = state.review_rule.map_or_else(
            || t.t("review-at-end"),
            |s| t.t(&format!("safeguard-{}", s.as_str())),
        );
        let source = if state.shipped_default {
            "a shipped default"
        } else {
            "the classification level's policy"
        };
        println!("review due: {due} ({interval}; {source})");
    }
    Ok(())
}

/// What an access review decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutcomeArg {
    /// The access is still needed.
    Confirmed,
    /// The access ends.
    Revoked,
}

/// An answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

impl From<YesNo> for bool {
    fn from(answer: YesNo) -> bool {
        answer == YesNo::Yes
    }
}

/// Megabytes as whole kilobytes (rounded up), or an error naming the flag.
fn megabytes(flag: &str, mb: Option<f64>) -> std::result::Result<Option<u64>, String> {
    match mb {
        None => Ok(None),
        Some(mb) if mb.is_finite() && mb >= 0.0 && mb <= u64::MAX as f64 / 1024.0 => {
            Ok(Some((mb * 1024.0).ceil() as u64))
        }
        Some(mb) => Err(format!(
            "--{flag} {mb}: give a number of megabytes, 0 or more (e.g. --{flag} 0.5)"
        )),
    }
}

/// The languages of a document's fixed text.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Nb,
    Nn,
    Sv,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::En => Lang::En,
            LangArg::Nb => Lang::Nb,
            LangArg::Nn => Lang::Nn,
            LangArg::Sv => Lang::Sv,
        }
    }
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
    /// The contact point's integration requests.
    Requests,
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
            KindArg::Requests => Entity::Request,
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
    /// PDF data processing agreement (GDPR Art. 28), PDF/A-2b.
    Dpa,
}

impl FormatArg {
    /// The contract export format it names (none for an agreement).
    fn contract_format(self) -> Option<ExportFormat> {
        match self {
            FormatArg::Openapi => Some(ExportFormat::Openapi),
            FormatArg::Pdf => Some(ExportFormat::Pdf),
            FormatArg::Odcs => Some(ExportFormat::Odcs),
            FormatArg::Dpa => None,
        }
    }
}

/// `export dpa`: the preflight alone with `check` (exit 1 on gaps), else the PDF, which says
/// DRAFT when something required is missing; either way each gap is listed on stderr.
fn export_dpa(
    catalog: &Catalog,
    id: AgreementId,
    lang: Lang,
    check: bool,
    out: Option<&std::path::Path>,
) -> Result<ExitCode> {
    let t = crate::i18n::Translator::new(lang);
    let (gaps, written) = match (check, out) {
        (false, Some(out)) => (ops::export_dpa(catalog, id, lang, out)?, Some(out)),
        _ => (ops::dpa_preflight(catalog, id)?, None),
    };
    for gap in &gaps {
        eprintln!("missing: {} [{}]", t.agreement_gap(gap), gap.field);
    }
    if let Some(out) = written {
        let draft = if gaps.is_empty() { "" } else { " (DRAFT)" };
        println!("wrote {}{draft}", out.display());
    } else if gaps.is_empty() {
        println!("agreement {} has every required item", id.0);
    }
    Ok(if check && !gaps.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
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
            let page = crate::items::list_page(&Catalog::open(&catalog)?, &query)?;
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
            integration,
            agreement,
            check,
            lang,
            all,
            syntax,
            profile,
            out,
        } => {
            let catalog = Catalog::open(&catalog)?;
            let usage = |message: &str| {
                Err(crate::Error::Usage {
                    message: message.into(),
                })
            };
            if let Some(id) = agreement {
                if !matches!(format, FormatArg::Dpa) {
                    return usage("--agreement goes with `datapakt export dpa`");
                }
                return export_dpa(
                    &catalog,
                    AgreementId(id),
                    lang.into(),
                    check,
                    out.as_deref(),
                );
            }
            if matches!(format, FormatArg::Dpa) {
                return usage("`datapakt export dpa` needs --agreement ID");
            }
            if check {
                return usage("--check is the preflight of `datapakt export dpa`");
            }
            let Some(out) = out else {
                return usage("--out is required");
            };
            if let Some(id) = integration {
                if !matches!(format, FormatArg::Openapi) {
                    return usage("--integration goes with `datapakt export openapi`");
                }
                let yaml = syntax == SyntaxArg::Yaml;
                let profile = profile.map(Profile::from);
                let warnings = ops::export_integration_openapi(
                    &catalog,
                    IntegrationId(id),
                    profile,
                    yaml,
                    &out,
                )?;
                for warning in &warnings {
                    eprintln!("datapakt: warning: {warning}");
                }
                println!("wrote {}", out.display());
                return Ok(ExitCode::SUCCESS);
            }
            match (all, contract, format.contract_format()) {
                (true, _, _) => {
                    if !matches!(format, FormatArg::Odcs) {
                        return usage("--all exports ODCS only: use `datapakt export odcs --all`");
                    }
                    let written = ops::export_all_odcs(&catalog, &out)?;
                    println!("wrote {written} contract(s) to {}", out.display());
                }
                (false, Some(id), Some(ExportFormat::Openapi)) => {
                    let yaml = syntax == SyntaxArg::Yaml;
                    let profile = profile.map(Profile::from);
                    let warnings =
                        ops::export_openapi(&catalog, ContractId(id), profile, yaml, &out)?;
                    for warning in &warnings {
                        eprintln!("datapakt: warning: {warning}");
                    }
                    println!("wrote {}", out.display());
                }
                (false, Some(_), _) if syntax == SyntaxArg::Yaml || profile.is_some() => {
                    return usage("--syntax and --profile apply to OpenAPI only");
                }
                (false, Some(id), Some(format)) => {
                    ops::export_contract(&catalog, ContractId(id), format, lang.into(), &out)?;
                    println!("wrote {}", out.display());
                }
                (false, _, _) => return usage("--contract ID or --all is required"),
            }
        }
        Command::Import(ImportCommand::Openapi {
            catalog,
            system,
            file,
        }) => {
            let mut catalog = Catalog::open(&catalog)?;
            let report = openapi::import_file(&mut catalog, SystemId(system), &file)?;
            print_openapi_report(&report);
        }
        Command::Settings {
            catalog,
            default_profile,
        } => {
            let mut catalog = Catalog::open(&catalog)?;
            if let Some(profile) = default_profile {
                catalog.set_default_api_profile(profile.into())?;
            }
            println!(
                "default-profile: {}",
                catalog.default_api_profile()?.as_str()
            );
        }
        Command::Advise {
            catalog,
            integration,
            realtime,
            sync,
            message_mb,
            daily_mb,
            guaranteed_delivery,
            batch_possible,
            internal,
            json,
        } => {
            let integration = match (catalog, integration) {
                (Some(catalog), Some(id)) => {
                    Some(Catalog::open(&catalog)?.integration(IntegrationId(id))?)
                }
                _ => None,
            };
            let given = [
                realtime,
                sync,
                guaranteed_delivery,
                batch_possible,
                internal,
            ]
            .iter()
            .any(Option::is_some)
                || message_mb.is_some()
                || daily_mb.is_some();
            if integration.is_none() && !given {
                eprintln!("error: give the answers (e.g. --realtime no --sync yes --message-mb 5), or --catalog F --integration ID");
                return Ok(ExitCode::from(2));
            }
            let (message_kb, daily_kb) = match (
                megabytes("message-mb", message_mb),
                megabytes("daily-mb", daily_mb),
            ) {
                (Ok(m), Ok(d)) => (m, d),
                (Err(e), _) | (_, Err(e)) => {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(2));
                }
            };
            let mut answers = integration
                .as_ref()
                .map(|i| crate::advisor::Answers::from_integration(&i.draft))
                .unwrap_or_default();
            let set = |slot: &mut bool, answer: Option<YesNo>| {
                if let Some(answer) = answer {
                    *slot = answer.into();
                }
            };
            set(&mut answers.real_time, realtime);
            set(&mut answers.synchronous, sync);
            set(&mut answers.guaranteed_delivery, guaranteed_delivery);
            set(&mut answers.batch_possible, batch_possible);
            set(&mut answers.internal_only, internal);
            if message_kb.is_some() {
                answers.message_kb = message_kb;
            }
            if daily_kb.is_some() {
                answers.daily_kb = daily_kb;
            }
            print_advice(&answers, integration.as_ref(), json);
        }
        Command::Grant {
            catalog,
            integration,
            consumer,
            organisation,
            contract,
            until,
            from,
            granted_by,
            note,
        } => {
            let mut catalog = Catalog::open(&catalog)?;
            let from = match from {
                Some(day) => day,
                None => catalog.today_date()?,
            };
            let consumer = match (consumer, organisation) {
                (Some(system), _) => Consumer::System(SystemId(system)),
                (None, Some(org)) => Consumer::Organisation(OrganisationId(org)),
                (None, None) => {
                    return Err(crate::Error::Usage {
                        message: "--consumer ID or --organisation ID is required".into(),
                    })
                }
            };
            let draft = GrantDraft {
                integration: Some(IntegrationId(integration)),
                consumer: Some(consumer),
                contract: Some(ContractId(contract)),
                granted_by: granted_by.map(PersonId),
                granted_on: from.to_string(),
                valid_until: until.to_string(),
                note,
                reviews: Vec::new(),
            };
            let grant = catalog.save_grant(None, draft)?;
            let title = catalog.grant_title(grant.id)?;
            println!(
                "granted: access {} {title:?} under contract {contract}, {} to {}",
                grant.id.0, grant.draft.granted_on, grant.draft.valid_until
            );
            print_review_due(&catalog, &grant)?;
        }
        Command::Review {
            catalog,
            grant,
            outcome,
            by,
            on,
        } => {
            let mut catalog = Catalog::open(&catalog)?;
            let id = crate::model::GrantId(grant);
            let mut draft = catalog.grant(id)?.draft;
            let on = match on {
                Some(day) => day,
                None => catalog.today_date()?,
            };
            draft.reviews.push(crate::model::AccessReview {
                reviewed_on: on.to_string(),
                reviewed_by: by.map(PersonId),
                outcome: match outcome {
                    OutcomeArg::Confirmed => crate::model::ReviewOutcome::Confirmed,
                    OutcomeArg::Revoked => crate::model::ReviewOutcome::Revoked,
                },
            });
            let grant = catalog.save_grant(Some(id), draft)?;
            let title = catalog.grant_title(grant.id)?;
            println!(
                "reviewed: access {grant} {title:?} on {on}: {outcome:?}",
                grant = id.0
            );
            print_review_due(&catalog, &grant)?;
        }
        Command::Report {
            report,
            catalog,
            json,
            csv,
            pdf,
            lang,
        } => {
            let catalog = Catalog::open(&catalog)?;
            if let Some(out) = pdf {
                let report = ops::export_report(&catalog, report.into(), lang.into(), &out)?;
                println!("wrote {} ({} rows)", out.display(), report.rows.len());
            } else {
                let t = crate::i18n::Translator::new(lang.into());
                let report = crate::reports::build(&catalog, report.into(), &t)?;
                if json {
                    println!("{}", crate::reports::to_json(&report));
                } else if csv {
                    print!("{}", crate::reports::to_csv(&report));
                } else {
                    print!("{}", crate::reports::to_text(&report));
                }
            }
        }
        Command::Diff {
            catalog,
            item,
            from,
            to,
            json,
            lang,
        } => {
            return versions::diff(
                &catalog,
                item.versioned()?,
                from.as_deref(),
                to.as_deref(),
                json,
                lang.into(),
            )
        }
        Command::Breaking {
            catalog,
            contract,
            information_set,
            from,
            to,
            old,
            new,
            lang,
        } => {
            let compared = match (catalog, old, new) {
                (Some(catalog), _, _) => versions::Compared::Catalog {
                    catalog,
                    item: ItemArg {
                        contract,
                        information_set,
                    }
                    .versioned()?,
                    from,
                    to,
                },
                (_, Some(old), Some(new)) => versions::Compared::Files { old, new },
                _ => {
                    return Err(crate::Error::Usage {
                        message: "give --catalog FILE --contract ID, or --old FILE --new FILE"
                            .into(),
                    })
                }
            };
            return versions::breaking(compared, lang.into());
        }
        Command::Impact {
            catalog,
            contract,
            json,
            notices,
            lang,
        } => return versions::impact(&catalog, contract, json, notices.as_deref(), lang.into()),
        Command::Changelog {
            catalog,
            item,
            format,
            lang,
        } => {
            return versions::changelog(
                &catalog,
                item.versioned()?,
                format == ChangelogFormat::Json,
                lang.into(),
            )
        }
        Command::Map {
            catalog,
            owner,
            unit,
            classification,
            pattern,
            status,
            lifecycle,
            colour,
            lang,
            out,
        } => {
            ops::map_format(&out)?;
            let filter = MapFilter {
                owner,
                unit,
                classification,
                pattern,
                status,
                lifecycle,
                colouring: match colour {
                    ColourArg::Classification => Colouring::Classification,
                    ColourArg::Owner => Colouring::Owner,
                },
            };
            let view = ops::export_map(&Catalog::open(&catalog)?, &filter, lang.into(), &out)?;
            println!(
                "wrote {}: {} systems, {} integrations, {} anomalies",
                out.display(),
                view.systems,
                view.integrations,
                view.anomalies.len()
            );
            for anomaly in &view.anomalies {
                println!(
                    "  {} {} {} “{}”: {}",
                    anomaly.kind.as_str(),
                    anomaly.entity.as_str(),
                    anomaly.id,
                    anomaly.title,
                    anomaly.message
                );
            }
        }
        Command::Import(ImportCommand::Odcs {
            catalog,
            provider,
            consumer,
            files,
        }) => {
            let mut catalog = Catalog::open(&catalog)?;
            let options = crate::import::odcs::ImportOptions { provider, consumer };
            for report in crate::import::odcs::import_files(&mut catalog, &files, &options)? {
                print_import(&report);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An integration's advice, in English or as JSON.
fn print_advice(
    answers: &crate::advisor::Answers,
    integration: Option<&crate::model::Integration>,
    json: bool,
) {
    use crate::advisor::{self, Severity};
    use crate::i18n::{Arg, Translator};

    let advice = advisor::advise(answers);
    let deviation = integration.and_then(|i| advisor::deviation(&advice, i.draft.technology));
    if json {
        let mut value = serde_json::json!({
            "answers": answers,
            "advice": advice,
        });
        if let Some(integration) = integration {
            value["integration"] = serde_json::json!(integration.id);
            value["name"] = serde_json::json!(integration.draft.name);
            value["recorded"] = serde_json::json!(integration.draft.technology);
            value["deviation"] = serde_json::json!(deviation);
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&value).expect("advice always serialises")
        );
        return;
    }
    let t = Translator::new(Lang::En);
    let serde_name = |v: serde_json::Value| v.as_str().unwrap_or("?").to_owned();
    if let Some(integration) = integration {
        println!(
            "integration {} {:?}",
            integration.id.0, integration.draft.name
        );
    }
    let mut technology = t.t(&advice.technology.message_id());
    if let Some(alternative) = advice.alternative {
        technology.push_str(&format!(" (or {})", t.t(&alternative.message_id())));
    }
    println!("recommended: {technology}");
    let pattern = advice.pattern.map_or_else(
        || "none".to_owned(),
        |p| t.t(&format!("pattern-{}", serde_name(serde_json::json!(p)))),
    );
    println!("pattern: {pattern}");
    if !advice.covered {
        println!("not covered: {}", t.t("advice-not-covered"));
    }
    println!("reasons:");
    for reason in &advice.reasons {
        let args: Vec<(&str, Arg)> = reason
            .values
            .iter()
            .map(|(name, value)| (name.as_str(), Arg::Number(*value as f64)))
            .collect();
        println!("  - {}", t.t_with(&reason.message, &args));
    }
    let Some(integration) = integration else {
        return;
    };
    let recorded = t.t(&format!(
        "technology-{}",
        serde_name(serde_json::json!(integration.draft.technology))
    ));
    match deviation {
        None => println!("recorded: {recorded} (follows the advice)"),
        Some(d) => {
            let level = match d.severity {
                Severity::Finding => "finding",
                Severity::NeedsJustification => "deviation",
            };
            println!("recorded: {recorded} ({level}: {})", t.t(&d.message));
        }
    }
}

/// What an OpenAPI import created, updated, renamed and simplified.
fn print_openapi_report(report: &openapi::Report) {
    let (created, updated, unchanged) = report.counts();
    println!(
        "imported OpenAPI {} {:?} {} as the interface of system {} ({}): {created} created, \
         {updated} updated, {unchanged} unchanged",
        report.openapi, report.api, report.version, report.system.0, report.system_name
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
