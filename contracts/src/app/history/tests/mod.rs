//! Diffs between named versions, the changelog and the impact of a change, on the demo.

use super::*;
use crate::app::items::Editing;
use crate::app::test_support::{contract_titled, demo};
use crate::wire::versions::Versioned;

mod releases;

const POPULATION: &str = "Folkeregisteropplysninger til sak og arkiv";
const PUPILS: &str = "Elevregister til elevportalen";

fn rules(assessment: &Assessment) -> Vec<&str> {
    assessment.changes.iter().map(|a| a.rule.as_str()).collect()
}

#[test]
fn the_default_diff_is_the_latest_release_against_the_one_before() {
    let (_dir, catalog) = demo();
    let id = contract_titled(&catalog, POPULATION);
    let latest = diff(&catalog, Versioned::Contract(id), None, None).unwrap();
    assert_eq!(
        (latest.from.as_str(), latest.to.as_str()),
        ("2.1.0", "3.0.0")
    );
    assert_eq!(rules(&latest.assessment), ["validity-shortened"]);
    assert_eq!(latest.assessment.proposed, Version::parse("3.0.0"));
    let first = diff(
        &catalog,
        Versioned::Contract(id),
        Some("2.0.1"),
        Some("2.1.0"),
    )
    .unwrap();
    assert_eq!(rules(&first.assessment), ["terms-changed"]);
    // The integrations governed, by name.
    assert_eq!(
        first.assessment.changes[0].change.values(),
        (
            "Folkeregisteroppslag fra sak og arkiv".to_owned(),
            "Folkeregisteroppslag fra sak og arkiv, Folkeregisterfil til elevportalen".to_owned()
        )
    );
    // `to` alone compares with the release before it.
    assert_eq!(
        diff(&catalog, Versioned::Contract(id), None, Some("2.1.0")).unwrap(),
        first
    );
    // Nothing before the first release.
    assert!(diff(&catalog, Versioned::Contract(id), None, Some("2.0.1"))
        .unwrap()
        .assessment
        .changes
        .is_empty());
    for bad in [(Some("9.9.9"), None), (None, Some("1.0.0"))] {
        assert!(matches!(
            diff(&catalog, Versioned::Contract(id), bad.0, bad.1),
            Err(Error::VersionNotFound { .. })
        ));
    }
}

#[test]
fn the_changelog_lists_releases_newest_first_and_renders_as_markdown() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, POPULATION);
    let log = changelog(&catalog, Versioned::Contract(id)).unwrap();
    let versions: Vec<(&str, Option<crate::versions::Bump>)> = log
        .entries
        .iter()
        .map(|e| (e.version.as_str(), e.assessment.bump))
        .collect();
    use crate::versions::Bump::*;
    assert_eq!(
        versions,
        [
            ("3.0.0", Some(Major)),
            ("2.1.0", Some(Minor)),
            ("2.0.1", None)
        ]
    );
    let markdown = crate::i18n::versions::changelog_markdown(&Translator::new(Lang::En), &log);
    assert!(
        markdown.starts_with(&format!("# Changelog: {POPULATION}\n")),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n## 3.0.0 (breaking change)\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- Valid to changed from “none” to “2026-10-31” — breaking change: The contract covers less time"),
        "{markdown}"
    );
    assert!(markdown.contains("First release."), "{markdown}");

    // A change not yet approved is listed first, unreleased.
    let mut draft = catalog.contract(id).unwrap().draft;
    draft.retention = "Slettes etter 6 måneder.".into();
    catalog.save(Some(id), draft).unwrap();
    let log = changelog(&catalog, Versioned::Contract(id)).unwrap();
    assert_eq!(log.entries.len(), 4);
    assert_eq!(log.entries[0].version, "3.1.0");
    assert_eq!(log.entries[0].released_at, None);
    let markdown = crate::i18n::versions::changelog_markdown(&Translator::new(Lang::Nb), &log);
    assert!(markdown.contains("## 3.1.0"), "{markdown}");
}

#[test]
fn the_impact_of_a_released_breaking_change_names_consumers_grants_and_tells_each_person() {
    let (_dir, catalog) = demo();
    let id = contract_titled(&catalog, POPULATION);
    let today = catalog.today_date().unwrap();
    let impact = impact(&catalog, id, today).unwrap();
    assert!(impact.released);
    assert_eq!(
        (impact.from.as_deref(), impact.to.as_str()),
        (Some("2.1.0"), "3.0.0")
    );
    assert!(impact.assessment.breaking());
    let names = |items: &[Affected]| items.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert!(
        names(&impact.consumers).contains(&"Sak og arkiv (Noark 5)".to_owned()),
        "{:?}",
        impact.consumers
    );
    assert_eq!(impact.integrations.len(), 2, "{:?}", impact.integrations);
    assert_eq!(
        names(&impact.grants),
        ["Folkeregisteroppslag fra sak og arkiv → Sak og arkiv (Noark 5)"]
    );
    assert!(impact.contracts.is_empty(), "released, and no set changed");
    assert!(!impact.recipients.is_empty());
    for recipient in &impact.recipients {
        assert_eq!(recipient.lang, Lang::Nb, "a Norwegian municipality");
        assert!(
            recipient.notice.subject.contains("3.0.0"),
            "{}",
            recipient.notice.subject
        );
        let body = &recipient.notice.body;
        assert!(
            body.starts_with(&format!("Hei {},", recipient.name)) || body.contains(&recipient.name),
            "{body}"
        );
        assert!(body.contains("2.1.0") && body.contains("3.0.0"), "{body}");
        assert!(body.contains("2026-10-31"), "{body}");
    }
}

#[test]
fn the_impact_of_a_draft_change_asks_for_approval_and_proposes_the_version() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, PUPILS);
    let mut draft = catalog.contract(id).unwrap().draft;
    draft.fields.pop();
    let saved = catalog.save(Some(id), draft).unwrap();
    let today = catalog.today_date().unwrap();
    let impact = impact(&catalog, id, today).unwrap();
    assert!(!impact.released);
    assert_eq!(impact.to, saved.draft.version);
    assert_eq!(rules(&impact.assessment), ["field-removed"]);
    assert_eq!(
        impact.assessment.proposed.map(|v| v.to_string()),
        Some(saved.draft.version.clone())
    );
    assert_eq!(impact.contracts.len(), 1);
    assert_eq!(impact.contracts[0].why, "impact-why-awaiting-approval");
    assert_eq!(impact.effective, None, "in force once approved");
    assert!(
        !impact.grants.is_empty(),
        "a breaking change reviews the grants under it"
    );
    let english = crate::i18n::versions::notice(
        &Translator::new(Lang::En),
        &impact,
        &impact.recipients[0],
        "Åse",
    );
    assert!(english.1.contains("when it is approved"), "{}", english.1);
    assert!(
        english
            .1
            .contains("What you must do: the change breaks existing use"),
        "{}",
        english.1
    );
    assert!(english.1.contains("Questions: Åse."), "{}", english.1);
}

#[test]
fn a_changed_information_set_asks_the_other_contracts_governing_it_for_approval() {
    let (_dir, mut catalog) = demo();
    let pupils = contract_titled(&catalog, PUPILS);
    let set_id = catalog.contract(pupils).unwrap().draft.information_sets[0];
    let others: Vec<ContractId> = catalog
        .approved_contracts_governing(&[set_id])
        .unwrap()
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert!(others.contains(&pupils));
    let mut set = catalog.information_set(set_id).unwrap().draft;
    set.fields[0].description.push_str(" (endret)");
    catalog.save(Some(set_id), set).unwrap();
    let today = catalog.today_date().unwrap();
    let impact = impact(&catalog, pupils, today).unwrap();
    assert!(!impact.released, "the set changed since the release");
    assert_eq!(rules(&impact.assessment), ["wording-changed"]);
    let why: Vec<&str> = impact.contracts.iter().map(|c| c.why.as_str()).collect();
    assert_eq!(why[0], "impact-why-awaiting-approval");
    assert_eq!(
        impact.contracts.len() - 1,
        others.iter().filter(|c| **c != pupils).count()
    );
    assert!(
        impact.grants.is_empty(),
        "a wording change reviews no access"
    );
}

#[test]
fn the_preview_judges_the_edited_draft_against_the_last_release() {
    let (_dir, catalog) = demo();
    let id = contract_titled(&catalog, PUPILS);
    let mut draft = catalog.contract(id).unwrap().draft;
    let same = preview(&catalog, id, &draft).unwrap();
    assert_eq!(same.released.as_deref(), Some(draft.version.as_str()));
    assert!(same.assessment.changes.is_empty());
    draft.fields[0].field_type = crate::model::FieldType::Integer;
    draft.information_sets.push(InformationSetId(999));
    let changed = preview(&catalog, id, &draft).unwrap();
    assert_eq!(rules(&changed.assessment), ["type-changed"]);
    assert_eq!(changed.assessment.proposed.map(|v| v.major), Some(2));
    let never = contract_titled(&catalog, "Ansatte og stillinger til tilgangsstyring");
    let draft = catalog.contract(never).unwrap().draft;
    assert_eq!(preview(&catalog, never, &draft).unwrap().released, None);
}

#[test]
fn an_information_set_s_versions_are_compared_and_listed_like_a_contract_s() {
    let (_dir, mut catalog) = demo();
    let set = catalog.information_sets().unwrap().remove(0);
    let item = Versioned::InformationSet(set.id);
    let mut draft = set.draft.clone();
    let preview = set_preview(&catalog, set.id, &draft).unwrap();
    assert_eq!(preview.released.as_deref(), Some("1.0.0"));
    assert!(preview.assessment.changes.is_empty());
    draft.fields.pop();
    let preview = set_preview(&catalog, set.id, &draft).unwrap();
    assert_eq!(rules(&preview.assessment), ["field-removed"]);
    assert_eq!(preview.assessment.proposed, Version::parse("2.0.0"));
    catalog.save(Some(set.id), draft).unwrap();

    let latest = diff(&catalog, item, None, None).unwrap();
    assert_eq!(
        (latest.from.as_str(), latest.to.as_str()),
        ("1.0.0", "2.0.0")
    );
    assert_eq!(rules(&latest.assessment), ["field-removed"]);
    assert_eq!(
        diff(&catalog, item, Some("1.0.0"), Some("current"))
            .unwrap()
            .assessment,
        latest.assessment
    );
    let log = changelog(&catalog, item).unwrap();
    let versions: Vec<&str> = log.entries.iter().map(|e| e.version.as_str()).collect();
    assert_eq!(versions, ["2.0.0", "1.0.0"]);
    assert_eq!(log.title, set.draft.name);
    assert!(matches!(
        diff(&catalog, item, Some("3.0.0"), None),
        Err(Error::VersionNotFound {
            entity: Entity::InformationSet,
            ..
        })
    ));
}
