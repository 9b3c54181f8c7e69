//! `datapakt grant` and `review`: the access register.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::app;
use crate::app::items::Granted;
use crate::i18n::Translator;
use crate::model::{
    AccessReview, Consumer, ContractId, Date, GrantDraft, GrantId, IntegrationId, Lang,
    OrganisationId, PersonId, ReviewOutcome, SystemId,
};

use super::args::parse_date;
use super::{usage, Outcome};

/// `datapakt grant`.
#[derive(Debug, clap::Args)]
pub struct Grant {
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
}

impl Grant {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let from = match self.from {
            Some(day) => day,
            None => app::access::today(&catalog)?,
        };
        let consumer = match (self.consumer, self.organisation) {
            (Some(system), _) => Consumer::System(SystemId(system)),
            (None, Some(org)) => Consumer::Organisation(OrganisationId(org)),
            (None, None) => return usage("--consumer ID or --organisation ID is required"),
        };
        let draft = GrantDraft {
            integration: Some(IntegrationId(self.integration)),
            consumer: Some(consumer),
            contract: Some(ContractId(self.contract)),
            granted_by: self.granted_by.map(PersonId),
            granted_on: from.to_string(),
            valid_until: self.until.to_string(),
            note: self.note,
            reviews: Vec::new(),
        };
        let granted = app::items::grant(&mut catalog, draft)?;
        println!(
            "granted: access {} {:?} under contract {}, {} to {}",
            granted.grant.id.0,
            granted.title,
            self.contract,
            granted.grant.draft.granted_on,
            granted.grant.draft.valid_until
        );
        print_review_due(&granted);
        Ok(ExitCode::SUCCESS)
    }
}

/// What an access review decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutcomeArg {
    /// The access is still needed.
    Confirmed,
    /// The access ends.
    Revoked,
}

/// `datapakt review`.
#[derive(Debug, clap::Args)]
pub struct Review {
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
}

impl Review {
    pub fn run(self) -> Outcome {
        let mut catalog = app::catalog::open(&self.catalog)?;
        let on = match self.on {
            Some(day) => day,
            None => app::access::today(&catalog)?,
        };
        let review = AccessReview {
            reviewed_on: on.to_string(),
            reviewed_by: self.by.map(PersonId),
            outcome: match self.outcome {
                OutcomeArg::Confirmed => ReviewOutcome::Confirmed,
                OutcomeArg::Revoked => ReviewOutcome::Revoked,
            },
        };
        let granted = app::items::review(&mut catalog, GrantId(self.grant), review)?;
        println!(
            "reviewed: access {} {:?} on {on}: {:?}",
            self.grant, granted.title, self.outcome
        );
        print_review_due(&granted);
        Ok(ExitCode::SUCCESS)
    }
}

/// Prints where a grant stands after a change and when its next review falls due, saying
/// whether the interval is the level's own policy or Datapakt's shipped default.
fn print_review_due(granted: &Granted) {
    let Some(state) = &granted.state else {
        return;
    };
    let t = Translator::new(Lang::En);
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
}
