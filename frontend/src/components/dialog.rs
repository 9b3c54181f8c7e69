//! A modal dialog: focus moves into it, Escape closes it, and the rest of the window is inert
//! behind a backdrop.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Properties of [`Dialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The element id of the dialog.
    pub id: AttrValue,
    /// Its title.
    pub title: AttrValue,
    /// Called when the user dismisses it (Escape).
    pub on_close: Callback<()>,
    /// The content, buttons included.
    pub children: Html,
}

/// The dialog.
#[function_component(Dialog)]
pub fn dialog(props: &Props) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(element) = node.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="backdrop">
            <div class="dialog" role="dialog" aria-modal="true" id={props.id.clone()} aria-labelledby={title_id.clone()}
                tabindex="-1" ref={node} {onkeydown}>
                <h2 id={title_id}>{ &props.title }</h2>
                { props.children.clone() }
            </div>
        </div>
    }
}
