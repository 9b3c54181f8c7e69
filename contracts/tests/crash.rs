//! Crash safety: a process saving edits in a loop is killed with SIGKILL at random moments;
//! the catalog must always open, pass SQLite's integrity check and hold every edit whose
//! commit the writer reported.
//!
//! The writer is this test binary itself, re-run with `DATAPAKT_CRASH_WRITER` set.
//!
//! The files' life too: a process that upgrades an older catalog, creates catalogs with the
//! demo, saves copies and exports every contract, killed at random moments over 200 rounds,
//! leaves each file whole or absent — never a half-seeded catalog, a half-copied one, or a
//! cut export — and everything it reported done is there (`DATAPAKT_CRASH_LIFECYCLE`).

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

const LIFECYCLE_ENV: &str = "DATAPAKT_CRASH_LIFECYCLE";
const LIFECYCLE_ROUNDS: u32 = 200;

/// The file lifecycle's writer: in the folder and with the round prefix it is given, upgrades
/// `<prefix>old.datapakt`, then creates demo catalogs, copies and exports them in a loop,
/// printing each step once it is done.
#[test]
fn lifecycle_loop() {
    let Some(given) = std::env::var_os(LIFECYCLE_ENV) else {
        return;
    };
    let given = std::path::PathBuf::from(given);
    let (dir, prefix) = (
        given.parent().expect("a folder"),
        given.file_name().expect("a prefix").to_string_lossy(),
    );
    let mut stdout = std::io::stdout().lock();
    let mut say = |what: &str| {
        writeln!(stdout, "{what}")
            .and_then(|()| stdout.flush())
            .expect("report");
    };
    let old = contracts::app::catalog::open(&dir.join(format!("{prefix}old.datapakt")))
        .expect("the old catalog opens");
    contracts::app::catalog::close(old).expect("closed");
    say("upgraded");
    for n in 0.. {
        let demo = dir.join(format!("{prefix}demo-{n}.datapakt"));
        let catalog = contracts::app::catalog::create(&demo, true).expect("created");
        say(&format!("created {n}"));
        contracts::app::catalog::save_copy(
            &catalog,
            &dir.join(format!("{prefix}copy-{n}.datapakt")),
        )
        .expect("copied");
        say(&format!("copied {n}"));
        let request =
            contracts::wire::ExportRequest::of(contracts::wire::ExportTarget::AllContracts);
        let rendered =
            contracts::app::export::render(&catalog, &request, contracts::model::Lang::En)
                .expect("rendered");
        let folder = dir.join(format!("{prefix}export-{n}"));
        contracts::app::export::write(&catalog, &rendered, &folder, |_, _| {}).expect("exported");
        say(&format!("exported {n}"));
        contracts::app::catalog::close(catalog).expect("closed");
    }
}

/// `path` as a whole demo catalog (or its copy): it opens, SQLite finds nothing wrong, and
/// all five of the demo's contracts are there.
fn assert_whole_demo(path: &Path, round: u32) {
    let catalog = Catalog::open(path).unwrap_or_else(|e| panic!("round {round}: {e}"));
    assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
    assert_eq!(
        catalog.list_contracts().unwrap().len(),
        5,
        "round {round}: {} is half-made",
        path.display()
    );
}

#[test]
fn files_being_made_copied_upgraded_or_exported_are_whole_or_absent_whenever_the_process_dies() {
    let dir = tempfile::tempdir().unwrap();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(11);
    eprintln!("lifecycle crash test seed {seed}");
    let mut random = Lcg(seed);
    let old_sql = include_str!("../src/store/fixtures/catalog-v23.sql");
    let mut upgraded_rounds = 0;
    for round in 0..LIFECYCLE_ROUNDS {
        let prefix = format!("r{round}-");
        let old = dir.path().join(format!("{prefix}old.datapakt"));
        rusqlite::Connection::open(&old)
            .and_then(|conn| conn.execute_batch(old_sql))
            .expect("the old catalog");
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "lifecycle_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(LIFECYCLE_ENV, dir.path().join(&prefix))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let lines = BufReader::new(writer.stdout.take().expect("piped"));
        let reader =
            std::thread::spawn(move || lines.lines().map_while(Result::ok).collect::<Vec<_>>());
        std::thread::sleep(Duration::from_millis(10 + random.next(400)));
        writer.kill().expect("SIGKILL");
        let _ = writer.wait();
        // The test harness's own "test lifecycle_loop ... " may lead the first line.
        let said: Vec<String> = reader
            .join()
            .expect("reader")
            .iter()
            .map(|line| line.rsplit("... ").next().unwrap_or(line).to_owned())
            .collect();

        // What it said it did is there.
        let done = |what: &str| said.iter().any(|line| line == what);
        if done("upgraded") {
            upgraded_rounds += 1;
        }
        for line in &said {
            let Some((what, n)) = line.split_once(' ') else {
                continue;
            };
            let name = match what {
                "created" => format!("{prefix}demo-{n}.datapakt"),
                "copied" => format!("{prefix}copy-{n}.datapakt"),
                "exported" => format!("{prefix}export-{n}"),
                _ => continue,
            };
            assert!(
                dir.path().join(&name).exists(),
                "round {round}: {name} said {what}, but is not there"
            );
        }
        // Whatever is there is whole.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Some(rest) = name.strip_prefix(&prefix) else {
                continue;
            };
            if rest.starts_with("demo-") || rest.starts_with("copy-") {
                if rest.ends_with(".datapakt") {
                    assert_whole_demo(&path, round);
                }
            } else if rest.starts_with("export-") {
                for file in std::fs::read_dir(&path).unwrap() {
                    let file = file.unwrap().path();
                    let bytes = std::fs::read(&file).unwrap();
                    let whole = match file.extension().and_then(|e| e.to_str()) {
                        Some("yaml") => yaml_serde::from_slice::<serde_json::Value>(&bytes)
                            .is_ok_and(|v| v.get("apiVersion").is_some()),
                        Some("json") => serde_json::from_slice::<serde_json::Value>(&bytes).is_ok(),
                        _ => true,
                    };
                    assert!(whole, "round {round}: {} is cut", file.display());
                }
            } else if rest.starts_with("old.before-upgrade-") {
                let kept = rusqlite::Connection::open(&path).unwrap();
                let version: i64 = kept
                    .pragma_query_value(None, "user_version", |r| r.get(0))
                    .unwrap();
                let check: String = kept
                    .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(
                    (version, check.as_str()),
                    (23, "ok"),
                    "round {round}: the kept copy"
                );
            }
        }
        // The old catalog opens, upgraded now if it was not yet, with its five contracts.
        let catalog = Catalog::open(&old).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(catalog.integrity_problems().unwrap(), Vec::<String>::new());
        assert_eq!(catalog.list_contracts().unwrap().len(), 5, "round {round}");
    }
    assert!(upgraded_rounds > 0, "the writer got as far as upgrading");
}
