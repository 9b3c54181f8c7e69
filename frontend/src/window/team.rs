//! The team catalogue's state in the window: where the open catalog stands (read again after
//! every change, the remote's news fetched on opening and every five minutes), which team
//! dialog is open, and the actions — sync (the header's button and
//! Ctrl+Shift+S), publish, open a team catalog, resolve a conflict, abort.

use contracts::wire::team::{SyncOutcome, SyncReport, Take, TeamStatus};
use contracts::wire::{CatalogInfo, WireError};
use yew::prelude::*;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::services;
use crate::ui::{Notice, Ui};

/// How often the window fetches the remote's news (five minutes).
const FETCH_EVERY_MS: i32 = 5 * 60 * 1000;

/// A team dialog.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TeamDialog {
    /// Publish the open catalog to a remote.
    Publish,
    /// Open (clone) a team catalogue into a new local catalog.
    Open,
    /// The conflicts waiting for a choice.
    Conflicts,
}

/// The team state and its actions.
#[derive(Clone)]
pub struct Team {
    /// Where the open catalog stands, once read.
    pub status: Option<TeamStatus>,
    /// The open dialog.
    pub dialog: Option<TeamDialog>,
    /// The last error of a dialog's action, shown in the dialog.
    pub error: Option<WireError>,
    /// Opens a dialog (`None`: closes it).
    pub show: Callback<Option<TeamDialog>>,
    /// Syncs now.
    pub sync: Callback<()>,
    /// Publishes to the URL given.
    pub publish: Callback<String>,
    /// Opens the team catalogue at the URL given.
    pub open: Callback<String>,
    /// Resolves (item, field, side).
    pub resolve: Callback<(String, Option<String>, Take)>,
    /// Abandons the sync waiting for choices.
    pub abort: Callback<()>,
}

/// What a finished sync tells the user.
fn synced(ui: &Ui, report: &SyncReport) -> Notice {
    let mut warnings: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            ui.t_with(
                "team-finding",
                &[
                    ("title", f.title.as_str().into()),
                    ("message", f.message.as_str().into()),
                ],
            )
        })
        .collect();
    warnings.extend(
        report
            .notes
            .iter()
            .map(|n| ui.tr.with_values(&n.key, &n.args)),
    );
    let text = match report.outcome {
        SyncOutcome::InSync => ui.t_with(
            "team-synced",
            &[
                ("sent", report.sent.into()),
                ("received", report.received.into()),
            ],
        ),
        SyncOutcome::Conflicts => ui.t_with(
            "team-conflicts-notice",
            &[("count", report.conflicts.len().into())],
        ),
    };
    Notice {
        ok: report.outcome == SyncOutcome::InSync,
        text,
        file: None,
        warnings,
    }
}

/// Where the open catalog stands: the status shown, a callback that reads it again, and the
/// number of the latest request (replies may arrive out of order: only the latest request's
/// reply is shown; a newer status set directly bumps it).
struct StatusHandle {
    status: UseStateHandle<Option<TeamStatus>>,
    refresh: Callback<()>,
    asked: Rc<RefCell<u64>>,
}

/// The status, read after every change, and the remote's news fetched when the window opens
/// and every few minutes (offline, the status stays as it was).
#[hook]
fn use_status(ui: &Ui) -> StatusHandle {
    let status = use_state(|| None::<TeamStatus>);
    let asked = use_mut_ref(|| 0u64);
    let fetch_status = {
        let (status, asked) = (status.clone(), asked.clone());
        move |fetch: bool| {
            let (status, asked) = (status.clone(), asked.clone());
            *asked.borrow_mut() += 1;
            let this = *asked.borrow();
            wasm_bindgen_futures::spawn_local(async move {
                let reply = match fetch {
                    true => services::team_refresh().await,
                    false => services::team_status().await,
                };
                if let (true, Ok(next)) = (*asked.borrow() == this, reply) {
                    status.set(Some(next));
                }
            });
        }
    };
    let refresh = {
        let fetch_status = fetch_status.clone();
        Callback::from(move |_: ()| fetch_status(false))
    };
    {
        let refresh = refresh.clone();
        use_effect_with(ui.revision, move |_| refresh.emit(()));
    }
    use_effect_with((), move |_| {
        let fetch = move || fetch_status(true);
        fetch();
        let tick = Closure::<dyn Fn()>::new(fetch);
        let window = web_sys::window();
        let timer = window.as_ref().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                FETCH_EVERY_MS,
            )
            .ok()
        });
        move || {
            if let (Some(window), Some(timer)) = (window, timer) {
                window.clear_interval_with_handle(timer);
            }
            drop(tick);
        }
    });
    StatusHandle {
        status,
        refresh,
        asked,
    }
}

/// The team state of the window; `switched` is told when a team catalogue opened.
#[hook]
pub fn use_team(ui: &Ui, switched: Callback<CatalogInfo>) -> Team {
    let StatusHandle {
        status,
        refresh,
        asked,
    } = use_status(ui);
    let dialog = use_state(|| None::<TeamDialog>);
    let error = use_state(|| None::<WireError>);
    let show = {
        let (dialog, error) = (dialog.clone(), error.clone());
        Callback::from(move |next: Option<TeamDialog>| {
            error.set(None);
            dialog.set(next);
        })
    };
    // Runs `work` busy; its report (or error) shown, the catalog and the status read again.
    let run = {
        let (ui, dialog, error, refresh) =
            (ui.clone(), dialog.clone(), error.clone(), refresh.clone());
        move |in_dialog: bool,
              work: std::pin::Pin<
            Box<dyn std::future::Future<Output = Result<SyncReport, WireError>>>,
        >| {
            let (ui, dialog, error, refresh) =
                (ui.clone(), dialog.clone(), error.clone(), refresh.clone());
            ui.busy.emit(true);
            wasm_bindgen_futures::spawn_local(async move {
                match work.await {
                    Ok(report) => {
                        ui.notify.emit(synced(&ui, &report));
                        let conflicts = report.outcome == SyncOutcome::Conflicts;
                        dialog.set(conflicts.then_some(TeamDialog::Conflicts));
                        ui.changed.emit(());
                    }
                    Err(failure) if in_dialog => error.set(Some(failure)),
                    Err(failure) => ui.fail(&failure),
                }
                refresh.emit(());
                ui.busy.emit(false);
            });
        }
    };
    let sync = {
        let run = run.clone();
        Callback::from(move |_: ()| run(false, Box::pin(services::team_sync())))
    };
    let publish = {
        let run = run.clone();
        Callback::from(move |url: String| {
            run(
                true,
                Box::pin(async move { services::team_publish(&url).await }),
            )
        })
    };
    let open = {
        let (ui, dialog, error) = (ui.clone(), dialog.clone(), error.clone());
        Callback::from(move |url: String| {
            let (ui, dialog, error, switched) =
                (ui.clone(), dialog.clone(), error.clone(), switched.clone());
            ui.busy.emit(true);
            wasm_bindgen_futures::spawn_local(async move {
                match services::team_clone(&url).await {
                    Ok(Some(info)) => {
                        dialog.set(None);
                        switched.emit(info);
                    }
                    Ok(None) => {}
                    Err(failure) => error.set(Some(failure)),
                }
                ui.busy.emit(false);
            });
        })
    };
    let settle = {
        let (ui, status, error, asked) = (ui.clone(), status.clone(), error.clone(), asked.clone());
        move |outcome: Result<TeamStatus, WireError>| {
            match outcome {
                Ok(next) => {
                    // Newer than any reply still on its way.
                    *asked.borrow_mut() += 1;
                    error.set(None);
                    status.set(Some(next));
                }
                Err(failure) => error.set(Some(failure)),
            }
            ui.changed.emit(());
        }
    };
    let resolve = {
        let settle = settle.clone();
        Callback::from(move |(item, field, take): (String, Option<String>, Take)| {
            let settle = settle.clone();
            wasm_bindgen_futures::spawn_local(async move {
                settle(services::team_resolve(&item, field.as_deref(), take).await);
            });
        })
    };
    let abort = {
        let (dialog, ui) = (dialog.clone(), ui.clone());
        Callback::from(move |_: ()| {
            let (settle, dialog, ui) = (settle.clone(), dialog.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = services::team_abort().await;
                if outcome.is_ok() {
                    dialog.set(None);
                    ui.done(ui.t("team-aborted"));
                }
                settle(outcome);
            });
        })
    };
    Team {
        status: (*status).clone(),
        dialog: *dialog,
        error: (*error).clone(),
        show,
        sync,
        publish,
        open,
        resolve,
        abort,
    }
}
