//! TEMPORARY placeholder, replaced by the real renderer.
use crate::model::Contract;
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("not yet")]
    NotYet,
}
pub fn contract_pdf(_c: &Contract) -> Result<Vec<u8>, PdfError> {
    Err(PdfError::NotYet)
}
