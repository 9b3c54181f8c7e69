//! A catalog-wide report (`crate::wire::Report`) as a PDF: its title, its figures and its
//! table, the table's columns as wide as their longest text allows. A report too wide for a
//! portrait page's table shows each row as a subsection of label/value pairs instead.

use super::contract::{lang_tag, page_label};
use super::document::{Block, Document, Meta, Table};
use crate::i18n::Translator;
use crate::wire::Report;

/// The document of `report`; `catalog` names the catalog it was made from.
pub fn document<'a>(report: &Report, catalog: &str, t: &'a Translator) -> Document<'a> {
    let mut blocks = vec![Block::Cover {
        kicker: t.t("reports-title"),
        title: report.title.clone(),
    }];
    if !report.facts.is_empty() {
        blocks.push(Block::Facts(report.facts.clone()));
    }
    if report.columns.len() > MAX_TABLE_COLUMNS {
        for row in &report.rows {
            let mut cells = row.cells.iter().zip(&report.columns);
            let heading = cells
                .next()
                .map(|(c, _)| c.text.clone())
                .unwrap_or_default();
            blocks.push(Block::Subsection(heading));
            blocks.push(Block::Facts(
                cells
                    .map(|(c, col)| (col.header.clone(), c.text.clone()))
                    .collect(),
            ));
        }
        if report.rows.is_empty() {
            blocks.push(Block::Paragraph(report.empty.clone()));
        }
    } else {
        blocks.push(Block::Table(Table {
            columns: report
                .columns
                .iter()
                .map(|c| c.header.clone())
                .zip(shares(report))
                .collect(),
            rows: report
                .rows
                .iter()
                .map(|row| row.cells.iter().map(|c| c.text.clone()).collect())
                .collect(),
            empty: report.empty.clone(),
        }));
    }
    Document {
        meta: Meta {
            title: report.title.clone(),
            author: catalog.to_owned(),
            subject: t.t("reports-title"),
            lang: lang_tag(t),
        },
        running_header: format!("{} · {catalog}", report.title),
        draft_mark: None,
        page_label: page_label(t),
        blocks,
    }
}

/// The most columns a portrait page's table holds readably.
const MAX_TABLE_COLUMNS: usize = 8;

/// Roughly how many points a character of the table's text takes at most (DejaVu Sans at
/// 8.5 pt: about 5.4 for digits and lower case, more in bold headings), and the padding of
/// a cell, for [`shares`].
const CHAR_PT: f32 = 5.4;
const CELL_PAD_PT: f32 = 7.0;

/// Each column's share of the width. A column gets at least its longest word (heading or
/// cell, at most 15 characters, and one to spare), so words are not cut, and the room left
/// goes to the columns by how much more their longest text (at most 40 characters) would
/// take. When even the words do not fit, the longest words are cut first: every column gets
/// its word up to one width, the same for all, chosen so the table fills the page.
fn shares(report: &Report) -> Vec<f32> {
    let cells = |i: usize| {
        report
            .rows
            .iter()
            .filter_map(move |row| row.cells.get(i))
            .map(|cell| cell.text.as_str())
    };
    let count = |text: &str| text.chars().count() as f32;
    // Headings are bold: a tenth wider.
    let heading =
        |i: usize, measure: &dyn Fn(&str) -> f32| (measure(&report.columns[i].header) * 1.1).ceil();
    let word = |text: &str| text.split_whitespace().map(count).fold(0.0, f32::max);
    let (least, wanted): (Vec<f32>, Vec<f32>) = (0..report.columns.len())
        .map(|i| {
            let word = cells(i)
                .map(word)
                .fold(heading(i, &word), f32::max)
                .clamp(3.0, 15.0)
                + 1.0;
            let longest = cells(i)
                .map(count)
                .fold(heading(i, &count), f32::max)
                .clamp(word, 40.0);
            (word, longest)
        })
        .unzip();
    let room = ((super::typeset::CONTENT_W - CELL_PAD_PT * least.len() as f32) / CHAR_PT).max(0.0);
    let (least_sum, wanted_sum) = (least.iter().sum::<f32>(), wanted.iter().sum::<f32>());
    let widths: Vec<f32> = if wanted_sum <= room || wanted_sum <= least_sum {
        wanted
    } else if least_sum > room {
        let cap = cap_filling(&least, room);
        least.iter().map(|l| l.min(cap)).collect()
    } else {
        let spare = (room - least_sum).max(0.0) / (wanted_sum - least_sum);
        least
            .iter()
            .zip(&wanted)
            .map(|(l, w)| l + (w - l) * spare)
            .collect()
    };
    let total: f32 = widths.iter().sum();
    if total <= 0.0 {
        return vec![1.0 / widths.len().max(1) as f32; widths.len()];
    }
    widths.iter().map(|w| w / total).collect()
}

/// The width `cap` for which the widths `least`, each cut to `cap`, sum to `room` (`room`
/// less than their sum).
fn cap_filling(least: &[f32], room: f32) -> f32 {
    let mut sorted = least.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut used = 0.0;
    for (i, width) in sorted.iter().enumerate() {
        let rest = (sorted.len() - i) as f32;
        if used + width * rest >= room {
            return (room - used) / rest;
        }
        used += width;
    }
    sorted.last().copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::shares;
    use crate::wire::{Report, ReportCell, ReportColumn, ReportKind, ReportRow};

    fn report(columns: &[&str], row: &[&str]) -> Report {
        Report {
            kind: ReportKind::Requests,
            title: String::new(),
            facts: Vec::new(),
            columns: columns
                .iter()
                .map(|c| ReportColumn {
                    id: (*c).into(),
                    header: (*c).into(),
                })
                .collect(),
            rows: vec![ReportRow {
                item: None,
                cells: row.iter().map(|t| ReportCell::text(*t)).collect(),
            }],
            empty: String::new(),
        }
    }

    fn room(columns: usize) -> f32 {
        (super::super::typeset::CONTENT_W - columns as f32 * super::CELL_PAD_PT) / super::CHAR_PT
    }

    #[test]
    fn a_crowded_table_keeps_each_column_s_longest_word_and_shares_the_rest() {
        let long = "en ganske lang tekst som trenger mye plass i tabellen sin";
        let report = report(
            &[
                "Nr.",
                "Emne",
                "Spurt av",
                "Status",
                "Saksbehandler",
                "Oppfølging",
                "Lenker",
            ],
            &[
                "1",
                long,
                long,
                "under arbeid",
                "Ingrid Sæther",
                "2026-11-17",
                long,
            ],
        );
        let shares = shares(&report);
        assert!((shares.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        // "Saksbehandler" (13 characters) and the date (10) keep their width, and one more.
        assert!(shares[4] * room(7) >= 13.9, "{shares:?}");
        assert!(shares[5] * room(7) >= 10.9, "{shares:?}");
        // The long texts get more than the short ones.
        assert!(shares[1] > shares[3] && shares[6] > shares[0], "{shares:?}");
    }

    #[test]
    fn when_even_the_words_do_not_fit_the_longest_words_are_cut_first() {
        let compound = "Ansattopplysninger";
        let report = report(
            &[
                "Nr.",
                "Emne",
                "Spurt av",
                "Status",
                "Saksbehandler",
                "Oppfølging",
                "Forfalt",
                "Lenker",
            ],
            &[
                "1",
                compound,
                compound,
                "eskalert",
                "Ingrid Sæther",
                "2026-11-17",
                "ja",
                compound,
            ],
        );
        let shares = shares(&report);
        assert!((shares.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        let widths: Vec<f32> = shares.iter().map(|s| s * room(8)).collect();
        assert!((widths[0] - 5.0).abs() < 1e-3, "{widths:?}");
        assert!(
            (widths[3] - 9.0).abs() < 1e-3,
            "eskalert keeps its width: {widths:?}"
        );
        assert!(
            widths[1] < 16.0 && (widths[1] - widths[7]).abs() < 1e-3,
            "{widths:?}"
        );
    }

    #[test]
    fn a_roomy_table_is_shared_by_its_longest_texts() {
        let shares = shares(&report(&["A", "B"], &["kort", "en lengre tekst"]));
        assert!((shares[0] - 5.0 / 20.0).abs() < 1e-4, "{shares:?}");
    }
}
