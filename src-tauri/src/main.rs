//! The Datapakt desktop shell: opens the catalog and exposes the `contracts` use cases to the
//! Yew UI as Tauri commands. No business logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
// The unit tests need no window: without `main` the commands are unused there.
#![cfg_attr(test, allow(dead_code, unused_imports))]

mod commands;
mod hooks;
mod state;

use tauri::Manager;

/// Starts the app. Left out of the unit-test build on purpose: `generate_context!` embeds the
/// frontend through a cache of compressed files, and the binary and its test target compiling
/// at once could both write a file there, leaving the app without its (half-written) wasm.
#[cfg(not(test))]
fn main() {
    let catalog_path = state::catalog_path_from_args(std::env::args_os());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let state = state::AppState::open(app.handle(), catalog_path.clone());
            if let Ok(catalog) = state.catalog() {
                let info = contracts::app::catalog::info(&catalog);
                commands::catalog::show_in_title(app.handle(), &info);
            }
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::ready,
            commands::quit,
            commands::catalog::catalog_info,
            commands::catalog::open_catalog,
            commands::catalog::new_catalog,
            commands::catalog::save_copy,
            commands::catalog::get_preferences,
            commands::catalog::set_preferences,
            commands::items::get_item,
            commands::items::save_item,
            commands::items::delete_item,
            commands::items::list_page,
            commands::items::lookups,
            commands::items::search,
            commands::catalog::set_default_api_profile,
            commands::catalog::set_odcs_version,
            commands::items::findings,
            commands::items::item_history,
            commands::items::audit_rows,
            commands::items::audit_entry,
            commands::items::set_contract_status,
            commands::items::contract_from_request,
            commands::items::assign_role,
            commands::items::unassign_role,
            commands::items::add_unit,
            commands::items::report,
            commands::items::reuse_candidates,
            commands::items::effect_goals,
            commands::items::intark_checklist,
            commands::items::item_findings,
            commands::access::contract_choices,
            commands::export::export,
            commands::export::agreement_preflight,
            commands::export::open_path,
            commands::map::portfolio_map,
            commands::versions::preview_version,
            commands::versions::preview_set_version,
            commands::versions::changelog,
            commands::versions::version_diff,
            commands::versions::contract_impact,
            commands::import::choose_import_files,
            commands::import::import_files,
            commands::team::team_status,
            commands::team::team_refresh,
            commands::team::team_sync,
            commands::team::team_publish,
            commands::team::team_clone,
            commands::team::team_resolve,
            commands::team::team_abort,
        ])
        .build(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("Datapakt could not start: {error}");
            std::process::exit(1);
        })
        .run(|app, event| {
            // The window closed or the app was told to quit: the catalog is checkpointed
            // and closed, so the .datapakt file alone holds every change.
            if let tauri::RunEvent::Exit = event {
                app.state::<state::AppState>().close();
            }
        });
}
