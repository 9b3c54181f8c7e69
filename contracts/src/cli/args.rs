//! The values the commands' flags take, as the command line names them, and their parsers.

use clap::ValueEnum;

use crate::model::{Date, Entity, Lang};
use crate::wire::map::LevelChoice;
use crate::wire::ReportKind;

/// The languages of a document's fixed text.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
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
pub enum ProfileArg {
    Generic,
    KsFiks,
    SeRest,
}

impl From<ProfileArg> for crate::model::ApiProfile {
    fn from(arg: ProfileArg) -> crate::model::ApiProfile {
        match arg {
            ProfileArg::Generic => crate::model::ApiProfile::Generic,
            ProfileArg::KsFiks => crate::model::ApiProfile::KsFiks,
            ProfileArg::SeRest => crate::model::ApiProfile::SeRest,
        }
    }
}

/// How an OpenAPI document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SyntaxArg {
    Json,
    Yaml,
}

impl From<SyntaxArg> for crate::wire::Syntax {
    fn from(arg: SyntaxArg) -> crate::wire::Syntax {
        match arg {
            SyntaxArg::Json => crate::wire::Syntax::Json,
            SyntaxArg::Yaml => crate::wire::Syntax::Yaml,
        }
    }
}

/// The reports of `datapakt report`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportArg {
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

/// An answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

impl From<YesNo> for bool {
    fn from(answer: YesNo) -> bool {
        answer == YesNo::Yes
    }
}

/// A classification level's ordinal, or `unclassified`.
pub fn parse_level(text: &str) -> Result<LevelChoice, String> {
    if text.eq_ignore_ascii_case("unclassified") {
        return Ok(LevelChoice::Unclassified);
    }
    text.parse::<u8>()
        .map(LevelChoice::Level)
        .map_err(|_| format!("{text:?} is neither a level's ordinal (0–255) nor `unclassified`"))
}

/// An enum value by its stable (serde) name.
pub fn parse_name<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| format!("{text:?} is not one of the values listed in --help"))
}

/// A date argument: `YYYY-MM-DD`, a real calendar day.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| {
        "not a date: write it YYYY-MM-DD, a day that exists (e.g. 2027-06-30)".to_owned()
    })
}

/// Megabytes as whole kilobytes (rounded up), or an error naming the flag.
pub fn megabytes(flag: &str, mb: Option<f64>) -> Result<Option<u64>, String> {
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
