use super::*;
use crate::model::{Entity, Lang};

use crate::app::items::Editing;
use crate::app::test_support::demo;

fn empty() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) =
        crate::app::catalog::open_or_create(&dir.path().join("c.datapakt"), false).unwrap();
    (dir, catalog)
}

#[test]
fn every_report_has_translated_headings_and_a_cell_per_column_in_every_language() {
    let (_dir, catalog) = demo();
    for lang in Lang::ALL {
        let t = Translator::new(lang);
        for kind in ReportKind::ALL {
            let report = build(&catalog, kind, &t).unwrap();
            assert!(!report.title.starts_with("report-"), "{kind:?} {lang:?}");
            assert!(!report.empty.starts_with("report-"), "{kind:?} {lang:?}");
            for column in &report.columns {
                assert!(!column.header.starts_with("report-col-"), "{column:?}");
            }
            for row in &report.rows {
                assert_eq!(row.cells.len(), report.columns.len(), "{kind:?}");
            }
        }
    }
}

#[test]
fn the_gap_report_lists_the_demo_gaps_with_their_integration_and_codes() {
    let (_dir, catalog) = demo();
    let report = build(&catalog, ReportKind::Gaps, &Translator::new(Lang::Nb)).unwrap();
    assert_eq!(report.rows.len(), 2);
    let row = &report.rows[1];
    assert!(matches!(row.item, Some((Entity::Integration, _))));
    assert_eq!(row.cells[2].value, "pseudonymisation");
    assert_eq!(row.cells[3].text, "særlige personopplysninger");
    assert_eq!(row.cells[6].value, true);
    assert_eq!(report.facts[0].1, "1");

    let json: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
    assert_eq!(json[1]["safeguard"], "pseudonymisation");
    assert_eq!(json[1]["reason"], "sensitive");
}

#[test]
fn an_empty_catalog_gives_empty_reports_that_say_so() {
    let (_dir, catalog) = empty();
    let goals = build(
        &catalog,
        ReportKind::EffectGoals,
        &Translator::new(Lang::En),
    )
    .unwrap();
    assert_eq!(goals.rows.len(), 4, "every goal, counted or not");
    assert!(goals.rows.iter().all(|row| row.cells[6].value == false));
    for kind in ReportKind::ALL
        .into_iter()
        .filter(|k| *k != ReportKind::EffectGoals)
    {
        let report = build(&catalog, kind, &Translator::new(Lang::En)).unwrap();
        assert!(report.rows.is_empty(), "{kind:?}");
        assert!(to_text(&report).contains(&report.empty));
        assert_eq!(to_csv(&report).lines().count(), 1);
        assert_eq!(to_json(&report), "[]");
    }
}

#[test]
fn csv_quotes_what_needs_quoting_and_text_keeps_one_line_per_row() {
    use crate::wire::{ReportCell, ReportColumn, ReportRow};
    let report = Report {
        kind: ReportKind::Gaps,
        title: "T".into(),
        facts: vec![],
        columns: vec![
            ReportColumn {
                id: "a".into(),
                header: "A".into(),
            },
            ReportColumn {
                id: "b".into(),
                header: "B".into(),
            },
        ],
        rows: vec![ReportRow {
            item: None,
            cells: vec![ReportCell::text("x, \"y\""), ReportCell::text("two\nlines")],
        }],
        empty: String::new(),
    };
    assert_eq!(
        to_csv(&report),
        "a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n"
    );
    assert_eq!(to_text(&report), "T\nA       B\nx, \"y\"  two lines\n(1)\n");
}

#[test]
fn the_reuse_report_lists_the_integration_built_anyway_and_whether_it_is_justified() {
    let (_dir, mut catalog) = demo();
    let report = build(&catalog, ReportKind::Reuse, &Translator::new(Lang::En)).unwrap();
    assert_eq!(report.rows.len(), 1);
    let row = &report.rows[0];
    assert_eq!(row.cells[1].text, "Folkeregisterfil til elevportalen");
    assert_eq!(row.cells[2].text, "Folkeregisteroppslag fra sak og arkiv");
    assert_eq!(row.cells[3].value, false);
    assert_eq!(report.facts[1].1, "1");

    let (_, id) = row.item.unwrap();
    let id = crate::model::IntegrationId(id);
    let mut draft = catalog.integration(id).unwrap().draft;
    draft.existing_interface_could_serve = true;
    draft.justification = "Oppslaget dekker ikke nattlige uttrekk.".into();
    catalog.save(Some(id), draft).unwrap();
    let report = build(&catalog, ReportKind::Reuse, &Translator::new(Lang::En)).unwrap();
    assert_eq!(report.rows[0].cells[3].value, true);
    assert_eq!(
        report.rows[0].cells[4].text,
        "Oppslaget dekker ikke nattlige uttrekk."
    );
    assert_eq!(report.facts[0].1, "1");
}

#[test]
fn the_effect_goal_report_has_a_row_per_goal_with_its_figures_trend_and_misses() {
    let (_dir, catalog) = demo();
    let report = build(
        &catalog,
        ReportKind::EffectGoals,
        &Translator::new(Lang::Sv),
    )
    .unwrap();
    let goals: Vec<&serde_json::Value> = report.rows.iter().map(|r| &r.cells[0].value).collect();
    assert_eq!(
        goals,
        [
            "reusable-integrations",
            "open-apis",
            "secured-apis",
            "automated-cases"
        ]
    );
    let cases = &report.rows[3];
    assert_eq!(cases.cells[1].text, "minst 60 %");
    assert_eq!(cases.cells[2].text, "2028-12-31");
    assert_eq!(cases.cells[5].text, "55 %");
    assert_eq!(cases.cells[6].text, "nej");
    assert!(
        cases.cells[7].text.contains("2025-06-30: 40 %"),
        "{}",
        cases.cells[7].text
    );
    assert_eq!(cases.cells[8].text, "Elevportalen (under målandelen)");
    let json: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
    assert_eq!(json[3]["numerator"], 1100);
    assert_eq!(json[1]["target"]["count"], 10);
}

mod any_catalog {
    //! No catalog makes a report, the checks or the effect goals panic.
    use proptest::collection::vec;
    use proptest::prelude::*;

    use super::*;
    use crate::app::items::proptests::{contract, declassified, fields};
    use crate::model::{
        AccessRights, CaseFigures, ContractStatus, Frequency, InformationSetDraft,
        IntegrationDraft, Pattern, SystemDraft, SystemId, Technology,
    };
    use crate::safeguards::Safeguard;

    /// An integration's facts, anything allowed.
    fn integration() -> impl Strategy<Value = (usize, usize, IntegrationDraft)> {
        (
            (0usize..4, 0usize..4),
            (
                proptest::sample::select(Pattern::ALL.to_vec()),
                proptest::sample::select(Technology::ALL.to_vec()),
                proptest::sample::select(Frequency::ALL.to_vec()),
            ),
            (any::<bool>(), any::<bool>(), any::<bool>()),
            proptest::option::of(any::<u64>()),
            proptest::sample::subsequence(Safeguard::ALL.to_vec(), 0..9),
        )
            .prop_map(
                |(
                    (p, c),
                    (pattern, technology, frequency),
                    (reusable, could, gd),
                    size,
                    safeguards,
                )| {
                    (
                        p,
                        c,
                        IntegrationDraft {
                            name: format!("I{p}{c}"),
                            pattern,
                            technology,
                            frequency,
                            reusable_via_platform: reusable,
                            existing_interface_could_serve: could,
                            justification: if could { "x".into() } else { String::new() },
                            guaranteed_delivery: gd,
                            message_size_kb: size,
                            safeguards,
                            ..IntegrationDraft::default()
                        },
                    )
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        #[test]
        fn every_report_builds_for_any_catalog(
            contracts in vec((contract(), 0usize..4, any::<bool>()), 0..4),
            sets in vec((fields(), any::<bool>()), 0..3),
            integrations in vec(integration(), 0..5),
            figures in vec((0u32..10_000, 0u32..10_000), 0..3),
            policy in proptest::option::of(proptest::sample::subsequence(Safeguard::ALL.to_vec(), 0..9)),
        ) {
            let mut catalog = Catalog::in_memory().unwrap();
            let systems: Vec<SystemId> = (0..4)
                .map(|i| {
                    let draft = SystemDraft {
                        name: format!("S{i}"),
                        case_figures: figures
                            .iter()
                            .enumerate()
                            .map(|(k, (cases, automated))| CaseFigures {
                                period_end: format!("202{k}-06-30"),
                                cases: *cases,
                                without_manual_steps: (*automated).min(*cases),
                            })
                            .collect(),
                        ..SystemDraft::default()
                    };
                    catalog.save(None, draft).unwrap().id
                })
                .collect();
            let set_ids: Vec<_> = sets
                .into_iter()
                .enumerate()
                .map(|(i, (fields, classified))| {
                    let draft = InformationSetDraft {
                        name: format!("Set {i}"),
                        scheme: Some("no-uh".into()),
                        fields: if classified { fields } else { declassified(fields) },
                        ..InformationSetDraft::default()
                    };
                    catalog.save(None, draft).unwrap().id
                })
                .collect();
            let mut integration_ids = Vec::new();
            for (p, c, mut draft) in integrations {
                if p == c {
                    continue;
                }
                draft.name = format!("{} {}", draft.name, integration_ids.len());
                draft.provider = Some(systems[p]);
                draft.consumers = vec![systems[c]];
                draft.information_sets = set_ids.iter().take(p % 3).copied().collect();
                integration_ids.push(catalog.save(None, draft).unwrap().id);
            }
            if let Some(policy) = policy {
                let mut scheme = catalog.scheme("no-uh").unwrap().unwrap();
                scheme.levels[2].safeguards = Some(policy);
                catalog.save(None, scheme).unwrap();
            }
            for (i, (mut draft, status, public)) in contracts.into_iter().enumerate() {
                draft.title = format!("{} {i}", draft.title);
                draft.information_sets = set_ids.iter().skip(i % 2).copied().collect();
                draft.integrations = integration_ids.iter().skip(i % 3).copied().collect();
                draft.access_rights = if public { AccessRights::Public } else { AccessRights::NonPublic };
                let id = catalog.save(None, draft).unwrap().id;
                for status in [ContractStatus::InReview, ContractStatus::Approved, ContractStatus::Retired]
                    .into_iter()
                    .take(status)
                {
                    let _ = catalog.set_contract_status(id, status);
                }
            }
            crate::app::checks::check_catalog(&catalog).unwrap();
            crate::app::effect_goals::evaluate(&catalog).unwrap();
            for lang in Lang::ALL {
                let t = Translator::new(lang);
                for kind in ReportKind::ALL {
                    let report = build(&catalog, kind, &t).unwrap();
                    to_text(&report);
                    to_csv(&report);
                    to_json(&report);
                }
            }
        }
    }
}

#[test]
fn the_requests_report_lists_open_requests_overdue_first_with_their_links() {
    let (_dir, catalog) = demo();
    let report = build(&catalog, ReportKind::Requests, &Translator::new(Lang::Sv)).unwrap();
    assert_eq!(report.title, "Öppna integrationsförfrågningar");
    let subjects: Vec<&str> = report
        .rows
        .iter()
        .map(|r| r.cells[1].text.as_str())
        .collect();
    assert_eq!(
        subjects,
        [
            "Elevlister til skoleskyss",
            "Timeplandata i sanntid til ekstern skoleapp",
            "Ansattopplysninger til sak og arkiv",
            "Ansattdata til nytt turnussystem",
            "Ledige barnehageplasser på nettsiden",
        ],
        "overdue first, then by follow-up day, the resolved one left out"
    );
    let first = &report.rows[0];
    assert!(matches!(first.item, Some((Entity::Request, _))));
    assert_eq!(first.cells[3].value, "waiting");
    assert_eq!(first.cells[3].text, "väntar");
    assert_eq!(first.cells[6].value, true);
    assert_eq!(first.cells[6].text, "ja");
    assert!(report.rows[1..].iter().all(|r| r.cells[6].value == false));
    assert_eq!(
        report
            .facts
            .iter()
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>(),
        ["5", "1"]
    );
    // The contract draft made from a request, and a reuse candidate, as links.
    assert!(
        report.rows[2].cells[7].text.starts_with("Kontrakt #"),
        "{:?}",
        report.rows[2].cells[7]
    );
    assert!(report.rows[3].cells[7]
        .text
        .contains("Ansatthendelser til tilgangsstyring"));

    let json: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
    assert_eq!(json[0]["overdue"], true);
    assert_eq!(
        json[0]["asker"]["organisation"],
        "Eksempel fylkeskommune, skyssavdelingen"
    );
    assert_eq!(json[2]["links"][0]["kind"], "contract");
    assert_eq!(json[3]["links"][0]["kind"], "integration");
    assert_eq!(json[4]["assignee"], serde_json::Value::Null);
}

#[test]
fn the_access_report_lists_every_demo_grant_with_its_review_and_standing() {
    let (_dir, catalog) = demo();
    let report = build(&catalog, ReportKind::Access, &Translator::new(Lang::Sv)).unwrap();
    assert_eq!(report.title, "Behörighetskatalog");
    assert_eq!(report.rows.len(), 4);
    let column = |id: &str| report.columns.iter().position(|c| c.id == id).unwrap();
    let overdue = &report.rows[1];
    assert!(matches!(overdue.item, Some((Entity::AccessGrant, _))));
    assert_eq!(overdue.cells[column("consumer")].text, "Eksempel kommune");
    assert_eq!(
        overdue.cells[column("integration")].text,
        "Nattlig elevsynkronisering"
    );
    assert_eq!(
        overdue.cells[column("contract")].text,
        "Elevregister til elevportalen"
    );
    assert_eq!(overdue.cells[column("granted_by")].text, "Åse Bjørnstad");
    assert_eq!(overdue.cells[column("review_due")].value, "2026-07-05");
    assert_eq!(
        overdue.cells[column("review_interval")].value,
        "access-review-half-yearly"
    );
    assert_eq!(overdue.cells[column("shipped_default")].value, true);
    assert_eq!(overdue.cells[column("status")].value, "review-overdue");
    assert_eq!(overdue.cells[column("status")].text, "Granskning försenad");
    assert!(overdue.cells[column("finding")].text.contains("2026-07-05"));
    assert_eq!(report.rows[2].cells[column("status")].value, "active");
    assert_eq!(report.rows[2].cells[column("finding")].text, "");
    assert!(report.rows[3].cells[column("finding")]
        .text
        .contains("gick ut 2026-10-31"));
    assert_eq!(report.facts[0].1, "4");
    assert_eq!(report.facts[1].1, "3");

    let json: serde_json::Value = serde_json::from_str(&to_json(&report)).unwrap();
    assert_eq!(json[3]["status"], "contract-not-in-force");
    assert!(json[0]["consumer"]["system"].is_i64());
    assert!(json[1]["consumer"]["organisation"].is_i64());
    assert_eq!(json[0]["valid_until"], "2026-06-30");
}

#[test]
fn a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
    use crate::wire::{ReportCell, ReportColumn, ReportRow};
    let cells = [
        "=HYPERLINK(\"http://example.com\",\"Klikk\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tleading tab",
        "\rleading return",
        "-",
        "-12.5",
        "+7",
        "Elevregister",
    ];
    let report = Report {
        kind: ReportKind::Gaps,
        title: "T".into(),
        facts: vec![],
        columns: vec![ReportColumn {
            id: "a".into(),
            header: "A".into(),
        }],
        rows: cells
            .iter()
            .map(|text| ReportRow {
                item: None,
                cells: vec![ReportCell::text(*text)],
            })
            .collect(),
        empty: String::new(),
    };
    let csv = to_csv(&report);
    let mut reader = ::csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let read: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().get(0).unwrap().to_owned())
        .collect();
    assert_eq!(
        read,
        [
            "'=HYPERLINK(\"http://example.com\",\"Klikk\")",
            "'+1+1",
            "'-2+3",
            "'@SUM(A1)",
            "'\tleading tab",
            "'\rleading return",
            "'-",
            "-12.5",
            "+7",
            "Elevregister",
        ],
        "every formula quoted away, numbers and plain text kept"
    );
}
