//! Access register benchmark on a generated catalog (default 10,000 grants over 1,000
//! approved contracts, each governing its own integration): the register's report, the
//! overview's findings summary (every rule, the register's three included) and the grant
//! list's first page. Prints the median and p95 of each.
//!
//!     cargo bench -p contracts --bench access             # DATAPAKT_BENCH_GRANTS=N to resize
//!
//! The generated catalog is kept under `target/bench/` and reused while its size matches.

mod common;

use common::{bench_dir, generated, measure, report};
use contracts::app::items::Editing;
use contracts::i18n::Translator;
use contracts::model::{
    Consumer, ContractStatus, Entity, GrantDraft, IntegrationDraft, Lang, SystemDraft, SystemId,
};
use contracts::store::Catalog;
use contracts::wire::{ListQuery, ReportKind};

/// Approved contracts (and integrations) the grants are spread over.
const CONTRACTS: usize = 1_000;
/// Systems the contracts connect (as the catalog bench names them).
const SYSTEMS: usize = 300;

fn grants() -> usize {
    std::env::var("DATAPAKT_BENCH_GRANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// The generated catalog: the kept one when it holds `grants` grants, else made anew.
fn prepare(grants: usize) -> std::path::PathBuf {
    let path = bench_dir().join(format!("access-{grants}.datapakt"));
    if let Ok(catalog) = Catalog::open(&path) {
        if catalog.grants().map(|g| g.len()).ok() == Some(grants) {
            return path;
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let started = std::time::Instant::now();
    let mut catalog = contracts::app::catalog::create(&path, false).expect("create");
    catalog
        .all_or_nothing(|catalog| {
            let systems: Vec<SystemId> = (0..SYSTEMS)
                .map(|n| {
                    let draft = SystemDraft {
                        name: format!("System {n}"),
                        ..SystemDraft::default()
                    };
                    catalog.save(None, draft).map(|s| s.id)
                })
                .collect::<Result<_, _>>()?;
            let mut contracts = Vec::with_capacity(CONTRACTS);
            for n in 0..CONTRACTS {
                let integration = catalog.save(
                    None,
                    IntegrationDraft {
                        name: format!("Integrasjon {n}"),
                        provider: Some(systems[n % SYSTEMS]),
                        consumers: vec![systems[(n + 1) % SYSTEMS]],
                        ..IntegrationDraft::default()
                    },
                )?;
                let mut draft = generated(n);
                draft.integrations = vec![integration.id];
                let contract = catalog.save(None, draft)?.id;
                for status in [ContractStatus::InReview, ContractStatus::Approved] {
                    catalog.set_contract_status(contract, status)?;
                }
                contracts.push((contract, integration.id, systems[(n + 1) % SYSTEMS]));
            }
            for g in 0..grants {
                let (contract, integration, consumer) = contracts[g % CONTRACTS];
                let month = g % 12 + 1;
                catalog.save(
                    None,
                    GrantDraft {
                        integration: Some(integration),
                        consumer: Some(Consumer::System(consumer)),
                        contract: Some(contract),
                        granted_on: format!("2026-{month:02}-01"),
                        valid_until: "2028-12-31".into(),
                        ..GrantDraft::default()
                    },
                )?;
            }
            Ok::<_, contracts::Error>(())
        })
        .expect("generate");
    eprintln!(
        "generated {grants} grants in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    path
}

fn main() {
    let grants = grants();
    let path = prepare(grants);
    println!("catalog: {grants} grants under {CONTRACTS} approved contracts");
    let catalog = Catalog::open(&path).expect("open");
    let t = Translator::new(Lang::En);
    report(
        "access report",
        measure(10, |_| {
            let report =
                contracts::app::reports::build(&catalog, ReportKind::Access, &t).expect("report");
            assert_eq!(report.rows.len(), grants);
        }),
        "< 1 s",
    );
    report(
        "findings summary (the overview's)",
        measure(10, |_| {
            contracts::app::checks::summary(&catalog, 10).expect("check");
        }),
        "(no target)",
    );
    report(
        "grant list, first page",
        measure(10, |_| {
            let query = ListQuery {
                entity: Entity::AccessGrant,
                filter: String::new(),
                sort: 3,
                descending: false,
                offset: 0,
                limit: 100,
            };
            contracts::app::items::list_page(&catalog, &query).expect("page");
        }),
        "< 100 ms",
    );
}
