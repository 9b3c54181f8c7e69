use super::*;
use crate::model::{ContractId, Lifecycle, SystemDraft};

fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}

/// The findings of `rule`, as the items they point at.
fn items(catalog: &Catalog, rule: Rule) -> Vec<i64> {
    check_catalog(catalog)
        .unwrap()
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.item)
        .collect()
}

fn contract_by_title(catalog: &Catalog, title: &str) -> ContractId {
    catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .find(|c| c.title == title)
        .unwrap()
        .id
}

#[test]
fn the_demo_breaks_exactly_the_departed_owner_rule() {
    let (_dir, catalog) = demo();
    let findings = check_catalog(&catalog).unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].rule, Rule::DepartedOwnerHasSuccessor);
    assert_eq!(findings[0].title, "Lønn og personal");
    assert!(
        findings[0]
            .message
            .contains("Per Hansen left on 2025-06-30"),
        "{}",
        findings[0].message
    );
}

#[test]
fn a_contract_without_an_information_owner_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        items(&catalog, Rule::ContractHasInformationOwner),
        [0i64; 0]
    );
    let unowned = catalog
        .save_contract(None, crate::demo::contracts()[0].clone())
        .unwrap();
    assert_eq!(
        items(&catalog, Rule::ContractHasInformationOwner),
        [unowned.id.0]
    );
}

#[test]
fn an_integration_without_an_owner_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::IntegrationHasOwner), [0i64; 0]);
    let mut orphan = catalog.integrations().unwrap()[0].draft.clone();
    orphan.name = "Uten eier".into();
    orphan.owner = None;
    let orphan = catalog.save_integration(None, orphan).unwrap();
    assert_eq!(items(&catalog, Rule::IntegrationHasOwner), [orphan.id.0]);
}

#[test]
fn a_system_in_use_without_an_owner_is_found_and_a_retired_one_is_not() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [0i64; 0]);
    let mut draft = SystemDraft {
        name: "Gammelt fagsystem".into(),
        ..SystemDraft::default()
    };
    let system = catalog.save_system(None, draft.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [system.id.0]);
    draft.lifecycle = Lifecycle::Retired;
    catalog.save_system(Some(system.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [0i64; 0]);
}

#[test]
fn a_contract_governing_nothing_classified_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::ContractHasClassification), [0i64; 0]);
    let id = contract_by_title(&catalog, "Folkeregisteropplysninger til sak og arkiv");
    let mut draft = catalog.contract(id).unwrap().draft;
    let set_id = draft.information_sets[0];
    draft.information_sets.clear();
    catalog.save_contract(Some(id), draft.clone()).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::ContractHasClassification)
        .unwrap();
    assert_eq!(finding.item, id.0);
    assert!(finding.message.contains("governs no information set"));

    // Linked again, but with every level cleared: still unknown.
    let mut set = catalog.information_set(set_id).unwrap().draft;
    for field in &mut set.fields {
        field.classification = None;
    }
    catalog.save_information_set(Some(set_id), set).unwrap();
    draft.information_sets = vec![set_id];
    catalog.save_contract(Some(id), draft).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::ContractHasClassification)
        .unwrap();
    assert!(
        finding.message.contains("classify them"),
        "{}",
        finding.message
    );
}

#[test]
fn personal_data_needs_an_agreement_unless_processed_in_house() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::PersonalDataHasAgreement), [0i64; 0]);
    let id = contract_by_title(&catalog, "Ansatte og stillinger til tilgangsstyring");
    let mut draft = catalog.contract(id).unwrap().draft;
    assert!(draft.in_house, "the demo's HR flow runs in house");
    draft.in_house = false;
    catalog.save_contract(Some(id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::PersonalDataHasAgreement), [id.0]);
}

#[test]
fn an_information_set_without_an_owner_or_with_a_departed_one_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::InformationSetHasOwner), [0i64; 0]);
    let mut set = catalog.information_sets().unwrap()[0].clone();
    set.draft.owner = None;
    catalog
        .save_information_set(Some(set.id), set.draft.clone())
        .unwrap();
    assert_eq!(items(&catalog, Rule::InformationSetHasOwner), [set.id.0]);

    let departed = catalog
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.draft.left_on.is_some())
        .unwrap();
    set.draft.owner = Some(departed.id);
    catalog
        .save_information_set(Some(set.id), set.draft)
        .unwrap();
    assert!(items(&catalog, Rule::DepartedOwnerHasSuccessor).contains(&set.id.0));
}

#[test]
fn a_summary_counts_every_finding_and_keeps_the_first_of_each_rule() {
    let (_dir, mut catalog) = demo();
    for n in 0..15 {
        let mut draft = crate::demo::contracts()[0].clone();
        draft.title = format!("Uten eier {n:02}");
        catalog.save_contract(None, draft).unwrap();
    }
    let all = check_catalog(&catalog).unwrap();
    let summary = summary(&catalog, 10).unwrap();
    assert_eq!(summary.iter().map(|g| g.total).sum::<usize>(), all.len());
    let unowned = summary
        .iter()
        .find(|g| g.rule == Rule::ContractHasInformationOwner)
        .unwrap();
    assert_eq!((unowned.total, unowned.first.len()), (15, 10));
    assert_eq!(unowned.first[0].title, "Uten eier 00");
    assert!(unowned.first[0].message.contains("information owner"));
    let order: Vec<usize> = summary
        .iter()
        .map(|g| Rule::ALL.iter().position(|r| *r == g.rule).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "in rule order");
}
