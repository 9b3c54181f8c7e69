//! The use cases: what a user does, for the CLI and the desktop alike. This is the only code
//! outside [`crate::store`] that names the [`Catalog`](crate::store::Catalog): the formats
//! never see it (they take plain values and return bytes or a plan) and the front ends call
//! nothing below this layer.
//!
//! One module per area: [`catalog`] (the open file, preferences), [`items`] (read, save,
//! delete, lists, pickers, the audit trail), [`export`] and [`import`], [`history`]
//! (versions, changelogs, impact), [`access`], [`checks`], [`reports`], [`reuse`],
//! [`intark`], [`effect_goals`], [`map`], [`team`] (the team catalogue on git) and [`demo`] (the seed of a new default catalog).

pub mod access;
pub mod advice;
pub mod catalog;
pub mod checks;
mod context;
pub mod demo;
pub mod effect_goals;
mod error;
pub mod export;
mod files;
pub mod history;
pub mod import;
pub mod intark;
pub mod items;
pub mod map;
pub mod reports;
pub mod reuse;
pub mod team;

pub use context::{dpa_context, export_context, integration_context};
pub use error::{Error, Result};
pub use files::write_atomically;

#[cfg(test)]
pub(crate) mod test_support;
