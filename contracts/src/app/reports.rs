//! Catalog-wide reports (`datapakt report …`, the app's Reports page), each a
//! [`Report`] table built from the catalog in one language, and printed as text, CSV or
//! JSON (this module) or as a PDF (`export::pdf::report_pdf`).
//!
//! One module per report builds its rows; everything else is shared.

mod access;
mod effect_goals;
mod gaps;
mod intark;
mod requests;
mod reuse;

use crate::app::error::Result;
use crate::i18n::Translator;
use crate::store::Catalog;
use crate::wire::{Report, ReportColumn, ReportKind, ReportRow};

pub use crate::formats::table::{to_csv, to_json, to_text};

/// Builds the report `kind` from `catalog`, its text in `t`'s language.
pub fn build(catalog: &Catalog, kind: ReportKind, t: &Translator) -> Result<Report> {
    let (columns, rows, facts) = match kind {
        ReportKind::Gaps => gaps::rows(catalog, t)?,
        ReportKind::Reuse => reuse::rows(catalog, t)?,
        ReportKind::EffectGoals => effect_goals::rows(catalog, t)?,
        ReportKind::Intark => intark::rows(catalog, t)?,
        ReportKind::Requests => requests::rows(catalog, t)?,
        ReportKind::Access => access::rows(catalog, t)?,
    };
    Ok(Report {
        kind,
        title: t.t(&format!("report-{}-title", kind.as_str())),
        facts,
        columns: columns
            .iter()
            .map(|id| ReportColumn {
                id: (*id).to_owned(),
                header: t.t(&format!("report-col-{}", id.replace('_', "-"))),
            })
            .collect(),
        rows,
        empty: t.t(&format!("report-{}-empty", kind.as_str())),
    })
}

/// What a report module returns: column ids, rows, facts.
type Parts = (
    &'static [&'static str],
    Vec<ReportRow>,
    Vec<(String, String)>,
);

#[cfg(test)]
mod tests;
