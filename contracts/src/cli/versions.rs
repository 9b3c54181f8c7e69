//! `datapakt diff`, `breaking`, `impact` and `changelog`: a contract's versions, what
//! changed between them, whom a change affects, and its history.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::error::{Error, Result};
use crate::history;
use crate::i18n::Translator;
use crate::model::{ContractId, Lang};
use crate::store::Catalog;
use crate::versions::text::{bump_label, changelog_markdown, judged_line};
use crate::versions::{assess, Assessment, Version};
use crate::wire::versions::{Affected, Impact, Versioned};

/// The text of an assessment: one judged line per change, then the version it calls for.
fn assessment_text(t: &Translator, from: &str, to: &str, assessment: &Assessment) -> String {
    let mut out = format!("{from} → {to}\n");
    if assessment.changes.is_empty() {
        out.push_str(&format!("{}\n", t.t("version-no-changes")));
    }
    for assessed in &assessment.changes {
        out.push_str(&format!("  {}\n", judged_line(t, assessed)));
    }
    if let (Some(bump), Some(proposed)) = (assessment.bump, assessment.proposed) {
        out.push_str(&format!(
            "{}\n",
            t.t_with(
                "version-proposed",
                &[
                    ("version", proposed.to_string().into()),
                    ("bump", bump_label(t, bump).into()),
                ]
            )
        ));
    }
    out
}

/// `datapakt diff`.
pub(super) fn diff(
    catalog: &Path,
    item: Versioned,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
    lang: Lang,
) -> Result<ExitCode> {
    let catalog = Catalog::open(catalog)?;
    let diff = history::diff(&catalog, item, from, to)?;
    if json {
        println!("{}", to_json(&diff));
    } else {
        let t = Translator::new(lang);
        print!(
            "{}",
            assessment_text(&t, &diff.from, &diff.to, &diff.assessment)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The two versions `breaking` compares: a contract's in a catalog, or two ODCS files.
pub(super) enum Compared {
    /// Versions of a contract or an information set in a catalog.
    Catalog {
        /// The catalog file.
        catalog: PathBuf,
        /// The contract or information set.
        item: Versioned,
        /// The older version.
        from: Option<String>,
        /// The newer one.
        to: Option<String>,
    },
    /// Two ODCS documents.
    Files {
        /// The older one.
        old: PathBuf,
        /// The newer one.
        new: PathBuf,
    },
}

/// `datapakt breaking`: exit 1 when a change breaks consumers.
pub(super) fn breaking(compared: Compared, lang: Lang) -> Result<ExitCode> {
    let (from, to, assessment) = match compared {
        Compared::Catalog {
            catalog,
            item,
            from,
            to,
        } => {
            let catalog = Catalog::open(&catalog)?;
            let diff = history::diff(&catalog, item, from.as_deref(), to.as_deref())?;
            (diff.from, diff.to, diff.assessment)
        }
        Compared::Files { old, new } => {
            let read = |path: &PathBuf, first_id: i64| -> Result<crate::versions::Snapshot> {
                let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
                    path: path.clone(),
                    source,
                })?;
                crate::import::odcs::snapshot_of(path, &text, first_id)
            };
            // Ids apart, so the two files' sets are matched by name.
            let (old, new) = (read(&old, 1)?, read(&new, 1_000_001)?);
            let assessment = assess(&old, &new, Version::parse(&old.contract.version));
            (old.contract.version, new.contract.version, assessment)
        }
    };
    let t = Translator::new(lang);
    print!("{}", assessment_text(&t, &from, &to, &assessment));
    Ok(if assessment.breaking() {
        eprintln!(
            "breaking: {} of the changes break consumers",
            assessment
                .changes
                .iter()
                .filter(|a| a.bump == crate::versions::Bump::Major)
                .count()
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `datapakt impact`.
pub(super) fn impact(
    catalog: &Path,
    contract: i64,
    json: bool,
    notices: Option<&Path>,
    lang: Lang,
) -> Result<ExitCode> {
    let catalog = Catalog::open(catalog)?;
    let today = catalog.today_date()?;
    let impact = history::impact(&catalog, ContractId(contract), today)?;
    if let Some(folder) = notices {
        write_notices(folder, &impact)?;
    }
    if json {
        println!("{}", to_json(&impact));
        return Ok(ExitCode::SUCCESS);
    }
    let t = Translator::new(lang);
    let from = impact.from.clone().unwrap_or_default();
    print!(
        "{}",
        assessment_text(&t, &from, &impact.to, &impact.assessment)
    );
    let list = |heading: &str, items: &[Affected]| {
        println!("{heading} ({}):", items.len());
        for item in items {
            println!("  #{} {} — {}", item.id, item.name, t.t(&item.why));
        }
    };
    list("integrations", &impact.integrations);
    list("consumer systems", &impact.consumers);
    list("contracts to approve again", &impact.contracts);
    list("access grants to review", &impact.grants);
    println!("people to tell ({}):", impact.recipients.len());
    for recipient in &impact.recipients {
        println!(
            "  {} <{}> ({}): {}",
            recipient.name,
            recipient.email,
            recipient.lang.tag(),
            recipient.notice.subject
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes each recipient's notice to `folder` as `notice-<person>.txt` (subject, blank line,
/// body), each file whole or not at all.
fn write_notices(folder: &Path, impact: &Impact) -> Result<()> {
    std::fs::create_dir_all(folder).map_err(|source| Error::Write {
        path: folder.to_owned(),
        source,
    })?;
    for recipient in &impact.recipients {
        let path = folder.join(format!("notice-{}.txt", recipient.person));
        let text = format!(
            "{}\n\n{}\n",
            recipient.notice.subject, recipient.notice.body
        );
        crate::ops::write_atomically(&path, text.as_bytes())?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// `datapakt changelog`.
pub(super) fn changelog(
    catalog: &Path,
    item: Versioned,
    json: bool,
    lang: Lang,
) -> Result<ExitCode> {
    let catalog = Catalog::open(catalog)?;
    let log = history::changelog(&catalog, item)?;
    if json {
        println!("{}", to_json(&log));
    } else {
        print!("{}", changelog_markdown(&Translator::new(lang), &log));
    }
    Ok(ExitCode::SUCCESS)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("wire types always serialise")
}
