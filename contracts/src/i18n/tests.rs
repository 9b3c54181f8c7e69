use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;
use crate::model::{
    ContractStatus, Country, Entity, Frequency, Lifecycle, Mode, Pattern, RequestStatus, Role,
    SchemaType, Technology,
};
use crate::validate::{Art28Item, IssueCode};

/// Each message id of `source` with the variables it uses; panics on a syntax error.
fn messages(lang: Lang, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: syntax errors {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_pattern(pattern, &mut variables);
            }
            out.insert(message.id.name.to_owned(), variables);
        }
    }
    out
}

fn collect_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En, SOURCES[0].1);
    assert!(english.len() > 100);
    for (lang, source) in &SOURCES[1..] {
        let translated = messages(*lang, source);
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !translated.contains_key(*k))
            .collect();
        let extra: Vec<&String> = translated
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has unknown {extra:?}");
        for (id, variables) in &english {
            assert_eq!(
                &translated[id], variables,
                "{lang:?} {id}: variables differ"
            );
        }
    }
}

/// Every message id the UI can ask for from an enum value.
fn value_ids() -> Vec<String> {
    let kebab = |s: &str| s.replace('_', "-");
    let mut ids = Vec::new();
    ids.extend(ContractStatus::ALL.map(|s| format!("status-{}", s.as_str())));
    ids.extend(RequestStatus::ALL.map(|s| format!("status-{}", s.as_str())));
    ids.extend(Lifecycle::ALL.map(|l| format!("lifecycle-{}", l.as_str())));
    ids.extend(Role::ALL.map(|r| format!("role-{}", kebab(r.as_str()))));
    ids.extend(Entity::ALL.map(|e| format!("entity-{}", kebab(e.as_str()))));
    let serde_name = |v: serde_json::Value| v.as_str().unwrap_or("?").to_owned();
    ids.extend(Pattern::ALL.map(|p| format!("pattern-{}", serde_name(serde_json::json!(p)))));
    ids.extend(Technology::ALL.map(|t| format!("technology-{}", serde_name(serde_json::json!(t)))));
    ids.extend(Mode::ALL.map(|m| format!("mode-{}", serde_name(serde_json::json!(m)))));
    ids.extend(Frequency::ALL.map(|f| format!("frequency-{}", serde_name(serde_json::json!(f)))));
    ids.extend(SchemaType::ALL.map(|t| format!("type-{}", serde_name(serde_json::json!(t)))));
    ids.extend(
        crate::model::Rule::ALL
            .map(|r| format!("rule-{}", kebab(&serde_name(serde_json::json!(r))))),
    );
    ids.extend(["country-no".to_owned(), "country-se".to_owned()]);
    ids.extend(crate::wire::ApiProfile::ALL.map(|p| format!("profile-{}", p.as_str())));
    ids.extend(crate::wire::Theme::ALL.map(|t| format!("theme-{}", t.as_str())));
    ids.extend(crate::model::GrantStatus::ALL.map(|s| format!("grant-status-{}", s.as_str())));
    ids.extend(crate::model::ReviewOutcome::ALL.map(|o| format!("review-outcome-{}", o.as_str())));
    ids
}

#[test]
fn every_enum_value_has_a_message() {
    let english = messages(Lang::En, SOURCES[0].1);
    for id in value_ids() {
        assert!(english.contains_key(&id), "no message {id}");
    }
}

/// The day the dated issue codes name.
fn day() -> crate::model::Date {
    crate::model::Date::parse("2026-06-30").unwrap()
}

/// One of each issue code (the match makes a new code a compile error here until listed).
fn every_issue_code() -> Vec<IssueCode> {
    let all = vec![
        IssueCode::Required,
        IssueCode::TooLong { max: 200 },
        IssueCode::NotSemver,
        IssueCode::NoFields,
        IssueCode::NotIdentifier,
        IssueCode::NotFieldName,
        IssueCode::LimitsCrossed,
        IssueCode::DuplicateFieldName,
        IssueCode::NotOrgNumber {
            country: Country::Norway,
        },
        IssueCode::NotOrgNumber {
            country: Country::Sweden,
        },
        IssueCode::DuplicateKey,
        IssueCode::TooFewLevels { min: 2 },
        IssueCode::NotColour,
        IssueCode::OrdinalsOutOfOrder,
        IssueCode::NotEmail,
        IssueCode::NotDate,
        IssueCode::EmptyObject,
        IssueCode::ArrayNeedsOneItem,
        IssueCode::ChildrenNotAllowed,
        IssueCode::EnumNotAllowed,
        IssueCode::DuplicateEnumValue,
        IssueCode::NoScheme,
        IssueCode::UnknownLevel { ordinal: 7 },
        IssueCode::Unknown,
        IssueCode::ProviderIsConsumer,
        IssueCode::DuplicateConsumer,
        IssueCode::EndsBeforeStart,
        IssueCode::SameParty,
        IssueCode::NotPercent,
        IssueCode::NotWebAddress,
        IssueCode::NameTaken,
        IssueCode::NotResourceName,
        IssueCode::MoreThanCases,
        IssueCode::BeforeOpened,
        IssueCode::NeededForContract,
        IssueCode::NoContractFields,
        IssueCode::NoInformationOwner,
        IssueCode::AppendOnly,
        IssueCode::ContractIsDraft,
        IssueCode::ContractInReview,
        IssueCode::ContractRetired,
        IssueCode::ContractNotYetValid { date: day() },
        IssueCode::ContractExpired { date: day() },
        IssueCode::ContractEndsFirst { date: day() },
        IssueCode::ContractNotGoverning,
        IssueCode::ContractNotForConsumer,
        IssueCode::VersionTooLow {
            released: crate::versions::Version::FIRST,
            proposed: crate::versions::Version::FIRST.bumped(crate::versions::Bump::Major),
        },
    ];
    for code in &all {
        match code {
            IssueCode::Required
            | IssueCode::TooLong { .. }
            | IssueCode::NotSemver
            | IssueCode::NoFields
            | IssueCode::NotIdentifier
            | IssueCode::NotFieldName
            | IssueCode::LimitsCrossed
            | IssueCode::DuplicateFieldName
            | IssueCode::NotOrgNumber { .. }
            | IssueCode::DuplicateKey
            | IssueCode::TooFewLevels { .. }
            | IssueCode::NotColour
            | IssueCode::OrdinalsOutOfOrder
            | IssueCode::NotEmail
            | IssueCode::NotDate
            | IssueCode::EmptyObject
            | IssueCode::ArrayNeedsOneItem
            | IssueCode::ChildrenNotAllowed
            | IssueCode::EnumNotAllowed
            | IssueCode::DuplicateEnumValue
            | IssueCode::NoScheme
            | IssueCode::UnknownLevel { .. }
            | IssueCode::Unknown
            | IssueCode::ProviderIsConsumer
            | IssueCode::DuplicateConsumer
            | IssueCode::EndsBeforeStart
            | IssueCode::SameParty
            | IssueCode::NotPercent
            | IssueCode::NotWebAddress
            | IssueCode::NameTaken
            | IssueCode::NotResourceName
            | IssueCode::MoreThanCases
            | IssueCode::BeforeOpened
            | IssueCode::NeededForContract
            | IssueCode::NoContractFields
            | IssueCode::NoInformationOwner
            | IssueCode::AppendOnly
            | IssueCode::ContractIsDraft
            | IssueCode::ContractInReview
            | IssueCode::ContractRetired
            | IssueCode::ContractNotYetValid { .. }
            | IssueCode::ContractExpired { .. }
            | IssueCode::ContractEndsFirst { .. }
            | IssueCode::ContractNotGoverning
            | IssueCode::VersionTooLow { .. }
            | IssueCode::ContractNotForConsumer => {}
        }
    }
    all
}

/// One of each field path (the match makes a new path a compile error until listed).
fn every_field_path() -> Vec<FieldPath> {
    use FieldPath::*;
    let mut all = vec![
        Title,
        Owner,
        ProviderSystem,
        ConsumerSystem,
        Version,
        Fields,
        FieldName(2),
        Name,
        OrgNumber,
        SchemeKey,
        Aspects,
        AspectKey(0),
        Levels,
        LevelColour(1),
        Email,
        LeftOn,
        Scheme,
        Controller,
        Processor,
        ValidFrom,
        ValidTo,
        Availability,
        Provider,
        Consumers,
        Justification,
        SchemaField(4),
        Endpoint(0),
        OwningUnit,
        Resource,
        CaseFigures(1),
        AskerName,
        Information,
        Purpose,
        InformationSets,
        OpenedOn,
        FollowUp,
        Notes,
        Note(3),
        Integration,
        Consumer,
        Contract,
        GrantedBy,
        GrantedOn,
        ValidUntil,
        ReviewedOn(1),
        GrantNote,
    ];
    for item in [
        Art28Item::Title,
        Art28Item::SubjectMatter,
        Art28Item::Duration,
        Art28Item::NatureAndPurpose,
        Art28Item::PersonalData,
        Art28Item::DataSubjects,
        Art28Item::SecurityMeasures,
    ] {
        all.push(Article28(item));
    }
    for path in &all {
        match path {
            Title | Owner | ProviderSystem | ConsumerSystem | Version | Fields | FieldName(_)
            | Name | OrgNumber | SchemeKey | Aspects | AspectKey(_) | Levels | LevelColour(_)
            | Email | LeftOn | Scheme | Controller | Processor | Article28(_) | ValidFrom
            | ValidTo | Availability | Provider | Consumers | Justification | SchemaField(_)
            | Endpoint(_) | OwningUnit | Resource | CaseFigures(_) | AskerName | Information
            | Purpose | InformationSets | OpenedOn | FollowUp | Notes | Note(_) | Integration
            | Consumer | Contract | GrantedBy | GrantedOn | ValidUntil | ReviewedOn(_)
            | GrantNote => {}
        }
    }
    all
}

#[test]
fn every_validation_finding_reads_in_every_language() {
    for lang in Lang::ALL {
        let t = Translator::new(lang);
        for code in every_issue_code() {
            for path in every_field_path() {
                let text = t.issue(&Issue::new(path, code));
                assert!(
                    !text.starts_with("issue-"),
                    "{lang:?}: no message for {code:?}"
                );
                assert!(
                    !text.contains("path-") && !text.contains("art28-"),
                    "{lang:?}: {text}"
                );
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{lang:?}: {text}"
                );
            }
        }
    }
    let english = Translator::new(Lang::En);
    assert_eq!(
        english.issue(&Issue::new(
            FieldPath::FieldName(2),
            IssueCode::DuplicateFieldName
        )),
        "The name of field 3 is used by an earlier field: field names must be unique."
    );
    assert!(english
        .issue(&Issue::new(
            FieldPath::OrgNumber,
            IssueCode::NotOrgNumber {
                country: Country::Sweden
            }
        ))
        .contains("Swedish"));
    assert!(english
        .issue(&Issue::new(
            FieldPath::Name,
            IssueCode::TooLong { max: 200 }
        ))
        .contains("200"));
    for lang in Lang::ALL {
        let text = Translator::new(lang).issue(&Issue::new(
            FieldPath::Contract,
            IssueCode::ContractExpired { date: day() },
        ));
        assert!(text.contains("2026-06-30"), "{lang:?}: {text}");
    }
}

#[test]
fn every_access_finding_reads_in_every_language_with_its_contract_and_day() {
    use crate::model::{Finding, Rule};
    let finding = |rule, reason: &str| Finding {
        rule,
        entity: Entity::AccessGrant,
        item: 1,
        title: "Nattlig elevsynkronisering → Elevportalen".into(),
        args: [
            ("reason", reason),
            ("date", "2026-06-30"),
            ("contract", "Elevregister til elevportalen"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
        message: String::new(),
    };
    let mut findings = vec![
        finding(Rule::AccessReviewOverdue, ""),
        finding(Rule::AccessGrantLapsed, ""),
    ];
    for reason in [
        "draft",
        "in-review",
        "retired",
        "not-yet-valid",
        "expired",
        "ends-first",
        "not-governing",
        "not-for-consumer",
    ] {
        findings.push(finding(Rule::AccessContractNotInForce, reason));
    }
    for lang in Lang::ALL {
        let t = Translator::new(lang);
        let mut texts = std::collections::HashSet::new();
        for f in &findings {
            let text = t.finding(f);
            assert!(
                text.contains("Elevregister til elevportalen"),
                "{lang:?}: {text}"
            );
            let dated = matches!(
                f.args["reason"].as_str(),
                "" | "not-yet-valid" | "expired" | "ends-first"
            );
            assert_eq!(text.contains("2026-06-30"), dated, "{lang:?}: {text}");
            assert!(texts.insert(text), "{lang:?}: one text for two findings");
        }
    }
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let t = Translator::new(Lang::Sv);
    assert_eq!(t.t("no-such-message"), "no-such-message");
    assert_eq!(t.lang(), Lang::Sv);
    assert_eq!(
        Translator::new(Lang::En).t_with("rows-count", &[("count", Arg::from(1usize))]),
        "1 item"
    );
}

#[test]
fn locales_map_to_languages() {
    for (locale, lang) in [
        ("nb-NO", Lang::Nb),
        ("no", Lang::Nb),
        ("nn_NO.UTF-8", Lang::Nn),
        ("sv-SE", Lang::Sv),
        ("en-GB", Lang::En),
        ("de", Lang::En),
        ("", Lang::En),
    ] {
        assert_eq!(Lang::from_locale(locale), lang, "{locale}");
    }
}

/// Every literal id the frontend and the desktop shell pass to `t(…)` or `t_with(…)` exists
/// in English.
#[test]
fn every_message_the_frontend_asks_for_exists() {
    let english = messages(Lang::En, SOURCES[0].1);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("../frontend/src"), root.join("../src-tauri/src")];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                files.push(entry.unwrap().path());
            }
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for marker in ["t(\"", "t_with(\"", "tr(\""] {
            for (at, _) in text.match_indices(marker) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &text[at + marker.len()..];
                let id = &rest[..rest.find('"').unwrap()];
                assert!(
                    english.contains_key(id),
                    "{}: no message {id}",
                    path.display()
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 50,
        "the frontend asks for only {checked} messages?"
    );
}

#[test]
fn a_departed_owner_finding_reads_in_every_language_with_its_role_translated() {
    let finding = crate::model::Finding {
        rule: crate::model::Rule::DepartedOwnerHasSuccessor,
        entity: Entity::System,
        item: 1,
        title: "Lønn".into(),
        args: [
            ("person", "Per Hansen"),
            ("date", "2025-06-30"),
            ("role", "system_owner"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
        message: String::new(),
    };
    for (lang, role) in [
        (Lang::En, "system owner"),
        (Lang::Nb, "systemeier"),
        (Lang::Nn, "systemeigar"),
        (Lang::Sv, "systemägare"),
    ] {
        let text = Translator::new(lang).finding(&finding);
        assert!(
            text.contains("Per Hansen") && text.contains("2025-06-30"),
            "{lang:?}: {text}"
        );
        assert!(text.contains(role), "{lang:?}: {text}");
    }
}

#[test]
fn every_message_the_core_names_exists() {
    let english = messages(Lang::En, SOURCES[0].1);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src"), root.join("../src-tauri/src")];
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            if !path.ends_with("i18n") {
                for entry in std::fs::read_dir(&path).unwrap() {
                    files.push(entry.unwrap().path());
                }
            }
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Literal ids of notes, file types and errors, and the export dialogs' titles.
        let literal_ids = ["\"note-", "\"file-type-", "\"error-"]
            .iter()
            .flat_map(|marker| text.match_indices(marker).map(|(at, _)| at + 1));
        let dialog_ids = text
            .match_indices("dialog(\"")
            .map(|(at, _)| at + "dialog(\"".len());
        for start in literal_ids.chain(dialog_ids) {
            let id = &text[start..start + text[start..].find('"').unwrap()];
            if id.ends_with('-') {
                // A prefix, as in a test looking for untranslated ids.
                continue;
            }
            assert!(
                english.contains_key(id),
                "{}: no message {id}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "the core names only {checked} messages?");
}

#[test]
fn intark_s_patterns_carry_intark_s_own_norwegian_names() {
    // IntArk: "Sanntidsoppdatert provisjonering: Hendelsesbasert provisjonering".
    let nb = Translator::new(Lang::Nb);
    assert_eq!(
        nb.t("pattern-event-provisioning"),
        "hendelsesbasert provisjonering"
    );
    let nn = Translator::new(Lang::Nn);
    assert_eq!(
        nn.t("pattern-event-provisioning"),
        "hendingsbasert provisjonering"
    );
}
