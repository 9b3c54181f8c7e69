//! The round trip from Datapakt: any valid contract, with an information set (nested,
//! classified or not, owned or not), a team and a workflow state, with any text a user can
//! type, exported as ODCS and imported into another catalog is the same contract, and that
//! catalog exports the same document.

use proptest::collection::vec;
use proptest::prelude::*;

use super::super::*;
use super::{export, parsed, snapshot};
use crate::app::items::proptests::{contract, declassified, fields, name, resource, text};
use crate::app::items::Editing;
use crate::model::{
    ContractState, ContractStatus, Entity, InformationSetDraft, PersonDraft, Role, RoleAssignment,
};

fn state() -> impl Strategy<Value = ContractState> {
    (
        proptest::sample::select(ContractStatus::ALL.to_vec()),
        proptest::option::of(text()),
        proptest::option::of("20[0-9]{2}-0[1-9]-[0-2][0-9]T[01][0-9]:[0-5][0-9]:00Z"),
    )
        .prop_map(|(status, approved_by, approved_at)| ContractState {
            status,
            approved_by,
            approved_at,
        })
}

/// Role holders: a role, a name and perhaps the day they left.
fn team() -> impl Strategy<Value = Vec<(Role, String, Option<String>)>> {
    vec(
        (
            proptest::sample::select(Role::ALL.to_vec()),
            name(),
            proptest::option::of(Just("2025-06-30".to_owned())),
        ),
        0..4,
    )
}

/// An information set's name, description, fields, whether it is classified, whether the
/// first role holder owns it, and its API resource name if any.
type SetParts = (
    String,
    String,
    Vec<crate::model::SchemaField>,
    bool,
    bool,
    Option<String>,
);

fn set() -> impl Strategy<Value = Option<SetParts>> {
    proptest::option::of((
        name(),
        text(),
        fields(),
        any::<bool>(),
        any::<bool>(),
        resource(),
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_contract_exported_as_odcs_and_imported_elsewhere_is_the_same_contract(
        mut draft in contract(), set in set(), state in state(), team in team()
    ) {
        let mut catalog = Catalog::in_memory().unwrap();
        let mut people = Vec::new();
        for (i, (role, name, left_on)) in team.into_iter().enumerate() {
            let person = PersonDraft { name, email: format!("p{i}@example.no"), unit: None, left_on };
            people.push((role, catalog.save(None, person).unwrap().id));
        }
        if let Some((name, description, fields, classified, owned, resource)) = set {
            let set = InformationSetDraft {
                name,
                description,
                owner: people.first().filter(|_| owned).map(|(_, p)| *p),
                scheme: classified.then(|| "no-uh".to_owned()),
                fields: if classified { fields } else { declassified(fields) },
                resource,
            };
            draft.information_sets = vec![catalog.save(None, set).unwrap().id];
        }
        let id = catalog.save(None, draft).unwrap().id;
        catalog.restore_contract_state(id, &state).unwrap();
        for (role, person) in people {
            let assignment = RoleAssignment { role, person, entity: Entity::Contract, item: id.0 };
            catalog.assign_role(&assignment).unwrap();
        }

        let yaml = export(&catalog, id);
        let mut other = Catalog::in_memory().unwrap();
        let reports = import_texts(&mut other, &[("c.yaml".into(), yaml.clone())], &ImportOptions::default());
        let reports = match reports {
            Ok(reports) => reports,
            Err(e) => return Err(TestCaseError::fail(format!("{e}\n{yaml}"))),
        };
        prop_assert_eq!(&reports[0].notes, &Vec::<crate::wire::Note>::new());
        prop_assert_eq!(snapshot(&other, reports[0].contract), snapshot(&catalog, id));
        prop_assert_eq!(parsed(&export(&other, reports[0].contract)), parsed(&yaml));
    }
}
