//! Importing existing descriptions into the catalog, one module per format.

pub mod openapi;
