//! Organisations: the public bodies (and their partners) that own systems and information.

use serde::{Deserialize, Serialize};

/// The catalog's identifier of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct OrganisationId(pub i64);

/// The country whose register issued an organisation number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Organisation {
    /// The catalog's identifier.
    pub id: OrganisationId,
    /// The organisation's content.
    #[serde(flatten)]
    pub draft: OrganisationDraft,
}

/// The digits of an organisation number; a Swedish 12-digit form loses its `16` prefix.
pub fn canonical_number(country: Country, number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match country {
        Country::Sweden if digits.len() == 12 && digits.starts_with("16") => digits[2..].to_owned(),
        _ => digits,
    }
}

impl super::Kind for OrganisationDraft {
    const ENTITY: super::Entity = super::Entity::Organisation;
    type Stored = Organisation;

    /// The name trimmed, the number as its digits.
    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.name);
        self.org_number = canonical_number(self.country, &self.org_number);
        self
    }

    /// The name, and the country code with the number.
    fn search_text(&self) -> Option<(String, String)> {
        let body = format!("{} {}", self.country.code(), self.org_number);
        Some((self.name.clone(), body))
    }
}
