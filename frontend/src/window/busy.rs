//! The busy indicator's state: how many long operations run, and how far the current export
//! has come (the backend reports it).

use std::rc::Rc;

use yew::prelude::*;

use crate::services::{self, Progress};

/// Long operations under way and the last progress reported.
#[derive(Default, PartialEq)]
pub struct Busy {
    /// Operations running.
    pub count: i32,
    /// How far the export has come, while one reports it.
    pub progress: Option<Progress>,
}

/// A change to [`Busy`].
pub enum BusyAction {
    /// An operation starts.
    Start,
    /// An operation ends; the progress goes when the last one does.
    End,
    /// The backend reports progress.
    Progress(Progress),
}

impl Reducible for Busy {
    type Action = BusyAction;

    fn reduce(self: Rc<Self>, action: BusyAction) -> Rc<Self> {
        let step = match action {
            BusyAction::Progress(progress) => {
                return Rc::new(Busy {
                    count: self.count,
                    progress: Some(progress),
                })
            }
            BusyAction::Start => 1,
            BusyAction::End => -1,
        };
        let count = (self.count + step).max(0);
        let progress = if count == 0 { None } else { self.progress };
        Rc::new(Busy { count, progress })
    }
}

/// The busy state, and a callback that starts (`true`) or ends (`false`) an operation.
pub struct BusyHandle {
    /// The state.
    pub state: UseReducerHandle<Busy>,
    /// Starts (`true`) or ends (`false`) an operation.
    pub callback: Callback<bool>,
}

/// The busy state, listening from the first render on to the backend's progress reports.
#[hook]
pub fn use_busy() -> BusyHandle {
    let state = use_reducer(Busy::default);
    {
        let state = state.dispatcher();
        let on_progress = Callback::from(move |p| state.dispatch(BusyAction::Progress(p)));
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(services::listen_to_progress(on_progress));
        });
    }
    let callback = {
        let state = state.dispatcher();
        Callback::from(move |start: bool| {
            state.dispatch(if start {
                BusyAction::Start
            } else {
                BusyAction::End
            })
        })
    };
    BusyHandle { state, callback }
}
