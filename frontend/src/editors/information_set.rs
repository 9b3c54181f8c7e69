//! The information set editor: its facts, its schema tree and the JSON Schema it makes.

use std::rc::Rc;

use contracts::model::{InformationSetDraft, InformationSetId, PersonId, SchemaField};
use contracts::validate::FieldPath;
use contracts::wire::{Draft, ExportRequest, ExportTarget};
use yew::prelude::*;

use super::schema::SchemaEditor;
use super::{options, setter, Edit, Props};
use crate::components::fields::{SelectField, TextField};
use crate::ui::use_ui;

/// Edits an information set.
#[function_component(InformationSetEditor)]
pub fn information_set_editor(props: &Props<InformationSetDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let show_json = use_state(|| false);
    let people = options(&ui, &ui.lookups.people);
    let schemes: Vec<(String, String)> = std::iter::once((String::new(), ui.t("none-selected")))
        .chain(
            ui.lookups
                .schemes
                .iter()
                .map(|s| (s.key.clone(), s.name.get(ui.tr.lang()).to_owned())),
        )
        .collect();
    let scheme = d
        .scheme
        .as_deref()
        .and_then(|key| ui.lookups.schemes.iter().find(|s| s.key == key))
        .cloned();
    let edit_fields = {
        let edit = props.edit.clone();
        Callback::from(move |change: Edit<Vec<SchemaField>>| {
            edit.emit(Edit(Box::new(move |d: &mut InformationSetDraft| {
                (change.0)(&mut d.fields)
            })))
        })
    };
    let toggle = {
        let show_json = show_json.clone();
        Callback::from(move |_| show_json.set(!*show_json))
    };
    // The export writes the stored set: offered once it is saved, as it is shown.
    let stored = props.item.as_ref().and_then(|item| match &item.draft {
        Draft::InformationSet(saved) if saved == &**d => Some(item.id),
        _ => None,
    });
    let export = {
        let ui = ui.clone();
        Callback::from(move |_| {
            if let Some(id) = stored {
                ui.export(ExportRequest::of(ExportTarget::InformationSet {
                    id: InformationSetId(id),
                }));
            }
        })
    };
    html! {
        <div class="form-grid">
            <TextField id="set-name" label={ui.t("field-name")} value={d.name.clone()} issue={at(FieldPath::Name)}
                on_change={setter(&props.edit, |d: &mut InformationSetDraft, v| d.name = v)} />
            <SelectField id="set-owner" label={ui.t("field-owner")} options={people}
                value={d.owner.map(|p| p.0.to_string()).unwrap_or_default()}
                on_change={setter(&props.edit, |d: &mut InformationSetDraft, v: String| d.owner = v.parse().ok().map(PersonId))} />
            <TextField id="set-description" label={ui.t("field-description")} multiline=true wide=true
                value={d.description.clone()}
                on_change={setter(&props.edit, |d: &mut InformationSetDraft, v| d.description = v)} />
            <SelectField id="set-scheme" label={ui.t("field-scheme")} options={schemes}
                value={d.scheme.clone().unwrap_or_default()} issue={at(FieldPath::Scheme)}
                on_change={setter(&props.edit, |d: &mut InformationSetDraft, v: String| d.scheme = (!v.is_empty()).then_some(v))} />
            <TextField id="set-resource" label={ui.t("field-resource")}
                value={d.resource.clone().unwrap_or_default()} issue={at(FieldPath::Resource)}
                on_change={setter(&props.edit, |d: &mut InformationSetDraft, v: String| d.resource = (!v.is_empty()).then_some(v))} />
            <fieldset class="wide">
                <legend>{ ui.t("field-schema") }</legend>
                if let Some(issue) = at(FieldPath::Fields) {
                    <p class="error">{ issue }</p>
                }
                <SchemaEditor fields={Rc::new(d.fields.clone())} edit={edit_fields} {scheme} issues={props.issues.clone()} />
            </fieldset>
            <div class="wide">
                <div class="inline">
                    <button type="button" class="secondary" id="toggle-json-schema" onclick={toggle} aria-expanded={show_json.to_string()}>
                        { if *show_json { ui.t("action-hide-json-schema") } else { ui.t("action-show-json-schema") } }
                    </button>
                    <button type="button" class="secondary" id="export-json-schema" disabled={stored.is_none()} onclick={export}>
                        { ui.t("action-export-json-schema") }
                    </button>
                </div>
                if *show_json {
                    <pre id="json-schema" class="json" tabindex="0">
                        { serde_json::to_string_pretty(&d.json_schema()).unwrap_or_default() }
                    </pre>
                }
            </div>
        </div>
    }
}
