//! The open catalog and the user's preferences, shared by all commands.

use std::ffi::OsString;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use contracts::app::catalog;
use contracts::store::Catalog;
use contracts::wire::{CatalogInfo, ErrorCode, Preferences, WireError};
use tauri::{AppHandle, Manager};

/// File name of the default catalog inside the platform's data directory.
const DEFAULT_CATALOG_FILE: &str = "catalog.datapakt";

/// File name of the preferences inside the platform's config directory.
const PREFERENCES_FILE: &str = "preferences.json";

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

/// What the commands share: the open catalog (or why it could not be opened) and the
/// preferences.
pub struct AppState {
    catalog: Mutex<Result<Catalog, WireError>>,
    preferences: Mutex<Preferences>,
    preferences_path: Option<PathBuf>,
    /// What the window should tell the user once (damaged preferences set aside).
    notes: Mutex<Vec<contracts::wire::Note>>,
    /// The paths the user chose in a native dialog or Datapakt wrote this session: the only
    /// ones the window may name (besides the recent catalogs).
    granted: Mutex<Granted>,
}

/// Paths handed to the window: the window names no other (it could be made to name any).
#[derive(Default)]
pub struct Granted(std::collections::BTreeSet<PathBuf>);

impl Granted {
    /// Grants `path`.
    pub fn grant(&mut self, path: &Path) {
        self.0.insert(path.to_owned());
    }

    /// Whether `path` is exactly a granted one (no other spelling of it: the window gets
    /// back what it was given).
    pub fn allows(&self, path: &Path) -> bool {
        self.0.contains(path)
    }
}

/// The open catalog, locked for one command.
pub struct CatalogGuard<'a>(MutexGuard<'a, Result<Catalog, WireError>>);

impl Deref for CatalogGuard<'_> {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        // Constructed only over an open catalog.
        self.0.as_ref().unwrap_or_else(|_| unreachable!())
    }
}

impl DerefMut for CatalogGuard<'_> {
    fn deref_mut(&mut self) -> &mut Catalog {
        self.0.as_mut().unwrap_or_else(|_| unreachable!())
    }
}

/// A lock that a panic elsewhere poisoned is still usable: every catalog change is a
/// transaction, so the file cannot be left inconsistent.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Opens `path`, or the default catalog (created with the demo on first run), with the
    /// preferences from the platform's config directory.
    pub fn open(app: &AppHandle, path: Option<PathBuf>) -> AppState {
        let preferences_path = app
            .path()
            .app_config_dir()
            .ok()
            .map(|dir| dir.join(PREFERENCES_FILE));
        let loaded = preferences_path
            .as_deref()
            .map(catalog::load_preferences)
            .unwrap_or_default();
        let notes = Mutex::new(loaded.note().into_iter().collect());
        let preferences = loaded.preferences;
        let catalog = match path {
            Some(path) => catalog::open_or_create(&path, false).map(|(c, _)| c),
            None => match app.path().app_data_dir() {
                Ok(dir) => {
                    catalog::open_or_create(&dir.join(DEFAULT_CATALOG_FILE), true).map(|(c, _)| c)
                }
                Err(error) => {
                    return AppState {
                        catalog: Mutex::new(Err(contracts::i18n::keyed_error(
                            ErrorCode::Io,
                            "error-no-data-folder",
                            &[("detail", error.to_string())],
                        ))),
                        preferences: Mutex::new(preferences),
                        preferences_path,
                        notes,
                        granted: Mutex::default(),
                    }
                }
            },
        };
        let state = AppState {
            catalog: Mutex::new(Err(WireError::new(ErrorCode::Internal, "not opened yet"))),
            preferences: Mutex::new(preferences),
            preferences_path,
            notes,
            granted: Mutex::default(),
        };
        match catalog {
            Ok(catalog) => {
                state.replace(catalog);
            }
            Err(error) => *lock(&state.catalog) = Err(error.into()),
        }
        state
    }

    /// Grants the window `path`, chosen by the user in a dialog or written by Datapakt.
    pub fn grant(&self, path: &Path) {
        lock(&self.granted).grant(path);
    }

    /// Refuses a path the window names that was neither chosen in a dialog nor written by
    /// Datapakt this session.
    pub fn check_chosen(&self, path: &Path) -> Result<(), WireError> {
        match lock(&self.granted).allows(path) {
            true => Ok(()),
            false => Err(not_chosen(path)),
        }
    }

    /// [`AppState::check_chosen`], a recent catalog allowed too.
    pub fn check_granted(&self, path: &Path) -> Result<(), WireError> {
        let recent = lock(&self.preferences)
            .recent
            .iter()
            .any(|r| Path::new(r) == path);
        match recent {
            true => Ok(()),
            false => self.check_chosen(path),
        }
    }

    /// What the window shows of the open catalog, with the notes it has not yet told.
    pub fn info(&self) -> Result<CatalogInfo, WireError> {
        let mut info = catalog::info(&*self.catalog()?);
        info.notes.append(&mut lock(&self.notes));
        Ok(info)
    }

    /// The open catalog, or the error that kept it from opening.
    pub fn catalog(&self) -> Result<CatalogGuard<'_>, WireError> {
        let guard = lock(&self.catalog);
        if let Err(error) = &*guard {
            return Err(error.clone());
        }
        Ok(CatalogGuard(guard))
    }

    /// Makes `opened` the open catalog: the author from the preferences applies to it and it
    /// becomes the most recent catalog. Returns what the window shows of it.
    pub fn replace(&self, mut opened: Catalog) -> CatalogInfo {
        let info = catalog::info(&opened);
        let mut preferences = lock(&self.preferences);
        catalog::set_author(&mut opened, &preferences.author);
        preferences.remember(&info.path);
        let _ = self.store_preferences(&preferences);
        let before = std::mem::replace(&mut *lock(&self.catalog), Ok(opened));
        if let Ok(before) = before {
            let _ = catalog::close(before);
        }
        info
    }

    /// Closes the open catalog (checkpointed: no `-wal`/`-shm` stay beside it) as the app
    /// ends; nothing can use it afterwards.
    pub fn close(&self) {
        let closed = WireError::new(ErrorCode::Internal, "the catalog is closed");
        if let Ok(open) = std::mem::replace(&mut *lock(&self.catalog), Err(closed)) {
            let _ = catalog::close(open);
        }
    }

    /// Who commits to the team catalogue: the preferences' name and e-mail address, else the
    /// user's git configuration, else the open catalog's author.
    pub fn commit_author(&self) -> contracts::app::team::Author {
        let preferences = lock(&self.preferences).clone();
        match &*lock(&self.catalog) {
            Ok(catalog) => {
                contracts::app::team::author(catalog, &preferences.author, &preferences.email)
            }
            Err(_) => contracts::app::team::Author {
                name: preferences.author,
                email: preferences.email,
            },
        }
    }

    /// A translator into the user's language: the preferred one, else the OS locale's.
    pub fn translator(&self) -> contracts::i18n::Translator {
        let lang = lock(&self.preferences).language.unwrap_or_else(|| {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
                .unwrap_or_default();
            contracts::model::Lang::from_locale(&locale)
        });
        contracts::i18n::Translator::new(lang)
    }

    /// The current preferences.
    pub fn preferences(&self) -> Preferences {
        lock(&self.preferences).clone()
    }

    /// Checks the preferences, stores them and applies the author to the open catalog. The
    /// recent catalogs are the backend's own (what was opened), whatever the window sends.
    pub fn set_preferences(&self, mut new: Preferences) -> Result<(), WireError> {
        catalog::check_preferences(&new)?;
        new.recent = lock(&self.preferences).recent.clone();
        self.store_preferences(&new)?;
        if let Ok(opened) = &mut *lock(&self.catalog) {
            catalog::set_author(opened, &new.author);
        }
        *lock(&self.preferences) = new;
        Ok(())
    }

    fn store_preferences(&self, preferences: &Preferences) -> Result<(), WireError> {
        match &self.preferences_path {
            Some(path) => Ok(catalog::save_preferences(path, preferences)?),
            None => Ok(()),
        }
    }
}

/// The error for a path the window named that the user did not choose.
fn not_chosen(path: &Path) -> WireError {
    contracts::i18n::keyed_error(
        ErrorCode::Invalid,
        "error-path-not-chosen",
        &[("path", path.display().to_string())],
    )
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

    #[test]
    fn only_a_granted_path_in_its_exact_spelling_is_allowed() {
        let mut granted = Granted::default();
        granted.grant(Path::new("/home/kari/eksport/kontrakt.pdf"));
        assert!(granted.allows(Path::new("/home/kari/eksport/kontrakt.pdf")));
        for other in [
            "/home/kari/eksport/../.ssh/id_ed25519",
            "/home/kari/eksport/kontrakt.pdf/../../../../bin/sh",
            "/bin/sh",
            "https://example.org/",
            "file:///etc/passwd",
        ] {
            assert!(!granted.allows(Path::new(other)), "{other}");
        }
        assert_eq!(
            not_chosen(Path::new("/bin/sh")).key,
            "error-path-not-chosen"
        );
    }
}
