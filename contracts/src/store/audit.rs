//! The audit trail table: every create, update and delete, written in the same transaction
//! as the change itself.

use std::path::Path;

use rusqlite::{params, Connection};
use serde::Serialize;

use crate::model::{AuditAction, AuditEvent, Entity};
use crate::store::Result;

use super::{Catalog, SqliteContext};

/// The author recorded when none is set: the OS user.
pub(super) fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// One change to record.
pub(super) struct Change<'a, T: Serialize> {
    pub entity: Entity,
    pub id: i64,
    pub before: Option<&'a T>,
    pub after: Option<&'a T>,
}

/// Records `change` by `author` inside `tx`.
pub(super) fn record<T: Serialize>(
    tx: &Connection,
    path: &Path,
    author: &str,
    change: Change<'_, T>,
) -> Result<()> {
    let action = match (change.before.is_some(), change.after.is_some()) {
        (false, _) => AuditAction::Create,
        (true, true) => AuditAction::Update,
        (true, false) => AuditAction::Delete,
    };
    let json = |value: Option<&T>| {
        value.map(|v| serde_json::to_string(v).expect("model types always serialise"))
    };
    tx.execute(
        "INSERT INTO audit_event (author, entity, entity_id, action, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            author,
            change.entity.as_str(),
            change.id,
            action.as_str(),
            json(change.before),
            json(change.after)
        ],
    )
    .at(path)?;
    Ok(())
}

/// An event from columns `at, author, action, before, after` (in that order, first).
fn row_to_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEvent> {
    let action: String = r.get(2)?;
    let parse = |text: Option<String>| text.and_then(|t| serde_json::from_str(&t).ok());
    Ok(AuditEvent {
        at: r.get(0)?,
        author: r.get(1)?,
        action: AuditAction::parse(&action)
            .ok_or_else(|| super::bad_value(2, format!("unknown action {action:?}")))?,
        before: parse(r.get(3)?),
        after: parse(r.get(4)?),
    })
}

impl Catalog {
    /// The author recorded for changes.
    pub fn author(&self) -> &str {
        &self.author
    }

    /// Sets the author recorded for later changes (the OS user until then, and again when
    /// `author` is blank).
    pub fn set_author(&mut self, author: &str) {
        let author = author.trim();
        self.author = if author.is_empty() {
            os_user()
        } else {
            author.to_owned()
        };
    }

    /// One page of the whole trail: changes whose time, author, kind or item title contain
    /// every word of `filter` (any case), sorted by column `sort` (0 time, 1 author,
    /// 2 change, 3 kind, 4 item), with how many pass the filter in all. Each row is the
    /// change's id, its time, author, action, kind and the item's title as the change left it.
    pub fn audit_rows(
        &self,
        filter: &str,
        sort: usize,
        descending: bool,
        offset: usize,
        limit: usize,
    ) -> Result<(usize, Vec<(i64, [String; 5])>)> {
        // The item's title or name as the change left it (a scheme's name is labels).
        const TITLE: &str = "coalesce(
            json_extract(coalesce(after, before), '$.title'),
            json_extract(coalesce(after, before), '$.name.en'),
            json_extract(coalesce(after, before), '$.name'),
            '#' || entity_id)";
        let key = match sort {
            1 => "author COLLATE NOCASE",
            2 => "action",
            3 => "entity",
            4 => "title COLLATE NOCASE",
            _ => "id",
        };
        let direction = if descending { "DESC" } else { "ASC" };
        let words: Vec<String> = filter
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let mut condition = String::from("1");
        for i in 1..=words.len() {
            condition.push_str(&format!(
                " AND instr(lower(at || ' ' || author || ' ' || entity || ' ' || title), ?{i}) > 0"
            ));
        }
        let rows_sql =
            format!("SELECT id, at, author, action, entity, {TITLE} AS title FROM audit_event");
        let total: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM ({rows_sql}) WHERE {condition}"
            ))
            .and_then(|mut stmt| stmt.query_row(rusqlite::params_from_iter(&words), |r| r.get(0)))
            .at(&self.path)?;
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT id, at, author, action, entity, title FROM ({rows_sql}) WHERE {condition}
                 ORDER BY {key} {direction}, id {direction} LIMIT {} OFFSET {}",
                clamp(limit),
                clamp(offset)
            ))
            .at(&self.path)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&words), |r| {
                Ok((
                    r.get(0)?,
                    [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?],
                ))
            })
            .at(&self.path)?;
        let rows = rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.path)?;
        Ok((usize::try_from(total).unwrap_or(0), rows))
    }

    /// The change with id `id`, with the kind and id of its item.
    pub fn audit_event(&self, id: i64) -> Result<(Entity, i64, AuditEvent)> {
        self.conn
            .query_row(
                "SELECT at, author, action, before, after, entity, entity_id FROM audit_event
                 WHERE id = ?1",
                [id],
                |r| {
                    let kind: String = r.get(5)?;
                    let entity = Entity::parse(&kind)
                        .ok_or_else(|| super::bad_value(5, format!("unknown kind {kind:?}")))?;
                    Ok((entity, r.get(6)?, row_to_event(r)?))
                },
            )
            .at(&self.path)
    }

    /// Every recorded change of items of kind `entity`, oldest first: (time, item, the item
    /// after the change as a JSON object of only its top-level `keys` that it has — `None`
    /// once deleted). SQLite picks the keys out, so long histories of large items stay cheap.
    /// With `ever`, (key, text), only items that at some point had that text under that key.
    pub fn changes_of(
        &self,
        entity: Entity,
        keys: &[&str],
        ever: Option<(&str, &str)>,
    ) -> Result<Vec<(String, i64, Option<serde_json::Value>)>> {
        let plain = |key: &str| key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let picked = keys
            .iter()
            .filter(|key| plain(key))
            .map(|key| format!("'{key}', after -> '$.{key}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let (ever_key, ever_value) = ever.filter(|(key, _)| plain(key)).unwrap_or(("", ""));
        let only = if ever_key.is_empty() {
            String::new()
        } else {
            format!(
                "AND entity_id IN (SELECT entity_id FROM audit_event
                     WHERE entity = ?1 AND after ->> '$.{ever_key}' = ?2)"
            )
        };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT at, entity_id, CASE WHEN after IS NULL THEN NULL
                     ELSE json_object({picked}) END
                 FROM audit_event WHERE entity = ?1 {only} ORDER BY id"
            ))
            .at(&self.path)?;
        let params: Vec<&str> = if only.is_empty() {
            vec![entity.as_str()]
        } else {
            vec![entity.as_str(), ever_value]
        };
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                let after: Option<String> = r.get(2)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    after
                        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                        .map(|mut value| {
                            if let Some(object) = value.as_object_mut() {
                                object.retain(|_, v| !v.is_null());
                            }
                            value
                        }),
                ))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Every recorded change of one item, oldest first.
    pub fn history(&self, entity: Entity, id: i64) -> Result<Vec<AuditEvent>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, author, action, before, after FROM audit_event
                 WHERE entity = ?1 AND entity_id = ?2 ORDER BY id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![entity.as_str(), id], row_to_event)
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}
