//! Information contracts: what is exchanged between a provider and a consumer system.

use serde::{Deserialize, Serialize};

use super::{Field, InformationSetId, IntegrationId};

/// The catalog's identifier of a stored contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct ContractId(pub i64);

impl std::fmt::Display for ContractId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A contract as the user edits it: everything but the catalog's identifier.
///
/// Provider and consumer are system names; the store links them to its system register and
/// creates a system the first time a name is used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ContractDraft {
    /// Short human title, e.g. "Elevregister til skoleadministrasjon".
    pub title: String,
    /// What the contract governs and why, in prose.
    pub description: String,
    /// The information owner (dataeier / informationsägare) responsible for the contract.
    pub owner: String,
    /// The system that provides the information.
    pub provider_system: String,
    /// The system that consumes it.
    pub consumer_system: String,
    /// Semantic version of the contract, `MAJOR.MINOR.PATCH`.
    pub version: String,
    /// The fields exchanged, in display order.
    pub fields: Vec<Field>,
    /// Why the consumer receives the information.
    #[serde(default)]
    pub purpose: String,
    /// The legal basis for the processing and the access (e.g. a statute's section).
    #[serde(default)]
    pub legal_basis: String,
    /// Availability and service levels.
    #[serde(default)]
    pub service_levels: ServiceLevels,
    /// How long the consumer may keep the information.
    #[serde(default)]
    pub retention: String,
    /// Who may get access under this contract (no access without an approved contract).
    #[serde(default)]
    pub access: String,
    /// First day the contract applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub valid_from: Option<String>,
    /// Last day the contract applies (`YYYY-MM-DD`).
    #[serde(default)]
    pub valid_to: Option<String>,
    /// Links to definition files (OpenAPI, JSON Schema, ODCS, …).
    #[serde(default)]
    pub links: Vec<String>,
    /// The information sets the contract governs.
    #[serde(default)]
    pub information_sets: Vec<InformationSetId>,
    /// The integrations the contract governs.
    #[serde(default)]
    pub integrations: Vec<IntegrationId>,
    /// Every system involved is run by the controller itself: no processor handles the
    /// personal data, so no data processing agreement is needed.
    #[serde(default)]
    pub in_house: bool,
    /// The national API profile its OpenAPI stub follows; `None`: the catalog's default.
    #[serde(default)]
    pub api_profile: Option<ApiProfile>,
    /// Who may access the information (DCAT-AP-NO's access rights): an approved public
    /// contract is an open API.
    #[serde(default)]
    pub access_rights: AccessRights,
}

/// Who may access the information a contract governs, as DCAT-AP-NO records it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AccessRights {
    /// Anyone (an open API once the contract is approved).
    Public,
    /// Those who meet conditions.
    Restricted,
    /// Only the parties named (the default).
    #[default]
    NonPublic,
}

impl AccessRights {
    /// Every value, in the order the UI offers them.
    pub const ALL: [AccessRights; 3] = [
        AccessRights::NonPublic,
        AccessRights::Restricted,
        AccessRights::Public,
    ];

    /// The stable name (ODCS custom property, message ids `access-rights-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            AccessRights::Public => "public",
            AccessRights::Restricted => "restricted",
            AccessRights::NonPublic => "non-public",
        }
    }

    /// The value named `name`, if any.
    pub fn parse(name: &str) -> Option<AccessRights> {
        AccessRights::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

/// Availability and service levels a provider promises.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ServiceLevels {
    /// Availability in percent as written, e.g. `99.5`.
    #[serde(default)]
    pub availability_percent: Option<String>,
    /// When support answers, e.g. "Mon–Fri 08–16".
    #[serde(default)]
    pub support_hours: String,
    /// Time to first response to an incident, in minutes.
    #[serde(default)]
    pub response_minutes: Option<u32>,
    /// Recovery time objective, in hours.
    #[serde(default)]
    pub recovery_time_hours: Option<u32>,
    /// Recovery point objective (data that may be lost), in hours.
    #[serde(default)]
    pub recovery_point_hours: Option<u32>,
}

/// Where a contract is in its life.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ContractStatus {
    /// Being written.
    #[default]
    Draft,
    /// Waiting for approval.
    InReview,
    /// Approved: access may be granted under it.
    Approved,
    /// No longer in force.
    Retired,
}

impl ContractStatus {
    /// Every status.
    pub const ALL: [ContractStatus; 4] = [
        ContractStatus::Draft,
        ContractStatus::InReview,
        ContractStatus::Approved,
        ContractStatus::Retired,
    ];

    /// The stable name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            ContractStatus::Draft => "draft",
            ContractStatus::InReview => "in-review",
            ContractStatus::Approved => "approved",
            ContractStatus::Retired => "retired",
        }
    }

    /// The status named by [`ContractStatus::as_str`].
    pub fn parse(name: &str) -> Option<ContractStatus> {
        ContractStatus::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Whether the workflow allows moving from `self` to `next`: draft → in review →
    /// approved → retired, and a review can send a contract back to draft.
    pub fn can_become(self, next: ContractStatus) -> bool {
        use ContractStatus::*;
        matches!(
            (self, next),
            (Draft, InReview) | (InReview, Draft) | (InReview, Approved) | (Approved, Retired)
        )
    }
}

/// Where a contract's validity period stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Validity {
    /// Its first day is still to come.
    NotYet,
    /// The day falls within its period (an open end never runs out).
    InForce,
    /// Its last day has passed.
    Expired,
}

impl Validity {
    /// Where a period from `valid_from` to `valid_to` (`YYYY-MM-DD`, either open) stands on
    /// `today` (`YYYY-MM-DD`).
    pub fn on(valid_from: Option<&str>, valid_to: Option<&str>, today: &str) -> Validity {
        if valid_to.is_some_and(|last| last < today) {
            Validity::Expired
        } else if valid_from.is_some_and(|first| first > today) {
            Validity::NotYet
        } else {
            Validity::InForce
        }
    }
}

/// A contract's place in the workflow and who approved it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ContractState {
    /// The current status.
    pub status: ContractStatus,
    /// Who approved it (when approved or retired after approval).
    pub approved_by: Option<String>,
    /// When it was approved, RFC 3339 UTC.
    pub approved_at: Option<String>,
}

/// A contract stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Contract {
    /// The catalog's identifier.
    pub id: ContractId,
    /// The contract's content.
    #[serde(flatten)]
    pub draft: ContractDraft,
    /// Its place in the workflow.
    #[serde(default)]
    pub state: ContractState,
}

/// One line of the contract list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct ContractSummary {
    /// The catalog's identifier.
    pub id: ContractId,
    /// The contract's title.
    pub title: String,
    /// The contract's version.
    pub version: String,
    /// The information owner.
    pub owner: String,
}

impl Contract {
    /// The list line of this contract.
    pub fn summary(&self) -> ContractSummary {
        ContractSummary {
            id: self.id,
            title: self.draft.title.clone(),
            version: self.draft.version.clone(),
            owner: self.draft.owner.clone(),
        }
    }
}

/// A national API profile an OpenAPI stub can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ApiProfile {
    /// No national rules.
    #[default]
    Generic,
    /// KS Fiks (Norway): JWT access tokens from ID-porten with scope `ks` (Maskinporten for
    /// machine integrations, OpenID Connect for citizens' services), the `OnBehalfOf` header
    /// on every request, UTF-8, a 30-second read timeout.
    KsFiks,
    /// The Swedish REST API profile (DIGG): `/v{major}` paths, lower-case hyphenated
    /// resources, an `api-info` resource, `limit` + `page` paging from 1 (default 20), UTC
    /// RFC 3339 dates, bearer tokens only.
    SeRest,
}

impl ApiProfile {
    /// Every profile, in the order the UI offers them.
    pub const ALL: [ApiProfile; 3] = [ApiProfile::Generic, ApiProfile::KsFiks, ApiProfile::SeRest];

    /// The stable name (also the message id suffix, `profile-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            ApiProfile::Generic => "generic",
            ApiProfile::KsFiks => "ks-fiks",
            ApiProfile::SeRest => "se-rest",
        }
    }

    /// The profile named `name`, if any.
    pub fn parse(name: &str) -> Option<ApiProfile> {
        ApiProfile::ALL.into_iter().find(|p| p.as_str() == name)
    }
}

/// The national profile of DCAT-AP a description of the catalog's open APIs follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DcatProfile {
    /// DCAT-AP-NO 2.2 (Norway, data.norge.no).
    DcatApNo,
    /// DCAT-AP-SE 3.0.1 (Sweden, dataportal.se).
    DcatApSe,
}

impl DcatProfile {
    /// Every profile.
    pub const ALL: [DcatProfile; 2] = [DcatProfile::DcatApNo, DcatProfile::DcatApSe];

    /// Its stable name (`dcat-ap-no`, `dcat-ap-se`).
    pub fn as_str(self) -> &'static str {
        match self {
            DcatProfile::DcatApNo => "dcat-ap-no",
            DcatProfile::DcatApSe => "dcat-ap-se",
        }
    }
}

/// The version of the Open Data Contract Standard a contract is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub enum OdcsVersion {
    /// v3.1.0: what datacontract-cli and most ODCS tools read today (the shipped default).
    #[default]
    #[serde(rename = "v3.1.0")]
    V3_1,
    /// v3.2.0 (September 2026): allowed values as the standard's own `enum`.
    #[serde(rename = "v3.2.0")]
    V3_2,
}

impl OdcsVersion {
    /// Every version, oldest first.
    pub const ALL: [OdcsVersion; 2] = [OdcsVersion::V3_1, OdcsVersion::V3_2];

    /// The `apiVersion` it writes.
    pub fn as_str(self) -> &'static str {
        match self {
            OdcsVersion::V3_1 => "v3.1.0",
            OdcsVersion::V3_2 => "v3.2.0",
        }
    }

    /// The version named `name` (`v3.2.0`, or without the `v`).
    pub fn parse(name: &str) -> Option<OdcsVersion> {
        let name = name.trim();
        OdcsVersion::ALL
            .into_iter()
            .find(|v| v.as_str() == name || &v.as_str()[1..] == name)
    }
}

impl super::Kind for ContractDraft {
    const ENTITY: super::Entity = super::Entity::Contract;
    type Stored = Contract;

    fn normalised(mut self) -> Self {
        super::kind::as_set(&mut self.information_sets);
        super::kind::as_set(&mut self.integrations);
        for text in [
            &mut self.title,
            &mut self.owner,
            &mut self.provider_system,
            &mut self.consumer_system,
            &mut self.version,
        ] {
            super::kind::trim(text);
        }
        self
    }

    /// The title, and everything else that is text as the body.
    fn search_text(&self) -> Option<(String, String)> {
        let mut body = vec![
            self.description.as_str(),
            self.owner.as_str(),
            self.provider_system.as_str(),
            self.consumer_system.as_str(),
        ];
        for field in &self.fields {
            body.push(&field.name);
            body.push(&field.description);
        }
        Some((self.title.clone(), body.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::Validity;

    #[test]
    fn a_period_is_in_force_from_its_first_through_its_last_day() {
        let on = |today| Validity::on(Some("2026-01-01"), Some("2026-12-31"), today);
        assert_eq!(on("2025-12-31"), Validity::NotYet);
        assert_eq!(on("2026-01-01"), Validity::InForce);
        assert_eq!(on("2026-12-31"), Validity::InForce);
        assert_eq!(on("2027-01-01"), Validity::Expired);
        assert_eq!(Validity::on(None, None, "2026-06-01"), Validity::InForce);
    }
}
