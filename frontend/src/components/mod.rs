//! Reusable pieces of the screens.

mod contract_form;
mod contract_list;

pub use contract_form::ContractForm;
pub use contract_list::ContractList;
