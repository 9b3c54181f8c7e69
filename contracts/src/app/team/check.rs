//! `check DIR`: a checked-out team catalogue validated without a catalog file, so a team's
//! pipeline can gate merge requests on Datapakt's rules.

use std::path::Path;

use serde::Serialize;

use crate::formats::repo::files::{self, Files};
use crate::formats::repo::{Key, Part};
use crate::model::Finding;
use crate::store::Catalog;

use super::super::{Error, Result};
use super::{apply, ids, snapshot};

/// What checking a repository folder found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    /// How many entries the folder holds.
    pub entries: usize,
    /// Every broken rule, with the file of the item it is about.
    pub findings: Vec<FileFinding>,
}

/// A broken rule and the file of the item it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileFinding {
    /// The item's file, relative to the folder.
    pub file: String,
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
}

/// Reads the team catalogue checked out at `dir` and checks it against the catalog's rules.
pub fn check(dir: &Path) -> Result<CheckReport> {
    let mut found = Files::new();
    read_folder(dir, dir, &mut found)?;
    let (_, snapshot) = files::read(&found)?;
    let mut catalog = Catalog::in_memory()?;
    let empty = snapshot::snapshot(&catalog)?;
    apply::apply(&mut catalog, &empty, &snapshot, &|_| None)?;
    let ids = ids::Ids::read(&catalog)?;
    let findings = super::super::checks::check_catalog(&catalog)?
        .into_iter()
        .map(|finding| {
            let part = Part::of(finding.entity);
            let file = ids
                .uid(part, finding.item)
                .map(|uid| Key::new(part, uid))
                .and_then(|key| snapshot.get(&key).map(|value| files::path_of(&key, value)))
                .unwrap_or_default();
            FileFinding { file, finding }
        })
        .collect();
    Ok(CheckReport {
        entries: snapshot.len(),
        findings,
    })
}

/// Every file under `folder` (git's own folder left out), by its path relative to `root`.
fn read_folder(root: &Path, folder: &Path, found: &mut Files) -> Result<()> {
    let read_error = |source| Error::Read {
        path: folder.to_owned(),
        source,
    };
    for entry in std::fs::read_dir(folder).map_err(read_error)? {
        let path = entry.map_err(read_error)?.path();
        if path.file_name().is_some_and(|name| name == ".git") {
            continue;
        }
        if path.is_dir() {
            read_folder(root, &path, found)?;
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if files::is_ours(&name) {
            let bytes = crate::app::files::read_bounded(&path, crate::app::files::MAX_READ_BYTES)?;
            found.insert(name, bytes);
        }
    }
    Ok(())
}
