//! The catalog's row ids and the items' global identities, both ways, for every kind of entry
//! that has them.

use std::cell::RefCell;
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

/// Row ids and uids of the rows asked about, read from the catalog as they are asked for
/// (for a few items of a large catalog; [`Ids::read`] reads them all at once).
pub(super) struct Lookup<'a> {
    catalog: &'a Catalog,
    known: RefCell<Ids>,
    failed: RefCell<Option<crate::store::Error>>,
}

impl<'a> Lookup<'a> {
    /// Those of `catalog`, none read yet.
    pub(super) fn new(catalog: &'a Catalog) -> Lookup<'a> {
        Lookup::knowing(catalog, Ids::default())
    }

    /// Those of `catalog`, `known` read already.
    pub(super) fn knowing(catalog: &'a Catalog, known: Ids) -> Lookup<'a> {
        Lookup {
            catalog,
            known: RefCell::new(known),
            failed: RefCell::default(),
        }
    }

    /// The uid of row `id` of kind `part`.
    pub(super) fn uid(&self, part: Part, id: i64) -> Option<String> {
        if let Some(uid) = self.known.borrow().uid(part, id) {
            return Some(uid.to_owned());
        }
        let uid = self.read(|catalog| catalog.uid_of(rows(part)?, id).transpose())?;
        self.known.borrow_mut().insert(part, id, uid.clone());
        Some(uid)
    }

    /// The row id of `uid` of kind `part`.
    pub(super) fn id(&self, part: Part, uid: &str) -> Option<i64> {
        if let Some(id) = self.known.borrow().id(part, uid) {
            return Some(id);
        }
        let id = self.read(|catalog| catalog.id_of(rows(part)?, uid).transpose())?;
        self.known.borrow_mut().insert(part, id, uid.to_owned());
        Some(id)
    }

    /// What `read` finds; a failure is kept for [`Lookup::finish`].
    fn read<T>(&self, read: impl FnOnce(&Catalog) -> Option<crate::store::Result<T>>) -> Option<T> {
        match read(self.catalog)? {
            Ok(found) => Some(found),
            Err(e) => {
                self.failed.borrow_mut().get_or_insert(e);
                None
            }
        }
    }

    /// The first failure to read, if any.
    pub(super) fn finish(self) -> Result<()> {
        match self.failed.into_inner() {
            Some(e) => Err(e.into()),
            None => Ok(()),
        }
    }
}
