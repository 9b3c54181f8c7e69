//! A system's interface: the information sets its API descriptions define, each remembering
//! which API of which system it came from and where in that document, so that importing the
//! same document again updates those sets instead of adding new ones.
//!
//! A system with interface sets cannot be deleted (they refer to it); deleting such a set
//! forgets where it came from.

use rusqlite::params;

use crate::model::{InformationSetId, SystemId};
use crate::store::Result;

use super::{Catalog, SqliteContext};

/// One information set of a system's interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceEntry {
    /// The information set.
    pub set: InformationSetId,
    /// The API (the document's title) it belongs to.
    pub api: String,
    /// Where in the document it came from.
    pub origin: String,
}

impl Catalog {
    /// The information sets documenting `system`'s interface, by API and origin.
    pub fn interface(&self, system: SystemId) -> Result<Vec<InterfaceEntry>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT information_set_id, api, origin FROM interface_set
                 WHERE system_id = ?1 ORDER BY api, origin",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([system.0], |r| {
                Ok(InterfaceEntry {
                    set: InformationSetId(r.get(0)?),
                    api: r.get(1)?,
                    origin: r.get(2)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Every interface set of every system: (set, system, API), by system and API.
    pub fn interface_sets(&self) -> Result<Vec<(InformationSetId, SystemId, String)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT information_set_id, system_id, api FROM interface_set ORDER BY 2, 3, 1",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((InformationSetId(r.get(0)?), SystemId(r.get(1)?), r.get(2)?))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Records that information set `set` documents API `api` of `system`, found at
    /// `origin` in its description, so the next import of that API updates it.
    pub fn link_interface(
        &mut self,
        set: InformationSetId,
        system: SystemId,
        api: &str,
        origin: &str,
    ) -> Result<()> {
        self.in_transaction(|tx, path| {
            tx.execute(
                "INSERT INTO interface_set (information_set_id, system_id, api, origin)
                 VALUES (?1, ?2, ?3, ?4)",
                params![set.0, system.0, api, origin],
            )
            .at(path)?;
            Ok(())
        })
    }
}
