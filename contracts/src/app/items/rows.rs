//! The lists of items and of the audit trail, one page at a time, filtered and sorted, and
//! what the editors' pickers offer.

use crate::app::Result;
use crate::model::{Asker, Entity, OrganisationId, PersonId, Role, SystemId};
use crate::store::Catalog;
use crate::wire::{AuditEntry, Cell, ListPage, ListQuery, Lookups, Named, Row};

/// The column headings (message ids) of each kind's list.
pub fn columns(entity: Entity) -> &'static [&'static str] {
    match entity {
        Entity::Contract => &[
            "col-title",
            "col-version",
            "col-status",
            "col-owner",
            "col-provider",
            "col-consumer",
        ],
        Entity::Organisation => &["col-name", "col-country", "col-org-number"],
        Entity::Person => &["col-name", "col-email", "col-unit", "col-left-on"],
        Entity::System => &["col-name", "col-lifecycle", "col-unit", "col-system-owner"],
        Entity::InformationSet => &["col-name", "col-owner", "col-fields", "col-personal-data"],
        Entity::Integration => &[
            "col-name",
            "col-provider",
            "col-consumers",
            "col-pattern",
            "col-owner",
        ],
        Entity::Agreement => &[
            "col-title",
            "col-controller",
            "col-processor",
            "col-contracts",
        ],
        Entity::ClassificationScheme => {
            &["col-name", "col-key", "col-levels", "col-shipped-default"]
        }
        Entity::Request => &[
            "col-follow-up",
            "col-title",
            "col-status",
            "col-asker",
            "col-assignee",
        ],
        Entity::AccessGrant => &[
            "col-consumer",
            "col-integration",
            "col-review-due",
            "col-status",
        ],
    }
}

/// The message id of the mark beside an overdue follow-up day in the request list.
pub const OVERDUE_FLAG: &str = "desk-overdue";

/// One page of a list, filtered and sorted as asked.
pub fn list_page(catalog: &Catalog, query: &ListQuery) -> Result<ListPage> {
    let columns = columns(query.entity)
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    if query.entity == Entity::Contract {
        let (total, rows) = catalog.contract_rows(
            &query.filter,
            query.sort,
            query.descending,
            query.offset,
            query.limit,
        )?;
        let rows = rows
            .into_iter()
            .map(
                |(id, [title, version, status, owner, provider, consumer])| Row {
                    id: id.0,
                    cells: vec![
                        Cell::Text(title),
                        Cell::Text(version),
                        Cell::Key(format!("status-{status}")),
                        Cell::Text(owner),
                        Cell::Text(provider),
                        Cell::Text(consumer),
                    ],
                },
            )
            .collect();
        return Ok(ListPage {
            columns,
            total,
            offset: query.offset,
            rows,
        });
    }
    let mut rows = all_rows(catalog, query.entity)?;
    let words: Vec<String> = query
        .filter
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    rows.retain(|row| {
        let text = row
            .cells
            .iter()
            .map(|c| c.texts().to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        words.iter().all(|w| text.contains(w.as_str()))
    });
    let key = |row: &Row| {
        row.cells
            .get(query.sort)
            .map(|c| c.texts().to_lowercase())
            .unwrap_or_default()
    };
    // The desk's first column keeps the order of attention the rows come in.
    if !(query.entity == Entity::Request && query.sort == 0) {
        rows.sort_by_cached_key(|row| (key(row), row.id));
    }
    if query.descending {
        rows.reverse();
    }
    let total = rows.len();
    let rows = rows
        .into_iter()
        .skip(query.offset)
        .take(query.limit)
        .collect();
    Ok(ListPage {
        columns,
        total,
        offset: query.offset,
        rows,
    })
}

/// Every row of a (small) kind's list, unsorted (requests in the desk's order of attention).
fn all_rows(catalog: &Catalog, entity: Entity) -> Result<Vec<Row>> {
    let people = names(
        catalog
            .people()?
            .into_iter()
            .map(|p| (p.id.0, p.draft.name)),
    );
    let person = |id: Option<PersonId>| {
        Cell::Text(
            id.and_then(|id| people.get(&id.0).cloned())
                .unwrap_or_default(),
        )
    };
    let units = names(catalog.units()?.into_iter().map(|u| (u.id.0, u.name)));
    let unit = |id: Option<crate::model::UnitId>| {
        Cell::Text(
            id.and_then(|id| units.get(&id.0).cloned())
                .unwrap_or_default(),
        )
    };
    let text = |t: String| Cell::Text(t);
    Ok(match entity {
        Entity::Contract => Vec::new(),
        Entity::AccessGrant => {
            crate::app::access::register(catalog, crate::app::access::today(catalog)?)?
                .into_iter()
                .map(|entry| Row {
                    id: entry.grant.id.0,
                    cells: vec![
                        text(entry.consumer),
                        text(entry.integration),
                        text(
                            entry
                                .state
                                .review_due
                                .map(|d| d.to_string())
                                .unwrap_or_default(),
                        ),
                        Cell::Key(format!("grant-status-{}", entry.state.status.as_str())),
                    ],
                })
                .collect()
        }
        Entity::ClassificationScheme => {
            let mut rows = Vec::new();
            for scheme in catalog.schemes()? {
                let id = catalog.scheme_id(&scheme.key)?.unwrap_or_default();
                rows.push(Row {
                    id,
                    cells: vec![
                        Cell::Labels(scheme.name),
                        text(scheme.key),
                        text(scheme.levels.len().to_string()),
                        Cell::Key(if scheme.shipped_default { "yes" } else { "no" }.into()),
                    ],
                });
            }
            rows
        }
        Entity::Organisation => catalog
            .organisations()?
            .into_iter()
            .map(|o| Row {
                id: o.id.0,
                cells: vec![
                    text(o.draft.name),
                    Cell::Key(format!("country-{}", o.draft.country.code().to_lowercase())),
                    text(o.draft.org_number),
                ],
            })
            .collect(),
        Entity::Person => catalog
            .people()?
            .into_iter()
            .map(|p| Row {
                id: p.id.0,
                cells: vec![
                    text(p.draft.name),
                    text(p.draft.email),
                    unit(p.draft.unit),
                    text(p.draft.left_on.unwrap_or_default()),
                ],
            })
            .collect(),
        Entity::System => {
            let roles = catalog.roles(Entity::System, None)?;
            catalog
                .systems()?
                .into_iter()
                .map(|s| {
                    let owners: Vec<String> = roles
                        .iter()
                        .filter(|a| a.item == s.id.0 && a.role == Role::SystemOwner)
                        .filter_map(|a| people.get(&a.person.0).cloned())
                        .collect();
                    Row {
                        id: s.id.0,
                        cells: vec![
                            text(s.draft.name),
                            Cell::Key(format!("lifecycle-{}", s.draft.lifecycle.as_str())),
                            unit(s.draft.owning_unit),
                            text(owners.join(", ")),
                        ],
                    }
                })
                .collect()
        }
        Entity::InformationSet => catalog
            .information_sets()?
            .into_iter()
            .map(|s| Row {
                id: s.id.0,
                cells: vec![
                    text(s.draft.name.clone()),
                    person(s.draft.owner),
                    text(count_fields(&s.draft.fields).to_string()),
                    Cell::Key(
                        if s.draft.has_personal_data() {
                            "yes"
                        } else {
                            "no"
                        }
                        .into(),
                    ),
                ],
            })
            .collect(),
        Entity::Integration => {
            let systems = names(
                catalog
                    .systems()?
                    .into_iter()
                    .map(|s| (s.id.0, s.draft.name)),
            );
            let system = |id: &SystemId| systems.get(&id.0).cloned().unwrap_or_default();
            catalog
                .integrations()?
                .into_iter()
                .map(|i| Row {
                    id: i.id.0,
                    cells: vec![
                        text(i.draft.name.clone()),
                        text(i.draft.provider.as_ref().map(system).unwrap_or_default()),
                        text(
                            i.draft
                                .consumers
                                .iter()
                                .map(system)
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                        Cell::Key(format!(
                            "pattern-{}",
                            crate::store::serde_name(&i.draft.pattern)
                        )),
                        person(i.draft.owner),
                    ],
                })
                .collect()
        }
        Entity::Request => {
            let today = catalog.today()?;
            let mut requests = catalog.requests()?;
            requests.sort_by_cached_key(|r| (r.draft.attention(&today), r.id));
            requests
                .into_iter()
                .map(|r| {
                    let follow_up = r.draft.follow_up.clone().unwrap_or_default();
                    let follow_up = if r.draft.is_overdue(&today) {
                        Cell::Flagged {
                            text: follow_up,
                            flag: OVERDUE_FLAG.to_owned(),
                        }
                    } else {
                        text(follow_up)
                    };
                    let asker = match &r.draft.asker {
                        Asker::Person { person: p } => person(Some(*p)),
                        Asker::Outside { name, organisation } if organisation.is_empty() => {
                            text(name.clone())
                        }
                        Asker::Outside { name, organisation } => {
                            text(format!("{name} ({organisation})"))
                        }
                    };
                    Row {
                        id: r.id.0,
                        cells: vec![
                            follow_up,
                            text(r.draft.title.clone()),
                            Cell::Key(format!("status-{}", r.draft.status.as_str())),
                            asker,
                            person(r.draft.assignee),
                        ],
                    }
                })
                .collect()
        }
        Entity::Agreement => {
            let organisations = names(
                catalog
                    .organisations()?
                    .into_iter()
                    .map(|o| (o.id.0, o.draft.name)),
            );
            let organisation = |id: Option<OrganisationId>| {
                Cell::Text(
                    id.and_then(|id| organisations.get(&id.0).cloned())
                        .unwrap_or_default(),
                )
            };
            catalog
                .agreements()?
                .into_iter()
                .map(|a| Row {
                    id: a.id.0,
                    cells: vec![
                        text(a.draft.title.clone()),
                        organisation(a.draft.controller),
                        organisation(a.draft.processor),
                        text(a.draft.contracts.len().to_string()),
                    ],
                })
                .collect()
        }
    })
}

fn names(pairs: impl Iterator<Item = (i64, String)>) -> std::collections::HashMap<i64, String> {
    pairs.collect()
}

fn count_fields(fields: &[crate::model::SchemaField]) -> usize {
    fields.iter().map(|f| 1 + count_fields(&f.children)).sum()
}

/// What the editors' pickers offer.
pub fn lookups(catalog: &Catalog) -> Result<Lookups> {
    let named = |pairs: Vec<(i64, String)>| {
        pairs
            .into_iter()
            .map(|(id, name)| Named { id, name })
            .collect()
    };
    Ok(Lookups {
        systems: named(
            catalog
                .systems()?
                .into_iter()
                .map(|s| (s.id.0, s.draft.name))
                .collect(),
        ),
        people: named(
            catalog
                .people()?
                .into_iter()
                .map(|p| (p.id.0, p.draft.name))
                .collect(),
        ),
        organisations: named(
            catalog
                .organisations()?
                .into_iter()
                .map(|o| (o.id.0, o.draft.name))
                .collect(),
        ),
        units: catalog.units()?,
        information_sets: catalog.information_sets()?,
        integrations: named(
            catalog
                .integrations()?
                .into_iter()
                .map(|i| (i.id.0, i.draft.name))
                .collect(),
        ),
        schemes: catalog.schemes()?,
        default_api_profile: catalog.default_api_profile()?,
    })
}

/// The column headings of the audit trail.
pub const AUDIT_COLUMNS: [&str; 5] = [
    "col-time",
    "col-author",
    "col-action",
    "col-kind",
    "col-item",
];

/// One page of the audit trail, filtered and sorted as asked (`query.entity` is ignored).
pub fn audit_rows(catalog: &Catalog, query: &ListQuery) -> Result<ListPage> {
    let (total, rows) = catalog.audit_rows(
        &query.filter,
        query.sort,
        query.descending,
        query.offset,
        query.limit,
    )?;
    let rows = rows
        .into_iter()
        .map(|(id, [at, author, action, entity, title])| Row {
            id,
            cells: vec![
                Cell::Text(at),
                Cell::Text(author),
                Cell::Key(format!("audit-{action}")),
                Cell::Key(format!("entity-{}", entity.replace('_', "-"))),
                Cell::Text(title),
            ],
        })
        .collect();
    Ok(ListPage {
        columns: AUDIT_COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
        total,
        offset: query.offset,
        rows,
    })
}

/// One change of the audit trail, with its item.
pub fn audit_entry(catalog: &Catalog, id: i64) -> Result<AuditEntry> {
    let (entity, item, event) = catalog.audit_event(id)?;
    Ok(AuditEntry {
        entity,
        id: item,
        event,
    })
}
