//! The access register report: every grant with its integration, consumer, contract, who
//! granted it, its last day, when its next review is due (and by which interval, a shipped
//! default) and where it stands, with the finding when it needs attention.

use super::gaps::yes_no;
use super::Parts;
use crate::app::access;
use crate::app::error::Result;
use crate::i18n::Translator;
use crate::model::{Consumer, Entity};
use crate::store::Catalog;
use crate::wire::{ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "grant",
    "integration",
    "consumer",
    "contract",
    "granted_by",
    "granted_on",
    "valid_until",
    "review_due",
    "review_interval",
    "shipped_default",
    "status",
    "finding",
];

/// The rows, one per grant (oldest first), and how many grants there are and how many need
/// attention.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let today = access::today(catalog)?;
    let entries = access::register(catalog, today)?;
    let mut attention = 0;
    let rows = entries
        .iter()
        .map(|entry| {
            let d = &entry.grant.draft;
            let state = &entry.state;
            let finding = crate::app::checks::access_finding(entry);
            attention += usize::from(finding.is_some());
            let interval = state.review_rule.map_or_else(
                || t.t("review-at-end"),
                |s| t.t(&format!("safeguard-{}", s.as_str())),
            );
            let consumer = match d.consumer {
                Some(Consumer::System(s)) => serde_json::json!({ "system": s.0 }),
                Some(Consumer::Organisation(o)) => serde_json::json!({ "organisation": o.0 }),
                None => serde_json::Value::Null,
            };
            ReportRow {
                item: Some((Entity::AccessGrant, entry.grant.id.0)),
                cells: vec![
                    ReportCell::coded(entry.grant.id.0, entry.grant.id.0.to_string()),
                    ReportCell::coded(d.integration.map(|i| i.0), entry.integration.clone()),
                    ReportCell::coded(consumer, entry.consumer.clone()),
                    ReportCell::coded(d.contract.map(|c| c.0), entry.contract.clone()),
                    ReportCell::coded(
                        d.granted_by.map(|p| p.0),
                        entry.granted_by.clone().unwrap_or_default(),
                    ),
                    ReportCell::text(d.granted_on.clone()),
                    ReportCell::text(d.valid_until.clone()),
                    ReportCell::coded(
                        state.review_due.map(|d| d.to_string()),
                        state.review_due.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    ReportCell::coded(state.review_rule.map(|s| s.as_str()), interval),
                    ReportCell::coded(state.shipped_default, yes_no(t, state.shipped_default)),
                    ReportCell::coded(
                        state.status.as_str(),
                        t.t(&format!("grant-status-{}", state.status.as_str())),
                    ),
                    ReportCell::text(finding.map(|f| t.finding(&f)).unwrap_or_default()),
                ],
            }
        })
        .collect();
    let facts = vec![
        (t.t("report-access-grants"), entries.len().to_string()),
        (t.t("report-access-attention"), attention.to_string()),
    ];
    Ok((COLUMNS, rows, facts))
}
