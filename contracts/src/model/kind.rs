//! What every kind of item has in common, described once per kind on its draft type: which
//! kind it is, how it is identified and stored, how a draft is tidied before it is kept, and
//! what the search finds it by. The save pipeline (`app::items`), the store's tables and the
//! team catalogue's files all go through this description, so adding a kind means one
//! implementation here, one table in the store, one set of rules in the app and one editor.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::Entity;

/// A kind of item, implemented by its draft (what an editor edits and the store keeps).
pub trait Kind: Clone + PartialEq + std::fmt::Debug + Serialize + DeserializeOwned {
    /// Which kind it is.
    const ENTITY: Entity;
    /// A stored one: its id and this draft (for a contract also its place in the workflow).
    type Stored: Stored<Draft = Self>;

    /// The draft as it is kept: blanks around one-line inputs removed, linked items in order
    /// and each once (they are sets).
    fn normalised(self) -> Self;
    /// The title and body the full-text search finds the item by, when the draft alone says
    /// them (the store adds what it must look up, and leaves unindexed kinds out).
    fn search_text(&self) -> Option<(String, String)>;
}

/// How the catalog identifies an item of kind `K`.
pub type IdOf<K> = <<K as Kind>::Stored as Stored>::Id;

/// A stored item: its id and its draft.
pub trait Stored {
    /// Its identifier.
    type Id: ItemId;
    /// Its content.
    type Draft;
    /// Its identifier.
    fn id(&self) -> Self::Id;
    /// Its content.
    fn draft(&self) -> &Self::Draft;
}

/// Implements [`Stored`] for items that are an `id` and a `draft`.
macro_rules! stored {
    ($($stored:ident($id:ident, $draft:ident)),* $(,)?) => {$(
        impl Stored for super::$stored {
            type Id = super::$id;
            type Draft = super::$draft;
            fn id(&self) -> super::$id {
                self.id
            }
            fn draft(&self) -> &super::$draft {
                &self.draft
            }
        }
    )*};
}

stored!(
    Agreement(AgreementId, AgreementDraft),
    Contract(ContractId, ContractDraft),
    Grant(GrantId, GrantDraft),
    InformationSet(InformationSetId, InformationSetDraft),
    Integration(IntegrationId, IntegrationDraft),
    Organisation(OrganisationId, OrganisationDraft),
    Person(PersonId, PersonDraft),
    Request(RequestId, RequestDraft),
    Scheme(SchemeId, ClassificationScheme),
    System(SystemId, SystemDraft),
);

/// An item's identifier: a number in the catalog.
pub trait ItemId: Copy + Eq + std::fmt::Debug + Into<i64> + From<i64> {}

/// Implements [`ItemId`] and the conversions to and from `i64` for id newtypes.
macro_rules! item_ids {
    ($($id:ident),* $(,)?) => {$(
        impl From<i64> for super::$id {
            fn from(id: i64) -> Self {
                super::$id(id)
            }
        }
        impl From<super::$id> for i64 {
            fn from(id: super::$id) -> i64 {
                id.0
            }
        }
        impl ItemId for super::$id {}
    )*};
}

item_ids!(
    AgreementId,
    ContractId,
    GrantId,
    InformationSetId,
    IntegrationId,
    OrganisationId,
    PersonId,
    RequestId,
    SchemeId,
    SystemId,
);

/// Leading and trailing blanks of a one-line input are never meaningful.
pub(super) fn trim(text: &mut String) {
    if text.trim().len() != text.len() {
        *text = text.trim().to_owned();
    }
}

/// Linked items as a set: in order, each once.
pub(super) fn as_set<T: Ord>(items: &mut Vec<T>) {
    items.sort();
    items.dedup();
}
