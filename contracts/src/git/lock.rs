//! Who may use the catalog's repository: one process at a time, held by an OS lock on
//! `datapakt.lock` that the OS lets go of when the process ends, however it ends. libgit2's
//! own `*.lock` files have no such guarantee: a sync killed in the middle of updating a
//! reference leaves one behind, and every later update would fail on it. Whoever takes the
//! OS lock afresh knows no one else is at work in the repository, so any `*.lock` left there
//! is stale and is removed.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};

use super::{GitError, Result};

/// The locks this process holds, one per repository, shared by every `Repo` of it.
static HELD: Mutex<BTreeMap<PathBuf, Weak<File>>> = Mutex::new(BTreeMap::new());

/// The file the OS lock is taken on.
const LOCK_FILE: &str = "datapakt.lock";

/// The lock on the repository at `dir`: this process's, or taken now (waiting while another
/// process holds it), the stale lock files of a process that was killed cleared.
pub(super) fn hold(dir: &Path) -> Result<Arc<File>> {
    let mut held = HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(file) = held.get(dir).and_then(Weak::upgrade) {
        return Ok(file);
    }
    let failed = |e: std::io::Error| {
        GitError::failed("lock the repository", git2::Error::from_str(&e.to_string()))
    };
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_FILE))
        .map_err(failed)?;
    file.lock().map_err(failed)?;
    clear_stale(dir);
    let file = Arc::new(file);
    held.insert(dir.to_owned(), Arc::downgrade(&file));
    Ok(file)
}

/// Removes every `*.lock` file libgit2 may have left in the repository at `dir` (the
/// references, the packed references, the configuration), but the OS lock's own.
fn clear_stale(dir: &Path) {
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() && (folder != dir || name == "refs") {
                folders.push(path);
            } else if name.ends_with(".lock") && name != LOCK_FILE {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}
