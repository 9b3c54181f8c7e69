//! The classification schemes Datapakt ships as defaults (from `shared/domain.md`'s verified
//! facts). Every one is marked `shipped_default`: a catalog may edit or replace them, and no
//! one should take them for the organisation's own policy.

use crate::model::{Aspect, ClassificationScheme, Labels, Lang, Level};

fn labels(pairs: &[(Lang, &str)]) -> Labels {
    Labels::from_pairs(pairs)
}

/// Sweden: SKR's KLASSA, built on MSB's model. Four aspects rated separately on one
/// consequence scale, 0–4 (the top level is SKR's addition).
pub fn klassa() -> ClassificationScheme {
    use Lang::{En, Sv};
    let aspect = |key: &str, sv: &str, en: &str| Aspect {
        key: key.into(),
        name: labels(&[(Sv, sv), (En, en)]),
    };
    let level = |ordinal: u8, colour: &str, sv: &str, en: &str| Level {
        ordinal,
        colour: colour.into(),
        name: labels(&[(Sv, sv), (En, en)]),
        safeguards: None,
    };
    ClassificationScheme {
        key: "se-klassa".into(),
        name: labels(&[(Sv, "KLASSA (SKR)"), (En, "KLASSA (SKR, Sweden)")]),
        source: "SKR:s KLASSA, byggd på MSB:s modell för informationsklassning".into(),
        shipped_default: true,
        aspects: vec![
            aspect("confidentiality", "Konfidentialitet", "Confidentiality"),
            aspect("integrity", "Riktighet", "Integrity"),
            aspect("availability", "Tillgänglighet", "Availability"),
            aspect("traceability", "Spårbarhet", "Traceability"),
        ],
        levels: vec![
            level(0, "#2e7d32", "Ingen eller försumbar", "None or negligible"),
            level(1, "#f9a825", "Måttlig", "Moderate"),
            level(2, "#ef6c00", "Betydande", "Significant"),
            level(3, "#c62828", "Allvarlig", "Serious"),
            level(4, "#000000", "Synnerligen allvarlig", "Very serious"),
        ],
    }
}

/// Norway: the universities' four colours with the labels UiS, USN, NTNU and HVL use
/// (UiO and UiB say "Begrenset" for yellow; edit the labels to match your institution), in
/// bokmål, nynorsk (as HVL writes them) and English.
pub fn norwegian_universities() -> ClassificationScheme {
    use Lang::{En, Nb, Nn};
    let level = |ordinal: u8, colour: &str, nb: &str, nn: &str, en: &str| Level {
        ordinal,
        colour: colour.into(),
        name: labels(&[(Nb, nb), (Nn, nn), (En, en)]),
        safeguards: None,
    };
    ClassificationScheme {
        key: "no-uh".into(),
        name: labels(&[
            (
                Nb,
                "Universitets- og høyskolesektoren (grønn/gul/rød/svart)",
            ),
            (
                Nn,
                "Universitets- og høgskulesektoren (grøn/gul/raud/svart)",
            ),
            (En, "Norwegian universities (green/yellow/red/black)"),
        ]),
        source: "Klassifiseringsveiledere ved UiS, USN, NTNU og HVL".into(),
        shipped_default: true,
        aspects: vec![Aspect {
            key: "confidentiality".into(),
            name: labels(&[
                (Nb, "Konfidensialitet"),
                (Nn, "Konfidensialitet"),
                (En, "Confidentiality"),
            ]),
        }],
        levels: vec![
            level(0, "#2e7d32", "Åpen", "Open", "Open"),
            level(1, "#f9a825", "Intern", "Intern", "Internal"),
            level(2, "#c62828", "Fortrolig", "Fortruleg", "Confidential"),
            level(
                3,
                "#000000",
                "Strengt fortrolig",
                "Strengt fortruleg",
                "Strictly confidential",
            ),
        ],
    }
}

/// Every shipped scheme.
pub fn shipped_schemes() -> Vec<ClassificationScheme> {
    vec![klassa(), norwegian_universities()]
}

#[cfg(test)]
mod tests {
    use crate::validate::scheme_issues;

    #[test]
    fn the_universities_scale_speaks_nynorsk_not_bokmal_in_a_nynorsk_window() {
        use crate::model::Lang;
        let scheme = super::norwegian_universities();
        let nn: Vec<String> = scheme
            .levels
            .iter()
            .map(|l| l.name.get(Lang::Nn).to_owned())
            .collect();
        assert_eq!(nn, ["Open", "Intern", "Fortruleg", "Strengt fortruleg"]);
        let nb: Vec<&str> = scheme.levels.iter().map(|l| l.name.get(Lang::Nb)).collect();
        assert_eq!(nb, ["Åpen", "Intern", "Fortrolig", "Strengt fortrolig"]);
        assert!(scheme.name.get(Lang::Nn).contains("høgskulesektoren"));
    }

    #[test]
    fn the_shipped_schemes_are_valid_and_marked_as_defaults() {
        for scheme in super::shipped_schemes() {
            assert_eq!(scheme_issues(&scheme), vec![], "{}", scheme.key);
            assert!(scheme.shipped_default);
        }
    }
}
