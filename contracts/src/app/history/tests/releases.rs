//! Releases, the next version a change calls for, information-set versions and the history
//! an older catalog gets.

use crate::app::error::Error;
use crate::app::items::Editing;
use crate::app::test_support::{approve, contract_titled, demo};
use crate::model::{ContractStatus, SchemaField, SchemaType};
use crate::store::{Catalog, Release};
use crate::validate::{FieldPath, IssueCode};

fn versions(releases: &[Release]) -> Vec<&str> {
    releases.iter().map(|r| r.version.as_str()).collect()
}

#[test]
fn the_demo_population_contract_has_three_releases_the_last_breaking() {
    let (_dir, catalog) = demo();
    let id = contract_titled(&catalog, "Folkeregisteropplysninger til sak og arkiv");
    let releases = catalog.contract_releases(id).unwrap();
    assert_eq!(versions(&releases), ["2.0.1", "2.1.0", "3.0.0"]);
    assert!(releases.iter().all(|r| r.by == "Datapakt (demo)"));
    let last = &releases[2].snapshot;
    assert_eq!(last.contract.valid_to.as_deref(), Some("2026-10-31"));
    assert!(
        !last.sets.is_empty(),
        "a release holds the sets it governed"
    );
    assert_eq!(catalog.contract_snapshot(id).unwrap(), *last);
    let judged = crate::versions::assess(
        &releases[1].snapshot,
        last,
        crate::versions::Version::parse("2.1.0"),
    );
    assert!(judged.breaking());
    // The draft HR contract was never released.
    let hr = contract_titled(&catalog, "Ansatte og stillinger til tilgangsstyring");
    assert!(catalog.contract_releases(hr).unwrap().is_empty());
}

#[test]
fn editing_a_released_contract_starts_the_next_version_as_a_draft() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, "Elevregister til elevportalen");
    let released = catalog.contract(id).unwrap();
    assert_eq!(released.state.status, ContractStatus::Approved);
    let released_version = released.draft.version.clone();

    // A wording change: the next patch, as a draft; the release is kept as it was.
    let mut draft = released.draft.clone();
    draft.description.push_str(" Gjelder alle grunnskoler.");
    let saved = catalog.save(Some(id), draft.clone()).unwrap();
    assert_eq!(saved.state.status, ContractStatus::Draft);
    assert_eq!(saved.state.approved_by, None);
    let patch = crate::versions::Version::parse(&released_version)
        .unwrap()
        .bumped(crate::versions::Bump::Patch);
    assert_eq!(saved.draft.version, patch.to_string());
    assert_eq!(
        versions(&catalog.contract_releases(id).unwrap()),
        [released_version.as_str()]
    );

    // Removing a field breaks consumers: the draft becomes the next major version.
    draft.fields.pop();
    let saved = catalog.save(Some(id), draft.clone()).unwrap();
    let major = crate::versions::Version::parse(&released_version)
        .unwrap()
        .bumped(crate::versions::Bump::Major);
    assert_eq!(saved.draft.version, major.to_string());

    // A version past the release but short of what the changes call for is refused there.
    let mut too_low = saved.draft.clone();
    too_low.version = patch.to_string();
    match catalog.save(Some(id), too_low) {
        Err(Error::Invalid { issues }) => {
            assert_eq!(issues.len(), 1);
            assert_eq!(issues[0].path, FieldPath::Version);
            assert!(
                matches!(issues[0].code, IssueCode::VersionTooLow { proposed, .. } if proposed == major)
            );
        }
        other => panic!("{other:?}"),
    }
    // A higher one is the owner's choice.
    let mut higher = saved.draft.clone();
    higher.version = "7.0.0".into();
    assert_eq!(
        catalog.save(Some(id), higher).unwrap().draft.version,
        "7.0.0"
    );

    // Approval releases it.
    approve(&mut catalog, id);
    let releases = catalog.contract_releases(id).unwrap();
    assert_eq!(versions(&releases), [released_version.as_str(), "7.0.0"]);
    assert_eq!(releases[1].snapshot, catalog.contract_snapshot(id).unwrap());
}

#[test]
fn the_version_the_store_chose_follows_the_changes_as_they_grow() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, "Elevregister til elevportalen");
    let released = catalog.contract(id).unwrap();
    // An addition: the next minor, chosen by the store.
    let mut draft = released.draft.clone();
    draft.purpose.push_str(" Også for SFO.");
    let saved = catalog.save(Some(id), draft).unwrap();
    assert_eq!(saved.draft.version, "1.3.0");
    // A breaking change on top, the version left as the store set it: the next major, not a
    // refusal.
    let mut draft = saved.draft.clone();
    draft.fields.pop();
    assert_eq!(
        catalog.save(Some(id), draft).unwrap().draft.version,
        "2.0.0"
    );
}

#[test]
fn a_version_lowered_below_the_release_without_changes_stays_the_release() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, "Elevregister til elevportalen");
    let released = catalog.contract(id).unwrap();
    let mut draft = released.draft.clone();
    draft.version = "1.0.0".into();
    let saved = catalog.save(Some(id), draft).unwrap();
    assert_eq!(
        saved, released,
        "nothing changed, so it stays released as it was"
    );
}

#[test]
fn saving_a_released_contract_unchanged_keeps_it_released() {
    let (_dir, mut catalog) = demo();
    let id = contract_titled(&catalog, "Elevregister til elevportalen");
    let released = catalog.contract(id).unwrap();
    let saved = catalog.save(Some(id), released.draft.clone()).unwrap();
    assert_eq!(saved, released);
}

#[test]
fn an_information_set_gets_a_version_per_change_numbered_by_what_changed() {
    let (_dir, mut catalog) = demo();
    let set = catalog.information_sets().unwrap().remove(0);
    assert_eq!(
        versions(&catalog.information_set_releases(set.id).unwrap()),
        ["1.0.0"]
    );
    let mut draft = set.draft.clone();
    draft.description.push_str(" (oppdatert)");
    catalog.save(Some(set.id), draft.clone()).unwrap();
    // Unchanged: no new version.
    catalog.save(Some(set.id), draft.clone()).unwrap();
    draft.fields.push(SchemaField {
        name: "merknad".into(),
        field_type: SchemaType::String,
        ..SchemaField::default()
    });
    catalog.save(Some(set.id), draft.clone()).unwrap();
    draft.fields.pop();
    draft.fields.pop();
    catalog.save(Some(set.id), draft).unwrap();
    assert_eq!(
        versions(&catalog.information_set_releases(set.id).unwrap()),
        ["1.0.0", "1.0.1", "1.1.0", "2.0.0"]
    );
}

#[test]
fn an_older_catalog_gets_its_approved_contracts_and_sets_as_first_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v12.datapakt");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(include_str!("../../../store/fixtures/catalog-v12.sql"))
        .unwrap();
    drop(conn);
    let catalog = Catalog::open(&path).unwrap();
    let approved: Vec<_> = catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .map(|c| (c.id, catalog.contract(c.id).unwrap()))
        .collect();
    for (id, contract) in approved {
        let releases = catalog.contract_releases(id).unwrap();
        if contract.state.status == ContractStatus::Approved {
            assert_eq!(versions(&releases), [contract.draft.version.as_str()]);
            assert_eq!(
                Some(&releases[0].at[..10]),
                contract.state.approved_at.as_deref().map(|a| &a[..10])
            );
        } else {
            assert!(releases.is_empty(), "{}", contract.draft.title);
        }
    }
    for set in catalog.information_sets().unwrap() {
        assert_eq!(
            versions(&catalog.information_set_releases(set.id).unwrap()),
            ["1.0.0"]
        );
    }
}
