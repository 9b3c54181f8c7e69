//! Systems: a name no other system has, and a unit the catalog knows.

use crate::app::error::Result;
use crate::model::{Kind, SystemDraft, SystemId};
use crate::store::Catalog;
use crate::validate::{system_issues, FieldPath, Issue, IssueCode};

use super::super::Rules;

impl Rules for SystemDraft {
    /// Judged as it is kept (names and endpoints trimmed).
    fn issues(catalog: &Catalog, id: Option<SystemId>, draft: &Self) -> Result<Vec<Issue>> {
        let draft = draft.clone().normalised();
        let mut issues = system_issues(&draft);
        if let Some(other) = catalog.system_id(&draft.name)? {
            if Some(SystemId(other)) != id {
                issues.push(Issue::new(FieldPath::Name, IssueCode::NameTaken));
            }
        }
        if let Some(unit) = draft.owning_unit {
            if catalog.unit(unit)?.is_none() {
                issues.push(Issue::new(FieldPath::OwningUnit, IssueCode::Unknown));
            }
        }
        Ok(issues)
    }
}
