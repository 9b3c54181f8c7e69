//! The "is my service IntArk-compatible" checklist, per integration: what the catalog can
//! decide is derived (recommended pattern, an OpenAPI description, a data processing agreement
//! where personal data flows, a known contact point); the rest (registered in an API manager,
//! notifications designed) a person confirms on the integration.

use std::collections::{HashMap, HashSet};

use crate::app::error::Result;
use crate::model::{Entity, IntarkItem, Integration, IntegrationId, Pattern, Role};
use crate::store::Catalog;
use crate::wire::IntarkCheck;

/// What the checklist needs of the catalog, read once.
pub struct Checklist {
    /// Contracts by integration.
    governing: HashMap<i64, Vec<i64>>,
    /// Contracts with personal data that neither stay in house nor have an agreement.
    lacking_agreement: HashSet<i64>,
    /// Contracts and integrations with someone in the contact-point role.
    contact_points: HashSet<(Entity, i64)>,
    /// Systems with a documented interface (an imported OpenAPI description).
    documented: HashSet<i64>,
}

impl Checklist {
    /// Reads the contracts, agreements, roles and documented interfaces.
    pub fn load(catalog: &Catalog) -> Result<Checklist> {
        let mut governing: HashMap<i64, Vec<i64>> = HashMap::new();
        for (contract, integration) in catalog.contract_integrations()? {
            governing.entry(integration.0).or_default().push(contract.0);
        }
        let personal: HashSet<i64> = catalog
            .information_sets()?
            .into_iter()
            .filter(|set| set.draft.has_personal_data())
            .map(|set| set.id.0)
            .collect();
        let lacking_agreement = catalog
            .governing_contract_facts()?
            .into_iter()
            .filter(|c| {
                !c.in_house
                    && !c.covered_by_agreement
                    && c.information_sets.iter().any(|s| personal.contains(&s.0))
            })
            .map(|c| c.id.0)
            .collect();
        let mut contact_points = HashSet::new();
        for entity in [Entity::Contract, Entity::Integration] {
            for role in catalog.roles(entity, None)? {
                if role.role == Role::ContactPoint {
                    contact_points.insert((entity, role.item));
                }
            }
        }
        Ok(Checklist {
            governing,
            lacking_agreement,
            contact_points,
            documented: catalog
                .interface_sets()?
                .into_iter()
                .map(|(_, system, _)| system.0)
                .collect(),
        })
    }

    /// The checklist of `integration`, in [`IntarkItem::ALL`] order.
    pub fn check(&self, integration: &Integration) -> Vec<IntarkCheck> {
        let d = &integration.draft;
        let contracts = self
            .governing
            .get(&integration.id.0)
            .map(Vec::as_slice)
            .unwrap_or_default();
        IntarkItem::ALL
            .into_iter()
            .map(|item| {
                let met = match item {
                    IntarkItem::RecommendedPattern => Some(matches!(
                        d.pattern,
                        Pattern::EventProvisioning | Pattern::ApiLookup | Pattern::FullSyncBatch
                    )),
                    IntarkItem::OpenApiSpec => Some(
                        !contracts.is_empty()
                            || d.provider.is_some_and(|p| self.documented.contains(&p.0)),
                    ),
                    IntarkItem::DpaInPlace => {
                        Some(!contracts.iter().any(|c| self.lacking_agreement.contains(c)))
                    }
                    IntarkItem::ContactPointKnown => Some(
                        self.contact_points
                            .contains(&(Entity::Integration, integration.id.0))
                            || contracts
                                .iter()
                                .any(|c| self.contact_points.contains(&(Entity::Contract, *c))),
                    ),
                    IntarkItem::NotificationsDesigned
                        if d.pattern != Pattern::EventProvisioning =>
                    {
                        None
                    }
                    IntarkItem::ApiRegistered | IntarkItem::NotificationsDesigned => {
                        Some(d.intark_confirmed.contains(&item))
                    }
                };
                IntarkCheck { item, met }
            })
            .collect()
    }
}

/// Whether every item that applies is met.
pub fn compatible(checks: &[IntarkCheck]) -> bool {
    checks.iter().all(|c| c.met != Some(false))
}

/// Stored integration `id`'s IntArk checklist.
pub fn checklist(catalog: &Catalog, id: IntegrationId) -> Result<Vec<IntarkCheck>> {
    let integration = catalog.integration(id)?;
    Ok(Checklist::load(catalog)?.check(&integration))
}

#[cfg(test)]
mod tests;
