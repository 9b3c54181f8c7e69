//! The fields a contract exchanges.

use serde::{Deserialize, Serialize};

/// The data type of a field, as JSON Schema and OpenAPI know it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    /// Text.
    #[default]
    String,
    /// A whole number.
    Integer,
    /// A decimal number.
    Number,
    /// True or false.
    Boolean,
    /// A calendar date (RFC 3339 full-date).
    Date,
    /// A point in time (RFC 3339 date-time).
    DateTime,
}

impl FieldType {
    /// Every type, in the order the UI offers them.
    pub const ALL: [FieldType; 6] = [
        FieldType::String,
        FieldType::Integer,
        FieldType::Number,
        FieldType::Boolean,
        FieldType::Date,
        FieldType::DateTime,
    ];

    /// The stable name used in the catalog file and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::DateTime => "date-time",
        }
    }

    /// The type named by [`FieldType::as_str`], if any.
    pub fn parse(name: &str) -> Option<FieldType> {
        FieldType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// One field of a contract.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Field {
    /// The field's name: an identifier (letters, digits, `_`), unique within the contract.
    pub name: String,
    /// The field's data type.
    #[serde(rename = "type")]
    pub field_type: FieldType,
    /// Whether every record carries the field.
    pub required: bool,
    /// What the field means.
    pub description: String,
}
