//! Exports: one module per output format. [`render`] is the one exhaustive match over
//! [`ExportFormat`], so adding a format is a variant, a module and a test.

pub mod odcs;
pub mod openapi;
pub mod pdf;

use crate::model::Contract;
use crate::wire::ExportFormat;

/// Renders `contract` in `format` as the bytes of the file to write; `context` is what the
/// formats need from the rest of the catalog.
pub fn render(
    contract: &Contract,
    context: &odcs::Context,
    format: ExportFormat,
) -> Result<Vec<u8>, pdf::PdfError> {
    match format {
        ExportFormat::Openapi => Ok(openapi::contract_openapi_json(contract)),
        ExportFormat::Pdf => pdf::contract_pdf(contract),
        ExportFormat::Odcs => Ok(odcs::contract_odcs_yaml(contract, context)),
    }
}

/// The file name a save dialog proposes for `contract` in `format`.
pub fn suggested_file_name(contract: &Contract, format: ExportFormat) -> String {
    let stem = openapi::resource_name(&contract.draft.title);
    let kind = match format {
        ExportFormat::Openapi => "openapi",
        ExportFormat::Pdf => "contract",
        ExportFormat::Odcs => "odcs",
    };
    format!(
        "{stem}-{}.{kind}.{}",
        contract.draft.version,
        format.extension()
    )
}
