//! Information sets (informationsmängder): a body of information with one owner, described by
//! a schema of fields that can nest (objects and arrays), each with its own classification
//! and personal-data flags.

use serde::{Deserialize, Serialize};

use super::{Field, FieldType, Labels, PersonId};

/// The catalog's identifier of an information set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct InformationSetId(pub i64);

/// The type of a schema field, as JSON Schema knows it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SchemaType {
    /// Text.
    #[default]
    String,
    /// A whole number.
    Integer,
    /// A decimal number.
    Number,
    /// True or false.
    Boolean,
    /// A calendar date.
    Date,
    /// A point in time.
    DateTime,
    /// A record of named fields (its children).
    Object,
    /// A list of items (its one child describes an item).
    Array,
}

impl SchemaType {
    /// Every value, in the order the UI offers them.
    pub const ALL: [SchemaType; 8] = [
        SchemaType::String,
        SchemaType::Integer,
        SchemaType::Number,
        SchemaType::Boolean,
        SchemaType::Date,
        SchemaType::DateTime,
        SchemaType::Object,
        SchemaType::Array,
    ];
}

/// What kind of personal data a field holds (GDPR Art. 4, 9, 10; national identity numbers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct PersonalData {
    /// Personal data (Art. 4(1)).
    pub personal: bool,
    /// A special category (Art. 9: health, ethnicity, religion, union membership, …).
    pub special_category: bool,
    /// Criminal convictions and offences (Art. 10).
    pub criminal_offence: bool,
    /// A national identity number (fødselsnummer / D-nummer, personnummer /
    /// samordningsnummer).
    pub national_id: bool,
}

impl PersonalData {
    /// Every kind of personal data either holds.
    pub fn union(self, other: PersonalData) -> PersonalData {
        PersonalData {
            personal: self.personal || other.personal,
            special_category: self.special_category || other.special_category,
            criminal_offence: self.criminal_offence || other.criminal_offence,
            national_id: self.national_id || other.national_id,
        }
    }

    /// Whether the field holds personal data of any kind (each stricter flag implies it).
    pub fn any(self) -> bool {
        self.personal || self.special_category || self.criminal_offence || self.national_id
    }
}

/// Limits on a field's values beyond its type (ODCS `logicalTypeOptions`, `unique` and
/// `primaryKey`; JSON Schema's keywords of the same names). Numbers keep the text they were
/// written as.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Constraints {
    /// The smallest value allowed (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<serde_json::Number>,
    /// The largest value allowed (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<serde_json::Number>,
    /// The fewest characters allowed (text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    /// The most characters allowed (text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// A regular expression every value matches (text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// No two records share a value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
    /// The field is (part of) the records' key.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub primary_key: bool,
}

impl Constraints {
    /// Whether it limits nothing.
    pub fn is_empty(&self) -> bool {
        self == &Constraints::default()
    }

    /// The limits that apply to a field of type `field_type`, as JSON Schema keywords (ODCS's
    /// `logicalTypeOptions` use the same names): a text's lengths and pattern, a number's
    /// bounds.
    pub fn keywords(&self, field_type: SchemaType) -> Vec<(&'static str, serde_json::Value)> {
        use serde_json::Value;
        let mut keywords = Vec::new();
        let mut put = |keyword: &'static str, value: Option<Value>| {
            if let Some(value) = value {
                keywords.push((keyword, value));
            }
        };
        match field_type {
            SchemaType::String => {
                put("minLength", self.min_length.map(Value::from));
                put("maxLength", self.max_length.map(Value::from));
                put("pattern", self.pattern.clone().map(Value::from));
            }
            SchemaType::Integer | SchemaType::Number => {
                put("minimum", self.minimum.clone().map(Value::Number));
                put("maximum", self.maximum.clone().map(Value::Number));
            }
            _ => {}
        }
        keywords
    }
}

/// One field of an information set's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct SchemaField {
    /// An identifier, unique among its siblings.
    pub name: String,
    /// The field's type.
    #[serde(rename = "type")]
    pub field_type: SchemaType,
    /// A JSON Schema format hint (`email`, `uri`, `uuid`, …), if any.
    #[serde(default)]
    pub format: Option<String>,
    /// Whether every record carries the field.
    #[serde(default)]
    pub required: bool,
    /// What the field means.
    #[serde(default)]
    pub description: String,
    /// The allowed values, when the field is an enumeration.
    #[serde(default)]
    pub enum_values: Vec<String>,
    /// Example values.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The level (ordinal in the set's scheme) of this field, when classified.
    #[serde(default)]
    pub classification: Option<u8>,
    /// What personal data the field holds.
    #[serde(default)]
    pub personal_data: PersonalData,
    /// An object's fields, or an array's one item description.
    #[serde(default)]
    pub children: Vec<SchemaField>,
    /// Limits on its values beyond its type.
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    /// What people call the field, per language (`name` stays its identifier): ODCS v3.2
    /// writes them as the property's synonyms with their locale.
    #[serde(default, skip_serializing_if = "Labels::is_empty")]
    pub labels: Labels,
}

impl SchemaField {
    /// This field as a contract's flat field, when its type is plain (not an object or an
    /// array).
    pub fn as_flat_field(&self) -> Option<Field> {
        let field_type = match self.field_type {
            SchemaType::String => FieldType::String,
            SchemaType::Integer => FieldType::Integer,
            SchemaType::Number => FieldType::Number,
            SchemaType::Boolean => FieldType::Boolean,
            SchemaType::Date => FieldType::Date,
            SchemaType::DateTime => FieldType::DateTime,
            SchemaType::Object | SchemaType::Array => return None,
        };
        Some(Field {
            name: self.name.clone(),
            field_type,
            required: self.required,
            description: self.description.clone(),
        })
    }
}

/// An information set as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct InformationSetDraft {
    /// Its name, e.g. "Elevopplysninger".
    pub name: String,
    /// What the information is and where it comes from.
    pub description: String,
    /// The information owner (dataeier / informationsägare), if assigned.
    pub owner: Option<PersonId>,
    /// The key of the classification scheme its levels refer to.
    pub scheme: Option<String>,
    /// The schema's top-level fields.
    pub fields: Vec<SchemaField>,
    /// The plural, lower-case hyphenated name of the set's API resource, e.g. `elever`; when
    /// absent the OpenAPI stub derives one from the name.
    #[serde(default)]
    pub resource: Option<String>,
}

impl InformationSetDraft {
    /// The highest classification of any field, nested ones included: the set's effective
    /// classification.
    pub fn effective_classification(&self) -> Option<u8> {
        fn highest(fields: &[SchemaField]) -> Option<u8> {
            fields
                .iter()
                .filter_map(|f| f.classification.max(highest(&f.children)))
                .max()
        }
        highest(&self.fields)
    }

    /// Every kind of personal data any field holds, nested ones included.
    pub fn personal_data(&self) -> PersonalData {
        fn union(fields: &[SchemaField], all: &mut PersonalData) {
            for field in fields {
                *all = all.union(field.personal_data);
                union(&field.children, all);
            }
        }
        let mut all = PersonalData::default();
        union(&self.fields, &mut all);
        all
    }

    /// The path segment of the set's API resource: its own `resource`, else one derived from
    /// its name ([`resource_name`]).
    pub fn resource_path(&self) -> String {
        self.resource
            .clone()
            .unwrap_or_else(|| resource_name(&self.name))
    }

    /// Whether any field, nested ones included, holds personal data.
    pub fn has_personal_data(&self) -> bool {
        fn any(fields: &[SchemaField]) -> bool {
            fields
                .iter()
                .any(|f| f.personal_data.any() || any(&f.children))
        }
        any(&self.fields)
    }
}

/// An information set stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct InformationSet {
    /// The catalog's identifier.
    pub id: InformationSetId,
    /// Its content.
    #[serde(flatten)]
    pub draft: InformationSetDraft,
}

/// A URL path segment for `title`: lower-case ASCII words joined by hyphens, with Nordic
/// letters transliterated (`"Elevregister – Ålesund"` → `"elevregister-alesund"`).
pub fn resource_name(title: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'a'..='z' | '0'..='9' => Some(c.to_string()),
            'æ' => Some("ae".into()),
            'ä' => Some("a".into()),
            'ø' | 'ö' => Some("o".into()),
            'å' | 'á' | 'à' => Some("a".into()),
            'é' | 'è' => Some("e".into()),
            'ü' => Some("u".into()),
            _ => None,
        };
        match ascii {
            Some(s) => {
                if pending_hyphen && !out.is_empty() {
                    out.push('-');
                }
                pending_hyphen = false;
                out.push_str(&s);
            }
            None => pending_hyphen = true,
        }
    }
    if out.is_empty() {
        out.push_str("records");
    }
    out
}

impl super::Kind for InformationSetDraft {
    const ENTITY: super::Entity = super::Entity::InformationSet;
    type Stored = InformationSet;

    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.name);
        self
    }

    /// The name, and the description with every field's name and description.
    fn search_text(&self) -> Option<(String, String)> {
        fn walk(fields: &[SchemaField], out: &mut Vec<String>) {
            for field in fields {
                out.push(field.name.clone());
                out.push(field.description.clone());
                walk(&field.children, out);
            }
        }
        let mut body = vec![self.description.clone()];
        walk(&self.fields, &mut body);
        Some((self.name.clone(), body.join("\n")))
    }
}
