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
const MAX_TABLE_COLUMNS: usize = 7;

/// Each column's share of the width: by its longest text (heading or cell), each between
/// 6 and 40 characters, so no column starves and none takes the page.
fn shares(report: &Report) -> Vec<f32> {
    let widths: Vec<f32> = report
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let longest = report
                .rows
                .iter()
                .filter_map(|row| row.cells.get(i))
                .map(|cell| cell.text.chars().count())
                .chain([column.header.chars().count()])
                .max()
                .unwrap_or(0);
            longest.clamp(6, 40) as f32
        })
        .collect();
    let total: f32 = widths.iter().sum();
    widths.iter().map(|w| w / total).collect()
}
