//! What a key does in a list: arrows, Page Up/Down, Home/End move the active row; Enter and
//! Space open it.

/// What a key press asks for.
#[derive(Debug, PartialEq)]
pub enum KeyMove {
    /// Make row `n` the active one.
    To(usize),
    /// Open the active row.
    Open,
    /// Nothing (not a list key).
    None,
}

/// What `key` asks for in a list of `total` rows (at least one) with row `active` active,
/// `page_rows` rows in view.
pub fn key_move(key: &str, active: Option<usize>, total: usize, page_rows: usize) -> KeyMove {
    let last = total - 1;
    let current = active.unwrap_or(0);
    KeyMove::To(match key {
        "ArrowDown" => active.map_or(0, |a| (a + 1).min(last)),
        "ArrowUp" => current.saturating_sub(1),
        "PageDown" => (current + page_rows).min(last),
        "PageUp" => current.saturating_sub(page_rows),
        "Home" => 0,
        "End" => last,
        "Enter" | " " => return KeyMove::Open,
        _ => return KeyMove::None,
    })
}
