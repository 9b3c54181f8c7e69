//! The one save pipeline every kind of item goes through: check the draft as given, tidy it,
//! then in one transaction settle it against what is stored, write it (rows, search entry,
//! audit record: [`Catalog::put`]) and make what else the change makes. Each kind says what
//! it must meet in [`Rules`] (`app/kinds/`, one file per kind).

use crate::app::error::{Error, Result};
use crate::model::Stored as _;
use crate::model::{Contract, ContractId, ContractStatus, Entity, IdOf, RequestId};
use crate::store::{Catalog, Table};
use crate::validate::Issue;

/// What a kind's draft must meet before it is kept, and what else its change makes. Every
/// step but [`Rules::issues`] has a default that does nothing.
pub trait Rules: Table {
    /// The item a save of `draft` replaces: `id` as asked (a scheme is found by its key).
    fn identify(
        _catalog: &Catalog,
        id: Option<IdOf<Self>>,
        _draft: &Self,
    ) -> Result<Option<IdOf<Self>>> {
        Ok(id)
    }

    /// Every finding about `draft` as given (as item `id`), the catalog consulted where a
    /// rule needs it.
    fn issues(catalog: &Catalog, id: Option<IdOf<Self>>, draft: &Self) -> Result<Vec<Issue>>;

    /// Refuses a draft without findings that names what the catalog does not have.
    fn check(_catalog: &Catalog, _draft: &Self) -> Result<()> {
        Ok(())
    }

    /// The normalised draft to store over `before`: derived values settled, and a change
    /// refused that the stored item does not allow.
    fn settle(_catalog: &Catalog, _before: Option<&Self::Stored>, draft: Self) -> Result<Self> {
        Ok(draft)
    }

    /// What else storing `draft` as item `id` over `before` makes, in the same transaction.
    fn after(
        _catalog: &mut Catalog,
        _id: IdOf<Self>,
        _before: Option<&Self::Stored>,
        _draft: &Self,
    ) -> Result<()> {
        Ok(())
    }
}

/// Checks and stores `draft`: a new item when `id` is `None`, else replacing item `id`.
/// Refused with every finding ([`Error::Invalid`]) or the missing item it names, and nothing
/// is written; otherwise the change is one transaction. Returns the item as stored.
pub fn save<K: Rules>(catalog: &mut Catalog, id: Option<IdOf<K>>, draft: K) -> Result<K::Stored> {
    save_based_on(catalog, id, draft, None)
}

/// [`save`] of an edit that started from `original`, the stored item as it was opened: refused
/// with [`Error::ChangedSinceOpened`], in the same transaction as the write, when the stored
/// item is no longer that (another window, the command-line tool or a sync changed it), so
/// no one's change is overwritten silently.
pub fn save_based_on<K: Rules>(
    catalog: &mut Catalog,
    id: Option<IdOf<K>>,
    draft: K,
    original: Option<&K>,
) -> Result<K::Stored> {
    let id = K::identify(catalog, id, &draft)?;
    let issues = K::issues(catalog, id, &draft)?;
    if !issues.is_empty() {
        return Err(Error::Invalid { issues });
    }
    K::check(catalog, &draft)?;
    let draft = draft.normalised();
    catalog.all_or_nothing(|catalog| {
        let before = id.map(|id| catalog.get::<K>(id)).transpose()?;
        if let (Some(id), Some(before), Some(original)) = (id, &before, original) {
            // Compared as the UI receives them, so a round trip through JSON changes nothing.
            if serde_json::to_value(before.draft()).ok() != serde_json::to_value(original).ok() {
                return Err(Error::ChangedSinceOpened {
                    entity: K::ENTITY,
                    id: id.into(),
                });
            }
        }
        let draft = K::settle(catalog, before.as_ref(), draft)?;
        let id = catalog.put(id, before.as_ref(), &draft)?;
        K::after(catalog, id, before.as_ref(), &draft)?;
        Ok(catalog.get::<K>(id)?)
    })
}

/// Stores many new items in one transaction: all of them or, when one is refused, none (an
/// invalid one's error names its position, [`Error::InvalidImport`]).
pub fn save_all<K: Rules>(catalog: &mut Catalog, drafts: Vec<K>) -> Result<Vec<IdOf<K>>> {
    for (index, draft) in drafts.iter().enumerate() {
        let issues = K::issues(catalog, None, draft)?;
        if !issues.is_empty() {
            return Err(Error::InvalidImport { index, issues });
        }
    }
    catalog.all_or_nothing(|catalog| {
        drafts
            .into_iter()
            .map(|draft| {
                K::check(catalog, &draft)?;
                let draft = K::settle(catalog, None, draft.normalised())?;
                let id = catalog.put(None, None, &draft)?;
                K::after(catalog, id, None, &draft)?;
                Ok(id)
            })
            .collect()
    })
}

/// [`save`] and the other changes of items as methods of the catalog, for the use cases that
/// make several changes and for tests.
pub trait Editing {
    /// [`save`].
    fn save<K: Rules>(&mut self, id: Option<IdOf<K>>, draft: K) -> Result<K::Stored>;
    /// [`save_all`].
    fn save_all<K: Rules>(&mut self, drafts: Vec<K>) -> Result<Vec<IdOf<K>>>;
    /// [`super::delete`].
    fn delete(&mut self, entity: Entity, id: i64) -> Result<()>;
    /// [`super::move_contract`].
    fn set_contract_status(&mut self, id: ContractId, next: ContractStatus) -> Result<Contract>;
    /// [`super::kinds::request::contract_from_request`].
    fn contract_from_request(&mut self, id: RequestId) -> Result<Contract>;
}

impl Editing for Catalog {
    fn save<K: Rules>(&mut self, id: Option<IdOf<K>>, draft: K) -> Result<K::Stored> {
        save(self, id, draft)
    }

    fn save_all<K: Rules>(&mut self, drafts: Vec<K>) -> Result<Vec<IdOf<K>>> {
        save_all(self, drafts)
    }

    fn delete(&mut self, entity: Entity, id: i64) -> Result<()> {
        super::delete(self, entity, id)
    }

    fn set_contract_status(&mut self, id: ContractId, next: ContractStatus) -> Result<Contract> {
        super::move_contract(self, id, next)
    }

    fn contract_from_request(&mut self, id: RequestId) -> Result<Contract> {
        super::kinds::request::contract_from_request(self, id)
    }
}
