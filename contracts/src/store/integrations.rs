//! Integrations and their consumer systems.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;

use crate::model::{
    ContractId, Entity, InformationSetId, Integration, IntegrationDraft, IntegrationId, PersonId,
    SystemId,
};
use crate::store::{Error, Result};

use super::table::Table;
use super::{bad_value, serde_name, Catalog, SqliteContext};

/// The enum value stored as `name` in column `column`.
fn from_name<T: DeserializeOwned>(column: usize, name: String) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(name.clone()))
        .map_err(|_| bad_value(column, format!("unknown value {name:?}")))
}

const SELECT: &str = "SELECT id, name, description, provider_id, owner_id, pattern, technology,
    mode, frequency, volume_per_day, message_size_kb, guaranteed_delivery,
    reusable_via_platform, existing_interface_could_serve, justification, safeguards,
    technology_justification, intark_confirmed FROM integration";

fn row_to_integration(r: &rusqlite::Row<'_>) -> rusqlite::Result<Integration> {
    Ok(Integration {
        id: IntegrationId(r.get(0)?),
        draft: IntegrationDraft {
            name: r.get(1)?,
            description: r.get(2)?,
            provider: Some(SystemId(r.get(3)?)),
            consumers: Vec::new(),
            owner: r.get::<_, Option<i64>>(4)?.map(PersonId),
            pattern: from_name(5, r.get(5)?)?,
            technology: from_name(6, r.get(6)?)?,
            mode: from_name(7, r.get(7)?)?,
            frequency: from_name(8, r.get(8)?)?,
            volume_per_day: r.get::<_, Option<i64>>(9)?.map(|v| v.max(0) as u64),
            message_size_kb: r.get::<_, Option<i64>>(10)?.map(|v| v.max(0) as u64),
            guaranteed_delivery: r.get(11)?,
            reusable_via_platform: r.get(12)?,
            existing_interface_could_serve: r.get(13)?,
            justification: r.get(14)?,
            safeguards: serde_json::from_str(&r.get::<_, String>(15)?)
                .map_err(|e| bad_value(15, format!("not a list of safeguards: {e}")))?,
            technology_justification: r.get(16)?,
            intark_confirmed: serde_json::from_str(&r.get::<_, String>(17)?)
                .map_err(|e| bad_value(17, format!("not a list of checklist items: {e}")))?,
            information_sets: Vec::new(),
        },
    })
}

/// Integration `id`'s consumers and the information sets it carries, in their order.
fn links(
    conn: &rusqlite::Connection,
    path: &Path,
    draft: &mut IntegrationDraft,
    id: IntegrationId,
) -> Result<()> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT system_id FROM integration_consumer WHERE integration_id = ?1 ORDER BY position",
        )
        .at(path)?;
    let rows = stmt
        .query_map([id.0], |r| Ok(SystemId(r.get(0)?)))
        .at(path)?;
    draft.consumers = rows.collect::<rusqlite::Result<_>>().at(path)?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT information_set_id FROM integration_information_set WHERE integration_id = ?1
             ORDER BY position",
        )
        .at(path)?;
    let rows = stmt
        .query_map([id.0], |r| Ok(InformationSetId(r.get(0)?)))
        .at(path)?;
    draft.information_sets = rows.collect::<rusqlite::Result<_>>().at(path)?;
    Ok(())
}

impl Table for IntegrationDraft {
    fn read(conn: &Connection, path: &Path, id: IntegrationId) -> Result<Integration> {
        let mut integration = conn
            .query_row(
                &format!("{SELECT} WHERE id = ?1"),
                [id.0],
                row_to_integration,
            )
            .optional()
            .at(path)?
            .ok_or(Error::ItemNotFound {
                entity: Entity::Integration,
                id: id.0,
            })?;
        links(conn, path, &mut integration.draft, id)?;
        Ok(integration)
    }

    fn write(
        tx: &Connection,
        path: &Path,
        _author: &str,
        id: Option<IntegrationId>,
        draft: &IntegrationDraft,
    ) -> Result<IntegrationId> {
        write_row(tx, path, id, draft)
    }
}

/// Writes the integration's row and its links.
fn write_row(
    tx: &Connection,
    path: &Path,
    id: Option<IntegrationId>,
    d: &IntegrationDraft,
) -> Result<IntegrationId> {
    let provider = d.provider.map(|p| p.0);
    let clamp = |v: Option<u64>| v.map(|v| i64::try_from(v).unwrap_or(i64::MAX));
    let values = params![
        d.name,
        d.description,
        provider,
        d.owner.map(|p| p.0),
        serde_name(&d.pattern),
        serde_name(&d.technology),
        serde_name(&d.mode),
        serde_name(&d.frequency),
        clamp(d.volume_per_day),
        clamp(d.message_size_kb),
        d.guaranteed_delivery,
        d.reusable_via_platform,
        d.existing_interface_could_serve,
        d.justification,
        id.map(|i| i.0),
        serde_json::to_string(&d.safeguards).expect("safeguards always serialise"),
        d.technology_justification,
        serde_json::to_string(&d.intark_confirmed).expect("checklist items always serialise"),
    ];
    let id = match id {
        None => {
            tx.execute(
                "INSERT INTO integration (name, description, provider_id, owner_id, pattern,
                     technology, mode, frequency, volume_per_day, message_size_kb,
                     guaranteed_delivery, reusable_via_platform, existing_interface_could_serve,
                     justification, id, safeguards, technology_justification, intark_confirmed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18)",
                values,
            )
            .at(path)?;
            IntegrationId(tx.last_insert_rowid())
        }
        Some(id) => {
            tx.execute(
                "UPDATE integration SET name = ?1, description = ?2, provider_id = ?3, owner_id = ?4,
                     pattern = ?5, technology = ?6, mode = ?7, frequency = ?8, volume_per_day = ?9,
                     message_size_kb = ?10, guaranteed_delivery = ?11, reusable_via_platform = ?12,
                     existing_interface_could_serve = ?13, justification = ?14, safeguards = ?16,
                     technology_justification = ?17, intark_confirmed = ?18
                 WHERE id = ?15",
                values,
            )
            .at(path)?;
            tx.execute(
                "DELETE FROM integration_consumer WHERE integration_id = ?1",
                [id.0],
            )
            .at(path)?;
            tx.execute(
                "DELETE FROM integration_information_set WHERE integration_id = ?1",
                [id.0],
            )
            .at(path)?;
            id
        }
    };
    for (position, consumer) in d.consumers.iter().enumerate() {
        tx.execute(
            "INSERT INTO integration_consumer (integration_id, position, system_id) VALUES (?1, ?2, ?3)",
            params![id.0, position as i64, consumer.0],
        )
        .at(path)?;
    }
    for (position, set) in d.information_sets.iter().enumerate() {
        tx.execute(
            "INSERT INTO integration_information_set (integration_id, position, information_set_id)
             VALUES (?1, ?2, ?3)",
            params![id.0, position as i64, set.0],
        )
        .at(path)?;
    }
    Ok(id)
}

impl Catalog {
    /// The stored integration `id`.
    pub fn integration(&self, id: IntegrationId) -> Result<Integration> {
        self.get::<IntegrationDraft>(id)
    }

    /// Every integration, by name.
    pub fn integrations(&self) -> Result<Vec<Integration>> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))
            .at(&self.path)?;
        let mut all: Vec<Integration> = stmt
            .query_map([], row_to_integration)
            .at(&self.path)?
            .collect::<rusqlite::Result<_>>()
            .at(&self.path)?;
        for integration in &mut all {
            links(
                &self.conn,
                &self.path,
                &mut integration.draft,
                integration.id,
            )?;
        }
        Ok(all)
    }

    /// The contracts governing integration `id` (those listing it among their integrations),
    /// by id; none when no contract does or there is no such integration.
    pub fn contracts_governing(&self, id: IntegrationId) -> Result<Vec<ContractId>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT contract_id FROM contract_integration WHERE integration_id = ?1
                 ORDER BY contract_id",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map([id.0], |r| Ok(ContractId(r.get(0)?)))
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }

    /// Every (contract, integration) link: which contracts govern which integrations.
    pub fn contract_integrations(&self) -> Result<Vec<(ContractId, IntegrationId)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT contract_id, integration_id FROM contract_integration ORDER BY 2, 1")
            .at(&self.path)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((ContractId(r.get(0)?), IntegrationId(r.get(1)?)))
            })
            .at(&self.path)?;
        rows.collect::<rusqlite::Result<_>>().at(&self.path)
    }
}
