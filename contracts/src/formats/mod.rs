//! The file formats, one module per format, both directions where Datapakt reads it too. A
//! writer takes the model and a [`Context`] (plain values the use cases read from the
//! catalog) and returns bytes; a reader takes bytes and returns a plan of what to store
//! (`odcs::read`, `openapi::read`, `jsonschema`, `sql`, `xsd`). Which format a request makes is decided once, in
//! [`crate::app::export::render`]; the use cases apply what a reader plans.
//!
//! *Invariant: no IO and no catalog here — formats never name the store.*

pub mod dcat;
pub mod jsonschema;
pub mod odcs;
pub mod openapi;
pub mod pdf;
pub mod repo;
pub mod sql;
pub mod table;
pub mod xsd;
pub mod yaml;

use crate::model::{
    ClassificationScheme, ContractStatus, InformationSet, Integration, Organisation, Person, Role,
};

/// What the exports need from the rest of the catalog besides the contract itself.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The information sets the contract governs.
    pub sets: Vec<InformationSet>,
    /// The classification schemes (level names).
    pub schemes: Vec<ClassificationScheme>,
    /// Who holds which role on the contract.
    pub team: Vec<(Role, Person)>,
    /// The provider system's endpoints (base URLs), production first.
    pub provider_endpoints: Vec<String>,
    /// The patterns of the integrations the contract governs.
    pub patterns: Vec<crate::model::Pattern>,
    /// The names of the integrations the contract governs (ODCS names them).
    pub integration_names: Vec<String>,
    /// The titles of the data processing agreements covering the contract (ODCS names them).
    pub agreements: Vec<String>,
    /// The owners of the governed information sets (ODCS names them).
    pub set_owners: Vec<Person>,
    /// The catalog's identity (ODCS: part of the id of a contract made in Datapakt).
    pub catalog_id: String,
    /// ODCS: the id and kept document of a contract imported from ODCS.
    pub odcs: Option<odcs::Kept>,
    /// The API profile the contract follows: its own, else the catalog's default.
    pub api_profile: crate::model::ApiProfile,
    /// The ODCS version the contract is exported in.
    pub odcs_version: crate::model::OdcsVersion,
    /// The integrations the contract governs, with their systems' names.
    pub integrations: Vec<IntegrationFacts>,
    /// The providing party, then the consuming one.
    pub parties: Vec<Party>,
    /// Every change of the contract's status, oldest first.
    pub status_history: Vec<StatusChange>,
    /// Its versions, newest first (the contract PDF's changelog).
    pub changelog: Vec<crate::wire::versions::ChangelogEntry>,
}

/// An integration with the names of the systems it connects.
#[derive(Debug, Clone)]
pub struct IntegrationFacts {
    /// The integration.
    pub integration: Integration,
    /// The providing system's name.
    pub provider: Option<String>,
    /// The consuming systems' names.
    pub consumers: Vec<String>,
}

/// One side of a contract: a system and the organisation (and unit) that owns it.
#[derive(Debug, Clone)]
pub struct Party {
    /// The system's name.
    pub system: String,
    /// The organisation owning the system, when recorded.
    pub organisation: Option<Organisation>,
    /// The owning unit's name, when recorded.
    pub unit: Option<String>,
}

/// A change of a contract's status, from the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// When, RFC 3339 UTC.
    pub at: String,
    /// Who made it.
    pub author: String,
    /// The status before (none when the contract was created).
    pub from: Option<ContractStatus>,
    /// The status after.
    pub to: ContractStatus,
}

impl Context {
    /// The highest classification level (its ordinal) among the governed sets' fields.
    pub fn highest_level(&self) -> Option<u8> {
        self.sets
            .iter()
            .filter_map(|set| set.draft.effective_classification())
            .max()
    }

    /// The name (in English) of the highest classification level among the governed sets'
    /// fields, if any is classified.
    pub fn classification(&self) -> Option<String> {
        self.sets
            .iter()
            .filter_map(|set| {
                let level = set.draft.effective_classification()?;
                let scheme = set.draft.scheme.as_deref()?;
                let scheme = self.schemes.iter().find(|s| s.key == scheme)?;
                let name = scheme.levels.iter().find(|l| l.ordinal == level)?;
                Some((level, name.name.get(crate::model::Lang::En).to_owned()))
            })
            .max()
            .map(|(_, name)| name)
    }

    /// The contact point, if someone holds that role.
    pub fn contact_point(&self) -> Option<&Person> {
        self.team
            .iter()
            .find(|(role, _)| *role == Role::ContactPoint)
            .map(|(_, person)| person)
    }
}
