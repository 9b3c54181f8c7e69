//! The access grant editor: the integration, the consumer (a system or an organisation), the
//! contract (one of those governing the integration, each with its status), who granted it,
//! its first and last day, a note and its reviews. When the store refuses the grant, the
//! reason sits at the contract's input; a stored grant shows where it stands and when its
//! next review is due (the interval a shipped default).

use contracts::model::{
    AccessReview, Consumer, ContractId, Entity, GrantDraft, IntegrationId, OrganisationId,
    PersonId, ReviewOutcome, SystemId,
};
use contracts::validate::{FieldPath, Issue};
use contracts::wire::{ContractChoice, Draft};
use yew::prelude::*;

use super::{enum_options, from_serde_name, options, serde_name, setter, Props};
use crate::components::fields::{SelectField, TextField};
use crate::services;
use crate::ui::{use_ui, Ui};

/// Today in the user's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A new grant begins today.
pub fn prefill(draft: &mut Draft) {
    if let Draft::AccessGrant(grant) = draft {
        grant.granted_on = today();
    }
}

/// The contracts governing the grant's integration (each with its status), read again when
/// the integration or the catalog changes; `None` while they are being read.
#[hook]
fn use_contract_choices(
    integration: Option<IntegrationId>,
    ui: &Ui,
) -> UseStateHandle<Option<Vec<ContractChoice>>> {
    let choices = use_state(|| None::<Vec<ContractChoice>>);
    {
        let (choices, ui_) = (choices.clone(), ui.clone());
        use_effect_with((integration, ui.revision), move |(integration, _)| {
            choices.set(None);
            if let Some(id) = *integration {
                let (choices, ui) = (choices.clone(), ui_.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match services::contract_choices(id.0).await {
                        Ok(found) => choices.set(Some(found)),
                        Err(error) => ui.fail(&error),
                    }
                });
            }
        });
    }
    choices
}

/// Whether the consumer is an organisation (rather than a system). The kind of consumer is
/// chosen before the consumer, so it is kept apart from the draft (which holds only a chosen
/// consumer) and follows it when another grant is loaded.
#[hook]
fn use_organisation_kind(props: &Props<GrantDraft>) -> UseStateHandle<bool> {
    let consumer = props.draft.consumer;
    let organisation_kind = use_state(|| matches!(consumer, Some(Consumer::Organisation(_))));
    {
        // Another grant (or a new one): its consumer's kind, a system when it names none.
        let organisation_kind = organisation_kind.clone();
        use_effect_with(props.item.as_ref().map(|item| item.id), move |_| {
            organisation_kind.set(matches!(consumer, Some(Consumer::Organisation(_))));
        });
    }
    {
        let organisation_kind = organisation_kind.clone();
        use_effect_with(consumer, move |consumer| {
            if let Some(consumer) = consumer {
                organisation_kind.set(matches!(consumer, Consumer::Organisation(_)));
            }
        });
    }
    organisation_kind
}

/// What every part of the editor needs: the translator and the editor's properties.
struct Form<'a> {
    ui: &'a Ui,
    props: &'a Props<GrantDraft>,
}

impl Form<'_> {
    /// The findings about `path`.
    fn at(&self, path: FieldPath) -> Option<String> {
        self.ui.issues_at(&self.props.issues, path)
    }

    /// A link (element `element`, message `label`) that opens item `id` of kind `entity`.
    fn open(&self, entity: Entity, id: Option<i64>, label: &str, element: &str) -> Html {
        match id {
            Some(id) => {
                let open_item = self.ui.open_item.clone();
                let onclick = Callback::from(move |_| open_item.emit((entity, id)));
                html! { <button type="button" class="link" id={element.to_owned()} {onclick}>{ self.ui.t(label) }</button> }
            }
            None => html! {},
        }
    }

    /// The integration (and a link to it).
    fn integration(&self) -> Html {
        let (ui, d) = (self.ui, &self.props.draft);
        html! {
            <div class="control-with-link">
                <SelectField id="grant-integration" label={ui.t("field-integration")} options={options(ui, &ui.lookups.integrations)}
                    value={d.integration.map(|i| i.0.to_string()).unwrap_or_default()}
                    issue={self.at(FieldPath::Integration)}
                    on_change={setter(&self.props.edit, |d: &mut GrantDraft, v: String| {
                        d.integration = v.parse().ok().map(IntegrationId);
                        d.contract = None;
                    })} />
                { self.open(Entity::Integration, d.integration.map(|i| i.0), "action-open-integration", "grant-open-integration") }
            </div>
        }
    }

    /// The kind of consumer and the consumer.
    fn consumer(&self, organisation_kind: &UseStateHandle<bool>) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let organisation_consumer = **organisation_kind;
        let kinds = vec![
            ("system".to_owned(), ui.t("consumer-kind-system")),
            (
                "organisation".to_owned(),
                ui.t("consumer-kind-organisation"),
            ),
        ];
        let consumers = if organisation_consumer {
            options(ui, &ui.lookups.organisations)
        } else {
            options(ui, &ui.lookups.systems)
        };
        let consumer = match d.consumer {
            Some(Consumer::System(s)) => s.0.to_string(),
            Some(Consumer::Organisation(o)) => o.0.to_string(),
            None => String::new(),
        };
        let on_kind = {
            let (organisation_kind, clear) = (
                organisation_kind.clone(),
                setter(edit, |d: &mut GrantDraft, organisation: bool| {
                    if organisation != matches!(d.consumer, Some(Consumer::Organisation(_))) {
                        d.consumer = None;
                    }
                }),
            );
            Callback::from(move |v: String| {
                let organisation = v == "organisation";
                organisation_kind.set(organisation);
                clear.emit(organisation);
            })
        };
        let on_consumer = setter(edit, move |d: &mut GrantDraft, v: String| {
            d.consumer = v.parse::<i64>().ok().map(|id| {
                if organisation_consumer {
                    Consumer::Organisation(OrganisationId(id))
                } else {
                    Consumer::System(SystemId(id))
                }
            });
        });
        html! {
            <>
                <SelectField id="grant-consumer-kind" label={ui.t("field-consumer-kind")} options={kinds}
                    value={if organisation_consumer { "organisation" } else { "system" }}
                    on_change={on_kind} />
                // Keyed by its options: WebKit decides whether a pick is a change by the option's
                // position, so a select whose options were replaced would ignore a pick at the
                // position picked before; a new element starts afresh.
                <SelectField key={format!("consumer-{organisation_consumer}")} id="grant-consumer" label={ui.t("field-consumer")} options={consumers}
                    value={consumer} issue={self.at(FieldPath::Consumer)}
                    on_change={on_consumer} />
            </>
        }
    }

    /// The contract (one of those governing the integration), a link to it, and a hint when
    /// none governs it.
    fn contract(&self, choices: Option<&[ContractChoice]>) -> Html {
        let (ui, d) = (self.ui, &self.props.draft);
        let contract_key = format!(
            "contract-{}-{}",
            d.integration.map_or(0, |i| i.0),
            choices.is_some()
        );
        html! {
            <div class="control-with-link wide">
                <SelectField key={contract_key} id="grant-contract" label={ui.t("field-contract")} options={contract_options(ui, d, choices)} wide=true
                    value={d.contract.map(|c| c.0.to_string()).unwrap_or_default()}
                    issue={self.at(FieldPath::Contract)}
                    on_change={setter(&self.props.edit, |d: &mut GrantDraft, v: String| d.contract = v.parse().ok().map(ContractId))} />
                { self.open(Entity::Contract, d.contract.map(|c| c.0), "action-open-contract", "grant-open-contract") }
                if choices.is_some_and(|c| c.is_empty()) {
                    <p class="hint" id="grant-no-contract">{ ui.t("access-no-contract") }</p>
                }
            </div>
        }
    }

    /// Its first and last day and its note.
    fn dates(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        html! {
            <>
                <TextField id="grant-granted-on" label={ui.t("field-granted-on")} kind="date"
                    value={d.granted_on.clone()} issue={self.at(FieldPath::GrantedOn)}
                    on_change={setter(edit, |d: &mut GrantDraft, v| d.granted_on = v)} />
                <TextField id="grant-valid-until" label={ui.t("field-valid-until")} kind="date"
                    value={d.valid_until.clone()} issue={self.at(FieldPath::ValidUntil)}
                    on_change={setter(edit, |d: &mut GrantDraft, v| d.valid_until = v)} />
                <TextField id="grant-note" label={ui.t("field-note")} multiline=true wide=true
                    value={d.note.clone()} issue={self.at(FieldPath::GrantNote)}
                    on_change={setter(edit, |d: &mut GrantDraft, v| d.note = v)} />
            </>
        }
    }

    /// Review `i`: when, by whom, its outcome, and a button that removes it.
    fn review(&self, i: usize, review: &AccessReview, people: &[(String, String)]) -> Html {
        let (ui, edit) = (self.ui, &self.props.edit);
        let remove = {
            let remove = setter(edit, move |d: &mut GrantDraft, _: ()| {
                if i < d.reviews.len() {
                    d.reviews.remove(i);
                }
            });
            Callback::from(move |_| remove.emit(()))
        };
        html! {
            <div class="review-row">
                <TextField id={format!("review-{i}-on")} label={ui.t("field-reviewed-on")} kind="date"
                    value={review.reviewed_on.clone()} issue={self.at(FieldPath::ReviewedOn(i))}
                    on_change={setter(edit, move |d: &mut GrantDraft, v| {
                        if let Some(r) = d.reviews.get_mut(i) { r.reviewed_on = v; }
                    })} />
                <SelectField id={format!("review-{i}-by")} label={ui.t("field-reviewed-by")} options={people.to_vec()}
                    value={review.reviewed_by.map(|p| p.0.to_string()).unwrap_or_default()}
                    on_change={setter(edit, move |d: &mut GrantDraft, v: String| {
                        if let Some(r) = d.reviews.get_mut(i) { r.reviewed_by = v.parse().ok().map(PersonId); }
                    })} />
                <SelectField id={format!("review-{i}-outcome")} label={ui.t("field-review-outcome")}
                    options={enum_options(ui, "review-outcome", &ReviewOutcome::ALL)}
                    value={serde_name(&review.outcome)}
                    on_change={setter(edit, move |d: &mut GrantDraft, v: String| {
                        if let (Some(r), Some(o)) = (d.reviews.get_mut(i), from_serde_name(&v)) { r.outcome = o; }
                    })} />
                <button type="button" class="danger" id={format!("review-{i}-remove")}
                    onclick={remove}>{ ui.t("action-remove-review") }</button>
            </div>
        }
    }

    /// Its reviews, and a button that adds one (today's).
    fn reviews(&self, people: &[(String, String)]) -> Html {
        let ui = self.ui;
        let add = {
            let add = setter(&self.props.edit, |d: &mut GrantDraft, _: ()| {
                d.reviews.push(AccessReview {
                    reviewed_on: today(),
                    ..AccessReview::default()
                })
            });
            Callback::from(move |_| add.emit(()))
        };
        let rows = self.props.draft.reviews.iter().enumerate();
        html! {
            <fieldset id="grant-reviews">
                <legend>{ ui.t("field-reviews") }</legend>
                { for rows.map(|(i, review)| self.review(i, review, people)) }
                <button type="button" class="secondary" id="review-add" onclick={add}>{ ui.t("action-add-review") }</button>
            </fieldset>
        }
    }
}

/// Edits an access grant.
#[function_component(GrantEditor)]
pub fn grant_editor(props: &Props<GrantDraft>) -> Html {
    let ui = use_ui();
    let choices = use_contract_choices(props.draft.integration, &ui);
    let organisation_kind = use_organisation_kind(props);
    let form = Form { ui: &ui, props };
    let d = &props.draft;
    let people = options(&ui, &ui.lookups.people);
    html! {
        <div class="form-grid">
            { form.integration() }
            <SelectField id="grant-granted-by" label={ui.t("field-granted-by")} options={people.clone()}
                value={d.granted_by.map(|p| p.0.to_string()).unwrap_or_default()}
                issue={form.at(FieldPath::GrantedBy)}
                on_change={setter(&props.edit, |d: &mut GrantDraft, v: String| d.granted_by = v.parse().ok().map(PersonId))} />
            { form.consumer(&organisation_kind) }
            { form.contract(choices.as_deref()) }
            { form.dates() }
            <Schedule item={props.item.clone()} />
            { form.reviews(&people) }
        </div>
    }
}

/// The contract picker's choices: those governing the integration, each with its status; the
/// grant's own contract kept when it no longer governs it.
fn contract_options(
    ui: &crate::ui::Ui,
    d: &GrantDraft,
    choices: Option<&[ContractChoice]>,
) -> Vec<(String, String)> {
    if d.integration.is_none() {
        return vec![(String::new(), ui.t("access-choose-integration"))];
    }
    let mut options = vec![(String::new(), ui.t("none-selected"))];
    options.extend(choices.unwrap_or_default().iter().map(|c| {
        let status = ui.t(&format!("status-{}", c.status.as_str()));
        let text = ui.t_with(
            "contract-choice",
            &[
                ("title", c.title.as_str().into()),
                ("version", c.version.as_str().into()),
                ("status", status.into()),
            ],
        );
        (c.id.to_string(), text)
    }));
    if let Some(own) = d.contract {
        if !options.iter().any(|(value, _)| *value == own.0.to_string()) {
            options.push((own.0.to_string(), format!("#{}", own.0)));
        }
    }
    options
}

/// Properties of [`Schedule`].
#[derive(Properties, PartialEq)]
struct ScheduleProps {
    item: Option<std::rc::Rc<contracts::wire::Item>>,
}

/// A stored grant's standing: its status, why its contract no longer allows it, and when its
/// next review is due by which interval (a shipped default).
#[function_component(Schedule)]
fn schedule(props: &ScheduleProps) -> Html {
    let ui = use_ui();
    let Some(state) = props.item.as_ref().and_then(|item| item.access.as_ref()) else {
        return html! {};
    };
    let status = ui.t(&format!("grant-status-{}", state.status.as_str()));
    let interval = state.review_rule.map_or_else(
        || ui.t("review-at-end"),
        |s| ui.t(&format!("safeguard-{}", s.as_str())),
    );
    html! {
        <section class="wide access-schedule" id="grant-schedule" aria-labelledby="grant-schedule-title">
            <h3 id="grant-schedule-title">{ ui.t("access-schedule-title") }</h3>
            <p id="grant-status" class={classes!("grant-status", format!("grant-status-{}", state.status.as_str()))}>
                { ui.t_with("access-status", &[("status", status.into())]) }
            </p>
            if let Some(problem) = state.contract_problem {
                <p class="error" id="grant-contract-problem">{ ui.tr.issue(&Issue::new(FieldPath::Contract, problem)) }</p>
            }
            <p id="grant-review-due">
                { match state.review_due {
                    Some(date) => ui.t_with("access-review-due", &[("date", date.to_string().into()), ("interval", interval.into())]),
                    None => ui.t("access-review-none"),
                } }
            </p>
            if state.shipped_default && state.review_due.is_some() {
                <p class="hint" id="grant-shipped-default">{ ui.t("access-shipped-default") }</p>
            }
        </section>
    }
}
