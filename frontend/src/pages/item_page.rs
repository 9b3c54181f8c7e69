//! A section for one kind of item: the list on the left, the open item's editor on the
//! right, with save (Ctrl+S), new (Ctrl+N), delete, the item's history and, for contracts,
//! the status workflow and exports.

use std::rc::Rc;

use contracts::i18n::Arg;
use contracts::model::{AgreementId, ContractId, ContractStatus, Entity, IntegrationId};
use contracts::validate::Issue;
use contracts::wire::{
    ApiProfile, Draft, ExportFormat, ExportRequest, ExportTarget, Item, SaveItemRequest, Syntax,
};
use yew::prelude::*;

use crate::components::data_list::{DataList, ListSource};
use crate::components::fields::SelectField;
use crate::components::history::History;
use crate::editors::{profile_options, Edit, ItemEditor, ToContract};
use crate::pages::versions::{ContractVersions, SetVersions};
use crate::services;
use crate::ui::use_ui;

/// Properties of [`ItemPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The kind of item.
    pub entity: Entity,
    /// An item to open (with a counter, so asking twice opens twice).
    #[prop_or_default]
    pub open: Option<(i64, u32)>,
}

/// The draft being edited and the stored state it started from.
#[derive(PartialEq, Default)]
struct Editing {
    draft: Option<Rc<Draft>>,
    original: Option<Rc<Draft>>,
}

enum EditAction {
    /// A draft to edit from now on (shared, so the action stays small).
    Load(Rc<Draft>),
    Change(Edit<Draft>),
    Close,
}

impl Reducible for Editing {
    type Action = EditAction;
    fn reduce(self: Rc<Self>, action: EditAction) -> Rc<Self> {
        match action {
            EditAction::Load(draft) => Rc::new(Editing {
                draft: Some(draft.clone()),
                original: Some(draft),
            }),
            EditAction::Change(edit) => match &self.draft {
                Some(draft) => {
                    let mut next = (**draft).clone();
                    (edit.0)(&mut next);
                    Rc::new(Editing {
                        draft: Some(Rc::new(next)),
                        original: self.original.clone(),
                    })
                }
                None => self,
            },
            EditAction::Close => Rc::new(Editing::default()),
        }
    }
}

/// The section.
#[function_component(ItemPage)]
pub fn item_page(props: &Props) -> Html {
    let ui = use_ui();
    let entity = props.entity;
    let editing = use_reducer(Editing::default);
    let item = use_state(|| None::<Rc<Item>>);
    let attempted = use_state(|| false);
    let server_issues = use_state(Vec::<Issue>::new);
    let show_history = use_state(|| false);
    let confirm_delete = use_state(|| false);
    let dirty = editing.draft != editing.original;
    {
        let set_dirty = ui.set_dirty.clone();
        use_effect_with(dirty, move |dirty| set_dirty.emit(*dirty));
    }
    let reset = {
        let (attempted, server_issues, confirm_delete) = (
            attempted.clone(),
            server_issues.clone(),
            confirm_delete.clone(),
        );
        move || {
            attempted.set(false);
            server_issues.set(Vec::new());
            confirm_delete.set(false);
        }
    };
    let load = {
        let (editing, item, ui, reset) = (editing.clone(), item.clone(), ui.clone(), reset.clone());
        Callback::from(move |id: i64| {
            let (editing, item, ui, reset) =
                (editing.clone(), item.clone(), ui.clone(), reset.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::get_item(entity, id).await {
                    Ok(loaded) => {
                        reset();
                        editing.dispatch(EditAction::Load(Rc::new(loaded.draft.clone())));
                        item.set(Some(Rc::new(loaded)));
                    }
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    let on_open = {
        let (guard, load) = (ui.guard.clone(), load.clone());
        Callback::from(move |id: i64| {
            let load = load.clone();
            guard.emit(Callback::from(move |_| load.emit(id)));
        })
    };
    // Opened from elsewhere (search, overview, audit trail).
    {
        let load = load.clone();
        use_effect_with(props.open, move |open| {
            if let Some((id, _)) = open {
                load.emit(*id);
            }
        });
    }
    let on_new = {
        let (guard, editing, item, reset) = (
            ui.guard.clone(),
            editing.clone(),
            item.clone(),
            reset.clone(),
        );
        Callback::from(move |_: ()| {
            let (editing, item, reset) = (editing.clone(), item.clone(), reset.clone());
            guard.emit(Callback::from(move |_| {
                if let Some(mut draft) = Draft::new_of(entity) {
                    crate::editors::grant::prefill(&mut draft);
                    reset();
                    item.set(None);
                    editing.dispatch(EditAction::Load(Rc::new(draft)));
                }
            }));
        })
    };
    let local_issues: Vec<Issue> = match &editing.draft {
        Some(draft) if *attempted => draft.issues(&ui.lookups.schemes),
        _ => Vec::new(),
    };
    let mut issues = local_issues;
    for issue in server_issues.iter() {
        if !issues.contains(issue) {
            issues.push(issue.clone());
        }
    }
    let on_save = {
        let (editing, item, attempted, server_issues, ui) = (
            editing.clone(),
            item.clone(),
            attempted.clone(),
            server_issues.clone(),
            ui.clone(),
        );
        Callback::from(move |_: ()| {
            let Some(draft) = editing.draft.clone() else {
                return;
            };
            attempted.set(true);
            server_issues.set(Vec::new());
            if !draft.issues(&ui.lookups.schemes).is_empty() {
                ui.notify.emit(crate::ui::Notice {
                    ok: false,
                    text: ui.t("fix-before-saving"),
                    ..crate::ui::Notice::default()
                });
                return;
            }
            let request = SaveItemRequest {
                id: item.as_ref().map(|i| i.id),
                draft: (*draft).clone(),
            };
            let (editing, item, server_issues, ui) = (
                editing.clone(),
                item.clone(),
                server_issues.clone(),
                ui.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match services::save_item(&request).await {
                    Ok(saved) => {
                        let title = saved.draft.display_title(&ui.lookups);
                        ui.done(ui.t_with("saved", &[("title", title.into())]));
                        editing.dispatch(EditAction::Load(Rc::new(saved.draft.clone())));
                        item.set(Some(Rc::new(saved)));
                        ui.changed.emit(());
                    }
                    Err(error) => {
                        server_issues.set(error.issues.clone());
                        ui.fail(&error);
                    }
                }
            });
        })
    };
    let on_delete = {
        let (editing, item, ui, confirm_delete) = (
            editing.clone(),
            item.clone(),
            ui.clone(),
            confirm_delete.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(stored) = (*item).clone() else {
                return;
            };
            confirm_delete.set(false);
            let (editing, item, ui) = (editing.clone(), item.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match services::delete_item(entity, stored.id).await {
                    Ok(()) => {
                        let title = stored.draft.display_title(&ui.lookups);
                        ui.done(ui.t_with("deleted", &[("title", title.into())]));
                        editing.dispatch(EditAction::Close);
                        item.set(None);
                        ui.changed.emit(());
                    }
                    Err(error) => ui.fail(&error),
                }
            });
        })
    };
    let onkeydown = {
        let (on_save, on_new) = (on_save.clone(), on_new.clone());
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            match e.key().to_lowercase().as_str() {
                "s" => {
                    e.prevent_default();
                    on_save.emit(());
                }
                "n" => {
                    e.prevent_default();
                    on_new.emit(());
                }
                _ => {}
            }
        })
    };
    let edit = {
        let editing = editing.dispatcher();
        Callback::from(move |change: Edit<Draft>| editing.dispatch(EditAction::Change(change)))
    };
    let title = editing
        .draft
        .as_ref()
        .map(|d| d.display_title(&ui.lookups))
        .unwrap_or_default();
    let workflow = item
        .as_ref()
        .and_then(|stored| stored.state.clone().map(|state| (stored.id, state)));
    let editor = match &editing.draft {
        None => html! { <p class="empty">{ ui.t("nothing-selected") }</p> },
        Some(draft) => html! {
            <form class="editor" novalidate=true onsubmit={{
                let on_save = on_save.clone();
                Callback::from(move |e: SubmitEvent| { e.prevent_default(); on_save.emit(()); })
            }}>
                <div class="editor-head">
                    <h2 id="editor-title">{ if title.is_empty() { ui.t(&format!("action-new-{}", entity.as_str().replace('_', "-"))) } else { title.clone() } }</h2>
                    if dirty { <span class="dirty" id="unsaved">{ ui.t("unsaved-changes") }</span> }
                <div class="actions head-actions">
                    <button type="submit" class="primary" id="save" disabled={ui.read_only}>{ ui.t("action-save") }</button>
                    if item.is_some() {
                        <button type="button" class="secondary" id="toggle-history" aria-expanded={show_history.to_string()}
                            onclick={{ let show_history = show_history.clone(); Callback::from(move |_| show_history.set(!*show_history)) }}>
                            { ui.t("history-title") }
                        </button>
                        <button type="button" class="danger" id="delete"
                            hidden={entity == Entity::ClassificationScheme} disabled={ui.read_only}
                            onclick={{ let confirm_delete = confirm_delete.clone(); Callback::from(move |_| confirm_delete.set(true)) }}>
                            { ui.t("action-delete") }
                        </button>
                    }
                </div>
                </div>
                if let Some((id, state)) = &workflow {
                    <Workflow id={*id} status={state.status} approved_by={state.approved_by.clone()}
                        approved_at={state.approved_at.clone()} dirty={dirty}
                        profile={match &**draft { Draft::Contract(c) => c.api_profile, _ => None }.unwrap_or(ui.lookups.default_api_profile)}
                        on_changed={{
                            let (editing, item, ui) = (editing.clone(), item.clone(), ui.clone());
                            Callback::from(move |stored: Item| {
                                editing.dispatch(EditAction::Load(Rc::new(stored.draft.clone())));
                                item.set(Some(Rc::new(stored)));
                                ui.changed.emit(());
                            })
                        }} />
                }
                if let (Entity::Agreement, Some(stored)) = (entity, &*item) {
                    <AgreementExport saved={stored.clone()} {dirty} />
                }
                if let (Entity::Integration, Some(stored)) = (entity, &*item) {
                    <IntegrationExport id={stored.id} {dirty} />
                }
                if let (Entity::Request, Some(stored)) = (entity, &*item) {
                    <ToContract id={stored.id} draft={draft.clone()} {dirty} />
                }
                if let Some(stored) = &*item {
                    <ItemFindings {entity} id={stored.id} />
                }
                if let (Draft::InformationSet(set), Some(stored)) = (&**draft, &*item) {
                    <SetVersions stored={stored.clone()} draft={Rc::new(set.clone())} />
                }
                if let (Draft::Contract(contract), Some(stored)) = (&**draft, &*item) {
                    <ContractVersions stored={stored.clone()} draft={Rc::new(contract.clone())}
                        use_version={{
                            let edit = edit.clone();
                            Callback::from(move |version: String| edit.emit(Edit(Box::new(move |d: &mut Draft| {
                                if let Draft::Contract(c) = d { c.version = version; }
                            }))))
                        }} />
                }
                <ItemEditor draft={draft.clone()} {edit} issues={Rc::new(issues.clone())} item={(*item).clone()} />
                if *confirm_delete {
                    <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
                        <p id="delete-question">{ ui.t_with("delete-confirm", &[("title", Arg::from(title.as_str()))]) }</p>
                        <button type="button" class="danger" id="delete-confirm" onclick={on_delete}>{ ui.t("action-delete") }</button>
                        <button type="button" class="secondary" id="delete-cancel"
                            onclick={{ let confirm_delete = confirm_delete.clone(); Callback::from(move |_| confirm_delete.set(false)) }}>
                            { ui.t("action-keep-editing") }
                        </button>
                    </div>
                }
                if let (true, Some(stored)) = (*show_history, &*item) {
                    <History {entity} id={stored.id} />
                }
            </form>
        },
    };
    let selected = item.as_ref().map(|i| i.id);
    html! {
        <div class={classes!("item-page", format!("page-{}", entity.as_str().replace('_', "-")))} {onkeydown}>
            <section class="list-pane" aria-label={ui.t(&format!("entity-{}", entity.as_str().replace('_', "-")))}>
                <div class="pane-tools">
                    <button type="button" class="primary" id="new-item" disabled={ui.read_only}
                        onclick={{ let on_new = on_new.clone(); Callback::from(move |_| on_new.emit(())) }}>
                        { ui.t(&format!("action-new-{}", entity.as_str().replace('_', "-"))) }
                    </button>
                </div>
                <DataList source={ListSource::Items(entity)} {selected} {on_open} />
            </section>
            <section class="editor-pane" id="editor" aria-labelledby="editor-title">{ editor }</section>
        </div>
    }
}

/// Properties of [`Workflow`].
#[derive(Properties, PartialEq)]
struct WorkflowProps {
    id: i64,
    status: ContractStatus,
    approved_by: Option<String>,
    approved_at: Option<String>,
    /// Unsaved changes: moving the status waits until they are saved.
    dirty: bool,
    /// The contract's own API profile, the export picker's first choice.
    profile: ApiProfile,
    on_changed: Callback<Item>,
}

/// A contract's status, who approved it, the moves it can make next, and its exports.
#[function_component(Workflow)]
fn workflow(props: &WorkflowProps) -> Html {
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

/// Properties of [`AgreementExport`].
#[derive(Properties, PartialEq)]
struct AgreementExportProps {
    /// The stored agreement (its preflight is asked again whenever it is saved).
    saved: Rc<Item>,
    /// Unsaved changes: the preflight and the export read the stored agreement.
    dirty: bool,
}

/// A data processing agreement's preflight (every required item it lacks, each a link to its
/// input) and its PDF export, a DRAFT while anything is missing.
#[function_component(AgreementExport)]
fn agreement_export(props: &AgreementExportProps) -> Html {
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

/// Properties of [`IntegrationExport`].
#[derive(Properties, PartialEq)]
struct IntegrationExportProps {
    id: i64,
    /// Unsaved changes: the export reads the stored integration.
    dirty: bool,
}

/// An integration's OpenAPI stub: one document for every contract governing it, under the
/// profile its contracts follow or one chosen here.
#[function_component(IntegrationExport)]
fn integration_export(props: &IntegrationExportProps) -> Html {
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

/// Properties of [`ItemFindings`].
#[derive(Properties, PartialEq)]
struct FindingsProps {
    entity: Entity,
    id: i64,
}

/// What the catalog's checks find about the stored item (safeguard gaps, reuse, technology,
/// owners, the desk's follow-ups…), each saying what fixes it; nothing when all is well.
#[function_component(ItemFindings)]
fn item_findings(props: &FindingsProps) -> Html {
    let ui = use_ui();
    let findings = use_state(Vec::<contracts::model::Finding>::new);
    {
        let (findings, ui) = (findings.clone(), ui.clone());
        use_effect_with(
            (props.entity, props.id, ui.revision),
            move |(entity, id, _)| {
                let (entity, id) = (*entity, *id);
                wasm_bindgen_futures::spawn_local(async move {
                    match services::item_findings(entity, id).await {
                        Ok(found) => findings.set(found),
                        Err(error) => ui.fail(&error),
                    }
                });
            },
        );
    }
    if findings.is_empty() {
        return html! {};
    }
    html! {
        <section class="item-findings" id="item-findings" aria-labelledby="item-findings-title">
            <h3 id="item-findings-title">{ ui.t("item-findings-title") }</h3>
            <ul>
                { for findings.iter().map(|f| {
                    let rule = serde_json::to_value(f.rule).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default();
                    html! {
                        <li class={format!("finding-{rule}")}>
                            <strong>{ ui.t(&format!("rule-{rule}")) }</strong>
                            <p class="message">{ ui.tr.finding(f) }</p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
