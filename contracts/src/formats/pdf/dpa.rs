//! The data processing agreement (GDPR Art. 28) as a document that follows the EU standard
//! contractual clauses of Commission Implementing Decision (EU) 2021/915: Sections I–III with
//! Clauses 1–10 and the chosen options, where each Art. 28(3) obligation is met, and
//! Annexes I–IV filled from the catalog.
//!
//! Datapakt does not reproduce the clauses' wording (only the Decision's text is
//! authoritative): each clause is named and incorporated by reference, and what the parties
//! choose or fill in is printed. [`preflight`] lists every required item the catalog lacks;
//! a document rendered with gaps says DRAFT on every page and lists them.

use crate::i18n::{Arg, Translator};
use crate::model::{
    Agreement, AgreementGap as Gap, Organisation, PartyDetails, PersonalData,
    SubProcessorAuthorisation,
};

use super::contract::{lang_tag, page_label};
use super::document::{Block, Document, Meta, Signatory, Table};
use super::or_dash;

/// What the agreement document needs from the rest of the catalog.
#[derive(Debug, Clone, Default)]
pub struct DpaContext {
    /// The controller organisation.
    pub controller: Option<Organisation>,
    /// The processor organisation.
    pub processor: Option<Organisation>,
    /// The covered contracts: title and version.
    pub contracts: Vec<(String, String)>,
    /// The personal data the covered contracts' information sets carry.
    pub personal_data: PersonalData,
}

/// Every required item of the agreement that is missing, in document order.
pub fn preflight(agreement: &Agreement, ctx: &DpaContext) -> Vec<Gap> {
    let d = &agreement.draft;
    let blank = |text: &str| text.trim().is_empty();
    let mut gaps = Vec::new();
    for (party, org, details, prefix) in [
        (
            "controller",
            &ctx.controller,
            &d.controller_details,
            "controller_details",
        ),
        (
            "processor",
            &ctx.processor,
            &d.processor_details,
            "processor_details",
        ),
    ] {
        if org.is_none() {
            gaps.push(Gap::new(party, party));
        }
        if blank(&details.address) {
            gaps.push(Gap::new(
                &format!("{party}-address"),
                &format!("{prefix}.address"),
            ));
        }
        if blank(&details.contact) {
            gaps.push(Gap::new(
                &format!("{party}-contact"),
                &format!("{prefix}.contact"),
            ));
        }
    }
    for (text, item) in [
        (&d.subject_matter, "subject_matter"),
        (&d.duration, "duration"),
        (&d.nature_and_purpose, "nature_and_purpose"),
    ] {
        if blank(text) {
            gaps.push(Gap::new(&item.replace('_', "-"), item));
        }
    }
    if d.personal_data.iter().all(|c| blank(c)) {
        gaps.push(Gap::new("personal-data", "personal_data"));
    }
    if d.data_subjects.iter().all(|c| blank(c)) {
        gaps.push(Gap::new("data-subjects", "data_subjects"));
    }
    let p = ctx.personal_data;
    if (p.special_category || p.criminal_offence) && blank(&d.sensitive_data) {
        gaps.push(Gap::new("sensitive-data", "sensitive_data"));
    }
    if blank(&d.security_measures) {
        gaps.push(Gap::new("security-measures", "security_measures"));
    }
    let days = match d.sub_processor_authorisation {
        SubProcessorAuthorisation::Specific { days }
        | SubProcessorAuthorisation::General { days } => days,
    };
    if days == 0 {
        gaps.push(Gap::new(
            "authorisation-period",
            "sub_processor_authorisation.days",
        ));
    }
    for (index, sub) in d.sub_processors.iter().enumerate() {
        for (text, item) in [
            (&sub.name, "name"),
            (&sub.address, "address"),
            (&sub.contact, "contact"),
            (&sub.processing, "processing"),
        ] {
            if blank(text) {
                gaps.push(Gap {
                    item: format!("sub-processor-{item}"),
                    field: format!("sub_processors[{index}].{item}"),
                    number: Some(index + 1),
                });
            }
        }
    }
    gaps
}

/// The agreement as a document in the translator's language.
pub fn document<'a>(agreement: &Agreement, ctx: &DpaContext, t: &'a Translator) -> Document<'a> {
    let d = &agreement.draft;
    let gaps = preflight(agreement, ctx);
    let title = or_dash(&d.title);
    let mut blocks = vec![
        Block::Cover {
            kicker: t.t("dpa-kind"),
            title: title.clone(),
        },
        Block::Facts(vec![
            (t.t("dpa-controller"), party_line(&ctx.controller)),
            (t.t("dpa-processor"), party_line(&ctx.processor)),
            (t.t("dpa-agreement-id"), agreement.id.0.to_string()),
        ]),
    ];
    if !gaps.is_empty() {
        blocks.push(Block::Notice {
            title: t.t_with("dpa-draft-notice", &[("count", Arg::from(gaps.len()))]),
            items: gaps.iter().map(|gap| t.agreement_gap(gap)).collect(),
        });
    }
    blocks.push(Block::Paragraph(t.t("dpa-basis")));
    blocks.push(Block::Contents(t.t("pdf-contents")));
    clauses(&mut blocks, agreement, t);
    obligations(&mut blocks, t);
    annex_parties(&mut blocks, agreement, ctx, t);
    annex_processing(&mut blocks, agreement, ctx, t);
    blocks.push(Block::Section(t.t("dpa-annex-3")));
    blocks.push(Block::Paragraph(or_dash(&d.security_measures)));
    annex_sub_processors(&mut blocks, agreement, t);
    let controller = ctx
        .controller
        .as_ref()
        .map_or(String::new(), |o| o.draft.name.clone());
    Document {
        meta: Meta {
            title: title.clone(),
            author: or_dash(&controller),
            subject: t.t("dpa-kind"),
            lang: lang_tag(t),
        },
        running_header: t.t_with(
            "dpa-running-header",
            &[("title", Arg::from(title.as_str()))],
        ),
        draft_mark: (!gaps.is_empty()).then(|| t.t("pdf-draft")),
        page_label: page_label(t),
        blocks,
    }
}

fn party_line(org: &Option<Organisation>) -> String {
    org.as_ref().map_or_else(
        || or_dash(""),
        |o| format!("{} ({})", o.draft.name, o.draft.org_number),
    )
}

/// The clauses of Decision 2021/915: each named and incorporated, with the options chosen.
fn clauses(blocks: &mut Vec<Block>, agreement: &Agreement, t: &Translator) {
    let d = &agreement.draft;
    let incorporated = |clause: &str| {
        Block::Paragraph(t.t_with("dpa-incorporated", &[("clause", Arg::from(clause))]))
    };
    blocks.push(Block::Section(t.t("dpa-section-1")));
    for (number, id) in [
        ("1", "dpa-clause-1"),
        ("2", "dpa-clause-2"),
        ("3", "dpa-clause-3"),
        ("4", "dpa-clause-4"),
    ] {
        blocks.push(Block::Subsection(t.t(id)));
        blocks.push(incorporated(number));
    }
    blocks.push(Block::Subsection(t.t("dpa-clause-5")));
    blocks.push(Block::Paragraph(t.t(if d.docking_clause {
        "dpa-docking-included"
    } else {
        "dpa-docking-excluded"
    })));

    blocks.push(Block::Section(t.t("dpa-section-2")));
    blocks.push(Block::Subsection(t.t("dpa-clause-6")));
    blocks.push(incorporated("6"));
    blocks.push(Block::Paragraph(t.t("dpa-see-annex-2")));
    blocks.push(Block::Subsection(t.t("dpa-clause-7")));
    for (number, id) in [
        ("7.1", "dpa-clause-7-1"),
        ("7.2", "dpa-clause-7-2"),
        ("7.3", "dpa-clause-7-3"),
        ("7.4", "dpa-clause-7-4"),
        ("7.5", "dpa-clause-7-5"),
        ("7.6", "dpa-clause-7-6"),
    ] {
        blocks.push(Block::Facts(vec![(
            t.t(id),
            t.t_with("dpa-incorporated", &[("clause", Arg::from(number))]),
        )]));
    }
    let option = match d.sub_processor_authorisation {
        SubProcessorAuthorisation::Specific { days } => t.t_with(
            "dpa-option-specific",
            &[("days", Arg::from(usize::from(days)))],
        ),
        SubProcessorAuthorisation::General { days } => t.t_with(
            "dpa-option-general",
            &[("days", Arg::from(usize::from(days)))],
        ),
    };
    blocks.push(Block::Facts(vec![(t.t("dpa-clause-7-7"), option)]));
    let transfers = if d.transfers_outside_eea.trim().is_empty() {
        t.t("dpa-no-transfers")
    } else {
        d.transfers_outside_eea.clone()
    };
    blocks.push(Block::Facts(vec![(t.t("dpa-clause-7-8"), transfers)]));
    blocks.push(Block::Subsection(t.t("dpa-clause-8")));
    blocks.push(incorporated("8"));
    blocks.push(Block::Subsection(t.t("dpa-clause-9")));
    blocks.push(incorporated("9"));
    blocks.push(Block::Paragraph(t.t("dpa-see-annex-3")));

    blocks.push(Block::Section(t.t("dpa-section-3")));
    blocks.push(Block::Subsection(t.t("dpa-clause-10")));
    blocks.push(incorporated("10"));
}

/// Where each obligation of Art. 28(3) is met: the clauses and the annex, if any.
const OBLIGATIONS: [(&str, &str, Option<&str>); 9] = [
    ("a", "7.1, 7.8", None),
    ("b", "7.4", None),
    ("c", "7.4", Some("III")),
    ("d", "7.7", Some("IV")),
    ("e", "8", None),
    ("f", "8, 9", None),
    ("g", "7.3, 10", None),
    ("h", "7.6", None),
    ("infringing-instruction", "7.1", None),
];

fn obligations(blocks: &mut Vec<Block>, t: &Translator) {
    blocks.push(Block::Section(t.t("dpa-obligations")));
    blocks.push(Block::Paragraph(t.t("dpa-obligations-intro")));
    let rows = OBLIGATIONS
        .iter()
        .map(|(letter, clauses, annex)| {
            let point = if letter.len() == 1 {
                format!("28(3)({letter})")
            } else {
                "28(3)".to_owned()
            };
            vec![
                point,
                t.t(&format!("dpa-obligation-{letter}")),
                match annex {
                    Some(annex) => {
                        let annex = t.t_with("dpa-annex-ref", &[("annex", Arg::from(*annex))]);
                        format!("{clauses}, {annex}")
                    }
                    None => (*clauses).to_owned(),
                },
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            (t.t("dpa-article"), 0.16),
            (t.t("dpa-obligation"), 0.60),
            (t.t("dpa-where"), 0.24),
        ],
        rows,
        empty: String::new(),
    }));
}

fn annex_parties(blocks: &mut Vec<Block>, agreement: &Agreement, ctx: &DpaContext, t: &Translator) {
    let d = &agreement.draft;
    blocks.push(Block::Section(t.t("dpa-annex-1")));
    let mut signatories = Vec::new();
    for (role, org, details) in [
        (
            t.t("dpa-controller"),
            &ctx.controller,
            &d.controller_details,
        ),
        (t.t("dpa-processor"), &ctx.processor, &d.processor_details),
    ] {
        blocks.push(Block::Subsection(role.clone()));
        blocks.push(Block::Facts(party_facts(org, details, t)));
        signatories.push(Signatory {
            role,
            party: org
                .as_ref()
                .map_or_else(|| or_dash(""), |o| o.draft.name.clone()),
            lines: vec![
                t.t("pdf-sign-place-date"),
                t.t("pdf-sign-signature"),
                t.t("pdf-sign-name"),
            ],
        });
    }
    blocks.push(Block::Subsection(t.t("pdf-signatures-section")));
    blocks.push(Block::Signatures(signatories));
}

fn party_facts(
    org: &Option<Organisation>,
    details: &PartyDetails,
    t: &Translator,
) -> Vec<(String, String)> {
    let (name, number) = org.as_ref().map_or_else(
        || (String::new(), String::new()),
        |o| (o.draft.name.clone(), o.draft.org_number.clone()),
    );
    let dpo = if details.dpo.trim().is_empty() {
        t.t("dpa-no-dpo")
    } else {
        details.dpo.clone()
    };
    vec![
        (t.t("pdf-party-organisation"), or_dash(&name)),
        (t.t("pdf-party-org-number"), or_dash(&number)),
        (t.t("dpa-address"), or_dash(&details.address)),
        (t.t("dpa-contact"), or_dash(&details.contact)),
        (t.t("dpa-dpo"), dpo),
    ]
}

fn annex_processing(
    blocks: &mut Vec<Block>,
    agreement: &Agreement,
    ctx: &DpaContext,
    t: &Translator,
) {
    let d = &agreement.draft;
    let list = |items: &[String]| -> Block {
        let items: Vec<String> = items
            .iter()
            .filter(|i| !i.trim().is_empty())
            .cloned()
            .collect();
        if items.is_empty() {
            Block::Paragraph(or_dash(""))
        } else {
            Block::Bullets(items)
        }
    };
    blocks.push(Block::Section(t.t("dpa-annex-2")));
    blocks.push(Block::Subsection(t.t("dpa-data-subjects")));
    blocks.push(list(&d.data_subjects));
    blocks.push(Block::Subsection(t.t("dpa-personal-data")));
    blocks.push(list(&d.personal_data));
    blocks.push(Block::Subsection(t.t("dpa-sensitive-data")));
    let p = ctx.personal_data;
    let sensitive = if !d.sensitive_data.trim().is_empty() {
        d.sensitive_data.clone()
    } else if p.special_category || p.criminal_offence {
        or_dash("")
    } else {
        t.t("dpa-no-sensitive-data")
    };
    blocks.push(Block::Paragraph(sensitive));
    blocks.push(Block::Facts(vec![
        (t.t("dpa-subject-matter"), or_dash(&d.subject_matter)),
        (t.t("dpa-nature-purpose"), or_dash(&d.nature_and_purpose)),
        (t.t("dpa-duration"), or_dash(&d.duration)),
    ]));
    blocks.push(Block::Subsection(t.t("dpa-covered-contracts")));
    let contracts: Vec<String> = ctx
        .contracts
        .iter()
        .map(|(title, version)| format!("{title} ({version})"))
        .collect();
    if contracts.is_empty() {
        blocks.push(Block::Paragraph(t.t("dpa-no-contracts")));
    } else {
        blocks.push(Block::Bullets(contracts));
    }
}

fn annex_sub_processors(blocks: &mut Vec<Block>, agreement: &Agreement, t: &Translator) {
    let d = &agreement.draft;
    blocks.push(Block::Section(t.t("dpa-annex-4")));
    let intro = match d.sub_processor_authorisation {
        SubProcessorAuthorisation::Specific { .. } => "dpa-annex-4-specific",
        SubProcessorAuthorisation::General { .. } => "dpa-annex-4-general",
    };
    blocks.push(Block::Paragraph(t.t(intro)));
    let rows = d
        .sub_processors
        .iter()
        .map(|s| {
            vec![
                or_dash(&s.name),
                or_dash(&s.address),
                or_dash(&s.contact),
                or_dash(&s.processing),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        columns: vec![
            (t.t("dpa-sub-name"), 0.22),
            (t.t("dpa-address"), 0.24),
            (t.t("dpa-contact"), 0.24),
            (t.t("dpa-sub-processing"), 0.30),
        ],
        rows,
        empty: t.t("dpa-no-sub-processors"),
    }));
}
