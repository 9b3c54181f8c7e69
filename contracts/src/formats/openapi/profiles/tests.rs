//! A test per rule of every profile, named `{profile}_{rule}` after it: each applies the rule
//! alone to a stub (or a document) that does not meet it and checks that it then does, checks
//! the whole profile's stubs meet it too, and where it means something that the other profiles
//! do not do it. [`each_rule_has_its_own_test`] ties the list of these tests to the table.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::*;
use crate::formats::openapi::contract_openapi;
use crate::formats::openapi::tests::{demo_contracts_in_context, official_oas31_schema};
use crate::formats::Context;
use crate::model::{
    Contract, ContractId, InformationSet, InformationSetDraft, InformationSetId, Pattern,
};

/// Lists every rule's own test by profile and rule id (see [`each_rule_has_its_own_test`]).
macro_rules! rule_tests {
    ($(($profile:ident, $id:literal) => $test:ident),* $(,)?) => {
        /// Every rule's own test: its profile, the rule's id, the test's name and the test.
        const RULE_TESTS: &[(Profile, &str, &str, fn())] =
            &[$((Profile::$profile, $id, stringify!($test), $test)),*];
    };
}

rule_tests! {
    (KsFiks, "maskinporten-scope") => ks_fiks_maskinporten_scope,
    (KsFiks, "on-behalf-of") => ks_fiks_on_behalf_of,
    (KsFiks, "utf-8") => ks_fiks_utf_8,
    (KsFiks, "read-timeout") => ks_fiks_read_timeout,
    (SeRest, "lower-case-resources") => se_rest_lower_case_resources,
    (SeRest, "api-info") => se_rest_api_info,
    (SeRest, "versioned-paths") => se_rest_versioned_paths,
    (SeRest, "limit-page-paging") => se_rest_limit_page_paging,
    (SeRest, "utc-dates") => se_rest_utc_dates,
    (SeRest, "bearer-only") => se_rest_bearer_only,
}

fn demo(index: usize) -> Contract {
    Contract {
        id: ContractId(index as i64 + 1),
        draft: crate::app::demo::contracts()[index].clone(),
        state: Default::default(),
    }
}

/// The generic stub of demo contract `index` in `context`.
fn generic(index: usize, context: &Context) -> Value {
    contract_openapi(&demo(index), context)
}

/// A contract served by events and in batch: its stub has webhooks and `changedSince`.
fn events_and_batch() -> Context {
    Context {
        patterns: vec![Pattern::EventProvisioning, Pattern::FullSyncBatch],
        ..Context::default()
    }
}

/// Information sets whose names are awkward as paths: one named like the profile's own
/// `api-info`, one with letters outside a-z.
fn awkward_sets() -> Context {
    let sets = [(1, "API info"), (2, "Ærlige Østlendinger / Märta")]
        .into_iter()
        .map(|(id, name)| InformationSet {
            id: InformationSetId(id),
            draft: InformationSetDraft {
                name: name.into(),
                ..Default::default()
            },
        })
        .collect();
    Context {
        sets,
        ..Context::default()
    }
}

/// The generic stubs the tests run the profiles over, each with a name: every demo contract
/// on its own and in its catalog, one served by events in batch, one with awkward names.
fn sample_stubs() -> Vec<(String, Value)> {
    let mut stubs: Vec<(String, Value)> = (0..crate::app::demo::contracts().len())
        .map(|index| (format!("demo {index}"), generic(index, &Context::default())))
        .collect();
    for (contract, context) in demo_contracts_in_context() {
        let doc = contract_openapi(&contract, &context);
        stubs.push((format!("{} in its catalog", contract.draft.title), doc));
    }
    stubs.push(("events and batch".into(), generic(1, &events_and_batch())));
    stubs.push(("awkward names".into(), generic(0, &awkward_sets())));
    stubs
}

/// A classified demo stub: the shipped default asks for an OAuth2 token.
fn classified() -> Value {
    demo_contracts_in_context()
        .into_iter()
        .map(|(contract, context)| contract_openapi(&contract, &context))
        .find(|doc| doc["components"]["securitySchemes"].get("oauth2").is_some())
        .expect("a demo contract serves classified information")
}

/// `doc` under `profile`.
fn under(profile: Profile, mut doc: Value) -> Value {
    apply(profile, &mut doc);
    doc
}

/// The rule `id` of `profile`.
fn rule(profile: Profile, id: &str) -> &'static Rule {
    rules(profile)
        .iter()
        .find(|rule| rule.id == id)
        .unwrap_or_else(|| panic!("{profile:?} has no rule {id}"))
}

/// `doc` after the rule `id` of `profile` alone.
fn with_rule(profile: Profile, id: &str, mut doc: Value) -> Value {
    (rule(profile, id).apply)(&mut doc);
    doc
}

/// The profiles other than `profile`, for the checks that they do not do what it does.
fn others(profile: Profile) -> impl Iterator<Item = Profile> {
    Profile::ALL.into_iter().filter(move |p| *p != profile)
}

/// Every operation of `doc`'s paths, with its path.
fn path_operations(doc: &Value) -> Vec<(&str, &Value)> {
    doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(path, item)| Some((path.as_str(), item.as_object()?)))
        .flat_map(|(path, item)| item.values().map(move |operation| (path, operation)))
        .collect()
}

/// Every operation of `doc`'s webhooks.
fn webhook_operations(doc: &Value) -> Vec<&Value> {
    doc["webhooks"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(_, item)| item.as_object())
        .flat_map(|item| item.values())
        .collect()
}

/// Every parameter of `doc`: the shared ones and each operation's own.
fn parameters(doc: &Value) -> Vec<&Value> {
    let shared = doc["components"]["parameters"]
        .as_object()
        .into_iter()
        .flat_map(|parameters| parameters.values());
    let own = path_operations(doc)
        .into_iter()
        .chain(webhook_operations(doc).into_iter().map(|op| ("", op)))
        .filter_map(|(_, operation)| operation["parameters"].as_array())
        .flatten();
    shared.chain(own).collect()
}

/// Every schema in `doc` with `format` `format` (objects with that `format`, outside data).
fn schemas_with_format<'a>(value: &'a Value, format: &str, found: &mut Vec<&'a Value>) {
    match value {
        Value::Object(object) => {
            if object.get("format").is_some_and(|f| f == format) {
                found.push(value);
            }
            for (key, child) in object {
                if !["example", "examples", "default", "const", "enum"].contains(&key.as_str()) {
                    schemas_with_format(child, format, found);
                }
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|item| schemas_with_format(item, format, found)),
        _ => {}
    }
}

/// The `date-time` schemas of `doc`.
fn date_times(doc: &Value) -> Vec<&Value> {
    let mut found = Vec::new();
    schemas_with_format(doc, "date-time", &mut found);
    found
}

/// `/v{major}` for `doc`'s version (every demo contract's version is semantic).
fn version_prefix(doc: &Value) -> String {
    let version = doc["info"]["version"].as_str().unwrap();
    let major = version.split('.').next().unwrap();
    assert!(major.parse::<u32>().is_ok(), "{version}");
    format!("/v{major}")
}

/// Whether `value` is valid against the JSON Schema `schema`.
fn accepts(schema: &Value, value: &str) -> bool {
    jsonschema::draft202012::new(schema)
        .expect("the schema compiles")
        .is_valid(&json!(value))
}

// ── The table ───────────────────────────────────────────────────────────────────────────────

#[test]
fn every_rule_is_named_and_explained() {
    for profile in Profile::ALL {
        let mut ids = BTreeSet::new();
        for rule in rules(profile) {
            let what = format!("{profile:?} {}", rule.id);
            assert!(
                !rule.id.is_empty()
                    && rule
                        .id
                        .bytes()
                        .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-')),
                "{what}: ids are lower-case words joined by hyphens"
            );
            assert!(ids.insert(rule.id), "{what}: named twice");
            assert!(
                rule.requires.starts_with(char::is_uppercase) && rule.requires.ends_with('.'),
                "{what}: says what it requires in a sentence"
            );
        }
    }
    assert!(rules(Profile::Generic).is_empty());
    assert!(!rules(Profile::KsFiks).is_empty() && !rules(Profile::SeRest).is_empty());
}

#[test]
fn each_rule_has_its_own_test() {
    let table: BTreeSet<(&str, &str)> = Profile::ALL
        .into_iter()
        .flat_map(|profile| rules(profile).iter().map(move |r| (profile.as_str(), r.id)))
        .collect();
    let tested: BTreeSet<(&str, &str)> = RULE_TESTS
        .iter()
        .map(|(profile, id, _, _)| (profile.as_str(), *id))
        .collect();
    assert_eq!(
        tested, table,
        "RULE_TESTS must list a test for every rule of the table, and no other"
    );
    assert_eq!(RULE_TESTS.len(), tested.len(), "a rule is listed twice");
    for (profile, id, test, _) in RULE_TESTS {
        let named = format!("{}_{id}", profile.as_str()).replace('-', "_");
        assert_eq!(
            *test, named,
            "the test of {profile:?} {id} is named after it"
        );
    }
}

#[test]
fn generic_changes_nothing() {
    for (what, doc) in sample_stubs() {
        assert_eq!(under(Profile::Generic, doc.clone()), doc, "{what}");
    }
}

#[test]
fn a_profile_is_recorded_in_info() {
    let doc = generic(0, &Context::default());
    for profile in [Profile::KsFiks, Profile::SeRest] {
        assert_eq!(
            under(profile, doc.clone())["info"]["x-datapakt-profile"],
            profile.as_str()
        );
    }
    assert!(under(Profile::Generic, doc)["info"]
        .get("x-datapakt-profile")
        .is_none());
}

#[test]
fn every_rule_alone_keeps_every_stub_valid() {
    let schema = official_oas31_schema();
    let validator = jsonschema::draft202012::new(&schema).expect("official schema compiles");
    let stubs = sample_stubs();
    for profile in Profile::ALL {
        for rule in rules(profile) {
            for (what, doc) in &stubs {
                let mut doc = doc.clone();
                (rule.apply)(&mut doc);
                let errors: Vec<String> =
                    validator.iter_errors(&doc).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{what}, {}: {errors:#?}", rule.id);
            }
        }
    }
}

// ── KS Fiks ─────────────────────────────────────────────────────────────────────────────────

#[test]
fn ks_fiks_maskinporten_scope() {
    let check = |doc: &Value, what: &str| {
        let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
        let names: Vec<&String> = schemes.keys().collect();
        assert_eq!(
            names,
            ["maskinporten", "idporten"],
            "{what}: the only schemes"
        );
        let flow = &schemes["maskinporten"]["flows"]["clientCredentials"];
        assert_eq!(flow["tokenUrl"], "https://maskinporten.no/token", "{what}");
        // The seed's checklist: "access_token må ha scope ks" (not ks:fiks).
        assert!(flow["scopes"].get("ks").is_some(), "{what}");
        assert!(flow["scopes"].get("ks:fiks").is_none(), "{what}");
        let citizens = &schemes["idporten"];
        assert_eq!(citizens["type"], "openIdConnect", "{what}");
        assert_eq!(
            citizens["openIdConnectUrl"],
            "https://idporten.no/.well-known/openid-configuration"
        );
        for scheme in schemes.values() {
            let text = scheme["description"].as_str().unwrap();
            assert!(text.contains("JWT"), "{what}: {text}");
        }
        assert_eq!(doc["info"]["x-ks-fiks-access-token"], "JWT", "{what}");
        assert_eq!(
            doc["security"],
            json!([{ "maskinporten": ["ks"] }, { "idporten": [] }]),
            "{what}"
        );
    };
    // The rule alone: OAuth2 from the shipped default gives way; unclassified needs it too.
    let classified = classified();
    let rule = |doc: Value| with_rule(Profile::KsFiks, "maskinporten-scope", doc);
    check(&rule(classified.clone()), "classified");
    check(&rule(generic(0, &Context::default())), "unclassified");
    for (what, doc) in sample_stubs() {
        check(&under(Profile::KsFiks, doc), &what);
    }
    for profile in others(Profile::KsFiks) {
        let doc = under(profile, classified.clone());
        assert!(!doc.to_string().contains("maskinporten"), "{profile:?}");
    }
}

#[test]
fn ks_fiks_on_behalf_of() {
    let reference = json!({ "$ref": "#/components/parameters/OnBehalfOf" });
    let stub = generic(1, &events_and_batch());
    let check = |doc: &Value, what: &str| {
        let operations = path_operations(doc);
        assert!(operations.len() >= 2, "{what}");
        for (path, operation) in operations {
            let parameters = operation["parameters"].as_array().unwrap();
            let count = parameters.iter().filter(|p| **p == reference).count();
            assert_eq!(count, 1, "{what}: {path} takes OnBehalfOf once");
        }
        // Webhooks are requests the provider makes, not the consumer.
        for operation in webhook_operations(doc) {
            assert!(!operation.to_string().contains("OnBehalfOf"), "{what}");
        }
        let parameter = &doc["components"]["parameters"]["OnBehalfOf"];
        assert_eq!(parameter["name"], "OnBehalfOf", "{what}");
        assert_eq!(parameter["in"], "header", "{what}");
        assert_eq!(parameter["required"], true, "{what}");
        let schema = &parameter["schema"];
        for whom in ["910000000", "17912099997"] {
            assert!(accepts(schema, whom), "{what}: {whom}");
        }
        for wrong in [
            "91000000",
            "9100000000",
            "179120999970",
            "1791209999x",
            " 910000000",
        ] {
            assert!(!accepts(schema, wrong), "{what}: {wrong}");
        }
    };
    let alone = with_rule(Profile::KsFiks, "on-behalf-of", stub.clone());
    assert!(!webhook_operations(&alone).is_empty());
    check(&alone, "the rule alone");
    for (what, doc) in sample_stubs() {
        check(&under(Profile::KsFiks, doc), &what);
    }
    for profile in others(Profile::KsFiks) {
        let doc = under(profile, stub.clone());
        assert!(!doc.to_string().contains("OnBehalfOf"), "{profile:?}");
    }
}

/// Checks that the KS Fiks rule `id` alone adds `info.{key}` = `value` and nothing else,
/// that the profile does too, and that no other profile does.
fn ks_fiks_info_extension(id: &str, key: &str, value: Value) {
    let stub = generic(0, &Context::default());
    let mut alone = with_rule(Profile::KsFiks, id, stub.clone());
    let added = alone["info"].as_object_mut().unwrap().remove(key);
    assert_eq!(added, Some(value.clone()), "{id}");
    assert_eq!(alone, stub, "{id} changes nothing else");
    assert_eq!(under(Profile::KsFiks, stub.clone())["info"][key], value);
    for profile in others(Profile::KsFiks) {
        let doc = under(profile, stub.clone());
        assert!(doc["info"].get(key).is_none(), "{profile:?}");
        assert!(!doc.to_string().contains("x-ks-fiks-"), "{profile:?}");
    }
}

#[test]
fn ks_fiks_utf_8() {
    ks_fiks_info_extension("utf-8", "x-ks-fiks-charset", json!("UTF-8"));
}

#[test]
fn ks_fiks_read_timeout() {
    ks_fiks_info_extension("read-timeout", "x-ks-fiks-read-timeout-seconds", json!(30));
}

// ── The Swedish REST API profile ────────────────────────────────────────────────────────────

#[test]
fn se_rest_lower_case_resources() {
    // The rule alone, on paths no stub writes: each name renamed to its lower-case, hyphenated
    // form, one to one (a name taken gets a number), allowed names and templates kept.
    let operation = |id: &str| json!({ "get": { "operationId": id } });
    let doc = json!({ "paths": {
        "/Elever_Ålesund": operation("a"),
        "/Elever_Ålesund/{id}": operation("b"),
        "/elever-alesund": operation("c"),
        "/ELEVER ÅLESUND": operation("d"),
        "/v1/Skoler/{skoleId}/Klasser": operation("e"),
        "/api-info": operation("f"),
    } });
    let doc = with_rule(Profile::SeRest, "lower-case-resources", doc);
    let paths: Vec<(&str, &str)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(path, item)| (path.as_str(), item["get"]["operationId"].as_str().unwrap()))
        .collect();
    assert_eq!(
        paths,
        [
            ("/elever-alesund-2", "a"),
            ("/elever-alesund-2/{id}", "b"),
            ("/elever-alesund", "c"),
            ("/elever-alesund-3", "d"),
            ("/v1/skoler/{skoleId}/klasser", "e"),
            ("/api-info", "f"),
        ]
    );
    for (what, doc) in sample_stubs() {
        // A stub's names already meet it: the rule renames nothing there.
        let alone = with_rule(Profile::SeRest, "lower-case-resources", doc.clone());
        assert_eq!(alone, doc, "{what}");
        let doc = under(Profile::SeRest, doc);
        for path in doc["paths"].as_object().unwrap().keys() {
            for segment in path.split('/').skip(1).filter(|s| !is_template(s)) {
                assert!(allowed_segment(segment), "{what}: {path}");
            }
        }
    }
}

#[test]
fn se_rest_api_info() {
    let check = |doc: &Value, path: &str, what: &str| {
        let operation = &doc["paths"][path]["get"];
        assert_eq!(operation["operationId"], "getApiInfo", "{what}");
        assert!(
            !operation["description"].as_str().unwrap().is_empty(),
            "{what}"
        );
        assert_eq!(operation["tags"], json!([API_INFO_TAG]), "{what}");
        let tags = doc["tags"].as_array().unwrap();
        assert_eq!(
            tags.iter().filter(|t| t["name"] == API_INFO_TAG).count(),
            1,
            "{what}: the tag is declared once"
        );
        let schema = &operation["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(
            schema["required"],
            json!(["apiName", "apiVersion"]),
            "{what}"
        );
        let responses = operation["responses"].as_object().unwrap();
        assert!(responses.keys().any(|code| code.starts_with('4')), "{what}");
        for response in responses.values().filter_map(|r| r["$ref"].as_str()) {
            let name = response.trim_start_matches("#/components/responses/");
            assert!(
                doc["components"]["responses"].get(name).is_some(),
                "{what}: {name}"
            );
        }
    };
    let stub = generic(0, &Context::default());
    check(
        &with_rule(Profile::SeRest, "api-info", stub.clone()),
        "/api-info",
        "the rule alone",
    );
    for (what, doc) in sample_stubs() {
        let path = format!("{}/api-info", version_prefix(&doc));
        check(&under(Profile::SeRest, doc), &path, &what);
    }
    // An information set named "API info" keeps its own resource beside the profile's.
    let doc = under(Profile::SeRest, generic(0, &awkward_sets()));
    assert!(doc["paths"].get("/v1/api-info-2").is_some());
    for profile in others(Profile::SeRest) {
        let doc = under(profile, stub.clone());
        let paths = doc["paths"].as_object().unwrap();
        assert!(
            !paths.keys().any(|path| path.ends_with("/api-info")),
            "{profile:?}"
        );
    }
}

#[test]
fn se_rest_versioned_paths() {
    let stub = generic(0, &Context::default());
    assert_eq!(stub["info"]["version"], "1.2.0");
    let alone = with_rule(Profile::SeRest, "versioned-paths", stub.clone());
    let before: Vec<(String, &Value)> = stub["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(path, item)| (format!("/v1{path}"), item))
        .collect();
    let after: Vec<(String, &Value)> = alone["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(path, item)| (path.clone(), item))
        .collect();
    assert_eq!(
        after, before,
        "every path moves under /v1, nothing else changes"
    );
    for (version, prefix) in [
        ("2.0.0", "/v2/"),
        ("10.4", "/v10/"),
        ("3", "/v3/"),
        ("beta", "/v1/"),
        ("", "/v1/"),
    ] {
        let mut doc = stub.clone();
        doc["info"]["version"] = json!(version);
        let doc = with_rule(Profile::SeRest, "versioned-paths", doc);
        for path in doc["paths"].as_object().unwrap().keys() {
            assert!(path.starts_with(prefix), "{version}: {path}");
        }
    }
    for (what, doc) in sample_stubs() {
        let prefix = format!("{}/", version_prefix(&doc));
        let doc = under(Profile::SeRest, doc);
        for path in doc["paths"].as_object().unwrap().keys() {
            assert!(path.starts_with(&prefix), "{what}: {path}");
        }
    }
    // One version segment in the full URL: a server recorded with its own loses it.
    for (recorded, expected, named) in [
        (
            "https://hr.eksempel.kommune.no/api/v1",
            "https://hr.eksempel.kommune.no/api",
            "1",
        ),
        (
            "https://hr.eksempel.kommune.no/api/v1/",
            "https://hr.eksempel.kommune.no/api",
            "1",
        ),
        (
            "https://skole.eksempel.kommune.no/api/v2",
            "https://skole.eksempel.kommune.no/api",
            "2",
        ),
    ] {
        let mut doc = stub.clone();
        doc["servers"] = json!([{ "url": recorded }]);
        let doc = with_rule(Profile::SeRest, "versioned-paths", doc);
        let server = &doc["servers"][0];
        assert_eq!(server["url"], expected, "{recorded}");
        let note = server["description"].as_str().unwrap();
        assert!(note.contains(recorded), "{note}");
        assert_eq!(note.contains("version 2"), named == "2", "{note}");
        let full = format!(
            "{expected}{}",
            doc["paths"].as_object().unwrap().keys().next().unwrap()
        );
        assert_eq!(full.matches("/v1").count(), 1, "{full}");
    }
    // Servers without a version segment stay as they were.
    for kept in [
        "https://hr.eksempel.kommune.no/api",
        "https://hr.eksempel.kommune.no/api/v1beta",
        "https://v1.eksempel.kommune.no",
        "https://hr.eksempel.kommune.no/v2x/elever",
    ] {
        let mut doc = stub.clone();
        doc["servers"] = json!([{ "url": kept }]);
        let doc = with_rule(Profile::SeRest, "versioned-paths", doc);
        assert_eq!(doc["servers"][0]["url"], kept);
        assert!(doc["servers"][0].get("description").is_none(), "{kept}");
    }
    for profile in others(Profile::SeRest) {
        let doc = under(profile, stub.clone());
        for path in doc["paths"].as_object().unwrap().keys() {
            assert!(!path.starts_with("/v1/"), "{profile:?}: {path}");
        }
    }
}

#[test]
fn se_rest_limit_page_paging() {
    let limit = json!({ "$ref": "#/components/parameters/limit" });
    let page = json!({ "$ref": "#/components/parameters/page" });
    let check = |doc: &Value, what: &str| {
        let shared = &doc["components"]["parameters"];
        assert_eq!(shared["limit"]["name"], "limit", "{what}");
        assert_eq!(shared["limit"]["in"], "query", "{what}");
        assert_eq!(shared["limit"]["schema"]["default"], 20, "{what}");
        assert_eq!(shared["limit"]["schema"]["minimum"], 1, "{what}");
        assert_eq!(shared["page"]["name"], "page", "{what}");
        assert_eq!(shared["page"]["in"], "query", "{what}");
        assert_eq!(shared["page"]["schema"]["default"], 1, "{what}");
        assert_eq!(shared["page"]["schema"]["minimum"], 1, "{what}");
        let mut collections = 0;
        for (path, operation) in path_operations(doc) {
            let parameters: &[Value] = operation["parameters"]
                .as_array()
                .map_or(&[], Vec::as_slice);
            let own_paging = parameters
                .iter()
                .any(|p| p["in"] == "query" && (p["name"] == "limit" || p["name"] == "page"));
            assert!(
                !own_paging,
                "{what}: {path} pages only by the shared parameters"
            );
            let count = |r: &Value| parameters.iter().filter(|p| *p == r).count();
            // A collection: a path to no one record ({id}), not the API's description.
            let collection = !path.ends_with('}') && !path.ends_with("/api-info");
            let expected = usize::from(collection);
            assert_eq!(count(&limit), expected, "{what}: {path} limit");
            assert_eq!(count(&page), expected, "{what}: {path} page");
            collections += expected;
        }
        assert!(collections >= 1, "{what}");
    };
    // The rule alone, on paging it must set right: another default, pages from 0, and a
    // collection with a paging parameter of its own but not the shared ones.
    let mut doc = generic(0, &events_and_batch());
    doc["components"]["parameters"]["limit"]["schema"]["default"] = json!(50);
    doc["components"]["parameters"]["page"]["schema"]["minimum"] = json!(0);
    doc["components"]["parameters"]["page"]["schema"]["default"] = json!(0);
    let list = &mut doc["paths"]["/elevregister-til-elevportalen"]["get"]["parameters"];
    let changed_since = list[2].clone();
    assert_eq!(changed_since["name"], "changedSince");
    *list = json!([
        { "name": "limit", "in": "query", "schema": { "type": "integer" } },
        changed_since,
    ]);
    let doc = with_rule(Profile::SeRest, "limit-page-paging", doc);
    check(&doc, "the rule alone");
    let list = &doc["paths"]["/elevregister-til-elevportalen"]["get"]["parameters"];
    assert_eq!(
        list,
        &json!([limit, page, changed_since]),
        "the collection's other parameters stay"
    );
    for (what, doc) in sample_stubs() {
        check(&under(Profile::SeRest, doc), &what);
    }
    // No negative check: every stub pages so, whatever the profile (the generic stub's shared
    // parameters are the profile's); the rule guarantees it under se-rest.
}

#[test]
fn se_rest_utc_dates() {
    let pattern = json!({ "type": "string", "pattern": UTC_DATE_TIME_PATTERN });
    for utc in ["2024-05-01T12:00:00Z", "2024-05-01T12:00:00.123Z"] {
        assert!(accepts(&pattern, utc) && is_utc_date_time(utc), "{utc}");
    }
    for other in [
        "2024-05-01T14:00:00+02:00",
        "2024-05-01T12:00:00",
        "2024-05-01 12:00:00Z",
        "2024-05-01T12:00:00.Z",
        "2024-05-01",
        "",
    ] {
        assert!(
            !accepts(&pattern, other) && !is_utc_date_time(other),
            "{other}"
        );
    }
    // A record with a date-time field, `changedSince` and the change events' `time`.
    let stub = generic(1, &events_and_batch());
    let check = |doc: &Value, what: &str| {
        let found = date_times(doc);
        assert!(found.len() >= 3, "{what}: {found:?}");
        for schema in found {
            assert_eq!(schema["pattern"], UTC_DATE_TIME_PATTERN, "{what}: {schema}");
        }
        assert_eq!(
            doc["info"]["x-se-rest-date-time"], "RFC 3339, UTC",
            "{what}"
        );
    };
    check(
        &with_rule(Profile::SeRest, "utc-dates", stub.clone()),
        "the rule alone",
    );
    for (what, doc) in sample_stubs() {
        let doc = under(Profile::SeRest, doc);
        for schema in date_times(&doc) {
            assert_eq!(schema["pattern"], UTC_DATE_TIME_PATTERN, "{what}: {schema}");
        }
    }
    check(&under(Profile::SeRest, stub.clone()), "the profile");
    // Fields named like keywords are fields; examples not in UTC go; dates stay dates; data
    // that looks like a schema stays data.
    let doc = json!({ "components": { "schemas": { "Elev": {
        "type": "object",
        "properties": {
            "default": {
                "type": "string",
                "format": "date-time",
                "examples": ["2024-05-01T12:00:00Z", "2024-05-01T14:00:00+02:00"],
            },
            "examples": {
                "type": ["string", "null"],
                "format": "date-time",
                "examples": ["2024-05-01T14:00:00+02:00"],
            },
            "fodt": { "type": "string", "format": "date", "examples": ["2010-05-01"] },
        },
        "examples": [{ "format": "date-time" }],
    } } } });
    let doc = with_rule(Profile::SeRest, "utc-dates", doc);
    let elev = &doc["components"]["schemas"]["Elev"];
    let properties = &elev["properties"];
    assert_eq!(properties["default"]["pattern"], UTC_DATE_TIME_PATTERN);
    assert_eq!(
        properties["default"]["examples"],
        json!(["2024-05-01T12:00:00Z"])
    );
    assert_eq!(properties["examples"]["pattern"], UTC_DATE_TIME_PATTERN);
    assert!(properties["examples"].get("examples").is_none());
    assert_eq!(
        properties["fodt"],
        json!({ "type": "string", "format": "date", "examples": ["2010-05-01"] })
    );
    assert_eq!(elev["examples"], json!([{ "format": "date-time" }]));
    for profile in others(Profile::SeRest) {
        let doc = under(profile, stub.clone());
        let found = date_times(&doc);
        assert!(!found.is_empty());
        for schema in found {
            assert!(schema.get("pattern").is_none(), "{profile:?}: {schema}");
        }
    }
}

#[test]
fn se_rest_bearer_only() {
    let check = |doc: &Value, what: &str| {
        let schemes = doc["components"]["securitySchemes"].as_object().unwrap();
        let names: Vec<&String> = schemes.keys().collect();
        assert_eq!(names, ["bearer"], "{what}: the only scheme");
        assert_eq!(schemes["bearer"]["type"], "http", "{what}");
        assert_eq!(schemes["bearer"]["scheme"], "bearer", "{what}");
        assert_eq!(doc["security"], json!([{ "bearer": [] }]), "{what}");
        for (path, operation) in path_operations(doc) {
            for requirement in operation["security"].as_array().into_iter().flatten() {
                let requirement = requirement.as_object().unwrap();
                assert!(
                    requirement.keys().all(|scheme| scheme == "bearer"),
                    "{what}: {path}"
                );
            }
        }
        // No keys in URLs.
        for parameter in parameters(doc) {
            let name = parameter["name"]
                .as_str()
                .unwrap_or_default()
                .to_lowercase();
            let key = ["key", "token", "secret", "password"]
                .iter()
                .any(|word| name.contains(word));
            assert!(!(parameter["in"] == "query" && key), "{what}: {name}");
        }
    };
    // The rule alone: OAuth2 from the shipped default gives way; unclassified needs it too.
    let classified = classified();
    let rule = |doc: Value| with_rule(Profile::SeRest, "bearer-only", doc);
    check(&rule(classified.clone()), "classified");
    check(&rule(generic(0, &Context::default())), "unclassified");
    // An operation naming another scheme falls back to the API's; one open to all stays open.
    let mut doc = classified.clone();
    let operations: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    doc["paths"][&operations[0]]["get"]["security"] = json!([{ "basic": [] }, { "apiKey": [] }]);
    doc["paths"][&operations[1]]["get"]["security"] = json!([]);
    let doc = rule(doc);
    assert!(doc["paths"][&operations[0]]["get"]
        .get("security")
        .is_none());
    assert_eq!(doc["paths"][&operations[1]]["get"]["security"], json!([]));
    check(&doc, "operations with their own security");
    for (what, doc) in sample_stubs() {
        check(&under(Profile::SeRest, doc), &what);
    }
    for profile in others(Profile::SeRest) {
        let doc = under(profile, classified.clone());
        assert!(
            doc["components"]["securitySchemes"].get("bearer").is_none(),
            "{profile:?}"
        );
    }
}

/// Not a rule of its own: a set that names its (plural) API resource gets its paths, tags and
/// operation ids from that name under every profile, versioned under se-rest.
#[test]
fn a_set_s_own_resource_name_names_its_paths() {
    let context = Context {
        sets: vec![InformationSet {
            id: InformationSetId(1),
            draft: InformationSetDraft {
                name: "Elevopplysninger".into(),
                resource: Some("elever".into()),
                ..Default::default()
            },
        }],
        ..Context::default()
    };
    let stub = generic(0, &context);
    let se_rest = under(Profile::SeRest, stub.clone());
    let paths: Vec<&str> = se_rest["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(paths.contains(&"/v1/elever"), "{paths:?}");
    assert!(paths.contains(&"/v1/elever/{id}"), "{paths:?}");
    assert!(
        !paths.iter().any(|p| p.contains("elevopplysninger")),
        "{paths:?}"
    );
    for profile in Profile::ALL {
        let doc = under(profile, stub.clone());
        let operations = path_operations(&doc);
        assert!(!operations.is_empty(), "{profile:?}");
        for (path, operation) in operations {
            if path.ends_with("/api-info") {
                continue;
            }
            assert!(
                path.ends_with("/elever") || path.ends_with("/elever/{id}"),
                "{profile:?}: {path}"
            );
            assert_eq!(operation["tags"], json!(["elever"]), "{profile:?}: {path}");
            let id = operation["operationId"].as_str().unwrap();
            assert!(id == "listElever" || id == "getElever", "{profile:?}: {id}");
        }
    }
}
