//! The import dialog: the chosen files, for an OpenAPI document the system it describes (for
//! JSON Schemas, the system they describe if any), and
//! a preview of what the import would create and update (computed by the import itself and
//! undone), before anything is kept.

use contracts::wire::{ImportFormat, ImportRequest, ImportSummary, WireError};
use yew::prelude::*;

use crate::components::dialog::Dialog;
use crate::components::fields::SelectField;
use crate::editors::options;
use crate::services;
use crate::ui::use_ui;

/// Properties of [`ImportDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the files are.
    pub format: ImportFormat,
    /// The chosen files.
    pub files: Vec<String>,
    /// Called when the dialog closes (imported or cancelled).
    pub on_close: Callback<()>,
}

/// The dialog.
#[function_component(ImportDialog)]
pub fn import_dialog(props: &Props) -> Html {
    let ui = use_ui();
    let system = use_state(|| match props.format {
        ImportFormat::Openapi => ui.lookups.systems.first().map(|s| s.id),
        _ => None,
    });
    let of_system = matches!(
        props.format,
        ImportFormat::Openapi | ImportFormat::Jsonschema | ImportFormat::Sql | ImportFormat::Xsd
    );
    let dialect = use_state(|| "generic".to_owned());
    let preview = use_state(|| None::<Result<ImportSummary, WireError>>);
    let request = ImportRequest {
        format: props.format,
        files: props.files.clone(),
        system: of_system.then_some(*system).flatten(),
        dialect: (props.format == ImportFormat::Sql).then(|| (*dialect).clone()),
    };
    {
        let preview = preview.clone();
        use_effect_with(request.clone(), move |request| {
            preview.set(None);
            let (request, preview) = (request.clone(), preview.clone());
            wasm_bindgen_futures::spawn_local(async move {
                preview.set(Some(services::import_files(&request, true).await));
            });
        });
    }
    let on_import = {
        let (ui, request, on_close) = (ui.clone(), request.clone(), props.on_close.clone());
        Callback::from(move |_| {
            let (ui, request, on_close) = (ui.clone(), request.clone(), on_close.clone());
            ui.busy.emit(true);
            wasm_bindgen_futures::spawn_local(async move {
                match services::import_files(&request, false).await {
                    Ok(done) => {
                        ui.done(ui.t_with(
                            "imported",
                            &[
                                ("created", done.created.len().into()),
                                ("updated", done.updated.len().into()),
                            ],
                        ));
                        ui.changed.emit(());
                        on_close.emit(());
                    }
                    Err(error) => ui.fail(&error),
                }
                ui.busy.emit(false);
            });
        })
    };
    let title = ui.t(match props.format {
        ImportFormat::Odcs => "action-import-odcs",
        ImportFormat::Openapi => "action-import-openapi",
        ImportFormat::Jsonschema => "action-import-jsonschema",
        ImportFormat::Sql => "action-import-sql",
        ImportFormat::Xsd => "action-import-xsd",
    });
    let list = |id: &str, heading: &str, names: &[String]| {
        if names.is_empty() {
            return html! {};
        }
        html! {
            <section>
                <h3>{ ui.t_with(heading, &[("count", names.len().into())]) }</h3>
                <ul id={id.to_owned()}>{ for names.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            </section>
        }
    };
    let ready = matches!(&*preview, Some(Ok(_)));
    html! {
        <Dialog id="import-dialog" title={title.trim_end_matches('…').to_owned()} on_close={props.on_close.clone()}>
            <ul class="import-files" id="import-files">
                { for props.files.iter().map(|f| html! { <li>{ f }</li> }) }
            </ul>
            if of_system {
                <SelectField id="import-system" label={ui.t("field-import-system")}
                    options={options(&ui, &ui.lookups.systems)}
                    value={system.map(|id| id.to_string()).unwrap_or_default()}
                    on_change={{
                        let system = system.clone();
                        Callback::from(move |v: String| system.set(v.parse().ok()))
                    }} />
            }
            if props.format == ImportFormat::Sql {
                <SelectField id="import-dialect" label={ui.t("field-import-dialect")}
                    options={dialects(&ui)}
                    value={(*dialect).clone()}
                    on_change={{
                        let dialect = dialect.clone();
                        Callback::from(move |v: String| dialect.set(v))
                    }} />
            }
            <div class="import-preview" id="import-preview" aria-live="polite">
                { match &*preview {
                    None => html! { <p>{ ui.t("working") }</p> },
                    Some(Err(error)) => html! { <p class="error" id="import-error">{ ui.tr.error(error) }</p> },
                    Some(Ok(summary)) => html! {
                        <>
                            { list("import-created", "import-will-create", &summary.created) }
                            { list("import-updated", "import-will-update", &summary.updated) }
                            { list("import-unchanged", "import-unchanged", &summary.unchanged) }
                            { list("import-notes", "import-notes", &summary.notes.iter().map(|n| ui.tr.note(n)).collect::<Vec<_>>()) }
                        </>
                    },
                } }
            </div>
            <div class="actions">
                <button type="button" class="primary" id="import-confirm" disabled={!ready || ui.read_only} onclick={on_import}>
                    { ui.t("action-import") }
                </button>
                <button type="button" class="secondary" id="import-cancel"
                    onclick={{ let on_close = props.on_close.clone(); Callback::from(move |_| on_close.emit(())) }}>
                    { ui.t("action-cancel") }
                </button>
            </div>
        </Dialog>
    }
}

/// The SQL dialects, by their products' names (standard SQL first, the default).
fn dialects(ui: &crate::ui::Ui) -> Vec<(String, String)> {
    [
        ("generic", ui.t("sql-dialect-generic")),
        ("postgres", "PostgreSQL".to_owned()),
        ("mssql", "Microsoft SQL Server".to_owned()),
        ("mysql", "MySQL / MariaDB".to_owned()),
        ("oracle", "Oracle".to_owned()),
    ]
    .into_iter()
    .map(|(value, label)| (value.to_owned(), label))
    .collect()
}
