//! The ownership and integration map: drawn for the UI, and exported as SVG or PNG through
//! the native save dialog (`DATAPAKT_EXPORT_DIR` answers it in tests).

use std::path::PathBuf;

use contracts::ops;
use contracts::wire::map::{MapFilter, MapFormat, MapView};
use contracts::wire::{ExportOutcome, WireError};
use tauri::{AppHandle, State};

use super::export::{save_target, written};
use crate::state::AppState;

/// The map of the open catalog as `filter` asks, in the user's language.
#[tauri::command]
pub async fn portfolio_map(
    state: State<'_, AppState>,
    filter: MapFilter,
) -> Result<MapView, WireError> {
    let lang = state.translator().lang();
    let catalog = state.catalog()?;
    Ok(ops::portfolio_map(&catalog, &filter, lang)?)
}

/// `path`, ending in `format`'s extension (appended when the name ends otherwise).
fn with_extension(path: PathBuf, format: MapFormat) -> PathBuf {
    if ops::map_format(&path).ok() == Some(format) {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(".");
    name.push(format.extension());
    PathBuf::from(name)
}

/// Asks where to save, then writes the map as `filter` asks in `format`.
#[tauri::command]
pub async fn export_map(
    app: AppHandle,
    state: State<'_, AppState>,
    filter: MapFilter,
    format: MapFormat,
) -> Result<ExportOutcome, WireError> {
    let (title, label) = match format {
        MapFormat::Svg => ("map-export-svg", "SVG image"),
        MapFormat::Png => ("map-export-png", "PNG image"),
    };
    let name = format!("portfolio-map.{}", format.extension());
    let kind = (label, format.extension());
    let Some(path) = save_target(&app, &state, name, title, kind)? else {
        return Ok(ExportOutcome::Cancelled);
    };
    let path = with_extension(path, format);
    let lang = state.translator().lang();
    let catalog = state.catalog()?;
    ops::export_map(&catalog, &filter, lang, &path)?;
    Ok(written(&path, &[], &state.translator()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_name_gets_the_format_s_extension_unless_it_has_it() {
        let svg = with_extension(PathBuf::from("/tmp/kart.SVG"), MapFormat::Svg);
        assert_eq!(svg, PathBuf::from("/tmp/kart.SVG"));
        let png = with_extension(PathBuf::from("/tmp/kart"), MapFormat::Png);
        assert_eq!(png, PathBuf::from("/tmp/kart.png"));
        let other = with_extension(PathBuf::from("/tmp/kart.svg"), MapFormat::Png);
        assert_eq!(other, PathBuf::from("/tmp/kart.svg.png"));
    }
}
