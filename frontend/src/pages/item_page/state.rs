//! What an item page holds about the open item: the draft being edited and the stored state
//! it started from, the stored item, the findings the backend returned, and which of the
//! page's questions and panels are open.

use std::rc::Rc;

use contracts::validate::Issue;
use contracts::wire::{Draft, Item};
use yew::prelude::*;

use crate::editors::Edit;

/// The page's state.
#[derive(PartialEq, Default)]
pub struct Page {
    /// The draft being edited.
    pub draft: Option<Rc<Draft>>,
    /// The stored state the draft started from.
    pub original: Option<Rc<Draft>>,
    /// The stored item, when the draft is one.
    pub item: Option<Rc<Item>>,
    /// Saving was tried: the draft's own findings show.
    pub attempted: bool,
    /// What the backend refused the last save for.
    pub server_issues: Rc<Vec<Issue>>,
    /// The delete question is asked.
    pub confirm_delete: bool,
    /// The item's history is shown.
    pub show_history: bool,
    /// A save was refused because the stored item changed since it was opened; with the
    /// stored item once the user asked to see both.
    pub changed_elsewhere: Option<Option<Rc<Item>>>,
}

impl Page {
    /// The draft differs from the stored state it started from.
    pub fn dirty(&self) -> bool {
        self.draft != self.original
    }

    /// The same state, to change a copy of it.
    fn copy(&self) -> Page {
        Page {
            draft: self.draft.clone(),
            original: self.original.clone(),
            item: self.item.clone(),
            attempted: self.attempted,
            server_issues: self.server_issues.clone(),
            confirm_delete: self.confirm_delete,
            show_history: self.show_history,
            changed_elsewhere: self.changed_elsewhere.clone(),
        }
    }

    /// This state editing `draft` afresh (stored as `item`): no save tried, no findings, no
    /// question asked.
    fn fresh(&self, draft: Rc<Draft>, item: Option<Rc<Item>>) -> Page {
        Page {
            draft: Some(draft.clone()),
            original: Some(draft),
            item,
            attempted: false,
            server_issues: Rc::default(),
            confirm_delete: false,
            show_history: self.show_history,
            changed_elsewhere: None,
        }
    }
}

/// A change to [`Page`].
pub enum PageAction {
    /// A stored item was opened: its draft is edited afresh.
    Opened(Rc<Item>),
    /// A new draft (nothing stored yet) is edited afresh.
    New(Rc<Draft>),
    /// The backend stored the item (saved, or its status moved): its draft is edited from now
    /// on.
    Stored(Rc<Item>),
    /// The stored item was deleted: nothing is edited.
    Deleted,
    /// A change to the draft.
    Change(Edit<Draft>),
    /// Saving is tried: the draft's findings show, the backend's are forgotten.
    SaveTried,
    /// The backend refused the save for these findings.
    Refused(Vec<Issue>),
    /// The backend refused the save: the stored item changed since it was opened.
    ChangedElsewhere,
    /// The stored item as it is now, to show beside the draft.
    Theirs(Rc<Item>),
    /// The user keeps their draft over the stored item shown: the edit is based on it now.
    KeepMine,
    /// The delete question is asked (`true`) or answered (`false`).
    ConfirmDelete(bool),
    /// The history is shown or hidden.
    ToggleHistory,
}

impl Reducible for Page {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        let mut next = self.copy();
        match action {
            PageAction::Opened(item) => {
                next = self.fresh(Rc::new(item.draft.clone()), Some(item));
            }
            PageAction::New(draft) => next = self.fresh(draft, None),
            PageAction::Stored(item) => {
                let draft = Rc::new(item.draft.clone());
                (next.draft, next.original) = (Some(draft.clone()), Some(draft));
                next.item = Some(item);
                next.changed_elsewhere = None;
            }
            PageAction::Deleted => {
                (next.draft, next.original, next.item) = (None, None, None);
            }
            PageAction::Change(edit) => {
                let Some(draft) = &self.draft else {
                    return self;
                };
                let mut changed = (**draft).clone();
                (edit.0)(&mut changed);
                next.draft = Some(Rc::new(changed));
            }
            PageAction::SaveTried => {
                next.attempted = true;
                next.server_issues = Rc::default();
            }
            PageAction::Refused(issues) => next.server_issues = Rc::new(issues),
            PageAction::ChangedElsewhere => next.changed_elsewhere = Some(None),
            PageAction::Theirs(item) => next.changed_elsewhere = Some(Some(item)),
            PageAction::KeepMine => {
                if let Some(Some(theirs)) = &self.changed_elsewhere {
                    next.original = Some(Rc::new(theirs.draft.clone()));
                    next.item = Some(theirs.clone());
                }
                next.changed_elsewhere = None;
            }
            PageAction::ConfirmDelete(asked) => next.confirm_delete = asked,
            PageAction::ToggleHistory => next.show_history = !self.show_history,
        }
        Rc::new(next)
    }
}
