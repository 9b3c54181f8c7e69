//! The status line: the last notice (success or failure), a button to open the file an export
//! wrote, and the export's warnings.

use yew::prelude::*;

use crate::services;
use crate::ui::{use_ui, Notice};

/// Properties of [`StatusLine`].
#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    /// The notice shown, if any.
    pub notice: Option<Notice>,
}

/// The status line and the notice's warnings.
#[function_component(StatusLine)]
pub fn status_line(props: &StatusLineProps) -> Html {
    let ui = use_ui();
    let notice = props.notice.as_ref();
    let open_file = |file: String| {
        let ui = ui.clone();
        Callback::from(move |_: MouseEvent| {
            let (file, ui) = (file.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = services::open_path(&file).await {
                    ui.fail(&error);
                }
            });
        })
    };
    html! {
        <>
            <div class="status-bar">
                <p id="status" role="status" aria-live="polite"
                    class={classes!("status", notice.map(|n| if n.ok { "ok" } else { "failed" }))}>
                    { notice.map(|n| n.text.clone()).unwrap_or_default() }
                </p>
                if let Some(file) = notice.and_then(|n| n.file.clone()) {
                    <button type="button" class="link" id="status-open" onclick={open_file(file)}>{ ui.t("action-open-exported") }</button>
                }
            </div>
            if let Some(n) = notice.filter(|n| !n.warnings.is_empty()) {
                <ul class="status-warnings" id="status-warnings" role="note">
                    { for n.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                </ul>
            }
        </>
    }
}
