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
