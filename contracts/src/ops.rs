//! The use cases, called alike by the CLI and the desktop backend. Each takes the open
//! [`Catalog`] and plain inputs and returns model or wire types.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::export;
use crate::export::openapi::integration::{Governing, IntegrationContext, StubWarning};
use crate::export::pdf::DpaContext;
use crate::model::{
    Agreement, AgreementGap, AgreementId, AuditAction, Contract, ContractId, ContractStatus,
    Entity, Integration, IntegrationId, Lang, OrganisationId, Role, SystemId,
};
use crate::store::Catalog;
use crate::wire::{
    CatalogInfo, ExportFormat, ImportFormat, ImportRequest, ImportSummary, Preferences,
};

/// The open catalog's path and whether it is read-only.
pub fn catalog_info(catalog: &Catalog) -> CatalogInfo {
    CatalogInfo {
        path: catalog.path().display().to_string(),
        read_only: catalog.is_read_only(),
    }
}

/// The preferences stored at `path`; the defaults when there are none or they cannot be read
/// (a damaged file is replaced at the next save, never half-read).
pub fn load_preferences(path: &Path) -> Preferences {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Stores `preferences` at `path`, whole or not at all (its folder is created).
pub fn save_preferences(path: &Path, preferences: &Preferences) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.to_owned(),
            source,
        })?;
    }
    let json = serde_json::to_vec_pretty(preferences).expect("preferences always serialise");
    write_atomically(path, &json)
}

/// Renders contract `id` in `format` (a document's fixed text in `lang`) and writes it to
/// `out`, all or nothing.
pub fn export_contract(
    catalog: &Catalog,
    id: ContractId,
    format: ExportFormat,
    lang: Lang,
    out: &Path,
) -> Result<()> {
    refuse_catalog_as_target(catalog, out)?;
    let contract = catalog.contract(id)?;
    let context = export_context(catalog, &contract)?;
    let bytes = export::render(&contract, &context, format, lang)?;
    write_atomically(out, &bytes)
}

/// Every required item data processing agreement `id` lacks (empty when it is complete).
pub fn dpa_preflight(catalog: &Catalog, id: AgreementId) -> Result<Vec<AgreementGap>> {
    let agreement = catalog.agreement(id)?;
    Ok(export::pdf::preflight(
        &agreement,
        &dpa_context(catalog, &agreement)?,
    ))
}

/// Writes data processing agreement `id` as a PDF in `lang` to `out`, all or nothing, and
/// returns its gaps: when there are any, the document says DRAFT on every page.
pub fn export_dpa(
    catalog: &Catalog,
    id: AgreementId,
    lang: Lang,
    out: &Path,
) -> Result<Vec<AgreementGap>> {
    refuse_catalog_as_target(catalog, out)?;
    let agreement = catalog.agreement(id)?;
    let context = dpa_context(catalog, &agreement)?;
    let bytes = export::pdf::dpa_pdf(&agreement, &context, lang)?;
    write_atomically(out, &bytes)?;
    Ok(export::pdf::preflight(&agreement, &context))
}

/// Writes the catalog-wide report `kind` in `lang` as a PDF to `out`, atomically, and returns
/// it (so the caller can say how many rows it has).
pub fn export_report(
    catalog: &Catalog,
    kind: crate::wire::ReportKind,
    lang: Lang,
    out: &Path,
) -> Result<crate::wire::Report> {
    refuse_catalog_as_target(catalog, out)?;
    let report = crate::reports::build(catalog, kind, &crate::i18n::Translator::new(lang))?;
    let name = catalog
        .path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    write_atomically(out, &export::pdf::report_pdf(&report, &name, lang)?)?;
    Ok(report)
}

/// What the agreement document needs of the catalog: both organisations, the covered
/// contracts and the personal data their information sets carry.
pub fn dpa_context(catalog: &Catalog, agreement: &Agreement) -> Result<DpaContext> {
    let organisation =
        |id: Option<OrganisationId>| id.map(|id| catalog.organisation(id)).transpose();
    let mut context = DpaContext {
        controller: organisation(agreement.draft.controller)?,
        processor: organisation(agreement.draft.processor)?,
        ..DpaContext::default()
    };
    for id in &agreement.draft.contracts {
        let contract = catalog.contract(*id)?;
        for set in &contract.draft.information_sets {
            let flags = catalog.information_set(*set)?.draft.personal_data();
            context.personal_data = context.personal_data.union(flags);
        }
        context
            .contracts
            .push((contract.draft.title, contract.draft.version));
    }
    Ok(context)
}

/// Refuses to write an export over the open catalog file.
fn refuse_catalog_as_target(catalog: &Catalog, out: &Path) -> Result<()> {
    if is_same_file(out, catalog.path()) {
        return Err(Error::ExportOverCatalog {
            path: out.to_owned(),
        });
    }
    Ok(())
}

/// Writes contract `id`'s OpenAPI stub under `profile` (`None`: the contract's own), as YAML
/// when `yaml` (else JSON), to `out`, all or nothing.
pub fn export_openapi(
    catalog: &Catalog,
    id: ContractId,
    profile: Option<export::openapi::profiles::Profile>,
    yaml: bool,
    out: &Path,
) -> Result<Vec<StubWarning>> {
    refuse_catalog_as_target(catalog, out)?;
    let contract = catalog.contract(id)?;
    let context = export_context(catalog, &contract)?;
    let mut document = export::openapi::contract_openapi(&contract, &context);
    export::openapi::profiles::apply(profile.unwrap_or(context.api_profile), &mut document);
    write_atomically(out, &openapi_bytes(&document, yaml))?;
    Ok(if context.provider_endpoints.is_empty() {
        vec![StubWarning::NoEndpoint {
            system: contract.draft.provider_system,
        }]
    } else {
        Vec::new()
    })
}

/// Writes integration `id`'s OpenAPI stub (one document for every contract governing it)
/// under `profile` (`None`: the profile all those contracts name when they agree, else
/// generic), as YAML when `yaml` (else JSON), to `out`, all or nothing. Returns what the user
/// should be told about the written stub (a placeholder server). An integration no contract
/// governs is refused ([`Error::IntegrationNotGoverned`]) and nothing is written.
pub fn export_integration_openapi(
    catalog: &Catalog,
    id: IntegrationId,
    profile: Option<export::openapi::profiles::Profile>,
    yaml: bool,
    out: &Path,
) -> Result<Vec<StubWarning>> {
    refuse_catalog_as_target(catalog, out)?;
    let context = integration_context(catalog, id)?;
    if context.contracts.is_empty() {
        return Err(Error::IntegrationNotGoverned {
            id,
            name: context.facts.integration.draft.name,
        });
    }
    let mut document = export::openapi::integration::integration_openapi(&context);
    let profile = match profile {
        Some(profile) => profile,
        None => context.shared_profile(catalog.default_api_profile()?),
    };
    export::openapi::profiles::apply(profile, &mut document);
    write_atomically(out, &openapi_bytes(&document, yaml))?;
    Ok(context.warnings())
}

/// The ownership and integration map of the catalog as `filter` asks, in `lang`.
pub fn portfolio_map(
    catalog: &Catalog,
    filter: &crate::wire::map::MapFilter,
    lang: Lang,
) -> Result<crate::wire::map::MapView> {
    let portfolio = crate::map::Portfolio::read(catalog)?;
    Ok(crate::map::draw(
        &portfolio,
        filter,
        &crate::i18n::Translator::new(lang),
    ))
}

/// The picture format `out`'s extension names (`.svg` or `.png`, any case).
pub fn map_format(out: &Path) -> Result<crate::wire::map::MapFormat> {
    out.extension()
        .and_then(|e| e.to_str())
        .and_then(crate::wire::map::MapFormat::from_extension)
        .ok_or_else(|| {
            Error::Map(crate::map::MapError::UnknownFormat {
                path: out.to_owned(),
            })
        })
}

/// Writes the map as `filter` asks, in `lang`, to `out` in the format its extension names,
/// all or nothing; returns the map written. An unknown extension is refused before any
/// work, and nothing is written.
pub fn export_map(
    catalog: &Catalog,
    filter: &crate::wire::map::MapFilter,
    lang: Lang,
    out: &Path,
) -> Result<crate::wire::map::MapView> {
    let format = map_format(out)?;
    refuse_catalog_as_target(catalog, out)?;
    let view = portfolio_map(catalog, filter, lang)?;
    write_atomically(out, &crate::map::image(&view, format)?)?;
    Ok(view)
}

/// What an integration's OpenAPI stub needs of the catalog: the integration with its systems'
/// names, its owner (the recorded one, else whoever holds the integration owner role), its
/// provider's endpoints, and every contract governing it (by id) with the information sets
/// that contract governs.
pub fn integration_context(catalog: &Catalog, id: IntegrationId) -> Result<IntegrationContext> {
    let integration = catalog.integration(id)?;
    let owner = match integration.draft.owner {
        Some(person) => Some(person),
        None => catalog
            .roles(Entity::Integration, Some(id.0))?
            .into_iter()
            .find(|assignment| assignment.role == Role::IntegrationOwner)
            .map(|assignment| assignment.person),
    };
    let owner = owner.map(|person| catalog.person(person)).transpose()?;
    let provider_endpoints = match integration.draft.provider {
        Some(system) => catalog.system(system)?.draft.endpoints,
        None => Vec::new(),
    };
    let contracts = catalog
        .contracts_governing(id)?
        .into_iter()
        .map(|contract| {
            let contract = catalog.contract(contract)?;
            let sets = contract
                .draft
                .information_sets
                .iter()
                .map(|set| catalog.information_set(*set))
                .collect::<Result<Vec<_>>>()?;
            Ok(Governing { contract, sets })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(IntegrationContext {
        facts: integration_facts(catalog, integration)?,
        owner,
        provider_endpoints,
        contracts,
        schemes: catalog.schemes()?,
    })
}

/// An OpenAPI document's bytes: YAML when `yaml`, else pretty-printed JSON ending in a newline.
fn openapi_bytes(document: &serde_json::Value, yaml: bool) -> Vec<u8> {
    if yaml {
        export::yaml::to_string(document).into_bytes()
    } else {
        let mut json = serde_json::to_vec_pretty(document).expect("a JSON value always serialises");
        json.push(b'\n');
        json
    }
}

/// Writes every contract as ODCS into the folder `dir` (created if missing), one file each
/// named by its id (`contract-<id>.odcs.yaml`, stable across renames, so a git history of the
/// folder shows each contract's changes); files of contracts no longer in the catalog are
/// removed. Returns how many were written.
pub fn export_all_odcs(catalog: &Catalog, dir: &Path) -> Result<usize> {
    export_all_odcs_with_progress(catalog, dir, |_, _| {})
}

/// [`export_all_odcs`], calling `progress(done, total)` after each contract.
pub fn export_all_odcs_with_progress(
    catalog: &Catalog,
    dir: &Path,
    mut progress: impl FnMut(usize, usize),
) -> Result<usize> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = std::collections::HashSet::new();
    let contracts = catalog.list_contracts()?;
    let total = contracts.len();
    for summary in contracts {
        let contract = catalog.contract(summary.id)?;
        let context = export_context(catalog, &contract)?;
        let name = format!("contract-{}.odcs.yaml", contract.id.0);
        write_atomically(
            &dir.join(&name),
            &export::odcs::contract_odcs_yaml(&contract, &context),
        )?;
        written.insert(name);
        progress(written.len(), total);
    }
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("contract-") && name.ends_with(".odcs.yaml") && !written.contains(&name)
        {
            std::fs::remove_file(entry.path()).map_err(|source| Error::Write {
                path: entry.path(),
                source,
            })?;
        }
    }
    Ok(written.len())
}

/// What the exports need of the catalog beyond the contract: the information sets it
/// governs, the classification schemes, who holds which role on it, and its provider's
/// endpoints.
pub fn export_context(catalog: &Catalog, contract: &Contract) -> Result<export::Context> {
    let sets = contract
        .draft
        .information_sets
        .iter()
        .map(|id| catalog.information_set(*id))
        .collect::<Result<Vec<_>>>()?;
    let team = catalog
        .roles(Entity::Contract, Some(contract.id.0))?
        .into_iter()
        .map(|assignment| Ok((assignment.role, catalog.person(assignment.person)?)))
        .collect::<Result<Vec<_>>>()?;
    let provider_endpoints = match catalog.system_id(&contract.draft.provider_system)? {
        Some(id) => catalog.system(crate::model::SystemId(id))?.draft.endpoints,
        None => Vec::new(),
    };
    let integrations = contract
        .draft
        .integrations
        .iter()
        .map(|id| integration_facts(catalog, catalog.integration(*id)?))
        .collect::<Result<Vec<_>>>()?;
    let set_owners = sets
        .iter()
        .filter_map(|set| set.draft.owner)
        .map(|id| catalog.person(id))
        .collect::<Result<Vec<_>>>()?;
    let agreements = catalog
        .agreements_covering(contract.id)?
        .into_iter()
        .map(|id| Ok(catalog.agreement(id)?.draft.title))
        .collect::<Result<Vec<_>>>()?;
    let parties = [
        &contract.draft.provider_system,
        &contract.draft.consumer_system,
    ]
    .into_iter()
    .map(|system| party(catalog, system))
    .collect::<Result<Vec<_>>>()?;
    Ok(export::Context {
        sets,
        schemes: catalog.schemes()?,
        team,
        provider_endpoints,
        patterns: integrations
            .iter()
            .map(|facts| facts.integration.draft.pattern)
            .collect(),
        integration_names: integrations
            .iter()
            .map(|facts| facts.integration.draft.name.clone())
            .collect(),
        agreements,
        set_owners,
        catalog_id: catalog.catalog_id()?,
        odcs: catalog.odcs_record(contract.id)?.map(kept),
        api_profile: match contract.draft.api_profile {
            Some(profile) => profile,
            None => catalog.default_api_profile()?,
        },
        integrations,
        parties,
        status_history: status_history(catalog, contract.id)?,
        changelog: crate::history::changelog(
            catalog,
            crate::wire::versions::Versioned::Contract(contract.id),
        )?
        .entries,
    })
}

/// What the export needs of a contract's ODCS record: its id, and the file and Datapakt's
/// document of it at import (stored together as `{"original": …, "base": …}`).
fn kept(record: crate::store::OdcsRecord) -> export::odcs::Kept {
    let part = |key: &str| record.source.as_ref().and_then(|s| s.get(key)).cloned();
    export::odcs::Kept {
        original: part("original"),
        base: part("base"),
        id: record.id,
    }
}

/// `integration` with its systems' names.
fn integration_facts(
    catalog: &Catalog,
    integration: Integration,
) -> Result<export::IntegrationFacts> {
    let provider = integration
        .draft
        .provider
        .map(|id| catalog.system_name(id.0))
        .transpose()?;
    let consumers = integration
        .draft
        .consumers
        .iter()
        .map(|id| catalog.system_name(id.0))
        .collect::<Result<Vec<_>>>()?;
    Ok(export::IntegrationFacts {
        integration,
        provider,
        consumers,
    })
}

/// The system named `system` and the unit and organisation that own it, as far as recorded.
fn party(catalog: &Catalog, system: &str) -> Result<export::Party> {
    let mut party = export::Party {
        system: system.to_owned(),
        organisation: None,
        unit: None,
    };
    let Some(id) = catalog.system_id(system)? else {
        return Ok(party);
    };
    let owning_unit = catalog.system(SystemId(id))?.draft.owning_unit;
    if let Some(unit) = owning_unit
        .map(|unit| catalog.unit(unit))
        .transpose()?
        .flatten()
    {
        party.organisation = Some(catalog.organisation(unit.organisation)?);
        party.unit = Some(unit.name);
    }
    Ok(party)
}

/// Every change of contract `id`'s status in the audit trail, oldest first: its creation (as
/// a draft) and each workflow step, which the store records as `status` before and after.
fn status_history(catalog: &Catalog, id: ContractId) -> Result<Vec<export::StatusChange>> {
    let status_of = |value: &Option<serde_json::Value>| {
        value
            .as_ref()
            .and_then(|v| v.get("status"))
            .and_then(serde_json::Value::as_str)
            .and_then(ContractStatus::parse)
    };
    Ok(catalog
        .history(Entity::Contract, id.0)?
        .into_iter()
        .filter_map(|event| {
            let (from, to) = match event.action {
                AuditAction::Create => (None, status_of(&event.after).unwrap_or_default()),
                _ => (Some(status_of(&event.before)?), status_of(&event.after)?),
            };
            (from != Some(to)).then_some(export::StatusChange {
                at: event.at,
                author: event.author,
                from,
                to,
            })
        })
        .collect())
}

/// Imports the files of `request` into the catalog, all or none; with `preview`, only says
/// what the import would do and changes nothing.
pub fn import(
    catalog: &mut Catalog,
    request: &ImportRequest,
    preview: bool,
) -> Result<ImportSummary> {
    let files: Vec<std::path::PathBuf> = request.files.iter().map(Into::into).collect();
    let run = |catalog: &mut Catalog| match request.format {
        ImportFormat::Odcs => {
            let options = crate::import::odcs::ImportOptions::default();
            let reports = crate::import::odcs::import_files(catalog, &files, &options)?;
            Ok(odcs_summary(&reports))
        }
        ImportFormat::Openapi => {
            let system = request.system.ok_or_else(|| Error::Usage {
                message: "an OpenAPI import needs the system whose interface it describes".into(),
            })?;
            let Some(file) = files.first() else {
                return Ok(ImportSummary::default());
            };
            let report = crate::import::openapi::import_file(catalog, SystemId(system), file)?;
            Ok(openapi_summary(&report))
        }
    };
    if preview {
        catalog.rehearse(run)
    } else {
        run(catalog)
    }
}

fn odcs_summary(reports: &[crate::import::odcs::FileReport]) -> ImportSummary {
    let mut summary = ImportSummary::default();
    for report in reports {
        let list = if report.created {
            &mut summary.created
        } else {
            &mut summary.updated
        };
        list.push(report.title.clone());
        summary.notes.extend(report.notes.iter().cloned());
    }
    summary
}

fn openapi_summary(report: &crate::import::openapi::Report) -> ImportSummary {
    use crate::store::SetChange;
    let mut summary = ImportSummary::default();
    for set in &report.sets {
        let list = match set.change {
            SetChange::Created => &mut summary.created,
            SetChange::Updated => &mut summary.updated,
            SetChange::Unchanged => &mut summary.unchanged,
        };
        list.push(set.name.clone());
    }
    summary.notes.extend(
        report
            .renamed
            .iter()
            .map(|r| format!("{}: {:?} → {:?}", r.at, r.from, r.to)),
    );
    summary.notes.extend(
        report
            .simplified
            .iter()
            .map(|s| format!("{}: {}", s.at, s.why)),
    );
    summary
}

/// Whether `a` and `b` name the same existing file.
fn is_same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// failure never leaves a half-written file where the user expects the export.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file_name = path.file_name().ok_or_else(|| {
        write_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let temp = dir.join(format!(".{}.partial", file_name.to_string_lossy()));
    let result = std::fs::File::create(&temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(write_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_survive_a_round_trip_and_a_damaged_file_reads_as_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config/datapakt/preferences.json");
        assert_eq!(load_preferences(&path), Preferences::default());
        let mut prefs = Preferences {
            language: Some(crate::model::Lang::Nn),
            author: "Åse Bjørnstad".into(),
            theme: crate::wire::Theme::Dark,
            recent: Vec::new(),
        };
        for n in 0..10 {
            prefs.remember(&format!("/c/{n}.datapakt"));
        }
        prefs.remember("/c/5.datapakt");
        assert_eq!(prefs.recent.len(), Preferences::MAX_RECENT);
        assert_eq!(prefs.recent[0], "/c/5.datapakt");
        assert_eq!(prefs.recent[1], "/c/9.datapakt");
        save_preferences(&path, &prefs).unwrap();
        assert_eq!(load_preferences(&path), prefs);
        std::fs::write(&path, b"{ not json").unwrap();
        assert_eq!(load_preferences(&path), Preferences::default());
    }

    #[test]
    fn an_export_to_a_missing_folder_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
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
        let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
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
        let written: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
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
    fn an_export_never_replaces_the_open_catalog() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.datapakt");
        let (catalog, _) = Catalog::open_or_create(&path, true).unwrap();
        let before = std::fs::read(&path).unwrap();
        let same = dir.path().join(".").join("c.datapakt");
        let err = export_contract(&catalog, ContractId(1), ExportFormat::Pdf, Lang::En, &same)
            .unwrap_err();
        assert!(matches!(err, Error::ExportOverCatalog { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(catalog.list_contracts().unwrap().len(), 5);
    }

    #[test]
    fn exporting_a_missing_contract_writes_nothing() {
        let catalog = Catalog::in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("x.pdf");
        let err = export_contract(&catalog, ContractId(5), ExportFormat::Pdf, Lang::En, &out)
            .unwrap_err();
        assert!(matches!(err, Error::ContractNotFound(_)));
        assert!(!out.exists());
    }

    #[test]
    fn a_contract_without_its_own_profile_follows_the_catalog_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.datapakt");
        let (mut catalog, _) = Catalog::open_or_create(&path, true).unwrap();
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
        catalog.save_contract(Some(id), contract.draft).unwrap();
        assert!(
            !stub(&catalog, None).contains("OnBehalfOf"),
            "the contract's own wins"
        );
    }

    #[test]
    fn an_import_preview_says_what_would_happen_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (demo, _) = Catalog::open_or_create(&dir.path().join("demo.datapakt"), true).unwrap();
        export_all_odcs(&demo, &dir.path().join("odcs")).unwrap();
        let file = dir.path().join("odcs/contract-1.odcs.yaml");
        let (mut catalog, _) =
            Catalog::open_or_create(&dir.path().join("empty.datapakt"), false).unwrap();
        let request = ImportRequest {
            format: ImportFormat::Odcs,
            files: vec![file.display().to_string()],
            system: None,
        };
        let preview = import(&mut catalog, &request, true).unwrap();
        assert_eq!(preview.created, ["Elevregister til elevportalen"]);
        assert!(
            catalog.list_contracts().unwrap().is_empty(),
            "a preview keeps nothing"
        );
        assert_eq!(
            catalog.audit_rows("", 0, false, 0, 1).unwrap().0,
            0,
            "nor any audit trail"
        );
        let done = import(&mut catalog, &request, false).unwrap();
        assert_eq!(done.created, preview.created);
        assert_eq!(catalog.list_contracts().unwrap().len(), 1);
        let again = import(&mut catalog, &request, true).unwrap();
        assert_eq!(again.updated, ["Elevregister til elevportalen"]);

        let openapi = dir.path().join("api.json");
        std::fs::write(
            &openapi,
            r#"{"openapi": "3.1.0", "info": {"title": "Elev", "version": "1"}, "paths": {},
                "components": {"schemas": {"Elev": {"type": "object",
                "properties": {"navn": {"type": "string"}}}}}}"#,
        )
        .unwrap();
        let mut request = ImportRequest {
            format: ImportFormat::Openapi,
            files: vec![openapi.display().to_string()],
            system: None,
        };
        let err = import(&mut catalog, &request, true).unwrap_err();
        assert!(matches!(err, Error::Usage { .. }), "{err:?}");
        let system = catalog
            .system_id("Skoleadministrativt system")
            .unwrap()
            .unwrap();
        request.system = Some(system);
        let sets = catalog.information_sets().unwrap().len();
        let preview = import(&mut catalog, &request, true).unwrap();
        assert_eq!(preview.created, ["Elev"]);
        assert_eq!(catalog.information_sets().unwrap().len(), sets);
        import(&mut catalog, &request, false).unwrap();
        assert_eq!(catalog.information_sets().unwrap().len(), sets + 1);
    }
}
