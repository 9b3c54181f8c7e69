//! One editor per kind of item. Each shows its item's inputs, with the findings next to them,
//! and reports every change as an [`Edit`] so quick successive changes apply in order.

mod agreement;
mod contract;
pub mod grant;
mod information_set;
mod integration;
mod organisation;
mod person;
mod request;
mod roles;
mod schema;
mod scheme;
mod system;

use std::rc::Rc;

use contracts::validate::Issue;
use contracts::wire::{Draft, Item};
use yew::prelude::*;

pub use request::ToContract;
pub use roles::RolesPanel;

/// One change to a draft of type `T`.
pub struct Edit<T>(pub Box<dyn FnOnce(&mut T)>);

/// A callback that applies `change` with the value it is called with.
pub fn setter<T: 'static, V: 'static>(
    edit: &Callback<Edit<T>>,
    change: impl Fn(&mut T, V) + 'static,
) -> Callback<V> {
    let (edit, change) = (edit.clone(), Rc::new(change));
    Callback::from(move |value: V| {
        let change = change.clone();
        edit.emit(Edit(Box::new(move |draft| change(draft, value))));
    })
}

/// Properties every editor takes.
#[derive(Properties)]
pub struct Props<T: PartialEq + 'static> {
    /// The draft being edited.
    pub draft: Rc<T>,
    /// Applies a change to it.
    pub edit: Callback<Edit<T>>,
    /// The findings to show.
    pub issues: Rc<Vec<Issue>>,
    /// The stored item, when the draft is one.
    pub item: Option<Rc<Item>>,
}

impl<T: PartialEq + 'static> PartialEq for Props<T> {
    fn eq(&self, other: &Self) -> bool {
        self.draft == other.draft
            && self.edit == other.edit
            && self.issues == other.issues
            && self.item == other.item
    }
}

/// Properties of [`ItemEditor`].
#[derive(Properties, PartialEq)]
pub struct ItemProps {
    /// The draft of any kind.
    pub draft: Rc<Draft>,
    /// Applies a change to it.
    pub edit: Callback<Edit<Draft>>,
    /// The findings to show.
    pub issues: Rc<Vec<Issue>>,
    /// The stored item, when the draft is one.
    pub item: Option<Rc<Item>>,
}

/// Narrows an edit of the whole draft to one kind.
fn narrow<T: 'static>(
    edit: &Callback<Edit<Draft>>,
    pick: fn(&mut Draft) -> Option<&mut T>,
) -> Callback<Edit<T>> {
    let edit = edit.clone();
    Callback::from(move |change: Edit<T>| {
        edit.emit(Edit(Box::new(move |draft| {
            if let Some(inner) = pick(draft) {
                (change.0)(inner);
            }
        })))
    })
}

/// The editor for the draft's kind.
#[function_component(ItemEditor)]
pub fn item_editor(props: &ItemProps) -> Html {
    let (issues, item) = (props.issues.clone(), props.item.clone());
    macro_rules! editor {
        ($variant:ident, $component:ty, $inner:expr) => {{
            let edit = narrow(&props.edit, |d| match d {
                Draft::$variant(inner) => Some(inner),
                _ => None,
            });
            html! { <$component draft={Rc::new($inner.clone())} {edit} {issues} {item} /> }
        }};
    }
    match &*props.draft {
        Draft::Contract(d) => editor!(Contract, contract::ContractEditor, d),
        Draft::Organisation(d) => editor!(Organisation, organisation::OrganisationEditor, d),
        Draft::Person(d) => editor!(Person, person::PersonEditor, d),
        Draft::System(d) => editor!(System, system::SystemEditor, d),
        Draft::InformationSet(d) => {
            editor!(InformationSet, information_set::InformationSetEditor, d)
        }
        Draft::Integration(d) => editor!(Integration, integration::IntegrationEditor, d),
        Draft::Agreement(d) => editor!(Agreement, agreement::AgreementEditor, d),
        Draft::ClassificationScheme(d) => {
            editor!(ClassificationScheme, scheme::SchemeEditor, d)
        }
        Draft::Request(d) => editor!(Request, request::RequestEditor, d),
        Draft::AccessGrant(d) => editor!(AccessGrant, grant::GrantEditor, d),
    }
}

/// `(value, text)` options for a picker of named items, with "none" first.
pub fn options(ui: &crate::ui::Ui, items: &[contracts::wire::Named]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ui.t("none-selected")))
        .chain(items.iter().map(|n| (n.id.to_string(), n.name.clone())))
        .collect()
}

/// Options for a unit picker, with "none" first.
pub fn unit_options(ui: &crate::ui::Ui) -> Vec<(String, String)> {
    std::iter::once((String::new(), ui.t("none-selected")))
        .chain(
            ui.lookups
                .units
                .iter()
                .map(|u| (u.id.0.to_string(), u.name.clone())),
        )
        .collect()
}

/// Options of an enum by its values, labelled by message `{prefix}-{value}`.
pub fn enum_options<T: serde::Serialize>(
    ui: &crate::ui::Ui,
    prefix: &str,
    values: &[T],
) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (serde_name(v), ui.value(prefix, v)))
        .collect()
}

/// The serde name of an enum value.
pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The enum value named `name`, if any.
pub fn from_serde_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Options for an API profile picker, labelled in the user's language.
pub fn profile_options(ui: &crate::ui::Ui) -> Vec<(String, String)> {
    contracts::model::ApiProfile::ALL
        .iter()
        .map(|p| {
            (
                p.as_str().to_owned(),
                ui.t(&format!("profile-{}", p.as_str())),
            )
        })
        .collect()
}

/// The profile choices of a contract: the catalog's default (named) first, then each profile.
pub fn contract_profile_options(ui: &crate::ui::Ui) -> Vec<(String, String)> {
    let default = ui.lookups.default_api_profile.as_str();
    let name = ui.t(&format!("profile-{default}"));
    let mut options = vec![(
        String::new(),
        ui.t_with("profile-catalog-default", &[("profile", name.into())]),
    )];
    options.extend(profile_options(ui));
    options
}
