//! Keys are identifiers (ASCII), so that every export can use them unchanged; field names are
//! what ODCS and JSON Schema allow and registers use (`fødselsdato`, `kön`, `län`), and an
//! export that needs an identifier derives one from them.

/// Longest identifier accepted, in bytes (all characters are ASCII).
pub const MAX_IDENTIFIER_LEN: usize = 64;

/// Longest field name accepted, in characters.
pub const MAX_FIELD_NAME_CHARS: usize = 64;

/// True when `name` is a field name: it starts with a letter of any language or `_`, and
/// continues with letters, digits, `_`, `-`, or spaces between words; at most
/// [`MAX_FIELD_NAME_CHARS`] characters.
pub fn is_field_name(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    name.chars().count() <= MAX_FIELD_NAME_CHARS
        && (first.is_alphabetic() || first == '_')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '))
}

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
