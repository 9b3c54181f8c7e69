//! Identity and versioned migrations of the catalog file.
//!
//! `PRAGMA application_id` marks a file as a Datapakt catalog; `PRAGMA user_version` is the
//! schema version. Each migration runs once, in order, inside the opening transaction.

use std::path::Path;

use rusqlite::Connection;

use crate::store::{Error, Result};

use super::SqliteContext;

/// Datapakt's `PRAGMA application_id`: the bytes "DPKT".
pub const APPLICATION_ID: i32 = 0x4450_4B54;

/// One step of the schema: SQL, then optionally code (to seed data the SQL cannot express).
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection, &Path) -> Result<()>>,
}

/// Migration `n` (1-based) brings the schema to version `n`. Never edit a released one: add
/// the next, and a fixture of the version before it under `fixtures/`. A code step must not
/// use the store's current queries: they assume the newest schema (write SQL for its version).
const MIGRATIONS: &[Migration] = &[
    // 1: systems, contracts and their fields.
    Migration {
        sql: "CREATE TABLE system (
         id          INTEGER PRIMARY KEY,
         name        TEXT NOT NULL UNIQUE,
         description TEXT NOT NULL DEFAULT ''
     );
     CREATE TABLE contract (
         id                 INTEGER PRIMARY KEY,
         title              TEXT NOT NULL,
         description        TEXT NOT NULL,
         owner              TEXT NOT NULL,
         provider_system_id INTEGER NOT NULL REFERENCES system(id),
         consumer_system_id INTEGER NOT NULL REFERENCES system(id),
         version            TEXT NOT NULL,
         created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
         updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
     );
     CREATE TABLE contract_field (
         contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
         position    INTEGER NOT NULL,
         name        TEXT NOT NULL,
         type        TEXT NOT NULL,
         required    INTEGER NOT NULL CHECK (required IN (0, 1)),
         description TEXT NOT NULL,
         PRIMARY KEY (contract_id, position),
         UNIQUE (contract_id, name)
     );",
        then: None,
    },
    // 2: organisations, classification schemes (with the shipped defaults), the audit trail.
    Migration {
        sql: "CREATE TABLE organisation (
             id         INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             country    TEXT NOT NULL CHECK (country IN ('NO', 'SE')),
             org_number TEXT NOT NULL,
             UNIQUE (country, org_number)
         );
         CREATE TABLE classification_scheme (
             id              INTEGER PRIMARY KEY,
             key             TEXT NOT NULL UNIQUE,
             name            TEXT NOT NULL,
             source          TEXT NOT NULL,
             shipped_default INTEGER NOT NULL CHECK (shipped_default IN (0, 1))
         );
         CREATE TABLE classification_aspect (
             scheme_id INTEGER NOT NULL REFERENCES classification_scheme(id) ON DELETE CASCADE,
             position  INTEGER NOT NULL,
             key       TEXT NOT NULL,
             name      TEXT NOT NULL,
             PRIMARY KEY (scheme_id, position),
             UNIQUE (scheme_id, key)
         );
         CREATE TABLE classification_level (
             scheme_id INTEGER NOT NULL REFERENCES classification_scheme(id) ON DELETE CASCADE,
             ordinal   INTEGER NOT NULL,
             colour    TEXT NOT NULL,
             name      TEXT NOT NULL,
             PRIMARY KEY (scheme_id, ordinal)
         );
         CREATE TABLE audit_event (
             id        INTEGER PRIMARY KEY,
             at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
             author    TEXT NOT NULL,
             entity    TEXT NOT NULL,
             entity_id INTEGER NOT NULL,
             action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
             before    TEXT,
             after     TEXT
         );
         CREATE INDEX audit_event_by_item ON audit_event (entity, entity_id, id);",
        then: Some(super::schemes::seed_shipped),
    },
    // 3: full-text search over every item, filled from what is already there; the list's
    // order as an index, so a page of a large catalog needs no sort.
    Migration {
        sql: "CREATE VIRTUAL TABLE search_index USING fts5(
             kind UNINDEXED, item_id UNINDEXED, title, body,
             tokenize = 'unicode61 remove_diacritics 2'
         );
         INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0.0, 0.0, 10.0, 1.0)');
         CREATE INDEX contract_by_title ON contract (title COLLATE NOCASE, id);
         -- Index what exists (rowids as search::rowid packs them: id * 8 + kind). Plain SQL
         -- over version-3 columns, so later schema changes cannot break this step.
         INSERT INTO search_index (rowid, kind, item_id, title, body)
             SELECT c.id * 8, 'contract', c.id, c.title,
                    c.description || char(10) || c.owner || char(10) || p.name || char(10) ||
                    k.name || char(10) || coalesce((SELECT group_concat(f.name || char(10) ||
                    f.description, char(10)) FROM contract_field f WHERE f.contract_id = c.id), '')
             FROM contract c
             JOIN system p ON p.id = c.provider_system_id
             JOIN system k ON k.id = c.consumer_system_id;
         INSERT INTO search_index (rowid, kind, item_id, title, body)
             SELECT id * 8 + 1, 'organisation', id, name, country || ' ' || org_number
             FROM organisation;",
        then: None,
    },
    // 4: units, people and the roles they hold on items.
    Migration {
        sql: "CREATE TABLE unit (
             id              INTEGER PRIMARY KEY,
             organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
             name            TEXT NOT NULL,
             UNIQUE (organisation_id, name)
         );
         CREATE TABLE person (
             id      INTEGER PRIMARY KEY,
             name    TEXT NOT NULL,
             email   TEXT NOT NULL,
             unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
             left_on TEXT
         );
         CREATE TABLE role_assignment (
             role      TEXT NOT NULL CHECK (role IN ('information_owner', 'system_owner',
                           'integration_owner', 'contact_point', 'technical_contact')),
             person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
             entity    TEXT NOT NULL,
             item_id   INTEGER NOT NULL,
             PRIMARY KEY (entity, item_id, role, person_id)
         );",
        then: None,
    },
    // 5: information sets, their schema stored as a JSON tree of fields.
    Migration {
        sql: "CREATE TABLE information_set (
             id          INTEGER PRIMARY KEY,
             name        TEXT NOT NULL,
             description TEXT NOT NULL,
             owner_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
             scheme_key  TEXT REFERENCES classification_scheme(key) ON UPDATE CASCADE,
             fields      TEXT NOT NULL CHECK (json_valid(fields))
         );",
        then: None,
    },
    // 6: integrations and their consumers.
    Migration {
        sql: "CREATE TABLE integration (
             id                             INTEGER PRIMARY KEY,
             name                           TEXT NOT NULL,
             description                    TEXT NOT NULL,
             provider_id                    INTEGER NOT NULL REFERENCES system(id),
             owner_id                       INTEGER REFERENCES person(id) ON DELETE SET NULL,
             pattern                        TEXT NOT NULL,
             technology                     TEXT NOT NULL,
             mode                           TEXT NOT NULL,
             frequency                      TEXT NOT NULL,
             volume_per_day                 INTEGER,
             message_size_kb                INTEGER,
             guaranteed_delivery            INTEGER NOT NULL CHECK (guaranteed_delivery IN (0, 1)),
             reusable_via_platform          INTEGER NOT NULL CHECK (reusable_via_platform IN (0, 1)),
             existing_interface_could_serve INTEGER NOT NULL
                 CHECK (existing_interface_could_serve IN (0, 1)),
             justification                  TEXT NOT NULL
         );
         CREATE TABLE integration_consumer (
             integration_id INTEGER NOT NULL REFERENCES integration(id) ON DELETE CASCADE,
             position       INTEGER NOT NULL,
             system_id      INTEGER NOT NULL REFERENCES system(id),
             PRIMARY KEY (integration_id, position),
             UNIQUE (integration_id, system_id)
         );",
        then: None,
    },
    // 7: a contract's terms (purpose, legal basis, service levels, retention, access,
    // validity, links) as one JSON object, its status workflow, and what it governs.
    Migration {
        sql: "ALTER TABLE contract ADD COLUMN terms TEXT NOT NULL DEFAULT '{}'
             CHECK (json_valid(terms));
         ALTER TABLE contract ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
             CHECK (status IN ('draft', 'in-review', 'approved', 'retired'));
         ALTER TABLE contract ADD COLUMN approved_by TEXT;
         ALTER TABLE contract ADD COLUMN approved_at TEXT;
         CREATE TABLE contract_information_set (
             contract_id        INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
             information_set_id INTEGER NOT NULL REFERENCES information_set(id),
             PRIMARY KEY (contract_id, information_set_id)
         );
         CREATE TABLE contract_integration (
             contract_id    INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
             integration_id INTEGER NOT NULL REFERENCES integration(id),
             PRIMARY KEY (contract_id, integration_id)
         );",
        then: None,
    },
    // 8: data processing agreements (GDPR Art. 28) and the contracts they cover.
    Migration {
        sql: "CREATE TABLE agreement (
             id            INTEGER PRIMARY KEY,
             controller_id INTEGER NOT NULL REFERENCES organisation(id),
             processor_id  INTEGER NOT NULL REFERENCES organisation(id),
             terms         TEXT NOT NULL CHECK (json_valid(terms))
         );
         CREATE TABLE agreement_contract (
             agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
             contract_id  INTEGER NOT NULL REFERENCES contract(id),
             PRIMARY KEY (agreement_id, contract_id)
         );",
        then: None,
    },
    // 9: systems get an owning unit, a lifecycle stage and endpoints, and join the search;
    // the contract list's sort columns get indexes.
    Migration {
        sql: "ALTER TABLE system ADD COLUMN unit_id INTEGER REFERENCES unit(id);
         ALTER TABLE system ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'in-production'
             CHECK (lifecycle IN ('planned', 'in-development', 'in-production', 'phasing-out',
                                  'retired'));
         ALTER TABLE system ADD COLUMN endpoints TEXT NOT NULL DEFAULT '[]'
             CHECK (json_valid(endpoints));
         INSERT INTO search_index (rowid, kind, item_id, title, body)
             SELECT id * 8 + 4, 'system', id, name, description FROM system;
         -- The contract list sorts by any of its own columns through an index.
         CREATE INDEX contract_by_version ON contract (version COLLATE NOCASE, id);
         CREATE INDEX contract_by_status ON contract (status COLLATE NOCASE, id);
         CREATE INDEX contract_by_owner ON contract (owner COLLATE NOCASE, id);",
        then: None,
    },
    // 10: the information sets that document a system's interface (imported from its API
    // description), each with the API and the place in the document it came from.
    Migration {
        sql: "CREATE TABLE interface_set (
             information_set_id INTEGER PRIMARY KEY
                 REFERENCES information_set(id) ON DELETE CASCADE,
             system_id          INTEGER NOT NULL REFERENCES system(id),
             api                TEXT NOT NULL,
             origin             TEXT NOT NULL,
             UNIQUE (system_id, api, origin)
         );",
        then: None,
    },
    // 11: ODCS import: a contract keeps the ODCS id it was imported under and the file's
    // content (what Datapakt does not model is written back by the export); the catalog gets
    // an identity of its own, so its exports name their contracts unambiguously.
    Migration {
        sql: "ALTER TABLE contract ADD COLUMN odcs_id TEXT;
         CREATE UNIQUE INDEX contract_by_odcs_id ON contract (odcs_id) WHERE odcs_id IS NOT NULL;
         ALTER TABLE contract ADD COLUMN odcs_source TEXT
             CHECK (odcs_source IS NULL OR json_valid(odcs_source));
         CREATE TABLE catalog_meta (
             key   TEXT PRIMARY KEY,
             value TEXT NOT NULL
         );
         INSERT INTO catalog_meta (key, value) VALUES ('id', lower(hex(randomblob(16))));",
        then: None,
    },
    // 12: an information set's API resource name (plural, lower-case hyphenated), chosen by
    // the user; NULL lets the OpenAPI stub derive one from the set's name.
    Migration {
        sql: "ALTER TABLE information_set ADD COLUMN resource TEXT;",
        then: None,
    },
    // 13: the safeguards an integration has (a JSON array of their kebab-case names),
    // checked against those its contracts' classification requires.
    Migration {
        sql: "ALTER TABLE integration ADD COLUMN safeguards TEXT NOT NULL DEFAULT '[]'
             CHECK (json_valid(safeguards));",
        then: None,
    },
    // 14: why an integration's technology differs from the decision tree's advice, and the
    // information sets it carries (what reuse candidates are looked up by).
    Migration {
        sql: "ALTER TABLE integration ADD COLUMN technology_justification TEXT NOT NULL DEFAULT '';
         CREATE TABLE integration_information_set (
             integration_id     INTEGER NOT NULL REFERENCES integration(id) ON DELETE CASCADE,
             position           INTEGER NOT NULL,
             information_set_id INTEGER NOT NULL REFERENCES information_set(id),
             PRIMARY KEY (integration_id, position),
             UNIQUE (integration_id, information_set_id)
         );
         CREATE INDEX integration_information_set_by_set
             ON integration_information_set (information_set_id);",
        then: None,
    },
    // 15: the safeguards each classification level requires, as the catalog's policy (a JSON
    // array of their kebab-case names); NULL follows Datapakt's shipped default.
    Migration {
        sql: "ALTER TABLE classification_level ADD COLUMN safeguards TEXT
             CHECK (safeguards IS NULL OR json_valid(safeguards));",
        then: None,
    },
    // 16: an e-service's case figures per period (a JSON array), for the effect goal on
    // cases handled without manual steps.
    Migration {
        sql: "ALTER TABLE system ADD COLUMN case_figures TEXT NOT NULL DEFAULT '[]'
             CHECK (json_valid(case_figures));",
        then: None,
    },
    // 17: the IntArk checklist items a person has confirmed for an integration (a JSON array
    // of their kebab-case names).
    Migration {
        sql: "ALTER TABLE integration ADD COLUMN intark_confirmed TEXT NOT NULL DEFAULT '[]'
             CHECK (json_valid(intark_confirmed));",
        then: None,
    },
    // 18: the contact point's desk: integration requests (who asks, for what and why, where
    // the request stands, who handles it, when it is followed up) with their log and
    // outcomes as one JSON object, and links to the information sets they concern and to
    // what came of them (a reuse candidate, a contract). An asker, assignee or system a
    // request names cannot be deleted under it.
    Migration {
        sql: "CREATE TABLE request (
             id              INTEGER PRIMARY KEY,
             title           TEXT NOT NULL,
             asker_person_id INTEGER REFERENCES person(id),
             status          TEXT NOT NULL DEFAULT 'new'
                 CHECK (status IN ('new', 'in-progress', 'waiting', 'resolved', 'escalated')),
             assignee_id     INTEGER REFERENCES person(id),
             provider_id     INTEGER REFERENCES system(id),
             consumer_id     INTEGER REFERENCES system(id),
             opened_on       TEXT NOT NULL,
             follow_up       TEXT,
             details         TEXT NOT NULL CHECK (json_valid(details))
         );
         CREATE INDEX request_open_by_follow_up ON request (follow_up) WHERE status <> 'resolved';
         CREATE TABLE request_information_set (
             request_id         INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
             information_set_id INTEGER NOT NULL REFERENCES information_set(id),
             PRIMARY KEY (request_id, information_set_id)
         );
         CREATE INDEX request_information_set_by_set ON request_information_set (information_set_id);
         CREATE TABLE request_integration (
             request_id     INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
             integration_id INTEGER NOT NULL REFERENCES integration(id),
             PRIMARY KEY (request_id, integration_id)
         );
         CREATE INDEX request_integration_by_integration ON request_integration (integration_id);
         CREATE TABLE request_contract (
             request_id  INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
             contract_id INTEGER NOT NULL REFERENCES contract(id),
             PRIMARY KEY (request_id, contract_id)
         );
         CREATE INDEX request_contract_by_contract ON request_contract (contract_id);",
        then: None,
    },
    // 19: the access register: which consumer (a system or an organisation) may use which
    // integration under which contract, until when, and the reviews made of each grant. What
    // a grant names cannot be deleted while it does (no cascade); its reviews go with it.
    Migration {
        sql: "CREATE TABLE access_grant (
             id                       INTEGER PRIMARY KEY,
             integration_id           INTEGER NOT NULL REFERENCES integration(id),
             consumer_system_id       INTEGER REFERENCES system(id),
             consumer_organisation_id INTEGER REFERENCES organisation(id),
             contract_id              INTEGER NOT NULL REFERENCES contract(id),
             granted_by               INTEGER REFERENCES person(id),
             granted_on               TEXT NOT NULL,
             valid_until              TEXT NOT NULL,
             note                     TEXT NOT NULL DEFAULT '',
             CHECK ((consumer_system_id IS NULL) <> (consumer_organisation_id IS NULL))
         );
         CREATE INDEX access_grant_by_contract ON access_grant (contract_id);
         CREATE INDEX access_grant_by_integration ON access_grant (integration_id);
         CREATE TABLE access_review (
             grant_id    INTEGER NOT NULL REFERENCES access_grant(id) ON DELETE CASCADE,
             position    INTEGER NOT NULL,
             reviewed_on TEXT NOT NULL,
             reviewed_by INTEGER REFERENCES person(id),
             outcome     TEXT NOT NULL CHECK (outcome IN ('confirmed', 'revoked')),
             PRIMARY KEY (grant_id, position)
         );",
        then: None,
    },
    // 20: version histories. The versions of what an older catalog holds are recorded once
    // every migration has run (`versions::seed`), since they are read with today's queries.
    Migration {
        sql: "CREATE TABLE contract_version (
             contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
             version     TEXT NOT NULL,
             released_at TEXT NOT NULL,
             released_by TEXT NOT NULL,
             snapshot    TEXT NOT NULL,
             PRIMARY KEY (contract_id, version)
         );
         CREATE TABLE information_set_version (
             set_id   INTEGER NOT NULL REFERENCES information_set(id) ON DELETE CASCADE,
             version  TEXT NOT NULL,
             saved_at TEXT NOT NULL,
             saved_by TEXT NOT NULL,
             snapshot TEXT NOT NULL,
             PRIMARY KEY (set_id, version)
         );
         CREATE INDEX contract_information_set_by_set
             ON contract_information_set (information_set_id);",
        then: None,
    },
    // 21: a global identity for every item (a random UUID, `uid`), given in the migration to
    // what an older catalog holds and on insert to every new item unless it is given one,
    // so items created on two machines never collide when their catalogs meet.
    Migration {
        sql: "",
        then: Some(global_identities),
    },
    // 22: when an integration was recorded, which decides which of two integrations came
    // first (reuse before building new) the same way in every catalog of a team, whatever
    // order their rows arrived in. Older integrations take their first audit record's time
    // (a millisecond per id later, so they keep their order); new ones the time of insert,
    // always after every earlier one.
    Migration {
        sql: "ALTER TABLE integration ADD COLUMN recorded_at TEXT;
         UPDATE integration SET recorded_at = strftime('%Y-%m-%dT%H:%M:%fZ',
             julianday(coalesce((SELECT min(at) FROM audit_event a WHERE a.entity = 'integration'
                                 AND a.entity_id = integration.id AND a.action = 'create'),
                                'now')) + id * 0.0015 / 86400.0);
         CREATE TRIGGER integration_recorded AFTER INSERT ON integration
         WHEN NEW.recorded_at IS NULL
         BEGIN
             UPDATE integration SET recorded_at = strftime('%Y-%m-%dT%H:%M:%fZ', max(
                 julianday('now'),
                 coalesce((SELECT julianday(max(recorded_at)) FROM integration
                           WHERE rowid != NEW.rowid), 0) + 0.0015 / 86400.0))
             WHERE rowid = NEW.rowid;
         END;",
        then: None,
    },
    // 23: what changed since a team catalogue's last sync, so a sync reads, merges and
    // writes only that (`team_dirty`, filled by triggers while the catalog has a remote).
    Migration {
        sql: "CREATE TABLE team_dirty (
             seq  INTEGER PRIMARY KEY,
             tbl  TEXT NOT NULL,
             item INTEGER,
             uid  TEXT
         );
         CREATE INDEX contract_by_provider ON contract (provider_system_id);
         CREATE INDEX contract_by_consumer ON contract (consumer_system_id);
         CREATE INDEX role_assignment_by_person ON role_assignment (person_id);
         CREATE INDEX information_set_by_owner ON information_set (owner_id);
         CREATE INDEX information_set_by_scheme ON information_set (scheme_key);",
        then: Some(team_tracking),
    },
    // 24: a draft contract may not name its systems yet (one imported from a file that does
    // not say): `provider_system_id` and `consumer_system_id` may be NULL.
    Migration {
        sql: "",
        then: Some(contract_systems_optional),
    },
];

/// Migration 24: drops the NOT NULL of a contract's two system columns the way SQLite's
/// manual describes for removing a NOT NULL constraint (the table's stored definition edited,
/// the schema version bumped): rebuilding the table would cascade-delete its fields and
/// releases, and the pragma that would prevent that cannot change inside a transaction.
fn contract_systems_optional(tx: &Connection, path: &Path) -> Result<()> {
    let version: i64 = tx
        .pragma_query_value(None, "schema_version", |r| r.get(0))
        .at(path)?;
    tx.execute_batch("PRAGMA writable_schema = ON").at(path)?;
    let edited = tx
        .execute(
            "UPDATE sqlite_schema
             SET sql = replace(replace(sql,
                 'provider_system_id INTEGER NOT NULL REFERENCES',
                 'provider_system_id INTEGER REFERENCES'),
                 'consumer_system_id INTEGER NOT NULL REFERENCES',
                 'consumer_system_id INTEGER REFERENCES')
             WHERE type = 'table' AND name = 'contract'
               AND sql LIKE '%provider_system_id INTEGER NOT NULL REFERENCES%'
               AND sql LIKE '%consumer_system_id INTEGER NOT NULL REFERENCES%'",
            [],
        )
        .at(path)?;
    tx.pragma_update(None, "schema_version", version + 1)
        .at(path)?;
    tx.execute_batch("PRAGMA writable_schema = OFF").at(path)?;
    if edited != 1 {
        let message = "the contract table's definition is not the one schema 23 wrote";
        return Err(super::bad_value(0, message.into())).at(path);
    }
    Ok(())
}

/// The tables whose rows are items with a global identity.
pub(crate) const ITEM_TABLES: [&str; 11] = [
    "system",
    "contract",
    "organisation",
    "unit",
    "classification_scheme",
    "person",
    "information_set",
    "integration",
    "agreement",
    "request",
    "access_grant",
];

/// A random (version 4) UUID, as SQL.
const NEW_UID: &str = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
     substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
     substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

/// Migration 21: the `uid` column of every item table, filled, unique, and given on insert.
fn global_identities(tx: &Connection, path: &Path) -> Result<()> {
    for table in ITEM_TABLES {
        tx.execute_batch(&format!(
            "ALTER TABLE {table} ADD COLUMN uid TEXT;
             UPDATE {table} SET uid = {NEW_UID};
             CREATE UNIQUE INDEX {table}_by_uid ON {table} (uid);
             CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL
             BEGIN
                 UPDATE {table} SET uid = {NEW_UID} WHERE rowid = NEW.rowid;
             END;"
        ))
        .at(path)?;
    }
    Ok(())
}

/// Where each table's rows belong in the team catalogue: (table, the item's table as SQL over
/// the row `R`, the column of the item's id). An item's own table holds it; history and
/// links belong to their item; a role to the item it is held on.
pub(crate) const TRACKED: [(&str, &str, &str); 27] = [
    ("system", "'system'", "id"),
    ("contract", "'contract'", "id"),
    ("organisation", "'organisation'", "id"),
    ("unit", "'unit'", "id"),
    ("classification_scheme", "'classification_scheme'", "id"),
    ("person", "'person'", "id"),
    ("information_set", "'information_set'", "id"),
    ("integration", "'integration'", "id"),
    ("agreement", "'agreement'", "id"),
    ("request", "'request'", "id"),
    ("access_grant", "'access_grant'", "id"),
    ("contract_field", "'contract'", "contract_id"),
    ("contract_information_set", "'contract'", "contract_id"),
    ("contract_integration", "'contract'", "contract_id"),
    ("contract_version", "'contract'", "contract_id"),
    (
        "classification_aspect",
        "'classification_scheme'",
        "scheme_id",
    ),
    (
        "classification_level",
        "'classification_scheme'",
        "scheme_id",
    ),
    ("interface_set", "'information_set'", "information_set_id"),
    ("information_set_version", "'information_set'", "set_id"),
    ("integration_consumer", "'integration'", "integration_id"),
    (
        "integration_information_set",
        "'integration'",
        "integration_id",
    ),
    ("agreement_contract", "'agreement'", "agreement_id"),
    ("request_information_set", "'request'", "request_id"),
    ("request_integration", "'request'", "request_id"),
    ("request_contract", "'request'", "request_id"),
    ("access_review", "'access_grant'", "grant_id"),
    ("role_assignment", "R.entity", "item_id"),
];

/// Tables that hold nothing a team shares: the audit trail (each catalog's own), the search
/// index, the bookkeeping (`catalog_meta`: its one shared setting has a trigger of its own).
#[cfg(test)]
pub(crate) const UNTRACKED: [&str; 4] =
    ["audit_event", "search_index", "catalog_meta", "team_dirty"];

/// While the catalog has a team remote.
const SHARED: &str = "EXISTS (SELECT 1 FROM catalog_meta WHERE key = 'team.remote')";

/// The contracts whose entry or file shows an item of each kind (a system's name, a set's
/// fields, a person, a scheme's levels), as SQL over the changed row `NEW` of `team_dirty`.
const SHOWN_IN_CONTRACTS: [(&str, &str); 4] = [
    (
        "system",
        "provider_system_id = NEW.item OR consumer_system_id = NEW.item",
    ),
    (
        "information_set",
        "id IN (SELECT contract_id FROM contract_information_set
                WHERE information_set_id = NEW.item)",
    ),
    (
        "person",
        "id IN (SELECT item_id FROM role_assignment WHERE entity = 'contract'
                AND person_id = NEW.item)
         OR id IN (SELECT l.contract_id FROM contract_information_set l
                   JOIN information_set s ON s.id = l.information_set_id
                   WHERE s.owner_id = NEW.item)",
    ),
    (
        "classification_scheme",
        "id IN (SELECT l.contract_id FROM contract_information_set l
                JOIN information_set s ON s.id = l.information_set_id
                JOIN classification_scheme k ON k.key = s.scheme_key
                WHERE k.id = NEW.item)",
    ),
];

/// Migration 23: the triggers that record what changed while the catalog has a remote.
fn team_tracking(tx: &Connection, path: &Path) -> Result<()> {
    for (table, item_table, item) in TRACKED {
        for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            let uid = if item == "id" && event == "DELETE" {
                "OLD.uid"
            } else {
                "NULL"
            };
            let item_table = item_table.replace("R.", &format!("{row}."));
            tx.execute_batch(&format!(
                "CREATE TRIGGER {table}_team_{event} AFTER {event} ON {table} WHEN {SHARED}
                 BEGIN
                     INSERT INTO team_dirty (tbl, item, uid)
                     VALUES ({item_table}, {row}.{item}, {uid});
                 END;",
                event = event.to_lowercase(),
            ))
            .at(path)?;
        }
    }
    for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
        tx.execute_batch(&format!(
            "CREATE TRIGGER settings_team_{event} AFTER {event} ON catalog_meta
             WHEN {row}.key = 'default_api_profile' AND {SHARED}
             BEGIN
                 INSERT INTO team_dirty (tbl) VALUES ('settings');
             END;",
            event = event.to_lowercase(),
        ))
        .at(path)?;
    }
    for (kind, shown) in SHOWN_IN_CONTRACTS {
        tx.execute_batch(&format!(
            "CREATE TRIGGER {kind}_team_shown AFTER INSERT ON team_dirty WHEN NEW.tbl = '{kind}'
             BEGIN
                 INSERT INTO team_dirty (tbl, item, uid)
                 SELECT 'contract', id, uid FROM contract WHERE {shown};
             END;"
        ))
        .at(path)?;
    }
    Ok(())
}

/// The first schema version that keeps version histories.
const VERSIONS_KEPT_FROM: i64 = 20;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuses a schema version this build cannot read (newer, or not a version at all).
pub(super) fn check_version(path: &Path, found: i64) -> Result<()> {
    if !(0..=SCHEMA_VERSION).contains(&found) {
        return Err(Error::NewerSchema {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`] inside `tx`.
pub(super) fn migrate(tx: &Connection, path: &Path) -> Result<()> {
    let found: i64 = tx
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .at(path)?;
    check_version(path, found)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(migration.sql).at(path)?;
        if let Some(then) = migration.then {
            then(tx, path)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)
            .at(path)?;
    }
    if found == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .at(path)?;
    } else if found < VERSIONS_KEPT_FROM {
        super::versions::seed(tx, path)?;
    }
    Ok(())
}

/// Refuses a catalog that would need a schema upgrade, for connections that cannot write.
pub(super) fn require_current(conn: &rusqlite::Connection, path: &Path) -> Result<()> {
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .at(path)?;
    check_version(path, found)?;
    if found < SCHEMA_VERSION {
        return Err(Error::ReadOnlyNeedsUpgrade {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}
