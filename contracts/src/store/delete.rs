//! Deleting items: the row, what hangs on it (roles, the search entry), and an audit record
//! holding the item as it was. An item something else still refers to is refused.

use crate::error::{Error, Result};
use crate::model::{
    AgreementId, ContractId, Entity, GrantId, InformationSetId, IntegrationId, OrganisationId,
    PersonId, RequestId, SystemId,
};

use super::audit::{self, Change};
use super::{search, Catalog, SqliteContext};

impl Catalog {
    /// Deletes item `id` of kind `entity`. Classification schemes are not deleted this way
    /// (they are edited).
    pub fn delete(&mut self, entity: Entity, id: i64) -> Result<()> {
        let before = match entity {
            Entity::Contract => to_json(&self.contract(ContractId(id))?.draft),
            Entity::Organisation => to_json(&self.organisation(OrganisationId(id))?.draft),
            Entity::Person => to_json(&self.person(PersonId(id))?.draft),
            Entity::InformationSet => to_json(&self.information_set(InformationSetId(id))?.draft),
            Entity::Integration => to_json(&self.integration(IntegrationId(id))?.draft),
            Entity::Agreement => to_json(&self.agreement(AgreementId(id))?.draft),
            Entity::System => to_json(&self.system(SystemId(id))?.draft),
            Entity::Request => to_json(&self.request(RequestId(id))?.draft),
            Entity::AccessGrant => super::access::record_of(self, GrantId(id))?,
            Entity::ClassificationScheme => return Err(Error::NotDeletable { entity }),
        };
        // Each kind's table is named like the kind.
        let table = entity.as_str();
        let author = self.author.clone();
        self.in_transaction(|tx, path| {
            let deleted = tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id]);
            if let Err(error) = &deleted {
                if error.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) {
                    return Err(Error::InUse { entity, id });
                }
            }
            deleted.at(path)?;
            tx.execute(
                "DELETE FROM role_assignment WHERE entity = ?1 AND item_id = ?2",
                rusqlite::params![entity.as_str(), id],
            )
            .at(path)?;
            search::remove(tx, path, entity, id)?;
            let change = Change {
                entity,
                id,
                before: Some(&before),
                after: None,
            };
            audit::record(tx, path, &author, change)
        })
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("model types always serialise")
}
