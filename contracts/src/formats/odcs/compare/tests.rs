use serde_json::json;

use super::*;
use crate::versions::{judge, Bump};

/// A document with one quality rule on the set, one on a field, and two servers.
fn document(set_rule: Value, field_rule: Value, servers: Value) -> Value {
    json!({
        "apiVersion": "v3.1.0", "kind": "DataContract", "id": "x", "version": "1.0.0",
        "status": "active",
        "schema": [{"name": "Elever", "quality": [set_rule], "properties": [
            {"name": "fødselsnummer", "logicalType": "string", "quality": [field_rule]}]}],
        "servers": servers,
    })
}

fn rows(mustbe: Value) -> Value {
    let mut rule = json!({"type": "library", "metric": "rowCount", "description": "Elever"});
    for (k, v) in mustbe.as_object().unwrap() {
        rule[k] = v.clone();
    }
    rule
}

fn nulls(limit: u64) -> Value {
    json!({"type": "library", "metric": "nullValues", "mustBeLessThan": limit})
}

fn servers(urls: &[(&str, &str)]) -> Value {
    urls.iter()
        .map(|(name, host)| json!({"server": name, "type": "api", "location": host}))
        .collect()
}

/// The rules that judge the changes from `old` to `new`, and the version step they call for.
fn judged(old: &Value, new: &Value) -> (Vec<String>, Option<Bump>) {
    let assessment = judge(document_changes(old, new), None);
    let rules = assessment.changes.iter().map(|a| a.rule.clone()).collect();
    (rules, assessment.bump)
}

#[test]
fn a_tightened_or_added_quality_rule_breaks_and_a_loosened_or_removed_one_does_not() {
    let prod = servers(&[("prod", "https://a.example")]);
    let base = document(
        rows(json!({"mustBeGreaterThan": 100})),
        nulls(10),
        prod.clone(),
    );
    let tighter = document(
        rows(json!({"mustBeGreaterThan": 500})),
        nulls(1),
        prod.clone(),
    );
    assert_eq!(
        judged(&base, &tighter),
        (
            vec![
                "quality-rule-tightened".into(),
                "quality-rule-tightened".into()
            ],
            Some(Bump::Major)
        )
    );
    assert_eq!(
        judged(&tighter, &base),
        (
            vec![
                "quality-rule-loosened".into(),
                "quality-rule-loosened".into()
            ],
            Some(Bump::Minor)
        ),
        "the other way"
    );
    // A range inside the old one demands more; around it, less.
    let between = |a: u64, b: u64| {
        document(
            rows(json!({"mustBeBetween": [a, b]})),
            nulls(10),
            prod.clone(),
        )
    };
    assert_eq!(
        judged(&between(10, 100), &between(20, 90)).1,
        Some(Bump::Major)
    );
    assert_eq!(
        judged(&between(20, 90), &between(10, 100)).1,
        Some(Bump::Minor)
    );
    // Added on a field: a new demand; removed: one less.
    let mut without = base.clone();
    without["schema"][0]["properties"][0]
        .as_object_mut()
        .unwrap()
        .remove("quality");
    let (rules, bump) = judged(&without, &base);
    assert_eq!(
        (rules, bump),
        (vec!["quality-rule-tightened".into()], Some(Bump::Major))
    );
    let (rules, bump) = judged(&base, &without);
    assert_eq!(
        (rules, bump),
        (vec!["quality-rule-loosened".into()], Some(Bump::Minor))
    );
    let change = &document_changes(&base, &without)[0];
    assert_eq!(change.subject(), "Elever › fødselsnummer › nullValues");
}

#[test]
fn a_quality_rule_that_demands_something_else_breaks_and_wording_alone_does_not() {
    let prod = servers(&[("prod", "https://a.example")]);
    let base = document(rows(json!({"mustBe": 100})), nulls(10), prod.clone());
    let other = document(rows(json!({"mustBe": 200})), nulls(10), prod.clone());
    assert_eq!(judged(&base, &other).0, ["quality-rule-changed"]);
    assert_eq!(judged(&other, &base).0, ["quality-rule-changed"]);
    let mut reworded = base.clone();
    reworded["schema"][0]["quality"][0]["description"] = json!("Alle elever");
    assert_eq!(document_changes(&base, &reworded), vec![]);
}

#[test]
fn a_removed_or_moved_server_breaks_and_an_added_one_does_not() {
    let one = document(
        nulls(1),
        nulls(1),
        servers(&[("prod", "https://a.example")]),
    );
    let two = document(
        nulls(1),
        nulls(1),
        servers(&[("prod", "https://a.example"), ("test", "https://t.example")]),
    );
    assert_eq!(
        judged(&one, &two),
        (vec!["server-added".into()], Some(Bump::Minor))
    );
    assert_eq!(
        judged(&two, &one),
        (vec!["server-removed".into()], Some(Bump::Major))
    );
    let moved = document(
        nulls(1),
        nulls(1),
        servers(&[("prod", "https://b.example")]),
    );
    assert_eq!(
        judged(&one, &moved),
        (vec!["server-changed".into()], Some(Bump::Major))
    );
    assert_eq!(judged(&moved, &one).0, ["server-changed"]);
    assert_eq!(judged(&one, &one), (vec![], None));
}
