//! What the crate's unit tests share.

use crate::app::items::Editing;
use crate::model::{ContractId, ContractStatus, Lang};
use crate::store::Catalog;
use crate::wire::{ExportRequest, ExportTarget};

/// A new catalog file seeded with the demo scenario, in a folder removed when dropped.
pub(crate) fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}

/// Sends contract `id` through review to approval (a change to an approved contract starts
/// a new draft version).
pub(crate) fn approve(catalog: &mut Catalog, id: ContractId) {
    for status in [ContractStatus::InReview, ContractStatus::Approved] {
        catalog.set_contract_status(id, status).unwrap();
    }
}

/// The id of the contract titled `title`.
pub(crate) fn contract_titled(catalog: &Catalog, title: &str) -> ContractId {
    catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .find(|c| c.title == title)
        .unwrap_or_else(|| panic!("no contract titled {title:?}"))
        .id
}

/// Writes every contract of `catalog` as ODCS into the folder `dir`.
pub(crate) fn export_all_odcs(catalog: &Catalog, dir: &std::path::Path) {
    let request = ExportRequest::of(ExportTarget::AllContracts);
    crate::app::export::to_path(catalog, &request, Lang::En, dir).unwrap();
}

/// The demo's integration called `name`.
pub(crate) fn integration_named(catalog: &Catalog, name: &str) -> crate::model::Integration {
    catalog
        .integrations()
        .unwrap()
        .into_iter()
        .find(|i| i.draft.name == name)
        .unwrap_or_else(|| panic!("no integration named {name:?}"))
}

/// A new empty catalog file, in a folder removed when dropped.
pub(crate) fn empty() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), false).unwrap();
    (dir, catalog)
}
