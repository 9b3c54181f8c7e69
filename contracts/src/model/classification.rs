//! Classification schemes are catalog data, never code: the same words mean different things
//! in different schemes, so a scheme carries its own aspects, levels, colours and labels, and
//! no scheme is ever mapped onto another.

use serde::{Deserialize, Serialize};

use super::Labels;

/// A classification scheme, such as KLASSA or a Norwegian university's four colours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ClassificationScheme {
    /// Stable key, unique in the catalog, e.g. `se-klassa`.
    pub key: String,
    /// The scheme's name.
    pub name: Labels,
    /// Where the scheme comes from, for people checking it.
    pub source: String,
    /// Shipped with Datapakt as a default (editable; marked so nobody takes it for policy).
    pub shipped_default: bool,
    /// What is rated, each separately (KLASSA: confidentiality, integrity, availability,
    /// traceability); a one-aspect scheme rates confidentiality only.
    pub aspects: Vec<Aspect>,
    /// The levels, lowest first.
    pub levels: Vec<Level>,
}

/// Something a scheme rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Aspect {
    /// Stable key within the scheme, e.g. `confidentiality`.
    pub key: String,
    /// The aspect's name.
    pub name: Labels,
}

/// One level of a scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Level {
    /// Position on the scale, 0 = lowest. Material that numbers levels from 1 keeps its own
    /// numbering in the labels; the ordinal only orders.
    pub ordinal: u8,
    /// Display colour as `#rrggbb`.
    pub colour: String,
    /// The level's name.
    pub name: Labels,
    /// The safeguards information at this level requires, as the catalog's policy; `None`
    /// follows Datapakt's shipped default for the ordinal (`crate::safeguards`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguards: Option<Vec<super::Safeguard>>,
}

/// The catalog's identifier of a classification scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct SchemeId(pub i64);

/// A stored classification scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Scheme {
    /// The catalog's identifier.
    pub id: SchemeId,
    /// The scheme.
    #[serde(flatten)]
    pub draft: ClassificationScheme,
}

impl super::Kind for ClassificationScheme {
    const ENTITY: super::Entity = super::Entity::ClassificationScheme;
    type Stored = Scheme;

    fn normalised(self) -> Self {
        self
    }

    /// Schemes are not in the search.
    fn search_text(&self) -> Option<(String, String)> {
        None
    }
}
