//! The catalog's open APIs described for the national data catalogues, read back by rdflib
//! (PyPI, pinned by `cargo xtask test`): the Turtle and the JSON-LD of each profile are the
//! same graph, and every mandatory property of DCAT-AP-NO 2.2 and DCAT-AP-SE 3.0.1 is there
//! (SPARQL over the parsed graph). The open API is a contract imported from an ODCS file with
//! public access rights into the demo catalog, as a user would make one.

#![cfg(feature = "cli")]

mod common;

use std::path::Path;

use common::{arg, datapakt, fresh_dir, installed, validators_dir};

/// An open API: an approved contract with public access rights, provided by a demo system
/// that has an endpoint and belongs to the municipality.
const OPEN_API: &str = "apiVersion: v3.1.0
kind: DataContract
id: skoler-i-kommunen
name: Skoler i kommunen
version: 1.0.0
status: active
team:
  name: Åse Bjørnstad
description:
  usage: Skolene i kommunen, med \"navn\" og nummer.
  purpose: Åpne data om skolene.
schema:
- name: Skoler
  properties:
  - name: navn
    logicalType: string
    required: true
  - name: skolenummer
    logicalType: string
customProperties:
- property: datapakt.providerSystem
  value: Skoleadministrativt system
- property: datapakt.consumerSystem
  value: Elevportalen
- property: datapakt.accessRights
  value: public
";

/// Reads both files with rdflib: isomorphic graphs, and each SPARQL `ASK` true.
const CHECK: &str = r#"
import sys
from rdflib import Graph
from rdflib.compare import isomorphic
turtle, json_ld, profile = sys.argv[1], sys.argv[2], sys.argv[3]
a = Graph().parse(turtle, format="turtle")
b = Graph().parse(json_ld, format="json-ld")
assert len(a) > 0 and isomorphic(a, b), f"{len(a)} vs {len(b)} triples"
P = """PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
"""
def every(cls, props):
    for p in props:
        q = P + "ASK { ?s a %s . FILTER NOT EXISTS { ?s %s ?o } }" % (cls, p)
        assert not a.query(q).askAnswer, f"a {cls} lacks {p}"
    assert a.query(P + "ASK { ?s a %s }" % cls).askAnswer, f"no {cls}"
if profile == "dcat-ap-no":
    every("dcat:Catalog", ["dct:title", "dct:description", "dct:identifier", "dct:publisher"])
    every("dcat:DataService", ["dcat:endpointURL", "dct:identifier", "dct:title"])
    every("dcat:Dataset", ["dct:title", "dct:description", "dct:identifier", "dcat:theme", "dct:publisher"])
    every("foaf:Agent", ["foaf:name"])
    q = P + "ASK { ?s a dcat:DataService . ?s dcat:endpointURL ?a, ?b . FILTER (?a != ?b) }"
    assert not a.query(q).askAnswer, "one endpoint URL per service"
else:
    every("dcat:Catalog", ["dct:title", "dct:description", "dct:publisher", "dct:license", "dcat:dataset"])
    every("dcat:DataService", ["dct:title", "dcat:endpointURL", "dct:format"])
    every("dcat:Dataset", ["dct:title", "dct:description", "dct:publisher"])
    every("foaf:Agent", ["foaf:name", "dct:type"])
q = P + 'ASK { ?s a dcat:DataService ; dct:title ?t . FILTER (STR(?t) = "Skoler i kommunen") }'
assert a.query(q).askAnswer, "the open API is described"
print("ok", len(a))
"#;

fn rdflib(turtle: &Path, json_ld: &Path, profile: &str) -> String {
    let path = installed(validators_dir().join("rdflib"));
    let output = std::process::Command::new("python3")
        .args(["-c", CHECK])
        .arg(turtle)
        .arg(json_ld)
        .arg(profile)
        .env("PYTHONPATH", path)
        .env("PYTHONNOUSERSITE", "1")
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{profile}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_open_apis_are_described_for_data_norge_no_and_dataportal_se() {
    let dir = fresh_dir("national-catalogues", "open-apis");
    let catalog = dir.join("demo.datapakt");
    let catalog = arg(&catalog);
    datapakt(&["init", "--demo", "--catalog", catalog]);
    // The demo has no open API: nothing to describe, said so, nothing written.
    let none = dir.join("none.ttl");
    let output = common::run(&[
        "export",
        "dcat-ap-no",
        "--catalog",
        catalog,
        "--out",
        arg(&none),
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing to describe"));
    assert!(!none.exists());

    let file = dir.join("skoler.odcs.yaml");
    std::fs::write(&file, OPEN_API).unwrap();
    datapakt(&["import", "odcs", "--catalog", catalog, arg(&file)]);
    for profile in ["dcat-ap-no", "dcat-ap-se"] {
        let turtle = dir.join(format!("open-apis.{profile}.ttl"));
        let json_ld = dir.join(format!("open-apis.{profile}.jsonld"));
        for out in [&turtle, &json_ld] {
            datapakt(&["export", profile, "--catalog", catalog, "--out", arg(out)]);
        }
        let text = std::fs::read_to_string(&turtle).unwrap();
        assert!(text.contains("Shipped defaults"), "{text}");
        let said = rdflib(&turtle, &json_ld, profile);
        assert!(said.starts_with("ok "), "{said}");
    }
}
