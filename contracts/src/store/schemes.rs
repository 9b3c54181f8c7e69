//! Classification schemes, their aspects and levels. Labels are stored as JSON objects keyed
//! by language.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{Aspect, ClassificationScheme, Entity, Labels, Level};
use crate::validate::scheme_issues;

use super::audit::{self, Change};
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
        let head = self
            .conn
            .query_row(
                "SELECT id, name, source, shipped_default FROM classification_scheme WHERE key = ?1",
                [key],
                |r| Ok((r.get::<_, i64>(0)?, labels_from(r.get(1)?)?, r.get::<_, String>(2)?, r.get::<_, bool>(3)?)),
            )
            .optional()
            .at(&self.path)?;
        let Some((id, name, source, shipped_default)) = head else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare("SELECT key, name FROM classification_aspect WHERE scheme_id = ?1 ORDER BY position")
            .at(&self.path)?;
        let aspects = stmt
            .query_map([id], |r| {
                Ok(Aspect {
                    key: r.get(0)?,
                    name: labels_from(r.get(1)?)?,
                })
            })
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT ordinal, colour, name, safeguards FROM classification_level
                 WHERE scheme_id = ?1 ORDER BY ordinal",
            )
            .at(&self.path)?;
        let levels = stmt
            .query_map([id], |r| {
                Ok(Level {
                    ordinal: r.get(0)?,
                    colour: r.get(1)?,
                    name: labels_from(r.get(2)?)?,
                    safeguards: r
                        .get::<_, Option<String>>(3)?
                        .map(|json| {
                            serde_json::from_str(&json).map_err(|e| {
                                super::bad_value(3, format!("not a list of safeguards: {e}"))
                            })
                        })
                        .transpose()?,
                })
            })
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        Ok(Some(ClassificationScheme {
            key: key.to_owned(),
            name,
            source,
            shipped_default,
            aspects,
            levels,
        }))
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
        let key: Option<String> = self
            .conn
            .query_row(
                "SELECT key FROM classification_scheme WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()
            .at(&self.path)?;
        key.map(|k| self.scheme(&k))
            .transpose()?
            .flatten()
            .ok_or(Error::ItemNotFound {
                entity: Entity::ClassificationScheme,
                id,
            })
    }

    /// Validates and stores `scheme`, replacing the stored scheme with the same key. Levels
    /// that an information set's field still uses cannot be removed.
    pub fn save_scheme(&mut self, scheme: ClassificationScheme) -> Result<ClassificationScheme> {
        let issues = scheme_issues(&scheme);
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        let highest_used = self
            .information_sets()?
            .iter()
            .filter(|set| set.draft.scheme.as_deref() == Some(scheme.key.as_str()))
            .filter_map(|set| set.draft.effective_classification())
            .max();
        if let (Some(used), Some(id)) = (highest_used, self.scheme_id(&scheme.key)?) {
            if !scheme.levels.iter().any(|l| l.ordinal == used) {
                return Err(Error::InUse {
                    entity: Entity::ClassificationScheme,
                    id,
                });
            }
        }
        let before = self.scheme(&scheme.key)?;
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM classification_scheme WHERE key = ?1",
                    [&scheme.key],
                    |r| r.get(0),
                )
                .optional()
                .at(path)?;
            let id = write(tx, path, existing, &scheme)?;
            let change = Change {
                entity: Entity::ClassificationScheme,
                id,
                before: before.as_ref(),
                after: Some(&scheme),
            };
            audit::record(tx, path, &author, change)
        })?;
        Ok(scheme)
    }
}
