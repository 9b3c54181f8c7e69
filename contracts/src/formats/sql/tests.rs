use super::*;

fn read(sql: &str, dialect: Dialect) -> Plan {
    plan(sql.as_bytes(), dialect, "register.sql").unwrap_or_else(|e| panic!("{e}"))
}

fn field<'p>(plan: &'p Plan, set: &str, name: &str) -> &'p SchemaField {
    plan.sets
        .iter()
        .find(|s| s.name == set)
        .unwrap_or_else(|| panic!("no set {set}"))
        .fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

const POSTGRES: &str = r#"
-- pg_dump --schema-only, abridged
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE FUNCTION skole.oppdatert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.oppdatert := now(); RETURN NEW; END; $$;
CREATE TABLE skole.elev (
    elev_id uuid NOT NULL,
    "fødselsnummer" character varying(11) NOT NULL,
    kön varchar(10) CHECK (kön IN ('K', 'M', 'X')),
    trinn integer,
    snitt numeric(3,2),
    aktiv boolean DEFAULT true NOT NULL,
    født date,
    oppdatert timestamp with time zone,
    merknader text[],
    CONSTRAINT elev_pkey PRIMARY KEY (elev_id),
    CONSTRAINT elev_fnr UNIQUE ("fødselsnummer")
);
COMMENT ON TABLE skole.elev IS 'Elever i grunnskolen';
COMMENT ON COLUMN skole.elev.trinn IS 'Årstrinn 1–10';
CREATE INDEX elev_trinn ON skole.elev (trinn);
GRANT SELECT ON skole.elev TO lesere;
"#;

#[test]
fn a_postgres_schema_dump_gives_its_tables_with_types_keys_limits_and_comments() {
    let plan = read(POSTGRES, Dialect::Postgres);
    assert_eq!(plan.sets.len(), 1, "only the table: the rest is skipped");
    let elev = &plan.sets[0];
    assert_eq!(
        (elev.name.as_str(), elev.origin.as_str()),
        ("elev", "skole.elev")
    );
    assert_eq!(elev.description, "Elever i grunnskolen");
    let id = field(&plan, "elev", "elev_id");
    assert_eq!(
        (id.field_type, id.format.as_deref()),
        (SchemaType::String, Some("uuid"))
    );
    assert!(id.required && id.constraints.primary_key && id.constraints.unique);
    let fnr = field(&plan, "elev", "fødselsnummer");
    assert_eq!(fnr.constraints.max_length, Some(11));
    assert!(fnr.required && fnr.constraints.unique && !fnr.constraints.primary_key);
    assert_eq!(field(&plan, "elev", "kön").enum_values, ["K", "M", "X"]);
    assert!(!field(&plan, "elev", "kön").required);
    let trinn = field(&plan, "elev", "trinn");
    assert_eq!(
        (trinn.field_type, trinn.description.as_str()),
        (SchemaType::Integer, "Årstrinn 1–10")
    );
    assert_eq!(field(&plan, "elev", "snitt").field_type, SchemaType::Number);
    assert_eq!(
        field(&plan, "elev", "aktiv").field_type,
        SchemaType::Boolean
    );
    assert_eq!(field(&plan, "elev", "født").field_type, SchemaType::Date);
    assert_eq!(
        field(&plan, "elev", "oppdatert").field_type,
        SchemaType::DateTime
    );
    let merknader = field(&plan, "elev", "merknader");
    assert_eq!(merknader.field_type, SchemaType::Array);
    assert_eq!(merknader.children[0].field_type, SchemaType::String);
}

#[test]
fn sql_server_mysql_and_oracle_tables_read_in_their_dialects() {
    let mssql = read(
        "CREATE TABLE [dbo].[Ansatt] (
            [AnsattId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
            [Navn] NVARCHAR(200) NOT NULL,
            [Lønn] MONEY NULL,
            [Start] DATETIME2 NOT NULL,
            [Aktiv] BIT NOT NULL
        );
        GO",
        Dialect::MsSql,
    );
    assert_eq!(mssql.sets[0].name, "Ansatt");
    let id = field(&mssql, "Ansatt", "AnsattId");
    assert!(id.constraints.primary_key && id.required);
    assert_eq!(
        field(&mssql, "Ansatt", "Navn").constraints.max_length,
        Some(200)
    );
    assert_eq!(
        field(&mssql, "Ansatt", "Lønn").field_type,
        SchemaType::Number
    );
    assert_eq!(
        field(&mssql, "Ansatt", "Start").field_type,
        SchemaType::DateTime
    );
    assert_eq!(
        field(&mssql, "Ansatt", "Aktiv").field_type,
        SchemaType::Boolean
    );

    let mysql = read(
        "CREATE TABLE `kommune` (
            `nummer` CHAR(4) NOT NULL COMMENT 'Kommunenummer',
            `navn` VARCHAR(100) NOT NULL,
            `län` VARCHAR(40),
            PRIMARY KEY (`nummer`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Kommuner';",
        Dialect::MySql,
    );
    let nummer = field(&mysql, "kommune", "nummer");
    assert_eq!(nummer.description, "Kommunenummer");
    assert!(nummer.constraints.primary_key && nummer.required);
    assert_eq!(nummer.constraints.max_length, Some(4));
    assert_eq!(mysql.sets[0].description, "Kommuner");

    let oracle = read(
        "CREATE TABLE HR.STILLING (
            STILLING_ID NUMBER(10) NOT NULL,
            TITTEL VARCHAR2(100 CHAR),
            PROSENT NUMBER(5,2),
            ENDRET TIMESTAMP,
            CONSTRAINT STILLING_PK PRIMARY KEY (STILLING_ID)
        );
        COMMENT ON COLUMN HR.STILLING.PROSENT IS 'Stillingsprosent';",
        Dialect::Oracle,
    );
    let id = field(&oracle, "STILLING", "STILLING_ID");
    assert_eq!(id.field_type, SchemaType::Integer);
    assert!(id.constraints.primary_key);
    let prosent = field(&oracle, "STILLING", "PROSENT");
    assert_eq!(
        (prosent.field_type, prosent.description.as_str()),
        (SchemaType::Number, "Stillingsprosent")
    );
    assert_eq!(
        field(&oracle, "STILLING", "TITTEL").field_type,
        SchemaType::String
    );
}

#[test]
fn what_is_not_ddl_is_refused_naming_the_place() {
    let refused = |sql: &str| plan(sql.as_bytes(), Dialect::Postgres, "x.sql").unwrap_err();
    assert_eq!(refused("SELECT 1;"), SqlError::NoTable);
    assert_eq!(refused(""), SqlError::NoTable);
    let SqlError::Syntax { detail, .. } = refused("CREATE TABLE t (a int,, b int);\n") else {
        panic!("a broken CREATE TABLE is an error");
    };
    assert!(detail.contains("Line: 1"), "{detail}");
    assert!(matches!(
        plan(&[0xff, 0xfe, 0x00], Dialect::Generic, "x.sql").unwrap_err(),
        SqlError::Syntax { .. }
    ));
    assert!(matches!(
        refused("CREATE TABLE 'unterminated"),
        SqlError::Syntax { .. }
    ));
}

#[test]
fn names_the_catalog_would_refuse_are_renamed_and_reported() {
    let plan = read(
        "CREATE TABLE t (\"1st\" int, \"a  b\" int, a int, \"A\" int);",
        Dialect::Postgres,
    );
    let names: Vec<&str> = plan.sets[0]
        .fields
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    for name in &names {
        assert!(crate::validate::is_field_name(name), "{name}");
    }
    assert_eq!(names.len(), 4);
    assert!(!plan.renamed.is_empty());
}

/// Every set `plan` made can be stored: its name and fields are what the catalog accepts.
fn assert_storable(plan: &Plan) {
    for set in &plan.sets {
        let draft = crate::model::InformationSetDraft {
            name: set.name.clone(),
            fields: set.fields.clone(),
            ..crate::model::InformationSetDraft::default()
        };
        assert_eq!(
            crate::validate::information_set_issues(&draft, None),
            vec![],
            "{}",
            set.name
        );
    }
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// The dump with bytes changed, cut short or with statements repeated: a plan whose
        /// sets can be stored, or an error, never a panic.
        #[test]
        fn mutated_ddl_is_read_or_refused_never_a_panic(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
            cut in any::<prop::sample::Index>(),
            repeat in 1usize..4,
            dialect in prop::sample::select(Dialect::ALL.map(|(_, d)| d).to_vec()),
        ) {
            let mut bytes = POSTGRES.repeat(repeat).into_bytes();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            bytes.truncate(cut.index(bytes.len() + 1));
            if let Ok(plan) = plan(&bytes, dialect, "x.sql") {
                assert_storable(&plan);
            }
        }
    }
}

#[test]
fn the_test_schemas_can_be_stored() {
    assert_storable(&read(POSTGRES, Dialect::Postgres));
}
