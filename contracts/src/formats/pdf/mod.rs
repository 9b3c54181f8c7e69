//! PDF exports: the information contract and the data processing agreement (GDPR Art. 28),
//! in English, bokmål, nynorsk or Swedish, as PDF/A-2b.
//!
//! - [`typeset`]: fonts (DejaVu, embedded and subset), metrics, wrapping, drawing.
//! - [`document`]: blocks → pages (contents, repeated table headers, running header, page X
//!   of Y, draft mark).
//! - [`archive`]: PDF/A-2b completion (XMP, output intent, language, id, outline).
//! - [`contract`] and [`dpa`]: what each document says, built from the catalog.
//!
//! The output is deterministic: no clock is read; subset tags and the file id derive from the
//! content, so the same catalog gives the same bytes.

mod archive;
mod contract;
mod document;
pub mod dpa;
mod report;
mod typeset;

use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};

use crate::i18n::Translator;
use crate::model::{Agreement, Contract, Lang};

pub use dpa::{preflight, DpaContext};

use super::Context;
use document::Document;
use typeset::{fnv, Fonts, Styles, FNV_START};

/// Why a document could not be rendered as PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font could not be parsed.
    #[error("the bundled font {0} could not be parsed")]
    Font(&'static str),
    /// The finished document could not be serialized.
    #[error("the PDF document could not be written: {0}")]
    Write(String),
}

/// Renders the information-contract document of `contract` in `lang`.
pub fn contract_pdf(
    contract: &Contract,
    context: &Context,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    let t = Translator::new(lang);
    render(contract::document(contract, context, &t))
}

/// Renders the data processing agreement `agreement` in `lang`. When the preflight finds
/// gaps, every page says DRAFT and the document lists what is missing.
pub fn dpa_pdf(
    agreement: &Agreement,
    context: &DpaContext,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    let t = Translator::new(lang);
    render(dpa::document(agreement, context, &t))
}

/// Renders a catalog-wide report in `report`'s language (`lang`); `catalog` names the catalog
/// in the running header.
pub fn report_pdf(
    report: &crate::wire::Report,
    catalog: &str,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    let t = Translator::new(lang);
    render(report::document(report, catalog, &t))
}

/// Composes `doc`, embeds its fonts and finishes it as PDF/A-2b.
fn render(doc: Document) -> Result<Vec<u8>, PdfError> {
    let seed = fingerprint(&doc);
    let fonts = Fonts::load(seed)?;
    let styles = Styles::new(&fonts);
    let composed = document::compose(&doc, &styles);
    let mut pdf = PdfDocument::new(&doc.meta.title);
    fonts.register(&mut pdf);
    let a4 = |ops| PdfPage::new(Mm(210.0), Mm(297.0), ops);
    pdf.with_pages(composed.pages.into_iter().map(a4).collect());
    let lopdf = pdf.to_lopdf_document(&PdfSaveOptions::default(), &mut Vec::new());
    archive::finish(lopdf, &doc.meta, &composed.headings, seed)
}

/// A hash of everything the document shows (strings separated by a byte UTF-8 never uses).
fn fingerprint(doc: &Document) -> u64 {
    let mut h = FNV_START;
    let mut add = |text: &str| h = fnv(fnv(h, text.as_bytes()), &[0xff]);
    add(&doc.meta.title);
    add(&doc.meta.author);
    add(&doc.meta.subject);
    add(doc.meta.lang);
    add(&doc.running_header);
    add(doc.draft_mark.as_deref().unwrap_or(""));
    add(&format!("{:?}", doc.blocks));
    h
}

/// The stable (serde) name of an enum value, for building its message id.
fn value_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// `text`, or the empty placeholder when it is blank, so nothing is silently blank.
fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        typeset::EMPTY.to_owned()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests;
