//! How each kind of item is kept: [`Table`], one implementation per kind beside its SQL, and
//! the two operations every kind shares — [`Catalog::get`] one item, and [`Catalog::put`] a
//! checked draft with its search entry and its audit record in one transaction. What a draft
//! must meet, and what else a change makes, is the use cases' (`app::items`); the store
//! writes what it is given.

use std::path::Path;

use rusqlite::Connection;

use crate::model::{IdOf, Kind, Stored};
use crate::store::Result;

use super::audit::{self, Change};
use super::{search, Catalog};

/// The rows of one kind of item.
pub trait Table: Kind {
    /// Reads stored item `id` through `conn` (a connection or an open transaction); the
    /// kind's not-found error when there is none.
    fn read(conn: &Connection, path: &Path, id: IdOf<Self>) -> Result<Self::Stored>;

    /// Writes the rows of a checked, normalised draft: a new item when `id` is `None`, else
    /// replacing `id`. `author` is recorded for anything the write adds besides the item.
    fn write(
        tx: &Connection,
        path: &Path,
        author: &str,
        id: Option<IdOf<Self>>,
        draft: &Self,
    ) -> Result<IdOf<Self>>;

    /// The title and body of item `id`'s search entry (`None`: not in the search), read
    /// after its rows are written.
    fn indexed(
        _tx: &Connection,
        _path: &Path,
        _id: IdOf<Self>,
        draft: &Self,
    ) -> Result<Option<(String, String)>> {
        Ok(draft.search_text())
    }

    /// What the audit trail records of item `id` as `draft` (read before a change and after
    /// it): the draft itself unless the kind records more.
    fn audited(
        _tx: &Connection,
        _path: &Path,
        _id: IdOf<Self>,
        draft: &Self,
    ) -> Result<serde_json::Value> {
        Ok(serde_json::to_value(draft).expect("model types always serialise"))
    }
}

/// Writes `draft` (replacing `before`, item `id`) with its search entry and audit record
/// inside `tx`.
pub(super) fn put_in<K: Table>(
    tx: &Connection,
    path: &Path,
    author: &str,
    (id, before): (Option<IdOf<K>>, Option<&K>),
    draft: &K,
) -> Result<IdOf<K>> {
    let before = match (id, before) {
        (Some(id), Some(before)) => Some(K::audited(tx, path, id, before)?),
        _ => None,
    };
    let id = K::write(tx, path, author, id, draft)?;
    if let Some((title, body)) = K::indexed(tx, path, id, draft)? {
        search::index(tx, path, K::ENTITY, id.into(), &title, &body)?;
    }
    let after = K::audited(tx, path, id, draft)?;
    let change = Change {
        entity: K::ENTITY,
        id: id.into(),
        before: before.as_ref(),
        after: Some(&after),
    };
    audit::record(tx, path, author, change)?;
    Ok(id)
}

impl Catalog {
    /// The stored item `id` of kind `K`.
    pub fn get<K: Table>(&self, id: IdOf<K>) -> Result<K::Stored> {
        K::read(&self.conn, &self.path, id)
    }

    /// Stores `draft`, checked and normalised by the caller: a new item when `id` is `None`,
    /// else replacing item `id`, stored as `before`. The rows, the search entry and the audit
    /// record are one transaction. Returns the item's id.
    pub fn put<K: Table>(
        &mut self,
        id: Option<IdOf<K>>,
        before: Option<&K::Stored>,
        draft: &K,
    ) -> Result<IdOf<K>> {
        let author = self.author.clone();
        let before = before.map(Stored::draft);
        self.in_transaction(|tx, path| put_in(tx, path, &author, (id, before), draft))
    }
}
