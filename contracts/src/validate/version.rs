//! Contract versions are semantic versions without pre-release or build parts.

/// True for `MAJOR.MINOR.PATCH` with decimal numbers and no leading zeros, e.g. `1.4.0`.
pub fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 9
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}
