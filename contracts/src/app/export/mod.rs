//! Exports. [`render`] is the one decision of what an [`ExportRequest`] makes — one
//! exhaustive match over [`ExportTarget`] — giving the bytes, the file name a save dialog
//! proposes, what that dialog says and what the user should be told; [`write`] puts them on
//! disk, a file all or nothing and never over the open catalog, or a folder of files.
//!
//! The front ends make one call each: the desktop renders, asks where in the dialog the
//! rendering describes, then writes; the CLI renders and writes to `--out` (or prints).

use std::path::{Path, PathBuf};

use crate::app::error::{Error, Result};
use crate::formats;
use crate::formats::openapi::integration::StubWarning;
use crate::i18n::Translator;
use crate::map::MapError;
use crate::model::{
    resource_name, AgreementGap, AgreementId, ApiProfile, ContractId, IntegrationId, Lang,
};
use crate::store::Catalog;
use crate::wire::map::{MapFilter, MapFormat, MapView};
use crate::wire::versions::{Impact, Versioned};
use crate::wire::{ExportFormat, ExportRequest, ExportTarget, ReportKind, Syntax, TableFormat};

use super::context::{dpa_context, export_context, integration_context};
use super::files::{refuse_catalog_as_target, write_atomically};
use super::history;

/// What an export request makes, ready to be written.
#[derive(Debug)]
pub struct Rendered {
    /// The file (or folder) name a save dialog proposes.
    pub file_name: String,
    /// What that dialog says and offers.
    pub dialog: SaveDialog,
    /// What is written.
    pub content: Content,
    /// What the user should be told about it (an OpenAPI stub's placeholder server).
    pub warnings: Vec<StubWarning>,
    /// What the CLI reports about it.
    pub facts: Facts,
}

/// What a save dialog for an export says and offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SaveDialog {
    /// The message id of its title.
    pub title: &'static str,
    /// The message id of the kind of file offered.
    pub file_type: &'static str,
    /// The extension offered, without the dot.
    pub extension: &'static str,
    /// A folder is chosen rather than a file.
    pub folder: bool,
}

/// What an export writes.
#[derive(Debug)]
pub enum Content {
    /// One file.
    File(Vec<u8>),
    /// Files, each named, into a folder.
    Files(Vec<(String, Vec<u8>)>),
    /// These contracts as ODCS into a folder, one file each, each rendered as it is written
    /// (a catalog may hold 100,000).
    Contracts(Vec<ContractId>),
}

/// What an export found, for the CLI to report.
#[derive(Debug)]
pub enum Facts {
    /// Nothing to report.
    None,
    /// A report with this many rows.
    Rows(usize),
    /// An agreement's missing items (a DRAFT when any).
    Gaps(Vec<AgreementGap>),
    /// The map drawn.
    Map(Box<MapView>),
}

/// Renders `request`, a document's fixed text in `lang`. Nothing is written.
pub fn render(catalog: &Catalog, request: &ExportRequest, lang: Lang) -> Result<Rendered> {
    let ExportRequest {
        target,
        profile,
        syntax,
    } = request;
    match target {
        ExportTarget::Contract { id, format } => {
            contract(catalog, *id, *format, (*profile, *syntax), lang)
        }
        ExportTarget::Integration { id } => integration(catalog, *id, (*profile, *syntax)),
        ExportTarget::Agreement { id } => agreement(catalog, *id, lang),
        ExportTarget::Report { report, format } => table(catalog, *report, *format, lang),
        ExportTarget::Map { filter, format } => picture(catalog, filter, *format, lang),
        ExportTarget::Changelog { item } => changelog(catalog, *item, lang),
        ExportTarget::Notice { contract, person } => notice(catalog, *contract, *person),
        ExportTarget::Notices { contract } => {
            Ok(notices(*contract, &impact_now(catalog, *contract)?))
        }
        ExportTarget::AllContracts => all_contracts(catalog),
        ExportTarget::InformationSet { id } => json_schema(catalog, *id),
        ExportTarget::SpectralRuleset { profile } => Ok(spectral_ruleset(*profile)),
        ExportTarget::OpenApis { profile, syntax } => dcat::render(catalog, *profile, *syntax),
    }
}

/// API profile `profile` as a Spectral ruleset (YAML), named after the profile.
fn spectral_ruleset(profile: crate::model::ApiProfile) -> Rendered {
    let ruleset = formats::openapi::profiles::spectral_ruleset(profile);
    file(
        format!("{}.spectral.yaml", profile.as_str()),
        dialog("spectral-export", "file-type-spectral", "yaml"),
        formats::yaml::to_string(&ruleset).into_bytes(),
    )
}

/// Information set `id`'s schema as a JSON Schema (2020-12) document, named after the set.
fn json_schema(catalog: &Catalog, id: crate::model::InformationSetId) -> Result<Rendered> {
    let set = catalog.information_set(id)?;
    let mut bytes =
        serde_json::to_vec_pretty(&set.draft.json_schema()).expect("a JSON value serialises");
    bytes.push(b'\n');
    Ok(file(
        format!("{}.schema.json", resource_name(&set.draft.name)),
        dialog("json-schema-export", "file-type-json-schema", "json"),
        bytes,
    ))
}

/// Writes `rendered` to `out`: a file whole or not at all, never over the open catalog
/// (a map gets its format's extension when the name lacks it), or files into the folder
/// `out` (created if missing), calling `progress(done, total)` after each. Returns where it
/// was written and how many files.
pub fn write(
    catalog: &Catalog,
    rendered: &Rendered,
    out: &Path,
    mut progress: impl FnMut(usize, usize),
) -> Result<(PathBuf, usize)> {
    match &rendered.content {
        Content::File(bytes) => {
            // A picture without its extension opens nowhere.
            let out = match rendered.facts {
                Facts::Map(_) => with_extension(out, rendered.dialog.extension),
                _ => out.to_owned(),
            };
            refuse_catalog_as_target(catalog, &out)?;
            write_atomically(&out, bytes)?;
            progress(1, 1);
            Ok((out, 1))
        }
        Content::Files(files) => {
            create_folder(out)?;
            for (done, (name, bytes)) in files.iter().enumerate() {
                write_atomically(&out.join(name), bytes)?;
                progress(done + 1, files.len());
            }
            Ok((out.to_owned(), files.len()))
        }
        Content::Contracts(ids) => {
            let written = write_contracts(catalog, ids, out, progress)?;
            Ok((out.to_owned(), written))
        }
    }
}

/// [`render`] then [`write`] to `out`, without progress.
pub fn to_path(
    catalog: &Catalog,
    request: &ExportRequest,
    lang: Lang,
    out: &Path,
) -> Result<(Rendered, PathBuf)> {
    let rendered = render(catalog, request, lang)?;
    let (path, _) = write(catalog, &rendered, out, |_, _| {})?;
    Ok((rendered, path))
}

/// The picture format `out`'s extension names (`.svg` or `.png`, any case): the CLI's
/// `--out` decides the map's format.
pub fn map_format(out: &Path) -> Result<MapFormat> {
    out.extension()
        .and_then(|e| e.to_str())
        .and_then(MapFormat::from_extension)
        .ok_or_else(|| {
            Error::Map(MapError::UnknownFormat {
                path: out.to_owned(),
            })
        })
}

/// The ownership and integration map of the catalog as `filter` asks, in `lang`.
pub fn portfolio_map(catalog: &Catalog, filter: &MapFilter, lang: Lang) -> Result<MapView> {
    let portfolio = super::map::portfolio(catalog)?;
    Ok(crate::map::draw(&portfolio, filter, &Translator::new(lang)))
}

/// Every required item data processing agreement `id` lacks (empty when it is complete).
pub fn dpa_preflight(catalog: &Catalog, id: AgreementId) -> Result<Vec<AgreementGap>> {
    let agreement = catalog.agreement(id)?;
    Ok(formats::pdf::preflight(
        &agreement,
        &dpa_context(catalog, &agreement)?,
    ))
}

/// A file's content, its proposed name and its dialog, nothing to tell.
fn file(file_name: String, dialog: SaveDialog, bytes: Vec<u8>) -> Rendered {
    Rendered {
        file_name,
        dialog,
        content: Content::File(bytes),
        warnings: Vec::new(),
        facts: Facts::None,
    }
}

/// A save dialog for one file.
const fn dialog(
    title: &'static str,
    file_type: &'static str,
    extension: &'static str,
) -> SaveDialog {
    SaveDialog {
        title,
        file_type,
        extension,
        folder: false,
    }
}

/// The dialog of an OpenAPI document in `syntax`.
fn openapi_dialog(syntax: Syntax) -> SaveDialog {
    match syntax {
        Syntax::Json => dialog("action-export-openapi", "file-type-openapi-json", "json"),
        Syntax::Yaml => dialog("action-export-openapi", "file-type-openapi-yaml", "yaml"),
    }
}

/// Contract `id` in `format`; an OpenAPI stub under `profile` (`None`: the contract's own,
/// else the catalog's default) in `syntax`.
fn contract(
    catalog: &Catalog,
    id: ContractId,
    format: ExportFormat,
    (profile, syntax): (Option<ApiProfile>, Syntax),
    lang: Lang,
) -> Result<Rendered> {
    let contract = catalog.contract(id)?;
    let context = export_context(catalog, &contract)?;
    let stem = format!(
        "{}-{}",
        resource_name(&contract.draft.title),
        contract.draft.version
    );
    Ok(match format {
        ExportFormat::Openapi => {
            let mut document = formats::openapi::contract_openapi(&contract, &context);
            formats::openapi::profiles::apply(
                profile.unwrap_or(context.api_profile),
                &mut document,
            );
            let dialog = openapi_dialog(syntax);
            let name = format!("{stem}.openapi.{}", dialog.extension);
            let mut rendered = file(name, dialog, openapi_bytes(&document, syntax));
            if context.provider_endpoints.is_empty() {
                rendered.warnings.push(StubWarning::NoEndpoint {
                    system: contract.draft.provider_system,
                });
            }
            rendered
        }
        ExportFormat::Pdf => file(
            format!("{stem}.contract.pdf"),
            dialog("action-export-pdf", format.file_type(), format.extension()),
            formats::pdf::contract_pdf(&contract, &context, lang)?,
        ),
        ExportFormat::Odcs => file(
            format!("{stem}.odcs.yaml"),
            dialog("action-export-odcs", format.file_type(), format.extension()),
            formats::odcs::contract_odcs_yaml(&contract, &context),
        ),
    })
}

/// Integration `id`'s OpenAPI stub, one document for every contract governing it, under
/// `profile` (`None`: the one all those contracts name when they agree, else generic). An
/// integration no contract governs is refused ([`Error::IntegrationNotGoverned`]).
fn integration(
    catalog: &Catalog,
    id: IntegrationId,
    (profile, syntax): (Option<ApiProfile>, Syntax),
) -> Result<Rendered> {
    let context = integration_context(catalog, id)?;
    if context.contracts.is_empty() {
        return Err(Error::IntegrationNotGoverned {
            id,
            name: context.facts.integration.draft.name,
        });
    }
    let mut document = formats::openapi::integration::integration_openapi(&context);
    let profile = match profile {
        Some(profile) => profile,
        None => context.shared_profile(catalog.default_api_profile()?),
    };
    formats::openapi::profiles::apply(profile, &mut document);
    let dialog = openapi_dialog(syntax);
    let name = format!(
        "{}.openapi.{}",
        resource_name(&context.facts.integration.draft.name),
        dialog.extension
    );
    let mut rendered = file(name, dialog, openapi_bytes(&document, syntax));
    rendered.warnings = context.warnings();
    Ok(rendered)
}

/// Data processing agreement `id` as a PDF in `lang`: when items are missing, the document
/// says DRAFT on every page, and the facts list them.
fn agreement(catalog: &Catalog, id: AgreementId, lang: Lang) -> Result<Rendered> {
    let agreement = catalog.agreement(id)?;
    let context = dpa_context(catalog, &agreement)?;
    let bytes = formats::pdf::dpa_pdf(&agreement, &context, lang)?;
    let mut rendered = file(
        format!("{}.dpa.pdf", resource_name(&agreement.draft.title)),
        dialog("action-export-dpa", "file-type-dpa-pdf", "pdf"),
        bytes,
    );
    rendered.facts = Facts::Gaps(formats::pdf::preflight(&agreement, &context));
    Ok(rendered)
}

/// The catalog-wide report `kind` in `lang`, as a PDF or as CSV.
fn table(catalog: &Catalog, kind: ReportKind, format: TableFormat, lang: Lang) -> Result<Rendered> {
    let report = super::reports::build(catalog, kind, &Translator::new(lang))?;
    let (bytes, dialog) = match format {
        TableFormat::Pdf => {
            let name = catalog
                .path()
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (
                formats::pdf::report_pdf(&report, &name, lang)?,
                dialog("report-export-pdf", "file-type-pdf", "pdf"),
            )
        }
        TableFormat::Csv => (
            super::reports::to_csv(&report).into_bytes(),
            dialog("report-export-csv", "file-type-csv", "csv"),
        ),
    };
    let name = format!("datapakt-{}.{}", kind.as_str(), dialog.extension);
    let mut rendered = file(name, dialog, bytes);
    rendered.facts = Facts::Rows(report.rows.len());
    Ok(rendered)
}

/// The map as `filter` asks, in `lang`, as SVG or PNG.
fn picture(
    catalog: &Catalog,
    filter: &MapFilter,
    format: MapFormat,
    lang: Lang,
) -> Result<Rendered> {
    let view = portfolio_map(catalog, filter, lang)?;
    let bytes = crate::map::image(&view, format)?;
    let dialog = match format {
        MapFormat::Svg => dialog("map-export-svg", "file-type-svg", "svg"),
        MapFormat::Png => dialog("map-export-png", "file-type-png", "png"),
    };
    let mut rendered = file(
        format!("portfolio-map.{}", format.extension()),
        dialog,
        bytes,
    );
    rendered.facts = Facts::Map(Box::new(view));
    Ok(rendered)
}

/// The changelog of `item` as Markdown in `lang`.
fn changelog(catalog: &Catalog, item: Versioned, lang: Lang) -> Result<Rendered> {
    let log = history::changelog(catalog, item)?;
    let text = crate::i18n::versions::changelog_markdown(&Translator::new(lang), &log);
    let (entity, id) = item.entity();
    Ok(file(
        format!("{}-{id}-changelog.md", entity.as_str().replace('_', "-")),
        dialog("changelog-export", "file-type-markdown", "md"),
        text.into_bytes(),
    ))
}

/// The notices of contract `id`'s latest change as `impact` found it, each in its
/// recipient's language: (person, file name, text: subject, blank line, body).
fn notice_files(id: ContractId, impact: &Impact) -> Vec<(i64, String, Vec<u8>)> {
    impact
        .recipients
        .iter()
        .map(|recipient| {
            let name = format!("notice-contract-{}-person-{}.txt", id.0, recipient.person);
            let text = format!(
                "{}\n\n{}\n",
                recipient.notice.subject, recipient.notice.body
            );
            (recipient.person, name, text.into_bytes())
        })
        .collect()
}

/// The impact of contract `id`'s latest change, as of the catalog's today.
fn impact_now(catalog: &Catalog, id: ContractId) -> Result<Impact> {
    history::impact_today(catalog, id)
}

/// The notice of contract `id`'s latest change to `person`.
fn notice(catalog: &Catalog, id: ContractId, person: i64) -> Result<Rendered> {
    let (_, name, bytes) = notice_files(id, &impact_now(catalog, id)?)
        .into_iter()
        .find(|(told, _, _)| *told == person)
        .ok_or(Error::NotAffected { person })?;
    Ok(file(
        name,
        dialog("notice-export", "file-type-text", "txt"),
        bytes,
    ))
}

/// The notices of contract `id`'s latest change as `impact` found it, one file per person,
/// for a folder.
pub fn notices(id: ContractId, impact: &Impact) -> Rendered {
    let files = notice_files(id, impact)
        .into_iter()
        .map(|(_, name, bytes)| (name, bytes))
        .collect();
    Rendered {
        file_name: format!("notices-contract-{}", id.0),
        dialog: SaveDialog {
            folder: true,
            ..dialog("notice-export", "file-type-text", "txt")
        },
        content: Content::Files(files),
        warnings: Vec::new(),
        facts: Facts::None,
    }
}

/// Every contract as ODCS into a folder.
fn all_contracts(catalog: &Catalog) -> Result<Rendered> {
    let ids = catalog
        .list_contracts()?
        .into_iter()
        .map(|c| c.id)
        .collect();
    Ok(Rendered {
        file_name: "odcs".to_owned(),
        dialog: SaveDialog {
            folder: true,
            ..dialog("action-export-all-odcs", "file-type-odcs", "yaml")
        },
        content: Content::Contracts(ids),
        warnings: Vec::new(),
        facts: Facts::None,
    })
}

/// An OpenAPI document's bytes: YAML, or pretty-printed JSON ending in a newline.
fn openapi_bytes(document: &serde_json::Value, syntax: Syntax) -> Vec<u8> {
    match syntax {
        Syntax::Yaml => formats::yaml::to_string(document).into_bytes(),
        Syntax::Json => {
            let mut json =
                serde_json::to_vec_pretty(document).expect("a JSON value always serialises");
            json.push(b'\n');
            json
        }
    }
}

/// `out`, ending in `extension` (appended when the name ends otherwise).
fn with_extension(out: &Path, extension: &str) -> PathBuf {
    let has = out
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(extension));
    if has {
        return out.to_owned();
    }
    let mut name = out.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// Creates the folder `dir` and its parents.
fn create_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_owned(),
        source,
    })
}

/// The file in an `export --all` folder that lists, per catalog, the files that catalog wrote
/// there: only those are ever removed.
pub const WRITTEN_MARKER: &str = ".datapakt-export.json";

/// Writes contracts `ids` as ODCS into the folder `dir`, one file each named by its id
/// (`contract-<id>.odcs.yaml`, stable across renames, so a git history of the folder shows
/// each contract's changes). Files this catalog wrote there before (as [`WRITTEN_MARKER`]
/// lists them) whose contracts are gone are removed; nothing else in the folder is touched.
/// Returns how many were written.
fn write_contracts(
    catalog: &Catalog,
    ids: &[ContractId],
    dir: &Path,
    mut progress: impl FnMut(usize, usize),
) -> Result<usize> {
    create_folder(dir)?;
    let catalog_id = catalog.catalog_id()?;
    let marker = dir.join(WRITTEN_MARKER);
    let mut written_by = read_marker(&marker);
    let mut written = std::collections::BTreeSet::new();
    for id in ids {
        let contract = catalog.contract(*id)?;
        let context = export_context(catalog, &contract)?;
        let name = format!("contract-{}.odcs.yaml", id.0);
        write_atomically(
            &dir.join(&name),
            &formats::odcs::contract_odcs_yaml(&contract, &context),
        )?;
        written.insert(name);
        progress(written.len(), ids.len());
    }
    let before = written_by
        .insert(catalog_id, written.iter().cloned().collect())
        .unwrap_or_default();
    let mut text = serde_json::to_vec_pretty(&written_by).expect("names serialise");
    text.push(b'\n');
    write_atomically(&marker, &text)?;
    let written_elsewhere: std::collections::BTreeSet<&String> =
        written_by.values().flatten().collect();
    for name in before {
        // Only a plain name (no folder, no link outside), and none another catalog now writes.
        let plain = Path::new(&name).file_name() == Some(std::ffi::OsStr::new(&name));
        if !plain || written.contains(&name) || written_elsewhere.contains(&name) {
            continue;
        }
        match std::fs::remove_file(dir.join(&name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Write {
                    path: dir.join(&name),
                    source,
                })
            }
        }
    }
    Ok(written.len())
}

/// What the marker in an export folder says each catalog (by its id) wrote there; nothing
/// when there is none or it cannot be read (then nothing is removed).
fn read_marker(marker: &Path) -> std::collections::BTreeMap<String, Vec<String>> {
    crate::app::files::read_bounded(marker, 16 << 20)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

mod dcat;

#[cfg(test)]
mod tests;
