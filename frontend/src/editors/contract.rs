//! The contract editor: its parties and fields, its terms and service levels, and what it
//! governs (information sets, integrations), with the fields taken from an information set.

use contracts::model::{
    ApiProfile, ContractDraft, Entity, Field, FieldType, InformationSetId, IntegrationId, Role,
};
use contracts::validate::FieldPath;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{
    contract_profile_options, enum_options, from_serde_name, serde_name, setter, Props, RolesPanel,
};
use crate::components::fields::{number, CheckField, ListField, SelectField, Separator, TextField};
use crate::ui::use_ui;

/// Edits a contract.
#[function_component(ContractEditor)]
pub fn contract_editor(props: &Props<ContractDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let text = |id: &'static str,
                label: &'static str,
                value: &str,
                wide: bool,
                multiline: bool,
                change: fn(&mut ContractDraft, String)| {
        html! {
            <TextField id={id} label={ui.t(label)} value={value.to_owned()} {wide} {multiline}
                on_change={setter(&props.edit, move |d: &mut ContractDraft, v: String| change(d, v))} />
        }
    };
    let fields = d.fields.iter().enumerate().map(|(i, field)| {
        let on = |f: fn(&mut Field, String)| {
            setter(&props.edit, move |d: &mut ContractDraft, v: String| {
                if let Some(field) = d.fields.get_mut(i) {
                    f(field, v);
                }
            })
        };
        let required = setter(&props.edit, move |d: &mut ContractDraft, e: Event| {
            if let Some(field) = d.fields.get_mut(i) {
                field.required = e.target_unchecked_into::<HtmlInputElement>().checked();
            }
        });
        let remove = setter(&props.edit, move |d: &mut ContractDraft, _: MouseEvent| {
            if i < d.fields.len() {
                d.fields.remove(i);
            }
        });
        html! {
            <tr>
                <td><TextField id={format!("field-{i}-name")} label={ui.t("field-field-name")} value={field.name.clone()}
                    issue={at(FieldPath::FieldName(i))} on_change={on(|f, v| f.name = v)} /></td>
                <td><SelectField id={format!("field-{i}-type")} label={ui.t("field-type")}
                    options={enum_options(&ui, "type", &FieldType::ALL)} value={serde_name(&field.field_type)}
                    on_change={on(|f, v| if let Some(t) = from_serde_name(&v) { f.field_type = t; })} /></td>
                <td><span class="check">
                    <input type="checkbox" id={format!("field-{i}-required")} checked={field.required} onchange={required} />
                    <label for={format!("field-{i}-required")}>{ ui.t("field-required") }</label>
                </span></td>
                <td><TextField id={format!("field-{i}-description")} label={ui.t("field-description")}
                    value={field.description.clone()} on_change={on(|f, v| f.description = v)} /></td>
                <td><button type="button" class="link" onclick={remove}
                    aria-label={format!("{} {}", ui.t("action-remove"), field.name)}>{ ui.t("action-remove") }</button></td>
            </tr>
        }
    });
    let add_field = setter(&props.edit, |d: &mut ContractDraft, _: MouseEvent| {
        d.fields.push(Field::default())
    });
    let checks = |prefix: &'static str,
                  items: Vec<(i64, String, bool)>,
                  toggle: fn(&mut ContractDraft, i64, bool)| {
        html! {
            <ul class="checks">
                { for items.into_iter().map(|(id, name, checked)| {
                    let element = format!("{prefix}-{id}");
                    let onchange = setter(&props.edit, move |d: &mut ContractDraft, e: Event| {
                        toggle(d, id, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <li class="check">
                            <input type="checkbox" id={element.clone()} {checked} {onchange} />
                            <label for={element}>{ name }</label>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    let sets = ui
        .lookups
        .information_sets
        .iter()
        .map(|s| {
            (
                s.id.0,
                s.draft.name.clone(),
                d.information_sets.contains(&s.id),
            )
        })
        .collect();
    let integrations = ui
        .lookups
        .integrations
        .iter()
        .map(|i| {
            (
                i.id,
                i.name.clone(),
                d.integrations.contains(&IntegrationId(i.id)),
            )
        })
        .collect();
    // The governed sets' top-level fields a contract can carry, to take over in one go.
    let offered: Vec<Field> = ui
        .lookups
        .information_sets
        .iter()
        .filter(|s| d.information_sets.contains(&s.id))
        .flat_map(|s| s.draft.fields.iter())
        .filter_map(|f| f.as_flat_field())
        .filter(|f| !d.fields.iter().any(|own| own.name == f.name))
        .collect();
    let take_fields = {
        let offered = offered.clone();
        setter(&props.edit, move |d: &mut ContractDraft, _: MouseEvent| {
            d.fields.retain(|f| !f.name.trim().is_empty());
            d.fields.extend(offered.iter().cloned());
        })
    };
    let sl = &d.service_levels;
    let opt = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let systems: Vec<String> = ui.lookups.systems.iter().map(|s| s.name.clone()).collect();
    html! {
        <div class="form-grid">
            <TextField id="contract-title" label={ui.t("field-title")} value={d.title.clone()} wide=true
                issue={at(FieldPath::Title)} on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.title = v)} />
            <TextField id="contract-owner" label={ui.t("field-owner")} value={d.owner.clone()}
                issue={at(FieldPath::Owner)} on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.owner = v)} />
            <TextField id="contract-version" label={ui.t("field-version")} value={d.version.clone()}
                issue={at(FieldPath::Version)} on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.version = v)} />
            <datalist id="systems">{ for systems.iter().map(|s| html! { <option value={s.clone()} /> }) }</datalist>
            <div class="control">
                <label for="contract-provider">{ ui.t("field-provider-system") }</label>
                <input id="contract-provider" list="systems" value={d.provider_system.clone()}
                    aria-invalid={at(FieldPath::ProviderSystem).is_some().to_string()}
                    oninput={setter(&props.edit, |d: &mut ContractDraft, e: InputEvent| d.provider_system = e.target_unchecked_into::<HtmlInputElement>().value())} />
                if let Some(issue) = at(FieldPath::ProviderSystem) { <p class="error">{ issue }</p> }
            </div>
            <div class="control">
                <label for="contract-consumer">{ ui.t("field-consumer-system") }</label>
                <input id="contract-consumer" list="systems" value={d.consumer_system.clone()}
                    aria-invalid={at(FieldPath::ConsumerSystem).is_some().to_string()}
                    oninput={setter(&props.edit, |d: &mut ContractDraft, e: InputEvent| d.consumer_system = e.target_unchecked_into::<HtmlInputElement>().value())} />
                if let Some(issue) = at(FieldPath::ConsumerSystem) { <p class="error">{ issue }</p> }
            </div>
            { text("contract-description", "field-description", &d.description, true, true, |d, v| d.description = v) }
            <fieldset class="wide" id="contract-sets">
                <legend>{ ui.t("field-information-sets") }</legend>
                { checks("contract-set", sets, |d, id, on| {
                    d.information_sets.retain(|s| s.0 != id);
                    if on { d.information_sets.push(InformationSetId(id)); }
                }) }
                if !offered.is_empty() {
                    <button type="button" class="secondary" id="take-fields" onclick={take_fields}>
                        { format!("{} ({})", ui.t("action-take-fields"), offered.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ")) }
                    </button>
                }
            </fieldset>
            <fieldset class="wide" id="contract-fields">
                <legend>{ ui.t("field-fields") }</legend>
                if let Some(issue) = at(FieldPath::Fields) { <p class="error" id="fields-error">{ issue }</p> }
                <table class="fields"><tbody>{ for fields }</tbody></table>
                <button type="button" class="secondary" id="add-field" onclick={add_field}>{ ui.t("action-add-field") }</button>
            </fieldset>
            <fieldset class="wide" id="contract-integrations">
                <legend>{ ui.t("field-integrations") }</legend>
                { checks("contract-integration", integrations, |d, id, on| {
                    d.integrations.retain(|i| i.0 != id);
                    if on { d.integrations.push(IntegrationId(id)); }
                }) }
            </fieldset>
            { text("contract-purpose", "field-purpose", &d.purpose, true, true, |d, v| d.purpose = v) }
            { text("contract-legal-basis", "field-legal-basis", &d.legal_basis, true, false, |d, v| d.legal_basis = v) }
            { text("contract-retention", "field-retention", &d.retention, false, false, |d, v| d.retention = v) }
            { text("contract-access", "field-access", &d.access, false, false, |d, v| d.access = v) }
            <TextField id="contract-valid-from" label={ui.t("field-valid-from")} kind="date"
                value={d.valid_from.clone().unwrap_or_default()} issue={at(FieldPath::ValidFrom)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.valid_from = (!v.is_empty()).then_some(v))} />
            <TextField id="contract-valid-to" label={ui.t("field-valid-to")} kind="date"
                value={d.valid_to.clone().unwrap_or_default()} issue={at(FieldPath::ValidTo)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.valid_to = (!v.is_empty()).then_some(v))} />
            <TextField id="contract-availability" label={ui.t("field-availability")}
                value={sl.availability_percent.clone().unwrap_or_default()} issue={at(FieldPath::Availability)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.service_levels.availability_percent = (!v.trim().is_empty()).then_some(v))} />
            <TextField id="contract-support-hours" label={ui.t("field-support-hours")} value={sl.support_hours.clone()}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.service_levels.support_hours = v)} />
            <TextField id="contract-response" label={ui.t("field-response-minutes")} kind="number" value={opt(sl.response_minutes)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.service_levels.response_minutes = number(&v))} />
            <TextField id="contract-rto" label={ui.t("field-recovery-time")} kind="number" value={opt(sl.recovery_time_hours)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.service_levels.recovery_time_hours = number(&v))} />
            <TextField id="contract-rpo" label={ui.t("field-recovery-point")} kind="number" value={opt(sl.recovery_point_hours)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.service_levels.recovery_point_hours = number(&v))} />
            <ListField id="contract-links" label={ui.t("field-links")} separator={Separator::Lines} wide=true
                items={d.links.clone()} on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.links = v)} />
            <SelectField id="contract-api-profile" label={ui.t("field-api-profile")}
                options={contract_profile_options(&ui)}
                value={d.api_profile.map_or("", ApiProfile::as_str)}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| d.api_profile = ApiProfile::parse(&v))} />
            <SelectField id="contract-access-rights" label={ui.t("field-access-rights")}
                options={super::enum_options(&ui, "access-rights", &contracts::model::AccessRights::ALL)}
                value={d.access_rights.as_str()}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v: String| {
                    if let Some(rights) = contracts::model::AccessRights::parse(&v) { d.access_rights = rights; }
                })} />
            <CheckField id="contract-in-house" label={ui.t("field-in-house")} checked={d.in_house}
                on_change={setter(&props.edit, |d: &mut ContractDraft, v| d.in_house = v)} />
            if let Some(item) = &props.item {
                <RolesPanel entity={Entity::Contract} id={item.id} roles={item.roles.clone()}
                    offered={vec![Role::InformationOwner, Role::ContactPoint, Role::TechnicalContact]}
                    label={ui.t("field-roles")} />
            }
        </div>
    }
}
