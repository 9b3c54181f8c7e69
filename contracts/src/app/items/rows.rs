//! The lists of items and of the audit trail, one page at a time, filtered and sorted, and
//! what the editors' pickers offer.

use crate::app::error::Result;
use std::collections::HashMap;

use crate::model::{Asker, Entity, Role, SystemId};
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
    match entity {
        Entity::Contract => Ok(Vec::new()),
        Entity::AccessGrant => grant_rows(catalog),
        Entity::ClassificationScheme => scheme_rows(catalog),
        Entity::Organisation => organisation_rows(catalog),
        Entity::Person => person_rows(catalog),
        Entity::System => system_rows(catalog),
        Entity::InformationSet => information_set_rows(catalog),
        Entity::Integration => integration_rows(catalog),
        Entity::Request => request_rows(catalog),
        Entity::Agreement => agreement_rows(catalog),
    }
}

/// The names of one kind's items by id, read once for a list: a cell per id.
struct Names(HashMap<i64, String>);

impl Names {
    /// The names of every item of kind `entity`.
    fn of(catalog: &Catalog, entity: Entity) -> Result<Names> {
        Ok(Names(catalog.names(entity)?))
    }

    /// The name of item `id` (empty when unknown or none).
    fn name(&self, id: Option<i64>) -> String {
        id.and_then(|id| self.0.get(&id).cloned())
            .unwrap_or_default()
    }

    /// The name of item `id` as a cell.
    fn cell(&self, id: Option<i64>) -> Cell {
        Cell::Text(self.name(id))
    }
}

/// Names of the units, by id.
fn unit_names(catalog: &Catalog) -> Result<Names> {
    Ok(Names(
        catalog
            .units()?
            .into_iter()
            .map(|u| (u.id.0, u.name))
            .collect(),
    ))
}

/// A cell for a yes/no value.
fn yes_no(yes: bool) -> Cell {
    Cell::Key(if yes { "yes" } else { "no" }.into())
}

fn grant_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let today = crate::app::access::today(catalog)?;
    Ok(crate::app::access::register(catalog, today)?
        .into_iter()
        .map(|entry| Row {
            id: entry.grant.id.0,
            cells: vec![
                Cell::Text(entry.consumer),
                Cell::Text(entry.integration),
                Cell::Text(
                    entry
                        .state
                        .review_due
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                ),
                Cell::Key(format!("grant-status-{}", entry.state.status.as_str())),
            ],
        })
        .collect())
}

fn scheme_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for scheme in catalog.schemes()? {
        let id = catalog.scheme_id(&scheme.key)?.unwrap_or_default();
        rows.push(Row {
            id,
            cells: vec![
                Cell::Labels(scheme.name),
                Cell::Text(scheme.key),
                Cell::Text(scheme.levels.len().to_string()),
                yes_no(scheme.shipped_default),
            ],
        });
    }
    Ok(rows)
}

fn organisation_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    Ok(catalog
        .organisations()?
        .into_iter()
        .map(|o| Row {
            id: o.id.0,
            cells: vec![
                Cell::Text(o.draft.name),
                Cell::Key(format!("country-{}", o.draft.country.code().to_lowercase())),
                Cell::Text(o.draft.org_number),
            ],
        })
        .collect())
}

fn person_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let units = unit_names(catalog)?;
    Ok(catalog
        .people()?
        .into_iter()
        .map(|p| Row {
            id: p.id.0,
            cells: vec![
                Cell::Text(p.draft.name),
                Cell::Text(p.draft.email),
                units.cell(p.draft.unit.map(|u| u.0)),
                Cell::Text(p.draft.left_on.unwrap_or_default()),
            ],
        })
        .collect())
}

fn system_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let (people, units) = (Names::of(catalog, Entity::Person)?, unit_names(catalog)?);
    let roles = catalog.roles(Entity::System, None)?;
    Ok(catalog
        .systems()?
        .into_iter()
        .map(|s| {
            let owners: Vec<String> = roles
                .iter()
                .filter(|a| a.item == s.id.0 && a.role == Role::SystemOwner)
                .map(|a| people.name(Some(a.person.0)))
                .filter(|name| !name.is_empty())
                .collect();
            Row {
                id: s.id.0,
                cells: vec![
                    Cell::Text(s.draft.name),
                    Cell::Key(format!("lifecycle-{}", s.draft.lifecycle.as_str())),
                    units.cell(s.draft.owning_unit.map(|u| u.0)),
                    Cell::Text(owners.join(", ")),
                ],
            }
        })
        .collect())
}

fn information_set_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let people = Names::of(catalog, Entity::Person)?;
    Ok(catalog
        .information_sets()?
        .into_iter()
        .map(|s| Row {
            id: s.id.0,
            cells: vec![
                Cell::Text(s.draft.name.clone()),
                people.cell(s.draft.owner.map(|p| p.0)),
                Cell::Text(count_fields(&s.draft.fields).to_string()),
                yes_no(s.draft.has_personal_data()),
            ],
        })
        .collect())
}

fn integration_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let (people, systems) = (
        Names::of(catalog, Entity::Person)?,
        Names::of(catalog, Entity::System)?,
    );
    let system = |id: &SystemId| systems.name(Some(id.0));
    Ok(catalog
        .integrations()?
        .into_iter()
        .map(|i| Row {
            id: i.id.0,
            cells: vec![
                Cell::Text(i.draft.name.clone()),
                Cell::Text(i.draft.provider.as_ref().map(system).unwrap_or_default()),
                Cell::Text(
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
                people.cell(i.draft.owner.map(|p| p.0)),
            ],
        })
        .collect())
}

fn request_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let people = Names::of(catalog, Entity::Person)?;
    let today = catalog.today()?;
    let mut requests = catalog.requests()?;
    requests.sort_by_cached_key(|r| (r.draft.attention(&today), r.id));
    Ok(requests
        .into_iter()
        .map(|r| {
            let follow_up = r.draft.follow_up.clone().unwrap_or_default();
            let follow_up = if r.draft.is_overdue(&today) {
                Cell::Flagged {
                    text: follow_up,
                    flag: OVERDUE_FLAG.to_owned(),
                }
            } else {
                Cell::Text(follow_up)
            };
            let asker = match &r.draft.asker {
                Asker::Person { person } => people.cell(Some(person.0)),
                Asker::Outside { name, organisation } if organisation.is_empty() => {
                    Cell::Text(name.clone())
                }
                Asker::Outside { name, organisation } => {
                    Cell::Text(format!("{name} ({organisation})"))
                }
            };
            Row {
                id: r.id.0,
                cells: vec![
                    follow_up,
                    Cell::Text(r.draft.title.clone()),
                    Cell::Key(format!("status-{}", r.draft.status.as_str())),
                    asker,
                    people.cell(r.draft.assignee.map(|p| p.0)),
                ],
            }
        })
        .collect())
}

fn agreement_rows(catalog: &Catalog) -> Result<Vec<Row>> {
    let organisations = Names::of(catalog, Entity::Organisation)?;
    Ok(catalog
        .agreements()?
        .into_iter()
        .map(|a| Row {
            id: a.id.0,
            cells: vec![
                Cell::Text(a.draft.title.clone()),
                organisations.cell(a.draft.controller.map(|o| o.0)),
                organisations.cell(a.draft.processor.map(|o| o.0)),
                Cell::Text(a.draft.contracts.len().to_string()),
            ],
        })
        .collect())
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
        odcs_version: catalog.odcs_version()?,
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
