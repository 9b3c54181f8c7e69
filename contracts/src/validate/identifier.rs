//! Field names must be identifiers, so that every export (OpenAPI, JSON Schema, code) can use
//! them unchanged.

/// Longest identifier accepted, in bytes (all characters are ASCII).
pub const MAX_IDENTIFIER_LEN: usize = 64;

/// True when `name` starts with an ASCII letter or `_`, continues with ASCII letters, digits or
/// `_`, and is at most [`MAX_IDENTIFIER_LEN`] long.
pub fn is_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    let Some(first) = bytes.next() else {
        return false;
    };
    name.len() <= MAX_IDENTIFIER_LEN
        && (first.is_ascii_alphabetic() || first == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}
