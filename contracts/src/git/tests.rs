use super::test_server::{bare_repository, GitServer};
use super::{Author, GitError, Pushed, Repo};

fn author(name: &str) -> Author {
    Author {
        name: name.into(),
        email: format!("{}@kommune.no", name.to_lowercase()),
    }
}

fn file(path: &str, text: &str) -> (String, Option<Vec<u8>>) {
    (path.to_owned(), Some(text.as_bytes().to_vec()))
}

/// Two clones of one remote: commits, pushes, fetches, history, and a push the remote moved
/// under refused, against the remote at `url`.
fn round_trip(url: &str, dir: &std::path::Path) {
    let one = Repo::open_or_init(&dir.join("one.git")).unwrap();
    let two = Repo::open_or_init(&dir.join("two.git")).unwrap();
    assert_eq!(one.fetch(url).unwrap(), None, "an empty remote has no head");

    let first = one
        .commit(
            &[],
            &[file("a/x.yaml", "x: 1\n"), file("b.yaml", "b\n")],
            &author("Kari"),
            "first",
        )
        .unwrap();
    assert_eq!(one.push(url, &first).unwrap(), Pushed::Done);

    let fetched = two.fetch(url).unwrap().expect("the remote has a head now");
    assert_eq!(fetched, first);
    let files = two.files(Some(&fetched), |_| true).unwrap();
    assert_eq!(files["a/x.yaml"], b"x: 1\n");
    assert_eq!(
        two.blob_ids(Some(&fetched), |_| true).unwrap()["b.yaml"],
        super::blob_id(b"b\n")
    );

    let second = two
        .commit(
            &[&fetched],
            &[file("a/x.yaml", "x: 2\n"), ("b.yaml".into(), None)],
            &author("Sven"),
            "second",
        )
        .unwrap();
    assert_eq!(two.push(url, &second).unwrap(), Pushed::Done);

    // One has not fetched: its push of a commit on the old head is refused.
    let racing = one
        .commit(
            &[&first],
            &[file("c.yaml", "c\n")],
            &author("Kari"),
            "racing",
        )
        .unwrap();
    assert_eq!(one.push(url, &racing).unwrap(), Pushed::Rejected);
    let head = one.fetch(url).unwrap().unwrap();
    assert_eq!(head, second);
    assert_eq!(one.merge_base(&racing, &head).unwrap(), Some(first.clone()));
    assert!(one.contains(&head, &first).unwrap());
    assert!(!one.contains(&racing, &head).unwrap());
    let history = one.history(&head, Some(&first)).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].author, author("Sven"));
    assert_eq!(history[0].paths, ["a/x.yaml", "b.yaml"]);
    let merged = one
        .commit(
            &[&racing, &head],
            &[file("a/x.yaml", "x: 2\n"), ("b.yaml".into(), None)],
            &author("Kari"),
            "merge",
        )
        .unwrap();
    assert_eq!(one.push(url, &merged).unwrap(), Pushed::Done);
    let files = two
        .files(two.fetch(url).unwrap().as_ref(), |_| true)
        .unwrap();
    assert_eq!(files.keys().collect::<Vec<_>>(), ["a/x.yaml", "c.yaml"]);
}

#[test]
fn commits_travel_through_a_local_path_remote() {
    let dir = tempfile::tempdir().unwrap();
    let remote = bare_repository(dir.path(), "team.git");
    round_trip(remote.to_str().unwrap(), dir.path());
}

#[test]
fn commits_travel_through_a_git_daemon_on_loopback() {
    let dir = tempfile::tempdir().unwrap();
    bare_repository(dir.path(), "team.git");
    let server = GitServer::start(dir.path());
    round_trip(&format!("{}team.git", server.url), dir.path());
}

#[test]
fn a_server_that_is_gone_or_a_repository_that_is_not_there_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let repo = Repo::open_or_init(&dir.path().join("local.git")).unwrap();
    let mut server = GitServer::start(dir.path());
    let url = format!("{}team.git", server.url);
    match repo.fetch(&url).unwrap_err() {
        GitError::NoRepository { .. } | GitError::Failed { .. } => {}
        other => panic!("{other:?}"),
    }
    server.stop();
    match repo.fetch(&url).unwrap_err() {
        GitError::Unreachable { url: at, .. } => assert_eq!(at, url),
        other => panic!("{other:?}"),
    }
    let missing = dir.path().join("nowhere.git");
    match repo.fetch(missing.to_str().unwrap()).unwrap_err() {
        GitError::NoRepository { .. } => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_lock_file_left_by_a_killed_process_is_cleared_by_the_next_one_to_hold_the_repository() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.datapakt.git");
    let stale = path.join("refs/remotes/origin/main.lock");
    let held = Repo::open_or_init(&path).unwrap();
    std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
    std::fs::write(&stale, "").unwrap();
    // While this process holds the repository, its lock files may be in use: kept.
    drop(Repo::open_or_init(&path).unwrap());
    assert!(stale.exists());
    drop(held);
    // Held afresh, nobody else is at work in it: the lock file is stale.
    let _again = Repo::open_or_init(&path).unwrap();
    assert!(!stale.exists());
    assert!(
        path.join("HEAD").exists(),
        "the repository itself is untouched"
    );
}
