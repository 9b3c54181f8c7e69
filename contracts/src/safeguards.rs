//! Classification → required safeguards. No public source gives a complete per-level table,
//! so these are Datapakt's **shipped defaults**, labelled as such wherever they are shown:
//! open information needs nothing; each level above adds requirements; personal data adds
//! its own, special categories and national identity numbers the strictest.
//!
//! Levels are a scheme's ordinals (0 = open). The table is the rule; each row has a test.
//!
//! A catalog sets its own policy per level of each scheme ([`crate::model::Level::safeguards`]);
//! a level without one follows the shipped default ([`for_level`] says which applies). What
//! personal data adds stays the shipped default.

use crate::model::{ClassificationScheme, Level, PersonalData};

pub use crate::model::Safeguard;

/// The shipped default rows: from this level (ordinal) up, these safeguards are required.
const BY_LEVEL: [(u8, &[Safeguard]); 3] = [
    (
        1,
        &[Safeguard::Authentication, Safeguard::EncryptionInTransit],
    ),
    (
        2,
        &[
            Safeguard::EncryptionAtRest,
            Safeguard::AuditLogging,
            Safeguard::AccessReviewYearly,
        ],
    ),
    (
        3,
        &[
            Safeguard::StrongAuthentication,
            Safeguard::AccessReviewHalfYearly,
            Safeguard::HostingInEea,
        ],
    ),
];

/// What personal data adds (shipped defaults).
const FOR_PERSONAL_DATA: &[Safeguard] = &[
    Safeguard::Authentication,
    Safeguard::EncryptionInTransit,
    Safeguard::AuditLogging,
    Safeguard::AccessReviewYearly,
    Safeguard::HostingInEea,
];

/// What special categories, criminal-offence data and national identity numbers add.
const FOR_SENSITIVE_DATA: &[Safeguard] = &[
    Safeguard::StrongAuthentication,
    Safeguard::EncryptionAtRest,
    Safeguard::AccessReviewHalfYearly,
    Safeguard::Pseudonymisation,
];

/// The safeguards required for information classified at `level` (none when unclassified)
/// holding `personal` data, in [`Safeguard::ALL`] order; a half-yearly review replaces the
/// yearly one.
pub fn required(level: Option<u8>, personal: PersonalData) -> Vec<Safeguard> {
    let mut needed: Vec<Safeguard> = BY_LEVEL
        .iter()
        .filter(|(from, _)| level.is_some_and(|level| level >= *from))
        .flat_map(|(_, safeguards)| safeguards.iter().copied())
        .collect();
    if personal.any() {
        needed.extend_from_slice(FOR_PERSONAL_DATA);
    }
    if personal.special_category || personal.criminal_offence || personal.national_id {
        needed.extend_from_slice(FOR_SENSITIVE_DATA);
    }
    needed.sort();
    needed.dedup();
    if needed.contains(&Safeguard::AccessReviewHalfYearly) {
        needed.retain(|s| *s != Safeguard::AccessReviewYearly);
    }
    needed
}

/// The safeguards `level` requires by the catalog's policy, in [`Safeguard::ALL`] order, and
/// whether they are Datapakt's shipped default (the level records no policy of its own).
pub fn for_level(level: &Level) -> (Vec<Safeguard>, bool) {
    match &level.safeguards {
        Some(own) => {
            let mut own = own.clone();
            own.sort();
            own.dedup();
            (own, false)
        }
        None => (shipped_default_for(level.ordinal), true),
    }
}

/// Datapakt's shipped default for a level: every row of the table up to its ordinal.
pub fn shipped_default_for(ordinal: u8) -> Vec<Safeguard> {
    required(Some(ordinal), PersonalData::default())
}

/// The safeguards required for information at `level` (none when unclassified) holding
/// `personal` data: the level's policy and what the personal data adds (shipped defaults), in
/// [`Safeguard::ALL`] order; a half-yearly review replaces the yearly one.
pub fn required_at(level: Option<&Level>, personal: PersonalData) -> Vec<Safeguard> {
    let mut needed = required(None, personal);
    if let Some(level) = level {
        needed.extend(for_level(level).0);
    }
    needed.sort();
    needed.dedup();
    if needed.contains(&Safeguard::AccessReviewHalfYearly) {
        needed.retain(|s| *s != Safeguard::AccessReviewYearly);
    }
    needed
}

/// The level `ordinal` of the scheme keyed `scheme` names, with the catalog's policy for it;
/// a bare level following the shipped default when the scheme or the level is unknown.
pub fn level_in(schemes: &[ClassificationScheme], scheme: Option<&str>, ordinal: u8) -> Level {
    scheme
        .and_then(|key| schemes.iter().find(|s| s.key == key))
        .and_then(|scheme| scheme.levels.iter().find(|l| l.ordinal == ordinal))
        .cloned()
        .unwrap_or_else(|| Level {
            ordinal,
            colour: String::new(),
            name: Default::default(),
            safeguards: None,
        })
}

/// The access review that information at `level` holding `personal` data requires: the
/// access-review safeguard [`required_at`] asks for (so the interval follows the level's
/// policy, else the shipped default), or `None` when it asks for none.
pub fn access_review(level: Option<&Level>, personal: PersonalData) -> Option<Safeguard> {
    required_at(level, personal)
        .into_iter()
        .find(|s| s.review_months().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Safeguard::*;

    const NONE: PersonalData = PersonalData {
        personal: false,
        special_category: false,
        criminal_offence: false,
        national_id: false,
    };

    #[test]
    fn open_or_unclassified_information_without_personal_data_needs_nothing() {
        assert!(required(None, NONE).is_empty());
        assert!(required(Some(0), NONE).is_empty());
    }

    #[test]
    fn level_one_needs_authentication_and_transport_encryption() {
        assert_eq!(
            required(Some(1), NONE),
            [Authentication, EncryptionInTransit]
        );
    }

    #[test]
    fn level_two_adds_encryption_at_rest_logging_and_a_yearly_review() {
        assert_eq!(
            required(Some(2), NONE),
            [
                Authentication,
                EncryptionInTransit,
                EncryptionAtRest,
                AuditLogging,
                AccessReviewYearly
            ]
        );
    }

    #[test]
    fn level_three_and_above_add_strong_authentication_and_eea_hosting() {
        let three = required(Some(3), NONE);
        assert!(three.contains(&StrongAuthentication) && three.contains(&HostingInEea));
        assert!(three.contains(&AccessReviewHalfYearly) && !three.contains(&AccessReviewYearly));
        assert_eq!(required(Some(4), NONE), three);
    }

    #[test]
    fn personal_data_adds_logging_review_and_eea_hosting_even_when_open() {
        let personal = PersonalData {
            personal: true,
            ..NONE
        };
        assert_eq!(
            required(Some(0), personal),
            [
                Authentication,
                EncryptionInTransit,
                AuditLogging,
                AccessReviewYearly,
                HostingInEea
            ]
        );
    }

    #[test]
    fn the_access_review_interval_comes_from_the_same_table() {
        // Open, unclassified or level-one information without personal data: no interval.
        assert_eq!(access_review(None, NONE), None);
        for ordinal in [0, 1] {
            assert_eq!(access_review(Some(&level(ordinal, None)), NONE), None);
        }
        assert_eq!(
            access_review(Some(&level(2, None)), NONE),
            Some(AccessReviewYearly)
        );
        for ordinal in [3, 4] {
            assert_eq!(
                access_review(Some(&level(ordinal, None)), NONE),
                Some(AccessReviewHalfYearly)
            );
        }
        let personal = PersonalData {
            personal: true,
            ..NONE
        };
        assert_eq!(
            access_review(Some(&level(0, None)), personal),
            Some(AccessReviewYearly)
        );
        let national_id = PersonalData {
            national_id: true,
            ..NONE
        };
        assert_eq!(
            access_review(Some(&level(1, None)), national_id),
            Some(AccessReviewHalfYearly)
        );
        assert_eq!(AccessReviewYearly.review_months(), Some(12));
        assert_eq!(AccessReviewHalfYearly.review_months(), Some(6));
        let others: Vec<Safeguard> = Safeguard::ALL
            .into_iter()
            .filter(|s| s.review_months().is_some())
            .collect();
        assert_eq!(others, [AccessReviewYearly, AccessReviewHalfYearly]);
    }

    #[test]
    fn the_access_review_interval_follows_the_level_s_own_policy() {
        let stricter = level(2, Some(vec![AccessReviewHalfYearly]));
        assert_eq!(
            access_review(Some(&stricter), NONE),
            Some(AccessReviewHalfYearly)
        );
        let none = level(4, Some(vec![Authentication]));
        assert_eq!(access_review(Some(&none), NONE), None);
        let scheme = ClassificationScheme {
            levels: vec![stricter.clone()],
            ..crate::classification_defaults::klassa()
        };
        let key = scheme.key.clone();
        assert_eq!(level_in(&[scheme], Some(&key), 2), stricter);
        let bare = level_in(&[], Some(&key), 2);
        assert_eq!((bare.ordinal, bare.safeguards), (2, None));
    }

    #[test]
    fn sensitive_personal_data_is_the_strictest() {
        for sensitive in [
            PersonalData {
                special_category: true,
                ..NONE
            },
            PersonalData {
                criminal_offence: true,
                ..NONE
            },
            PersonalData {
                national_id: true,
                ..NONE
            },
        ] {
            let needed = required(None, sensitive);
            for safeguard in [
                StrongAuthentication,
                EncryptionAtRest,
                AccessReviewHalfYearly,
                Pseudonymisation,
                HostingInEea,
            ] {
                assert!(
                    needed.contains(&safeguard),
                    "{sensitive:?} lacks {safeguard:?}"
                );
            }
            assert!(!needed.contains(&AccessReviewYearly));
        }
    }

    fn level(ordinal: u8, own: Option<Vec<Safeguard>>) -> Level {
        Level {
            ordinal,
            colour: "#808080".into(),
            name: Default::default(),
            safeguards: own,
        }
    }

    #[test]
    fn a_level_without_a_policy_follows_the_shipped_default_and_says_so() {
        assert_eq!(
            for_level(&level(1, None)),
            (vec![Authentication, EncryptionInTransit], true)
        );
        assert_eq!(
            required_at(Some(&level(2, None)), NONE),
            required(Some(2), NONE)
        );
    }

    #[test]
    fn a_levels_own_policy_replaces_the_default_and_is_not_marked_default() {
        let own = level(1, Some(vec![HostingInEea, Authentication, HostingInEea]));
        assert_eq!(for_level(&own), (vec![Authentication, HostingInEea], false));
        assert_eq!(
            required_at(Some(&own), NONE),
            [Authentication, HostingInEea]
        );
        // An empty policy requires nothing of the level; personal data still adds its own.
        let nothing = level(3, Some(Vec::new()));
        assert!(required_at(Some(&nothing), NONE).is_empty());
        let personal = PersonalData {
            personal: true,
            ..NONE
        };
        assert_eq!(
            required_at(Some(&nothing), personal),
            required(None, personal)
        );
    }

    #[test]
    fn a_half_yearly_review_replaces_the_yearly_one_across_policy_and_personal_data() {
        let own = level(1, Some(vec![AccessReviewHalfYearly]));
        let personal = PersonalData {
            personal: true,
            ..NONE
        };
        let needed = required_at(Some(&own), personal);
        assert!(needed.contains(&AccessReviewHalfYearly) && !needed.contains(&AccessReviewYearly));
    }
}
