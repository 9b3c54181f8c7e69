//! The sections of the window.

pub mod access;
pub mod audit;
pub mod item_page;
pub mod overview;
pub mod parties;
