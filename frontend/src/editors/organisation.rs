//! The organisation editor, with its units.

use contracts::model::{Country, OrganisationDraft};
use contracts::validate::FieldPath;
use yew::prelude::*;

use super::{from_serde_name, serde_name, setter, Props};
use crate::components::fields::{SelectField, TextField};
use crate::services;
use crate::ui::use_ui;

/// Edits an organisation: name, country, organisation number; adds units to a stored one.
#[function_component(OrganisationEditor)]
pub fn organisation_editor(props: &Props<OrganisationDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let new_unit = use_state(String::new);
    let countries = [Country::Norway, Country::Sweden]
        .iter()
        .map(|c| {
            (
                serde_name(c),
                ui.t(&format!("country-{}", c.code().to_lowercase())),
            )
        })
        .collect::<Vec<_>>();
    let units = props.item.as_ref().map(|item| {
        let on_add = {
            let (ui, new_unit, organisation) = (ui.clone(), new_unit.clone(), item.id);
            Callback::from(move |_| {
                let name = new_unit.trim().to_owned();
                if name.is_empty() {
                    return;
                }
                let (ui, new_unit) = (ui.clone(), new_unit.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match services::add_unit(organisation, &name).await {
                        Ok(_) => {
                            new_unit.set(String::new());
                            ui.changed.emit(());
                        }
                        Err(error) => ui.fail(&error),
                    }
                });
            })
        };
        html! {
            <fieldset class="wide" id="units">
                <legend>{ ui.t("field-units") }</legend>
                <ul>
                    { for ui.lookups.units.iter().filter(|u| u.organisation.0 == item.id).map(|u| html! { <li>{ &u.name }</li> }) }
                </ul>
                <div class="inline">
                    <TextField id="unit-name" label={ui.t("field-new-unit")} value={(*new_unit).clone()}
                        on_change={Callback::from(move |v| new_unit.set(v))} />
                    <button type="button" class="secondary" id="unit-add" onclick={on_add}>{ ui.t("action-add") }</button>
                </div>
            </fieldset>
        }
    });
    html! {
        <div class="form-grid">
            <TextField id="organisation-name" label={ui.t("field-name")} value={d.name.clone()}
                issue={at(FieldPath::Name)}
                on_change={setter(&props.edit, |d: &mut OrganisationDraft, v| d.name = v)} />
            <SelectField id="organisation-country" label={ui.t("field-country")} options={countries}
                value={serde_name(&d.country)}
                on_change={setter(&props.edit, |d: &mut OrganisationDraft, v: String| {
                    if let Some(c) = from_serde_name(&v) { d.country = c; }
                })} />
            <TextField id="organisation-number" label={ui.t("field-org-number")} value={d.org_number.clone()}
                issue={at(FieldPath::OrgNumber)}
                on_change={setter(&props.edit, |d: &mut OrganisationDraft, v| d.org_number = v)} />
            { units.unwrap_or_default() }
        </div>
    }
}
