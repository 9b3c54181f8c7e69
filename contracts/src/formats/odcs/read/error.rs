//! What can be wrong with an ODCS document: where (a path in the document, such as
//! `schema[2].properties[5].logicalType`), what, and how to fix it.

use std::path::PathBuf;

/// A document Datapakt cannot import, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}: {problem}", file.display(), if at.is_empty() { "(the document)" } else { at })]
pub struct OdcsError {
    /// The file (empty while the document is read from text).
    pub file: PathBuf,
    /// Where in the document, e.g. `schema[2].properties[5].logicalType`; empty for the
    /// document as a whole.
    pub at: String,
    /// What is wrong.
    pub problem: Problem,
}

impl OdcsError {
    /// A problem at `at`.
    pub fn new(at: impl Into<String>, problem: Problem) -> OdcsError {
        OdcsError {
            file: PathBuf::new(),
            at: at.into(),
            problem,
        }
    }

    /// The same problem, in `file`.
    pub fn in_file(self, file: &std::path::Path) -> OdcsError {
        OdcsError {
            file: file.to_owned(),
            ..self
        }
    }
}

/// What a value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// A whole number of at least 0.
    WholeNumber,
    /// `true` or `false`.
    Boolean,
    /// A mapping (`key: value` lines).
    Mapping,
    /// A list (`- item` lines).
    List,
}

impl Expected {
    /// The stable name (also the select key of the translated message).
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::WholeNumber => "whole-number",
            Expected::Boolean => "boolean",
            Expected::Mapping => "mapping",
            Expected::List => "list",
        }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Expected::Text => "text (a string; quote it if it looks like a number or a date)",
            Expected::WholeNumber => "a whole number of 0 or more",
            Expected::Boolean => "true or false",
            Expected::Mapping => "a mapping of `key: value` lines",
            Expected::List => "a list of `- item` lines",
        })
    }
}

/// What is wrong at a place in the document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The text is not YAML.
    #[error("not valid YAML (line {line}, column {column}): {detail}; fix the syntax there")]
    Yaml {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the YAML reader said.
        detail: String,
    },
    /// YAML whose aliases repeat more than Datapakt reads.
    #[error("the document passes a limit: {0}")]
    YamlLimit(crate::formats::yaml::limits::Exceeded),
    /// YAML that has no JSON equivalent (tags, keys that are not text, NaN).
    #[error("{detail}: ODCS documents are plain JSON-compatible YAML; rewrite this value")]
    NotJson {
        /// What it is.
        detail: String,
    },
    /// An ODCS version Datapakt does not read.
    #[error("apiVersion {found:?} is not an ODCS version Datapakt reads: it reads v3.0.x, v3.1.x and v3.2.x")]
    ApiVersion {
        /// What the document says.
        found: String,
    },
    /// A value of the wrong type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What it should be.
        expected: Expected,
        /// What it is (`text`, `number`, `boolean`, `mapping`, `list`, `null`).
        found: &'static str,
    },
    /// A value ODCS requires is missing.
    #[error("missing: ODCS requires it; add it")]
    Missing,
    /// A value outside the allowed ones.
    #[error("{value:?} is not one of {allowed}; use one of them")]
    NotOneOf {
        /// The value.
        value: String,
        /// The allowed values, comma-separated.
        allowed: String,
    },
    /// A name that is not an identifier.
    #[error("{value:?} is not a field name Datapakt accepts (letters of any language, digits, _, - and single spaces between words, starting with a letter or _, at most 64 characters); rename it")]
    NotIdentifier {
        /// The name.
        value: String,
    },
    /// A name used twice among siblings, or a contract id twice in one import.
    #[error("{value:?} appears more than once; names must be unique here (and a contract id unique among the files of one import)")]
    Duplicate {
        /// The name.
        value: String,
    },
    /// A version that is not `MAJOR.MINOR.PATCH`.
    #[error("{value:?} is not a version Datapakt accepts; write MAJOR.MINOR.PATCH, e.g. 1.0.0")]
    NotVersion {
        /// The version.
        value: String,
    },
    /// A date that is not `YYYY-MM-DD`.
    #[error("{value:?} is not a date; write YYYY-MM-DD")]
    NotDate {
        /// The text.
        value: String,
    },
    /// An e-mail address that is not one.
    #[error("{value:?} is not an e-mail address; Datapakt knows people by theirs")]
    NotEmail {
        /// The text.
        value: String,
    },
    /// An availability that is not a percentage.
    #[error("{value:?} is not a percentage from 0 to 100")]
    NotPercent {
        /// The value.
        value: String,
    },
    /// Text longer than Datapakt keeps.
    #[error("longer than {max} characters; shorten it")]
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// A classification scheme the catalog does not have.
    #[error("there is no classification scheme {key:?} in this catalog; use one of {known}")]
    UnknownScheme {
        /// The key.
        key: String,
        /// The catalog's scheme keys, comma-separated.
        known: String,
    },
    /// A classification that is not a level of the set's scheme.
    #[error("{value:?} is not a level of classification scheme {scheme}; use one of {levels}")]
    UnknownLevel {
        /// The classification.
        value: String,
        /// The scheme's key.
        scheme: String,
        /// Its levels, comma-separated.
        levels: String,
    },
}

impl Problem {
    /// The id of the message that explains this problem in any language, and its values
    /// (besides `file` and `at`).
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Problem::Yaml {
                line,
                column,
                detail,
            } => (
                "error-odcs-yaml",
                vec![
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("detail", detail.clone()),
                ],
            ),
            Problem::YamlLimit(exceeded) => ("error-odcs-yaml-limit", exceeded.message_args()),
            Problem::NotJson { detail } => {
                ("error-odcs-not-json", vec![("detail", detail.clone())])
            }
            Problem::ApiVersion { found } => {
                ("error-odcs-api-version", vec![("found", found.clone())])
            }
            Problem::WrongType { expected, found } => (
                "error-odcs-wrong-type",
                vec![
                    ("expected", expected.as_str().to_owned()),
                    ("found", (*found).to_owned()),
                ],
            ),
            Problem::Missing => ("error-odcs-missing", vec![]),
            Problem::NotOneOf { value, allowed } => (
                "error-odcs-not-one-of",
                vec![("value", value.clone()), ("allowed", allowed.clone())],
            ),
            Problem::NotIdentifier { value } => {
                ("error-odcs-not-identifier", vec![("value", value.clone())])
            }
            Problem::Duplicate { value } => {
                ("error-odcs-duplicate", vec![("value", value.clone())])
            }
            Problem::NotVersion { value } => {
                ("error-odcs-not-version", vec![("value", value.clone())])
            }
            Problem::NotDate { value } => ("error-odcs-not-date", vec![("value", value.clone())]),
            Problem::NotEmail { value } => ("error-odcs-not-email", vec![("value", value.clone())]),
            Problem::NotPercent { value } => {
                ("error-odcs-not-percent", vec![("value", value.clone())])
            }
            Problem::TooLong { max } => ("error-odcs-too-long", vec![("max", max.to_string())]),
            Problem::UnknownScheme { key, known } => (
                "error-odcs-unknown-scheme",
                vec![("key", key.clone()), ("known", known.clone())],
            ),
            Problem::UnknownLevel {
                value,
                scheme,
                levels,
            } => (
                "error-odcs-unknown-level",
                vec![
                    ("value", value.clone()),
                    ("scheme", scheme.clone()),
                    ("levels", levels.clone()),
                ],
            ),
        }
    }
}
