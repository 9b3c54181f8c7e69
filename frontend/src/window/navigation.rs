//! Which section the window shows and which item it was last asked to open.

use std::rc::Rc;

use contracts::model::Entity;
use yew::prelude::*;

use super::notices::Notices;
use super::sections::Section;

/// The section shown and the last request to open an item.
#[derive(Clone, Copy, PartialEq)]
pub struct Navigation {
    /// The section shown.
    pub section: Section,
    /// The item last asked to open: its kind, its id and a counter, so asking twice opens
    /// twice.
    pub open: Option<(Entity, i64, u32)>,
}

impl Default for Navigation {
    fn default() -> Self {
        Navigation {
            section: Section::Overview,
            open: None,
        }
    }
}

impl Navigation {
    /// The item to open in the section for `entity`: its id and counter.
    pub fn open_in(&self, entity: Entity) -> Option<(i64, u32)> {
        self.open
            .filter(|(e, _, _)| *e == entity)
            .map(|(_, id, nonce)| (id, nonce))
    }
}

/// A change to [`Navigation`].
pub enum NavigationAction {
    /// Show a section.
    Show(Section),
    /// Open an item in its section.
    Open(Entity, i64),
}

impl Reducible for Navigation {
    type Action = NavigationAction;

    fn reduce(self: Rc<Self>, action: NavigationAction) -> Rc<Self> {
        Rc::new(match action {
            NavigationAction::Show(section) => Navigation {
                section,
                open: self.open,
            },
            NavigationAction::Open(entity, id) => {
                let nonce = self.open.map_or(0, |(_, _, nonce)| nonce) + 1;
                Navigation {
                    section: Section::Items(entity),
                    open: Some((entity, id, nonce)),
                }
            }
        })
    }
}

/// Where the window is, and the ways to move.
pub struct NavigationHandle {
    /// The state.
    pub state: UseReducerHandle<Navigation>,
    /// Goes to a section (after the unsaved-changes guard), clearing the status bar.
    pub go: Callback<Section>,
    /// Opens an item in its section (after the unsaved-changes guard).
    pub open_item: Callback<(Entity, i64)>,
    /// Shows a section at once.
    pub show: Callback<Section>,
}

/// The section shown (the overview at first); moves wait for `guard`'s consent.
#[hook]
pub fn use_navigation(guard: &Callback<Callback<()>>, notices: &Notices) -> NavigationHandle {
    let state = use_reducer(Navigation::default);
    let show = {
        let state = state.dispatcher();
        Callback::from(move |section| state.dispatch(NavigationAction::Show(section)))
    };
    let go = {
        let (guard, notices, state) = (guard.clone(), notices.clone(), state.dispatcher());
        Callback::from(move |target: Section| {
            let (notices, state) = (notices.clone(), state.clone());
            guard.emit(Callback::from(move |_| {
                notices.clear();
                state.dispatch(NavigationAction::Show(target));
            }));
        })
    };
    let open_item = {
        let (guard, state) = (guard.clone(), state.dispatcher());
        Callback::from(move |(entity, id): (Entity, i64)| {
            let state = state.clone();
            guard.emit(Callback::from(move |_| {
                state.dispatch(NavigationAction::Open(entity, id))
            }));
        })
    };
    NavigationHandle {
        state,
        go,
        open_item,
        show,
    }
}
