//! Information sets. The schema (a tree of fields) is stored as JSON in one column: it is
//! read and written whole, and each change that alters it is a new version (`versions.rs`).

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{
    Entity, InformationSet, InformationSetDraft, InformationSetId, PersonId, SchemaField,
};
use crate::validate::information_set_issues;

use super::audit::{self, Change};
use super::{bad_value, search, versions, Catalog, SqliteContext};

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

/// The searchable text of a set: its description and every field's name and description.
fn body(draft: &InformationSetDraft) -> String {
    fn walk(fields: &[SchemaField], out: &mut Vec<String>) {
        for field in fields {
            out.push(field.name.clone());
            out.push(field.description.clone());
            walk(&field.children, out);
        }
    }
    let mut out = vec![draft.description.clone()];
    walk(&draft.fields, &mut out);
    out.join("\n")
}

/// Writes a validated information set (a new one when `id` is `None`), its search entry and
/// its audit record.
pub(super) fn write(
    tx: &Connection,
    path: &Path,
    author: &str,
    id: Option<InformationSetId>,
    before: Option<&InformationSetDraft>,
    draft: &InformationSetDraft,
) -> Result<InformationSetId> {
    let fields = serde_json::to_string(&draft.fields).expect("fields always serialise");
    let owner = draft.owner.map(|p| p.0);
    let id = match id {
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
            InformationSetId(tx.last_insert_rowid())
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
            id
        }
    };
    search::index(
        tx,
        path,
        Entity::InformationSet,
        id.0,
        &draft.name,
        &body(draft),
    )?;
    let change = Change {
        entity: Entity::InformationSet,
        id: id.0,
        before,
        after: Some(draft),
    };
    audit::record(tx, path, author, change)?;
    versions::record_set_version(tx, path, author, id, draft)?;
    Ok(id)
}

const SELECT: &str = "SELECT id, name, description, owner_id, scheme_key, fields, resource
     FROM information_set";

/// Reads information set `id` through `conn` (a connection or an open transaction).
pub(super) fn read(conn: &Connection, path: &Path, id: InformationSetId) -> Result<InformationSet> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id.0], row_to_set)
        .optional()
        .at(path)?
        .ok_or(Error::ItemNotFound {
            entity: Entity::InformationSet,
            id: id.0,
        })
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
        read(&self.conn, &self.path, id)
    }

    /// Validates (against its classification scheme) and stores an information set: new when
    /// `id` is `None`, else replacing `id`.
    pub fn save_information_set(
        &mut self,
        id: Option<InformationSetId>,
        draft: InformationSetDraft,
    ) -> Result<InformationSet> {
        let scheme = match &draft.scheme {
            Some(key) => self.scheme(key)?,
            None => None,
        };
        let issues = information_set_issues(&draft, scheme.as_ref());
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        if let Some(owner) = draft.owner {
            self.person(owner)?;
        }
        let draft = InformationSetDraft {
            name: draft.name.trim().to_owned(),
            ..draft
        };
        let before = id.map(|id| self.information_set(id)).transpose()?;
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
        Ok(InformationSet { id, draft })
    }
}
