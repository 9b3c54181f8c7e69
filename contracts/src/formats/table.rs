//! A report as text for a terminal, as CSV and as JSON.

use crate::wire::Report;

/// Aligned columns under their headings, then how many rows; or the report's empty text.
pub fn to_text(report: &Report) -> String {
    let mut out = format!("{}\n", report.title);
    for (label, value) in &report.facts {
        out.push_str(&format!("{label}: {value}\n"));
    }
    if report.rows.is_empty() {
        out.push_str(&report.empty);
        out.push('\n');
        return out;
    }
    let mut widths: Vec<usize> = report.columns.iter().map(|c| width(&c.header)).collect();
    for row in &report.rows {
        for (w, cell) in widths.iter_mut().zip(&row.cells) {
            *w = (*w).max(width(&one_line(&cell.text)));
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(text, w)| format!("{text}{}", " ".repeat(w - width(text))))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    out.push_str(&line(
        report.columns.iter().map(|c| c.header.clone()).collect(),
    ));
    for row in &report.rows {
        out.push_str(&line(row.cells.iter().map(|c| one_line(&c.text)).collect()));
    }
    out.push_str(&format!("({})\n", report.rows.len()));
    out
}

/// RFC 4180 CSV: a header row of column ids, then the cells' texts.
pub fn to_csv(report: &Report) -> String {
    let mut out = String::new();
    let ids: Vec<String> = report.columns.iter().map(|c| csv_cell(&c.id)).collect();
    out.push_str(&ids.join(","));
    out.push_str("\r\n");
    for row in &report.rows {
        let cells: Vec<String> = row.cells.iter().map(|c| csv_cell(&c.text)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON array with an object per row, keyed by column id, holding the machine values.
pub fn to_json(report: &Report) -> String {
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = report
        .rows
        .iter()
        .map(|row| {
            report
                .columns
                .iter()
                .zip(&row.cells)
                .map(|(column, cell)| (column.id.clone(), cell.value.clone()))
                .collect()
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("JSON values always serialise")
}

/// A CSV cell: quoted when it holds a comma, a quote or a line break.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Line breaks as spaces, so a row stays one line.
fn one_line(text: &str) -> String {
    text.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// The width of `text` in characters.
fn width(text: &str) -> usize {
    text.chars().count()
}
