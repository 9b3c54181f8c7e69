//! What the ownership and integration map sends across: the filter the UI chooses, and the
//! drawn map with its anomalies, legend and the choices its filters offer.

use serde::{Deserialize, Serialize};

use crate::model::{ContractStatus, Entity, Lifecycle, Pattern};

/// What the map colours its systems and integrations by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Colouring {
    /// The highest classification level of the information (its scheme's colour).
    #[default]
    Classification,
    /// The owner: the integration owner, and a system's system owner.
    Owner,
}

impl Colouring {
    /// Every colouring, in the order the UI offers them.
    pub const ALL: [Colouring; 2] = [Colouring::Classification, Colouring::Owner];

    /// The stable name (the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Colouring::Classification => "classification",
            Colouring::Owner => "owner",
        }
    }
}

/// A classification the map can be filtered by: a level's ordinal (levels are compared by
/// ordinal across schemes, as the safeguard rules do), or no classification at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LevelChoice {
    /// Nothing it carries is classified.
    Unclassified,
    /// Its highest level has this ordinal.
    Level(u8),
}

/// Which part of the portfolio the map shows. Every criterion set must hold (they combine
/// with "and"); none set shows everything.
///
/// An integration is shown when it meets every criterion: `unit` — its provider or a
/// consumer belongs to the unit; `owner` — the person owns it; `classification` — its
/// highest level; `pattern`; `status` — a contract governing it has the status;
/// `lifecycle` — its provider or a consumer is at that stage. A system is shown when an
/// integration shown touches it, or, while neither `pattern` nor `status` is set (they
/// describe integrations only), when it meets every criterion itself: in the unit, the
/// person is its system owner, its own highest level (of what it provides), its lifecycle.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapFilter {
    /// A person (integration owner, or a system's system owner).
    #[serde(default)]
    pub owner: Option<i64>,
    /// An owning unit.
    #[serde(default)]
    pub unit: Option<i64>,
    /// A classification level.
    #[serde(default)]
    pub classification: Option<LevelChoice>,
    /// An integration pattern.
    #[serde(default)]
    pub pattern: Option<Pattern>,
    /// The status of a governing contract.
    #[serde(default)]
    pub status: Option<ContractStatus>,
    /// A system's lifecycle stage.
    #[serde(default)]
    pub lifecycle: Option<Lifecycle>,
    /// What colours mean.
    #[serde(default)]
    pub colouring: Colouring,
}

/// The kinds of anomaly the map highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnomalyKind {
    /// An integration nobody owns.
    NoOwner,
    /// The owner of an integration or a system has left (with no successor).
    OwnerLeft,
    /// An integration's owner is not an owner of the information it carries.
    OwnerNotInformationOwner,
    /// A running integration governed only by contracts not approved or not in force.
    LiveWithoutContractInForce,
    /// An access grant in use under a contract that is not approved or not in force.
    AccessUnderContractNotInForce,
    /// A contract governing integrations classifies nothing it governs.
    UnclassifiedContract,
}

impl AnomalyKind {
    /// Every kind, in the order the map lists them.
    pub const ALL: [AnomalyKind; 6] = [
        AnomalyKind::NoOwner,
        AnomalyKind::OwnerLeft,
        AnomalyKind::OwnerNotInformationOwner,
        AnomalyKind::LiveWithoutContractInForce,
        AnomalyKind::AccessUnderContractNotInForce,
        AnomalyKind::UnclassifiedContract,
    ];

    /// The stable name (the serde name; the message ids are `map-anomaly-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            AnomalyKind::NoOwner => "no-owner",
            AnomalyKind::OwnerLeft => "owner-left",
            AnomalyKind::OwnerNotInformationOwner => "owner-not-information-owner",
            AnomalyKind::LiveWithoutContractInForce => "live-without-contract-in-force",
            AnomalyKind::AccessUnderContractNotInForce => "access-under-contract-not-in-force",
            AnomalyKind::UnclassifiedContract => "unclassified-contract",
        }
    }
}

/// One anomaly as listed beside the map: the item to open, and the explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapAnomaly {
    /// What is wrong.
    pub kind: AnomalyKind,
    /// The kind of item it is about (what a click opens).
    pub entity: Entity,
    /// The item's id.
    pub id: i64,
    /// The item's name or title.
    pub title: String,
    /// What is wrong and what would fix it, translated.
    pub message: String,
}

/// One entry of the map's legend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegendEntry {
    /// The colour, `#rrggbb`.
    pub colour: String,
    /// What it means, translated.
    pub label: String,
}

/// A choice a filter offers: the value and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice<T> {
    /// The value.
    pub value: T,
    /// Its label.
    pub label: String,
}

/// What the map's filters offer, from the whole catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapChoices {
    /// People who own an integration or a system, by name.
    pub owners: Vec<Choice<i64>>,
    /// Units owning a system, by name.
    pub units: Vec<Choice<i64>>,
    /// The classification levels in use, lowest first, then "unclassified".
    pub levels: Vec<Choice<LevelChoice>>,
}

/// The drawn map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapView {
    /// The map as a standalone SVG document.
    pub svg: String,
    /// How many systems it shows.
    pub systems: usize,
    /// How many integrations it shows (each once, however many consumers).
    pub integrations: usize,
    /// The anomalies among what it shows.
    pub anomalies: Vec<MapAnomaly>,
    /// What its colours mean.
    pub legend: Vec<LegendEntry>,
    /// What the filters offer.
    pub choices: MapChoices,
}

/// The picture formats the map exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MapFormat {
    /// Scalable vector graphics.
    Svg,
    /// A PNG image.
    Png,
}

impl MapFormat {
    /// The file extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            MapFormat::Svg => "svg",
            MapFormat::Png => "png",
        }
    }

    /// The format a file name's extension names (any case), if any.
    pub fn from_extension(extension: &str) -> Option<MapFormat> {
        [MapFormat::Svg, MapFormat::Png]
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(extension))
    }
}
