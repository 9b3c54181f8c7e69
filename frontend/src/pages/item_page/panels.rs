//! What a stored item offers beside its inputs, by kind: a contract's workflow and exports and
//! its versions, an agreement's preflight and PDF, an integration's OpenAPI stub, a request's
//! way to a contract, an information set's versions, and every item's findings.

use std::rc::Rc;

use contracts::model::Entity;
use contracts::wire::{Draft, Item};
use yew::prelude::*;

use super::agreement::AgreementExport;
use super::findings::ItemFindings;
use super::integration::IntegrationExport;
use super::workflow::Workflow;
use crate::editors::{Edit, ToContract};
use crate::pages::versions::{ContractVersions, SetVersions};
use crate::ui::Ui;

/// The stored item the panels are about, and what they may change.
pub struct Stored<'a> {
    /// The kind of item.
    pub entity: Entity,
    /// The stored item.
    pub item: &'a Rc<Item>,
    /// The draft being edited.
    pub draft: &'a Rc<Draft>,
    /// The draft holds unsaved changes.
    pub dirty: bool,
    /// Called when the backend stored the item by other means (its status moved).
    pub on_stored: Callback<Item>,
    /// Changes the draft.
    pub edit: Callback<Edit<Draft>>,
}

/// A contract's workflow, when the stored item has one.
fn workflow(ui: &Ui, stored: &Stored) -> Html {
    let Some(state) = &stored.item.state else {
        return html! {};
    };
    let profile = match &**stored.draft {
        Draft::Contract(c) => c.api_profile,
        _ => None,
    }
    .unwrap_or(ui.lookups.default_api_profile);
    html! {
        <Workflow id={stored.item.id} status={state.status} approved_by={state.approved_by.clone()}
            approved_at={state.approved_at.clone()} dirty={stored.dirty}
            {profile} on_changed={stored.on_stored.clone()} />
    }
}

/// The kind's own export or next step: an agreement's, an integration's, a request's.
fn kind_actions(stored: &Stored) -> Html {
    let (item, dirty) = (stored.item, stored.dirty);
    match stored.entity {
        Entity::Agreement => html! { <AgreementExport saved={item.clone()} {dirty} /> },
        Entity::Integration => html! { <IntegrationExport id={item.id} {dirty} /> },
        Entity::Request => {
            html! { <ToContract id={item.id} draft={stored.draft.clone()} {dirty} /> }
        }
        _ => html! {},
    }
}

/// The versions of an information set or a contract.
fn versions(stored: &Stored) -> Html {
    let item = stored.item.clone();
    match &**stored.draft {
        Draft::InformationSet(set) => {
            html! { <SetVersions stored={item} draft={Rc::new(set.clone())} /> }
        }
        Draft::Contract(contract) => {
            let edit = stored.edit.clone();
            let use_version = Callback::from(move |version: String| {
                edit.emit(Edit(Box::new(move |d: &mut Draft| {
                    if let Draft::Contract(c) = d {
                        c.version = version;
                    }
                })))
            });
            html! { <ContractVersions stored={item} draft={Rc::new(contract.clone())} {use_version} /> }
        }
        _ => html! {},
    }
}

/// The panel above the item's inputs: its workflow, known when the page opens. Nothing above
/// the inputs may grow after the page is shown (a click in flight would land elsewhere).
pub fn stored_panels(ui: &Ui, stored: &Stored) -> Html {
    workflow(ui, stored)
}

/// The panels below the item's inputs, which read the catalog after the page opens: what the
/// checks find about the item (keyed by it: never another item's), what the kind offers (an
/// agreement's preflight and export, an integration's stub, a request made a contract) and
/// the versions, previewed as the draft changes.
pub fn panels_below(stored: &Stored) -> Html {
    html! {
        <>
            <ItemFindings key={stored.item.id} entity={stored.entity} id={stored.item.id} />
            { kind_actions(stored) }
            { versions(stored) }
        </>
    }
}
