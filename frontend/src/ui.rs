//! What every screen shares through Yew's context: the translator, the pickers' choices and
//! the app's callbacks (status line, unsaved-changes guard, busy indicator, navigation).

use std::rc::Rc;

use contracts::i18n::{Arg, Translator};
use contracts::model::Entity;
use contracts::validate::{FieldPath, Issue};
use contracts::wire::{ExportOutcome, ExportRequest, Lookups, WireError};
use yew::prelude::*;

/// A line in the status bar.
#[derive(Clone, PartialEq, Default)]
pub struct Notice {
    /// Success (or information) rather than failure.
    pub ok: bool,
    /// The text.
    pub text: String,
    /// A written file or folder the user may open from the status bar.
    pub file: Option<String>,
    /// What the user should know about the outcome.
    pub warnings: Vec<String>,
}

/// The shared context.
#[derive(Clone)]
pub struct Ui {
    /// Translates into the user's language.
    pub tr: Rc<Translator>,
    /// The pickers' choices, current for the open catalog.
    pub lookups: Rc<Lookups>,
    /// The catalog refuses changes.
    pub read_only: bool,
    /// Bumped after every change, so lists fetch again.
    pub revision: u32,
    /// Shows a line in the status bar.
    pub notify: Callback<Notice>,
    /// Runs the action now, or after the user agreed to discard unsaved changes.
    pub guard: Callback<Callback<()>>,
    /// An editor reports whether it holds unsaved changes.
    pub set_dirty: Callback<bool>,
    /// A long operation starts (`true`) or ends (`false`).
    pub busy: Callback<bool>,
    /// Opens an item in its section.
    pub open_item: Callback<(Entity, i64)>,
    /// Something changed: reload the pickers and the lists.
    pub changed: Callback<()>,
}

impl PartialEq for Ui {
    fn eq(&self, other: &Ui) -> bool {
        self.tr.lang() == other.tr.lang()
            && Rc::ptr_eq(&self.lookups, &other.lookups)
            && self.read_only == other.read_only
            && self.revision == other.revision
    }
}

impl Ui {
    /// Message `id`.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// Message `id` with variables.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.tr.t_with(id, args)
    }

    /// The translated name of an enum value: message `{prefix}-{serde name}`.
    pub fn value<T: serde::Serialize>(&self, prefix: &str, value: &T) -> String {
        let name = serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        self.tr.t(&format!("{prefix}-{}", name.replace('_', "-")))
    }

    /// The findings about `path`, translated.
    pub fn issues_at(&self, issues: &[Issue], path: FieldPath) -> Option<String> {
        let texts: Vec<String> = issues
            .iter()
            .filter(|i| i.path == path)
            .map(|i| self.tr.issue(i))
            .collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    }

    /// Shows a failure in the status bar.
    pub fn fail(&self, error: &WireError) {
        self.notify.emit(Notice {
            ok: false,
            text: self.tr.error(error),
            ..Notice::default()
        });
    }

    /// Shows a success in the status bar.
    pub fn done(&self, text: String) {
        self.notify.emit(Notice {
            ok: true,
            text,
            ..Notice::default()
        });
    }

    /// Exports what `request` asks for (the backend asks where), busy meanwhile, and shows the
    /// outcome in the status bar.
    pub fn export(&self, request: ExportRequest) {
        let ui = self.clone();
        ui.busy.emit(true);
        wasm_bindgen_futures::spawn_local(async move {
            ui.exported(crate::services::export(request).await);
            ui.busy.emit(false);
        });
    }

    /// Shows an export's outcome in the status bar: where it was written (with "Open") and
    /// its warnings, that it was cancelled, or why it failed.
    pub fn exported(&self, outcome: Result<ExportOutcome, WireError>) {
        match outcome {
            Ok(ExportOutcome::Written { path, warnings }) => self.notify.emit(Notice {
                ok: true,
                text: self.t_with("exported", &[("path", path.as_str().into())]),
                file: Some(path),
                warnings,
            }),
            Ok(ExportOutcome::Cancelled) => self.done(self.t("export-cancelled")),
            Err(error) => self.notify.emit(Notice {
                ok: false,
                text: self.t_with(
                    "export-failed",
                    &[("message", self.tr.error(&error).into())],
                ),
                ..Notice::default()
            }),
        }
    }
}

/// The shared context; every component below the app has it.
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().expect("the app provides the Ui context")
}
