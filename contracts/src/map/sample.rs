//! A generated portfolio of any size, the same every time: for the layout tests, the
//! property tests and the benchmark (300 systems and 1,000 integrations is the size the
//! map must stay readable at).

use crate::classification_defaults::shipped_schemes;
use crate::model::{
    ContractId, ContractStatus, GrantId, InformationSet, InformationSetDraft, InformationSetId,
    Integration, IntegrationDraft, IntegrationId, Lifecycle, OrganisationId, Pattern, Person,
    PersonDraft, PersonId, SchemaField, System, SystemDraft, SystemId, Unit, UnitId,
};

use super::portfolio::{ContractView, LiveGrant, Portfolio};

const UNIT_NAMES: [&str; 16] = [
    "Arkiv og dokumentasjon",
    "Barnehage",
    "Byggesak og geodata",
    "Digitalisering",
    "Helse og omsorg",
    "HR og lønn",
    "IT-drift",
    "Kultur og fritid",
    "Næring og miljø",
    "Økonomi",
    "Oppvekst og skole",
    "Plan og utbygging",
    "Sosialtjenesten (NAV kommune)",
    "Teknisk drift, vann og avløp",
    "Innbyggertorget og kommunikasjonsavdelingen med servicekontor",
    "Vann",
];

const WORDS: [&str; 24] = [
    "Sak",
    "Arkiv",
    "Elev",
    "Lønn",
    "Økonomi",
    "Helse",
    "Journal",
    "Portal",
    "Register",
    "Tilgang",
    "Bygg",
    "Kart",
    "Faktura",
    "Innkjøp",
    "Barnehage",
    "Omsorg",
    "Kø",
    "Avvik",
    "Søknad",
    "Vedtak",
    "Måling",
    "Rapport",
    "Bestilling",
    "Meldingstjeneste",
];

/// A small deterministic random sequence (a linear congruential generator).
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// A portfolio of `systems` systems in up to 16 units and `integrations` integrations,
/// each governed by a contract over a classified information set (some unclassified, some
/// draft or expired, some without an owner), as of 2026-06-01.
pub fn portfolio(systems: usize, integrations: usize) -> Portfolio {
    let mut random = Sequence(0x5eed);
    let units: Vec<Unit> = UNIT_NAMES
        .iter()
        .enumerate()
        .take(systems.clamp(1, UNIT_NAMES.len()))
        .map(|(i, name)| Unit {
            id: UnitId(i as i64 + 1),
            organisation: OrganisationId(1),
            name: (*name).to_owned(),
        })
        .collect();
    let people: Vec<Person> = (0..(systems / 5).max(3))
        .map(|i| Person {
            id: PersonId(i as i64 + 1),
            draft: PersonDraft {
                name: format!("{} Person {i}", WORDS[i % WORDS.len()]),
                email: format!("person{i}@example.org"),
                unit: Some(UnitId((i % units.len()) as i64 + 1)),
                left_on: (i % 17 == 3).then(|| "2025-01-31".to_owned()),
            },
        })
        .collect();
    let system_list: Vec<System> = (0..systems)
        .map(|i| {
            let name = match i % 7 {
                0 => format!(
                    "{} og {} for {} – felles løsning {i}",
                    WORDS[i % 24],
                    WORDS[(i / 3) % 24].to_lowercase(),
                    UNIT_NAMES[i % 16].to_lowercase()
                ),
                1 => format!("{}{i}", WORDS[(i * 5) % 24]),
                _ => format!(
                    "{} {} {i}",
                    WORDS[i % 24],
                    WORDS[(i * 7 + 3) % 24].to_lowercase()
                ),
            };
            System {
                id: SystemId(i as i64 + 1),
                draft: SystemDraft {
                    name,
                    description: String::new(),
                    owning_unit: (i % 23 != 0).then(|| UnitId(random.next(units.len()) as i64 + 1)),
                    lifecycle: Lifecycle::ALL[if i % 9 == 0 { i % 5 } else { 2 }],
                    endpoints: Vec::new(),
                    case_figures: Vec::new(),
                },
            }
        })
        .collect();
    let system_owners = system_list
        .iter()
        .filter(|s| s.id.0 % 4 != 0)
        .map(|s| (s.id, PersonId(s.id.0 % people.len() as i64 + 1)))
        .collect::<Vec<_>>();
    let departed_system_owners = system_owners
        .iter()
        .filter(|(_, p)| people[(p.0 - 1) as usize].draft.left_on.is_some())
        .copied()
        .collect();
    let schemes = shipped_schemes();
    let information_sets: Vec<InformationSet> = (0..(integrations / 4).max(1))
        .map(|i| InformationSet {
            id: InformationSetId(i as i64 + 1),
            draft: InformationSetDraft {
                name: format!("Sett {i}"),
                owner: Some(PersonId((i % people.len()) as i64 + 1)),
                scheme: Some(schemes[i % schemes.len()].key.clone()),
                fields: vec![SchemaField {
                    name: "felt".into(),
                    classification: (i % 6 != 0).then_some((i % 4) as u8),
                    ..SchemaField::default()
                }],
                ..InformationSetDraft::default()
            },
        })
        .collect();
    let mut integration_list = Vec::with_capacity(integrations);
    let mut contracts = Vec::with_capacity(integrations);
    for i in 0..integrations {
        let provider = random.next(systems.max(1));
        let mut consumers = vec![SystemId(random.next(systems.max(1)) as i64 + 1)];
        if i % 5 == 0 {
            consumers.push(SystemId(random.next(systems.max(1)) as i64 + 1));
        }
        let owner = (i % 11 != 0).then(|| PersonId(random.next(people.len()) as i64 + 1));
        integration_list.push(Integration {
            id: IntegrationId(i as i64 + 1),
            draft: IntegrationDraft {
                name: format!(
                    "{} til {} {i}",
                    WORDS[i % 24],
                    WORDS[(i * 3 + 1) % 24].to_lowercase()
                ),
                provider: (systems > 0).then_some(SystemId(provider as i64 + 1)),
                consumers: if systems > 0 { consumers } else { Vec::new() },
                owner,
                pattern: Pattern::ALL[i % Pattern::ALL.len()],
                ..IntegrationDraft::default()
            },
        });
        contracts.push(ContractView {
            id: ContractId(i as i64 + 1),
            title: format!("Avtale {i}"),
            status: ContractStatus::ALL[if i % 4 == 0 { i % 3 } else { 2 }],
            valid_from: Some("2025-01-01".into()),
            valid_to: (i % 13 == 0).then(|| "2026-01-01".to_owned()),
            information_sets: if i % 19 == 0 {
                Vec::new()
            } else {
                vec![InformationSetId((i % information_sets.len()) as i64 + 1)]
            },
            integrations: vec![IntegrationId(i as i64 + 1)],
            information_owners: vec![PersonId((i % people.len()) as i64 + 1)],
        });
    }
    // Every seventh integration's consumer holds an access grant under its contract.
    let live_grants = integration_list
        .iter()
        .step_by(7)
        .map(|integration| LiveGrant {
            id: GrantId(integration.id.0),
            title: format!("{} → {}", integration.draft.name, integration.id.0),
            integration: integration.id,
            contract: ContractId(integration.id.0),
        })
        .collect();
    Portfolio {
        today: "2026-06-01".into(),
        live_grants,
        units,
        people,
        systems: system_list,
        system_owners,
        departed_system_owners,
        integrations: integration_list,
        contracts,
        information_sets,
        schemes,
    }
}
