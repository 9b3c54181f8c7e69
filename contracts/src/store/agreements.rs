//! Data processing agreements. The Art. 28 contents are one JSON object (read and written
//! whole); the parties and the covered contracts are relational, so references hold.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::model::{Agreement, AgreementDraft, AgreementId, ContractId, Entity, OrganisationId};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, Catalog, SqliteContext};

impl Table for AgreementDraft {
    fn read(conn: &Connection, path: &Path, id: AgreementId) -> Result<Agreement> {
        let row = conn
            .query_row(
                "SELECT controller_id, processor_id, terms FROM agreement WHERE id = ?1",
                [id.0],
                |r| {
                    let terms: String = r.get(2)?;
                    let mut draft: AgreementDraft =
                        serde_json::from_str(&terms).map_err(|e| bad_value(2, e.to_string()))?;
                    draft.controller = Some(OrganisationId(r.get(0)?));
                    draft.processor = Some(OrganisationId(r.get(1)?));
                    Ok(draft)
                },
            )
            .optional()
            .at(path)?;
        let mut draft = row.ok_or(Error::ItemNotFound {
            entity: Entity::Agreement,
            id: id.0,
        })?;
        let mut stmt = conn
            .prepare("SELECT contract_id FROM agreement_contract WHERE agreement_id = ?1 ORDER BY contract_id")
            .at(path)?;
        draft.contracts = stmt
            .query_map([id.0], |r| Ok(ContractId(r.get(0)?)))
            .at(path)?
            .collect::<rusqlite::Result<_>>()
            .at(path)?;
        Ok(Agreement { id, draft })
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<AgreementId>,
        draft: &AgreementDraft,
    ) -> Result<AgreementId> {
        let terms = serde_json::to_string(&AgreementDraft {
            controller: None,
            processor: None,
            contracts: Vec::new(),
            ..draft.clone()
        })
        .expect("agreements always serialise");
        let parties = (draft.controller.map(|o| o.0), draft.processor.map(|o| o.0));
        let id = match id {
            None => {
                tx.execute(
                    "INSERT INTO agreement (controller_id, processor_id, terms) VALUES (?1, ?2, ?3)",
                    params![parties.0, parties.1, terms],
                )
                .at(path)?;
                AgreementId(tx.last_insert_rowid())
            }
            Some(id) => {
                tx.execute(
                    "UPDATE agreement SET controller_id = ?2, processor_id = ?3, terms = ?4 WHERE id = ?1",
                    params![id.0, parties.0, parties.1, terms],
                )
                .at(path)?;
                tx.execute(
                    "DELETE FROM agreement_contract WHERE agreement_id = ?1",
                    [id.0],
                )
                .at(path)?;
                id
            }
        };
        for contract in &draft.contracts {
            tx.execute(
                "INSERT OR IGNORE INTO agreement_contract (agreement_id, contract_id) VALUES (?1, ?2)",
                params![id.0, contract.0],
            )
            .at(path)?;
        }
        Ok(id)
    }
}

impl Catalog {
    /// The stored agreement `id`.
    pub fn agreement(&self, id: AgreementId) -> Result<Agreement> {
        self.get::<AgreementDraft>(id)
    }

    /// Every agreement, by title.
    pub fn agreements(&self) -> Result<Vec<Agreement>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM agreement ORDER BY json_extract(terms, '$.title'), id")
            .at(&self.path)?;
        let ids: Vec<i64> = stmt
            .query_map([], |r| r.get(0))
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        ids.into_iter()
            .map(|id| self.agreement(AgreementId(id)))
            .collect()
    }

    /// The ids of every agreement covering contract `contract`.
    pub fn agreements_covering(&self, contract: ContractId) -> Result<Vec<AgreementId>> {
        let mut stmt = self
            .conn
            .prepare("SELECT agreement_id FROM agreement_contract WHERE contract_id = ?1 ORDER BY agreement_id")
            .at(&self.path)?;
        let rows = stmt
            .query_map([contract.0], |r| Ok(AgreementId(r.get(0)?)))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}
