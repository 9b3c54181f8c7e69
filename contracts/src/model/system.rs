//! Systems (applications): what provides and consumes information, who owns it, and where it
//! is in its life.

use serde::{Deserialize, Serialize};

use super::UnitId;

/// The catalog's identifier of a system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct SystemId(pub i64);

/// Where a system is in its life.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Lifecycle {
    /// Decided on or being procured; not yet running.
    Planned,
    /// Being built or introduced.
    InDevelopment,
    /// Running and supported.
    #[default]
    InProduction,
    /// Still running, being replaced: no new integrations should depend on it.
    PhasingOut,
    /// No longer running.
    Retired,
}

impl Lifecycle {
    /// Every stage, in order.
    pub const ALL: [Lifecycle; 5] = [
        Lifecycle::Planned,
        Lifecycle::InDevelopment,
        Lifecycle::InProduction,
        Lifecycle::PhasingOut,
        Lifecycle::Retired,
    ];

    /// The stable name stored in the catalog (the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Lifecycle::Planned => "planned",
            Lifecycle::InDevelopment => "in-development",
            Lifecycle::InProduction => "in-production",
            Lifecycle::PhasingOut => "phasing-out",
            Lifecycle::Retired => "retired",
        }
    }

    /// The stage stored as `name`.
    pub fn from_name(name: &str) -> Option<Lifecycle> {
        Lifecycle::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// A system as the user edits it. Its system owner is a role (see
/// [`Role::SystemOwner`](super::Role::SystemOwner)), so that a successor can be recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct SystemDraft {
    /// Its name, unique in the catalog, e.g. "Visma Enterprise HRM".
    pub name: String,
    /// What it does and for whom.
    #[serde(default)]
    pub description: String,
    /// The unit that owns it (for an external platform: the unit that owns its use).
    #[serde(default)]
    pub owning_unit: Option<UnitId>,
    /// Where it is in its life.
    #[serde(default)]
    pub lifecycle: Lifecycle,
    /// Base URLs of its APIs (`https://…`), first the production one.
    #[serde(default)]
    pub endpoints: Vec<String>,
    /// For an e-service: its cases per period, and how many needed no manual step (Örebro's
    /// effect goal: at least 60 % by 2028).
    #[serde(default)]
    pub case_figures: Vec<CaseFigures>,
}

/// An e-service's cases in one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct CaseFigures {
    /// The last day of the period the figures cover (`YYYY-MM-DD`).
    pub period_end: String,
    /// Cases handled in the period.
    pub cases: u32,
    /// Of those, the cases handled without a manual step.
    pub without_manual_steps: u32,
}

/// A system stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct System {
    /// The catalog's identifier.
    pub id: SystemId,
    /// Its content.
    #[serde(flatten)]
    pub draft: SystemDraft,
}

impl super::Kind for SystemDraft {
    const ENTITY: super::Entity = super::Entity::System;
    type Stored = System;

    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.name);
        self.endpoints.iter_mut().for_each(super::kind::trim);
        self
    }

    /// The name, and the description.
    fn search_text(&self) -> Option<(String, String)> {
        Some((self.name.clone(), self.description.clone()))
    }
}
