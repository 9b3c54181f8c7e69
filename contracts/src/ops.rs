//! The use cases, called alike by the CLI and the desktop backend. Each takes the open
//! [`Catalog`] and plain inputs and returns model or wire types.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::export;
use crate::model::{Contract, ContractId, Entity};
use crate::store::Catalog;
use crate::wire::{CatalogInfo, ExportFormat, Preferences};

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

/// Renders contract `id` in `format` and writes it to `out`, all or nothing.
pub fn export_contract(
    catalog: &Catalog,
    id: ContractId,
    format: ExportFormat,
    out: &Path,
) -> Result<()> {
    if is_same_file(out, catalog.path()) {
        return Err(Error::ExportOverCatalog {
            path: out.to_owned(),
        });
    }
    let contract = catalog.contract(id)?;
    let bytes = export::render(&contract, &export_context(catalog, &contract)?, format)?;
    write_atomically(out, &bytes)
}

/// Writes contract `id`'s OpenAPI stub under `profile` (`None`: the contract's own), as YAML
/// when `yaml` (else JSON), to `out`, all or nothing.
pub fn export_openapi(
    catalog: &Catalog,
    id: ContractId,
    profile: Option<export::openapi::profiles::Profile>,
    yaml: bool,
    out: &Path,
) -> Result<()> {
    if is_same_file(out, catalog.path()) {
        return Err(Error::ExportOverCatalog {
            path: out.to_owned(),
        });
    }
    let contract = catalog.contract(id)?;
    let mut document =
        export::openapi::contract_openapi(&contract, &export_context(catalog, &contract)?);
    let profile = profile.unwrap_or(contract.draft.api_profile);
    export::openapi::profiles::apply(profile, &mut document);
    let bytes = if yaml {
        yaml_serde::to_string(&document)
            .expect("a JSON value always serialises as YAML")
            .into_bytes()
    } else {
        let mut json =
            serde_json::to_vec_pretty(&document).expect("a JSON value always serialises");
        json.push(b'\n');
        json
    };
    write_atomically(out, &bytes)
}

/// Writes every contract as ODCS into the folder `dir` (created if missing), one file each
/// named by its id (`contract-<id>.odcs.yaml`, stable across renames, so a git history of the
/// folder shows each contract's changes); files of contracts no longer in the catalog are
/// removed. Returns how many were written.
pub fn export_all_odcs(catalog: &Catalog, dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = std::collections::HashSet::new();
    for summary in catalog.list_contracts()? {
        let contract = catalog.contract(summary.id)?;
        let context = export_context(catalog, &contract)?;
        let name = format!("contract-{}.odcs.yaml", contract.id.0);
        write_atomically(
            &dir.join(&name),
            &export::odcs::contract_odcs_yaml(&contract, &context),
        )?;
        written.insert(name);
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
        .map(|id| catalog.integration(*id))
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
    Ok(export::Context {
        sets,
        schemes: catalog.schemes()?,
        team,
        provider_endpoints,
        patterns: integrations.iter().map(|i| i.draft.pattern).collect(),
        integration_names: integrations.into_iter().map(|i| i.draft.name).collect(),
        agreements,
        set_owners,
        catalog_id: catalog.catalog_id()?,
        odcs: catalog.odcs_record(contract.id)?.map(kept),
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
        let err =
            export_contract(&catalog, ContractId(1), ExportFormat::Openapi, &out).unwrap_err();
        assert!(matches!(err, Error::Write { .. }), "{err:?}");
        assert!(err.to_string().contains("x.json"), "{err}");
    }

    #[test]
    fn an_export_replaces_the_file_whole_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
        let out = dir.path().join("x.json");
        std::fs::write(&out, "old").unwrap();
        export_contract(&catalog, ContractId(2), ExportFormat::Openapi, &out).unwrap();
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
        let err = export_contract(&catalog, ContractId(1), ExportFormat::Pdf, &same).unwrap_err();
        assert!(matches!(err, Error::ExportOverCatalog { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(catalog.list_contracts().unwrap().len(), 3);
    }

    #[test]
    fn exporting_a_missing_contract_writes_nothing() {
        let catalog = Catalog::in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("x.pdf");
        let err = export_contract(&catalog, ContractId(5), ExportFormat::Pdf, &out).unwrap_err();
        assert!(matches!(err, Error::ContractNotFound(_)));
        assert!(!out.exists());
    }
}
