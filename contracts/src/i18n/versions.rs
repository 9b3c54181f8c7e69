//! Changes as a person reads them, in their language: one line per change, the rule's
//! reason, a changelog as Markdown, and the notice of a change to someone it affects.

use crate::i18n::{Arg, Translator};
use crate::wire::versions::{Changelog, ChangelogEntry, FilesChangelog, Impact, Recipient};

use crate::versions::{Assessed, Bump, Change};

/// The kind of change a bump is, e.g. "breaking change".
pub fn bump_label(t: &Translator, bump: Bump) -> String {
    t.t(&format!("bump-{}", bump.as_str()))
}

/// One change, e.g. "Field Elever › navn removed".
pub fn change_line(t: &Translator, change: &Change) -> String {
    let (from, to) = change.values();
    let value = |v: String| match change {
        Change::ConstraintChanged { constraint, .. } if constraint.is_flag() => {
            t.t(if v.is_empty() {
                "version-flag-off"
            } else {
                "version-flag-on"
            })
        }
        _ if v.is_empty() => t.t("version-value-none"),
        Change::RequiredChanged { .. } => t.t(&format!("version-required-{v}")),
        Change::PersonalDataChanged { .. } => v
            .split(", ")
            .map(|flag| t.t(&format!("version-personal-{flag}")))
            .collect::<Vec<_>>()
            .join(", "),
        _ => v,
    };
    let term = match change {
        Change::TermChanged { term, .. } => t.t(&format!("version-term-{}", term.as_str())),
        Change::SetTermChanged { term, .. } => t.t(&format!("version-set-term-{}", term.as_str())),
        Change::ConstraintChanged { constraint, .. } => {
            t.t(&format!("version-constraint-{}", constraint.as_str()))
        }
        _ => String::new(),
    };
    t.t_with(
        &format!("version-change-{}", change.kind()),
        &[
            ("subject", Arg::from(change.subject())),
            ("from", Arg::from(value(from))),
            ("to", Arg::from(value(to))),
            ("term", Arg::from(term)),
        ],
    )
}

/// Why a change moves the version as it does.
pub fn reason(t: &Translator, assessed: &Assessed) -> String {
    t.t(&format!("version-rule-{}", assessed.rule))
}

/// A change with its kind and reason, e.g. "Field x removed — breaking change: Consumers …".
pub fn judged_line(t: &Translator, assessed: &Assessed) -> String {
    format!(
        "{} — {}: {}",
        change_line(t, &assessed.change),
        bump_label(t, assessed.bump),
        reason(t, assessed)
    )
}

/// The changelog as Markdown: a heading per version, newest first, its changes as a list.
pub fn changelog_markdown(t: &Translator, log: &Changelog) -> String {
    entries_markdown(t, &log.title, &log.entries)
}

/// The changelog of two ODCS files as Markdown, in `t`'s language.
pub fn files_changelog_markdown(t: &Translator, log: &FilesChangelog) -> String {
    entries_markdown(t, &log.title, &log.entries)
}

/// A changelog titled `title` of `entries` (newest first) as Markdown.
fn entries_markdown(t: &Translator, title: &str, entries: &[ChangelogEntry]) -> String {
    let mut out = format!(
        "# {}\n",
        t.t_with(
            "changelog-title",
            &[("title", Arg::from(markdown_escaped(title)))]
        )
    );
    for entry in entries {
        out.push_str(&format!("\n## {}", entry.version));
        if let Some(bump) = entry.assessment.bump {
            out.push_str(&format!(" ({})", bump_label(t, bump)));
        }
        out.push('\n');
        match (&entry.released_at, &entry.released_by) {
            _ if entry.file.is_some() => out.push_str(&format!(
                "\n*{}*\n",
                t.t_with(
                    "changelog-file",
                    &[(
                        "file",
                        Arg::from(markdown_escaped(entry.file.as_deref().unwrap_or_default()))
                    )],
                )
            )),
            (Some(at), by) => out.push_str(&format!(
                "\n{}\n",
                t.t_with(
                    "changelog-released",
                    &[
                        ("date", Arg::from(at.get(..10).unwrap_or(at).to_owned())),
                        (
                            "by",
                            Arg::from(markdown_escaped(by.as_deref().unwrap_or_default()))
                        ),
                    ],
                )
            )),
            (None, _) => out.push_str(&format!("\n*{}*\n", t.t("version-unreleased"))),
        }
        out.push('\n');
        if entry.assessment.changes.is_empty() {
            let oldest = Some(entry) == entries.last();
            if let Some(note) = entry.empty_note(oldest) {
                out.push_str(&format!("{}\n", t.t(note)));
            }
        }
        for assessed in &entry.assessment.changes {
            out.push_str(&format!(
                "- {}\n",
                markdown_escaped(&judged_line(t, assessed))
            ));
        }
    }
    out
}

/// `text` with Markdown's inline markup characters escaped, so a name holding markup (`<img
/// onerror=…>`, `[link](…)`) is shown as text by any Markdown viewer, and its line breaks as
/// spaces (a name cannot end a heading or a list item early).
fn markdown_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The notice of `impact` to `recipient`, in `t`'s language (theirs): what changes, from
/// when, and what they must do.
pub fn notice(
    t: &Translator,
    impact: &Impact,
    recipient: &Recipient,
    owner: &str,
) -> (String, String) {
    let bump = impact.assessment.bump.unwrap_or(Bump::Patch);
    let date = impact
        .effective
        .clone()
        .unwrap_or_else(|| t.t("impact-when-approved"));
    let title = Arg::from(impact.title.clone());
    let subject = t.t_with(
        "notice-subject",
        &[
            ("title", title.clone()),
            ("to", Arg::from(impact.to.clone())),
            ("bump", Arg::from(bump_label(t, bump))),
        ],
    );
    let mut body = vec![t.t_with(
        "notice-greeting",
        &[("name", Arg::from(recipient.name.clone()))],
    )];
    body.push(String::new());
    body.push(match &impact.from {
        Some(from) => t.t_with(
            "notice-intro",
            &[
                ("title", title.clone()),
                ("from", Arg::from(from.clone())),
                ("to", Arg::from(impact.to.clone())),
                ("date", Arg::from(date.clone())),
            ],
        ),
        None => t.t_with(
            "notice-intro-first",
            &[
                ("title", title),
                ("to", Arg::from(impact.to.clone())),
                ("date", Arg::from(date)),
            ],
        ),
    });
    if !impact.assessment.changes.is_empty() {
        body.push(String::new());
        body.push(t.t("notice-changes"));
        for assessed in &impact.assessment.changes {
            body.push(format!("- {}", judged_line(t, assessed)));
        }
    }
    body.push(String::new());
    let items: Vec<&str> = recipient
        .roles
        .iter()
        .map(|(_, _, _, name)| name.as_str())
        .collect();
    body.push(match bump {
        Bump::Major => t.t_with(
            "notice-action-major",
            &[("items", Arg::from(items.join(", ")))],
        ),
        Bump::Minor => t.t("notice-action-minor"),
        Bump::Patch => t.t("notice-action-patch"),
    });
    body.push(String::new());
    for (role, _, _, item) in &recipient.roles {
        body.push(t.t_with(
            "notice-role",
            &[
                (
                    "role",
                    Arg::from(t.t(&format!("role-{}", role.as_str().replace('_', "-")))),
                ),
                ("item", Arg::from(item.clone())),
            ],
        ));
    }
    if !owner.is_empty() {
        body.push(t.t_with("notice-contact", &[("owner", Arg::from(owner.to_owned()))]));
    }
    (subject, body.join("\n"))
}
