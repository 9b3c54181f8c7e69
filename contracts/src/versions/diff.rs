//! The changes from one version to another, field by field: the information sets' schema
//! trees and the contract's own fields flattened to one entry per field path, compared by
//! path (a field renamed where exactly one removed and one added field under the same parent
//! agree on everything but the name), and the contract's terms compared one by one.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{Constraints, ContractDraft, InformationSetDraft, PersonalData, SchemaField};

use super::{SetSnapshot, Snapshot};

/// Where a field sits: its information set's name (empty for the contract's own fields) and
/// the names from the top-level field down.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FieldKey {
    /// The information set's name; empty for the contract's own fields.
    pub set: String,
    /// The field names from the top down.
    pub path: Vec<String>,
}

impl FieldKey {
    /// Whether `self` lies under `parent` (in the same set, deeper).
    fn is_under(&self, parent: &FieldKey) -> bool {
        self.set == parent.set
            && self.path.len() > parent.path.len()
            && self.path.starts_with(&parent.path)
    }

    /// `self` with `from` (a prefix) replaced by `to`.
    fn moved(&self, from: &FieldKey, to: &FieldKey) -> FieldKey {
        let mut path = to.path.clone();
        path.extend_from_slice(&self.path[from.path.len()..]);
        FieldKey {
            set: to.set.clone(),
            path,
        }
    }
}

impl std::fmt::Display for FieldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.set.is_empty() {
            write!(f, "{} › ", self.set)?;
        }
        f.write_str(&self.path.join("."))
    }
}

/// What a version says of one field (its children are fields of their own).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldFacts {
    /// The type's stable name (`string`, `integer`, `object`, …).
    #[serde(rename = "type")]
    pub field_type: String,
    /// Its format hint, if any.
    #[serde(default)]
    pub format: Option<String>,
    /// Whether every record carries it.
    #[serde(default)]
    pub required: bool,
    /// What it means.
    #[serde(default)]
    pub description: String,
    /// The allowed values, when an enumeration, sorted (their order changes nothing).
    #[serde(default)]
    pub enum_values: Vec<String>,
    /// Its classification level, if classified.
    #[serde(default)]
    pub classification: Option<u8>,
    /// The personal data it holds.
    #[serde(default)]
    pub personal_data: PersonalData,
    /// Limits on its values beyond its type.
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
}

/// One limit on a field's values ([`Constraints`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Constraint {
    /// The smallest value allowed.
    Minimum,
    /// The largest value allowed.
    Maximum,
    /// The fewest characters allowed.
    MinLength,
    /// The most characters allowed.
    MaxLength,
    /// The pattern every value matches.
    Pattern,
    /// No two records share a value.
    Unique,
    /// The field is (part of) the records' key.
    PrimaryKey,
}

impl Constraint {
    /// Every limit, in the order changes are listed.
    pub const ALL: [Constraint; 7] = [
        Constraint::Minimum,
        Constraint::Maximum,
        Constraint::MinLength,
        Constraint::MaxLength,
        Constraint::Pattern,
        Constraint::Unique,
        Constraint::PrimaryKey,
    ];

    /// The stable name (message ids `version-constraint-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Constraint::Minimum => "minimum",
            Constraint::Maximum => "maximum",
            Constraint::MinLength => "min-length",
            Constraint::MaxLength => "max-length",
            Constraint::Pattern => "pattern",
            Constraint::Unique => "unique",
            Constraint::PrimaryKey => "primary-key",
        }
    }

    /// Whether it is on or off rather than a value.
    pub fn is_flag(self) -> bool {
        matches!(self, Constraint::Unique | Constraint::PrimaryKey)
    }

    /// Its value in `limits`, as text (`None`: no limit; a flag: `on`).
    pub fn of(self, limits: &Constraints) -> Option<String> {
        let flag = |on: bool| on.then(|| "on".to_owned());
        match self {
            Constraint::Minimum => limits.minimum.as_ref().map(ToString::to_string),
            Constraint::Maximum => limits.maximum.as_ref().map(ToString::to_string),
            Constraint::MinLength => limits.min_length.map(|n| n.to_string()),
            Constraint::MaxLength => limits.max_length.map(|n| n.to_string()),
            Constraint::Pattern => limits.pattern.clone(),
            Constraint::Unique => flag(limits.unique),
            Constraint::PrimaryKey => flag(limits.primary_key),
        }
    }

    /// `limits` with this limit set to `value` (as [`Constraint::of`] gives it).
    pub fn set(self, limits: &mut Constraints, value: Option<&str>) {
        let number = value.and_then(|v| v.parse::<serde_json::Number>().ok());
        let whole = value.and_then(|v| v.parse::<u64>().ok());
        match self {
            Constraint::Minimum => limits.minimum = number,
            Constraint::Maximum => limits.maximum = number,
            Constraint::MinLength => limits.min_length = whole,
            Constraint::MaxLength => limits.max_length = whole,
            Constraint::Pattern => limits.pattern = value.map(str::to_owned),
            Constraint::Unique => limits.unique = value.is_some(),
            Constraint::PrimaryKey => limits.primary_key = value.is_some(),
        }
    }
}

/// A term of the contract a version may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Term {
    /// The title.
    Title,
    /// The description.
    Description,
    /// The information owner.
    Owner,
    /// The providing system.
    Provider,
    /// The consuming system.
    Consumer,
    /// The purpose.
    Purpose,
    /// The legal basis.
    LegalBasis,
    /// How long the consumer may keep the information.
    Retention,
    /// Who may get access.
    Access,
    /// DCAT-AP-NO's access rights.
    AccessRights,
    /// The first day.
    ValidFrom,
    /// The last day.
    ValidTo,
    /// Availability in percent.
    Availability,
    /// Support hours.
    SupportHours,
    /// Minutes to first response.
    ResponseMinutes,
    /// Recovery time objective, hours.
    RecoveryTime,
    /// Recovery point objective, hours.
    RecoveryPoint,
    /// The national API profile.
    ApiProfile,
    /// Whether no processor is involved.
    InHouse,
    /// Links to definition files.
    Links,
    /// The integrations governed, by id.
    Integrations,
}

impl Term {
    /// Every term, in the order a diff lists them.
    pub const ALL: [Term; 21] = [
        Term::Title,
        Term::Description,
        Term::Owner,
        Term::Provider,
        Term::Consumer,
        Term::Purpose,
        Term::LegalBasis,
        Term::Retention,
        Term::Access,
        Term::AccessRights,
        Term::ValidFrom,
        Term::ValidTo,
        Term::Availability,
        Term::SupportHours,
        Term::ResponseMinutes,
        Term::RecoveryTime,
        Term::RecoveryPoint,
        Term::ApiProfile,
        Term::InHouse,
        Term::Links,
        Term::Integrations,
    ];

    /// The stable name (message ids `version-term-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Term::Title => "title",
            Term::Description => "description",
            Term::Owner => "owner",
            Term::Provider => "provider",
            Term::Consumer => "consumer",
            Term::Purpose => "purpose",
            Term::LegalBasis => "legal-basis",
            Term::Retention => "retention",
            Term::Access => "access",
            Term::AccessRights => "access-rights",
            Term::ValidFrom => "valid-from",
            Term::ValidTo => "valid-to",
            Term::Availability => "availability",
            Term::SupportHours => "support-hours",
            Term::ResponseMinutes => "response-minutes",
            Term::RecoveryTime => "recovery-time",
            Term::RecoveryPoint => "recovery-point",
            Term::ApiProfile => "api-profile",
            Term::InHouse => "in-house",
            Term::Links => "links",
            Term::Integrations => "integrations",
        }
    }

    /// The term's value in `contract`, as text (empty when not set).
    pub fn value(self, contract: &ContractDraft) -> String {
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let levels = &contract.service_levels;
        match self {
            Term::Title => contract.title.trim().to_owned(),
            Term::Description => contract.description.trim().to_owned(),
            Term::Owner => contract.owner.trim().to_owned(),
            Term::Provider => contract.provider_system.trim().to_owned(),
            Term::Consumer => contract.consumer_system.trim().to_owned(),
            Term::Purpose => contract.purpose.trim().to_owned(),
            Term::LegalBasis => contract.legal_basis.trim().to_owned(),
            Term::Retention => contract.retention.trim().to_owned(),
            Term::Access => contract.access.trim().to_owned(),
            Term::AccessRights => contract.access_rights.as_str().to_owned(),
            Term::ValidFrom => contract.valid_from.clone().unwrap_or_default(),
            Term::ValidTo => contract.valid_to.clone().unwrap_or_default(),
            Term::Availability => levels.availability_percent.clone().unwrap_or_default(),
            Term::SupportHours => levels.support_hours.trim().to_owned(),
            Term::ResponseMinutes => number(levels.response_minutes),
            Term::RecoveryTime => number(levels.recovery_time_hours),
            Term::RecoveryPoint => number(levels.recovery_point_hours),
            Term::ApiProfile => contract
                .api_profile
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            Term::InHouse => if contract.in_house { "yes" } else { "no" }.to_owned(),
            Term::Links => contract.links.join("\n"),
            Term::Integrations => {
                let mut ids: Vec<i64> = contract.integrations.iter().map(|i| i.0).collect();
                ids.sort();
                ids.iter()
                    .map(|id| format!("#{id}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
    }
}

/// What of an information set itself (not its fields) a version may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetTerm {
    /// What the information is.
    Description,
    /// Its information owner (a person's id).
    Owner,
    /// The classification scheme its levels refer to.
    Scheme,
}

impl SetTerm {
    /// Every term, in the order a diff lists them.
    pub const ALL: [SetTerm; 3] = [SetTerm::Description, SetTerm::Owner, SetTerm::Scheme];

    /// The stable name (message ids `version-set-term-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            SetTerm::Description => "description",
            SetTerm::Owner => "owner",
            SetTerm::Scheme => "scheme",
        }
    }

    /// The term's value in `set`, as text (empty when not set).
    pub fn value(self, set: &InformationSetDraft) -> String {
        match self {
            SetTerm::Description => set.description.trim().to_owned(),
            SetTerm::Owner => set.owner.map(|p| format!("#{}", p.0)).unwrap_or_default(),
            SetTerm::Scheme => set.scheme.clone().unwrap_or_default(),
        }
    }
}

/// One change from a version to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Change {
    /// An information set is governed that was not.
    SetAdded {
        /// Its name.
        set: String,
    },
    /// An information set is no longer governed (its fields go with it).
    SetRemoved {
        /// Its name.
        set: String,
    },
    /// An information set has a new name.
    SetRenamed {
        /// The old name.
        from: String,
        /// The new name.
        to: String,
    },
    /// An information set's description, owner or classification scheme changed.
    SetTermChanged {
        /// The set (its new name).
        set: String,
        /// What changed.
        term: SetTerm,
        /// The old value, as text.
        from: String,
        /// The new value, as text.
        to: String,
    },
    /// An information set's API resource has a new path.
    ResourceChanged {
        /// The set (its new name).
        set: String,
        /// The old path segment.
        from: String,
        /// The new one.
        to: String,
    },
    /// A field was added.
    FieldAdded {
        /// Where.
        field: FieldKey,
        /// What it is.
        facts: FieldFacts,
        /// It comes with what holds it (a new object or a new set), so no existing request
        /// or record lacks it.
        #[serde(default)]
        under_new: bool,
    },
    /// A field was removed (with any children).
    FieldRemoved {
        /// Where it was.
        field: FieldKey,
        /// What it was.
        facts: FieldFacts,
    },
    /// A field has a new name (its children move with it).
    FieldRenamed {
        /// Where it was.
        field: FieldKey,
        /// Where it is.
        to: FieldKey,
    },
    /// A field's type changed.
    TypeChanged {
        /// The field.
        field: FieldKey,
        /// The old type.
        from: String,
        /// The new type.
        to: String,
    },
    /// A field's format changed, was set or was dropped.
    FormatChanged {
        /// The field.
        field: FieldKey,
        /// The old format.
        from: Option<String>,
        /// The new format.
        to: Option<String>,
    },
    /// A field became required or optional.
    RequiredChanged {
        /// The field.
        field: FieldKey,
        /// Whether it is required now.
        to: bool,
    },
    /// A limit on a field's values was set, changed or lifted.
    ConstraintChanged {
        /// The field.
        field: FieldKey,
        /// Which limit.
        constraint: Constraint,
        /// Its old value (`None`: no limit; a flag: `on`).
        from: Option<String>,
        /// Its new value.
        to: Option<String>,
    },
    /// A field's allowed values changed.
    EnumChanged {
        /// The field.
        field: FieldKey,
        /// The old values (none: any value).
        from: Vec<String>,
        /// The new values (none: any value).
        to: Vec<String>,
    },
    /// A field's classification changed.
    ClassificationChanged {
        /// The field.
        field: FieldKey,
        /// The old level.
        from: Option<u8>,
        /// The new level.
        to: Option<u8>,
    },
    /// What personal data a field holds changed.
    PersonalDataChanged {
        /// The field.
        field: FieldKey,
        /// Before.
        from: PersonalData,
        /// After.
        to: PersonalData,
    },
    /// A field's description changed.
    DescriptionChanged {
        /// The field.
        field: FieldKey,
        /// The old text.
        from: String,
        /// The new text.
        to: String,
    },
    /// A quality rule (ODCS `quality`) on a set or a field was added, removed or changed:
    /// what two files say, which the catalog does not keep.
    QualityChanged {
        /// Where: the set, or the set and the field's path (`Elever › fødselsnummer`).
        at: String,
        /// The rule, as the file names it (its `name`, else its `metric`/`rule`, else its
        /// `type`).
        rule: String,
        /// The rule before (`None`: added), as text.
        from: Option<String>,
        /// The rule after (`None`: removed), as text.
        to: Option<String>,
        /// Whether the changed rule demands more (`Some(true)`) or less of the data, where
        /// its thresholds say.
        stricter: Option<bool>,
    },
    /// A server the contract names (ODCS `servers`) was added, removed or changed.
    ServerChanged {
        /// The server's name (`server`).
        server: String,
        /// Before (`None`: added), as text.
        from: Option<String>,
        /// After (`None`: removed), as text.
        to: Option<String>,
    },
    /// A term of the contract changed.
    TermChanged {
        /// Which.
        term: Term,
        /// The old value, as text.
        from: String,
        /// The new value, as text.
        to: String,
    },
}

impl Change {
    /// The stable name of its kind (message ids `version-change-…`).
    pub fn kind(&self) -> &'static str {
        match self {
            Change::SetAdded { .. } => "set-added",
            Change::SetRemoved { .. } => "set-removed",
            Change::SetRenamed { .. } => "set-renamed",
            Change::SetTermChanged { .. } => "set-term-changed",
            Change::ResourceChanged { .. } => "resource-changed",
            Change::FieldAdded { .. } => "field-added",
            Change::FieldRemoved { .. } => "field-removed",
            Change::FieldRenamed { .. } => "field-renamed",
            Change::TypeChanged { .. } => "type-changed",
            Change::FormatChanged { .. } => "format-changed",
            Change::ConstraintChanged { .. } => "constraint-changed",
            Change::RequiredChanged { .. } => "required-changed",
            Change::EnumChanged { .. } => "enum-changed",
            Change::ClassificationChanged { .. } => "classification-changed",
            Change::PersonalDataChanged { .. } => "personal-data-changed",
            Change::DescriptionChanged { .. } => "description-changed",
            Change::TermChanged { .. } => "term-changed",
            Change::QualityChanged { .. } => "quality-changed",
            Change::ServerChanged { .. } => "server-changed",
        }
    }

    /// The field it is about, if a field's.
    pub fn field(&self) -> Option<&FieldKey> {
        match self {
            Change::FieldAdded { field, .. }
            | Change::FieldRemoved { field, .. }
            | Change::FieldRenamed { field, .. }
            | Change::TypeChanged { field, .. }
            | Change::FormatChanged { field, .. }
            | Change::ConstraintChanged { field, .. }
            | Change::RequiredChanged { field, .. }
            | Change::EnumChanged { field, .. }
            | Change::ClassificationChanged { field, .. }
            | Change::PersonalDataChanged { field, .. }
            | Change::DescriptionChanged { field, .. } => Some(field),
            Change::SetAdded { .. }
            | Change::SetRemoved { .. }
            | Change::SetRenamed { .. }
            | Change::ResourceChanged { .. }
            | Change::SetTermChanged { .. }
            | Change::TermChanged { .. }
            | Change::QualityChanged { .. }
            | Change::ServerChanged { .. } => None,
        }
    }

    /// What it is about, as a person reads it: a field's path, a set's name or a term's id.
    pub fn subject(&self) -> String {
        if let Some(field) = self.field() {
            return field.to_string();
        }
        match self {
            Change::SetAdded { set } | Change::SetRemoved { set } => set.clone(),
            Change::SetRenamed { from, .. } => from.clone(),
            Change::ResourceChanged { set, .. } | Change::SetTermChanged { set, .. } => set.clone(),
            Change::TermChanged { term, .. } => term.as_str().to_owned(),
            Change::QualityChanged { at, rule, .. } => format!("{at} › {rule}"),
            Change::ServerChanged { server, .. } => server.clone(),
            _ => String::new(),
        }
    }

    /// The value before and after, as text (empty where there is none).
    pub fn values(&self) -> (String, String) {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let level = |v: &Option<u8>| v.map(|l| l.to_string()).unwrap_or_default();
        match self {
            Change::SetAdded { set } => (String::new(), set.clone()),
            Change::SetRemoved { set } => (set.clone(), String::new()),
            Change::SetRenamed { from, to }
            | Change::ResourceChanged { from, to, .. }
            | Change::SetTermChanged { from, to, .. }
            | Change::TypeChanged { from, to, .. }
            | Change::DescriptionChanged { from, to, .. }
            | Change::TermChanged { from, to, .. } => (from.clone(), to.clone()),
            Change::FieldAdded { facts, .. } => (String::new(), facts.field_type.clone()),
            Change::FieldRemoved { facts, .. } => (facts.field_type.clone(), String::new()),
            Change::FieldRenamed { field, to } => (field.to_string(), to.to_string()),
            Change::FormatChanged { from, to, .. } | Change::ConstraintChanged { from, to, .. } => {
                (opt(from), opt(to))
            }
            Change::RequiredChanged { to, .. } => (
                if *to { "optional" } else { "required" }.into(),
                if *to { "required" } else { "optional" }.into(),
            ),
            Change::EnumChanged { from, to, .. } => (from.join(", "), to.join(", ")),
            Change::ClassificationChanged { from, to, .. } => (level(from), level(to)),
            Change::PersonalDataChanged { from, to, .. } => (flags(*from), flags(*to)),
            Change::QualityChanged { from, to, .. } | Change::ServerChanged { from, to, .. } => {
                (opt(from), opt(to))
            }
        }
    }
}

/// The personal-data flags set, as stable names joined by commas.
fn flags(p: PersonalData) -> String {
    [
        (p.personal, "personal"),
        (p.special_category, "special-category"),
        (p.criminal_offence, "criminal-offence"),
        (p.national_id, "national-id"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| *name)
    .collect::<Vec<_>>()
    .join(", ")
}

/// Every field of a version, flattened: the contract's own fields (set name empty) and each
/// information set's schema tree.
pub fn flatten(snapshot: &Snapshot) -> BTreeMap<FieldKey, FieldFacts> {
    let mut out = flatten_own(&snapshot.contract);
    for set in &snapshot.sets {
        flatten_fields(&set.draft.name, &[], &set.draft.fields, &mut out);
    }
    out
}

/// The contract's own fields, flattened (set name empty).
fn flatten_own(contract: &ContractDraft) -> BTreeMap<FieldKey, FieldFacts> {
    let mut out = BTreeMap::new();
    for field in &contract.fields {
        out.insert(
            FieldKey {
                set: String::new(),
                path: vec![field.name.clone()],
            },
            FieldFacts {
                field_type: field.field_type.as_str().to_owned(),
                required: field.required,
                description: field.description.clone(),
                ..FieldFacts::default()
            },
        );
    }
    out
}

fn flatten_fields(
    set: &str,
    parent: &[String],
    fields: &[SchemaField],
    out: &mut BTreeMap<FieldKey, FieldFacts>,
) {
    for field in fields {
        let mut path = parent.to_vec();
        path.push(field.name.clone());
        out.insert(
            FieldKey {
                set: set.to_owned(),
                path: path.clone(),
            },
            FieldFacts {
                field_type: serde_name(&field.field_type),
                format: field.format.clone().filter(|f| !f.trim().is_empty()),
                required: field.required,
                description: field.description.clone(),
                enum_values: {
                    // The allowed values as a set: their order changes nothing.
                    let mut values = field.enum_values.clone();
                    values.sort();
                    values
                },
                classification: field.classification,
                personal_data: field.personal_data,
                constraints: field.constraints.clone(),
            },
        );
        flatten_fields(set, &path, &field.children, out);
    }
}

/// A unit enum's serde name.
fn serde_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Every change from `old` to `new`: the sets governed, the fields (the contract's own and
/// each set's), and the terms.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut changes = diff_sets(&old.sets, &new.sets);
    diff_fields(
        flatten_own(&old.contract),
        flatten_own(&new.contract),
        &mut changes,
    );
    for term in Term::ALL {
        let (from, to) = (term.value(&old.contract), term.value(&new.contract));
        if from != to {
            changes.push(Change::TermChanged { term, from, to });
        }
    }
    changes
}

/// The changes from the sets `old` to the sets `new`: matched by id (a set renamed keeps
/// it), then by name (versions read from files, whose ids mean nothing); the fields of
/// matched sets compared, those of a new set listed as added.
pub fn diff_sets(old: &[SetSnapshot], new: &[SetSnapshot]) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut pairs: Vec<(&SetSnapshot, &SetSnapshot)> = Vec::new();
    let mut unmatched_new: Vec<&SetSnapshot> = Vec::new();
    let mut unmatched_old: Vec<&SetSnapshot> = old.iter().collect();
    // The same set: the same id (renamed, when the names differ), else the same name. A set
    // removed is listed before one renamed, which may take its name.
    let mut renames = Vec::new();
    for set in new {
        match unmatched_old.iter().position(|o| o.id == set.id) {
            Some(i) => {
                let before = unmatched_old.remove(i);
                if before.draft.name != set.draft.name {
                    renames.push(Change::SetRenamed {
                        from: before.draft.name.clone(),
                        to: set.draft.name.clone(),
                    });
                }
                pairs.push((before, set));
            }
            None => unmatched_new.push(set),
        }
    }
    unmatched_new.retain(|set| {
        match unmatched_old
            .iter()
            .position(|o| o.draft.name == set.draft.name)
        {
            Some(i) => {
                pairs.push((unmatched_old.remove(i), set));
                false
            }
            None => true,
        }
    });
    for set in unmatched_old {
        changes.push(Change::SetRemoved {
            set: set.draft.name.clone(),
        });
    }
    changes.extend(renames);
    for (before, after) in pairs {
        for term in SetTerm::ALL {
            let (from, to) = (term.value(&before.draft), term.value(&after.draft));
            if from != to {
                changes.push(Change::SetTermChanged {
                    set: after.draft.name.clone(),
                    term,
                    from,
                    to,
                });
            }
        }
        let (from, to) = (before.draft.resource_path(), after.draft.resource_path());
        if from != to {
            changes.push(Change::ResourceChanged {
                set: after.draft.name.clone(),
                from,
                to,
            });
        }
        // The old fields under the new name, so a renamed set compares field by field.
        let mut old_fields = BTreeMap::new();
        flatten_fields(
            &after.draft.name,
            &[],
            &before.draft.fields,
            &mut old_fields,
        );
        let mut new_fields = BTreeMap::new();
        flatten_fields(&after.draft.name, &[], &after.draft.fields, &mut new_fields);
        diff_fields(old_fields, new_fields, &mut changes);
    }
    for set in unmatched_new {
        changes.push(Change::SetAdded {
            set: set.draft.name.clone(),
        });
        let mut fields = BTreeMap::new();
        flatten_fields(&set.draft.name, &[], &set.draft.fields, &mut fields);
        diff_fields(BTreeMap::new(), fields, &mut changes);
    }
    changes
}

/// Whether `key` is added under something added too (a new set has an empty old side):
/// a new object's field, not a new field of an existing object.
fn under_added(key: &FieldKey, old: &BTreeMap<FieldKey, FieldFacts>) -> bool {
    if old.keys().all(|k| k.set != key.set) {
        return true;
    }
    key.path.len() > 1
        && !old.contains_key(&FieldKey {
            set: key.set.clone(),
            path: key.path[..key.path.len() - 1].to_vec(),
        })
}

/// The changes from the fields `old` to `new` (one set's, or the contract's own): renames
/// first, then removals, additions and what changed of the fields both have.
fn diff_fields(
    mut old: BTreeMap<FieldKey, FieldFacts>,
    new: BTreeMap<FieldKey, FieldFacts>,
    out: &mut Vec<Change>,
) {
    // Renames, one depth at a time from the top: a removed and an added field under the same
    // parent that agree on everything but the name, each the other's only match. Their
    // children move with them, so they are compared under the new path, and a child renamed
    // too is told at the next depth.
    let depth = old.keys().map(|k| k.path.len()).max().unwrap_or(0);
    let removed_at = |old: &BTreeMap<FieldKey, FieldFacts>, level: usize| -> Vec<FieldKey> {
        old.keys()
            .filter(|k| k.path.len() == level && !new.contains_key(k))
            .cloned()
            .collect()
    };
    for level in 1..=depth {
        for from in removed_at(&old, level) {
            let Some(facts) = old.get(&from) else {
                continue;
            };
            let candidates = |key: &FieldKey,
                              facts: &FieldFacts,
                              among: &BTreeMap<FieldKey, FieldFacts>,
                              other: &BTreeMap<FieldKey, FieldFacts>|
             -> Vec<FieldKey> {
                among
                    .iter()
                    .filter(|(k, f)| {
                        !other.contains_key(*k)
                            && k.set == key.set
                            && k.path.len() == key.path.len()
                            && k.path[..k.path.len() - 1] == key.path[..key.path.len() - 1]
                            && *f == facts
                    })
                    .map(|(k, _)| k.clone())
                    .collect()
            };
            let forward = candidates(&from, facts, &new, &old);
            let [to] = forward.as_slice() else {
                continue;
            };
            let backward = candidates(to, facts, &old, &new);
            if backward.as_slice() != [from.clone()] {
                continue;
            }
            out.push(Change::FieldRenamed {
                field: from.clone(),
                to: to.clone(),
            });
            let moved: Vec<FieldKey> = old
                .keys()
                .filter(|k| **k == from || k.is_under(&from))
                .cloned()
                .collect();
            for key in moved {
                if let Some(facts) = old.remove(&key) {
                    old.insert(key.moved(&from, to), facts);
                }
            }
        }
    }
    // Removals: a removed field's children go with it, so only the topmost is listed.
    let gone: BTreeSet<FieldKey> = old
        .keys()
        .filter(|k| !new.contains_key(k))
        .cloned()
        .collect();
    for key in &gone {
        if gone.iter().any(|parent| key.is_under(parent)) {
            continue;
        }
        out.push(Change::FieldRemoved {
            field: key.clone(),
            facts: old[key].clone(),
        });
    }
    for (key, facts) in &new {
        let Some(before) = old.get(key) else {
            out.push(Change::FieldAdded {
                field: key.clone(),
                facts: facts.clone(),
                under_new: under_added(key, &old),
            });
            continue;
        };
        changed_facts(key, before, facts, out);
    }
}

/// The changes of field `key`, which both versions have: `before` in the old, `facts` in the
/// new.
fn changed_facts(key: &FieldKey, before: &FieldFacts, facts: &FieldFacts, out: &mut Vec<Change>) {
    let field = || key.clone();
    if before.field_type != facts.field_type {
        out.push(Change::TypeChanged {
            field: field(),
            from: before.field_type.clone(),
            to: facts.field_type.clone(),
        });
    }
    if before.format != facts.format {
        out.push(Change::FormatChanged {
            field: field(),
            from: before.format.clone(),
            to: facts.format.clone(),
        });
    }
    for constraint in Constraint::ALL {
        let (from, to) = (
            constraint.of(&before.constraints),
            constraint.of(&facts.constraints),
        );
        if from != to {
            out.push(Change::ConstraintChanged {
                field: field(),
                constraint,
                from,
                to,
            });
        }
    }
    if before.required != facts.required {
        out.push(Change::RequiredChanged {
            field: field(),
            to: facts.required,
        });
    }
    if before.enum_values != facts.enum_values {
        out.push(Change::EnumChanged {
            field: field(),
            from: before.enum_values.clone(),
            to: facts.enum_values.clone(),
        });
    }
    if before.classification != facts.classification {
        out.push(Change::ClassificationChanged {
            field: field(),
            from: before.classification,
            to: facts.classification,
        });
    }
    if before.personal_data != facts.personal_data {
        out.push(Change::PersonalDataChanged {
            field: field(),
            from: before.personal_data,
            to: facts.personal_data,
        });
    }
    if before.description != facts.description {
        out.push(Change::DescriptionChanged {
            field: field(),
            from: before.description.clone(),
            to: facts.description.clone(),
        });
    }
}

/// `fields` (a version's, [`flatten`]ed) with `changes` applied in order: what a diff from
/// that version says the other one holds. `changes` must be [`diff`]'s output in its order
/// (a set renamed before the changes named under its new name; consecutive renames at once),
/// not a judged reordering.
pub fn apply(
    mut fields: BTreeMap<FieldKey, FieldFacts>,
    changes: &[Change],
) -> BTreeMap<FieldKey, FieldFacts> {
    let subtree = |fields: &BTreeMap<FieldKey, FieldFacts>, top: &FieldKey| -> Vec<FieldKey> {
        fields
            .keys()
            .filter(|k| *k == top || k.is_under(top))
            .cloned()
            .collect()
    };
    for (i, change) in changes.iter().enumerate() {
        match change {
            Change::SetRemoved { set } => fields.retain(|k, _| k.set != *set),
            Change::SetRenamed { .. } => {
                // Consecutive renames happen at once (two sets may swap names): the first of
                // a run renames for the whole run.
                if i > 0 && matches!(changes[i - 1], Change::SetRenamed { .. }) {
                    continue;
                }
                let renames: BTreeMap<&str, &str> = changes[i..]
                    .iter()
                    .map_while(|c| match c {
                        Change::SetRenamed { from, to } => Some((from.as_str(), to.as_str())),
                        _ => None,
                    })
                    .collect();
                fields = std::mem::take(&mut fields)
                    .into_iter()
                    .map(|(mut k, f)| {
                        if let Some(to) = renames.get(k.set.as_str()) {
                            k.set = (*to).to_owned();
                        }
                        (k, f)
                    })
                    .collect();
            }
            Change::SetAdded { .. }
            | Change::SetTermChanged { .. }
            | Change::ResourceChanged { .. }
            | Change::TermChanged { .. }
            | Change::QualityChanged { .. }
            | Change::ServerChanged { .. } => {}
            Change::FieldAdded { field, facts, .. } => {
                fields.insert(field.clone(), facts.clone());
            }
            Change::FieldRemoved { field, .. } => {
                for key in subtree(&fields, field) {
                    fields.remove(&key);
                }
            }
            Change::FieldRenamed { field, to } => {
                for key in subtree(&fields, field) {
                    if let Some(facts) = fields.remove(&key) {
                        fields.insert(key.moved(field, to), facts);
                    }
                }
            }
            Change::TypeChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.field_type.clone_from(to);
                }
            }
            Change::FormatChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.format.clone_from(to);
                }
            }
            Change::RequiredChanged { field, to } => {
                if let Some(f) = fields.get_mut(field) {
                    f.required = *to;
                }
            }
            Change::ConstraintChanged {
                field,
                constraint,
                to,
                ..
            } => {
                if let Some(f) = fields.get_mut(field) {
                    constraint.set(&mut f.constraints, to.as_deref());
                }
            }
            Change::EnumChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.enum_values.clone_from(to);
                }
            }
            Change::ClassificationChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.classification = *to;
                }
            }
            Change::PersonalDataChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.personal_data = *to;
                }
            }
            Change::DescriptionChanged { field, to, .. } => {
                if let Some(f) = fields.get_mut(field) {
                    f.description.clone_from(to);
                }
            }
        }
    }
    fields
}
