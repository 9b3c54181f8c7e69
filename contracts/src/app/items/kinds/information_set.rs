//! Information sets: fields and classifications valid in the set's scheme, an owner the
//! catalog has; each saved change that alters the set is its next version.

use crate::app::error::Result;
use crate::model::{InformationSet, InformationSetDraft, InformationSetId};
use crate::store::Catalog;
use crate::validate::{information_set_issues, Issue};
use crate::versions::next_set_version;

use super::super::Rules;

impl Rules for InformationSetDraft {
    /// Judged against its classification scheme.
    fn issues(catalog: &Catalog, _: Option<InformationSetId>, draft: &Self) -> Result<Vec<Issue>> {
        let scheme = match &draft.scheme {
            Some(key) => catalog.scheme(key)?,
            None => None,
        };
        Ok(information_set_issues(draft, scheme.as_ref()))
    }

    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        if let Some(owner) = draft.owner {
            catalog.person(owner)?;
        }
        Ok(())
    }

    /// Records the version the change calls for (1.0.0 first; none when nothing changed).
    fn after(
        catalog: &mut Catalog,
        id: InformationSetId,
        _: Option<&InformationSet>,
        draft: &Self,
    ) -> Result<()> {
        let last = catalog.information_set_releases(id)?.pop();
        let last = last
            .as_ref()
            .map(|release| (release.version.as_str(), &release.snapshot.sets[..]));
        match next_set_version(last, id, draft) {
            Some(version) => Ok(catalog.record_set_version(id, &version, draft)?),
            None => Ok(()),
        }
    }
}
