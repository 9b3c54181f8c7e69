//! The reuse report: every integration built where an existing interface could serve, with
//! those interfaces and the justification written for building new (Örebro: reuse first).

use super::{gaps::yes_no, Parts};
use crate::app::error::Result;
use crate::app::reuse::Portfolio;
use crate::i18n::Translator;
use crate::model::Entity;
use crate::store::Catalog;
use crate::wire::{ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "integration",
    "name",
    "candidates",
    "justified",
    "justification",
];

/// The rows, the unjustified first, and how many are justified and not.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let portfolio = Portfolio::load(catalog)?;
    let mut rows: Vec<(bool, ReportRow)> = Vec::new();
    for integration in portfolio.integrations() {
        let candidates = portfolio.candidates_of(integration);
        if candidates.is_empty() {
            continue;
        }
        let d = &integration.draft;
        let justified = d.existing_interface_could_serve && !d.justification.trim().is_empty();
        let names: Vec<String> = candidates.into_iter().map(|c| c.name).collect();
        let row = ReportRow {
            item: Some((Entity::Integration, integration.id.0)),
            cells: vec![
                ReportCell::coded(integration.id.0, integration.id.0.to_string()),
                ReportCell::text(d.name.clone()),
                ReportCell::coded(names.clone(), names.join(", ")),
                ReportCell::coded(justified, yes_no(t, justified)),
                ReportCell::text(if justified {
                    d.justification.clone()
                } else {
                    String::new()
                }),
            ],
        };
        rows.push((justified, row));
    }
    rows.sort_by_key(|(justified, _)| *justified);
    let justified = rows.iter().filter(|(j, _)| *j).count();
    let facts = vec![
        (t.t("report-reuse-built-anyway"), justified.to_string()),
        (
            t.t("report-reuse-unjustified"),
            (rows.len() - justified).to_string(),
        ),
    ];
    Ok((
        COLUMNS,
        rows.into_iter().map(|(_, row)| row).collect(),
        facts,
    ))
}
