//! The unsaved-changes guard: an editor reports whether it holds unsaved changes, and an
//! action that would lose them waits until the user agrees to discard them.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::dialog::Dialog;
use crate::ui::use_ui;

/// The guard and its pending action.
pub struct UnsavedGuard {
    /// Runs the action now, or after the user agreed to discard unsaved changes.
    pub guard: Callback<Callback<()>>,
    /// An editor reports whether it holds unsaved changes.
    pub set_dirty: Callback<bool>,
    /// An action waits for the user's answer.
    pub pending: bool,
    /// The user discards the changes: the waiting action runs.
    pub discard: Callback<()>,
    /// The user keeps editing: the waiting action is dropped.
    pub keep: Callback<()>,
}

/// The guard: whether the open editor holds unsaved changes (not state: reporting it does not
/// render), and the action waiting for the user's answer.
#[hook]
pub fn use_unsaved_guard() -> UnsavedGuard {
    let dirty: Rc<RefCell<bool>> = use_mut_ref(|| false);
    let pending = use_state(|| None::<Callback<()>>);
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
    let discard = {
        let (pending, dirty) = (pending.clone(), dirty.clone());
        Callback::from(move |_: ()| {
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
    UnsavedGuard {
        guard,
        set_dirty,
        pending: pending.is_some(),
        discard,
        keep,
    }
}

/// Properties of [`UnsavedDialog`].
#[derive(Properties, PartialEq)]
pub struct UnsavedDialogProps {
    /// The user discards the changes.
    pub on_discard: Callback<()>,
    /// The user keeps editing (or dismisses the dialog).
    pub on_keep: Callback<()>,
}

/// Asks whether to discard the unsaved changes or keep editing.
#[function_component(UnsavedDialog)]
pub fn unsaved_dialog(props: &UnsavedDialogProps) -> Html {
    let ui = use_ui();
    let discard = {
        let on_discard = props.on_discard.clone();
        Callback::from(move |_: MouseEvent| on_discard.emit(()))
    };
    let keep = {
        let on_keep = props.on_keep.clone();
        Callback::from(move |_: MouseEvent| on_keep.emit(()))
    };
    html! {
        <Dialog id="unsaved-dialog" title={ui.t("unsaved-changes")} on_close={props.on_keep.clone()}>
            <div class="actions">
                <button type="button" class="danger" id="discard-changes" onclick={discard}>{ ui.t("action-discard") }</button>
                <button type="button" class="secondary" id="keep-editing" onclick={keep}>{ ui.t("action-keep-editing") }</button>
            </div>
        </Dialog>
    }
}
