//! The team catalogue's engine: a bare git repository beside the catalog file, and the
//! remote it shares with the team. The only code that names `git2` (libgit2, built from its
//! vendored sources): it stores files as commits, fetches, pushes and walks history; what
//! the files mean is `formats::repo`'s, when to do what `app::team`'s.

mod credentials;
mod error;
mod lock;

use std::collections::BTreeMap;
use std::path::Path;

use git2::{
    build::TreeUpdateBuilder, FetchOptions, FetchPrune, FileMode, ObjectType, Oid, PushOptions,
    RemoteCallbacks, Repository, Signature, Sort, TreeWalkMode, TreeWalkResult,
};

pub use error::GitError;

/// Shorthand for the engine's results.
pub type Result<T, E = GitError> = std::result::Result<T, E>;

/// The branch a team catalogue lives on.
const BRANCH: &str = "refs/heads/main";
/// Where the last fetch put the remote's branch.
const TRACKING: &str = "refs/remotes/origin/main";

/// A commit's identity (its hex object id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CommitId(pub String);

impl std::fmt::Display for CommitId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who makes a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
}

/// A commit of the history: who made it, when, and which files it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    /// The commit.
    pub id: CommitId,
    /// Its author.
    pub author: Author,
    /// When it was made, in seconds since 1970 (UTC).
    pub time: i64,
    /// The files it changed against its first parent.
    pub paths: Vec<String>,
}

/// A change to one file: its new content, or `None` to remove it.
pub type FileChange = (String, Option<Vec<u8>>);

/// How a push ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pushed {
    /// The remote's branch is now the commit.
    Done,
    /// The remote moved meanwhile: fetch, merge and push again.
    Rejected,
}

/// The local repository of one catalog.
pub struct Repo {
    repo: Repository,
    /// This process's hold on the repository, for as long as the handle lives.
    _held: std::sync::Arc<std::fs::File>,
}

/// Whether a push's refusal `status` means the remote's branch moved meanwhile (so merging
/// again and pushing once more is the answer).
fn moved_under(status: &str) -> bool {
    // libgit2's own transport to a folder says only that the update failed: another push
    // holding the branch at that moment is the likely reason.
    [
        "fetch first",
        "non-fast-forward",
        "but expected",
        "stale info",
        "failed to update ref",
    ]
    .iter()
    .any(|said| status.contains(said))
}

/// The id of `commit`.
fn oid(commit: &CommitId) -> Result<Oid> {
    Oid::from_str(&commit.0).map_err(|e| GitError::failed("read a commit id", e))
}

/// The git object id `bytes` have as a file (what a tree lists them by).
pub fn blob_id(bytes: &[u8]) -> String {
    Oid::hash_object(ObjectType::Blob, bytes)
        .map(|id| id.to_string())
        .unwrap_or_default()
}

impl Repo {
    /// Opens the bare repository at `dir`, creating it (and its folder) when there is none,
    /// and holds it for this process (waiting while another process does; see [`lock`]).
    pub fn open_or_init(dir: &Path) -> Result<Repo> {
        let repo = match Repository::open_bare(dir) {
            Ok(repo) => repo,
            Err(_) => Repository::init_bare(dir).map_err(|e| GitError::failed("create", e))?,
        };
        let held = lock::hold(repo.path())?;
        Ok(Repo { repo, _held: held })
    }

    /// Fetches the remote at `url`'s branch; its head, or `None` when the remote is empty.
    pub fn fetch(&self, url: &str) -> Result<Option<CommitId>> {
        let mut remote = self
            .repo
            .remote_anonymous(url)
            .map_err(|e| GitError::of(url, e))?;
        let mut attempts = credentials::Attempts::default();
        let mut callbacks = RemoteCallbacks::new();
        callbacks.credentials(|url, user, allowed| attempts.next(url, user, allowed));
        let mut options = FetchOptions::new();
        options.remote_callbacks(callbacks).prune(FetchPrune::On);
        let refspec = format!("+{BRANCH}:{TRACKING}");
        remote
            .fetch(&[refspec.as_str()], Some(&mut options), None)
            .map_err(|e| GitError::of(url, e))?;
        let advertised = remote
            .list()
            .map_err(|e| GitError::of(url, e))?
            .iter()
            .any(|head| head.name() == BRANCH);
        if !advertised {
            // A stale tracking branch of a remote emptied since would mislead.
            if let Ok(mut stale) = self.repo.find_reference(TRACKING) {
                let _ = stale.delete();
            }
        }
        Ok(self.fetched())
    }

    /// The remote's head as the last fetch saw it.
    pub fn fetched(&self) -> Option<CommitId> {
        self.repo
            .refname_to_id(TRACKING)
            .ok()
            .map(|id| CommitId(id.to_string()))
    }

    /// Pushes `commit` to the remote at `url` as its branch, if that is a fast-forward.
    pub fn push(&self, url: &str, commit: &CommitId) -> Result<Pushed> {
        self.repo
            .reference(BRANCH, oid(commit)?, true, "datapakt: sync")
            .map_err(|e| GitError::failed("record the branch", e))?;
        let mut remote = self
            .repo
            .remote_anonymous(url)
            .map_err(|e| GitError::of(url, e))?;
        let mut attempts = credentials::Attempts::default();
        let mut refused = None;
        let mut callbacks = RemoteCallbacks::new();
        callbacks.credentials(|url, user, allowed| attempts.next(url, user, allowed));
        callbacks.push_update_reference(|_, status| {
            refused = status.map(str::to_owned);
            Ok(())
        });
        let mut options = PushOptions::new();
        options.remote_callbacks(callbacks);
        let refspec = format!("{BRANCH}:{BRANCH}");
        match remote.push(&[refspec.as_str()], Some(&mut options)) {
            Ok(()) => {}
            Err(e) if e.code() == git2::ErrorCode::NotFastForward => return Ok(Pushed::Rejected),
            Err(e) => return Err(GitError::of(url, e)),
        }
        drop(options);
        match refused {
            Some(status) if moved_under(&status) => return Ok(Pushed::Rejected),
            // Refused for another reason (a protected branch, a lock left on the server):
            // what the remote said is the error.
            Some(status) => {
                let said =
                    git2::Error::from_str(&format!("the remote refused the update: {status}"));
                return Err(GitError::failed("push", said));
            }
            None => {}
        }
        self.repo
            .reference(TRACKING, oid(commit)?, true, "datapakt: pushed")
            .map_err(|e| GitError::failed("record the push", e))?;
        Ok(Pushed::Done)
    }

    /// Every file of `commit`'s tree (none for `None`), with `keep` choosing which to read
    /// (and which folders to look into, as [`Repo::blob_ids`]).
    pub fn files(
        &self,
        commit: Option<&CommitId>,
        keep: impl Fn(&str) -> bool,
    ) -> Result<BTreeMap<String, Vec<u8>>> {
        let mut files = BTreeMap::new();
        for (path, id) in self.blob_ids(commit, keep)? {
            {
                let blob = self
                    .repo
                    .find_blob(Oid::from_str(&id).map_err(|e| GitError::failed("read", e))?)
                    .map_err(|e| GitError::failed("read a file", e))?;
                files.insert(path, blob.content().to_vec());
            }
        }
        Ok(files)
    }

    /// The object id of every file of `commit`'s tree that `keep` keeps (none for `None`);
    /// a folder `keep` refuses (its path ending in `/`) is not looked into.
    pub fn blob_ids(
        &self,
        commit: Option<&CommitId>,
        keep: impl Fn(&str) -> bool,
    ) -> Result<BTreeMap<String, String>> {
        let mut ids = BTreeMap::new();
        let Some(commit) = commit else {
            return Ok(ids);
        };
        let tree = self
            .repo
            .find_commit(oid(commit)?)
            .and_then(|c| c.tree())
            .map_err(|e| GitError::failed("read a commit", e))?;
        tree.walk(TreeWalkMode::PreOrder, |root, entry| {
            let name = entry.name().unwrap_or_default();
            match entry.kind() {
                Some(ObjectType::Blob) => {
                    let path = format!("{root}{name}");
                    if keep(&path) {
                        ids.insert(path, entry.id().to_string());
                    }
                }
                Some(ObjectType::Tree) if !keep(&format!("{root}{name}/")) => {
                    return TreeWalkResult::Skip
                }
                _ => {}
            }
            TreeWalkResult::Ok
        })
        .map_err(|e| GitError::failed("read a tree", e))?;
        Ok(ids)
    }

    /// A commit of `changes` over the tree of `parents`' first (an empty tree when none), by
    /// `author` with `message`.
    pub fn commit(
        &self,
        parents: &[&CommitId],
        changes: &[FileChange],
        author: &Author,
        message: &str,
    ) -> Result<CommitId> {
        let failed = |e| GitError::failed("commit", e);
        let parents = parents
            .iter()
            .map(|p| oid(p).and_then(|id| self.repo.find_commit(id).map_err(failed)))
            .collect::<Result<Vec<_>>>()?;
        let baseline = match parents.first() {
            Some(first) => first.tree().map_err(failed)?,
            None => {
                let empty = self.repo.treebuilder(None).and_then(|b| b.write());
                self.repo
                    .find_tree(empty.map_err(failed)?)
                    .map_err(failed)?
            }
        };
        let mut update = TreeUpdateBuilder::new();
        for (path, content) in changes {
            match content {
                Some(bytes) => {
                    let blob = self.repo.blob(bytes).map_err(failed)?;
                    update.upsert(path.as_str(), blob, FileMode::Blob);
                }
                None => {
                    update.remove(path.as_str());
                }
            }
        }
        let tree = update
            .create_updated(&self.repo, &baseline)
            .map_err(failed)?;
        let tree = self.repo.find_tree(tree).map_err(failed)?;
        let signature = Signature::now(&author.name, &author.email).map_err(failed)?;
        let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
        let id = self
            .repo
            .commit(None, &signature, &signature, message, &tree, &parents)
            .map_err(failed)?;
        Ok(CommitId(id.to_string()))
    }

    /// The paths of the files that differ between the trees of `from` (an empty tree for
    /// `None`) and `to`: added, changed or removed.
    pub fn changed_paths(&self, from: Option<&CommitId>, to: &CommitId) -> Result<Vec<String>> {
        let failed = |e| GitError::failed("compare two commits", e);
        let tree = |commit: &CommitId| {
            self.repo
                .find_commit(oid(commit)?)
                .and_then(|c| c.tree())
                .map_err(failed)
        };
        let old = from.map(tree).transpose()?;
        let new = tree(to)?;
        let diff = self
            .repo
            .diff_tree_to_tree(old.as_ref(), Some(&new), None)
            .map_err(failed)?;
        Ok(diff
            .deltas()
            .flat_map(|d| [d.old_file().path(), d.new_file().path()])
            .flatten()
            .map(|p| p.to_string_lossy().into_owned())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect())
    }

    /// The newest commit both `one` and `two` descend from.
    pub fn merge_base(&self, one: &CommitId, two: &CommitId) -> Result<Option<CommitId>> {
        match self.repo.merge_base(oid(one)?, oid(two)?) {
            Ok(id) => Ok(Some(CommitId(id.to_string()))),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(GitError::failed("find a common commit", e)),
        }
    }

    /// Whether `commit` is `ancestor` or descends from it.
    pub fn contains(&self, commit: &CommitId, ancestor: &CommitId) -> Result<bool> {
        if commit == ancestor {
            return Ok(true);
        }
        self.repo
            .graph_descendant_of(oid(commit)?, oid(ancestor)?)
            .map_err(|e| GitError::failed("compare commits", e))
    }

    /// Whether the repository holds `commit`.
    pub fn has(&self, commit: &CommitId) -> bool {
        oid(commit).is_ok_and(|id| self.repo.find_commit(id).is_ok())
    }

    /// The commits reachable from `head` and not from `since`, newest first, each with the
    /// files it changed.
    pub fn history(&self, head: &CommitId, since: Option<&CommitId>) -> Result<Vec<CommitInfo>> {
        let failed = |e| GitError::failed("read the history", e);
        let mut walk = self.repo.revwalk().map_err(failed)?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)
            .map_err(failed)?;
        walk.push(oid(head)?).map_err(failed)?;
        if let Some(since) = since {
            walk.hide(oid(since)?).map_err(failed)?;
        }
        let mut commits = Vec::new();
        for id in walk {
            let commit = self.repo.find_commit(id.map_err(failed)?).map_err(failed)?;
            let tree = commit.tree().map_err(failed)?;
            let parent = commit.parent(0).ok().and_then(|p| p.tree().ok());
            let diff = self
                .repo
                .diff_tree_to_tree(parent.as_ref(), Some(&tree), None)
                .map_err(failed)?;
            let paths = diff
                .deltas()
                .filter_map(|d| d.new_file().path().or(d.old_file().path()))
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            let signature = commit.author();
            commits.push(CommitInfo {
                id: CommitId(commit.id().to_string()),
                author: Author {
                    name: signature.name().unwrap_or_default().to_owned(),
                    email: signature.email().unwrap_or_default().to_owned(),
                },
                time: signature.when().seconds(),
                paths,
            });
        }
        Ok(commits)
    }
}

/// The author the user's own git configuration names (`user.name`, `user.email`), if any.
pub fn configured_author() -> Option<Author> {
    let config = git2::Config::open_default().ok()?;
    let name = config.get_string("user.name").ok()?;
    let email = config.get_string("user.email").unwrap_or_default();
    Some(Author { name, email })
}

#[cfg(test)]
pub(crate) mod test_server;
#[cfg(test)]
mod tests;
