//! Organisations: a valid number, held by one organisation only.

use crate::app::error::{Error, Result};
use crate::model::{Organisation, OrganisationDraft, OrganisationId};
use crate::store::Catalog;
use crate::validate::{organisation_issues, Issue};

use super::super::Rules;

impl Rules for OrganisationDraft {
    fn issues(_: &Catalog, _: Option<OrganisationId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(organisation_issues(draft))
    }

    /// A second organisation with the same number is refused.
    fn settle(catalog: &Catalog, before: Option<&Organisation>, draft: Self) -> Result<Self> {
        let holder = catalog.organisation_numbered(draft.country, &draft.org_number)?;
        match holder {
            Some(other) if Some(other) != before.map(|b| b.id) => {
                Err(Error::DuplicateOrganisation {
                    org_number: draft.org_number,
                    existing: other,
                })
            }
            _ => Ok(draft),
        }
    }
}
