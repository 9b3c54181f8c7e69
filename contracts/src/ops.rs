//! The use cases, called alike by the CLI and the desktop backend. Each takes the open
//! [`Catalog`] and plain inputs and returns model or wire types.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::export;
use crate::model::{Contract, ContractId, Entity, Finding, Role, Rule};
use crate::store::Catalog;
use crate::wire::{CatalogInfo, ExportFormat, SaveContractRequest};

/// The open catalog's path and system names.
pub fn catalog_info(catalog: &Catalog) -> Result<CatalogInfo> {
    Ok(CatalogInfo {
        path: catalog.path().display().to_string(),
        systems: catalog.system_names()?,
    })
}

/// Every rule the catalog breaks today, by rule and item.
pub fn check_catalog(catalog: &Catalog) -> Result<Vec<Finding>> {
    let today = catalog.today()?;
    let mut findings = Vec::new();
    let owned: HashSet<i64> = catalog
        .roles(Entity::Contract, None)?
        .into_iter()
        .filter(|a| a.role == Role::InformationOwner)
        .map(|a| a.item)
        .collect();
    for contract in catalog.list_contracts()? {
        if !owned.contains(&contract.id.0) {
            findings.push(Finding {
                rule: Rule::ContractHasInformationOwner,
                entity: Entity::Contract,
                item: contract.id.0,
                title: contract.title,
                message: "No person holds the information owner role: assign the owner who \
                          decides who may receive this information."
                    .into(),
            });
        }
    }
    let personal_sets: HashSet<i64> = catalog
        .information_sets()?
        .into_iter()
        .filter(|set| set.draft.has_personal_data())
        .map(|set| set.id.0)
        .collect();
    for summary in catalog.list_contracts()? {
        let contract = catalog.contract(summary.id)?;
        let personal = contract
            .draft
            .information_sets
            .iter()
            .any(|s| personal_sets.contains(&s.0));
        if personal && catalog.agreements_covering(summary.id)?.is_empty() {
            findings.push(Finding {
                rule: Rule::PersonalDataHasAgreement,
                entity: Entity::Contract,
                item: summary.id.0,
                title: summary.title,
                message: "It carries personal data, but no data processing agreement (GDPR Art. \
                          28) covers it: record the agreement, or confirm that no processor is \
                          involved."
                    .into(),
            });
        }
    }
    for integration in catalog.integrations()? {
        if integration.draft.owner.is_none() {
            findings.push(Finding {
                rule: Rule::IntegrationHasOwner,
                entity: Entity::Integration,
                item: integration.id.0,
                title: integration.draft.name,
                message: "No integration owner is recorded: name the owner of the information it \
                          carries, who keeps its contract current and tells those affected by a \
                          change."
                    .into(),
            });
        }
    }
    for set in catalog.information_sets()? {
        let owner = set.draft.owner.map(|id| catalog.person(id)).transpose()?;
        let message = match owner {
            None => "No information owner is recorded: choose the person who decides who may \
                     receive this information."
                .to_owned(),
            Some(person)
                if person
                    .draft
                    .left_on
                    .as_deref()
                    .is_some_and(|day| day <= today.as_str()) =>
            {
                format!(
                    "Its information owner {} left on {}: choose a successor.",
                    person.draft.name,
                    person.draft.left_on.as_deref().unwrap_or("?")
                )
            }
            Some(_) => continue,
        };
        let rule = if set.draft.owner.is_none() {
            Rule::InformationSetHasOwner
        } else {
            Rule::DepartedOwnerHasSuccessor
        };
        findings.push(Finding {
            rule,
            entity: Entity::InformationSet,
            item: set.id.0,
            title: set.draft.name,
            message,
        });
    }
    for (assignment, person) in catalog.ownerships_without_successor(&today)? {
        let title = match assignment.entity {
            Entity::Contract => catalog.contract(ContractId(assignment.item))?.draft.title,
            Entity::System => catalog.system_name(assignment.item)?,
            _ => format!("{} {}", assignment.entity.as_str(), assignment.item),
        };
        findings.push(Finding {
            rule: Rule::DepartedOwnerHasSuccessor,
            entity: assignment.entity,
            item: assignment.item,
            title,
            message: format!(
                "{} left on {} and was its {}; nobody has taken over: assign a successor.",
                person.draft.name,
                person.draft.left_on.as_deref().unwrap_or("?"),
                assignment.role.as_str().replace('_', " ")
            ),
        });
    }
    Ok(findings)
}

/// Validates and saves a contract (new or replacing a stored one).
pub fn save_contract(catalog: &mut Catalog, request: SaveContractRequest) -> Result<Contract> {
    catalog.save_contract(request.id, request.draft)
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
    let bytes = export::render(&contract, format)?;
    write_atomically(out, &bytes)
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
    fn the_demo_breaks_exactly_the_departed_owner_rule() {
        let dir = tempfile::tempdir().unwrap();
        let (mut catalog, _) =
            Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
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

        let draft = crate::demo::contracts()[0].clone();
        let unowned = catalog.save_contract(None, draft).unwrap();
        let findings = check_catalog(&catalog).unwrap();
        let rules: Vec<(Rule, i64)> = findings.iter().map(|f| (f.rule, f.item)).collect();
        assert!(
            rules.contains(&(Rule::ContractHasInformationOwner, unowned.id.0)),
            "{rules:?}"
        );

        let mut orphan = catalog.integrations().unwrap()[0].draft.clone();
        orphan.name = "Uten eier".into();
        orphan.owner = None;
        let orphan = catalog.save_integration(None, orphan).unwrap();
        let integration_findings: Vec<i64> = check_catalog(&catalog)
            .unwrap()
            .into_iter()
            .filter(|f| f.rule == Rule::IntegrationHasOwner)
            .map(|f| f.item)
            .collect();
        assert_eq!(
            integration_findings,
            vec![orphan.id.0],
            "the owned demo integrations pass"
        );
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
