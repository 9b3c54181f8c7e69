//! Integrations: information flowing from one provider system to one or more consumers, with
//! the facts that decide its technology (Örebro's decision tree) and its reuse.

use serde::{Deserialize, Serialize};

use super::Safeguard;
use super::{InformationSetId, PersonId, SystemId};

/// The catalog's identifier of an integration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct IntegrationId(pub i64);

/// How information moves (IntArk's recommended patterns and the classic ones).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// Event-based provisioning: thin notifications, the consumer fetches from the API.
    #[default]
    EventProvisioning,
    /// API look-up / backend for frontend: the consumer asks when it needs the data.
    ApiLookup,
    /// Full synchronisation in batch, for small services with low freshness needs.
    FullSyncBatch,
    /// File transfer.
    FileTransfer,
    /// Message queue, where guaranteed delivery or asynchrony matters.
    MessageQueue,
}

impl Pattern {
    /// Every value, in the order the UI offers them.
    pub const ALL: [Pattern; 5] = [
        Pattern::EventProvisioning,
        Pattern::ApiLookup,
        Pattern::FullSyncBatch,
        Pattern::FileTransfer,
        Pattern::MessageQueue,
    ];
}

/// The interface technology.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Technology {
    /// REST with an OpenAPI description (the first choice).
    #[default]
    Rest,
    /// GraphQL (possible internally).
    Graphql,
    /// SOAP: only to consume existing services, never for a new API.
    SoapLegacy,
    /// Messaging (queues, topics, events).
    Messaging,
    /// Files.
    File,
}

impl Technology {
    /// Every value, in the order the UI offers them.
    pub const ALL: [Technology; 5] = [
        Technology::Rest,
        Technology::Graphql,
        Technology::SoapLegacy,
        Technology::Messaging,
        Technology::File,
    ];
}

/// Whether the consumer waits for the answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The consumer waits.
    #[default]
    Synchronous,
    /// The consumer does not wait.
    Asynchronous,
}

impl Mode {
    /// Every value, in the order the UI offers them.
    pub const ALL: [Mode; 2] = [Mode::Synchronous, Mode::Asynchronous];
}

/// How often information moves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    /// As it happens.
    #[default]
    RealTime,
    /// When the consumer asks.
    OnDemand,
    /// Every hour.
    Hourly,
    /// Every day.
    Daily,
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
}

impl Frequency {
    /// Every value, in the order the UI offers them.
    pub const ALL: [Frequency; 6] = [
        Frequency::RealTime,
        Frequency::OnDemand,
        Frequency::Hourly,
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
    ];
}

/// An integration as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct IntegrationDraft {
    /// Its name.
    pub name: String,
    /// What it is for.
    pub description: String,
    /// The system that provides the information.
    pub provider: Option<SystemId>,
    /// The systems that consume it (at least one).
    pub consumers: Vec<SystemId>,
    /// The integration owner, if assigned (in Örebro's model, the information's owner).
    pub owner: Option<PersonId>,
    /// How information moves.
    pub pattern: Pattern,
    /// The interface technology.
    pub technology: Technology,
    /// Synchronous or asynchronous.
    pub mode: Mode,
    /// How often.
    pub frequency: Frequency,
    /// Expected messages (or records) per day, if known.
    pub volume_per_day: Option<u64>,
    /// Expected size of one message in kilobytes, if known.
    pub message_size_kb: Option<u64>,
    /// Whether delivery must be guaranteed.
    pub guaranteed_delivery: bool,
    /// Whether other consumers can reuse it through the central platform.
    pub reusable_via_platform: bool,
    /// Whether an existing interface could have served instead of building this one.
    pub existing_interface_could_serve: bool,
    /// Why a new interface was built anyway (required when one could have served).
    pub justification: String,
    /// The safeguards it has (checked against those its contracts' classification and
    /// personal data require).
    #[serde(default)]
    pub safeguards: Vec<Safeguard>,
    /// Why the recorded technology differs from the decision tree's advice (empty when it
    /// follows it).
    #[serde(default)]
    pub technology_justification: String,
    /// The information sets it carries, by id: what reuse candidates are looked up by, before
    /// a contract governs it.
    #[serde(default)]
    pub information_sets: Vec<InformationSetId>,
    /// The IntArk checklist items a person has confirmed (those the catalog cannot tell).
    #[serde(default)]
    pub intark_confirmed: Vec<IntarkItem>,
}

/// An item of the "is my service IntArk-compatible" checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum IntarkItem {
    /// It follows one of IntArk's recommended patterns (event-based provisioning, API
    /// look-up / backend for frontend, full synchronisation batch). Derived.
    RecommendedPattern,
    /// Its API is described by an OpenAPI document (a contract's stub, or a documented
    /// interface of the provider). Derived.
    OpenApiSpec,
    /// Its API is registered in an API manager where access is requested. Confirmed by hand.
    ApiRegistered,
    /// For event-based provisioning: its notifications are designed. Confirmed by hand.
    NotificationsDesigned,
    /// Where personal data flows, a data processing agreement covers it (or it stays in
    /// house). Derived.
    DpaInPlace,
    /// A contact point is known for it. Derived.
    ContactPointKnown,
}

impl IntarkItem {
    /// Every item, in checklist order.
    pub const ALL: [IntarkItem; 6] = [
        IntarkItem::RecommendedPattern,
        IntarkItem::OpenApiSpec,
        IntarkItem::ApiRegistered,
        IntarkItem::NotificationsDesigned,
        IntarkItem::DpaInPlace,
        IntarkItem::ContactPointKnown,
    ];

    /// The stable name (message ids `intark-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            IntarkItem::RecommendedPattern => "recommended-pattern",
            IntarkItem::OpenApiSpec => "openapi-spec",
            IntarkItem::ApiRegistered => "api-registered",
            IntarkItem::NotificationsDesigned => "notifications-designed",
            IntarkItem::DpaInPlace => "dpa-in-place",
            IntarkItem::ContactPointKnown => "contact-point-known",
        }
    }

    /// Whether the catalog decides it (else a person confirms it).
    pub fn derived(self) -> bool {
        !matches!(
            self,
            IntarkItem::ApiRegistered | IntarkItem::NotificationsDesigned
        )
    }
}

/// An integration stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Integration {
    /// The catalog's identifier.
    pub id: IntegrationId,
    /// Its content.
    #[serde(flatten)]
    pub draft: IntegrationDraft,
}

impl super::Kind for IntegrationDraft {
    const ENTITY: super::Entity = super::Entity::Integration;
    type Stored = Integration;

    /// The name trimmed; each information set once, in the order first given.
    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.name);
        let mut seen = std::collections::HashSet::new();
        self.information_sets.retain(|set| seen.insert(*set));
        self
    }

    /// The name, and the description.
    fn search_text(&self) -> Option<(String, String)> {
        Some((self.name.clone(), self.description.clone()))
    }
}
