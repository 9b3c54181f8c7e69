//! Names the catalog accepts: a property name that is not a field name (`@type`, `2fa`,
//! `a/b`) becomes an identifier, unique among its siblings; set names become unique within
//! the import; every change is recorded as a [`Renamed`].

use std::collections::HashSet;

use crate::validate::{is_field_name, is_identifier, MAX_IDENTIFIER_LEN, MAX_TITLE_CHARS};

use super::Renamed;

/// The name used for a field whose name has nothing usable in it.
const FALLBACK_FIELD: &str = "field";
/// The name used for a set whose name is blank.
const FALLBACK_SET: &str = "schema";

/// `name` as an identifier: ASCII letters, digits and `_`, not starting with a digit, at
/// most [`MAX_IDENTIFIER_LEN`] long. Nordic and German letters are spelt out (`ø` → `oe`);
/// any other character becomes `_`.
pub fn identifier(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            c if c.is_ascii_alphanumeric() || c == '_' => out.push(c),
            'æ' | 'ä' => out.push_str("ae"),
            'Æ' | 'Ä' => out.push_str("Ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'Ø' | 'Ö' => out.push_str("Oe"),
            'å' => out.push_str("aa"),
            'Å' => out.push_str("Aa"),
            'ü' => out.push_str("ue"),
            'Ü' => out.push_str("Ue"),
            'ß' => out.push_str("ss"),
            _ => out.push('_'),
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    if out.bytes().all(|b| b == b'_') {
        out = FALLBACK_FIELD.to_owned();
    }
    out.truncate(MAX_IDENTIFIER_LEN);
    debug_assert!(is_identifier(&out));
    out
}

/// Names handed out among one set of siblings.
pub struct Siblings {
    taken: HashSet<String>,
    handed: HashSet<String>,
}

impl Siblings {
    /// Siblings whose names in the document are `raw`: each name that is already a field
    /// name is kept for its (first) field, so only the others are renamed (and a name a
    /// format lets repeat, as XML Schema's choices do, gets a suffix the second time).
    pub fn new<'r>(raw: impl IntoIterator<Item = &'r str>) -> Siblings {
        Siblings {
            taken: raw
                .into_iter()
                .filter(|name| is_field_name(name))
                .map(str::to_owned)
                .collect(),
            handed: HashSet::new(),
        }
    }

    /// A unique identifier for the field called `raw` at `at`, recording a rename in
    /// `renamed` when it differs.
    pub fn claim(&mut self, raw: &str, at: &str, renamed: &mut Vec<Renamed>) -> String {
        if is_field_name(raw) && self.handed.insert(raw.to_owned()) {
            return raw.to_owned();
        }
        let base = identifier(raw);
        let name = unique(
            &base,
            |candidate| self.taken.contains(candidate),
            |base, n| {
                let suffix = format!("_{n}");
                let mut base = base.to_owned();
                base.truncate(MAX_IDENTIFIER_LEN - suffix.len());
                base + &suffix
            },
        );
        self.taken.insert(name.clone());
        self.handed.insert(name.clone());
        if name != raw {
            renamed.push(Renamed {
                at: at.to_owned(),
                from: raw.to_owned(),
                to: name.clone(),
            });
        }
        name
    }
}

/// Set names handed out in one import (compared without regard to case).
#[derive(Default)]
pub struct SetNames {
    taken: HashSet<String>,
}

impl SetNames {
    /// A unique, trimmed, non-blank name for the set wanted as `wanted` from `at`, recording
    /// a rename in `renamed` when it differs.
    pub fn claim(&mut self, wanted: &str, at: &str, renamed: &mut Vec<Renamed>) -> String {
        let trimmed: String = wanted
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(MAX_TITLE_CHARS - 6)
            .collect();
        let base = if trimmed.is_empty() {
            FALLBACK_SET.to_owned()
        } else {
            trimmed
        };
        let name = unique(
            &base,
            |candidate| self.taken.contains(&candidate.to_lowercase()),
            |base, n| format!("{base} ({n})"),
        );
        self.taken.insert(name.to_lowercase());
        if name != wanted {
            renamed.push(Renamed {
                at: at.to_owned(),
                from: wanted.to_owned(),
                to: name.clone(),
            });
        }
        name
    }
}

/// `base`, or the first of `numbered(base, 2)`, `numbered(base, 3)`, … not `taken`.
fn unique(
    base: &str,
    taken: impl Fn(&str) -> bool,
    numbered: impl Fn(&str, usize) -> String,
) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| numbered(base, n))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_identifiers() {
        for (raw, expected) in [
            ("name", "name"),
            ("first-name", "first_name"),
            ("@type", "_type"),
            ("2fa", "_2fa"),
            ("fødselsnummer", "foedselsnummer"),
            ("Årstrinn", "Aarstrinn"),
            ("", "field"),
            ("---", "field"),
            ("日本", "field"),
        ] {
            assert_eq!(identifier(raw), expected, "{raw:?}");
        }
        let long = identifier(&"x".repeat(100));
        assert_eq!(long.len(), MAX_IDENTIFIER_LEN);
    }

    #[test]
    fn siblings_get_unique_names_and_every_change_is_reported() {
        let mut renamed = Vec::new();
        let long = "y".repeat(80);
        let longer = "y".repeat(90);
        let raw = [
            "a.b",
            "a_b",
            "a/b",
            "ok",
            "fødselsdato",
            "first name",
            &long,
            &longer,
        ];
        let mut siblings = Siblings::new(raw);
        let names: Vec<String> = raw
            .iter()
            .map(|raw| siblings.claim(raw, "#/p", &mut renamed))
            .collect();
        // Field names (letters of any language) are kept; the others become identifiers.
        assert_eq!(
            names[..6],
            ["a_b_2", "a_b", "a_b_3", "ok", "fødselsdato", "first name"]
        );
        assert_eq!(names[6].len(), MAX_IDENTIFIER_LEN);
        assert!(names[7].ends_with("_2") && names[7].len() == MAX_IDENTIFIER_LEN);
        assert!(names.iter().all(|n| is_field_name(n)));
        let from: Vec<&str> = renamed.iter().map(|r| r.from.as_str()).collect();
        assert_eq!(from, ["a.b", "a/b", &long, &longer]);
    }

    #[test]
    fn set_names_are_trimmed_and_unique_without_regard_to_case() {
        let mut renamed = Vec::new();
        let mut sets = SetNames::default();
        assert_eq!(sets.claim("Pet", "#/a", &mut renamed), "Pet");
        assert_eq!(sets.claim(" pet ", "#/b", &mut renamed), "pet (2)");
        assert_eq!(sets.claim("  ", "#/c", &mut renamed), "schema");
        assert_eq!(renamed.len(), 2);
    }
}
