//! Files the use cases write: every export and the preferences go through
//! [`write_atomically`], and no export may replace the open catalog.

use std::io::Write;
use std::path::Path;

use crate::app::error::{Error, Result};
use crate::store::Catalog;

/// Refuses to write an export over the open catalog file.
pub(crate) fn refuse_catalog_as_target(catalog: &Catalog, out: &Path) -> Result<()> {
    if is_same_file(out, catalog.path()) {
        return Err(Error::ExportOverCatalog {
            path: out.to_owned(),
        });
    }
    Ok(())
}

/// Whether `a` and `b` name the same existing file.
fn is_same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// failure never leaves a half-written file where the user expects the export.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file_name = path.file_name().ok_or_else(|| {
        write_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let temp = dir.join(format!(".{}.partial", file_name.to_string_lossy()));
    let result = std::fs::File::create(&temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(write_error)
}
