//! A data processing agreement's preflight (what it lacks, each a link to its input) and its
//! PDF export.

use std::rc::Rc;

use contracts::model::AgreementId;
use contracts::wire::{ExportRequest, ExportTarget, Item};
use yew::prelude::*;

use crate::services;
use crate::ui::use_ui;

/// Properties of [`AgreementExport`].
#[derive(Properties, PartialEq)]
pub struct AgreementExportProps {
    /// The stored agreement (its preflight is asked again whenever it is saved).
    pub saved: Rc<Item>,
    /// Unsaved changes: the preflight and the export read the stored agreement.
    pub dirty: bool,
}

/// A data processing agreement's preflight (every required item it lacks, each a link to its
/// input) and its PDF export, a DRAFT while anything is missing.
#[function_component(AgreementExport)]
pub fn agreement_export(props: &AgreementExportProps) -> Html {
    let ui = use_ui();
    let gaps = use_state(|| None::<Vec<contracts::model::AgreementGap>>);
    {
        let (gaps, ui) = (gaps.clone(), ui.clone());
        use_effect_with(props.saved.clone(), move |saved| {
            let id = saved.id;
            wasm_bindgen_futures::spawn_local(async move {
                match services::agreement_preflight(id).await {
                    Ok(found) => gaps.set(Some(found)),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    let onclick = {
        let (ui, id) = (ui.clone(), AgreementId(props.saved.id));
        Callback::from(move |_| ui.export(ExportRequest::of(ExportTarget::Agreement { id })))
    };
    let summary = match &*gaps {
        None => html! {},
        Some(gaps) if gaps.is_empty() => {
            html! { <p class="preflight-ok" id="preflight-summary">{ ui.t("dpa-preflight-ok") }</p> }
        }
        Some(gaps) => html! {
            <>
                <p class="preflight-gaps" id="preflight-summary">
                    { ui.t_with("dpa-preflight-gaps", &[("count", gaps.len().into())]) }
                </p>
                <ul class="preflight" id="preflight-gaps">
                    { for gaps.iter().map(|gap| {
                        let target = gap_input_id(&gap.field);
                        let focus = Callback::from(move |_: MouseEvent| focus_input(&target));
                        html! { <li><button type="button" class="link" onclick={focus}>{ ui.tr.agreement_gap(gap) }</button></li> }
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <div class="workflow agreement-export" id="agreement-export">
            <h3>{ ui.t("dpa-preflight-title") }</h3>
            { summary }
            <button type="button" class="secondary" id="export-dpa" disabled={props.dirty} {onclick}>
                { ui.t("action-export-dpa") }
            </button>
        </div>
    }
}

/// The id of the editor input that fills the agreement field `field` (a preflight gap's
/// `field`, e.g. `processor_details.address` or `sub_processors[1].name`).
fn gap_input_id(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("sub_processors[") {
        let (index, key) = rest.split_once("].").unwrap_or((rest, "name"));
        return format!("sub-processor-{index}-{key}");
    }
    let id = match field {
        "controller" => "agreement-controller",
        "processor" => "agreement-processor",
        "subject_matter" => "agreement-subject",
        "duration" => "agreement-duration",
        "nature_and_purpose" => "agreement-nature",
        "personal_data" => "agreement-personal-data",
        "data_subjects" => "agreement-subjects",
        "sensitive_data" => "agreement-sensitive",
        "security_measures" => "agreement-security",
        "sub_processor_authorisation.days" => "agreement-days",
        other => {
            let (party, key) = other.split_once("_details.").unwrap_or((other, ""));
            return format!("agreement-{party}-{key}");
        }
    };
    id.to_owned()
}

/// Scrolls to and focuses the element `id`, if it is on the page.
fn focus_input(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        element.scroll_into_view();
        let _ = element.focus();
    }
}
