//! The store on its own: what SQLite enforces of the schema.

use super::*;

#[test]
fn foreign_keys_are_enforced() {
    let catalog = Catalog::in_memory().unwrap();
    let err = catalog
        .conn
        .execute(
            "INSERT INTO contract_field VALUES (999, 0, 'x', 'string', 0, '')",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
}
