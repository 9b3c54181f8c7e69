//! Why a document cannot be imported: each error names the place in the document (a JSON
//! pointer, `#/components/schemas/Pet/properties/owner`) and says how to fix it.

/// A document that cannot be imported as OpenAPI; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpenApiError {
    /// The text is neither JSON nor YAML.
    #[error("the file is neither JSON nor YAML ({detail}): check that it is the file you meant")]
    Syntax {
        /// What the parser said (with line and column).
        detail: String,
    },
    /// YAML whose aliases repeat more than Datapakt reads.
    #[error("the document passes a limit: {0}")]
    YamlLimit(crate::formats::yaml::limits::Exceeded),
    /// The top level is not a map.
    #[error("the document is {found}, not a map at its top level as an OpenAPI document (`openapi`, `info`, `paths`, …) or a JSON Schema (`type`, `properties`, …) is")]
    NotAnObject {
        /// What it is instead ("a list", "text", …).
        found: &'static str,
    },
    /// A JSON Schema that describes no object: no `properties` at its top level, and no object
    /// schema under `$defs` or `definitions`.
    #[error("the JSON Schema describes no object: give it `properties` at its top level, or object schemas under `$defs` (or `definitions`)")]
    NoObjectSchema,
    /// A Swagger (OpenAPI 2.0) document.
    #[error("this is a Swagger {version} document, which Datapakt does not import: convert it to OpenAPI 3 first (e.g. `npx swagger2openapi swagger.json -o openapi.json`), then import that")]
    Swagger2 {
        /// The value of its `swagger` key.
        version: String,
    },
    /// No `openapi` key at the top level.
    #[error("the document has no `openapi` key at its top level, so it is not an OpenAPI 3 document: if it is one, add `openapi: 3.1.0` (or the 3.0.x it follows)")]
    NoVersion,
    /// An OpenAPI version other than 3.0.x or 3.1.x.
    #[error("OpenAPI {version} (at #/openapi) is not supported: Datapakt imports OpenAPI 3.0.x and 3.1.x")]
    UnsupportedVersion {
        /// The value of its `openapi` key.
        version: String,
    },
    /// A `$ref` to a place the document does not have.
    #[error("the $ref at {at} points to {target}, which is not in the document: correct the reference or add what it names")]
    DanglingRef {
        /// Where the `$ref` is.
        at: String,
        /// What it points to.
        target: String,
    },
    /// A `$ref` to another file or a URL.
    #[error("the $ref at {at} points outside the document ({target}): only references within the file (`#/…`) are followed, so bundle the document into one file first (e.g. `npx @redocly/cli bundle openapi.yaml -o bundled.yaml`)")]
    ExternalRef {
        /// Where the `$ref` is.
        at: String,
        /// What it points to.
        target: String,
    },
    /// A `$ref` that is not a JSON pointer into the document.
    #[error("the $ref at {at} is not a JSON pointer within the document ({target}): write it as `#/components/schemas/Name`")]
    BadRef {
        /// Where the `$ref` is.
        at: String,
        /// What it says.
        target: String,
    },
}

impl OpenApiError {
    /// The id of the message that explains this error in any language (`error-openapi-…`)
    /// and the values it names (besides the file's `path`).
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            OpenApiError::Syntax { detail } => {
                ("error-openapi-syntax", vec![("detail", detail.clone())])
            }
            OpenApiError::YamlLimit(exceeded) => {
                ("error-openapi-yaml-limit", exceeded.message_args())
            }
            OpenApiError::NotAnObject { .. } => ("error-openapi-not-object", vec![]),
            OpenApiError::Swagger2 { version } => {
                ("error-openapi-swagger", vec![("version", version.clone())])
            }
            OpenApiError::NoVersion => ("error-openapi-no-version", vec![]),
            OpenApiError::NoObjectSchema => ("error-openapi-no-object-schema", vec![]),
            OpenApiError::UnsupportedVersion { version } => (
                "error-openapi-unsupported-version",
                vec![("version", version.clone())],
            ),
            OpenApiError::DanglingRef { at, target } => (
                "error-openapi-dangling-ref",
                vec![("at", at.clone()), ("target", target.clone())],
            ),
            OpenApiError::ExternalRef { at, target } => (
                "error-openapi-external-ref",
                vec![("at", at.clone()), ("target", target.clone())],
            ),
            OpenApiError::BadRef { at, target } => (
                "error-openapi-bad-ref",
                vec![("at", at.clone()), ("target", target.clone())],
            ),
        }
    }
}
