use super::*;

use crate::app::items::Editing;
use crate::app::test_support::demo;

fn named<'a>(portfolio: &'a Portfolio, name: &str) -> &'a Integration {
    portfolio
        .integrations()
        .iter()
        .find(|i| i.draft.name == name)
        .unwrap()
}

#[test]
fn a_reusable_integration_carrying_the_set_is_a_candidate_and_a_private_one_is_not() {
    let (_dir, mut catalog) = demo();
    let portfolio = Portfolio::load(&catalog).unwrap();
    let files = named(&portfolio, "Folkeregisterfil til elevportalen").clone();
    let lookup = named(&portfolio, "Folkeregisteroppslag fra sak og arkiv").clone();
    let candidates = portfolio.candidates_of(&files);
    assert_eq!(candidates.len(), 1, "{candidates:?}");
    assert_eq!(candidates[0].kind, CandidateKind::Integration);
    assert_eq!(candidates[0].id, lookup.id.0);
    assert_eq!(candidates[0].provides, ["Folkeregisteropplysninger"]);
    // The earlier integration is not a candidate for itself, nor is the later one for it.
    assert!(portfolio.candidates_of(&lookup).is_empty());

    // Not reusable through the platform: no longer a candidate.
    let mut private = lookup.draft.clone();
    private.reusable_via_platform = false;
    catalog.save(Some(lookup.id), private).unwrap();
    let portfolio = Portfolio::load(&catalog).unwrap();
    assert!(portfolio.candidates_of(&files).is_empty());
}

#[test]
fn a_systems_documented_api_is_a_candidate_except_for_integrations_from_that_system() {
    let (_dir, catalog) = demo();
    let mut portfolio = Portfolio::load(&catalog).unwrap();
    let files = named(&portfolio, "Folkeregisterfil til elevportalen").clone();
    let set = files.draft.information_sets[0];
    let provider = files.draft.provider.unwrap();
    let other = SystemId(provider.0 + 1);
    portfolio
        .interfaces
        .insert((other.0, "Folkeregister-API".into()), [set].into());
    let names: Vec<String> = portfolio
        .candidates(&[set], Some(provider), None)
        .into_iter()
        .filter(|c| c.kind == CandidateKind::Interface)
        .map(|c| c.name)
        .collect();
    assert_eq!(names.len(), 1);
    assert!(names[0].ends_with(": Folkeregister-API"), "{names:?}");
    assert!(portfolio
        .candidates(&[set], Some(other), None)
        .iter()
        .all(|c| c.kind != CandidateKind::Interface));
    // Nothing asked, nothing offered.
    assert!(portfolio.candidates(&[], None, None).is_empty());
}
