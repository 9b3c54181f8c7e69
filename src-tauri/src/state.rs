//! The open catalog, shared by all commands.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use contracts::store::Catalog;
use contracts::wire::{ErrorCode, WireError};
use tauri::{AppHandle, Manager};

/// File name of the default catalog inside the platform's data directory.
const DEFAULT_CATALOG_FILE: &str = "catalog.datapakt";

/// The catalog file named by `--catalog FILE` (or `--catalog=FILE`), or by the
/// `DATAPAKT_CATALOG` environment variable; `None` means the platform's default.
pub fn catalog_path_from_args(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--catalog" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--catalog=")) {
            return Some(PathBuf::from(path));
        }
    }
    std::env::var_os("DATAPAKT_CATALOG").map(PathBuf::from)
}

/// What the commands share: the open catalog, or why it could not be opened.
pub struct AppState {
    catalog: Result<Mutex<Catalog>, WireError>,
}

impl AppState {
    /// Opens `path`, or the default catalog (created with the demo on first run).
    pub fn open(app: &AppHandle, path: Option<PathBuf>) -> AppState {
        let catalog = match path {
            Some(path) => Catalog::open_or_create(&path, false),
            None => match app.path().app_data_dir() {
                Ok(dir) => Catalog::open_or_create(&dir.join(DEFAULT_CATALOG_FILE), true),
                Err(error) => {
                    return AppState {
                        catalog: Err(WireError::new(
                            ErrorCode::Io,
                            format!("no data directory for the default catalog: {error}"),
                        )),
                    }
                }
            },
        };
        AppState {
            catalog: catalog.map(|(c, _)| Mutex::new(c)).map_err(WireError::from),
        }
    }

    /// The open catalog, or the error that kept it from opening.
    pub fn catalog(&self) -> Result<MutexGuard<'_, Catalog>, WireError> {
        let mutex = self.catalog.as_ref().map_err(Clone::clone)?;
        // A panic while the lock was held cannot leave the SQLite file inconsistent
        // (every change is a transaction), so a poisoned lock is still usable.
        Ok(mutex
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_catalog_comes_from_the_command_line() {
        assert_eq!(
            catalog_path_from_args(args(&["app", "--catalog", "/tmp/a.datapakt"])),
            Some(PathBuf::from("/tmp/a.datapakt"))
        );
        assert_eq!(
            catalog_path_from_args(args(&["app", "--x", "--catalog=b.datapakt"])),
            Some(PathBuf::from("b.datapakt"))
        );
    }
}
