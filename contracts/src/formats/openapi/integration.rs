//! The OpenAPI 3.1 stub of an integration: one document for the API its provider offers under
//! every contract that governs it.
//!
//! Built from the contract stub's parts (`Stub`): one resource per information
//! set, a set governed by several contracts once (its tag lists them all); a contract governing
//! no set gives its own field list as a resource. Security follows the highest classification
//! over all the sets, servers the provider system's endpoints, webhooks and `changedSince` the
//! integration's own pattern. Deterministic: contracts are taken by id, sets in each contract's
//! order, so the same catalog gives the same bytes.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{
    contract_record, document, named_resources, servers, set_record, Record, Stub, StubKind,
};
use crate::formats::{Context, IntegrationFacts};
use crate::model::{
    ApiProfile, ClassificationScheme, Contract, InformationSet, InformationSetId, Pattern, Person,
};

/// What an integration's stub needs from the catalog.
#[derive(Debug, Clone)]
pub struct IntegrationContext {
    /// The integration, with its systems' names.
    pub facts: IntegrationFacts,
    /// The integration's owner, when recorded.
    pub owner: Option<Person>,
    /// The provider system's endpoints (base URLs), production first.
    pub provider_endpoints: Vec<String>,
    /// The contracts that govern the integration, each with the information sets it governs.
    pub contracts: Vec<Governing>,
    /// The classification schemes (level names).
    pub schemes: Vec<ClassificationScheme>,
}

/// A contract governing the integration, with the information sets it governs.
#[derive(Debug, Clone)]
pub struct Governing {
    /// The contract.
    pub contract: Contract,
    /// The information sets it governs, in the contract's order.
    pub sets: Vec<InformationSet>,
}

/// Something the caller should tell the user about a stub that was written all the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "kebab-case")]
pub enum StubWarning {
    /// No endpoint is recorded for the provider system, so the server is a placeholder on the
    /// reserved `.invalid` domain.
    NoEndpoint {
        /// The provider system's name (the integration's, when it names no provider).
        system: String,
    },
    /// An open API left out of a national data catalogue's description.
    NotPublished {
        /// The contract.
        api: String,
        /// Why: `no-endpoint` (its provider system has none) or `no-publisher` (the system
        /// belongs to no organisation with a number).
        reason: &'static str,
    },
}

impl StubWarning {
    /// The id of the message that explains the warning in any language (`warning-…`) and the
    /// values it names (for [`crate::i18n::Translator::with_values`]).
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            StubWarning::NoEndpoint { system } => (
                "warning-openapi-no-endpoint",
                vec![("system", system.clone())],
            ),
            StubWarning::NotPublished { api, reason } => (
                "warning-dcat-not-published",
                vec![("api", api.clone()), ("reason", (*reason).to_owned())],
            ),
        }
    }
}

impl fmt::Display for StubWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StubWarning::NoEndpoint { system } => write!(
                f,
                "no endpoint is recorded for {system}, so the stub's server is a placeholder on \
                 .invalid: record the system's endpoints and export again"
            ),
            StubWarning::NotPublished { api, reason } => write!(
                f,
                "{api} is left out of the description ({reason}): record its provider system's \
                 endpoint and owning unit, then export again"
            ),
        }
    }
}

impl IntegrationContext {
    /// The governing contracts by id, each once.
    fn governing(&self) -> Vec<&Governing> {
        let mut contracts: Vec<&Governing> = self.contracts.iter().collect();
        contracts.sort_by_key(|g| g.contract.id);
        contracts.dedup_by_key(|g| g.contract.id);
        contracts
    }

    /// The provider system's name, or the integration's when it names no provider.
    fn provider(&self) -> &str {
        self.facts
            .provider
            .as_deref()
            .unwrap_or(&self.facts.integration.draft.name)
    }

    /// The profile the stub follows unless the caller chooses: the one every governing
    /// contract follows (its own, else the catalog's `default`), when they agree; otherwise
    /// (and with no contract) the catalog's default.
    pub fn shared_profile(&self, default: ApiProfile) -> ApiProfile {
        let mut profiles = self
            .governing()
            .into_iter()
            .map(|g| g.contract.draft.api_profile.unwrap_or(default));
        match profiles.next() {
            Some(first) if profiles.all(|p| p == first) => first,
            _ => default,
        }
    }

    /// What the caller should tell the user about the stub.
    pub fn warnings(&self) -> Vec<StubWarning> {
        if self.provider_endpoints.is_empty() {
            vec![StubWarning::NoEndpoint {
                system: self.provider().to_owned(),
            }]
        } else {
            Vec::new()
        }
    }

    /// The information sets of every governing contract, each once, with the ids of the
    /// contracts governing it; a contract governing none gives its own field list.
    fn records(&self) -> Vec<Record> {
        let mut records: Vec<Record> = Vec::new();
        let mut seen: HashMap<InformationSetId, usize> = HashMap::new();
        for governing in self.governing() {
            let contract = governing.contract.id.0;
            if governing.sets.is_empty() {
                let mut record = contract_record(&governing.contract);
                record.contracts.push(contract);
                records.push(record);
                continue;
            }
            for set in &governing.sets {
                match seen.get(&set.id) {
                    Some(&index) => {
                        let governed_by = &mut records[index].contracts;
                        if !governed_by.contains(&contract) {
                            governed_by.push(contract);
                        }
                    }
                    None => {
                        seen.insert(set.id, records.len());
                        let mut record = set_record(set);
                        record.contracts.push(contract);
                        records.push(record);
                    }
                }
            }
        }
        records
    }

    /// The sets and schemes as a [`Context`], for the classification over all of them.
    fn classification_context(&self) -> Context {
        let mut seen = std::collections::HashSet::new();
        let sets = self
            .governing()
            .into_iter()
            .flat_map(|g| &g.sets)
            .filter(|set| seen.insert(set.id))
            .cloned()
            .collect();
        Context {
            sets,
            schemes: self.schemes.clone(),
            ..Context::default()
        }
    }
}

/// The stub for the integration `context` describes, as a JSON document. With no governing
/// contract it has no resource (the export refuses that case before it gets here).
pub fn integration_openapi(context: &IntegrationContext) -> Value {
    let pattern = context.facts.integration.draft.pattern;
    let classification = context.classification_context();
    document(Stub {
        info: info(context, &classification),
        servers: servers(context.provider(), &context.provider_endpoints),
        resources: named_resources(context.records()),
        events: pattern == Pattern::EventProvisioning,
        batch: matches!(pattern, Pattern::FullSyncBatch | Pattern::FileTransfer),
        classified: classification.highest_level().unwrap_or(0) > 0,
        kind: StubKind::Integration,
    })
}

/// The stub as pretty-printed JSON, ending in a newline.
pub fn integration_openapi_json(context: &IntegrationContext) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&integration_openapi(context))
        .expect("a serde_json::Value always serialises");
    bytes.push(b'\n');
    bytes
}

/// `info`: the integration's name, description and owner, the API's version (the newest of
/// the governing contracts'), the contracts as the terms of use, and the integration's facts
/// and contracts as `x-datapakt-` extensions.
fn info(context: &IntegrationContext, classification: &Context) -> Value {
    let integration = &context.facts.integration;
    let draft = &integration.draft;
    let governing = context.governing();
    let description = if draft.description.trim().is_empty() {
        match context.facts.consumers.as_slice() {
            [] => format!("Integration from {}.", context.provider()),
            consumers => format!(
                "Integration from {} to {}.",
                context.provider(),
                consumers.join(", ")
            ),
        }
    } else {
        draft.description.clone()
    };
    let contact = match (&context.owner, governing.first()) {
        (Some(person), _) if person.draft.email.trim().is_empty() => {
            json!({ "name": person.draft.name })
        }
        (Some(person), _) => json!({ "name": person.draft.name, "email": person.draft.email }),
        (None, Some(first)) => json!({ "name": first.contract.draft.owner }),
        (None, None) => json!({ "name": context.provider() }),
    };
    let mut info = json!({
        "title": draft.name,
        "version": newest_version(&governing),
        "description": description,
        "contact": contact,
        "license": license(context, &governing),
        "x-datapakt-integration-id": integration.id.0,
        "x-datapakt-pattern": draft.pattern,
        "x-datapakt-technology": draft.technology,
        "x-datapakt-mode": draft.mode,
        "x-datapakt-frequency": draft.frequency,
    });
    if let Some(owner) = &context.owner {
        info["x-datapakt-owner"] = json!(owner.draft.name);
    }
    info["x-datapakt-provider-system"] = json!(context.provider());
    info["x-datapakt-consumer-systems"] = json!(context.facts.consumers);
    if let Some(level) = classification.classification() {
        info["x-datapakt-classification"] = json!(level);
    }
    info["x-datapakt-contracts"] = governing
        .iter()
        .map(|g| {
            json!({
                "id": g.contract.id.0,
                "title": g.contract.draft.title,
                "version": g.contract.draft.version,
                "status": g.contract.state.status.as_str(),
            })
        })
        .collect();
    info
}

/// The terms the API is used under: the governing contracts (see the contract stub's
/// licence); one contract is named as in its own stub.
fn license(context: &IntegrationContext, governing: &[&Governing]) -> Value {
    if let [only] = governing {
        return super::license(&only.contract);
    }
    let named: Vec<String> = governing
        .iter()
        .map(|g| {
            format!(
                "\"{}\" (version {})",
                g.contract.draft.title, g.contract.draft.version
            )
        })
        .collect();
    let named = match named.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => "governing the integration".to_owned(),
    };
    json!({
        "name": format!("Use only as the information contracts {named} allow"),
        "identifier": format!(
            "LicenseRef-information-contracts-of-integration-{}",
            context.facts.integration.id.0
        ),
    })
}

/// The API's version: the newest of the governing contracts' versions (compared number by
/// number, so 1.10.0 is newer than 1.9.0), since the API must serve the newest terms; `1.0.0`
/// with no contract.
fn newest_version(governing: &[&Governing]) -> String {
    let numbers = |version: &str| -> Vec<u64> {
        version
            .split(['.', '-', '+'])
            .map_while(|part| part.parse().ok())
            .collect()
    };
    governing
        .iter()
        .map(|g| g.contract.draft.version.as_str())
        .max_by(|a, b| numbers(a).cmp(&numbers(b)).then_with(|| a.cmp(b)))
        .unwrap_or("1.0.0")
        .to_owned()
}

#[cfg(test)]
mod tests;
