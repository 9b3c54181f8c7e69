//! The user's preferences as the window holds them: loaded at start and again when another
//! catalog opens, their dialog, and the language and theme they choose.

use std::rc::Rc;

use contracts::i18n::Translator;
use contracts::model::Lang;
use contracts::wire::{Preferences, Theme};
use yew::prelude::*;

use super::notices::{failure, Notices};
use crate::services;

/// The preferences (once loaded) and whether their dialog is open.
#[derive(Default, PartialEq)]
pub struct PreferencesState {
    /// The stored preferences, once loaded.
    pub current: Option<Preferences>,
    /// The preferences dialog is open.
    pub dialog: bool,
}

/// A change to [`PreferencesState`].
pub enum PreferencesAction {
    /// The stored preferences were read.
    Loaded(Preferences),
    /// The user's choice was stored: it applies and the dialog closes.
    Saved(Preferences),
    /// The dialog opens.
    Open,
    /// The dialog closes.
    Close,
}

impl Reducible for PreferencesState {
    type Action = PreferencesAction;

    fn reduce(self: Rc<Self>, action: PreferencesAction) -> Rc<Self> {
        let (current, dialog) = match action {
            PreferencesAction::Loaded(loaded) => (Some(loaded), self.dialog),
            PreferencesAction::Saved(chosen) => (Some(chosen), false),
            PreferencesAction::Open => (self.current.clone(), true),
            PreferencesAction::Close => (self.current.clone(), false),
        };
        Rc::new(PreferencesState { current, dialog })
    }
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

/// The preferences and the translator for the language they choose.
#[derive(Clone)]
pub struct PreferencesHandle {
    state: UseReducerHandle<PreferencesState>,
    /// Translates into the chosen language (the OS's until one is chosen).
    pub tr: Rc<Translator>,
}

impl PreferencesHandle {
    /// The stored preferences, once loaded.
    pub fn current(&self) -> Option<&Preferences> {
        self.state.current.as_ref()
    }

    /// The preferences dialog is open.
    pub fn dialog_open(&self) -> bool {
        self.state.dialog
    }

    /// Recently opened catalogs, newest first.
    pub fn recent(&self) -> Vec<String> {
        self.current().map(|p| p.recent.clone()).unwrap_or_default()
    }

    /// Takes the preferences it is called with as the stored ones.
    pub fn loaded(&self) -> Callback<Preferences> {
        let state = self.state.dispatcher();
        Callback::from(move |p| state.dispatch(PreferencesAction::Loaded(p)))
    }

    /// Opens the preferences dialog.
    pub fn open_dialog(&self) -> Callback<()> {
        let state = self.state.dispatcher();
        Callback::from(move |_| state.dispatch(PreferencesAction::Open))
    }

    /// Closes the preferences dialog.
    pub fn close_dialog(&self) -> Callback<()> {
        let state = self.state.dispatcher();
        Callback::from(move |_| state.dispatch(PreferencesAction::Close))
    }

    /// Stores the preferences it is called with; they apply and the dialog closes, or the
    /// status bar says why not.
    pub fn save(&self, notices: &Notices) -> Callback<Preferences> {
        let (state, notices, tr) = (self.state.dispatcher(), notices.clone(), self.tr.clone());
        Callback::from(move |chosen: Preferences| {
            let (state, notices, tr) = (state.clone(), notices.clone(), tr.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::set_preferences(&chosen).await {
                    Ok(()) => state.dispatch(PreferencesAction::Saved(chosen)),
                    Err(error) => notices.show(failure(tr.error(&error))),
                }
            });
        })
    }

    /// Reads the stored preferences again (another catalog's recent list).
    pub fn reload(&self) {
        let state = self.state.dispatcher();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(loaded) = services::preferences().await {
                state.dispatch(PreferencesAction::Loaded(loaded));
            }
        });
    }
}

/// The preferences (not loaded yet at first), the translator for their language, and the
/// document's language and theme kept in step with them.
#[hook]
pub fn use_preferences() -> PreferencesHandle {
    let state = use_reducer(PreferencesState::default);
    let lang = state
        .current
        .as_ref()
        .and_then(|p| p.language)
        .unwrap_or_else(os_language);
    let tr = use_memo(lang, |lang| Translator::new(*lang));
    let theme = state.current.as_ref().map(|p| p.theme).unwrap_or_default();
    use_effect_with((lang, theme), |(lang, theme)| {
        apply_to_document(*lang, *theme)
    });
    PreferencesHandle { state, tr }
}
