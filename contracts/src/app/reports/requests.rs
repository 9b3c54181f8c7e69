//! The desk's report: every open integration request with who asks, what about, where it
//! stands, who handles it, when it is followed up, whether that is overdue, and what came of
//! it so far — overdue follow-ups first, then in the desk's order of attention.

use std::collections::HashMap;

use super::gaps::yes_no;
use super::Parts;
use crate::app::error::Result;
use crate::i18n::Translator;
use crate::model::{Asker, Entity, RequestOutcome};
use crate::store::Catalog;
use crate::wire::{ReportCell, ReportRow};

const COLUMNS: &[&str] = &[
    "request",
    "subject",
    "asker",
    "status",
    "assignee",
    "follow_up",
    "overdue",
    "links",
];

/// The rows, one per open request, and how many are open and overdue.
pub(super) fn rows(catalog: &Catalog, t: &Translator) -> Result<Parts> {
    let today = catalog.today()?;
    let people: HashMap<i64, String> = catalog
        .people()?
        .into_iter()
        .map(|p| (p.id.0, p.draft.name))
        .collect();
    let person = |id: i64| people.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
    let mut requests = catalog.requests()?;
    requests.retain(|r| r.draft.status.is_open());
    requests.sort_by_cached_key(|r| (r.draft.attention(&today), r.id));
    let mut overdue_count = 0;
    let mut rows = Vec::with_capacity(requests.len());
    for request in &requests {
        let d = &request.draft;
        let overdue = d.is_overdue(&today);
        overdue_count += usize::from(overdue);
        let asker = match &d.asker {
            Asker::Person { person: p } => ReportCell::coded(
                serde_json::json!({ "person": p.0, "name": person(p.0) }),
                person(p.0),
            ),
            Asker::Outside { name, organisation } => ReportCell::coded(
                serde_json::json!({ "name": name, "organisation": organisation }),
                if organisation.is_empty() {
                    name.clone()
                } else {
                    format!("{name} ({organisation})")
                },
            ),
        };
        let mut links = Vec::new();
        let mut texts = Vec::new();
        for outcome in &d.outcomes {
            let (entity, id) = match outcome {
                RequestOutcome::Integration(i) => (Entity::Integration, i.0),
                RequestOutcome::Contract(c) => (Entity::Contract, c.0),
            };
            let title = catalog.item_title(entity, id)?;
            texts.push(format!(
                "{} #{id} {title}",
                t.t(&format!("entity-{}", entity.as_str().replace('_', "-")))
            ));
            links.push(serde_json::json!({ "kind": entity.as_str(), "id": id, "title": title }));
        }
        rows.push(ReportRow {
            item: Some((Entity::Request, request.id.0)),
            cells: vec![
                ReportCell::coded(request.id.0, request.id.0.to_string()),
                ReportCell::text(d.title.clone()),
                asker,
                ReportCell::coded(
                    d.status.as_str(),
                    t.t(&format!("status-{}", d.status.as_str())),
                ),
                ReportCell::coded(
                    d.assignee.map(|p| p.0),
                    d.assignee.map(|p| person(p.0)).unwrap_or_default(),
                ),
                ReportCell::coded(d.follow_up.clone(), d.follow_up.clone().unwrap_or_default()),
                ReportCell::coded(overdue, yes_no(t, overdue)),
                ReportCell::coded(links, texts.join("; ")),
            ],
        });
    }
    let facts = vec![
        (t.t("report-requests-open"), requests.len().to_string()),
        (t.t("report-requests-overdue"), overdue_count.to_string()),
    ];
    Ok((COLUMNS, rows, facts))
}
