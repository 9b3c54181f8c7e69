use std::collections::BTreeSet;

use proptest::prelude::*;

use super::*;

/// Answers with every volume known and small, so no assumption is added.
fn base() -> Answers {
    Answers {
        message_kb: Some(10),
        per_day: Some(100),
        ..Answers::default()
    }
}

const HUGE_KB: u64 = 2 * BATCH_MESSAGE_MIN_KB;
const LARGE_KB: u64 = 500 * KB_PER_MB;
const MEDIUM_KB: u64 = 10 * KB_PER_MB;

/// Asserts the row, outcome and reason `answers` get.
fn check(
    answers: Answers,
    rule: &str,
    technology: Recommendation,
    pattern: Option<Pattern>,
    covered: bool,
) -> Advice {
    let advice = advise(&answers);
    assert_eq!(advice.rule, rule, "{answers:?}");
    assert_eq!(advice.technology, technology, "{answers:?}");
    assert_eq!(advice.pattern, pattern, "{answers:?}");
    assert_eq!(advice.covered, covered, "{answers:?}");
    let row = TREE.iter().find(|r| r.name == rule).unwrap();
    assert_eq!(advice.reasons[0].kind, row.then.reason);
    assert_eq!(
        advice.reasons[0].message,
        format!("advice-reason-{}", row.name)
    );
    advice
}

#[test]
fn row_huge_message_batch() {
    let a = Answers {
        message_kb: Some(HUGE_KB),
        batch_possible: true,
        real_time: true,
        ..base()
    };
    check(
        a,
        "huge-message-batch",
        Recommendation::Batch,
        Some(Pattern::FullSyncBatch),
        true,
    );
}

#[test]
fn row_huge_message_no_batch_is_not_covered_and_suggests_splitting_or_micro_batches() {
    let a = Answers {
        message_kb: Some(BATCH_MESSAGE_MIN_KB + 1),
        batch_possible: false,
        ..base()
    };
    let advice = check(
        a,
        "huge-message-no-batch",
        Recommendation::SplitMessages,
        None,
        false,
    );
    assert_eq!(advice.alternative, Some(Recommendation::MicroBatch));
    assert_eq!(advice.reasons[0].values["batch_gb"], 1);
}

#[test]
fn row_real_time_sync_paged() {
    for kb in [SMALL_MESSAGE_MAX_KB + 1, LARGE_KB] {
        let a = Answers {
            real_time: true,
            synchronous: true,
            message_kb: Some(kb),
            ..base()
        };
        check(
            a,
            "real-time-sync-paged",
            Recommendation::RestWithPaging,
            Some(Pattern::ApiLookup),
            true,
        );
    }
}

#[test]
fn row_real_time_sync_internal_offers_graphql() {
    let a = Answers {
        real_time: true,
        synchronous: true,
        internal_only: true,
        ..base()
    };
    let advice = check(
        a,
        "real-time-sync-internal",
        Recommendation::Rest,
        Some(Pattern::ApiLookup),
        true,
    );
    assert_eq!(advice.alternative, Some(Recommendation::GraphqlInternal));
}

#[test]
fn row_real_time_sync() {
    let a = Answers {
        real_time: true,
        synchronous: true,
        message_kb: Some(SMALL_MESSAGE_MAX_KB),
        guaranteed_delivery: true,
        ..base()
    };
    let advice = check(
        a,
        "real-time-sync",
        Recommendation::Rest,
        Some(Pattern::ApiLookup),
        true,
    );
    assert_eq!(advice.alternative, None);
}

#[test]
fn row_real_time_async_notify() {
    let a = Answers {
        real_time: true,
        message_kb: Some(MEDIUM_KB),
        ..base()
    };
    check(
        a,
        "real-time-async-notify",
        Recommendation::RestWithPaging,
        Some(Pattern::EventProvisioning),
        true,
    );
}

#[test]
fn row_real_time_async() {
    let a = Answers {
        real_time: true,
        guaranteed_delivery: true,
        ..base()
    };
    check(
        a,
        "real-time-async",
        Recommendation::MessageQueue,
        Some(Pattern::EventProvisioning),
        true,
    );
}

#[test]
fn a_message_of_100_mb_to_1_gb_is_paged_not_sent_as_a_file() {
    // The strategy: even 100 MB is probably too big for one call, and paging splits it.
    for kb in [API_PAGED_MAX_KB + 1, BATCH_MESSAGE_MIN_KB] {
        // One message a day: the daily volume stays low.
        let scheduled = Answers {
            message_kb: Some(kb),
            per_day: Some(1),
            batch_possible: true,
            ..base()
        };
        check(
            scheduled,
            "scheduled-sync-paged",
            Recommendation::RestWithPaging,
            Some(Pattern::FullSyncBatch),
            true,
        );
        let on_demand = Answers {
            message_kb: Some(kb),
            per_day: Some(1),
            ..base()
        };
        check(
            on_demand,
            "medium-message-paged",
            Recommendation::RestWithPaging,
            Some(Pattern::ApiLookup),
            true,
        );
    }
    // Over 1 GB, batch (the strategy's own figure) — not paging.
    let huge = Answers {
        message_kb: Some(BATCH_MESSAGE_MIN_KB + 1),
        batch_possible: true,
        ..base()
    };
    assert_ne!(advise(&huge).technology, Recommendation::RestWithPaging);
}

#[test]
fn row_guaranteed_delivery() {
    let a = Answers {
        guaranteed_delivery: true,
        per_day: Some(HIGH_MESSAGES_PER_DAY),
        batch_possible: true,
        ..base()
    };
    check(
        a,
        "guaranteed-delivery",
        Recommendation::MessageQueue,
        Some(Pattern::MessageQueue),
        true,
    );
}

#[test]
fn row_high_volume_batch() {
    // High by bytes: 10 MB × 1,024 a day = 10 GB.
    let a = Answers {
        message_kb: Some(MEDIUM_KB),
        per_day: Some(1024),
        batch_possible: true,
        ..base()
    };
    check(
        a,
        "high-volume-batch",
        Recommendation::Batch,
        Some(Pattern::FullSyncBatch),
        true,
    );
}

#[test]
fn row_high_volume_micro_batch() {
    let a = Answers {
        per_day: Some(HIGH_MESSAGES_PER_DAY),
        ..base()
    };
    check(
        a,
        "high-volume-micro-batch",
        Recommendation::MicroBatch,
        None,
        true,
    );
}

#[test]
fn row_scheduled_sync_paged() {
    let a = Answers {
        message_kb: Some(API_PAGED_MAX_KB),
        batch_possible: true,
        ..base()
    };
    check(
        a,
        "scheduled-sync-paged",
        Recommendation::RestWithPaging,
        Some(Pattern::FullSyncBatch),
        true,
    );
}

#[test]
fn row_scheduled_sync() {
    let a = Answers {
        batch_possible: true,
        synchronous: true,
        ..base()
    };
    check(
        a,
        "scheduled-sync",
        Recommendation::Rest,
        Some(Pattern::FullSyncBatch),
        true,
    );
}

#[test]
fn row_medium_message_paged() {
    let a = Answers {
        message_kb: Some(MEDIUM_KB),
        guaranteed_delivery: true,
        ..base()
    };
    check(
        a,
        "medium-message-paged",
        Recommendation::RestWithPaging,
        Some(Pattern::ApiLookup),
        true,
    );
}

#[test]
fn row_api_first_choice() {
    let advice = check(
        base(),
        "api-first-choice",
        Recommendation::Rest,
        Some(Pattern::ApiLookup),
        true,
    );
    assert_eq!(advice.reasons.len(), 1);
}

#[test]
fn every_row_has_a_test_named_after_it_and_a_distinct_reason() {
    let source = include_str!("tests.rs");
    let mut reasons = BTreeSet::new();
    for row in TREE {
        let test = format!("fn row_{}", row.name.replace('-', "_"));
        assert!(source.contains(&test), "no test {test}");
        assert!(
            reasons.insert(row.then.reason),
            "{} reuses a reason",
            row.name
        );
        assert_eq!(row.name, row.then.reason.as_str());
    }
}

/// Representative answers for every combination of classes the conditions distinguish.
fn grid() -> Vec<Answers> {
    let sizes = [
        None,
        Some(1),
        Some(MEDIUM_KB),
        Some(LARGE_KB),
        Some(HUGE_KB),
    ];
    let days = [None, Some(10), Some(HIGH_MESSAGES_PER_DAY)];
    let mut out = Vec::new();
    for bits in 0..32u8 {
        for message_kb in sizes {
            for per_day in days {
                out.push(Answers {
                    real_time: bits & 1 != 0,
                    synchronous: bits & 2 != 0,
                    guaranteed_delivery: bits & 4 != 0,
                    batch_possible: bits & 8 != 0,
                    internal_only: bits & 16 != 0,
                    message_kb,
                    per_day,
                    daily_kb: None,
                });
            }
        }
    }
    out
}

#[test]
fn every_row_decides_for_some_answers_so_none_is_unreachable() {
    let grid = grid();
    // The grid meets every class of every condition.
    let sizes: BTreeSet<_> = grid.iter().map(|a| format!("{:?}", a.size())).collect();
    let days: BTreeSet<_> = grid.iter().map(|a| format!("{:?}", a.daily())).collect();
    assert_eq!(sizes.len(), 5);
    assert_eq!(days.len(), 3);
    let decided: BTreeSet<usize> = grid.iter().map(deciding_row).collect();
    for (index, row) in TREE.iter().enumerate() {
        assert!(decided.contains(&index), "row {} is unreachable", row.name);
    }
}

#[test]
fn the_last_row_matches_everything() {
    let last = TREE.last().unwrap();
    assert!(grid().iter().all(|a| last.when.holds(a)));
}

#[test]
fn unknown_volumes_are_stated_as_assumptions() {
    let advice = advise(&Answers::default());
    let kinds: Vec<ReasonKind> = advice.reasons.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            ReasonKind::ApiFirstChoice,
            ReasonKind::SizeUnknown,
            ReasonKind::VolumeUnknown
        ]
    );
}

#[test]
fn thresholds_follow_the_strategy_where_it_gives_them() {
    assert_eq!(API_PAGED_MAX_KB, 100 * 1024);
    assert_eq!(BATCH_MESSAGE_MIN_KB, 1024 * 1024);
}

#[test]
fn answers_from_an_integration() {
    let draft = IntegrationDraft {
        mode: Mode::Asynchronous,
        frequency: Frequency::RealTime,
        volume_per_day: Some(300),
        message_size_kb: Some(2),
        guaranteed_delivery: true,
        ..IntegrationDraft::default()
    };
    let a = Answers::from_integration(&draft);
    assert_eq!(
        a,
        Answers {
            real_time: true,
            synchronous: false,
            message_kb: Some(2),
            per_day: Some(300),
            daily_kb: None,
            guaranteed_delivery: true,
            batch_possible: false,
            internal_only: false,
        }
    );
    assert_eq!(advise(&a).technology, Recommendation::MessageQueue);

    let nightly = IntegrationDraft {
        mode: Mode::Synchronous,
        frequency: Frequency::Daily,
        ..IntegrationDraft::default()
    };
    let a = Answers::from_integration(&nightly);
    assert!(a.synchronous && !a.real_time && a.batch_possible);
    for frequency in [Frequency::RealTime, Frequency::OnDemand] {
        let draft = IntegrationDraft {
            frequency,
            ..IntegrationDraft::default()
        };
        assert!(!Answers::from_integration(&draft).batch_possible);
    }
}

#[test]
fn soap_is_always_a_finding() {
    for answers in grid() {
        let advice = advise(&answers);
        let d = deviation(&advice, Technology::SoapLegacy).unwrap();
        assert_eq!(d.severity, Severity::Finding);
        assert_eq!(d.message, "advice-deviation-soap");
    }
}

#[test]
fn a_recorded_choice_that_differs_needs_a_justification() {
    let advice = advise(&base());
    assert_eq!(deviation(&advice, Technology::Rest), None);
    let d = deviation(&advice, Technology::File).unwrap();
    assert_eq!(d.severity, Severity::NeedsJustification);
    assert_eq!(d.advised, Recommendation::Rest);
    assert_eq!(d.message, "advice-deviation-justify");
    // GraphQL deviates unless the advice offers it (internal consumers only).
    assert!(deviation(&advice, Technology::Graphql).is_some());
    let internal = advise(&Answers {
        real_time: true,
        synchronous: true,
        internal_only: true,
        ..base()
    });
    assert_eq!(deviation(&internal, Technology::Graphql), None);
    // Outside the tree, splitting works with any technology but SOAP.
    let huge = advise(&Answers {
        message_kb: Some(HUGE_KB),
        ..base()
    });
    assert_eq!(deviation(&huge, Technology::Messaging), None);
}

#[test]
fn advice_round_trips_through_json() {
    let advice = advise(&Answers::default());
    let json = serde_json::to_value(&advice).unwrap();
    assert_eq!(json["technology"], "rest");
    assert_eq!(
        json["reasons"][0]["message"],
        "advice-reason-api-first-choice"
    );
    let back: Advice = serde_json::from_value(json).unwrap();
    assert_eq!(back, advice);
}

#[cfg(feature = "i18n")]
mod messages {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::super::*;
    use crate::i18n::SOURCES;
    use crate::model::Lang;

    /// Each message id of the English file with the variables it uses.
    fn english() -> BTreeMap<String, BTreeSet<String>> {
        let (lang, source) = SOURCES[0];
        assert_eq!(lang, Lang::En);
        let resource = fluent_syntax::parser::parse(source).expect("en.ftl parses");
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                for element in message.value.iter().flat_map(|p| &p.elements) {
                    if let ast::PatternElement::Placeable {
                        expression:
                            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                    } = element
                    {
                        variables.insert(id.name.to_owned());
                    }
                }
                out.insert(message.id.name.to_owned(), variables);
            }
        }
        out
    }

    #[test]
    fn every_reason_has_a_message_with_its_values() {
        let english = english();
        for kind in ReasonKind::ALL {
            let reason = Reason::from(kind);
            let variables = english
                .get(&reason.message)
                .unwrap_or_else(|| panic!("no message {}", reason.message));
            let values: BTreeSet<String> = reason.values.keys().cloned().collect();
            assert_eq!(variables, &values, "{}: variables differ", reason.message);
        }
    }

    #[test]
    fn every_recommendation_and_deviation_has_a_message() {
        let english = english();
        let ids = Recommendation::ALL
            .map(|r| r.message_id())
            .into_iter()
            .chain([
                "advice-deviation-soap".into(),
                "advice-deviation-justify".into(),
            ])
            .chain(["advice-not-covered".into()]);
        for id in ids {
            assert!(english.contains_key(&id), "no message {id}");
        }
    }

    #[test]
    fn reasons_read_with_their_thresholds() {
        let t = crate::i18n::Translator::new(Lang::En);
        let reason = Reason::from(ReasonKind::MediumMessagePaged);
        let args: Vec<(&str, crate::i18n::Arg)> = reason
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), crate::i18n::Arg::Number(*v as f64)))
            .collect();
        let text = t.t_with(&reason.message, &args);
        assert!(text.contains("100 MB") && text.contains("1 MB"), "{text}");
    }
}

proptest! {
    #[test]
    fn advise_never_panics_and_always_gives_a_reason(
        real_time in any::<bool>(),
        synchronous in any::<bool>(),
        message_kb in proptest::option::of(any::<u64>()),
        per_day in proptest::option::of(any::<u64>()),
        daily_kb in proptest::option::of(any::<u64>()),
        guaranteed_delivery in any::<bool>(),
        batch_possible in any::<bool>(),
        internal_only in any::<bool>(),
    ) {
        let answers = Answers {
            real_time,
            synchronous,
            message_kb,
            per_day,
            daily_kb,
            guaranteed_delivery,
            batch_possible,
            internal_only,
        };
        let advice = advise(&answers);
        prop_assert!(!advice.reasons.is_empty());
        prop_assert_eq!(&advice.rule, TREE[deciding_row(&answers)].name);
        prop_assert!(advice.reasons.iter().all(|r| r.message.starts_with("advice-reason-")));
        prop_assert_eq!(advice.covered, advice.rule != "huge-message-no-batch");
    }
}

#[test]
fn a_daily_volume_given_directly_decides_the_daily_class() {
    let high = Answers {
        per_day: None,
        daily_kb: Some(HIGH_KB_PER_DAY),
        ..base()
    };
    assert_eq!(high.daily(), Daily::High);
    let low = Answers {
        per_day: None,
        daily_kb: Some(HIGH_KB_PER_DAY - 1),
        ..base()
    };
    assert_eq!(low.daily(), Daily::Low);
    let unknown = Answers {
        per_day: None,
        daily_kb: None,
        ..base()
    };
    assert_eq!(unknown.daily(), Daily::Unknown);
}
