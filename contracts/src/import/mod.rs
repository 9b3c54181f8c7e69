//! Imports: one module per input format, each reading files into the catalog in one
//! transaction (all of a call's files, or none).

pub mod odcs;
pub mod openapi;
