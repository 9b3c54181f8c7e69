//! The list of contracts in the sidebar.

use contracts::model::{ContractId, ContractSummary};
use yew::prelude::*;

/// Properties of [`ContractList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The contracts to show.
    pub contracts: Vec<ContractSummary>,
    /// The contract open in the editor, if any.
    pub selected: Option<ContractId>,
    /// Called with the contract the user picks.
    pub on_select: Callback<ContractId>,
}

/// Every contract as a button showing its title, version and owner.
#[function_component(ContractList)]
pub fn contract_list(props: &Props) -> Html {
    if props.contracts.is_empty() {
        return html! { <p class="empty">{ "No contracts yet." }</p> };
    }
    html! {
        <ul id="contract-list" aria-label="Contracts">
            { for props.contracts.iter().map(|c| {
                let id = c.id;
                let on_select = props.on_select.clone();
                let current = props.selected == Some(id);
                html! {
                    <li key={id.0}>
                        <button id={format!("contract-{}", id.0)} class="contract-item"
                                aria-current={current.to_string()}
                                onclick={move |_| on_select.emit(id)}>
                            <span class="title">{ &c.title }</span>
                            <span class="meta">{ format!("v{} · {}", c.version, c.owner) }</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
