//! What the exports need of the catalog beyond the item itself, read into the plain values
//! the formats take.

use crate::app::error::Result;
use crate::formats;
use crate::formats::openapi::integration::{Governing, IntegrationContext};
use crate::formats::pdf::DpaContext;
use crate::model::{
    Agreement, AuditAction, Contract, ContractId, ContractStatus, Entity, Integration,
    IntegrationId, OrganisationId, Role, SystemId,
};
use crate::store::Catalog;

/// What the agreement document needs of the catalog: both organisations, the covered
/// contracts and the personal data their information sets carry.
pub fn dpa_context(catalog: &Catalog, agreement: &Agreement) -> Result<DpaContext> {
    let organisation =
        |id: Option<OrganisationId>| id.map(|id| catalog.organisation(id)).transpose();
    let mut context = DpaContext {
        controller: organisation(agreement.draft.controller)?,
        processor: organisation(agreement.draft.processor)?,
        ..DpaContext::default()
    };
    for id in &agreement.draft.contracts {
        let contract = catalog.contract(*id)?;
        for set in &contract.draft.information_sets {
            let flags = catalog.information_set(*set)?.draft.personal_data();
            context.personal_data = context.personal_data.union(flags);
        }
        context
            .contracts
            .push((contract.draft.title, contract.draft.version));
    }
    Ok(context)
}

/// What an integration's OpenAPI stub needs of the catalog: the integration with its systems'
/// names, its owner (the recorded one, else whoever holds the integration owner role), its
/// provider's endpoints, and every contract governing it (by id) with the information sets
/// that contract governs.
pub fn integration_context(catalog: &Catalog, id: IntegrationId) -> Result<IntegrationContext> {
    let integration = catalog.integration(id)?;
    let owner = match integration.draft.owner {
        Some(person) => Some(person),
        None => catalog
            .roles(Entity::Integration, Some(id.0))?
            .into_iter()
            .find(|assignment| assignment.role == Role::IntegrationOwner)
            .map(|assignment| assignment.person),
    };
    let owner = owner.map(|person| catalog.person(person)).transpose()?;
    let provider_endpoints = match integration.draft.provider {
        Some(system) => catalog.system(system)?.draft.endpoints,
        None => Vec::new(),
    };
    let contracts = catalog
        .contracts_governing(id)?
        .into_iter()
        .map(|contract| {
            let contract = catalog.contract(contract)?;
            let sets = contract
                .draft
                .information_sets
                .iter()
                .map(|set| catalog.information_set(*set))
                .collect::<crate::store::Result<Vec<_>>>()?;
            Ok(Governing { contract, sets })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(IntegrationContext {
        facts: integration_facts(catalog, integration)?,
        owner,
        provider_endpoints,
        contracts,
        schemes: catalog.schemes()?,
    })
}

/// What the exports need of the catalog beyond the contract: the information sets it
/// governs, the classification schemes, who holds which role on it, and its provider's
/// endpoints.
pub fn export_context(catalog: &Catalog, contract: &Contract) -> Result<formats::Context> {
    let sets = contract
        .draft
        .information_sets
        .iter()
        .map(|id| catalog.information_set(*id))
        .collect::<crate::store::Result<Vec<_>>>()?;
    let team = catalog
        .roles(Entity::Contract, Some(contract.id.0))?
        .into_iter()
        .map(|assignment| Ok((assignment.role, catalog.person(assignment.person)?)))
        .collect::<Result<Vec<_>>>()?;
    let provider_endpoints = match catalog.system_id(&contract.draft.provider_system)? {
        Some(id) => catalog.system(crate::model::SystemId(id))?.draft.endpoints,
        None => Vec::new(),
    };
    let integrations = contract
        .draft
        .integrations
        .iter()
        .map(|id| integration_facts(catalog, catalog.integration(*id)?))
        .collect::<Result<Vec<_>>>()?;
    let set_owners = sets
        .iter()
        .filter_map(|set| set.draft.owner)
        .map(|id| catalog.person(id))
        .collect::<crate::store::Result<Vec<_>>>()?;
    let agreements = catalog
        .agreements_covering(contract.id)?
        .into_iter()
        .map(|id| Ok(catalog.agreement(id)?.draft.title))
        .collect::<Result<Vec<_>>>()?;
    let parties = [
        &contract.draft.provider_system,
        &contract.draft.consumer_system,
    ]
    .into_iter()
    .map(|system| party(catalog, system))
    .collect::<Result<Vec<_>>>()?;
    Ok(formats::Context {
        sets,
        schemes: catalog.schemes()?,
        team,
        provider_endpoints,
        patterns: integrations
            .iter()
            .map(|facts| facts.integration.draft.pattern)
            .collect(),
        integration_names: integrations
            .iter()
            .map(|facts| facts.integration.draft.name.clone())
            .collect(),
        agreements,
        set_owners,
        catalog_id: catalog.catalog_id()?,
        odcs: catalog.odcs_record(contract.id)?.map(kept),
        api_profile: match contract.draft.api_profile {
            Some(profile) => profile,
            None => catalog.default_api_profile()?,
        },
        odcs_version: catalog.odcs_version()?,
        integrations,
        parties,
        status_history: status_history(catalog, contract.id)?,
        changelog: crate::app::history::changelog(
            catalog,
            crate::wire::versions::Versioned::Contract(contract.id),
        )?
        .entries,
    })
}

/// What the export needs of a contract's ODCS record: its id, and the file and Datapakt's
/// document of it at import (stored together as `{"original": …, "base": …}`).
fn kept(record: crate::store::OdcsRecord) -> formats::odcs::Kept {
    let part = |key: &str| record.source.as_ref().and_then(|s| s.get(key)).cloned();
    formats::odcs::Kept {
        original: part("original"),
        base: part("base"),
        id: record.id,
    }
}

/// `integration` with its systems' names.
fn integration_facts(
    catalog: &Catalog,
    integration: Integration,
) -> Result<formats::IntegrationFacts> {
    let provider = integration
        .draft
        .provider
        .map(|id| catalog.system_name(id.0))
        .transpose()?;
    let consumers = integration
        .draft
        .consumers
        .iter()
        .map(|id| catalog.system_name(id.0))
        .collect::<crate::store::Result<Vec<_>>>()?;
    Ok(formats::IntegrationFacts {
        integration,
        provider,
        consumers,
    })
}

/// The system named `system` and the unit and organisation that own it, as far as recorded.
fn party(catalog: &Catalog, system: &str) -> Result<formats::Party> {
    let mut party = formats::Party {
        system: system.to_owned(),
        organisation: None,
        unit: None,
    };
    let Some(id) = catalog.system_id(system)? else {
        return Ok(party);
    };
    let owning_unit = catalog.system(SystemId(id))?.draft.owning_unit;
    if let Some(unit) = owning_unit
        .map(|unit| catalog.unit(unit))
        .transpose()?
        .flatten()
    {
        party.organisation = Some(catalog.organisation(unit.organisation)?);
        party.unit = Some(unit.name);
    }
    Ok(party)
}

/// Every change of contract `id`'s status in the audit trail, oldest first: its creation (as
/// a draft) and each workflow step, which the store records as `status` before and after.
fn status_history(catalog: &Catalog, id: ContractId) -> Result<Vec<formats::StatusChange>> {
    let status_of = |value: &Option<serde_json::Value>| {
        value
            .as_ref()
            .and_then(|v| v.get("status"))
            .and_then(serde_json::Value::as_str)
            .and_then(ContractStatus::parse)
    };
    Ok(catalog
        .history(Entity::Contract, id.0)?
        .into_iter()
        .filter_map(|event| {
            let (from, to) = match event.action {
                AuditAction::Create => (None, status_of(&event.after).unwrap_or_default()),
                _ => (Some(status_of(&event.before)?), status_of(&event.after)?),
            };
            (from != Some(to)).then_some(formats::StatusChange {
                at: event.at,
                author: event.author,
                from,
                to,
            })
        })
        .collect())
}
