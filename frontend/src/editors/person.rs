//! The person editor.

use contracts::model::{PersonDraft, UnitId};
use contracts::validate::FieldPath;
use yew::prelude::*;

use super::{setter, unit_options, Props};
use crate::components::fields::{SelectField, TextField};
use crate::ui::use_ui;

/// Edits a person: name, e-mail, unit, the day they left.
#[function_component(PersonEditor)]
pub fn person_editor(props: &Props<PersonDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let units = unit_options(&ui);
    html! {
        <div class="form-grid">
            <TextField id="person-name" label={ui.t("field-name")} value={d.name.clone()}
                issue={at(FieldPath::Name)}
                on_change={setter(&props.edit, |d: &mut PersonDraft, v| d.name = v)} />
            <TextField id="person-email" label={ui.t("field-email")} kind="email" value={d.email.clone()}
                issue={at(FieldPath::Email)}
                on_change={setter(&props.edit, |d: &mut PersonDraft, v| d.email = v)} />
            <SelectField id="person-unit" label={ui.t("field-unit")} options={units}
                value={d.unit.map(|u| u.0.to_string()).unwrap_or_default()}
                on_change={setter(&props.edit, |d: &mut PersonDraft, v: String| d.unit = v.parse().ok().map(UnitId))} />
            <TextField id="person-left-on" label={ui.t("field-left-on")} kind="date"
                value={d.left_on.clone().unwrap_or_default()} issue={at(FieldPath::LeftOn)}
                on_change={setter(&props.edit, |d: &mut PersonDraft, v: String| {
                    d.left_on = (!v.trim().is_empty()).then_some(v);
                })} />
        </div>
    }
}
