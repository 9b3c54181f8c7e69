//! The window: header (File menu, search, preferences), the sidebar of sections, the section
//! itself and the status line. Holds what the sections share and guards unsaved changes.

use std::cell::Cell;
use std::rc::Rc;

use contracts::i18n::Translator;
use contracts::model::{Entity, Lang};
use contracts::wire::{
    CatalogInfo, ExportRequest, ExportTarget, Lookups, Preferences, Theme, WireError,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::dialog::Dialog;
use crate::components::file_menu::{FileAction, FileMenu};
use crate::components::preferences::PreferencesDialog;
use crate::components::search::Search;
use crate::pages::access::AccessPage;
use crate::pages::audit::AuditTrail;
use crate::pages::item_page::ItemPage;
use crate::pages::map::PortfolioMap;
use crate::pages::overview::Overview;
use crate::pages::parties::Parties;
use crate::services;
use crate::ui::{Notice, Ui};

/// A section of the window.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    Overview,
    Map,
    Items(Entity),
    Reports,
    Audit,
}

/// The sidebar, in order: (section, message id, element id).
const SIDEBAR: [(Section, &str, &str); 13] = [
    (Section::Overview, "nav-overview", "nav-overview"),
    (Section::Items(Entity::Request), "nav-desk", "nav-desk"),
    (Section::Map, "nav-map", "nav-map"),
    (
        Section::Items(Entity::Contract),
        "nav-contracts",
        "nav-contracts",
    ),
    (
        Section::Items(Entity::Integration),
        "nav-integrations",
        "nav-integrations",
    ),
    (
        Section::Items(Entity::AccessGrant),
        "nav-access",
        "nav-access",
    ),
    (Section::Items(Entity::System), "nav-systems", "nav-systems"),
    (
        Section::Items(Entity::InformationSet),
        "nav-information-sets",
        "nav-information-sets",
    ),
    (
        Section::Items(Entity::Organisation),
        "nav-organisations-people",
        "nav-parties",
    ),
    (
        Section::Items(Entity::Agreement),
        "nav-agreements",
        "nav-agreements",
    ),
    (
        Section::Items(Entity::ClassificationScheme),
        "nav-schemes",
        "nav-schemes",
    ),
    (Section::Reports, "nav-reports", "nav-reports"),
    (Section::Audit, "nav-audit", "nav-audit"),
];

/// Whether `section` is the one the sidebar entry `entry` stands for.
fn same_entry(section: Section, entry: Section) -> bool {
    let party = |s| matches!(s, Section::Items(Entity::Organisation | Entity::Person));
    section == entry || (party(section) && party(entry))
}

/// The language the OS (through the web view) prefers.
fn os_language() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Lang::En, |l| Lang::from_locale(&l))
}

/// Sets the document's language and theme, for the stylesheet and assistive technology.
fn apply_to_document(lang: Lang, theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

/// The whole window.
#[function_component(App)]
pub fn app() -> Html {
    let info = use_state(|| None::<Result<CatalogInfo, WireError>>);
    let preferences = use_state(|| None::<Preferences>);
    let lookups = use_state(|| Rc::new(Lookups::default()));
    let revision = use_state(|| 0u32);
    let section = use_state(|| Section::Overview);
    let open_request = use_state(|| None::<(Entity, i64, u32)>);
    let notice = use_state(|| None::<Notice>);
    let dirty = use_mut_ref(|| false);
    let pending = use_state(|| None::<Callback<()>>);
    let busy = use_state(|| 0i32);
    let busy_count = use_mut_ref(|| 0i32);
    let progress = use_state(|| None::<services::Progress>);
    let importing = use_state(|| None::<(contracts::wire::ImportFormat, Vec<String>)>);
    let show_preferences = use_state(|| false);
    let search_input = use_node_ref();
    let counter = use_mut_ref(|| Cell::new(0u32));

    let lang = preferences
        .as_ref()
        .and_then(|p| p.language)
        .unwrap_or_else(os_language);
    let tr = use_memo(lang, |lang| Translator::new(*lang));
    let theme = preferences.as_ref().map(|p| p.theme).unwrap_or_default();
    use_effect_with((lang, theme), |(lang, theme)| {
        apply_to_document(*lang, *theme)
    });

    let reload_lookups = {
        let (lookups, notice, tr) = (lookups.clone(), notice.clone(), tr.clone());
        Callback::from(move |_: ()| {
            let (lookups, notice, tr) = (lookups.clone(), notice.clone(), tr.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::lookups().await {
                    Ok(loaded) => lookups.set(Rc::new(loaded)),
                    Err(error) => notice.set(Some(Notice {
                        ok: false,
                        text: tr.error(&error),
                        ..crate::ui::Notice::default()
                    })),
                }
            });
        })
    };
    // First render: the catalog, the preferences, the pickers; then tell the backend.
    {
        let (info, preferences, reload_lookups) =
            (info.clone(), preferences.clone(), reload_lookups.clone());
        let on_progress = {
            let progress = progress.clone();
            Callback::from(move |p| progress.set(Some(p)))
        };
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(services::listen_to_progress(on_progress));
            wasm_bindgen_futures::spawn_local(async move {
                preferences.set(Some(services::preferences().await.unwrap_or_default()));
                let loaded = services::catalog_info().await;
                let opened = loaded.is_ok();
                info.set(Some(loaded));
                if opened {
                    reload_lookups.emit(());
                }
                let _ = services::ready().await;
            });
        });
    }

    let changed = {
        let (revision, reload_lookups) = (revision.clone(), reload_lookups.clone());
        Callback::from(move |_: ()| {
            revision.set(revision.wrapping_add(1));
            reload_lookups.emit(());
        })
    };
    let guard = {
        let (dirty, pending) = (dirty.clone(), pending.clone());
        Callback::from(move |action: Callback<()>| {
            if *dirty.borrow() {
                pending.set(Some(action));
            } else {
                action.emit(());
            }
        })
    };
    let set_dirty = {
        let dirty = dirty.clone();
        Callback::from(move |now: bool| *dirty.borrow_mut() = now)
    };
    let busy_cb = {
        let (busy, busy_count, progress) = (busy.clone(), busy_count.clone(), progress.clone());
        Callback::from(move |start: bool| {
            let mut count = busy_count.borrow_mut();
            *count = (*count + if start { 1 } else { -1 }).max(0);
            busy.set(*count);
            if *count == 0 {
                progress.set(None);
            }
        })
    };
    let notify = {
        let notice = notice.clone();
        Callback::from(move |n: Notice| notice.set(Some(n)))
    };
    let go = {
        let (section, guard, notice) = (section.clone(), guard.clone(), notice.clone());
        Callback::from(move |target: Section| {
            let (section, notice) = (section.clone(), notice.clone());
            guard.emit(Callback::from(move |_| {
                notice.set(None);
                section.set(target);
            }));
        })
    };
    let open_item = {
        let (section, open_request, guard, counter) = (
            section.clone(),
            open_request.clone(),
            guard.clone(),
            counter.clone(),
        );
        Callback::from(move |(entity, id): (Entity, i64)| {
            let (section, open_request, counter) =
                (section.clone(), open_request.clone(), counter.clone());
            guard.emit(Callback::from(move |_| {
                let nonce = counter.borrow().get() + 1;
                counter.borrow().set(nonce);
                section.set(Section::Items(entity));
                open_request.set(Some((entity, id, nonce)));
            }));
        })
    };
    let ui = Ui {
        tr: tr.clone(),
        lookups: (*lookups).clone(),
        read_only: matches!(&*info, Some(Ok(i)) if i.read_only),
        revision: *revision,
        notify: notify.clone(),
        guard: guard.clone(),
        set_dirty,
        busy: busy_cb.clone(),
        open_item,
        changed: changed.clone(),
    };

    // The catalog changed under us (new, open, recent): start afresh on the overview.
    let switched = {
        let (info, preferences, section, changed, notice, tr) = (
            info.clone(),
            preferences.clone(),
            section.clone(),
            changed.clone(),
            notice.clone(),
            tr.clone(),
        );
        Callback::from(move |opened: CatalogInfo| {
            let (preferences, notice, tr) = (preferences.clone(), notice.clone(), tr.clone());
            notice.set(Some(Notice {
                ok: true,
                text: tr.t_with("catalog-opened", &[("path", opened.path.as_str().into())]),
                ..crate::ui::Notice::default()
            }));
            info.set(Some(Ok(opened)));
            section.set(Section::Overview);
            changed.emit(());
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(loaded) = services::preferences().await {
                    preferences.set(Some(loaded));
                }
            });
        })
    };
    let on_file = {
        let (guard, busy_cb, notify, switched, tr, ui, importing) = (
            guard.clone(),
            busy_cb.clone(),
            notify.clone(),
            switched.clone(),
            tr.clone(),
            ui.clone(),
            importing.clone(),
        );
        Callback::from(move |action: FileAction| {
            let (busy_cb, notify, switched, tr, ui, importing) = (
                busy_cb.clone(),
                notify.clone(),
                switched.clone(),
                tr.clone(),
                ui.clone(),
                importing.clone(),
            );
            guard.emit(Callback::from(move |_| {
                let (busy_cb, notify, switched, tr, action, ui, importing) = (
                    busy_cb.clone(),
                    notify.clone(),
                    switched.clone(),
                    tr.clone(),
                    action.clone(),
                    ui.clone(),
                    importing.clone(),
                );
                busy_cb.emit(true);
                wasm_bindgen_futures::spawn_local(async move {
                    let failure = |error: WireError| Notice {
                        ok: false,
                        text: tr.error(&error),
                        ..crate::ui::Notice::default()
                    };
                    match action {
                        FileAction::New | FileAction::Open | FileAction::OpenRecent(_) => {
                            let result = match action {
                                FileAction::New => services::new_catalog().await,
                                FileAction::OpenRecent(path) => {
                                    services::open_catalog(Some(path)).await
                                }
                                _ => services::open_catalog(None).await,
                            };
                            match result {
                                Ok(Some(opened)) => switched.emit(opened),
                                Ok(None) => {}
                                Err(error) => notify.emit(failure(error)),
                            }
                        }
                        FileAction::SaveCopy => match services::save_copy().await {
                            Ok(Some(path)) => notify.emit(Notice {
                                ok: true,
                                text: tr.t_with("copy-saved", &[("path", path.into())]),
                                ..crate::ui::Notice::default()
                            }),
                            Ok(None) => {}
                            Err(error) => notify.emit(failure(error)),
                        },
                        FileAction::ExportAllOdcs => ui.exported(
                            services::export(ExportRequest::of(ExportTarget::AllContracts)).await,
                        ),
                        FileAction::Import(format) => {
                            match services::choose_import_files(format).await {
                                Ok(Some(files)) if !files.is_empty() => {
                                    importing.set(Some((format, files)))
                                }
                                Ok(_) => {}
                                Err(error) => notify.emit(failure(error)),
                            }
                        }
                    }
                    busy_cb.emit(false);
                });
            }));
        })
    };
    let save_preferences = {
        let (preferences, show_preferences, notify, tr) = (
            preferences.clone(),
            show_preferences.clone(),
            notify.clone(),
            tr.clone(),
        );
        Callback::from(move |chosen: Preferences| {
            let (preferences, show_preferences, notify, tr) = (
                preferences.clone(),
                show_preferences.clone(),
                notify.clone(),
                tr.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match services::set_preferences(&chosen).await {
                    Ok(()) => {
                        preferences.set(Some(chosen));
                        show_preferences.set(false);
                    }
                    Err(error) => notify.emit(Notice {
                        ok: false,
                        text: tr.error(&error),
                        ..crate::ui::Notice::default()
                    }),
                }
            });
        })
    };

    // Window-wide shortcuts: Ctrl+K / Ctrl+F search, Ctrl+O open, Ctrl+, preferences,
    // Alt+1…9 and Alt+0 the sections.
    {
        let (search_input, on_file, show_preferences, go) = (
            search_input.clone(),
            on_file.clone(),
            show_preferences.clone(),
            go.clone(),
        );
        use_effect_with((), move |_| {
            let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                let key = e.key().to_lowercase();
                if e.ctrl_key() || e.meta_key() {
                    match key.as_str() {
                        "k" | "f" => {
                            e.prevent_default();
                            if let Some(input) = search_input.cast::<HtmlInputElement>() {
                                let _ = input.focus();
                                input.select();
                            }
                        }
                        "o" => {
                            e.prevent_default();
                            on_file.emit(FileAction::Open);
                        }
                        "," => {
                            e.prevent_default();
                            show_preferences.set(true);
                        }
                        _ => {}
                    }
                } else if e.alt_key() {
                    // Alt+0 is the tenth section.
                    if let Some(index) = key
                        .parse::<usize>()
                        .ok()
                        .map(|n| if n == 0 { 10 } else { n })
                        .filter(|n| (1..=SIDEBAR.len()).contains(n))
                    {
                        e.prevent_default();
                        go.emit(SIDEBAR[index - 1].0);
                    }
                }
            });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(document) = &document {
                let _ = document
                    .add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = document {
                    let _ = document.remove_event_listener_with_callback(
                        "keydown",
                        handler.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let path = match &*info {
        Some(Ok(info)) => info.path.clone(),
        _ => String::new(),
    };
    let recent = preferences
        .as_ref()
        .map(|p| p.recent.clone())
        .unwrap_or_default();
    let content = match &*info {
        None => html! { <p class="empty">{ tr.t("working") }</p> },
        Some(Err(error)) => html! {
            <div class="banner" id="catalog-error" role="alert">
                <h2>{ tr.t("catalog-open-failed") }</h2>
                <p>{ tr.error(error) }</p>
                <p>{ tr.t("catalog-open-hint") }</p>
            </div>
        },
        Some(Ok(_)) => {
            let open = |entity: Entity| {
                open_request
                    .filter(|(e, _, _)| *e == entity)
                    .map(|(_, id, nonce)| (id, nonce))
            };
            match *section {
                Section::Overview => html! { <Overview /> },
                Section::Map => html! { <PortfolioMap /> },
                Section::Audit => html! { <AuditTrail /> },
                Section::Reports => html! { <crate::pages::reports::Reports /> },
                Section::Items(entity @ (Entity::Organisation | Entity::Person)) => {
                    let section = section.clone();
                    html! { <Parties {entity} open={open(entity)} on_tab={Callback::from(move |e| section.set(Section::Items(e)))} /> }
                }
                Section::Items(Entity::AccessGrant) => {
                    html! { <AccessPage open={open(Entity::AccessGrant)} /> }
                }
                Section::Items(entity) => {
                    html! { <ItemPage key={entity.as_str()} {entity} open={open(entity)} /> }
                }
            }
        }
    };
    let sidebar = SIDEBAR.iter().map(|(target, label, id)| {
        let current = same_entry(*section, *target);
        let onclick = {
            let (go, target) = (go.clone(), *target);
            Callback::from(move |_| go.emit(target))
        };
        html! {
            <li><button type="button" id={*id} aria-current={current.then_some("page")} {onclick}>{ tr.t(label) }</button></li>
        }
    });
    let discard = {
        let (pending, dirty) = (pending.clone(), dirty.clone());
        Callback::from(move |_: MouseEvent| {
            *dirty.borrow_mut() = false;
            if let Some(action) = (*pending).clone() {
                pending.set(None);
                action.emit(());
            }
        })
    };
    let keep = {
        let pending = pending.clone();
        Callback::from(move |_: ()| pending.set(None))
    };
    html! {
        <ContextProvider<Ui> context={ui.clone()}>
            <a class="skip" href="#content">{ tr.t("skip-to-content") }</a>
            <header>
                <h1>{ tr.t("app-name") }</h1>
                <FileMenu recent={recent} on_action={on_file} />
                <Search input={search_input} />
                <span class="path" id="catalog-path" title={path.clone()}>{ path }</span>
                if *busy > 0 {
                    if let Some(p) = *progress {
                        <span class="busy" id="busy" aria-busy="true">
                            <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={tr.t("working")} />
                            { tr.t_with("progress-count", &[("done", p.done.into()), ("total", p.total.into())]) }
                        </span>
                    } else {
                        <span class="busy" id="busy" role="progressbar" aria-busy="true" aria-label={tr.t("working")}>{ tr.t("working") }</span>
                    }
                }
                <button type="button" id="open-preferences" class="secondary"
                    onclick={{ let show_preferences = show_preferences.clone(); Callback::from(move |_| show_preferences.set(true)) }}>
                    { tr.t("action-preferences") }
                </button>
            </header>
            if matches!(&*info, Some(Ok(i)) if i.read_only) {
                <p class="banner read-only" role="note" id="read-only">{ tr.t("read-only-banner") }</p>
            }
            <div class="layout">
                <nav aria-label={tr.t("nav-label")}><ul>{ for sidebar }</ul></nav>
                <main id="content" tabindex="-1">
                    <div class="status-bar">
                        <p id="status" role="status" aria-live="polite"
                            class={classes!("status", notice.as_ref().map(|n| if n.ok { "ok" } else { "failed" }))}>
                            { notice.as_ref().map(|n| n.text.clone()).unwrap_or_default() }
                        </p>
                        if let Some(file) = notice.as_ref().and_then(|n| n.file.clone()) {
                            <button type="button" class="link" id="status-open" onclick={{
                                let ui = ui.clone();
                                Callback::from(move |_| {
                                    let (file, ui) = (file.clone(), ui.clone());
                                    wasm_bindgen_futures::spawn_local(async move {
                                        if let Err(error) = services::open_path(&file).await {
                                            ui.fail(&error);
                                        }
                                    });
                                })
                            }}>{ tr.t("action-open-exported") }</button>
                        }
                    </div>
                    if let Some(n) = notice.as_ref().filter(|n| !n.warnings.is_empty()) {
                        <ul class="status-warnings" id="status-warnings" role="note">
                            { for n.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                        </ul>
                    }
                    { content }
                </main>
            </div>
            if pending.is_some() {
                <Dialog id="unsaved-dialog" title={tr.t("unsaved-changes")} on_close={keep.clone()}>
                    <div class="actions">
                        <button type="button" class="danger" id="discard-changes" onclick={discard}>{ tr.t("action-discard") }</button>
                        <button type="button" class="secondary" id="keep-editing"
                            onclick={Callback::from(move |_| keep.emit(()))}>{ tr.t("action-keep-editing") }</button>
                    </div>
                </Dialog>
            }
            if let Some((format, files)) = (*importing).clone() {
                <crate::components::import::ImportDialog {format} {files}
                    on_close={{ let importing = importing.clone(); Callback::from(move |_| importing.set(None)) }} />
            }
            if *show_preferences {
                if let Some(current) = &*preferences {
                    <PreferencesDialog current={current.clone()} on_save={save_preferences}
                        on_close={{ let show_preferences = show_preferences.clone(); Callback::from(move |_| show_preferences.set(false)) }} />
                }
            }
        </ContextProvider<Ui>>
    }
}
