//! The system register (applications that provide or consume information).

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{Entity, Lifecycle, System, SystemDraft, SystemId, UnitId};
use crate::validate::{system_issues, FieldPath, Issue, IssueCode};

use super::audit::{self, Change};
use super::{bad_value, search, Catalog, SqliteContext};

const SELECT: &str =
    "SELECT id, name, description, unit_id, lifecycle, endpoints, case_figures FROM system";

fn row_to_system(r: &rusqlite::Row<'_>) -> rusqlite::Result<System> {
    let lifecycle: String = r.get(4)?;
    let endpoints: String = r.get(5)?;
    Ok(System {
        id: SystemId(r.get(0)?),
        draft: SystemDraft {
            name: r.get(1)?,
            description: r.get(2)?,
            owning_unit: r.get::<_, Option<i64>>(3)?.map(UnitId),
            lifecycle: Lifecycle::from_name(&lifecycle)
                .ok_or_else(|| bad_value(4, format!("unknown lifecycle {lifecycle:?}")))?,
            endpoints: serde_json::from_str(&endpoints)
                .map_err(|e| bad_value(5, format!("endpoints: {e}")))?,
            case_figures: serde_json::from_str(&r.get::<_, String>(6)?)
                .map_err(|e| bad_value(6, format!("case figures: {e}")))?,
        },
    })
}

/// Writes a validated system row (a new one when `id` is `None`), its search entry and its
/// audit record.
fn write(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: Option<SystemId>,
    before: Option<&SystemDraft>,
    draft: &SystemDraft,
) -> Result<SystemId> {
    let endpoints = serde_json::Value::from(draft.endpoints.clone()).to_string();
    let values = params![
        draft.name,
        draft.description,
        draft.owning_unit.map(|u| u.0),
        draft.lifecycle.as_str(),
        endpoints,
        id.map(|i| i.0),
        serde_json::to_string(&draft.case_figures).expect("case figures always serialise"),
    ];
    let id = match id {
        None => {
            tx.execute(
                "INSERT INTO system (name, description, unit_id, lifecycle, endpoints, id,
                     case_figures)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                values,
            )
            .at(path)?;
            SystemId(tx.last_insert_rowid())
        }
        Some(id) => {
            tx.execute(
                "UPDATE system SET name = ?1, description = ?2, unit_id = ?3, lifecycle = ?4,
                     endpoints = ?5, case_figures = ?7 WHERE id = ?6",
                values,
            )
            .at(path)?;
            id
        }
    };
    search::index(
        tx,
        path,
        Entity::System,
        id.0,
        &draft.name,
        &draft.description,
    )?;
    let change = Change {
        entity: Entity::System,
        id: id.0,
        before,
        after: Some(draft),
    };
    audit::record(tx, path, author, change)?;
    Ok(id)
}

/// The id of the system called `name`, registering it first (in production, nothing else
/// known) if it is new.
pub(super) fn id_for_name(tx: &Connection, path: &Path, author: &str, name: &str) -> Result<i64> {
    let existing = tx
        .prepare_cached("SELECT id FROM system WHERE name = ?1")
        .and_then(|mut stmt| stmt.query_row([name], |r| r.get(0)).optional())
        .at(path)?;
    match existing {
        Some(id) => Ok(id),
        None => {
            let draft = SystemDraft {
                name: name.to_owned(),
                ..SystemDraft::default()
            };
            Ok(write(tx, path, author, None, None, &draft)?.0)
        }
    }
}

impl Catalog {
    /// The stored system `id`.
    pub fn system(&self, id: SystemId) -> Result<System> {
        self.conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_system)
            .optional()
            .at(&self.path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::System,
                id: id.0,
            })
    }

    /// Every system, by name.
    pub fn systems(&self) -> Result<Vec<System>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_system).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The id of the system called `name`, if it is registered.
    pub fn system_id(&self, name: &str) -> Result<Option<i64>> {
        self.conn
            .query_row("SELECT id FROM system WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .at(&self.path)
    }

    /// The name of system `id`.
    pub fn system_name(&self, id: i64) -> Result<String> {
        Ok(self.system(SystemId(id))?.draft.name)
    }

    /// Validates and stores a system: new when `id` is `None`, else replacing `id`. A name
    /// another system has is refused at the name field.
    pub fn save_system(&mut self, id: Option<SystemId>, draft: SystemDraft) -> Result<System> {
        let draft = SystemDraft {
            name: draft.name.trim().to_owned(),
            endpoints: draft
                .endpoints
                .iter()
                .map(|e| e.trim().to_owned())
                .collect(),
            ..draft
        };
        let mut issues = system_issues(&draft);
        if let Some(other) = self.system_id(&draft.name)? {
            if Some(SystemId(other)) != id {
                issues.push(Issue::new(FieldPath::Name, IssueCode::NameTaken));
            }
        }
        if let Some(unit) = draft.owning_unit {
            if self.unit(unit)?.is_none() {
                issues.push(Issue::new(FieldPath::OwningUnit, IssueCode::Unknown));
            }
        }
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        let before = id.map(|id| self.system(id)).transpose()?;
        let author = self.author.clone();
        let id = self.in_transaction(|tx, path| {
            write(
                tx,
                path,
                &author,
                id,
                before.as_ref().map(|s| &s.draft),
                &draft,
            )
        })?;
        Ok(System { id, draft })
    }
}
