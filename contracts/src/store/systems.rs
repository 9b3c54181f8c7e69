//! The system register (applications that provide or consume information).

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{Entity, Lifecycle, System, SystemDraft, SystemId, UnitId};
use crate::store::{Error, Result};

use super::table::{put_in, Table};
use super::{bad_value, Catalog, SqliteContext};

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

impl Table for SystemDraft {
    fn read(conn: &Connection, path: &Path, id: SystemId) -> Result<System> {
        conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_system)
            .optional()
            .at(path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::System,
                id: id.0,
            })
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<SystemId>,
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
        match id {
            None => {
                tx.execute(
                    "INSERT INTO system (name, description, unit_id, lifecycle, endpoints, id,
                         case_figures)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    values,
                )
                .at(path)?;
                Ok(SystemId(tx.last_insert_rowid()))
            }
            Some(id) => {
                tx.execute(
                    "UPDATE system SET name = ?1, description = ?2, unit_id = ?3, lifecycle = ?4,
                         endpoints = ?5, case_figures = ?7 WHERE id = ?6",
                    values,
                )
                .at(path)?;
                Ok(id)
            }
        }
    }
}

/// The id of the system called `name`, registering it first (in production, nothing else
/// known) if it is new; `None` for an empty name (a draft contract that names no system yet).
pub(super) fn id_for_name(
    tx: &Connection,
    path: &Path,
    author: &str,
    name: &str,
) -> Result<Option<i64>> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    let existing = tx
        .prepare_cached("SELECT id FROM system WHERE name = ?1")
        .and_then(|mut stmt| stmt.query_row([name], |r| r.get(0)).optional())
        .at(path)?;
    match existing {
        Some(id) => Ok(Some(id)),
        None => {
            let draft = SystemDraft {
                name: name.to_owned(),
                ..SystemDraft::default()
            };
            Ok(Some(put_in(tx, path, author, (None, None), &draft)?.0))
        }
    }
}

impl Catalog {
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

    /// The stored system `id`.
    pub fn system(&self, id: SystemId) -> Result<System> {
        self.get::<SystemDraft>(id)
    }

    /// The name of system `id`.
    pub fn system_name(&self, id: i64) -> Result<String> {
        Ok(self.system(SystemId(id))?.draft.name)
    }
}
