//! Organisations. Numbers are stored as digits only, so `958 935 420` and `958935420` are the
//! same organisation.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::{Country, Entity, Organisation, OrganisationDraft, OrganisationId};
use crate::validate::organisation_issues;

use super::audit::{self, Change};
use super::{bad_value, search, Catalog, SqliteContext};

/// The digits of an organisation number; a Swedish 12-digit form loses its `16` prefix.
fn canonical_number(country: Country, number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match country {
        Country::Sweden if digits.len() == 12 && digits.starts_with("16") => digits[2..].to_owned(),
        _ => digits,
    }
}

fn row_to_organisation(r: &rusqlite::Row<'_>) -> rusqlite::Result<Organisation> {
    let code: String = r.get(2)?;
    let country = Country::from_code(&code)
        .ok_or_else(|| bad_value(2, format!("unknown country {code:?}")))?;
    Ok(Organisation {
        id: OrganisationId(r.get(0)?),
        draft: OrganisationDraft {
            name: r.get(1)?,
            country,
            org_number: r.get(3)?,
        },
    })
}

impl Catalog {
    /// Every organisation, by name.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, country, org_number FROM organisation ORDER BY name COLLATE NOCASE, id")
            .at(&self.path)?;
        let rows = stmt.query_map([], row_to_organisation).at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// The stored organisation `id`.
    pub fn organisation(&self, id: OrganisationId) -> Result<Organisation> {
        self.conn
            .query_row(
                "SELECT id, name, country, org_number FROM organisation WHERE id = ?1",
                [id.0],
                row_to_organisation,
            )
            .optional()
            .at(&self.path)?
            .ok_or(Error::OrganisationNotFound(id))
    }

    /// Validates and stores an organisation: new when `id` is `None`, else replacing `id`.
    /// A second organisation with the same number is refused.
    pub fn save_organisation(
        &mut self,
        id: Option<OrganisationId>,
        draft: OrganisationDraft,
    ) -> Result<Organisation> {
        let issues = organisation_issues(&draft);
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        let draft = OrganisationDraft {
            name: draft.name.trim().to_owned(),
            org_number: canonical_number(draft.country, &draft.org_number),
            country: draft.country,
        };
        let before = id.map(|id| self.organisation(id)).transpose()?;
        let author = self.author.clone();
        let id = self.in_transaction(|tx, path| {
            if let Some(other) = holder_of(tx, path, &draft)?.filter(|other| Some(*other) != id) {
                return Err(Error::DuplicateOrganisation { org_number: draft.org_number.clone(), existing: other });
            }
            let id = match id {
                None => {
                    tx.execute(
                        "INSERT INTO organisation (name, country, org_number) VALUES (?1, ?2, ?3)",
                        params![draft.name, draft.country.code(), draft.org_number],
                    )
                    .at(path)?;
                    OrganisationId(tx.last_insert_rowid())
                }
                Some(id) => {
                    tx.execute(
                        "UPDATE organisation SET name = ?2, country = ?3, org_number = ?4 WHERE id = ?1",
                        params![id.0, draft.name, draft.country.code(), draft.org_number],
                    )
                    .at(path)?;
                    id
                }
            };
            let change = Change {
                entity: Entity::Organisation,
                id: id.0,
                before: before.as_ref().map(|o| &o.draft),
                after: Some(&draft),
            };
            audit::record(tx, path, &author, change)?;
            let body = search::organisation_body(&draft);
            search::index(tx, path, Entity::Organisation, id.0, &draft.name, &body)?;
            Ok(id)
        })?;
        Ok(Organisation { id, draft })
    }
}

/// The organisation already holding `draft`'s number, if any.
fn holder_of(
    tx: &Connection,
    path: &Path,
    draft: &OrganisationDraft,
) -> Result<Option<OrganisationId>> {
    tx.query_row(
        "SELECT id FROM organisation WHERE country = ?1 AND org_number = ?2",
        params![draft.country.code(), draft.org_number],
        |r| Ok(OrganisationId(r.get(0)?)),
    )
    .optional()
    .at(path)
}
