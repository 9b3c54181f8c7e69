//! Team catalogue benchmark on the generated catalog (default 100,000 contracts; see
//! `common`): publishing it whole to an empty repository (files per second), a sync with one
//! changed item, and cloning a catalog of 10,000 contracts.
//!
//!     cargo bench -p contracts --bench team              # DATAPAKT_BENCH_CONTRACTS=N to resize
//!
//! The repositories are local bare ones made by `git` under `target/bench/team/`, made afresh
//! each run (the catalogs are copied first, so the generated ones stay unshared).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::{measure, prepare, report};
use contracts::app::items::Editing;
use contracts::app::team::Author;
use contracts::store::Catalog;

fn author() -> Author {
    Author {
        name: "Bench".into(),
        email: "bench@kommune.no".into(),
    }
}

/// A fresh folder `name` under `target/bench/team/`.
fn fresh(name: &str) -> PathBuf {
    let dir = common::bench_dir().join("team").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench folder");
    dir
}

/// An empty bare repository at `path`, made by git.
fn bare(path: &Path) -> String {
    let status = Command::new("git")
        .args(["init", "--quiet", "--bare", "--initial-branch=main"])
        .arg(path)
        .status()
        .expect("git runs");
    assert!(status.success());
    path.display().to_string()
}

/// A copy of the generated catalog of `contracts` contracts in `dir`.
fn copy_of(contracts: usize, dir: &Path) -> PathBuf {
    let source = prepare(contracts);
    let copy = dir.join("catalog.datapakt");
    Catalog::open(&source)
        .expect("open")
        .save_copy(&copy)
        .expect("copy");
    copy
}

fn main() {
    let contracts = common::catalog_size();
    let dir = fresh("publish");
    let path = copy_of(contracts, &dir);
    let url = bare(&dir.join("team.git"));
    let mut catalog = Catalog::open(&path).expect("open");

    let started = Instant::now();
    let published = contracts::app::team::publish(&mut catalog, &url, &author()).expect("publish");
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "publish {contracts} contracts ({} entries): {seconds:.1} s, {:.0} files/s",
        published.sent,
        published.sent as f64 / seconds
    );

    let ids: Vec<_> = catalog
        .contracts_page(0, 10)
        .expect("page")
        .into_iter()
        .map(|c| c.id)
        .collect();
    report(
        "sync with one changed item",
        measure(5, |run| {
            let id = ids[run % ids.len()];
            let mut draft = catalog.contract(id).expect("contract").draft;
            draft.purpose = format!("Endret {run}");
            catalog.save(Some(id), draft).expect("save");
            contracts::app::team::sync(&mut catalog, &author()).expect("sync");
        }),
        "< 1 s",
    );

    let small = 10_000;
    let dir = fresh("clone");
    let path = copy_of(small, &dir);
    let url = bare(&dir.join("team.git"));
    let mut source = Catalog::open(&path).expect("open");
    contracts::app::team::publish(&mut source, &url, &author()).expect("publish");
    let clone = dir.join("clone.datapakt");
    let started = Instant::now();
    contracts::app::team::clone(&url, &clone).expect("clone");
    println!(
        "clone {small} contracts: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
