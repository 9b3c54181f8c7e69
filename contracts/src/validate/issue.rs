//! A validation finding: where it is and what is wrong.

use serde::{Deserialize, Serialize};

use crate::model::{Country, Date};

/// The input a finding is about, so a form can put the message next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "field", content = "index", rename_all = "snake_case")]
pub enum FieldPath {
    /// The contract's title.
    Title,
    /// The information owner.
    Owner,
    /// The provider system.
    ProviderSystem,
    /// The consumer system.
    ConsumerSystem,
    /// The version.
    Version,
    /// The list of fields as a whole.
    Fields,
    /// The name of the field at this position (0-based).
    FieldName(usize),
    /// A name (of an organisation, a person, a scheme).
    Name,
    /// An organisation number.
    OrgNumber,
    /// A classification scheme's key.
    SchemeKey,
    /// A scheme's list of aspects as a whole.
    Aspects,
    /// The key of the aspect at this position (0-based).
    AspectKey(usize),
    /// A scheme's list of levels as a whole.
    Levels,
    /// The colour of the level at this position (0-based).
    LevelColour(usize),
    /// An e-mail address.
    Email,
    /// The day a person left.
    LeftOn,
    /// The classification scheme an information set uses.
    Scheme,
    /// An agreement's controller.
    Controller,
    /// An agreement's processor.
    Processor,
    /// One of the items GDPR Art. 28(3) requires an agreement to set out.
    Article28(Art28Item),
    /// The first day a contract applies.
    ValidFrom,
    /// The last day a contract applies.
    ValidTo,
    /// The promised availability.
    Availability,
    /// An integration's provider system.
    Provider,
    /// An integration's consumer systems.
    Consumers,
    /// Why a new interface was built although an existing one could serve.
    Justification,
    /// A field of an information set's schema, by its position in depth-first order
    /// (0-based: a field, then its children, then its next sibling).
    SchemaField(usize),
    /// A system's endpoint at this position (0-based).
    Endpoint(usize),
    /// The unit that owns a system.
    OwningUnit,
    /// An information set's API resource name.
    Resource,
    /// An e-service's case figures at this position (0-based).
    CaseFigures(usize),
    /// The name of a request's asker from outside the catalog.
    AskerName,
    /// The information a request asks for, in words.
    Information,
    /// Why the information is needed.
    Purpose,
    /// The information sets a request (or contract) concerns.
    InformationSets,
    /// The day a request was received.
    OpenedOn,
    /// The day a request is to be followed up.
    FollowUp,
    /// A request's log as a whole.
    Notes,
    /// The entry of a request's log at this position (0-based).
    Note(usize),
    /// The integration an access grant is for.
    Integration,
    /// Who receives access.
    Consumer,
    /// The contract an access grant is made under.
    Contract,
    /// Who granted access.
    GrantedBy,
    /// The first day of access.
    GrantedOn,
    /// The last day of access.
    ValidUntil,
    /// The day of the review at this position (0-based).
    ReviewedOn(usize),
    /// A note.
    GrantNote,
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldPath::Title => f.write_str("title"),
            FieldPath::Owner => f.write_str("owner"),
            FieldPath::ProviderSystem => f.write_str("provider system"),
            FieldPath::ConsumerSystem => f.write_str("consumer system"),
            FieldPath::Version => f.write_str("version"),
            FieldPath::Fields => f.write_str("fields"),
            FieldPath::FieldName(i) => write!(f, "field {} name", i + 1),
            FieldPath::Name => f.write_str("name"),
            FieldPath::OrgNumber => f.write_str("organisation number"),
            FieldPath::SchemeKey => f.write_str("scheme key"),
            FieldPath::Aspects => f.write_str("aspects"),
            FieldPath::AspectKey(i) => write!(f, "aspect {} key", i + 1),
            FieldPath::Levels => f.write_str("levels"),
            FieldPath::LevelColour(i) => write!(f, "level {} colour", i + 1),
            FieldPath::Email => f.write_str("e-mail address"),
            FieldPath::LeftOn => f.write_str("date left"),
            FieldPath::Scheme => f.write_str("classification scheme"),
            FieldPath::Controller => f.write_str("controller"),
            FieldPath::Processor => f.write_str("processor"),
            FieldPath::Article28(item) => f.write_str(item.label()),
            FieldPath::ValidFrom => f.write_str("start date"),
            FieldPath::ValidTo => f.write_str("end date"),
            FieldPath::Availability => f.write_str("availability"),
            FieldPath::Provider => f.write_str("provider system"),
            FieldPath::Consumers => f.write_str("consumer systems"),
            FieldPath::Justification => f.write_str("justification"),
            FieldPath::SchemaField(i) => write!(f, "schema field {}", i + 1),
            FieldPath::Endpoint(i) => write!(f, "endpoint {}", i + 1),
            FieldPath::OwningUnit => f.write_str("owning unit"),
            FieldPath::Resource => f.write_str("API resource name"),
            FieldPath::CaseFigures(i) => write!(f, "case figures, row {}", i + 1),
            FieldPath::AskerName => f.write_str("name of the asker"),
            FieldPath::Information => f.write_str("information asked for"),
            FieldPath::Purpose => f.write_str("purpose"),
            FieldPath::InformationSets => f.write_str("information sets"),
            FieldPath::OpenedOn => f.write_str("date opened"),
            FieldPath::FollowUp => f.write_str("follow-up date"),
            FieldPath::Notes => f.write_str("log"),
            FieldPath::Note(i) => write!(f, "log entry {}", i + 1),
            FieldPath::Integration => f.write_str("integration"),
            FieldPath::Consumer => f.write_str("consumer"),
            FieldPath::Contract => f.write_str("contract"),
            FieldPath::GrantedBy => f.write_str("granted by"),
            FieldPath::GrantedOn => f.write_str("first day of access"),
            FieldPath::ValidUntil => f.write_str("last day of access"),
            FieldPath::ReviewedOn(i) => write!(f, "date of review {}", i + 1),
            FieldPath::GrantNote => f.write_str("note"),
        }
    }
}

/// The contents GDPR Art. 28(3) requires a processing agreement to set out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Art28Item {
    /// A title for the agreement (not Art. 28, but every record needs one).
    Title,
    /// The subject matter of the processing.
    SubjectMatter,
    /// Its duration.
    Duration,
    /// Its nature and purpose.
    NatureAndPurpose,
    /// The types of personal data.
    PersonalData,
    /// The categories of data subjects.
    DataSubjects,
    /// The security measures (Art. 32; Annex III).
    SecurityMeasures,
}

impl Art28Item {
    /// The item's name in messages.
    pub fn label(self) -> &'static str {
        match self {
            Art28Item::Title => "title",
            Art28Item::SubjectMatter => "subject matter of the processing",
            Art28Item::Duration => "duration of the processing",
            Art28Item::NatureAndPurpose => "nature and purpose of the processing",
            Art28Item::PersonalData => "types of personal data",
            Art28Item::DataSubjects => "categories of data subjects",
            Art28Item::SecurityMeasures => "technical and organisational security measures",
        }
    }
}

/// What is wrong. The UI picks its (translated) text by this code, never by message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum IssueCode {
    /// The value is empty.
    Required,
    /// The value is longer than allowed.
    TooLong {
        /// The largest accepted length, in characters.
        max: usize,
    },
    /// The version is not `MAJOR.MINOR.PATCH`.
    NotSemver,
    /// The contract has no fields.
    NoFields,
    /// The key is not an identifier.
    NotIdentifier,
    /// The field name is not one (see [`crate::validate::is_field_name`]).
    NotFieldName,
    /// A smallest value or length is above the largest.
    LimitsCrossed,
    /// Another field earlier in the list has the same name.
    DuplicateFieldName,
    /// The organisation number fails its country's format or check digit.
    NotOrgNumber {
        /// The country whose rules were applied.
        country: Country,
    },
    /// Another item earlier in the list has the same key.
    DuplicateKey,
    /// A scheme needs at least this many levels.
    TooFewLevels {
        /// The smallest accepted number of levels.
        min: usize,
    },
    /// The colour is not `#rrggbb`.
    NotColour,
    /// Level ordinals must run 0, 1, 2, … in order.
    OrdinalsOutOfOrder,
    /// Not an e-mail address.
    NotEmail,
    /// Not a calendar date written `YYYY-MM-DD`.
    NotDate,
    /// An object field without fields of its own.
    EmptyObject,
    /// An array field must describe its items with exactly one child field.
    ArrayNeedsOneItem,
    /// Only objects and arrays have child fields.
    ChildrenNotAllowed,
    /// Only string and integer fields can be enumerations.
    EnumNotAllowed,
    /// An enumeration lists the same value twice.
    DuplicateEnumValue,
    /// A field is classified but the information set names no classification scheme.
    NoScheme,
    /// The classification level does not exist in the scheme.
    UnknownLevel {
        /// The level asked for.
        ordinal: u8,
    },
    /// The named item does not exist in the catalog.
    Unknown,
    /// A system cannot consume what it provides itself.
    ProviderIsConsumer,
    /// The same consumer is listed twice.
    DuplicateConsumer,
    /// The end date is before the start date.
    EndsBeforeStart,
    /// Controller and processor are the same organisation.
    SameParty,
    /// Not a percentage between 0 and 100.
    NotPercent,
    /// Not an absolute `https://` address.
    NotWebAddress,
    /// Another item of the same kind already has this name.
    NameTaken,
    /// Not an API resource name: 1–63 characters a–z, 0–9 and `-`, not starting or ending
    /// with `-`.
    NotResourceName,
    /// More cases without manual steps than cases.
    MoreThanCases,
    /// A date before the day the request was opened.
    BeforeOpened,
    /// A contract draft made from the request needs this input.
    NeededForContract,
    /// None of the request's information sets has a plain field a contract can carry.
    NoContractFields,
    /// None of the request's information sets has an information owner to own the contract.
    NoInformationOwner,
    /// Saved log entries cannot be changed or removed: only new ones can be added.
    AppendOnly,
    /// Access refused: the contract is a draft.
    ContractIsDraft,
    /// Access refused: the contract awaits approval.
    ContractInReview,
    /// Access refused: the contract was retired.
    ContractRetired,
    /// Access refused: the contract applies only from a later day.
    ContractNotYetValid {
        /// Its first day.
        date: Date,
    },
    /// Access refused: the contract ended before the access would begin.
    ContractExpired {
        /// Its last day.
        date: Date,
    },
    /// Access refused: the contract ends before the access would.
    ContractEndsFirst {
        /// Its last day.
        date: Date,
    },
    /// Access refused: the contract does not govern the integration.
    ContractNotGoverning,
    /// The version is not past what the changes since the last release call for.
    VersionTooLow {
        /// The last released version.
        released: crate::versions::Version,
        /// The lowest version the changes allow.
        proposed: crate::versions::Version,
    },
    /// Access refused: the contract does not name the consumer.
    ContractNotForConsumer,
}

impl IssueCode {
    /// Whether the finding is the access rule refusing a grant (no access without an
    /// approved contract in force that covers it), rather than a mistake in the input.
    pub fn is_refusal(self) -> bool {
        matches!(
            self,
            IssueCode::ContractIsDraft
                | IssueCode::ContractInReview
                | IssueCode::ContractRetired
                | IssueCode::ContractNotYetValid { .. }
                | IssueCode::ContractExpired { .. }
                | IssueCode::ContractEndsFirst { .. }
                | IssueCode::ContractNotGoverning
                | IssueCode::ContractNotForConsumer
        )
    }
}

/// One validation finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Issue {
    /// Where the problem is.
    pub path: FieldPath,
    /// What the problem is.
    #[serde(flatten)]
    pub code: IssueCode,
}

impl Issue {
    /// A finding about `path`.
    pub fn new(path: FieldPath, code: IssueCode) -> Issue {
        Issue { path, code }
    }

    /// Whether a contract may be stored as a draft with this finding: a part it does not name
    /// yet (its information owner, its systems, its fields), as a contract imported from a
    /// file that does not say them. Review and approval need them (see
    /// [`crate::validate::contract_gaps`]).
    pub fn is_draft_gap(&self) -> bool {
        matches!(
            (self.path, &self.code),
            (
                FieldPath::Owner | FieldPath::ProviderSystem | FieldPath::ConsumerSystem,
                IssueCode::Required
            ) | (FieldPath::Fields, IssueCode::NoFields)
        )
    }

    /// An English explanation that says what is wrong and how to fix it.
    pub fn message(&self) -> String {
        let text: std::borrow::Cow<'static, str> = match self.code {
            IssueCode::Required => "The {field} is required: enter a value.".into(),
            IssueCode::TooLong { max } => format!("The {{field}} is too long: use at most {max} characters.").into(),
            IssueCode::NotSemver => "The version must look like 1.0.0 (major.minor.patch, digits only).".into(),
            IssueCode::NoFields => "Add at least one field the contract exchanges.".into(),
            IssueCode::NotIdentifier => "The {field} must start with a letter or _ and contain only letters a–z, digits and _ \
                 (at most 64), e.g. birthDate.".into(),
            IssueCode::LimitsCrossed => "The {field} has a smallest value or length above its largest: correct one of them.".into(),
            IssueCode::NotFieldName => "The {field} must start with a letter or _ and contain only letters (of any language), \
                 digits, _, - and single spaces between words (at most 64), e.g. fødselsdato.".into(),
            IssueCode::DuplicateFieldName => "The {field} is used by an earlier field: field names must be unique.".into(),
            IssueCode::NotOrgNumber {
                country: Country::Norway,
            } => "The organisation number is \
                not a valid Norwegian organisasjonsnummer: 9 digits, the last a mod-11 check \
                digit, e.g. 974 760 673. Check for a mistyped digit.".into(),
            IssueCode::NotOrgNumber {
                country: Country::Sweden,
            } => "The organisation number is \
                not a valid Swedish organisationsnummer: 10 digits as NNNNNN-NNNN, third digit 2 \
                or more, the last a Luhn check digit, e.g. 212000-1967. Check for a mistyped digit.".into(),
            IssueCode::DuplicateKey => "The {field} is used by an earlier item: keys must be unique.".into(),
            IssueCode::TooFewLevels { min } => format!("A scheme needs at least {min} levels.").into(),
            IssueCode::NotColour => "The {field} must be a colour written #rrggbb, e.g. #2e7d32.".into(),
            IssueCode::OrdinalsOutOfOrder => "Level ordinals must run 0, 1, 2, … from the lowest level up.".into(),
            IssueCode::NotEmail => "The {field} must look like name@example.no.".into(),
            IssueCode::NotDate => "The {field} must be a date written YYYY-MM-DD, e.g. 2026-08-31.".into(),
            IssueCode::EmptyObject => "The {field} is an object: add the fields it contains.".into(),
            IssueCode::ArrayNeedsOneItem => "The {field} is an array: describe its items with exactly one child field.".into(),
            IssueCode::ChildrenNotAllowed => "The {field} has child fields, which only objects and arrays can have: change its type \
                 or remove the children.".into(),
            IssueCode::EnumNotAllowed => "The {field} lists allowed values, which only string and integer fields can: change \
                 its type or clear the values.".into(),
            IssueCode::DuplicateEnumValue => "The {field} lists an allowed value twice: remove the repeat.".into(),
            IssueCode::NoScheme => "The {field} is classified, but the information set names no classification scheme: \
                 choose one.".into(),
            IssueCode::UnknownLevel { ordinal } => format!("The {{field}} has classification level {ordinal}, which the scheme does not have: pick \
                 one of its levels.").into(),
            IssueCode::Unknown => "The {field} does not exist in this catalog: pick an existing one.".into(),
            IssueCode::ProviderIsConsumer => "The provider system is also listed as a consumer: remove it from the consumers.".into(),
            IssueCode::DuplicateConsumer => "A consumer system is listed twice: remove the repeat.".into(),
            IssueCode::EndsBeforeStart => "The end date is before the start date: correct one of them.".into(),
            IssueCode::NotPercent => "The {field} must be a percentage from 0 to 100, e.g. 99.5.".into(),
            IssueCode::NotWebAddress => "The {field} must be a full web address, e.g. https://api.example.no/v1.".into(),
            IssueCode::NameTaken => "The {field} is already used by another item of this kind: choose another.".into(),
            IssueCode::NotResourceName => "The {field} may contain only lower-case letters a–z, digits and hyphens (1–63 \
                 characters, no hyphen first or last, no æ, ø or å), e.g. elever.".into(),
            IssueCode::MoreThanCases => "In the {field}, the cases without manual steps outnumber all cases: correct one \
                 of them.".into(),
            IssueCode::BeforeOpened => "The {field} is before the day the request was opened: choose a later day.".into(),
            IssueCode::NeededForContract => "A contract draft needs the {field}: fill it in on the request, then try again.".into(),
            IssueCode::NoContractFields => "None of the {field} has a plain field a contract can carry: add one that has, or \
                 give the set such fields.".into(),
            IssueCode::NoInformationOwner => "None of the {field} has an information owner, who must own the contract: record the \
                 owner on the information set.".into(),
            IssueCode::AppendOnly => "The saved entries of the {field} cannot be changed or removed: add a new entry instead.".into(),
            IssueCode::ContractIsDraft => "The contract is a draft, and no access is granted \
                without an approved contract: submit it for review and approve it first.".into(),
            IssueCode::ContractInReview => "The contract awaits approval, and no access is \
                granted without an approved contract: approve it first.".into(),
            IssueCode::ContractRetired => "The contract was retired and no longer allows \
                access: choose a contract in force, or approve a new one.".into(),
            IssueCode::ContractNotYetValid { date } => format!("The contract applies only from {date}: grant access from that day, or choose \
                 a contract in force now.").into(),
            IssueCode::ContractExpired { date } => format!("The contract expired on {date}: approve a new contract (or extend this one) \
                 before granting access.").into(),
            IssueCode::ContractEndsFirst { date } => format!("The contract ends on {date}, before this access would: grant access until \
                 {date} at the latest, or extend the contract.").into(),
            IssueCode::VersionTooLow { released, proposed } => format!("Version {released} is released, and what changed since calls for version \
                 {proposed}: use {proposed} or later.").into(),
            IssueCode::ContractNotGoverning => "The contract does not govern this integration: \
                choose a contract that does, or add the integration to the contract.".into(),
            IssueCode::ContractNotForConsumer => "The contract does not name this consumer: \
                choose the contract made with it, or write one for it.".into(),
            IssueCode::SameParty => "The controller and the processor are the same organisation: an agreement needs \
                 two parties.".into(),
        };
        text.replace("{field}", &self.path.to_string())
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}
