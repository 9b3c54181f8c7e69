//! Finishes a composed document as PDF/A-2b, the archival format records systems (Noark 5,
//! e-arkiv) keep signed agreements in. printpdf writes the pages and fonts; this module adds
//! on the lopdf document what PDF/A needs and printpdf does not write: XMP metadata with the
//! `pdfaid` schema consistent with the document information dictionary, an sRGB output
//! intent, the document language, a file identifier, and a nested outline (bookmarks) to every
//! section. Nothing reads the clock, so the same input gives the same bytes.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::document::{Heading, Meta};
use super::PdfError;

/// The software named as creator and producer.
const PRODUCER: &str = "Datapakt";

/// Completes `pdf` (as printpdf left it) and serializes it. `seed` derives the file id.
pub fn finish(
    mut pdf: Document,
    meta: &Meta,
    headings: &[Heading],
    seed: u64,
) -> Result<Vec<u8>, PdfError> {
    let write = |e: lopdf::Error| PdfError::Write(e.to_string());
    set_file_id(&mut pdf, seed);
    set_info(&mut pdf, meta);
    let metadata = pdf.add_object(
        Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            xmp(meta).into_bytes(),
        )
        .with_compression(false),
    );
    let intent = output_intent(&mut pdf)?;
    let outline = outline(&mut pdf, headings);
    let catalog = pdf.catalog_mut().map_err(write)?;
    catalog.set("Metadata", Object::Reference(metadata));
    catalog.set("OutputIntents", Object::Array(vec![intent]));
    catalog.set("Lang", Object::string_literal(meta.lang));
    if let Some(outline) = outline {
        catalog.set("Outlines", Object::Reference(outline));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    drop_empty_shadings(&mut pdf);
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

/// The trailer's `/ID`: two equal strings derived from the content.
fn set_file_id(pdf: &mut Document, seed: u64) {
    let id: Vec<u8> = [
        super::typeset::fnv(seed, b"id/1"),
        super::typeset::fnv(seed, b"id/2"),
    ]
    .iter()
    .flat_map(|half| half.to_be_bytes())
    .collect();
    let id = Object::String(id, StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
}

/// The document information dictionary, holding exactly what the XMP packet holds.
fn set_info(pdf: &mut Document, meta: &Meta) {
    let info = dictionary! {
        "Title" => lopdf::text_string(&meta.title),
        "Author" => lopdf::text_string(&meta.author),
        "Subject" => lopdf::text_string(&meta.subject),
        "Creator" => lopdf::text_string(PRODUCER),
        "Producer" => lopdf::text_string(PRODUCER),
    };
    match pdf.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            pdf.objects.insert(id, Object::Dictionary(info));
        }
        Err(_) => {
            let id = pdf.add_object(info);
            pdf.trailer.set("Info", Object::Reference(id));
        }
    }
}

/// The XMP packet: PDF/A-2b identification, title, author, subject, language and tools.
fn xmp(meta: &Meta) -> String {
    let title = escape(&meta.title);
    let author = escape(&meta.author);
    let subject = escape(&meta.subject);
    let lang = escape(meta.lang);
    format!(
        r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{PRODUCER}</pdf:Producer>
   <xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#
    )
}

/// Escapes text for XML content.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // XML 1.0 cannot carry other control characters.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The sRGB output intent, with an ICC profile generated by moxcms.
fn output_intent(pdf: &mut Document) -> Result<Object, PdfError> {
    let icc = srgb_profile()?;
    let profile = pdf.add_object(Stream::new(dictionary! { "N" => 3 }, icc));
    Ok(Object::Dictionary(dictionary! {
        "Type" => "OutputIntent",
        "S" => "GTS_PDFA1",
        "OutputConditionIdentifier" => Object::string_literal("sRGB IEC61966-2.1"),
        "Info" => Object::string_literal("sRGB IEC61966-2.1"),
        "DestOutputProfile" => Object::Reference(profile),
    }))
}

/// The outline: one item per section, its subsections nested under it, each opening its
/// page at the heading.
fn outline(pdf: &mut Document, headings: &[Heading]) -> Option<ObjectId> {
    if headings.is_empty() {
        return None;
    }
    let pages: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let root = pdf.new_object_id();
    // Item ids first, so that siblings and parents can refer to each other.
    let ids: Vec<ObjectId> = headings.iter().map(|_| pdf.new_object_id()).collect();
    let mut items: Vec<Dictionary> = Vec::with_capacity(headings.len());
    let parent_of = |index: usize| -> Option<usize> {
        (headings[index].level > 1)
            .then(|| (0..index).rev().find(|&i| headings[i].level == 1))
            .flatten()
    };
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..headings.len())
            .filter(|&i| parent_of(i) == parent)
            .collect()
    };
    for (index, heading) in headings.iter().enumerate() {
        let page = pages.get(heading.page).or(pages.last())?;
        let mut item = dictionary! {
            "Title" => lopdf::text_string(&heading.title),
            "Dest" => vec![
                Object::Reference(*page),
                "XYZ".into(),
                Object::Null,
                Object::Real(heading.y + 4.0),
                Object::Null,
            ],
        };
        let parent = parent_of(index);
        item.set("Parent", Object::Reference(parent.map_or(root, |p| ids[p])));
        let siblings = children(parent);
        let position = siblings.iter().position(|&i| i == index)?;
        if position > 0 {
            item.set("Prev", Object::Reference(ids[siblings[position - 1]]));
        }
        if let Some(&next) = siblings.get(position + 1) {
            item.set("Next", Object::Reference(ids[next]));
        }
        let own = children(Some(index));
        if let (Some(&first), Some(&last)) = (own.first(), own.last()) {
            item.set("First", Object::Reference(ids[first]));
            item.set("Last", Object::Reference(ids[last]));
            item.set("Count", Object::Integer(own.len() as i64));
        }
        items.push(item);
    }
    let top = children(None);
    let (first, last) = (*top.first()?, *top.last()?);
    for (id, item) in ids.iter().zip(items) {
        pdf.objects.insert(*id, Object::Dictionary(item));
    }
    pdf.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Outlines",
            "First" => Object::Reference(ids[first]),
            "Last" => Object::Reference(ids[last]),
            "Count" => Object::Integer(top.len() as i64),
        }),
    );
    Some(root)
}

/// An sRGB ICC profile whose creation time is fixed (moxcms would take the clock's), so that
/// the same catalog gives the same bytes.
fn srgb_profile() -> Result<Vec<u8>, PdfError> {
    let mut srgb = moxcms::ColorProfile::new_srgb();
    srgb.creation_date_time = moxcms::ColorDateTime {
        year: 2000,
        month: 1,
        day_of_the_month: 1,
        hours: 0,
        minutes: 0,
        seconds: 0,
    };
    srgb.encode()
        .map_err(|e| PdfError::Write(format!("the sRGB profile could not be encoded: {e:?}")))
}

/// printpdf writes an empty `/Shading` resource dictionary (inline or as an object), which
/// PDF/A checkers refuse as unsupported.
fn drop_empty_shadings(pdf: &mut Document) {
    let empty_objects: std::collections::HashSet<ObjectId> = pdf
        .objects
        .iter()
        .filter(|(_, object)| matches!(object, Object::Dictionary(d) if d.is_empty()))
        .map(|(id, _)| *id)
        .collect();
    let strip = |dict: &mut Dictionary| {
        let empty = match dict.get(b"Shading") {
            Ok(Object::Dictionary(d)) => d.is_empty(),
            Ok(Object::Reference(id)) => empty_objects.contains(id),
            _ => false,
        };
        if empty {
            dict.remove(b"Shading");
        }
    };
    for object in pdf.objects.values_mut() {
        match object {
            Object::Dictionary(dict) => {
                strip(dict);
                if let Ok(Object::Dictionary(resources)) = dict.get_mut(b"Resources") {
                    strip(resources);
                }
            }
            Object::Stream(stream) => strip(&mut stream.dict),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icc_profile_does_not_depend_on_the_clock() {
        let first = srgb_profile().unwrap();
        // The profile header records time to the second.
        std::thread::sleep(std::time::Duration::from_millis(1_100));
        assert_eq!(srgb_profile().unwrap(), first);
    }

    #[test]
    fn xml_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(
            escape("a < b & \"c\" >\u{7}"),
            "a &lt; b &amp; &quot;c&quot; &gt;"
        );
    }
}
