use super::*;
use crate::model::{ContractDraft, Field, FieldType};

fn valid() -> ContractDraft {
    ContractDraft {
        title: "Elevregister".into(),
        description: String::new(),
        owner: "Åse Bjørnstad".into(),
        provider_system: "Visma Flyt Skole".into(),
        consumer_system: "Skoleportalen".into(),
        version: "1.0.0".into(),
        fields: vec![Field {
            name: "elevId".into(),
            field_type: FieldType::String,
            required: true,
            description: "Elevens id".into(),
        }],
        ..ContractDraft::default()
    }
}

fn codes(draft: &ContractDraft) -> Vec<(FieldPath, IssueCode)> {
    contract_issues(draft)
        .into_iter()
        .map(|i| (i.path, i.code))
        .collect()
}

#[test]
fn a_complete_contract_has_no_issues() {
    assert_eq!(codes(&valid()), vec![]);
}

#[test]
fn an_empty_or_blank_title_is_required() {
    let mut d = valid();
    d.title = "   ".into();
    assert_eq!(codes(&d), vec![(FieldPath::Title, IssueCode::Required)]);
}

#[test]
fn an_overlong_title_is_refused() {
    let mut d = valid();
    d.title = "ø".repeat(MAX_TITLE_CHARS + 1);
    assert_eq!(
        codes(&d),
        vec![(
            FieldPath::Title,
            IssueCode::TooLong {
                max: MAX_TITLE_CHARS
            }
        )]
    );
    d.title = "ø".repeat(MAX_TITLE_CHARS);
    assert_eq!(codes(&d), vec![]);
}

#[test]
fn owner_and_systems_are_required() {
    let mut d = valid();
    d.owner.clear();
    d.provider_system = " ".into();
    d.consumer_system.clear();
    assert_eq!(
        codes(&d),
        vec![
            (FieldPath::Owner, IssueCode::Required),
            (FieldPath::ProviderSystem, IssueCode::Required),
            (FieldPath::ConsumerSystem, IssueCode::Required),
        ]
    );
}

#[test]
fn versions_must_be_semver() {
    for good in ["0.0.1", "1.0.0", "10.20.30"] {
        assert!(is_semver(good), "{good}");
    }
    for bad in [
        "",
        "1",
        "1.0",
        "1.0.0.0",
        "01.0.0",
        "1.a.0",
        "1.0.0-rc1",
        "v1.0.0",
        "1..0",
    ] {
        assert!(!is_semver(bad), "{bad}");
    }
    let mut d = valid();
    d.version = "1.0".into();
    assert_eq!(codes(&d), vec![(FieldPath::Version, IssueCode::NotSemver)]);
}

#[test]
fn a_contract_needs_a_field() {
    let mut d = valid();
    d.fields.clear();
    assert_eq!(codes(&d), vec![(FieldPath::Fields, IssueCode::NoFields)]);
}

#[test]
fn field_names_must_be_identifiers() {
    for good in ["a", "_x", "elevId", "skole_aar2", &"a".repeat(64)] {
        assert!(is_identifier(good), "{good}");
    }
    for bad in [
        "",
        "2go",
        "fødselsdato",
        "first name",
        "a-b",
        "<script>",
        &"a".repeat(65),
    ] {
        assert!(!is_identifier(bad), "{bad}");
    }
    // Field names are what ODCS and JSON Schema allow and registers use.
    for good in [
        "fødselsdato",
        "kön",
        "län",
        "Årstrinn",
        "first name",
        "a-b",
        "_x",
        "日本",
    ] {
        assert!(is_field_name(good), "{good}");
    }
    for bad in [
        "",
        "2go",
        "<script>",
        " lead",
        "trail ",
        "two  spaces",
        "a.b",
        "tab\t",
    ] {
        assert!(!is_field_name(bad), "{bad}");
    }
    assert!(is_field_name(&"ø".repeat(64)) && !is_field_name(&"ø".repeat(65)));
    let mut d = valid();
    d.fields[0].name = "fødselsdato".into();
    assert_eq!(codes(&d), vec![]);
    d.fields[0].name = "<script>".into();
    assert_eq!(
        codes(&d),
        vec![(FieldPath::FieldName(0), IssueCode::NotFieldName)]
    );
    d.fields[0].name.clear();
    assert_eq!(
        codes(&d),
        vec![(FieldPath::FieldName(0), IssueCode::Required)]
    );
}

#[test]
fn a_duplicate_field_name_is_reported_on_the_later_field() {
    let mut d = valid();
    d.fields.push(d.fields[0].clone());
    d.fields.push(Field {
        name: "other".into(),
        ..Field::default()
    });
    d.fields.push(d.fields[0].clone());
    assert_eq!(
        codes(&d),
        vec![
            (FieldPath::FieldName(1), IssueCode::DuplicateFieldName),
            (FieldPath::FieldName(3), IssueCode::DuplicateFieldName),
        ]
    );
}

#[test]
fn messages_name_the_field_and_the_fix() {
    let issue = Issue::new(FieldPath::FieldName(2), IssueCode::DuplicateFieldName);
    assert!(
        issue.message().contains("field 3 name"),
        "{}",
        issue.message()
    );
    let issue = Issue::new(FieldPath::Title, IssueCode::Required);
    assert!(issue.message().contains("title"));
}

#[test]
fn issues_round_trip_through_json_for_the_ui() {
    let issue = Issue::new(FieldPath::FieldName(1), IssueCode::TooLong { max: 5 });
    let json = serde_json::to_string(&issue).unwrap();
    assert_eq!(
        json,
        r#"{"path":{"field":"field_name","index":1},"code":"too_long","max":5}"#
    );
    assert_eq!(serde_json::from_str::<Issue>(&json).unwrap(), issue);
}

#[test]
fn organisations_need_a_name_and_a_valid_number_for_their_country() {
    use crate::model::{Country, OrganisationDraft};
    let oslo = OrganisationDraft {
        name: "Oslo kommune".into(),
        country: Country::Norway,
        org_number: "958 935 420".into(),
    };
    assert_eq!(organisation_issues(&oslo), vec![]);
    let orebro = OrganisationDraft {
        name: "Örebro kommun".into(),
        country: Country::Sweden,
        org_number: "212000-1967".into(),
    };
    assert_eq!(organisation_issues(&orebro), vec![]);
    let swapped = OrganisationDraft {
        country: Country::Norway,
        ..orebro.clone()
    };
    assert_eq!(
        organisation_issues(&swapped),
        vec![Issue::new(
            FieldPath::OrgNumber,
            IssueCode::NotOrgNumber {
                country: Country::Norway
            }
        )]
    );
    assert!(organisation_issues(&swapped)[0]
        .message()
        .contains("974 760 673"));
    let empty = OrganisationDraft::default();
    let paths: Vec<FieldPath> = organisation_issues(&empty)
        .into_iter()
        .map(|i| i.path)
        .collect();
    assert_eq!(paths, vec![FieldPath::Name, FieldPath::OrgNumber]);
}

#[test]
fn a_broken_scheme_reports_each_problem() {
    let mut scheme = crate::classification_defaults::klassa();
    scheme.key = "Se Klassa".into();
    scheme.aspects[1].key = scheme.aspects[0].key.clone();
    scheme.levels[2].colour = "orange".into();
    scheme.levels.swap(0, 1);
    let found: Vec<(FieldPath, IssueCode)> = scheme_issues(&scheme)
        .into_iter()
        .map(|i| (i.path, i.code))
        .collect();
    assert_eq!(
        found,
        vec![
            (FieldPath::SchemeKey, IssueCode::NotIdentifier),
            (FieldPath::AspectKey(1), IssueCode::DuplicateKey),
            (FieldPath::Levels, IssueCode::OrdinalsOutOfOrder),
            (FieldPath::LevelColour(2), IssueCode::NotColour),
        ]
    );
    scheme.levels.truncate(1);
    assert!(scheme_issues(&scheme)
        .iter()
        .any(|i| i.code == IssueCode::TooFewLevels { min: 2 }));
}

#[test]
fn people_need_a_name_an_email_and_a_real_leaving_date() {
    use crate::model::PersonDraft;
    let ok = PersonDraft {
        name: "Kari Nordmann".into(),
        email: "kari.nordmann@kommune.no".into(),
        unit: None,
        left_on: Some("2024-02-29".into()),
    };
    assert_eq!(person_issues(&ok), vec![]);
    for (email, code) in [
        ("", IssueCode::Required),
        ("kari", IssueCode::NotEmail),
        ("kari@kommune", IssueCode::NotEmail),
        ("k a@x.no", IssueCode::NotEmail),
        ("a@@x.no", IssueCode::NotEmail),
    ] {
        let p = PersonDraft {
            email: email.into(),
            ..ok.clone()
        };
        assert_eq!(
            person_issues(&p),
            vec![Issue::new(FieldPath::Email, code)],
            "{email}"
        );
    }
    for date in ["2023-02-29", "2024-13-01", "24-01-01", "2024-1-01", "i går"] {
        let p = PersonDraft {
            left_on: Some(date.into()),
            ..ok.clone()
        };
        assert_eq!(
            person_issues(&p),
            vec![Issue::new(FieldPath::LeftOn, IssueCode::NotDate)],
            "{date}"
        );
    }
    assert!(is_date("2000-02-29") && !is_date("1900-02-29"));
}

fn schema_field(name: &str, field_type: crate::model::SchemaType) -> crate::model::SchemaField {
    crate::model::SchemaField {
        name: name.into(),
        field_type,
        ..Default::default()
    }
}

/// A pupil with a national identity number, an address object and a list of guardians.
fn pupil_set() -> crate::model::InformationSetDraft {
    use crate::model::{PersonalData, SchemaType::*};
    let national_id = PersonalData {
        personal: true,
        national_id: true,
        ..Default::default()
    };
    let mut id = schema_field("fodselsnummer", String);
    id.classification = Some(2);
    id.personal_data = national_id;
    let mut address = schema_field("adresse", Object);
    address.children = vec![
        schema_field("gate", String),
        schema_field("postnummer", String),
    ];
    let mut guardians = schema_field("foresatte", Array);
    let mut guardian = schema_field("foresatt", Object);
    let mut relation = schema_field("relasjon", String);
    relation.enum_values = vec!["mor".into(), "far".into(), "verge".into()];
    guardian.children = vec![schema_field("navn", String), relation];
    guardians.children = vec![guardian];
    crate::model::InformationSetDraft {
        name: "Elevopplysninger".into(),
        description: std::string::String::new(),
        owner: None,
        scheme: Some("no-uh".into()),
        fields: vec![id, address, guardians],
        resource: Some("elever".into()),
    }
}

#[test]
fn a_nested_information_set_is_valid_and_knows_its_classification() {
    let scheme = crate::classification_defaults::norwegian_universities();
    let set = pupil_set();
    assert_eq!(information_set_issues(&set, Some(&scheme)), vec![]);
    assert_eq!(set.effective_classification(), Some(2));
    assert!(set.has_personal_data());
}

#[test]
fn schema_problems_are_reported_by_depth_first_position() {
    use crate::model::SchemaType;
    let scheme = crate::classification_defaults::norwegian_universities();
    let mut set = pupil_set();
    // Positions: 0 fodselsnummer, 1 adresse, 2 gate, 3 postnummer, 4 foresatte, 5 foresatt,
    // 6 navn, 7 relasjon.
    set.fields[0].classification = Some(9);
    set.fields[1].children[1].name = "gate".into();
    set.fields[2].children[0].children[1]
        .enum_values
        .push("mor".into());
    set.fields[2].children[0].children[0]
        .children
        .push(schema_field("x", SchemaType::String));
    set.fields[2]
        .children
        .push(schema_field("ekstra", SchemaType::String));
    let found: Vec<(FieldPath, IssueCode)> = information_set_issues(&set, Some(&scheme))
        .into_iter()
        .map(|i| (i.path, i.code))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                FieldPath::SchemaField(0),
                IssueCode::UnknownLevel { ordinal: 9 }
            ),
            (FieldPath::SchemaField(3), IssueCode::DuplicateFieldName),
            (FieldPath::SchemaField(4), IssueCode::ArrayNeedsOneItem),
            (FieldPath::SchemaField(6), IssueCode::ChildrenNotAllowed),
            (FieldPath::SchemaField(8), IssueCode::DuplicateEnumValue),
        ]
    );
    let mut unschemed = pupil_set();
    unschemed.scheme = None;
    assert_eq!(
        information_set_issues(&unschemed, None),
        vec![Issue::new(FieldPath::SchemaField(0), IssueCode::NoScheme)]
    );
    let mut empty = pupil_set();
    empty.fields[1].children.clear();
    empty.fields[0].field_type = SchemaType::Boolean;
    empty.fields[0].enum_values = vec!["true".into()];
    let codes: Vec<IssueCode> = information_set_issues(&empty, Some(&scheme))
        .into_iter()
        .map(|i| i.code)
        .collect();
    assert_eq!(
        codes,
        vec![IssueCode::EnumNotAllowed, IssueCode::EmptyObject]
    );
}

#[test]
fn contract_terms_need_real_dates_in_order_and_a_real_percentage() {
    let mut d = valid();
    d.valid_from = Some("2026-01-01".into());
    d.valid_to = Some("2027-12-31".into());
    d.service_levels.availability_percent = Some("99.5".into());
    assert_eq!(codes(&d), vec![]);
    d.valid_to = Some("2025-12-31".into());
    assert_eq!(
        codes(&d),
        vec![(FieldPath::ValidTo, IssueCode::EndsBeforeStart)]
    );
    d.valid_from = Some("2026-02-30".into());
    assert_eq!(codes(&d), vec![(FieldPath::ValidFrom, IssueCode::NotDate)]);
    d.valid_from = None;
    for bad in ["101", "-1", "høy", ""] {
        d.service_levels.availability_percent = Some(bad.into());
        assert_eq!(
            codes(&d),
            vec![(FieldPath::Availability, IssueCode::NotPercent)],
            "{bad}"
        );
    }
}

#[test]
fn a_system_needs_a_name_and_web_addresses_as_endpoints() {
    use crate::model::SystemDraft;
    let ok = SystemDraft {
        name: "Sak og arkiv".into(),
        endpoints: vec![
            "https://sak.example.no/api/v1".into(),
            "http://localhost:8080".into(),
            "https://api.fiks.ks.no?x=1".into(),
        ],
        ..SystemDraft::default()
    };
    assert_eq!(system_issues(&ok), []);
    for bad in [
        "sak.example.no",
        "ftp://sak.example.no",
        "https://",
        "https:// sak.example.no",
        "https://sak example.no",
        "https://sak.example.no:port",
        "https://<script>/",
    ] {
        let draft = SystemDraft {
            name: "Sak".into(),
            endpoints: vec!["https://ok.example.no".into(), bad.into()],
            ..SystemDraft::default()
        };
        assert_eq!(
            system_issues(&draft),
            [Issue::new(FieldPath::Endpoint(1), IssueCode::NotWebAddress)],
            "{bad}"
        );
    }
    let unnamed = SystemDraft::default();
    assert_eq!(
        system_issues(&unnamed),
        [Issue::new(FieldPath::Name, IssueCode::Required)]
    );
    let message = Issue::new(FieldPath::Endpoint(1), IssueCode::NotWebAddress).message();
    assert!(
        message.contains("endpoint 2") && message.contains("https://"),
        "{message}"
    );
}

#[test]
fn an_information_set_s_resource_name_is_lower_case_hyphenated_ascii() {
    let scheme = crate::classification_defaults::norwegian_universities();
    for good in ["elever", "a", "skole-elever", "v2-ansatte", &"x".repeat(63)] {
        let set = crate::model::InformationSetDraft {
            resource: Some(good.to_owned()),
            ..pupil_set()
        };
        assert_eq!(
            information_set_issues(&set, Some(&scheme)),
            vec![],
            "{good}"
        );
    }
    let absent = crate::model::InformationSetDraft {
        resource: None,
        ..pupil_set()
    };
    assert_eq!(information_set_issues(&absent, Some(&scheme)), vec![]);
    let too_long = "x".repeat(64);
    for bad in [
        "",
        "Elever",
        "elever ",
        "-elever",
        "elever-",
        "lærere",
        "elever/klasser",
        "elever_2",
        too_long.as_str(),
    ] {
        let set = crate::model::InformationSetDraft {
            resource: Some(bad.to_owned()),
            ..pupil_set()
        };
        assert_eq!(
            information_set_issues(&set, Some(&scheme)),
            vec![Issue::new(FieldPath::Resource, IssueCode::NotResourceName)],
            "{bad:?}"
        );
    }
}

mod requests {
    use super::super::*;
    use crate::model::{
        Asker, InformationSet, InformationSetDraft, InformationSetId, KnownFacts, PersonId,
        RequestDraft, RequestNote, RequestStatus, SchemaField, SystemId,
    };

    fn valid() -> RequestDraft {
        RequestDraft {
            title: "Elevlister til skoleskyss".into(),
            asker: Asker::Outside {
                name: "Randi Moe".into(),
                organisation: String::new(),
            },
            information: "Navn og adresse.".into(),
            purpose: "Planlegge skyss.".into(),
            ..RequestDraft::default()
        }
    }

    fn codes(draft: &RequestDraft) -> Vec<(FieldPath, IssueCode)> {
        request_issues(draft)
            .into_iter()
            .map(|i| (i.path, i.code))
            .collect()
    }

    #[test]
    fn a_request_with_a_subject_an_asker_what_and_why_has_no_issues() {
        assert_eq!(codes(&valid()), []);
        let by_person = RequestDraft {
            asker: Asker::Person {
                person: PersonId(1),
            },
            information: String::new(),
            information_sets: vec![InformationSetId(2)],
            opened_on: Some("2026-01-05".into()),
            follow_up: Some("2026-01-05".into()),
            notes: vec![RequestNote {
                status: Some(RequestStatus::InProgress),
                ..RequestNote::default()
            }],
            ..valid()
        };
        assert_eq!(codes(&by_person), [], "a status entry needs no text");
    }

    #[test]
    fn an_empty_request_names_every_missing_input() {
        use FieldPath::*;
        assert_eq!(
            codes(&RequestDraft::default()),
            [
                (Title, IssueCode::Required),
                (AskerName, IssueCode::Required),
                (Information, IssueCode::Required),
                (Purpose, IssueCode::Required),
            ]
        );
    }

    #[test]
    fn dates_must_be_days_and_the_follow_up_not_before_the_opening() {
        let mut draft = valid();
        draft.opened_on = Some("2026-02-30".into());
        draft.follow_up = Some("snart".into());
        assert_eq!(
            codes(&draft),
            [
                (FieldPath::OpenedOn, IssueCode::NotDate),
                (FieldPath::FollowUp, IssueCode::NotDate)
            ]
        );
        draft.opened_on = Some("2026-02-10".into());
        draft.follow_up = Some("2026-02-09".into());
        assert_eq!(
            codes(&draft),
            [(FieldPath::FollowUp, IssueCode::BeforeOpened)]
        );
    }

    #[test]
    fn a_note_needs_text_and_a_readable_time_and_the_systems_differ() {
        let mut draft = valid();
        draft.notes = vec![
            RequestNote {
                text: "Ok".into(),
                at: "2026-01-05T10:00:00Z".into(),
                ..RequestNote::default()
            },
            RequestNote::default(),
            RequestNote {
                text: "Ok".into(),
                at: "i går".into(),
                ..RequestNote::default()
            },
        ];
        draft.provider = Some(SystemId(3));
        draft.consumer = Some(SystemId(3));
        draft.title = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(
            codes(&draft),
            [
                (
                    FieldPath::Title,
                    IssueCode::TooLong {
                        max: MAX_TITLE_CHARS
                    }
                ),
                (FieldPath::ConsumerSystem, IssueCode::ProviderIsConsumer),
                (FieldPath::Note(1), IssueCode::Required),
                (FieldPath::Note(2), IssueCode::NotDate),
            ]
        );
    }

    fn known(owners: &[&str], fields: &[SchemaField]) -> KnownFacts {
        KnownFacts {
            provider: Some("Skoleadministrativt system".into()),
            consumer: Some("Elevportalen".into()),
            information_sets: vec![InformationSet {
                id: InformationSetId(1),
                draft: InformationSetDraft {
                    name: "Elevopplysninger".into(),
                    fields: fields.to_vec(),
                    ..InformationSetDraft::default()
                },
            }],
            owners: owners.iter().map(|o| (*o).to_owned()).collect(),
        }
    }

    #[test]
    fn a_request_knowing_systems_sets_with_fields_and_an_owner_can_become_a_contract() {
        let field = SchemaField {
            name: "elevId".into(),
            ..SchemaField::default()
        };
        assert_eq!(
            contract_draft_issues(&valid(), &known(&["Åse Bjørnstad"], &[field])),
            []
        );
    }

    #[test]
    fn what_a_contract_draft_lacks_is_named_on_the_request_s_inputs() {
        let nested = SchemaField {
            name: "foresatte".into(),
            field_type: crate::model::SchemaType::Object,
            children: vec![SchemaField::default()],
            ..SchemaField::default()
        };
        let mut facts = known(&[], &[nested]);
        facts.consumer = None;
        let found: Vec<(FieldPath, IssueCode)> = contract_draft_issues(&valid(), &facts)
            .into_iter()
            .map(|i| (i.path, i.code))
            .collect();
        assert_eq!(
            found,
            [
                (FieldPath::InformationSets, IssueCode::NoInformationOwner),
                (FieldPath::ConsumerSystem, IssueCode::NeededForContract),
                (FieldPath::InformationSets, IssueCode::NoContractFields),
            ]
        );
        let none = KnownFacts::default();
        let found: Vec<(FieldPath, IssueCode)> = contract_draft_issues(&valid(), &none)
            .into_iter()
            .map(|i| (i.path, i.code))
            .collect();
        assert_eq!(
            found,
            [
                (FieldPath::InformationSets, IssueCode::NeededForContract),
                (FieldPath::ProviderSystem, IssueCode::NeededForContract),
                (FieldPath::ConsumerSystem, IssueCode::NeededForContract),
            ],
            "each finding once"
        );
    }
}

#[test]
fn a_smallest_value_or_length_above_the_largest_is_refused() {
    let scheme = crate::classification_defaults::norwegian_universities();
    let mut set = pupil_set();
    let limits = &mut set.fields[0].constraints;
    limits.min_length = Some(11);
    limits.max_length = Some(11);
    limits.minimum = Some(5.into());
    limits.maximum = Some(5.into());
    assert_eq!(information_set_issues(&set, Some(&scheme)), vec![]);
    for crossed in [
        |l: &mut crate::model::Constraints| l.min_length = Some(12),
        |l: &mut crate::model::Constraints| l.maximum = Some(4.into()),
    ] {
        let mut broken = set.clone();
        crossed(&mut broken.fields[0].constraints);
        assert_eq!(
            information_set_issues(&broken, Some(&scheme)),
            vec![Issue::new(
                FieldPath::SchemaField(0),
                IssueCode::LimitsCrossed
            )]
        );
    }
}
