//! Each kind's [`Rules`](super::Rules): what its draft must meet, how it is settled against
//! what is stored, and what else its change makes. One file per kind.

pub mod agreement;
pub mod contract;
pub mod grant;
pub mod information_set;
pub mod integration;
pub mod organisation;
pub mod person;
pub mod request;
pub mod scheme;
pub mod system;
