//! The integration request editor (the contact point's desk): who asks, for what and why,
//! where it stands (only the moves the workflow allows are offered), who handles it, the
//! follow-up date, the log (new notes appended, saved ones kept), what came of it (each a
//! link to the item), and — below the editor — turning it into a contract draft.

use std::rc::Rc;

use contracts::model::{
    Asker, ContractId, Entity, IntegrationId, KnownFacts, PersonId, RequestDraft, RequestNote,
    RequestOutcome, RequestStatus, SystemId,
};
use contracts::validate::{contract_draft_issues, FieldPath, Issue};
use contracts::wire::{Draft, Item};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{options, setter, Edit, Props};
use crate::components::fields::{SelectField, TextField};
use crate::components::item_search::ItemSearch;
use crate::services;
use crate::ui::{use_ui, Ui};

/// The stored status of the request being edited (a new one is new).
fn stored_status(item: &Option<Rc<Item>>) -> RequestStatus {
    match item.as_deref().map(|i| &i.draft) {
        Some(Draft::Request(stored)) => stored.status,
        _ => RequestStatus::New,
    }
}

/// How many log entries are saved (they cannot change; the rest are new).
fn saved_notes(item: &Option<Rc<Item>>) -> usize {
    match item.as_deref().map(|i| &i.draft) {
        Some(Draft::Request(stored)) => stored.notes.len(),
        _ => 0,
    }
}

/// An RFC 3339 time as `YYYY-MM-DD HH:MM`.
fn short_time(at: &str) -> String {
    at.get(..16).unwrap_or(at).replace('T', " ")
}

/// Edits a request.
#[function_component(RequestEditor)]
pub fn request_editor(props: &Props<RequestDraft>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let people = options(&ui, &ui.lookups.people);
    let systems = options(&ui, &ui.lookups.systems);
    let stored = stored_status(&props.item);
    // A new request starts as new; a stored one may stay or make an allowed move.
    let moves = if props.item.is_some() {
        stored.next()
    } else {
        Vec::new()
    };
    let statuses: Vec<(String, String)> = std::iter::once(stored)
        .chain(moves)
        .map(|s| {
            (
                s.as_str().to_owned(),
                ui.t(&format!("status-{}", s.as_str())),
            )
        })
        .collect();
    let (kind, asker) = match &d.asker {
        Asker::Person { person } => (
            "person",
            html! {
                <SelectField id="request-asker-person" label={ui.t("field-asker-person")} options={people.clone()}
                    value={person.0.to_string()}
                    on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| {
                        if let Ok(id) = v.parse() { d.asker = Asker::Person { person: PersonId(id) }; }
                    })} />
            },
        ),
        Asker::Outside { name, organisation } => (
            "outside",
            html! {
                <>
                    <TextField id="request-asker-name" label={ui.t("field-asker-name")} value={name.clone()}
                        issue={at(FieldPath::AskerName)}
                        on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| {
                            if let Asker::Outside { name, .. } = &mut d.asker { *name = v; }
                        })} />
                    <TextField id="request-asker-organisation" label={ui.t("field-asker-organisation")}
                        value={organisation.clone()}
                        on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| {
                            if let Asker::Outside { organisation, .. } = &mut d.asker { *organisation = v; }
                        })} />
                </>
            },
        ),
    };
    let first_person = ui.lookups.people.first().map(|p| PersonId(p.id));
    let on_kind = setter(&props.edit, move |d: &mut RequestDraft, v: String| {
        d.asker = match (v.as_str(), first_person) {
            ("person", Some(person)) => Asker::Person { person },
            _ => Asker::default(),
        };
    });
    let sets = ui.lookups.information_sets.iter().map(|set| {
        let id = set.id;
        let element = format!("request-set-{}", id.0);
        let onchange = setter(&props.edit, move |d: &mut RequestDraft, e: Event| {
            d.information_sets.retain(|s| *s != id);
            if e.target_unchecked_into::<HtmlInputElement>().checked() {
                d.information_sets.push(id);
            }
        });
        html! {
            <li class="check">
                <input type="checkbox" id={element.clone()} checked={d.information_sets.contains(&id)} {onchange} />
                <label for={element}>{ &set.draft.name }</label>
            </li>
        }
    });
    let picked = |v: String| v.parse().ok().map(SystemId);
    html! {
        <div class="form-grid">
            <TextField id="request-title" label={ui.t("field-title")} value={d.title.clone()} wide=true
                issue={at(FieldPath::Title)}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v| d.title = v)} />
            <div class="wide inline asker" id="request-asker">
                <SelectField id="request-asker-kind" label={ui.t("field-asker-kind")}
                    options={vec![("outside".into(), ui.t("asker-outside")), ("person".into(), ui.t("asker-person"))]}
                    value={kind} on_change={on_kind} />
                { asker }
            </div>
            <TextField id="request-information" label={ui.t("field-information")} multiline=true wide=true
                value={d.information.clone()} issue={at(FieldPath::Information)}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v| d.information = v)} />
            <fieldset class="wide" id="request-sets" aria-invalid={at(FieldPath::InformationSets).is_some().to_string()}>
                <legend>{ ui.t("field-request-sets") }</legend>
                <ul class="checks">{ for sets }</ul>
                if let Some(issue) = at(FieldPath::InformationSets) {
                    <p class="error" id="request-sets-error">{ issue }</p>
                }
            </fieldset>
            <TextField id="request-purpose" label={ui.t("field-purpose")} multiline=true wide=true
                value={d.purpose.clone()} issue={at(FieldPath::Purpose)}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v| d.purpose = v)} />
            <SelectField id="request-provider" label={ui.t("field-request-provider")} options={systems.clone()}
                value={d.provider.map(|s| s.0.to_string()).unwrap_or_default()}
                issue={at(FieldPath::ProviderSystem)}
                on_change={setter(&props.edit, move |d: &mut RequestDraft, v: String| d.provider = picked(v))} />
            <SelectField id="request-consumer" label={ui.t("field-request-consumer")} options={systems}
                value={d.consumer.map(|s| s.0.to_string()).unwrap_or_default()}
                issue={at(FieldPath::ConsumerSystem)}
                on_change={setter(&props.edit, move |d: &mut RequestDraft, v: String| d.consumer = picked(v))} />
            <SelectField id="request-status" label={ui.t("field-status")} options={statuses}
                value={d.status.as_str()} disabled={ui.read_only}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| {
                    if let Some(s) = RequestStatus::parse(&v) { d.status = s; }
                })} />
            <SelectField id="request-assignee" label={ui.t("field-assignee")} options={people}
                value={d.assignee.map(|p| p.0.to_string()).unwrap_or_default()}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| d.assignee = v.parse().ok().map(PersonId))} />
            <div class="control">
                <TextField id="request-opened" label={ui.t("field-opened-on")} kind="date"
                    value={d.opened_on.clone().unwrap_or_default()} issue={at(FieldPath::OpenedOn)}
                    on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| d.opened_on = (!v.is_empty()).then_some(v))} />
                if d.opened_on.is_none() { <p class="hint">{ ui.t("opened-on-save") }</p> }
            </div>
            <TextField id="request-follow-up" label={ui.t("field-follow-up")} kind="date"
                value={d.follow_up.clone().unwrap_or_default()} issue={at(FieldPath::FollowUp)}
                on_change={setter(&props.edit, |d: &mut RequestDraft, v: String| d.follow_up = (!v.is_empty()).then_some(v))} />
            <Outcomes outcomes={d.outcomes.clone()} edit={props.edit.clone()} />
            <Log notes={d.notes.clone()} saved={saved_notes(&props.item)} edit={props.edit.clone()}
                issues={props.issues.clone()} />
        </div>
    }
}

/// Properties of [`Outcomes`].
#[derive(Properties, PartialEq)]
struct OutcomesProps {
    outcomes: Vec<RequestOutcome>,
    edit: Callback<Edit<RequestDraft>>,
}

/// What came of the request: each outcome a link that opens its item, removable; an
/// existing integration can be added as a reuse candidate, an existing contract found by
/// search.
#[function_component(Outcomes)]
fn outcomes(props: &OutcomesProps) -> Html {
    let ui = use_ui();
    let titles = use_state(Vec::<(ContractId, String)>::new);
    {
        let titles = titles.clone();
        let contracts: Vec<ContractId> = props
            .outcomes
            .iter()
            .filter_map(|o| match o {
                RequestOutcome::Contract(c) => Some(*c),
                RequestOutcome::Integration(_) => None,
            })
            .collect();
        use_effect_with(contracts, move |contracts| {
            let contracts = contracts.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut named = Vec::new();
                for id in contracts {
                    let title = match services::get_item(Entity::Contract, id.0).await {
                        Ok(item) => item.draft.title().to_owned(),
                        Err(_) => format!("#{}", id.0),
                    };
                    named.push((id, title));
                }
                titles.set(named);
            });
        });
    }
    let integration_name = |id: IntegrationId| {
        ui.lookups
            .integrations
            .iter()
            .find(|i| i.id == id.0)
            .map_or_else(|| format!("#{}", id.0), |i| i.name.clone())
    };
    let links = props.outcomes.iter().map(|outcome| {
        let outcome = *outcome;
        let (entity, id, text, element) = match outcome {
            RequestOutcome::Integration(i) => (
                Entity::Integration,
                i.0,
                ui.t_with("outcome-integration", &[("name", integration_name(i).into())]),
                format!("outcome-integration-{}", i.0),
            ),
            RequestOutcome::Contract(c) => {
                let title = titles
                    .iter()
                    .find(|(id, _)| *id == c)
                    .map_or_else(|| format!("#{}", c.0), |(_, t)| t.clone());
                (
                    Entity::Contract,
                    c.0,
                    ui.t_with("outcome-contract", &[("title", title.into())]),
                    format!("outcome-contract-{}", c.0),
                )
            }
        };
        let open = {
            let open_item = ui.open_item.clone();
            Callback::from(move |_: MouseEvent| open_item.emit((entity, id)))
        };
        let remove = setter(&props.edit, move |d: &mut RequestDraft, _: MouseEvent| {
            d.outcomes.retain(|o| *o != outcome)
        });
        html! {
            <li>
                <button type="button" class="link" id={element} onclick={open}>{ text }</button>
                <button type="button" class="link remove" onclick={remove}>{ ui.t("action-remove") }</button>
            </li>
        }
    });
    let candidates: Vec<(String, String)> = std::iter::once((String::new(), ui.t("none-selected")))
        .chain(
            ui.lookups
                .integrations
                .iter()
                .filter(|i| {
                    !props
                        .outcomes
                        .contains(&RequestOutcome::Integration(IntegrationId(i.id)))
                })
                .map(|i| (i.id.to_string(), i.name.clone())),
        )
        .collect();
    let add_integration = setter(&props.edit, |d: &mut RequestDraft, v: String| {
        if let Ok(id) = v.parse() {
            d.outcomes
                .push(RequestOutcome::Integration(IntegrationId(id)));
        }
    });
    let add_contract = setter(&props.edit, |d: &mut RequestDraft, id: i64| {
        let outcome = RequestOutcome::Contract(ContractId(id));
        if !d.outcomes.contains(&outcome) {
            d.outcomes.push(outcome);
        }
    });
    html! {
        <fieldset class="wide" id="request-outcomes">
            <legend>{ ui.t("field-outcomes") }</legend>
            if props.outcomes.is_empty() {
                <p class="empty">{ ui.t("outcomes-empty") }</p>
            }
            <ul class="outcomes">{ for links }</ul>
            <div class="inline">
                <SelectField id="request-add-integration" label={ui.t("field-add-reuse-candidate")}
                    options={candidates} value="" on_change={add_integration} />
                <ItemSearch id="request-contract-search" entity={Entity::Contract}
                    label={ui.t("field-find-contract")} on_pick={add_contract} />
            </div>
        </fieldset>
    }
}

/// Properties of [`Log`].
#[derive(Properties, PartialEq)]
struct LogProps {
    notes: Vec<RequestNote>,
    /// How many of them are saved.
    saved: usize,
    edit: Callback<Edit<RequestDraft>>,
    issues: Rc<Vec<Issue>>,
}

/// The request's log, oldest first: saved entries as they are, new ones marked until saved,
/// and a note to add.
#[function_component(Log)]
fn log(props: &LogProps) -> Html {
    let ui = use_ui();
    let text = use_state(String::new);
    let entries = props.notes.iter().enumerate().map(|(i, note)| {
        let unsaved = i >= props.saved;
        let status = note.status.map(|s| {
            let name = ui.t(&format!("status-{}", s.as_str()));
            html! {
                <span class={classes!("badge", format!("status-{}", s.as_str()))}>
                    { ui.t_with("note-status", &[("status", name.into())]) }
                </span>
            }
        });
        html! {
            <li class={classes!("log-entry", unsaved.then_some("unsaved"))} id={format!("request-note-{i}")}>
                <p class="log-head">
                    if unsaved {
                        <span class="dirty">{ ui.t("note-unsaved") }</span>
                    } else {
                        <span class="when">{ short_time(&note.at) }</span>
                        <span class="who">{ &note.author }</span>
                    }
                    { for status }
                </p>
                if !note.text.is_empty() { <p class="log-text">{ &note.text }</p> }
                if let Some(issue) = ui.issues_at(&props.issues, FieldPath::Note(i)) {
                    <p class="error">{ issue }</p>
                }
            </li>
        }
    });
    let add = {
        let (text, edit) = (text.clone(), props.edit.clone());
        Callback::from(move |_: MouseEvent| {
            let note = text.trim().to_owned();
            if note.is_empty() {
                return;
            }
            edit.emit(Edit(Box::new(move |d: &mut RequestDraft| {
                d.notes.push(RequestNote {
                    text: note,
                    ..RequestNote::default()
                })
            })));
            text.set(String::new());
        })
    };
    html! {
        <fieldset class="wide" id="request-log">
            <legend>{ ui.t("field-notes") }</legend>
            if let Some(issue) = ui.issues_at(&props.issues, FieldPath::Notes) {
                <p class="error" id="request-log-error">{ issue }</p>
            }
            if props.notes.is_empty() {
                <p class="empty">{ ui.t("notes-empty") }</p>
            }
            <ol class="log">{ for entries }</ol>
            <div class="inline">
                <TextField id="request-new-note" label={ui.t("field-new-note")} multiline=true
                    value={(*text).clone()} on_change={{ let text = text.clone(); Callback::from(move |v| text.set(v)) }} />
                <button type="button" class="secondary" id="request-add-note" disabled={ui.read_only}
                    onclick={add}>{ ui.t("action-add-note") }</button>
            </div>
        </fieldset>
    }
}

/// What the catalog (as the pickers know it) tells about `draft` for a contract draft: the
/// systems' names, its information sets, their owners' names. Whether an owner has left is
/// the backend's to check.
pub fn known_facts(ui: &Ui, draft: &RequestDraft) -> KnownFacts {
    let system = |id: Option<SystemId>| {
        id.and_then(|id| ui.lookups.systems.iter().find(|s| s.id == id.0))
            .map(|s| s.name.clone())
    };
    let sets: Vec<_> = ui
        .lookups
        .information_sets
        .iter()
        .filter(|s| draft.information_sets.contains(&s.id))
        .cloned()
        .collect();
    let mut owners: Vec<String> = Vec::new();
    for owner in sets.iter().filter_map(|s| s.draft.owner) {
        if let Some(person) = ui.lookups.people.iter().find(|p| p.id == owner.0) {
            if !owners.contains(&person.name) {
                owners.push(person.name.clone());
            }
        }
    }
    KnownFacts {
        provider: system(draft.provider),
        consumer: system(draft.consumer),
        information_sets: sets,
        owners,
    }
}

/// Properties of [`ToContract`].
#[derive(Properties, PartialEq)]
pub struct ToContractProps {
    /// The stored request.
    pub id: i64,
    /// The request as being edited.
    pub draft: Rc<Draft>,
    /// Unsaved changes: the contract is made from the stored request.
    pub dirty: bool,
}

/// "Create contract draft": what the request still lacks for one, and the button that makes
/// it (carrying over what is known), links it and opens it in the contract editor.
#[function_component(ToContract)]
pub fn to_contract(props: &ToContractProps) -> Html {
    let ui = use_ui();
    // What the backend found missing that the pickers cannot tell (an owner who has left).
    let refused = use_state(Vec::<Issue>::new);
    {
        let refused = refused.clone();
        use_effect_with(props.draft.clone(), move |_| refused.set(Vec::new()));
    }
    let mut missing: Vec<Issue> = match &*props.draft {
        Draft::Request(d) => contract_draft_issues(d, &known_facts(&ui, d)),
        _ => Vec::new(),
    };
    for issue in refused.iter() {
        if !missing.contains(issue) {
            missing.push(issue.clone());
        }
    }
    let onclick = {
        let (ui, id, refused) = (ui.clone(), props.id, refused.clone());
        Callback::from(move |_: MouseEvent| {
            let (ui, refused) = (ui.clone(), refused.clone());
            ui.busy.emit(true);
            wasm_bindgen_futures::spawn_local(async move {
                match services::contract_from_request(id).await {
                    Ok(contract) => {
                        ui.done(ui.t_with(
                            "desk-contract-created",
                            &[("title", contract.draft.title().into())],
                        ));
                        ui.changed.emit(());
                        ui.open_item.emit((Entity::Contract, contract.id));
                    }
                    Err(error) => {
                        refused.set(error.issues.clone());
                        ui.fail(&error);
                    }
                }
                ui.busy.emit(false);
            });
        })
    };
    html! {
        <div class="workflow to-contract" id="request-to-contract">
            <button type="button" class="primary" id="create-contract"
                disabled={props.dirty || ui.read_only || !missing.is_empty()} {onclick}>
                { ui.t("action-create-contract") }
            </button>
            if !missing.is_empty() {
                <div class="needs" id="contract-needs">
                    <p>{ ui.t("desk-contract-needs") }</p>
                    <ul>{ for missing.iter().map(|issue| html! { <li>{ ui.tr.issue(issue) }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
