//! The safeguards an integration may have (authentication, encryption, audit logging, access
//! reviews, …): what the policy in [`crate::safeguards`] requires and an integration records.

use serde::{Deserialize, Serialize};

/// A safeguard an integration must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Safeguard {
    /// Callers are authenticated (machine or user identity).
    Authentication,
    /// Strong authentication: multi-factor for people, signed client assertions for systems.
    StrongAuthentication,
    /// Encryption in transit (TLS 1.2 or later).
    EncryptionInTransit,
    /// Encryption at rest.
    EncryptionAtRest,
    /// Every access is logged and the log kept.
    AuditLogging,
    /// Access rights are reviewed at least once a year.
    AccessReviewYearly,
    /// Access rights are reviewed at least every six months.
    AccessReviewHalfYearly,
    /// Hosting only within the EU/EEA.
    HostingInEea,
    /// Pseudonymisation wherever the purpose allows it.
    Pseudonymisation,
}

impl Safeguard {
    /// Every safeguard, weakest first.
    pub const ALL: [Safeguard; 9] = [
        Safeguard::Authentication,
        Safeguard::StrongAuthentication,
        Safeguard::EncryptionInTransit,
        Safeguard::EncryptionAtRest,
        Safeguard::AuditLogging,
        Safeguard::AccessReviewYearly,
        Safeguard::AccessReviewHalfYearly,
        Safeguard::HostingInEea,
        Safeguard::Pseudonymisation,
    ];

    /// The stable name, also the suffix of its message id (`safeguard-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Safeguard::Authentication => "authentication",
            Safeguard::StrongAuthentication => "strong-authentication",
            Safeguard::EncryptionInTransit => "encryption-in-transit",
            Safeguard::EncryptionAtRest => "encryption-at-rest",
            Safeguard::AuditLogging => "audit-logging",
            Safeguard::AccessReviewYearly => "access-review-yearly",
            Safeguard::AccessReviewHalfYearly => "access-review-half-yearly",
            Safeguard::HostingInEea => "hosting-in-eea",
            Safeguard::Pseudonymisation => "pseudonymisation",
        }
    }

    /// For an access-review safeguard, the most months that may pass between reviews (its
    /// name says how often: yearly 12, every six months 6); `None` for the others.
    pub fn review_months(self) -> Option<u32> {
        match self {
            Safeguard::AccessReviewYearly => Some(12),
            Safeguard::AccessReviewHalfYearly => Some(6),
            _ => None,
        }
    }
}
