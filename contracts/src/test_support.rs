//! What the crate's unit tests share.

use crate::store::Catalog;

/// A new catalog file seeded with the demo scenario, in a folder removed when dropped.
pub(crate) fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}
