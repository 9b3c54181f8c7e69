//! The open catalog as a whole: what the window shows of it, and the user's preferences.

use std::path::{Path, PathBuf};

use crate::app::error::{Error, Result};
use crate::model::ApiProfile;
use crate::store::Catalog;
use crate::wire::{CatalogInfo, Note, Preferences};

use super::files::write_atomically;

/// Opens the catalog at `path`, upgrading an older one (see [`Catalog::open`]).
pub fn open(path: &Path) -> Result<Catalog> {
    Ok(Catalog::open(path)?)
}

/// Creates a new catalog at `path`, seeded with the demo municipality when `demo`; never
/// replaces a file.
pub fn create(path: &Path, demo: bool) -> Result<Catalog> {
    match demo {
        true => Catalog::create_with(path, super::demo::seed),
        false => Ok(Catalog::create(path)?),
    }
}

/// Opens the catalog at `path`, or creates it (with the demo when `demo`) when no file is
/// there; says whether it was created.
pub fn open_or_create(path: &Path, demo: bool) -> Result<(Catalog, bool)> {
    match demo {
        true => Catalog::open_or_create_with(path, super::demo::seed),
        false => Ok(Catalog::open_or_create(path)?),
    }
}

/// Closes `catalog`: checkpointed, so no `-wal`/`-shm` side files stay beside it.
pub fn close(catalog: Catalog) -> Result<()> {
    Ok(catalog.close()?)
}

/// Writes a consistent copy of the open catalog to `target` ("Save a copy as"); refuses a
/// target that exists.
pub fn save_copy(catalog: &Catalog, target: &Path) -> Result<()> {
    Ok(catalog.save_copy(target)?)
}

/// The API profile of contracts that name none.
pub fn default_api_profile(catalog: &Catalog) -> Result<ApiProfile> {
    Ok(catalog.default_api_profile()?)
}

/// Makes `profile` the API profile of contracts that name none.
pub fn set_default_api_profile(catalog: &mut Catalog, profile: ApiProfile) -> Result<()> {
    Ok(catalog.set_default_api_profile(profile)?)
}

/// The ODCS version contracts are exported in.
pub fn odcs_version(catalog: &Catalog) -> Result<crate::model::OdcsVersion> {
    Ok(catalog.odcs_version()?)
}

/// Makes `version` the ODCS version contracts are exported in.
pub fn set_odcs_version(catalog: &mut Catalog, version: crate::model::OdcsVersion) -> Result<()> {
    Ok(catalog.set_odcs_version(version)?)
}

/// The longest author name the preferences keep (the audit trail records it on every change).
pub const MAX_AUTHOR_CHARS: usize = 200;

/// Refuses preferences whose author name is longer than [`MAX_AUTHOR_CHARS`].
pub fn check_preferences(preferences: &Preferences) -> Result<()> {
    if preferences.author.chars().count() > MAX_AUTHOR_CHARS {
        return Err(Error::AuthorTooLong {
            max: MAX_AUTHOR_CHARS,
        });
    }
    Ok(())
}

/// Records `author` as who makes the catalog's changes from now on (the OS user when blank).
pub fn set_author(catalog: &mut Catalog, author: &str) {
    catalog.set_author(author);
}

/// The open catalog's path and whether it is read-only.
pub fn info(catalog: &Catalog) -> CatalogInfo {
    CatalogInfo {
        path: catalog.path().display().to_string(),
        read_only: catalog.is_read_only(),
        notes: catalog
            .kept_before_upgrade()
            .map(|kept| {
                Note::new(
                    "note-catalog-upgraded",
                    &[("path", kept.display().to_string())],
                )
            })
            .into_iter()
            .collect(),
    }
}

/// The preferences read at start-up, and what the user should be told about them.
#[derive(Debug, Default)]
pub struct LoadedPreferences {
    /// What was read; the defaults when there was nothing or it could not be read.
    pub preferences: Preferences,
    /// A damaged file was renamed to this (kept for the user, never overwritten).
    pub set_aside: Option<PathBuf>,
}

impl LoadedPreferences {
    /// The note that tells the user a damaged preferences file was set aside, if one was.
    pub fn note(&self) -> Option<Note> {
        self.set_aside.as_ref().map(|kept| {
            Note::new(
                "note-preferences-set-aside",
                &[("path", kept.display().to_string())],
            )
        })
    }
}

/// The preferences stored at `path`: the defaults when there are none. A file that cannot be
/// read as preferences (damaged, or not a file) is renamed beside itself to
/// `<name>.damaged` (numbered when taken) and the defaults apply, so the next save never
/// overwrites what the user may want back.
pub fn load_preferences(path: &Path) -> LoadedPreferences {
    let read = match crate::app::files::read_bounded(path, 1 << 20) {
        Err(Error::Missing { .. }) => return LoadedPreferences::default(),
        Ok(bytes) => serde_json::from_slice::<Preferences>(&bytes).ok(),
        Err(_) => None,
    };
    if let Some(preferences) = read {
        return LoadedPreferences {
            preferences,
            set_aside: None,
        };
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".damaged");
    let kept = (1..)
        .map(|n| {
            let mut numbered = name.clone();
            if n > 1 {
                numbered.push(format!("-{n}"));
            }
            PathBuf::from(numbered)
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_default();
    LoadedPreferences {
        preferences: Preferences::default(),
        set_aside: std::fs::rename(path, &kept).ok().map(|()| kept),
    }
}

/// Stores `preferences` at `path`, whole or not at all (its folder is created).
pub fn save_preferences(path: &Path, preferences: &Preferences) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.to_owned(),
            source,
        })?;
    }
    let json = serde_json::to_vec_pretty(preferences).expect("preferences always serialise");
    write_atomically(path, &json)
}

#[cfg(test)]
mod tests;
