//! Catalog benchmark on a generated catalog (default 100,000 contracts with 10 fields each,
//! 1,000,000 fields; then 1,000 integrations with their information sets): open and list a
//! page, list a page deep in the list, search, the governance reports, save one edit. Prints the median and p95 of each; targets from the roadmap are shown beside them.
//! 1,000,000 fields, and 1,000 integration requests at the desk): open and list a page, list
//! a page deep in the list, search, save one edit, the desk's list and report. Prints the
//! median and p95 of each; targets from the roadmap are shown beside them.
//!
//!     cargo bench -p contracts --bench catalog            # DATAPAKT_BENCH_CONTRACTS=N to resize
//!
//! The generated catalog is kept under `target/bench/` and reused while its size matches.

mod common;

use common::{measure, prepare, report, word, FIELDS_PER_CONTRACT, WORDS};
use contracts::app::items::Editing;
use contracts::model::ContractId;
use contracts::store::Catalog;

const PAGE: usize = 100;

fn main() {
    let contracts = common::catalog_size();
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
    desk_requests(&mut catalog, 1_000);
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
            contracts::app::checks::summary(&catalog, 10).expect("check");
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
            contracts::app::items::list_page(&catalog, &query).expect("page");
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
            contracts::app::items::list_page(&catalog, &query).expect("page");
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
            contracts::app::items::audit_rows(&catalog, &query).expect("page");
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
            contracts::app::items::audit_rows(&catalog, &query).expect("page");
        }),
        "(no target)",
    );
    common::portfolio(&mut catalog);
    for kind in contracts::wire::ReportKind::ALL {
        let t = contracts::i18n::Translator::new(contracts::model::Lang::En);
        report(
            &format!(
                "report {} ({} integrations)",
                kind.as_str(),
                common::INTEGRATIONS
            ),
            measure(5, |_| {
                contracts::app::reports::build(&catalog, kind, &t).expect("report");
            }),
            "< 1 s",
        );
    }
    report(
        "desk: request list, overdue first",
        measure(20, |_| {
            let query = contracts::wire::ListQuery {
                entity: contracts::model::Entity::Request,
                filter: String::new(),
                sort: 0,
                descending: false,
                offset: 0,
                limit: PAGE,
            };
            contracts::app::items::list_page(&catalog, &query).expect("page");
        }),
        "< 100 ms",
    );
    report(
        "report requests",
        measure(10, |_| {
            let t = contracts::i18n::Translator::new(contracts::model::Lang::En);
            contracts::app::reports::build(&catalog, contracts::wire::ReportKind::Requests, &t)
                .expect("report");
        }),
        "< 1 s",
    );
    report(
        "save one edit",
        measure(30, |i| {
            let id = ContractId((i * 7919 % contracts) as i64 + 1);
            let mut draft = catalog.contract(id).expect("read").draft;
            draft.version = format!("1.0.{}", i + 1);
            catalog.save(Some(id), draft).expect("save");
        }),
        "< 10 ms",
    );
}

/// Adds integration requests until the desk holds `count`: outside askers, a quarter of them
/// resolved, follow-up days spread around today (about a third overdue).
fn desk_requests(catalog: &mut Catalog, count: usize) {
    use contracts::model::{Asker, RequestDraft, RequestNote, RequestStatus};
    let have = catalog.requests().expect("requests").len();
    if have >= count {
        return;
    }
    catalog
        .all_or_nothing(|catalog| {
            for n in have..count {
                let saved = catalog.save(
                    None,
                    RequestDraft {
                        title: format!("{} {} {n}", word(n), word(n * 7 + 3)),
                        asker: Asker::Outside {
                            name: format!("Asker {n}"),
                            organisation: word(n * 5).to_owned(),
                        },
                        information: format!("{} {}", word(n * 3), word(n * 11 + 1)),
                        purpose: word(n * 13 + 2).to_owned(),
                        opened_on: Some(catalog.day_from_today(-60)?),
                        follow_up: Some(catalog.day_from_today(n as i64 % 90 - 30)?),
                        notes: vec![RequestNote {
                            text: word(n * 17).to_owned(),
                            ..RequestNote::default()
                        }],
                        ..RequestDraft::default()
                    },
                )?;
                if n % 4 == 0 {
                    let mut draft = saved.draft;
                    draft.status = RequestStatus::Resolved;
                    catalog.save(Some(saved.id), draft)?;
                }
            }
            Ok::<_, contracts::Error>(())
        })
        .expect("requests");
}
