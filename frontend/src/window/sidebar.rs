//! The sidebar: one button per section, the current one marked.

use yew::prelude::*;

use super::sections::{same_entry, Section, SIDEBAR};
use crate::ui::use_ui;

/// Properties of [`Sidebar`].
#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    /// The section shown.
    pub current: Section,
    /// Goes to a section.
    pub go: Callback<Section>,
}

/// The sidebar.
#[function_component(Sidebar)]
pub fn sidebar(props: &SidebarProps) -> Html {
    let ui = use_ui();
    let entries = SIDEBAR.iter().map(|(target, label, id)| {
        let current = same_entry(props.current, *target);
        let onclick = {
            let (go, target) = (props.go.clone(), *target);
            Callback::from(move |_| go.emit(target))
        };
        html! {
            <li><button type="button" id={*id} aria-current={current.then_some("page")} {onclick}>{ ui.t(label) }</button></li>
        }
    });
    html! {
        <nav aria-label={ui.t("nav-label")}><ul>{ for entries }</ul></nav>
    }
}
