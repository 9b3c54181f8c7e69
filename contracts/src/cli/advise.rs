//! `datapakt advise`: Örebro's decision tree for an integration's technology.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app;
use crate::app::advice::{Answers, Severity};
use crate::i18n::{Arg, Translator};
use crate::model::{Integration, IntegrationId, Lang};

use super::args::{megabytes, YesNo};
use super::Outcome;

/// `datapakt advise`.
#[derive(Debug, clap::Args)]
pub struct Advise {
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
}

impl Advise {
    pub fn run(self) -> Outcome {
        let integration = match (&self.catalog, self.integration) {
            (Some(catalog), Some(id)) => Some(app::items::integration(
                &app::catalog::open(catalog)?,
                IntegrationId(id),
            )?),
            _ => None,
        };
        let given = [
            self.realtime,
            self.sync,
            self.guaranteed_delivery,
            self.batch_possible,
            self.internal,
        ]
        .iter()
        .any(Option::is_some)
            || self.message_mb.is_some()
            || self.daily_mb.is_some();
        if integration.is_none() && !given {
            eprintln!("error: give the answers (e.g. --realtime no --sync yes --message-mb 5), or --catalog F --integration ID");
            return Ok(ExitCode::from(2));
        }
        let answers = match self.answers(integration.as_ref()) {
            Ok(answers) => answers,
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(ExitCode::from(2));
            }
        };
        print_advice(&answers, integration.as_ref(), self.json);
        Ok(ExitCode::SUCCESS)
    }

    /// The integration's recorded answers (none without one), overridden by those given.
    fn answers(&self, integration: Option<&Integration>) -> Result<Answers, String> {
        let message_kb = megabytes("message-mb", self.message_mb)?;
        let daily_kb = megabytes("daily-mb", self.daily_mb)?;
        let mut answers = integration.map(app::advice::answers_of).unwrap_or_default();
        let set = |slot: &mut bool, answer: Option<YesNo>| {
            if let Some(answer) = answer {
                *slot = answer.into();
            }
        };
        set(&mut answers.real_time, self.realtime);
        set(&mut answers.synchronous, self.sync);
        set(&mut answers.guaranteed_delivery, self.guaranteed_delivery);
        set(&mut answers.batch_possible, self.batch_possible);
        set(&mut answers.internal_only, self.internal);
        if message_kb.is_some() {
            answers.message_kb = message_kb;
        }
        if daily_kb.is_some() {
            answers.daily_kb = daily_kb;
        }
        Ok(answers)
    }
}

/// An integration's advice, in English or as JSON.
fn print_advice(answers: &Answers, integration: Option<&Integration>, json: bool) {
    let (advice, deviation) = app::advice::advise(answers, integration);
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
        super::print_json(&value);
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
    println!("{}", t.t("advice-reading"));
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
