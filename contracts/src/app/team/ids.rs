//! The catalog's row ids and the items' global identities, both ways, for every kind of entry
//! that has them.

use std::collections::HashMap;

use crate::formats::repo::Part;
use crate::store::{Catalog, Identified};

use super::super::Result;

/// Which rows hold entries of kind `part`, for the kinds that are rows with an identity.
pub(super) fn rows(part: Part) -> Option<Identified> {
    match (part, part.entity()) {
        (_, Some(entity)) => Some(Identified::Item(entity)),
        (Part::Unit, None) => Some(Identified::Unit),
        _ => None,
    }
}

/// Row ids and uids of every identified row.
#[derive(Debug, Default)]
pub(super) struct Ids {
    uids: HashMap<(Part, i64), String>,
    ids: HashMap<(Part, String), i64>,
}

impl Ids {
    /// Those of `catalog`.
    pub(super) fn read(catalog: &Catalog) -> Result<Ids> {
        let mut ids = Ids::default();
        for part in Part::ALL {
            if let Some(rows) = rows(part) {
                for (id, uid) in catalog.identities(rows)? {
                    ids.insert(part, id, uid);
                }
            }
        }
        Ok(ids)
    }

    /// Records that row `id` of kind `part` is `uid`.
    pub(super) fn insert(&mut self, part: Part, id: i64, uid: String) {
        self.ids.insert((part, uid.clone()), id);
        self.uids.insert((part, id), uid);
    }

    /// The uid of row `id` of kind `part`.
    pub(super) fn uid(&self, part: Part, id: i64) -> Option<&str> {
        self.uids.get(&(part, id)).map(String::as_str)
    }

    /// The row id of `uid` of kind `part`.
    pub(super) fn id(&self, part: Part, uid: &str) -> Option<i64> {
        self.ids.get(&(part, uid.to_owned())).copied()
    }
}
