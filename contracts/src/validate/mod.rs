//! Validation of what a user typed, shared by the UI (compiled to wasm) and the store.
//!
//! Validation never fails: it returns every [`Issue`] it finds, each naming the field it is
//! about, so a form can show them next to the right input.

mod access;
mod identifier;
pub mod identifiers;
mod issue;
mod request;

pub use crate::versions::is_semver;
pub use access::{grant_issues, refusal, state, AccessState, MAX_NOTE_CHARS};
pub use identifier::{is_field_name, is_identifier, MAX_FIELD_NAME_CHARS, MAX_IDENTIFIER_LEN};
pub use issue::{Art28Item, FieldPath, Issue, IssueCode};
pub use request::{contract_draft_issues, contract_draft_issues_of, request_issues};

use crate::model::{
    AgreementDraft, ClassificationScheme, ContractDraft, Country, InformationSetDraft,
    IntegrationDraft, OrganisationDraft, PersonDraft, SchemaField, SchemaType, SystemDraft,
};

/// Longest title accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 200;

/// Whether a smallest value or length is above the largest.
fn limits_crossed(limits: &crate::model::Constraints) -> bool {
    let number = |n: &Option<serde_json::Number>| n.as_ref().and_then(serde_json::Number::as_f64);
    let values = matches!(
        (number(&limits.minimum), number(&limits.maximum)),
        (Some(min), Some(max)) if min > max
    );
    let lengths = matches!(
        (limits.min_length, limits.max_length),
        (Some(min), Some(max)) if min > max
    );
    values || lengths
}

/// Every problem in `draft`, in form order. An empty list means it can go to review; a
/// draft may be saved with the gaps among them ([`Issue::is_draft_gap`]).
pub fn contract_issues(draft: &ContractDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    let title = draft.title.trim();
    if title.is_empty() {
        issues.push(Issue::new(FieldPath::Title, IssueCode::Required));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        issues.push(Issue::new(
            FieldPath::Title,
            IssueCode::TooLong {
                max: MAX_TITLE_CHARS,
            },
        ));
    }
    for (path, value) in [
        (FieldPath::Owner, &draft.owner),
        (FieldPath::ProviderSystem, &draft.provider_system),
        (FieldPath::ConsumerSystem, &draft.consumer_system),
    ] {
        if value.trim().is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        }
    }
    if !is_semver(draft.version.trim()) {
        issues.push(Issue::new(FieldPath::Version, IssueCode::NotSemver));
    }
    if let Some(text) = &draft.service_levels.availability_percent {
        if !text
            .trim()
            .parse::<f64>()
            .is_ok_and(|p| (0.0..=100.0).contains(&p))
        {
            issues.push(Issue::new(FieldPath::Availability, IssueCode::NotPercent));
        }
    }
    let mut dates_ok = true;
    for (path, date) in [
        (FieldPath::ValidFrom, &draft.valid_from),
        (FieldPath::ValidTo, &draft.valid_to),
    ] {
        if date.as_deref().is_some_and(|d| !is_date(d)) {
            issues.push(Issue::new(path, IssueCode::NotDate));
            dates_ok = false;
        }
    }
    if let (true, Some(from), Some(to)) = (dates_ok, &draft.valid_from, &draft.valid_to) {
        if to < from {
            issues.push(Issue::new(FieldPath::ValidTo, IssueCode::EndsBeforeStart));
        }
    }
    if draft.fields.is_empty() {
        issues.push(Issue::new(FieldPath::Fields, IssueCode::NoFields));
    }
    for (index, field) in draft.fields.iter().enumerate() {
        let path = FieldPath::FieldName(index);
        if field.name.is_empty() {
            issues.push(Issue::new(path, IssueCode::Required));
        } else if !is_field_name(&field.name) {
            issues.push(Issue::new(path, IssueCode::NotFieldName));
        } else if draft.fields[..index].iter().any(|f| f.name == field.name) {
            issues.push(Issue::new(path, IssueCode::DuplicateFieldName));
        }
    }
    issues
}

/// What `draft` does not name yet and a draft may lack ([`Issue::is_draft_gap`]): empty
/// when it can go to review.
pub fn contract_gaps(draft: &ContractDraft) -> Vec<Issue> {
    let mut gaps = contract_issues(draft);
    gaps.retain(Issue::is_draft_gap);
    gaps
}

/// Every problem in an organisation.
pub fn organisation_issues(draft: &OrganisationDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    if draft.name.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    }
    let number = draft.org_number.trim();
    let valid = match draft.country {
        Country::Norway => identifiers::is_no_org_number(number),
        Country::Sweden => identifiers::is_se_org_number(number),
    };
    if number.is_empty() {
        issues.push(Issue::new(FieldPath::OrgNumber, IssueCode::Required));
    } else if !valid {
        issues.push(Issue::new(
            FieldPath::OrgNumber,
            IssueCode::NotOrgNumber {
                country: draft.country,
            },
        ));
    }
    issues
}

/// Every problem in a classification scheme.
pub fn scheme_issues(scheme: &ClassificationScheme) -> Vec<Issue> {
    let mut issues = Vec::new();
    if scheme.key.is_empty() {
        issues.push(Issue::new(FieldPath::SchemeKey, IssueCode::Required));
    } else if !is_key(&scheme.key) {
        issues.push(Issue::new(FieldPath::SchemeKey, IssueCode::NotIdentifier));
    }
    if scheme.name.0.values().all(|n| n.trim().is_empty()) {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    }
    if scheme.aspects.is_empty() {
        issues.push(Issue::new(FieldPath::Aspects, IssueCode::Required));
    }
    for (index, aspect) in scheme.aspects.iter().enumerate() {
        let path = FieldPath::AspectKey(index);
        if !is_key(&aspect.key) {
            issues.push(Issue::new(path, IssueCode::NotIdentifier));
        } else if scheme.aspects[..index].iter().any(|a| a.key == aspect.key) {
            issues.push(Issue::new(path, IssueCode::DuplicateKey));
        }
    }
    if scheme.levels.len() < 2 {
        issues.push(Issue::new(
            FieldPath::Levels,
            IssueCode::TooFewLevels { min: 2 },
        ));
    }
    if scheme
        .levels
        .iter()
        .enumerate()
        .any(|(i, l)| usize::from(l.ordinal) != i)
    {
        issues.push(Issue::new(FieldPath::Levels, IssueCode::OrdinalsOutOfOrder));
    }
    for (index, level) in scheme.levels.iter().enumerate() {
        if !is_colour(&level.colour) {
            issues.push(Issue::new(
                FieldPath::LevelColour(index),
                IssueCode::NotColour,
            ));
        }
    }
    issues
}

/// Every problem in an information set. `scheme` is the scheme its `scheme` key names (the
/// caller looks it up), or `None` when it names none or an unknown one.
pub fn information_set_issues(
    draft: &InformationSetDraft,
    scheme: Option<&ClassificationScheme>,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    if draft.name.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    }
    if draft.scheme.is_some() && scheme.is_none() {
        issues.push(Issue::new(FieldPath::Scheme, IssueCode::Unknown));
    }
    if let Some(resource) = &draft.resource {
        if !is_resource_name(resource) {
            issues.push(Issue::new(FieldPath::Resource, IssueCode::NotResourceName));
        }
    }
    if draft.fields.is_empty() {
        issues.push(Issue::new(FieldPath::Fields, IssueCode::NoFields));
    }
    let mut position = 0;
    schema_field_issues(&draft.fields, scheme, &mut position, &mut issues);
    issues
}

/// Whether `name` can be an API resource (a URL path segment): 1–63 characters of ASCII
/// a–z, 0–9 and `-`, not starting or ending with `-`.
pub fn is_resource_name(name: &str) -> bool {
    (1..=63).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}

/// Checks `fields` (siblings) and their descendants, numbering them depth-first from
/// `position`.
fn schema_field_issues(
    fields: &[SchemaField],
    scheme: Option<&ClassificationScheme>,
    position: &mut usize,
    issues: &mut Vec<Issue>,
) {
    for (index, field) in fields.iter().enumerate() {
        let path = FieldPath::SchemaField(*position);
        *position += 1;
        let mut found = |code| issues.push(Issue::new(path, code));
        if field.name.is_empty() {
            found(IssueCode::Required);
        } else if !is_field_name(&field.name) {
            found(IssueCode::NotFieldName);
        } else if fields[..index].iter().any(|f| f.name == field.name) {
            found(IssueCode::DuplicateFieldName);
        }
        if limits_crossed(&field.constraints) {
            found(IssueCode::LimitsCrossed);
        }
        match field.field_type {
            SchemaType::Object if field.children.is_empty() => found(IssueCode::EmptyObject),
            SchemaType::Array if field.children.len() != 1 => found(IssueCode::ArrayNeedsOneItem),
            SchemaType::Object | SchemaType::Array => {}
            _ if !field.children.is_empty() => found(IssueCode::ChildrenNotAllowed),
            _ => {}
        }
        if !field.enum_values.is_empty() {
            if !matches!(field.field_type, SchemaType::String | SchemaType::Integer) {
                found(IssueCode::EnumNotAllowed);
            } else if field
                .enum_values
                .iter()
                .enumerate()
                .any(|(i, v)| field.enum_values[..i].contains(v))
            {
                found(IssueCode::DuplicateEnumValue);
            }
        }
        if let Some(ordinal) = field.classification {
            match scheme {
                None => found(IssueCode::NoScheme),
                Some(s) if !s.levels.iter().any(|l| l.ordinal == ordinal) => {
                    found(IssueCode::UnknownLevel { ordinal })
                }
                Some(_) => {}
            }
        }
        schema_field_issues(&field.children, scheme, position, issues);
    }
}

/// Every problem in an integration (that its systems exist is the store's to check).
pub fn integration_issues(draft: &IntegrationDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    if draft.name.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    }
    if draft.provider.is_none() {
        issues.push(Issue::new(FieldPath::Provider, IssueCode::Required));
    }
    if draft.consumers.is_empty() {
        issues.push(Issue::new(FieldPath::Consumers, IssueCode::Required));
    } else if draft.provider.is_some_and(|p| draft.consumers.contains(&p)) {
        issues.push(Issue::new(
            FieldPath::Consumers,
            IssueCode::ProviderIsConsumer,
        ));
    } else if draft
        .consumers
        .iter()
        .enumerate()
        .any(|(i, c)| draft.consumers[..i].contains(c))
    {
        issues.push(Issue::new(
            FieldPath::Consumers,
            IssueCode::DuplicateConsumer,
        ));
    }
    if draft.existing_interface_could_serve && draft.justification.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Justification, IssueCode::Required));
    }
    issues
}

/// Every problem in a data processing agreement: both parties, and every item Art. 28(3)
/// requires it to set out (none may be left blank).
pub fn agreement_issues(draft: &AgreementDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    let blank = |text: &str| text.trim().is_empty();
    let required = [
        (Art28Item::Title, blank(&draft.title)),
        (Art28Item::SubjectMatter, blank(&draft.subject_matter)),
        (Art28Item::Duration, blank(&draft.duration)),
        (
            Art28Item::NatureAndPurpose,
            blank(&draft.nature_and_purpose),
        ),
        (
            Art28Item::PersonalData,
            draft.personal_data.iter().all(|t| blank(t)),
        ),
        (
            Art28Item::DataSubjects,
            draft.data_subjects.iter().all(|t| blank(t)),
        ),
        (Art28Item::SecurityMeasures, blank(&draft.security_measures)),
    ];
    for (item, missing) in required {
        if missing {
            issues.push(Issue::new(FieldPath::Article28(item), IssueCode::Required));
        }
    }
    match (draft.controller, draft.processor) {
        (None, _) => issues.push(Issue::new(FieldPath::Controller, IssueCode::Required)),
        (_, None) => issues.push(Issue::new(FieldPath::Processor, IssueCode::Required)),
        (Some(c), Some(p)) if c == p => {
            issues.push(Issue::new(FieldPath::Processor, IssueCode::SameParty))
        }
        _ => {}
    }
    issues
}

/// Every problem in a person.
pub fn person_issues(draft: &PersonDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    if draft.name.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    }
    let email = draft.email.trim();
    if email.is_empty() {
        issues.push(Issue::new(FieldPath::Email, IssueCode::Required));
    } else if !is_email(email) {
        issues.push(Issue::new(FieldPath::Email, IssueCode::NotEmail));
    }
    if draft.left_on.as_deref().is_some_and(|d| !is_date(d)) {
        issues.push(Issue::new(FieldPath::LeftOn, IssueCode::NotDate));
    }
    issues
}

/// Every problem in a system: a name, and endpoints that are web addresses.
pub fn system_issues(draft: &SystemDraft) -> Vec<Issue> {
    let mut issues = Vec::new();
    if draft.name.trim().is_empty() {
        issues.push(Issue::new(FieldPath::Name, IssueCode::Required));
    } else if draft.name.chars().count() > MAX_TITLE_CHARS {
        issues.push(Issue::new(
            FieldPath::Name,
            IssueCode::TooLong {
                max: MAX_TITLE_CHARS,
            },
        ));
    }
    for (i, endpoint) in draft.endpoints.iter().enumerate() {
        if !is_web_address(endpoint) {
            issues.push(Issue::new(FieldPath::Endpoint(i), IssueCode::NotWebAddress));
        }
    }
    for (i, figures) in draft.case_figures.iter().enumerate() {
        let at = FieldPath::CaseFigures(i);
        if !is_date(&figures.period_end) {
            issues.push(Issue::new(at, IssueCode::NotDate));
        } else if draft.case_figures[..i]
            .iter()
            .any(|earlier| earlier.period_end == figures.period_end)
        {
            issues.push(Issue::new(at, IssueCode::DuplicateKey));
        }
        if figures.without_manual_steps > figures.cases {
            issues.push(Issue::new(at, IssueCode::MoreThanCases));
        }
    }
    issues
}

/// An absolute `https://` or `http://` address with a host and no spaces.
fn is_web_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once(':').map_or(host, |(h, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) {
                    h
                } else {
                    ""
                }
            });
            !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// One `@` with text before it and a dotted domain after it, no spaces.
fn is_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !text.contains(char::is_whitespace)
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| !part.is_empty())
        }
        None => false,
    }
}

/// A calendar date `YYYY-MM-DD` (leap years included).
pub fn is_date(text: &str) -> bool {
    crate::model::Date::parse(text).is_some()
}

/// Keys of catalog data: lower-case ASCII words joined by `-` or `_`, e.g. `se-klassa`.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 64
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn is_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests;
