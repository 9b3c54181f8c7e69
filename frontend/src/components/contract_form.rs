//! The contract editor: the contract's own inputs, its fields, inline validation and the
//! export buttons.

use std::rc::Rc;

use contracts::model::{Contract, ContractDraft, ContractId, Field, FieldType};
use contracts::validate::{contract_issues, FieldPath, Issue};
use contracts::wire::{ExportFormat, SaveContractRequest, WireError};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::services;

/// Properties of [`ContractForm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The stored contract being edited, or `None` for a new one.
    pub id: Option<ContractId>,
    /// The content the form starts from.
    pub initial: ContractDraft,
    /// Known system names, offered for provider and consumer.
    pub systems: Vec<String>,
    /// Called with the contract once saved.
    pub on_saved: Callback<Contract>,
    /// Called when the user asks for an export of the stored contract.
    pub on_export: Callback<ExportFormat>,
}

/// One change to the contract being edited. Changes are applied to the latest state in
/// order, so quick successive inputs never overwrite each other.
struct Edit(Box<dyn FnOnce(&mut ContractDraft)>);

/// The contract being edited.
#[derive(PartialEq)]
struct Draft(ContractDraft);

impl Reducible for Draft {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut next = self.0.clone();
        (edit.0)(&mut next);
        Rc::new(Draft(next))
    }
}

/// Edits one contract; validates with the `contracts` crate as the user types once a save
/// has been attempted, and shows each finding next to its input (the backend's findings too).
#[function_component(ContractForm)]
pub fn contract_form(props: &Props) -> Html {
    let draft = use_reducer(|| Draft(props.initial.clone()));
    let attempted = use_state(|| false);
    let saving = use_state(|| false);
    let failure = use_state(|| None::<WireError>);

    let mut issues: Vec<Issue> = if *attempted {
        contract_issues(&draft.0)
    } else {
        Vec::new()
    };
    if let Some(failure) = &*failure {
        issues.extend(
            failure
                .issues
                .iter()
                .filter(|i| !issues.contains(i))
                .cloned()
                .collect::<Vec<_>>(),
        );
    }
    let issue_for = |path: FieldPath| issues.iter().find(|i| i.path == path).map(Issue::message);

    let edit = {
        let draft = draft.dispatcher();
        move |change: fn(&mut ContractDraft, String)| {
            let draft = draft.clone();
            Callback::from(move |value: String| {
                draft.dispatch(Edit(Box::new(move |d| change(d, value))));
            })
        }
    };
    let edit_field = {
        let draft = draft.dispatcher();
        move |index: usize, change: fn(&mut Field, String)| {
            let draft = draft.clone();
            Callback::from(move |value: String| {
                draft.dispatch(Edit(Box::new(move |d| {
                    if let Some(field) = d.fields.get_mut(index) {
                        change(field, value);
                    }
                })));
            })
        }
    };

    let on_add_field = {
        let draft = draft.dispatcher();
        Callback::from(move |_| draft.dispatch(Edit(Box::new(|d| d.fields.push(Field::default())))))
    };
    let on_save = {
        let (draft, attempted, saving, failure) = (
            draft.clone(),
            attempted.clone(),
            saving.clone(),
            failure.clone(),
        );
        let (id, on_saved) = (props.id, props.on_saved.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            attempted.set(true);
            failure.set(None);
            if !contract_issues(&draft.0).is_empty() {
                return;
            }
            let request = SaveContractRequest {
                id,
                draft: draft.0.clone(),
            };
            let (saving, failure, on_saved) = (saving.clone(), failure.clone(), on_saved.clone());
            saving.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match services::save_contract(request).await {
                    Ok(contract) => on_saved.emit(contract),
                    Err(error) => failure.set(Some(error)),
                }
                saving.set(false);
            });
        })
    };

    let heading = if props.id.is_some() {
        "Edit contract"
    } else {
        "New contract"
    };
    html! {
        <form id="contract-form" novalidate=true onsubmit={on_save} aria-labelledby="form-heading">
            <h2 id="form-heading">{ heading }</h2>
            <div class="grid">
                { text_input("title", "Title", &draft.0.title, issue_for(FieldPath::Title), edit(|d, v| d.title = v), "wide", None) }
                <label class="wide" for="description">{ "Description" }
                    <textarea id="description" value={draft.0.description.clone()}
                        oninput={let e = edit(|d, v| d.description = v);
                                 move |ev: InputEvent| e.emit(ev.target_unchecked_into::<HtmlTextAreaElement>().value())} />
                </label>
                { text_input("owner", "Information owner", &draft.0.owner, issue_for(FieldPath::Owner), edit(|d, v| d.owner = v), "", None) }
                { text_input("version", "Version", &draft.0.version, issue_for(FieldPath::Version), edit(|d, v| d.version = v), "", None) }
                { text_input("provider", "Provider system", &draft.0.provider_system, issue_for(FieldPath::ProviderSystem), edit(|d, v| d.provider_system = v), "", Some("systems")) }
                { text_input("consumer", "Consumer system", &draft.0.consumer_system, issue_for(FieldPath::ConsumerSystem), edit(|d, v| d.consumer_system = v), "", Some("systems")) }
                <datalist id="systems">
                    { for props.systems.iter().map(|s| html! { <option value={s.clone()} /> }) }
                </datalist>
            </div>

            <h2>{ "Fields" }</h2>
            if let Some(message) = issue_for(FieldPath::Fields) {
                <p class="error" id="error-fields" role="alert">{ message }</p>
            }
            <table class="fields">
                <thead><tr>
                    <th>{ "Name" }</th><th>{ "Type" }</th><th>{ "Required" }</th><th>{ "Description" }</th><th></th>
                </tr></thead>
                <tbody>
                { for draft.0.fields.iter().enumerate().map(|(i, field)| {
                    let name_issue = issue_for(FieldPath::FieldName(i));
                    let on_remove = {
                        let draft = draft.dispatcher();
                        Callback::from(move |_| draft.dispatch(Edit(Box::new(move |d| {
                            if i < d.fields.len() { d.fields.remove(i); }
                        }))))
                    };
                    let on_name = edit_field(i, |f, v| f.name = v);
                    let on_type = edit_field(i, |f, v| f.field_type = FieldType::parse(&v).unwrap_or_default());
                    let on_required = edit_field(i, |f, v| f.required = v == "true");
                    let on_description = edit_field(i, |f, v| f.description = v);
                    html! {
                    <tr class="field-row">
                        <td>
                            <input type="text" id={format!("field-name-{i}")} class="field-name"
                                aria-label={format!("Field {} name", i + 1)}
                                aria-invalid={name_issue.is_some().to_string()}
                                aria-describedby={format!("error-field-name-{i}")}
                                value={field.name.clone()}
                                oninput={move |ev: InputEvent| on_name.emit(ev.target_unchecked_into::<HtmlInputElement>().value())} />
                            if let Some(message) = name_issue {
                                <p class="error" id={format!("error-field-name-{i}")} role="alert">{ message }</p>
                            }
                        </td>
                        <td>
                            <select id={format!("field-type-{i}")} aria-label={format!("Field {} type", i + 1)}
                                onchange={move |ev: Event| on_type.emit(ev.target_unchecked_into::<HtmlSelectElement>().value())}>
                                { for FieldType::ALL.iter().map(|t| html! {
                                    <option value={t.as_str()} selected={*t == field.field_type}>{ t.as_str() }</option>
                                }) }
                            </select>
                        </td>
                        <td>
                            <input type="checkbox" id={format!("field-required-{i}")} checked={field.required}
                                aria-label={format!("Field {} required", i + 1)}
                                onchange={move |ev: Event| on_required.emit(ev.target_unchecked_into::<HtmlInputElement>().checked().to_string())} />
                        </td>
                        <td>
                            <input type="text" id={format!("field-description-{i}")} value={field.description.clone()}
                                aria-label={format!("Field {} description", i + 1)}
                                oninput={move |ev: InputEvent| on_description.emit(ev.target_unchecked_into::<HtmlInputElement>().value())} />
                        </td>
                        <td>
                            <button type="button" class="secondary" id={format!("remove-field-{i}")}
                                aria-label={format!("Remove field {}", i + 1)} onclick={on_remove}>{ "Remove" }</button>
                        </td>
                    </tr>
                    }
                }) }
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="secondary" id="add-field" onclick={on_add_field}>{ "Add field" }</button>
                <button type="submit" class="primary" id="save" disabled={*saving}>{ "Save contract" }</button>
                if props.id.is_some() {
                    { for ExportFormat::ALL.iter().map(|format| {
                        let format = *format;
                        let on_export = props.on_export.clone();
                        html! {
                            <button type="button" class="secondary" id={format!("export-{}", format.extension())}
                                onclick={move |_| on_export.emit(format)}>
                                { format!("Export {}", format.label()) }
                            </button>
                        }
                    }) }
                }
            </div>
            if *attempted && !issues.is_empty() {
                <p class="status failed" id="form-summary" role="alert">
                    { format!("Not saved: {} problem(s) to fix, shown next to the inputs.", issues.len()) }
                </p>
            }
            if let Some(error) = &*failure {
                <p class="status failed" id="save-error" role="alert">{ &error.message }</p>
            }
        </form>
    }
}

/// A labelled one-line input with its validation message underneath.
fn text_input(
    id: &'static str,
    label: &'static str,
    value: &str,
    issue: Option<String>,
    on_change: Callback<String>,
    class: &'static str,
    list: Option<&'static str>,
) -> Html {
    let error_id = format!("error-{id}");
    html! {
        <label for={id} class={class}>{ label }
            <input type="text" id={id} value={value.to_owned()} list={list}
                aria-invalid={issue.is_some().to_string()} aria-describedby={error_id.clone()}
                oninput={move |ev: InputEvent| on_change.emit(ev.target_unchecked_into::<HtmlInputElement>().value())} />
            if let Some(message) = issue {
                <p class="error" id={error_id} role="alert">{ message }</p>
            }
        </label>
    }
}
