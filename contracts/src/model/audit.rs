//! The kinds of item in a catalog, the audit trail (who changed what, when, and how it
//! looked before and after) and search hits that point at items.

use serde::{Deserialize, Serialize};

/// The kinds of item the audit trail records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    /// An information contract.
    Contract,
    /// An organisation.
    Organisation,
    /// A classification scheme.
    ClassificationScheme,
    /// A person.
    Person,
    /// A system.
    System,
    /// An information set.
    InformationSet,
    /// An integration.
    Integration,
    /// A data processing agreement.
    Agreement,
    /// An integration request to the contact point.
    Request,
    /// An access grant (the access register).
    AccessGrant,
}

impl Entity {
    /// The stable name stored in the catalog; also the name of the kind's table.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Contract => "contract",
            Entity::Organisation => "organisation",
            Entity::ClassificationScheme => "classification_scheme",
            Entity::Person => "person",
            Entity::System => "system",
            Entity::InformationSet => "information_set",
            Entity::Integration => "integration",
            Entity::Agreement => "agreement",
            Entity::Request => "request",
            Entity::AccessGrant => "access_grant",
        }
    }

    /// The kind named by [`Entity::as_str`].
    pub fn parse(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// Every kind of item.
    pub const ALL: [Entity; 10] = [
        Entity::Contract,
        Entity::Organisation,
        Entity::ClassificationScheme,
        Entity::Person,
        Entity::System,
        Entity::InformationSet,
        Entity::Integration,
        Entity::Agreement,
        Entity::Request,
        Entity::AccessGrant,
    ];
}

/// One item found by a full-text search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct SearchHit {
    /// What kind of item it is.
    pub entity: Entity,
    /// Its catalog id.
    pub id: i64,
    /// Its title or name.
    pub title: String,
    /// Where the words matched, with each match in `[` `]`.
    pub snippet: String,
}

/// What happened to the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// It was created.
    Create,
    /// It was changed.
    Update,
    /// It was deleted.
    Delete,
}

impl AuditAction {
    /// The stable name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
        }
    }

    /// The action named by [`AuditAction::as_str`].
    pub fn parse(name: &str) -> Option<AuditAction> {
        [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
        ]
        .into_iter()
        .find(|a| a.as_str() == name)
    }
}

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct AuditEvent {
    /// When, as RFC 3339 UTC with milliseconds.
    pub at: String,
    /// Who: the OS user, or the name set in preferences.
    pub author: String,
    /// What happened.
    pub action: AuditAction,
    /// The item before the change (none for a creation).
    pub before: Option<serde_json::Value>,
    /// The item after the change (none for a deletion).
    pub after: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_action_round_trips_through_its_stored_name() {
        for entity in Entity::ALL {
            assert_eq!(Entity::parse(entity.as_str()), Some(entity));
            let json = serde_json::to_value(entity).unwrap();
            assert_eq!(json, entity.as_str(), "stored and wire names agree");
        }
        for action in [
            AuditAction::Create,
            AuditAction::Update,
            AuditAction::Delete,
        ] {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        }
    }
}
