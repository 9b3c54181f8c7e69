//! Where everything goes: pure, deterministic geometry. Units are clusters packed in rows
//! (in the graph's order), each cluster's systems in a grid of equal boxes by name, labels
//! shortened to their box with real glyph widths, integrations as curves from the
//! provider's box to the consumer's with an arrowhead, and the legend above the clusters.
//! Nothing overlaps but the curves, which run beneath the boxes.

use std::collections::HashMap;

use super::graph::Graph;
use super::metrics::Metrics;

/// A rectangle: its top left corner and its size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Whether the two share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    fn centre(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Where a ray from the centre in direction `(dx, dy)` leaves the rectangle.
    fn exit(&self, dx: f32, dy: f32) -> (f32, f32) {
        let (cx, cy) = self.centre();
        let tx = if dx.abs() > f32::EPSILON {
            (self.w / 2.0) / dx.abs()
        } else {
            f32::MAX
        };
        let ty = if dy.abs() > f32::EPSILON {
            (self.h / 2.0) / dy.abs()
        } else {
            f32::MAX
        };
        let t = tx.min(ty);
        if t == f32::MAX {
            return (cx, cy);
        }
        (cx + dx * t, cy + dy * t)
    }
}

/// A line of text placed: its (shortened) text, the box it fills, and its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The text as drawn.
    pub text: String,
    /// The box the glyphs fill (its width measured).
    pub area: Rect,
    /// The baseline's y.
    pub baseline: f32,
}

/// Sizes and fonts, in pixels.
pub mod size {
    /// Space around everything.
    pub const MARGIN: f32 = 24.0;
    /// A system's box.
    pub const NODE_W: f32 = 172.0;
    /// A system's box.
    pub const NODE_H: f32 = 30.0;
    /// Between boxes in a cluster.
    pub const GAP_X: f32 = 18.0;
    /// Between boxes in a cluster.
    pub const GAP_Y: f32 = 16.0;
    /// Inside a cluster, around its boxes.
    pub const PAD: f32 = 14.0;
    /// A cluster's title band.
    pub const HEAD: f32 = 26.0;
    /// Between clusters (where curves run).
    pub const CLUSTER_GAP: f32 = 48.0;
    /// Text inside a box, from its sides.
    pub const TEXT_PAD: f32 = 8.0;
    /// A system's name.
    pub const NODE_FONT: f32 = 11.0;
    /// A unit's name.
    pub const CLUSTER_FONT: f32 = 12.0;
    /// The map's title.
    pub const TITLE_FONT: f32 = 16.0;
    /// A legend entry.
    pub const LEGEND_FONT: f32 = 11.0;
    /// A legend swatch.
    pub const SWATCH: f32 = 14.0;
    /// The widest a legend entry's text may be.
    pub const LEGEND_TEXT_MAX: f32 = 240.0;
    /// The narrowest map.
    pub const MIN_WIDTH: f32 = 720.0;
    /// An arrowhead's length.
    pub const ARROW: f32 = 9.0;
    /// The radius of an anomaly marker.
    pub const MARKER: f32 = 6.0;
}
use size::*;

/// The height of a line of text at `font` (DejaVu's ascent plus descent, rounded up).
fn line_height(font: f32) -> f32 {
    (font * 1.17).ceil()
}

/// A label of `text` fitted to `max`, its box starting at `x` and centred on `middle`.
fn label(text: &str, x: f32, middle: f32, max: f32, font: f32, bold: bool) -> Label {
    let metrics = Metrics::get();
    let text = metrics.fit(text, max, font, bold);
    let width = metrics.width(&text, font, bold);
    let h = line_height(font);
    Label {
        area: Rect {
            x,
            y: middle - h / 2.0,
            w: width,
            h,
        },
        baseline: middle + 0.36 * font,
        text,
    }
}

/// A cluster placed: its box and title.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterBox {
    /// Its box.
    pub area: Rect,
    /// Its title.
    pub title: Label,
}

/// A system placed: its box and name.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// Its box.
    pub area: Rect,
    /// Its name.
    pub label: Label,
}

/// An integration's curve: a quadratic Bézier from `start` over `control` to `end`, and the
/// arrowhead at `end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    /// On the provider's box.
    pub start: (f32, f32),
    /// The control point.
    pub control: (f32, f32),
    /// On the consumer's box.
    pub end: (f32, f32),
    /// The arrowhead: tip, then the base's two corners.
    pub arrow: [(f32, f32); 3],
    /// Where an anomaly marker sits: the point of the curve nearest its middle that no
    /// system's box or unit's name covers.
    pub middle: (f32, f32),
}

/// What a legend entry shows beside its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Swatch {
    /// A colour (`#rrggbb`).
    Colour(String),
    /// The anomaly marker.
    Anomaly,
    /// An arrow (the direction of an integration).
    Arrow,
}

/// A legend entry to place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendItem {
    /// Its swatch.
    pub swatch: Swatch,
    /// Its text.
    pub text: String,
}

/// A legend entry placed.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendBox {
    /// Its swatch.
    pub swatch: Swatch,
    /// Where the swatch goes.
    pub swatch_area: Rect,
    /// Its text.
    pub label: Label,
}

/// The map's geometry.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The whole picture's width.
    pub width: f32,
    /// The whole picture's height.
    pub height: f32,
    /// The title.
    pub title: Label,
    /// The subtitle (counts).
    pub subtitle: Label,
    /// The legend's entries.
    pub legend: Vec<LegendBox>,
    /// Per cluster of the graph.
    pub clusters: Vec<ClusterBox>,
    /// Per node of the graph.
    pub nodes: Vec<NodeBox>,
    /// Per edge of the graph.
    pub edges: Vec<Curve>,
}

impl Layout {
    /// Every box of text and every system's box, for overlap checks: title, subtitle,
    /// legend texts and swatches, cluster titles, system boxes (their labels lie inside).
    pub fn solid_boxes(&self) -> Vec<Rect> {
        let mut boxes = vec![self.title.area, self.subtitle.area];
        for item in &self.legend {
            boxes.push(item.swatch_area);
            boxes.push(item.label.area);
        }
        boxes.extend(self.clusters.iter().map(|c| c.title.area));
        boxes.extend(self.nodes.iter().map(|n| n.area));
        boxes
    }
}

/// How many columns a cluster of `n` systems has.
fn columns(n: usize) -> usize {
    let mut cols = 1;
    while cols * cols < n {
        cols += 1;
    }
    cols.min(n.max(1))
}

/// The geometry of `graph` with `title`, `subtitle` and `legend` above it.
pub fn layout(graph: &Graph, title: &str, subtitle: &str, legend: &[LegendItem]) -> Layout {
    let (members, sizes) = cluster_sizes(graph);
    let (spots, clusters_h, width) = pack(&sizes);
    let header = header(title, subtitle, legend, width - 2.0 * MARGIN);
    let (clusters, nodes) = place(graph, &members, &sizes, &spots, header.top);
    let edges = curves(graph, &nodes, &clusters);
    Layout {
        width,
        height: (header.top + clusters_h + MARGIN).ceil(),
        title: header.title,
        subtitle: header.subtitle,
        legend: header.legend,
        clusters,
        nodes,
        edges,
    }
}

/// The systems of each cluster (their indexes), and each cluster's width, height and number
/// of columns from its number of systems.
fn cluster_sizes(graph: &Graph) -> (Vec<Vec<usize>>, Vec<(f32, f32, usize)>) {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); graph.clusters.len()];
    for (i, node) in graph.nodes.iter().enumerate() {
        if let Some(list) = members.get_mut(node.cluster) {
            list.push(i);
        }
    }
    let sizes = members
        .iter()
        .map(|list| {
            let n = list.len().max(1);
            let cols = columns(n);
            let rows = n.div_ceil(cols);
            let w = 2.0 * PAD + cols as f32 * NODE_W + (cols - 1) as f32 * GAP_X;
            let h = HEAD + PAD + rows as f32 * NODE_H + (rows - 1) as f32 * GAP_Y + PAD;
            (w, h, cols)
        })
        .collect();
    (members, sizes)
}

/// The clusters packed in rows aiming at about 3:2 overall: each one's place (from the top
/// left of the clusters' area), the area's height, and the picture's width.
fn pack(sizes: &[(f32, f32, usize)]) -> (Vec<(f32, f32)>, f32, f32) {
    let area: f32 = sizes
        .iter()
        .map(|(w, h, _)| (w + CLUSTER_GAP) * (h + CLUSTER_GAP))
        .sum();
    let widest = sizes.iter().map(|(w, _, _)| *w).fold(0.0, f32::max);
    let target = widest
        .max((area * 1.5).sqrt())
        .max(MIN_WIDTH - 2.0 * MARGIN);
    let mut spots = Vec::with_capacity(sizes.len());
    let (mut x, mut y, mut row_h, mut right) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for (w, h, _) in sizes {
        if x > 0.0 && x + w > target {
            x = 0.0;
            y += row_h + CLUSTER_GAP;
            row_h = 0.0;
        }
        spots.push((x, y));
        x += w + CLUSTER_GAP;
        row_h = row_h.max(*h);
        right = right.max(x - CLUSTER_GAP);
    }
    let clusters_h = if sizes.is_empty() { 0.0 } else { y + row_h };
    let width = (right.max(target) + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    (spots, clusters_h, width)
}

/// The header above the clusters: title, subtitle, the legend's entries in rows, and where
/// the clusters start.
struct Header {
    title: Label,
    subtitle: Label,
    legend: Vec<LegendBox>,
    top: f32,
}

/// The header of a picture whose content is `inner` wide.
fn header(title: &str, subtitle: &str, legend: &[LegendItem], inner: f32) -> Header {
    let title_middle = MARGIN + line_height(TITLE_FONT) / 2.0;
    let title = label(title, MARGIN, title_middle, inner, TITLE_FONT, true);
    let subtitle_middle = title.area.y + title.area.h + 4.0 + line_height(LEGEND_FONT) / 2.0;
    let subtitle = label(subtitle, MARGIN, subtitle_middle, inner, LEGEND_FONT, false);
    let row = line_height(LEGEND_FONT).max(SWATCH) + 6.0;
    let mut legend_y = subtitle.area.y + subtitle.area.h + 10.0;
    let mut legend_x = MARGIN;
    let mut placed = Vec::with_capacity(legend.len());
    for item in legend {
        let text = Metrics::get().fit(&item.text, LEGEND_TEXT_MAX, LEGEND_FONT, false);
        let text_w = Metrics::get().width(&text, LEGEND_FONT, false);
        let entry_w = SWATCH + 6.0 + text_w;
        if legend_x > MARGIN && legend_x + entry_w > MARGIN + inner {
            legend_x = MARGIN;
            legend_y += row;
        }
        let middle = legend_y + row / 2.0;
        placed.push(LegendBox {
            swatch: item.swatch.clone(),
            swatch_area: Rect {
                x: legend_x,
                y: middle - SWATCH / 2.0,
                w: SWATCH,
                h: SWATCH,
            },
            label: label(
                &text,
                legend_x + SWATCH + 6.0,
                middle,
                LEGEND_TEXT_MAX,
                LEGEND_FONT,
                false,
            ),
        });
        legend_x += entry_w + 20.0;
    }
    let header_h = if placed.is_empty() {
        legend_y
    } else {
        legend_y + row
    };
    Header {
        title,
        subtitle,
        legend: placed,
        top: (header_h + 20.0).ceil(),
    }
}

/// The clusters at their `spots` below `top`, and their systems in a grid inside them.
fn place(
    graph: &Graph,
    members: &[Vec<usize>],
    sizes: &[(f32, f32, usize)],
    spots: &[(f32, f32)],
    top: f32,
) -> (Vec<ClusterBox>, Vec<NodeBox>) {
    let mut clusters = Vec::with_capacity(sizes.len());
    let mut nodes: Vec<Option<NodeBox>> = vec![None; graph.nodes.len()];
    for (c, ((w, h, cols), (x, y))) in sizes.iter().zip(spots).enumerate() {
        let area = Rect {
            x: MARGIN + x,
            y: top + y,
            w: *w,
            h: *h,
        };
        let name = graph.clusters.get(c).map_or("", |c| c.name.as_str());
        clusters.push(ClusterBox {
            title: label(
                name,
                area.x + PAD,
                area.y + HEAD / 2.0 + 2.0,
                w - 2.0 * PAD,
                CLUSTER_FONT,
                true,
            ),
            area,
        });
        for (k, node) in members[c].iter().enumerate() {
            let (col, row) = (k % cols, k / cols);
            let area = Rect {
                x: area.x + PAD + col as f32 * (NODE_W + GAP_X),
                y: area.y + HEAD + PAD + row as f32 * (NODE_H + GAP_Y),
                w: NODE_W,
                h: NODE_H,
            };
            let name = &graph.nodes[*node].name;
            let label = label(
                name,
                area.x + TEXT_PAD,
                area.y + NODE_H / 2.0,
                NODE_W - 2.0 * TEXT_PAD,
                NODE_FONT,
                false,
            );
            nodes[*node] = Some(NodeBox { area, label });
        }
    }
    let nodes = nodes
        .into_iter()
        .map(|n| {
            n.unwrap_or(NodeBox {
                area: Rect {
                    x: 0.0,
                    y: 0.0,
                    w: 0.0,
                    h: 0.0,
                },
                label: label("", 0.0, 0.0, 0.0, NODE_FONT, false),
            })
        })
        .collect();
    (clusters, nodes)
}

/// The edges as curves (the k-th between the same two systems bends further), each with its
/// marker's point clear of the systems and cluster titles.
fn curves(graph: &Graph, nodes: &[NodeBox], clusters: &[ClusterBox]) -> Vec<Curve> {
    let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
    let covers: Vec<Rect> = nodes
        .iter()
        .map(|n| n.area)
        .chain(clusters.iter().map(|c| c.title.area))
        .collect();
    graph
        .edges
        .iter()
        .map(|edge| {
            let k = seen.entry((edge.from, edge.to)).or_default();
            let mut curve = curve(&nodes[edge.from].area, &nodes[edge.to].area, *k);
            *k += 1;
            curve.middle = clear_point(&curve, &covers);
            curve
        })
        .collect()
}

/// The point of `curve` nearest its middle where an anomaly marker covers none of `covers`
/// (the middle itself when every candidate is covered).
fn clear_point(curve: &Curve, covers: &[Rect]) -> (f32, f32) {
    let at = |t: f32| {
        let u = 1.0 - t;
        (
            u * u * curve.start.0 + 2.0 * u * t * curve.control.0 + t * t * curve.end.0,
            u * u * curve.start.1 + 2.0 * u * t * curve.control.1 + t * t * curve.end.1,
        )
    };
    let r = MARKER + 1.0;
    [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]
        .into_iter()
        .map(at)
        .find(|(x, y)| {
            let spot = Rect {
                x: x - r,
                y: y - r,
                w: 2.0 * r,
                h: 2.0 * r,
            };
            !covers.iter().any(|c| c.overlaps(&spot))
        })
        .unwrap_or_else(|| at(0.5))
}

/// The curve from box `from` to box `to`, the `k`-th between them.
fn curve(from: &Rect, to: &Rect, k: usize) -> Curve {
    let bend = 1.0 + k as f32 * 0.6;
    let (start, control, end) = if from == to {
        // A system feeding itself: a loop out of its right side.
        let right = from.x + from.w;
        (
            (right, from.y + 8.0),
            (right + 30.0 * bend, from.y + from.h / 2.0),
            (right, from.y + from.h - 8.0),
        )
    } else {
        let (c1, c2) = (from.centre(), to.centre());
        let (dx, dy) = (c2.0 - c1.0, c2.1 - c1.1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let offset = (len * 0.12).clamp(10.0, 90.0) * bend;
        let control = (
            (c1.0 + c2.0) / 2.0 - dy / len * offset,
            (c1.1 + c2.1) / 2.0 + dx / len * offset,
        );
        let start = from.exit(control.0 - c1.0, control.1 - c1.1);
        let end = to.exit(control.0 - c2.0, control.1 - c2.1);
        (start, control, end)
    };
    let (ux, uy) = {
        let (dx, dy) = (end.0 - control.0, end.1 - control.1);
        let len = (dx * dx + dy * dy).sqrt().max(0.001);
        (dx / len, dy / len)
    };
    let base = (end.0 - ux * ARROW, end.1 - uy * ARROW);
    let half = ARROW * 0.45;
    let arrow = [
        end,
        (base.0 - uy * half, base.1 + ux * half),
        (base.0 + uy * half, base.1 - ux * half),
    ];
    let middle = (
        0.25 * start.0 + 0.5 * control.0 + 0.25 * end.0,
        0.25 * start.1 + 0.5 * control.1 + 0.25 * end.1,
    );
    Curve {
        start,
        control,
        end,
        arrow,
        middle,
    }
}
