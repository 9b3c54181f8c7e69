use super::*;
use crate::model::{Entity, Lang};

fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), true).unwrap();
    (dir, catalog)
}

fn empty() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let (catalog, _) = Catalog::open_or_create(&dir.path().join("c.datapakt"), false).unwrap();
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
    catalog.save_integration(Some(id), draft).unwrap();
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
