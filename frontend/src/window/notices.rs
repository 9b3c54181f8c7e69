//! The line in the status bar: what the window last has to tell the user.

use yew::prelude::*;

use crate::ui::Notice;

/// The status bar's notice, and the ways to change it.
#[derive(Clone)]
pub struct Notices(UseStateHandle<Option<Notice>>);

impl Notices {
    /// The notice shown now, if any.
    pub fn current(&self) -> Option<Notice> {
        (*self.0).clone()
    }

    /// Shows `notice`.
    pub fn show(&self, notice: Notice) {
        self.0.set(Some(notice));
    }

    /// Shows nothing.
    pub fn clear(&self) {
        self.0.set(None);
    }

    /// A callback that shows the notice it is called with.
    pub fn notify(&self) -> Callback<Notice> {
        let notice = self.0.clone();
        Callback::from(move |n: Notice| notice.set(Some(n)))
    }
}

/// A failure with the text `text`.
pub fn failure(text: String) -> Notice {
    Notice {
        ok: false,
        text,
        ..Notice::default()
    }
}

/// The status bar's notice (none at first).
#[hook]
pub fn use_notices() -> Notices {
    Notices(use_state(|| None::<Notice>))
}
