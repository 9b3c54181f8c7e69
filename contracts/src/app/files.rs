//! Files the use cases write: every export and the preferences go through
//! [`write_atomically`], and no export may replace the open catalog.

use std::io::Write;
use std::path::Path;

use crate::app::error::{Error, Result};
use crate::store::{folder_of, Catalog};

/// The most bytes Datapakt reads from any one file it imports or compares (the formats state
/// narrower limits of their own): a larger file is refused before it is read.
pub const MAX_READ_BYTES: usize = 64 << 20;

/// The bytes of `path`, refused before reading when it has more than `max` (and, should it
/// grow meanwhile, after reading `max + 1`); a missing file is named as such.
pub(crate) fn read_bounded(path: &Path, max: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let read_error = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => Error::Missing {
            path: path.to_owned(),
        },
        _ => Error::Read {
            path: path.to_owned(),
            source,
        },
    };
    let too_large = || Error::TooLarge {
        path: path.to_owned(),
        max_mib: max.div_ceil(1 << 20),
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let length = file.metadata().map_err(read_error)?.len();
    if length > max as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(length as usize);
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() > max {
        return Err(too_large());
    }
    Ok(bytes)
}

/// [`read_bounded`] as UTF-8 text.
pub(crate) fn read_text(path: &Path, max: usize) -> Result<String> {
    let bytes = read_bounded(path, max)?;
    String::from_utf8(bytes).map_err(|e| Error::Read {
        path: path.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
    })
}

/// Refuses to write an export over the open catalog file or one of its side files (`-wal`,
/// `-shm`, `-journal`), which SQLite keeps beside it.
pub(crate) fn refuse_catalog_as_target(catalog: &Catalog, out: &Path) -> Result<()> {
    let target = resolved(out);
    let catalog_file = resolved(catalog.path());
    let hits = |suffix: &str| {
        let mut name = catalog_file.as_os_str().to_owned();
        name.push(suffix);
        target == Path::new(&name)
    };
    if ["", "-wal", "-shm", "-journal"].into_iter().any(hits) {
        return Err(Error::ExportOverCatalog {
            path: out.to_owned(),
        });
    }
    Ok(())
}

/// `path` with its folder resolved (links followed), whether or not the file exists yet.
fn resolved(path: &Path) -> std::path::PathBuf {
    if let Ok(full) = std::fs::canonicalize(path) {
        return full;
    }
    let folder = folder_of(path);
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_owned(),
    }
}

/// Writes `bytes` to `path` whole or not at all: into a new temporary file of a random name in
/// the same folder (created exclusively, so no link placed there is followed), synced, given the
/// target's permissions when it exists, renamed over it, and the folder synced, so a failure or
/// a crash never leaves a half-written file where the user expects one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let dir = folder_of(path);
    let file_name = path.file_name().ok_or_else(|| {
        write_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name.to_string_lossy()))
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(write_error)?;
    temp.write_all(bytes).map_err(write_error)?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(write_error)?;
    }
    temp.as_file().sync_all().map_err(write_error)?;
    // A failed rename drops the temporary file, which removes it.
    temp.persist(path).map_err(|e| write_error(e.error))?;
    sync_folder(dir);
    Ok(())
}

/// The permissions of a new file the user reads and others may (rw-r--r--): the temporary file
/// is created private.
#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Makes a rename in `dir` durable (on Unix; elsewhere the rename is).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
