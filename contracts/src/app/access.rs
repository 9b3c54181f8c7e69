//! The access register's use cases: every grant with the names a person reads and where it
//! stands today (for the list, the findings and the report), one grant's standing, and the
//! contracts a grant for an integration can be made under.

use std::collections::HashMap;

use crate::app::error::Result;
use crate::model::{Consumer, ContractId, Date, Entity, Grant, IntegrationId};
use crate::store::Catalog;
use crate::validate::{state, AccessState};
use crate::wire::ContractChoice;

/// One grant as the register shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The grant.
    pub grant: Grant,
    /// Its title ("integration → consumer").
    pub title: String,
    /// The integration's name.
    pub integration: String,
    /// The consumer's name.
    pub consumer: String,
    /// The contract's title.
    pub contract: String,
    /// The name of who granted it, if recorded.
    pub granted_by: Option<String>,
    /// Where it stands today.
    pub state: AccessState,
}

/// Today by the catalog's clock (UTC).
pub fn today(catalog: &Catalog) -> Result<Date> {
    Ok(catalog.today_date()?)
}

/// Every grant (oldest first) with its names and its standing on `today`.
pub fn register(catalog: &Catalog, today: Date) -> Result<Vec<Entry>> {
    let grants = catalog.grants()?;
    if grants.is_empty() {
        return Ok(Vec::new());
    }
    let covers = catalog.grant_covers()?;
    let integrations = catalog.names(Entity::Integration)?;
    let systems = catalog.names(Entity::System)?;
    let organisations = catalog.names(Entity::Organisation)?;
    let people = catalog.names(Entity::Person)?;
    let name = |map: &HashMap<i64, String>, id: i64| {
        map.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))
    };
    let mut entries = Vec::with_capacity(grants.len());
    for grant in grants {
        let d = &grant.draft;
        let Some(cover) = d.contract.and_then(|c| covers.get(&c)) else {
            continue;
        };
        let integration = d
            .integration
            .map(|i| name(&integrations, i.0))
            .unwrap_or_default();
        let consumer = match d.consumer {
            Some(Consumer::System(s)) => name(&systems, s.0),
            Some(Consumer::Organisation(o)) => name(&organisations, o.0),
            None => String::new(),
        };
        entries.push(Entry {
            title: crate::wire::grant_title(&integration, &consumer),
            integration,
            consumer,
            contract: cover.title.clone(),
            granted_by: d.granted_by.map(|p| name(&people, p.0)),
            state: state(d, cover, today),
            grant,
        });
    }
    Ok(entries)
}

/// Where one stored grant stands today.
pub fn grant_state(catalog: &Catalog, grant: &Grant) -> Result<Option<AccessState>> {
    let Some(contract) = grant.draft.contract else {
        return Ok(None);
    };
    let cover = catalog.contract_cover(contract)?;
    Ok(Some(state(&grant.draft, &cover, today(catalog)?)))
}

/// The contracts governing integration `id` (those a grant for it can be made under), by
/// title, with their status: an approved one allows access, the others say why not.
pub fn contract_choices(catalog: &Catalog, id: IntegrationId) -> Result<Vec<ContractChoice>> {
    let mut choices: Vec<ContractChoice> = catalog
        .contracts_governing(id)?
        .into_iter()
        .map(|contract: ContractId| {
            let stored = catalog.contract(contract)?;
            Ok(ContractChoice {
                id: contract.0,
                title: stored.draft.title,
                version: stored.draft.version,
                status: stored.state.status,
            })
        })
        .collect::<Result<_>>()?;
    choices.sort_by(|a, b| {
        a.title
            .to_lowercase()
            .cmp(&b.title.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(choices)
}
