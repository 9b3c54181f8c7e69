//! The system editor.

use contracts::model::{CaseFigures, Entity, Lifecycle, Role, SystemDraft, UnitId};
use contracts::validate::FieldPath;
use yew::prelude::*;

use super::{enum_options, from_serde_name, serde_name, setter, unit_options, Props, RolesPanel};
use crate::components::fields::{ListField, SelectField, Separator, TextField};
use crate::ui::use_ui;

/// An e-service's case figures: a row per period (its last day, cases, cases without manual
/// steps), each row's finding beside it.
fn case_figures(
    ui: &crate::ui::Ui,
    edit: &Callback<super::Edit<SystemDraft>>,
    d: &SystemDraft,
    at: &dyn Fn(FieldPath) -> Option<String>,
) -> Html {
    let rows = d.case_figures.iter().enumerate().map(|(i, f)| {
        let set = |change: fn(&mut CaseFigures, String)| {
            setter(edit, move |d: &mut SystemDraft, v: String| {
                if let Some(f) = d.case_figures.get_mut(i) {
                    change(f, v);
                }
            })
        };
        let remove = setter(edit, move |d: &mut SystemDraft, _: MouseEvent| {
            if i < d.case_figures.len() {
                d.case_figures.remove(i);
            }
        });
        html! {
            <div class="inline case-figures" id={format!("case-figures-{i}")}>
                <TextField id={format!("case-figures-{i}-period")} label={ui.t("case-figures-period")} kind="date"
                    value={f.period_end.clone()} on_change={set(|f, v| f.period_end = v)} />
                <TextField id={format!("case-figures-{i}-cases")} label={ui.t("case-figures-cases")} kind="number"
                    value={f.cases.to_string()} on_change={set(|f, v| f.cases = v.trim().parse().unwrap_or(0))} />
                <TextField id={format!("case-figures-{i}-automated")} label={ui.t("case-figures-automated")} kind="number"
                    value={f.without_manual_steps.to_string()}
                    on_change={set(|f, v| f.without_manual_steps = v.trim().parse().unwrap_or(0))} />
                <button type="button" class="link" onclick={remove}>{ ui.t("action-remove") }</button>
                if let Some(issue) = at(FieldPath::CaseFigures(i)) {
                    <p class="error" id={format!("case-figures-{i}-error")}>{ issue }</p>
                }
            </div>
        }
    });
    let add = setter(edit, |d: &mut SystemDraft, _: MouseEvent| {
        d.case_figures.push(CaseFigures::default())
    });
    html! {
        <fieldset class="wide" id="system-case-figures">
            <legend>{ ui.t("field-case-figures") }</legend>
            { for rows }
            <button type="button" class="secondary" id="case-figures-add" onclick={add}>{ ui.t("case-figures-add") }</button>
        </fieldset>
    }
}

/// Edits a system: name, description, owning unit, lifecycle, endpoints; its owners.
#[function_component(SystemEditor)]
pub fn system_editor(props: &Props<SystemDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let units = unit_options(&ui);
    html! {
        <div class="form-grid">
            <TextField id="system-name" label={ui.t("field-name")} value={d.name.clone()}
                on_change={setter(&props.edit, |d: &mut SystemDraft, v| d.name = v)}
                issue={at(FieldPath::Name)} />
            <SelectField id="system-lifecycle" label={ui.t("field-lifecycle")}
                options={enum_options(&ui, "lifecycle", &Lifecycle::ALL)}
                value={serde_name(&d.lifecycle)}
                on_change={setter(&props.edit, |d: &mut SystemDraft, v: String| {
                    if let Some(l) = from_serde_name(&v) { d.lifecycle = l; }
                })} />
            <TextField id="system-description" label={ui.t("field-description")} multiline=true wide=true
                value={d.description.clone()}
                on_change={setter(&props.edit, |d: &mut SystemDraft, v| d.description = v)} />
            <SelectField id="system-unit" label={ui.t("field-owning-unit")} options={units}
                value={d.owning_unit.map(|u| u.0.to_string()).unwrap_or_default()}
                issue={at(FieldPath::OwningUnit)}
                on_change={setter(&props.edit, |d: &mut SystemDraft, v: String| {
                    d.owning_unit = v.parse().ok().map(UnitId);
                })} />
            <ListField id="system-endpoints" label={ui.t("field-endpoints")} separator={Separator::Lines}
                items={d.endpoints.clone()}
                issue={d.endpoints.iter().enumerate().find_map(|(i, _)| at(FieldPath::Endpoint(i)))}
                on_change={setter(&props.edit, |d: &mut SystemDraft, v| d.endpoints = v)} />
            { case_figures(&ui, &props.edit, d, &at) }
            if let Some(item) = &props.item {
                <RolesPanel entity={Entity::System} id={item.id} roles={item.roles.clone()}
                    offered={vec![Role::SystemOwner, Role::TechnicalContact]}
                    label={ui.t("field-system-owners")} />
            }
        </div>
    }
}
