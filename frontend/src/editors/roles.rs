//! The people holding roles on a stored item: listed, removable, and a person and role to
//! add.

use contracts::model::{Entity, PersonId, Role, RoleAssignment};
use yew::prelude::*;

use super::{enum_options, from_serde_name, options, serde_name};
use crate::components::fields::SelectField;
use crate::services;
use crate::ui::use_ui;

/// Properties of [`RolesPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The kind of item.
    pub entity: Entity,
    /// The item's id.
    pub id: i64,
    /// The roles held on it now.
    pub roles: Vec<RoleAssignment>,
    /// The roles that make sense on this kind.
    pub offered: Vec<Role>,
    /// The panel's heading.
    pub label: AttrValue,
}

/// Lists and changes who holds which role on an item.
#[function_component(RolesPanel)]
pub fn roles_panel(props: &Props) -> Html {
    let ui = use_ui();
    let roles = use_state(|| props.roles.clone());
    {
        let roles = roles.clone();
        use_effect_with(props.roles.clone(), move |given| roles.set(given.clone()));
    }
    let person = use_state(String::new);
    let role = use_state(|| serde_name(&props.offered[0]));
    let name_of = |id: PersonId| {
        ui.lookups
            .people
            .iter()
            .find(|p| p.id == id.0)
            .map_or_else(|| format!("#{}", id.0), |p| p.name.clone())
    };
    let change = {
        let (ui, roles) = (ui.clone(), roles.clone());
        move |assignment: RoleAssignment, add: bool| {
            let (ui, roles) = (ui.clone(), roles.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = if add {
                    services::assign_role(&assignment).await
                } else {
                    services::unassign_role(&assignment).await
                };
                match result {
                    Ok(()) => {
                        let mut next = (*roles).clone();
                        next.retain(|r| *r != assignment);
                        if add {
                            next.push(assignment);
                        }
                        roles.set(next);
                        ui.changed.emit(());
                    }
                    Err(error) => ui.fail(&error),
                }
            });
        }
    };
    let on_add = {
        let (person, role, change) = (person.clone(), role.clone(), change.clone());
        let (entity, id) = (props.entity, props.id);
        Callback::from(move |_| {
            let (Some(person), Some(role)) = (person.parse().ok(), from_serde_name::<Role>(&role))
            else {
                return;
            };
            change(
                RoleAssignment {
                    role,
                    person: PersonId(person),
                    entity,
                    item: id,
                },
                true,
            );
        })
    };
    let people = options(&ui, &ui.lookups.people);
    html! {
        <fieldset class="roles wide" id="roles">
            <legend>{ &props.label }</legend>
            <ul>
                { for roles.iter().filter(|r| props.offered.contains(&r.role)).map(|r| {
                    let remove = {
                        let (change, r) = (change.clone(), r.clone());
                        Callback::from(move |_| change(r.clone(), false))
                    };
                    html! {
                        <li>
                            { format!("{} — {}", name_of(r.person), ui.value("role", &r.role)) }
                            <button type="button" class="link" onclick={remove}
                                aria-label={format!("{} {}", ui.t("action-remove"), name_of(r.person))}>
                                { ui.t("action-remove") }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <div class="inline">
                <SelectField id="role-person" label={ui.t("field-person")} options={people}
                    value={(*person).clone()} on_change={Callback::from(move |v| person.set(v))} />
                <SelectField id="role-role" label={ui.t("field-role")}
                    options={enum_options(&ui, "role", &props.offered)}
                    value={(*role).clone()} on_change={Callback::from(move |v| role.set(v))} />
                <button type="button" class="secondary" id="role-add" onclick={on_add}>{ ui.t("action-assign") }</button>
            </div>
        </fieldset>
    }
}
