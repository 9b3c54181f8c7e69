//! The names of Datapakt's own ODCS custom properties, shared by the export and the import.
//! Each is written as `datapakt.<name>`, so it cannot clash with another tool's.

/// The namespace every Datapakt custom property starts with.
pub const PREFIX: &str = "datapakt.";

/// Document: the catalog's id of the contract (informational).
pub const CONTRACT_ID: &str = "contractId";
/// Document: the legal basis for the processing and the access.
pub const LEGAL_BASIS: &str = "legalBasis";
/// Document: when support answers.
pub const SUPPORT_HOURS: &str = "supportHours";
/// Document: time to first response, in minutes.
pub const RESPONSE_MINUTES: &str = "responseMinutes";
/// Document: recovery time objective, in hours.
pub const RECOVERY_TIME_HOURS: &str = "recoveryTimeHours";
/// Document: recovery point objective, in hours.
pub const RECOVERY_POINT_HOURS: &str = "recoveryPointHours";
/// Document: the availability as the user wrote it, when that differs from the number.
pub const AVAILABILITY_TEXT: &str = "availabilityText";
/// Document: first day the contract applies.
pub const VALID_FROM: &str = "validFrom";
/// Document: last day the contract applies.
pub const VALID_TO: &str = "validTo";
/// Document: who approved the contract.
pub const APPROVED_BY: &str = "approvedBy";
/// Document: when it was approved.
pub const APPROVED_AT: &str = "approvedAt";
/// Document: the providing system (a party to the contract).
pub const PROVIDER_SYSTEM: &str = "providerSystem";
/// Document: the consuming system (a party to the contract).
pub const CONSUMER_SYSTEM: &str = "consumerSystem";
/// Document: no processor handles the personal data.
pub const PROCESSED_IN_HOUSE: &str = "processedInHouse";
/// Document: links to definition files.
pub const LINKS: &str = "links";
/// Document: the national API profile of the OpenAPI stub.
pub const API_PROFILE: &str = "apiProfile";
/// Who may access the information: `public`, `restricted` or `non-public` (DCAT-AP-NO).
pub const ACCESS_RIGHTS: &str = "accessRights";
/// Document: the contract's own field list, when its schema is its information sets.
pub const FIELDS: &str = "fields";
/// Document: the names of the integrations the contract governs.
pub const INTEGRATIONS: &str = "integrations";
/// Document: the titles of the data processing agreements covering the contract.
pub const AGREEMENTS: &str = "agreements";
/// Schema object: it is the contract's own field list, not an information set.
pub const CONTRACT_FIELDS: &str = "contractFields";
/// Schema object: the key of the classification scheme its properties' levels belong to.
pub const CLASSIFICATION_SCHEME: &str = "classificationScheme";
/// Schema object: the information owner (`name`, `email`, `leftOn`).
pub const OWNER: &str = "owner";
/// Schema object: the set's API resource name (plural, lower-case hyphenated), e.g. `elever`.
pub const RESOURCE: &str = "resource";
/// Property: the allowed values.
pub const ALLOWED_VALUES: &str = "allowedValues";
/// Property: the personal-data flags.
pub const PERSONAL_DATA: &str = "personalData";
/// Property: what people call the field, per language (`{"nb": "…", "sv": "…"}`); v3.2
/// writes them as the property's `synonyms` with their `locale` instead.
pub const NAMES: &str = "names";
/// Property: the format hint of a property that is not a string.
pub const FORMAT: &str = "format";

/// The full name of custom property `name`.
pub fn full(name: &str) -> String {
    format!("{PREFIX}{name}")
}
