//! What crosses between the desktop backend and the UI: serde types only, built for wasm too.

use serde::{Deserialize, Serialize};

use crate::model::{ContractDraft, ContractId};
use crate::validate::Issue;

/// A machine-readable error class; the UI branches on it, never on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file is not a Datapakt catalog (not SQLite, another application's, or missing).
    NotACatalog,
    /// The catalog was written by a newer Datapakt.
    NewerSchema,
    /// The input failed validation; see [`WireError::issues`].
    Invalid,
    /// The requested item does not exist.
    NotFound,
    /// Reading or writing a file failed.
    Io,
    /// Anything else; the message says what.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireError {
    /// The error class.
    pub code: ErrorCode,
    /// A complete, human-readable explanation.
    pub message: String,
    /// Per-field findings when `code` is [`ErrorCode::Invalid`].
    #[serde(default)]
    pub issues: Vec<Issue>,
}

impl WireError {
    /// An error with a code and message and no field findings.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> WireError {
        WireError {
            code,
            message: message.into(),
            issues: Vec::new(),
        }
    }
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Saves a contract: a new one when `id` is `None`, otherwise replaces the stored one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveContractRequest {
    /// The stored contract to replace, if any.
    pub id: Option<ContractId>,
    /// The content to save.
    pub draft: ContractDraft,
}

/// The formats a contract can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// An OpenAPI 3.1 stub in JSON.
    Openapi,
    /// The information-contract document as PDF.
    Pdf,
}

impl ExportFormat {
    /// Every format, in the order the UI offers them.
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Openapi, ExportFormat::Pdf];

    /// The file extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Openapi => "json",
            ExportFormat::Pdf => "pdf",
        }
    }

    /// A short label for dialogs and buttons.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Openapi => "OpenAPI 3.1 (JSON)",
            ExportFormat::Pdf => "PDF information contract",
        }
    }
}

/// Exports a stored contract; the backend asks the user where to save it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// The contract to export.
    pub id: ContractId,
    /// The format to write.
    pub format: ExportFormat,
}

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ExportOutcome {
    /// The file was written to `path`.
    Written {
        /// Where the file is.
        path: String,
    },
    /// The user closed the save dialog.
    Cancelled,
}

/// The open catalog, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogInfo {
    /// The path of the catalog file.
    pub path: String,
    /// The names of the known systems, for the provider and consumer pickers.
    pub systems: Vec<String>,
}
