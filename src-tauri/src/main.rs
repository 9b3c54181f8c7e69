//! The Datapakt desktop shell: opens the catalog and exposes the `contracts` use cases to the
//! Yew UI as Tauri commands. No business logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod state;

use tauri::Manager;

fn main() {
    let catalog_path = state::catalog_path_from_args(std::env::args_os());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let state = state::AppState::open(app.handle(), catalog_path.clone());
            if let (Some(window), Ok(catalog)) = (app.get_webview_window("main"), state.catalog()) {
                let _ = window.set_title(&format!("Datapakt — {}", catalog.path().display()));
            }
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::ready,
            commands::contract::catalog_info,
            commands::contract::list_contracts,
            commands::contract::get_contract,
            commands::contract::save_contract,
            commands::export::export_contract,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("Datapakt could not start: {error}");
            std::process::exit(1);
        });
}
