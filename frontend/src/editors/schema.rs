//! The schema (field tree) editor of an information set: add, remove, reorder and nest fields
//! (objects and arrays), with each field's type, format, values, classification and
//! personal-data flags.

use std::rc::Rc;

use contracts::model::{ClassificationScheme, PersonalData, SchemaField, SchemaType};
use contracts::validate::{FieldPath, Issue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{enum_options, from_serde_name, serde_name, setter, Edit};
use crate::components::fields::{ListField, SelectField, Separator, TextField};
use crate::ui::{use_ui, Ui};

/// Where a field sits: its index among its siblings at each level.
type Path = Vec<usize>;

/// The sibling list holding the field at `path`, and the field's index in it.
fn siblings<'a>(
    fields: &'a mut Vec<SchemaField>,
    path: &[usize],
) -> Option<(&'a mut Vec<SchemaField>, usize)> {
    let (last, parents) = path.split_last()?;
    let mut list = fields;
    for index in parents {
        list = &mut list.get_mut(*index)?.children;
    }
    Some((list, *last))
}

/// The field at `path`.
fn field_at<'a>(fields: &'a mut Vec<SchemaField>, path: &[usize]) -> Option<&'a mut SchemaField> {
    let (list, index) = siblings(fields, path)?;
    list.get_mut(index)
}

/// Properties of [`SchemaEditor`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The top-level fields.
    pub fields: Rc<Vec<SchemaField>>,
    /// Applies a change to the field list.
    pub edit: Callback<Edit<Vec<SchemaField>>>,
    /// The scheme the levels come from, if chosen.
    pub scheme: Option<ClassificationScheme>,
    /// The findings (schema fields are numbered depth-first).
    pub issues: Rc<Vec<Issue>>,
}

/// The whole tree.
#[function_component(SchemaEditor)]
pub fn schema_editor(props: &Props) -> Html {
    let ui = use_ui();
    let mut position = 0;
    let rows = render_list(&ui, props, &props.fields, &[], &mut position);
    let add = setter(
        &props.edit,
        |fields: &mut Vec<SchemaField>, _: MouseEvent| fields.push(SchemaField::default()),
    );
    html! {
        <div class="schema" id="schema">
            { rows }
            <button type="button" class="secondary" id="schema-add" onclick={add}>{ ui.t("action-add-field") }</button>
        </div>
    }
}

fn render_list(
    ui: &Ui,
    props: &Props,
    fields: &[SchemaField],
    parent: &[usize],
    position: &mut usize,
) -> Html {
    html! {
        <ul class="schema-level">
            { for fields.iter().enumerate().map(|(index, field)| {
                let mut path = parent.to_vec();
                path.push(index);
                let here = *position;
                *position += 1;
                let children = render_list(ui, props, &field.children, &path, position);
                render_field(ui, props, field, path, here, fields.len(), children)
            }) }
        </ul>
    }
}

fn render_field(
    ui: &Ui,
    props: &Props,
    field: &SchemaField,
    path: Path,
    position: usize,
    siblings_count: usize,
    children: Html,
) -> Html {
    let id = format!(
        "schema-{}",
        path.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join("-")
    );
    let change = |f: fn(&mut SchemaField, String)| {
        let path = path.clone();
        setter(
            &props.edit,
            move |fields: &mut Vec<SchemaField>, v: String| {
                if let Some(field) = field_at(fields, &path) {
                    f(field, v);
                }
            },
        )
    };
    let change_list = |f: fn(&mut SchemaField, Vec<String>)| {
        let path = path.clone();
        setter(
            &props.edit,
            move |fields: &mut Vec<SchemaField>, v: Vec<String>| {
                if let Some(field) = field_at(fields, &path) {
                    f(field, v);
                }
            },
        )
    };
    let flag = |key: &str, f: fn(&mut PersonalData, bool), on: bool| {
        let path = path.clone();
        let onchange = setter(
            &props.edit,
            move |fields: &mut Vec<SchemaField>, e: Event| {
                if let Some(field) = field_at(fields, &path) {
                    f(
                        &mut field.personal_data,
                        e.target_unchecked_into::<HtmlInputElement>().checked(),
                    );
                }
            },
        );
        let element = format!("{id}-{key}");
        html! {
            <span class="check">
                <input type="checkbox" id={element.clone()} checked={on} {onchange} />
                <label for={element}>{ ui.t(&format!("field-{key}")) }</label>
            </span>
        }
    };
    let action = |label: &str, enabled: bool, f: fn(&mut Vec<SchemaField>, usize)| {
        let path = path.clone();
        let onclick = setter(
            &props.edit,
            move |fields: &mut Vec<SchemaField>, _: MouseEvent| {
                if let Some((list, index)) = siblings(fields, &path) {
                    f(list, index);
                }
            },
        );
        html! {
            <button type="button" class="link" disabled={!enabled} {onclick}
                aria-label={format!("{} {}", ui.t(label), field.name)}>{ ui.t(label) }</button>
        }
    };
    let can_nest = match field.field_type {
        SchemaType::Object => true,
        SchemaType::Array => field.children.is_empty(),
        _ => false,
    };
    let add_child = {
        let path = path.clone();
        setter(
            &props.edit,
            move |fields: &mut Vec<SchemaField>, _: MouseEvent| {
                if let Some(field) = field_at(fields, &path) {
                    field.children.push(SchemaField::default());
                }
            },
        )
    };
    let mut levels = vec![(String::new(), ui.t("unclassified"))];
    if let Some(scheme) = &props.scheme {
        levels.extend(
            scheme
                .levels
                .iter()
                .map(|l| (l.ordinal.to_string(), l.name.get(ui.tr.lang()).to_owned())),
        );
    }
    let issue = ui.issues_at(&props.issues, FieldPath::SchemaField(position));
    html! {
        <li class="schema-field" id={id.clone()}>
            <div class="inline">
                <TextField id={format!("{id}-name")} label={ui.t("field-field-name")} value={field.name.clone()}
                    issue={issue} on_change={change(|f, v| f.name = v)} />
                <SelectField id={format!("{id}-type")} label={ui.t("field-type")}
                    options={enum_options(ui, "type", &SchemaType::ALL)} value={serde_name(&field.field_type)}
                    on_change={change(|f, v| if let Some(t) = from_serde_name(&v) { f.field_type = t; })} />
                <SelectField id={format!("{id}-classification")} label={ui.t("field-classification")} options={levels}
                    value={field.classification.map(|c| c.to_string()).unwrap_or_default()}
                    on_change={change(|f, v| f.classification = v.parse().ok())} />
                <span class="check">
                    <input type="checkbox" id={format!("{id}-required")} checked={field.required}
                        onchange={{
                            let path = path.clone();
                            setter(&props.edit, move |fields: &mut Vec<SchemaField>, e: Event| {
                                if let Some(f) = field_at(fields, &path) {
                                    f.required = e.target_unchecked_into::<HtmlInputElement>().checked();
                                }
                            })
                        }} />
                    <label for={format!("{id}-required")}>{ ui.t("field-required") }</label>
                </span>
            </div>
            <div class="inline">
                <TextField id={format!("{id}-description")} label={ui.t("field-description")} value={field.description.clone()}
                    on_change={change(|f, v| f.description = v)} />
                <TextField id={format!("{id}-format")} label={ui.t("field-format")} value={field.format.clone().unwrap_or_default()}
                    on_change={change(|f, v| f.format = (!v.trim().is_empty()).then_some(v))} />
                <ListField id={format!("{id}-enum")} label={ui.t("field-enum-values")} separator={Separator::Commas}
                    items={field.enum_values.clone()} on_change={change_list(|f, v| f.enum_values = v)} />
                <ListField id={format!("{id}-examples")} label={ui.t("field-examples")} separator={Separator::Commas}
                    items={field.examples.clone()} on_change={change_list(|f, v| f.examples = v)} />
            </div>
            <div class="inline flags">
                { flag("personal", |p, on| p.personal = on, field.personal_data.personal) }
                { flag("special-category", |p, on| p.special_category = on, field.personal_data.special_category) }
                { flag("criminal-offence", |p, on| p.criminal_offence = on, field.personal_data.criminal_offence) }
                { flag("national-id", |p, on| p.national_id = on, field.personal_data.national_id) }
            </div>
            <div class="inline field-actions">
                { action("action-move-up", path.last() != Some(&0), |list, i| list.swap(i, i - 1)) }
                { action("action-move-down", path.last().is_some_and(|i| i + 1 < siblings_count), |list, i| list.swap(i, i + 1)) }
                <button type="button" class="link" id={format!("{id}-add-child")} disabled={!can_nest} onclick={add_child}>
                    { ui.t("action-add-child") }
                </button>
                { action("action-remove", true, |list, i| { list.remove(i); }) }
            </div>
            { children }
        </li>
    }
}
