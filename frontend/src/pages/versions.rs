//! Versions beside the editors. A contract's: what changed since the last release and the
//! version that calls for (live, as you edit), the changelog, two versions compared, and who
//! the latest change affects, with a notice per person to copy or save. An information set's:
//! the version saving records, its changelog and comparisons.

use std::rc::Rc;

use contracts::i18n::versions::{bump_label, judged_line};
use contracts::i18n::Arg;
use contracts::model::{
    ContractDraft, ContractId, ContractStatus, InformationSetDraft, InformationSetId,
};
use contracts::versions::Assessment;
use contracts::wire::versions::{
    Affected, Changelog, Impact, VersionDiff, VersionPreview, Versioned,
};
use contracts::wire::{ExportRequest, ExportTarget, Item};
use yew::prelude::*;

use crate::services;
use crate::ui::{use_ui, Ui};

/// Properties of [`ContractVersions`].
#[derive(Properties, PartialEq)]
pub struct VersionsProps {
    /// The stored contract (a new one reloads the changelog).
    pub stored: Rc<Item>,
    /// The contract as edited.
    pub draft: Rc<ContractDraft>,
    /// Sets the edited contract's version.
    pub use_version: Callback<String>,
}

/// Which of the panel's views is open.
#[derive(Clone, Copy, PartialEq)]
enum View {
    Changelog,
    Compare,
    Impact,
}

/// The judged changes, one line each, marked by how much they move the version.
fn change_list(ui: &Ui, id: &str, assessment: &Assessment) -> Html {
    html! {
        <ul class="version-changes" id={id.to_owned()}>
            { for assessment.changes.iter().map(|a| html! {
                <li class={classes!("change", format!("bump-{}", a.bump.as_str()))} data-rule={a.rule.clone()}>
                    { judged_line(&ui.tr, a) }
                </li>
            }) }
        </ul>
    }
}

/// A contract's versions.
#[function_component(ContractVersions)]
pub fn contract_versions(props: &VersionsProps) -> Html {
    let ui = use_ui();
    let preview = use_preview(
        props.draft.clone(),
        props.stored.clone(),
        |id, draft| async move { services::preview_version(id, &draft).await },
    );
    // Saving changes to a released contract starts its next version as a draft.
    let released_now =
        props.stored.state.as_ref().is_some_and(|s| {
            matches!(s.status, ContractStatus::Approved | ContractStatus::Retired)
        });
    let pending = match &*preview {
        None => html! {},
        Some(VersionPreview { released: None, .. }) => html! {
            <p class="note" id="version-never-released">
                { ui.t_with("versions-never-released", &[("version", Arg::from(props.draft.version.clone()))]) }
            </p>
        },
        Some(VersionPreview {
            released: Some(released),
            assessment,
        }) => match (assessment.bump, assessment.proposed) {
            (Some(bump), Some(proposed)) => {
                let proposed = proposed.to_string();
                let use_it = {
                    let (use_version, proposed) = (props.use_version.clone(), proposed.clone());
                    Callback::from(move |_: MouseEvent| use_version.emit(proposed.clone()))
                };
                html! {
                    <>
                        <p class={classes!("proposed", format!("bump-{}", bump.as_str()))} id="version-proposed">
                            <strong>{ ui.t_with("version-proposed", &[
                                ("version", Arg::from(proposed.clone())),
                                ("bump", Arg::from(bump_label(&ui.tr, bump))),
                            ]) }</strong>
                            if props.draft.version.trim() != proposed {
                                <button type="button" class="secondary" id="use-proposed" onclick={use_it}>
                                    { ui.t_with("versions-use-proposed", &[("version", Arg::from(proposed.clone()))]) }
                                </button>
                            }
                        </p>
                        <p class="note">{ ui.t_with("versions-since", &[("version", Arg::from(released.clone()))]) }</p>
                        { change_list(&ui, "version-changes", assessment) }
                        if released_now {
                            <p class="note" id="version-starts-draft">
                                { ui.t_with("versions-starts-draft", &[("version", Arg::from(proposed))]) }
                            </p>
                        }
                    </>
                }
            }
            _ => html! {
                <p class="ok" id="version-unchanged">
                    { ui.t_with("versions-unchanged", &[("version", Arg::from(released.clone()))]) }
                </p>
            },
        },
    };
    html! {
        <section class="wide versions" id="contract-versions" aria-labelledby="versions-title">
            <h3 id="versions-title">{ ui.t("versions-title") }</h3>
            { pending }
            <HistoryViews item={Versioned::Contract(ContractId(props.stored.id))}
                stored={props.stored.clone()} prefix="" impact=true />
        </section>
    }
}

/// Runs `fetch` (the backend's preview of the next version) as the draft changes, and again
/// after each save or status move (`stored`).
#[hook]
fn use_preview<D, F, Fut>(
    draft: Rc<D>,
    stored: Rc<Item>,
    fetch: F,
) -> UseStateHandle<Option<VersionPreview>>
where
    D: PartialEq + 'static,
    F: Fn(i64, Rc<D>) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<VersionPreview, contracts::wire::WireError>> + 'static,
{
    let ui = use_ui();
    let preview = use_state(|| None::<VersionPreview>);
    // Replies may come back out of order as the user types: only the latest request's counts.
    let latest = use_mut_ref(|| 0u64);
    {
        let preview = preview.clone();
        use_effect_with((draft, stored), move |(draft, stored)| {
            let future = fetch(stored.id, draft.clone());
            let request = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            wasm_bindgen_futures::spawn_local(async move {
                let found = future.await;
                if *latest.borrow() != request {
                    return;
                }
                match found {
                    Ok(found) => preview.set(Some(found)),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    preview
}

/// Properties of [`HistoryViews`].
#[derive(Properties, PartialEq)]
struct HistoryProps {
    item: Versioned,
    /// The stored item: a save reloads the changelog.
    stored: Rc<Item>,
    /// Prefixed to the buttons' ids.
    prefix: &'static str,
    /// Whether "Who is affected" is offered (contracts).
    impact: bool,
}

/// The buttons opening the changelog, the comparison and (for a contract) who the latest
/// change affects, and the one open.
#[function_component(HistoryViews)]
fn history_views(props: &HistoryProps) -> Html {
    let ui = use_ui();
    let view = use_state(|| None::<View>);
    let log = use_state(|| None::<Changelog>);
    {
        let (log, ui_) = (log.clone(), ui.clone());
        use_effect_with(
            (props.item, props.stored.clone(), ui.revision),
            move |(item, _, _)| {
                let item = *item;
                wasm_bindgen_futures::spawn_local(async move {
                    match services::changelog(item).await {
                        Ok(found) => log.set(Some(found)),
                        Err(error) => ui_.fail(&error),
                    }
                });
            },
        );
    }
    let button = |which: View, id: &str, label: &str| {
        let view_ = view.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            view_.set((*view_ != Some(which)).then_some(which))
        });
        html! {
            <button type="button" class="secondary" id={format!("{}{id}", props.prefix)}
                aria-pressed={(*view == Some(which)).to_string()} {onclick}>{ ui.t(label) }</button>
        }
    };
    let body = match (*view, &*log) {
        (Some(View::Changelog), Some(log)) => {
            html! { <ChangelogView log={Rc::new(log.clone())} /> }
        }
        (Some(View::Compare), Some(log)) => html! { <CompareView log={Rc::new(log.clone())} /> },
        (Some(View::Impact), _) => {
            html! { <ImpactView id={props.stored.id} revision={props.stored.clone()} /> }
        }
        _ => html! {},
    };
    html! {
        <>
            <div class="actions">
                { button(View::Changelog, "show-changelog", "versions-changelog") }
                { button(View::Compare, "show-compare", "versions-compare") }
                if props.impact {
                    { button(View::Impact, "show-impact", "versions-impact") }
                }
            </div>
            { body }
        </>
    }
}

/// Properties of [`ChangelogView`].
#[derive(Properties, PartialEq)]
struct ChangelogProps {
    log: Rc<Changelog>,
}

/// The changelog, newest first, with its Markdown export.
#[function_component(ChangelogView)]
fn changelog_view(props: &ChangelogProps) -> Html {
    let ui = use_ui();
    let export = {
        let (ui, item) = (ui.clone(), props.log.item);
        Callback::from(move |_: MouseEvent| {
            ui.export(ExportRequest::of(ExportTarget::Changelog { item }))
        })
    };
    let last = props.log.entries.len().saturating_sub(1);
    html! {
        <div class="changelog" id="changelog">
            <button type="button" class="secondary" id="export-changelog" onclick={export}>{ ui.t("versions-export-changelog") }</button>
            { for props.log.entries.iter().enumerate().map(|(i, entry)| html! {
                <article class="release" data-version={entry.version.clone()}>
                    <h4>
                        { entry.version.clone() }
                        if let Some(bump) = entry.assessment.bump {
                            <span class={classes!("badge", format!("bump-{}", bump.as_str()))}>{ bump_label(&ui.tr, bump) }</span>
                        }
                    </h4>
                    <p class="note">{ match (&entry.released_at, &entry.released_by) {
                        (Some(at), by) => ui.t_with("changelog-released", &[
                            ("date", Arg::from(at.get(..10).unwrap_or(at).to_owned())),
                            ("by", Arg::from(by.clone().unwrap_or_default())),
                        ]),
                        (None, _) => ui.t("version-unreleased"),
                    } }</p>
                    if let (true, Some(note)) = (entry.assessment.changes.is_empty(), entry.empty_note(i == last)) {
                        <p>{ ui.t(note) }</p>
                    } else {
                        { change_list(&ui, &format!("changelog-{}", entry.version), &entry.assessment) }
                    }
                </article>
            }) }
        </div>
    }
}

/// Properties of [`CompareView`].
#[derive(Properties, PartialEq)]
struct CompareProps {
    log: Rc<Changelog>,
}

/// Two versions (releases, or the current draft) compared.
#[function_component(CompareView)]
fn compare_view(props: &CompareProps) -> Html {
    let ui = use_ui();
    // The choices, newest first: the working copy when it is unreleased, then the releases.
    let choices: Vec<(String, String)> = props
        .log
        .entries
        .iter()
        .map(|e| match e.released_at {
            Some(_) => (e.version.clone(), e.version.clone()),
            None => (
                "current".to_owned(),
                format!("{} — {}", e.version, ui.t("version-unreleased")),
            ),
        })
        .collect();
    let from = use_state(|| choices.get(1).map(|c| c.0.clone()).unwrap_or_default());
    let to = use_state(|| choices.first().map(|c| c.0.clone()).unwrap_or_default());
    let result = use_state(|| None::<VersionDiff>);
    {
        let (result, ui) = (result.clone(), ui.clone());
        use_effect_with(
            (props.log.item, (*from).clone(), (*to).clone()),
            move |(item, from, to)| {
                let (item, from, to) = (*item, from.clone(), to.clone());
                if !from.is_empty() && !to.is_empty() {
                    wasm_bindgen_futures::spawn_local(async move {
                        match services::version_diff(item, &from, &to).await {
                            Ok(found) => result.set(Some(found)),
                            Err(error) => ui.fail(&error),
                        }
                    });
                }
            },
        );
    }
    let select = |element: &'static str, label: &'static str, state: &UseStateHandle<String>| {
        let state_ = state.clone();
        let onchange = Callback::from(move |e: Event| {
            state_.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            );
        });
        html! {
            <div class="control">
                <label for={element}>{ ui.t(label) }</label>
                <select id={element} {onchange}>
                    { for choices.iter().map(|(value, text)| html! {
                        <option value={value.clone()} selected={*value == **state}>{ text.clone() }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <div class="compare" id="compare">
            if choices.len() < 2 {
                <p class="note" id="compare-nothing">{ ui.t("versions-nothing-to-compare") }</p>
            } else {
                <div class="form-grid">
                    { select("compare-from", "versions-from", &from) }
                    { select("compare-to", "versions-to", &to) }
                </div>
                if let Some(diff) = &*result {
                    if diff.assessment.changes.is_empty() {
                        <p id="compare-same">{ ui.t("version-no-changes") }</p>
                    } else {
                        { change_list(&ui, "compare-changes", &diff.assessment) }
                    }
                }
            }
        </div>
    }
}

/// Properties of [`ImpactView`].
#[derive(Properties, PartialEq)]
struct ImpactProps {
    id: i64,
    /// The stored contract: a save reloads the impact.
    revision: Rc<Item>,
}

/// Who and what the latest change affects, and a notice per person to copy or save.
#[function_component(ImpactView)]
fn impact_view(props: &ImpactProps) -> Html {
    let ui = use_ui();
    let impact = use_state(|| None::<Impact>);
    {
        let (impact, ui) = (impact.clone(), ui.clone());
        use_effect_with((props.id, props.revision.clone()), move |(id, _)| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                match services::contract_impact(id).await {
                    Ok(found) => impact.set(Some(found)),
                    Err(error) => ui.fail(&error),
                }
            });
        });
    }
    let Some(impact) = &*impact else {
        return html! {};
    };
    let group = |element: &'static str, label: &'static str, items: &[Affected]| {
        html! {
            <div class="impact-group" id={element}>
                <h4>{ format!("{} ({})", ui.t(label), items.len()) }</h4>
                if items.is_empty() {
                    <p class="note">{ ui.t("impact-none") }</p>
                } else {
                    <ul>
                        { for items.iter().map(|a| {
                            let open = {
                                let (open_item, target) = (ui.open_item.clone(), (a.entity, a.id));
                                Callback::from(move |_: MouseEvent| open_item.emit(target))
                            };
                            html! {
                                <li data-id={a.id.to_string()}>
                                    <button type="button" class="link" onclick={open}>{ a.name.clone() }</button>
                                    { format!(" — {}", ui.t(&a.why)) }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </div>
        }
    };
    let recipients = impact.recipients.iter().map(|r| {
        let element = format!("notice-{}", r.person);
        let text = format!("{}\n\n{}", r.notice.subject, r.notice.body);
        let copy = {
            let (ui, text) = (ui.clone(), text.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(window) = web_sys::window() else { return };
                let promise = window.navigator().clipboard().write_text(&text);
                let ui = ui.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                        ui.done(ui.t("impact-copied"));
                    }
                });
            })
        };
        let save = {
            let (ui, id, person) = (ui.clone(), props.id, r.person);
            Callback::from(move |_: MouseEvent| {
                let contract = ContractId(id);
                ui.export(ExportRequest::of(ExportTarget::Notice { contract, person }))
            })
        };
        html! {
            <li class="recipient" data-person={r.person.to_string()}>
                <p><strong>{ r.name.clone() }</strong>{ format!(" <{}> · {}", r.email, r.lang.native_name()) }</p>
                <textarea id={element.clone()} readonly=true rows="10" aria-label={r.notice.subject.clone()} value={text} />
                <div class="actions">
                    <button type="button" class="secondary" id={format!("{element}-copy")} onclick={copy}>{ ui.t("impact-copy") }</button>
                    <button type="button" class="secondary" id={format!("{element}-save")} onclick={save}>{ ui.t("impact-save-notice") }</button>
                </div>
            </li>
        }
    });
    html! {
        <div class="impact" id="impact">
            <h4 id="impact-title">{ ui.t_with("impact-title", &[("version", Arg::from(impact.to.clone()))]) }</h4>
            { group("impact-integrations", "impact-integrations", &impact.integrations) }
            { group("impact-consumers", "impact-consumers", &impact.consumers) }
            { group("impact-contracts", "impact-contracts", &impact.contracts) }
            { group("impact-grants", "impact-grants", &impact.grants) }
            <div class="impact-group" id="impact-recipients">
                <h4>{ format!("{} ({})", ui.t("impact-recipients"), impact.recipients.len()) }</h4>
                <ul class="recipients">{ for recipients }</ul>
            </div>
        </div>
    }
}

/// Properties of [`SetVersions`].
#[derive(Properties, PartialEq)]
pub struct SetVersionsProps {
    /// The stored information set (a new one reloads the changelog).
    pub stored: Rc<Item>,
    /// The set as edited.
    pub draft: Rc<InformationSetDraft>,
}

/// An information set's versions: the version saving the edits records, the changelog and
/// comparisons.
#[function_component(SetVersions)]
pub fn set_versions(props: &SetVersionsProps) -> Html {
    let ui = use_ui();
    let preview = use_preview(
        props.draft.clone(),
        props.stored.clone(),
        |id, draft| async move { services::preview_set_version(id, &draft).await },
    );
    let pending = match &*preview {
        Some(VersionPreview {
            released: Some(released),
            assessment,
        }) => match (assessment.bump, assessment.proposed) {
            (Some(bump), Some(proposed)) => html! {
                <>
                    <p class={classes!("proposed", format!("bump-{}", bump.as_str()))} id="set-version-next">
                        <strong>{ ui.t_with("versions-set-saves", &[
                            ("version", Arg::from(proposed.to_string())),
                            ("bump", Arg::from(bump_label(&ui.tr, bump))),
                        ]) }</strong>
                    </p>
                    <p class="note">{ ui.t_with("versions-set-since", &[("version", Arg::from(released.clone()))]) }</p>
                    { change_list(&ui, "set-version-changes", assessment) }
                </>
            },
            _ => html! {
                <p class="ok" id="set-version-current">
                    { ui.t_with("versions-set-current", &[("version", Arg::from(released.clone()))]) }
                </p>
            },
        },
        _ => html! {},
    };
    html! {
        <section class="wide versions" id="set-versions" aria-labelledby="set-versions-title">
            <h3 id="set-versions-title">{ ui.t("versions-title") }</h3>
            { pending }
            <HistoryViews item={Versioned::InformationSet(InformationSetId(props.stored.id))}
                stored={props.stored.clone()} prefix="set-" impact=false />
        </section>
    }
}
