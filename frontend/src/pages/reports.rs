//! The catalog-wide reports: pick one, read its figures and table (each row a link to its
//! item), export it as CSV or PDF.

use contracts::wire::{ExportRequest, ExportTarget, Report, ReportKind, TableFormat};
use yew::prelude::*;

use crate::services;
use crate::ui::use_ui;

/// The reports page.
#[function_component(Reports)]
pub fn reports(_: &()) -> Html {
    let ui = use_ui();
    let kind = use_state(|| ReportKind::Gaps);
    let report = use_state(|| None::<Report>);
    {
        let (report, ui_) = (report.clone(), ui.clone());
        use_effect_with((*kind, ui.revision, ui.tr.lang()), move |(kind, _, _)| {
            let kind = *kind;
            report.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match services::report(kind).await {
                    Ok(found) => report.set(Some(found)),
                    Err(error) => ui_.fail(&error),
                }
            });
        });
    }
    let tabs = ReportKind::ALL.iter().map(|&k| {
        let onclick = {
            let kind = kind.clone();
            Callback::from(move |_| kind.set(k))
        };
        html! {
            <button type="button" role="tab" id={format!("report-tab-{}", k.as_str())}
                class={classes!("tab", (*kind == k).then_some("selected"))}
                aria-selected={(*kind == k).to_string()} {onclick}>
                { ui.t(&format!("report-{}-title", k.as_str())) }
            </button>
        }
    });
    let export = |format: TableFormat| {
        let (ui, report) = (ui.clone(), *kind);
        Callback::from(move |_| {
            ui.export(ExportRequest::of(ExportTarget::Report { report, format }))
        })
    };
    html! {
        <div class="reports">
            <h2>{ ui.t("reports-title") }</h2>
            <div role="tablist" class="tabs">{ for tabs }</div>
            { match &*report {
                None => html! { <p class="empty">{ ui.t("working") }</p> },
                Some(report) => html! { <ReportView report={report.clone()} /> },
            } }
            <div class="actions">
                <button type="button" id="report-export-csv" onclick={export(TableFormat::Csv)}>{ ui.t("report-export-csv") }</button>
                <button type="button" id="report-export-pdf" onclick={export(TableFormat::Pdf)}>{ ui.t("report-export-pdf") }</button>
            </div>
        </div>
    }
}

/// Properties of [`ReportView`].
#[derive(Properties, PartialEq)]
struct ReportProps {
    report: Report,
}

/// A report's figures and table.
#[function_component(ReportView)]
fn report_view(props: &ReportProps) -> Html {
    let ui = use_ui();
    let report = &props.report;
    let rows = report.rows.iter().map(|row| {
        let onclick = row.item.map(|target| {
            let open_item = ui.open_item.clone();
            Callback::from(move |_| open_item.emit(target))
        });
        let cells = row.cells.iter().enumerate().map(|(i, cell)| match (&onclick, i) {
            (Some(onclick), 1) => html! {
                <td><button type="button" class="link" onclick={onclick.clone()}>{ &cell.text }</button></td>
            },
            _ => html! { <td>{ &cell.text }</td> },
        });
        html! { <tr>{ for cells }</tr> }
    });
    html! {
        <section class="report" id={format!("report-{}", report.kind.as_str())} aria-labelledby="report-title">
            <h3 id="report-title">{ &report.title }</h3>
            if !report.facts.is_empty() {
                <dl class="counts" id="report-facts">
                    { for report.facts.iter().map(|(label, value)| html! {
                        <div><dt>{ label }</dt><dd>{ value }</dd></div>
                    }) }
                </dl>
            }
            if report.rows.is_empty() {
                <p class="ok" id="report-empty">{ &report.empty }</p>
            } else {
                <table class="report" id="report-table">
                    <thead><tr>{ for report.columns.iter().map(|c| html! { <th scope="col">{ &c.header }</th> }) }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
