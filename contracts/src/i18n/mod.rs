//! Translations with Fluent: every label of the UI and every validation message, in English,
//! norsk bokmål, norsk nynorsk and svenska. One `.ftl` file per language lives beside this
//! module; a test checks that each language has every message of the English file, with the
//! same variables.

pub mod versions;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::model::Lang;
use crate::validate::{FieldPath, Issue};

/// The Fluent source of each language.
pub const SOURCES: [(Lang, &str); 4] = [
    (Lang::En, include_str!("en.ftl")),
    (Lang::Nb, include_str!("nb.ftl")),
    (Lang::Nn, include_str!("nn.ftl")),
    (Lang::Sv, include_str!("sv.ftl")),
];

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text.
    Text(String),
    /// A number (plural rules apply).
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}

/// Looks messages up in one language, falling back to English (then to the id itself, so a
/// gap shows rather than hides).
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let source = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, s)| s);
    let tag = match lang {
        Lang::En => "en",
        Lang::Nb => "nb",
        Lang::Nn => "nn",
        Lang::Sv => "sv",
    };
    let locale: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Unicode isolation marks around variables would end up in copied text and tests.
    bundle.set_use_isolating(false);
    // A syntax error is caught by the tests; what parsed is still used.
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

impl Translator {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Translator {
        Translator {
            lang,
            bundle: bundle(lang),
            english: (lang != Lang::En).then(|| bundle(Lang::En)),
        }
    }

    /// The language it translates to.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Message `id` without variables.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// Message `id` with its variables.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.clone())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for bundle in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// A message given as its id and named text values (what `message_key` methods return).
    pub fn keyed(&self, (id, values): (&str, Vec<(&str, String)>)) -> String {
        let args: Vec<(&str, Arg)> = values
            .into_iter()
            .map(|(name, value)| (name, Arg::Text(value)))
            .collect();
        self.t_with(id, &args)
    }

    /// A note for the user ([`crate::wire::Note`]) in words.
    pub fn note(&self, note: &crate::wire::Note) -> String {
        self.with_values(&note.key, &note.args)
    }

    /// What an agreement lacks, in words.
    pub fn agreement_gap(&self, gap: &crate::model::AgreementGap) -> String {
        let args: Vec<(&str, Arg)> = gap
            .number
            .map(|n| ("number", Arg::from(n)))
            .into_iter()
            .collect();
        self.t_with(&format!("dpa-gap-{}", gap.item), &args)
    }

    /// The name of the input `path` points at.
    pub fn field_path(&self, path: &FieldPath) -> String {
        let (id, args) = path_message(path);
        self.t_with(&id, &args)
    }

    /// Message `id` with named values, where a value of `role`, `entity`, `from`, `to` or
    /// `status` is the stable name of a role, a kind of item or a status and is translated
    /// first.
    pub fn with_values(
        &self,
        id: &str,
        values: &std::collections::BTreeMap<String, String>,
    ) -> String {
        let own_tag = format!("@{}", self.lang.tag());
        let args: Vec<(&str, Arg)> = values
            .iter()
            // `name@<tag>` is `name`'s value in that language (catalog text such as a level's
            // name): it replaces `name` in its language and is no argument of its own.
            .filter(|(name, _)| !name.contains('@'))
            .map(|(name, value)| {
                let value = values.get(&format!("{name}{own_tag}")).unwrap_or(value);
                let prefix = match name.as_str() {
                    "role" => Some("role"),
                    "entity" => Some("entity"),
                    "from" | "to" | "status" => Some("status"),
                    "safeguard" => Some("safeguard"),
                    "technology" => Some("technology"),
                    _ => None,
                };
                let value = match prefix {
                    Some(prefix) => self.t(&format!("{prefix}-{}", value.replace('_', "-"))),
                    // A message id of its own (e.g. the advisor's `advice-technology-rest`).
                    None if name == "recommended" => self.t(value),
                    None => value.clone(),
                };
                (name.as_str(), Arg::Text(value))
            })
            .collect();
        self.t_with(id, &args)
    }

    /// A broken rule of the catalog: what is wrong and how to fix it (message
    /// `finding-<rule>`).
    pub fn finding(&self, finding: &crate::model::Finding) -> String {
        let rule = serde_json::to_value(finding.rule)
            .ok()
            .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
            .unwrap_or_default();
        self.with_values(&format!("finding-{rule}"), &finding.args)
    }

    /// An error from the backend, in this language when it names its message, else as sent.
    pub fn error(&self, error: &crate::wire::WireError) -> String {
        if error.key.is_empty() {
            return error.message.clone();
        }
        let text = self.with_values(&error.key, &error.args);
        if text == error.key {
            error.message.clone()
        } else {
            text
        }
    }

    /// A validation finding: what is wrong and how to fix it.
    pub fn issue(&self, issue: &Issue) -> String {
        let (id, mut args) = issue_message(issue);
        args.push(("field", Arg::Text(self.field_path(&issue.path))));
        self.t_with(&id, &args)
    }
}

/// The message id of a field path (`path-…`, or `art28-…` for an Art. 28 item) and its
/// 1-based position, from the path's serde form.
fn path_message(path: &FieldPath) -> (String, Vec<(&'static str, Arg)>) {
    let value = serde_json::to_value(path).unwrap_or_default();
    let field = value["field"]
        .as_str()
        .unwrap_or("unknown")
        .replace('_', "-");
    match &value["index"] {
        serde_json::Value::Number(n) => (
            format!("path-{field}"),
            vec![("n", Arg::Number(n.as_f64().unwrap_or(0.0) + 1.0))],
        ),
        serde_json::Value::String(item) => (format!("art28-{}", item.replace('_', "-")), vec![]),
        _ => (format!("path-{field}"), vec![]),
    }
}

/// The message id of an issue (`issue-…`) and its variables, from the code's serde form.
fn issue_message(issue: &Issue) -> (String, Vec<(&'static str, Arg)>) {
    let value = serde_json::to_value(issue.code).unwrap_or_default();
    let code = value["code"]
        .as_str()
        .unwrap_or("unknown")
        .replace('_', "-");
    let mut args = Vec::new();
    for (name, arg) in [
        ("max", "max"),
        ("min", "min"),
        ("ordinal", "ordinal"),
        ("country", "country"),
        ("date", "date"),
        ("released", "released"),
        ("proposed", "proposed"),
    ] {
        match &value[name] {
            serde_json::Value::Number(n) => {
                args.push((arg, Arg::Number(n.as_f64().unwrap_or(0.0))))
            }
            serde_json::Value::String(s) => args.push((arg, Arg::Text(s.clone()))),
            _ => {}
        }
    }
    (format!("issue-{code}"), args)
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nb, Lang::Nn, Lang::Sv];

    /// The language of a locale such as `nb-NO`, `nn`, `no`, `sv_SE.UTF-8`; English for any
    /// other.
    pub fn from_locale(locale: &str) -> Lang {
        let primary = locale
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Lang::Nb,
            "nn" => Lang::Nn,
            "sv" => Lang::Sv,
            _ => Lang::En,
        }
    }

    /// The language's name in itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::Sv => "Svenska",
        }
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Sv => "sv",
        }
    }
}

/// An error explained by message `key` with `args` (its English text stands in as the
/// message, for anything that shows no translation).
pub fn keyed_error(
    code: crate::wire::ErrorCode,
    key: &str,
    args: &[(&str, String)],
) -> crate::wire::WireError {
    let args: std::collections::BTreeMap<String, String> = args
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect();
    crate::wire::WireError {
        code,
        message: Translator::new(Lang::En).with_values(key, &args),
        issues: Vec::new(),
        key: key.to_owned(),
        args,
    }
}

#[cfg(test)]
mod tests;
