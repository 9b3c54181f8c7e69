//! The access register: which consumer (a system or an organisation) may use which
//! integration, granted by whom, from when until when, and under which contract; with the
//! reviews made of it. No access is granted without an approved contract that covers it (the
//! rule is `validate::access`); each grant is due for review by an interval its contract's
//! information decides (`safeguards::access_review`).

use serde::{Deserialize, Serialize};

use super::Safeguard;
use super::{ContractId, ContractStatus, Date, IntegrationId, OrganisationId, PersonId, SystemId};

/// The catalog's identifier of an access grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct GrantId(pub i64);

/// Who receives access: a system, or an organisation as a whole (e.g. a partner that calls
/// the API with its own enterprise certificate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Consumer {
    /// A system of the catalog.
    System(SystemId),
    /// An organisation of the catalog.
    Organisation(OrganisationId),
}

/// What a review decided.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ReviewOutcome {
    /// The access is still needed and right: it continues until the next review.
    #[default]
    Confirmed,
    /// The access is no longer needed: it ends with the review.
    Revoked,
}

impl ReviewOutcome {
    /// Every outcome, in the order the UI offers them.
    pub const ALL: [ReviewOutcome; 2] = [ReviewOutcome::Confirmed, ReviewOutcome::Revoked];

    /// The stable name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewOutcome::Confirmed => "confirmed",
            ReviewOutcome::Revoked => "revoked",
        }
    }

    /// The outcome named by [`ReviewOutcome::as_str`].
    pub fn parse(name: &str) -> Option<ReviewOutcome> {
        ReviewOutcome::ALL.into_iter().find(|o| o.as_str() == name)
    }
}

/// One review of a grant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct AccessReview {
    /// The day of the review (`YYYY-MM-DD`).
    pub reviewed_on: String,
    /// Who reviewed it.
    #[serde(default)]
    pub reviewed_by: Option<PersonId>,
    /// What was decided.
    #[serde(default)]
    pub outcome: ReviewOutcome,
}

/// An access grant as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct GrantDraft {
    /// The integration the consumer may use.
    pub integration: Option<IntegrationId>,
    /// Who may use it.
    pub consumer: Option<Consumer>,
    /// The contract the access is granted under (approved, in force, governing the
    /// integration and naming the consumer).
    pub contract: Option<ContractId>,
    /// Who granted it.
    #[serde(default)]
    pub granted_by: Option<PersonId>,
    /// The first day of access (`YYYY-MM-DD`).
    pub granted_on: String,
    /// The last day of access (`YYYY-MM-DD`).
    pub valid_until: String,
    /// Anything worth knowing (a case number, a scope).
    #[serde(default)]
    pub note: String,
    /// The reviews made, oldest first.
    #[serde(default)]
    pub reviews: Vec<AccessReview>,
}

impl GrantDraft {
    /// The review the grant's schedule counts from: the latest review when there is one.
    pub fn last_review(&self) -> Option<(Date, ReviewOutcome)> {
        self.reviews
            .iter()
            .filter_map(|r| Date::parse(&r.reviewed_on).map(|day| (day, r.outcome)))
            .max_by_key(|(day, _)| *day)
    }

    /// When the next review is due: the interval after the grant began or was last
    /// confirmed (`months` of the access-review safeguard its information requires), at the
    /// latest on its last day; on its last day when no review interval is required. `None`
    /// when it was revoked or its dates are not dates.
    pub fn review_due(&self, months: Option<u32>) -> Option<Date> {
        let until = Date::parse(&self.valid_until)?;
        let since = match self.last_review() {
            Some((_, ReviewOutcome::Revoked)) => return None,
            Some((day, ReviewOutcome::Confirmed)) => day,
            None => Date::parse(&self.granted_on)?,
        };
        Some(months.map_or(until, |months| since.add_months(months).min(until)))
    }
}

/// A grant stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Grant {
    /// The catalog's identifier.
    pub id: GrantId,
    /// Its content.
    #[serde(flatten)]
    pub draft: GrantDraft,
}

/// What the access rule needs to know of a contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ContractCover {
    /// The contract.
    pub id: ContractId,
    /// Its title.
    pub title: String,
    /// Where it is in the workflow.
    pub status: ContractStatus,
    /// Its first day (`YYYY-MM-DD`), if it names one.
    pub valid_from: Option<String>,
    /// Its last day (`YYYY-MM-DD`), if it names one.
    pub valid_to: Option<String>,
    /// The integrations it governs.
    pub integrations: Vec<IntegrationId>,
    /// The system it names as consumer.
    pub consumer_system: SystemId,
    /// The organisation whose unit owns that system, if recorded.
    pub consumer_organisation: Option<OrganisationId>,
    /// The access review the information it carries requires (its highest classification
    /// level's policy, else Datapakt's shipped default, and its personal data), if any.
    pub review: Option<Safeguard>,
    /// Whether that review comes from Datapakt's shipped defaults rather than the level's
    /// own policy.
    pub review_shipped_default: bool,
}

/// Where a grant stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum GrantStatus {
    /// In force, reviewed in time.
    Active,
    /// Granted from a day still to come.
    Upcoming,
    /// In force, but its review is overdue.
    ReviewOverdue,
    /// Its contract no longer allows it (not approved, expired, or no longer covering it).
    ContractNotInForce,
    /// Its last day has passed.
    Lapsed,
    /// A review ended it.
    Revoked,
}

impl GrantStatus {
    /// The stable name (message id `grant-status-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            GrantStatus::Active => "active",
            GrantStatus::Upcoming => "upcoming",
            GrantStatus::ReviewOverdue => "review-overdue",
            GrantStatus::ContractNotInForce => "contract-not-in-force",
            GrantStatus::Lapsed => "lapsed",
            GrantStatus::Revoked => "revoked",
        }
    }

    /// Every status.
    pub const ALL: [GrantStatus; 6] = [
        GrantStatus::Active,
        GrantStatus::Upcoming,
        GrantStatus::ReviewOverdue,
        GrantStatus::ContractNotInForce,
        GrantStatus::Lapsed,
        GrantStatus::Revoked,
    ];
}

impl super::Kind for GrantDraft {
    const ENTITY: super::Entity = super::Entity::AccessGrant;
    type Stored = Grant;

    /// The days trimmed.
    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.granted_on);
        super::kind::trim(&mut self.valid_until);
        for review in &mut self.reviews {
            super::kind::trim(&mut review.reviewed_on);
        }
        self
    }

    /// A grant is found by its integration's and consumer's names and its contract's title,
    /// which the store looks up.
    fn search_text(&self) -> Option<(String, String)> {
        None
    }
}
