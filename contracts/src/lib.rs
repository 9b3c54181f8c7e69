//! Datapakt's core: information contracts between systems, validated, kept in one SQLite
//! catalog file and exported as OpenAPI 3.1 stubs and PDF documents.
//!
//! Map of the crate:
//! - [`model`]: the domain types (no IO). Always built.
//! - [`access`] (feature `store`): the access register (grants with their names and where
//!   each stands today, the contracts a grant can be made under).
//! - [`advisor`]: Örebro's decision tree for an integration's technology, as a table, with
//!   IntArk's patterns. Always built (no IO, no translations).
//! - [`classification_defaults`]: the classification schemes shipped as defaults.
//! - [`validate`]: the rules a contract must meet, returning findings per field. Always built,
//!   also to wasm, so the UI checks input with the same code the store enforces.
//! - [`i18n`] (feature `i18n`, also built to wasm): Fluent translations of the UI and of every
//!   validation message in en, nb, nn and sv.
//! - [`wire`]: request, response and error types shared with the frontend. Always built.
//! - [`store`] (feature `store`): the catalog file, the only user of rusqlite.
//! - [`export`] (feature `export`): one module per output format.
//! - [`import`] (features `store` + `export`): one module per input format.
//! - [`checks`] (features `store` + `i18n`): the rules of good catalog keeping, as findings.
//! - [`effect_goals`] (features `store` + `i18n`): Örebro's four effect goals from the catalog.
//! - [`intark`] (feature `store`): the IntArk-compatibility checklist per integration.
//! - [`reuse`] (feature `store`): the existing interfaces that could serve an integration.
//! - [`reports`] (features `store` + `i18n`): catalog-wide reports as tables (text, CSV, JSON;
//!   PDF through `export`).
//! - [`safeguards`]: classification and personal data → required safeguards (shipped defaults).
//! - [`map`] (feature `export`): the ownership and integration map — graph, filters,
//!   anomalies, a deterministic layout, SVG and PNG.
//! - [`items`] (feature `store`): the editors' use cases, alike for every kind of item.
//! - [`ops`] (features `store` + `export`): the use cases the CLI and the desktop call.
//! - [`import`] (features `store` + `export`): ODCS documents into the catalog, losslessly.
//! - `cli` (feature `cli`): the `datapakt` command-line tool.

pub mod advisor;
pub mod classification_defaults;
pub mod goals;
#[cfg(feature = "i18n")]
pub mod i18n;
pub mod model;
pub mod safeguards;
pub mod validate;
pub mod versions;
pub mod wire;

#[cfg(feature = "export")]
pub mod formats;
#[cfg(feature = "export")]
pub mod map;
#[cfg(feature = "store")]
pub mod store;

#[cfg(feature = "app")]
pub mod app;

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "app")]
pub use app::{Error, Result};
