//! The preferences dialog: language, author name for the audit trail, e-mail address for the
//! team catalogue's commits, theme.

use contracts::model::Lang;
use contracts::wire::{Preferences, Theme};
use yew::prelude::*;

use super::dialog::Dialog;
use super::fields::{SelectField, TextField};
use crate::ui::use_ui;

/// Properties of [`PreferencesDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The preferences as they are.
    pub current: Preferences,
    /// Called with the preferences to store.
    pub on_save: Callback<Preferences>,
    /// Called when the dialog closes without saving.
    pub on_close: Callback<()>,
}

/// The dialog.
#[function_component(PreferencesDialog)]
pub fn preferences_dialog(props: &Props) -> Html {
    let ui = use_ui();
    let draft = use_state(|| props.current.clone());
    let languages: Vec<(String, String)> = std::iter::once((String::new(), ui.t("theme-system")))
        .chain(
            Lang::ALL
                .iter()
                .map(|l| (l.tag().to_owned(), l.native_name().to_owned())),
        )
        .collect();
    let themes: Vec<(String, String)> = Theme::ALL
        .iter()
        .map(|t| {
            (
                t.as_str().to_owned(),
                ui.t(&format!("theme-{}", t.as_str())),
            )
        })
        .collect();
    let set = |change: fn(&mut Preferences, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let save = {
        let (draft, on_save) = (draft.clone(), props.on_save.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit((*draft).clone());
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <Dialog id="preferences" title={ui.t("prefs-title")} on_close={props.on_close.clone()}>
            <form onsubmit={save} class="form-grid">
                <SelectField id="prefs-language" label={ui.t("prefs-language")} options={languages}
                    value={draft.language.map(|l| l.tag().to_owned()).unwrap_or_default()}
                    on_change={set(|p, v| p.language = Lang::ALL.into_iter().find(|l| l.tag() == v))} />
                <SelectField id="prefs-theme" label={ui.t("prefs-theme")} options={themes}
                    value={draft.theme.as_str()}
                    on_change={set(|p, v| p.theme = Theme::ALL.into_iter().find(|t| t.as_str() == v).unwrap_or_default())} />
                <TextField id="prefs-author" label={ui.t("prefs-author")} value={draft.author.clone()} wide=true
                    on_change={set(|p, v| p.author = v)} />
                <p class="hint wide">{ ui.t("prefs-author-hint") }</p>
                <TextField id="prefs-email" label={ui.t("prefs-email")} value={draft.email.clone()} wide=true kind="email"
                    on_change={set(|p, v| p.email = v)} />
                <p class="hint wide">{ ui.t("prefs-email-hint") }</p>
                <div class="actions wide">
                    <button type="submit" class="primary" id="prefs-save">{ ui.t("action-save") }</button>
                    <button type="button" class="secondary" id="prefs-cancel" onclick={close}>{ ui.t("action-close") }</button>
                </div>
            </form>
        </Dialog>
    }
}
