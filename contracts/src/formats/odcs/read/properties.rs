//! ODCS `schema`: schema objects become information sets (or, when Datapakt marked one so,
//! the contract's own field list), properties become fields, nested objects and arrays
//! included, each classification a level of the set's scheme.

use crate::formats::odcs::names;
use crate::model::{
    ClassificationScheme, Constraints, Field, FieldType, InformationSetDraft, PersonalData,
    SchemaField, SchemaType,
};
use crate::model::{Labels, Lang, PersonDraft};
use crate::validate::{is_field_name, is_resource_name, person_issues, FieldPath};
use crate::wire::Note;

use super::error::{OdcsError, Problem};
use super::node::{Customs, Node};

/// A person the document names (a team member, a set's owner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    /// Full name.
    pub name: String,
    /// E-mail address (how the catalog knows them).
    pub email: String,
    /// The day they left.
    pub left_on: Option<String>,
}

/// An information set the document describes, with its owner as the document names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetImport {
    /// The set (its owner is linked when the import applies it).
    pub draft: InformationSetDraft,
    /// Its information owner.
    pub owner: Option<PersonRef>,
}

/// What the document's `schema` holds.
#[derive(Debug, Default)]
pub struct SchemaRead {
    /// The contract's own field list, when a schema object is marked as that.
    pub contract_fields: Option<Vec<Field>>,
    /// The information sets.
    pub sets: Vec<SetImport>,
}

/// The logical types Datapakt reads (`time` as a string with format `time`).
const LOGICAL_TYPES: &str =
    "string, integer, number, boolean, date, timestamp, time, object, array";

/// Reads every schema object of the document.
pub fn read_schema(
    root: &Node<'_>,
    schemes: &[ClassificationScheme],
    notes: &mut Vec<Note>,
) -> Result<SchemaRead, OdcsError> {
    let mut read = SchemaRead::default();
    for object in root.list_at("schema")? {
        object.mapping()?;
        let name = required_name(&object)?;
        if let Some(logical) = object.get("logicalType") {
            if logical.text()? != "object" {
                return Err(logical.error(Problem::NotOneOf {
                    value: logical.text()?.to_owned(),
                    allowed: "object".into(),
                }));
            }
        }
        let customs = object.datapakt_customs()?;
        let marked = customs
            .get(names::CONTRACT_FIELDS)
            .map(Node::boolean)
            .transpose()?;
        if marked == Some(true) && read.contract_fields.is_none() {
            read.contract_fields = Some(flat_fields(&object.list_at("properties")?)?);
            continue;
        }
        match set(&object, name, &customs, schemes, notes)? {
            Some(set) => read.sets.push(set),
            None => notes.push(Note::new(
                "note-odcs-no-set",
                &[("at", object.at.clone()), ("name", format!("{name:?}"))],
            )),
        }
    }
    Ok(read)
}

/// A `name` ODCS requires, trimmed and not blank.
fn required_name<'a>(node: &Node<'a>) -> Result<&'a str, OdcsError> {
    let name = node.require("name")?;
    let text = name.text()?.trim();
    if text.is_empty() {
        return Err(name.error(Problem::Missing));
    }
    Ok(text)
}

/// One schema object as an information set; `None` when none of its properties can be held.
fn set(
    object: &Node<'_>,
    name: &str,
    customs: &Customs<'_>,
    schemes: &[ClassificationScheme],
    notes: &mut Vec<Note>,
) -> Result<Option<SetImport>, OdcsError> {
    let properties = object.list_at("properties")?;
    let scheme = scheme(object, customs, &properties, schemes, notes)?;
    let mut reader = Reader { scheme, notes };
    let fields = reader.siblings(&properties)?;
    if fields.is_empty() {
        return Ok(None);
    }
    let owner = customs.get(names::OWNER).map(person).transpose()?;
    let resource = match customs.text(names::RESOURCE)?.map(str::trim) {
        Some(resource) if is_resource_name(resource) => Some(resource.to_owned()),
        Some(resource) => {
            notes.push(Note::new(
                "note-odcs-resource-name",
                &[
                    ("at", object.at.clone()),
                    ("resource", format!("{resource:?}")),
                ],
            ));
            None
        }
        None => None,
    };
    Ok(Some(SetImport {
        draft: InformationSetDraft {
            name: name.to_owned(),
            description: object
                .text_at("description")?
                .unwrap_or_default()
                .to_owned(),
            owner: None,
            scheme: scheme.map(|(s, _)| s.key.clone()),
            fields,
            resource,
        },
        owner,
    }))
}

/// A person as Datapakt writes one: `name`, `email` and perhaps `leftOn`.
fn person(node: &Node<'_>) -> Result<PersonRef, OdcsError> {
    node.mapping()?;
    let left_on = node.get("leftOn").map(|n| n.date()).transpose()?;
    let name = node.require("name")?;
    let email = node.require("email")?;
    let person = PersonRef {
        name: name.text()?.trim().to_owned(),
        email: email.text()?.trim().to_owned(),
        left_on,
    };
    let draft = PersonDraft {
        name: person.name.clone(),
        email: person.email.clone(),
        ..PersonDraft::default()
    };
    match person_issues(&draft).first().map(|issue| issue.path) {
        None => Ok(person),
        Some(FieldPath::Email) => Err(email.error(Problem::NotEmail {
            value: person.email,
        })),
        Some(_) => Err(name.error(Problem::Missing)),
    }
}

/// The scheme the set's classifications belong to, and whether the document names it: the
/// one it names (which must exist), else the one scheme of the catalog that has every
/// classification the set uses as a level. Never a guess between schemes.
fn scheme<'s>(
    object: &Node<'_>,
    customs: &Customs<'_>,
    properties: &[Node<'_>],
    schemes: &'s [ClassificationScheme],
    notes: &mut Vec<Note>,
) -> Result<Option<(&'s ClassificationScheme, bool)>, OdcsError> {
    if let Some(node) = customs.get(names::CLASSIFICATION_SCHEME) {
        let key = node.text()?;
        return match schemes.iter().find(|s| s.key == key) {
            Some(scheme) => Ok(Some((scheme, true))),
            None => Err(node.error(Problem::UnknownScheme {
                key: key.to_owned(),
                known: schemes
                    .iter()
                    .map(|s| s.key.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })),
        };
    }
    let mut labels = Vec::new();
    collect_labels(properties, &mut labels);
    if labels.is_empty() {
        return Ok(None);
    }
    let fitting: Vec<&ClassificationScheme> = schemes
        .iter()
        .filter(|s| labels.iter().all(|label| level_of(s, label).is_some()))
        .collect();
    match fitting[..] {
        [scheme] => Ok(Some((scheme, false))),
        _ => {
            notes.push(Note::new(
                "note-odcs-unknown-classification",
                &[("at", object.at.clone()), ("labels", format!("{labels:?}"))],
            ));
            Ok(None)
        }
    }
}

/// Every classification text under `properties`, nested ones included.
fn collect_labels(properties: &[Node<'_>], out: &mut Vec<String>) {
    for property in properties {
        if let Some(Ok(label)) = property.get("classification").map(|n| n.text()) {
            if !out.iter().any(|l| l == label) {
                out.push(label.to_owned());
            }
        }
        if let Ok(children) = property.list_at("properties") {
            collect_labels(&children, out);
        }
        if let Some(items) = property.get("items") {
            collect_labels(std::slice::from_ref(&items), out);
        }
    }
}

/// The level of `scheme` called `label`: by a label in any language as written, else
/// ignoring case, else by its number.
pub fn level_of(scheme: &ClassificationScheme, label: &str) -> Option<u8> {
    let label = label.trim();
    let exact = scheme
        .levels
        .iter()
        .find(|l| l.name.0.values().any(|n| n == label));
    let folded = || {
        scheme.levels.iter().find(|l| {
            l.name
                .0
                .values()
                .any(|n| n.trim().to_lowercase() == label.to_lowercase())
        })
    };
    let numbered = || {
        label
            .parse::<u8>()
            .ok()
            .and_then(|n| scheme.levels.iter().find(|l| l.ordinal == n))
    };
    exact.or_else(folded).or_else(numbered).map(|l| l.ordinal)
}

/// Reads properties into fields, within one schema object.
struct Reader<'s, 'n> {
    /// The set's scheme, and whether the document named it.
    scheme: Option<(&'s ClassificationScheme, bool)>,
    notes: &'n mut Vec<Note>,
}

impl Reader<'_, '_> {
    /// Sibling properties: each a field (those Datapakt cannot hold left out, with a note),
    /// names unique.
    fn siblings(&mut self, properties: &[Node<'_>]) -> Result<Vec<SchemaField>, OdcsError> {
        let mut fields: Vec<SchemaField> = Vec::new();
        for property in properties {
            let Some(field) = self.property(property, false)? else {
                continue;
            };
            if fields.iter().any(|f| f.name == field.name) {
                return Err(OdcsError::new(
                    property.path_of("name"),
                    Problem::Duplicate { value: field.name },
                ));
            }
            fields.push(field);
        }
        Ok(fields)
    }

    /// One property (an array's `items` when `item`); `None` when Datapakt cannot hold it.
    fn property(&mut self, node: &Node<'_>, item: bool) -> Result<Option<SchemaField>, OdcsError> {
        node.mapping()?;
        let name = match (node.get("name"), item) {
            (Some(name), _) => {
                let text = name.text()?;
                if !is_field_name(text) {
                    return Err(name.error(Problem::NotIdentifier {
                        value: text.to_owned(),
                    }));
                }
                text.to_owned()
            }
            (None, true) => "item".to_owned(),
            (None, false) => return Err(OdcsError::new(node.path_of("name"), Problem::Missing)),
        };
        let logical = node.text_at("logicalType")?;
        let field_type = match logical {
            Some("string" | "time") => SchemaType::String,
            Some("integer") => SchemaType::Integer,
            Some("number") => SchemaType::Number,
            Some("boolean") => SchemaType::Boolean,
            Some("date") => SchemaType::Date,
            Some("timestamp") => SchemaType::DateTime,
            Some("object") => SchemaType::Object,
            Some("array") => SchemaType::Array,
            Some(other @ ("map" | "vector")) => {
                self.skip(
                    node,
                    "note-odcs-logical-type",
                    &[("type", other.to_owned())],
                );
                return Ok(None);
            }
            Some(other) => {
                return Err(OdcsError::new(
                    node.path_of("logicalType"),
                    Problem::NotOneOf {
                        value: other.to_owned(),
                        allowed: LOGICAL_TYPES.into(),
                    },
                ))
            }
            None if node.get("properties").is_some() => SchemaType::Object,
            None if node.get("items").is_some() => SchemaType::Array,
            None => SchemaType::String,
        };
        let customs = node.datapakt_customs()?;
        let mut field = SchemaField {
            name,
            field_type,
            format: self.format(node, &customs, logical)?,
            required: node.bool_at("required")?.unwrap_or(false),
            description: node.text_at("description")?.unwrap_or_default().to_owned(),
            enum_values: self.allowed_values(node, &customs, field_type)?,
            examples: node
                .list_at("examples")?
                .iter()
                .map(|e| plain_text(e.value))
                .collect(),
            classification: self.classification(node)?,
            personal_data: personal_data(&customs)?,
            children: Vec::new(),
            constraints: constraints(node)?,
            labels: labels(node, &customs)?,
        };
        match field_type {
            SchemaType::Object => {
                field.children = self.siblings(&node.list_at("properties")?)?;
                if field.children.is_empty() {
                    self.skip(node, "note-odcs-empty-object", &[]);
                    return Ok(None);
                }
            }
            SchemaType::Array => {
                let item = match node.get("items") {
                    Some(items) => self.property(&items, true)?,
                    None => None,
                };
                let Some(item) = item else {
                    self.skip(node, "note-odcs-empty-array", &[]);
                    return Ok(None);
                };
                field.children = vec![item];
            }
            _ => {}
        }
        Ok(Some(field))
    }

    /// Notes (message `key` naming `args`) that `node` is not a field in Datapakt and is kept
    /// in the file.
    fn skip(&mut self, node: &Node<'_>, key: &str, args: &[(&str, String)]) {
        let mut args = args.to_vec();
        args.push(("at", node.at.clone()));
        self.notes.push(Note::new(key, &args));
    }

    /// The format hint: Datapakt's own custom property, else a string's
    /// `logicalTypeOptions.format` (`time` for ODCS's time type).
    fn format(
        &mut self,
        node: &Node<'_>,
        customs: &Customs<'_>,
        logical: Option<&str>,
    ) -> Result<Option<String>, OdcsError> {
        if let Some(format) = customs.text(names::FORMAT)? {
            return Ok(Some(format.to_owned()));
        }
        if !matches!(logical, Some("string" | "time") | None) {
            return Ok(None);
        }
        let option = match node.get("logicalTypeOptions") {
            Some(options) => {
                options.mapping()?;
                options.text_at("format")?
            }
            None => None,
        };
        Ok(option
            .map(str::to_owned)
            .or_else(|| (logical == Some("time")).then(|| "time".to_owned())))
    }

    /// The allowed values: Datapakt's own custom property, else ODCS v3.2's `enum`; only for
    /// strings and integers.
    fn allowed_values(
        &mut self,
        node: &Node<'_>,
        customs: &Customs<'_>,
        field_type: SchemaType,
    ) -> Result<Vec<String>, OdcsError> {
        let (values, at) = match customs.get(names::ALLOWED_VALUES) {
            Some(list) => (customs.texts(names::ALLOWED_VALUES)?, list.at.clone()),
            None => {
                let values = node
                    .list_at("enum")?
                    .iter()
                    .map(|entry| {
                        entry.mapping()?;
                        Ok(plain_text(entry.require("value")?.value))
                    })
                    .collect::<Result<Vec<_>, OdcsError>>()?;
                (values, node.path_of("enum"))
            }
        };
        if let Some(twice) = values
            .iter()
            .enumerate()
            .find(|(i, v)| values[..*i].contains(v))
        {
            return Err(OdcsError::new(
                at,
                Problem::Duplicate {
                    value: twice.1.clone(),
                },
            ));
        }
        if !values.is_empty() && !matches!(field_type, SchemaType::String | SchemaType::Integer) {
            self.notes
                .push(Note::new("note-odcs-enum-type", &[("at", at.to_string())]));
            return Ok(Vec::new());
        }
        Ok(values)
    }

    /// The level of the property's classification in the set's scheme.
    fn classification(&mut self, node: &Node<'_>) -> Result<Option<u8>, OdcsError> {
        let Some(label) = node.get("classification") else {
            return Ok(None);
        };
        let text = label.text()?;
        let Some((scheme, named)) = self.scheme else {
            return Ok(None);
        };
        match level_of(scheme, text) {
            Some(level) => Ok(Some(level)),
            None if named => Err(label.error(Problem::UnknownLevel {
                value: text.to_owned(),
                scheme: scheme.key.clone(),
                levels: scheme
                    .levels
                    .iter()
                    .map(|l| l.name.get(crate::model::Lang::En).to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            })),
            None => Ok(None),
        }
    }
}

/// The personal-data flags Datapakt writes.
fn personal_data(customs: &Customs<'_>) -> Result<PersonalData, OdcsError> {
    let Some(node) = customs.get(names::PERSONAL_DATA) else {
        return Ok(PersonalData::default());
    };
    node.mapping()?;
    let flag = |key: &str| node.bool_at(key).map(Option::unwrap_or_default);
    Ok(PersonalData {
        personal: flag("personal")?,
        special_category: flag("specialCategory")?,
        criminal_offence: flag("criminalOffence")?,
        national_id: flag("nationalIdentityNumber")?,
    })
}

/// A value as text: text as it is, anything else as JSON.
fn plain_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The limits on a property's values: its `logicalTypeOptions` (a number's `minimum` and
/// `maximum`, a text's `minLength`, `maxLength` and `pattern`), `unique` and `primaryKey`. A
/// date's limits (written as dates) stay in the file.
fn constraints(node: &Node<'_>) -> Result<Constraints, OdcsError> {
    let options = node.get("logicalTypeOptions");
    if let Some(options) = &options {
        options.mapping()?;
    }
    let option = |key: &str| options.as_ref().and_then(|o| o.get(key));
    let number = |key: &str| option(key).and_then(|n| n.value.as_number().cloned());
    let length = |key: &str| -> Result<Option<u64>, OdcsError> {
        option(key).map(|n| n.whole().map(u64::from)).transpose()
    };
    Ok(Constraints {
        minimum: number("minimum"),
        maximum: number("maximum"),
        min_length: length("minLength")?,
        max_length: length("maxLength")?,
        pattern: option("pattern")
            .map(|n| n.text())
            .transpose()?
            .map(str::to_owned),
        unique: node.bool_at("unique")?.unwrap_or(false),
        primary_key: node.bool_at("primaryKey")?.unwrap_or(false),
    })
}

/// The `name` of the field mapping `entry`: an identifier none of `fields` has yet.
fn new_field_name<'a>(entry: &Node<'a>, fields: &[Field]) -> Result<&'a str, OdcsError> {
    entry.mapping()?;
    let name = entry.require("name")?;
    let text = name.text()?;
    if !is_field_name(text) {
        return Err(name.error(Problem::NotIdentifier {
            value: text.to_owned(),
        }));
    }
    if fields.iter().any(|f| f.name == text) {
        return Err(name.error(Problem::Duplicate {
            value: text.to_owned(),
        }));
    }
    Ok(text)
}

/// The contract's own field list, from the properties of the schema object Datapakt marked.
fn flat_fields(properties: &[Node<'_>]) -> Result<Vec<Field>, OdcsError> {
    let mut fields: Vec<Field> = Vec::new();
    for property in properties {
        let text = new_field_name(property, &fields)?;
        let field_type = match property.get("logicalType") {
            None => FieldType::String,
            Some(logical) => match logical.text()? {
                "string" => FieldType::String,
                "integer" => FieldType::Integer,
                "number" => FieldType::Number,
                "boolean" => FieldType::Boolean,
                "date" => FieldType::Date,
                "timestamp" => FieldType::DateTime,
                other => {
                    return Err(logical.error(Problem::NotOneOf {
                        value: other.to_owned(),
                        allowed: "string, integer, number, boolean, date, timestamp".into(),
                    }))
                }
            },
        };
        fields.push(Field {
            name: text.to_owned(),
            field_type,
            required: property.bool_at("required")?.unwrap_or(false),
            description: property
                .text_at("description")?
                .unwrap_or_default()
                .to_owned(),
        });
    }
    Ok(fields)
}

/// The contract's field list as Datapakt writes it beside information sets (custom property
/// `datapakt.fields`: `name`, `type`, `required`, `description`).
pub fn custom_fields(list: &Node<'_>) -> Result<Vec<Field>, OdcsError> {
    let mut fields: Vec<Field> = Vec::new();
    for entry in list.list()? {
        let text = new_field_name(&entry, &fields)?;
        let kind = entry.require("type")?;
        let field_type = FieldType::parse(kind.text()?).ok_or_else(|| {
            kind.error(Problem::NotOneOf {
                value: kind.text().unwrap_or_default().to_owned(),
                allowed: FieldType::ALL.map(FieldType::as_str).join(", "),
            })
        })?;
        fields.push(Field {
            name: text.to_owned(),
            field_type,
            required: entry.bool_at("required")?.unwrap_or(false),
            description: entry.text_at("description")?.unwrap_or_default().to_owned(),
        });
    }
    Ok(fields)
}

/// The contract's field list derived from an information set: its top-level fields of a
/// plain type.
pub fn derived_fields(set: &InformationSetDraft) -> Vec<Field> {
    set.fields
        .iter()
        .filter_map(SchemaField::as_flat_field)
        .collect()
}

/// What people call the property, per language: Datapakt's custom property, then the
/// synonyms whose `locale` is a language Datapakt speaks (v3.2).
fn labels(node: &Node<'_>, customs: &Customs<'_>) -> Result<Labels, OdcsError> {
    let mut labels = Labels::default();
    if let Some(names) = customs.get(names::NAMES) {
        for (tag, text) in names.mapping()? {
            if let (Some(lang), Some(text)) = (Lang::from_bcp47(tag), text.as_str()) {
                labels.0.insert(lang, text.to_owned());
            }
        }
    }
    for synonym in node.list_at("synonyms")? {
        let (Some(text), Some(locale)) = (synonym.text_at("synonym")?, synonym.text_at("locale")?)
        else {
            continue;
        };
        if let Some(lang) = Lang::from_bcp47(locale) {
            labels.0.entry(lang).or_insert_with(|| text.to_owned());
        }
    }
    Ok(labels)
}
