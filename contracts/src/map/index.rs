//! Look-ups over a [`Portfolio`] the graph and the anomaly rules share: people, systems and
//! contracts by id, the contracts governing each integration, and each contract's and
//! integration's highest classification.

use std::collections::HashMap;

use crate::model::{
    ClassificationScheme, ContractId, InformationSet, IntegrationId, Labels, Person, PersonId,
    SystemId,
};

use super::portfolio::{ContractView, Portfolio};

/// A classification level as the map shows it: the highest level of some information, with
/// its scheme's colour and names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// The level's ordinal (0 = lowest); levels of different schemes compare by it.
    pub ordinal: u8,
    /// The scheme's key (empty when the level's scheme is not in the catalog).
    pub scheme: String,
    /// The level's colour, `#rrggbb` (grey when the scheme's is not one).
    pub colour: String,
    /// The level's name.
    pub name: Labels,
    /// The scheme's name.
    pub scheme_name: Labels,
}

/// The colour of a level whose scheme is unknown or whose colour is not `#rrggbb`.
pub const UNKNOWN_LEVEL_COLOUR: &str = "#7f8c8d";

/// Whether `colour` is `#rrggbb` (so it can go into the SVG as it is).
pub fn is_hex_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// The grade of level `ordinal` of scheme `key`.
fn grade(schemes: &[ClassificationScheme], key: Option<&str>, ordinal: u8) -> Grade {
    let scheme = key.and_then(|key| schemes.iter().find(|s| s.key == key));
    let level = scheme.and_then(|s| s.levels.iter().find(|l| l.ordinal == ordinal));
    Grade {
        ordinal,
        scheme: scheme.map(|s| s.key.clone()).unwrap_or_default(),
        colour: level
            .map(|l| l.colour.to_ascii_lowercase())
            .filter(|c| is_hex_colour(c))
            .unwrap_or_else(|| UNKNOWN_LEVEL_COLOUR.to_owned()),
        name: level.map(|l| l.name.clone()).unwrap_or_else(|| {
            Labels::from_pairs(&[(crate::model::Lang::En, &ordinal.to_string())])
        }),
        scheme_name: scheme.map(|s| s.name.clone()).unwrap_or_default(),
    }
}

/// The higher of two grades (by ordinal; the first on a tie).
pub fn higher(a: Option<Grade>, b: Option<&Grade>) -> Option<Grade> {
    match (a, b) {
        (Some(a), Some(b)) if b.ordinal > a.ordinal => Some(b.clone()),
        (None, Some(b)) => Some(b.clone()),
        (a, _) => a,
    }
}

/// The portfolio's look-ups.
pub struct Index<'a> {
    /// The portfolio.
    pub portfolio: &'a Portfolio,
    people: HashMap<PersonId, &'a Person>,
    sets: HashMap<i64, &'a InformationSet>,
    governing: HashMap<IntegrationId, Vec<&'a ContractView>>,
    contract_grades: HashMap<ContractId, Option<Grade>>,
    integration_grades: HashMap<IntegrationId, Option<Grade>>,
    system_names: HashMap<SystemId, &'a str>,
}

impl<'a> Index<'a> {
    /// The look-ups of `portfolio`.
    pub fn new(portfolio: &'a Portfolio) -> Index<'a> {
        let sets: HashMap<i64, &InformationSet> = portfolio
            .information_sets
            .iter()
            .map(|s| (s.id.0, s))
            .collect();
        let set_grades: HashMap<i64, Option<Grade>> = sets
            .iter()
            .map(|(id, set)| {
                let level = set.draft.effective_classification();
                let grade =
                    level.map(|l| grade(&portfolio.schemes, set.draft.scheme.as_deref(), l));
                (*id, grade)
            })
            .collect();
        let mut governing: HashMap<IntegrationId, Vec<&ContractView>> = HashMap::new();
        let mut contract_grades = HashMap::new();
        for contract in &portfolio.contracts {
            let mut highest = None;
            for set in &contract.information_sets {
                highest = higher(highest, set_grades.get(&set.0).and_then(Option::as_ref));
            }
            contract_grades.insert(contract.id, highest);
            for integration in &contract.integrations {
                let list = governing.entry(*integration).or_default();
                if !list.iter().any(|c| c.id == contract.id) {
                    list.push(contract);
                }
            }
        }
        for list in governing.values_mut() {
            list.sort_by_key(|c| c.id);
        }
        let integration_grades = governing
            .iter()
            .map(|(integration, contracts)| {
                let grade = contracts.iter().fold(None, |top, c| {
                    higher(top, contract_grades.get(&c.id).and_then(Option::as_ref))
                });
                (*integration, grade)
            })
            .collect();
        Index {
            portfolio,
            people: portfolio.people.iter().map(|p| (p.id, p)).collect(),
            sets,
            governing,
            contract_grades,
            integration_grades,
            system_names: portfolio
                .systems
                .iter()
                .map(|s| (s.id, s.draft.name.as_str()))
                .collect(),
        }
    }

    /// Person `id`, if recorded.
    pub fn person(&self, id: PersonId) -> Option<&'a Person> {
        self.people.get(&id).copied()
    }

    /// Person `id`'s name, or their id when unknown.
    pub fn person_name(&self, id: PersonId) -> String {
        self.person(id)
            .map_or_else(|| format!("#{}", id.0), |p| p.draft.name.clone())
    }

    /// System `id`'s name, or its id when unknown.
    pub fn system_name(&self, id: SystemId) -> String {
        self.system_names
            .get(&id)
            .map_or_else(|| format!("#{}", id.0), |name| (*name).to_owned())
    }

    /// Information set `id`, if recorded.
    pub fn set(&self, id: i64) -> Option<&'a InformationSet> {
        self.sets.get(&id).copied()
    }

    /// The contracts governing `integration`, by id.
    pub fn governing(&self, integration: IntegrationId) -> &[&'a ContractView] {
        self.governing.get(&integration).map_or(&[], Vec::as_slice)
    }

    /// A contract's highest classification (`None`: nothing it governs is classified).
    pub fn contract_grade(&self, contract: ContractId) -> Option<&Grade> {
        self.contract_grades.get(&contract).and_then(Option::as_ref)
    }

    /// An integration's highest classification, over every contract governing it.
    pub fn integration_grade(&self, integration: IntegrationId) -> Option<&Grade> {
        self.integration_grades
            .get(&integration)
            .and_then(Option::as_ref)
    }
}
