//! How wide text set in DejaVu Sans is (the face the SVG names first and the PNG embeds), from
//! the font's own advance widths, and text shortened with an ellipsis to fit a width.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The ellipsis that ends shortened text.
pub const ELLIPSIS: char = '…';

/// Characters whose widths are tabled up front (Latin, Greek, Cyrillic, punctuation);
/// others are looked up as they come.
const TABLED: usize = 0x0600;

/// One face's advance widths, in ems.
struct Face {
    font: Option<FontRef<'static>>,
    table: Vec<f32>,
    fallback: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let font = FontRef::new(bytes).ok();
        let mut face = Face {
            font,
            table: Vec::new(),
            fallback: 0.6,
        };
        face.fallback = face.lookup('\u{FFFD}').unwrap_or(0.6);
        face.table = (0..TABLED)
            .map(|c| {
                char::from_u32(c as u32)
                    .and_then(|c| face.lookup(c))
                    .unwrap_or(face.fallback)
            })
            .collect();
        face
    }

    /// The advance of `c` in ems, from the font (a missing glyph measures as `.notdef`).
    fn lookup(&self, c: char) -> Option<f32> {
        let font = self.font.as_ref()?;
        let glyph = font.charmap().map(c).unwrap_or_default();
        let upem = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em
                .max(1),
        );
        let advance = font
            .glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(glyph)?;
        Some(advance / upem)
    }

    fn advance(&self, c: char) -> f32 {
        if c.is_control() {
            return 0.0;
        }
        match self.table.get(c as usize) {
            Some(width) => *width,
            None => self.lookup(c).unwrap_or(self.fallback),
        }
    }
}

/// The regular and bold faces of DejaVu Sans.
pub struct Metrics {
    regular: Face,
    bold: Face,
}

impl Metrics {
    /// The metrics, loaded once per process.
    pub fn get() -> &'static Metrics {
        static METRICS: OnceLock<Metrics> = OnceLock::new();
        METRICS.get_or_init(|| Metrics {
            regular: Face::load(dejavu::sans::regular()),
            bold: Face::load(dejavu::sans::bold()),
        })
    }

    /// The width of `text` at `size` pixels.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        text.chars().map(|c| face.advance(c)).sum::<f32>() * size
    }

    /// `text` as it fits in `max` pixels at `size`: whole, or as long a start as fits
    /// followed by an ellipsis (just the ellipsis, or nothing, when even that is too wide).
    /// Control characters are left out.
    pub fn fit(&self, text: &str, max: f32, size: f32, bold: bool) -> String {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        let clean = clean.trim();
        if self.width(clean, size, bold) <= max {
            return clean.to_owned();
        }
        let face = if bold { &self.bold } else { &self.regular };
        let room = max - face.advance(ELLIPSIS) * size;
        if room < 0.0 {
            return String::new();
        }
        let mut used = 0.0;
        let mut end = 0;
        for (i, c) in clean.char_indices() {
            used += face.advance(c) * size;
            if used > room {
                break;
            }
            end = i + c.len_utf8();
        }
        let mut short = clean[..end].trim_end().to_owned();
        short.push(ELLIPSIS);
        short
    }
}
