//! Labelled form controls. Each has a visible label tied to its input, shows its finding
//! right below it (tied with `aria-describedby`, marked `aria-invalid`), and reports every
//! change at once.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextProps {
    /// The input's element id (the label and the finding refer to it).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The current value.
    pub value: AttrValue,
    /// Called with each new value.
    pub on_change: Callback<String>,
    /// The finding to show, if any.
    #[prop_or_default]
    pub issue: Option<String>,
    /// Several lines.
    #[prop_or_default]
    pub multiline: bool,
    /// HTML input type (`text` by default; `date`, `number`, `email`, …).
    #[prop_or(AttrValue::from("text"))]
    pub kind: AttrValue,
    /// Spans the whole form width.
    #[prop_or_default]
    pub wide: bool,
    /// Read-only.
    #[prop_or_default]
    pub disabled: bool,
}

/// A labelled text input or text area.
#[function_component(TextField)]
pub fn text_field(props: &TextProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let invalid = props.issue.is_some();
    let described = invalid.then(|| error_id.clone());
    let input = if props.multiline {
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! {
            <textarea id={props.id.clone()} value={props.value.clone()} {oninput}
                aria-invalid={invalid.to_string()} aria-describedby={described}
                disabled={props.disabled} />
        }
    } else {
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        html! {
            <input id={props.id.clone()} type={props.kind.clone()} value={props.value.clone()}
                {oninput} aria-invalid={invalid.to_string()} aria-describedby={described}
                disabled={props.disabled} />
        }
    };
    html! {
        <div class={classes!("control", props.wide.then_some("wide"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            { input }
            if let Some(issue) = &props.issue {
                <p class="error" id={error_id}>{ issue }</p>
            }
        </div>
    }
}

/// Properties of [`SelectField`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// The select's element id.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// `(value, text)` pairs, in order.
    pub options: Vec<(String, String)>,
    /// The selected value.
    pub value: AttrValue,
    /// Called with the newly selected value.
    pub on_change: Callback<String>,
    /// The finding to show, if any.
    #[prop_or_default]
    pub issue: Option<String>,
    /// Spans the whole form width.
    #[prop_or_default]
    pub wide: bool,
    /// Shown but not changeable (e.g. in a read-only catalog).
    #[prop_or_default]
    pub disabled: bool,
}

/// A labelled drop-down.
#[function_component(SelectField)]
pub fn select_field(props: &SelectProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let invalid = props.issue.is_some();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <div class={classes!("control", props.wide.then_some("wide"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} {onchange} aria-invalid={invalid.to_string()} disabled={props.disabled}
                aria-describedby={invalid.then(|| error_id.clone())}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == *props.value}>{ text }</option>
                }) }
            </select>
            if let Some(issue) = &props.issue {
                <p class="error" id={error_id}>{ issue }</p>
            }
        </div>
    }
}

/// Properties of [`CheckField`].
#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// The checkbox's element id.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// Whether it is ticked.
    pub checked: bool,
    /// Called with the new state.
    pub on_change: Callback<bool>,
}

/// A labelled checkbox.
#[function_component(CheckField)]
pub fn check_field(props: &CheckProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    html! {
        <div class="control check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{ &props.label }</label>
        </div>
    }
}

/// Lines of a text area as a list (blank lines dropped), and back.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Comma-separated values as a list (blanks dropped).
pub fn comma_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An optional number from an input (`None` when blank or not a number).
pub fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.trim().parse().ok()
}

/// How a [`ListField`] separates its values.
#[derive(Clone, Copy, PartialEq)]
pub enum Separator {
    /// One value per line.
    Lines,
    /// Values separated by commas.
    Commas,
}

/// Properties of [`ListField`].
#[derive(Properties, PartialEq)]
pub struct ListProps {
    /// The input's element id.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The values.
    pub items: Vec<String>,
    /// Called with the new values.
    pub on_change: Callback<Vec<String>>,
    /// How values are separated.
    pub separator: Separator,
    /// The finding to show, if any.
    #[prop_or_default]
    pub issue: Option<String>,
    /// Spans the whole form width.
    #[prop_or_default]
    pub wide: bool,
}

/// A list of values typed as text. The text is kept as typed (a trailing comma or newline
/// survives) and parsed on every change.
#[function_component(ListField)]
pub fn list_field(props: &ListProps) -> Html {
    let parse = move |text: &str, separator: Separator| match separator {
        Separator::Lines => lines(text),
        Separator::Commas => comma_list(text),
    };
    let join = |items: &[String], separator: Separator| match separator {
        Separator::Lines => items.join("\n"),
        Separator::Commas => items.join(", "),
    };
    let raw = use_state(|| join(&props.items, props.separator));
    // Another item was loaded: show its values.
    if parse(&raw, props.separator) != props.items {
        raw.set(join(&props.items, props.separator));
    }
    let on_change = {
        let (raw, on_change, separator) = (raw.clone(), props.on_change.clone(), props.separator);
        Callback::from(move |text: String| {
            on_change.emit(parse(&text, separator));
            raw.set(text);
        })
    };
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} value={(*raw).clone()}
            {on_change} issue={props.issue.clone()} wide={props.wide}
            multiline={props.separator == Separator::Lines} />
    }
}
