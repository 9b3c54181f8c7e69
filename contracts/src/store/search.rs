//! Full-text search (SQLite FTS5) over every item's names, descriptions and field names. The
//! index is written in the same transaction as the item, so it is always current.

use std::path::Path;

use rusqlite::{params, Connection};

use crate::model::{Entity, SearchHit};
use crate::store::Result;

use super::{bad_value, Catalog, SqliteContext};

/// The most hits one search returns.
pub const MAX_HITS: usize = 50;

/// The index row of an item: its id and its kind packed into one rowid, so replacing an
/// entry is a rowid lookup (FTS5 cannot index its other columns). Migrations 3 and 9 pack the
/// first eight kinds the same way in SQL (`id * 8 + kind`): keep the numbers. Those fill the
/// positive rowids, so later kinds take the negative ones, `-(id * 64 + kind)` with a kind
/// from 8 to 63: new kinds need no repacking of what is stored.
fn rowid(entity: Entity, id: i64) -> i64 {
    let kind = match entity {
        Entity::Contract => 0,
        Entity::Organisation => 1,
        Entity::ClassificationScheme => 2,
        Entity::Person => 3,
        Entity::System => 4,
        Entity::InformationSet => 5,
        Entity::Integration => 6,
        Entity::Agreement => 7,
        Entity::Request => 8,
        Entity::AccessGrant => 9,
    };
    if kind < 8 {
        id * 8 + kind
    } else {
        -(id * 64 + kind)
    }
}

/// Replaces the index entry of one item.
pub(super) fn index(
    tx: &Connection,
    path: &Path,
    entity: Entity,
    id: i64,
    title: &str,
    body: &str,
) -> Result<()> {
    let rowid = rowid(entity, id);
    tx.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")
        .and_then(|mut stmt| stmt.execute([rowid]))
        .at(path)?;
    tx.prepare_cached(
        "INSERT INTO search_index (rowid, kind, item_id, title, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut stmt| stmt.execute(params![rowid, entity.as_str(), id, title, body]))
    .at(path)?;
    Ok(())
}

/// Removes the index entry of one item.
pub(super) fn remove(tx: &Connection, path: &Path, entity: Entity, id: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")
        .and_then(|mut stmt| stmt.execute([rowid(entity, id)]))
        .at(path)?;
    Ok(())
}

/// An FTS5 query matching every word of `text` as a prefix, with FTS syntax made inert.
pub(super) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Catalog {
    /// The items matching every word of `text` (as word prefixes, any case, any order), at
    /// most [`MAX_HITS`]: first those whose name or title matches, best first (BM25), then
    /// those matching only in their description or field names, newest first. Ranking costs
    /// time per match, and a broad word can match a third of a large catalog's text, so only
    /// the (few) title matches are ranked.
    pub fn search(&self, text: &str) -> Result<Vec<SearchHit>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let title_only = format!("{{title}} : ({query})");
        let mut hits = self.hits(&title_only, "rank", MAX_HITS)?;
        if hits.len() < MAX_HITS {
            let rest = format!("({query}) NOT {title_only}");
            hits.extend(self.hits(&rest, "rowid DESC", MAX_HITS - hits.len())?);
        }
        Ok(hits)
    }

    /// At most `limit` items matching the FTS5 `query`, in `order` (an ORDER BY clause that
    /// FTS5 serves itself: `rank` or `rowid DESC`).
    fn hits(&self, query: &str, order: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT kind, item_id, title, snippet(search_index, 3, '[', ']', '…', 12)
                 FROM search_index WHERE search_index MATCH ?1
                 ORDER BY {order} LIMIT ?2"
            ))
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![query, limit as i64], |r| {
                let kind: String = r.get(0)?;
                Ok(SearchHit {
                    entity: Entity::parse(&kind)
                        .ok_or_else(|| bad_value(0, format!("unknown kind {kind:?}")))?,
                    id: r.get(1)?,
                    title: r.get(2)?,
                    snippet: r.get(3)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn every_kind_and_id_has_its_own_rowid() {
        use super::rowid;
        use crate::model::Entity;
        let mut seen = std::collections::HashSet::new();
        for id in 1..=200 {
            for entity in Entity::ALL {
                assert!(seen.insert(rowid(entity, id)), "{entity:?} {id}");
            }
        }
        assert_eq!(
            rowid(Entity::Agreement, 3),
            31,
            "the packing migration 3 wrote"
        );
        assert_eq!(rowid(Entity::Request, 1), -72);
    }

    #[test]
    fn user_text_becomes_a_safe_prefix_query() {
        assert_eq!(
            fts_query("elev  port").as_deref(),
            Some("\"elev\"* \"port\"*")
        );
        assert_eq!(
            fts_query("\"NEAR(a b)\" OR title:x*").as_deref(),
            Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"title\"* \"x\"*")
        );
        assert_eq!(
            fts_query("fødselsnummer").as_deref(),
            Some("\"fødselsnummer\"*")
        );
        assert_eq!(fts_query(" -- ; ").as_deref(), None);
    }
}
