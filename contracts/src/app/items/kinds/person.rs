//! People: a name and an e-mail address that are well formed.

use crate::app::error::Result;
use crate::model::{PersonDraft, PersonId};
use crate::store::Catalog;
use crate::validate::{person_issues, Issue};

use super::super::Rules;

impl Rules for PersonDraft {
    fn issues(_: &Catalog, _: Option<PersonId>, draft: &Self) -> Result<Vec<Issue>> {
        Ok(person_issues(draft))
    }
}
