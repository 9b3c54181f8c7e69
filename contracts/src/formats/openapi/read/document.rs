//! Reading the document: JSON or YAML text into one JSON value, and its version and title.
//!
//! The value stays untyped (`serde_json::Value`): OpenAPI 3.0 and 3.1 differ in how a schema
//! is written (`nullable` against `type: [.., "null"]`, `example` against `examples`, boolean
//! schemas), and a typed model of either would refuse the other, or any document with one
//! odd value, while this import wants to take what it can understand from real documents.

use serde_json::{Map, Value};

use super::error::OpenApiError;

/// A parsed OpenAPI 3.0 or 3.1 document.
#[derive(Debug)]
pub struct Document {
    /// The whole document.
    pub root: Value,
    /// Its `openapi` version, e.g. `3.1.0`.
    pub openapi: String,
    /// `info.title`, trimmed (empty when missing).
    pub title: String,
    /// `info.version`, trimmed (empty when missing).
    pub version: String,
}

/// The largest document read, in bytes (the largest public API descriptions are around a
/// tenth of it).
pub const MAX_BYTES: usize = 64 << 20;
/// The deepest nesting of `[` and `{` read. The parsers refuse deeper nesting themselves, but
/// only after work that grows with the square of the depth.
const MAX_BRACKETS: usize = 1_000;

/// Reads `source` as an OpenAPI 3.0 or 3.1 document in JSON or YAML.
pub fn parse(source: &[u8]) -> Result<Document, OpenApiError> {
    let map = parse_value(source)?;
    if let Some(version) = map.get("swagger") {
        return Err(OpenApiError::Swagger2 {
            version: scalar_text(version).unwrap_or_else(|| version.to_string()),
        });
    }
    let version = map.get("openapi").ok_or(OpenApiError::NoVersion)?;
    let openapi = scalar_text(version).unwrap_or_else(|| version.to_string());
    if !supported(&openapi) {
        return Err(OpenApiError::UnsupportedVersion { version: openapi });
    }
    let info = |key: &str| {
        map.get("info")
            .and_then(|info| info.get(key))
            .and_then(scalar_text)
            .unwrap_or_default()
    };
    let (title, version) = (info("title"), info("version"));
    Ok(Document {
        root: Value::Object(map),
        openapi,
        title,
        version,
    })
}

/// Reads `source`, JSON or YAML, as a map at its top level (what OpenAPI and JSON Schema
/// documents are), within the limits on size and nesting.
pub fn parse_value(source: &[u8]) -> Result<Map<String, Value>, OpenApiError> {
    if source.len() > MAX_BYTES {
        return Err(OpenApiError::Syntax {
            detail: format!("it has more than {MAX_BYTES} bytes"),
        });
    }
    let text = std::str::from_utf8(source).map_err(|e| OpenApiError::Syntax {
        detail: format!("it is not UTF-8 text: {e}"),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if bracket_depth(text) > MAX_BRACKETS {
        return Err(OpenApiError::Syntax {
            detail: format!("it nests more than {MAX_BRACKETS} levels of [ and {{"),
        });
    }
    let yaml = |text: &str| -> Result<Value, OpenApiError> {
        crate::formats::yaml::limits::check(text).map_err(OpenApiError::YamlLimit)?;
        yaml_serde::from_str(text).map_err(|yaml| OpenApiError::Syntax {
            detail: yaml.to_string(),
        })
    };
    let root = if text.trim_start().starts_with(['{', '[']) {
        // JSON, or YAML's flow style: JSON's error is the more helpful one for a JSON file.
        serde_json::from_str(text).or_else(|json| {
            yaml(text).map_err(|yaml| match yaml {
                OpenApiError::Syntax { .. } => OpenApiError::Syntax {
                    detail: json.to_string(),
                },
                limit => limit,
            })
        })?
    } else {
        yaml(text)?
    };
    match root {
        Value::Object(map) => Ok(map),
        other => Err(OpenApiError::NotAnObject {
            found: match other {
                Value::Null => "empty",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::String(_) => "text",
                Value::Array(_) => "a list",
                Value::Object(_) => "a map",
            },
        }),
    }
}

/// The deepest nesting of brackets in `text`, quotes or not (a bound, not a parse).
fn bracket_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for byte in text.bytes() {
        match byte {
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// 3.0.x and 3.1.x (and YAML's unquoted `3.0`/`3.1`, which parse as numbers).
fn supported(version: &str) -> bool {
    let mut parts = version.split('.');
    parts.next() == Some("3") && matches!(parts.next(), Some("0" | "1"))
}

/// A string's trimmed text, or a number's.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}
