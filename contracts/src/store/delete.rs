//! Deleting items: the row, what hangs on it (roles, the search entry), and an audit record
//! holding the item as it was. An item something else still refers to is refused.

use crate::model::{IdOf, Stored};
use crate::store::{Error, Result};

use super::audit::{self, Change};
use super::table::Table;
use super::{search, Catalog, SqliteContext};

impl Catalog {
    /// Deletes item `id` of kind `K`; refused ([`Error::InUse`]) while something refers to
    /// it, and nothing is deleted.
    pub fn remove<K: Table>(&mut self, id: IdOf<K>) -> Result<()> {
        let entity = K::ENTITY;
        let id: i64 = id.into();
        // Each kind's table is named like the kind.
        let table = entity.as_str();
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let stored = K::read(tx, path, id.into())?;
            let before = K::audited(tx, path, id.into(), stored.draft())?;
            let deleted = tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id]);
            if let Err(error) = &deleted {
                if error.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) {
                    return Err(Error::InUse { entity, id });
                }
            }
            deleted.at(path)?;
            tx.execute(
                "DELETE FROM role_assignment WHERE entity = ?1 AND item_id = ?2",
                rusqlite::params![entity.as_str(), id],
            )
            .at(path)?;
            search::remove(tx, path, entity, id)?;
            let change = Change {
                entity,
                id,
                before: Some(&before),
                after: None,
            };
            audit::record(tx, path, &author, change)
        })
    }
}
