//! What the map is drawn from: the catalog's systems, units, people, integrations, contracts,
//! information sets and schemes, as plain values (read by `source.rs`, or made by tests).

use crate::model::{
    ClassificationScheme, ContractId, ContractStatus, GrantId, InformationSet, InformationSetId,
    Integration, IntegrationId, Person, PersonId, System, SystemId, Unit,
};

/// An access grant in use today (granted, begun, not past its last day nor revoked), as the
/// map needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveGrant {
    /// The grant.
    pub id: GrantId,
    /// Its title ("integration → consumer").
    pub title: String,
    /// The integration it opens.
    pub integration: IntegrationId,
    /// The contract it was granted under.
    pub contract: ContractId,
}

/// A contract as the map needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractView {
    /// The contract.
    pub id: ContractId,
    /// Its title.
    pub title: String,
    /// Its place in the workflow.
    pub status: ContractStatus,
    /// First day it applies, if set.
    pub valid_from: Option<String>,
    /// Last day it applies, if set.
    pub valid_to: Option<String>,
    /// The information sets it governs.
    pub information_sets: Vec<InformationSetId>,
    /// The integrations it governs.
    pub integrations: Vec<IntegrationId>,
    /// Who holds the information owner role on it.
    pub information_owners: Vec<PersonId>,
}

/// The whole portfolio, as of one day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Portfolio {
    /// Today, `YYYY-MM-DD` (departures and validity are judged on it).
    pub today: String,
    /// Every unit.
    pub units: Vec<Unit>,
    /// Every person.
    pub people: Vec<Person>,
    /// Every system.
    pub systems: Vec<System>,
    /// Who holds the system owner role on which system.
    pub system_owners: Vec<(SystemId, PersonId)>,
    /// System ownerships whose holder has left with nobody taking over (the catalog's
    /// `ownerships_without_successor`).
    pub departed_system_owners: Vec<(SystemId, PersonId)>,
    /// Every integration.
    pub integrations: Vec<Integration>,
    /// Every contract.
    pub contracts: Vec<ContractView>,
    /// Every information set.
    pub information_sets: Vec<InformationSet>,
    /// Every classification scheme.
    pub schemes: Vec<ClassificationScheme>,
    /// The access grants in use today.
    pub live_grants: Vec<LiveGrant>,
}
