//! The data processing agreement editor (GDPR Art. 28).

use contracts::model::{
    AgreementDraft, ContractId, Entity, OrganisationId, PartyDetails, SubProcessor,
    SubProcessorAuthorisation,
};
use contracts::validate::{Art28Item, FieldPath};
use yew::prelude::*;

use super::{options, setter, Edit, Props};
use crate::components::fields::{number, CheckField, ListField, SelectField, Separator, TextField};
use crate::services;
use crate::ui::use_ui;

/// Edits an agreement: the parties, every item Art. 28(3) requires, sub-processors and the
/// contracts it covers.
#[function_component(AgreementEditor)]
pub fn agreement_editor(props: &Props<AgreementDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let art = |item| at(FieldPath::Article28(item));
    let organisations = options(&ui, &ui.lookups.organisations);
    let (kind, days) = match d.sub_processor_authorisation {
        SubProcessorAuthorisation::Specific { days } => ("specific", days),
        SubProcessorAuthorisation::General { days } => ("general", days),
    };
    let sub_processors = d.sub_processors.iter().enumerate().map(|(i, sp)| {
        let cell = |key: &'static str, value: &str, change: fn(&mut SubProcessor, String)| {
            let on_change = setter(&props.edit, move |d: &mut AgreementDraft, v: String| {
                if let Some(sp) = d.sub_processors.get_mut(i) {
                    change(sp, v);
                }
            });
            html! { <TextField id={format!("sub-processor-{i}-{key}")} label={ui.t(&format!("field-sp-{key}"))}
                value={value.to_owned()} {on_change} /> }
        };
        let remove = setter(&props.edit, move |d: &mut AgreementDraft, _: MouseEvent| {
            if i < d.sub_processors.len() {
                d.sub_processors.remove(i);
            }
        });
        html! {
            <div class="sub-processor inline">
                { cell("name", &sp.name, |sp, v| sp.name = v) }
                { cell("address", &sp.address, |sp, v| sp.address = v) }
                { cell("contact", &sp.contact, |sp, v| sp.contact = v) }
                { cell("processing", &sp.processing, |sp, v| sp.processing = v) }
                <button type="button" class="link" onclick={remove}>{ ui.t("action-remove") }</button>
            </div>
        }
    });
    let add_sub_processor = setter(&props.edit, |d: &mut AgreementDraft, _: MouseEvent| {
        d.sub_processors.push(SubProcessor::default())
    });
    let party = |who: &'static str,
                 details: &PartyDetails,
                 pick: fn(&mut AgreementDraft) -> &mut PartyDetails| {
        let input = |key: &'static str, value: &str, change: fn(&mut PartyDetails, String)| {
            let on_change = setter(&props.edit, move |d: &mut AgreementDraft, v: String| {
                change(pick(d), v)
            });
            html! { <TextField id={format!("agreement-{who}-{key}")} label={ui.t(&format!("field-party-{key}"))}
            value={value.to_owned()} {on_change} /> }
        };
        html! {
            <fieldset class="wide party-details" id={format!("agreement-{who}-details")}>
                <legend>{ ui.t(&format!("field-{who}-details")) }</legend>
                { input("address", &details.address, |p, v| p.address = v) }
                { input("contact", &details.contact, |p, v| p.contact = v) }
                { input("dpo", &details.dpo, |p, v| p.dpo = v) }
            </fieldset>
        }
    };
    html! {
        <div class="form-grid">
            <TextField id="agreement-title" label={ui.t("field-title")} value={d.title.clone()} wide=true
                issue={art(Art28Item::Title)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.title = v)} />
            <SelectField id="agreement-controller" label={ui.t("field-controller")} options={organisations.clone()}
                value={d.controller.map(|o| o.0.to_string()).unwrap_or_default()} issue={at(FieldPath::Controller)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v: String| d.controller = v.parse().ok().map(OrganisationId))} />
            <SelectField id="agreement-processor" label={ui.t("field-processor")} options={organisations}
                value={d.processor.map(|o| o.0.to_string()).unwrap_or_default()} issue={at(FieldPath::Processor)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v: String| d.processor = v.parse().ok().map(OrganisationId))} />
            { party("controller", &d.controller_details, |d| &mut d.controller_details) }
            { party("processor", &d.processor_details, |d| &mut d.processor_details) }
            <CheckField id="agreement-docking" label={ui.t("field-docking-clause")} checked={d.docking_clause}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.docking_clause = v)} />
            <TextField id="agreement-subject" label={ui.t("field-subject-matter")} multiline=true wide=true
                value={d.subject_matter.clone()} issue={art(Art28Item::SubjectMatter)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.subject_matter = v)} />
            <TextField id="agreement-duration" label={ui.t("field-duration")} wide=true
                value={d.duration.clone()} issue={art(Art28Item::Duration)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.duration = v)} />
            <TextField id="agreement-nature" label={ui.t("field-nature-purpose")} multiline=true wide=true
                value={d.nature_and_purpose.clone()} issue={art(Art28Item::NatureAndPurpose)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.nature_and_purpose = v)} />
            <ListField id="agreement-personal-data" label={ui.t("field-personal-data-types")} separator={Separator::Lines}
                items={d.personal_data.clone()} issue={art(Art28Item::PersonalData)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.personal_data = v)} />
            <ListField id="agreement-subjects" label={ui.t("field-data-subjects")} separator={Separator::Lines}
                items={d.data_subjects.clone()} issue={art(Art28Item::DataSubjects)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.data_subjects = v)} />
            <TextField id="agreement-sensitive" label={ui.t("field-sensitive-data")} multiline=true wide=true
                value={d.sensitive_data.clone()}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.sensitive_data = v)} />
            <TextField id="agreement-security" label={ui.t("field-security-measures")} multiline=true wide=true
                value={d.security_measures.clone()} issue={art(Art28Item::SecurityMeasures)}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.security_measures = v)} />
            <TextField id="agreement-transfers" label={ui.t("field-transfers")} multiline=true wide=true
                value={d.transfers_outside_eea.clone()}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v| d.transfers_outside_eea = v)} />
            <SelectField id="agreement-authorisation" label={ui.t("field-sub-processor-authorisation")}
                options={vec![("specific".into(), ui.t("authorisation-specific")), ("general".into(), ui.t("authorisation-general"))]}
                value={kind}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v: String| {
                    let days = match d.sub_processor_authorisation {
                        SubProcessorAuthorisation::Specific { days } | SubProcessorAuthorisation::General { days } => days,
                    };
                    d.sub_processor_authorisation = if v == "general" {
                        SubProcessorAuthorisation::General { days }
                    } else {
                        SubProcessorAuthorisation::Specific { days }
                    };
                })} />
            <TextField id="agreement-days" label={ui.t("field-notice-days")} kind="number" value={days.to_string()}
                on_change={setter(&props.edit, |d: &mut AgreementDraft, v: String| {
                    let days = number(&v).unwrap_or(0);
                    d.sub_processor_authorisation = match d.sub_processor_authorisation {
                        SubProcessorAuthorisation::Specific { .. } => SubProcessorAuthorisation::Specific { days },
                        SubProcessorAuthorisation::General { .. } => SubProcessorAuthorisation::General { days },
                    };
                })} />
            <fieldset class="wide" id="sub-processors">
                <legend>{ ui.t("field-sub-processors") }</legend>
                { for sub_processors }
                <button type="button" class="secondary" id="sub-processor-add" onclick={add_sub_processor}>
                    { ui.t("action-add-sub-processor") }
                </button>
            </fieldset>
            <ContractPicker chosen={d.contracts.clone()} edit={props.edit.clone()} />
        </div>
    }
}

/// Properties of [`ContractPicker`].
#[derive(Properties, PartialEq)]
struct PickerProps {
    chosen: Vec<ContractId>,
    edit: Callback<Edit<AgreementDraft>>,
}

/// The contracts an agreement covers: shown by title, removable, and found by search to add
/// (a catalog can hold too many contracts for a list of boxes).
#[function_component(ContractPicker)]
fn contract_picker(props: &PickerProps) -> Html {
    let ui = use_ui();
    let titles = use_state(Vec::<(ContractId, String)>::new);
    {
        let titles = titles.clone();
        use_effect_with(props.chosen.clone(), move |chosen| {
            let chosen = chosen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut named = Vec::new();
                for id in chosen {
                    let title = match services::get_item(Entity::Contract, id.0).await {
                        Ok(item) => item.draft.title().to_owned(),
                        Err(_) => format!("#{}", id.0),
                    };
                    named.push((id, title));
                }
                titles.set(named);
            });
        });
    }
    let query = use_state(String::new);
    let hits = use_state(Vec::<(i64, String)>::new);
    let on_query = {
        let (query, hits) = (query.clone(), hits.clone());
        Callback::from(move |text: String| {
            query.set(text.clone());
            let hits = hits.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let found = services::search(&text).await.unwrap_or_default();
                hits.set(
                    found
                        .into_iter()
                        .filter(|h| h.entity == Entity::Contract)
                        .map(|h| (h.id, h.title))
                        .collect(),
                );
            });
        })
    };
    html! {
        <fieldset class="wide" id="agreement-contracts">
            <legend>{ ui.t("field-contracts-covered") }</legend>
            <ul>
                { for titles.iter().map(|(id, title)| {
                    let id = *id;
                    let remove = super::setter(&props.edit, move |d: &mut AgreementDraft, _: MouseEvent| d.contracts.retain(|c| *c != id));
                    html! { <li>{ title } <button type="button" class="link" onclick={remove}>{ ui.t("action-remove") }</button></li> }
                }) }
            </ul>
            <TextField id="agreement-contract-search" label={ui.t("field-find-contract")} value={(*query).clone()} on_change={on_query} />
            <ul class="hits">
                { for hits.iter().filter(|(id, _)| !props.chosen.contains(&ContractId(*id))).map(|(id, title)| {
                    let id = *id;
                    let add = super::setter(&props.edit, move |d: &mut AgreementDraft, _: MouseEvent| d.contracts.push(ContractId(id)));
                    html! { <li><button type="button" class="link" onclick={add}>{ format!("+ {title}") }</button></li> }
                }) }
            </ul>
        </fieldset>
    }
}
