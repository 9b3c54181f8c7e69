//! XML Schema (XSD 1.0) and SOAP services' WSDL 1.1 read as information sets ([`plan`]).
//!
//! Örebro builds no new SOAP APIs, but SOAP services must be consumable and documented: the
//! message types of a service become the information sets of its system's interface. In a
//! WSDL, each element a message part names is a set (the schemas under `wsdl:types` define
//! them); in an XSD, each top-level element (or, when there is none, each named complex
//! type). Complex types nest (sequences, `all`, choices, attributes, groups, extensions of a
//! base type); `minOccurs="0"` and a choice's alternatives are optional, `maxOccurs` above 1
//! a list; simple types map to the catalog's (`xs:int` an integer, `xs:date` a date, …) with
//! their facets as limits and their enumerations as allowed values; `xs:documentation`
//! becomes the description. A reference back to a type being read is recorded, not expanded.
//!
//! The XML is read by `roxmltree` with DTDs refused (no entity expansion at all) and a cap on
//! nodes; types are found by local name across every schema of the file (`xs:import` of other
//! files is not followed: a type no schema of the file defines is an error naming it).

use roxmltree::{Document, Node, ParsingOptions};

use crate::formats::openapi::read::{
    Plan, PlannedSet, Renamed, Siblings, Simplification, Simplified,
};
use crate::model::{Constraints, SchemaField, SchemaType};

/// The largest file read, in bytes.
pub const MAX_BYTES: usize = 32 << 20;
/// Most XML nodes read from one file.
const MAX_NODES: u32 = 4_000_000;
/// Deepest nesting of fields that is expanded.
const MAX_NESTING: usize = 16;
/// Most fields one set gets.
const MAX_FIELDS: usize = 2_000;
/// Most nested contents and simple types read at once (a group that refers to itself, or
/// sequences nested thousands deep, stop here rather than exhaust the stack).
const MAX_HOPS: usize = 64;

const XS: &str = "http://www.w3.org/2001/XMLSchema";
const WSDL: &str = "http://schemas.xmlsoap.org/wsdl/";

/// Why a file cannot be read as XSD or WSDL; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XsdError {
    /// Not XML Datapakt reads (or too large, or with a DTD).
    #[error("the file is not XML Datapakt reads ({detail})")]
    Syntax {
        /// What the parser said (with line and column).
        detail: String,
    },
    /// The root is neither `xs:schema` nor `wsdl:definitions`.
    #[error("the file's root is <{found}>, not an XML Schema (xs:schema) or a WSDL 1.1 description (wsdl:definitions)")]
    NotSchema {
        /// The root element's name.
        found: String,
    },
    /// Nothing to read: no element and no named complex type.
    #[error("the file defines no element and no complex type: there is nothing to make an information set of")]
    Empty,
    /// Nothing to read in the file itself: its types are in a file it imports.
    #[error("the file's types are in {location}, which it imports: bundle the schemas into one file, or import that file")]
    Imports {
        /// The imported file, as the import names it.
        location: String,
    },
    /// A type the file names but does not define.
    #[error("{at} names the type {name}, which no schema of the file defines: bundle the schemas it imports into the file")]
    UnknownType {
        /// Where (the element or attribute, by its path of names).
        at: String,
        /// The type's name.
        name: String,
    },
}

impl XsdError {
    /// The id of the message that explains this error in any language (`error-xsd-…`) and the
    /// values it names (besides the file's `path`).
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            XsdError::Syntax { detail } => ("error-xsd-syntax", vec![("detail", detail.clone())]),
            XsdError::NotSchema { found } => {
                ("error-xsd-not-schema", vec![("found", found.clone())])
            }
            XsdError::Empty => ("error-xsd-empty", vec![]),
            XsdError::Imports { location } => {
                ("error-xsd-imports", vec![("location", location.clone())])
            }
            XsdError::UnknownType { at, name } => (
                "error-xsd-unknown-type",
                vec![("at", at.clone()), ("name", name.clone())],
            ),
        }
    }
}

/// Reads `source` as an XSD or a WSDL 1.1 file called `name` and works out its information
/// sets. Pure; never panics, whatever the input.
pub fn plan(source: &[u8], name: &str) -> Result<Plan, XsdError> {
    let syntax = |detail: String| XsdError::Syntax { detail };
    if source.len() > MAX_BYTES {
        return Err(syntax(format!("it has more than {MAX_BYTES} bytes")));
    }
    let text = std::str::from_utf8(source).map_err(|e| syntax(format!("it is not UTF-8: {e}")))?;
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let document =
        Document::parse_with_options(text, options).map_err(|e| syntax(e.to_string()))?;
    let root = document.root_element();
    let (dialect, schemas) = match (root.tag_name().namespace(), root.tag_name().name()) {
        (Some(XS), "schema") => ("XSD", vec![root]),
        (Some(WSDL), "definitions") => {
            let schemas = children(root, WSDL, "types")
                .flat_map(|types| children(types, XS, "schema"))
                .collect();
            ("WSDL 1.1", schemas)
        }
        (_, found) => {
            return Err(XsdError::NotSchema {
                found: found.to_owned(),
            })
        }
    };
    let mut reader = Reader {
        schemas,
        budget: 0,
        hops: 0,
        simplified: Vec::new(),
    };
    let sources = if dialect == "XSD" {
        reader.schema_sources()
    } else {
        reader.message_sources(root)
    };
    if sources.is_empty() {
        // Its types may be in the files it imports.
        let imported = root.descendants().find_map(|node| {
            let ns = node.tag_name().namespace();
            let imports = matches!(node.tag_name().name(), "import" | "include")
                && (ns == Some(XS) || ns == Some(WSDL));
            imports
                .then(|| {
                    node.attribute("schemaLocation")
                        .or(node.attribute("location"))
                })
                .flatten()
        });
        return Err(match imported {
            Some(location) => XsdError::Imports {
                location: location.to_owned(),
            },
            None => XsdError::Empty,
        });
    }
    let mut renamed = Vec::new();
    let mut set_names = crate::formats::openapi::read::SetNames::default();
    let mut sets = Vec::with_capacity(sources.len());
    for (origin, set_name, node) in sources {
        reader.budget = MAX_FIELDS;
        let mut field = reader.element(node, &set_name, &mut Vec::new(), 0)?;
        let fields = if field.field_type == SchemaType::Object && !field.children.is_empty() {
            std::mem::take(&mut field.children)
        } else {
            field.name = "value".into();
            vec![field.clone()]
        };
        let mut fields = fields;
        tidy_names(&mut fields, &origin, &mut renamed);
        sets.push(PlannedSet {
            name: set_names.claim(&set_name, &origin, &mut renamed),
            description: field.description,
            fields,
            origin,
            scheme: None,
        });
    }
    Ok(Plan {
        dialect: dialect.to_owned(),
        api: root
            .attribute("targetNamespace")
            .or(root.attribute("name"))
            .unwrap_or(name)
            .to_owned(),
        version: String::new(),
        sets,
        renamed,
        simplified: reader.simplified,
    })
}

/// The child elements of `node` called `name` in namespace `ns`.
fn children<'a, 'i>(
    node: Node<'a, 'i>,
    ns: &'static str,
    name: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |c| {
        c.is_element() && c.tag_name().namespace() == Some(ns) && c.tag_name().name() == name
    })
}

/// The schema child of `node` called `name` (`xs:` namespace).
fn xs_child<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    children(node, XS, name).next()
}

/// The local part of a qualified name (`tns:Elev` → `Elev`).
fn local(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

/// Whether the qualified name `qname`, read at `node`, is in the XML Schema namespace.
fn is_builtin(node: Node<'_, '_>, qname: &str) -> bool {
    let prefix = qname.split_once(':').map(|(p, _)| p);
    node.lookup_namespace_uri(prefix) == Some(XS)
}

/// The text of `node`'s `xs:annotation/xs:documentation`, trimmed.
fn documentation(node: Node<'_, '_>) -> String {
    xs_child(node, "annotation")
        .and_then(|a| xs_child(a, "documentation"))
        .map(|d| {
            d.descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect::<String>()
        })
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Makes every name at every level one the catalog accepts and unique among its siblings.
fn tidy_names(fields: &mut [SchemaField], at: &str, renamed: &mut Vec<Renamed>) {
    let raw: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    let mut siblings = Siblings::new(raw.iter().map(String::as_str));
    for field in fields {
        let path = format!("{at}/{}", field.name);
        field.name = siblings.claim(&field.name, &path, renamed);
        tidy_names(&mut field.children, &path, renamed);
    }
}

struct Reader<'a, 'i> {
    schemas: Vec<Node<'a, 'i>>,
    /// Fields the current set may still get.
    budget: usize,
    /// Contents and simple types being read, nested.
    hops: usize,
    simplified: Vec<Simplified>,
}

impl<'a, 'i> Reader<'a, 'i> {
    /// The top-level definition of kind `kind` (`element`, `complexType`, …) called `name`.
    fn named(&self, kind: &'static str, name: &str) -> Option<Node<'a, 'i>> {
        let name = local(name);
        self.schemas
            .iter()
            .flat_map(|schema| children(*schema, XS, kind))
            .find(|node| node.attribute("name") == Some(name))
    }

    /// An XSD's sets: its top-level elements, else its named complex types.
    fn schema_sources(&self) -> Vec<(String, String, Node<'a, 'i>)> {
        let top = |kind: &'static str| -> Vec<(String, String, Node<'a, 'i>)> {
            self.schemas
                .iter()
                .flat_map(|schema| children(*schema, XS, kind))
                .filter_map(|node| {
                    let name = node.attribute("name")?;
                    Some((format!("{kind} {name}"), name.to_owned(), node))
                })
                .collect()
        };
        let elements = top("element");
        if elements.is_empty() {
            top("complexType")
        } else {
            elements
        }
    }

    /// A WSDL's sets: the elements (or types) its messages' parts name, once each; without
    /// messages, its schemas' elements.
    fn message_sources(&self, root: Node<'a, 'i>) -> Vec<(String, String, Node<'a, 'i>)> {
        let mut found: Vec<(String, String, Node<'a, 'i>)> = Vec::new();
        for message in children(root, WSDL, "message") {
            let message_name = message.attribute("name").unwrap_or("?");
            for part in children(message, WSDL, "part") {
                let (origin, name, node) = match (part.attribute("element"), part.attribute("type"))
                {
                    (Some(element), _) => match self.named("element", element) {
                        Some(node) => (
                            format!("element {}", local(element)),
                            local(element).to_owned(),
                            node,
                        ),
                        None => continue,
                    },
                    (None, Some(_)) => {
                        let name = format!(
                            "{message_name}.{}",
                            part.attribute("name").unwrap_or("part")
                        );
                        (format!("message {name}"), name, part)
                    }
                    (None, None) => continue,
                };
                if !found.iter().any(|(o, ..)| *o == origin) {
                    found.push((origin, name, node));
                }
            }
        }
        if found.is_empty() {
            self.schema_sources()
        } else {
            found
        }
    }

    /// The field an element (or a WSDL part, or an attribute) declares.
    fn element(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
    ) -> Result<SchemaField, XsdError> {
        self.budget = self.budget.saturating_sub(1);
        let kind = if node.tag_name().name() == "attribute" {
            "attribute"
        } else {
            "element"
        };
        let (declared, occurs) = match node.attribute("ref") {
            Some(reference) => match self.named(kind, reference) {
                Some(target) => (target, node),
                None => {
                    return Err(XsdError::UnknownType {
                        at: at.to_owned(),
                        name: reference.to_owned(),
                    })
                }
            },
            None => (node, node),
        };
        let name = declared.attribute("name").unwrap_or("value").to_owned();
        let at = format!("{at}/{name}");
        let mut field = self.typed(declared, &at, stack, depth)?;
        field.name = name;
        if field.description.is_empty() {
            field.description = documentation(declared);
        }
        let min = occurs.attribute("minOccurs").unwrap_or("1");
        field.required = match node.tag_name().name() {
            "attribute" => node.attribute("use") == Some("required"),
            _ => min != "0",
        };
        let max = occurs.attribute("maxOccurs").unwrap_or("1");
        if max == "unbounded" || max.parse::<u64>().is_ok_and(|m| m > 1) {
            let item = SchemaField {
                name: "item".into(),
                required: true,
                ..field.clone()
            };
            field = SchemaField {
                name: field.name,
                field_type: SchemaType::Array,
                required: field.required,
                description: field.description,
                children: vec![item],
                ..SchemaField::default()
            };
        }
        Ok(field)
    }

    /// A declaration's type, as a field (its name set by the caller).
    fn typed(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
    ) -> Result<SchemaField, XsdError> {
        if let Some(type_name) = node.attribute("type") {
            return self.type_named(node, type_name, at, stack, depth);
        }
        if let Some(complex) = xs_child(node, "complexType") {
            return self.complex(complex, at, stack, depth);
        }
        if let Some(simple) = xs_child(node, "simpleType") {
            return self.simple(simple, at, stack);
        }
        // No type: any value.
        self.note(at, Simplification::AnyValue);
        Ok(SchemaField::default())
    }

    /// The field of the type called `type_name` (as named at `node`).
    fn type_named(
        &mut self,
        node: Node<'a, 'i>,
        type_name: &str,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
    ) -> Result<SchemaField, XsdError> {
        if is_builtin(node, type_name) {
            return Ok(builtin(local(type_name)));
        }
        if stack.iter().any(|t| t == local(type_name)) {
            self.note(
                at,
                Simplification::Cycle {
                    target: local(type_name).to_owned(),
                },
            );
            return Ok(SchemaField {
                description: format!("A {}, as above.", local(type_name)),
                ..SchemaField::default()
            });
        }
        stack.push(local(type_name).to_owned());
        let field = if let Some(complex) = self.named("complexType", type_name) {
            self.complex(complex, at, stack, depth)
        } else if let Some(simple) = self.named("simpleType", type_name) {
            self.simple(simple, at, stack)
        } else {
            Err(XsdError::UnknownType {
                at: at.to_owned(),
                name: type_name.to_owned(),
            })
        };
        stack.pop();
        field
    }

    /// A complex type as an object field with its children.
    fn complex(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
    ) -> Result<SchemaField, XsdError> {
        let mut field = SchemaField {
            field_type: SchemaType::Object,
            description: documentation(node),
            ..SchemaField::default()
        };
        if depth >= MAX_NESTING || self.budget == 0 {
            let why = if depth >= MAX_NESTING {
                Simplification::TooDeep
            } else {
                Simplification::TooLarge
            };
            self.note(at, why);
            field.field_type = SchemaType::String;
            return Ok(field);
        }
        field.children = self.content(node, at, stack, depth + 1, true)?;
        if field.children.is_empty() {
            self.note(at, Simplification::FreeForm);
            field.field_type = SchemaType::String;
        }
        Ok(field)
    }

    /// The fields of a complex type's (or group's, or extension's) content; `required` is
    /// false inside a choice. Nesting past [`MAX_HOPS`] is recorded, not read.
    fn content(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
        required: bool,
    ) -> Result<Vec<SchemaField>, XsdError> {
        if self.hops >= MAX_HOPS {
            self.note(at, Simplification::TooDeep);
            return Ok(Vec::new());
        }
        self.hops += 1;
        let fields = self.content_within(node, at, stack, depth, required);
        self.hops -= 1;
        fields
    }

    fn content_within(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
        depth: usize,
        required: bool,
    ) -> Result<Vec<SchemaField>, XsdError> {
        let mut fields = Vec::new();
        for child in node
            .children()
            .filter(|c| c.is_element() && c.tag_name().namespace() == Some(XS))
        {
            if self.budget == 0 {
                self.note(at, Simplification::TooLarge);
                break;
            }
            match child.tag_name().name() {
                "element" | "attribute" => {
                    let mut field = self.element(child, at, stack, depth)?;
                    field.required &= required;
                    fields.push(field);
                }
                "sequence" | "all" => {
                    fields.extend(self.content(child, at, stack, depth, required)?)
                }
                "choice" => fields.extend(self.content(child, at, stack, depth, false)?),
                "group" | "attributeGroup" => {
                    let kind = if child.tag_name().name() == "group" {
                        "group"
                    } else {
                        "attributeGroup"
                    };
                    let target = match child.attribute("ref") {
                        Some(reference) => {
                            self.named(kind, reference)
                                .ok_or_else(|| XsdError::UnknownType {
                                    at: at.to_owned(),
                                    name: reference.to_owned(),
                                })?
                        }
                        None => child,
                    };
                    fields.extend(self.content(target, at, stack, depth, required)?);
                }
                "complexContent" | "simpleContent" => {
                    for derived in child.children().filter(|c| c.is_element()) {
                        if let Some(base) = derived.attribute("base") {
                            let base_field = self.type_named(derived, base, at, stack, depth)?;
                            match base_field.field_type {
                                SchemaType::Object => fields.extend(base_field.children),
                                _ => fields.push(SchemaField {
                                    name: "value".into(),
                                    required: true,
                                    ..base_field
                                }),
                            }
                        }
                        fields.extend(self.content(derived, at, stack, depth, required)?);
                    }
                }
                "any" | "anyAttribute" => self.note(at, Simplification::FreeForm),
                _ => {}
            }
        }
        Ok(fields)
    }

    /// A simple type: its base's type with its facets as limits and allowed values. Nesting
    /// past [`MAX_HOPS`] is recorded and read as text.
    fn simple(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
    ) -> Result<SchemaField, XsdError> {
        if self.hops >= MAX_HOPS {
            self.note(at, Simplification::TooDeep);
            return Ok(SchemaField::default());
        }
        self.hops += 1;
        let field = self.simple_within(node, at, stack);
        self.hops -= 1;
        field
    }

    fn simple_within(
        &mut self,
        node: Node<'a, 'i>,
        at: &str,
        stack: &mut Vec<String>,
    ) -> Result<SchemaField, XsdError> {
        let mut field = SchemaField {
            description: documentation(node),
            ..SchemaField::default()
        };
        let Some(restriction) = xs_child(node, "restriction") else {
            // A list or a union of values: text.
            return Ok(field);
        };
        if let Some(base) = restriction.attribute("base") {
            let base = self.type_named(restriction, base, at, stack, 0)?;
            field = SchemaField {
                description: field.description,
                ..base
            };
        } else if let Some(inner) = xs_child(restriction, "simpleType") {
            field = self.simple(inner, at, stack)?;
        }
        let mut values = Vec::new();
        for facet in restriction.children().filter(|c| c.is_element()) {
            let value = facet.attribute("value").unwrap_or_default();
            let number = || {
                value
                    .parse::<i64>()
                    .map(serde_json::Number::from)
                    .ok()
                    .or_else(|| {
                        value
                            .parse::<f64>()
                            .ok()
                            .and_then(serde_json::Number::from_f64)
                    })
            };
            let limits = &mut field.constraints;
            match facet.tag_name().name() {
                "enumeration" => values.push(value.to_owned()),
                "maxLength" => limits.max_length = value.parse().ok(),
                "minLength" => limits.min_length = value.parse().ok(),
                "length" => {
                    limits.max_length = value.parse().ok();
                    limits.min_length = limits.max_length;
                }
                "pattern" => limits.pattern = Some(value.to_owned()),
                "minInclusive" => limits.minimum = number(),
                "maxInclusive" => limits.maximum = number(),
                _ => {}
            }
        }
        if !values.is_empty() {
            field.enum_values = values;
        }
        Ok(field)
    }

    fn note(&mut self, at: &str, why: Simplification) {
        self.simplified.push(Simplified {
            at: at.to_owned(),
            why,
        });
    }
}

/// A built-in XML Schema type (by its local name) as a field.
fn builtin(name: &str) -> SchemaField {
    let (field_type, format) = match name {
        "int" | "integer" | "long" | "short" | "byte" | "unsignedInt" | "unsignedLong"
        | "unsignedShort" | "unsignedByte" | "positiveInteger" | "nonNegativeInteger"
        | "negativeInteger" | "nonPositiveInteger" => (SchemaType::Integer, None),
        "decimal" | "float" | "double" => (SchemaType::Number, None),
        "boolean" => (SchemaType::Boolean, None),
        "date" => (SchemaType::Date, None),
        "dateTime" | "dateTimeStamp" => (SchemaType::DateTime, None),
        "time" => (SchemaType::String, Some("time")),
        "base64Binary" | "hexBinary" => (SchemaType::String, Some("byte")),
        "anyURI" => (SchemaType::String, Some("uri")),
        _ => (SchemaType::String, None),
    };
    let constraints = Constraints {
        minimum: match name {
            "positiveInteger" => Some(1.into()),
            "nonNegativeInteger" | "unsignedInt" | "unsignedLong" | "unsignedShort"
            | "unsignedByte" => Some(0.into()),
            _ => None,
        },
        ..Constraints::default()
    };
    SchemaField {
        field_type,
        format: format.map(str::to_owned),
        constraints,
        ..SchemaField::default()
    }
}

#[cfg(test)]
mod tests;
