//! Organisations: the public bodies (and their partners) that own systems and information.

use serde::{Deserialize, Serialize};

/// The catalog's identifier of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrganisationId(pub i64);

/// The country whose register issued an organisation number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Country {
    /// Norway: 9-digit organisasjonsnummer from Enhetsregisteret.
    #[default]
    #[serde(rename = "NO")]
    Norway,
    /// Sweden: 10-digit organisationsnummer.
    #[serde(rename = "SE")]
    Sweden,
}

impl Country {
    /// The ISO 3166-1 alpha-2 code, as stored.
    pub fn code(self) -> &'static str {
        match self {
            Country::Norway => "NO",
            Country::Sweden => "SE",
        }
    }

    /// The country with this ISO code.
    pub fn from_code(code: &str) -> Option<Country> {
        match code {
            "NO" => Some(Country::Norway),
            "SE" => Some(Country::Sweden),
            _ => None,
        }
    }
}

/// An organisation as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDraft {
    /// The organisation's name, e.g. "Örebro kommun".
    pub name: String,
    /// The country of its register.
    pub country: Country,
    /// Its organisation number, as written (spaces and a hyphen allowed).
    pub org_number: String,
}

/// An organisation stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// The catalog's identifier.
    pub id: OrganisationId,
    /// The organisation's content.
    #[serde(flatten)]
    pub draft: OrganisationDraft,
}
