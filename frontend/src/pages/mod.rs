//! The sections of the window.

pub mod access;
pub mod audit;
pub mod goals;
pub mod item_page;
pub mod map;
pub mod overview;
pub mod parties;
pub mod reports;
pub mod versions;
