//! The window-wide keyboard shortcuts: Ctrl+K / Ctrl+F search, Ctrl+O open, Ctrl+Q quit, Ctrl+Shift+S
//! sync the team catalogue, Ctrl+, preferences, Alt+1…9 and Alt+0 the sections.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::sections::{self, Section};
use crate::components::file_menu::FileAction;

/// What the shortcuts act on.
#[derive(Clone)]
pub struct Targets {
    /// The search input, focused by Ctrl+K and Ctrl+F.
    pub search_input: NodeRef,
    /// Carries out a File menu action (Ctrl+O opens).
    pub on_file: Callback<FileAction>,
    /// Opens the preferences (Ctrl+,).
    pub open_preferences: Callback<()>,
    /// Goes to a section (Alt+digit).
    pub go: Callback<Section>,
    /// Syncs the team catalogue (Ctrl+Shift+S).
    pub sync: Callback<()>,
}

/// Acts on one key press, if it is a shortcut.
fn on_key(e: &KeyboardEvent, targets: &Targets) {
    let key = e.key().to_lowercase();
    if e.ctrl_key() || e.meta_key() {
        match key.as_str() {
            "k" | "f" => {
                e.prevent_default();
                if let Some(input) = targets.search_input.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
            "s" if e.shift_key() => {
                e.prevent_default();
                targets.sync.emit(());
            }
            "o" => {
                e.prevent_default();
                targets.on_file.emit(FileAction::Open);
            }
            "q" => {
                e.prevent_default();
                targets.on_file.emit(FileAction::Quit);
            }
            "," => {
                e.prevent_default();
                targets.open_preferences.emit(());
            }
            _ => {}
        }
    } else if e.alt_key() {
        if let Some(section) = sections::for_digit(&key) {
            e.prevent_default();
            targets.go.emit(section);
        }
    }
}

/// Listens to the document's key presses from the first render on (acting on `targets` as
/// they were then) until the window goes.
#[hook]
pub fn use_shortcuts(targets: Targets) {
    use_effect_with((), move |_| {
        let handler =
            Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| on_key(&e, &targets));
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
