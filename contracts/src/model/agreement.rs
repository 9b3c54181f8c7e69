//! Data processing agreements (GDPR Art. 28): who processes personal data for whom, what,
//! how long and under which safeguards, and which contracts they cover. The structure
//! follows the EU standard contractual clauses (Decision (EU) 2021/915) and their annexes.

use serde::{Deserialize, Serialize};

use super::{ContractId, OrganisationId};

/// The catalog's identifier of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct AgreementId(pub i64);

/// A sub-processor (Annex IV).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct SubProcessor {
    /// Its name.
    pub name: String,
    /// Its address.
    pub address: String,
    /// Contact person and details.
    pub contact: String,
    /// What it processes for the processor.
    pub processing: String,
}

/// How the controller authorises sub-processors (clause 7.7(a)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SubProcessorAuthorisation {
    /// Prior specific authorisation: only those listed; a request at least this many days
    /// before a new one is engaged.
    Specific {
        /// Days before engagement the request must be made.
        days: u16,
    },
    /// General written authorisation from an agreed list; changes notified at least this many
    /// days in advance so the controller can object.
    General {
        /// Days of advance notice.
        days: u16,
    },
}

impl Default for SubProcessorAuthorisation {
    fn default() -> Self {
        SubProcessorAuthorisation::Specific { days: 30 }
    }
}

/// What Annex I records about a party beyond its name and organisation number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct PartyDetails {
    /// Postal address.
    #[serde(default)]
    pub address: String,
    /// Contact person: name, position and contact details.
    #[serde(default)]
    pub contact: String,
    /// The data protection officer, where there is one.
    #[serde(default)]
    pub dpo: String,
}

/// A data processing agreement as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct AgreementDraft {
    /// A short title.
    pub title: String,
    /// The controller (Annex I).
    pub controller: Option<OrganisationId>,
    /// The processor (Annex I).
    pub processor: Option<OrganisationId>,
    /// The controller's address, contact person and DPO (Annex I).
    #[serde(default)]
    pub controller_details: PartyDetails,
    /// The processor's address, contact person and DPO (Annex I).
    #[serde(default)]
    pub processor_details: PartyDetails,
    /// Whether the optional docking clause (Clause 5) is included.
    #[serde(default)]
    pub docking_clause: bool,
    /// Subject matter of the processing.
    pub subject_matter: String,
    /// Duration of the processing.
    pub duration: String,
    /// Nature and purpose of the processing (Annex II).
    pub nature_and_purpose: String,
    /// Categories of personal data (Annex II).
    pub personal_data: Vec<String>,
    /// Categories of data subjects (Annex II).
    pub data_subjects: Vec<String>,
    /// Sensitive data processed (Art. 9, Art. 10) and the safeguards applied to it
    /// (Annex II); required when any covered contract carries such data.
    #[serde(default)]
    pub sensitive_data: String,
    /// Technical and organisational measures (Annex III), described concretely.
    pub security_measures: String,
    /// Transfers outside the EU/EEA: where, and under which safeguard; empty when none.
    pub transfers_outside_eea: String,
    /// How sub-processors are authorised (clause 7.7(a)).
    pub sub_processor_authorisation: SubProcessorAuthorisation,
    /// The sub-processors (Annex IV).
    pub sub_processors: Vec<SubProcessor>,
    /// The information contracts the agreement covers.
    pub contracts: Vec<ContractId>,
}

/// An agreement stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Agreement {
    /// The catalog's identifier.
    pub id: AgreementId,
    /// Its content.
    #[serde(flatten)]
    pub draft: AgreementDraft,
}

/// A required item of an agreement that the catalog lacks (from the export's preflight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct AgreementGap {
    /// Which item: the suffix of its message id `dpa-gap-…`.
    pub item: String,
    /// The agreement's input that fills it, e.g. `processor_details.address` or
    /// `sub_processors[1].address`.
    pub field: String,
    /// The sub-processor it concerns, counting from 1.
    pub number: Option<usize>,
}

impl AgreementGap {
    /// A gap in `item`, filled through the input `field`.
    pub fn new(item: &str, field: &str) -> AgreementGap {
        AgreementGap {
            item: item.to_owned(),
            field: field.to_owned(),
            number: None,
        }
    }
}

impl super::Kind for AgreementDraft {
    const ENTITY: super::Entity = super::Entity::Agreement;
    type Stored = Agreement;

    fn normalised(self) -> Self {
        self
    }

    /// The title, and the subject matter with the nature and purpose.
    fn search_text(&self) -> Option<(String, String)> {
        let body = format!("{}\n{}", self.subject_matter, self.nature_and_purpose);
        Some((self.title.clone(), body))
    }
}
