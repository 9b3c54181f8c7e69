//! The system editor.

use contracts::model::{Entity, Lifecycle, Role, SystemDraft, UnitId};
use contracts::validate::FieldPath;
use yew::prelude::*;

use super::{enum_options, from_serde_name, serde_name, setter, unit_options, Props, RolesPanel};
use crate::components::fields::{ListField, SelectField, Separator, TextField};
use crate::ui::use_ui;

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
            if let Some(item) = &props.item {
                <RolesPanel entity={Entity::System} id={item.id} roles={item.roles.clone()}
                    offered={vec![Role::SystemOwner, Role::TechnicalContact]}
                    label={ui.t("field-system-owners")} />
            }
        </div>
    }
}
