//! An integration's OpenAPI stub export.

use contracts::model::IntegrationId;
use contracts::wire::{ApiProfile, ExportRequest, ExportTarget, Syntax};
use yew::prelude::*;

use crate::components::fields::SelectField;
use crate::editors::profile_options;
use crate::ui::use_ui;

/// Properties of [`IntegrationExport`].
#[derive(Properties, PartialEq)]
pub struct IntegrationExportProps {
    /// The integration's id.
    pub id: i64,
    /// Unsaved changes: the export reads the stored integration.
    pub dirty: bool,
}

/// An integration's OpenAPI stub: one document for every contract governing it, under the
/// profile its contracts follow or one chosen here.
#[function_component(IntegrationExport)]
pub fn integration_export(props: &IntegrationExportProps) -> Html {
    let ui = use_ui();
    let profile = use_state(|| None::<ApiProfile>);
    let mut options = vec![(String::new(), ui.t("profile-as-contracts"))];
    options.extend(profile_options(&ui));
    let onclick = {
        let (ui, id, profile) = (ui.clone(), props.id, *profile);
        Callback::from(move |_| {
            ui.export(ExportRequest {
                target: ExportTarget::Integration {
                    id: IntegrationId(id),
                },
                profile,
                syntax: Syntax::Json,
            })
        })
    };
    html! {
        <div class="workflow" id="integration-export">
            <SelectField id="integration-export-profile" label={ui.t("field-api-profile")} {options}
                value={profile.map_or("", ApiProfile::as_str)}
                on_change={{
                    let profile = profile.clone();
                    Callback::from(move |v: String| profile.set(ApiProfile::parse(&v)))
                }} />
            <button type="button" class="secondary" id="export-integration-openapi" disabled={props.dirty} {onclick}>
                { ui.t("action-export-openapi") }
            </button>
        </div>
    }
}
