//! Findings: the rules a catalog breaks, each pointing at the item to fix.

use serde::{Deserialize, Serialize};

use super::Entity;

/// A rule of good catalog keeping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A contract names its information owner, its provider and consumer systems and its
    /// fields (a draft may lack them, e.g. one imported from a file that does not say them;
    /// review and approval need them).
    ContractIsComplete,
    /// Every contract has an information owner (a person holding the role).
    ContractHasInformationOwner,
    /// Every information set has an information owner.
    InformationSetHasOwner,
    /// A contract that carries personal data is covered by a data processing agreement.
    PersonalDataHasAgreement,
    /// Every integration has a named owner.
    IntegrationHasOwner,
    /// Every running integration has an information contract approved and in force (Örebro:
    /// "Informationskontrakt ska upprättas för alla systemintegrationer").
    IntegrationHasContract,
    /// An owner who has left has a successor.
    DepartedOwnerHasSuccessor,
    /// Every system still in use has a system owner.
    SystemHasOwner,
    /// A contract governs at least one classified information set, so its classification
    /// (the highest of its fields') is known.
    ContractHasClassification,
    /// An integration has every safeguard its contracts' classification and personal data
    /// require (Datapakt's shipped defaults, see `safeguards`).
    SafeguardGap,
    /// An integration's technology follows the decision tree's advice, or a written
    /// justification says why not; SOAP for a new interface is always a finding.
    TechnologyFollowsAdvice,
    /// An integration is not built new where an existing interface could serve, unless it
    /// says so and justifies it.
    ReuseBeforeBuild,
    /// A request still open is followed up no later than its follow-up day.
    RequestFollowUpOverdue,
    /// A request someone works on (in progress, waiting or escalated) has an assignee who
    /// has not left.
    RequestHasAssignee,
    /// An access grant is reviewed by the day its information's review interval sets.
    AccessReviewOverdue,
    /// An access grant's contract still allows it (approved, in force, covering it).
    AccessContractNotInForce,
    /// An access grant past its last day is ended (revoked at a review, or removed).
    AccessGrantLapsed,
    /// An approved contract is released with the information sets it governs as they are:
    /// one that changed after its last release calls for the contract's next version.
    ReleaseMatchesInformationSets,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 18] = [
        Rule::ContractIsComplete,
        Rule::ContractHasInformationOwner,
        Rule::InformationSetHasOwner,
        Rule::PersonalDataHasAgreement,
        Rule::IntegrationHasOwner,
        Rule::IntegrationHasContract,
        Rule::DepartedOwnerHasSuccessor,
        Rule::SystemHasOwner,
        Rule::ContractHasClassification,
        Rule::SafeguardGap,
        Rule::TechnologyFollowsAdvice,
        Rule::ReuseBeforeBuild,
        Rule::RequestFollowUpOverdue,
        Rule::RequestHasAssignee,
        Rule::AccessReviewOverdue,
        Rule::AccessContractNotInForce,
        Rule::AccessGrantLapsed,
        Rule::ReleaseMatchesInformationSets,
    ];
}

/// One broken rule on one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Finding {
    /// The rule broken.
    pub rule: Rule,
    /// The kind of item.
    pub entity: Entity,
    /// The item's id.
    pub item: i64,
    /// The item's title or name.
    pub title: String,
    /// The values the rule's message names (`person`, `date`, `role`, `variant`); the message
    /// itself is `finding-<rule>` in the translations.
    #[serde(default)]
    pub args: std::collections::BTreeMap<String, String>,
    /// What is wrong and how to fix it, in English (for the CLI and logs).
    pub message: String,
}
