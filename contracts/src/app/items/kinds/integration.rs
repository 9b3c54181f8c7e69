//! Integrations: systems, an owner and information sets the catalog has.

use crate::app::error::Result;
use crate::model::{IntegrationDraft, IntegrationId};
use crate::store::Catalog;
use crate::validate::{integration_issues, Issue};

use super::super::Rules;

impl Rules for IntegrationDraft {
    fn issues(_: &Catalog, _: Option<IntegrationId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(integration_issues(draft))
    }

    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        for system in draft.provider.iter().chain(&draft.consumers) {
            catalog.system_name(system.0)?;
        }
        if let Some(owner) = draft.owner {
            catalog.person(owner)?;
        }
        for set in &draft.information_sets {
            catalog.information_set(*set)?;
        }
        Ok(())
    }
}
