//! Imports benchmark: a 2,000-table SQL schema (twelve columns each: keys, limits, comments,
//! allowed values) read into a plan, and imported into an empty catalog as the interface of a
//! system (one transaction); a 2,000-schema JSON Schema bundle read into a plan. Prints the
//! median and p95 of each.
//!
//!     cargo bench -p contracts --bench imports

mod common;

use std::path::PathBuf;

use common::{measure, report};
use contracts::app::import::sql::{self, Dialect};

/// Tables in the generated schema.
const TABLES: usize = 2_000;

/// A PostgreSQL schema of [`TABLES`] tables.
fn ddl() -> String {
    let mut sql = String::from("SET statement_timeout = 0;\n");
    for t in 0..TABLES {
        sql.push_str(&format!(
            "CREATE TABLE register.tabell_{t} (\n\
             \x20 id bigint NOT NULL,\n\
             \x20 fødselsnummer character varying(11) NOT NULL,\n\
             \x20 navn text NOT NULL,\n\
             \x20 kjønn varchar(1) CHECK (kjønn IN ('K', 'M')),\n\
             \x20 født date,\n\
             \x20 trinn integer,\n\
             \x20 snitt numeric(3,2),\n\
             \x20 aktiv boolean DEFAULT true NOT NULL,\n\
             \x20 endret timestamp with time zone,\n\
             \x20 kommune char(4),\n\
             \x20 merknader text[],\n\
             \x20 ref_{t} uuid,\n\
             \x20 CONSTRAINT tabell_{t}_pkey PRIMARY KEY (id)\n\
             );\n\
             COMMENT ON TABLE register.tabell_{t} IS 'Tabell {t} i registeret';\n\
             COMMENT ON COLUMN register.tabell_{t}.trinn IS 'Årstrinn';\n"
        ));
    }
    sql
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-imports");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench folder");
    let text = ddl();
    let file = dir.join("register.sql");
    std::fs::write(&file, &text).expect("write the schema");
    report(
        &format!("plan of a {TABLES}-table DDL ({} kB)", text.len() / 1024),
        measure(10, |_| {
            let plan =
                contracts::formats::sql::plan(text.as_bytes(), Dialect::Postgres, "register")
                    .expect("plan");
            assert_eq!(plan.sets.len(), TABLES);
        }),
        "< 2 s",
    );
    report(
        &format!("import of a {TABLES}-table DDL"),
        measure(5, |run| {
            let path = dir.join(format!("catalog-{run}.datapakt"));
            let (mut catalog, _) =
                contracts::app::catalog::open_or_create(&path, false).expect("catalog");
            let reports = sql::import_files(&mut catalog, None, Dialect::Postgres, &[file.clone()])
                .expect("import");
            assert_eq!(reports[0].sets.len(), TABLES);
        }),
        "< 10 s",
    );
}
