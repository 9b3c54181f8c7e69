//! Datapakt's core: information contracts between systems, validated, kept in one SQLite
//! catalog file and exported as OpenAPI 3.1 stubs, ODCS documents and PDF agreements.
//!
//! Layers, each naming only those above it in this list (the house rules in
//! `xtask/src/tidy.rs` keep it so):
//! - The pure core, always built, also to wasm so the UI checks input with the same code:
//!   [`model`] (the domain types and each kind's description, `model::Kind`), [`validate`]
//!   (the rules, as findings per field), [`versions`] (diffs, the breaking-change rules,
//!   version numbers), [`wire`] (what crosses to the UI), [`i18n`] (feature `i18n`: Fluent
//!   in en, nb, nn, sv), and policy as tables: [`advisor`] (Örebro's technology decision
//!   tree), [`safeguards`], [`classification_defaults`], [`goals`] (the effect goals).
//! - [`formats`] (feature `export`): each file format, bytes in → a plan out, model and
//!   context in → bytes out; [`map`]: the ownership and integration map, drawn (pure).
//! - [`store`] (feature `store`): the catalog file, the only user of rusqlite; writes what it
//!   is given, one transaction per change.
//! - [`git`] (feature `app`): the team catalogue's engine, the only user of git2; it moves
//!   files between the catalog's local repository and the team's remote.
//! - [`app`] (feature `app`): the use cases, the only code outside the store that names the
//!   `Catalog`; it checks and settles every change, decides every export and applies every
//!   import's plan.
//! - `cli` (feature `cli`): the `datapakt` command-line tool, a front end like the desktop
//!   shell (`src-tauri`): both call [`app`] and nothing below it.

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
pub mod git;

#[cfg(feature = "app")]
pub mod app;

#[cfg(feature = "cli")]
pub mod cli;

#[cfg(feature = "app")]
pub use app::{Error, Result};

/// Fuzzing of every reader of a file a user may be handed.
#[cfg(all(test, feature = "app"))]
mod fuzz;
