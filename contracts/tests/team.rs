//! The team catalogue from the command line, as a pipeline or a user at a terminal runs it:
//! publish, clone, sync, a conflict resolved, and `check` on a folder `git` checked out.

#![cfg(feature = "cli")]

use std::process::Command;

use contracts::app::items::Editing;

mod common;
#[path = "common/git_http.rs"]
mod git_http;

use std::path::Path;
use std::process::Output;

use common::{arg, bare_repository, run as datapakt};
use git_http::GitHttp;

fn ok(args: &[&str]) -> String {
    let output = datapakt(args);
    assert!(
        output.status.success(),
        "datapakt {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn git(args: &[&str]) {
    let status = Command::new("git").args(args).status().expect("git runs");
    assert!(status.success(), "git {args:?}");
}

#[test]
fn publish_clone_sync_resolve_and_check_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let remote = dir.path().join("team.git");
    bare_repository(&remote);
    let (kari, sven) = (
        dir.path().join("kari.datapakt"),
        dir.path().join("sven.datapakt"),
    );
    let (k, s, url) = (arg(&kari), arg(&sven), arg(&remote));

    ok(&["init", "--catalog", k, "--demo"]);
    assert!(ok(&["remote", "--catalog", k]).contains("not shared"));
    let published = ok(&["remote", "--catalog", k, url]);
    assert!(published.starts_with("in sync:"), "{published}");
    assert_eq!(ok(&["remote", "--catalog", k]).trim(), url);
    let cloned = ok(&["clone", url, "--catalog", s]);
    assert!(cloned.contains("contracts"), "{cloned}");
    let refused = datapakt(&["clone", url, "--catalog", s]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "an existing file is never replaced"
    );

    // The same setting changed both ways: a conflict, exit 3, nothing pushed.
    ok(&["settings", "--catalog", k, "--default-profile", "se-rest"]);
    ok(&["settings", "--catalog", s, "--default-profile", "ks-fiks"]);
    ok(&["sync", "--catalog", k]);
    // Sven's status counts Kari's change once it has fetched the remote's news.
    let counted = |args: &[&str]| -> u64 {
        let status: serde_json::Value = serde_json::from_str(&ok(args)).unwrap();
        status["incoming"].as_u64().unwrap()
    };
    assert_eq!(counted(&["status", "--catalog", s, "--json"]), 0);
    assert_eq!(counted(&["status", "--catalog", s, "--json", "--fetch"]), 1);
    let sync = datapakt(&["sync", "--catalog", s, "--json"]);
    assert_eq!(
        sync.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&sync.stderr)
    );
    let status: serde_json::Value =
        serde_json::from_str(&ok(&["status", "--catalog", s, "--json"])).unwrap();
    let conflict = &status["conflicts"][0];
    assert_eq!(conflict["item"], "settings:catalog");
    assert_eq!(conflict["field"], "default_api_profile");
    assert_eq!(conflict["mine"], "ks-fiks");
    assert_eq!(conflict["theirs"], "se-rest");
    let wrong = datapakt(&[
        "resolve",
        "--catalog",
        s,
        "--item",
        "contract:1",
        "--field",
        "title",
        "--take",
        "mine",
    ]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("no conflict waits"));
    ok(&[
        "resolve",
        "--catalog",
        s,
        "--item",
        "settings:catalog",
        "--field",
        "default_api_profile",
        "--take",
        "theirs",
    ]);
    assert!(ok(&["sync", "--catalog", s]).starts_with("in sync"));
    ok(&["sync", "--catalog", k]);
    for catalog in [k, s] {
        assert!(ok(&["settings", "--catalog", catalog]).starts_with("default-profile: se-rest\n"));
        let status: serde_json::Value =
            serde_json::from_str(&ok(&["status", "--catalog", catalog, "--json"])).unwrap();
        assert_eq!(
            (status["local"].as_u64(), status["incoming"].as_u64()),
            (Some(0), Some(0))
        );
    }

    // A pipeline checks out the repository with git and checks it without a catalog.
    let checkout = dir.path().join("checkout");
    git(&["clone", "--quiet", url, arg(&checkout)]);
    for file in ["datapakt.yaml", "README.md", "settings.yaml"] {
        assert!(checkout.join(file).is_file(), "{file}");
    }
    // Contract files sit in folders by the first two characters of their uids: count files,
    // not folders (two uids may share a folder).
    let contracts = files_under(&checkout.join("contracts"));
    assert!(contracts >= 5, "{contracts} contract files");
    let check = datapakt(&["check", arg(&checkout), "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let validate = datapakt(&["validate", "--catalog", k, "--json"]);
    let findings: serde_json::Value = serde_json::from_slice(&validate.stdout).unwrap();
    let messages = |list: &serde_json::Value| {
        let mut messages: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {} {}", f["rule"], f["entity"], f["title"]))
            .collect();
        messages.sort();
        messages
    };
    assert_eq!(
        messages(&report["findings"]),
        messages(&findings),
        "the folder breaks the rules the catalog breaks"
    );
    assert_eq!(check.status.code(), validate.status.code());
    for finding in report["findings"].as_array().unwrap() {
        let file = finding["file"].as_str().unwrap();
        assert!(checkout.join(file).is_file(), "{finding}");
    }
    // `breaking` reads the contract files of two commits: a field taken away breaks consumers.
    let file = std::fs::read_dir(checkout.join("contracts"))
        .unwrap()
        .flat_map(|shard| std::fs::read_dir(shard.unwrap().path()).unwrap())
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.to_string_lossy()
                .contains("elevregister-til-elevportalen")
        })
        .expect("the contract's file");
    let mut catalog = contracts::store::Catalog::open(&kari).unwrap();
    let id = catalog
        .list_contracts()
        .unwrap()
        .into_iter()
        .find(|c| c.title == "Elevregister til elevportalen")
        .unwrap()
        .id;
    let mut draft = catalog.contract(id).unwrap().draft;
    draft.fields.pop();
    catalog.save(Some(id), draft).unwrap();
    drop(catalog);
    ok(&["sync", "--catalog", k]);
    git(&["-C", arg(&checkout), "pull", "--quiet"]);
    let old = dir.path().join("old.odcs.yaml");
    let relative = file
        .strip_prefix(&checkout)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let shown = Command::new("git")
        .args(["-C", arg(&checkout), "show", &format!("HEAD~1:{relative}")])
        .output()
        .unwrap();
    std::fs::write(&old, shown.stdout).unwrap();
    let same = datapakt(&["breaking", "--old", arg(&old), "--new", arg(&old)]);
    assert_eq!(
        same.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&same.stderr)
    );
    let broken = datapakt(&["breaking", "--old", arg(&old), "--new", arg(&file)]);
    assert_eq!(
        broken.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&broken.stderr)
    );

    // A broken file fails the check with its name.
    let broken = checkout.join("people/broken--x.yaml");
    std::fs::write(&broken, "uid: x\nname: [\n").unwrap();
    let check = datapakt(&["check", arg(&checkout)]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stderr).contains("people/broken--x.yaml"));
}

/// Runs the CLI for a user whose home (where git's configuration is) is `home`.
fn datapakt_at(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datapakt"))
        .args(args)
        .env("HOME", home)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("GIT_CONFIG_GLOBAL")
        .output()
        .unwrap_or_else(|e| panic!("datapakt {args:?}: {e}"))
}

/// What `output` printed, both streams.
fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Gives the user at `home` a git credential helper that answers `password` for `url`.
fn credential_helper(home: &Path, url: &str, password: &str) {
    let store = home.join("git-credentials");
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.split('/').next().unwrap();
    std::fs::write(&store, format!("{scheme}://kari:{password}@{host}\n")).unwrap();
    std::fs::write(
        home.join(".gitconfig"),
        format!(
            "[credential]\n\thelper = store --file={}\n",
            store.display()
        ),
    )
    .unwrap();
}

#[test]
fn https_credentials_come_from_the_git_credential_helper_and_a_refusal_says_what_to_check() {
    let dir = tempfile::tempdir().unwrap();
    bare_repository(&dir.path().join("team.git"));
    let server = GitHttp::start(dir.path(), "kari", "glpat-s3cret");
    let url = format!("{}team.git", server.url);
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let (kari, sven) = (
        dir.path().join("kari.datapakt"),
        dir.path().join("sven.datapakt"),
    );
    let (k, s) = (arg(&kari), arg(&sven));
    ok(&["init", "--catalog", k, "--demo"]);

    // No credentials, then a wrong token: refused, saying what to check; nothing shared.
    for password in [None, Some("glpat-wrong")] {
        if let Some(password) = password {
            credential_helper(&home, &url, password);
        }
        let refused = datapakt_at(&home, &["remote", "--catalog", k, &url]);
        assert_eq!(refused.status.code(), Some(1), "{}", printed(&refused));
        assert!(
            printed(&refused).contains("refused the credentials")
                && printed(&refused).contains("credential helper"),
            "{}",
            printed(&refused)
        );
        assert!(ok(&["remote", "--catalog", k]).contains("not shared"));
    }

    // The token the helper keeps: published, cloned and synced over HTTP.
    credential_helper(&home, &url, "glpat-s3cret");
    let published = datapakt_at(&home, &["remote", "--catalog", k, &url]);
    assert!(
        printed(&published).starts_with("in sync:"),
        "{}",
        printed(&published)
    );
    let cloned = datapakt_at(&home, &["clone", &url, "--catalog", s]);
    assert!(cloned.status.success(), "{}", printed(&cloned));
    ok(&["settings", "--catalog", s, "--default-profile", "ks-fiks"]);
    let sent = datapakt_at(&home, &["sync", "--catalog", s]);
    assert!(sent.status.success(), "{}", printed(&sent));
    let received = datapakt_at(&home, &["sync", "--catalog", k, "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&received.stdout).unwrap();
    assert_eq!(report["received"], 1, "{}", printed(&received));

    // The token is kept by the helper only: not in either catalog, nor in the repository.
    for file in [&kari, &sven] {
        let bytes = std::fs::read(file).unwrap();
        assert!(!bytes.windows(12).any(|w| w == b"glpat-s3cret"));
    }
    let pushed = Command::new("git")
        .args([
            "-C",
            arg(&dir.path().join("team.git")),
            "log",
            "-p",
            "--all",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&pushed.stdout).contains("glpat-s3cret"));
}

/// How many files `dir` holds, in its subfolders too.
fn files_under(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .map(|path| if path.is_dir() { files_under(&path) } else { 1 })
        .sum()
}
