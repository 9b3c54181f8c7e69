//! Versions benchmark: the diff of two versions of a 500-field information set (a tenth of
//! the fields changed, a few removed and added), and the impact of a change to a contract on
//! the generated 100,000-contract catalog with its 1,000-integration portfolio. Prints the
//! median and p95 of each.
//!
//!     cargo bench -p contracts --bench versions     # DATAPAKT_BENCH_CONTRACTS=N to resize
//!
//! The generated catalog is the catalog bench's, kept under `target/bench/`.

mod common;

use common::{measure, portfolio, prepare, report};
use contracts::app::items::Editing;
use contracts::model::{
    ContractId, ContractStatus, InformationSetDraft, InformationSetId, PersonalData, SchemaField,
    SchemaType,
};
use contracts::store::Catalog;
use contracts::versions::{assess, SetSnapshot, Snapshot, Version};

/// A version holding one information set of `fields` fields.
fn version(fields: usize, changed: bool) -> Snapshot {
    let fields = (0..fields)
        .filter(|i| !(changed && i % 97 == 0))
        .map(|i| SchemaField {
            name: format!("felt{i}"),
            field_type: if changed && i % 10 == 0 {
                SchemaType::Integer
            } else {
                SchemaType::String
            },
            required: i % 3 == 0,
            description: format!("Felt nummer {i}"),
            classification: Some((i % 4) as u8),
            personal_data: PersonalData {
                personal: i % 5 == 0 || (changed && i % 50 == 1),
                ..PersonalData::default()
            },
            enum_values: if i % 25 == 0 {
                vec!["a".into(), "b".into()]
            } else {
                Vec::new()
            },
            ..SchemaField::default()
        })
        .chain((0..if changed { 5 } else { 0 }).map(|i| SchemaField {
            name: format!("ny{i}"),
            ..SchemaField::default()
        }))
        .collect();
    Snapshot {
        sets: vec![SetSnapshot {
            id: InformationSetId(1),
            draft: InformationSetDraft {
                name: "Stort sett".into(),
                fields,
                ..InformationSetDraft::default()
            },
        }],
        ..Snapshot::default()
    }
}

fn main() {
    let (old, new) = (version(500, false), version(500, true));
    let from = Version::parse("1.0.0");
    let changes = assess(&old, &new, from).changes.len();
    report(
        &format!("diff of two 500-field versions ({changes} changes judged)"),
        measure(200, |_| {
            assess(&old, &new, from);
        }),
        "< 5 ms",
    );

    let contracts = common::catalog_size();
    let path = prepare(contracts);
    let mut catalog = Catalog::open(&path).expect("open");
    portfolio(&mut catalog);
    // Contract 1 released, then changed: a breaking change awaiting approval.
    let id = ContractId(1);
    if catalog.contract_releases(id).expect("releases").is_empty() {
        for status in [ContractStatus::InReview, ContractStatus::Approved] {
            catalog.set_contract_status(id, status).expect("approve");
        }
    }
    let mut draft = catalog.contract(id).expect("contract").draft;
    draft.valid_to = Some("2027-12-31".into());
    draft.fields.pop();
    catalog.save(Some(id), draft).expect("change");
    let today = catalog.today_date().expect("today");
    let impact = contracts::app::history::impact(&catalog, id, today).expect("impact");
    assert!(impact.assessment.breaking());
    report(
        &format!("impact of a change on {contracts} contracts"),
        measure(50, |_| {
            contracts::app::history::impact(&catalog, id, today).expect("impact");
        }),
        "< 50 ms",
    );
}
