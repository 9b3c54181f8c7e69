//! Information contracts: what is exchanged between a provider and a consumer system.

use serde::{Deserialize, Serialize};

use super::Field;

/// The catalog's identifier of a stored contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContractId(pub i64);

impl std::fmt::Display for ContractId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A contract as the user edits it: everything but the catalog's identifier.
///
/// Provider and consumer are system names; the store links them to its system register and
/// creates a system the first time a name is used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractDraft {
    /// Short human title, e.g. "Elevregister til skoleadministrasjon".
    pub title: String,
    /// What the contract governs and why, in prose.
    pub description: String,
    /// The information owner (dataeier / informationsägare) responsible for the contract.
    pub owner: String,
    /// The system that provides the information.
    pub provider_system: String,
    /// The system that consumes it.
    pub consumer_system: String,
    /// Semantic version of the contract, `MAJOR.MINOR.PATCH`.
    pub version: String,
    /// The fields exchanged, in display order.
    pub fields: Vec<Field>,
}

/// A contract stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contract {
    /// The catalog's identifier.
    pub id: ContractId,
    /// The contract's content.
    #[serde(flatten)]
    pub draft: ContractDraft,
}

/// One line of the contract list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractSummary {
    /// The catalog's identifier.
    pub id: ContractId,
    /// The contract's title.
    pub title: String,
    /// The contract's version.
    pub version: String,
    /// The information owner.
    pub owner: String,
}

impl Contract {
    /// The list line of this contract.
    pub fn summary(&self) -> ContractSummary {
        ContractSummary {
            id: self.id,
            title: self.draft.title.clone(),
            version: self.draft.version.clone(),
            owner: self.draft.owner.clone(),
        }
    }
}
