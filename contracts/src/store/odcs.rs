//! What the catalog keeps for the Open Data Contract Standard: the catalog's own identity
//! (so its exports name their contracts unambiguously), and for a contract imported from an
//! ODCS document the id it has there and the document itself (the export writes back what
//! Datapakt does not model).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::model::{ContractId, ContractState, Entity};
use crate::store::{Error, Result};

use super::audit::{self, Change};
use super::{bad_value, Catalog, SqliteContext};

/// A contract's ODCS identity and the document it was last imported from.
#[derive(Debug, Clone, PartialEq)]
pub struct OdcsRecord {
    /// The document's `id`.
    pub id: String,
    /// What the import kept of the document (opaque to the store), if anything.
    pub source: Option<serde_json::Value>,
}

/// What the audit trail records when an import sets a contract's workflow state.
#[derive(Serialize)]
struct StateRecord<'a> {
    title: &'a str,
    #[serde(flatten)]
    state: &'a ContractState,
}

impl Catalog {
    /// The catalog's identity: random, made once when the catalog was created (or upgraded to
    /// schema 11), kept by copies of the file.
    pub fn catalog_id(&self) -> Result<String> {
        self.conn
            .query_row("SELECT value FROM catalog_meta WHERE key = 'id'", [], |r| {
                r.get(0)
            })
            .at(&self.path)
    }

    /// The contract imported under ODCS id `odcs_id`, if there is one.
    pub fn contract_by_odcs_id(&self, odcs_id: &str) -> Result<Option<ContractId>> {
        self.conn
            .query_row(
                "SELECT id FROM contract WHERE odcs_id = ?1",
                [odcs_id],
                |r| r.get(0).map(ContractId),
            )
            .optional()
            .at(&self.path)
    }

    /// Contract `id`'s ODCS identity and kept document; `None` when it was never imported.
    pub fn odcs_record(&self, id: ContractId) -> Result<Option<OdcsRecord>> {
        let row = self
            .conn
            .query_row(
                "SELECT odcs_id, odcs_source FROM contract WHERE id = ?1",
                [id.0],
                |r| {
                    let odcs_id: Option<String> = r.get(0)?;
                    let source: Option<String> = r.get(1)?;
                    let source = source
                        .map(|text| serde_json::from_str(&text))
                        .transpose()
                        .map_err(|e| bad_value(1, format!("odcs_source: {e}")))?;
                    Ok(odcs_id.map(|id| OdcsRecord { id, source }))
                },
            )
            .optional()
            .at(&self.path)?;
        row.ok_or(Error::ContractNotFound(id))
    }

    /// Records that contract `id` is the ODCS document `record.id`, keeping `record.source`.
    pub fn set_odcs_record(&mut self, id: ContractId, record: &OdcsRecord) -> Result<()> {
        let source = record.source.as_ref().map(|value| value.to_string());
        let changed = self.in_transaction(|tx, path| {
            tx.execute(
                "UPDATE contract SET odcs_id = ?2, odcs_source = ?3 WHERE id = ?1",
                params![id.0, record.id, source],
            )
            .at(path)
        })?;
        if changed == 0 {
            return Err(Error::ContractNotFound(id));
        }
        Ok(())
    }

    /// Sets contract `id`'s status and approval as a document records them. An import
    /// restores a contract as it was, so this does not walk the workflow's steps (nor record
    /// the importer as approver); the change is audited like any other.
    pub fn restore_contract_state(&mut self, id: ContractId, state: &ContractState) -> Result<()> {
        let stored = self.contract(id)?;
        if stored.state == *state {
            return Ok(());
        }
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            tx.execute(
                "UPDATE contract SET status = ?2, approved_by = ?3, approved_at = ?4 WHERE id = ?1",
                params![
                    id.0,
                    state.status.as_str(),
                    state.approved_by,
                    state.approved_at
                ],
            )
            .at(path)?;
            let title = stored.draft.title.as_str();
            let before = StateRecord {
                title,
                state: &stored.state,
            };
            if state.status == crate::model::ContractStatus::Approved {
                super::versions::record_release(tx, path, &author, id)?;
            }
            let after = StateRecord { title, state };
            let change = Change {
                entity: Entity::Contract,
                id: id.0,
                before: Some(&before),
                after: Some(&after),
            };
            audit::record(tx, path, &author, change)
        })
    }
}
