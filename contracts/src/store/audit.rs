//! The audit trail table: every create, update and delete, written in the same transaction
//! as the change itself.

use std::path::Path;

use rusqlite::{params, Transaction};
use serde::Serialize;

use crate::error::Result;
use crate::model::{AuditAction, AuditEvent, Entity};

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
    tx: &Transaction<'_>,
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

    /// How many changes the trail holds.
    pub fn count_audit_events(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM audit_event", [], |r| r.get(0))
            .at(&self.path)?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// At most `limit` changes of any item from position `offset`, newest first, each with
    /// the kind and id of its item.
    pub fn audit_page(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<(Entity, i64, AuditEvent)>> {
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT at, author, action, before, after, entity, entity_id FROM audit_event
                 ORDER BY id DESC LIMIT ?1 OFFSET ?2",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![clamp(limit), clamp(offset)], |r| {
                let kind: String = r.get(5)?;
                let entity = Entity::parse(&kind)
                    .ok_or_else(|| super::bad_value(5, format!("unknown kind {kind:?}")))?;
                Ok((entity, r.get(6)?, row_to_event(r)?))
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
