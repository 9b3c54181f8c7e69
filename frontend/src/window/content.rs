//! The window's main content: the section shown, or why the catalog did not open.

use contracts::model::Entity;
use contracts::wire::{CatalogInfo, WireError};
use yew::prelude::*;

use super::navigation::Navigation;
use super::sections::Section;
use crate::pages::access::AccessPage;
use crate::pages::audit::AuditTrail;
use crate::pages::item_page::ItemPage;
use crate::pages::map::PortfolioMap;
use crate::pages::overview::Overview;
use crate::pages::parties::Parties;
use crate::pages::reports::Reports;
use crate::ui::use_ui;

/// Properties of [`Content`].
#[derive(Properties, PartialEq)]
pub struct ContentProps {
    /// The catalog, or why it could not be opened; `None` while it is being read.
    pub info: Option<Result<CatalogInfo, WireError>>,
    /// The section shown and the item last asked to open.
    pub navigation: Navigation,
    /// Shows a section at once (the parties' tabs).
    pub show: Callback<Section>,
}

/// The section (once the catalog is open).
fn section(props: &ContentProps) -> Html {
    let navigation = &props.navigation;
    let open = |entity: Entity| navigation.open_in(entity);
    match navigation.section {
        Section::Overview => html! { <Overview /> },
        Section::Map => html! { <PortfolioMap /> },
        Section::Audit => html! { <AuditTrail /> },
        Section::Reports => html! { <Reports /> },
        Section::Items(entity @ (Entity::Organisation | Entity::Person)) => {
            let show = props.show.clone();
            let on_tab = Callback::from(move |e| show.emit(Section::Items(e)));
            html! { <Parties {entity} open={open(entity)} {on_tab} /> }
        }
        Section::Items(Entity::AccessGrant) => {
            html! { <AccessPage open={open(Entity::AccessGrant)} /> }
        }
        Section::Items(entity) => {
            html! { <ItemPage key={entity.as_str()} {entity} open={open(entity)} /> }
        }
    }
}

/// The content.
#[function_component(Content)]
pub fn content(props: &ContentProps) -> Html {
    let ui = use_ui();
    match &props.info {
        None => html! { <p class="empty">{ ui.t("working") }</p> },
        Some(Err(error)) => html! {
            <div class="banner" id="catalog-error" role="alert">
                <h2>{ ui.t("catalog-open-failed") }</h2>
                <p>{ ui.tr.error(error) }</p>
                <p>{ ui.t("catalog-open-hint") }</p>
            </div>
        },
        Some(Ok(_)) => section(props),
    }
}
