//! The classification scheme editor: its names in each language, source, aspects and levels
//! (colour and name per language). Shipped defaults are marked as such.

use contracts::model::{Aspect, ClassificationScheme, Lang, Level};
use contracts::safeguards::{self, Safeguard};
use contracts::validate::FieldPath;
use yew::prelude::*;

use super::{setter, Props};
use crate::components::fields::TextField;
use crate::ui::use_ui;

/// One input per language for a label.
fn labels_inputs(
    ui: &crate::ui::Ui,
    id: &str,
    get: &contracts::model::Labels,
    on: impl Fn(Lang) -> Callback<String>,
) -> Html {
    html! {
        <div class="inline labels">
            { for Lang::ALL.iter().map(|lang| html! {
                <TextField id={format!("{id}-{}", lang.tag())}
                    label={ui.t_with("field-name-in", &[("language", lang.native_name().into())])}
                    value={get.0.get(lang).cloned().unwrap_or_default()} on_change={on(*lang)} />
            }) }
        </div>
    }
}

fn set_label(labels: &mut contracts::model::Labels, lang: Lang, text: String) {
    if text.trim().is_empty() {
        labels.0.remove(&lang);
    } else {
        labels.0.insert(lang, text);
    }
}

/// The safeguards level `i` requires: a checklist, marked as Datapakt's shipped default until
/// the user changes it, with a way back to the default.
fn level_policy(
    ui: &crate::ui::Ui,
    edit: &Callback<super::Edit<ClassificationScheme>>,
    i: usize,
    level: &Level,
) -> Html {
    let (required, shipped_default) = safeguards::for_level(level);
    let checks = Safeguard::ALL.iter().map(|&safeguard| {
        let id = format!("level-{i}-safeguard-{}", safeguard.as_str());
        let onchange = setter(edit, move |d: &mut ClassificationScheme, on: bool| {
            if let Some(l) = d.levels.get_mut(i) {
                let mut own = safeguards::for_level(l).0;
                own.retain(|s| *s != safeguard);
                if on {
                    own.push(safeguard);
                    own.sort();
                }
                l.safeguards = Some(own);
            }
        });
        html! {
            <li class="check">
                <input type="checkbox" id={id.clone()} checked={required.contains(&safeguard)}
                    onchange={Callback::from(move |e: Event| onchange.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                <label for={id}>{ ui.t(&format!("safeguard-{}", safeguard.as_str())) }</label>
            </li>
        }
    });
    let reset = setter(edit, move |d: &mut ClassificationScheme, _: MouseEvent| {
        if let Some(l) = d.levels.get_mut(i) {
            l.safeguards = None;
        }
    });
    html! {
        <fieldset class="wide level-safeguards" id={format!("level-{i}-safeguards")}>
            <legend>{ ui.t("field-level-safeguards") }</legend>
            if shipped_default {
                <p class="note" id={format!("level-{i}-safeguards-default")}>{ ui.t("level-safeguards-default") }</p>
            } else {
                <p class="note" id={format!("level-{i}-safeguards-policy")}>
                    { ui.t("level-safeguards-policy") }{ " " }
                    <button type="button" class="link" id={format!("level-{i}-safeguards-reset")} onclick={reset}>
                        { ui.t("action-reset-to-default") }
                    </button>
                </p>
            }
            <ul class="checks">{ for checks }</ul>
        </fieldset>
    }
}

/// Edits a classification scheme.
#[function_component(SchemeEditor)]
pub fn scheme_editor(props: &Props<ClassificationScheme>) -> Html {
    let ui = use_ui();
    let d = &props.draft;
    let at = |path| ui.issues_at(&props.issues, path);
    let stored = props.item.is_some();
    let aspects = d.aspects.iter().enumerate().map(|(i, aspect)| {
        let key = setter(&props.edit, move |d: &mut ClassificationScheme, v: String| {
            if let Some(a) = d.aspects.get_mut(i) {
                a.key = v;
            }
        });
        let name = |lang: Lang| {
            setter(&props.edit, move |d: &mut ClassificationScheme, v: String| {
                if let Some(a) = d.aspects.get_mut(i) {
                    set_label(&mut a.name, lang, v);
                }
            })
        };
        let remove = setter(&props.edit, move |d: &mut ClassificationScheme, _: MouseEvent| {
            if d.aspects.len() > 1 && i < d.aspects.len() {
                d.aspects.remove(i);
            }
        });
        html! {
            <div class="scheme-row" id={format!("aspect-{i}")}>
                <TextField id={format!("aspect-{i}-key")} label={ui.t("field-key")} value={aspect.key.clone()}
                    issue={at(FieldPath::AspectKey(i))} on_change={key} />
                { labels_inputs(&ui, &format!("aspect-{i}-name"), &aspect.name, name) }
                <button type="button" class="link" onclick={remove} disabled={d.aspects.len() < 2}>{ ui.t("action-remove") }</button>
            </div>
        }
    });
    let levels = d.levels.iter().enumerate().map(|(i, level)| {
        let colour = setter(&props.edit, move |d: &mut ClassificationScheme, v: String| {
            if let Some(l) = d.levels.get_mut(i) {
                l.colour = v;
            }
        });
        let name = |lang: Lang| {
            setter(&props.edit, move |d: &mut ClassificationScheme, v: String| {
                if let Some(l) = d.levels.get_mut(i) {
                    set_label(&mut l.name, lang, v);
                }
            })
        };
        html! {
            <div class="scheme-row" id={format!("level-{i}")}>
                <span class="ordinal">{ level.ordinal }</span>
                <TextField id={format!("level-{i}-colour")} label={ui.t("field-colour")} kind="color"
                    value={level.colour.clone()} issue={at(FieldPath::LevelColour(i))} on_change={colour} />
                { labels_inputs(&ui, &format!("level-{i}-name"), &level.name, name) }
                { level_policy(&ui, &props.edit, i, level) }
            </div>
        }
    });
    let add_aspect = setter(
        &props.edit,
        |d: &mut ClassificationScheme, _: MouseEvent| {
            d.aspects.push(Aspect {
                key: String::new(),
                name: Default::default(),
            })
        },
    );
    let add_level = setter(
        &props.edit,
        |d: &mut ClassificationScheme, _: MouseEvent| {
            let ordinal = d.levels.len() as u8;
            d.levels.push(Level {
                ordinal,
                colour: "#808080".into(),
                name: Default::default(),
                safeguards: None,
            })
        },
    );
    let remove_level = setter(
        &props.edit,
        |d: &mut ClassificationScheme, _: MouseEvent| {
            d.levels.pop();
        },
    );
    let name = |lang: Lang| {
        setter(
            &props.edit,
            move |d: &mut ClassificationScheme, v: String| set_label(&mut d.name, lang, v),
        )
    };
    html! {
        <div class="form-grid">
            if d.shipped_default {
                <p class="note wide" id="shipped-default">{ ui.t("shipped-default-note") }</p>
            }
            <TextField id="scheme-key" label={ui.t("field-key")} value={d.key.clone()} disabled={stored}
                issue={at(FieldPath::SchemeKey)}
                on_change={setter(&props.edit, |d: &mut ClassificationScheme, v| d.key = v)} />
            <TextField id="scheme-source" label={ui.t("field-source")} value={d.source.clone()}
                on_change={setter(&props.edit, |d: &mut ClassificationScheme, v| d.source = v)} />
            <fieldset class="wide">
                <legend>{ ui.t("field-name") }</legend>
                { labels_inputs(&ui, "scheme-name", &d.name, name) }
            </fieldset>
            <fieldset class="wide" id="scheme-aspects">
                <legend>{ ui.t("field-aspects") }</legend>
                if let Some(issue) = at(FieldPath::Aspects) { <p class="error">{ issue }</p> }
                { for aspects }
                <button type="button" class="secondary" id="aspect-add" onclick={add_aspect}>{ ui.t("action-add-aspect") }</button>
            </fieldset>
            <fieldset class="wide" id="scheme-levels">
                <legend>{ ui.t("field-levels") }</legend>
                if let Some(issue) = at(FieldPath::Levels) { <p class="error" id="scheme-levels-error">{ issue }</p> }
                { for levels }
                <div class="inline">
                    <button type="button" class="secondary" id="level-add" onclick={add_level}>{ ui.t("action-add-level") }</button>
                    <button type="button" class="link" id="level-remove" onclick={remove_level}>{ ui.t("action-remove-level") }</button>
                </div>
            </fieldset>
        </div>
    }
}
