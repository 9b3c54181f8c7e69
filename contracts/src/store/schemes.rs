//! Classification schemes, their aspects and levels. Labels are stored as JSON objects keyed
//! by language.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{Aspect, ClassificationScheme, Entity, Labels, Level, Scheme, SchemeId};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

fn labels_json(labels: &Labels) -> String {
    serde_json::to_string(labels).expect("labels always serialise")
}

fn labels_from(text: String) -> rusqlite::Result<Labels> {
    serde_json::from_str(&text).map_err(|e| bad_value(0, e.to_string()))
}

/// Inserts the shipped default schemes (migration 2).
pub(super) fn seed_shipped(tx: &Connection, path: &Path) -> Result<()> {
    for scheme in crate::classification_defaults::shipped_schemes() {
        write(tx, path, None, &scheme)?;
    }
    Ok(())
}

/// Writes `scheme`, replacing the stored one `id`, and returns its id.
fn write(
    tx: &Connection,
    path: &Path,
    id: Option<i64>,
    scheme: &ClassificationScheme,
) -> Result<i64> {
    let name = labels_json(&scheme.name);
    let id = match id {
        Some(id) => {
            tx.execute(
                "UPDATE classification_scheme SET name = ?2, source = ?3, shipped_default = ?4 WHERE id = ?1",
                params![id, name, scheme.source, scheme.shipped_default],
            )
            .at(path)?;
            tx.execute(
                "DELETE FROM classification_aspect WHERE scheme_id = ?1",
                [id],
            )
            .at(path)?;
            tx.execute(
                "DELETE FROM classification_level WHERE scheme_id = ?1",
                [id],
            )
            .at(path)?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO classification_scheme (key, name, source, shipped_default) VALUES (?1, ?2, ?3, ?4)",
                params![scheme.key, name, scheme.source, scheme.shipped_default],
            )
            .at(path)?;
            tx.last_insert_rowid()
        }
    };
    for (position, aspect) in scheme.aspects.iter().enumerate() {
        tx.execute(
            "INSERT INTO classification_aspect (scheme_id, position, key, name) VALUES (?1, ?2, ?3, ?4)",
            params![id, position as i64, aspect.key, labels_json(&aspect.name)],
        )
        .at(path)?;
    }
    for level in &scheme.levels {
        tx.execute(
            "INSERT INTO classification_level (scheme_id, ordinal, colour, name) VALUES (?1, ?2, ?3, ?4)",
            params![id, level.ordinal, level.colour, labels_json(&level.name)],
        )
        .at(path)?;
        // Only a level with its own policy touches the column (schema 15), so the shipped
        // schemes can still be written by the first migration.
        if let Some(safeguards) = &level.safeguards {
            tx.execute(
                "UPDATE classification_level SET safeguards = ?3 WHERE scheme_id = ?1 AND ordinal = ?2",
                params![
                    id,
                    level.ordinal,
                    serde_json::to_string(safeguards).expect("safeguards always serialise")
                ],
            )
            .at(path)?;
        }
    }
    Ok(id)
}

/// The scheme with `key` and its row id, if there is one, read through `conn`.
fn read_by_key(conn: &Connection, path: &Path, key: &str) -> Result<Option<Scheme>> {
    let head = conn
        .query_row(
            "SELECT id, name, source, shipped_default FROM classification_scheme WHERE key = ?1",
            [key],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    labels_from(r.get(1)?)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                ))
            },
        )
        .optional()
        .at(path)?;
    let Some((id, name, source, shipped_default)) = head else {
        return Ok(None);
    };
    let mut stmt = conn
        .prepare(
            "SELECT key, name FROM classification_aspect WHERE scheme_id = ?1 ORDER BY position",
        )
        .at(path)?;
    let aspects = stmt
        .query_map([id], |r| {
            Ok(Aspect {
                key: r.get(0)?,
                name: labels_from(r.get(1)?)?,
            })
        })
        .at(path)?
        .collect::<rusqlite::Result<_>>()
        .at(path)?;
    let mut stmt = conn
        .prepare(
            "SELECT ordinal, colour, name, safeguards FROM classification_level
             WHERE scheme_id = ?1 ORDER BY ordinal",
        )
        .at(path)?;
    let levels = stmt
        .query_map([id], |r| {
            Ok(Level {
                ordinal: r.get(0)?,
                colour: r.get(1)?,
                name: labels_from(r.get(2)?)?,
                safeguards: r
                    .get::<_, Option<String>>(3)?
                    .map(|json| {
                        serde_json::from_str(&json)
                            .map_err(|e| bad_value(3, format!("not a list of safeguards: {e}")))
                    })
                    .transpose()?,
            })
        })
        .at(path)?
        .collect::<rusqlite::Result<_>>()
        .at(path)?;
    let draft = ClassificationScheme {
        key: key.to_owned(),
        name,
        source,
        shipped_default,
        aspects,
        levels,
    };
    Ok(Some(Scheme {
        id: SchemeId(id),
        draft,
    }))
}

impl Table for ClassificationScheme {
    fn read(conn: &Connection, path: &Path, id: SchemeId) -> Result<Scheme> {
        let key: Option<String> = conn
            .query_row(
                "SELECT key FROM classification_scheme WHERE id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .optional()
            .at(path)?;
        key.map(|k| read_by_key(conn, path, &k))
            .transpose()?
            .flatten()
            .ok_or(Error::ItemNotFound {
                entity: Entity::ClassificationScheme,
                id: id.0,
            })
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<SchemeId>,
        draft: &ClassificationScheme,
    ) -> Result<SchemeId> {
        write(tx, path, id.map(|id| id.0), draft).map(SchemeId)
    }
}

impl Catalog {
    /// Every classification scheme, by key.
    pub fn schemes(&self) -> Result<Vec<ClassificationScheme>> {
        let mut stmt = self
            .conn
            .prepare("SELECT key FROM classification_scheme ORDER BY key")
            .at(&self.path)?;
        let keys: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        keys.iter()
            .map(|key| {
                self.scheme(key)?
                    .ok_or_else(|| Error::SchemeNotFound(key.clone()))
            })
            .collect()
    }

    /// The scheme with `key`, if there is one.
    pub fn scheme(&self, key: &str) -> Result<Option<ClassificationScheme>> {
        Ok(read_by_key(&self.conn, &self.path, key)?.map(|scheme| scheme.draft))
    }

    /// The row id of the scheme with `key`, if there is one.
    pub fn scheme_id(&self, key: &str) -> Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT id FROM classification_scheme WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)
    }

    /// The scheme with row id `id`.
    pub fn scheme_by_id(&self, id: i64) -> Result<ClassificationScheme> {
        Ok(self.get::<ClassificationScheme>(SchemeId(id))?.draft)
    }
}
