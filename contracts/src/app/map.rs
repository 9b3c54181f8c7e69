//! The ownership and integration map's portfolio, read from the catalog: everything the
//! pure [`crate::map`] draws.

use std::collections::HashMap;

use crate::app::error::Result;
use crate::model::{Date, Entity, GrantStatus, IntegrationId, PersonId, Role, SystemId};
use crate::store::Catalog;

use crate::map::{ContractView, LiveGrant, Portfolio};

/// Everything the map needs of `catalog`, as of the catalog's today.
pub fn portfolio(catalog: &Catalog) -> Result<Portfolio> {
    let today = catalog.today()?;
    let mut governs: HashMap<i64, Vec<IntegrationId>> = HashMap::new();
    for (contract, integration) in catalog.contract_integrations()? {
        governs.entry(contract.0).or_default().push(integration);
    }
    let mut information_owners: HashMap<i64, Vec<PersonId>> = HashMap::new();
    for role in catalog.roles(Entity::Contract, None)? {
        if role.role == Role::InformationOwner {
            information_owners
                .entry(role.item)
                .or_default()
                .push(role.person);
        }
    }
    let contracts = catalog
        .contract_facts()?
        .into_iter()
        .map(|facts| ContractView {
            integrations: governs.remove(&facts.id.0).unwrap_or_default(),
            information_owners: information_owners.remove(&facts.id.0).unwrap_or_default(),
            id: facts.id,
            title: facts.title,
            status: facts.status,
            valid_from: facts.valid_from,
            valid_to: facts.valid_to,
            information_sets: facts.information_sets,
        })
        .collect();
    let system_owners = catalog
        .roles(Entity::System, None)?
        .into_iter()
        .filter(|r| r.role == Role::SystemOwner)
        .map(|r| (SystemId(r.item), r.person))
        .collect();
    let departed_system_owners = catalog
        .ownerships_without_successor(&today)?
        .into_iter()
        .filter(|(a, _)| a.entity == Entity::System && a.role == Role::SystemOwner)
        .map(|(a, person)| (SystemId(a.item), person.id))
        .collect();
    // Grants in use: begun, and neither revoked nor past their last day.
    let today_date = catalog.today_date()?;
    let live_grants = crate::app::access::register(catalog, today_date)?
        .into_iter()
        .filter(|entry| {
            !matches!(
                entry.state.status,
                GrantStatus::Revoked | GrantStatus::Lapsed
            ) && Date::parse(&entry.grant.draft.granted_on).is_some_and(|d| d <= today_date)
        })
        .filter_map(|entry| {
            Some(LiveGrant {
                id: entry.grant.id,
                integration: entry.grant.draft.integration?,
                contract: entry.grant.draft.contract?,
                title: entry.title,
            })
        })
        .collect();
    Ok(Portfolio {
        units: catalog.units()?,
        people: catalog.people()?,
        systems: catalog.systems()?,
        system_owners,
        departed_system_owners,
        integrations: catalog.integrations()?,
        contracts,
        information_sets: catalog.information_sets()?,
        schemes: catalog.schemes()?,
        live_grants,
        today,
    })
}
