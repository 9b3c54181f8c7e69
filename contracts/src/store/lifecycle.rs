//! A catalog file made, copied, kept and closed whole or not at all.
//!
//! A new catalog (with the demo, many transactions) and a copy are built under a temporary
//! name beside their target, checked, synced and only then renamed to it (never over a file),
//! so a process killed at any moment leaves no catalog or a whole one, never a half-seeded
//! one that opens as if whole. Before an upgrade the file is kept as a dated copy beside it;
//! closing checkpoints, so no `-wal`/`-shm` stay behind.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::error::{Error, Result};
use super::schema::{APPLICATION_ID, SCHEMA_VERSION};
use super::{Catalog, SqliteContext};

impl Catalog {
    /// Creates a new, empty catalog at `path`; refuses a path where any file already exists.
    pub fn create(path: &Path) -> Result<Catalog> {
        Catalog::create_with(path, |_| Ok(()))
    }

    /// [`Catalog::create`], filled by `seed` (the app hands the demo in). The catalog is
    /// built and seeded under a temporary name in the same folder, closed, and renamed to
    /// `path` only when whole; when `seed` fails (or the process dies) nothing is at `path`.
    pub fn create_with<E: From<Error>>(
        path: &Path,
        seed: impl FnOnce(&mut Catalog) -> Result<(), E>,
    ) -> Result<Catalog, E> {
        refuse_existing(path)?;
        let temp = Beside::new(path, "creating")?;
        let built = (|| -> Result<(), E> {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
            let conn = Connection::open_with_flags(temp.path(), flags).at(temp.path())?;
            let mut catalog = Catalog::prepare(conn, temp.path())?;
            seed(&mut catalog)?;
            catalog.close().map_err(E::from)
        })();
        if let Err(error) = built {
            remove_side_files(temp.path());
            return Err(error);
        }
        temp.settle(path)?;
        Ok(Catalog::open(path)?)
    }

    /// Writes a consistent copy of the catalog to `target` (SQLite's `VACUUM INTO`), e.g. for
    /// "Save a copy as": into a temporary file beside it, checked (SQLite's integrity check,
    /// the catalog's application id), synced, then renamed to `target`, never over a file.
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        refuse_existing(target)?;
        let temp = Beside::new(target, "copying")?;
        let copied = vacuum_into(&self.conn, temp.path(), target).and_then(|()| {
            let copy = Connection::open_with_flags(temp.path(), OpenFlags::SQLITE_OPEN_READ_ONLY)
                .at(target)?;
            check_copy(&copy, target)
        });
        if let Err(error) = copied {
            remove_side_files(temp.path());
            return Err(error);
        }
        temp.settle(target)
    }

    /// Closes the catalog: what the write-ahead log holds is copied into the file and the
    /// `-wal`/`-shm` side files go, so the `.datapakt` file alone is the whole catalog.
    pub fn close(self) -> Result<()> {
        if !self.is_read_only() && self.path != Path::new(":memory:") {
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .at(&self.path)?;
        }
        let path = self.path.clone();
        self.conn.close().map_err(|(_, error)| error).at(&path)
    }
}

/// Before a catalog of an older schema is upgraded, keeps it as it is, beside it:
/// `<name>.before-upgrade-<date>.datapakt` (numbered when one of that day exists). Returns
/// where, or `None` when no upgrade is due.
pub(super) fn keep_before_upgrade(conn: &Connection, path: &Path) -> Result<Option<PathBuf>> {
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .at(path)?;
    if !(1..SCHEMA_VERSION).contains(&found) {
        return Ok(None);
    }
    let today: String = conn
        .query_row("SELECT date('now')", [], |r| r.get(0))
        .at(path)?;
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let folder = path.parent().unwrap_or(Path::new(""));
    let kept = (1..)
        .map(|n| {
            let number = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            folder.join(format!("{stem}.before-upgrade-{today}{number}.datapakt"))
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_default();
    let temp = Beside::new(&kept, "keeping")?;
    if let Err(error) = vacuum_into(conn, temp.path(), &kept) {
        remove_side_files(temp.path());
        return Err(error);
    }
    temp.settle(&kept)?;
    Ok(Some(kept))
}

/// The folder `path` is in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn refuse_existing(path: &Path) -> Result<()> {
    if path.exists() {
        return Err(Error::AlreadyExists {
            path: path.to_owned(),
        });
    }
    Ok(())
}

fn vacuum_into(conn: &Connection, temp: &Path, target: &Path) -> Result<()> {
    let name = temp.to_str().ok_or_else(|| Error::Write {
        path: target.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path is not UTF-8"),
    })?;
    conn.execute("VACUUM INTO ?1", [name]).at(target)?;
    Ok(())
}

/// Refuses a copy SQLite finds damaged or that is not a Datapakt catalog.
fn check_copy(copy: &Connection, target: &Path) -> Result<()> {
    let verdict: String = copy
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .at(target)?;
    let application_id: i32 = copy
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .at(target)?;
    if verdict != "ok" || application_id != APPLICATION_ID {
        return Err(Error::Write {
            path: target.to_owned(),
            source: std::io::Error::other(format!(
                "the copy did not pass SQLite's check ({verdict})"
            )),
        });
    }
    Ok(())
}

/// SQLite's side files of `path` (a temporary catalog that failed).
fn remove_side_files(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
}

/// A new file of a random name in a target's folder (created exclusively: no link followed),
/// removed when dropped unless settled.
struct Beside {
    file: tempfile::NamedTempFile,
}

impl Beside {
    fn new(target: &Path, doing: &str) -> Result<Beside> {
        let folder = folder_of(target);
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let file = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(&format!(".{doing}"))
            .tempfile_in(folder)
            .map_err(|source| Error::Write {
                path: target.to_owned(),
                source,
            })?;
        Ok(Beside { file })
    }

    fn path(&self) -> &Path {
        self.file.path()
    }

    /// Syncs the file, renames it to `target` unless something is there by now, and syncs the
    /// folder, so the rename survives a power cut.
    fn settle(self, target: &Path) -> Result<()> {
        let write_error = |source| Error::Write {
            path: target.to_owned(),
            source,
        };
        self.file.as_file().sync_all().map_err(write_error)?;
        self.file
            .persist_noclobber(target)
            .map_err(|e| match e.error.kind() {
                std::io::ErrorKind::AlreadyExists => Error::AlreadyExists {
                    path: target.to_owned(),
                },
                _ => write_error(e.error),
            })?;
        #[cfg(unix)]
        if let Ok(folder) = std::fs::File::open(folder_of(target)) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
