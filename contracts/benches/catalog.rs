//! Catalog benchmark on a generated catalog (default 100,000 contracts with 10 fields each,
//! 1,000,000 fields): open and list a page, list a page deep in the list, search, save one
//! edit. Prints the median and p95 of each; targets from the roadmap are shown beside them.
//!
//!     cargo bench -p contracts --bench catalog            # DATAPAKT_BENCH_CONTRACTS=N to resize
//!
//! The generated catalog is kept under `target/bench/` and reused while its size matches.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use contracts::model::{ContractDraft, ContractId, Field, FieldType};
use contracts::store::Catalog;

const FIELDS_PER_CONTRACT: usize = 10;
const PAGE: usize = 100;
const WORDS: &[&str] = &[
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

fn word(n: usize) -> &'static str {
    WORDS[n % WORDS.len()]
}

fn generated(n: usize) -> ContractDraft {
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
                name: format!("{}{i}", word(n + i).replace(['ø', 'å', 'æ'], "x")),
                field_type: FieldType::ALL[i % FieldType::ALL.len()],
                required: i % 2 == 0,
                description: String::new(),
            })
            .collect(),
        ..ContractDraft::default()
    }
}

fn catalog_path(contracts: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&dir).expect("bench folder");
    dir.join(format!("catalog-{contracts}.datapakt"))
}

fn prepare(contracts: usize) -> PathBuf {
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
    let mut catalog = Catalog::create(&path, false).expect("create");
    for chunk in (0..contracts).collect::<Vec<_>>().chunks(10_000) {
        catalog
            .import_contracts(chunk.iter().map(|&n| generated(n)).collect())
            .expect("import");
    }
    eprintln!(
        "generated {contracts} contracts in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    path
}

/// Median and 95th percentile of `runs` timings of `work`.
fn measure(runs: usize, mut work: impl FnMut(usize)) -> (Duration, Duration) {
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

fn report(what: &str, (median, p95): (Duration, Duration), target: &str) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what:<34} median {:>8.2} ms   p95 {:>8.2} ms   target {target}",
        ms(median),
        ms(p95)
    );
}

fn main() {
    let contracts = std::env::var("DATAPAKT_BENCH_CONTRACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000usize);
    let path = prepare(contracts);
    println!(
        "catalog: {} contracts, {} fields",
        contracts,
        contracts * FIELDS_PER_CONTRACT
    );

    report(
        "open + first page",
        measure(20, |_| {
            let catalog = Catalog::open(&path).expect("open");
            assert_eq!(
                catalog.contracts_page(0, PAGE).expect("page").len(),
                PAGE.min(contracts)
            );
        }),
        "< 100 ms",
    );
    let mut catalog = Catalog::open(&path).expect("open");
    report(
        "page in the middle of the list",
        measure(50, |_| {
            catalog.contracts_page(contracts / 2, PAGE).expect("page");
        }),
        "< 100 ms",
    );
    let queries: Vec<String> = (0..200)
        .map(|i| format!("{} {}", word(i), &word(i * 3 + 1)[..3]))
        .collect();
    report(
        "search (two words, prefix)",
        measure(queries.len(), |i| {
            catalog.search(&queries[i]).expect("search");
        }),
        "p95 < 30 ms",
    );
    report(
        "search (one word, whole)",
        measure(WORDS.len() * 4, |i| {
            catalog.search(word(i)).expect("search");
        }),
        "p95 < 30 ms",
    );
    report(
        "findings summary (the overview's)",
        measure(5, |_| {
            contracts::checks::summary(&catalog, 10).expect("check");
        }),
        "(no target)",
    );
    report(
        "list page sorted by status",
        measure(20, |i| {
            let query = contracts::wire::ListQuery {
                entity: contracts::model::Entity::Contract,
                filter: String::new(),
                sort: 2,
                descending: i % 2 == 1,
                offset: contracts / 2,
                limit: PAGE,
            };
            contracts::items::list_page(&catalog, &query).expect("page");
        }),
        "< 100 ms",
    );
    report(
        "list page filtered by two words",
        measure(20, |i| {
            let query = contracts::wire::ListQuery {
                entity: contracts::model::Entity::Contract,
                filter: format!("{} {}", word(i), &word(i + 3)[..3]),
                sort: 0,
                descending: false,
                offset: 0,
                limit: PAGE,
            };
            contracts::items::list_page(&catalog, &query).expect("page");
        }),
        "< 100 ms",
    );
    report(
        "audit trail page, newest first",
        measure(20, |i| {
            let query = contracts::wire::ListQuery {
                entity: contracts::model::Entity::Contract,
                filter: String::new(),
                sort: 0,
                descending: true,
                offset: i * PAGE,
                limit: PAGE,
            };
            contracts::items::audit_rows(&catalog, &query).expect("page");
        }),
        "< 100 ms",
    );
    report(
        "audit trail filtered by a word",
        measure(5, |i| {
            let query = contracts::wire::ListQuery {
                entity: contracts::model::Entity::Contract,
                filter: word(i).to_owned(),
                sort: 0,
                descending: true,
                offset: 0,
                limit: PAGE,
            };
            contracts::items::audit_rows(&catalog, &query).expect("page");
        }),
        "(no target)",
    );
    report(
        "save one edit",
        measure(30, |i| {
            let id = ContractId((i * 7919 % contracts) as i64 + 1);
            let mut draft = catalog.contract(id).expect("read").draft;
            draft.version = format!("1.0.{}", i + 1);
            catalog.save_contract(Some(id), draft).expect("save");
        }),
        "< 10 ms",
    );
}
