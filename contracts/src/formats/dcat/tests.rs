use std::collections::BTreeSet;

use super::*;

fn described() -> Described {
    let kommune = Publisher {
        name: "Eksempel kommune".into(),
        org_number: "974 760 673".into(),
        country: Country::Norway,
    };
    let set = |uid: &str, name: &str, description: &str| ServedSet {
        uid: uid.into(),
        name: name.into(),
        description: description.into(),
        fields: vec!["navn".into(), "skolenummer".into()],
    };
    Described {
        uid: "c0ffee00-0000-4000-8000-000000000001".into(),
        title: "Åpne API-er fra Eksempel kommune".into(),
        description: "Datatjenestene kommunen tilbyr.".into(),
        apis: vec![
            OpenApi {
                uid: "c0ffee00-0000-4000-8000-000000000002".into(),
                title: "Skoler i kommunen".into(),
                description: "Skolene, med \"navn\" og nummer.".into(),
                endpoint: "https://skole.eksempel.kommune.no/api/v2".into(),
                publisher: kommune.clone(),
                contact: Some(("Kontaktpunktet".into(), "post@eksempel.kommune.no".into())),
                sets: vec![set("c0ffee00-0000-4000-8000-000000000003", "Skoler", "")],
            },
            OpenApi {
                uid: "c0ffee00-0000-4000-8000-000000000004".into(),
                title: "Skolekretser".into(),
                description: String::new(),
                endpoint: "https://kart.eksempel.kommune.no/api/v1".into(),
                publisher: kommune,
                contact: None,
                sets: vec![
                    set("c0ffee00-0000-4000-8000-000000000003", "Skoler", ""),
                    set(
                        "c0ffee00-0000-4000-8000-000000000005",
                        "Kretser",
                        "Skolekretsene.",
                    ),
                ],
            },
        ],
    }
}

/// The properties each subject of `class` has in `triples`, by subject.
fn properties_of(triples: &[Triple], class: &str) -> Vec<BTreeSet<String>> {
    let subjects: Vec<&NamedOrBlankNode> = triples
        .iter()
        .filter(|t| t.predicate == rdf::TYPE && t.object.to_string() == format!("<{class}>"))
        .map(|t| &t.subject)
        .collect();
    subjects
        .iter()
        .map(|s| {
            triples
                .iter()
                .filter(|t| &&t.subject == s)
                .map(|t| t.predicate.as_str().to_owned())
                .collect()
        })
        .collect()
}

/// Fails unless every subject of `class` has each of `mandatory` (local names in `ns`).
fn assert_mandatory(triples: &[Triple], class: &str, mandatory: &[&str]) {
    let found = properties_of(triples, class);
    assert!(!found.is_empty(), "no {class}");
    for properties in found {
        for property in mandatory {
            assert!(
                properties
                    .iter()
                    .any(|p| p.ends_with(&format!("/{property}"))
                        || p.ends_with(&format!("#{property}"))),
                "{class} lacks {property}: {properties:?}"
            );
        }
    }
}

#[test]
fn every_mandatory_property_of_dcat_ap_no_is_written() {
    let triples = graph(Profile::DcatApNo, &described()).unwrap();
    assert_mandatory(
        &triples,
        &format!("{DCAT}Catalog"),
        &["title", "description", "identifier", "publisher"],
    );
    assert_mandatory(
        &triples,
        &format!("{DCAT}DataService"),
        &["endpointURL", "identifier", "title"],
    );
    assert_mandatory(
        &triples,
        &format!("{DCAT}Dataset"),
        &["title", "description", "identifier", "theme", "publisher"],
    );
    assert_mandatory(&triples, &format!("{FOAF}Agent"), &["name"]);
    let datasets = properties_of(&triples, &format!("{DCAT}Dataset"));
    assert_eq!(datasets.len(), 2, "a set two APIs serve is described once");
    let publisher = triples
        .iter()
        .find(|t| t.predicate.as_str() == format!("{DCT}publisher"))
        .unwrap();
    assert_eq!(
        publisher.object.to_string(),
        "<https://organization-catalog.fellesdatakatalog.digdir.no/organizations/974760673>"
    );
}

#[test]
fn every_mandatory_property_of_dcat_ap_se_is_written() {
    let mut described = described();
    for api in &mut described.apis {
        api.publisher.country = Country::Sweden;
        api.publisher.org_number = "212000-1355".into();
    }
    let triples = graph(Profile::DcatApSe, &described).unwrap();
    assert_mandatory(
        &triples,
        &format!("{DCAT}Catalog"),
        &["title", "description", "publisher", "license", "dataset"],
    );
    assert_mandatory(
        &triples,
        &format!("{DCAT}DataService"),
        &["title", "endpointURL", "format"],
    );
    assert_mandatory(
        &triples,
        &format!("{DCAT}Dataset"),
        &["title", "description", "publisher"],
    );
    assert_mandatory(&triples, &format!("{FOAF}Agent"), &["name", "type"]);
    assert_mandatory(
        &triples,
        &format!("{VCARD}Organization"),
        &["fn", "hasEmail"],
    );
    assert!(triples
        .iter()
        .any(|t| t.object.to_string() == "<http://dataportal.se/organisation/SE2120001355>"));
    let text = String::from_utf8(turtle(Profile::DcatApSe, &triples)).unwrap();
    assert!(text.contains("\"Öppna") || text.contains("@sv"), "{text}");
}

#[test]
fn turtle_and_json_ld_read_back_as_the_same_triples() {
    let triples = graph(Profile::DcatApNo, &described()).unwrap();
    let text = turtle(Profile::DcatApNo, &triples);
    let read: Vec<Triple> = oxttl::TurtleParser::new()
        .for_slice(&text)
        .collect::<Result<_, _>>()
        .expect("the Turtle parses");
    let named = |ts: &[Triple]| -> BTreeSet<String> {
        ts.iter()
            .filter(|t| matches!(t.subject, NamedOrBlankNode::NamedNode(_)))
            .filter(|t| !matches!(t.object, Term::BlankNode(_)))
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(read.len(), triples.len());
    assert_eq!(
        named(&read),
        named(&triples),
        "text with quotes and Nordic letters kept"
    );
    let document = json_ld(&triples);
    let statements: usize = document["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            node.as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| *k != "@id")
                .map(|(_, v)| v.as_array().unwrap().len())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(statements, triples.len());
}

#[test]
fn an_endpoint_that_is_no_web_address_is_refused_naming_the_api() {
    let mut described = described();
    described.apis[1].endpoint = "kart eksempel".into();
    assert_eq!(
        graph(Profile::DcatApNo, &described).unwrap_err(),
        DcatError::BadEndpoint {
            api: "Skolekretser".into(),
            endpoint: "kart eksempel".into()
        }
    );
}
