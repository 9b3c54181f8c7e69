//! The open catalog as the window holds it: what it is (or why it did not open), the pickers'
//! choices, and a revision bumped after every change. Loaded on the first render.

use std::rc::Rc;

use contracts::i18n::Translator;
use contracts::wire::{CatalogInfo, Lookups, WireError};
use yew::prelude::*;

use super::notices::{failure, Notices};
use super::preferences::PreferencesHandle;
use super::sections::Section;
use crate::services;
use crate::ui::Notice;

/// The open catalog.
#[derive(PartialEq)]
pub struct Catalog {
    /// The catalog, or why it could not be opened; `None` while it is being read.
    pub info: Option<Result<CatalogInfo, WireError>>,
    /// The pickers' choices.
    pub lookups: Rc<Lookups>,
    /// Bumped after every change, so lists fetch again.
    pub revision: u32,
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog {
            info: None,
            lookups: Rc::new(Lookups::default()),
            revision: 0,
        }
    }
}

/// A change to [`Catalog`].
pub enum CatalogAction {
    /// The catalog was opened (or failed to open).
    Info(Result<CatalogInfo, WireError>),
    /// The pickers' choices were read.
    Lookups(Rc<Lookups>),
    /// Something in the catalog changed.
    Changed,
}

impl Reducible for Catalog {
    type Action = CatalogAction;

    fn reduce(self: Rc<Self>, action: CatalogAction) -> Rc<Self> {
        let mut next = Catalog {
            info: self.info.clone(),
            lookups: self.lookups.clone(),
            revision: self.revision,
        };
        match action {
            CatalogAction::Info(info) => next.info = Some(info),
            CatalogAction::Lookups(lookups) => next.lookups = lookups,
            CatalogAction::Changed => next.revision = self.revision.wrapping_add(1),
        }
        Rc::new(next)
    }
}

/// The open catalog and what changes it.
#[derive(Clone)]
pub struct CatalogHandle {
    state: UseReducerHandle<Catalog>,
    /// Something changed: bump the revision and read the pickers' choices again.
    pub changed: Callback<()>,
}

impl CatalogHandle {
    /// The state.
    pub fn state(&self) -> &Catalog {
        &self.state
    }

    /// The catalog refuses changes.
    pub fn read_only(&self) -> bool {
        matches!(&self.state.info, Some(Ok(i)) if i.read_only)
    }

    /// The open catalog's file (empty while none is open).
    pub fn path(&self) -> String {
        match &self.state.info {
            Some(Ok(info)) => info.path.clone(),
            _ => String::new(),
        }
    }

    /// Another catalog was opened (new, open, recent): say so, start afresh on the overview
    /// (`show` goes there) and read its choices and the preferences (its recent list) again.
    pub fn switched(
        &self,
        notices: &Notices,
        preferences: &PreferencesHandle,
        show: Callback<Section>,
    ) -> Callback<CatalogInfo> {
        let (state, changed) = (self.state.dispatcher(), self.changed.clone());
        let (notices, preferences) = (notices.clone(), preferences.clone());
        Callback::from(move |opened: CatalogInfo| {
            let tr = &preferences.tr;
            let mut text = tr.t_with("catalog-opened", &[("path", opened.path.as_str().into())]);
            for note in &opened.notes {
                text.push(' ');
                text.push_str(&tr.note(note));
            }
            notices.show(Notice {
                ok: true,
                text,
                ..Notice::default()
            });
            state.dispatch(CatalogAction::Info(Ok(opened)));
            show.emit(Section::Overview);
            changed.emit(());
            preferences.reload();
        })
    }
}

/// A callback that reads the pickers' choices (failures in the status bar).
fn reload_lookups(
    state: UseReducerDispatcher<Catalog>,
    notices: &Notices,
    tr: &Rc<Translator>,
) -> Callback<()> {
    let (notices, tr) = (notices.clone(), tr.clone());
    Callback::from(move |_: ()| {
        let (state, notices, tr) = (state.clone(), notices.clone(), tr.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match services::lookups().await {
                Ok(loaded) => state.dispatch(CatalogAction::Lookups(Rc::new(loaded))),
                Err(error) => notices.show(failure(tr.error(&error))),
            }
        });
    })
}

/// The open catalog. On the first render it reads the preferences (handing them to
/// `preferences`), the catalog and, once that opened, the pickers' choices; then it tells the
/// backend the window is ready.
#[hook]
pub fn use_catalog(preferences: &PreferencesHandle, notices: &Notices) -> CatalogHandle {
    let state = use_reducer(Catalog::default);
    let reload = reload_lookups(state.dispatcher(), notices, &preferences.tr);
    {
        let (state, loaded, reload) = (state.dispatcher(), preferences.loaded(), reload.clone());
        let (notices, tr) = (notices.clone(), preferences.tr.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.emit(services::preferences().await.unwrap_or_default());
                let info = services::catalog_info().await;
                // What the opening has to tell (damaged preferences set aside, an upgrade).
                if let Some(info) = info.as_ref().ok().filter(|i| !i.notes.is_empty()) {
                    let told: Vec<String> = info.notes.iter().map(|n| tr.note(n)).collect();
                    notices.show(Notice {
                        ok: true,
                        text: told.join(" "),
                        ..Notice::default()
                    });
                }
                let opened = info.is_ok();
                state.dispatch(CatalogAction::Info(info));
                if opened {
                    reload.emit(());
                }
                let _ = services::ready().await;
            });
        });
    }
    let changed = {
        let state = state.dispatcher();
        Callback::from(move |_: ()| {
            state.dispatch(CatalogAction::Changed);
            reload.emit(());
        })
    };
    CatalogHandle { state, changed }
}
