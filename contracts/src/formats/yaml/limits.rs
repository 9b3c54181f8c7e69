//! What a YAML document may expand to before it is read into a tree.
//!
//! An alias (`*name`) repeats the whole node its anchor (`&name`) marked, so a few kilobytes
//! can stand for gigabytes: a 1 MiB text anchored once and aliased 100,000 times, or a large
//! mapping reused 60,000 times. yaml_serde stops only deep repetition (its "repetition limit"
//! counts jumps, not what they repeat), and building the tree of such a document takes all the
//! memory there is. [`check`] walks the document as yaml_serde would read it, counting the
//! values and the bytes of text every alias repeats, without building anything, and stops at
//! the first that passes a limit, naming it and the place.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// The most values (scalars, sequences, mappings) a document may hold with its aliases
/// repeated.
pub const MAX_NODES: usize = 1_000_000;

/// The most bytes of text (keys and values) a document may hold with its aliases repeated.
pub const MAX_TEXT_BYTES: usize = 64 << 20;

/// A limit a YAML document passed, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{limit} (line {line}, column {column}){alias_note}", alias_note = ALIAS_NOTE)]
pub struct Exceeded {
    /// The limit passed.
    pub limit: Limit,
    /// 1-based line of the value at which the count passed it (for a value an alias repeats,
    /// where its anchor marks it).
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

const ALIAS_NOTE: &str = ": aliases (*name) repeat what an anchor (&name) marks; write the repeated part out where it is needed, or remove the repetition";

/// Which limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Limit {
    /// [`MAX_NODES`].
    #[error("it holds more than {MAX_NODES} values with its aliases repeated")]
    Nodes,
    /// [`MAX_TEXT_BYTES`].
    #[error("it holds more than {} MiB of text with its aliases repeated", MAX_TEXT_BYTES >> 20)]
    Text,
}

/// `Ok` when `text`, with every alias repeated, stays within [`MAX_NODES`] and
/// [`MAX_TEXT_BYTES`]; a syntax error is left to the reader that follows (`Ok`).
pub fn check(text: &str) -> Result<(), Exceeded> {
    let budget = Budget::default();
    let Err(error) = Walk(&budget).deserialize(yaml_serde::Deserializer::from_str(text)) else {
        return Ok(());
    };
    let Some(limit) = budget.passed.get() else {
        return Ok(());
    };
    let (line, column) = error.location().map_or((0, 0), |l| (l.line(), l.column()));
    Err(Exceeded {
        limit,
        line,
        column,
    })
}

impl Exceeded {
    /// The values a message about this names: `measure` (`values` or `text`), `max` (a
    /// count, or MiB), `line` and `column`.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let (measure, max) = match self.limit {
            Limit::Nodes => ("values", MAX_NODES),
            Limit::Text => ("text", MAX_TEXT_BYTES >> 20),
        };
        vec![
            ("measure", measure.to_owned()),
            ("max", max.to_string()),
            ("line", self.line.to_string()),
            ("column", self.column.to_string()),
        ]
    }
}

#[derive(Default)]
struct Budget {
    nodes: Cell<usize>,
    text: Cell<usize>,
    passed: Cell<Option<Limit>>,
}

impl Budget {
    fn spend<E: de::Error>(&self, text: usize) -> Result<(), E> {
        self.nodes.set(self.nodes.get() + 1);
        self.text.set(self.text.get().saturating_add(text));
        let passed = if self.nodes.get() > MAX_NODES {
            Limit::Nodes
        } else if self.text.get() > MAX_TEXT_BYTES {
            Limit::Text
        } else {
            return Ok(());
        };
        self.passed.set(Some(passed));
        Err(E::custom(passed))
    }
}

/// One value of the document, counted with what it holds.
#[derive(Clone, Copy)]
struct Walk<'b>(&'b Budget);

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        self.0.spend(text.len())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.0.spend(0)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged value (`!tag value`): the tag is text, the value is walked.
        use de::VariantAccess;
        self.0.spend::<A::Error>(0)?;
        let (_, variant) = data.variant::<de::IgnoredAny>()?;
        variant.newtype_variant_seed(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        self.0.spend::<A::Error>(0)?;
        while items.next_element_seed(self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<(), A::Error> {
        self.0.spend::<A::Error>(0)?;
        while entries.next_key_seed(self)?.is_some() {
            entries.next_value_seed(self)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_document_and_modest_aliases_pass() {
        let text = "a: &x {b: [1, 2.5, true, null, text]}\nc: *x\nd: !tagged value\n";
        assert_eq!(check(text), Ok(()));
        assert_eq!(check("not: [valid"), Ok(()), "syntax is left to the reader");
    }

    #[test]
    fn a_large_text_repeated_by_aliases_is_refused_naming_its_anchor() {
        let big = "x".repeat(1 << 20);
        let mut text = format!("big: &big {big}\nmany:\n");
        for _ in 0..200 {
            text.push_str("  - *big\n");
        }
        let exceeded = check(&text).unwrap_err();
        assert_eq!(exceeded.limit, Limit::Text);
        assert_eq!((exceeded.line, exceeded.column), (1, 6), "{exceeded}");
        assert!(exceeded.to_string().contains("64 MiB"), "{exceeded}");
    }

    #[test]
    fn a_mapping_repeated_by_aliases_is_refused_by_its_values() {
        let mut text = String::from("base: &m\n");
        for i in 0..100 {
            text.push_str(&format!("  k{i}: v\n"));
        }
        text.push_str("copies:\n");
        for _ in 0..30_000 {
            text.push_str("  - *m\n");
        }
        assert_eq!(check(&text).unwrap_err().limit, Limit::Nodes);
    }
}
