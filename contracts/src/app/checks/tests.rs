use super::*;
use crate::model::{ContractId, Lifecycle, SystemDraft};

use crate::app::items::Editing;
use crate::app::test_support::{contract_titled, demo, integration_named};

/// The findings of `rule`, as the items they point at.
fn items(catalog: &Catalog, rule: Rule) -> Vec<i64> {
    check_catalog(catalog)
        .unwrap()
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.item)
        .collect()
}

#[test]
fn the_demo_breaks_the_departed_owner_rule_and_shows_gaps_choices_and_desk_rules() {
    let (_dir, catalog) = demo();
    let findings = check_catalog(&catalog).unwrap();
    assert_eq!(findings.len(), 16, "{findings:#?}");
    // The weekly class lists (the map's anomalies): no classification, no owner.
    let rules: Vec<(Rule, &str)> = findings[..2]
        .iter()
        .map(|f| (f.rule, f.title.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            (Rule::ContractHasClassification, "Klasselister til arkivet"),
            (Rule::IntegrationHasOwner, "Klasselister til arkivet"),
        ]
    );
    // Every running integration whose contracts are not approved and in force (the map's
    // anomaly, now the catalog's finding too), each once.
    let uncovered: Vec<(Rule, &str)> = findings[2..6]
        .iter()
        .map(|f| (f.rule, f.title.as_str()))
        .collect();
    assert_eq!(
        uncovered,
        [
            (
                Rule::IntegrationHasContract,
                "Ansatthendelser til tilgangsstyring"
            ),
            (
                Rule::IntegrationHasContract,
                "Folkeregisterfil til elevportalen"
            ),
            (
                Rule::IntegrationHasContract,
                "Folkeregisteroppslag fra sak og arkiv"
            ),
            (Rule::IntegrationHasContract, "Klasselister til arkivet"),
        ]
    );
    let findings = &findings[6..];
    assert_eq!(findings[0].rule, Rule::DepartedOwnerHasSuccessor);
    assert_eq!(findings[0].title, "Lønn og personal");
    assert!(
        findings[0]
            .message
            .contains("Per Hansen left on 2025-06-30"),
        "{}",
        findings[0].message
    );
    let [technology, reuse] = &findings[3..5] else {
        unreachable!()
    };
    assert_eq!(technology.rule, Rule::TechnologyFollowsAdvice);
    assert_eq!(technology.title, "Folkeregisterfil til elevportalen");
    assert_eq!(
        technology.message,
        "It uses file where the decision tree (as Datapakt reads it) recommends REST API, and no justification is \
         written: write why in “Why the technology differs from the advice”, or follow the advice."
    );
    assert_eq!(reuse.rule, Rule::ReuseBeforeBuild);
    assert!(reuse
        .message
        .contains("(Folkeregisteroppslag fra sak og arkiv): reuse one of them"));
    let gaps = &findings[1..3];
    assert!(gaps.iter().all(|f| f.rule == Rule::SafeguardGap
        && f.entity == Entity::Integration
        && f.title == "Nattlig elevsynkronisering"));
    assert!(gaps[0]
        .message
        .contains("Access review at least every six months"));
    assert!(gaps[0].message.contains("classification level"));
    assert!(gaps[1].message.contains("Pseudonymisation"));
    assert!(gaps[1].message.contains("sensitive personal data"));
    assert!(gaps[1].message.contains("shipped default"));
    let desk: Vec<(Rule, Entity, &str)> = findings[5..7]
        .iter()
        .map(|f| (f.rule, f.entity, f.title.as_str()))
        .collect();
    assert_eq!(
        desk,
        [
            (
                Rule::RequestFollowUpOverdue,
                Entity::Request,
                "Elevlister til skoleskyss"
            ),
            (
                Rule::RequestHasAssignee,
                Entity::Request,
                "Timeplandata i sanntid til ekstern skoleapp"
            ),
        ]
    );
    assert!(
        findings[5].message.contains("it is still waiting"),
        "{}",
        findings[5].message
    );
    assert!(findings[6]
        .message
        .contains("It is escalated, but nobody is assigned"));
    // Last, the access register: a grant past its last day, an overdue review, a grant
    // under a contract that has ended.
    let access: Vec<Rule> = findings[7..].iter().map(|f| f.rule).collect();
    assert_eq!(
        access,
        [
            Rule::AccessGrantLapsed,
            Rule::AccessReviewOverdue,
            Rule::AccessContractNotInForce
        ]
    );
    assert!(
        findings[9].message.contains("expired on 2026-10-31"),
        "{}",
        findings[9].message
    );
}

/// The demo's grants, in the register's order.
fn grants(catalog: &Catalog) -> Vec<crate::model::Grant> {
    catalog.grants().unwrap()
}

#[test]
fn an_overdue_review_is_found_and_a_confirming_review_clears_it() {
    let (_dir, mut catalog) = demo();
    let overdue = grants(&catalog)[1].clone();
    assert_eq!(items(&catalog, Rule::AccessReviewOverdue), [overdue.id.0]);
    let mut draft = overdue.draft;
    draft.reviews.push(crate::model::AccessReview {
        reviewed_on: catalog.today().unwrap(),
        reviewed_by: draft.granted_by,
        outcome: crate::model::ReviewOutcome::Confirmed,
    });
    catalog.save(Some(overdue.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::AccessReviewOverdue), [0i64; 0]);
}

#[test]
fn a_grant_whose_contract_is_retired_is_found_and_one_under_a_contract_in_force_is_not() {
    let (_dir, mut catalog) = demo();
    let in_force = grants(&catalog)[2].clone();
    let contract = in_force.draft.contract.unwrap();
    let found = |catalog: &Catalog| {
        check_catalog(catalog)
            .unwrap()
            .into_iter()
            .filter(|f| f.rule == Rule::AccessContractNotInForce && f.item == in_force.id.0)
            .collect::<Vec<_>>()
    };
    assert!(found(&catalog).is_empty());
    catalog
        .set_contract_status(contract, crate::model::ContractStatus::Retired)
        .unwrap();
    let found = found(&catalog);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("was retired"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_grant_whose_contract_expired_is_found_until_the_contract_is_extended() {
    let (_dir, mut catalog) = demo();
    let under_ended = grants(&catalog)[3].clone();
    let contract = under_ended.draft.contract.unwrap();
    assert_eq!(
        items(&catalog, Rule::AccessContractNotInForce),
        [under_ended.id.0]
    );
    let mut extended = catalog.contract(contract).unwrap().draft;
    extended.valid_to = None;
    // The change starts a new version, a draft: access stays refused until it is approved.
    catalog.save(Some(contract), extended).unwrap();
    assert_eq!(
        items(&catalog, Rule::AccessContractNotInForce),
        [under_ended.id.0]
    );
    crate::app::test_support::approve(&mut catalog, contract);
    assert_eq!(items(&catalog, Rule::AccessContractNotInForce), [0i64; 0]);
}

#[test]
fn a_grant_past_its_last_day_is_found_and_a_revoking_review_ends_it() {
    let (_dir, mut catalog) = demo();
    let pilot = grants(&catalog)[0].clone();
    assert_eq!(items(&catalog, Rule::AccessGrantLapsed), [pilot.id.0]);
    let mut draft = pilot.draft;
    draft.reviews.push(crate::model::AccessReview {
        reviewed_on: "2026-07-01".into(),
        reviewed_by: draft.granted_by,
        outcome: crate::model::ReviewOutcome::Revoked,
    });
    catalog.save(Some(pilot.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::AccessGrantLapsed), [0i64; 0]);
    let summary = summary(&catalog, 5).unwrap();
    assert!(!summary.iter().any(|g| g.rule == Rule::AccessGrantLapsed));
}

#[test]
fn a_contract_without_an_information_owner_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        items(&catalog, Rule::ContractHasInformationOwner),
        [0i64; 0]
    );
    let unowned = catalog
        .save(None, crate::app::demo::contracts()[0].clone())
        .unwrap();
    assert_eq!(
        items(&catalog, Rule::ContractHasInformationOwner),
        [unowned.id.0]
    );
}

#[test]
fn an_integration_without_an_owner_is_found() {
    let (_dir, mut catalog) = demo();
    // The demo's weekly class lists have no owner; every other integration has one.
    let class_lists = catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| i.draft.name == "Klasselister til arkivet")
        .unwrap();
    assert_eq!(
        items(&catalog, Rule::IntegrationHasOwner),
        [class_lists.id.0]
    );
    let mut orphan = catalog.integrations().unwrap()[0].draft.clone();
    orphan.name = "Uten eier".into();
    orphan.owner = None;
    let orphan = catalog.save(None, orphan).unwrap();
    assert_eq!(
        items(&catalog, Rule::IntegrationHasOwner),
        [class_lists.id.0, orphan.id.0]
    );
}

#[test]
fn a_system_in_use_without_an_owner_is_found_and_a_retired_one_is_not() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [0i64; 0]);
    let mut draft = SystemDraft {
        name: "Gammelt fagsystem".into(),
        ..SystemDraft::default()
    };
    let system = catalog.save(None, draft.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [system.id.0]);
    draft.lifecycle = Lifecycle::Retired;
    catalog.save(Some(system.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::SystemHasOwner), [0i64; 0]);
}

#[test]
fn a_contract_governing_nothing_classified_is_found() {
    let (_dir, mut catalog) = demo();
    // The demo's weekly class lists govern no information set; every other contract is
    // classified.
    let class_lists = contract_titled(&catalog, "Klasselister til arkivet");
    assert_eq!(
        items(&catalog, Rule::ContractHasClassification),
        [class_lists.0]
    );
    let id = contract_titled(&catalog, "Folkeregisteropplysninger til sak og arkiv");
    let mut draft = catalog.contract(id).unwrap().draft;
    let set_id = draft.information_sets[0];
    draft.information_sets.clear();
    catalog.save(Some(id), draft.clone()).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::ContractHasClassification && f.item == id.0)
        .unwrap();
    assert!(finding.message.contains("governs no information set"));

    // Linked again, but with every level cleared: still unknown.
    let mut set = catalog.information_set(set_id).unwrap().draft;
    for field in &mut set.fields {
        field.classification = None;
    }
    catalog.save(Some(set_id), set).unwrap();
    draft.information_sets = vec![set_id];
    catalog.save(Some(id), draft).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let finding = findings
        .iter()
        .find(|f| f.rule == Rule::ContractHasClassification && f.item == id.0)
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
    let id = contract_titled(&catalog, "Ansatte og stillinger til tilgangsstyring");
    let mut draft = catalog.contract(id).unwrap().draft;
    assert!(draft.in_house, "the demo's HR flow runs in house");
    draft.in_house = false;
    catalog.save(Some(id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::PersonalDataHasAgreement), [id.0]);
}

#[test]
fn an_information_set_without_an_owner_or_with_a_departed_one_is_found() {
    let (_dir, mut catalog) = demo();
    assert_eq!(items(&catalog, Rule::InformationSetHasOwner), [0i64; 0]);
    let mut set = catalog.information_sets().unwrap()[0].clone();
    set.draft.owner = None;
    catalog.save(Some(set.id), set.draft.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::InformationSetHasOwner), [set.id.0]);

    let departed = catalog
        .people()
        .unwrap()
        .into_iter()
        .find(|p| p.draft.left_on.is_some())
        .unwrap();
    set.draft.owner = Some(departed.id);
    catalog.save(Some(set.id), set.draft).unwrap();
    assert!(items(&catalog, Rule::DepartedOwnerHasSuccessor).contains(&set.id.0));
}

#[test]
fn a_summary_counts_every_finding_and_keeps_the_first_of_each_rule() {
    let (_dir, mut catalog) = demo();
    for n in 0..15 {
        let mut draft = crate::app::demo::contracts()[0].clone();
        draft.title = format!("Uten eier {n:02}");
        catalog.save(None, draft).unwrap();
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

/// The nightly pupil sync of the demo: its contract's pupils' data is level 3 with a national
/// identity number and a special category.
fn pupil_sync(catalog: &Catalog) -> crate::model::Integration {
    catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| i.draft.name == "Nattlig elevsynkronisering")
        .unwrap()
}

#[test]
fn a_required_safeguard_the_integration_lacks_is_a_gap_until_it_is_recorded() {
    use crate::safeguards::Safeguard;
    let (_dir, mut catalog) = demo();
    let sync = pupil_sync(&catalog);
    let gaps = safeguard_gaps(&catalog).unwrap();
    let lacking: Vec<(Safeguard, GapReason)> =
        gaps.iter().map(|g| (g.safeguard, g.reason)).collect();
    assert_eq!(
        lacking,
        [
            (Safeguard::AccessReviewHalfYearly, GapReason::Level),
            (Safeguard::Pseudonymisation, GapReason::Sensitive)
        ]
    );
    assert!(gaps
        .iter()
        .all(|g| g.integration == sync.id && g.shipped_default));
    assert_eq!(
        gaps[0].contracts,
        catalog.contracts_governing(sync.id).unwrap()
    );
    assert_eq!(gaps[0].level.as_ref().map(|l| l.ordinal), Some(3));
    let finding = gaps[0].finding();
    let in_nynorsk = &finding.args["level@nn"];
    assert!(in_nynorsk.ends_with("(3)"), "{in_nynorsk}");
    assert_ne!(
        in_nynorsk, &finding.args["level"],
        "the level's name is translated"
    );
    assert!(
        crate::i18n::Translator::new(Lang::Nn)
            .finding(&finding)
            .contains(in_nynorsk.as_str()),
        "the reader's language picks the level's name in it"
    );

    let mut draft = sync.draft.clone();
    draft.safeguards.push(Safeguard::Pseudonymisation);
    draft.safeguards.push(Safeguard::AccessReviewHalfYearly);
    catalog.save(Some(sync.id), draft.clone()).unwrap();
    assert_eq!(
        catalog.integration(sync.id).unwrap().draft.safeguards,
        draft.safeguards
    );
    assert_eq!(items(&catalog, Rule::SafeguardGap), [0i64; 0]);

    draft.safeguards.retain(|s| *s != Safeguard::AuditLogging);
    catalog.save(Some(sync.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::SafeguardGap), [sync.id.0]);
}

#[test]
fn an_integration_no_contract_governs_or_whose_information_is_open_has_no_gap() {
    let (_dir, mut catalog) = demo();
    let sync = pupil_sync(&catalog);
    let mut ungoverned = sync.draft.clone();
    ungoverned.name = "Ingen kontrakt".into();
    ungoverned.safeguards.clear();
    let ungoverned = catalog.save(None, ungoverned).unwrap();
    assert!(!items(&catalog, Rule::SafeguardGap).contains(&ungoverned.id.0));

    // Open, non-personal information needs nothing, so no safeguard is missing.
    let mut open = catalog.information_sets().unwrap()[0].clone();
    for field in &mut open.draft.fields {
        field.classification = Some(0);
        field.personal_data = crate::model::PersonalData::default();
        field.children.clear();
    }
    catalog.save(Some(open.id), open.draft.clone()).unwrap();
    let mut contract = crate::app::demo::contracts()[0].clone();
    contract.title = "Åpen".into();
    contract.information_sets = vec![open.id];
    contract.integrations = vec![ungoverned.id];
    catalog.save(None, contract).unwrap();
    assert!(!items(&catalog, Rule::SafeguardGap).contains(&ungoverned.id.0));
}

#[test]
fn personal_data_alone_requires_safeguards_and_says_so() {
    let english = crate::i18n::Translator::new(Lang::En);
    let finding = SafeguardGap {
        integration: IntegrationId(1),
        name: "X".into(),
        safeguard: Safeguard::AuditLogging,
        reason: GapReason::Personal,
        level: None,
        contracts: vec![ContractId(4), ContractId(7)],
        shipped_default: true,
    }
    .finding();
    let message = english.finding(&finding);
    assert!(
        message.contains("Audit logging of every access"),
        "{message}"
    );
    assert!(
        message.contains("the personal data it carries"),
        "{message}"
    );
    assert!(message.contains("contracts 4, 7"), "{message}");
}

#[test]
fn a_technology_that_differs_from_the_advice_is_found_until_justified_and_soap_always() {
    let (_dir, mut catalog) = demo();
    let files = integration_named(&catalog, "Folkeregisterfil til elevportalen");
    assert_eq!(items(&catalog, Rule::TechnologyFollowsAdvice), [files.id.0]);

    let mut justified = files.draft.clone();
    justified.technology_justification = "Elevportalen tar bare imot filer.".into();
    catalog.save(Some(files.id), justified.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::TechnologyFollowsAdvice), [0i64; 0]);

    // Following the advice needs no justification.
    let mut advised = justified.clone();
    advised.technology = crate::model::Technology::Rest;
    advised.technology_justification.clear();
    catalog.save(Some(files.id), advised).unwrap();
    assert_eq!(items(&catalog, Rule::TechnologyFollowsAdvice), [0i64; 0]);

    // SOAP is a finding, justified or not.
    let mut soap = justified;
    soap.technology = crate::model::Technology::SoapLegacy;
    catalog.save(Some(files.id), soap).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let soap = findings
        .iter()
        .find(|f| f.rule == Rule::TechnologyFollowsAdvice)
        .unwrap();
    assert!(
        soap.message.contains("rules out for a new interface"),
        "{}",
        soap.message
    );
}

#[test]
fn building_new_where_an_existing_interface_serves_is_found_until_marked_and_justified() {
    let (_dir, mut catalog) = demo();
    let files = integration_named(&catalog, "Folkeregisterfil til elevportalen");
    assert_eq!(items(&catalog, Rule::ReuseBeforeBuild), [files.id.0]);
    let mut marked = files.draft.clone();
    marked.existing_interface_could_serve = true;
    marked.justification = "Oppslaget dekker ikke nattlige uttrekk.".into();
    catalog.save(Some(files.id), marked).unwrap();
    assert_eq!(items(&catalog, Rule::ReuseBeforeBuild), [0i64; 0]);
}

#[test]
fn a_levels_own_safeguard_policy_replaces_the_shipped_default_in_the_gaps() {
    use crate::safeguards::Safeguard::*;
    let (_dir, mut catalog) = demo();
    // The nightly sync's pupils are at the top level of their scheme; its policy here asks
    // for what the sync has, so the level's half-yearly review is no longer a gap.
    let gaps = safeguard_gaps(&catalog).unwrap();
    let scheme_key = catalog
        .information_sets()
        .unwrap()
        .into_iter()
        .find(|s| s.draft.name == "Elevopplysninger")
        .and_then(|s| s.draft.scheme)
        .unwrap();
    let mut scheme = catalog.scheme(&scheme_key).unwrap().unwrap();
    let ordinal = gaps[0].level.as_ref().map(|l| l.ordinal).unwrap();
    let level = scheme
        .levels
        .iter_mut()
        .find(|l| l.ordinal == ordinal)
        .unwrap();
    level.safeguards = Some(vec![HostingInEea, AccessReviewYearly, AuditLogging]);
    catalog.save(None, scheme).unwrap();
    let after = safeguard_gaps(&catalog).unwrap();
    assert!(
        after.iter().all(|g| g.reason != GapReason::Level),
        "{after:#?}"
    );
    // Sensitive personal data still asks for pseudonymisation (a shipped default).
    let pseudo = after
        .iter()
        .find(|g| g.safeguard == Pseudonymisation)
        .unwrap();
    assert!(pseudo.shipped_default);

    // A policy that asks for more than the shipped default finds more, marked as policy.
    let mut strict = catalog.scheme(&scheme_key).unwrap().unwrap();
    for level in &mut strict.levels {
        level.safeguards = Some(vec![
            Pseudonymisation,
            StrongAuthentication,
            AccessReviewHalfYearly,
        ]);
    }
    catalog.save(None, strict).unwrap();
    let findings = check_catalog(&catalog).unwrap();
    let policy: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule == Rule::SafeguardGap && f.message.contains("the catalog's policy"))
        .collect();
    assert!(!policy.is_empty(), "{findings:#?}");
}

/// The demo request titled `title`.
fn request_by_title(catalog: &Catalog, title: &str) -> crate::model::Request {
    catalog
        .requests()
        .unwrap()
        .into_iter()
        .find(|r| r.draft.title == title)
        .unwrap()
}

#[test]
fn an_open_request_past_its_follow_up_day_is_overdue_and_one_due_today_or_resolved_is_not() {
    let (_dir, mut catalog) = demo();
    let overdue = request_by_title(&catalog, "Elevlister til skoleskyss");
    assert_eq!(
        items(&catalog, Rule::RequestFollowUpOverdue),
        [overdue.id.0]
    );
    let finding = check_catalog(&catalog)
        .unwrap()
        .into_iter()
        .find(|f| f.rule == Rule::RequestFollowUpOverdue)
        .unwrap();
    assert_eq!(
        finding.args["date"],
        overdue.draft.follow_up.clone().unwrap()
    );
    assert_eq!(finding.args["status"], "waiting");
    let norwegian = crate::i18n::Translator::new(Lang::Nb).finding(&finding);
    assert!(norwegian.contains("status venter"), "{norwegian}");

    // Due today is not yet overdue.
    let mut draft = overdue.draft.clone();
    draft.follow_up = Some(catalog.today().unwrap());
    catalog.save(Some(overdue.id), draft.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::RequestFollowUpOverdue), [0i64; 0]);

    // Yesterday is.
    let other = request_by_title(&catalog, "Ansattdata til nytt turnussystem");
    let mut late = other.draft.clone();
    late.follow_up = Some(catalog.day_from_today(-1).unwrap());
    catalog.save(Some(other.id), late.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::RequestFollowUpOverdue), [other.id.0]);

    // A resolved request needs no follow-up.
    late.status = crate::model::RequestStatus::Resolved;
    catalog.save(Some(other.id), late).unwrap();
    assert_eq!(items(&catalog, Rule::RequestFollowUpOverdue), [0i64; 0]);
}

#[test]
fn a_request_being_handled_needs_an_assignee_who_is_still_here() {
    use crate::model::RequestStatus;
    let (_dir, mut catalog) = demo();
    let escalated = request_by_title(&catalog, "Timeplandata i sanntid til ekstern skoleapp");
    assert_eq!(items(&catalog, Rule::RequestHasAssignee), [escalated.id.0]);

    // A new request waits to be assigned: no finding.
    let new = request_by_title(&catalog, "Ledige barnehageplasser på nettsiden");
    assert_eq!(new.draft.status, RequestStatus::New);
    assert!(new.draft.assignee.is_none());

    // Assigned to someone here: fixed.
    let people = catalog.people().unwrap();
    let here = people.iter().find(|p| p.draft.left_on.is_none()).unwrap();
    let departed = people.iter().find(|p| p.draft.left_on.is_some()).unwrap();
    let mut draft = escalated.draft.clone();
    draft.assignee = Some(here.id);
    catalog.save(Some(escalated.id), draft.clone()).unwrap();
    assert_eq!(items(&catalog, Rule::RequestHasAssignee), [0i64; 0]);

    // Assigned to someone who has left: found again, naming them.
    draft.assignee = Some(departed.id);
    catalog.save(Some(escalated.id), draft.clone()).unwrap();
    let finding = check_catalog(&catalog)
        .unwrap()
        .into_iter()
        .find(|f| f.rule == Rule::RequestHasAssignee)
        .unwrap();
    assert_eq!(finding.item, escalated.id.0);
    assert_eq!(finding.args["variant"], "departed");
    assert!(
        finding.message.contains(&departed.draft.name),
        "{}",
        finding.message
    );

    // Once resolved, nobody needs to handle it.
    draft.status = RequestStatus::Resolved;
    catalog.save(Some(escalated.id), draft).unwrap();
    assert_eq!(items(&catalog, Rule::RequestHasAssignee), [0i64; 0]);
}

#[test]
fn an_items_findings_are_those_of_the_whole_check_that_name_it() {
    let (_dir, catalog) = demo();
    let files = integration_named(&catalog, "Folkeregisterfil til elevportalen");
    let rules: Vec<Rule> = findings_for(&catalog, Entity::Integration, files.id.0)
        .unwrap()
        .into_iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        rules,
        [
            Rule::IntegrationHasContract,
            Rule::TechnologyFollowsAdvice,
            Rule::ReuseBeforeBuild
        ]
    );
    let lookup = integration_named(&catalog, "Folkeregisteroppslag fra sak og arkiv");
    let rules: Vec<Rule> = findings_for(&catalog, Entity::Integration, lookup.id.0)
        .unwrap()
        .into_iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(rules, [Rule::IntegrationHasContract]);
}

#[test]
fn an_information_set_changed_after_a_release_calls_for_the_contract_s_next_version() {
    let (_dir, mut catalog) = demo();
    assert_eq!(
        items(&catalog, Rule::ReleaseMatchesInformationSets),
        [0i64; 0]
    );
    let pupils = contract_titled(&catalog, "Elevregister til elevportalen");
    let set_id = catalog.contract(pupils).unwrap().draft.information_sets[0];
    let mut set = catalog.information_set(set_id).unwrap().draft;
    set.fields[0].description.push_str(" (endret)");
    catalog.save(Some(set_id), set).unwrap();
    let found: Vec<Finding> = check_catalog(&catalog)
        .unwrap()
        .into_iter()
        .filter(|f| f.rule == Rule::ReleaseMatchesInformationSets)
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].entity, found[0].item),
        (Entity::Contract, pupils.0)
    );
    assert!(
        found[0]
            .message
            .contains("changed after version 1.2.0 was released"),
        "{}",
        found[0].message
    );
    // Saving the contract starts its next version (a draft), whose approval releases it with
    // the set as it is now.
    let draft = catalog.contract(pupils).unwrap().draft;
    let saved = catalog.save(Some(pupils), draft).unwrap();
    assert_eq!(saved.draft.version, "1.2.1");
    assert_eq!(
        items(&catalog, Rule::ReleaseMatchesInformationSets),
        [0i64; 0]
    );
    crate::app::test_support::approve(&mut catalog, pupils);
    assert_eq!(
        items(&catalog, Rule::ReleaseMatchesInformationSets),
        [0i64; 0]
    );
}

#[test]
fn a_running_integration_needs_a_contract_in_force_and_one_not_running_does_not() {
    let (_dir, mut catalog) = demo();
    let staff = integration_named(&catalog, "Ansatthendelser til tilgangsstyring");
    let found = |catalog: &Catalog| {
        check_catalog(catalog)
            .unwrap()
            .into_iter()
            .filter(|f| f.rule == Rule::IntegrationHasContract && f.item == staff.id.0)
            .collect::<Vec<_>>()
    };
    // Governed by a draft: found, naming the contract.
    let [finding] = &found(&catalog)[..] else {
        panic!("one finding")
    };
    assert_eq!(finding.args["variant"], "not-in-force");
    assert!(finding
        .message
        .contains("“Ansatte og stillinger til tilgangsstyring”"));
    // Governed by none: found, saying so.
    let mut draft = staff.draft.clone();
    let contract = contract_titled(&catalog, "Ansatte og stillinger til tilgangsstyring");
    let mut governing = catalog.contract(contract).unwrap().draft;
    governing.integrations.retain(|i| *i != staff.id);
    catalog.save(Some(contract), governing).unwrap();
    let [finding] = &found(&catalog)[..] else {
        panic!("one finding")
    };
    assert_eq!(finding.args["variant"], "none");
    assert!(finding
        .message
        .contains("no information contract governs it"));
    // Not running (its provider is only planned): nothing to find.
    let provider = draft.provider.take().unwrap();
    let mut system = catalog.system(provider).unwrap().draft;
    system.lifecycle = Lifecycle::Planned;
    catalog.save(Some(provider), system).unwrap();
    assert!(found(&catalog).is_empty());
}
