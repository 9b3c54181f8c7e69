//! Fuzzing every reader of a file a user may be handed: each target mutates a real document
//! of its format (bytes deleted, repeated, replaced, and tokens of the format's grammar —
//! anchors and aliases, brackets, references, tags — inserted) or makes one up, and reads it
//! as the import would. A reader may refuse, never panic, hang or abort.
//!
//! Each target runs `PROPTEST_CASES` inputs (proptest's default, 256, in the test suite; the
//! long run outside CI: `PROPTEST_CASES=1000000 cargo test --release -p contracts --lib
//! fuzz::`). `DATAPAKT_FUZZ_REPORT=1` prints each target's count and slowest input.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::formats;

/// Fragments of the formats' grammars, inserted at random places.
const TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "{",
    "}",
    "[",
    "]",
    "\n  ",
    "\n- ",
    ": ",
    "- ",
    "!!binary ",
    "!tag ",
    "\"",
    "'",
    "\\u0000",
    "\u{0}",
    "\u{202e}",
    "\u{feff}",
    "\t",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "? ",
    "|\n",
    ">-\n",
    "$ref: '#/components/schemas/x'\n",
    "\"$ref\": \"#/$defs/x\"",
    "\"$ref\": \"other.json#/a\"",
    "type: object\n",
    "properties:\n",
    "items:\n",
    "allOf: [",
    "<xs:element name=\"a\" type=\"b\"/>",
    "<xs:complexType>",
    "</xs:complexType>",
    "<!DOCTYPE x [<!ENTITY e \"e\">]>",
    "&e;",
    "<![CDATA[",
    "]]>",
    "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"",
    "/>",
    "<",
    "CREATE TABLE t (",
    "a INT,",
    "PRIMARY KEY (a)",
    ")",
    ";",
    "--",
    "/*",
    "*/",
    "REFERENCES ",
    "ALTER TABLE t ADD ",
    "9999999999999999999999",
    "-1",
    "1e999",
    "NaN",
    "null",
    "true",
];

/// One change to a document.
#[derive(Debug, Clone)]
enum Mutation {
    /// Removes up to `len` bytes at `at`.
    Delete { at: usize, len: usize },
    /// Inserts a grammar token at `at`.
    Insert { at: usize, token: &'static str },
    /// Replaces the byte at `at`.
    Replace { at: usize, byte: u8 },
    /// Copies up to `len` bytes from `from` to `at`, `times` times.
    Repeat {
        from: usize,
        len: usize,
        at: usize,
        times: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), prop::sample::select(TOKENS))
            .prop_map(|(at, token)| Mutation::Insert { at, token }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace { at, byte }),
        (any::<usize>(), 1..256usize, any::<usize>(), 1..8usize).prop_map(
            |(from, len, at, times)| Mutation::Repeat {
                from,
                len,
                at,
                times
            }
        ),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for change in mutations {
        let n = bytes.len().max(1);
        match *change {
            Mutation::Delete { at, len } => {
                let at = at % n;
                let end = (at + len).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Mutation::Insert { at, token } => {
                let at = (at % n).min(bytes.len());
                bytes.splice(at..at, token.bytes());
            }
            Mutation::Replace { at, byte } => {
                if let Some(b) = bytes.get_mut(at % n) {
                    *b = byte;
                }
            }
            Mutation::Repeat {
                from,
                len,
                at,
                times,
            } => {
                let from = from % n;
                let end = (from + len).min(bytes.len());
                let chunk: Vec<u8> = bytes.get(from..end).unwrap_or_default().to_vec();
                let at = (at % n).min(bytes.len());
                for _ in 0..times {
                    bytes.splice(at..at, chunk.iter().copied());
                }
            }
        }
    }
    bytes
}

/// A real document of the format mutated, or (one time in eight) bytes made up.
fn input(seed: fn() -> &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        7 => prop::collection::vec(mutation(), 0..12).prop_map(move |m| apply(seed().to_vec(), &m)),
        1 => prop::collection::vec(any::<u8>(), 0..512),
    ]
}

/// Counts inputs and the slowest one of a target, printed at the end when asked.
struct Tally {
    name: &'static str,
    count: u64,
    slowest: Duration,
}

impl Tally {
    fn new(name: &'static str) -> Tally {
        Tally {
            name,
            count: 0,
            slowest: Duration::ZERO,
        }
    }

    fn time<T>(&mut self, work: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = work();
        self.count += 1;
        self.slowest = self.slowest.max(start.elapsed());
        out
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        if std::env::var_os("DATAPAKT_FUZZ_REPORT").is_some() {
            eprintln!(
                "fuzz {}: {} inputs, slowest {:?}",
                self.name, self.count, self.slowest
            );
        }
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The demo catalog, its export of contract 1 as ODCS, and its team files: real documents.
struct Demo {
    odcs: Vec<u8>,
    json_schema: Vec<u8>,
    catalog: Vec<u8>,
    repo_entry: (String, Vec<u8>),
}

fn demo() -> &'static Demo {
    static DEMO: OnceLock<Demo> = OnceLock::new();
    DEMO.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a scratch folder");
        let path = dir.path().join("demo.datapakt");
        let catalog = crate::app::catalog::create(&path, true).expect("the demo");
        let contract = catalog
            .contract(crate::model::ContractId(1))
            .expect("contract 1");
        let context = crate::app::export_context(&catalog, &contract).expect("its context");
        let odcs = formats::odcs::contract_odcs_yaml(&contract, &context);
        let set = catalog
            .information_sets()
            .expect("sets")
            .into_iter()
            .next()
            .expect("a set");
        let json_schema = serde_json::to_vec_pretty(&set.draft.json_schema()).expect("JSON");
        let snapshot = crate::app::team::snapshot(&catalog).expect("the snapshot");
        let files = formats::repo::files::write(&snapshot, "demo");
        let repo_entry = files
            .iter()
            .find(|(name, _)| name.ends_with(".json"))
            .map(|(name, bytes)| (name.clone(), bytes.clone()))
            .expect("a JSON entry");
        crate::app::catalog::close(catalog).expect("closed");
        Demo {
            odcs,
            json_schema,
            catalog: std::fs::read(&path).expect("the file"),
            repo_entry,
        }
    })
}

const OPENAPI: &str = include_str!("../tests/fixtures/openapi/registry-3.1.yaml");
const SQL: &str =
    "CREATE TABLE elev (\n  id INT PRIMARY KEY,\n  fodselsnummer CHAR(11) NOT NULL,\n  \
    navn VARCHAR(200) COMMENT 'Elevens navn',\n  skole_id INT REFERENCES skole(id)\n);\n\
    CREATE TABLE skole (id INT PRIMARY KEY, navn TEXT);\n\
    ALTER TABLE elev ADD CONSTRAINT c CHECK (id > 0);\nCOMMENT ON COLUMN skole.navn IS 'Navn';\n";
const XSD: &str = r#"<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x" xmlns:t="urn:x">
  <xs:element name="Elev" type="t:Elev"/>
  <xs:complexType name="Elev">
    <xs:sequence>
      <xs:element name="navn" type="xs:string" minOccurs="1"/>
      <xs:element name="adresse" type="t:Adresse" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:int" use="required"/>
  </xs:complexType>
  <xs:complexType name="Adresse"><xs:sequence>
    <xs:element name="gate"><xs:simpleType><xs:restriction base="xs:string">
      <xs:maxLength value="80"/></xs:restriction></xs:simpleType></xs:element>
  </xs:sequence></xs:complexType>
</xs:schema>"#;
const PREFERENCES: &str =
    r#"{"language":"nn","author":"Åse","email":"a@b.no","theme":"dark","recent":["/a.datapakt"]}"#;

proptest! {
    #![proptest_config(config())]

    #[test]
    fn odcs_documents(bytes in input(|| &demo().odcs)) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("odcs")));
        let schemes = crate::classification_defaults::shipped_schemes();
        let text = String::from_utf8_lossy(&bytes);
        TALLY.with_borrow_mut(|t| t.time(|| {
            let _ = formats::odcs::read::plan(std::path::Path::new("x.odcs.yaml"), &text, &schemes, &Default::default());
        }));
    }

    #[test]
    fn openapi_documents(bytes in input(|| OPENAPI.as_bytes())) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("openapi")));
        TALLY.with_borrow_mut(|t| t.time(|| { let _ = formats::openapi::read::plan(&bytes); }));
    }

    #[test]
    fn json_schemas(bytes in input(|| &demo().json_schema)) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("jsonschema")));
        TALLY.with_borrow_mut(|t| t.time(|| { let _ = formats::jsonschema::plan(&bytes, "x"); }));
    }

    #[test]
    fn sql_ddl(bytes in input(|| SQL.as_bytes()), dialect in prop::sample::select(formats::sql::Dialect::ALL.to_vec())) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("sql")));
        TALLY.with_borrow_mut(|t| t.time(|| { let _ = formats::sql::plan(&bytes, dialect.1, "x"); }));
    }

    #[test]
    fn xsd_and_wsdl(bytes in input(|| XSD.as_bytes())) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("xsd")));
        TALLY.with_borrow_mut(|t| t.time(|| { let _ = formats::xsd::plan(&bytes, "x"); }));
    }

    #[test]
    fn team_catalogue_entries(bytes in input(|| &demo().repo_entry.1)) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("team entries")));
        let mut files = formats::repo::files::frame("demo");
        files.insert(demo().repo_entry.0.clone(), bytes);
        TALLY.with_borrow_mut(|t| t.time(|| { let _ = formats::repo::files::read(&files); }));
    }

    #[test]
    fn catalog_files(bytes in input(|| &demo().catalog)) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("catalog header")));
        let dir = tempfile::tempdir().expect("a scratch folder");
        let path = dir.path().join("x.datapakt");
        std::fs::write(&path, &bytes).expect("written");
        // Read-only, as a file someone mailed: opened, listed, or refused.
        let mut permissions = std::fs::metadata(&path).expect("metadata").permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).expect("read-only");
        TALLY.with_borrow_mut(|t| t.time(|| {
            if let Ok(catalog) = crate::app::catalog::open(&path) {
                let _ = catalog.list_contracts();
            }
        }));
    }

    #[test]
    fn preferences_files(bytes in input(|| PREFERENCES.as_bytes())) {
        thread_local!(static TALLY: std::cell::RefCell<Tally> = std::cell::RefCell::new(Tally::new("preferences")));
        let dir = tempfile::tempdir().expect("a scratch folder");
        let path = dir.path().join("preferences.json");
        std::fs::write(&path, &bytes).expect("written");
        let loaded = TALLY.with_borrow_mut(|t| t.time(|| crate::app::catalog::load_preferences(&path)));
        // Either read, or kept aside whole.
        if let Some(kept) = loaded.set_aside {
            prop_assert_eq!(std::fs::read(kept).expect("kept"), bytes);
        }
    }
}
