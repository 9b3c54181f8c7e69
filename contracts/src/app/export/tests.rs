//! Exports written to files: whole or not at all, never over the catalog; stubs and maps.

use serde_json::Value;

use super::*;
use crate::app::items::Editing;
use crate::map::parse;
use crate::store::Error as StoreError;
use crate::wire::map::MapFilter;

/// Contract `id` in `format` (its fixed text in `lang`) written to `out`.
fn export_contract(
    catalog: &Catalog,
    id: ContractId,
    format: ExportFormat,
    lang: Lang,
    out: &Path,
) -> Result<()> {
    let request = ExportRequest::of(ExportTarget::Contract { id, format });
    to_path(catalog, &request, lang, out).map(|_| ())
}

/// Contract `id`'s OpenAPI stub under `profile` written to `out`.
fn export_openapi(
    catalog: &Catalog,
    id: ContractId,
    profile: Option<ApiProfile>,
    yaml: bool,
    out: &Path,
) -> Result<Vec<StubWarning>> {
    let request = ExportRequest {
        target: ExportTarget::Contract {
            id,
            format: ExportFormat::Openapi,
        },
        profile,
        syntax: if yaml { Syntax::Yaml } else { Syntax::Json },
    };
    Ok(to_path(catalog, &request, Lang::En, out)?.0.warnings)
}

#[test]
fn an_export_to_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    let out = dir.path().join("no/such/dir/x.json");
    let err = export_contract(
        &catalog,
        ContractId(1),
        ExportFormat::Openapi,
        Lang::En,
        &out,
    )
    .unwrap_err();
    assert!(matches!(err, Error::Write { .. }), "{err:?}");
    assert!(err.to_string().contains("x.json"), "{err}");
}

#[test]
fn an_export_replaces_the_file_whole_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    let out = dir.path().join("x.json");
    std::fs::write(&out, "old").unwrap();
    export_contract(
        &catalog,
        ContractId(2),
        ExportFormat::Openapi,
        Lang::En,
        &out,
    )
    .unwrap();
    let written: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(written["info"]["x-datapakt-contract-id"], 2);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.to_string_lossy().ends_with(".partial")),
        "{names:?}"
    );
}

#[test]
fn an_export_never_replaces_the_catalog_s_side_files_and_keeps_a_file_s_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.datapakt");
    let (catalog, _) = crate::app::catalog::open_or_create(&path, true).unwrap();
    for side in ["c.datapakt-wal", "c.datapakt-shm", "c.datapakt-journal"] {
        let out = dir.path().join(side);
        let before = std::fs::read(&out).ok();
        let err = export_contract(&catalog, ContractId(1), ExportFormat::Odcs, Lang::En, &out)
            .unwrap_err();
        assert!(
            matches!(err, Error::ExportOverCatalog { .. }),
            "{side}: {err:?}"
        );
        assert_eq!(std::fs::read(&out).ok(), before, "{side}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = dir.path().join("privat.odcs.yaml");
        std::fs::write(&private, "old").unwrap();
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
        export_contract(
            &catalog,
            ContractId(1),
            ExportFormat::Odcs,
            Lang::En,
            &private,
        )
        .unwrap();
        let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the target's permissions are kept");
        let fresh = dir.path().join("ny.odcs.yaml");
        export_contract(
            &catalog,
            ContractId(1),
            ExportFormat::Odcs,
            Lang::En,
            &fresh,
        )
        .unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o644,
            "a new file is readable, as files the user makes are"
        );
    }
}

#[test]
fn an_export_never_replaces_the_open_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.datapakt");
    let (catalog, _) = crate::app::catalog::open_or_create(&path, true).unwrap();
    let before = std::fs::read(&path).unwrap();
    let same = dir.path().join(".").join("c.datapakt");
    let err =
        export_contract(&catalog, ContractId(1), ExportFormat::Pdf, Lang::En, &same).unwrap_err();
    assert!(matches!(err, Error::ExportOverCatalog { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(catalog.list_contracts().unwrap().len(), 5);
}

#[test]
fn exporting_a_missing_contract_writes_nothing() {
    let catalog = Catalog::in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let err =
        export_contract(&catalog, ContractId(5), ExportFormat::Pdf, Lang::En, &out).unwrap_err();
    assert!(matches!(err, Error::Store(StoreError::ContractNotFound(_))));
    assert!(!out.exists());
}

#[test]
fn a_contract_without_its_own_profile_follows_the_catalog_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.datapakt");
    let (mut catalog, _) = crate::app::catalog::open_or_create(&path, true).unwrap();
    let id = ContractId(1);
    let stub = |catalog: &Catalog, profile| {
        let out = dir.path().join("stub.json");
        export_openapi(catalog, id, profile, false, &out).unwrap();
        std::fs::read_to_string(&out).unwrap()
    };
    assert_eq!(catalog.contract(id).unwrap().draft.api_profile, None);
    assert!(!stub(&catalog, None).contains("OnBehalfOf"));
    catalog
        .set_default_api_profile(crate::model::ApiProfile::KsFiks)
        .unwrap();
    assert!(
        stub(&catalog, None).contains("OnBehalfOf"),
        "the default applies"
    );
    let generic = Some(crate::model::ApiProfile::Generic);
    assert!(
        !stub(&catalog, generic).contains("OnBehalfOf"),
        "an explicit profile wins"
    );
    let mut contract = catalog.contract(id).unwrap();
    contract.draft.api_profile = generic;
    catalog.save(Some(id), contract.draft).unwrap();
    assert!(
        !stub(&catalog, None).contains("OnBehalfOf"),
        "the contract's own wins"
    );
}

#[test]
fn an_integration_no_contract_governs_is_refused_and_nothing_is_written() {
    let (dir, mut catalog) = demo_catalog();
    let mut draft = catalog
        .integration(
            crate::app::test_support::integration_named(&catalog, "Nattlig elevsynkronisering").id,
        )
        .unwrap()
        .draft;
    draft.name = "Ubrukt integrasjon".into();
    let id = catalog.save(None, draft).unwrap().id;
    assert!(catalog.contracts_governing(id).unwrap().is_empty());
    let out = dir.path().join("ubrukt.openapi.json");
    let err = export_integration_openapi(&catalog, id, None, false, &out).unwrap_err();
    assert!(
        matches!(&err, crate::app::Error::IntegrationNotGoverned { id: i, name } if *i == id && name == "Ubrukt integrasjon"),
        "{err:?}"
    );
    assert!(err.to_string().contains("link a contract to it"), "{err}");
    assert_eq!(err.code(), crate::wire::ErrorCode::Invalid);
    assert!(!out.exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("ubrukt"))
        .collect();
    assert!(names.is_empty(), "{names:?}");

    let err =
        export_integration_openapi(&catalog, IntegrationId(99), None, false, &out).unwrap_err();
    assert!(
        matches!(err, Error::Store(StoreError::ItemNotFound { .. })),
        "{err:?}"
    );
}

#[test]
fn the_export_writes_json_or_yaml_whole_and_never_over_the_catalog() {
    let (dir, catalog) = demo_catalog();
    let id = crate::app::test_support::integration_named(
        &catalog,
        "Folkeregisteroppslag fra sak og arkiv",
    )
    .id;
    let json_out = dir.path().join("i.json");
    let warnings = export_integration_openapi(&catalog, id, None, false, &json_out).unwrap();
    assert_eq!(warnings.len(), 1, "no endpoint for the national platform");
    let written: Value = serde_json::from_slice(&std::fs::read(&json_out).unwrap()).unwrap();
    assert_eq!(written["info"]["x-datapakt-integration-id"], id.0);
    assert!(
        written["info"].get("x-datapakt-profile").is_none(),
        "generic"
    );

    let yaml_out = dir.path().join("i.yaml");
    export_integration_openapi(&catalog, id, Some(ApiProfile::KsFiks), true, &yaml_out).unwrap();
    let yaml = std::fs::read_to_string(&yaml_out).unwrap();
    assert!(yaml.starts_with("openapi: 3.1.0"), "{yaml}");
    assert!(yaml.contains("x-datapakt-profile: ks-fiks"), "{yaml}");

    let before = std::fs::read(catalog.path()).unwrap();
    let err = export_integration_openapi(&catalog, id, None, false, catalog.path()).unwrap_err();
    assert!(
        matches!(err, crate::app::Error::ExportOverCatalog { .. }),
        "{err:?}"
    );
    assert_eq!(std::fs::read(catalog.path()).unwrap(), before);
}

#[test]
fn the_map_is_written_as_svg_or_png_by_extension_and_an_unknown_one_is_refused() {
    let (dir, catalog) = demo_catalog();
    let filter = MapFilter::default();
    let svg = dir.path().join("kart.svg");
    export_map(&catalog, &filter, Lang::Nb, &svg).unwrap();
    let text = std::fs::read_to_string(&svg).unwrap();
    parse(&text).unwrap();
    assert!(text.contains("Eierskaps- og integrasjonskart"));
    let png = dir.path().join("kart.PNG");
    export_map(&catalog, &filter, Lang::Sv, &png).unwrap();
    assert!(std::fs::read(&png)
        .unwrap()
        .starts_with(b"\x89PNG\r\n\x1a\n"));
    let gif = dir.path().join("kart.gif");
    let error = export_map(&catalog, &filter, Lang::En, &gif).unwrap_err();
    assert!(matches!(
        error,
        crate::app::Error::Map(MapError::UnknownFormat { .. })
    ));
    assert!(error.to_string().contains(".svg or .png"), "{error}");
    assert!(!gif.exists());
    let over = export_map(&catalog, &filter, Lang::En, catalog.path());
    assert!(over.is_err(), "the catalog itself is never replaced");
}

/// Integration `id`'s stub under `profile` written to `out`; what the user is told.
fn export_integration_openapi(
    catalog: &Catalog,
    id: IntegrationId,
    profile: Option<ApiProfile>,
    yaml: bool,
    out: &Path,
) -> Result<Vec<StubWarning>> {
    let request = ExportRequest {
        target: ExportTarget::Integration { id },
        profile,
        syntax: if yaml { Syntax::Yaml } else { Syntax::Json },
    };
    Ok(to_path(catalog, &request, Lang::En, out)?.0.warnings)
}

/// The map as `filter` asks written to `out` in the format its extension names.
fn export_map(catalog: &Catalog, filter: &MapFilter, lang: Lang, out: &Path) -> Result<()> {
    let format = map_format(out)?;
    let request = ExportRequest::of(ExportTarget::Map {
        filter: filter.clone(),
        format,
    });
    to_path(catalog, &request, lang, out).map(|_| ())
}

/// The demo catalog in a folder removed when dropped.
fn demo_catalog() -> (tempfile::TempDir, Catalog) {
    crate::app::test_support::demo()
}

#[test]
fn a_chosen_name_gets_the_format_s_extension_unless_it_has_it() {
    let svg = with_extension(Path::new("/tmp/kart.SVG"), "svg");
    assert_eq!(svg, PathBuf::from("/tmp/kart.SVG"));
    let png = with_extension(Path::new("/tmp/kart"), "png");
    assert_eq!(png, PathBuf::from("/tmp/kart.png"));
    let other = with_extension(Path::new("/tmp/kart.svg"), "png");
    assert_eq!(other, PathBuf::from("/tmp/kart.svg.png"));
}

#[test]
fn every_information_set_exports_as_a_json_schema_that_checks_records_as_its_limits_say() {
    let (_dir, catalog) = demo_catalog();
    for set in catalog.information_sets().unwrap() {
        let request = ExportRequest::of(ExportTarget::InformationSet { id: set.id });
        let rendered = render(&catalog, &request, Lang::En).unwrap();
        let Content::File(bytes) = &rendered.content else {
            panic!("one file");
        };
        let schema: Value = serde_json::from_slice(bytes).unwrap();
        // A 2020-12 schema by an implementation other than ours.
        jsonschema::meta::validate(&schema)
            .unwrap_or_else(|e| panic!("{}: not a valid JSON Schema: {e}", set.draft.name));
        let validator = jsonschema::validator_for(&schema).unwrap();
        if set.draft.name != "Folkeregisteropplysninger" {
            continue;
        }
        assert_eq!(rendered.file_name, "folkeregisteropplysninger.schema.json");
        let record = |municipality: &str| {
            serde_json::json!({
                "personId": "p-1",
                "navn": "Kari Nordmann",
                "kommunenummer": municipality,
                "sistEndret": "2026-12-01T10:00:00Z",
            })
        };
        assert!(validator.is_valid(&record("3201")));
        assert!(!validator.is_valid(&record("320")), "four digits");
        assert!(!validator.is_valid(&record("32O1")), "digits only");
    }
}
