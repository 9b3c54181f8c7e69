//! `datapakt export`, `report` and `map`: each flag set becomes one
//! [`ExportRequest`](crate::wire::ExportRequest) for [`crate::app::export`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::app;
use crate::app::export::Facts;
use crate::i18n::Translator;
use crate::model::{
    AgreementId, ContractId, ContractStatus, IntegrationId, Lang, Lifecycle, Pattern,
};
use crate::wire::map::{Colouring, LevelChoice, MapFilter};
use crate::wire::{ExportFormat, ExportRequest, ExportTarget, TableFormat};

use super::args::{parse_level, parse_name, LangArg, ProfileArg, ReportArg, SyntaxArg};
use super::{usage, Outcome};

/// The export formats as the command line names them.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// OpenAPI 3.1 stub (JSON).
    Openapi,
    /// PDF information-contract document.
    Pdf,
    /// Open Data Contract Standard v3.1 document (YAML).
    Odcs,
    /// PDF data processing agreement (GDPR Art. 28), PDF/A-2b.
    Dpa,
    /// An information set's schema as JSON Schema 2020-12 (with --information-set).
    Jsonschema,
    /// An API profile as a Spectral ruleset (with --profile), to lint an API against it.
    Spectral,
    /// The catalog's open APIs for data.norge.no: DCAT-AP-NO 2.2, Turtle (or JSON-LD when
    /// --out ends in .jsonld).
    DcatApNo,
    /// The catalog's open APIs for dataportal.se: DCAT-AP-SE 3.0.1, Turtle (or JSON-LD when
    /// --out ends in .jsonld).
    DcatApSe,
}

/// `datapakt export`.
#[derive(Debug, clap::Args)]
pub struct Export {
    /// The format to write.
    format: FormatArg,
    /// The catalog file.
    #[arg(long)]
    catalog: PathBuf,
    /// The contract's id (see `datapakt list`).
    #[arg(long, conflicts_with_all = ["all", "agreement", "integration", "information_set"])]
    contract: Option<i64>,
    /// JSON Schema only: the information set's id (see `datapakt list --kind
    /// information-sets`).
    #[arg(long, required_if_eq("format", "jsonschema"), conflicts_with_all = ["all", "agreement", "integration"])]
    information_set: Option<i64>,
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
    /// OpenAPI: the national API profile whose rules the stub follows (by default the
    /// contract's own; for an integration, the one all its contracts name, else generic).
    /// Spectral: the profile the ruleset checks.
    #[arg(long, value_enum)]
    profile: Option<ProfileArg>,
    /// The file (or with `--all`, the folder) to write.
    #[arg(long, required_unless_present = "check")]
    out: Option<PathBuf>,
}

impl Export {
    pub fn run(self) -> Outcome {
        let lang = Lang::from(self.lang);
        if let Some(id) = self.agreement {
            if !matches!(self.format, FormatArg::Dpa) {
                return usage("--agreement goes with `datapakt export dpa`");
            }
            return agreement(&self, AgreementId(id), lang);
        }
        let catalog = app::catalog::open(&self.catalog)?;
        let target = self.target()?;
        let Some(out) = self.out else {
            return usage("--out is required");
        };
        let request = ExportRequest {
            target,
            profile: self.profile.map(Into::into),
            syntax: self.syntax.into(),
        };
        let rendered = app::export::render(&catalog, &request, lang)?;
        for warning in &rendered.warnings {
            eprintln!("datapakt: warning: {warning}");
        }
        let (path, files) = app::export::write(&catalog, &rendered, &out, |_, _| {})?;
        if self.all {
            println!("wrote {files} contract(s) to {}", path.display());
        } else {
            println!("wrote {}", path.display());
        }
        Ok(ExitCode::SUCCESS)
    }

    /// What the flags ask for (an agreement aside), or why they do not go together.
    fn target(&self) -> Result<ExportTarget, super::CliError> {
        let openapi_only = self.syntax == SyntaxArg::Yaml || self.profile.is_some();
        let format = match self.format {
            FormatArg::DcatApNo | FormatArg::DcatApSe => {
                let profile = match self.format {
                    FormatArg::DcatApNo => crate::model::DcatProfile::DcatApNo,
                    _ => crate::model::DcatProfile::DcatApSe,
                };
                let json_ld = self
                    .out
                    .as_ref()
                    .is_some_and(|out| out.to_string_lossy().ends_with(".jsonld"));
                let syntax = if json_ld {
                    crate::wire::RdfSyntax::JsonLd
                } else {
                    crate::wire::RdfSyntax::Turtle
                };
                return match self.contract {
                    None => Ok(ExportTarget::OpenApis { profile, syntax }),
                    Some(_) => {
                        usage("a catalogue description covers every open API: drop --contract")
                    }
                };
            }
            FormatArg::Spectral => {
                return match (self.profile, self.contract) {
                    (Some(profile), None) => Ok(ExportTarget::SpectralRuleset {
                        profile: profile.into(),
                    }),
                    (_, Some(_)) => {
                        usage("`datapakt export spectral` takes --profile, not --contract")
                    }
                    (None, None) => {
                        usage("`datapakt export spectral` needs --profile generic|ks-fiks|se-rest")
                    }
                }
            }
            FormatArg::Jsonschema => {
                return match self.information_set {
                    Some(id) => Ok(ExportTarget::InformationSet {
                        id: crate::model::InformationSetId(id),
                    }),
                    None => usage("`datapakt export jsonschema` needs --information-set ID"),
                }
            }
            _ if self.information_set.is_some() => {
                return usage("--information-set goes with `datapakt export jsonschema`")
            }
            FormatArg::Dpa => return usage("`datapakt export dpa` needs --agreement ID"),
            FormatArg::Openapi => ExportFormat::Openapi,
            FormatArg::Pdf => ExportFormat::Pdf,
            FormatArg::Odcs => ExportFormat::Odcs,
        };
        if self.check {
            return usage("--check is the preflight of `datapakt export dpa`");
        }
        match (self.integration, self.all, self.contract) {
            (Some(_), _, _) if format != ExportFormat::Openapi => {
                usage("--integration goes with `datapakt export openapi`")
            }
            (Some(id), _, _) => Ok(ExportTarget::Integration {
                id: IntegrationId(id),
            }),
            (None, true, _) if format != ExportFormat::Odcs => {
                usage("--all exports ODCS only: use `datapakt export odcs --all`")
            }
            (None, true, _) => Ok(ExportTarget::AllContracts),
            (None, false, Some(_)) if openapi_only && format != ExportFormat::Openapi => {
                usage("--syntax and --profile apply to OpenAPI only")
            }
            (None, false, Some(id)) => Ok(ExportTarget::Contract {
                id: ContractId(id),
                format,
            }),
            (None, false, None) => Err(super::CliError::Missing(
                "--contract ID or --all is required".to_owned(),
            )),
        }
    }
}

/// `export dpa`: the preflight alone with `check` (exit 1 on gaps), else the PDF, which says
/// DRAFT when something required is missing; either way each gap is listed on stderr.
fn agreement(args: &Export, id: AgreementId, lang: Lang) -> Outcome {
    let catalog = app::catalog::open(&args.catalog)?;
    let t = Translator::new(lang);
    let check = args.check;
    let (gaps, written) = match (check, args.out.as_deref()) {
        (false, Some(out)) => {
            let request = ExportRequest::of(ExportTarget::Agreement { id });
            let (rendered, path) = app::export::to_path(&catalog, &request, lang, out)?;
            let gaps = match rendered.facts {
                Facts::Gaps(gaps) => gaps,
                _ => Vec::new(),
            };
            (gaps, Some(path))
        }
        _ => (app::export::dpa_preflight(&catalog, id)?, None),
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

/// `datapakt report`.
#[derive(Debug, clap::Args)]
pub struct Report {
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
}

impl Report {
    pub fn run(self) -> Outcome {
        let catalog = app::catalog::open(&self.catalog)?;
        let lang = Lang::from(self.lang);
        let report = self.report.into();
        if let Some(out) = &self.pdf {
            let request = ExportRequest::of(ExportTarget::Report {
                report,
                format: TableFormat::Pdf,
            });
            let (rendered, path) = app::export::to_path(&catalog, &request, lang, out)?;
            if let Facts::Rows(rows) = rendered.facts {
                println!("wrote {} ({rows} rows)", path.display());
            }
            return Ok(ExitCode::SUCCESS);
        }
        let table = app::reports::build(&catalog, report, &Translator::new(lang))?;
        if self.json {
            println!("{}", app::reports::to_json(&table));
        } else if self.csv {
            print!("{}", app::reports::to_csv(&table));
        } else {
            print!("{}", app::reports::to_text(&table));
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// What the map's colours mean, as the command line names it.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColourArg {
    Classification,
    Owner,
}

/// `datapakt map`.
#[derive(Debug, clap::Args)]
pub struct Map {
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
}

impl Map {
    pub fn run(self) -> Outcome {
        let format = app::export::map_format(&self.out)?;
        let filter = MapFilter {
            owner: self.owner,
            unit: self.unit,
            classification: self.classification,
            pattern: self.pattern,
            status: self.status,
            lifecycle: self.lifecycle,
            colouring: match self.colour {
                ColourArg::Classification => Colouring::Classification,
                ColourArg::Owner => Colouring::Owner,
            },
        };
        let catalog = app::catalog::open(&self.catalog)?;
        let request = ExportRequest::of(ExportTarget::Map { filter, format });
        let (rendered, path) =
            app::export::to_path(&catalog, &request, self.lang.into(), &self.out)?;
        let Facts::Map(view) = rendered.facts else {
            return Ok(ExitCode::SUCCESS);
        };
        println!(
            "wrote {}: {} systems, {} integrations, {} anomalies",
            path.display(),
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
        Ok(ExitCode::SUCCESS)
    }
}
