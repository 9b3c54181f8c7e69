//! JSON pointers (RFC 6901) in URI-fragment form, `#/components/schemas/Pet`: building them,
//! reading a `$ref`, and finding what one points at.
//!
//! A location is kept as `#` followed by the pointer with `~0`/`~1` escapes and no
//! percent-encoding, so a location built while walking and one read from a `$ref` compare
//! equal.

use serde_json::Value;

use super::error::OpenApiError;

/// The document's root.
pub const ROOT: &str = "#";

/// `at` extended by one key or index.
pub fn child(at: &str, key: &str) -> String {
    let mut out = String::with_capacity(at.len() + key.len() + 1);
    out.push_str(at);
    out.push('/');
    for c in key.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// The last key of a location (unescaped), e.g. `Pet` for `#/components/schemas/Pet`.
pub fn last_key(at: &str) -> String {
    at.rsplit('/').next().map(unescape).unwrap_or_default()
}

/// The location a `$ref` found at `at` points to, or why it cannot be followed.
pub fn target(reference: &Value, at: &str) -> Result<String, OpenApiError> {
    let Some(text) = reference.as_str() else {
        return Err(OpenApiError::BadRef {
            at: at.to_owned(),
            target: reference.to_string(),
        });
    };
    let bad = || OpenApiError::BadRef {
        at: at.to_owned(),
        target: text.to_owned(),
    };
    let Some(fragment) = text.strip_prefix('#') else {
        return Err(OpenApiError::ExternalRef {
            at: at.to_owned(),
            target: text.to_owned(),
        });
    };
    let pointer = percent_decode(fragment).ok_or_else(bad)?;
    if !pointer.is_empty() && !pointer.starts_with('/') {
        // A plain-name fragment (`#node`) names a `$anchor`, which this import does not follow.
        return Err(bad());
    }
    Ok(format!("#{pointer}"))
}

/// What location `at` (as [`target`] returns it) points to in `root`, if anything.
pub fn resolve<'a>(root: &'a Value, at: &str) -> Option<&'a Value> {
    let pointer = at.strip_prefix('#')?;
    if pointer.is_empty() {
        return Some(root);
    }
    let mut node = root;
    for key in pointer.strip_prefix('/')?.split('/') {
        let key = unescape(key);
        node = match node {
            Value::Object(map) => map.get(&key)?,
            Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

fn unescape(key: &str) -> String {
    key.replace("~1", "/").replace("~0", "~")
}

/// `%XX` escapes decoded; `None` when one is malformed or the bytes are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn locations_escape_and_resolve_back() {
        let doc = json!({"a/b": {"c~d": [10, {"e": true}]}});
        let at = child(&child(&child(ROOT, "a/b"), "c~d"), "1");
        assert_eq!(at, "#/a~1b/c~0d/1");
        assert_eq!(resolve(&doc, &at), Some(&json!({"e": true})));
        assert_eq!(last_key(&at), "1");
        assert_eq!(last_key("#/x/c~0d"), "c~d");
        assert_eq!(resolve(&doc, "#"), Some(&doc));
        assert_eq!(resolve(&doc, "#/a~1b/c~0d/9"), None);
        assert_eq!(resolve(&doc, "#/a~1b/c~0d/x"), None);
        assert_eq!(resolve(&doc, "#nope"), None);
    }

    #[test]
    fn references_are_read_as_locations_or_refused_with_their_place() {
        assert_eq!(
            target(&json!("#/components/schemas/My%20Pet"), "#/x").unwrap(),
            "#/components/schemas/My Pet"
        );
        assert!(matches!(
            target(&json!("other.yaml#/Pet"), "#/x"),
            Err(OpenApiError::ExternalRef { at, .. }) if at == "#/x"
        ));
        assert!(matches!(
            target(&json!("#node"), "#/x"),
            Err(OpenApiError::BadRef { .. })
        ));
        assert!(matches!(
            target(&json!("#/bad%zz"), "#/x"),
            Err(OpenApiError::BadRef { .. })
        ));
        assert!(matches!(
            target(&json!("#/bad%ff"), "#/x"),
            Err(OpenApiError::BadRef { .. })
        ));
        assert!(matches!(
            target(&json!(12), "#/x"),
            Err(OpenApiError::BadRef { .. })
        ));
    }
}
