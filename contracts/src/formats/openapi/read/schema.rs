//! One schema into the fields of an information set: `$ref`s followed (a reference back to a
//! schema being expanded is recorded, not expanded), `allOf` merged, `oneOf`/`anyOf` united,
//! and types, formats, enums, examples, descriptions and `required` carried over.
//!
//! Whatever the catalog's fields cannot say (a free-form object, a value of any type, a
//! cycle, nesting past [`MAX_NESTING`] or more than [`MAX_FIELDS`] fields) becomes a text
//! field whose description says what it stands for, and a [`Simplified`] note. Work is
//! bounded: nesting, `$ref`/`allOf` hops per field and fields per set and per document are
//! all capped, so no document can make the import hang or overflow the stack.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::model::{Constraints, SchemaField, SchemaType};

use super::error::OpenApiError;
use super::names::Siblings;
use super::pointer::{self, child};
use super::{Renamed, Simplification, Simplified};

/// Deepest nesting of fields that is expanded.
pub const MAX_NESTING: usize = 16;
/// Most fields one information set gets.
pub const MAX_FIELDS: usize = 2_000;
/// Most fields one document gets, over all its sets.
pub const MAX_FIELDS_PER_DOCUMENT: usize = 200_000;
/// Most `$ref`s and `allOf`/`oneOf`/`anyOf` levels followed inside one field.
const MAX_HOPS: usize = 16;
/// Most enum values kept for one field.
const MAX_ENUM_VALUES: usize = 1_000;
/// Most examples kept for one field.
const MAX_EXAMPLES: usize = 5;

/// The name of the one field of a set whose schema is not an object with properties.
pub const VALUE_FIELD: &str = "value";
/// The name of an array's item.
const ITEM_FIELD: &str = "item";

/// Turns schemas of one document into fields, collecting renames and simplifications.
pub struct Converter<'a> {
    root: &'a Value,
    /// Fields the current set may still get.
    budget: usize,
    /// Fields the document may still get.
    total: usize,
    /// Every field renamed to satisfy the catalog.
    pub renamed: Vec<Renamed>,
    /// Every place recorded without its full content.
    pub simplified: Vec<Simplified>,
}

/// A schema with its `$ref`s followed and its `allOf` members (and `oneOf`/`anyOf`
/// alternatives) merged in; the first value found wins.
#[derive(Default)]
struct Flat<'a> {
    types: Vec<&'a str>,
    format: Option<&'a str>,
    /// Limits on the values (`minimum`, `maximum`, `minLength`, `maxLength`, `pattern`).
    limits: Constraints,
    description: Option<String>,
    enumeration: Option<Vec<&'a Value>>,
    examples: Vec<&'a Value>,
    /// Name, schema and location of each property, in document order.
    properties: Vec<(&'a str, &'a Value, String)>,
    required: BTreeSet<&'a str>,
    items: Option<(&'a Value, String)>,
    /// The location of a `$ref` back to a schema being expanded, when one was met.
    cycle: Option<String>,
    /// Labels of `oneOf`/`anyOf` alternatives, for the description.
    alternatives: Vec<String>,
}

/// What a merged schema is, as a field.
enum Kind {
    Object,
    Array,
    Scalar(SchemaType),
    Unknown,
}

impl<'a> Flat<'a> {
    fn kind(&self) -> Kind {
        for name in &self.types {
            return match *name {
                "object" => Kind::Object,
                "array" => Kind::Array,
                "integer" => Kind::Scalar(SchemaType::Integer),
                "number" => Kind::Scalar(SchemaType::Number),
                "boolean" => Kind::Scalar(SchemaType::Boolean),
                "null" => continue,
                // `string`, and anything unknown (3.0 documents converted from Swagger say `file`).
                _ => Kind::Scalar(SchemaType::String),
            };
        }
        if !self.properties.is_empty() {
            return Kind::Object;
        }
        if self.items.is_some() {
            return Kind::Array;
        }
        let first = self
            .enumeration
            .as_ref()
            .and_then(|values| values.iter().find(|v| !v.is_null()));
        match first {
            Some(Value::String(_)) => Kind::Scalar(SchemaType::String),
            Some(Value::Number(n)) if n.is_i64() || n.is_u64() => Kind::Scalar(SchemaType::Integer),
            Some(Value::Number(_)) => Kind::Scalar(SchemaType::Number),
            Some(Value::Bool(_)) => Kind::Scalar(SchemaType::Boolean),
            _ if self.format.is_some() => Kind::Scalar(SchemaType::String),
            _ => Kind::Unknown,
        }
    }
}

impl<'a> Converter<'a> {
    /// A converter for schemas of the document `root`.
    pub fn new(root: &'a Value) -> Converter<'a> {
        Converter {
            root,
            budget: 0,
            total: MAX_FIELDS_PER_DOCUMENT,
            renamed: Vec::new(),
            simplified: Vec::new(),
        }
    }

    /// The description and fields of the information set the schema at `at` describes: an
    /// object's properties, or else one field ([`VALUE_FIELD`]) holding the schema's value.
    pub fn set(
        &mut self,
        schema: &'a Value,
        at: &str,
    ) -> Result<(String, Vec<SchemaField>), OpenApiError> {
        let start = MAX_FIELDS.min(self.total);
        self.budget = start;
        let mut stack = vec![at.to_owned()];
        let mut flat = Flat::default();
        self.flatten(schema, at, &mut stack, &mut flat, 0)?;
        let mut description = flat.description.take().unwrap_or_default();
        if !flat.alternatives.is_empty() {
            append(&mut description, &one_of(&flat.alternatives));
            flat.alternatives.clear();
        }
        let fields = if matches!(flat.kind(), Kind::Object) && !flat.properties.is_empty() {
            self.properties(&flat, at, &mut stack, 1)?
        } else {
            vec![self.shape(VALUE_FIELD.into(), true, flat, at, &mut stack, 1)?]
        };
        self.total -= start - self.budget;
        Ok((description, fields))
    }

    /// The field `name` for the schema at `at`.
    fn field(
        &mut self,
        name: String,
        required: bool,
        schema: &'a Value,
        at: &str,
        stack: &mut Vec<String>,
        nesting: usize,
    ) -> Result<SchemaField, OpenApiError> {
        self.budget = self.budget.saturating_sub(1);
        let mark = stack.len();
        let mut flat = Flat::default();
        let field = self
            .flatten(schema, at, stack, &mut flat, 0)
            .and_then(|()| self.shape(name, required, flat, at, stack, nesting));
        stack.truncate(mark);
        field
    }

    /// An object's properties as fields (at least one: the caller checks there is one).
    fn properties(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        stack: &mut Vec<String>,
        nesting: usize,
    ) -> Result<Vec<SchemaField>, OpenApiError> {
        let mut siblings = Siblings::new(flat.properties.iter().map(|(raw, ..)| *raw));
        let mut fields = Vec::with_capacity(flat.properties.len());
        for (raw, schema, property_at) in &flat.properties {
            if self.budget == 0 && !fields.is_empty() {
                self.note(at, Simplification::TooLarge);
                break;
            }
            let name = siblings.claim(raw, property_at, &mut self.renamed);
            let required = flat.required.contains(raw);
            fields.push(self.field(name, required, schema, property_at, stack, nesting)?);
        }
        Ok(fields)
    }

    /// Follows `$ref`s and merges `allOf`, `oneOf` and `anyOf` of the schema at `at` into
    /// `flat`. A `$ref` followed stays on `stack` until the caller truncates it, so a
    /// reference back to it from inside is seen as a cycle.
    fn flatten(
        &mut self,
        schema: &'a Value,
        at: &str,
        stack: &mut Vec<String>,
        flat: &mut Flat<'a>,
        hops: usize,
    ) -> Result<(), OpenApiError> {
        let Value::Object(map) = schema else {
            // `true`, `false` (3.1) or not a schema at all: no type to take.
            return Ok(());
        };
        if hops > MAX_HOPS {
            self.note(at, Simplification::TooDeep);
            return Ok(());
        }
        if let Some(reference) = map.get("$ref") {
            if flat.description.is_none() {
                flat.description = text(map, "description");
            }
            let target = pointer::target(reference, at)?;
            if stack.contains(&target) {
                flat.cycle.get_or_insert(target);
                return Ok(());
            }
            let resolved =
                pointer::resolve(self.root, &target).ok_or_else(|| OpenApiError::DanglingRef {
                    at: at.to_owned(),
                    target: target.clone(),
                })?;
            stack.push(target.clone());
            return self.flatten(resolved, &target, stack, flat, hops + 1);
        }
        self.own_keywords(map, at, flat);
        if let Some(Value::Array(members)) = map.get("allOf") {
            let members_at = child(at, "allOf");
            for (i, member) in members.iter().enumerate() {
                let member_at = child(&members_at, &i.to_string());
                self.flatten(member, &member_at, stack, flat, hops + 1)?;
            }
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(Value::Array(alternatives)) = map.get(keyword) {
                let keyword_at = child(at, keyword);
                self.unite(alternatives, &keyword_at, stack, flat, hops)?;
            }
        }
        Ok(())
    }

    /// Takes the keywords of one schema object (not its `$ref` or compositions) into `flat`.
    fn own_keywords(&mut self, map: &'a Map<String, Value>, at: &str, flat: &mut Flat<'a>) {
        if flat.description.is_none() {
            flat.description = text(map, "description").or_else(|| text(map, "title"));
        }
        match map.get("type") {
            Some(Value::String(name)) => push_new(&mut flat.types, name),
            Some(Value::Array(names)) => {
                for name in names.iter().filter_map(Value::as_str) {
                    push_new(&mut flat.types, name);
                }
            }
            _ => {}
        }
        if flat.format.is_none() {
            flat.format = map
                .get("format")
                .and_then(Value::as_str)
                .filter(|f| !f.trim().is_empty());
        }
        read_limits(map, &mut flat.limits);
        if flat.enumeration.is_none() {
            flat.enumeration = match (map.get("enum"), map.get("const")) {
                (Some(Value::Array(values)), _) => Some(values.iter().collect()),
                (_, Some(value)) => Some(vec![value]),
                _ => None,
            };
        }
        if let Some(example) = map.get("example") {
            flat.examples.push(example);
        }
        if let Some(Value::Array(examples)) = map.get("examples") {
            flat.examples.extend(examples);
        }
        if let Some(Value::Object(properties)) = map.get("properties") {
            let properties_at = child(at, "properties");
            for (name, schema) in properties {
                if !flat.properties.iter().any(|(known, ..)| known == name) {
                    let property_at = child(&properties_at, name);
                    flat.properties.push((name, schema, property_at));
                }
            }
        }
        if let Some(Value::Array(required)) = map.get("required") {
            flat.required
                .extend(required.iter().filter_map(Value::as_str));
        }
        if flat.items.is_none() {
            flat.items = match (map.get("items"), map.get("prefixItems")) {
                (Some(items @ (Value::Object(_) | Value::Bool(_))), _) => {
                    Some((items, child(at, "items")))
                }
                (Some(Value::Array(tuple)), _) => tuple
                    .first()
                    .map(|first| (first, child(&child(at, "items"), "0"))),
                (_, Some(Value::Array(prefix))) => prefix
                    .first()
                    .map(|first| (first, child(&child(at, "prefixItems"), "0"))),
                _ => None,
            };
        }
    }

    /// Unites `oneOf`/`anyOf` alternatives into `flat`: a lone non-null alternative is
    /// merged like `allOf`; of several, every property is taken (none required) and the
    /// alternatives are named in the description.
    fn unite(
        &mut self,
        alternatives: &'a [Value],
        at: &str,
        stack: &mut Vec<String>,
        flat: &mut Flat<'a>,
        hops: usize,
    ) -> Result<(), OpenApiError> {
        let real: Vec<(usize, &'a Value)> = alternatives
            .iter()
            .enumerate()
            .filter(|(_, alternative)| !is_null_schema(alternative))
            .collect();
        if let [(i, only)] = real.as_slice() {
            return self.flatten(only, &child(at, &i.to_string()), stack, flat, hops + 1);
        }
        for (i, alternative) in real {
            let mut one = Flat::default();
            self.flatten(
                alternative,
                &child(at, &i.to_string()),
                stack,
                &mut one,
                hops + 1,
            )?;
            flat.alternatives.push(label(alternative, &one));
            for name in one.types {
                push_new(&mut flat.types, name);
            }
            flat.format = flat.format.or(one.format);
            for property in one.properties {
                if !flat
                    .properties
                    .iter()
                    .any(|(known, ..)| *known == property.0)
                {
                    flat.properties.push(property);
                }
            }
            if flat.items.is_none() {
                flat.items = one.items;
            }
            if flat.cycle.is_none() {
                flat.cycle = one.cycle;
            }
        }
        Ok(())
    }

    /// The field `name` for a merged schema.
    fn shape(
        &mut self,
        name: String,
        required: bool,
        flat: Flat<'a>,
        at: &str,
        stack: &mut Vec<String>,
        nesting: usize,
    ) -> Result<SchemaField, OpenApiError> {
        let mut description = flat.description.clone().unwrap_or_default();
        if !flat.alternatives.is_empty() {
            append(&mut description, &one_of(&flat.alternatives));
        }
        let mut field = SchemaField {
            name,
            required,
            description,
            ..SchemaField::default()
        };
        match flat.kind() {
            Kind::Object | Kind::Array if nesting > MAX_NESTING => {
                Ok(self.placeholder(field, at, Simplification::TooDeep))
            }
            Kind::Object if flat.properties.is_empty() => {
                let why = match flat.cycle {
                    Some(target) => Simplification::Cycle { target },
                    None => Simplification::FreeForm,
                };
                Ok(self.placeholder(field, at, why))
            }
            Kind::Object if self.budget == 0 => {
                Ok(self.placeholder(field, at, Simplification::TooLarge))
            }
            Kind::Object => {
                field.field_type = SchemaType::Object;
                field.children = self.properties(&flat, at, stack, nesting + 1)?;
                Ok(field)
            }
            Kind::Array => {
                field.field_type = SchemaType::Array;
                let item = match flat.items {
                    Some((schema, items_at)) => self.field(
                        ITEM_FIELD.into(),
                        false,
                        schema,
                        &items_at,
                        stack,
                        nesting + 1,
                    )?,
                    None => {
                        let item = SchemaField {
                            name: ITEM_FIELD.into(),
                            ..SchemaField::default()
                        };
                        self.placeholder(item, at, Simplification::AnyValue)
                    }
                };
                field.children = vec![item];
                Ok(field)
            }
            Kind::Scalar(scalar) => {
                scalar_details(&mut field, scalar, &flat);
                Ok(field)
            }
            Kind::Unknown => {
                let why = match flat.cycle {
                    Some(target) => Simplification::Cycle { target },
                    None => Simplification::AnyValue,
                };
                Ok(self.placeholder(field, at, why))
            }
        }
    }

    /// `field` as a text field whose description says what it stands for.
    fn placeholder(
        &mut self,
        mut field: SchemaField,
        at: &str,
        why: Simplification,
    ) -> SchemaField {
        append(&mut field.description, &why.to_string());
        field.field_type = SchemaType::String;
        field.children.clear();
        self.note(at, why);
        field
    }

    fn note(&mut self, at: &str, why: Simplification) {
        self.simplified.push(Simplified {
            at: at.to_owned(),
            why,
        });
    }
}

/// Type, format, enum and examples of a scalar field.
fn scalar_details(field: &mut SchemaField, scalar: SchemaType, flat: &Flat<'_>) {
    field.field_type = match (scalar, flat.format) {
        (SchemaType::String, Some("date")) => SchemaType::Date,
        (SchemaType::String, Some("date-time")) => SchemaType::DateTime,
        (scalar, format) => {
            if scalar != SchemaType::Boolean {
                field.format = format.map(str::to_owned);
            }
            scalar
        }
    };
    if let Some(values) = &flat.enumeration {
        let values = distinct_texts(values, MAX_ENUM_VALUES);
        if matches!(field.field_type, SchemaType::String | SchemaType::Integer) {
            field.enum_values = values;
        } else if !values.is_empty() {
            let allowed = format!("Allowed values: {}.", values.join(", "));
            append(&mut field.description, &allowed);
        }
    }
    field.examples = distinct_texts(&flat.examples, MAX_EXAMPLES);
    let limits = &flat.limits;
    field.constraints = match field.field_type {
        SchemaType::String => Constraints {
            min_length: limits.min_length,
            max_length: limits.max_length,
            pattern: limits.pattern.clone(),
            ..Constraints::default()
        },
        SchemaType::Integer | SchemaType::Number => Constraints {
            minimum: limits.minimum.clone(),
            maximum: limits.maximum.clone(),
            ..Constraints::default()
        },
        _ => Constraints::default(),
    };
}

/// The limits `map` sets that `limits` lacks (the first value found wins, as for a format).
fn read_limits(map: &Map<String, Value>, limits: &mut Constraints) {
    let number = |key: &str| map.get(key).and_then(Value::as_number).cloned();
    let length = |key: &str| map.get(key).and_then(Value::as_u64);
    limits.minimum = limits.minimum.take().or_else(|| number("minimum"));
    limits.maximum = limits.maximum.take().or_else(|| number("maximum"));
    limits.min_length = limits.min_length.or_else(|| length("minLength"));
    limits.max_length = limits.max_length.or_else(|| length("maxLength"));
    if limits.pattern.is_none() {
        limits.pattern = map
            .get("pattern")
            .and_then(Value::as_str)
            .map(str::to_owned);
    }
}

/// Scalar values as text, without nulls, objects, lists or repeats, at most `max`.
fn distinct_texts(values: &[&Value], max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let text = match value {
            Value::String(text) => text.clone(),
            Value::Number(number) => number.to_string(),
            Value::Bool(flag) => flag.to_string(),
            _ => continue,
        };
        if !out.contains(&text) {
            out.push(text);
            if out.len() == max {
                break;
            }
        }
    }
    out
}

/// The sentence naming `oneOf`/`anyOf` alternatives.
fn one_of(alternatives: &[String]) -> String {
    format!("One of: {}.", alternatives.join(", "))
}

/// A trimmed, non-blank text value of `key`.
fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn push_new<'a>(names: &mut Vec<&'a str>, name: &'a str) {
    if !names.contains(&name) {
        names.push(name);
    }
}

/// `sentence` after `text`, separated by a space.
fn append(text: &mut String, sentence: &str) {
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(sentence);
}

/// `{type: null}` (3.1) or `{nullable: true}` alone: the "or null" of an alternative.
fn is_null_schema(schema: &Value) -> bool {
    match schema {
        Value::Object(map) => match map.get("type") {
            Some(Value::String(name)) => name == "null",
            Some(Value::Array(names)) => names.iter().all(|n| n == "null"),
            _ => map.len() == 1 && map.get("nullable") == Some(&Value::Bool(true)),
        },
        _ => false,
    }
}

/// What to call an alternative: the schema it refers to, or its type.
fn label(alternative: &Value, flat: &Flat<'_>) -> String {
    if let Some(reference) = alternative.get("$ref").and_then(Value::as_str) {
        return pointer::last_key(reference);
    }
    alternative
        .get("title")
        .and_then(Value::as_str)
        .or_else(|| flat.types.first().copied())
        .unwrap_or(if flat.properties.is_empty() {
            "any value"
        } else {
            "object"
        })
        .to_owned()
}
