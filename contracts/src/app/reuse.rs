//! Reuse before building new (Örebro's strategy: use existing interfaces first; building a new
//! one where an existing one could serve is an exception that must be justified).
//!
//! A [`Portfolio`] knows, for every information set, which existing interfaces provide it:
//! integrations marked reusable through the central platform that carry it (recorded on the
//! integration, or through a contract governing it), and systems whose API description
//! documents it. An integration's reuse candidates are those providing any set it carries.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::app::error::Result;
use crate::model::{InformationSetId, Integration, IntegrationId, SystemId};
use crate::store::Catalog;
use crate::wire::{CandidateKind, ReuseCandidate};

/// What the reuse look-up needs of the catalog, read once.
pub struct Portfolio {
    integrations: Vec<Integration>,
    /// The sets each integration carries, by integration id.
    carried: HashMap<i64, BTreeSet<InformationSetId>>,
    /// Systems' documented APIs: (system, API) → the sets they document.
    interfaces: BTreeMap<(i64, String), BTreeSet<InformationSetId>>,
    system_names: HashMap<i64, String>,
    set_names: HashMap<i64, String>,
    /// When each integration was recorded, and its uid: the order "earlier" means, the same
    /// in every catalog of a team.
    recorded: HashMap<i64, (String, String)>,
}

impl Portfolio {
    /// Reads the integrations, what they carry and the systems' documented APIs.
    pub fn load(catalog: &Catalog) -> Result<Portfolio> {
        let integrations = catalog.integrations()?;
        let contract_sets: HashMap<i64, Vec<InformationSetId>> = catalog
            .governing_contract_facts()?
            .into_iter()
            .map(|c| (c.id.0, c.information_sets))
            .collect();
        let mut carried: HashMap<i64, BTreeSet<InformationSetId>> = integrations
            .iter()
            .map(|i| (i.id.0, i.draft.information_sets.iter().copied().collect()))
            .collect();
        for (contract, integration) in catalog.contract_integrations()? {
            let sets = contract_sets.get(&contract.0).into_iter().flatten();
            carried.entry(integration.0).or_default().extend(sets);
        }
        let mut interfaces: BTreeMap<(i64, String), BTreeSet<InformationSetId>> = BTreeMap::new();
        for (set, system, api) in catalog.interface_sets()? {
            interfaces.entry((system.0, api)).or_default().insert(set);
        }
        Ok(Portfolio {
            recorded: catalog.integration_order()?,
            integrations,
            carried,
            interfaces,
            system_names: catalog
                .systems()?
                .into_iter()
                .map(|s| (s.id.0, s.draft.name))
                .collect(),
            set_names: catalog
                .information_sets()?
                .into_iter()
                .map(|s| (s.id.0, s.draft.name))
                .collect(),
        })
    }

    /// The integrations read.
    pub fn integrations(&self) -> &[Integration] {
        &self.integrations
    }

    /// The existing interfaces that provide any of `sets`: reusable integrations other than
    /// `own` (and, when `own` is given, only those recorded before it, by when they were
    /// recorded, so the answer is the same in every catalog of a team), then the documented
    /// APIs of systems other than `provider` (an integration from that API reuses it).
    pub fn candidates(
        &self,
        sets: &[InformationSetId],
        provider: Option<SystemId>,
        own: Option<IntegrationId>,
    ) -> Vec<ReuseCandidate> {
        let wanted: BTreeSet<InformationSetId> = sets.iter().copied().collect();
        let provides = |have: &BTreeSet<InformationSetId>| -> Vec<String> {
            have.intersection(&wanted)
                .map(|set| self.set_names.get(&set.0).cloned().unwrap_or_default())
                .collect()
        };
        let mut out = Vec::new();
        for integration in &self.integrations {
            let earlier = own
                .is_none_or(|own| self.recorded.get(&integration.id.0) < self.recorded.get(&own.0));
            if !integration.draft.reusable_via_platform || !earlier {
                continue;
            }
            let Some(have) = self.carried.get(&integration.id.0) else {
                continue;
            };
            let provides = provides(have);
            if !provides.is_empty() {
                out.push(ReuseCandidate {
                    kind: CandidateKind::Integration,
                    id: integration.id.0,
                    name: integration.draft.name.clone(),
                    provides,
                });
            }
        }
        for ((system, api), have) in &self.interfaces {
            if provider.is_some_and(|p| p.0 == *system) {
                continue;
            }
            let provides = provides(have);
            if !provides.is_empty() {
                let system_name = self.system_names.get(system).cloned().unwrap_or_default();
                out.push(ReuseCandidate {
                    kind: CandidateKind::Interface,
                    id: *system,
                    name: format!("{system_name}: {api}"),
                    provides,
                });
            }
        }
        out
    }

    /// The candidates of stored integration `integration`, by what it carries.
    pub fn candidates_of(&self, integration: &Integration) -> Vec<ReuseCandidate> {
        let sets: Vec<InformationSetId> = self
            .carried
            .get(&integration.id.0)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        self.candidates(&sets, integration.draft.provider, Some(integration.id))
    }
}

/// The existing interfaces that provide any of `sets`, for an integration from `provider`
/// (integration `own` when it is stored).
pub fn candidates(
    catalog: &Catalog,
    sets: &[InformationSetId],
    provider: Option<SystemId>,
    own: Option<IntegrationId>,
) -> Result<Vec<ReuseCandidate>> {
    Ok(Portfolio::load(catalog)?.candidates(sets, provider, own))
}

#[cfg(test)]
mod tests;
