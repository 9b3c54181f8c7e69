//! Property tests: any valid item, with any text a user can type (scripts, markup, SQL,
//! control and bidirectional characters), is stored and read back exactly as saved. The
//! strategies are shared with other modules' property tests (the ODCS round trip).

use proptest::collection::vec;
use proptest::prelude::*;

use crate::app::items::Editing;
use crate::model::{
    ContractDraft, Field, FieldType, InformationSetDraft, IntegrationDraft, Lifecycle, PersonDraft,
    PersonalData, SchemaField, SchemaType, ServiceLevels, SystemDraft,
};
use crate::store::Catalog;

/// Free text: arbitrary Unicode, and the hostile strings users paste.
pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        1 => Just("<script>alert('x')</script>".to_owned()),
        1 => Just("'); DROP TABLE contract; --".to_owned()),
        1 => Just("\u{202e}lanigiro\u{202c} \u{200f}עברית".to_owned()),
        1 => Just("æøå ÆØÅ äö \u{0}".to_owned()),
    ]
}

/// A one-line name: non-blank, trimmed (the store trims), at most 200 characters.
pub(crate) fn name() -> impl Strategy<Value = String> {
    text()
        .prop_map(|t| t.trim().chars().take(200).collect::<String>())
        .prop_filter("a name is not blank", |t| !t.is_empty())
}

pub(crate) fn identifier() -> impl Strategy<Value = String> {
    "[a-zA-Z_][a-zA-Z0-9_]{0,20}"
}

/// Sometimes an API resource name: 1–63 characters a-z, 0-9 and `-`, no `-` first or last.
pub(crate) fn resource() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-z0-9]|[a-z0-9][a-z0-9-]{0,61}[a-z0-9]")
}

fn field_type() -> impl Strategy<Value = FieldType> {
    proptest::sample::select(FieldType::ALL.to_vec())
}

pub(crate) fn contract() -> impl Strategy<Value = ContractDraft> {
    (
        (name(), text(), name(), name(), name()),
        (0u32..100, 0u32..100, 0u32..100),
        vec((field_type(), any::<bool>(), text()), 1..8),
        (
            text(),
            text(),
            text(),
            text(),
            vec(text(), 0..3),
            any::<bool>(),
            proptest::sample::select(crate::model::AccessRights::ALL.to_vec()),
        ),
        (proptest::option::of(0u32..10_000), text()),
    )
        .prop_filter("provider and consumer differ", |((_, _, _, p, c), ..)| {
            p != c
        })
        .prop_map(
            |(
                (title, description, owner, provider_system, consumer_system),
                (major, minor, patch),
                fields,
                (purpose, legal_basis, retention, access, links, in_house, access_rights),
                (response_minutes, support_hours),
            )| ContractDraft {
                title,
                description,
                owner,
                provider_system,
                consumer_system,
                version: format!("{major}.{minor}.{patch}"),
                fields: fields
                    .into_iter()
                    .enumerate()
                    .map(|(i, (field_type, required, description))| Field {
                        name: format!("field{i}"),
                        field_type,
                        required,
                        description,
                    })
                    .collect(),
                purpose,
                legal_basis,
                retention,
                access,
                links,
                in_house,
                access_rights,
                service_levels: ServiceLevels {
                    response_minutes,
                    support_hours,
                    ..ServiceLevels::default()
                },
                ..ContractDraft::default()
            },
        )
}

pub(crate) fn personal_data() -> impl Strategy<Value = PersonalData> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(personal, special_category, criminal_offence, national_id)| PersonalData {
            personal,
            special_category,
            criminal_offence,
            national_id,
        },
    )
}

/// A scalar field: any of the leaf types, with its facts.
fn leaf() -> impl Strategy<Value = SchemaField> {
    (
        identifier(),
        proptest::sample::select(vec![
            SchemaType::String,
            SchemaType::Integer,
            SchemaType::Number,
            SchemaType::Boolean,
            SchemaType::Date,
            SchemaType::DateTime,
        ]),
        (any::<bool>(), text(), proptest::option::of(text())),
        (vec(text(), 0..3), vec(text(), 0..3)),
        (proptest::option::of(0u8..4), personal_data()),
        labels(),
    )
        .prop_map(
            |(
                name,
                field_type,
                (required, description, format),
                (enum_values, examples),
                (classification, personal_data),
                labels,
            )| {
                let mut enum_values =
                    if matches!(field_type, SchemaType::String | SchemaType::Integer) {
                        enum_values
                    } else {
                        Vec::new()
                    };
                let mut seen = std::collections::HashSet::new();
                enum_values.retain(|v| seen.insert(v.clone()));
                SchemaField {
                    name,
                    field_type,
                    format,
                    required,
                    description,
                    enum_values,
                    examples,
                    classification,
                    personal_data,
                    children: Vec::new(),
                    constraints: Default::default(),
                    labels,
                }
            },
        )
}

/// What people call a field, in some of Datapakt's languages.
fn labels() -> impl Strategy<Value = crate::model::Labels> {
    use crate::model::Lang;
    proptest::collection::btree_map(
        proptest::sample::select(vec![Lang::En, Lang::Nb, Lang::Nn, Lang::Sv]),
        "[A-Za-zÆØÅæøåÄÖäö][A-Za-zÆØÅæøåÄÖäö 0-9]{0,12}",
        0..3,
    )
    .prop_map(crate::model::Labels)
}

/// Fields nesting objects and arrays up to three levels deep, sibling names unique.
pub(crate) fn fields() -> impl Strategy<Value = Vec<SchemaField>> {
    let field = leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            (identifier(), vec(inner.clone(), 1..4)).prop_map(|(name, children)| SchemaField {
                name,
                field_type: SchemaType::Object,
                children: unique(children),
                ..SchemaField::default()
            }),
            (identifier(), inner).prop_map(|(name, item)| SchemaField {
                name,
                field_type: SchemaType::Array,
                children: vec![item],
                ..SchemaField::default()
            }),
        ]
    });
    vec(field, 1..5).prop_map(unique)
}

/// Renames siblings so their names are unique.
fn unique(mut fields: Vec<SchemaField>) -> Vec<SchemaField> {
    for (i, field) in fields.iter_mut().enumerate() {
        field.name = format!("{}_{i}", field.name);
    }
    fields
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_valid_contract_is_read_back_as_saved(draft in contract()) {
        let mut catalog = Catalog::in_memory().unwrap();
        let saved = catalog.save(None, draft.clone()).unwrap();
        prop_assert_eq!(&saved.draft, &draft);
        prop_assert_eq!(catalog.contract(saved.id).unwrap().draft, draft);
    }

    #[test]
    fn any_valid_information_set_is_read_back_as_saved(
        name in name(), description in text(), fields in fields(), classified in any::<bool>(),
        resource in resource()
    ) {
        let mut catalog = Catalog::in_memory().unwrap();
        let draft = InformationSetDraft {
            name,
            description,
            owner: None,
            scheme: Some("no-uh".into()),
            fields: if classified { fields } else { declassified(fields) },
            resource,
        };
        let saved = catalog.save(None, draft.clone()).unwrap();
        prop_assert_eq!(&saved.draft, &draft);
        prop_assert_eq!(catalog.information_set(saved.id).unwrap().draft, draft);
    }

    #[test]
    fn any_valid_request_is_read_back_as_saved_with_its_log_stamped(
        (title, asker, organisation) in (name(), name(), text()),
        (information, purpose) in (name(), name()),
        notes in vec((name(), any::<bool>()), 0..4),
        follow_up in proptest::option::of(Just("2031-02-28".to_owned())),
    ) {
        use crate::model::{Asker, RequestDraft, RequestNote};
        let mut catalog = Catalog::in_memory().unwrap();
        catalog.set_author("Kontaktpunktet");
        let draft = RequestDraft {
            title,
            asker: Asker::Outside { name: asker, organisation },
            information,
            purpose,
            opened_on: Some("2031-01-31".into()),
            follow_up,
            notes: notes
                .into_iter()
                .map(|(text, dated)| RequestNote {
                    at: if dated { "2031-01-31T08:00:00Z".into() } else { String::new() },
                    text,
                    ..RequestNote::default()
                })
                .collect(),
            ..RequestDraft::default()
        };
        let saved = catalog.save(None, draft.clone()).unwrap();
        prop_assert_eq!(&catalog.request(saved.id).unwrap(), &saved);
        let Asker::Outside { organisation, .. } = &saved.draft.asker else {
            panic!("an outside asker stays outside")
        };
        prop_assert_eq!(organisation.as_str(), match &draft.asker {
            Asker::Outside { organisation, .. } => organisation.trim(),
            Asker::Person { .. } => "",
        });
        prop_assert_eq!(&saved.draft.information, &draft.information);
        for (stored, given) in saved.draft.notes.iter().zip(&draft.notes) {
            prop_assert_eq!(&stored.text, &given.text);
            prop_assert_eq!(stored.author.as_str(), "Kontaktpunktet");
            prop_assert!(given.at.is_empty() || stored.at == given.at);
            prop_assert!(!stored.at.is_empty());
        }
    }

    #[test]
    fn any_valid_system_person_and_integration_is_read_back_as_saved(
        (system, other) in (name(), name()).prop_filter("two names", |(a, b)| a != b),
        description in text(),
        lifecycle in proptest::sample::select(Lifecycle::ALL.to_vec()),
        endpoints in vec("https://[a-z]{1,10}\\.example\\.no(/[a-z0-9]{0,8}){0,3}", 0..3),
        (person, left_on) in (name(), proptest::option::of(Just("2025-06-30".to_owned()))),
        (volume, justification) in (proptest::option::of(0u64..1_000_000), name()),
    ) {
        let mut catalog = Catalog::in_memory().unwrap();
        let system = SystemDraft { name: system, description, owning_unit: None, lifecycle, endpoints, case_figures: Vec::new() };
        let provider = catalog.save(None, system.clone()).unwrap();
        prop_assert_eq!(catalog.system(provider.id).unwrap().draft, system);
        let consumer = catalog
            .save(None, SystemDraft { name: other, ..SystemDraft::default() })
            .unwrap();

        let person = PersonDraft { name: person, email: "a.b@example.no".into(), unit: None, left_on };
        let owner = catalog.save(None, person.clone()).unwrap();
        prop_assert_eq!(catalog.person(owner.id).unwrap().draft, person);

        let integration = IntegrationDraft {
            name: "Flyt".into(),
            provider: Some(provider.id),
            consumers: vec![consumer.id],
            owner: Some(owner.id),
            volume_per_day: volume,
            existing_interface_could_serve: true,
            justification,
            ..IntegrationDraft::default()
        };
        let saved = catalog.save(None, integration.clone()).unwrap();
        prop_assert_eq!(catalog.integration(saved.id).unwrap().draft, integration);
    }
}

/// `fields` with every classification removed.
pub(crate) fn declassified(mut fields: Vec<SchemaField>) -> Vec<SchemaField> {
    for field in &mut fields {
        field.classification = None;
        field.children = declassified(std::mem::take(&mut field.children));
    }
    fields
}
