//! The rows a list has fetched so far, by page, for one query generation.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use contracts::wire::{ListPage, Row};
use yew::prelude::*;

/// Rows fetched per request.
pub const PAGE: usize = 100;

/// The rows fetched so far, by page, for one query generation.
#[derive(Default, PartialEq)]
pub struct Cache {
    /// The query generation the rows belong to.
    pub generation: u32,
    /// Rows in all.
    pub total: usize,
    /// The columns' message ids.
    pub columns: Vec<String>,
    /// The pages fetched, by number.
    pub pages: BTreeMap<usize, Rc<Vec<Row>>>,
    /// The pages asked for.
    pub requested: BTreeSet<usize>,
}

/// A change to [`Cache`].
pub enum Action {
    /// The query changed: forget everything.
    Reset(u32),
    /// A page is on its way.
    Requested(u32, usize),
    /// A page arrived.
    Loaded(u32, usize, ListPage),
}

impl Reducible for Cache {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Reset(generation) => Rc::new(Cache {
                generation,
                columns: self.columns.clone(),
                ..Cache::default()
            }),
            Action::Requested(generation, page) if generation == self.generation => {
                let mut next = clone(&self);
                next.requested.insert(page);
                Rc::new(next)
            }
            Action::Loaded(generation, page, list) if generation == self.generation => {
                let mut next = clone(&self);
                next.total = list.total;
                next.columns = list.columns;
                next.pages.insert(page, Rc::new(list.rows));
                Rc::new(next)
            }
            _ => self,
        }
    }
}

fn clone(cache: &Cache) -> Cache {
    Cache {
        generation: cache.generation,
        total: cache.total,
        columns: cache.columns.clone(),
        pages: cache.pages.clone(),
        requested: cache.requested.clone(),
    }
}

impl Cache {
    /// The row at `index`, if its page is here.
    pub fn row(&self, index: usize) -> Option<&Row> {
        self.pages.get(&(index / PAGE))?.get(index % PAGE)
    }
}
