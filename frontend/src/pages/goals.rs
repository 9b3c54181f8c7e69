//! The effect-goal dashboard of the overview: each of Örebro's four goals with its figure,
//! target and deadline, whether it is met, its half-yearly trend and the items that miss it
//! (each a link), and the goals' export as PDF.

use contracts::wire::{
    ExportRequest, ExportTarget, GoalStatus, GoalTarget, ReportKind, TableFormat,
};
use yew::prelude::*;

use crate::services;
use crate::ui::{use_ui, Ui};

/// The dashboard.
#[function_component(EffectGoals)]
pub fn effect_goals(_: &()) -> Html {
    let ui = use_ui();
    let goals = use_state(|| None::<Vec<GoalStatus>>);
    {
        let (goals, ui_) = (goals.clone(), ui.clone());
        use_effect_with(ui.revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match services::effect_goals().await {
                    Ok(found) => goals.set(Some(found)),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    let export = {
        let ui = ui.clone();
        Callback::from(move |_| {
            ui.export(ExportRequest::of(ExportTarget::Report {
                report: ReportKind::EffectGoals,
                format: TableFormat::Pdf,
            }))
        })
    };
    html! {
        <section aria-labelledby="goals-title" class="goals">
            <h3 id="goals-title">{ ui.t("goals-title") }</h3>
            { match &*goals {
                None => html! { <p class="empty">{ ui.t("working") }</p> },
                Some(goals) => html! {
                    <div class="goal-cards" id="goals">{ for goals.iter().map(|g| goal_card(&ui, g)) }</div>
                },
            } }
            <button type="button" class="secondary" id="goals-export-pdf" onclick={export}>{ ui.t("goals-export-pdf") }</button>
        </section>
    }
}

/// One goal as a card.
fn goal_card(ui: &Ui, status: &GoalStatus) -> Html {
    let goal = status.goal;
    let target = match status.target {
        GoalTarget::Percent(p) => {
            ui.t_with("goal-target-percent", &[("percent", (p as usize).into())])
        }
        GoalTarget::Count(n) => ui.t_with("goal-target-count", &[("count", n.into())]),
    };
    let figure = contracts::wire::figure(status.numerator, status.denominator);
    let counted = status
        .denominator
        .map(|d| format!("{} / {d}", status.numerator))
        .unwrap_or_default();
    let misses = status.misses.iter().map(|(entity, id, name, why)| {
        let open = {
            let (open_item, target) = (ui.open_item.clone(), (*entity, *id));
            Callback::from(move |_| open_item.emit(target))
        };
        html! {
            <li>
                <button type="button" class="link" onclick={open}>{ name }</button>
                { format!(" — {}", ui.t(why)) }
            </li>
        }
    });
    html! {
        <article class={classes!("goal", if status.met { "met" } else { "not-met" })} id={format!("goal-{}", goal.as_str())}>
            <h4>{ ui.t(&format!("goal-{}", goal.as_str())) }</h4>
            <p class="figure"><strong>{ figure }</strong>{ " " }<span class="counted">{ counted }</span></p>
            <p class="target">{ format!("{target} · {}", status.deadline) }</p>
            <p class={classes!("status", if status.met { "ok" } else { "warn" })}>
                { ui.t(if status.met { "goals-met" } else { "goals-not-met" }) }
            </p>
            { trend(ui, status) }
            if !status.misses.is_empty() {
                <details class="misses">
                    <summary>{ ui.t_with("goals-misses", &[("count", status.misses.len().into())]) }</summary>
                    <ul>{ for misses }</ul>
                </details>
            }
        </article>
    }
}

/// The half-yearly trend as bars (a share's percent, or a count against its target), each
/// labelled with its date and figure.
fn trend(ui: &Ui, status: &GoalStatus) -> Html {
    if status.trend.is_empty() {
        return html! { <p class="note trend">{ ui.t("goals-no-trend") }</p> };
    }
    let scale = match status.target {
        GoalTarget::Percent(_) => 100.0,
        GoalTarget::Count(n) => status
            .trend
            .iter()
            .map(|(_, v, _)| *v)
            .chain([n])
            .max()
            .unwrap_or(1)
            .max(1) as f64,
    };
    let bars = status.trend.iter().enumerate().map(|(i, (end, n, d))| {
        let value = match d {
            None => *n as f64,
            Some(0) => 0.0,
            Some(d) => *n as f64 * 100.0 / *d as f64,
        };
        let height = (value / scale * 40.0).clamp(0.0, 40.0);
        let x = i as f64 * 28.0;
        html! {
            <g>
                <title>{ format!("{end}: {}", contracts::wire::figure(*n, *d)) }</title>
                <rect x={format!("{x}")} y={format!("{}", 40.0 - height)} width="20" height={format!("{height}")} />
            </g>
        }
    });
    let width = status.trend.len() as f64 * 28.0;
    html! {
        <figure class="trend">
            <svg viewBox={format!("0 0 {width} 40")} width={format!("{width}")} height="40" role="img"
                aria-label={ui.t("goals-trend")}>{ for bars }</svg>
            <figcaption>
                { ui.t("goals-trend") }{ ": " }
                { status.trend.iter().map(|(end, n, d)| format!("{end} {}", contracts::wire::figure(*n, *d))).collect::<Vec<_>>().join(" · ") }
            </figcaption>
        </figure>
    }
}
