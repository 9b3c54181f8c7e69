//! A document as a list of blocks (cover, contents, sections, paragraphs, label/value facts,
//! tables, notices, signature blocks) and the page composer that lays them out on A4: text
//! wraps by glyph widths, tables flow over pages with their header repeated, headings stay
//! with what follows them, and the table of contents gets its page numbers in a second pass
//! over space reserved in the first. Every page gets a running header, an optional draft
//! mark and "page X of Y".

use printpdf::Op;

use super::typeset::{
    band, rule, show_text, truncate, wrap, Style, Styles, BOTTOM, CONTENT_W, MARGIN, PAGE_H,
    PAGE_W, TOP,
};

/// Vertical space before a section heading.
const SECTION_GAP: f32 = 16.0;
/// Width of the label column of a facts block.
const LABEL_W: f32 = 150.0;
/// Inner padding of table cells.
const PAD: f32 = 3.5;
/// Width kept for page numbers in the table of contents.
const TOC_NUMBER_W: f32 = 36.0;
/// Indent of a subsection's entry in the table of contents and of bullet text.
const INDENT: f32 = 14.0;
/// Baselines of the running header and of the footer.
const HEADER_BASELINE: f32 = PAGE_H - 34.0;
const FOOTER_BASELINE: f32 = 30.0;

/// What a document says about itself: the PDF's metadata.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The title (also the XMP `dc:title`).
    pub title: String,
    /// Who is responsible for it.
    pub author: String,
    /// What kind of document it is.
    pub subject: String,
    /// Its language as a BCP 47 tag, e.g. `nb-NO`.
    pub lang: &'static str,
}

/// A document ready to be composed.
pub struct Document<'a> {
    /// Metadata.
    pub meta: Meta,
    /// The text at the head of every page (title and version).
    pub running_header: String,
    /// A mark at the head of every page, e.g. "DRAFT", when the document is not final.
    pub draft_mark: Option<String>,
    /// "Page X of Y" in the document's language.
    pub page_label: Box<dyn Fn(usize, usize) -> String + 'a>,
    /// The content.
    pub blocks: Vec<Block>,
}

/// One piece of content.
#[derive(Debug, Clone)]
pub enum Block {
    /// The cover's kind of document and title, in large type.
    Cover {
        /// The kind of document, above the title.
        kicker: String,
        /// The title.
        title: String,
    },
    /// The table of contents: every section and subsection with its page.
    Contents(String),
    /// A numbered section: an entry in the contents and the outline.
    Section(String),
    /// A subsection of the current section: an entry in the contents and the outline.
    Subsection(String),
    /// Running text; blank lines separate paragraphs.
    Paragraph(String),
    /// Label/value pairs, the labels in bold.
    Facts(Vec<(String, String)>),
    /// A list with bullets.
    Bullets(Vec<String>),
    /// A table whose header repeats on every page it spans.
    Table(Table),
    /// A shaded box with a bold title and a list, for what the reader must not miss.
    Notice {
        /// Its title.
        title: String,
        /// Its lines.
        items: Vec<String>,
    },
    /// Signature blocks, two per row.
    Signatures(Vec<Signatory>),
}

/// A table: column titles with their share of the width, and rows of cells.
#[derive(Debug, Clone)]
pub struct Table {
    /// Column titles and their share of the content width (shares sum to 1).
    pub columns: Vec<(String, f32)>,
    /// The rows; a row with fewer cells than columns is padded with the empty placeholder.
    pub rows: Vec<Vec<String>>,
    /// What to say when there are no rows.
    pub empty: String,
}

/// One party's signature block.
#[derive(Debug, Clone)]
pub struct Signatory {
    /// The party's role, e.g. "Controller".
    pub role: String,
    /// The party's name (and organisation number).
    pub party: String,
    /// The labels under the lines to fill in by hand, e.g. "Place and date", "Signature".
    pub lines: Vec<String>,
}

/// Where a section or subsection starts: for the contents and the PDF outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 1 for a section, 2 for a subsection.
    pub level: u8,
    /// Its text.
    pub title: String,
    /// The page it starts on, from 0.
    pub page: usize,
    /// The top of its line, in points from the bottom of the page.
    pub y: f32,
}

/// The composed pages.
pub struct Composed {
    /// The drawing operations of each page.
    pub pages: Vec<Vec<Op>>,
    /// Every heading, in document order.
    pub headings: Vec<Heading>,
}

/// Lays `doc` out on A4 pages.
pub fn compose(doc: &Document, s: &Styles) -> Composed {
    let mut c = Composer::new(s);
    let headings: Vec<(u8, &str)> = doc
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Section(title) => Some((1, title.as_str())),
            Block::Subsection(title) => Some((2, title.as_str())),
            _ => None,
        })
        .collect();
    for (index, block) in doc.blocks.iter().enumerate() {
        c.block(block, doc.blocks.get(index + 1), &headings);
    }
    let Composer {
        mut pages,
        ops,
        headings,
        toc,
        ..
    } = c;
    pages.push(ops);
    for (slot, heading) in toc.iter().zip(&headings) {
        slot.draw(&mut pages[slot.page], s, heading.page + 1);
    }
    let total = pages.len();
    for (index, ops) in pages.iter_mut().enumerate() {
        page_furniture(ops, doc, s, index + 1, total);
    }
    Composed { pages, headings }
}

/// The running header, the draft mark and the page number of one page.
fn page_furniture(ops: &mut Vec<Op>, doc: &Document, s: &Styles, page: usize, total: usize) {
    let mark_w = doc
        .draft_mark
        .as_deref()
        .map_or(0.0, |mark| s.margin_bold.width(mark) + 12.0);
    let header = truncate(&doc.running_header, s.margin, CONTENT_W - mark_w);
    show_text(ops, s.margin, MARGIN, HEADER_BASELINE, &header);
    if let Some(mark) = &doc.draft_mark {
        let x = MARGIN + CONTENT_W - s.margin_bold.width(mark);
        show_text(ops, s.margin_bold, x, HEADER_BASELINE, mark);
    }
    rule(
        ops,
        (MARGIN, MARGIN + CONTENT_W),
        HEADER_BASELINE - 5.0,
        0.6,
        0.4,
    );
    let label = (doc.page_label)(page, total);
    let label = truncate(&label, s.margin, CONTENT_W);
    let x = (PAGE_W - s.margin.width(&label)) / 2.0;
    show_text(ops, s.margin, x, FOOTER_BASELINE, &label);
}

/// Space reserved in the contents for one heading, filled once its page is known.
struct TocSlot {
    page: usize,
    top: f32,
    lines: Vec<String>,
    level: u8,
}

impl TocSlot {
    fn draw(&self, ops: &mut Vec<Op>, s: &Styles, number: usize) {
        let style = if self.level == 1 { s.label } else { s.body };
        let x = MARGIN + if self.level == 1 { 0.0 } else { INDENT };
        for (k, line) in self.lines.iter().enumerate() {
            let top = self.top - k as f32 * style.leading;
            show_text(ops, style, x, style.baseline(top), line);
        }
        let number = number.to_string();
        let last_top = self.top - (self.lines.len() - 1) as f32 * style.leading;
        let x = MARGIN + CONTENT_W - style.width(&number);
        show_text(ops, style, x, style.baseline(last_top), &number);
    }
}

/// Pages under construction.
struct Composer<'s, 'f> {
    s: &'s Styles<'f>,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    y: f32,
    headings: Vec<Heading>,
    toc: Vec<TocSlot>,
}

impl<'s, 'f> Composer<'s, 'f> {
    fn new(s: &'s Styles<'f>) -> Self {
        Composer {
            s,
            pages: Vec::new(),
            ops: Vec::new(),
            y: TOP,
            headings: Vec::new(),
            toc: Vec::new(),
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

    /// Lays out `block`; `next` is the block after it, which a heading keeps with it.
    fn block(&mut self, block: &Block, next: Option<&Block>, headings: &[(u8, &str)]) {
        let s = self.s;
        match block {
            Block::Cover { kicker, title } => {
                self.y -= 40.0;
                self.lines(s.kicker, MARGIN, &wrap(kicker, s.kicker, CONTENT_W));
                self.y -= 6.0;
                self.lines(s.title, MARGIN, &wrap(title, s.title, CONTENT_W));
                self.y -= 10.0;
                rule(
                    &mut self.ops,
                    (MARGIN, MARGIN + CONTENT_W),
                    self.y,
                    0.3,
                    1.2,
                );
                self.y -= 14.0;
            }
            Block::Contents(title) => self.contents(title, headings),
            Block::Section(title) | Block::Subsection(title) => {
                let level = if matches!(block, Block::Section(_)) {
                    1
                } else {
                    2
                };
                let followed_by_heading =
                    matches!(next, Some(Block::Section(_) | Block::Subsection(_)));
                self.heading(level, title, followed_by_heading);
            }
            Block::Paragraph(text) => {
                self.lines(s.body, MARGIN, &wrap(text, s.body, CONTENT_W));
                self.y -= 4.0;
            }
            Block::Facts(facts) => self.facts(facts),
            Block::Bullets(items) => {
                for item in items {
                    let lines = wrap(item, s.body, CONTENT_W - INDENT);
                    self.ensure(s.body.leading);
                    self.text(s.body, MARGIN + 3.0, self.y, "•");
                    self.lines(s.body, MARGIN + INDENT, &lines);
                }
                self.y -= 4.0;
            }
            Block::Table(table) => self.table(table),
            Block::Notice { title, items } => self.notice(title, items),
            Block::Signatures(signatories) => self.signatures(signatories),
        }
    }

    /// A heading, kept on a page with the first lines that follow it (and with the heading
    /// that follows it, if one does).
    fn heading(&mut self, level: u8, title: &str, followed_by_heading: bool) {
        let s = self.s;
        let style = if level == 1 { s.section } else { s.subsection };
        self.gap(if level == 1 {
            SECTION_GAP
        } else {
            SECTION_GAP / 2.0
        });
        let lines = wrap(title, style, CONTENT_W);
        let mut keep = lines.len() as f32 * style.leading + 3.0 * s.body.leading;
        if followed_by_heading {
            keep += SECTION_GAP + 2.0 * s.subsection.leading;
        }
        self.ensure(keep);
        self.headings.push(Heading {
            level,
            title: title.to_owned(),
            page: self.pages.len(),
            y: self.y,
        });
        self.lines(style, MARGIN, &lines);
        self.y -= 2.0;
    }

    /// The contents' title and a reserved line box per heading.
    fn contents(&mut self, title: &str, headings: &[(u8, &str)]) {
        let s = self.s;
        self.gap(SECTION_GAP);
        self.lines(s.section, MARGIN, &[title.to_owned()]);
        self.y -= 4.0;
        for (level, heading) in headings {
            let style = if *level == 1 { s.label } else { s.body };
            let indent = if *level == 1 { 0.0 } else { INDENT };
            let lines = wrap(heading, style, CONTENT_W - indent - TOC_NUMBER_W);
            let height = lines.len() as f32 * style.leading;
            self.ensure(height);
            self.toc.push(TocSlot {
                page: self.pages.len(),
                top: self.y,
                lines,
                level: *level,
            });
            self.y -= height;
        }
    }

    fn facts(&mut self, facts: &[(String, String)]) {
        let s = self.s;
        for (label, value) in facts {
            let labels = wrap(label, s.label, LABEL_W - 8.0);
            let values = wrap(value, s.body, CONTENT_W - LABEL_W);
            self.ensure(labels.len().min(values.len()) as f32 * s.body.leading);
            let top = self.y;
            let page = self.pages.len();
            self.lines(s.body, MARGIN + LABEL_W, &values);
            if self.pages.len() == page {
                for (k, line) in labels.iter().enumerate() {
                    self.text(s.label, MARGIN, top - k as f32 * s.label.leading, line);
                }
                let label_bottom = top - labels.len() as f32 * s.label.leading;
                self.y = self.y.min(label_bottom);
            } else {
                // The value broke over a page: the label goes on the last page beside it.
                let label = labels.join(" ");
                let line = truncate(&label, s.label, LABEL_W - 8.0);
                self.text(s.label, MARGIN, self.y + s.body.leading, &line);
            }
            self.y -= 2.0;
        }
        self.y -= 4.0;
    }

    fn notice(&mut self, title: &str, items: &[String]) {
        let s = self.s;
        let inner = CONTENT_W - 2.0 * PAD - INDENT;
        let mut lines: Vec<(Style, f32, String)> = wrap(title, s.label, inner)
            .into_iter()
            .map(|line| (s.label, 0.0, line))
            .collect();
        for item in items {
            for (k, line) in wrap(item, s.body, inner).into_iter().enumerate() {
                let text = if k == 0 { format!("•  {line}") } else { line };
                lines.push((s.body, if k == 0 { 0.0 } else { INDENT }, text));
            }
        }
        self.gap(4.0);
        for (style, indent, line) in lines {
            self.ensure(style.leading);
            band(
                &mut self.ops,
                (MARGIN, CONTENT_W),
                self.y,
                style.leading,
                0.9,
            );
            self.text(style, MARGIN + PAD + indent, self.y, &line);
            self.y -= style.leading;
        }
        self.y -= 8.0;
    }

    fn signatures(&mut self, signatories: &[Signatory]) {
        let s = self.s;
        const GUTTER: f32 = 24.0;
        const LINE_GAP: f32 = 34.0;
        let width = (CONTENT_W - GUTTER) / 2.0;
        for pair in signatories.chunks(2) {
            let blocks: Vec<(Vec<String>, Vec<String>)> = pair
                .iter()
                .map(|p| (wrap(&p.role, s.label, width), wrap(&p.party, s.body, width)))
                .collect();
            let text_lines = blocks
                .iter()
                .map(|(role, party)| role.len() + party.len())
                .max()
                .unwrap_or(1);
            let line_count = pair.iter().map(|p| p.lines.len()).max().unwrap_or(0);
            let height = text_lines as f32 * s.body.leading
                + line_count as f32 * (LINE_GAP + s.margin.leading);
            self.gap(8.0);
            self.ensure(height);
            let top = self.y;
            for (column, (signatory, (role, party))) in pair.iter().zip(&blocks).enumerate() {
                let x = MARGIN + column as f32 * (width + GUTTER);
                let mut y = top;
                for line in role {
                    self.text(s.label, x, y, line);
                    y -= s.label.leading;
                }
                for line in party {
                    self.text(s.body, x, y, line);
                    y -= s.body.leading;
                }
                y = top - text_lines as f32 * s.body.leading;
                for label in &signatory.lines {
                    y -= LINE_GAP;
                    rule(&mut self.ops, (x, x + width), y, 0.2, 0.6);
                    let label = truncate(label, s.margin, width);
                    self.text(s.margin, x, y - 1.0, &label);
                    y -= s.margin.leading;
                }
            }
            self.y = top - height;
        }
        self.y -= 4.0;
    }

    fn table(&mut self, table: &Table) {
        let s = self.s;
        if table.rows.is_empty() {
            self.lines(s.body, MARGIN, &wrap(&table.empty, s.body, CONTENT_W));
            return;
        }
        let widths: Vec<f32> = table
            .columns
            .iter()
            .map(|(_, share)| share * CONTENT_W)
            .collect();
        let grid = Grid {
            head: s.cell_head,
            cell: s.cell,
            titles: wrap_cells(
                table.columns.iter().map(|(t, _)| t.as_str()),
                &widths,
                s.cell_head,
            ),
            widths,
        };
        self.ensure(grid.header_height() + s.cell.leading + 2.0 * PAD);
        grid.header(self);
        for row in &table.rows {
            let texts = (0..grid.widths.len()).map(|i| row.get(i).map_or("", String::as_str));
            let cells = wrap_cells(texts, &grid.widths, s.cell);
            grid.row(self, &cells);
        }
        self.y -= 6.0;
    }
}

/// A table being drawn: its column widths, styles and wrapped column titles.
struct Grid<'a> {
    head: Style<'a>,
    cell: Style<'a>,
    titles: Vec<Vec<String>>,
    widths: Vec<f32>,
}

impl Grid<'_> {
    fn header_height(&self) -> f32 {
        let lines = self.titles.iter().map(Vec::len).max().unwrap_or(1);
        lines as f32 * self.head.leading + 2.0 * PAD
    }

    /// Draws the shaded header row.
    fn header(&self, c: &mut Composer) {
        let height = self.header_height();
        band(&mut c.ops, (MARGIN, CONTENT_W), c.y, height, 0.88);
        self.draw(c, self.head, &self.titles, 0, usize::MAX);
        c.y -= height;
        rule(&mut c.ops, (MARGIN, MARGIN + CONTENT_W), c.y, 0.4, 0.8);
    }

    /// Draws a row: moved whole to the next page when it does not fit here but fits a fresh
    /// page, split between lines when it is taller than a page. Each pass after a page break
    /// draws at least one line, so the loop always ends.
    fn row(&self, c: &mut Composer, cells: &[Vec<String>]) {
        let leading = self.cell.leading;
        let total = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let fresh_capacity = lines_fitting(TOP - self.header_height(), leading);
        let mut start = 0;
        let mut fresh_page = false;
        while start < total {
            let rest = total - start;
            let mut fit = lines_fitting(c.y, leading).min(rest);
            if fresh_page {
                fit = fit.max(1);
            }
            let keep_whole = !fresh_page && start == 0 && rest <= fresh_capacity;
            if fit == rest || (fit > 0 && !keep_whole) {
                self.draw(c, self.cell, cells, start, start + fit);
                c.y -= fit as f32 * leading + 2.0 * PAD;
                rule(&mut c.ops, (MARGIN, MARGIN + CONTENT_W), c.y, 0.75, 0.4);
                start += fit;
            }
            if start < total {
                c.new_page();
                self.header(c);
                fresh_page = true;
            }
        }
    }

    /// Writes lines `start..end` of each cell, the first of them just below `c.y`.
    fn draw(
        &self,
        c: &mut Composer,
        style: Style,
        cells: &[Vec<String>],
        start: usize,
        end: usize,
    ) {
        let top = c.y - PAD;
        let mut x = MARGIN;
        for (lines, width) in cells.iter().zip(&self.widths) {
            let shown = lines.iter().take(end).skip(start);
            for (k, line) in shown.enumerate() {
                c.text(style, x + PAD, top - k as f32 * style.leading, line);
            }
            x += width;
        }
    }
}

/// Wraps each text to its column.
fn wrap_cells<'t>(
    texts: impl Iterator<Item = &'t str>,
    widths: &[f32],
    style: Style,
) -> Vec<Vec<String>> {
    texts
        .zip(widths)
        .map(|(text, width)| wrap(text, style, width - 2.0 * PAD))
        .collect()
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
