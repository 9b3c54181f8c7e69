//! Classification schemes: found by their key; a level an information set's field still uses
//! cannot be removed.

use crate::app::error::Result;
use crate::model::{ClassificationScheme, Entity, Scheme, SchemeId};
use crate::store::{Catalog, Error as StoreError};
use crate::validate::{scheme_issues, Issue};

use super::super::Rules;

impl Rules for ClassificationScheme {
    /// The stored scheme with the same key, whatever id was asked for.
    fn identify(catalog: &Catalog, _: Option<SchemeId>, draft: &Self) -> Result<Option<SchemeId>> {
        Ok(catalog.scheme_id(&draft.key)?.map(SchemeId))
    }

    fn issues(_: &Catalog, _: Option<SchemeId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(scheme_issues(draft))
    }

    /// Refused ([`Error::InUse`]) when it drops a level a field of one of its sets has.
    fn settle(catalog: &Catalog, before: Option<&Scheme>, draft: Self) -> Result<Self> {
        let highest_used = catalog
            .information_sets()?
            .iter()
            .filter(|set| set.draft.scheme.as_deref() == Some(draft.key.as_str()))
            .filter_map(|set| set.draft.effective_classification())
            .max();
        if let (Some(used), Some(stored)) = (highest_used, before) {
            if !draft.levels.iter().any(|l| l.ordinal == used) {
                return Err(StoreError::InUse {
                    entity: Entity::ClassificationScheme,
                    id: stored.id.0,
                }
                .into());
            }
        }
        Ok(draft)
    }
}
