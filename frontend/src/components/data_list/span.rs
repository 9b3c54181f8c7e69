//! Which rows a list renders (those in view, and a few more above and below) and where to
//! scroll so a row is in view. Rows have a fixed height.

/// Height of one row in pixels (the stylesheet uses the same).
pub const ROW_HEIGHT: f64 = 30.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 12;

/// The rows rendered: `first..last` (`last` at least 1, so the first page is asked for).
#[derive(Clone, Copy, PartialEq)]
pub struct Span {
    /// The first row rendered.
    pub first: usize,
    /// One past the last row rendered.
    pub last: usize,
}

impl Span {
    /// The rows to render when the list is scrolled `scroll_top` pixels down a viewport
    /// `viewport` pixels high, of `total` rows.
    pub fn new(scroll_top: f64, viewport: f64, total: usize) -> Span {
        let first = ((scroll_top / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN);
        let visible = (viewport / ROW_HEIGHT).ceil() as usize + 2 * OVERSCAN;
        Span {
            first,
            last: (first + visible).min(total.max(1)),
        }
    }
}

/// Rows a viewport `viewport` pixels high shows in full (at least 1): Page Up/Down's step.
pub fn page_rows(viewport: f64) -> usize {
    ((viewport / ROW_HEIGHT) as usize).max(1)
}

/// Where to scroll (from `current`, in a viewport `height` pixels high) so row `index` is in
/// view: as little as that takes.
pub fn scroll_to_row(index: usize, current: f64, height: f64) -> f64 {
    let top = index as f64 * ROW_HEIGHT;
    if top < current {
        top
    } else if top + ROW_HEIGHT > current + height {
        top + ROW_HEIGHT - height
    } else {
        current
    }
}
