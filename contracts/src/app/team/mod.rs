//! The team catalogue: a catalog shared through a git remote, the SQLite file staying the
//! local working copy.
//!
//! - [`publish`] connects a catalog to an empty remote and pushes it whole; [`clone`] makes
//!   a new local catalog from a team's remote.
//! - [`sync`] commits what changed here (one commit, listing the items), fetches, merges per
//!   item and per field with what changed there, applies the merge to the catalog in one
//!   transaction, and pushes — again when the remote moved meanwhile. Conflicts stop it
//!   before anything is pushed: the catalog keeps the user's values, [`resolve`] takes one
//!   side per field, [`abort`] returns the catalog to where it was before the sync.
//! - [`status`] says where the catalog stands without touching the network, [`refresh`]
//!   after fetching the remote's news (merging nothing); [`check`]
//!   validates a checked-out repository folder without a catalog.
//!
//! The local repository is a bare git repository beside the catalog file
//! ([`repository_dir`]). What the catalog last synced to (`base`) and a merge waiting for
//! choices (`pending`) are kept in the catalog itself: `pending` in the same transaction as
//! the merge it describes, `base` once the remote has the commit. A sync killed at any moment
//! leaves the catalog and the repository consistent, and the next sync completes it (merging
//! what the catalog already holds again changes nothing).

mod apply;
mod check;
mod ids;
mod snapshot;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::formats::repo::files::{self, Files};
use crate::formats::repo::merge::{self, Conflict};
use crate::formats::repo::{changed_keys, Key, Part, Scope, Snapshot};
use crate::git::{blob_id, CommitId, FileChange, Pushed, Repo};
use crate::store::Catalog;
use crate::wire::team::{SyncConflict, SyncOutcome, SyncReport, Take, TeamStatus};
use crate::wire::Note;

use super::{Error, Result};

pub use crate::git::Author;
pub use check::{check, CheckReport};
pub(crate) use snapshot::snapshot;
use snapshot::{entries, unshared};

/// The catalog's bookkeeping keys (`catalog_meta`, `team.` + key).
const REMOTE: &str = "remote";
const BASE: &str = "base";
const LAST_SYNC: &str = "last_sync";
const PENDING: &str = "pending";

/// How many times a sync merges again when the remote keeps moving under its push.
const PUSH_ATTEMPTS: usize = 5;

/// A merge waiting for the user's choices.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    /// The commit of this catalog as it was before the sync (what [`abort`] returns to).
    mine: String,
    /// The remote's commit being merged.
    theirs: String,
    /// The conflicts still waiting.
    conflicts: Vec<Conflict>,
}

/// The bare repository kept beside catalog file `catalog` (`<file>.git`).
pub fn repository_dir(catalog: &Path) -> PathBuf {
    let mut dir = catalog.as_os_str().to_owned();
    dir.push(".git");
    PathBuf::from(dir)
}

/// The author of commits: `name` and `email` as the preferences give them, else the user's
/// git configuration, else the catalog's author. Without an e-mail address anywhere, the
/// address git itself falls back to: the login name at this computer.
pub fn author(catalog: &Catalog, name: &str, email: &str) -> Author {
    let mut author = if name.trim().is_empty() {
        crate::git::configured_author().unwrap_or_else(|| Author {
            name: catalog.author().to_owned(),
            email: String::new(),
        })
    } else {
        Author {
            name: name.trim().to_owned(),
            email: email.trim().to_owned(),
        }
    };
    if author.email.is_empty() {
        author.email = fallback_email();
    }
    author
}

/// `login@host`, as git makes an address up when none is configured.
fn fallback_email() -> String {
    let var = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    };
    let login = var(&["USER", "USERNAME", "LOGNAME"]).unwrap_or_else(|| "datapakt".into());
    let host = var(&["HOSTNAME", "COMPUTERNAME"])
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|host| host.trim().to_owned())
        .filter(|host| !host.is_empty())
        .unwrap_or_else(|| "localhost".into());
    format!("{}@{host}", login.trim())
}

/// The remote `catalog` is shared through, if any.
pub fn remote(catalog: &Catalog) -> Result<Option<String>> {
    Ok(catalog.team_value(REMOTE)?)
}

/// Connects `catalog` to the remote at `url` and shares it there: an empty remote gets the
/// whole catalog; one that already holds this catalog's history is synced with.
pub fn publish(catalog: &mut Catalog, url: &str, author: &Author) -> Result<SyncReport> {
    let repo = open_repo(catalog)?;
    let head = repo.fetch(url)?;
    if let Some(head) = &head {
        read_manifest(&repo, head)?;
        let base = commit_value(catalog, BASE)?;
        if !base.is_some_and(|base| repo.has(&base) && repo.contains(head, &base).unwrap_or(false))
        {
            return Err(Error::TeamRemoteTaken {
                url: url.to_owned(),
            });
        }
    }
    catalog.set_team_value(REMOTE, Some(url))?;
    sync(catalog, author)
}

/// A new local catalog at `path` holding the team catalogue at `url`.
pub fn clone(url: &str, path: &Path) -> Result<Catalog> {
    let dir = repository_dir(path);
    let fresh = !dir.exists();
    let made = Catalog::create_with(path, |catalog: &mut Catalog| -> Result<()> {
        let repo = Repo::open_or_init(&dir)?;
        let head = repo.fetch(url)?.ok_or_else(|| Error::TeamRemoteEmpty {
            url: url.to_owned(),
        })?;
        let theirs = read_snapshot(&repo, Some(&head), &Scope::All)?;
        let here = snapshot(catalog)?;
        let made = attribution(&repo, &head, None)?;
        apply::apply(catalog, &here, &theirs, &|key| made(key))?;
        catalog.all_or_nothing(|catalog| -> Result<()> {
            catalog.set_team_value(REMOTE, Some(url))?;
            catalog.set_team_value(BASE, Some(&head.0))?;
            let (now, _) = catalog.now()?;
            catalog.set_team_value(LAST_SYNC, Some(&now))?;
            Ok(())
        })?;
        Ok(())
    });
    if made.is_err() && fresh {
        let _ = std::fs::remove_dir_all(&dir);
    }
    made
}

/// Where `catalog` stands against its remote, as the last fetch saw it (no network).
pub fn status(catalog: &Catalog) -> Result<TeamStatus> {
    let Some(remote) = remote(catalog)? else {
        return Ok(TeamStatus::default());
    };
    let repo = open_repo(catalog)?;
    let base = commit_value(catalog, BASE)?.filter(|base| repo.has(base));
    let local = local_changes(catalog, &repo, base.as_ref())?;
    let pending = pending(catalog)?;
    let incoming = match (repo.fetched(), &base) {
        (Some(fetched), Some(base)) if repo.contains(base, &fetched)? => 0,
        (Some(fetched), base) => {
            let since = match base {
                Some(base) => repo.merge_base(base, &fetched)?,
                None => None,
            };
            changed_between(&repo, since.as_ref(), &fetched)?.len()
        }
        (None, _) => 0,
    };
    Ok(TeamStatus {
        remote: Some(remote),
        local: changed_keys(&local.base.entries, &local.here).len(),
        incoming: if pending.is_some() { 0 } else { incoming },
        last_sync: catalog.team_value(LAST_SYNC)?,
        conflicts: pending
            .map(|p| conflicts_for(catalog, &p.conflicts))
            .transpose()?
            .unwrap_or_default(),
    })
}

/// A fetch of the remote's news (nothing is merged) that runs without the catalog, so a slow
/// network never holds the catalog up; [`status`] then counts the incoming changes.
pub struct RemoteNews {
    url: String,
    dir: PathBuf,
}

impl RemoteNews {
    /// Fetches the remote's news into the catalog's repository.
    pub fn fetch(&self) -> Result<()> {
        Repo::open_or_init(&self.dir)?.fetch(&self.url)?;
        Ok(())
    }
}

/// The fetch of `catalog`'s remote's news, when it is shared.
pub fn remote_news(catalog: &Catalog) -> Result<Option<RemoteNews>> {
    Ok(remote(catalog)?.map(|url| RemoteNews {
        url,
        dir: repository_dir(catalog.path()),
    }))
}

/// Where `catalog` stands once the remote's news is fetched: [`status`] with the incoming
/// changes counted as the remote holds them now.
pub fn refresh(catalog: &Catalog) -> Result<TeamStatus> {
    if let Some(news) = remote_news(catalog)? {
        news.fetch()?;
    }
    status(catalog)
}

/// Shares `catalog`'s changes with its remote and takes in the team's: see the module's
/// documentation. Offline, the changes stay here and the error says so.
pub fn sync(catalog: &mut Catalog, author: &Author) -> Result<SyncReport> {
    let url = remote(catalog)?.ok_or(Error::TeamNoRemote)?;
    let repo = open_repo(catalog)?;
    let mut report = SyncReport {
        outcome: SyncOutcome::InSync,
        sent: 0,
        received: 0,
        conflicts: Vec::new(),
        findings: Vec::new(),
        notes: Vec::new(),
    };
    if let Some(pending) = pending(catalog)? {
        if !pending.conflicts.is_empty() {
            report.outcome = SyncOutcome::Conflicts;
            report.conflicts = conflicts_for(catalog, &pending.conflicts)?;
            return Ok(report);
        }
        // Every conflict is resolved: the catalog holds the merge.
        let mine = CommitId(pending.mine);
        let theirs = CommitId(pending.theirs);
        let scope = merge_scope(&repo, &mine, &theirs, unshared(catalog)?.1)?;
        let here = entries(catalog, &scope)?;
        let parent = read_commit(&repo, Some(&mine), &scope)?;
        let parents = [&mine, &theirs];
        let merged = commit_snapshot(&repo, catalog, &parents, &parent, &here, &scope, author)?;
        catalog.all_or_nothing(|catalog| -> Result<()> {
            catalog.set_team_value(BASE, Some(&merged.0))?;
            catalog.set_team_value(PENDING, None)?;
            Ok(())
        })?;
    }
    let mut before = None;
    for _ in 0..PUSH_ATTEMPTS {
        if attempt(catalog, &repo, &url, author, &mut before, &mut report)? {
            if let Some(before) = before {
                report.findings = new_findings(&before, super::checks::check_catalog(catalog)?);
            }
            return Ok(report);
        }
    }
    Err(Error::TeamRemoteBusy { url })
}

/// One round of a sync: commit, fetch, merge, push. `true` when it ended (in sync, or with
/// conflicts waiting); `false` when the remote moved under the push. `before` gets the
/// catalog's findings before the first merge that changes it.
///
/// Only what changed is read, merged and written: the items changed here since the last
/// sync, and those the two commits' trees differ in since their common ancestor.
fn attempt(
    catalog: &mut Catalog,
    repo: &Repo,
    url: &str,
    author: &Author,
    before: &mut Option<Vec<crate::model::Finding>>,
    report: &mut SyncReport,
) -> Result<bool> {
    let base = commit_value(catalog, BASE)?.filter(|base| repo.has(base));
    let local = local_changes(catalog, repo, base.as_ref())?;
    let mark = local.mark;
    let changes = changed_keys(&local.base.entries, &local.here).len();
    let mine = match (&base, changes) {
        (Some(base), 0) => base.clone(),
        _ => {
            let parents: Vec<&CommitId> = base.iter().collect();
            let (held, here) = (&local.base, &local.here);
            commit_snapshot(repo, catalog, &parents, held, here, &local.scope, author)?
        }
    };
    let head = repo.fetch(url)?;
    let Some(theirs) = head.filter(|head| !repo.contains(&mine, head).unwrap_or(false)) else {
        return push(catalog, repo, url, &mine, (changes, mark), report);
    };
    let scope = merge_scope(repo, &mine, &theirs, local.changed)?;
    let theirs_held = read_commit(repo, Some(&theirs), &scope)?;
    let here = entries(catalog, &scope)?;
    let common = repo.merge_base(&mine, &theirs)?;
    let merged = merge::three_way(
        &read_snapshot(repo, common.as_ref(), &scope)?,
        &here,
        &theirs_held.entries,
    );
    if before.is_none() && !changed_keys(&here, &merged.snapshot).is_empty() {
        *before = Some(super::checks::check_catalog(catalog)?);
    }
    let made = attribution(repo, &theirs, common.as_ref())?;
    // The merge and, when conflicts wait, the record of them: one transaction.
    let pending = (!merged.conflicts.is_empty()).then(|| Pending {
        mine: mine.0.clone(),
        theirs: theirs.0.clone(),
        conflicts: merged.conflicts.clone(),
    });
    let notes = catalog.all_or_nothing(|catalog| -> Result<Vec<Note>> {
        let notes = apply::apply(catalog, &here, &merged.snapshot, &|key| made(key))?;
        if let Some(pending) = &pending {
            let text = serde_json::to_string(pending).expect("a merge always serialises");
            catalog.set_team_value(PENDING, Some(&text))?;
        }
        Ok(notes)
    })?;
    report.received += changed_keys(&here, &merged.snapshot).len();
    report.notes.extend(notes);
    report.notes.extend(merge_notes(&merged));
    if let Some(pending) = pending {
        report.outcome = SyncOutcome::Conflicts;
        report.conflicts = conflicts_for(catalog, &pending.conflicts)?;
        return Ok(true);
    }
    let result = entries(catalog, &scope)?;
    let sent = changed_keys(&theirs_held.entries, &result).len();
    if sent == 0 {
        // Nothing of ours the remote lacks: the catalog is where the remote is.
        set_synced(catalog, &theirs, mark)?;
        return Ok(true);
    }
    let parents: Vec<&CommitId> = if repo.contains(&theirs, &mine)? {
        vec![&theirs]
    } else {
        vec![&mine, &theirs]
    };
    let merge = commit_snapshot(
        repo,
        catalog,
        &parents,
        &theirs_held,
        &result,
        &scope,
        author,
    )?;
    push(catalog, repo, url, &merge, (sent, mark), report)
}

/// The catalog against `base`, the commit it last synced to: the items changed here since
/// (everything when nothing was synced yet), as each holds them.
struct Local {
    /// The mark to forget the changes up to once the team has them.
    mark: i64,
    /// The items changed here since the last sync.
    changed: BTreeSet<Key>,
    /// What is read: those items, or everything.
    scope: Scope,
    /// What `base` holds of the scope.
    base: Held,
    /// What the catalog holds of it.
    here: Snapshot,
}

/// `catalog`'s changes since `base` (see [`Local`]).
fn local_changes(catalog: &Catalog, repo: &Repo, base: Option<&CommitId>) -> Result<Local> {
    let (mark, changed) = unshared(catalog)?;
    let scope = match base {
        Some(_) => Scope::Items(changed.clone()),
        None => Scope::All,
    };
    Ok(Local {
        mark,
        base: read_commit(repo, base, &scope)?,
        here: entries(catalog, &scope)?,
        changed,
        scope,
    })
}

/// What merging `theirs` into `mine` covers: the items either changed since their common
/// ancestor, and those the catalog `changed` since its last sync (everything when the two
/// have no common ancestor).
fn merge_scope(
    repo: &Repo,
    mine: &CommitId,
    theirs: &CommitId,
    changed: BTreeSet<Key>,
) -> Result<Scope> {
    let Some(common) = repo.merge_base(mine, theirs)? else {
        return Ok(Scope::All);
    };
    let mut keys = changed_between(repo, Some(&common), mine)?;
    keys.extend(changed_between(repo, Some(&common), theirs)?);
    keys.extend(changed);
    Ok(Scope::Items(keys))
}

/// The items whose files differ between commits `from` (none: an empty tree) and `to` (a
/// version's file stands for the item whose history it is).
fn changed_between(repo: &Repo, from: Option<&CommitId>, to: &CommitId) -> Result<BTreeSet<Key>> {
    Ok(repo
        .changed_paths(from, to)?
        .iter()
        .filter_map(|path| files::key_of_path(path))
        .map(|key| key.owner().unwrap_or(key))
        .collect())
}

/// What the user should know of a merge besides its conflicts: the same thing made on both
/// sides now one, history made on both sides.
fn merge_notes(merged: &merge::Merged) -> Vec<Note> {
    let unified = merged.unified.iter().map(|unified| {
        let name = merged
            .snapshot
            .get(&unified.kept)
            .map(|v| title(&unified.kept, v));
        Note::new(
            "team-note-unified",
            &[
                ("kind", unified.kept.part.as_str().to_owned()),
                ("name", name.unwrap_or_default()),
            ],
        )
    });
    let clashes = merged.clashes.iter().map(|clash| {
        let mine = serde_json::to_string(&clash.mine).unwrap_or_default();
        Note::new(
            "team-note-history-clash",
            &[("item", clash.key.to_string()), ("mine", mine)],
        )
    });
    unified.chain(clashes).collect()
}

/// Pushes `commit` (holding `sent` changed items, and the catalog's changes up to `mark`);
/// `false` when the remote moved.
fn push(
    catalog: &mut Catalog,
    repo: &Repo,
    url: &str,
    commit: &CommitId,
    (sent, mark): (usize, i64),
    report: &mut SyncReport,
) -> Result<bool> {
    if repo.fetched().as_ref() != Some(commit) && repo.push(url, commit)? == Pushed::Rejected {
        return Ok(false);
    }
    report.sent += sent;
    set_synced(catalog, commit, mark)?;
    Ok(true)
}

/// Records that the catalog holds `commit`, which the remote has, with its changes up to
/// `mark`.
fn set_synced(catalog: &mut Catalog, commit: &CommitId, mark: i64) -> Result<()> {
    catalog.all_or_nothing(|catalog| -> Result<()> {
        catalog.forget_unshared(mark)?;
        catalog.set_team_value(BASE, Some(&commit.0))?;
        let (now, _) = catalog.now()?;
        catalog.set_team_value(LAST_SYNC, Some(&now))?;
        Ok(())
    })
}

/// Resolves the conflict waiting on `field` (`None`: the whole item) of `item` (`KIND:ID`)
/// by taking `take`'s value. The last choice readies the merge for the next sync.
pub fn resolve(
    catalog: &mut Catalog,
    item: &str,
    field: Option<&str>,
    take: Take,
) -> Result<TeamStatus> {
    let mut pending = pending(catalog)?.ok_or(Error::TeamNothingPending)?;
    let key = key_of(catalog, item)?;
    let here = entries(catalog, &Scope::Items(BTreeSet::from([key.clone()])))?;
    let position = pending
        .conflicts
        .iter()
        .position(|c| c.key == key && c.field.as_deref() == field)
        .ok_or_else(|| Error::TeamNoSuchConflict {
            item: item.to_owned(),
            field: field.unwrap_or("").to_owned(),
        })?;
    let conflict = pending.conflicts.remove(position);
    let mut target = here.clone();
    merge::resolve(&mut target, &conflict, take);
    let text = serde_json::to_string(&pending).expect("a merge always serialises");
    catalog.all_or_nothing(|catalog| -> Result<()> {
        apply::apply(catalog, &here, &target, &|_| None)?;
        catalog.set_team_value(PENDING, Some(&text))?;
        Ok(())
    })?;
    status(catalog)
}

/// Returns `catalog` to where it was before the sync that stopped at conflicts.
pub fn abort(catalog: &mut Catalog) -> Result<TeamStatus> {
    let pending = pending(catalog)?.ok_or(Error::TeamNothingPending)?;
    let repo = open_repo(catalog)?;
    let mine = CommitId(pending.mine);
    let theirs = CommitId(pending.theirs);
    let scope = merge_scope(&repo, &mine, &theirs, unshared(catalog)?.1)?;
    let before = read_snapshot(&repo, Some(&mine), &scope)?;
    let here = entries(catalog, &scope)?;
    catalog.all_or_nothing(|catalog| -> Result<()> {
        apply::apply(catalog, &here, &before, &|_| None)?;
        catalog.set_team_value(PENDING, None)?;
        Ok(())
    })?;
    status(catalog)
}

/// The local repository of `catalog`.
fn open_repo(catalog: &Catalog) -> Result<Repo> {
    Ok(Repo::open_or_init(&repository_dir(catalog.path()))?)
}

/// The commit stored under bookkeeping key `key`.
fn commit_value(catalog: &Catalog, key: &str) -> Result<Option<CommitId>> {
    Ok(catalog.team_value(key)?.map(CommitId))
}

/// The merge waiting for choices, if any.
fn pending(catalog: &Catalog) -> Result<Option<Pending>> {
    Ok(catalog
        .team_value(PENDING)?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

/// Checks that `commit` holds a Datapakt team catalogue this build reads.
fn read_manifest(repo: &Repo, commit: &CommitId) -> Result<()> {
    let files = repo.files(Some(commit), |path| path == files::MANIFEST)?;
    files::read_manifest(&files)?;
    Ok(())
}

/// What a commit holds: the catalog identity its manifest names, and its entries (of a
/// scope).
#[derive(Default)]
struct Held {
    /// The identity of the catalog first published there (`None`: no commit).
    catalog: Option<String>,
    /// Every entry.
    entries: Snapshot,
}

/// What `commit` holds of `scope` (nothing for `None`); a commit that is not a Datapakt
/// catalogue of a format this build reads is refused.
fn read_commit(repo: &Repo, commit: Option<&CommitId>, scope: &Scope) -> Result<Held> {
    if commit.is_none() {
        return Ok(Held::default());
    }
    let paths = scope.paths();
    let files = repo.files(commit, |path| path == files::MANIFEST || paths(path))?;
    let (manifest, entries) = files::read(&files)?;
    Ok(Held {
        catalog: Some(manifest.catalog),
        entries,
    })
}

/// The entries of `scope` `commit` holds (none for `None`).
fn read_snapshot(repo: &Repo, commit: Option<&CommitId>, scope: &Scope) -> Result<Snapshot> {
    Ok(read_commit(repo, commit, scope)?.entries)
}

/// Commits `snapshot`, the catalog's entries of `scope`, over `parents` (the first's tree as
/// the baseline; `parent` holds what the message compares with) by `author`, with a message
/// listing what changed.
fn commit_snapshot(
    repo: &Repo,
    catalog: &Catalog,
    parents: &[&CommitId],
    parent: &Held,
    snapshot: &Snapshot,
    scope: &Scope,
    author: &Author,
) -> Result<CommitId> {
    let first = parents.first().copied();
    let paths = scope.paths();
    let old = repo.blob_ids(first, |path| files::is_frame(path) || paths(path))?;
    let before = &parent.entries;
    let catalog_id = match &parent.catalog {
        Some(id) => id.clone(),
        None => catalog.catalog_id()?,
    };
    let new: Files = match scope {
        Scope::All => files::write(snapshot, &catalog_id),
        Scope::Items(_) => {
            let mut new = files::frame(&catalog_id);
            new.extend(files::write_entries(
                snapshot,
                &snapshot::view(catalog, snapshot)?,
            ));
            new
        }
    };
    let mut changes: Vec<FileChange> = new
        .iter()
        .filter(|(path, bytes)| old.get(*path) != Some(&blob_id(bytes)))
        .map(|(path, bytes)| (path.clone(), Some(bytes.clone())))
        .collect();
    changes.extend(
        old.keys()
            .filter(|path| !new.contains_key(*path))
            .map(|path| (path.clone(), None)),
    );
    let message = commit_message(before, snapshot);
    Ok(repo.commit(parents, &changes, author, &message)?)
}

/// "Datapakt: N changes" and a line per item changed.
fn commit_message(before: &Snapshot, after: &Snapshot) -> String {
    let changed = changed_keys(before, after);
    let mut message = match changed.len() {
        1 => "Datapakt: 1 change\n\n".to_owned(),
        n => format!("Datapakt: {n} changes\n\n"),
    };
    for key in changed {
        let (verb, value) = match (before.get(key), after.get(key)) {
            (None, Some(value)) => ("added", value),
            (Some(value), None) => ("deleted", value),
            (_, Some(value)) => ("changed", value),
            (None, None) => continue,
        };
        message.push_str(&format!("- {verb} {} {:?}\n", key, title(key, value)));
    }
    message
}

/// The title or name of entry `key` holding `value`.
fn title(key: &Key, value: &Value) -> String {
    ["title", "name", "key", "version"]
        .iter()
        .find_map(|k| value.get(*k).and_then(Value::as_str))
        .map_or_else(|| key.uid.clone(), str::to_owned)
}

/// For each entry's file changed between `since` and `head`, who changed it last and when.
fn attribution(
    repo: &Repo,
    head: &CommitId,
    since: Option<&CommitId>,
) -> Result<impl Fn(&Key) -> Option<apply::Made>> {
    let mut by_uid: BTreeMap<String, apply::Made> = BTreeMap::new();
    for commit in repo.history(head, since)? {
        for path in &commit.paths {
            if let Some(Key { uid, .. }) = files::key_of_path(path) {
                by_uid
                    .entry(uid)
                    .or_insert_with(|| (commit.author.name.clone(), commit.time));
            }
        }
    }
    Ok(move |key: &Key| by_uid.get(&key.uid).cloned())
}

/// The conflicts as the user sees them.
fn conflicts_for(catalog: &Catalog, conflicts: &[Conflict]) -> Result<Vec<SyncConflict>> {
    let ids = ids::Ids::read(catalog)?;
    let here = entries(
        catalog,
        &Scope::Items(conflicts.iter().map(|c| c.key.clone()).collect()),
    )?;
    Ok(conflicts
        .iter()
        .map(|c| SyncConflict {
            item: item_name(&ids, &c.key),
            title: here
                .get(&c.key)
                .into_iter()
                .chain(
                    [c.mine.as_ref(), c.theirs.as_ref(), c.base.as_ref()]
                        .into_iter()
                        .flatten(),
                )
                .find(|v| v.is_object())
                .map_or_else(|| c.key.uid.clone(), |v| title(&c.key, v)),
            field: c.field.clone(),
            base: c.base.clone(),
            mine: c.mine.clone(),
            theirs: c.theirs.clone(),
        })
        .collect())
}

/// `KIND:ID` of entry `key`: the catalog's id when it has the item, else its uid.
fn item_name(ids: &ids::Ids, key: &Key) -> String {
    match ids.id(key.part, &key.uid) {
        Some(id) => format!("{}:{id}", key.part.as_str()),
        None => key.to_string(),
    }
}

/// The entry `item` (`KIND:ID`, the id a catalog id or a uid) names.
fn key_of(catalog: &Catalog, item: &str) -> Result<Key> {
    let unknown = || Error::TeamNoSuchConflict {
        item: item.to_owned(),
        field: String::new(),
    };
    let (kind, id) = item.split_once(':').ok_or_else(unknown)?;
    let part = Part::parse(kind).ok_or_else(unknown)?;
    if let Ok(row) = id.parse::<i64>() {
        let ids = ids::Ids::read(catalog)?;
        if let Some(uid) = ids.uid(part, row) {
            return Ok(Key::new(part, uid));
        }
    }
    Ok(Key::new(part, id))
}

/// The findings of `after` that `before` did not have.
fn new_findings(
    before: &[crate::model::Finding],
    after: Vec<crate::model::Finding>,
) -> Vec<crate::model::Finding> {
    after.into_iter().filter(|f| !before.contains(f)).collect()
}

#[cfg(test)]
mod tests;
