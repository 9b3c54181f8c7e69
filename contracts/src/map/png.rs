//! The map as a PNG: its SVG rasterised with resvg, text set in the DejaVu faces Datapakt
//! embeds (no system font is looked up, so every machine draws the same picture).

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use super::MapError;

/// The largest side a PNG may have, in pixels (a bigger map is drawn at a smaller scale).
pub const MAX_SIDE: f32 = 8_000.0;
/// The most pixels a PNG may have (40 megapixels, 160 MB while drawn).
pub const MAX_PIXELS: f32 = 40_000_000.0;

/// The fonts: DejaVu Sans regular and bold, and "sans-serif" mapped to it.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(dejavu::sans::regular().to_vec());
            db.load_font_data(dejavu::sans::bold().to_vec());
            db.set_sans_serif_family("DejaVu Sans");
            Arc::new(db)
        })
        .clone()
}

/// Parses `svg` with the embedded fonts (also how tests check that the SVG is valid).
pub fn parse(svg: &str) -> Result<usvg::Tree, MapError> {
    let options = usvg::Options {
        font_family: "DejaVu Sans".to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| MapError::Svg(e.to_string()))
}

/// `svg` as PNG bytes, at `scale` (1.0: one pixel per SVG unit; kept under [`MAX_SIDE`] and
/// [`MAX_PIXELS`]).
pub fn rasterise(svg: &str, scale: f32) -> Result<Vec<u8>, MapError> {
    let tree = parse(svg)?;
    let size = tree.size();
    let largest = size.width().max(size.height()).max(1.0);
    let area = (size.width() * size.height()).max(1.0);
    let scale = scale
        .clamp(0.1, 4.0)
        .min(MAX_SIDE / largest)
        .min((MAX_PIXELS / area).sqrt());
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))
        .ok_or(MapError::Image { width, height })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| MapError::Png(e.to_string()))
}
