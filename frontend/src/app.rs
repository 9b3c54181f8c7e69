//! The window: the catalog's contracts on the left, the editor on the right.

use contracts::model::{Contract, ContractDraft, ContractId, ContractSummary, Field};
use contracts::wire::{CatalogInfo, ExportFormat, ExportOutcome, WireError};
use yew::prelude::*;

use crate::components::{ContractForm, ContractList};
use crate::services;

/// A message in the status line: success or failure.
#[derive(Clone, PartialEq)]
struct Status {
    ok: bool,
    text: String,
}

/// What the editor shows.
#[derive(Clone, PartialEq)]
enum Editor {
    /// Nothing selected.
    Empty,
    /// A new, unsaved contract; the number makes each "New" a fresh form.
    New(u32),
    /// A stored contract.
    Stored(Contract),
}

/// The whole window.
#[function_component(App)]
pub fn app() -> Html {
    let info = use_state(|| None::<Result<CatalogInfo, WireError>>);
    let contracts = use_state(Vec::<ContractSummary>::new);
    let editor = use_state(|| Editor::Empty);
    let status = use_state(|| None::<Status>);

    let reload = {
        let (info, contracts, status) = (info.clone(), contracts.clone(), status.clone());
        Callback::from(move |_: ()| {
            let (info, contracts, status) = (info.clone(), contracts.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = services::catalog_info().await;
                let opened = loaded.is_ok();
                info.set(Some(loaded));
                if opened {
                    match services::list_contracts().await {
                        Ok(list) => contracts.set(list),
                        Err(e) => status.set(Some(Status {
                            ok: false,
                            text: e.message,
                        })),
                    }
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |_| reload.emit(()));
    }
    use_effect_with(info.is_some(), |loaded| {
        if *loaded {
            wasm_bindgen_futures::spawn_local(async {
                let _ = services::ready().await;
            });
        }
    });

    let on_select = {
        let (editor, status) = (editor.clone(), status.clone());
        Callback::from(move |id: ContractId| {
            let (editor, status) = (editor.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::get_contract(id).await {
                    Ok(contract) => editor.set(Editor::Stored(contract)),
                    Err(e) => status.set(Some(Status {
                        ok: false,
                        text: e.message,
                    })),
                }
            });
        })
    };
    let on_new = {
        let (editor, status) = (editor.clone(), status.clone());
        Callback::from(move |_| {
            let n = match &*editor {
                Editor::New(n) => n + 1,
                _ => 0,
            };
            status.set(None);
            editor.set(Editor::New(n));
        })
    };
    let on_saved = {
        let (editor, status, reload) = (editor.clone(), status.clone(), reload.clone());
        Callback::from(move |contract: Contract| {
            status.set(Some(Status {
                ok: true,
                text: format!("Saved \u{201c}{}\u{201d}.", contract.draft.title),
            }));
            editor.set(Editor::Stored(contract));
            reload.emit(());
        })
    };
    let on_export = {
        let (editor, status) = (editor.clone(), status.clone());
        Callback::from(move |format: ExportFormat| {
            let Editor::Stored(contract) = &*editor else {
                return;
            };
            let (id, status) = (contract.id, status.clone());
            status.set(Some(Status {
                ok: true,
                text: format!("Exporting {}…", format.label()),
            }));
            wasm_bindgen_futures::spawn_local(async move {
                let text = match services::export_contract(id, format).await {
                    Ok(ExportOutcome::Written { path }) => Status {
                        ok: true,
                        text: format!("Exported to {path}"),
                    },
                    Ok(ExportOutcome::Cancelled) => Status {
                        ok: true,
                        text: "Export cancelled.".into(),
                    },
                    Err(e) => Status {
                        ok: false,
                        text: format!("Export failed: {}", e.message),
                    },
                };
                status.set(Some(text));
            });
        })
    };

    let (path, systems) = match &*info {
        Some(Ok(info)) => (info.path.clone(), info.systems.clone()),
        _ => (String::new(), Vec::new()),
    };
    if let Some(Err(error)) = &*info {
        return html! {
            <div class="banner" id="catalog-error" role="alert">
                <h1>{ "The catalog could not be opened" }</h1>
                <p>{ &error.message }</p>
                <p>{ "Start Datapakt with --catalog FILE to open another catalog, or without it to use your default catalog." }</p>
            </div>
        };
    }
    let selected = match &*editor {
        Editor::Stored(c) => Some(c.id),
        _ => None,
    };
    let form = match &*editor {
        Editor::Empty => {
            html! { <p class="empty">{ "Select a contract, or create a new one." }</p> }
        }
        Editor::New(n) => html! {
            <ContractForm key={format!("new-{n}")} id={None::<ContractId>} initial={new_draft()}
                systems={systems.clone()} on_saved={on_saved.clone()} on_export={on_export.clone()} />
        },
        Editor::Stored(c) => html! {
            <ContractForm key={format!("stored-{}-{}", c.id.0, c.draft.version)} id={Some(c.id)}
                initial={c.draft.clone()} systems={systems.clone()} on_saved={on_saved.clone()}
                on_export={on_export.clone()} />
        },
    };
    html! {
        <>
            <header>
                <h1>{ "Datapakt" }</h1>
                <span class="path" id="catalog-path" title="The open catalog file">{ path }</span>
            </header>
            <div class="layout">
                <nav aria-label="Contracts">
                    <div class="actions">
                        <button class="primary" id="new-contract" onclick={on_new}>{ "New contract" }</button>
                    </div>
                    <h2>{ "Contracts" }</h2>
                    <ContractList contracts={(*contracts).clone()} selected={selected} on_select={on_select} />
                </nav>
                <main>
                    if let Some(s) = &*status {
                        <p id="status" role="status" class={classes!("status", if s.ok { "ok" } else { "failed" })}>{ &s.text }</p>
                    }
                    { form }
                </main>
            </div>
        </>
    }
}

/// A new contract starts at version 1.0.0 with one empty field to fill in.
fn new_draft() -> ContractDraft {
    ContractDraft {
        version: "1.0.0".into(),
        fields: vec![Field::default()],
        ..ContractDraft::default()
    }
}
