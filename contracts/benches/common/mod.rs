//! What the benches share: the generated catalog (default 100,000 contracts with 10 fields
//! each, kept under `target/bench/` and reused while its size matches; `DATAPAKT_BENCH_CONTRACTS`
//! resizes it) and the timing and printing of median and p95.

// Each bench binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use contracts::app::items::Editing;
use contracts::model::{ContractDraft, Field, FieldType};
use contracts::store::Catalog;

pub const FIELDS_PER_CONTRACT: usize = 10;
pub const WORDS: &[&str] = &[
    "elev",
    "skole",
    "ansatt",
    "stilling",
    "lønn",
    "faktura",
    "byggesak",
    "barnehage",
    "helse",
    "pleie",
    "sosialhjelp",
    "arkiv",
    "adresse",
    "eiendom",
    "kart",
    "vann",
    "avløp",
    "renovasjon",
    "bibliotek",
    "kultur",
    "idrett",
    "parkering",
    "tilskudd",
    "søknad",
    "vedtak",
    "klage",
];

pub fn word(n: usize) -> &'static str {
    WORDS[n % WORDS.len()]
}

/// `word(n)` as an ASCII identifier.
pub fn ascii_word(n: usize) -> String {
    word(n).replace(['ø', 'å', 'æ'], "x")
}

/// The `n`th contract of the generated catalog.
pub fn generated(n: usize) -> ContractDraft {
    ContractDraft {
        title: format!("{} og {} {n}", word(n), word(n / 7 + 3)),
        description: format!(
            "Utveksling av {} fra {} til {}, nummer {n}.",
            word(n + 1),
            word(n + 2),
            word(n + 5)
        ),
        owner: format!("Eier {}", n % 500),
        provider_system: format!("System {}", n % 300),
        consumer_system: format!("System {}", (n + 1) % 300),
        version: "1.0.0".into(),
        fields: (0..FIELDS_PER_CONTRACT)
            .map(|i| Field {
                name: format!("{}{i}", ascii_word(n + i)),
                field_type: FieldType::ALL[i % FieldType::ALL.len()],
                required: i % 2 == 0,
                description: String::new(),
            })
            .collect(),
        ..ContractDraft::default()
    }
}

/// The size of the generated catalog: `DATAPAKT_BENCH_CONTRACTS`, else 100,000.
pub fn catalog_size() -> usize {
    std::env::var("DATAPAKT_BENCH_CONTRACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000usize)
}

/// `target/bench/`, created if missing.
pub fn bench_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&dir).expect("bench folder");
    dir.canonicalize().unwrap_or(dir)
}

pub fn catalog_path(contracts: usize) -> PathBuf {
    bench_dir().join(format!("catalog-{contracts}.datapakt"))
}

/// The generated catalog of `contracts` contracts: the kept one when its size matches (an
/// older schema is migrated on open), else generated anew.
pub fn prepare(contracts: usize) -> PathBuf {
    let path = catalog_path(contracts);
    if let Ok(catalog) = Catalog::open(&path) {
        if catalog.count_contracts().ok() == Some(contracts) {
            return path;
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let started = Instant::now();
    let mut catalog = contracts::app::catalog::create(&path, false).expect("create");
    for chunk in (0..contracts).collect::<Vec<_>>().chunks(10_000) {
        catalog
            .save_all(chunk.iter().map(|&n| generated(n)).collect())
            .expect("import");
    }
    eprintln!(
        "generated {contracts} contracts in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    path
}

/// Median and 95th percentile of `runs` timings of `work`.
pub fn measure(runs: usize, mut work: impl FnMut(usize)) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|i| {
            let started = Instant::now();
            work(i);
            started.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[(runs * 95 / 100).min(runs - 1)])
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn report(what: &str, (median, p95): (Duration, Duration), target: &str) {
    println!(
        "{what:<34} median {:>8.2} ms   p95 {:>8.2} ms   target {target}",
        ms(median),
        ms(p95)
    );
}

/// Integrations in the generated portfolio.
pub const INTEGRATIONS: usize = 1_000;

/// Gives the generated catalog a portfolio once: [`INTEGRATIONS`] integrations among its 300
/// systems, each carrying its own classified information set (every third with personal
/// data), governed by the contract of the same number, every other one reusable, with some
/// safeguards. The governance reports, checks and effect goals then have work to do.
pub fn portfolio(catalog: &mut Catalog) {
    use contracts::model::{
        InformationSetDraft, IntegrationDraft, PersonalData, SchemaField, SchemaType, SystemId,
    };
    use contracts::safeguards::Safeguard;
    if !catalog.integrations().expect("integrations").is_empty() {
        return;
    }
    let started = Instant::now();
    catalog
        .all_or_nothing(|catalog| {
            for n in 0..INTEGRATIONS {
                let field = |name: &str, personal: bool| SchemaField {
                    name: name.into(),
                    field_type: SchemaType::String,
                    classification: Some((n % 4) as u8),
                    personal_data: PersonalData {
                        personal,
                        ..PersonalData::default()
                    },
                    ..SchemaField::default()
                };
                let set = catalog.save(
                    None,
                    InformationSetDraft {
                        name: format!("Sett {n}"),
                        scheme: Some("no-uh".into()),
                        fields: vec![field("id", false), field("navn", n % 3 == 0)],
                        ..InformationSetDraft::default()
                    },
                )?;
                let system = |i: usize| {
                    catalog
                        .system_id(&format!("System {}", i % 300))
                        .map(|id| id.map(SystemId))
                };
                let integration = catalog.save(
                    None,
                    IntegrationDraft {
                        name: format!("Integrasjon {n}"),
                        provider: system(n)?,
                        consumers: vec![system(n * 7 + 1)?.expect("system")],
                        reusable_via_platform: n % 2 == 0,
                        information_sets: vec![set.id],
                        safeguards: Safeguard::ALL[..n % 6].to_vec(),
                        ..IntegrationDraft::default()
                    },
                )?;
                let id = contracts::model::ContractId(n as i64 + 1);
                let mut draft = catalog.contract(id)?.draft;
                draft.information_sets = vec![set.id];
                draft.integrations = vec![integration.id];
                catalog.save(Some(id), draft)?;
            }
            Ok::<_, contracts::Error>(())
        })
        .expect("portfolio");
    eprintln!(
        "added {INTEGRATIONS} integrations in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
