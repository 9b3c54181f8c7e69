//! Answers for what a person does in a native dialog, for end-to-end tests (where no one can
//! click one): only in a build with the `test-hooks` feature, which the tests' build enables
//! and a shipped build never has. Elsewhere every function answers `None`.

use std::path::PathBuf;

/// Where exports go instead of asking (`DATAPAKT_EXPORT_DIR`).
pub fn export_dir() -> Option<PathBuf> {
    var("DATAPAKT_EXPORT_DIR").map(PathBuf::from)
}

/// The answer to every catalog dialog (`DATAPAKT_DIALOG_FILE`).
pub fn dialog_file() -> Option<PathBuf> {
    var("DATAPAKT_DIALOG_FILE").map(PathBuf::from)
}

/// The answer to the import dialog: the lines of the file `DATAPAKT_IMPORT_LIST` names, read
/// when asked (so a test can change them).
pub fn import_list() -> Option<Vec<String>> {
    let list = var("DATAPAKT_IMPORT_LIST")?;
    let text = std::fs::read_to_string(list).unwrap_or_default();
    Some(text.lines().map(str::to_owned).collect())
}

/// The file "open with the system's application" appends paths to instead
/// (`DATAPAKT_OPENED_LOG`).
pub fn opened_log() -> Option<PathBuf> {
    var("DATAPAKT_OPENED_LOG").map(PathBuf::from)
}

#[cfg(feature = "test-hooks")]
fn var(name: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(name)
}

#[cfg(not(feature = "test-hooks"))]
fn var(_: &str) -> Option<std::ffi::OsString> {
    None
}

#[cfg(all(test, not(feature = "test-hooks")))]
mod tests {
    #[test]
    fn a_build_without_the_feature_answers_nothing_whatever_the_environment_says() {
        std::env::set_var("DATAPAKT_DIALOG_FILE", "/etc/passwd");
        assert_eq!(super::dialog_file(), None);
        assert_eq!(super::export_dir(), None);
        assert_eq!(super::import_list(), None);
        assert_eq!(super::opened_log(), None);
    }
}
