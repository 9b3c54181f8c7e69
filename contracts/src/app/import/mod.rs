//! Imports: the formats' pure readers plan, this layer applies the plan to the catalog in
//! one transaction; [`import`] is what the desktop calls, for any format or as a preview.

pub mod jsonschema;
pub mod odcs;
pub mod openapi;
pub mod sql;
pub mod xsd;

use crate::app::error::{Error, Result};
use crate::formats::openapi::read::{Renamed, Simplified};
use crate::model::SystemId;
use crate::store::Catalog;
use crate::wire::{ImportFormat, ImportRequest, ImportSummary};

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
            let options = crate::formats::odcs::read::ImportOptions::default();
            let reports = odcs::import_files(catalog, &files, &options)?;
            Ok(odcs_summary(&reports))
        }
        ImportFormat::Openapi => {
            let system = request.system.ok_or(Error::ImportNeedsSystem)?;
            let Some(file) = files.first() else {
                return Ok(ImportSummary::default());
            };
            let report = openapi::import_file(catalog, SystemId(system), file)?;
            Ok(sets_summary(&[report]))
        }
        ImportFormat::Jsonschema | ImportFormat::Sql | ImportFormat::Xsd => {
            let format = match request.format {
                ImportFormat::Sql => {
                    let dialect = request.dialect.as_deref().and_then(sql::Dialect::parse);
                    SetFormat::Sql(dialect.unwrap_or_default())
                }
                ImportFormat::Xsd => SetFormat::Xsd,
                _ => SetFormat::JsonSchema,
            };
            let reports = import_sets(catalog, format, request.system.map(SystemId), &files)?;
            Ok(sets_summary(&reports))
        }
    };
    if preview {
        catalog.rehearse(run)
    } else {
        run(catalog)
    }
}

fn odcs_summary(reports: &[odcs::FileReport]) -> ImportSummary {
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

/// The formats whose files become information sets, of a system or by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetFormat {
    /// JSON Schema documents.
    JsonSchema,
    /// SQL DDL in a dialect.
    Sql(sql::Dialect),
    /// XML Schemas and WSDL 1.1 files.
    Xsd,
}

impl SetFormat {
    /// The format's name, as reports print it.
    pub fn label(self) -> &'static str {
        match self {
            SetFormat::JsonSchema => "JSON Schema",
            SetFormat::Sql(_) => "SQL",
            SetFormat::Xsd => "XML Schema",
        }
    }
}

/// Imports `files` of `format` as information sets of `system` (or by name), all or none.
pub fn import_sets(
    catalog: &mut Catalog,
    format: SetFormat,
    system: Option<SystemId>,
    files: &[std::path::PathBuf],
) -> Result<Vec<openapi::Report>> {
    match format {
        SetFormat::JsonSchema => jsonschema::import_files(catalog, system, files),
        SetFormat::Sql(dialect) => sql::import_files(catalog, system, dialect, files),
        SetFormat::Xsd => xsd::import_files(catalog, system, files),
    }
}

fn sets_summary(reports: &[openapi::Report]) -> ImportSummary {
    use openapi::SetChange;
    let mut summary = ImportSummary::default();
    for report in reports {
        for set in &report.sets {
            let list = match set.change {
                SetChange::Created => &mut summary.created,
                SetChange::Updated => &mut summary.updated,
                SetChange::Unchanged => &mut summary.unchanged,
            };
            list.push(set.name.clone());
        }
        summary
            .notes
            .extend(report.renamed.iter().map(Renamed::note));
        summary
            .notes
            .extend(report.simplified.iter().map(Simplified::note));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_preview_says_what_would_happen_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (demo, _) =
            crate::app::catalog::open_or_create(&dir.path().join("demo.datapakt"), true).unwrap();
        crate::app::test_support::export_all_odcs(&demo, &dir.path().join("odcs"));
        let file = dir.path().join("odcs/contract-1.odcs.yaml");
        let (mut catalog, _) =
            crate::app::catalog::open_or_create(&dir.path().join("empty.datapakt"), false).unwrap();
        let request = ImportRequest {
            format: ImportFormat::Odcs,
            files: vec![file.display().to_string()],
            system: None,
            dialect: None,
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
            dialect: None,
        };
        let err = import(&mut catalog, &request, true).unwrap_err();
        assert!(matches!(err, Error::ImportNeedsSystem), "{err:?}");
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
