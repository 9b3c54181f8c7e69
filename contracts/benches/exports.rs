//! Export benchmark: the OpenAPI stub of a 500-field contract against plain serialisation of
//! the same document, a ~50-page data processing agreement as PDF (time, size, pages), the
//! whole generated catalog (default 100,000 contracts, see `catalog.rs`) as ODCS files and in
//! memory, and the in-process import of one demo ODCS file. Prints the median and p95 of each
//! with its target beside it.
//!
//!     cargo bench -p contracts --bench exports            # DATAPAKT_BENCH_CONTRACTS=N to resize
//!
//! The generated catalog is shared with the catalog bench (kept under `target/bench/`). The
//! whole catalog's ODCS files go to `/dev/shm` (the export's own cost; the disk's cost per file
//! is sampled separately) unless `DATAPAKT_BENCH_ODCS_DIR` names a folder, and are removed
//! afterwards; the PDF, the demo catalog, its ODCS files and the import's scratch catalog stay
//! in `target/bench/exports/`.
//! The whole-process import comparison against `datacontract lint` is a hyperfine run, whose
//! command line this bench prints at the end; it needs the CLI built first:
//!
//!     cargo build --release -p contracts --features cli --bin datapakt

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{ascii_word, measure, prepare, report, word};
use contracts::app::import::odcs::import_files;
use contracts::formats::odcs::read::ImportOptions;
use contracts::formats::openapi::{contract_openapi, contract_openapi_json};
use contracts::formats::pdf::{dpa_pdf, DpaContext};
use contracts::formats::Context;
use contracts::model::{
    Agreement, AgreementDraft, AgreementId, Contract, ContractDraft, ContractId, Country,
    InformationSet, InformationSetDraft, InformationSetId, Lang, Organisation, OrganisationDraft,
    OrganisationId, PartyDetails, PersonalData, SchemaField, SchemaType, SubProcessor,
    SubProcessorAuthorisation,
};
use contracts::store::Catalog;
use contracts::wire::{ExportRequest, ExportTarget};

/// Fields of the OpenAPI bench's information set, nested ones included.
const OPENAPI_FIELDS: usize = 500;

fn main() {
    let out = common::bench_dir().join("exports");
    std::fs::create_dir_all(&out).expect("bench folder");
    openapi();
    pdf(&out);
    odcs(&out);
    import(&out);
}

// ---------------------------------------------------------------------------------------------
// 1. OpenAPI

/// One scalar field: types, formats, enums, examples, classification and personal-data flags
/// vary with `n`.
fn scalar(n: usize) -> SchemaField {
    let field_type = [
        SchemaType::String,
        SchemaType::Integer,
        SchemaType::Number,
        SchemaType::Boolean,
        SchemaType::Date,
        SchemaType::DateTime,
    ][n % 6];
    SchemaField {
        name: format!("{}{n}", ascii_word(n)),
        field_type,
        format: (field_type == SchemaType::String && n % 4 == 0).then(|| "email".to_owned()),
        required: n % 3 == 0,
        description: format!(
            "{} for {} og {}, feltet nummer {n}.",
            word(n + 1),
            word(n + 2),
            word(n + 7)
        ),
        enum_values: if field_type == SchemaType::String && n % 5 == 1 {
            (0..4)
                .map(|k| format!("{}-{k}", ascii_word(n + k)))
                .collect()
        } else {
            Vec::new()
        },
        examples: match field_type {
            SchemaType::Integer => vec![n.to_string()],
            SchemaType::String if n % 2 == 0 => vec![format!("{} {n}", word(n + 3))],
            _ => Vec::new(),
        },
        classification: (n % 3 != 2).then_some((n % 5) as u8),
        personal_data: PersonalData {
            personal: n % 4 == 0,
            special_category: n % 50 == 7,
            criminal_offence: n % 97 == 11,
            national_id: n % 20 == 3,
        },
        children: Vec::new(),
    }
}

/// A field group of ten: four scalars and an object holding two scalars and an array of
/// objects with one scalar.
fn group(g: usize) -> Vec<SchemaField> {
    let n = g * 10;
    let mut fields: Vec<SchemaField> = (n..n + 4).map(scalar).collect();
    fields.push(SchemaField {
        name: format!("{}Detaljer{g}", ascii_word(g)),
        field_type: SchemaType::Object,
        description: format!("Detaljer om {} {g}.", word(g)),
        classification: Some((g % 5) as u8),
        children: vec![
            scalar(n + 5),
            scalar(n + 6),
            SchemaField {
                name: format!("{}Liste{g}", ascii_word(g + 1)),
                field_type: SchemaType::Array,
                children: vec![SchemaField {
                    name: "element".into(),
                    field_type: SchemaType::Object,
                    children: vec![scalar(n + 9)],
                    ..SchemaField::default()
                }],
                ..SchemaField::default()
            },
        ],
        ..SchemaField::default()
    });
    fields
}

fn count(fields: &[SchemaField]) -> usize {
    fields.iter().map(|f| 1 + count(&f.children)).sum()
}

/// A contract governing one information set of [`OPENAPI_FIELDS`] fields, with its context.
fn wide_contract() -> (Contract, Context) {
    let fields: Vec<SchemaField> = (0..OPENAPI_FIELDS / 10).flat_map(group).collect();
    assert_eq!(count(&fields), OPENAPI_FIELDS);
    let set = InformationSet {
        id: InformationSetId(1),
        draft: InformationSetDraft {
            name: "Elevopplysninger".into(),
            description: "Alt skolen vet om en elev.".into(),
            owner: None,
            scheme: Some("se-klassa".into()),
            fields,
            resource: Some("elever".into()),
        },
    };
    let contract = Contract {
        id: ContractId(1),
        draft: ContractDraft {
            title: "Elevregister til skoleadministrasjon".into(),
            description: "Elevopplysninger fra elevregisteret til skoleadministrasjonen.".into(),
            owner: "Åse Bjørnstad".into(),
            provider_system: "Elevregisteret".into(),
            consumer_system: "Skoleadministrasjon".into(),
            version: "2.1.0".into(),
            information_sets: vec![set.id],
            ..ContractDraft::default()
        },
        state: Default::default(),
    };
    let context = Context {
        sets: vec![set],
        schemes: contracts::classification_defaults::shipped_schemes(),
        provider_endpoints: vec!["https://elev.eksempel.kommune.no/api/v1".into()],
        ..Context::default()
    };
    (contract, context)
}

fn openapi() {
    let (contract, context) = wide_contract();
    let value = contract_openapi(&contract, &context);
    let bytes = contract_openapi_json(&contract, &context);
    assert_eq!(
        serde_json::to_vec_pretty(&value).unwrap().len() + 1,
        bytes.len()
    );
    println!(
        "OpenAPI: one information set of {OPENAPI_FIELDS} fields, document {} KB",
        bytes.len() / 1024
    );
    const RUNS: usize = 200;
    for _ in 0..10 {
        std::hint::black_box(contract_openapi_json(&contract, &context));
    }
    let export = measure(RUNS, |_| {
        std::hint::black_box(contract_openapi_json(&contract, &context));
    });
    let serialise = measure(RUNS, |_| {
        std::hint::black_box(serde_json::to_vec_pretty(&value).unwrap());
    });
    report("OpenAPI export (500 fields)", export, "see ratio");
    report("to_vec_pretty of the same Value", serialise, "(baseline)");
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "{:<34} median {:>8.2} ×    p95 {:>8.2} ×    target (none set; export / serialise)",
        "OpenAPI export / serialise",
        ratio(export.0, serialise.0),
        ratio(export.1, serialise.1)
    );
}

// ---------------------------------------------------------------------------------------------
// 2. PDF

/// Running text of `sentences` sentences, varied by `seed`, with Nordic letters.
fn prose(seed: usize, sentences: usize) -> String {
    (0..sentences)
        .map(|k| {
            let n = seed * 31 + k * 7;
            format!(
                "Databehandleren behandler opplysninger om {} og {} for {} etter skriftlig \
                 instruks, og sørger for at tilgangen til {} er begrenset til ansatte som \
                 trenger den i arbeidet med {} (punkt {n}).",
                word(n),
                word(n + 1),
                word(n + 2),
                word(n + 3),
                word(n + 4)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A complete agreement (no gaps) long enough for about fifty pages.
fn long_agreement() -> (Agreement, DpaContext) {
    let org = |id: i64, name: &str, number: &str| Organisation {
        id: OrganisationId(id),
        draft: OrganisationDraft {
            name: name.into(),
            country: Country::Norway,
            org_number: number.into(),
        },
    };
    let details = |address: &str, contact: &str, dpo: &str| PartyDetails {
        address: address.into(),
        contact: contact.into(),
        dpo: dpo.into(),
    };
    let security_measures = (0..50)
        .map(|k| format!("Tiltak {}: {}", k + 1, prose(k, 3)))
        .collect::<Vec<_>>()
        .join("\n\n");
    let agreement = Agreement {
        id: AgreementId(12),
        draft: AgreementDraft {
            title: "Databehandleravtale – fagsystemer for oppvekst, helse og omsorg".into(),
            controller: Some(OrganisationId(1)),
            processor: Some(OrganisationId(2)),
            controller_details: details(
                "Rådhusgata 1, 9730 Karasjok",
                "Áile Ŋuolga, rådgiver",
                "Personvernombud Åse Ødegård",
            ),
            processor_details: details("Storgata 2, 0155 Oslo", "Per Ødegård, driftssjef", ""),
            docking_clause: true,
            subject_matter: prose(1, 6),
            duration: prose(2, 3),
            nature_and_purpose: prose(3, 12),
            personal_data: (0..150)
                .map(|k| format!("{}: {}", word(k), prose(k + 100, 1)))
                .collect(),
            data_subjects: (0..40)
                .map(|k| format!("{} i {} ({k})", word(k + 5), word(k + 9)))
                .collect(),
            sensitive_data: prose(4, 8),
            security_measures,
            transfers_outside_eea: String::new(),
            sub_processor_authorisation: SubProcessorAuthorisation::General { days: 30 },
            sub_processors: (0..54)
                .map(|k| SubProcessor {
                    name: format!("Underleverandør {} {k} AS", word(k)),
                    address: format!("{}veien {k}, {:04} Oslo", word(k + 3), 150 + k),
                    contact: format!("Kari Nordmann {k}, kari.{k}@leverandor.example"),
                    processing: prose(k + 200, 3),
                })
                .collect(),
            contracts: Vec::new(),
        },
    };
    let context = DpaContext {
        controller: Some(org(1, "Kárášjoga gielda", "964 949 204")),
        processor: Some(org(2, "Eksempel Drift AS", "920 000 037")),
        contracts: (0..60)
            .map(|k| {
                (
                    format!("{} og {} {k}", word(k), word(k + 4)),
                    "1.0.0".into(),
                )
            })
            .collect(),
        personal_data: PersonalData {
            personal: true,
            special_category: true,
            criminal_offence: false,
            national_id: true,
        },
    };
    assert!(contracts::formats::pdf::preflight(&agreement, &context).is_empty());
    (agreement, context)
}

fn pdf(out: &Path) {
    let (agreement, context) = long_agreement();
    let bytes = dpa_pdf(&agreement, &context, Lang::Nb).expect("pdf");
    std::fs::write(out.join("dpa.pdf"), &bytes).expect("write the PDF");
    let pages = lopdf::Document::load_mem(&bytes)
        .expect("the PDF reads back")
        .get_pages()
        .len();
    assert!(pages >= 50, "only {pages} pages");
    let size_kb = bytes.len() as f64 / 1024.0;
    println!();
    println!("PDF: data processing agreement, {pages} pages, {size_kb:.0} KB");
    report(
        "DPA PDF render (nb)",
        measure(15, |_| {
            std::hint::black_box(dpa_pdf(&agreement, &context, Lang::Nb).expect("pdf"));
        }),
        "< 300 ms",
    );
    println!(
        "{:<34} {size_kb:>8.1} KB ({pages} pages, {:.2} KB/page)   target < 150 KB",
        "DPA PDF size",
        size_kb / pages as f64
    );
}

// ---------------------------------------------------------------------------------------------
// 3. ODCS, the whole catalog

/// Prints the median and p95 of `times` (one run each) as seconds and contracts per second.
fn rate(what: &str, contracts: usize, times: &[Duration], target: &str) {
    let mut sorted = times.to_vec();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    let p95 = sorted[(sorted.len() * 95 / 100).min(sorted.len() - 1)];
    let per_second = contracts as f64 / median.as_secs_f64();
    let runs = match times.len() {
        1 => "1 run".to_owned(),
        n => format!("{n} runs, p95 {:.2} s", p95.as_secs_f64()),
    };
    let target = if target.is_empty() {
        String::new()
    } else {
        format!("   target {target}")
    };
    println!(
        "{what:<34} median {:>8.2} s ({runs})   {per_second:>7.0} contracts/s{target}",
        median.as_secs_f64(),
    );
}

fn odcs(out: &Path) {
    let contracts = common::catalog_size();
    let path = prepare(contracts);
    let catalog = Catalog::open(&path).expect("open");
    println!();
    println!("ODCS: the generated catalog, {contracts} contracts");

    let ids: Vec<ContractId> = catalog
        .list_contracts()
        .expect("list")
        .into_iter()
        .map(|s| s.id)
        .collect();
    let mut yaml = Vec::with_capacity(ids.len());
    let mut read = Duration::ZERO;
    let started = Instant::now();
    for &id in &ids {
        let begun = Instant::now();
        let contract = catalog.contract(id).expect("contract");
        let context = contracts::app::export_context(&catalog, &contract).expect("context");
        read += begun.elapsed();
        yaml.push(contracts::formats::odcs::contract_odcs_yaml(
            &contract, &context,
        ));
    }
    let in_memory = started.elapsed();
    let bytes: usize = yaml.iter().map(Vec::len).sum();
    rate(
        "in memory (read, context, YAML)",
        contracts,
        &[in_memory],
        "(none set)",
    );
    rate("  of which contract + context", contracts, &[read], "");
    rate("  of which YAML", contracts, &[in_memory - read], "");
    println!(
        "{:<34} {:.0} MB of YAML, {:.2} KB per contract",
        "",
        bytes as f64 / 1e6,
        bytes as f64 / contracts as f64 / 1024.0
    );

    // Into a new folder; a second run (replacing every file) only on small catalogs.
    let (dir, place) = odcs_folder(out, contracts);
    let _ = std::fs::remove_dir_all(&dir);
    println!("{:<34} into {} ({place})", "", dir.display());
    let runs = if contracts > 20_000 { 1 } else { 2 };
    let times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let written = export_all_odcs(&catalog, &dir);
            assert_eq!(written, contracts);
            started.elapsed()
        })
        .collect();
    rate("export_all_odcs", contracts, &times, "(none set)");
    let fastest = times.iter().min().expect("a run").as_secs_f64();
    let writing = fastest - in_memory.as_secs_f64();
    println!(
        "{:<34} {writing:.1} s of {fastest:.1} s ({:.0} %) is writing the files",
        "",
        100.0 * writing / fastest
    );

    // What writing costs per file on the disk `target/` is on: the export's atomic write
    // (temp file, fsync, rename) against a plain write, on a sample of the same files.
    let sample = out.join("odcs-sample");
    let _ = std::fs::remove_dir_all(&sample);
    std::fs::create_dir_all(&sample).expect("sample folder");
    let files = yaml.len().min(2_000);
    let per_file = |write: &dyn Fn(&Path, &[u8])| {
        let started = Instant::now();
        for (n, bytes) in yaml[..files].iter().enumerate() {
            write(&sample.join(format!("contract-{n}.odcs.yaml")), bytes);
        }
        started.elapsed().as_secs_f64() * 1e6 / files as f64
    };
    let atomic = per_file(&|path, bytes| {
        contracts::app::write_atomically(path, bytes).expect("write");
    });
    let _ = std::fs::remove_dir_all(&sample);
    std::fs::create_dir_all(&sample).expect("sample folder");
    let plain = per_file(&|path, bytes| std::fs::write(path, bytes).expect("write"));
    println!(
        "{:<34} on disk, per file: {atomic:.0} µs atomic (temp + fsync + rename), {plain:.0} µs \
         plain write ({files} files)",
        ""
    );
    let on_disk = in_memory.as_secs_f64() + atomic * 1e-6 * contracts as f64;
    println!(
        "{:<34} so on this disk ≈ {on_disk:.0} s, {:.0} contracts/s for the whole catalog",
        "",
        contracts as f64 / on_disk
    );
    drop(catalog);
    let _ = std::fs::remove_dir_all(&sample);
    std::fs::remove_dir_all(&dir).expect("remove the ODCS files");
}

/// Where the whole catalog's ODCS files go: `DATAPAKT_BENCH_ODCS_DIR`, else a folder in
/// `/dev/shm` when there is one (memory: the export's own cost, not the disk's, which on a
/// shared machine varies with the neighbours' IO and is sampled separately), else
/// `target/bench/exports/`.
fn odcs_folder(out: &Path, contracts: usize) -> (PathBuf, &'static str) {
    let name = format!("datapakt-bench-odcs-{contracts}");
    if let Some(dir) = std::env::var_os("DATAPAKT_BENCH_ODCS_DIR") {
        return (PathBuf::from(dir).join(name), "DATAPAKT_BENCH_ODCS_DIR");
    }
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        (
            shm.join(name),
            "tmpfs; DATAPAKT_BENCH_ODCS_DIR=folder to choose",
        )
    } else {
        (
            out.join(name),
            "disk; DATAPAKT_BENCH_ODCS_DIR=folder to choose",
        )
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Import

/// Removes a catalog file and its side files.
fn remove_catalog(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// The largest ODCS file of the demo catalog (as `datapakt init --demo` makes it), exported
/// into `out`.
fn demo_odcs_file(out: &Path) -> PathBuf {
    let demo = out.join("demo.datapakt");
    remove_catalog(&demo);
    let catalog = contracts::app::catalog::create(&demo, true).expect("demo catalog");
    let dir = out.join("demo-odcs");
    export_all_odcs(&catalog, &dir);
    let mut files: Vec<(u64, PathBuf)> = std::fs::read_dir(&dir)
        .expect("demo files")
        .flatten()
        .map(|e| (e.metadata().expect("size").len(), e.path()))
        .collect();
    files.sort();
    files.pop().expect("a demo contract").1
}

fn import(out: &Path) {
    let file = demo_odcs_file(out);
    let scratch = out.join("scratch.datapakt");
    println!();
    println!(
        "Import: {} ({:.1} KB) into a new scratch catalog",
        file.display(),
        std::fs::metadata(&file).expect("size").len() as f64 / 1024.0
    );
    let files = [file.clone()];
    const RUNS: usize = 30;
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            remove_catalog(&scratch);
            let mut catalog = contracts::app::catalog::create(&scratch, false).expect("scratch");
            let started = Instant::now();
            let reports = import_files(&mut catalog, &files, &ImportOptions::default());
            let elapsed = started.elapsed();
            assert!(reports.expect("import")[0].created);
            elapsed
        })
        .collect();
    times.sort();
    let p95 = times[(RUNS * 95 / 100).min(RUNS - 1)];
    report(
        "import_files, new contract",
        (times[RUNS / 2], p95),
        "faster than `datacontract lint` (hyperfine)",
    );
    let mut catalog = Catalog::open(&scratch).expect("scratch");
    report(
        "import_files again (update)",
        measure(RUNS, |_| {
            let reports = import_files(&mut catalog, &files, &ImportOptions::default());
            assert!(!reports.expect("import")[0].created);
        }),
        "(none set)",
    );
    drop(catalog);
    remove_catalog(&scratch);
    // The bench runs from `<target>/release/deps/`; the CLI is built to `<target>/release/`.
    let exe = std::env::current_exe().expect("the bench's path");
    let datapakt = exe
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
        .join("datapakt");
    let (datapakt, scratch, file) = (datapakt.display(), scratch.display(), file.display());
    println!();
    println!(
        "Whole process against datacontract-cli: build the CLI \
         (cargo build --release -p contracts --features cli --bin datapakt), \
         set DATACONTRACT to datacontract-cli's `datacontract`, then"
    );
    println!(
        "  hyperfine --warmup 3 --runs 30 \
         --prepare 'rm -f {scratch} {scratch}-wal {scratch}-shm && {datapakt} init --catalog {scratch} >/dev/null' \
         '{datapakt} import odcs --catalog {scratch} {file}' \
         '\"$DATACONTRACT\" lint {file}'"
    );
}

/// Writes every contract of `catalog` as ODCS into the folder `dir`; how many.
fn export_all_odcs(catalog: &Catalog, dir: &Path) -> usize {
    let request = ExportRequest::of(ExportTarget::AllContracts);
    let rendered = contracts::app::export::render(catalog, &request, Lang::En).expect("render");
    contracts::app::export::write(catalog, &rendered, dir, |_, _| {})
        .expect("export")
        .1
}
