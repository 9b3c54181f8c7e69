//! What the information-contract document says: cover, parties, purpose and legal basis, the
//! integration, the exchanged fields, classification and the safeguards it requires, service
//! levels, approval history and signature blocks.

use crate::i18n::versions::{bump_label, judged_line};
use crate::i18n::{Arg, Translator};
use crate::model::{Contract, InformationSet, PersonalData, SchemaField};
use crate::safeguards;

use super::document::{Block, Document, Meta, Signatory, Table};
use super::{or_dash, value_name, Context};

/// The contract as a document in the translator's language.
pub fn document<'a>(contract: &Contract, ctx: &Context, t: &'a Translator) -> Document<'a> {
    let d = &contract.draft;
    let title = or_dash(&d.title);
    let mut blocks = vec![
        Block::Cover {
            kicker: t.t("pdf-contract-kind"),
            title: title.clone(),
        },
        Block::Facts(cover_facts(contract, ctx, t)),
        parties_table(ctx, t),
        Block::Contents(t.t("pdf-contents")),
    ];
    purpose(&mut blocks, contract, t);
    integration(&mut blocks, ctx, t);
    fields(&mut blocks, contract, ctx, t);
    classification(&mut blocks, ctx, t);
    service_levels(&mut blocks, contract, t);
    history(&mut blocks, ctx, t);
    changelog(&mut blocks, ctx, t);
    blocks.push(Block::Section(t.t("pdf-signatures-section")));
    blocks.push(Block::Signatures(signatories(ctx, t)));
    Document {
        meta: Meta {
            title: title.clone(),
            author: or_dash(&d.owner),
            subject: t.t("pdf-contract-kind"),
            lang: lang_tag(t),
        },
        running_header: t.t_with(
            "pdf-running-header",
            &[
                ("title", Arg::from(title.as_str())),
                ("version", Arg::from(or_dash(&d.version))),
            ],
        ),
        draft_mark: None,
        page_label: page_label(t),
        blocks,
    }
}

/// "Page X of Y" in the translator's language.
pub fn page_label(t: &Translator) -> Box<dyn Fn(usize, usize) -> String + '_> {
    Box::new(move |page, pages| {
        t.t_with(
            "pdf-page",
            &[("page", Arg::from(page)), ("pages", Arg::from(pages))],
        )
    })
}

/// The BCP 47 tag of the translator's language.
pub fn lang_tag(t: &Translator) -> &'static str {
    match t.lang() {
        crate::model::Lang::En => "en",
        crate::model::Lang::Nb => "nb-NO",
        crate::model::Lang::Nn => "nn-NO",
        crate::model::Lang::Sv => "sv-SE",
    }
}

fn yes_no(t: &Translator, value: bool) -> String {
    t.t(if value { "pdf-yes" } else { "pdf-no" })
}

fn cover_facts(contract: &Contract, ctx: &Context, t: &Translator) -> Vec<(String, String)> {
    let d = &contract.draft;
    let validity = t.t_with(
        "pdf-validity-range",
        &[
            (
                "from",
                Arg::from(or_dash(d.valid_from.as_deref().unwrap_or(""))),
            ),
            (
                "to",
                Arg::from(d.valid_to.clone().unwrap_or_else(|| t.t("pdf-open-ended"))),
            ),
        ],
    );
    let contact = ctx.contact_point().map_or(String::new(), |person| {
        format!("{} <{}>", person.draft.name, person.draft.email)
    });
    vec![
        (t.t("pdf-version"), or_dash(&d.version)),
        (
            t.t("pdf-status"),
            t.t(&format!("status-{}", contract.state.status.as_str())),
        ),
        (t.t("pdf-validity"), validity),
        (t.t("pdf-owner"), or_dash(&d.owner)),
        (t.t("pdf-contact-point"), or_dash(&contact)),
        (t.t("pdf-contract-id"), contract.id.to_string()),
        (
            t.t("pdf-api-profile"),
            t.t(&format!("profile-{}", ctx.api_profile.as_str())),
        ),
    ]
}

fn parties_table(ctx: &Context, t: &Translator) -> Block {
    let roles = [t.t("pdf-provider"), t.t("pdf-consumer")];
    let rows = ctx
        .parties
        .iter()
        .zip(roles)
        .map(|(party, role)| {
            let (name, number) = party.organisation.as_ref().map_or_else(
                || (String::new(), String::new()),
                |o| (o.draft.name.clone(), o.draft.org_number.clone()),
            );
            let system = match &party.unit {
                Some(unit) => format!("{} ({unit})", party.system),
                None => party.system.clone(),
            };
            vec![role, or_dash(&name), or_dash(&number), or_dash(&system)]
        })
        .collect();
    Block::Table(Table {
        columns: vec![
            (t.t("pdf-party-role"), 0.14),
            (t.t("pdf-party-organisation"), 0.30),
            (t.t("pdf-party-org-number"), 0.22),
            (t.t("pdf-party-system"), 0.34),
        ],
        rows,
        empty: t.t("pdf-no-parties"),
    })
}

fn purpose(blocks: &mut Vec<Block>, contract: &Contract, t: &Translator) {
    let d = &contract.draft;
    blocks.push(Block::Section(t.t("pdf-purpose-section")));
    blocks.push(Block::Facts(vec![
        (t.t("pdf-purpose"), or_dash(&d.purpose)),
        (t.t("pdf-legal-basis"), or_dash(&d.legal_basis)),
        (t.t("pdf-retention"), or_dash(&d.retention)),
        (t.t("pdf-access"), or_dash(&d.access)),
    ]));
    blocks.push(Block::Subsection(t.t("pdf-description")));
    blocks.push(Block::Paragraph(or_dash(&d.description)));
}

fn integration(blocks: &mut Vec<Block>, ctx: &Context, t: &Translator) {
    blocks.push(Block::Section(t.t("pdf-integration-section")));
    if ctx.integrations.is_empty() {
        blocks.push(Block::Paragraph(t.t("pdf-no-integration")));
    }
    for facts in &ctx.integrations {
        let i = &facts.integration.draft;
        let number = |n: Option<u64>, id: &str| {
            n.map_or(String::new(), |n| {
                t.t_with(id, &[("n", Arg::Number(n as f64))])
            })
        };
        blocks.push(Block::Subsection(or_dash(&i.name)));
        blocks.push(Block::Facts(vec![
            (
                t.t("pdf-pattern"),
                t.t(&format!("pattern-{}", value_name(&i.pattern))),
            ),
            (
                t.t("pdf-technology"),
                t.t(&format!("technology-{}", value_name(&i.technology))),
            ),
            (
                t.t("pdf-mode"),
                t.t(&format!("mode-{}", value_name(&i.mode))),
            ),
            (
                t.t("pdf-frequency"),
                t.t(&format!("frequency-{}", value_name(&i.frequency))),
            ),
            (
                t.t("pdf-volume"),
                or_dash(&number(i.volume_per_day, "pdf-messages-per-day")),
            ),
            (
                t.t("pdf-message-size"),
                or_dash(&number(i.message_size_kb, "pdf-kilobytes")),
            ),
            (
                t.t("pdf-guaranteed-delivery"),
                yes_no(t, i.guaranteed_delivery),
            ),
            (
                t.t("pdf-provider"),
                or_dash(facts.provider.as_deref().unwrap_or("")),
            ),
            (t.t("pdf-consumers"), or_dash(&facts.consumers.join(", "))),
        ]));
        if !i.description.trim().is_empty() {
            blocks.push(Block::Paragraph(i.description.clone()));
        }
    }
}

fn fields(blocks: &mut Vec<Block>, contract: &Contract, ctx: &Context, t: &Translator) {
    blocks.push(Block::Section(t.t("pdf-fields-section")));
    let columns = vec![
        (t.t("pdf-field"), 0.27),
        (t.t("pdf-field-type"), 0.14),
        (t.t("pdf-field-required"), 0.12),
        (t.t("pdf-field-classification"), 0.17),
        (t.t("pdf-field-personal"), 0.30),
    ];
    if ctx.sets.is_empty() {
        let rows = contract
            .draft
            .fields
            .iter()
            .map(|f| {
                vec![
                    or_dash(&f.name),
                    t.t(&format!("type-{}", f.field_type.as_str())),
                    yes_no(t, f.required),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            columns,
            rows,
            empty: t.t("pdf-no-fields"),
        }));
        return;
    }
    for set in &ctx.sets {
        blocks.push(Block::Subsection(or_dash(&set.draft.name)));
        if !set.draft.description.trim().is_empty() {
            blocks.push(Block::Paragraph(set.draft.description.clone()));
        }
        let mut rows = Vec::new();
        flatten(&set.draft.fields, "", &mut |path, field| {
            rows.push(vec![
                path.to_owned(),
                field_type(field, t),
                yes_no(t, field.required),
                level_name(ctx, set, field.classification, t),
                personal_data(field.personal_data, t),
            ]);
        });
        blocks.push(Block::Table(Table {
            columns: columns.clone(),
            rows,
            empty: t.t("pdf-no-fields"),
        }));
    }
}

/// Visits every field depth first with its dotted path (`address.postcode`); an array's one
/// child describes its items, which are shown as `pupils[]` and `pupils[].name`.
pub(super) fn flatten(
    fields: &[SchemaField],
    prefix: &str,
    visit: &mut dyn FnMut(&str, &SchemaField),
) {
    for field in fields {
        let path = if prefix.is_empty() {
            or_dash(&field.name)
        } else {
            format!("{prefix}.{}", field.name)
        };
        visit(&path, field);
        if field.field_type == crate::model::SchemaType::Array {
            let items = format!("{path}[]");
            for item in &field.children {
                visit(&items, item);
                flatten(&item.children, &items, visit);
            }
        } else {
            flatten(&field.children, &path, visit);
        }
    }
}

fn field_type(field: &SchemaField, t: &Translator) -> String {
    let name = t.t(&format!("type-{}", value_name(&field.field_type)));
    match &field.format {
        Some(format) if !format.is_empty() => format!("{name} ({format})"),
        _ => name,
    }
}

/// The name of classification `level` in the set's scheme, in the document's language.
fn level_name(ctx: &Context, set: &InformationSet, level: Option<u8>, t: &Translator) -> String {
    let Some(level) = level else {
        return t.t("pdf-unclassified");
    };
    set.draft
        .scheme
        .as_deref()
        .and_then(|key| ctx.schemes.iter().find(|s| s.key == key))
        .and_then(|scheme| scheme.levels.iter().find(|l| l.ordinal == level))
        .map_or_else(|| level.to_string(), |l| l.name.get(t.lang()).to_owned())
}

fn personal_data(flags: PersonalData, t: &Translator) -> String {
    let names: Vec<String> = [
        (flags.personal, "pdf-personal-personal"),
        (flags.special_category, "pdf-personal-special"),
        (flags.criminal_offence, "pdf-personal-criminal"),
        (flags.national_id, "pdf-personal-national-id"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| t.t(id))
    .collect();
    if names.is_empty() {
        t.t("pdf-no")
    } else {
        names.join(", ")
    }
}

/// The union of the personal-data flags of every governed set.
fn personal_flags(ctx: &Context) -> PersonalData {
    ctx.sets
        .iter()
        .map(|set| set.draft.personal_data())
        .fold(PersonalData::default(), PersonalData::union)
}

fn classification(blocks: &mut Vec<Block>, ctx: &Context, t: &Translator) {
    blocks.push(Block::Section(t.t("pdf-classification-section")));
    let highest = ctx
        .sets
        .iter()
        .filter_map(|set| Some((set.draft.effective_classification()?, set)))
        .max_by_key(|(level, _)| *level);
    let level_text = highest.map_or_else(
        || t.t("pdf-unclassified"),
        |(level, set)| {
            let scheme = set
                .draft
                .scheme
                .as_deref()
                .and_then(|key| ctx.schemes.iter().find(|s| s.key == key))
                .map_or(String::new(), |s| format!(", {}", s.name.get(t.lang())));
            format!("{}{scheme}", level_name(ctx, set, Some(level), t))
        },
    );
    let flags = personal_flags(ctx);
    blocks.push(Block::Facts(vec![
        (t.t("pdf-classification"), level_text),
        (t.t("pdf-personal-summary"), personal_data(flags, t)),
    ]));
    blocks.push(Block::Subsection(t.t("pdf-safeguards")));
    let level = highest.and_then(|(ordinal, set)| {
        set.draft
            .scheme
            .as_deref()
            .and_then(|key| ctx.schemes.iter().find(|s| s.key == key))
            .and_then(|scheme| scheme.levels.iter().find(|l| l.ordinal == ordinal))
    });
    let own_policy = level.is_some_and(|level| !safeguards::for_level(level).1);
    let needed = match (highest, level) {
        (Some(_), Some(level)) => safeguards::required_at(Some(level), flags),
        (highest, _) => safeguards::required(highest.map(|(ordinal, _)| ordinal), flags),
    };
    if needed.is_empty() {
        blocks.push(Block::Paragraph(t.t("pdf-no-safeguards")));
    } else {
        let items = needed
            .iter()
            .map(|s| t.t(&format!("safeguard-{}", s.as_str())))
            .collect();
        blocks.push(Block::Bullets(items));
    }
    blocks.push(Block::Paragraph(t.t(if own_policy {
        "pdf-safeguards-policy"
    } else {
        "pdf-safeguards-default"
    })));
}

fn service_levels(blocks: &mut Vec<Block>, contract: &Contract, t: &Translator) {
    let sla = &contract.draft.service_levels;
    let amount = |n: Option<u32>, id: &str| {
        n.map_or(String::new(), |n| {
            t.t_with(id, &[("n", Arg::Number(f64::from(n)))])
        })
    };
    let availability = sla
        .availability_percent
        .as_deref()
        .map_or(String::new(), |p| format!("{p} %"));
    blocks.push(Block::Section(t.t("pdf-sla-section")));
    blocks.push(Block::Facts(vec![
        (t.t("pdf-availability"), or_dash(&availability)),
        (t.t("pdf-support-hours"), or_dash(&sla.support_hours)),
        (
            t.t("pdf-response-time"),
            or_dash(&amount(sla.response_minutes, "pdf-minutes")),
        ),
        (
            t.t("pdf-rto"),
            or_dash(&amount(sla.recovery_time_hours, "pdf-hours")),
        ),
        (
            t.t("pdf-rpo"),
            or_dash(&amount(sla.recovery_point_hours, "pdf-hours")),
        ),
    ]));
}

fn history(blocks: &mut Vec<Block>, ctx: &Context, t: &Translator) {
    blocks.push(Block::Section(t.t("pdf-history-section")));
    let status = |s: crate::model::ContractStatus| t.t(&format!("status-{}", s.as_str()));
    let rows = ctx
        .status_history
        .iter()
        .map(|change| {
            let from = change.from.map_or_else(|| t.t("pdf-created"), status);
            vec![
                change.at.get(..16).unwrap_or(&change.at).replace('T', " "),
                or_dash(&change.author),
                format!("{from} → {}", status(change.to)),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            (t.t("pdf-history-when"), 0.25),
            (t.t("pdf-history-who"), 0.35),
            (t.t("pdf-history-change"), 0.40),
        ],
        rows,
        empty: t.t("pdf-history-empty"),
    }));
}

/// The versions, newest first: each with its kind of change, when and by whom it was
/// released, and what changed.
fn changelog(blocks: &mut Vec<Block>, ctx: &Context, t: &Translator) {
    blocks.push(Block::Section(t.t("versions-changelog")));
    if ctx.changelog.is_empty() {
        blocks.push(Block::Paragraph(t.t("version-unreleased")));
    }
    let last = ctx.changelog.len().saturating_sub(1);
    for (i, entry) in ctx.changelog.iter().enumerate() {
        let heading = match entry.assessment.bump {
            Some(bump) => format!("{} ({})", entry.version, bump_label(t, bump)),
            None => entry.version.clone(),
        };
        blocks.push(Block::Subsection(heading));
        blocks.push(Block::Paragraph(match &entry.released_at {
            Some(at) => t.t_with(
                "changelog-released",
                &[
                    ("date", Arg::from(at.get(..10).unwrap_or(at))),
                    (
                        "by",
                        Arg::from(or_dash(entry.released_by.as_deref().unwrap_or(""))),
                    ),
                ],
            ),
            None => t.t("version-unreleased"),
        }));
        if entry.assessment.changes.is_empty() {
            if let Some(note) = entry.empty_note(i == last) {
                blocks.push(Block::Paragraph(t.t(note)));
            }
        } else {
            let lines = entry
                .assessment
                .changes
                .iter()
                .map(|a| judged_line(t, a))
                .collect();
            blocks.push(Block::Bullets(lines));
        }
    }
}

fn signatories(ctx: &Context, t: &Translator) -> Vec<Signatory> {
    let lines = vec![
        t.t("pdf-sign-place-date"),
        t.t("pdf-sign-signature"),
        t.t("pdf-sign-name"),
    ];
    [t.t("pdf-provider"), t.t("pdf-consumer")]
        .into_iter()
        .enumerate()
        .map(|(index, role)| {
            let party = ctx.parties.get(index).map_or(String::new(), |p| {
                p.organisation
                    .as_ref()
                    .map_or(p.system.clone(), |o| o.draft.name.clone())
            });
            Signatory {
                role,
                party: or_dash(&party),
                lines: lines.clone(),
            }
        })
        .collect()
}
