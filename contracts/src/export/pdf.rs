//! PDF export of an information contract: an A4 document with the contract's metadata,
//! description and field table, set in DejaVu Sans, embedded and subset so that every Nordic
//! letter prints and copies out exactly.
//!
//! printpdf 0.12 only places text and draws lines, so the layout lives here: text is wrapped
//! by the font's advance widths, the field table flows over pages with its header repeated,
//! and each footer carries "Page N of M". The output is deterministic: no clock is read and
//! the subset tags and the document id derive from the contract, so the same contract always
//! gives the same bytes. `finish` is the single place for file-level details (later PDF/A).

use lopdf::{Object, StringFormat};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use crate::model::{Contract, Field};

/// A4 in points.
const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
/// 20 mm margins; the footer sits in the bottom margin.
const MARGIN: f32 = 56.69;
const TOP: f32 = PAGE_H - MARGIN;
const BOTTOM: f32 = MARGIN;
const FOOTER_BASELINE: f32 = 30.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Width of the label column of the metadata block.
const LABEL_W: f32 = 120.0;
/// Vertical space before a section heading.
const SECTION_GAP: f32 = 14.0;
/// Inner padding of table cells.
const PAD: f32 = 4.0;
const COLUMN_TITLES: [&str; 4] = ["Name", "Type", "Required", "Description"];
const COLUMN_WIDTHS: [f32; 4] = [120.0, 62.0, 58.0, CONTENT_W - 240.0];
/// Placeholder for an empty value.
const EMPTY: &str = "—";

/// Why a contract could not be rendered as PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font could not be parsed.
    #[error("the bundled font {0} could not be parsed")]
    Font(&'static str),
    /// The finished document could not be serialized.
    #[error("the PDF document could not be written: {0}")]
    Write(String),
}

/// Renders the information-contract document of `contract` as PDF bytes.
pub fn contract_pdf(contract: &Contract) -> Result<Vec<u8>, PdfError> {
    let seed = fingerprint(contract);
    let fonts = Fonts::load(seed)?;
    let styles = Styles::new(&fonts);
    let pages = layout(contract, &styles);

    let draft = &contract.draft;
    let mut doc = PdfDocument::new(&draft.title);
    doc.metadata.info.author = draft.owner.clone();
    doc.metadata.info.subject = "Information contract".to_owned();
    doc.metadata.info.creator = "Datapakt".to_owned();
    doc.metadata.info.producer = "Datapakt".to_owned();
    fonts.register(&mut doc);
    let a4 = |ops| PdfPage::new(Mm(210.0), Mm(297.0), ops);
    doc.with_pages(pages.into_iter().map(a4).collect());
    finish(&doc, seed)
}

/// Serializes `doc` with a document id derived from `seed`. File-level additions (PDF/A
/// output intent, XMP, `/Lang`) belong here, on the lopdf document.
fn finish(doc: &PdfDocument, seed: u64) -> Result<Vec<u8>, PdfError> {
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut Vec::new());
    let id: Vec<u8> = [fnv(seed, b"id/1"), fnv(seed, b"id/2")]
        .iter()
        .flat_map(|half| half.to_be_bytes())
        .collect();
    let id = Object::String(id, StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    drop_placeholder_info(&mut pdf);
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

/// Removes the info entries printpdf always writes but we have no value for (its dates
/// would claim 1970).
fn drop_placeholder_info(pdf: &mut lopdf::Document) {
    let Ok(info_id) = pdf.trailer.get(b"Info").and_then(Object::as_reference) else {
        return;
    };
    if let Ok(info) = pdf.get_object_mut(info_id).and_then(Object::as_dict_mut) {
        for key in [
            "CreationDate",
            "ModDate",
            "GTS_PDFXVersion",
            "Identifier",
            "Keywords",
        ] {
            info.remove(key.as_bytes());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fonts and measuring

/// One embedded font face and its metrics.
struct Face {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

impl Face {
    /// Parses `bytes`; `id` is the resource name, whose first six letters become the subset tag.
    fn load(name: &'static str, bytes: &[u8], id: String) -> Result<Face, PdfError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(PdfError::Font(name))?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        Ok(Face {
            font,
            id: FontId(id),
            units_per_em,
        })
    }

    /// The advance width of `c` in font units (a missing glyph measures as `.notdef`).
    fn advance(&self, c: char) -> f32 {
        let glyph = self.font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        f32::from(self.font.get_horizontal_advance(glyph))
    }
}

/// The regular and bold faces of DejaVu Sans.
struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// Parses both faces, naming them after `seed` so that subset tags are deterministic.
    fn load(seed: u64) -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::load(
                "DejaVu Sans",
                dejavu::sans::regular(),
                subset_tag(seed, b"R"),
            )?,
            bold: Face::load(
                "DejaVu Sans Bold",
                dejavu::sans::bold(),
                subset_tag(seed, b"B"),
            )?,
        })
    }

    /// Adds both faces to the document's resources under their fixed ids.
    fn register(&self, doc: &mut PdfDocument) {
        for face in [&self.regular, &self.bold] {
            let font = PdfFont::new(face.font.clone());
            doc.resources.fonts.map.insert(face.id.clone(), font);
        }
    }
}

/// A face at a size, with the line height used for it.
#[derive(Clone, Copy)]
struct Style<'a> {
    face: &'a Face,
    size: f32,
    leading: f32,
}

impl Style<'_> {
    fn char_width(&self, c: char) -> f32 {
        self.face.advance(c) * self.size / self.face.units_per_em
    }

    fn width(&self, text: &str) -> f32 {
        text.chars().map(|c| self.char_width(c)).sum()
    }

    /// The baseline of a line whose box starts at `top`: the capitals centred in the box.
    fn baseline(&self, top: f32) -> f32 {
        top - self.leading / 2.0 - 0.36 * self.size
    }
}

/// Every style the document uses.
struct Styles<'a> {
    heading: Style<'a>,
    title: Style<'a>,
    section: Style<'a>,
    body: Style<'a>,
    label: Style<'a>,
    cell: Style<'a>,
    cell_head: Style<'a>,
    footer: Style<'a>,
}

impl<'a> Styles<'a> {
    fn new(fonts: &'a Fonts) -> Styles<'a> {
        let style = |face, size, leading| Style {
            face,
            size,
            leading,
        };
        Styles {
            heading: style(&fonts.bold, 18.0, 24.0),
            title: style(&fonts.bold, 14.0, 19.0),
            section: style(&fonts.bold, 12.0, 18.0),
            body: style(&fonts.regular, 10.0, 14.0),
            label: style(&fonts.bold, 10.0, 14.0),
            cell: style(&fonts.regular, 9.0, 12.0),
            cell_head: style(&fonts.bold, 9.0, 12.0),
            footer: style(&fonts.regular, 8.0, 10.0),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wrapping

/// Wraps `text` into lines at most `max` points wide. Lines break between words; a word longer
/// than a line is split. Each `\n` starts a new line and blank lines between paragraphs are
/// kept, one at most. Blank text gives the placeholder "—".
fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in clean(text).split('\n') {
        if !paragraph.trim().is_empty() {
            wrap_paragraph(paragraph, style, max, &mut lines);
        } else if lines.last().is_some_and(|line| !line.is_empty()) {
            lines.push(String::new());
        }
    }
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.is_empty() {
        lines.push(EMPTY.to_owned());
    }
    lines
}

fn wrap_paragraph(paragraph: &str, style: Style, max: f32, lines: &mut Vec<String>) {
    let space = style.width(" ");
    let mut line = String::new();
    let mut width = 0.0;
    for word in paragraph.split_whitespace() {
        let word_width = style.width(word);
        if !line.is_empty() && width + space + word_width <= max {
            line.push(' ');
            line.push_str(word);
            width += space + word_width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word_width <= max {
            line.push_str(word);
            width = word_width;
        } else {
            let mut pieces = split_word(word, style, max);
            line = pieces.pop().unwrap_or_default();
            width = style.width(&line);
            lines.append(&mut pieces);
        }
    }
    lines.push(line);
}

/// Splits a word into pieces at most `max` wide (each piece holds at least one character).
fn split_word(word: &str, style: Style, max: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut width = 0.0;
    for c in word.chars() {
        let w = style.char_width(c);
        if !piece.is_empty() && width + w > max {
            pieces.push(std::mem::take(&mut piece));
            width = 0.0;
        }
        piece.push(c);
        width += w;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Normalizes line ends and tabs and drops other control characters.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Pages

/// Pages under construction: finished pages, the current page's ops and the top of the free
/// space on it.
struct Layout {
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    y: f32,
}

impl Layout {
    fn new() -> Layout {
        Layout {
            pages: Vec::new(),
            ops: Vec::new(),
            y: TOP,
        }
    }

    fn room(&self) -> f32 {
        self.y - BOTTOM
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = TOP;
    }

    /// Starts a new page unless `height` fits here or the page is still empty.
    fn ensure(&mut self, height: f32) {
        if height > self.room() && self.y < TOP {
            self.new_page();
        }
    }

    /// Moves down by `gap`, but never past the top of a fresh page.
    fn gap(&mut self, gap: f32) {
        if self.y < TOP {
            self.y -= gap;
        }
    }

    /// Writes `text` in a line box whose top is `top`.
    fn text(&mut self, style: Style, x: f32, top: f32, text: &str) {
        show_text(&mut self.ops, style, x, style.baseline(top), text);
    }

    /// Writes lines one below the other at `x`, breaking pages between lines.
    fn lines(&mut self, style: Style, x: f32, lines: &[String]) {
        for line in lines {
            self.ensure(style.leading);
            self.text(style, x, self.y, line);
            self.y -= style.leading;
        }
    }

    /// Draws a horizontal rule across the content width at `y`.
    fn rule(&mut self, y: f32, grey: f32, thickness: f32) {
        let point = |x| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor {
                col: grey_color(grey),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(MARGIN), point(MARGIN + CONTENT_W)],
                    is_closed: false,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    /// Fills a band of the content width from `top` down by `height`.
    fn band(&mut self, top: f32, height: f32, grey: f32) {
        let rectangle = Rect {
            x: Pt(MARGIN),
            y: Pt(top - height),
            width: Pt(CONTENT_W),
            height: Pt(height),
            mode: Some(PaintMode::Fill),
            winding_order: None,
        };
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetFillColor {
                col: grey_color(grey),
            },
            Op::DrawRectangle { rectangle },
            Op::RestoreGraphicsState,
        ]);
    }

    fn into_pages(mut self) -> Vec<Vec<Op>> {
        self.pages.push(self.ops);
        self.pages
    }
}

fn show_text(ops: &mut Vec<Op>, style: Style, x: f32, baseline: f32, text: &str) {
    if text.is_empty() {
        return;
    }
    ops.extend([
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(style.face.id.clone()),
            size: Pt(style.size),
        },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(x),
                y: Pt(baseline),
            },
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        },
        Op::EndTextSection,
    ]);
}

fn grey_color(percent: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent,
        icc_profile: None,
    })
}

// ---------------------------------------------------------------------------------------------
// The document

/// Lays out the whole document and returns the ops of each page, footers included.
fn layout(contract: &Contract, s: &Styles) -> Vec<Vec<Op>> {
    let mut l = Layout::new();
    title_block(&mut l, s, contract);
    metadata_block(&mut l, s, contract);
    section_heading(&mut l, s, "Description");
    let description = wrap(&contract.draft.description, s.body, CONTENT_W);
    l.lines(s.body, MARGIN, &description);
    fields_table(&mut l, s, &contract.draft.fields);
    let mut pages = l.into_pages();
    add_footers(&mut pages, s.footer);
    pages
}

fn title_block(l: &mut Layout, s: &Styles, contract: &Contract) {
    l.lines(s.heading, MARGIN, &["Information contract".to_owned()]);
    let title = &contract.draft.title;
    l.lines(s.title, MARGIN, &wrap(title, s.title, CONTENT_W));
    l.gap(SECTION_GAP / 2.0);
}

fn metadata_block(l: &mut Layout, s: &Styles, contract: &Contract) {
    let d = &contract.draft;
    let id = contract.id.to_string();
    let entries = [
        ("Version", d.version.as_str()),
        ("Owner", d.owner.as_str()),
        ("Provider system", d.provider_system.as_str()),
        ("Consumer system", d.consumer_system.as_str()),
        ("Contract id", id.as_str()),
    ];
    for (label, value) in entries {
        let lines = wrap(value, s.body, CONTENT_W - LABEL_W);
        l.ensure(s.body.leading);
        l.text(s.label, MARGIN, l.y, label);
        l.lines(s.body, MARGIN + LABEL_W, &lines);
    }
}

/// A section heading, kept on a page with the first lines that follow it.
fn section_heading(l: &mut Layout, s: &Styles, text: &str) {
    l.gap(SECTION_GAP);
    l.ensure(s.section.leading + 3.0 * s.body.leading);
    l.lines(s.section, MARGIN, &[text.to_owned()]);
}

fn fields_table(l: &mut Layout, s: &Styles, fields: &[Field]) {
    section_heading(l, s, "Fields");
    if fields.is_empty() {
        l.lines(s.body, MARGIN, &["No fields.".to_owned()]);
        return;
    }
    let table = Table::new(s);
    l.ensure(table.header_height + s.cell.leading + 2.0 * PAD);
    table.header(l);
    for field in fields {
        table.row(l, &table.field_cells(field));
    }
}

/// The field table: its wrapped column titles and styles.
struct Table<'a> {
    head: Style<'a>,
    cell: Style<'a>,
    titles: [Vec<String>; 4],
    header_height: f32,
}

impl<'a> Table<'a> {
    fn new(s: &Styles<'a>) -> Table<'a> {
        let titles = cells(COLUMN_TITLES, s.cell_head);
        let lines = titles.iter().map(Vec::len).max().unwrap_or(1);
        let header_height = lines as f32 * s.cell_head.leading + 2.0 * PAD;
        Table {
            head: s.cell_head,
            cell: s.cell,
            titles,
            header_height,
        }
    }

    /// The wrapped cells of a field's row.
    fn field_cells(&self, field: &Field) -> [Vec<String>; 4] {
        let required = if field.required { "yes" } else { "no" };
        let texts = [
            field.name.as_str(),
            field.field_type.as_str(),
            required,
            &field.description,
        ];
        cells(texts, self.cell)
    }

    /// Draws the shaded header row.
    fn header(&self, l: &mut Layout) {
        l.band(l.y, self.header_height, 0.9);
        draw_cells(l, self.head, &self.titles, 0, usize::MAX);
        l.y -= self.header_height;
        l.rule(l.y, 0.4, 0.8);
    }

    /// Draws a row: moved whole to the next page when it does not fit here but fits a fresh
    /// page, split between lines when it is taller than a page. Each pass after a page break
    /// draws at least one line, so the loop always ends.
    fn row(&self, l: &mut Layout, cells: &[Vec<String>; 4]) {
        let leading = self.cell.leading;
        let total = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let fresh_capacity = lines_fitting(TOP - self.header_height, leading);
        let mut start = 0;
        let mut fresh_page = false;
        while start < total {
            let rest = total - start;
            let mut fit = lines_fitting(l.y, leading).min(rest);
            if fresh_page {
                fit = fit.max(1);
            }
            let keep_whole = !fresh_page && start == 0 && rest <= fresh_capacity;
            if fit == rest || (fit > 0 && !keep_whole) {
                draw_cells(l, self.cell, cells, start, start + fit);
                l.y -= fit as f32 * leading + 2.0 * PAD;
                l.rule(l.y, 0.75, 0.4);
                start += fit;
            }
            if start < total {
                l.new_page();
                self.header(l);
                fresh_page = true;
            }
        }
    }
}

/// Wraps each text to its column.
fn cells(texts: [&str; 4], style: Style) -> [Vec<String>; 4] {
    std::array::from_fn(|i| wrap(texts[i], style, COLUMN_WIDTHS[i] - 2.0 * PAD))
}

/// How many row lines fit between `top` and the bottom margin, with cell padding.
fn lines_fitting(top: f32, leading: f32) -> usize {
    let room = top - BOTTOM - 2.0 * PAD;
    if room < leading {
        0
    } else {
        (room / leading) as usize
    }
}

/// Writes lines `start..end` of each cell, the first of them just below `l.y`.
fn draw_cells(l: &mut Layout, style: Style, cells: &[Vec<String>; 4], start: usize, end: usize) {
    let top = l.y - PAD;
    let mut x = MARGIN;
    for (lines, width) in cells.iter().zip(COLUMN_WIDTHS) {
        let shown = lines.iter().take(end).skip(start);
        for (k, line) in shown.enumerate() {
            l.text(style, x + PAD, top - k as f32 * style.leading, line);
        }
        x += width;
    }
}

/// Adds "Page N of M", centred, to the foot of every page.
fn add_footers(pages: &mut [Vec<Op>], style: Style) {
    let total = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        let label = format!("Page {} of {}", i + 1, total);
        let x = (PAGE_W - style.width(&label)) / 2.0;
        show_text(ops, style, x, FOOTER_BASELINE, &label);
    }
}

// ---------------------------------------------------------------------------------------------
// Deterministic names

/// FNV-1a over `bytes`, continuing from `state`.
fn fnv(state: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(state, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A hash of everything the document shows (strings separated by a byte UTF-8 never uses).
fn fingerprint(contract: &Contract) -> u64 {
    let d = &contract.draft;
    let mut h = fnv(0xcbf2_9ce4_8422_2325, &contract.id.0.to_be_bytes());
    let mut add = |text: &str| h = fnv(fnv(h, text.as_bytes()), &[0xff]);
    for text in [
        &d.title,
        &d.description,
        &d.owner,
        &d.provider_system,
        &d.consumer_system,
        &d.version,
    ] {
        add(text);
    }
    for field in &d.fields {
        add(&field.name);
        add(field.field_type.as_str());
        add(if field.required { "1" } else { "0" });
        add(&field.description);
    }
    h
}

/// Six capital letters derived from `seed` and `salt`: a font resource name whose first six
/// letters printpdf uses as the subset tag.
fn subset_tag(seed: u64, salt: &[u8]) -> String {
    let mut h = fnv(seed, salt);
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output};

    use super::*;
    use crate::model::{ContractDraft, ContractId, FieldType};

    fn field(name: &str, field_type: FieldType, required: bool, description: &str) -> Field {
        Field {
            name: name.into(),
            field_type,
            required,
            description: description.into(),
        }
    }

    fn sample() -> Contract {
        Contract {
            id: ContractId(42),
            draft: ContractDraft {
                title: "Elevregister – skoleadministrasjon (Ørebro/Ålesund)".into(),
                description: "Kontrakten gjelder overføring av elevdata fra elevregisteret til \
                    skoleadministrasjonssystemet. Informasjonen brukes til å planlegge \
                    undervisning, følge opp fravær og sende varsler til foresatte.\n\n\
                    Svenska: Uppgifterna får endast användas för skolans administration; \
                    känsliga personuppgifter lämnas inte ut.\n\
                    Nordic letters: æ ø å Æ Ø Å ä ö Ä Ö é ü"
                    .into(),
                owner: "Åse Bjørnstad".into(),
                provider_system: "Elevregisteret (Visma Flyt Skole)".into(),
                consumer_system: "Skoleadministrasjon Ørebro".into(),
                version: "1.2.0".into(),
                fields: vec![
                    field(
                        "elevId",
                        FieldType::String,
                        true,
                        "Elevens unike nøkkel i registeret.",
                    ),
                    field(
                        "fornavn",
                        FieldType::String,
                        true,
                        "Elevens fornavn, slik det står i folkeregisteret.",
                    ),
                    field("etternavn", FieldType::String, true, "Elevens etternavn."),
                    field(
                        "skoleAar",
                        FieldType::Integer,
                        true,
                        "Skoleåret eleven går på (1–13).",
                    ),
                    field(
                        "fodselsdato",
                        FieldType::Date,
                        false,
                        "Födelsedatum enligt skolans register.",
                    ),
                    field(
                        "sistOppdatert",
                        FieldType::DateTime,
                        true,
                        "Tidspunktet då posten sist ble ændret; följer ISO 8601 med tidssone.",
                    ),
                    field("harSaerskiltBehov", FieldType::Boolean, false, ""),
                ],
                ..ContractDraft::default()
            },
            state: Default::default(),
        }
    }

    /// 300 fields and a 100 kB description, with some overlong words.
    fn large() -> Contract {
        let mut contract = sample();
        let paragraph =
            "Dette avsnittet gjentas for å lage en svært lang beskrivelse med æ, ø, å, ä og ö. ";
        let mut description = String::new();
        while description.len() < 100_000 {
            description.push_str(paragraph);
            if description.len().is_multiple_of(7) {
                description.push('\n');
            }
        }
        description.push_str(&"x".repeat(3_000));
        contract.draft.description = description;
        contract.draft.title = format!("{} {}", contract.draft.title.repeat(4), "Ø".repeat(400));
        contract.draft.fields = (0..300)
            .map(|i| {
                let description = "Beskrivelse på flere linjer med æøå. ".repeat(i % 9);
                field(
                    &format!("field{i}"),
                    FieldType::String,
                    i % 2 == 0,
                    &description,
                )
            })
            .collect();
        contract.draft.fields[10].name = "a".repeat(200);
        contract.draft.fields[20].description = "Lang tekst ".repeat(1_500);
        contract
    }

    /// Writes under `target/pdf-tests/`, where people can look at the pages afterwards.
    fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/pdf-tests");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn run(tool: &str, args: &[&str]) -> Output {
        match Command::new(tool).args(args).output() {
            Ok(output) => output,
            Err(e) => panic!(
                "could not run `{tool}` ({e}): install poppler-utils (pdftotext, pdffonts, pdfinfo) and qpdf"
            ),
        }
    }

    /// The standard output of a successful `tool args…`.
    fn stdout(tool: &str, args: &[&str]) -> String {
        let output = run(tool, args);
        assert!(
            output.status.success(),
            "{tool} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn arg(path: &Path) -> &str {
        path.to_str().unwrap()
    }

    /// The text pdftotext extracts, with all whitespace runs collapsed to one space.
    fn text_of(path: &Path) -> String {
        let text = stdout("pdftotext", &["-enc", "UTF-8", arg(path), "-"]);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn page_count(path: &Path) -> usize {
        let info = stdout("pdfinfo", &[arg(path)]);
        let pages = info
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .unwrap();
        pages.trim().parse().unwrap()
    }

    fn assert_qpdf_clean(path: &Path) {
        let output = run("qpdf", &["--check", arg(path)]);
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "qpdf --check failed:\n{report}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            report.contains("No syntax or stream encoding errors"),
            "{report}"
        );
    }

    #[test]
    fn sample_text_is_extracted_exactly() {
        let contract = sample();
        let path = write_pdf("sample.pdf", &contract_pdf(&contract).unwrap());
        let text = text_of(&path);
        for expected in [
            "Information contract",
            "Elevregister – skoleadministrasjon (Ørebro/Ålesund)",
            "Åse Bjørnstad",
            "1.2.0",
            "Elevregisteret (Visma Flyt Skole)",
            "Skoleadministrasjon Ørebro",
            "Nordic letters: æ ø å Æ Ø Å ä ö Ä Ö é ü",
            "känsliga personuppgifter lämnas inte ut",
            "Elevens unike nøkkel i registeret.",
            "Födelsedatum enligt skolans register.",
            "Name Type Required Description",
            "Page 1 of 1",
        ] {
            assert!(
                text.contains(expected),
                "{expected:?} missing from:\n{text}"
            );
        }
        for field in &contract.draft.fields {
            assert!(text.contains(&field.name), "field {:?} missing", field.name);
        }
        assert_eq!(page_count(&path), 1);
    }

    #[test]
    fn sample_is_valid_with_subset_fonts_and_title() {
        let path = write_pdf("sample-check.pdf", &contract_pdf(&sample()).unwrap());
        assert_qpdf_clean(&path);

        let fonts = stdout("pdffonts", &[arg(&path)]);
        let rows: Vec<Vec<&str>> = fonts
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(rows.len(), 2, "{fonts}");
        for row in rows {
            let (name, flags) = (row[0], &row[row.len() - 5..row.len() - 2]);
            assert_eq!(
                flags,
                ["yes", "yes", "yes"],
                "font not embedded+subset+unicode:\n{fonts}"
            );
            let (tag, base) = name.split_once('+').unwrap();
            assert!(
                tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
                "{name}"
            );
            assert!(base.starts_with("DejaVuSans"), "{name}");
        }

        let info = stdout("pdfinfo", &["-enc", "UTF-8", arg(&path)]);
        assert!(
            info.contains("Title:           Elevregister – skoleadministrasjon (Ørebro/Ålesund)"),
            "{info}"
        );
        assert!(info.contains("Author:          Åse Bjørnstad"), "{info}");
    }

    #[test]
    fn large_contract_flows_over_pages() {
        let contract = large();
        let path = write_pdf("large.pdf", &contract_pdf(&contract).unwrap());
        assert_qpdf_clean(&path);
        let pages = page_count(&path);
        assert!(pages >= 10, "only {pages} pages");
        let text = text_of(&path);
        assert!(text.contains("field299"));
        assert!(text.contains(&format!("Page {pages} of {pages}")));
        let headers = text.matches("Name Type Required Description").count();
        assert!(headers >= 3, "table header repeated only {headers} times");
    }

    #[test]
    fn empty_contract_renders_placeholders() {
        let contract = Contract {
            id: ContractId(0),
            draft: ContractDraft::default(),
            state: Default::default(),
        };
        let path = write_pdf("empty.pdf", &contract_pdf(&contract).unwrap());
        assert_qpdf_clean(&path);
        let text = text_of(&path);
        assert!(text.contains("Information contract —"), "{text}");
        assert!(text.contains("No fields."), "{text}");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let mut contract = sample();
        contract.draft.title = "\t\u{0}Tittel\r\nmed 😀, 漢字, שלום og e\u{301}\u{200d}".into();
        contract.draft.description = "\r\n\n   \u{7}\u{2028}".repeat(50) + &"ÅÄÖ".repeat(20_000);
        contract.draft.fields[0].name = String::new();
        contract.draft.fields[1].description = "\n".repeat(200);
        let path = write_pdf("odd.pdf", &contract_pdf(&contract).unwrap());
        assert_qpdf_clean(&path);
        assert!(text_of(&path).contains("Tittel"));
    }

    #[test]
    fn output_is_deterministic() {
        let first = contract_pdf(&sample()).unwrap();
        let second = contract_pdf(&sample()).unwrap();
        assert!(first == second, "two exports of the same contract differ");
        let mut changed = sample();
        changed.draft.version = "1.2.1".into();
        assert!(contract_pdf(&changed).unwrap() != first);
    }

    #[test]
    fn wrapping_keeps_words_and_width() {
        let fonts = Fonts::load(0).unwrap();
        let style = Styles::new(&fonts).body;
        let text = "Særskilte behov for elever i grunnskolen: åtte ord i en setning. ".repeat(20);
        let lines = wrap(&text, style, 200.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|line| style.width(line) <= 200.0));
        assert_eq!(
            lines.join(" ").split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );

        let long = "ø".repeat(500);
        let pieces = wrap(&long, style, 100.0);
        assert!(pieces.len() > 1 && pieces.iter().all(|p| style.width(p) <= 100.0));
        assert_eq!(pieces.concat(), long);
        assert_eq!(wrap("a\n\nb", style, 100.0), ["a", "", "b"]);
        assert_eq!(wrap("\n a \r\n\n\t\n b\n\n", style, 100.0), ["a", "", "b"]);
        assert_eq!(wrap(" \u{7}\n ", style, 100.0), [EMPTY]);
    }
}
