//! The domain types. No IO and no file formats live here: the store, the exports and the UI
//! all meet through these types.

mod contract;
mod field;

pub use contract::{Contract, ContractDraft, ContractId, ContractSummary};
pub use field::{Field, FieldType};
