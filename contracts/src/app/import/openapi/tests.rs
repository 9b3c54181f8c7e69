//! The OpenAPI import into a catalog, on the documents written for it
//! (`tests/fixtures/openapi/`).

use std::path::Path;

use super::*;
use crate::app::items::Editing;
use crate::formats::openapi::read::tests::{field, KENNEL, REGISTRY};
use crate::formats::openapi::read::OpenApiError;
use crate::model::{Entity, SchemaField, SystemDraft};
use crate::store::Error as StoreError;

mod corpus;
mod proptests;

/// A catalog in memory with one system.
pub(super) fn catalog_with_system(name: &str) -> (Catalog, SystemId) {
    let mut catalog = Catalog::in_memory().unwrap();
    let system = catalog
        .save(
            None,
            SystemDraft {
                name: name.into(),
                ..SystemDraft::default()
            },
        )
        .unwrap()
        .id;
    (catalog, system)
}

#[test]
fn an_import_stores_every_set_linked_to_the_system_and_findable() {
    let (mut catalog, system) = catalog_with_system("Kennel system");
    let report = import(
        &mut catalog,
        system,
        KENNEL.as_bytes(),
        Path::new("kennel.json"),
    )
    .unwrap();
    assert_eq!(report.counts(), (10, 0, 0));
    assert_eq!(report.system_name, "Kennel system");
    assert_eq!(report.api, "Kennel API");
    assert!(report.kept.is_empty());
    assert!(!report.renamed.is_empty());

    let interface = catalog.interface(system).unwrap();
    assert_eq!(interface.len(), 10);
    let pet = report.sets.iter().find(|s| s.name == "Pet").unwrap();
    let stored = catalog.information_set(pet.id).unwrap();
    assert_eq!(
        stored.draft.description,
        "A pet in the kennel.\n\nOpenAPI: Kennel API 1.2.0 · #/components/schemas/Pet · Kennel system"
    );
    assert_eq!(stored.draft.fields.len(), 13);
    assert!(interface.iter().any(|e| e.set == pet.id
        && e.origin == "#/components/schemas/Pet"
        && e.api == "Kennel API"));

    let hits = catalog.search("kennel system").unwrap();
    assert!(hits
        .iter()
        .any(|h| h.entity == Entity::InformationSet && h.id == pet.id.0));
    assert_eq!(
        catalog
            .history(Entity::InformationSet, pet.id.0)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn importing_the_same_document_again_updates_the_sets_and_keeps_what_the_catalog_added() {
    let (mut catalog, system) = catalog_with_system("Registry");
    let path = Path::new("registry.yaml");
    let first = import(&mut catalog, system, REGISTRY.as_bytes(), path).unwrap();
    assert_eq!(first.counts(), (5, 0, 0));
    let again = import(&mut catalog, system, REGISTRY.as_bytes(), path).unwrap();
    assert_eq!(
        again.counts(),
        (0, 0, 5),
        "nothing changed, nothing written"
    );
    let ids = |report: &Report| report.sets.iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&again));

    // The catalog adds a name, a scheme, a classification and personal-data flags.
    let pupil_id = first.sets[0].id;
    let mut pupil = catalog.information_set(pupil_id).unwrap().draft;
    pupil.name = "Elev".into();
    pupil.scheme = Some("no-uh".into());
    let id_field = pupil
        .fields
        .iter_mut()
        .find(|f| f.name == "pupilId")
        .unwrap();
    id_field.classification = Some(2);
    id_field.personal_data.personal = true;
    catalog.save(Some(pupil_id), pupil).unwrap();

    // The next version adds a field to Pupil and drops Anything.
    let next = REGISTRY
        .replace("version: \"2\"", "version: \"3\"")
        .replace(
            "        pupilId:\n",
            "        born: {type: string, format: date}\n        pupilId:\n",
        )
        .replace("    Anything: {}\n", "");
    let third = import(&mut catalog, system, next.as_bytes(), path).unwrap();
    assert_eq!(
        third.counts(),
        (0, 4, 0),
        "the version is in every description"
    );
    assert_eq!(ids(&third)[..3], ids(&first)[..3]);
    assert_eq!(third.kept.len(), 1);
    assert_eq!(third.kept[0].origin, "#/components/schemas/Anything");
    let pupil = catalog.information_set(pupil_id).unwrap().draft;
    assert_eq!(pupil.name, "Elev");
    assert_eq!(pupil.scheme.as_deref(), Some("no-uh"));
    assert_eq!(pupil.fields[0].name, "born");
    let id_field = field(&pupil.fields, "pupilId");
    assert_eq!(id_field.classification, Some(2));
    assert!(id_field.personal_data.personal);
    assert!(pupil.description.contains("Pupil registry 3"));
    assert_eq!(catalog.information_sets().unwrap().len(), 5);
    assert_eq!(catalog.interface(system).unwrap().len(), 5);
}

#[test]
fn the_same_document_for_two_systems_or_two_apis_gives_separate_sets() {
    let (mut catalog, first) = catalog_with_system("One");
    let second = catalog
        .save(
            None,
            SystemDraft {
                name: "Two".into(),
                ..SystemDraft::default()
            },
        )
        .unwrap()
        .id;
    let path = Path::new("kennel.json");
    import(&mut catalog, first, KENNEL.as_bytes(), path).unwrap();
    let other = import(&mut catalog, second, KENNEL.as_bytes(), path).unwrap();
    assert_eq!(other.counts(), (10, 0, 0));
    let renamed_api = KENNEL.replace("Kennel API", "Kennel admin API");
    let admin = import(&mut catalog, first, renamed_api.as_bytes(), path).unwrap();
    assert_eq!(admin.counts(), (10, 0, 0));
    assert_eq!(catalog.information_sets().unwrap().len(), 30);
}

#[test]
fn nothing_is_stored_when_a_document_or_a_set_is_refused() {
    let (mut catalog, system) = catalog_with_system("S");
    let path = Path::new("broken.json");
    let dangling = KENNEL.replace(
        "#/components/schemas/Owner\"",
        "#/components/schemas/Nobody\"",
    );
    let error = import(&mut catalog, system, dangling.as_bytes(), path).unwrap_err();
    assert!(matches!(
        &error,
        Error::OpenApiImport {
            source: OpenApiError::DanglingRef { .. },
            ..
        }
    ));
    assert_eq!(error.message_key().0, "error-openapi-dangling-ref");
    assert!(catalog.information_sets().unwrap().is_empty());

    let good = InterfaceSet {
        origin: "#/a".into(),
        draft: InformationSetDraft {
            name: "A".into(),
            fields: vec![SchemaField {
                name: "a".into(),
                ..SchemaField::default()
            }],
            ..InformationSetDraft::default()
        },
    };
    let bad = InterfaceSet {
        origin: "#/b".into(),
        draft: InformationSetDraft {
            name: "B".into(),
            ..InformationSetDraft::default()
        },
    };
    let error = save_interface(&mut catalog, system, "api", vec![good, bad]).unwrap_err();
    assert!(matches!(error, Error::InvalidImport { index: 1, .. }));
    assert!(catalog.information_sets().unwrap().is_empty());
    assert!(catalog.interface(system).unwrap().is_empty());

    let missing = import(&mut catalog, SystemId(99), KENNEL.as_bytes(), path).unwrap_err();
    assert!(matches!(
        missing,
        Error::Store(StoreError::ItemNotFound {
            entity: Entity::System,
            id: 99
        })
    ));
    let file = import_file(&mut catalog, system, Path::new("/no/such/openapi.yaml")).unwrap_err();
    assert!(matches!(file, Error::Missing { .. }));
}

#[test]
fn a_system_with_an_interface_is_kept_and_a_deleted_set_forgets_its_origin() {
    let (mut catalog, system) = catalog_with_system("S");
    let report = import(
        &mut catalog,
        system,
        REGISTRY.as_bytes(),
        Path::new("r.yaml"),
    )
    .unwrap();
    assert!(matches!(
        catalog.delete(Entity::System, system.0),
        Err(Error::Store(StoreError::InUse { .. }))
    ));
    catalog
        .delete(Entity::InformationSet, report.sets[0].id.0)
        .unwrap();
    assert_eq!(catalog.interface(system).unwrap().len(), 4);
    let again = import(
        &mut catalog,
        system,
        REGISTRY.as_bytes(),
        Path::new("r.yaml"),
    )
    .unwrap();
    assert_eq!(again.counts(), (1, 0, 4), "the deleted set is made anew");
}
