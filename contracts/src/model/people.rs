//! People, the units they work in, and the roles they hold on items of the catalog.

use serde::{Deserialize, Serialize};

use super::{Entity, OrganisationId};

/// The catalog's identifier of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct UnitId(pub i64);

/// The catalog's identifier of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct PersonId(pub i64);

/// A unit of an organisation (a department, a section, a school).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Unit {
    /// The catalog's identifier.
    pub id: UnitId,
    /// The organisation it belongs to.
    pub organisation: OrganisationId,
    /// Its name, unique within the organisation.
    pub name: String,
}

/// A person as the user edits them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct PersonDraft {
    /// Full name.
    pub name: String,
    /// Work e-mail address.
    pub email: String,
    /// The unit they work in, if recorded.
    pub unit: Option<UnitId>,
    /// The day they left (`YYYY-MM-DD`); their ownerships then need a successor.
    pub left_on: Option<String>,
}

impl PersonDraft {
    /// Whether they have left by `today` (`YYYY-MM-DD`): their departure day is today or
    /// earlier.
    pub fn has_left_by(&self, today: &str) -> bool {
        self.left_on.as_deref().is_some_and(|day| day <= today)
    }
}

/// A person stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Person {
    /// The catalog's identifier.
    pub id: PersonId,
    /// The person's content.
    #[serde(flatten)]
    pub draft: PersonDraft,
}

/// A responsibility a person holds on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Dataeier / informationsägare: decides who may receive the information.
    InformationOwner,
    /// Owns a system.
    SystemOwner,
    /// Owns an integration and keeps its contract current.
    IntegrationOwner,
    /// Kontaktpunkt: the single place for integration questions.
    ContactPoint,
    /// Answers technical questions.
    TechnicalContact,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 5] = [
        Role::InformationOwner,
        Role::SystemOwner,
        Role::IntegrationOwner,
        Role::ContactPoint,
        Role::TechnicalContact,
    ];

    /// The stable name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::InformationOwner => "information_owner",
            Role::SystemOwner => "system_owner",
            Role::IntegrationOwner => "integration_owner",
            Role::ContactPoint => "contact_point",
            Role::TechnicalContact => "technical_contact",
        }
    }

    /// The role named by [`Role::as_str`].
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Whether the role is an ownership, which must never be left without a holder.
    pub fn is_ownership(self) -> bool {
        matches!(
            self,
            Role::InformationOwner | Role::SystemOwner | Role::IntegrationOwner
        )
    }
}

/// A person holding a role on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct RoleAssignment {
    /// The role.
    pub role: Role,
    /// Who holds it.
    pub person: PersonId,
    /// The kind of item.
    pub entity: Entity,
    /// The item's id.
    pub item: i64,
}

impl super::Kind for PersonDraft {
    const ENTITY: Entity = Entity::Person;
    type Stored = Person;

    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.name);
        super::kind::trim(&mut self.email);
        self
    }

    /// The name, and the e-mail address.
    fn search_text(&self) -> Option<(String, String)> {
        Some((self.name.clone(), self.email.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::PersonDraft;

    #[test]
    fn a_person_has_left_from_their_departure_day_on() {
        let person = PersonDraft {
            left_on: Some("2025-06-30".into()),
            ..PersonDraft::default()
        };
        assert!(!person.has_left_by("2025-06-29"));
        assert!(person.has_left_by("2025-06-30"));
        assert!(!PersonDraft::default().has_left_by("2099-01-01"));
    }
}
