//! Data processing agreements: their Art. 28 contents, parties and contracts the catalog has.

use crate::app::error::Result;
use crate::model::{AgreementDraft, AgreementId};
use crate::store::Catalog;
use crate::validate::{agreement_issues, Issue};

use super::super::Rules;

impl Rules for AgreementDraft {
    fn issues(_: &Catalog, _: Option<AgreementId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(agreement_issues(draft))
    }

    fn check(catalog: &Catalog, draft: &Self) -> Result<()> {
        for party in draft.controller.iter().chain(&draft.processor) {
            catalog.organisation(*party)?;
        }
        for contract in &draft.contracts {
            catalog.contract(*contract)?;
        }
        Ok(())
    }
}
