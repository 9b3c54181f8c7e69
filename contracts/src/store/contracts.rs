//! The contract table and its fields.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::model::{
    Contract, ContractDraft, ContractId, ContractSummary, Entity, Field, FieldType,
};
use crate::validate::contract_issues;

use super::audit::{self, Change};
use super::{bad_value, search, systems, Catalog, SqliteContext};

const SELECT_CONTRACT: &str = "
    SELECT c.title, c.description, c.owner, p.name, k.name, c.version
    FROM contract c
    JOIN system p ON p.id = c.provider_system_id
    JOIN system k ON k.id = c.consumer_system_id
    WHERE c.id = ?1";

impl Catalog {
    /// Every contract's list line, ordered by title.
    pub fn list_contracts(&self) -> Result<Vec<ContractSummary>> {
        self.contracts_page(0, usize::MAX)
    }

    /// At most `limit` list lines from position `offset`, in the order of
    /// [`Catalog::list_contracts`].
    pub fn contracts_page(&self, offset: usize, limit: usize) -> Result<Vec<ContractSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, title, version, owner FROM contract
                 ORDER BY title COLLATE NOCASE, id LIMIT ?1 OFFSET ?2",
            )
            .at(&self.path)?;
        let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(params![clamp(limit), clamp(offset)], |r| {
                Ok(ContractSummary {
                    id: ContractId(r.get(0)?),
                    title: r.get(1)?,
                    version: r.get(2)?,
                    owner: r.get(3)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// How many contracts the catalog holds.
    pub fn count_contracts(&self) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM contract", [], |r| r.get(0))
            .at(&self.path)?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Validates and stores many new contracts in one transaction: all of them or, when one
    /// is invalid, none (the error names its position).
    pub fn import_contracts(&mut self, drafts: Vec<ContractDraft>) -> Result<Vec<ContractId>> {
        for (index, draft) in drafts.iter().enumerate() {
            let issues = contract_issues(draft);
            if !issues.is_empty() {
                return Err(Error::InvalidImport { index, issues });
            }
        }
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let mut ids = Vec::with_capacity(drafts.len());
            for draft in drafts.into_iter().map(normalised) {
                let id = write(tx, path, &author, None, None, &draft)?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    /// The stored contract `id`.
    pub fn contract(&self, id: ContractId) -> Result<Contract> {
        read(&self.conn, &self.path, id)
    }

    /// Validates and stores `draft`: a new contract when `id` is `None`, otherwise replaces
    /// contract `id`. Returns the stored contract.
    pub fn save_contract(
        &mut self,
        id: Option<ContractId>,
        draft: ContractDraft,
    ) -> Result<Contract> {
        let issues = contract_issues(&draft);
        if !issues.is_empty() {
            return Err(Error::Invalid { issues });
        }
        let draft = normalised(draft);
        let before = id.map(|id| self.contract(id)).transpose()?;
        let author = self.author.clone();
        let id = self.in_transaction(|tx, path| {
            write(
                tx,
                path,
                &author,
                id,
                before.as_ref().map(|c| &c.draft),
                &draft,
            )
        })?;
        self.contract(id)
    }
}

/// Reads contract `id` through `conn` (a connection or an open transaction).
pub(super) fn read(conn: &Connection, path: &Path, id: ContractId) -> Result<Contract> {
    let head = conn
        .query_row(SELECT_CONTRACT, [id.0], |r| {
            Ok(ContractDraft {
                title: r.get(0)?,
                description: r.get(1)?,
                owner: r.get(2)?,
                provider_system: r.get(3)?,
                consumer_system: r.get(4)?,
                version: r.get(5)?,
                fields: Vec::new(),
            })
        })
        .optional()
        .at(path)?;
    let mut draft = head.ok_or(Error::ContractNotFound(id))?;
    let mut stmt = conn
        .prepare(
            "SELECT name, type, required, description FROM contract_field
             WHERE contract_id = ?1 ORDER BY position",
        )
        .at(path)?;
    let fields = stmt
        .query_map([id.0], |r| {
            let type_name: String = r.get(1)?;
            let field_type = FieldType::parse(&type_name)
                .ok_or_else(|| bad_value(1, format!("unknown field type {type_name:?}")))?;
            Ok(Field {
                name: r.get(0)?,
                field_type,
                required: r.get(2)?,
                description: r.get(3)?,
            })
        })
        .at(path)?;
    draft.fields = fields.collect::<rusqlite::Result<_>>().at(path)?;
    Ok(Contract { id, draft })
}

/// Leading and trailing blanks in one-line inputs are never meaningful.
fn normalised(mut draft: ContractDraft) -> ContractDraft {
    for text in [
        &mut draft.title,
        &mut draft.owner,
        &mut draft.provider_system,
        &mut draft.consumer_system,
        &mut draft.version,
    ] {
        *text = text.trim().to_owned();
    }
    draft
}

/// Stores a validated, normalised contract with everything that goes with a change: the new
/// row (`id` `None`) or the replaced one, its search entry, and its audit record.
pub(super) fn write(
    tx: &Transaction<'_>,
    path: &Path,
    author: &str,
    id: Option<ContractId>,
    before: Option<&ContractDraft>,
    draft: &ContractDraft,
) -> Result<ContractId> {
    let id = match id {
        None => insert(tx, path, draft)?,
        Some(id) => update(tx, path, id, draft).map(|()| id)?,
    };
    search::index(
        tx,
        path,
        Entity::Contract,
        id.0,
        &draft.title,
        &search::contract_body(draft),
    )?;
    let change = Change {
        entity: Entity::Contract,
        id: id.0,
        before,
        after: Some(draft),
    };
    audit::record(tx, path, author, change)?;
    Ok(id)
}

/// Inserts a new contract row and its fields; the caller has validated it.
pub(super) fn insert(
    tx: &Transaction<'_>,
    path: &Path,
    draft: &ContractDraft,
) -> Result<ContractId> {
    let provider = systems::id_for_name(tx, path, &draft.provider_system)?;
    let consumer = systems::id_for_name(tx, path, &draft.consumer_system)?;
    tx.execute(
        "INSERT INTO contract (title, description, owner, provider_system_id, consumer_system_id, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![draft.title, draft.description, draft.owner, provider, consumer, draft.version],
    )
    .at(path)?;
    let id = ContractId(tx.last_insert_rowid());
    insert_fields(tx, path, id, &draft.fields)?;
    Ok(id)
}

fn update(tx: &Transaction<'_>, path: &Path, id: ContractId, draft: &ContractDraft) -> Result<()> {
    let provider = systems::id_for_name(tx, path, &draft.provider_system)?;
    let consumer = systems::id_for_name(tx, path, &draft.consumer_system)?;
    let changed = tx
        .execute(
            "UPDATE contract SET title = ?2, description = ?3, owner = ?4, provider_system_id = ?5,
                 consumer_system_id = ?6, version = ?7,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             WHERE id = ?1",
            params![
                id.0,
                draft.title,
                draft.description,
                draft.owner,
                provider,
                consumer,
                draft.version
            ],
        )
        .at(path)?;
    if changed == 0 {
        return Err(Error::ContractNotFound(id));
    }
    tx.execute("DELETE FROM contract_field WHERE contract_id = ?1", [id.0])
        .at(path)?;
    insert_fields(tx, path, id, &draft.fields)
}

fn insert_fields(
    tx: &Transaction<'_>,
    path: &Path,
    id: ContractId,
    fields: &[Field],
) -> Result<()> {
    let mut stmt = tx
        .prepare(
            "INSERT INTO contract_field (contract_id, position, name, type, required, description)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .at(path)?;
    for (position, field) in fields.iter().enumerate() {
        stmt.execute(params![
            id.0,
            position as i64,
            field.name,
            field.field_type.as_str(),
            field.required,
            field.description
        ])
        .at(path)?;
    }
    Ok(())
}
