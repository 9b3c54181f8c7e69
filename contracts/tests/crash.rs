//! Crash safety: a process saving edits in a loop is killed with SIGKILL at random moments;
//! the catalog must always open, pass SQLite's integrity check and hold every edit whose
//! commit the writer reported.
//!
//! The writer is this test binary itself, re-run with `DATAPAKT_CRASH_WRITER` set.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use contracts::app::items::Editing;
use contracts::model::{ContractDraft, Field};
use contracts::store::Catalog;

const WRITER_ENV: &str = "DATAPAKT_CRASH_WRITER";
const ROUNDS: u32 = 25;

fn edit(n: u64) -> ContractDraft {
    ContractDraft {
        title: format!("Edit {n}"),
        description: "Skrevet i en løkke som blir drept. ".repeat(20),
        owner: "Crash test".into(),
        provider_system: "Writer".into(),
        consumer_system: format!("Reader {}", n % 7),
        version: format!("1.0.{n}"),
        fields: (0..8)
            .map(|i| Field {
                name: format!("f{i}"),
                ..Field::default()
            })
            .collect(),
        ..ContractDraft::default()
    }
}

/// The writer's side: saves edit after edit, printing each number once it is committed.
#[test]
fn writer_loop() {
    let Some(path) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let mut catalog = Catalog::open(Path::new(&path)).expect("the writer opens the catalog");
    let start = catalog.list_contracts().expect("list").len() as u64;
    let mut stdout = std::io::stdout().lock();
    for n in start.. {
        catalog.save(None, edit(n)).expect("save");
        writeln!(stdout, "committed {n}")
            .and_then(|()| stdout.flush())
            .expect("report");
    }
}

/// A small deterministic generator, seeded from the clock (printed, so a failure can be
/// replayed by hand).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn a_writer_killed_at_random_moments_never_loses_a_committed_edit_or_corrupts_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.datapakt");
    drop(contracts::app::catalog::create(&path, false).unwrap());
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(7);
    eprintln!("crash test seed {seed}");
    let mut random = Lcg(seed);
    let mut committed: Option<u64> = None;

    for round in 0..ROUNDS {
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "writer_loop", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let lines = BufReader::new(writer.stdout.take().expect("piped"));
        let kill_after = Duration::from_millis(20 + random.next(200));
        let started = Instant::now();
        let reader = std::thread::spawn(move || {
            lines
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    l.strip_prefix("committed ")
                        .and_then(|n| n.parse::<u64>().ok())
                })
                .last()
        });
        while started.elapsed() < kill_after {
            std::thread::sleep(Duration::from_millis(2));
        }
        writer.kill().expect("SIGKILL");
        let _ = writer.wait();
        if let Some(last) = reader.join().expect("reader") {
            committed = Some(last);
        }

        let catalog = Catalog::open(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(
            catalog.integrity_problems().unwrap(),
            Vec::<String>::new(),
            "round {round}"
        );
        let titles: std::collections::HashSet<String> = catalog
            .list_contracts()
            .unwrap()
            .into_iter()
            .map(|c| c.title)
            .collect();
        if let Some(last) = committed {
            for n in 0..=last {
                assert!(
                    titles.contains(&format!("Edit {n}")),
                    "round {round}: edit {n} of {last} lost"
                );
            }
        }
    }
    assert!(
        committed.is_some_and(|n| n > 0),
        "the writer committed edits before being killed"
    );
}
