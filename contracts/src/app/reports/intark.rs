//! The IntArk-compatibility report: every integration's checklist, the incompatible first.

use super::{gaps::yes_no, Parts};
use crate::app::error::Result;
use crate::app::intark::{compatible, Checklist};
use crate::i18n::Translator;
use crate::model::Entity;
use crate::store::Catalog;
use crate::wire::{ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "integration",
    "name",
    "recommended_pattern",
    "openapi_spec",
    "api_registered",
    "notifications_designed",
    "dpa_in_place",
    "contact_point_known",
    "compatible",
];

/// A row per integration, and how many are compatible.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let checklist = Checklist::load(catalog)?;
    let mut rows: Vec<(bool, ReportRow)> = catalog
        .integrations()?
        .iter()
        .map(|integration| {
            let checks = checklist.check(integration);
            let ok = compatible(&checks);
            let mut cells = vec![
                ReportCell::coded(integration.id.0, integration.id.0.to_string()),
                ReportCell::text(integration.draft.name.clone()),
            ];
            cells.extend(checks.iter().map(|c| match c.met {
                Some(met) => ReportCell::coded(met, yes_no(t, met)),
                None => ReportCell::coded(serde_json::Value::Null, t.t("report-not-applicable")),
            }));
            cells.push(ReportCell::coded(ok, yes_no(t, ok)));
            let row = ReportRow {
                item: Some((Entity::Integration, integration.id.0)),
                cells,
            };
            (ok, row)
        })
        .collect();
    rows.sort_by_key(|(ok, _)| *ok);
    let compatible = rows.iter().filter(|(ok, _)| *ok).count();
    let facts = vec![(
        t.t("report-intark-compatible"),
        format!("{compatible} / {}", rows.len()),
    )];
    Ok((
        COLUMNS,
        rows.into_iter().map(|(_, row)| row).collect(),
        facts,
    ))
}
