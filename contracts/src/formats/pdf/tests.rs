//! The PDFs read back by independent tools: qpdf (structure), pdffonts (embedded subsets),
//! pdftotext (exact text and word boxes inside the margins), qpdf's JSON (the outline) and
//! pikepdf's PDF/A checker (PDF/A-2b). Files are kept under `target/pdf-tests/` to look at.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::*;
use crate::formats::pdf::document::compose;
use crate::model::{
    AgreementDraft, AgreementId, ContractDraft, ContractId, Field, FieldType, Lang, SubProcessor,
    SubProcessorAuthorisation,
};
use crate::store::Catalog;

const LANGS: [Lang; 4] = [Lang::En, Lang::Nb, Lang::Nn, Lang::Sv];

fn field(name: &str, field_type: FieldType, required: bool, description: &str) -> Field {
    Field {
        name: name.into(),
        field_type,
        required,
        description: description.into(),
    }
}

/// A contract with Nordic and Sámi letters and no catalog context.
fn sample() -> Contract {
    Contract {
        id: ContractId(42),
        draft: ContractDraft {
            title: "Elevregister – skoleadministrasjon (Ørebro/Ålesund)".into(),
            description: "Kontrakten gjelder overføring av elevdata.\n\n\
                Svenska: Uppgifterna får endast användas för skolans administration.\n\
                Sámi: Ovttasbargu čállojuvvo đ ŋ š ŧ ž á; Nordic: æ ø å ä ö ü"
                .into(),
            owner: "Åse Bjørnstad".into(),
            provider_system: "Elevregisteret".into(),
            consumer_system: "Skoleadministrasjon Ørebro".into(),
            version: "1.2.0".into(),
            fields: vec![
                field("elevId", FieldType::String, true, ""),
                field("fødselsdato", FieldType::Date, false, ""),
            ],
            ..ContractDraft::default()
        },
        state: Default::default(),
    }
}

/// The demo catalog, created once per test in a scratch folder.
fn demo() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let catalog = crate::app::catalog::create(&dir.path().join("demo.datapakt"), true).unwrap();
    (dir, catalog)
}

/// Writes under `target/pdf-tests/`, where people can look at the pages afterwards.
fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/pdf-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(tool: &str, args: &[&str]) -> Output {
    match Command::new(tool).args(args).output() {
        Ok(output) => output,
        Err(e) => panic!(
            "could not run `{tool}` ({e}): install poppler-utils and qpdf (`cargo xtask test` does)"
        ),
    }
}

/// The standard output of a successful `tool args…`.
fn stdout(tool: &str, args: &[&str]) -> String {
    let output = run(tool, args);
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The text pdftotext extracts (pages `first..=last` when given), whitespace collapsed.
fn text_of(path: &Path, pages: Option<usize>) -> String {
    let page = pages.map(|p| p.to_string());
    let mut args = vec!["-enc", "UTF-8"];
    if let Some(page) = &page {
        args.extend(["-f", page, "-l", page]);
    }
    args.extend([arg(path), "-"]);
    let text = stdout("pdftotext", &args);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_count(path: &Path) -> usize {
    let info = stdout("pdfinfo", &[arg(path)]);
    let pages = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap();
    pages.trim().parse().unwrap()
}

fn assert_qpdf_clean(path: &Path) {
    let output = run("qpdf", &["--check", arg(path)]);
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && report.contains("No syntax or stream encoding errors"),
        "qpdf --check failed for {}:\n{report}{}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every font embedded, subset (six-letter tag) and with a Unicode map.
fn assert_fonts_embedded_and_subset(path: &Path) {
    let fonts = stdout("pdffonts", &[arg(path)]);
    let rows: Vec<Vec<&str>> = fonts
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let (name, flags) = (row[0], &row[row.len() - 5..row.len() - 2]);
        assert_eq!(flags, ["yes", "yes", "yes"], "{}:\n{fonts}", path.display());
        let (tag, base) = name.split_once('+').unwrap();
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{name}"
        );
        assert!(base.starts_with("DejaVuSans"), "{name}");
    }
}

/// Every word's box from `pdftotext -bbox` lies inside the page, 14 pt from each edge, and
/// the body text inside the side margins.
fn assert_words_inside_margins(path: &Path) {
    let html = stdout("pdftotext", &["-bbox", arg(path), "-"]);
    let number = |line: &str, key: &str| -> f32 {
        let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    let mut words = 0;
    for line in html.lines().filter(|l| l.trim_start().starts_with("<word")) {
        words += 1;
        let (x0, y0, x1, y1) = (
            number(line, "xMin"),
            number(line, "yMin"),
            number(line, "xMax"),
            number(line, "yMax"),
        );
        let inside = x0 >= typeset::MARGIN - 0.5
            && x1 <= typeset::PAGE_W - typeset::MARGIN + 0.5
            && y0 >= 14.0
            && y1 <= typeset::PAGE_H - 14.0;
        assert!(
            inside,
            "{}: word outside the margins: {line}",
            path.display()
        );
    }
    assert!(words > 20, "only {words} words in {}", path.display());
}

/// pikepdf's PDF/A checker, installed by `cargo xtask test` under `target/validators/pdfa`,
/// run once over `paths`; returns its findings per file.
fn assert_pdfa_2b(paths: &[PathBuf]) {
    let dir = std::env::var_os("DATAPAKT_VALIDATORS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/validators"))
        .join("pdfa");
    assert!(
        dir.join("pikepdf/pdfa").exists(),
        "pikepdf[pdfa] is missing under {}: run `cargo xtask test`, which installs it",
        dir.display()
    );
    let script = "import sys\n\
        sys.path.insert(0, sys.argv[1])\n\
        import pikepdf.pdfa as pdfa\n\
        bad = 0\n\
        for f in sys.argv[2:]:\n\
        \x20   report = pdfa.validate_written(f, '2b')\n\
        \x20   if report.findings:\n\
        \x20       bad += 1\n\
        \x20       print(f, report.findings)\n\
        sys.exit(1 if bad else 0)\n";
    let mut command = Command::new("python3");
    command.args(["-c", script]).arg(&dir).args(paths);
    let output = command.output().expect("python3 runs");
    assert!(
        output.status.success(),
        "PDF/A-2b findings:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The outline's titles and target pages (from 1), from qpdf's JSON.
fn outline(path: &Path) -> Vec<(String, usize)> {
    let json: serde_json::Value = serde_json::from_str(&stdout(
        "qpdf",
        &["--json", "--json-key=outlines", arg(path)],
    ))
    .unwrap();
    fn walk(items: &serde_json::Value, out: &mut Vec<(String, usize)>) {
        for item in items.as_array().into_iter().flatten() {
            let title = item["title"].as_str().unwrap_or_default().to_owned();
            let page = item["destpageposfrom1"].as_u64().unwrap_or(0) as usize;
            out.push((title, page));
            walk(&item["kids"], out);
        }
    }
    let mut out = Vec::new();
    walk(&json["outlines"], &mut out);
    out
}

/// Every heading appears in the outline in order, pointing at the page that shows it.
fn assert_outline_matches_pages(path: &Path, headings: &[String]) {
    let entries = outline(path);
    let titles: Vec<&String> = entries.iter().map(|(t, _)| t).collect();
    assert_eq!(
        titles,
        headings.iter().collect::<Vec<_>>(),
        "{}",
        path.display()
    );
    for (title, page) in entries {
        let text = text_of(path, Some(page));
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            text.contains(&title),
            "{title:?} is not on page {page} of {}",
            path.display()
        );
    }
}

fn headings_of(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            document::Block::Section(t) | document::Block::Subsection(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_demo_contract_and_agreement_in_every_language_passes_every_checker() {
    let (_dir, catalog) = demo();
    let mut written = Vec::new();
    for summary in catalog.list_contracts().unwrap() {
        let contract = catalog.contract(summary.id).unwrap();
        let context = crate::app::export_context(&catalog, &contract).unwrap();
        for lang in LANGS {
            let t = Translator::new(lang);
            let name = format!("contract-{}-{}.pdf", contract.id, lang.tag());
            let path = write_pdf(&name, &contract_pdf(&contract, &context, lang).unwrap());
            let text = text_of(&path, None);
            let mut expected = vec![contract.draft.title.clone(), contract.draft.owner.clone()];
            for party in &context.parties {
                expected.push(party.system.clone());
                if let Some(org) = &party.organisation {
                    expected.extend([org.draft.name.clone(), org.draft.org_number.clone()]);
                }
            }
            for set in &context.sets {
                contract::flatten(&set.draft.fields, "", &mut |path, _| {
                    expected.push(path.to_owned())
                });
            }
            // The changelog: every change of every version, judged.
            for entry in &context.changelog {
                for assessed in &entry.assessment.changes {
                    expected.push(crate::i18n::versions::judged_line(&t, assessed));
                }
            }
            let doc = contract::document(&contract, &context, &t);
            expected.extend(headings_of(&doc));
            for needle in expected {
                let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    text.contains(&needle),
                    "{needle:?} missing from {name}:\n{text}"
                );
            }
            let pages = page_count(&path);
            let last = t.t_with(
                "pdf-page",
                &[("page", pages.into()), ("pages", pages.into())],
            );
            assert!(text.contains(&last), "{last:?} missing from {name}");
            assert_outline_matches_pages(&path, &headings_of(&doc));
            written.push(path);
        }
    }
    for agreement in catalog.agreements().unwrap() {
        let context = crate::app::dpa_context(&catalog, &agreement).unwrap();
        for lang in LANGS {
            let t = Translator::new(lang);
            let name = format!("dpa-{}-{}.pdf", agreement.id.0, lang.tag());
            let path = write_pdf(&name, &dpa_pdf(&agreement, &context, lang).unwrap());
            let text = text_of(&path, None);
            let doc = dpa::document(&agreement, &context, &t);
            let mut expected = headings_of(&doc);
            for org in [&context.controller, &context.processor]
                .into_iter()
                .flatten()
            {
                expected.extend([org.draft.name.clone(), org.draft.org_number.clone()]);
            }
            for needle in expected {
                let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    text.contains(&needle),
                    "{needle:?} missing from {name}:\n{text}"
                );
            }
            assert_outline_matches_pages(&path, &headings_of(&doc));
            written.push(path);
        }
    }
    for path in &written {
        assert_qpdf_clean(path);
        assert_fonts_embedded_and_subset(path);
        assert_words_inside_margins(path);
        let info = stdout("pdfinfo", &["-enc", "UTF-8", arg(path)]);
        assert!(info.contains("Title:") && info.contains("Author:") && info.contains("Subject:"));
    }
    assert_pdfa_2b(&written);
}

#[test]
fn nordic_and_sami_letters_print_and_copy_out_exactly() {
    let path = write_pdf(
        "letters.pdf",
        &contract_pdf(&sample(), &Context::default(), Lang::Nb).unwrap(),
    );
    let text = text_of(&path, None);
    for expected in [
        "Elevregister – skoleadministrasjon (Ørebro/Ålesund)",
        "Åse Bjørnstad",
        "Sámi: Ovttasbargu čállojuvvo đ ŋ š ŧ ž á; Nordic: æ ø å ä ö ü",
        "fødselsdato",
        "Informasjonskontrakt",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let info = stdout("pdfinfo", &["-enc", "UTF-8", arg(&path)]);
    assert!(
        info.contains("Title:           Elevregister – skoleadministrasjon (Ørebro/Ålesund)"),
        "{info}"
    );
    assert!(info.contains("Author:          Åse Bjørnstad"), "{info}");
}

/// 300 fields and a 100 kB description, with overlong words.
fn large() -> (Contract, Context) {
    let mut contract = sample();
    let paragraph = "Dette avsnittet gjentas for å lage en svært lang beskrivelse med æ, ø og å. ";
    contract.draft.description = paragraph.repeat(1_300) + &"x".repeat(3_000);
    contract.draft.title = format!("{} {}", contract.draft.title.repeat(4), "Ø".repeat(400));
    let mut set = crate::model::InformationSetDraft {
        name: "Stor mengde".into(),
        ..Default::default()
    };
    set.fields = (0..300)
        .map(|i| crate::model::SchemaField {
            name: if i == 10 {
                "a".repeat(200)
            } else {
                format!("field{i}")
            },
            description: "Beskrivelse. ".repeat(i % 9),
            required: i % 2 == 0,
            ..Default::default()
        })
        .collect();
    let context = Context {
        sets: vec![crate::model::InformationSet {
            id: crate::model::InformationSetId(1),
            draft: set,
        }],
        ..Context::default()
    };
    (contract, context)
}

#[test]
fn a_large_contract_flows_over_pages_with_its_table_header_repeated() {
    let (contract, context) = large();
    let path = write_pdf(
        "large.pdf",
        &contract_pdf(&contract, &context, Lang::En).unwrap(),
    );
    assert_qpdf_clean(&path);
    assert_words_inside_margins(&path);
    let pages = page_count(&path);
    assert!(pages >= 10, "only {pages} pages");
    let text = text_of(&path, None);
    assert!(text.contains("field299"));
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    let headers = text
        .matches("Field Type Required Classification Personal data")
        .count();
    assert!(headers >= 3, "table header repeated only {headers} times");
    assert_pdfa_2b(&[path]);
}

#[test]
fn an_empty_contract_says_so_instead_of_leaving_blanks() {
    let contract = Contract {
        id: ContractId(0),
        draft: ContractDraft::default(),
        state: Default::default(),
    };
    let path = write_pdf(
        "empty.pdf",
        &contract_pdf(&contract, &Context::default(), Lang::En).unwrap(),
    );
    assert_qpdf_clean(&path);
    let text = text_of(&path, None);
    for expected in [
        "Information contract —",
        "No fields.",
        "No integration is linked",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from {text}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let mut contract = sample();
    contract.draft.title = "\t\u{0}Tittel\r\nmed 😀, 漢字, שלום og e\u{301}\u{200d}".into();
    contract.draft.description = "\r\n\n   \u{7}\u{2028}".repeat(50) + &"ÅÄÖ".repeat(20_000);
    contract.draft.fields[0].name = String::new();
    let path = write_pdf(
        "odd.pdf",
        &contract_pdf(&contract, &Context::default(), Lang::Sv).unwrap(),
    );
    assert_qpdf_clean(&path);
    assert!(text_of(&path, None).contains("Tittel"));
}

#[test]
fn output_is_deterministic() {
    let render = |c: &Contract| contract_pdf(c, &Context::default(), Lang::En).unwrap();
    let first = render(&sample());
    for _ in 0..8 {
        let again = render(&sample());
        if again != first {
            write_pdf("nondeterministic-1.pdf", &first);
            write_pdf("nondeterministic-2.pdf", &again);
        }
        assert!(again == first, "two exports of the same contract differ");
    }
    let mut changed = sample();
    changed.draft.version = "1.2.1".into();
    assert!(render(&changed) != first);
}

#[test]
fn the_contents_give_each_headings_page() {
    let (contract, context) = large();
    let t = Translator::new(Lang::En);
    let doc = contract::document(&contract, &context, &t);
    let fonts = typeset::Fonts::load(0).unwrap();
    let composed = compose(&doc, &typeset::Styles::new(&fonts));
    let pages: Vec<usize> = composed.headings.iter().map(|h| h.page).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert!(
        *pages.last().unwrap() >= 9,
        "the last sections follow the long table"
    );
    let path = write_pdf(
        "large-toc.pdf",
        &contract_pdf(&contract, &context, Lang::En).unwrap(),
    );
    let contents = stdout(
        "pdftotext",
        &["-layout", "-f", "1", "-l", "2", arg(&path), "-"],
    );
    for heading in &composed.headings {
        let entry = contents
            .lines()
            .find(|line| line.trim_start().starts_with(&heading.title))
            .unwrap_or_else(|| panic!("{:?} missing from the contents", heading.title));
        let number = entry.split_whitespace().last().unwrap();
        assert_eq!(number, (heading.page + 1).to_string(), "{entry}");
    }
}

// ---------------------------------------------------------------------------------------------
// The data processing agreement

/// An agreement with every required item, a sub-processor and general authorisation.
fn complete_agreement() -> (Agreement, DpaContext) {
    let org = |name: &str, number: &str| crate::model::Organisation {
        id: crate::model::OrganisationId(1),
        draft: crate::model::OrganisationDraft {
            name: name.into(),
            country: crate::model::Country::Norway,
            org_number: number.into(),
        },
    };
    let details = |address: &str, contact: &str| crate::model::PartyDetails {
        address: address.into(),
        contact: contact.into(),
        dpo: String::new(),
    };
    let agreement = Agreement {
        id: AgreementId(7),
        draft: AgreementDraft {
            title: "Databehandleravtale – Sámi giella".into(),
            controller_details: details("Rådhusgata 1, 9730 Karasjok", "Áile Ŋuolga, rådgiver"),
            processor_details: details("Storgata 2, 0155 Oslo", "Per Ødegård, driftssjef"),
            subject_matter: "Drift av fagsystem.".into(),
            duration: "Avtaleperioden.".into(),
            nature_and_purpose: "Lagring og oppslag.".into(),
            personal_data: vec!["Navn".into()],
            data_subjects: vec!["Innbyggere".into()],
            security_measures: "Kryptering i transitt og ved lagring; tilgangslogg.".into(),
            sub_processor_authorisation: SubProcessorAuthorisation::General { days: 30 },
            sub_processors: vec![SubProcessor {
                name: "Skyleverandør Sverige AB".into(),
                address: "Kungsgatan 3, Stockholm".into(),
                contact: "Märta Åström".into(),
                processing: "Drift av servere i Sverige.".into(),
            }],
            ..AgreementDraft::default()
        },
    };
    let context = DpaContext {
        controller: Some(org("Kárášjoga gielda", "964 949 204")),
        processor: Some(org("Eksempel Drift AS", "920 000 037")),
        contracts: vec![("Folkeregister til sak".into(), "2.0.1".into())],
        personal_data: Default::default(),
    };
    (agreement, context)
}

#[test]
fn a_complete_agreement_has_no_gaps_and_no_draft_mark() {
    let (agreement, context) = complete_agreement();
    assert_eq!(preflight(&agreement, &context), []);
    let path = write_pdf(
        "dpa-complete.pdf",
        &dpa_pdf(&agreement, &context, Lang::En).unwrap(),
    );
    let text = text_of(&path, None);
    assert!(!text.contains("DRAFT"), "{text}");
    for expected in [
        "Kárášjoga gielda",
        "Áile Ŋuolga, rådgiver",
        "Skyleverandør Sverige AB",
        "Option 2, general written authorisation",
        "at least 30 days in advance",
        "Commission Implementing Decision (EU) 2021/915",
        "28(3)(h)",
        "Annex IV – List of sub-processors",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    assert_pdfa_2b(&[path]);
}

#[test]
fn every_art_28_3_obligation_is_in_the_agreement() {
    let (agreement, context) = complete_agreement();
    let path = write_pdf(
        "dpa-obligations.pdf",
        &dpa_pdf(&agreement, &context, Lang::Sv).unwrap(),
    );
    let text = text_of(&path, None);
    for letter in ["a", "b", "c", "d", "e", "f", "g", "h"] {
        assert!(
            text.contains(&format!("28(3)({letter})")),
            "28(3)({letter}) missing"
        );
    }
    let t = Translator::new(Lang::Sv);
    for clause in 1..=10 {
        let heading = t.t(&format!("dpa-clause-{clause}"));
        assert!(text.contains(&heading), "{heading:?} missing from:\n{text}");
    }
}

#[test]
fn each_missing_item_is_a_gap_naming_its_input() {
    let (complete, context) = complete_agreement();
    let cases: Vec<(&str, Box<dyn Fn(&mut Agreement, &mut DpaContext)>)> = vec![
        ("controller", Box::new(|_, c| c.controller = None)),
        ("processor", Box::new(|_, c| c.processor = None)),
        (
            "controller_details.address",
            Box::new(|a, _| a.draft.controller_details.address.clear()),
        ),
        (
            "controller_details.contact",
            Box::new(|a, _| a.draft.controller_details.contact.clear()),
        ),
        (
            "processor_details.address",
            Box::new(|a, _| a.draft.processor_details.address.clear()),
        ),
        (
            "processor_details.contact",
            Box::new(|a, _| a.draft.processor_details.contact = " ".into()),
        ),
        (
            "subject_matter",
            Box::new(|a, _| a.draft.subject_matter.clear()),
        ),
        ("duration", Box::new(|a, _| a.draft.duration.clear())),
        (
            "nature_and_purpose",
            Box::new(|a, _| a.draft.nature_and_purpose.clear()),
        ),
        (
            "personal_data",
            Box::new(|a, _| a.draft.personal_data = vec![" ".into()]),
        ),
        (
            "data_subjects",
            Box::new(|a, _| a.draft.data_subjects.clear()),
        ),
        (
            "security_measures",
            Box::new(|a, _| a.draft.security_measures.clear()),
        ),
        (
            "sensitive_data",
            Box::new(|_, c| c.personal_data.special_category = true),
        ),
        (
            "sub_processor_authorisation.days",
            Box::new(|a, _| {
                a.draft.sub_processor_authorisation =
                    SubProcessorAuthorisation::Specific { days: 0 }
            }),
        ),
        (
            "sub_processors[0].address",
            Box::new(|a, _| a.draft.sub_processors[0].address.clear()),
        ),
        (
            "sub_processors[0].processing",
            Box::new(|a, _| a.draft.sub_processors[0].processing.clear()),
        ),
    ];
    let t = Translator::new(Lang::Nb);
    for (field, break_it) in cases {
        let (mut agreement, mut ctx) = (complete.clone(), context.clone());
        break_it(&mut agreement, &mut ctx);
        let gaps = preflight(&agreement, &ctx);
        assert_eq!(gaps.len(), 1, "{field}: {gaps:?}");
        assert_eq!(gaps[0].field, field);
        let words = t.agreement_gap(&gaps[0]);
        assert!(
            !words.starts_with("dpa-gap-"),
            "{field} has no message: {words}"
        );
    }
    // Sensitive data described: no gap.
    let (mut agreement, mut ctx) = (complete, context);
    ctx.personal_data.criminal_offence = true;
    agreement.draft.sensitive_data = "Ingen utover det avtalte; pseudonymisert.".into();
    assert_eq!(preflight(&agreement, &ctx), []);
}

#[test]
fn an_agreement_with_gaps_says_draft_on_every_page_and_lists_them() {
    let (mut agreement, context) = complete_agreement();
    agreement.draft.security_measures.clear();
    agreement.draft.processor_details.address.clear();
    agreement.draft.sub_processors = (0..40)
        .map(|i| SubProcessor {
            name: format!("Underleverandør {i}"),
            address: "Gate 1".into(),
            contact: "Kontakt".into(),
            processing: "Behandling ".repeat(30),
        })
        .collect();
    for lang in [Lang::En, Lang::Nb, Lang::Sv] {
        let t = Translator::new(lang);
        let path = write_pdf(
            &format!("dpa-draft-{}.pdf", lang.tag()),
            &dpa_pdf(&agreement, &context, lang).unwrap(),
        );
        let pages = page_count(&path);
        assert!(pages >= 4, "{pages}");
        let mark = t.t("pdf-draft");
        for page in 1..=pages {
            assert!(
                text_of(&path, Some(page)).contains(&mark),
                "page {page} lacks {mark}"
            );
        }
        let text = text_of(&path, None);
        for gap in preflight(&agreement, &context) {
            assert!(text.contains(&t.agreement_gap(&gap)), "{gap:?} not listed");
        }
        assert_words_inside_margins(&path);
    }
}
