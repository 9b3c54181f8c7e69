//! The map as a standalone SVG document: presentation attributes only (no `style`, which
//! the app's content security policy refuses), every system and integration a group with
//! `data-kind` and `data-id` for the app to click through, `<title>` tooltips, numbers with
//! one decimal, text escaped. The same input gives the same bytes.

use std::fmt::Write;

use super::layout::{size, Label, Layout, Rect, Swatch};

/// Text colour.
const INK: &str = "#1b1f24";
/// Subdued text colour.
const MUTED: &str = "#57606a";
/// The anomaly colour.
pub const ANOMALY: &str = "#cf222e";
/// The font stack: DejaVu Sans first (the face the layout measured).
pub const FONT_FAMILY: &str = "DejaVu Sans, Verdana, sans-serif";

/// What one system or integration looks like, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Look {
    /// The item's id.
    pub id: i64,
    /// Its colour, `#rrggbb`.
    pub colour: String,
    /// Its tooltip.
    pub tooltip: String,
    /// The kinds of anomaly marked on it (their stable names), none when sound.
    pub anomalies: Vec<&'static str>,
}

/// Everything the SVG shows, resolved to text and colours.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene<'a> {
    /// The geometry.
    pub layout: &'a Layout,
    /// The document's title (also its first `<title>`).
    pub title: &'a str,
    /// Per cluster: its full name (tooltip).
    pub clusters: Vec<String>,
    /// Per node.
    pub nodes: Vec<Look>,
    /// Per edge.
    pub edges: Vec<Look>,
}

/// `text` escaped for XML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number with one decimal (`-0.0` as `0.0`).
fn n(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0.0".to_owned()
    } else {
        format!("{rounded:.1}")
    }
}

fn rect_attrs(r: &Rect) -> String {
    format!(
        r#"x="{}" y="{}" width="{}" height="{}""#,
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    )
}

fn text(out: &mut String, label: &Label, font: f32, weight: &str, fill: &str) {
    if label.text.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        n(label.area.x),
        n(label.baseline),
        n(font),
        escape(&label.text)
    );
}

fn marker(out: &mut String, (x, y): (f32, f32)) {
    let _ = write!(
        out,
        r##"<circle cx="{}" cy="{}" r="{}" fill="{ANOMALY}" stroke="#ffffff" stroke-width="1.5"/><text x="{}" y="{}" font-size="9" font-weight="bold" fill="#ffffff" text-anchor="middle" pointer-events="none">!</text>"##,
        n(x),
        n(y),
        n(size::MARKER),
        n(x),
        n(y + 3.2),
    );
}

fn anomaly_attr(look: &Look) -> String {
    if look.anomalies.is_empty() {
        String::new()
    } else {
        format!(r#" data-anomaly="{}""#, look.anomalies.join(" "))
    }
}

/// The SVG document of `scene`: the header, then its layers from the back to the front.
pub fn render(scene: &Scene<'_>) -> String {
    let layout = scene.layout;
    let mut out = String::with_capacity(4096 + 700 * (scene.nodes.len() + scene.edges.len()));
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}" role="img"><title>{title}</title><rect x="0.0" y="0.0" width="{w}" height="{h}" fill="#ffffff"/>"##,
        w = n(layout.width),
        h = n(layout.height),
        title = escape(scene.title),
    );
    for layer in [header, clusters, integrations, unit_names, markers, systems] {
        layer(&mut out, scene);
    }
    out.push_str("</svg>\n");
    out
}

/// The header: title, subtitle, legend.
fn header(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    out.push_str(r#"<g id="legend">"#);
    text(out, &layout.title, size::TITLE_FONT, "bold", INK);
    text(out, &layout.subtitle, size::LEGEND_FONT, "normal", MUTED);
    for item in &layout.legend {
        let r = item.swatch_area;
        match &item.swatch {
            Swatch::Colour(colour) => {
                let _ = write!(
                    out,
                    r#"<rect {} rx="3" fill="{}" stroke="{INK}" stroke-opacity="0.25"/>"#,
                    rect_attrs(&r),
                    escape(colour)
                );
            }
            Swatch::Anomaly => marker(out, (r.x + r.w / 2.0, r.y + r.h / 2.0)),
            Swatch::Arrow => {
                let y = r.y + r.h / 2.0;
                let _ = write!(
                    out,
                    r#"<path d="M{} {}H{}" stroke="{MUTED}" stroke-width="1.5"/><polygon points="{},{} {},{} {},{}" fill="{MUTED}"/>"#,
                    n(r.x),
                    n(y),
                    n(r.x + r.w - 5.0),
                    n(r.x + r.w),
                    n(y),
                    n(r.x + r.w - 6.0),
                    n(y - 3.5),
                    n(r.x + r.w - 6.0),
                    n(y + 3.5),
                );
            }
        }
        text(out, &item.label, size::LEGEND_FONT, "normal", INK);
    }
    out.push_str("</g>");
}

/// The units (clusters).
fn clusters(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    out.push_str(r#"<g id="units">"#);
    for (cluster, name) in layout.clusters.iter().zip(&scene.clusters) {
        let _ = write!(
            out,
            r##"<g><title>{}</title><rect {} rx="8" fill="#f6f8fa" stroke="#d0d7de"/>"##,
            escape(name),
            rect_attrs(&cluster.area)
        );
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

/// The integrations, beneath the systems; fainter the more there are, so the boxes stand
/// out.
fn integrations(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    let count = scene.edges.len() as f32;
    let opacity = n((0.9 - count / 1500.0).clamp(0.4, 0.85));
    let halo = n((0.4 - count / 3000.0).clamp(0.2, 0.35));
    out.push_str(r#"<g id="integrations" fill="none">"#);
    for (curve, look) in layout.edges.iter().zip(&scene.edges) {
        let d = format!(
            "M{} {}Q{} {} {} {}",
            n(curve.start.0),
            n(curve.start.1),
            n(curve.control.0),
            n(curve.control.1),
            n(curve.end.0),
            n(curve.end.1)
        );
        let _ = write!(
            out,
            r#"<g data-kind="integration" data-id="{}"{}><title>{}</title>"#,
            look.id,
            anomaly_attr(look),
            escape(&look.tooltip)
        );
        if !look.anomalies.is_empty() {
            let _ = write!(
                out,
                r#"<path d="{d}" stroke="{ANOMALY}" stroke-opacity="{halo}" stroke-width="5"/>"#
            );
        }
        let colour = escape(&look.colour);
        let [tip, left, right] = curve.arrow;
        let _ = write!(
            out,
            r##"<path d="{d}" stroke="{colour}" stroke-opacity="{opacity}" stroke-width="1.4"/><polygon points="{},{} {},{} {},{}" fill="{colour}"/><path d="{d}" stroke="#000000" stroke-opacity="0" stroke-width="8"/>"##,
            n(tip.0),
            n(tip.1),
            n(left.0),
            n(left.1),
            n(right.0),
            n(right.1),
        );
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

/// The units' names, over the curves that cross them, on their cluster's colour.
fn unit_names(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    out.push_str(r#"<g id="unit-names">"#);
    for cluster in &layout.clusters {
        let label = &cluster.title;
        if label.text.is_empty() {
            continue;
        }
        let back = Rect {
            x: label.area.x - 4.0,
            y: label.area.y - 1.0,
            w: label.area.w + 8.0,
            h: label.area.h + 2.0,
        };
        let _ = write!(
            out,
            r##"<rect {} rx="3" fill="#f6f8fa" fill-opacity="0.92"/>"##,
            rect_attrs(&back)
        );
        text(out, label, size::CLUSTER_FONT, "bold", MUTED);
    }
    out.push_str("</g>");
}

/// The integrations' anomaly markers, over the units' names (each clicks through too).
fn markers(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    out.push_str(r#"<g id="integration-markers">"#);
    for (curve, look) in layout.edges.iter().zip(&scene.edges) {
        if look.anomalies.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<g data-kind="integration" data-id="{}"{}><title>{}</title>"#,
            look.id,
            anomaly_attr(look),
            escape(&look.tooltip)
        );
        marker(out, curve.middle);
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

/// The systems.
fn systems(out: &mut String, scene: &Scene<'_>) {
    let layout = scene.layout;
    out.push_str(r#"<g id="systems">"#);
    for (node, look) in layout.nodes.iter().zip(&scene.nodes) {
        let colour = escape(&look.colour);
        let _ = write!(
            out,
            r#"<g data-kind="system" data-id="{}"{}><title>{}</title><rect {} rx="4" fill="{}" stroke="{colour}" stroke-width="2"/>"#,
            look.id,
            anomaly_attr(look),
            escape(&look.tooltip),
            rect_attrs(&node.area),
            super::colour::tint(&look.colour, 0.82),
        );
        text(out, &node.label, size::NODE_FONT, "normal", INK);
        if !look.anomalies.is_empty() {
            marker(out, (node.area.x + node.area.w, node.area.y));
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
}
