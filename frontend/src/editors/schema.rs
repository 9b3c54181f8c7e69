//! The schema (field tree) editor of an information set: add, remove, reorder and nest fields
//! (objects and arrays), with each field's type, format, values, limits, classification and
//! personal-data flags.

use std::rc::Rc;

use contracts::model::{ClassificationScheme, SchemaField, SchemaType};
use contracts::validate::{FieldPath, Issue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{enum_options, from_serde_name, serde_name, setter, Edit};
use crate::components::fields::{number, ListField, SelectField, Separator, TextField};
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

/// The fields of one level (numbered from `position` on), each with its children.
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
                render_field(ui, props, field, path, (here, fields.len()), children)
            }) }
        </ul>
    }
}

/// One field's row: where it sits and what changes it.
struct Row<'a> {
    ui: &'a Ui,
    props: &'a Props,
    field: &'a SchemaField,
    path: Path,
    /// The row's element id (`schema-0-2`), its inputs' ids' prefix.
    id: String,
}

impl Row<'_> {
    /// A callback that changes the field with `f` and the value it is called with.
    fn change<V: 'static>(&self, f: impl Fn(&mut SchemaField, V) + 'static) -> Callback<V> {
        let path = self.path.clone();
        setter(
            &self.props.edit,
            move |fields: &mut Vec<SchemaField>, v: V| {
                if let Some(field) = field_at(fields, &path) {
                    f(field, v);
                }
            },
        )
    }

    /// A checkbox `{id}-{key}` for one flag of the field (`f` sets it), labelled by message
    /// `field-{key}`.
    fn flag(&self, key: &str, f: fn(&mut SchemaField, bool), on: bool) -> Html {
        let onchange = self.change(move |field: &mut SchemaField, e: Event| {
            f(
                field,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            )
        });
        let element = format!("{}-{key}", self.id);
        html! {
            <span class="check">
                <input type="checkbox" id={element.clone()} checked={on} {onchange} />
                <label for={element}>{ self.ui.t(&format!("field-{key}")) }</label>
            </span>
        }
    }

    /// A button (message `label`) that changes the field's sibling list with `f`.
    fn action(&self, label: &str, enabled: bool, f: fn(&mut Vec<SchemaField>, usize)) -> Html {
        let path = self.path.clone();
        let onclick = setter(
            &self.props.edit,
            move |fields: &mut Vec<SchemaField>, _: MouseEvent| {
                if let Some((list, index)) = siblings(fields, &path) {
                    f(list, index);
                }
            },
        );
        html! {
            <button type="button" class="link" disabled={!enabled} {onclick}
                aria-label={format!("{} {}", self.ui.t(label), self.field.name)}>{ self.ui.t(label) }</button>
        }
    }

    /// The classification picker's choices: unclassified, then the scheme's levels.
    fn levels(&self) -> Vec<(String, String)> {
        let mut levels = vec![(String::new(), self.ui.t("unclassified"))];
        if let Some(scheme) = &self.props.scheme {
            levels.extend(scheme.levels.iter().map(|l| {
                (
                    l.ordinal.to_string(),
                    l.name.get(self.ui.tr.lang()).to_owned(),
                )
            }));
        }
        levels
    }

    /// Its name (with the findings at `position`), type, classification and whether it is
    /// required.
    fn main_line(&self, position: usize) -> Html {
        let (ui, field, id) = (self.ui, self.field, &self.id);
        let issue = ui.issues_at(&self.props.issues, FieldPath::SchemaField(position));
        html! {
            <div class="inline">
                <TextField id={format!("{id}-name")} label={ui.t("field-field-name")} value={field.name.clone()}
                    issue={issue} on_change={self.change(|f, v| f.name = v)} />
                <SelectField id={format!("{id}-type")} label={ui.t("field-type")}
                    options={enum_options(ui, "type", &SchemaType::ALL)} value={serde_name(&field.field_type)}
                    on_change={self.change(|f, v: String| if let Some(t) = from_serde_name(&v) { f.field_type = t; })} />
                <SelectField id={format!("{id}-classification")} label={ui.t("field-classification")} options={self.levels()}
                    value={field.classification.map(|c| c.to_string()).unwrap_or_default()}
                    on_change={self.change(|f, v: String| f.classification = v.parse().ok())} />
                <span class="check">
                    <input type="checkbox" id={format!("{id}-required")} checked={field.required}
                        onchange={self.change(|f, e: Event| f.required = e.target_unchecked_into::<HtmlInputElement>().checked())} />
                    <label for={format!("{id}-required")}>{ ui.t("field-required") }</label>
                </span>
            </div>
        }
    }

    /// Its description, format, allowed values and examples.
    fn details(&self) -> Html {
        let (ui, field, id) = (self.ui, self.field, &self.id);
        html! {
            <div class="inline">
                <TextField id={format!("{id}-description")} label={ui.t("field-description")} value={field.description.clone()}
                    on_change={self.change(|f, v| f.description = v)} />
                { self.label() }
                <TextField id={format!("{id}-format")} label={ui.t("field-format")} value={field.format.clone().unwrap_or_default()}
                    on_change={self.change(|f, v: String| f.format = (!v.trim().is_empty()).then_some(v))} />
                <ListField id={format!("{id}-enum")} label={ui.t("field-enum-values")} separator={Separator::Commas}
                    items={field.enum_values.clone()} on_change={self.change(|f, v| f.enum_values = v)} />
                <ListField id={format!("{id}-examples")} label={ui.t("field-examples")} separator={Separator::Commas}
                    items={field.examples.clone()} on_change={self.change(|f, v| f.examples = v)} />
            </div>
        }
    }

    /// What people call it in the window's language (the other languages' names are edited
    /// in their windows; ODCS v3.2 exports them as synonyms).
    fn label(&self) -> Html {
        let lang = self.ui.tr.lang();
        let value = self.field.labels.0.get(&lang).cloned().unwrap_or_default();
        let on_change = self.change(move |f, v: String| {
            if v.trim().is_empty() {
                f.labels.0.remove(&lang);
            } else {
                f.labels.0.insert(lang, v);
            }
        });
        html! {
            <TextField id={format!("{}-label", self.id)} label={self.ui.t("field-display-name")}
                value={value} {on_change} />
        }
    }

    /// Its limits beyond its type: a text's lengths and pattern, a number's bounds; whether
    /// no two records share a value, and whether it is (part of) the records' key.
    fn limits(&self) -> Html {
        let (ui, field, id) = (self.ui, self.field, &self.id);
        let limits = &field.constraints;
        let shown = |value: Option<String>| AttrValue::from(value.unwrap_or_default());
        let bounds = match field.field_type {
            SchemaType::String => html! {
                <>
                    <TextField id={format!("{id}-min-length")} label={ui.t("field-min-length")} kind="number"
                        value={shown(limits.min_length.map(|n| n.to_string()))}
                        on_change={self.change(|f, v: String| f.constraints.min_length = number(&v))} />
                    <TextField id={format!("{id}-max-length")} label={ui.t("field-max-length")} kind="number"
                        value={shown(limits.max_length.map(|n| n.to_string()))}
                        on_change={self.change(|f, v: String| f.constraints.max_length = number(&v))} />
                    <TextField id={format!("{id}-pattern")} label={ui.t("field-pattern")}
                        value={shown(limits.pattern.clone())}
                        on_change={self.change(|f, v: String| f.constraints.pattern = (!v.is_empty()).then_some(v))} />
                </>
            },
            SchemaType::Integer | SchemaType::Number => html! {
                <>
                    <TextField id={format!("{id}-minimum")} label={ui.t("field-minimum")} kind="number"
                        value={shown(limits.minimum.as_ref().map(ToString::to_string))}
                        on_change={self.change(|f, v: String| f.constraints.minimum = number(&v))} />
                    <TextField id={format!("{id}-maximum")} label={ui.t("field-maximum")} kind="number"
                        value={shown(limits.maximum.as_ref().map(ToString::to_string))}
                        on_change={self.change(|f, v: String| f.constraints.maximum = number(&v))} />
                </>
            },
            _ => Html::default(),
        };
        html! {
            <div class="inline limits">
                { bounds }
                { self.flag("unique", |f, on| f.constraints.unique = on, limits.unique) }
                { self.flag("primary-key", |f, on| f.constraints.primary_key = on, limits.primary_key) }
            </div>
        }
    }

    /// Its personal-data flags.
    fn flags(&self) -> Html {
        let data = &self.field.personal_data;
        html! {
            <div class="inline flags">
                { self.flag("personal", |f, on| f.personal_data.personal = on, data.personal) }
                { self.flag("special-category", |f, on| f.personal_data.special_category = on, data.special_category) }
                { self.flag("criminal-offence", |f, on| f.personal_data.criminal_offence = on, data.criminal_offence) }
                { self.flag("national-id", |f, on| f.personal_data.national_id = on, data.national_id) }
            </div>
        }
    }

    /// Move up and down, add a child (objects, and arrays without an item yet), remove.
    fn actions(&self, siblings_count: usize) -> Html {
        let (path, id) = (&self.path, &self.id);
        let can_nest = match self.field.field_type {
            SchemaType::Object => true,
            SchemaType::Array => self.field.children.is_empty(),
            _ => false,
        };
        let add_child =
            self.change(|field, _: MouseEvent| field.children.push(SchemaField::default()));
        html! {
            <div class="inline field-actions">
                { self.action("action-move-up", path.last() != Some(&0), |list, i| list.swap(i, i - 1)) }
                { self.action("action-move-down", path.last().is_some_and(|i| i + 1 < siblings_count), |list, i| list.swap(i, i + 1)) }
                <button type="button" class="link" id={format!("{id}-add-child")} disabled={!can_nest} onclick={add_child}>
                    { self.ui.t("action-add-child") }
                </button>
                { self.action("action-remove", true, |list, i| { list.remove(i); }) }
            </div>
        }
    }
}

/// The row of `field` at `path` (numbered `position` depth-first, among `siblings_count`
/// siblings), with its `children` below.
fn render_field(
    ui: &Ui,
    props: &Props,
    field: &SchemaField,
    path: Path,
    (position, siblings_count): (usize, usize),
    children: Html,
) -> Html {
    let id = format!(
        "schema-{}",
        path.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join("-")
    );
    let row = Row {
        ui,
        props,
        field,
        path,
        id,
    };
    html! {
        <li class="schema-field" id={row.id.clone()}>
            { row.main_line(position) }
            { row.details() }
            { row.limits() }
            { row.flags() }
            { row.actions(siblings_count) }
            { children }
        </li>
    }
}
