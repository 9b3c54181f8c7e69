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

/// The names of the tables of `catalog` (not SQLite's own, not the search index's shadows).
fn tables(catalog: &Catalog) -> Vec<String> {
    let mut stmt = catalog
        .conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'",
        )
        .unwrap();
    let names = stmt.query_map([], |r| r.get(0)).unwrap();
    names.map(Result::unwrap).collect()
}

#[test]
fn every_table_a_team_shares_records_its_changes() {
    let catalog = Catalog::in_memory().unwrap();
    let tracked: Vec<&str> = schema::TRACKED.iter().map(|(table, ..)| *table).collect();
    for table in tables(&catalog) {
        assert!(
            tracked.contains(&table.as_str()) || schema::UNTRACKED.contains(&table.as_str()),
            "table {table} is new: record its changes for the team catalogue (schema::TRACKED) \
             or say why it holds nothing a team shares (schema::UNTRACKED)"
        );
    }
    for table in tracked.iter().chain(["settings"].iter()) {
        for event in ["insert", "update", "delete"] {
            let name = format!("{table}_team_{event}");
            let found: i64 = catalog
                .conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                    [&name],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(found, 1, "trigger {name}");
        }
    }
}

#[test]
fn changes_are_recorded_only_while_the_catalog_has_a_remote_and_forgotten_up_to_a_mark() {
    let mut catalog = Catalog::in_memory().unwrap();
    let system = |catalog: &Catalog, name: &str| {
        catalog
            .conn
            .execute("INSERT INTO system (name) VALUES (?1)", [name])
            .unwrap();
        catalog.conn.last_insert_rowid()
    };
    let one = system(&catalog, "Før");
    assert_eq!(catalog.unshared().unwrap().1, Vec::new());
    catalog.set_team_value("remote", Some("/tmp/x")).unwrap();
    let two = system(&catalog, "Etter");
    catalog
        .conn
        .execute(
            "INSERT INTO contract (title, description, owner, provider_system_id,
                 consumer_system_id, version) VALUES ('K', '', '', ?1, ?2, '1.0.0')",
            [one, two],
        )
        .unwrap();
    let contract = catalog.conn.last_insert_rowid();
    let (mark, changes) = catalog.unshared().unwrap();
    let items: Vec<(&str, Option<i64>)> =
        changes.iter().map(|c| (c.table.as_str(), c.item)).collect();
    assert!(items.contains(&("system", Some(two))), "{items:?}");
    assert!(items.contains(&("contract", Some(contract))), "{items:?}");
    assert!(!items.contains(&("system", Some(one))), "{items:?}");

    // A system's new name shows in the contracts between it and others.
    catalog.forget_unshared(mark).unwrap();
    catalog
        .conn
        .execute("UPDATE system SET name = 'Nytt' WHERE id = ?1", [one])
        .unwrap();
    let (_, changes) = catalog.unshared().unwrap();
    assert!(changes
        .iter()
        .any(|c| c.table == "contract" && c.item == Some(contract)));

    // A deleted item is recorded with its uid; a link's change as its item's.
    let (mark, _) = catalog.unshared().unwrap();
    catalog.forget_unshared(mark).unwrap();
    let uid: String = catalog
        .conn
        .query_row("SELECT uid FROM contract WHERE id = ?1", [contract], |r| {
            r.get(0)
        })
        .unwrap();
    catalog
        .conn
        .execute(
            "INSERT INTO contract_field VALUES (?1, 0, 'navn', 'string', 0, '')",
            [contract],
        )
        .unwrap();
    let (_, changes) = catalog.unshared().unwrap();
    assert!(changes
        .iter()
        .any(|c| c.table == "contract" && c.item == Some(contract)));
    catalog
        .conn
        .execute("DELETE FROM contract WHERE id = ?1", [contract])
        .unwrap();
    let (_, changes) = catalog.unshared().unwrap();
    assert!(changes
        .iter()
        .any(|c| c.table == "contract" && c.uid.as_deref() == Some(uid.as_str())));
}
