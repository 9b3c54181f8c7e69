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
    for kind in ReportKind::ALL {
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
