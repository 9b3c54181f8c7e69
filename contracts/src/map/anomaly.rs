//! The anomalies the map highlights, one rule each. Every anomaly is a variant of
//! [`Anomaly`]: what it is about, what it marks on the map and its explanation all live in
//! this file, so a new kind is one variant, one rule in [`RULES`] and its message.

use crate::i18n::{Arg, Translator};
use crate::model::{
    ContractId, ContractStatus, Entity, GrantId, IntegrationId, Lifecycle, PersonId, Role,
    SystemId, Validity,
};
use crate::wire::map::{AnomalyKind, MapAnomaly};

use super::index::Index;
use super::portfolio::ContractView;

/// Something on the map an anomaly marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// A system (its node).
    System(SystemId),
    /// An integration (each of its edges).
    Integration(IntegrationId),
}

/// Why a contract is not in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Still being written.
    Draft,
    /// Awaiting approval.
    InReview,
    /// Approved, but its first day is still to come.
    NotYetValid,
    /// Approved, but its last day has passed.
    Expired,
    /// No longer in force.
    Retired,
}

impl Standing {
    /// Why `contract` is not in force on `today`; `None` when it is (approved and valid).
    pub fn of(contract: &ContractView, today: &str) -> Option<Standing> {
        match contract.status {
            ContractStatus::Draft => Some(Standing::Draft),
            ContractStatus::InReview => Some(Standing::InReview),
            ContractStatus::Retired => Some(Standing::Retired),
            ContractStatus::Approved => match Validity::on(
                contract.valid_from.as_deref(),
                contract.valid_to.as_deref(),
                today,
            ) {
                Validity::InForce => None,
                Validity::NotYet => Some(Standing::NotYetValid),
                Validity::Expired => Some(Standing::Expired),
            },
        }
    }

    /// The stable name (the message id suffix, `map-standing-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Draft => "draft",
            Standing::InReview => "in-review",
            Standing::NotYetValid => "not-yet-valid",
            Standing::Expired => "expired",
            Standing::Retired => "retired",
        }
    }
}

/// An anomaly of the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anomaly {
    /// An integration nobody owns.
    NoOwner {
        /// The integration.
        integration: IntegrationId,
    },
    /// The owner of an integration or system has left (for a system: and nobody holds the
    /// role in their place).
    OwnerLeft {
        /// What they owned.
        owned: Mark,
        /// Who left.
        person: PersonId,
    },
    /// An integration's owner owns none of the information it carries (Örebro's main rule:
    /// the information owner owns the integration). The information's owners are the
    /// owners of the information sets its contracts govern and whoever holds the
    /// information owner role on those contracts.
    OwnerNotInformationOwner {
        /// The integration.
        integration: IntegrationId,
        /// Its owner.
        owner: PersonId,
        /// The information's owners, by id.
        information_owners: Vec<PersonId>,
    },
    /// A running integration (its provider and a consumer in production or phasing out)
    /// whose every governing contract is not in force.
    LiveWithoutContractInForce {
        /// The integration.
        integration: IntegrationId,
        /// Each governing contract and why it is not in force.
        contracts: Vec<(ContractId, Standing)>,
    },
    /// Access in use today (an access grant begun and not ended) under a contract that is
    /// not approved or not in force: the access should stop or move to a contract in force.
    AccessUnderContractNotInForce {
        /// The grant.
        grant: GrantId,
        /// The integration it opens.
        integration: IntegrationId,
        /// The contract it was granted under, and why that is not in force.
        contract: (ContractId, Standing),
    },
    /// A contract governing integrations that classifies nothing it governs.
    UnclassifiedContract {
        /// The contract.
        contract: ContractId,
        /// The integrations it governs.
        integrations: Vec<IntegrationId>,
    },
}

/// A rule: adds the anomalies it finds.
type Rule = fn(&Index<'_>, &mut Vec<Anomaly>);

/// Every rule, in the order of [`AnomalyKind::ALL`].
const RULES: [Rule; 6] = [
    no_owner,
    owner_left,
    owner_not_information_owner,
    live_without_contract_in_force,
    access_under_contract_not_in_force,
    unclassified_contract,
];

/// Every anomaly of the portfolio, rule by rule.
pub fn detect(index: &Index<'_>) -> Vec<Anomaly> {
    let mut found = Vec::new();
    for rule in RULES {
        rule(index, &mut found);
    }
    found
}

fn no_owner(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    for integration in &index.portfolio.integrations {
        if integration.draft.owner.is_none() {
            out.push(Anomaly::NoOwner {
                integration: integration.id,
            });
        }
    }
}

fn owner_left(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    let today = &index.portfolio.today;
    for integration in &index.portfolio.integrations {
        let Some(owner) = integration.draft.owner else {
            continue;
        };
        if index
            .person(owner)
            .is_some_and(|p| p.draft.has_left_by(today))
        {
            out.push(Anomaly::OwnerLeft {
                owned: Mark::Integration(integration.id),
                person: owner,
            });
        }
    }
    let mut systems = index.portfolio.departed_system_owners.clone();
    systems.sort();
    systems.dedup();
    for (system, person) in systems {
        out.push(Anomaly::OwnerLeft {
            owned: Mark::System(system),
            person,
        });
    }
}

fn owner_not_information_owner(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    for integration in &index.portfolio.integrations {
        let Some(owner) = integration.draft.owner else {
            continue;
        };
        let mut owners: Vec<PersonId> = Vec::new();
        for contract in index.governing(integration.id) {
            owners.extend(&contract.information_owners);
            owners.extend(
                contract
                    .information_sets
                    .iter()
                    .filter_map(|set| index.set(set.0)?.draft.owner),
            );
        }
        owners.sort();
        owners.dedup();
        if !owners.is_empty() && !owners.contains(&owner) {
            out.push(Anomaly::OwnerNotInformationOwner {
                integration: integration.id,
                owner,
                information_owners: owners,
            });
        }
    }
}

/// Whether a system at this stage runs.
fn runs(lifecycle: Lifecycle) -> bool {
    matches!(lifecycle, Lifecycle::InProduction | Lifecycle::PhasingOut)
}

fn live_without_contract_in_force(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    for (integration, contracts) in running_without_contract_in_force(index) {
        // One no contract governs is the catalog's finding; the map shows contracts' standing.
        if !contracts.is_empty() {
            out.push(Anomaly::LiveWithoutContractInForce {
                integration,
                contracts,
            });
        }
    }
}

/// Every running integration (its provider and a consumer in production or phasing out)
/// with no governing contract approved and in force today: each with its governing contracts
/// and why each is not in force (none when no contract governs it).
pub fn running_without_contract_in_force(
    index: &Index<'_>,
) -> Vec<(IntegrationId, Vec<(ContractId, Standing)>)> {
    let portfolio = index.portfolio;
    let running_systems: std::collections::HashSet<SystemId> = portfolio
        .systems
        .iter()
        .filter(|s| runs(s.draft.lifecycle))
        .map(|s| s.id)
        .collect();
    let running = |id: SystemId| running_systems.contains(&id);
    let mut found = Vec::new();
    for integration in &portfolio.integrations {
        let live = integration.draft.provider.is_some_and(running)
            && integration.draft.consumers.iter().any(|c| running(*c));
        if !live {
            continue;
        }
        let standings: Option<Vec<(ContractId, Standing)>> = index
            .governing(integration.id)
            .iter()
            .map(|c| Standing::of(c, &portfolio.today).map(|s| (c.id, s)))
            .collect();
        if let Some(contracts) = standings {
            found.push((integration.id, contracts));
        }
    }
    found
}

fn access_under_contract_not_in_force(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    let portfolio = index.portfolio;
    for grant in &portfolio.live_grants {
        let Some(contract) = portfolio.contracts.iter().find(|c| c.id == grant.contract) else {
            continue;
        };
        if let Some(standing) = Standing::of(contract, &portfolio.today) {
            out.push(Anomaly::AccessUnderContractNotInForce {
                grant: grant.id,
                integration: grant.integration,
                contract: (contract.id, standing),
            });
        }
    }
}

fn unclassified_contract(index: &Index<'_>, out: &mut Vec<Anomaly>) {
    for contract in &index.portfolio.contracts {
        if contract.integrations.is_empty() || index.contract_grade(contract.id).is_some() {
            continue;
        }
        let mut integrations = contract.integrations.clone();
        integrations.sort();
        integrations.dedup();
        out.push(Anomaly::UnclassifiedContract {
            contract: contract.id,
            integrations,
        });
    }
}

impl Anomaly {
    /// Its kind.
    pub fn kind(&self) -> AnomalyKind {
        match self {
            Anomaly::NoOwner { .. } => AnomalyKind::NoOwner,
            Anomaly::OwnerLeft { .. } => AnomalyKind::OwnerLeft,
            Anomaly::OwnerNotInformationOwner { .. } => AnomalyKind::OwnerNotInformationOwner,
            Anomaly::LiveWithoutContractInForce { .. } => AnomalyKind::LiveWithoutContractInForce,
            Anomaly::AccessUnderContractNotInForce { .. } => {
                AnomalyKind::AccessUnderContractNotInForce
            }
            Anomaly::UnclassifiedContract { .. } => AnomalyKind::UnclassifiedContract,
        }
    }

    /// The item it is about (what the list opens).
    pub fn subject(&self) -> (Entity, i64) {
        match self {
            Anomaly::NoOwner { integration }
            | Anomaly::OwnerNotInformationOwner { integration, .. }
            | Anomaly::LiveWithoutContractInForce { integration, .. }
            | Anomaly::OwnerLeft {
                owned: Mark::Integration(integration),
                ..
            } => (Entity::Integration, integration.0),
            Anomaly::OwnerLeft {
                owned: Mark::System(system),
                ..
            } => (Entity::System, system.0),
            Anomaly::UnclassifiedContract { contract, .. } => (Entity::Contract, contract.0),
            Anomaly::AccessUnderContractNotInForce { grant, .. } => (Entity::AccessGrant, grant.0),
        }
    }

    /// What it marks on the map.
    pub fn marks(&self) -> Vec<Mark> {
        match self {
            Anomaly::NoOwner { integration }
            | Anomaly::OwnerNotInformationOwner { integration, .. }
            | Anomaly::LiveWithoutContractInForce { integration, .. }
            | Anomaly::AccessUnderContractNotInForce { integration, .. } => {
                vec![Mark::Integration(*integration)]
            }
            Anomaly::OwnerLeft { owned, .. } => vec![*owned],
            Anomaly::UnclassifiedContract { integrations, .. } => {
                integrations.iter().map(|i| Mark::Integration(*i)).collect()
            }
        }
    }

    /// The subject's name or title.
    pub fn title(&self, index: &Index<'_>) -> String {
        let (entity, id) = self.subject();
        let portfolio = index.portfolio;
        match entity {
            Entity::Integration => portfolio
                .integrations
                .iter()
                .find(|i| i.id.0 == id)
                .map(|i| i.draft.name.clone()),
            Entity::System => Some(index.system_name(SystemId(id))),
            Entity::Contract => portfolio
                .contracts
                .iter()
                .find(|c| c.id.0 == id)
                .map(|c| c.title.clone()),
            Entity::AccessGrant => portfolio
                .live_grants
                .iter()
                .find(|g| g.id.0 == id)
                .map(|g| g.title.clone()),
            _ => None,
        }
        .unwrap_or_else(|| format!("#{id}"))
    }

    /// What is wrong and what would fix it, in `t`'s language.
    pub fn message(&self, index: &Index<'_>, t: &Translator) -> String {
        let id = format!("map-anomaly-{}", self.kind().as_str());
        let names = |people: &[PersonId]| {
            people
                .iter()
                .map(|p| index.person_name(*p))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Anomaly::NoOwner { .. } => t.t(&id),
            Anomaly::OwnerLeft { owned, person } => {
                let role = match owned {
                    Mark::Integration(_) => Role::IntegrationOwner,
                    Mark::System(_) => Role::SystemOwner,
                };
                let date = index
                    .person(*person)
                    .and_then(|p| p.draft.left_on.clone())
                    .unwrap_or_default();
                t.t_with(
                    &id,
                    &[
                        ("person", Arg::from(index.person_name(*person))),
                        ("date", Arg::from(date)),
                        (
                            "role",
                            Arg::from(t.t(&format!("role-{}", role.as_str().replace('_', "-")))),
                        ),
                    ],
                )
            }
            Anomaly::OwnerNotInformationOwner {
                owner,
                information_owners,
                ..
            } => t.t_with(
                &id,
                &[
                    ("owner", Arg::from(index.person_name(*owner))),
                    ("owners", Arg::from(names(information_owners))),
                ],
            ),
            Anomaly::LiveWithoutContractInForce { contracts, .. } => {
                let list = contracts
                    .iter()
                    .map(|(contract, standing)| standing_text(index, t, *contract, *standing))
                    .collect::<Vec<_>>()
                    .join("; ");
                t.t_with(&id, &[("contracts", Arg::from(list))])
            }
            Anomaly::AccessUnderContractNotInForce {
                contract: (contract, standing),
                ..
            } => t.t_with(
                &id,
                &[(
                    "contract",
                    Arg::from(standing_text(index, t, *contract, *standing)),
                )],
            ),
            Anomaly::UnclassifiedContract { integrations, .. } => {
                t.t_with(&id, &[("count", Arg::from(integrations.len()))])
            }
        }
    }

    /// As listed beside the map.
    pub fn view(&self, index: &Index<'_>, t: &Translator) -> MapAnomaly {
        let (entity, id) = self.subject();
        MapAnomaly {
            kind: self.kind(),
            entity,
            id,
            title: self.title(index),
            message: self.message(index, t),
        }
    }
}

/// A contract's title and why it is not in force, e.g. “Pupils” (draft).
fn standing_text(
    index: &Index<'_>,
    t: &Translator,
    contract: ContractId,
    standing: Standing,
) -> String {
    let title = index
        .portfolio
        .contracts
        .iter()
        .find(|c| c.id == contract)
        .map_or_else(|| format!("#{contract}"), |c| c.title.clone());
    t.t_with(
        "map-contract-standing",
        &[
            ("title", Arg::from(title)),
            (
                "standing",
                Arg::from(t.t(&format!("map-standing-{}", standing.as_str()))),
            ),
        ],
    )
}
