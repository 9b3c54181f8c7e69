//! The diff, the breaking-change rules (each positive and negative) and the proposed version.

use proptest::prelude::*;

use super::*;
use crate::model::{
    AccessRights, Constraints, Field, FieldType, InformationSetId, PersonalData, SchemaField,
    SchemaType, ServiceLevels,
};

fn field(name: &str, field_type: SchemaType) -> SchemaField {
    SchemaField {
        name: name.into(),
        field_type,
        ..SchemaField::default()
    }
}

/// A contract 1.0.0 governing "Elever" (id 1): id (required), name, birth number (national
/// id, level 3), address { street }, status (enum).
fn base() -> Snapshot {
    let mut address = field("adresse", SchemaType::Object);
    address.children = vec![field("gate", SchemaType::String)];
    let mut status = field("status", SchemaType::String);
    status.enum_values = vec!["aktiv".into(), "sluttet".into()];
    let mut birth = field("fodselsnummer", SchemaType::String);
    birth.classification = Some(3);
    birth.personal_data = PersonalData {
        personal: true,
        national_id: true,
        ..PersonalData::default()
    };
    let mut id = field("id", SchemaType::String);
    id.required = true;
    id.format = Some("uuid".into());
    Snapshot {
        contract: ContractDraft {
            title: "Elevregister".into(),
            version: "1.0.0".into(),
            valid_from: Some("2026-01-01".into()),
            service_levels: ServiceLevels {
                availability_percent: Some("99.5".into()),
                response_minutes: Some(60),
                ..ServiceLevels::default()
            },
            fields: vec![Field {
                name: "skolekode".into(),
                field_type: FieldType::String,
                required: true,
                description: "Skolens kode".into(),
            }],
            ..ContractDraft::default()
        },
        sets: vec![SetSnapshot {
            id: InformationSetId(1),
            draft: InformationSetDraft {
                name: "Elever".into(),
                fields: vec![
                    id,
                    field("navn", SchemaType::String),
                    birth,
                    address,
                    status,
                ],
                ..InformationSetDraft::default()
            },
        }],
    }
}

fn set_fields(snapshot: &mut Snapshot) -> &mut Vec<SchemaField> {
    &mut snapshot.sets[0].draft.fields
}

fn named<'a>(fields: &'a mut [SchemaField], name: &str) -> &'a mut SchemaField {
    fields.iter_mut().find(|f| f.name == name).unwrap()
}

fn key(set: &str, path: &[&str]) -> FieldKey {
    FieldKey {
        set: set.into(),
        path: path.iter().map(|p| (*p).to_owned()).collect(),
    }
}

#[test]
fn versions_parse_order_and_bump() {
    let v = Version::parse(" 1.4.2 ").unwrap();
    assert_eq!(v.to_string(), "1.4.2");
    assert_eq!(v.bumped(Bump::Major).to_string(), "2.0.0");
    assert_eq!(v.bumped(Bump::Minor).to_string(), "1.5.0");
    assert_eq!(v.bumped(Bump::Patch).to_string(), "1.4.3");
    assert!(Version::parse("1.10.0") > Version::parse("1.9.9"));
    for bad in ["", "1.0", "1.0.0-rc1", "01.0.0", "a.b.c"] {
        assert_eq!(Version::parse(bad), None, "{bad}");
    }
}

#[test]
fn the_same_version_has_no_changes() {
    assert_eq!(diff(&base(), &base()), []);
    let same = assess(&base(), &base(), Version::parse("1.0.0"));
    assert_eq!((same.bump, same.proposed), (None, None));
}

#[test]
fn each_breaking_rule_applies_to_its_change() {
    let cases: Vec<(&str, Box<dyn FnOnce(&mut Snapshot)>)> = vec![
        (
            "field-removed",
            Box::new(|s| {
                set_fields(s).retain(|f| f.name != "navn");
            }),
        ),
        ("set-removed", Box::new(|s| s.sets.clear())),
        (
            "field-renamed",
            Box::new(|s| named(set_fields(s), "navn").name = "fulltNavn".into()),
        ),
        (
            "type-changed",
            Box::new(|s| named(set_fields(s), "navn").field_type = SchemaType::Integer),
        ),
        (
            "format-narrowed",
            Box::new(|s| named(set_fields(s), "navn").format = Some("email".into())),
        ),
        (
            "made-optional",
            Box::new(|s| named(set_fields(s), "id").required = false),
        ),
        (
            "enum-value-removed",
            Box::new(|s| {
                named(set_fields(s), "status").enum_values.pop();
            }),
        ),
        (
            "classification-raised",
            Box::new(|s| named(set_fields(s), "navn").classification = Some(2)),
        ),
        (
            "personal-data-added",
            Box::new(|s| named(set_fields(s), "navn").personal_data.personal = true),
        ),
        (
            "endpoint-path-changed",
            Box::new(|s| s.sets[0].draft.resource = Some("pupils".into())),
        ),
        (
            "service-level-lowered",
            Box::new(|s| s.contract.service_levels.availability_percent = Some("99".into())),
        ),
        (
            "validity-shortened",
            Box::new(|s| s.contract.valid_to = Some("2026-12-31".into())),
        ),
        (
            "parties-changed",
            Box::new(|s| s.contract.consumer_system = "Ny portal".into()),
        ),
        (
            "scheme-changed",
            Box::new(|s| s.sets[0].draft.scheme = Some("klassa".into())),
        ),
        (
            "access-narrowed",
            Box::new(|s| {
                // From public (as released below) to non-public.
                s.contract.access_rights = AccessRights::NonPublic;
            }),
        ),
    ];
    for (rule, edit) in cases {
        let mut old = base();
        if rule == "access-narrowed" {
            old.contract.access_rights = AccessRights::Public;
        }
        let mut new = base();
        edit(&mut new);
        let judged = assess(&old, &new, Version::parse("1.0.0"));
        let rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
        assert_eq!(rules, [rule], "{rule}: {:#?}", judged.changes);
        assert!(judged.breaking(), "{rule}");
        assert_eq!(judged.proposed, Version::parse("2.0.0"), "{rule}");
    }
}

#[test]
fn additions_are_minor_and_wording_a_patch() {
    let minor: Vec<(&str, Box<dyn FnOnce(&mut Snapshot)>)> = vec![
        (
            "field-added",
            Box::new(|s| set_fields(s).push(field("klasse", SchemaType::String))),
        ),
        (
            "set-added",
            Box::new(|s| {
                s.sets.push(SetSnapshot {
                    id: InformationSetId(2),
                    draft: InformationSetDraft {
                        name: "Skoler".into(),
                        ..InformationSetDraft::default()
                    },
                })
            }),
        ),
        (
            "enum-value-added",
            Box::new(|s| {
                named(set_fields(s), "status")
                    .enum_values
                    .push("permisjon".into())
            }),
        ),
        (
            "format-dropped",
            Box::new(|s| named(set_fields(s), "id").format = None),
        ),
        (
            "classification-lowered",
            Box::new(|s| named(set_fields(s), "fodselsnummer").classification = Some(2)),
        ),
        (
            "personal-data-removed",
            Box::new(|s| {
                named(set_fields(s), "fodselsnummer")
                    .personal_data
                    .national_id = false
            }),
        ),
        (
            "terms-changed",
            Box::new(|s| s.contract.purpose = "Skoleadministrasjon".into()),
        ),
    ];
    for (rule, edit) in minor {
        let mut new = base();
        edit(&mut new);
        let judged = assess(&base(), &new, Version::parse("1.2.3"));
        let rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
        assert_eq!(rules, [rule], "{rule}");
        assert_eq!(judged.proposed, Version::parse("1.3.0"), "{rule}");
    }
    let judged = assess(
        &base(),
        &{
            let mut new = base();
            named(set_fields(&mut new), "navn").description = "Fullt navn".into();
            new.contract.title = "Elevregisteret".into();
            new
        },
        Version::parse("1.2.3"),
    );
    assert!(judged.changes.iter().all(|a| a.rule == "wording-changed"));
    assert_eq!(judged.proposed, Version::parse("1.2.4"));
}

#[test]
fn the_breaking_rules_do_not_apply_to_the_harmless_sides_of_their_change() {
    // Each pair: a change a breaking rule must leave to a later, milder rule.
    let harmless = [
        // Adding an optional field without personal data.
        Change::FieldAdded {
            field: key("Elever", &["klasse"]),
            facts: FieldFacts::default(),
            under_new: false,
        },
        // Dropping a format widens what is allowed.
        Change::FormatChanged {
            field: key("Elever", &["id"]),
            from: Some("uuid".into()),
            to: None,
        },
        // Adding an enum value keeps every old one.
        Change::EnumChanged {
            field: key("Elever", &["status"]),
            from: vec!["a".into()],
            to: vec!["a".into(), "b".into()],
        },
        // Dropping the list allows any value.
        Change::EnumChanged {
            field: key("Elever", &["status"]),
            from: vec!["a".into()],
            to: Vec::new(),
        },
        Change::ClassificationChanged {
            field: key("Elever", &["navn"]),
            from: Some(2),
            to: Some(1),
        },
        Change::PersonalDataChanged {
            field: key("Elever", &["navn"]),
            from: PersonalData {
                personal: true,
                ..PersonalData::default()
            },
            to: PersonalData::default(),
        },
        // Better service: higher availability, faster response.
        Change::TermChanged {
            term: Term::Availability,
            from: "99.5".into(),
            to: "99.9".into(),
        },
        Change::TermChanged {
            term: Term::ResponseMinutes,
            from: "60".into(),
            to: "30".into(),
        },
        // A promise made where there was none.
        Change::TermChanged {
            term: Term::RecoveryTime,
            from: String::new(),
            to: "8".into(),
        },
        // Validity extended, or opened.
        Change::TermChanged {
            term: Term::ValidTo,
            from: "2026-12-31".into(),
            to: "2027-12-31".into(),
        },
        Change::TermChanged {
            term: Term::ValidTo,
            from: "2026-12-31".into(),
            to: String::new(),
        },
        Change::TermChanged {
            term: Term::ValidFrom,
            from: "2026-02-01".into(),
            to: "2026-01-01".into(),
        },
        // Access widened.
        Change::TermChanged {
            term: Term::AccessRights,
            from: "non-public".into(),
            to: "public".into(),
        },
    ];
    for change in harmless {
        let rule = rule_for(&change);
        assert_ne!(
            rule.delivered,
            Bump::Major,
            "{change:?} judged by {}",
            rule.id
        );
    }
}

/// Limits on "navn" from `text` (`key=value` pairs, `unique`, `key`).
fn limits(text: &str) -> Constraints {
    let mut limits = Constraints::default();
    for part in text.split_whitespace() {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        match name {
            "min" => limits.minimum = value.parse().ok(),
            "max" => limits.maximum = value.parse().ok(),
            "minlen" => limits.min_length = value.parse().ok(),
            "maxlen" => limits.max_length = value.parse().ok(),
            "pattern" => limits.pattern = Some(value.to_owned()),
            "unique" => limits.unique = true,
            "key" => limits.primary_key = true,
            other => panic!("{other}"),
        }
    }
    limits
}

#[test]
fn a_limit_narrowed_breaks_consumers_and_one_widened_is_minor_both_ways() {
    for (before, after, narrowed) in [
        ("", "maxlen=20", "constraint-narrowed"),
        ("maxlen=40", "maxlen=20", "constraint-narrowed"),
        ("minlen=1", "minlen=2", "constraint-narrowed"),
        ("", "min=1", "constraint-narrowed"),
        ("min=1", "min=1.5", "constraint-narrowed"),
        ("max=10", "max=9", "constraint-narrowed"),
        ("", "pattern=^[0-9]{4}$", "constraint-narrowed"),
        (
            "pattern=^[0-9]+$",
            "pattern=^[0-9]{4}$",
            "constraint-narrowed",
        ),
        ("", "unique", "constraint-narrowed"),
        ("", "key", "primary-key-changed"),
    ] {
        let run = |from: &str, to: &str| {
            let (mut old, mut new) = (base(), base());
            named(set_fields(&mut old), "navn").constraints = limits(from);
            named(set_fields(&mut new), "navn").constraints = limits(to);
            let assessed = assess(&old, &new, Version::parse("1.0.0"));
            assert_eq!(assessed.changes.len(), 1, "{from} → {to}: {assessed:?}");
            let change = &assessed.changes[0];
            assert!(
                matches!(&change.change, Change::ConstraintChanged { field, .. } if field.path == ["navn"]),
                "{change:?}"
            );
            (
                change.rule.clone(),
                assessed.proposed.map(|v| v.to_string()),
            )
        };
        let (rule, proposed) = run(before, after);
        assert_eq!(
            (rule.as_str(), proposed.as_deref()),
            (narrowed, Some("2.0.0")),
            "{before} → {after}"
        );
        // The other way: every value valid before still is — but a key dropped still breaks,
        // and one pattern for another may reject what the old one took (which, no rule can
        // tell in general).
        let (rule, proposed) = run(after, before);
        let widened = if narrowed == "primary-key-changed" {
            ("primary-key-changed", Some("2.0.0"))
        } else if before.starts_with("pattern") {
            ("constraint-narrowed", Some("2.0.0"))
        } else {
            ("constraint-widened", Some("1.1.0"))
        };
        assert_eq!(
            (rule.as_str(), proposed.as_deref()),
            widened,
            "{after} → {before}"
        );
    }
}

#[test]
fn every_rule_is_reached_and_every_term_is_judged() {
    for term in Term::ALL {
        let rule = rule_for(&Change::TermChanged {
            term,
            from: "a".into(),
            to: "b".into(),
        });
        let expected = match term {
            Term::Title | Term::Description | Term::Owner | Term::Links => "wording-changed",
            // "a" is no longer among the integrations governed.
            Term::Integrations => "integration-removed",
            Term::Provider | Term::Consumer => "parties-changed",
            // "b" is later than "a": the contract starts later.
            Term::ValidFrom => "validity-shortened",
            // Text where a number or a date belongs is judged as terms changed.
            _ => "terms-changed",
        };
        assert_eq!(rule.id, expected, "{term:?}");
    }
    let ids: std::collections::BTreeSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), RULES.len(), "rule ids are unique");
}

#[test]
fn a_renamed_field_carries_its_children_and_their_changes() {
    let mut new = base();
    let address = named(set_fields(&mut new), "adresse");
    address.name = "bosted".into();
    address.children[0].field_type = SchemaType::Integer;
    let changes = diff(&base(), &new);
    assert_eq!(
        changes,
        [
            Change::FieldRenamed {
                field: key("Elever", &["adresse"]),
                to: key("Elever", &["bosted"]),
            },
            Change::TypeChanged {
                field: key("Elever", &["bosted", "gate"]),
                from: "string".into(),
                to: "integer".into(),
            },
        ]
    );
    assert_eq!(apply(flatten(&base()), &changes), flatten(&new));
}

#[test]
fn two_look_alike_fields_renamed_at_once_are_a_removal_and_an_addition_each() {
    let mut old = base();
    set_fields(&mut old).push(field("a", SchemaType::String));
    set_fields(&mut old).push(field("b", SchemaType::String));
    let mut new = old.clone();
    named(set_fields(&mut new), "a").name = "c".into();
    named(set_fields(&mut new), "b").name = "d".into();
    let kinds: Vec<&str> = diff(&old, &new).iter().map(Change::kind).collect();
    assert!(!kinds.contains(&"field-renamed"), "{kinds:?}");
    assert_eq!(apply(flatten(&old), &diff(&old, &new)), flatten(&new));
}

#[test]
fn a_renamed_set_is_matched_by_id_and_its_path_change_is_breaking() {
    let mut new = base();
    new.sets[0].draft.name = "Elevane".into();
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    let rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
    // The path is derived from the name, so it moves too.
    assert_eq!(rules, ["endpoint-path-changed", "wording-changed"]);
    new.sets[0].draft.resource = Some("elever".into());
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    assert_eq!(judged.bump, Some(Bump::Patch), "{:#?}", judged.changes);
    assert_eq!(apply(flatten(&base()), &diff(&base(), &new)), flatten(&new));
}

fn arb_field(depth: u32) -> BoxedStrategy<SchemaField> {
    let leaf = (
        prop::sample::select(vec!["a", "b", "c", "d"]),
        prop::sample::select(SchemaType::ALL[..6].to_vec()),
        any::<bool>(),
        prop::option::of(prop::sample::select(vec!["email", "uuid"])),
        prop::option::of(0u8..4),
        any::<bool>(),
        prop::sample::select(vec!["", "x", "y"]),
        prop::collection::vec(prop::sample::select(vec!["p", "q", "r"]), 0..3),
        (
            prop::option::of(1u64..50),
            any::<bool>(),
            prop::option::of(-5i64..5),
        ),
    )
        .prop_map(
            |(name, t, required, format, level, personal, description, enums, limits)| {
                SchemaField {
                    constraints: Constraints {
                        max_length: limits.0,
                        unique: limits.1,
                        minimum: limits.2.map(Into::into),
                        ..Constraints::default()
                    },
                    name: name.into(),
                    field_type: t,
                    required,
                    format: format.map(str::to_owned),
                    classification: level,
                    personal_data: PersonalData {
                        personal,
                        ..PersonalData::default()
                    },
                    description: description.into(),
                    enum_values: enums.into_iter().map(str::to_owned).collect(),
                    ..SchemaField::default()
                }
            },
        );
    if depth == 0 {
        return leaf.boxed();
    }
    (leaf, prop::collection::vec(arb_field(depth - 1), 0..3))
        .prop_map(|(mut f, children)| {
            if !children.is_empty() {
                f.field_type = SchemaType::Object;
                f.children = unique(children);
            }
            f
        })
        .boxed()
}

/// Fields with unique names among siblings (as the store requires).
fn unique(fields: Vec<SchemaField>) -> Vec<SchemaField> {
    let mut seen = std::collections::BTreeSet::new();
    fields
        .into_iter()
        .filter(|f| seen.insert(f.name.clone()))
        .collect()
}

fn arb_snapshot() -> impl Strategy<Value = Snapshot> {
    prop::collection::vec(
        (
            1i64..4,
            prop::sample::select(vec!["Elever", "Skoler", "Ansatte"]),
            prop::collection::vec(arb_field(2), 0..4),
        ),
        0..3,
    )
    .prop_map(|sets| {
        let mut ids = std::collections::BTreeSet::new();
        let mut names = std::collections::BTreeSet::new();
        Snapshot {
            contract: ContractDraft::default(),
            sets: sets
                .into_iter()
                .filter(|(id, name, _)| ids.insert(*id) && names.insert(*name))
                .map(|(id, name, fields)| SetSnapshot {
                    id: InformationSetId(id),
                    draft: InformationSetDraft {
                        name: name.into(),
                        fields: unique(fields),
                        ..InformationSetDraft::default()
                    },
                })
                .collect(),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_diff_applied_to_the_old_fields_gives_the_new_ones(a in arb_snapshot(), b in arb_snapshot()) {
        prop_assert!(diff(&a, &a).is_empty());
        let changes = diff(&a, &b);
        prop_assert_eq!(apply(flatten(&a), &changes), flatten(&b));
        let judged = judge(changes.clone(), Some(Version::FIRST));
        prop_assert_eq!(judged.changes.len(), changes.len());
        prop_assert_eq!(judged.proposed.is_some(), !changes.is_empty());
    }
}

#[test]
fn a_required_field_that_comes_with_a_new_object_or_set_breaks_nothing_but_personal_data_does() {
    let mut new = base();
    let mut guardian = field("foresatt", SchemaType::Object);
    let mut id = field("id", SchemaType::String);
    id.required = true;
    guardian.children = vec![id];
    set_fields(&mut new).push(guardian);
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    let rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
    assert_eq!(rules, ["field-added", "field-added"]);
    assert_eq!(judged.proposed, Version::parse("1.1.0"));

    // A new set: its required field is new with it; its personal data flows now.
    let mut new = base();
    let mut pupil = field("elevnummer", SchemaType::String);
    pupil.required = true;
    let mut name = field("navn", SchemaType::String);
    name.personal_data.personal = true;
    new.sets.push(SetSnapshot {
        id: InformationSetId(2),
        draft: InformationSetDraft {
            name: "Foresatte".into(),
            fields: vec![pupil, name],
            ..InformationSetDraft::default()
        },
    });
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    let mut rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
    rules.sort();
    assert_eq!(rules, ["field-added", "personal-data-added", "set-added"]);
}

#[test]
fn a_child_renamed_under_a_renamed_parent_is_told_too() {
    let mut new = base();
    let address = named(set_fields(&mut new), "adresse");
    address.name = "bosted".into();
    address.children[0].name = "gatenavn".into();
    let changes = diff(&base(), &new);
    assert_eq!(
        changes,
        [
            Change::FieldRenamed {
                field: key("Elever", &["adresse"]),
                to: key("Elever", &["bosted"]),
            },
            Change::FieldRenamed {
                field: key("Elever", &["bosted", "gate"]),
                to: key("Elever", &["bosted", "gatenavn"]),
            },
        ]
    );
    assert_eq!(apply(flatten(&base()), &changes), flatten(&new));
}

#[test]
fn allowed_values_in_another_order_are_no_change_and_sets_match_by_id_first() {
    let mut new = base();
    named(set_fields(&mut new), "status").enum_values.reverse();
    assert_eq!(diff(&base(), &new), []);

    // Two sets of one name: each is compared with its own earlier version.
    let mut old = base();
    let twin = SetSnapshot {
        id: InformationSetId(2),
        draft: InformationSetDraft {
            name: "Elever".into(),
            ..InformationSetDraft::default()
        },
    };
    old.sets.push(twin.clone());
    let mut new = base();
    new.sets = vec![twin];
    let kinds: Vec<&str> = diff(&old, &new).iter().map(Change::kind).collect();
    assert_eq!(kinds, ["set-removed"]);
}

#[test]
fn a_field_the_provider_now_always_sends_is_minor_for_delivered_data_and_major_for_sent_data() {
    let cases: Vec<(&str, Box<dyn FnOnce(&mut Snapshot)>)> = vec![
        (
            "required-field-added",
            Box::new(|s| {
                let mut new = field("klasse", SchemaType::String);
                new.required = true;
                set_fields(s).push(new);
            }),
        ),
        (
            "made-required",
            Box::new(|s| named(set_fields(s), "navn").required = true),
        ),
    ];
    for (rule, edit) in cases {
        let mut new = base();
        edit(&mut new);
        let judged = assess(&base(), &new, Version::parse("1.0.0"));
        let rules: Vec<&str> = judged.changes.iter().map(|a| a.rule.as_str()).collect();
        assert_eq!(rules, [rule], "{rule}: {:#?}", judged.changes);
        assert!(
            !judged.breaking(),
            "{rule}: a receiving consumer is not broken"
        );
        assert_eq!(judged.proposed, Version::parse("1.1.0"), "{rule}");
        let applied = RULES.iter().find(|r| r.id == rule).unwrap();
        assert_eq!(
            applied.bump(Flow::Sent),
            Bump::Major,
            "{rule}: a sending one is"
        );
    }
    // Made optional the other way round: a receiving consumer can no longer count on it.
    let mut new = base();
    named(set_fields(&mut new), "id").required = false;
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    assert!(judged.breaking());
    let optional = RULES.iter().find(|r| r.id == "made-optional").unwrap();
    assert_eq!(optional.bump(Flow::Sent), Bump::Minor);
    // A required field that also brings personal data is judged by that: still major.
    let mut new = base();
    let mut personal = field("d_nummer", SchemaType::String);
    (personal.required, personal.personal_data.national_id) = (true, true);
    set_fields(&mut new).push(personal);
    let judged = assess(&base(), &new, Version::parse("1.0.0"));
    assert_eq!(judged.changes[0].rule, "personal-data-added");
    assert!(judged.breaking());
}
