//! The safeguard-gap report: every safeguard an integration lacks though the classification
//! or the personal data of the contracts governing it requires it.

use super::Parts;
use crate::app::checks;
use crate::app::error::Result;
use crate::i18n::Translator;
use crate::model::Entity;
use crate::store::Catalog;
use crate::wire::{ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "integration",
    "name",
    "safeguard",
    "reason",
    "level",
    "contracts",
    "shipped_default",
];

/// The rows, one per missing safeguard, and how many integrations have gaps.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let gaps = checks::safeguard_gaps(catalog)?;
    let rows = gaps
        .iter()
        .map(|gap| {
            let contracts: Vec<i64> = gap.contracts.iter().map(|c| c.0).collect();
            let contract_text = contracts
                .iter()
                .map(|c| format!("#{c}"))
                .collect::<Vec<_>>()
                .join(", ");
            ReportRow {
                item: Some((Entity::Integration, gap.integration.0)),
                cells: vec![
                    ReportCell::coded(gap.integration.0, gap.integration.0.to_string()),
                    ReportCell::text(gap.name.clone()),
                    ReportCell::coded(
                        gap.safeguard.as_str(),
                        t.t(&format!("safeguard-{}", gap.safeguard.as_str())),
                    ),
                    ReportCell::coded(
                        gap.reason.as_str(),
                        t.t(&format!("gap-reason-{}", gap.reason.as_str())),
                    ),
                    ReportCell::coded(
                        gap.level.as_ref().map(|l| l.ordinal),
                        gap.level_name(t.lang()).unwrap_or_default(),
                    ),
                    ReportCell::coded(contracts, contract_text),
                    ReportCell::coded(gap.shipped_default, yes_no(t, gap.shipped_default)),
                ],
            }
        })
        .collect();
    let mut integrations: Vec<i64> = gaps.iter().map(|g| g.integration.0).collect();
    integrations.dedup();
    let facts = vec![(
        t.t("report-gaps-integrations"),
        integrations.len().to_string(),
    )];
    Ok((COLUMNS, rows, facts))
}

/// "Yes" or "no" in `t`'s language.
pub(super) fn yes_no(t: &Translator, value: bool) -> String {
    t.t(if value { "report-yes" } else { "report-no" })
}
