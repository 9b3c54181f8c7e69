//! Map benchmark: the ownership and integration map of a generated portfolio of 300 systems
//! and 1,000 integrations — graph, filters, anomalies, layout and SVG together (target
//! < 200 ms) — and its PNG. Prints the median and p95 of each, and leaves the SVG and PNG in
//! `target/bench/map/` to look at.
//!
//!     cargo bench -p contracts --bench map

mod common;

use common::{measure, report};
use contracts::i18n::Translator;
use contracts::map::{draw, image, sample};
use contracts::model::Lang;
use contracts::wire::map::{MapFilter, MapFormat};

fn main() {
    let out = common::bench_dir().join("map");
    std::fs::create_dir_all(&out).expect("bench folder");
    let portfolio = sample::portfolio(300, 1_000);
    let t = Translator::new(Lang::En);
    let filter = MapFilter::default();
    let view = draw(&portfolio, &filter, &t);
    println!(
        "map: {} systems, {} integrations, {} anomalies, SVG {} kB",
        view.systems,
        view.integrations,
        view.anomalies.len(),
        view.svg.len() / 1024
    );
    report(
        "map 300/1000: layout + SVG",
        measure(21, |_| {
            std::hint::black_box(draw(&portfolio, &filter, &t));
        }),
        "< 200 ms",
    );
    let mut png = Vec::new();
    report(
        "map 300/1000: PNG (resvg)",
        measure(5, |_| {
            png = image(&view, MapFormat::Png).expect("PNG");
        }),
        "—",
    );
    std::fs::write(out.join("map-300.svg"), &view.svg).expect("SVG written");
    std::fs::write(out.join("map-300.png"), &png).expect("PNG written");
    println!("wrote {}", out.join("map-300.png").display());
}
