//! The integration editor.

use contracts::advisor;
use contracts::i18n::Arg;
use contracts::model::IntarkItem;
use contracts::model::{
    Entity, Frequency, InformationSetId, IntegrationDraft, Mode, Pattern, PersonId, SystemId,
    Technology,
};
use contracts::safeguards::Safeguard;
use contracts::validate::FieldPath;
use contracts::wire::{CandidateKind, IntarkCheck};
use yew::prelude::*;

use super::{enum_options, from_serde_name, options, serde_name, setter, Props};
use crate::components::fields::{number, CheckField, SelectField, TextField};
use crate::ui::{use_ui, Ui};

/// What every part of the editor needs: the translator and the editor's properties.
struct Form<'a> {
    ui: &'a Ui,
    props: &'a Props<IntegrationDraft>,
}

/// A checkbox `id` labelled `label`, calling `onchange` with whether it is checked.
fn check(id: String, label: String, checked: bool, onchange: Callback<bool>) -> Html {
    html! {
        <li class="check">
            <input type="checkbox" id={id.clone()} {checked}
                onchange={Callback::from(move |e: Event| onchange.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
            <label for={id}>{ label }</label>
        </li>
    }
}

impl Form<'_> {
    /// The findings about `path`.
    fn at(&self, path: FieldPath) -> Option<String> {
        self.ui.issues_at(&self.props.issues, path)
    }

    /// Its name, owner, description and provider.
    fn identity(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let systems = options(ui, &ui.lookups.systems);
        let people = options(ui, &ui.lookups.people);
        html! {
            <>
                <TextField id="integration-name" label={ui.t("field-name")} value={d.name.clone()}
                    issue={self.at(FieldPath::Name)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v| d.name = v)} />
                <SelectField id="integration-owner" label={ui.t("field-integration-owner")} options={people}
                    value={d.owner.map(|p| p.0.to_string()).unwrap_or_default()}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| d.owner = v.parse().ok().map(PersonId))} />
                <TextField id="integration-description" label={ui.t("field-description")} multiline=true wide=true
                    value={d.description.clone()}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v| d.description = v)} />
                <SelectField id="integration-provider" label={ui.t("field-provider")} options={systems}
                    value={d.provider.map(|s| s.0.to_string()).unwrap_or_default()}
                    issue={self.at(FieldPath::Provider)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| d.provider = v.parse().ok().map(SystemId))} />
            </>
        }
    }

    /// Its consumers and the information sets it carries.
    fn carries(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let consumers = ui.lookups.systems.iter().map(|system| {
            let id = SystemId(system.id);
            let onchange = setter(edit, move |d: &mut IntegrationDraft, on: bool| {
                d.consumers.retain(|c| *c != id);
                if on {
                    d.consumers.push(id);
                }
            });
            let element = format!("consumer-{}", system.id);
            check(
                element,
                system.name.clone(),
                d.consumers.contains(&id),
                onchange,
            )
        });
        let carried = ui.lookups.information_sets.iter().map(|set| {
            let id = set.id;
            let onchange = setter(edit, move |d: &mut IntegrationDraft, on: bool| {
                d.information_sets.retain(|s| *s != id);
                if on {
                    d.information_sets.push(id);
                }
            });
            let element = format!("carried-{}", id.0);
            check(
                element,
                set.draft.name.clone(),
                d.information_sets.contains(&id),
                onchange,
            )
        });
        html! {
            <>
                <fieldset id="integration-consumers" aria-invalid={self.at(FieldPath::Consumers).is_some().to_string()}>
                    <legend>{ ui.t("field-consumers") }</legend>
                    <ul class="checks">{ for consumers }</ul>
                    if let Some(issue) = self.at(FieldPath::Consumers) {
                        <p class="error" id="integration-consumers-error">{ issue }</p>
                    }
                </fieldset>
                <fieldset id="integration-carried" class="wide">
                    <legend>{ ui.t("field-carried-sets") }</legend>
                    <ul class="checks">{ for carried }</ul>
                </fieldset>
            </>
        }
    }

    /// The facts that decide its technology, the technology, and the advice on it.
    fn technology(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let deviation = advisor::deviation(
            &advisor::advise(&advisor::Answers::from_integration(d)),
            d.technology,
        );
        let justify_technology = deviation
            .is_some_and(|dev| dev.severity == advisor::Severity::NeedsJustification)
            || !d.technology_justification.is_empty();
        let count = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
        html! {
            <>
                <SelectField id="integration-pattern" label={ui.t("field-pattern")}
                    options={enum_options(ui, "pattern", &Pattern::ALL)} value={serde_name(&d.pattern)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| {
                        if let Some(p) = from_serde_name(&v) { d.pattern = p; }
                    })} />
                <SelectField id="integration-technology" label={ui.t("field-technology")}
                    options={enum_options(ui, "technology", &Technology::ALL)} value={serde_name(&d.technology)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| {
                        if let Some(t) = from_serde_name(&v) { d.technology = t; }
                    })} />
                <SelectField id="integration-mode" label={ui.t("field-mode")}
                    options={enum_options(ui, "mode", &Mode::ALL)} value={serde_name(&d.mode)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| {
                        if let Some(m) = from_serde_name(&v) { d.mode = m; }
                    })} />
                <SelectField id="integration-frequency" label={ui.t("field-frequency")}
                    options={enum_options(ui, "frequency", &Frequency::ALL)} value={serde_name(&d.frequency)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| {
                        if let Some(f) = from_serde_name(&v) { d.frequency = f; }
                    })} />
                <TextField id="integration-volume" label={ui.t("field-volume-per-day")} kind="number"
                    value={count(d.volume_per_day)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| d.volume_per_day = number(&v))} />
                <TextField id="integration-size" label={ui.t("field-message-size")} kind="number"
                    value={count(d.message_size_kb)}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v: String| d.message_size_kb = number(&v))} />
                <CheckField id="integration-guaranteed" label={ui.t("field-guaranteed-delivery")} checked={d.guaranteed_delivery}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v| d.guaranteed_delivery = v)} />
                <AdvicePanel draft={d.clone()} />
                if justify_technology {
                    <TextField id="integration-technology-justification" label={ui.t("field-technology-justification")}
                        multiline=true wide=true value={d.technology_justification.clone()}
                        on_change={setter(edit, |d: &mut IntegrationDraft, v| d.technology_justification = v)} />
                }
            </>
        }
    }

    /// The safeguards recorded for it.
    fn safeguards(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        let checks = Safeguard::ALL.iter().map(|&safeguard| {
            let onchange = setter(edit, move |d: &mut IntegrationDraft, on: bool| {
                d.safeguards.retain(|s| *s != safeguard);
                if on {
                    d.safeguards.push(safeguard);
                    d.safeguards.sort();
                }
            });
            let label = ui.t(&format!("safeguard-{}", safeguard.as_str()));
            let id = format!("safeguard-{}", safeguard.as_str());
            check(id, label, d.safeguards.contains(&safeguard), onchange)
        });
        html! {
            <fieldset class="wide" id="integration-safeguards">
                <legend>{ ui.t("field-recorded-safeguards") }</legend>
                <ul class="checks">{ for checks }</ul>
            </fieldset>
        }
    }

    /// Whether it is reusable, whether an existing interface could serve, and why build anew.
    fn reuse(&self) -> Html {
        let (ui, d, edit) = (self.ui, &self.props.draft, &self.props.edit);
        html! {
            <>
                <CheckField id="integration-reusable" label={ui.t("field-reusable")} checked={d.reusable_via_platform}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v| d.reusable_via_platform = v)} />
                <CheckField id="integration-existing" label={ui.t("field-existing-could-serve")} checked={d.existing_interface_could_serve}
                    on_change={setter(edit, |d: &mut IntegrationDraft, v| d.existing_interface_could_serve = v)} />
                if d.existing_interface_could_serve {
                    <TextField id="integration-justification" label={ui.t("field-justification")} multiline=true wide=true
                        value={d.justification.clone()} issue={self.at(FieldPath::Justification)}
                        on_change={setter(edit, |d: &mut IntegrationDraft, v| d.justification = v)} />
                }
            </>
        }
    }
}

/// Edits an integration: its systems, owner, the facts that decide its technology, reuse.
#[function_component(IntegrationEditor)]
pub fn integration_editor(props: &Props<IntegrationDraft>) -> Html {
    let ui = use_ui();
    let form = Form { ui: &ui, props };
    let (d, own) = (&props.draft, props.item.as_ref().map(|item| item.id));
    html! {
        <div class="form-grid">
            { form.identity() }
            { form.carries() }
            <ReusePanel sets={d.information_sets.clone()} provider={d.provider} {own}
                building_anyway={d.existing_interface_could_serve}
                build_anyway={setter(&props.edit, |d: &mut IntegrationDraft, ()| d.existing_interface_could_serve = true)} />
            { form.technology() }
            { form.safeguards() }
            <IntarkPanel draft={d.clone()} {own}
                confirm={setter(&props.edit, |d: &mut IntegrationDraft, (item, on): (IntarkItem, bool)| {
                    d.intark_confirmed.retain(|i| *i != item);
                    if on {
                        d.intark_confirmed.push(item);
                        d.intark_confirmed.sort();
                    }
                })} />
            { form.reuse() }
        </div>
    }
}

/// Properties of [`AdvicePanel`].
#[derive(Properties, PartialEq)]
struct AdviceProps {
    draft: std::rc::Rc<IntegrationDraft>,
}

/// The technology advice of Örebro's decision tree for the integration as it is being edited:
/// the recommendation and IntArk pattern, the reasons, and whether the recorded technology
/// deviates (SOAP for a new interface is a finding; other deviations need a justification).
#[function_component(AdvicePanel)]
fn advice_panel(props: &AdviceProps) -> Html {
    let ui = use_ui();
    let advice = advisor::advise(&advisor::Answers::from_integration(&props.draft));
    let technology = |r: advisor::Recommendation| ui.t(&r.message_id());
    let mut recommended = technology(advice.technology);
    if let Some(alternative) = advice.alternative {
        recommended = ui.t_with(
            "advice-or",
            &[
                ("first", recommended.into()),
                ("second", technology(alternative).into()),
            ],
        );
    }
    let reasons = advice.reasons.iter().map(|reason| {
        let args: Vec<(&str, Arg)> = reason
            .values
            .iter()
            .map(|(name, value)| (name.as_str(), Arg::Number(*value as f64)))
            .collect();
        html! { <li>{ ui.t_with(&reason.message, &args) }</li> }
    });
    let deviation = advisor::deviation(&advice, props.draft.technology);
    html! {
        <section class="wide advice" id="integration-advice" aria-labelledby="integration-advice-title">
            <h3 id="integration-advice-title">{ ui.t("advice-title") }</h3>
            <p class="note" id="advice-reading">{ ui.t("advice-reading") }</p>
            <p id="advice-recommended">
                { ui.t_with("advice-recommended", &[("technology", recommended.into())]) }
                if let Some(pattern) = advice.pattern {
                    { " · " }{ ui.t_with("advice-pattern", &[("pattern", ui.value("pattern", &pattern).into())]) }
                }
            </p>
            <ul id="advice-reasons">{ for reasons }</ul>
            if !advice.covered {
                <p class="note" id="advice-not-covered">{ ui.t("advice-not-covered") }</p>
            }
            if let Some(deviation) = deviation {
                <p class={classes!("deviation", (deviation.severity == advisor::Severity::Finding).then_some("finding"))}
                    id="advice-deviation">{ ui.t(&deviation.message) }</p>
            }
        </section>
    }
}

/// Properties of [`ReusePanel`].
#[derive(Properties, PartialEq)]
struct ReuseProps {
    sets: Vec<InformationSetId>,
    provider: Option<SystemId>,
    own: Option<i64>,
    building_anyway: bool,
    build_anyway: Callback<()>,
}

/// The existing interfaces that already provide the information the integration carries,
/// each a link to it; building new anyway asks for a justification (Örebro: reuse first).
#[function_component(ReusePanel)]
fn reuse_panel(props: &ReuseProps) -> Html {
    let ui = use_ui();
    let candidates = use_state(Vec::new);
    {
        let (candidates, ui) = (candidates.clone(), ui.clone());
        let key = (props.sets.clone(), props.provider, props.own, ui.revision);
        use_effect_with(key, move |(sets, provider, own, _)| {
            let (sets, provider, own) = (sets.clone(), *provider, *own);
            wasm_bindgen_futures::spawn_local(async move {
                if sets.is_empty() {
                    candidates.set(Vec::new());
                    return;
                }
                match crate::services::reuse_candidates(&sets, provider, own).await {
                    Ok(found) => candidates.set(found),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    if props.sets.is_empty() {
        return html! {};
    }
    let items = candidates.iter().map(|candidate| {
        let (entity, kind) = match candidate.kind {
            CandidateKind::Integration => (Entity::Integration, "reuse-kind-integration"),
            CandidateKind::Interface => (Entity::System, "reuse-kind-interface"),
        };
        let open = {
            let (open_item, target) = (ui.open_item.clone(), (entity, candidate.id));
            Callback::from(move |_| open_item.emit(target))
        };
        let sets = candidate.provides.join(", ");
        html! {
            <li>
                <button type="button" class="link candidate" onclick={open}>
                    <strong>{ &candidate.name }</strong>
                </button>
                { format!(" · {} · ", ui.t(kind)) }
                { ui.t_with("reuse-provides", &[("sets", sets.into())]) }
            </li>
        }
    });
    let build_anyway = {
        let build_anyway = props.build_anyway.clone();
        Callback::from(move |_| build_anyway.emit(()))
    };
    html! {
        <section class="wide reuse" id="integration-reuse" aria-labelledby="integration-reuse-title">
            <h3 id="integration-reuse-title">{ ui.t("reuse-title") }</h3>
            if candidates.is_empty() {
                <p class="ok" id="reuse-none">{ ui.t("reuse-none") }</p>
            } else {
                <p class="note">{ ui.t("reuse-intro") }</p>
                <ul id="reuse-candidates">{ for items }</ul>
                if !props.building_anyway {
                    <button type="button" id="reuse-build-anyway" onclick={build_anyway}>{ ui.t("reuse-build-anyway") }</button>
                }
            }
        </section>
    }
}

/// Properties of [`IntarkPanel`].
#[derive(Properties, PartialEq)]
struct IntarkProps {
    draft: std::rc::Rc<IntegrationDraft>,
    own: Option<i64>,
    confirm: Callback<(IntarkItem, bool)>,
}

/// The IntArk checklist: what the catalog decides (for a stored integration, as stored; the
/// pattern as edited), and checkboxes for what a person confirms.
#[function_component(IntarkPanel)]
fn intark_panel(props: &IntarkProps) -> Html {
    let ui = use_ui();
    let stored = use_state(Vec::<IntarkCheck>::new);
    {
        let (stored, ui) = (stored.clone(), ui.clone());
        use_effect_with((props.own, ui.revision), move |(own, _)| {
            let own = *own;
            wasm_bindgen_futures::spawn_local(async move {
                let Some(id) = own else {
                    stored.set(Vec::new());
                    return;
                };
                match crate::services::intark_checklist(id).await {
                    Ok(found) => stored.set(found),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    let d = &props.draft;
    let event_based = d.pattern == Pattern::EventProvisioning;
    let items = IntarkItem::ALL.into_iter().filter_map(|item| {
        let label = ui.t(&format!("intark-{}", item.as_str()));
        let id = format!("intark-{}", item.as_str());
        if !item.derived() {
            if item == IntarkItem::NotificationsDesigned && !event_based {
                return None;
            }
            let confirm = props.confirm.clone();
            let onchange = Callback::from(move |e: Event| {
                confirm.emit((item, e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
            });
            return Some(html! {
                <li class="check">
                    <input type="checkbox" id={id.clone()} checked={d.intark_confirmed.contains(&item)} {onchange} />
                    <label for={id}>{ label }{ format!(" ({})", ui.t("intark-confirm")) }</label>
                </li>
            });
        }
        let met = match item {
            IntarkItem::RecommendedPattern => Some(matches!(
                d.pattern,
                Pattern::EventProvisioning | Pattern::ApiLookup | Pattern::FullSyncBatch
            )),
            _ => stored.iter().find(|c| c.item == item).and_then(|c| c.met),
        };
        let (class, state) = match met {
            Some(true) => ("ok", "intark-met"),
            Some(false) => ("warn", "intark-not-met"),
            None => ("note", "intark-not-applicable"),
        };
        Some(html! {
            <li id={id}>
                <span class={classes!("intark-state", class)}>{ ui.t(state) }</span>{ " " }
                { label }{ format!(" ({})", ui.t("intark-derived")) }
            </li>
        })
    });
    html! {
        <section class="wide intark" id="integration-intark" aria-labelledby="integration-intark-title">
            <h3 id="integration-intark-title">{ ui.t("intark-title") }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
