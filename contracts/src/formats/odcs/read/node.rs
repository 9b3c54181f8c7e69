//! Reading the document's value tree with each value's place in it, so every error names
//! where it is (`schema[2].properties[5].logicalType`).

use serde_json::{Map, Value};

use super::error::{Expected, OdcsError, Problem};
use crate::formats::odcs::names;

/// The path of `key` under `parent`.
pub fn key_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// The path of item `index` of the list at `parent`.
pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// The name of a value's type, as errors say it.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "mapping",
    }
}

/// A value of the document and where it is.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// The value.
    pub value: &'a Value,
    /// Its path in the document.
    pub at: String,
}

impl<'a> Node<'a> {
    /// The whole document.
    pub fn root(value: &'a Value) -> Node<'a> {
        Node {
            value,
            at: String::new(),
        }
    }

    /// An error at this value.
    pub fn error(&self, problem: Problem) -> OdcsError {
        OdcsError::new(self.at.clone(), problem)
    }

    fn wrong(&self, expected: Expected) -> OdcsError {
        self.error(Problem::WrongType {
            expected,
            found: kind(self.value),
        })
    }

    /// The path of `key` under this value.
    pub fn path_of(&self, key: &str) -> String {
        key_path(&self.at, key)
    }

    /// The value at `key` of this mapping; `None` when absent or null (ODCS's optional
    /// values may be written empty).
    pub fn get(&self, key: &str) -> Option<Node<'a>> {
        match self.value.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some(Node {
                value,
                at: self.path_of(key),
            }),
        }
    }

    /// The value at `key`, which ODCS requires.
    pub fn require(&self, key: &str) -> Result<Node<'a>, OdcsError> {
        self.get(key)
            .ok_or_else(|| OdcsError::new(self.path_of(key), Problem::Missing))
    }

    /// This value as text.
    pub fn text(&self) -> Result<&'a str, OdcsError> {
        self.value
            .as_str()
            .ok_or_else(|| self.wrong(Expected::Text))
    }

    /// A date `YYYY-MM-DD`.
    pub fn date(&self) -> Result<String, OdcsError> {
        let text = self.text()?.trim();
        if crate::validate::is_date(text) {
            Ok(text.to_owned())
        } else {
            Err(self.error(Problem::NotDate {
                value: text.to_owned(),
            }))
        }
    }

    /// This value as `true` or `false`.
    pub fn boolean(&self) -> Result<bool, OdcsError> {
        self.value
            .as_bool()
            .ok_or_else(|| self.wrong(Expected::Boolean))
    }

    /// This value as a whole number of 0 or more that fits 32 bits.
    pub fn whole(&self) -> Result<u32, OdcsError> {
        self.value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| self.wrong(Expected::WholeNumber))
    }

    /// This value as a mapping.
    pub fn mapping(&self) -> Result<&'a Map<String, Value>, OdcsError> {
        self.value
            .as_object()
            .ok_or_else(|| self.wrong(Expected::Mapping))
    }

    /// The items of this list.
    pub fn list(&self) -> Result<Vec<Node<'a>>, OdcsError> {
        let items = self
            .value
            .as_array()
            .ok_or_else(|| self.wrong(Expected::List))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| Node {
                value,
                at: index_path(&self.at, i),
            })
            .collect())
    }

    /// The text at `key`, if any.
    pub fn text_at(&self, key: &str) -> Result<Option<&'a str>, OdcsError> {
        self.get(key).map(|n| n.text()).transpose()
    }

    /// The boolean at `key`, if any.
    pub fn bool_at(&self, key: &str) -> Result<Option<bool>, OdcsError> {
        self.get(key).map(|n| n.boolean()).transpose()
    }

    /// The items of the list at `key` (none when absent).
    pub fn list_at(&self, key: &str) -> Result<Vec<Node<'a>>, OdcsError> {
        self.get(key).map_or_else(|| Ok(Vec::new()), |n| n.list())
    }

    /// Datapakt's custom properties of this element (`customProperties` entries named
    /// `datapakt.…`), each value with its place; other tools' entries are checked only for
    /// what ODCS requires of every entry.
    pub fn datapakt_customs(&self) -> Result<Customs<'a>, OdcsError> {
        let mut found = Vec::new();
        for entry in self.list_at("customProperties")? {
            entry.mapping()?;
            let property = entry.require("property")?;
            let name = property.text()?;
            if let Some(name) = name.strip_prefix(names::PREFIX) {
                if found.iter().any(|(n, _)| n == name) {
                    return Err(property.error(Problem::Duplicate {
                        value: property.text()?.to_owned(),
                    }));
                }
                found.push((name.to_owned(), entry.require("value")?));
            }
        }
        Ok(Customs(found))
    }
}

/// Datapakt's custom properties of one element.
#[derive(Debug, Default)]
pub struct Customs<'a>(Vec<(String, Node<'a>)>);

impl<'a> Customs<'a> {
    /// The value of custom property `datapakt.<name>`, if present.
    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, node)| node)
    }

    /// Its text, if present.
    pub fn text(&self, name: &str) -> Result<Option<&'a str>, OdcsError> {
        self.get(name).map(Node::text).transpose()
    }

    /// Its whole number, if present.
    pub fn whole(&self, name: &str) -> Result<Option<u32>, OdcsError> {
        self.get(name).map(Node::whole).transpose()
    }

    /// Its list of texts (none when absent).
    pub fn texts(&self, name: &str) -> Result<Vec<String>, OdcsError> {
        let Some(node) = self.get(name) else {
            return Ok(Vec::new());
        };
        node.list()?
            .iter()
            .map(|item| item.text().map(str::to_owned))
            .collect()
    }
}
