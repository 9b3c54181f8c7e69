//! A contract's status workflow: its status, who approved it, the moves it can make next, and
//! its exports (OpenAPI, PDF, ODCS) under a chosen API profile.

use contracts::model::{ContractId, ContractStatus};
use contracts::wire::{ApiProfile, ExportFormat, ExportRequest, ExportTarget, Item, Syntax};
use yew::prelude::*;

use crate::components::fields::SelectField;
use crate::editors::profile_options;
use crate::services;
use crate::ui::use_ui;

/// Properties of [`Workflow`].
#[derive(Properties, PartialEq)]
pub struct WorkflowProps {
    /// The contract's id.
    pub id: i64,
    /// Its status.
    pub status: ContractStatus,
    /// Who approved it, if anyone did.
    pub approved_by: Option<String>,
    /// When it was approved.
    pub approved_at: Option<String>,
    /// Unsaved changes: moving the status waits until they are saved.
    pub dirty: bool,
    /// The contract's own API profile, the export picker's first choice.
    pub profile: ApiProfile,
    /// Called with the stored contract after its status moved.
    pub on_changed: Callback<Item>,
}

/// A contract's status, who approved it, the moves it can make next, and its exports.
#[function_component(Workflow)]
pub fn workflow(props: &WorkflowProps) -> Html {
    let ui = use_ui();
    let moves: Vec<(ContractStatus, &str)> = [
        (ContractStatus::InReview, "action-submit-review"),
        (ContractStatus::Approved, "action-approve"),
        (ContractStatus::Draft, "action-send-back"),
        (ContractStatus::Retired, "action-retire"),
    ]
    .into_iter()
    .filter(|(next, _)| props.status.can_become(*next))
    .collect();
    let profile = use_state(|| props.profile);
    {
        let profile = profile.clone();
        use_effect_with(props.profile, move |stored| profile.set(*stored));
    }
    let export = |format: ExportFormat, label: &str| {
        let (ui_, id, profile) = (ui.clone(), props.id, *profile);
        let onclick = Callback::from(move |_| {
            let format_name = ui_.t(format.file_type());
            ui_.done(ui_.t_with("exporting", &[("format", format_name.into())]));
            ui_.export(ExportRequest {
                target: ExportTarget::Contract {
                    id: ContractId(id),
                    format,
                },
                profile: Some(profile),
                syntax: Syntax::Json,
            })
        });
        html! {
            <button type="button" class="secondary" id={format!("export-{}", format.extension())} {onclick}>{ ui.t(label) }</button>
        }
    };
    html! {
        <div class="workflow" id="workflow">
            <span class={classes!("badge", format!("status-{}", props.status.as_str()))} id="contract-status">
                { ui.t(&format!("status-{}", props.status.as_str())) }
            </span>
            if let (Some(by), Some(at)) = (&props.approved_by, &props.approved_at) {
                <span class="approved" id="approved-by">{ ui.t_with("approved-by", &[("name", by.as_str().into()), ("at", at.as_str().into())]) }</span>
            }
            { for moves.into_iter().map(|(next, label)| {
                let (ui_, id, on_changed) = (ui.clone(), props.id, props.on_changed.clone());
                let onclick = Callback::from(move |_| {
                    let (ui, on_changed) = (ui_.clone(), on_changed.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match services::set_contract_status(id, next).await {
                            Ok(stored) => {
                                ui.done(ui.t_with("status-changed", &[
                                    ("title", stored.draft.title().into()),
                                    ("status", ui.t(&format!("status-{}", next.as_str())).into()),
                                ]));
                                on_changed.emit(stored);
                            }
                            Err(error) => ui.fail(&error),
                        }
                    });
                });
                html! {
                    <button type="button" class="secondary" id={format!("status-to-{}", next.as_str())}
                        disabled={props.dirty || ui.read_only} {onclick}>{ ui.t(label) }</button>
                }
            }) }
            <SelectField id="export-profile" label={ui.t("field-api-profile")}
                options={profile_options(&ui)}
                value={profile.as_str()}
                on_change={{
                    let profile = profile.clone();
                    Callback::from(move |v: String| {
                        if let Some(p) = ApiProfile::parse(&v) {
                            profile.set(p);
                        }
                    })
                }} />
            { export(ExportFormat::Openapi, "action-export-openapi") }
            { export(ExportFormat::Pdf, "action-export-pdf") }
            { export(ExportFormat::Odcs, "action-export-odcs") }
        </div>
    }
}
