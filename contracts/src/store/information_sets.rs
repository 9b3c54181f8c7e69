//! Information sets. The schema (a tree of fields) is stored as JSON in one column: it is
//! read and written whole, and each change that alters it is a new version (`versions.rs`).

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{Entity, InformationSet, InformationSetDraft, InformationSetId, PersonId};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

fn row_to_set(r: &rusqlite::Row<'_>) -> rusqlite::Result<InformationSet> {
    let fields: String = r.get(5)?;
    Ok(InformationSet {
        id: InformationSetId(r.get(0)?),
        draft: InformationSetDraft {
            name: r.get(1)?,
            description: r.get(2)?,
            owner: r.get::<_, Option<i64>>(3)?.map(PersonId),
            scheme: r.get(4)?,
            fields: serde_json::from_str(&fields).map_err(|e| bad_value(5, e.to_string()))?,
            resource: r.get(6)?,
        },
    })
}

const SELECT: &str = "SELECT id, name, description, owner_id, scheme_key, fields, resource
     FROM information_set";

impl Table for InformationSetDraft {
    fn read(conn: &Connection, path: &Path, id: InformationSetId) -> Result<InformationSet> {
        conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_set)
            .optional()
            .at(path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::InformationSet,
                id: id.0,
            })
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<InformationSetId>,
        draft: &InformationSetDraft,
    ) -> Result<InformationSetId> {
        let fields = serde_json::to_string(&draft.fields).expect("fields always serialise");
        let owner = draft.owner.map(|p| p.0);
        match id {
            None => {
                tx.execute(
                    "INSERT INTO information_set
                         (name, description, owner_id, scheme_key, fields, resource)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        draft.name,
                        draft.description,
                        owner,
                        draft.scheme,
                        fields,
                        draft.resource
                    ],
                )
                .at(path)?;
                Ok(InformationSetId(tx.last_insert_rowid()))
            }
            Some(id) => {
                tx.execute(
                    "UPDATE information_set SET name = ?2, description = ?3, owner_id = ?4,
                         scheme_key = ?5, fields = ?6, resource = ?7 WHERE id = ?1",
                    params![
                        id.0,
                        draft.name,
                        draft.description,
                        owner,
                        draft.scheme,
                        fields,
                        draft.resource
                    ],
                )
                .at(path)?;
                Ok(id)
            }
        }
    }
}

impl Catalog {
    /// Every information set, by name.
    pub fn information_sets(&self) -> Result<Vec<InformationSet>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_set).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The stored information set `id`.
    pub fn information_set(&self, id: InformationSetId) -> Result<InformationSet> {
        self.get::<InformationSetDraft>(id)
    }
}
