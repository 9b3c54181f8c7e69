//! The contract editor: its parties and fields, its terms and service levels, and what it
//! governs (information sets, integrations), with the fields taken from an information set.

use contracts::model::{
    AccessRights, ApiProfile, ContractDraft, Entity, Field, FieldType, InformationSetId,
    IntegrationId, Role,
};
use contracts::validate::FieldPath;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{
    contract_profile_options, enum_options, from_serde_name, serde_name, setter, Props, RolesPanel,
};
use crate::components::fields::{number, CheckField, ListField, SelectField, Separator, TextField};
use crate::ui::{use_ui, Ui};

/// What every part of the editor needs: the translator and the editor's properties.
struct Form<'a> {
    ui: &'a Ui,
    props: &'a Props<ContractDraft>,
}

impl Form<'_> {
    /// The findings about `path`.
    fn at(&self, path: FieldPath) -> Option<String> {
        self.ui.issues_at(&self.props.issues, path)
    }

    /// A text input (`wide`, `multiline`) labelled by message `label`, showing `value`.
    fn text(
        &self,
        id: &'static str,
        label: &'static str,
        value: &str,
        (wide, multiline): (bool, bool),
        change: fn(&mut ContractDraft, String),
    ) -> Html {
        html! {
            <TextField id={id} label={self.ui.t(label)} value={value.to_owned()} {wide} {multiline}
                on_change={setter(&self.props.edit, move |d: &mut ContractDraft, v: String| change(d, v))} />
        }
    }

    /// An input naming a system (one of the catalog's offered through the `systems` list).
    fn system(
        &self,
        (id, label): (&'static str, &'static str),
        value: &str,
        path: FieldPath,
        change: fn(&mut ContractDraft, String),
    ) -> Html {
        let issue = self.at(path);
        let oninput = setter(
            &self.props.edit,
            move |d: &mut ContractDraft, e: InputEvent| {
                change(d, e.target_unchecked_into::<HtmlInputElement>().value())
            },
        );
        html! {
            <div class="control">
                <label for={id}>{ self.ui.t(label) }</label>
                <input id={id} list="systems" value={value.to_owned()}
                    aria-invalid={issue.is_some().to_string()} {oninput} />
                if let Some(issue) = issue { <p class="error">{ issue }</p> }
            </div>
        }
    }

    /// A list of checkboxes `{prefix}-{id}`, one per `(id, name, checked)`.
    fn checks(
        &self,
        prefix: &'static str,
        items: Vec<(i64, String, bool)>,
        toggle: fn(&mut ContractDraft, i64, bool),
    ) -> Html {
        html! {
            <ul class="checks">
                { for items.into_iter().map(|(id, name, checked)| {
                    let element = format!("{prefix}-{id}");
                    let onchange = setter(&self.props.edit, move |d: &mut ContractDraft, e: Event| {
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
    }

    /// The title, owner, version and the two systems.
    fn identity(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let systems: Vec<String> = ui.lookups.systems.iter().map(|s| s.name.clone()).collect();
        html! {
            <>
                <TextField id="contract-title" label={ui.t("field-title")} value={d.title.clone()} wide=true
                    issue={self.at(FieldPath::Title)} on_change={setter(edit, |d: &mut ContractDraft, v| d.title = v)} />
                <TextField id="contract-owner" label={ui.t("field-owner")} value={d.owner.clone()}
                    issue={self.at(FieldPath::Owner)} on_change={setter(edit, |d: &mut ContractDraft, v| d.owner = v)} />
                <TextField id="contract-version" label={ui.t("field-version")} value={d.version.clone()}
                    issue={self.at(FieldPath::Version)} on_change={setter(edit, |d: &mut ContractDraft, v| d.version = v)} />
                <datalist id="systems">{ for systems.iter().map(|s| html! { <option value={s.clone()} /> }) }</datalist>
                { self.system(("contract-provider", "field-provider-system"), &d.provider_system,
                    FieldPath::ProviderSystem, |d, v| d.provider_system = v) }
                { self.system(("contract-consumer", "field-consumer-system"), &d.consumer_system,
                    FieldPath::ConsumerSystem, |d, v| d.consumer_system = v) }
            </>
        }
    }

    /// The information sets it governs, and the button that takes over their fields.
    fn sets(&self) -> Html {
        let (ui, d) = (self.ui, &self.props.draft);
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
        let any_offered = !offered.is_empty();
        let names = offered
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let take_fields = setter(
            &self.props.edit,
            move |d: &mut ContractDraft, _: MouseEvent| {
                d.fields.retain(|f| !f.name.trim().is_empty());
                d.fields.extend(offered.iter().cloned());
            },
        );
        html! {
            <fieldset class="wide" id="contract-sets">
                <legend>{ ui.t("field-information-sets") }</legend>
                { self.checks("contract-set", sets, |d, id, on| {
                    d.information_sets.retain(|s| s.0 != id);
                    if on { d.information_sets.push(InformationSetId(id)); }
                }) }
                if any_offered {
                    <button type="button" class="secondary" id="take-fields" onclick={take_fields}>
                        { format!("{} ({})", ui.t("action-take-fields"), names) }
                    </button>
                }
            </fieldset>
        }
    }

    /// The row of field `i`.
    fn field_row(&self, i: usize, field: &Field) -> Html {
        let (ui, edit) = (self.ui, &self.props.edit);
        let on = |f: fn(&mut Field, String)| {
            setter(edit, move |d: &mut ContractDraft, v: String| {
                if let Some(field) = d.fields.get_mut(i) {
                    f(field, v);
                }
            })
        };
        let required = setter(edit, move |d: &mut ContractDraft, e: Event| {
            if let Some(field) = d.fields.get_mut(i) {
                field.required = e.target_unchecked_into::<HtmlInputElement>().checked();
            }
        });
        let remove = setter(edit, move |d: &mut ContractDraft, _: MouseEvent| {
            if i < d.fields.len() {
                d.fields.remove(i);
            }
        });
        html! {
            <tr>
                <td><TextField id={format!("field-{i}-name")} label={ui.t("field-field-name")} value={field.name.clone()}
                    issue={self.at(FieldPath::FieldName(i))} on_change={on(|f, v| f.name = v)} /></td>
                <td><SelectField id={format!("field-{i}-type")} label={ui.t("field-type")}
                    options={enum_options(ui, "type", &FieldType::ALL)} value={serde_name(&field.field_type)}
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
    }

    /// The contract's own fields, and the button that adds one.
    fn fields(&self) -> Html {
        let ui = self.ui;
        let rows = self.props.draft.fields.iter().enumerate();
        let add_field = setter(&self.props.edit, |d: &mut ContractDraft, _: MouseEvent| {
            d.fields.push(Field::default())
        });
        html! {
            <fieldset class="wide" id="contract-fields">
                <legend>{ ui.t("field-fields") }</legend>
                if let Some(issue) = self.at(FieldPath::Fields) { <p class="error" id="fields-error">{ issue }</p> }
                <table class="fields"><tbody>{ for rows.map(|(i, field)| self.field_row(i, field)) }</tbody></table>
                <button type="button" class="secondary" id="add-field" onclick={add_field}>{ ui.t("action-add-field") }</button>
            </fieldset>
        }
    }

    /// The integrations it governs.
    fn integrations(&self) -> Html {
        let (ui, d) = (self.ui, &self.props.draft);
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
        html! {
            <fieldset class="wide" id="contract-integrations">
                <legend>{ ui.t("field-integrations") }</legend>
                { self.checks("contract-integration", integrations, |d, id, on| {
                    d.integrations.retain(|i| i.0 != id);
                    if on { d.integrations.push(IntegrationId(id)); }
                }) }
            </fieldset>
        }
    }

    /// Its terms: purpose, legal basis, retention, access.
    fn terms(&self) -> Html {
        let d = &self.props.draft;
        html! {
            <>
                { self.text("contract-purpose", "field-purpose", &d.purpose, (true, true), |d, v| d.purpose = v) }
                { self.text("contract-legal-basis", "field-legal-basis", &d.legal_basis, (true, false), |d, v| d.legal_basis = v) }
                { self.text("contract-retention", "field-retention", &d.retention, (false, false), |d, v| d.retention = v) }
                { self.text("contract-access", "field-access", &d.access, (false, false), |d, v| d.access = v) }
            </>
        }
    }

    /// Its validity and service levels.
    fn service_levels(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let sl = &d.service_levels;
        let opt = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
        html! {
            <>
                <TextField id="contract-valid-from" label={ui.t("field-valid-from")} kind="date"
                    value={d.valid_from.clone().unwrap_or_default()} issue={self.at(FieldPath::ValidFrom)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.valid_from = (!v.is_empty()).then_some(v))} />
                <TextField id="contract-valid-to" label={ui.t("field-valid-to")} kind="date"
                    value={d.valid_to.clone().unwrap_or_default()} issue={self.at(FieldPath::ValidTo)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.valid_to = (!v.is_empty()).then_some(v))} />
                <TextField id="contract-availability" label={ui.t("field-availability")}
                    value={sl.availability_percent.clone().unwrap_or_default()} issue={self.at(FieldPath::Availability)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.service_levels.availability_percent = (!v.trim().is_empty()).then_some(v))} />
                <TextField id="contract-support-hours" label={ui.t("field-support-hours")} value={sl.support_hours.clone()}
                    on_change={setter(edit, |d: &mut ContractDraft, v| d.service_levels.support_hours = v)} />
                <TextField id="contract-response" label={ui.t("field-response-minutes")} kind="number" value={opt(sl.response_minutes)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.service_levels.response_minutes = number(&v))} />
                <TextField id="contract-rto" label={ui.t("field-recovery-time")} kind="number" value={opt(sl.recovery_time_hours)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.service_levels.recovery_time_hours = number(&v))} />
                <TextField id="contract-rpo" label={ui.t("field-recovery-point")} kind="number" value={opt(sl.recovery_point_hours)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.service_levels.recovery_point_hours = number(&v))} />
            </>
        }
    }

    /// Its links, API profile, access rights, whether it is in-house, and its roles.
    fn settings(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        html! {
            <>
                <ListField id="contract-links" label={ui.t("field-links")} separator={Separator::Lines} wide=true
                    items={d.links.clone()} on_change={setter(edit, |d: &mut ContractDraft, v| d.links = v)} />
                <SelectField id="contract-api-profile" label={ui.t("field-api-profile")}
                    options={contract_profile_options(ui)}
                    value={d.api_profile.map_or("", ApiProfile::as_str)}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| d.api_profile = ApiProfile::parse(&v))} />
                <SelectField id="contract-access-rights" label={ui.t("field-access-rights")}
                    options={enum_options(ui, "access-rights", &AccessRights::ALL)}
                    value={d.access_rights.as_str()}
                    on_change={setter(edit, |d: &mut ContractDraft, v: String| {
                        if let Some(rights) = AccessRights::parse(&v) { d.access_rights = rights; }
                    })} />
                <CheckField id="contract-in-house" label={ui.t("field-in-house")} checked={d.in_house}
                    on_change={setter(edit, |d: &mut ContractDraft, v| d.in_house = v)} />
                if let Some(item) = &self.props.item {
                    <RolesPanel entity={Entity::Contract} id={item.id} roles={item.roles.clone()}
                        offered={vec![Role::InformationOwner, Role::ContactPoint, Role::TechnicalContact]}
                        label={ui.t("field-roles")} />
                }
            </>
        }
    }
}

/// Edits a contract.
#[function_component(ContractEditor)]
pub fn contract_editor(props: &Props<ContractDraft>) -> Html {
    let ui = use_ui();
    let form = Form { ui: &ui, props };
    let d = &props.draft;
    html! {
        <div class="form-grid">
            { form.identity() }
            { form.text("contract-description", "field-description", &d.description, (true, true), |d, v| d.description = v) }
            { form.sets() }
            { form.fields() }
            { form.integrations() }
            { form.terms() }
            { form.service_levels() }
            { form.settings() }
        </div>
    }
}
