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

/// RFC 4180 CSV (the `csv` crate's quoting, CRLF line ends): a header row of column ids, then
/// the cells' texts, each [`neutralised`] so a spreadsheet never runs one as a formula.
pub fn to_csv(report: &Report) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let rows = std::iter::once(
        report
            .columns
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
    )
    .chain(
        report
            .rows
            .iter()
            .map(|row| row.cells.iter().map(|c| c.text.as_str()).collect()),
    );
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(neutralised).collect();
        writer
            .write_record(&cells)
            .expect("writing CSV to memory does not fail");
    }
    let bytes = writer
        .into_inner()
        .expect("writing CSV to memory does not fail");
    String::from_utf8(bytes).expect("the cells are UTF-8")
}

/// `text`, with a `'` before it when a spreadsheet would take it for a formula: when it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a plain number (OWASP's
/// advice on CSV injection; Excel and LibreOffice show the text, the quote hidden or visible).
pub fn neutralised(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && text.trim().parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text.to_owned()
    }
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

/// Line breaks as spaces, so a row stays one line.
fn one_line(text: &str) -> String {
    text.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// The width of `text` in characters.
fn width(text: &str) -> usize {
    text.chars().count()
}
