//! The typesetting layer under the PDF documents: the embedded DejaVu faces and their metrics,
//! line wrapping by glyph advance widths, and the drawing primitives (text, rules, bands).
//! printpdf 0.12 only places glyphs and paths; everything about lines and pages is here.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, Point, Pt, Rect, TextItem,
};

use super::PdfError;

/// A4 in points.
pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
/// 20 mm side margins; the running header and the footer sit in the top and bottom margins.
pub const MARGIN: f32 = 56.69;
pub const TOP: f32 = PAGE_H - MARGIN;
pub const BOTTOM: f32 = MARGIN;
pub const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Placeholder for an empty value, so that nothing is silently blank.
pub const EMPTY: &str = "—";

/// One embedded font face and its metrics.
pub struct Face {
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

/// The regular and bold faces of DejaVu Sans, which cover the Nordic and Sámi letters.
pub struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    /// Parses both faces, naming them after `seed` so that subset tags are deterministic.
    pub fn load(seed: u64) -> Result<Fonts, PdfError> {
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
    pub fn register(&self, doc: &mut PdfDocument) {
        for face in [&self.regular, &self.bold] {
            let font = PdfFont::new(face.font.clone());
            doc.resources.fonts.map.insert(face.id.clone(), font);
        }
    }
}

/// A face at a size, with the line height used for it.
#[derive(Clone, Copy)]
pub struct Style<'a> {
    face: &'a Face,
    pub size: f32,
    pub leading: f32,
}

impl Style<'_> {
    fn char_width(&self, c: char) -> f32 {
        self.face.advance(c) * self.size / self.face.units_per_em
    }

    /// The width of `text` set in this style, in points.
    pub fn width(&self, text: &str) -> f32 {
        text.chars().map(|c| self.char_width(c)).sum()
    }

    /// The baseline of a line whose box starts at `top`: the capitals centred in the box.
    pub fn baseline(&self, top: f32) -> f32 {
        top - self.leading / 2.0 - 0.36 * self.size
    }
}

/// Every style the documents use.
pub struct Styles<'a> {
    pub kicker: Style<'a>,
    pub title: Style<'a>,
    pub section: Style<'a>,
    pub subsection: Style<'a>,
    pub body: Style<'a>,
    pub label: Style<'a>,
    pub cell: Style<'a>,
    pub cell_head: Style<'a>,
    pub margin: Style<'a>,
    pub margin_bold: Style<'a>,
}

impl<'a> Styles<'a> {
    /// The styles, set in `fonts`.
    pub fn new(fonts: &'a Fonts) -> Styles<'a> {
        let style = |face, size, leading| Style {
            face,
            size,
            leading,
        };
        Styles {
            kicker: style(&fonts.regular, 12.0, 18.0),
            title: style(&fonts.bold, 20.0, 26.0),
            section: style(&fonts.bold, 13.0, 19.0),
            subsection: style(&fonts.bold, 11.0, 16.0),
            body: style(&fonts.regular, 10.0, 14.0),
            label: style(&fonts.bold, 10.0, 14.0),
            cell: style(&fonts.regular, 8.5, 11.5),
            cell_head: style(&fonts.bold, 8.5, 11.5),
            margin: style(&fonts.regular, 8.0, 10.0),
            margin_bold: style(&fonts.bold, 8.0, 10.0),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wrapping

/// Wraps `text` into lines at most `max` points wide. Lines break between words; a word longer
/// than a line is split. Each `\n` starts a new line and blank lines between paragraphs are
/// kept, one at most. Blank text gives the placeholder "—".
pub fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
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

/// Shortens `text` to one line at most `max` wide, ending in "…" when cut.
pub fn truncate(text: &str, style: Style, max: f32) -> String {
    let text = clean(text).replace('\n', " ");
    if style.width(&text) <= max {
        return text;
    }
    let room = max - style.width("…");
    let mut width = 0.0;
    let mut cut: String = text
        .chars()
        .take_while(|&c| {
            width += style.char_width(c);
            width <= room
        })
        .collect();
    cut.push('…');
    cut
}

// ---------------------------------------------------------------------------------------------
// Drawing

/// Writes `text` with its baseline at `baseline`.
pub fn show_text(ops: &mut Vec<Op>, style: Style, x: f32, baseline: f32, text: &str) {
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

/// Draws a horizontal line from `x0` to `x1` at `y`.
pub fn rule(ops: &mut Vec<Op>, (x0, x1): (f32, f32), y: f32, grey: f32, thickness: f32) {
    let point = |x| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    ops.extend([
        Op::SaveGraphicsState,
        Op::SetOutlineColor {
            col: grey_color(grey),
        },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine {
            line: Line {
                points: vec![point(x0), point(x1)],
                is_closed: false,
            },
        },
        Op::RestoreGraphicsState,
    ]);
}

/// Fills the rectangle from `x` to `x + width` and from `top` down by `height`.
pub fn band(ops: &mut Vec<Op>, (x, width): (f32, f32), top: f32, height: f32, grey: f32) {
    let rectangle = Rect {
        x: Pt(x),
        y: Pt(top - height),
        width: Pt(width),
        height: Pt(height),
        mode: Some(PaintMode::Fill),
        winding_order: None,
    };
    ops.extend([
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: grey_color(grey),
        },
        Op::DrawRectangle { rectangle },
        Op::RestoreGraphicsState,
    ]);
}

fn grey_color(percent: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent,
        icc_profile: None,
    })
}

// ---------------------------------------------------------------------------------------------
// Deterministic names

/// FNV-1a over `bytes`, continuing from `state`.
pub fn fnv(state: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(state, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The FNV-1a offset basis.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

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
    use super::*;

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

    #[test]
    fn truncation_fits_and_marks_the_cut() {
        let fonts = Fonts::load(0).unwrap();
        let style = Styles::new(&fonts).margin;
        assert_eq!(truncate("kort", style, 100.0), "kort");
        let cut = truncate(&"Åse ".repeat(100), style, 100.0);
        assert!(cut.ends_with('…') && style.width(&cut) <= 100.0, "{cut}");
    }
}
