//! Reusable pieces of the window.

pub mod data_list;
pub mod dialog;
pub mod fields;
pub mod file_menu;
pub mod history;
pub mod import;
pub mod item_search;
pub mod preferences;
pub mod search;
pub mod team;
