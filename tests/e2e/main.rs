//! End-to-end tests: the real Datapakt app in a real window (Xvfb), driven through
//! tauri-driver and WebKitWebDriver.
//!
//! `cargo xtask test` builds the app and the CLI and passes their paths in
//! `DATAPAKT_APP_BIN`, `DATAPAKT_CLI_BIN` and `DATAPAKT_TAURI_DRIVER`; screenshots go to
//! `DATAPAKT_SCREENSHOT_DIR` (default `target/e2e-screenshots`) for people to look at.
//!
//! - `harness`: starts the display, the driver and app sessions, and cleans them up.
//! - `contracts`: the contract workflow (create, validate, approve, export, restart).
//! - `entities`: creating every other kind of item, a nested schema, the audit trail.
//! - `desktop`: search, keyboard, unsaved-changes guard, languages, hostile text.
//! - `catalog`: the default catalog, the File menu, files that are not catalogs.
//! - `exports`: the catalog's default API profile, an integration's OpenAPI stub with its
//!   warning, every contract as ODCS from the File menu, opening what was written.
//! - `agreements`: a data processing agreement's preflight, completion and PDF export.
//! - `governance`: reuse candidates, a technology deviation justified, the reports.
//! - `desk`: the contact point's desk: overdue follow-ups first, the status moves allowed, a
//!   request written down and turned into a contract draft, the link back.
//! - `map`: the ownership and integration map — filter, click through, anomalies, export.
//! - `access`: the access register: a grant refused under a draft contract with the reason at
//!   the contract, one granted under an approved contract with its review date, its findings.
//! - `team`: the team catalogue: published from the File menu, opened in a second app
//!   instance, the same field edited in both, synced, the conflict resolved in its view.
//! - `hardening`: another writer's change is never overwritten silently: the save refused,
//!   both versions shown, reload or keep mine; in every language.
//! - `versions`: a released contract edited: the proposed major version, the impact list with
//!   its notices, the changelog as Markdown, approval releasing it; in every language.

mod access;
mod agreements;
mod catalog;
mod contracts;
mod desk;
mod desktop;
mod entities;
mod exports;
mod governance;
mod hardening;
mod harness;
mod map;
mod team;
mod versions;
