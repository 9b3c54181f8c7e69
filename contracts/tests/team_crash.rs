//! A sync killed with SIGKILL at random moments — while it commits, fetches, merges, applies
//! or pushes: the catalog still opens whole, and the next sync completes with every change of
//! both sides. The team's repository is served by a git daemon on loopback, as a team's server
//! would serve it (a client killed there leaves nothing behind on the server; the lock files
//! it may leave in its own repository are cleared by the next sync).

#![cfg(all(unix, feature = "cli"))]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use contracts::app;
use contracts::app::items::Editing;
use contracts::app::team::Author;
use contracts::model::PersonDraft;
use contracts::store::Catalog;
use contracts::wire::team::SyncOutcome;

mod common;
#[allow(dead_code)]
#[path = "../src/git/test_server.rs"]
mod test_server;

const ROUNDS: u64 = 12;

/// A small deterministic generator, seeded from the clock (printed, so a failure can be
/// replayed by hand).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound.max(1)
    }
}

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase()),
    }
}

fn sync_command(catalog: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_datapakt"));
    command.args(["sync", "--catalog"]).arg(catalog);
    command
}

/// Adds a person named `name` to the catalog at `path`.
fn add_person(path: &Path, name: &str) {
    let mut catalog = Catalog::open(path).unwrap();
    let person = PersonDraft {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase().replace(' ', ".")),
        ..PersonDraft::default()
    };
    catalog.save(None, person).unwrap();
}

fn names(catalog: &Catalog) -> Vec<String> {
    let mut names: Vec<String> = catalog
        .people()
        .unwrap()
        .into_iter()
        .map(|p| p.draft.name)
        .collect();
    names.sort();
    names
}

#[test]
fn a_sync_killed_at_any_moment_leaves_both_consistent_and_the_next_sync_completes() {
    let dir = tempfile::tempdir().unwrap();
    common::bare_repository(&dir.path().join("team.git"));
    let server = test_server::GitServer::start(dir.path());
    let url = format!("{}team.git", server.url);
    let kari = dir.path().join("kari.datapakt");
    let sven = dir.path().join("sven.datapakt");
    let mut catalog = app::catalog::create(&kari, true).unwrap();
    app::team::publish(&mut catalog, &url, &author("Kari")).unwrap();
    drop(catalog);
    drop(app::team::clone(&url, &sven).unwrap());

    // How long a sync with a change on each side takes, to kill within it.
    add_person(&kari, "Kari Start");
    add_person(&sven, "Sven Start");
    app::team::sync(&mut Catalog::open(&sven).unwrap(), &author("Sven")).unwrap();
    let started = Instant::now();
    assert!(sync_command(&kari).status().unwrap().success());
    let typical = started.elapsed().as_millis() as u64;

    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    println!("seed {seed}, a sync takes {typical} ms");
    let mut random = Lcg(seed);
    for round in 0..ROUNDS {
        add_person(&kari, &format!("Kari {round}"));
        add_person(&sven, &format!("Sven {round}"));
        let mut theirs = Catalog::open(&sven).unwrap();
        app::team::sync(&mut theirs, &author("Sven")).unwrap();
        drop(theirs);

        let mut child = sync_command(&kari).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(random.below(typical * 3 / 2)));
        let _ = child.kill();
        let _ = child.wait();

        let opened = Catalog::open(&kari).unwrap();
        assert_eq!(
            opened.integrity_problems().unwrap(),
            Vec::<String>::new(),
            "round {round}"
        );
        assert!(
            names(&opened).contains(&format!("Kari {round}")),
            "round {round}: the edit is kept"
        );
        drop(opened);
        let finished = sync_command(&kari).output().unwrap();
        assert!(
            finished.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&finished.stderr)
        );
    }
    let mut theirs = Catalog::open(&sven).unwrap();
    let report = app::team::sync(&mut theirs, &author("Sven")).unwrap();
    assert_eq!(report.outcome, SyncOutcome::InSync);
    let ours = Catalog::open(&kari).unwrap();
    assert_eq!(names(&ours), names(&theirs));
    for round in 0..ROUNDS {
        for who in ["Kari", "Sven"] {
            assert!(
                names(&ours).contains(&format!("{who} {round}")),
                "{who} {round}"
            );
        }
    }
}
