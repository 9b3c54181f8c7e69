//! The domain types. No IO and no file formats live here: the store, the exports and the UI
//! all meet through these types.

mod access;
mod agreement;
mod audit;
mod classification;
mod contract;
mod date;
mod field;
mod finding;
mod information_set;
mod integration;
mod json_schema;
mod kind;
mod labels;
mod organisation;
mod people;
mod request;
mod safeguard;
mod system;

pub use access::{
    AccessReview, Consumer, ContractCover, Grant, GrantDraft, GrantId, GrantStatus, ReviewOutcome,
};
pub use agreement::{
    Agreement, AgreementDraft, AgreementGap, AgreementId, PartyDetails, SubProcessor,
    SubProcessorAuthorisation,
};
pub use audit::{AuditAction, AuditEvent, Entity, SearchHit};
pub use classification::{Aspect, ClassificationScheme, Level, Scheme, SchemeId};
pub use contract::{
    AccessRights, ApiProfile, Contract, ContractDraft, ContractId, ContractState, ContractStatus,
    ContractSummary, DcatProfile, OdcsVersion, ServiceLevels, Validity,
};
pub use date::Date;
pub use field::{Field, FieldType};
pub use finding::{Finding, Rule};
pub use information_set::{
    resource_name, Constraints, InformationSet, InformationSetDraft, InformationSetId,
    PersonalData, SchemaField, SchemaType,
};
pub use integration::{
    Frequency, IntarkItem, Integration, IntegrationDraft, IntegrationId, Mode, Pattern, Technology,
};
pub use kind::{IdOf, ItemId, Kind, Stored};
pub use labels::{Labels, Lang};
pub use organisation::{
    canonical_number, Country, Organisation, OrganisationDraft, OrganisationId,
};
pub use people::{Person, PersonDraft, PersonId, Role, RoleAssignment, Unit, UnitId};
pub use request::{
    Asker, KnownFacts, Request, RequestDraft, RequestId, RequestNote, RequestOutcome,
    RequestStatus, DRAFT_VERSION, TRANSITIONS,
};
pub use safeguard::Safeguard;
pub use system::{CaseFigures, Lifecycle, System, SystemDraft, SystemId};
