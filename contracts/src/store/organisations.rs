//! Organisations. Numbers are stored as digits only, so `958 935 420` and `958935420` are the
//! same organisation.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{Country, Organisation, OrganisationDraft, OrganisationId};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

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

impl Table for OrganisationDraft {
    fn read(conn: &Connection, path: &Path, id: OrganisationId) -> Result<Organisation> {
        conn.query_row(
            "SELECT id, name, country, org_number FROM organisation WHERE id = ?1",
            [id.0],
            row_to_organisation,
        )
        .optional()
        .at(path)?
        .ok_or(Error::OrganisationNotFound(id))
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<OrganisationId>,
        draft: &OrganisationDraft,
    ) -> Result<OrganisationId> {
        match id {
            None => {
                tx.execute(
                    "INSERT INTO organisation (name, country, org_number) VALUES (?1, ?2, ?3)",
                    params![draft.name, draft.country.code(), draft.org_number],
                )
                .at(path)?;
                Ok(OrganisationId(tx.last_insert_rowid()))
            }
            Some(id) => {
                tx.execute(
                    "UPDATE organisation SET name = ?2, country = ?3, org_number = ?4 WHERE id = ?1",
                    params![id.0, draft.name, draft.country.code(), draft.org_number],
                )
                .at(path)?;
                Ok(id)
            }
        }
    }
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
        self.get::<OrganisationDraft>(id)
    }

    /// The organisation registered with `country`'s number `org_number` (digits only), if any.
    pub fn organisation_numbered(
        &self,
        country: Country,
        org_number: &str,
    ) -> Result<Option<OrganisationId>> {
        self.conn
            .query_row(
                "SELECT id FROM organisation WHERE country = ?1 AND org_number = ?2",
                params![country.code(), org_number],
                |r| Ok(OrganisationId(r.get(0)?)),
            )
            .optional()
            .at(&self.path)
    }
}
