use proptest::prelude::*;
use serde_json::json;

use super::*;

/// What yaml_serde reads `text` as (Datapakt's own reader, YAML 1.2).
fn read(text: &str) -> Value {
    yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{e}:\n{text}"))
}

#[test]
fn an_ordinary_document_comes_out_as_yaml_serde_writes_it() {
    let document = json!({
        "apiVersion": "v3.1.0",
        "name": "Elevregister til elevportalen",
        "version": "1.2.0",
        "empty": {},
        "none": [],
        "nothing": null,
        "flags": [true, false],
        "numbers": [0, -7, 99.5, 1.0, 18446744073709551615u64],
        "text": [
            "Hverdager 08–16",
            "https://skole.eksempel.kommune.no/api/v2",
            "mailto:ase@eksempel.no",
            "f.eks. 5B, 6A",
            "Åse Bjørnstad's \"team\"",
            "a:b",
            "-x",
            "123",
            "007",
            "true",
            "",
            " padded ",
            "a: b",
            "x #y",
            "- item",
            "#tag",
            "'quoted'",
            "tab\there",
            "nel\u{85}here",
        ],
        "lines": {
            "strip": "first line\nsecond line",
            "clip": "one\ntwo\n",
            "keep": "one\n\n",
            "blank inside": "one\n\nthree",
            "space before break": "one \ntwo",
        },
        "nested": [
            { "name": "fodselsnummer", "examples": ["17912099997"], "items": { "name": "x", "text": "a\nb" } },
            [["deep", "er"], { "k": "v" }],
            "plain",
            "multi\nline",
        ],
        "odd key: yes": 1,
        "123": "numeric key",
    });
    assert_eq!(
        to_string(&document),
        yaml_serde::to_string(&document).unwrap()
    );
    assert_eq!(read(&to_string(&document)), document);
}

#[test]
fn text_a_yaml_1_1_reader_takes_for_something_else_is_quoted() {
    for text in [
        "y",
        "N",
        "yes",
        "No",
        "ON",
        "off",
        "Off",
        "=",
        "<<",
        "8:00",
        "12:30",
        "190:20:30",
        "1_000",
        "0b101",
        "0o17",
        "0x1F",
        "0755",
        "1.5e3",
        ".5",
        "+12",
        "-1:20",
        "2026-01-01",
        "2026-01-01T08:00:00Z",
        "2027-12-31 23:59:59",
        "2001-12-14t21:59:43.10-05:00",
    ] {
        let written = to_string(&json!({ "k": text, text: [text] }));
        let quoted = format!("'{text}'");
        assert_eq!(
            written,
            format!("k: {quoted}\n{quoted}:\n- {quoted}\n"),
            "{text}"
        );
        assert_eq!(read(&written), json!({ "k": text, text: [text] }));
    }
    for plain in [
        "yess",
        "Norge",
        "5B",
        "10 dager",
        "1–10",
        "v3.1.0",
        "1.2.0",
        "on-call",
        "8:00–16:00",
        "2026-01-01 ble det",
        "Test 2026-01-01",
        "1e",
        "_1",
        ".",
    ] {
        assert_eq!(to_string(&json!(plain)), format!("{plain}\n"), "{plain}");
    }
}

#[test]
fn floats_carry_a_point_and_a_signed_exponent() {
    let numbers = json!([1e20, 1.5e-7, -1e-7, 99.5, 3.0, 7]);
    assert_eq!(
        to_string(&numbers),
        "- 1.0e+20\n- 1.5e-7\n- -1.0e-7\n- 99.5\n- 3.0\n- 7\n"
    );
    assert_eq!(read(&to_string(&numbers)), numbers);
}

#[test]
fn what_no_plain_or_quoted_key_can_hold_is_written_with_escapes_or_as_an_explicit_key() {
    let long = "k".repeat(1100);
    let document = json!({
        "emoji": "stjerne ⭐ og 😀",
        "controls": "bell\u{7} nul\u{0} bom\u{feff} ls\u{2028} del\u{7f}",
        "multi\nline key": "v",
        long.clone(): { "a": [1, 2] },
        format!("{long}x"): ["a"],
        format!("{long}y"): "text",
    });
    let text = to_string(&document);
    assert!(text.contains("emoji: stjerne ⭐ og 😀\n"), "{text}");
    assert!(
        text.contains(r#""bell\x07 nul\0 bom\uFEFF ls\L del\x7F""#),
        "{text}"
    );
    assert!(
        text.contains(&format!("? {long}\n:\n  a:\n  - 1\n")),
        "{text}"
    );
    assert_eq!(read(&text), document);
}

/// Text of every kind: anything, and the awkward cases on their own.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ a-z0-9:#'\"\\-_.+\n\t]{0,12}",
        "[\\x00-\\x1f\\x7f-\\x9f\u{2028}\u{2029}\u{feff}\u{fffe}😀 a:#'\"\\\\]{0,10}",
        proptest::sample::select(YAML_1_1_WORDS.to_vec()).prop_map(str::to_owned),
        proptest::sample::select(vec![
            "",
            " ",
            "\n",
            " \n",
            "\n ",
            "a\n",
            "a\n\n",
            "\na",
            "- a",
            "? a",
            ": a",
            "a:",
            "---",
            "...",
            "|",
            ">",
            "&a",
            "*a",
            "!a",
            "%a",
            "@a",
            "`a",
            "[a]",
            "{a}",
            "#a",
            "a #b",
            ".inf",
            "-.Inf",
            ".NaN",
            "0x",
            "1e3",
            "2026-01-01",
            "8:00",
        ])
        .prop_map(str::to_owned),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((any_text(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_tree_reads_back_as_itself(value in any_value()) {
        let text = to_string(&value);
        let back: Value = yaml_serde::from_str(&text)
            .map_err(|e| TestCaseError::fail(format!("{e}:\n{text}")))?;
        prop_assert_eq!(back, value, "{}", text);
    }
}
