//! Tauri commands, one file per area. Each takes the state, calls one `contracts` function and
//! converts the error to a [`WireError`](contracts::wire::WireError).

pub mod access;
pub mod catalog;
mod dialog;
pub mod export;
pub mod import;
pub mod items;
pub mod map;
pub mod team;
pub mod versions;

/// Ends the app (File → Quit, Ctrl+Q): the catalog is closed, checkpointed, as it ends.
#[tauri::command]
pub fn quit(app: tauri::AppHandle) {
    app.exit(0);
}

/// Called by the UI once its first screen has rendered. Prints `READY` on stdout when
/// `DATAPAKT_PRINT_READY` is set, so start-up can be timed from outside.
#[tauri::command]
pub fn ready() {
    if std::env::var_os("DATAPAKT_PRINT_READY").is_some() {
        use std::io::Write;
        println!("READY");
        let _ = std::io::stdout().flush();
    }
}
