//! Text that exists in several languages (catalog data such as classification level names).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A language Datapakt speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Norsk bokmål.
    Nb,
    /// Norsk nynorsk.
    Nn,
    /// Svenska.
    Sv,
}

/// One text per language; not every language need be present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Labels(pub BTreeMap<Lang, String>);

impl Lang {
    /// The language of a BCP 47 tag (`nb`, `nb-NO`, `sv-SE`, …; `no` read as bokmål), if
    /// Datapakt speaks it.
    pub fn from_bcp47(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "sv" => Some(Lang::Sv),
            _ => None,
        }
    }
}

impl Labels {
    /// Labels from `(language, text)` pairs.
    pub fn from_pairs(pairs: &[(Lang, &str)]) -> Labels {
        Labels(
            pairs
                .iter()
                .map(|(lang, text)| (*lang, (*text).to_owned()))
                .collect(),
        )
    }

    /// Whether no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|text| text.trim().is_empty())
    }

    /// The text in `lang`, else bokmål for nynorsk (and the reverse), else English, else any.
    pub fn get(&self, lang: Lang) -> &str {
        let fallbacks = match lang {
            Lang::Nn => [Lang::Nn, Lang::Nb, Lang::En],
            Lang::Nb => [Lang::Nb, Lang::Nn, Lang::En],
            other => [other, Lang::En, Lang::En],
        };
        fallbacks
            .iter()
            .find_map(|l| self.0.get(l))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_falls_back_sensibly() {
        let labels = Labels::from_pairs(&[(Lang::Nb, "Åpen"), (Lang::En, "Open")]);
        assert_eq!(labels.get(Lang::Nn), "Åpen");
        assert_eq!(labels.get(Lang::Sv), "Open");
        assert_eq!(
            Labels::from_pairs(&[(Lang::Sv, "Måttlig")]).get(Lang::Nb),
            "Måttlig"
        );
        assert_eq!(Labels::default().get(Lang::En), "");
    }
}
