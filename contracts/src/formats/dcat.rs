//! The catalog's open APIs as a national data catalogue's description: DCAT-AP-NO 2.2
//! (data.norge.no) or DCAT-AP-SE 3.0.1 (dataportal.se), in Turtle or JSON-LD ([`graph`],
//! [`turtle`], [`json_ld`]).
//!
//! Each open API (an approved contract whose access rights are public, with an endpoint) is a
//! `dcat:DataService` serving the information sets it governs, each a `dcat:Dataset`; the
//! catalog is a `dcat:Catalog` of them, published by the organisation most of them come from.
//! Every property each profile makes mandatory is written — NO: the service's endpoint URL,
//! identifier and title, the dataset's title, description, identifier, theme and publisher, the
//! catalog's title, description, identifier and publisher; SE: the service's title, endpoint
//! URL and format, the dataset's title, description and publisher, the catalog's title,
//! description, publisher, licence (CC0, as dataportal.se requires of catalogue metadata) and
//! datasets, the publisher's name and type — and the recommended ones the catalog knows
//! (contact point, access rights, publisher identifier).
//!
//! **Shipped defaults** (the catalog does not record these; marked as such in the output's
//! comment and the README): every dataset's theme is the EU data theme *Government and public
//! sector* (`GOVE`), and every publisher's type the ADMS publisher type *Local authority*.
//! Resources are named by their uids (`urn:uuid:…`), so a harvester de-duplicates them.

use oxrdf::vocab::rdf;
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use serde_json::{json, Map, Value};

use crate::model::Country;

pub use crate::model::DcatProfile as Profile;

impl Profile {
    /// The language tag of the catalog's text.
    fn language(self) -> &'static str {
        match self {
            Profile::DcatApNo => "nb",
            Profile::DcatApSe => "sv",
        }
    }
}

/// An organisation publishing APIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// Its name.
    pub name: String,
    /// Its organisation number.
    pub org_number: String,
    /// Where it is registered.
    pub country: Country,
}

impl Publisher {
    /// The language of what its organisation writes (its country's).
    fn language(&self) -> &'static str {
        match self.country {
            Country::Norway => "nb",
            Country::Sweden => "sv",
        }
    }

    /// Its IRI as each country's catalogue names organisations: Norway's by the
    /// organisation number in Felles datakatalog, Sweden's as dataportal.se recommends.
    fn iri(&self) -> String {
        let number: String = self
            .org_number
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        match self.country {
            Country::Norway => format!(
                "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/{number}"
            ),
            Country::Sweden => format!("http://dataportal.se/organisation/SE{number}"),
        }
    }
}

/// An information set an API serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedSet {
    /// Its uid.
    pub uid: String,
    /// Its name.
    pub name: String,
    /// Its description (when empty, its fields are listed instead).
    pub description: String,
    /// Its top-level fields' names.
    pub fields: Vec<String>,
}

/// An open API: an approved contract with public access rights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenApi {
    /// The contract's uid.
    pub uid: String,
    /// Its title.
    pub title: String,
    /// What it offers (the contract's description, else its purpose).
    pub description: String,
    /// The provider's production endpoint (the API's root).
    pub endpoint: String,
    /// Who publishes it.
    pub publisher: Publisher,
    /// Whom to ask: a name and an e-mail address.
    pub contact: Option<(String, String)>,
    /// The information sets it serves.
    pub sets: Vec<ServedSet>,
}

/// What a description covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    /// The catalog's uid.
    pub uid: String,
    /// The catalog's title.
    pub title: String,
    /// What it holds.
    pub description: String,
    /// Its open APIs (at least one).
    pub apis: Vec<OpenApi>,
}

/// Why a description cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DcatError {
    /// An endpoint that is no IRI.
    #[error("the endpoint {endpoint:?} of {api:?} is not a web address RDF can hold: correct it on the provider system")]
    BadEndpoint {
        /// The API.
        api: String,
        /// Its endpoint.
        endpoint: String,
    },
}

const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
/// The EU access-right vocabulary's "public".
const PUBLIC: &str = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
/// The EU file type JSON (DCAT-AP-NO's formats).
const JSON_FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/JSON";
/// Creative Commons Zero, the licence dataportal.se requires of catalogue metadata.
const CC0: &str = "http://creativecommons.org/publicdomain/zero/1.0/";
/// Shipped default: the EU data theme "Government and public sector".
pub const DEFAULT_THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
/// Shipped default: the ADMS publisher type "Local authority".
pub const DEFAULT_PUBLISHER_TYPE: &str = "http://purl.org/adms/publishertype/LocalAuthority";

/// The prefixes the Turtle names.
pub const PREFIXES: [(&str, &str); 5] = [
    ("dcat", DCAT),
    ("dct", DCT),
    ("foaf", FOAF),
    ("vcard", VCARD),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
];

fn iri(namespace: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{namespace}{local}"))
}

/// The URN of a uid, hyphenated as RFC 4122 writes UUIDs when it is 32 hex digits bare.
fn uid_iri(uid: &str) -> NamedNode {
    let uid = match uid.len() {
        32 if uid.bytes().all(|b| b.is_ascii_hexdigit()) => format!(
            "{}-{}-{}-{}-{}",
            &uid[..8],
            &uid[8..12],
            &uid[12..16],
            &uid[16..20],
            &uid[20..]
        ),
        _ => uid.to_owned(),
    };
    NamedNode::new_unchecked(format!("urn:uuid:{uid}"))
}

/// Collects the triples of one description.
struct Graph {
    triples: Vec<Triple>,
    language: &'static str,
}

impl Graph {
    fn add(&mut self, subject: &NamedOrBlankNode, namespace: &str, property: &str, object: Term) {
        self.triples.push(Triple::new(
            subject.clone(),
            iri(namespace, property),
            object,
        ));
    }

    /// Text Datapakt writes, in the profile's language.
    fn text(&mut self, subject: &NamedOrBlankNode, namespace: &str, property: &str, text: &str) {
        let language = self.language;
        self.text_in(subject, namespace, property, text, language);
    }

    /// Text the catalog holds, in `language` (its organisation's).
    fn text_in(
        &mut self,
        subject: &NamedOrBlankNode,
        namespace: &str,
        property: &str,
        text: &str,
        language: &str,
    ) {
        let literal = Literal::new_language_tagged_literal_unchecked(text, language);
        self.add(subject, namespace, property, literal.into());
    }

    fn plain(&mut self, subject: &NamedOrBlankNode, namespace: &str, property: &str, text: &str) {
        self.add(
            subject,
            namespace,
            property,
            Literal::new_simple_literal(text).into(),
        );
    }

    fn link(&mut self, subject: &NamedOrBlankNode, namespace: &str, property: &str, to: NamedNode) {
        self.add(subject, namespace, property, to.into());
    }

    fn kind(&mut self, subject: &NamedOrBlankNode, namespace: &str, class: &str) {
        self.triples.push(Triple::new(
            subject.clone(),
            rdf::TYPE,
            iri(namespace, class),
        ));
    }
}

/// The description of `described` in `profile` as RDF triples.
pub fn graph(profile: Profile, described: &Described) -> Result<Vec<Triple>, DcatError> {
    let mut g = Graph {
        triples: Vec::new(),
        language: profile.language(),
    };
    let catalog: NamedOrBlankNode = uid_iri(&described.uid).into();
    g.kind(&catalog, DCAT, "Catalog");
    g.text(&catalog, DCT, "title", &described.title);
    g.text(&catalog, DCT, "description", &described.description);
    if profile == Profile::DcatApNo {
        g.plain(
            &catalog,
            DCT,
            "identifier",
            &format!("urn:uuid:{}", described.uid),
        );
    } else {
        g.link(&catalog, DCT, "license", NamedNode::new_unchecked(CC0));
    }
    let publisher = main_publisher(&described.apis);
    if let Some(publisher) = publisher {
        g.link(
            &catalog,
            DCT,
            "publisher",
            NamedNode::new_unchecked(publisher.iri()),
        );
    }
    let mut publishers: Vec<&Publisher> = Vec::new();
    let mut datasets: Vec<&str> = Vec::new();
    for api in &described.apis {
        let service: NamedOrBlankNode = uid_iri(&api.uid).into();
        g.link(&catalog, DCAT, "service", uid_iri(&api.uid));
        data_service(&mut g, profile, &service, api)?;
        if !publishers.contains(&&api.publisher) {
            publishers.push(&api.publisher);
        }
        for set in &api.sets {
            g.link(&service, DCAT, "servesDataset", uid_iri(&set.uid));
            if !datasets.contains(&set.uid.as_str()) {
                datasets.push(&set.uid);
                g.link(&catalog, DCAT, "dataset", uid_iri(&set.uid));
                dataset(&mut g, set, &api.publisher);
            }
        }
    }
    for publisher in publishers {
        agent(&mut g, profile, publisher);
    }
    Ok(g.triples)
}

/// The organisation most of `apis` come from (the first of them on a tie).
fn main_publisher(apis: &[OpenApi]) -> Option<&Publisher> {
    let count = |p: &Publisher| apis.iter().filter(|a| a.publisher == *p).count();
    apis.iter()
        .map(|a| &a.publisher)
        .fold(None, |best: Option<&Publisher>, p| match best {
            Some(b) if count(b) >= count(p) => Some(b),
            _ => Some(p),
        })
}

fn data_service(
    g: &mut Graph,
    profile: Profile,
    service: &NamedOrBlankNode,
    api: &OpenApi,
) -> Result<(), DcatError> {
    let endpoint = NamedNode::new(api.endpoint.trim()).map_err(|_| DcatError::BadEndpoint {
        api: api.title.clone(),
        endpoint: api.endpoint.clone(),
    })?;
    let language = api.publisher.language();
    g.kind(service, DCAT, "DataService");
    g.text_in(service, DCT, "title", &api.title, language);
    g.link(service, DCAT, "endpointURL", endpoint);
    g.plain(service, DCT, "identifier", &api.uid);
    if !api.description.trim().is_empty() {
        g.text_in(service, DCT, "description", &api.description, language);
    }
    g.link(
        service,
        DCT,
        "publisher",
        NamedNode::new_unchecked(api.publisher.iri()),
    );
    g.link(
        service,
        DCT,
        "accessRights",
        NamedNode::new_unchecked(PUBLIC),
    );
    match profile {
        Profile::DcatApNo => g.link(
            service,
            DCT,
            "format",
            NamedNode::new_unchecked(JSON_FILE_TYPE),
        ),
        Profile::DcatApSe => g.plain(service, DCT, "format", "application/json"),
    }
    let mailbox = api.contact.as_ref().and_then(|(name, email)| {
        Some((
            name,
            NamedNode::new(format!("mailto:{}", email.trim())).ok()?,
        ))
    });
    if let Some((name, mailbox)) = mailbox {
        let contact: NamedOrBlankNode = BlankNode::default().into();
        g.add(service, DCAT, "contactPoint", contact.clone().into());
        g.kind(&contact, VCARD, "Organization");
        g.plain(&contact, VCARD, "fn", name);
        g.link(&contact, VCARD, "hasEmail", mailbox);
    }
    Ok(())
}

fn dataset(g: &mut Graph, set: &ServedSet, publisher: &Publisher) {
    let node: NamedOrBlankNode = uid_iri(&set.uid).into();
    let language = publisher.language();
    g.kind(&node, DCAT, "Dataset");
    g.text_in(&node, DCT, "title", &set.name, language);
    let description = if set.description.trim().is_empty() {
        format!("{}: {}.", set.name, set.fields.join(", "))
    } else {
        set.description.clone()
    };
    g.text_in(&node, DCT, "description", &description, language);
    g.plain(&node, DCT, "identifier", &set.uid);
    g.link(
        &node,
        DCT,
        "publisher",
        NamedNode::new_unchecked(publisher.iri()),
    );
    g.link(
        &node,
        DCAT,
        "theme",
        NamedNode::new_unchecked(DEFAULT_THEME),
    );
    g.link(&node, DCT, "accessRights", NamedNode::new_unchecked(PUBLIC));
}

fn agent(g: &mut Graph, profile: Profile, publisher: &Publisher) {
    let node: NamedOrBlankNode = NamedNode::new_unchecked(publisher.iri()).into();
    g.kind(&node, FOAF, "Agent");
    g.text_in(&node, FOAF, "name", &publisher.name, publisher.language());
    g.plain(&node, DCT, "identifier", &publisher.org_number);
    if profile == Profile::DcatApSe {
        g.link(
            &node,
            DCT,
            "type",
            NamedNode::new_unchecked(DEFAULT_PUBLISHER_TYPE),
        );
    }
}

/// `triples` as Turtle, with the usual prefixes and a comment naming the shipped defaults.
pub fn turtle(profile: Profile, triples: &[Triple]) -> Vec<u8> {
    let mut header = format!(
        "# {} description written by Datapakt. Shipped defaults (the catalog does not record \
         them): every dataset's theme is {DEFAULT_THEME}{}.\n",
        profile.as_str().to_uppercase(),
        match profile {
            Profile::DcatApSe => format!(", every publisher's type {DEFAULT_PUBLISHER_TYPE}"),
            Profile::DcatApNo => String::new(),
        }
    )
    .into_bytes();
    let mut serializer = oxttl::TurtleSerializer::new();
    for (prefix, namespace) in PREFIXES {
        serializer = serializer
            .with_prefix(prefix, namespace)
            .expect("the prefixes are valid IRIs");
    }
    let mut writer = serializer.for_writer(Vec::new());
    for triple in triples {
        writer
            .serialize_triple(triple)
            .expect("writing to memory does not fail");
    }
    header.extend(writer.finish().expect("writing to memory does not fail"));
    header
}

/// `triples` as expanded JSON-LD: one node object per subject.
pub fn json_ld(triples: &[Triple]) -> Value {
    let mut nodes: Vec<(String, Map<String, Value>)> = Vec::new();
    for triple in triples {
        let id = match &triple.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let at = match nodes.iter().position(|(i, _)| *i == id) {
            Some(at) => at,
            None => {
                let mut node = Map::new();
                node.insert("@id".into(), json!(id));
                nodes.push((id, node));
                nodes.len() - 1
            }
        };
        let node = &mut nodes[at].1;
        let (key, value) = if triple.predicate == rdf::TYPE {
            ("@type".to_owned(), object_id(&triple.object))
        } else {
            (
                triple.predicate.as_str().to_owned(),
                object_value(&triple.object),
            )
        };
        match node.get_mut(&key).and_then(Value::as_array_mut) {
            Some(values) => values.push(value),
            None => {
                node.insert(key, json!([value]));
            }
        }
    }
    json!({ "@graph": nodes.into_iter().map(|(_, n)| Value::Object(n)).collect::<Vec<_>>() })
}

fn object_id(term: &Term) -> Value {
    match term {
        Term::NamedNode(n) => json!(n.as_str()),
        Term::BlankNode(b) => json!(format!("_:{}", b.as_str())),
        other => json!(other.to_string()),
    }
}

fn object_value(term: &Term) -> Value {
    match term {
        Term::NamedNode(_) | Term::BlankNode(_) => json!({ "@id": object_id(term) }),
        Term::Literal(literal) => match literal.language() {
            Some(language) => json!({ "@value": literal.value(), "@language": language }),
            None => json!({ "@value": literal.value() }),
        },
        #[allow(unreachable_patterns)]
        other => json!({ "@value": other.to_string() }),
    }
}

#[cfg(test)]
mod tests;
