//! Calls into the desktop backend. Every call returns `Result`: a failed command is shown to
//! the user, never a panic.

use contracts::model::{Contract, ContractId, ContractSummary};
use contracts::wire::{
    CatalogInfo, ErrorCode, ExportFormat, ExportOutcome, ExportRequest, SaveContractRequest,
    WireError,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

async fn call<R: DeserializeOwned>(cmd: &str, args: impl Serialize) -> Result<R, WireError> {
    let internal = |what: &str, detail: String| {
        WireError::new(ErrorCode::Internal, format!("{cmd}: {what}: {detail}"))
    };
    let args = args
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| internal("could not encode the request", e.to_string()))?;
    match invoke(cmd, args).await {
        Ok(value) => serde_wasm_bindgen::from_value(value)
            .map_err(|e| internal("unexpected reply", e.to_string())),
        Err(error) => Err(serde_wasm_bindgen::from_value::<WireError>(error.clone())
            .unwrap_or_else(|_| internal("failed", format!("{error:?}")))),
    }
}

#[derive(Serialize)]
struct NoArgs {}

/// Tells the backend that the first screen has rendered.
pub async fn ready() -> Result<(), WireError> {
    call("ready", NoArgs {}).await
}

/// The open catalog.
pub async fn catalog_info() -> Result<CatalogInfo, WireError> {
    call("catalog_info", NoArgs {}).await
}

/// Every contract's list line.
pub async fn list_contracts() -> Result<Vec<ContractSummary>, WireError> {
    call("list_contracts", NoArgs {}).await
}

/// One stored contract.
pub async fn get_contract(id: ContractId) -> Result<Contract, WireError> {
    #[derive(Serialize)]
    struct Args {
        id: ContractId,
    }
    call("get_contract", Args { id }).await
}

/// Validates and saves a contract.
pub async fn save_contract(request: SaveContractRequest) -> Result<Contract, WireError> {
    #[derive(Serialize)]
    struct Args {
        request: SaveContractRequest,
    }
    call("save_contract", Args { request }).await
}

/// Exports a stored contract through the backend's save dialog.
pub async fn export_contract(
    id: ContractId,
    format: ExportFormat,
) -> Result<ExportOutcome, WireError> {
    #[derive(Serialize)]
    struct Args {
        request: ExportRequest,
    }
    call(
        "export_contract",
        Args {
            request: ExportRequest { id, format },
        },
    )
    .await
}
