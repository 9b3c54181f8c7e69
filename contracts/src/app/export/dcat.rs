//! The catalog's open APIs as a national data catalogue's description (see
//! [`crate::formats::dcat`]): what the format needs, read from the catalog.

use crate::app::error::{Error, Result};
use crate::formats::dcat::{self, Described, OpenApi, Publisher, ServedSet};
use crate::formats::openapi::integration::StubWarning;
use crate::i18n::{Arg, Translator};
use crate::model::{
    AccessRights, ContractStatus, DcatProfile, Entity, Lang, Organisation, SystemId,
};
use crate::store::{Catalog, Identified};
use crate::wire::RdfSyntax;

use super::{dialog, file, Rendered};

/// The description of the catalog's open APIs in `profile`, in `syntax`; an API that cannot
/// be described (no endpoint, no organisation) is left out with a warning.
pub fn render(catalog: &Catalog, profile: DcatProfile, syntax: RdfSyntax) -> Result<Rendered> {
    let mut warnings = Vec::new();
    let mut apis = Vec::new();
    for (id, title, status, rights) in catalog.contract_publication()? {
        if status != ContractStatus::Approved || rights != AccessRights::Public {
            continue;
        }
        let contract = catalog.contract(id)?;
        let context = crate::app::context::export_context(catalog, &contract)?;
        let Some(endpoint) = context.provider_endpoints.first().cloned() else {
            warnings.push(StubWarning::NotPublished {
                api: title,
                reason: "no-endpoint",
            });
            continue;
        };
        let Some(publisher) = publisher_of(catalog, &contract.draft.provider_system)? else {
            warnings.push(StubWarning::NotPublished {
                api: title,
                reason: "no-publisher",
            });
            continue;
        };
        let mut sets = Vec::with_capacity(context.sets.len());
        for set in &context.sets {
            sets.push(ServedSet {
                uid: uid(catalog, Entity::InformationSet, set.id.0)?,
                name: set.draft.name.clone(),
                description: set.draft.description.clone(),
                fields: set.draft.fields.iter().map(|f| f.name.clone()).collect(),
            });
        }
        let draft = &contract.draft;
        apis.push(OpenApi {
            uid: uid(catalog, Entity::Contract, id.0)?,
            title,
            description: if draft.description.trim().is_empty() {
                draft.purpose.clone()
            } else {
                draft.description.clone()
            },
            endpoint,
            publisher,
            contact: context
                .contact_point()
                .map(|p| (p.draft.name.clone(), p.draft.email.clone())),
            sets,
        });
    }
    let Some(first) = apis.first() else {
        return Err(Error::NothingToPublish);
    };
    let t = Translator::new(match profile {
        DcatProfile::DcatApNo => Lang::Nb,
        DcatProfile::DcatApSe => Lang::Sv,
    });
    let publisher = [("publisher", Arg::from(first.publisher.name.clone()))];
    let described = Described {
        uid: catalog.catalog_id()?,
        title: t.t_with("dcat-catalog-title", &publisher),
        description: t.t_with("dcat-catalog-description", &publisher),
        apis,
    };
    let triples = dcat::graph(profile, &described).map_err(Error::Dcat)?;
    let (bytes, extension, file_type) = match syntax {
        RdfSyntax::Turtle => (dcat::turtle(profile, &triples), "ttl", "file-type-turtle"),
        RdfSyntax::JsonLd => {
            let mut bytes = serde_json::to_vec_pretty(&dcat::json_ld(&triples))
                .expect("a JSON value serialises");
            bytes.push(b'\n');
            (bytes, "jsonld", "file-type-json-ld")
        }
    };
    let mut rendered = file(
        format!("open-apis.{}.{extension}", profile.as_str()),
        dialog("dcat-export", file_type, extension),
        bytes,
    );
    rendered.warnings = warnings;
    Ok(rendered)
}

/// The organisation (with a number) that owns the system called `name`, through its unit.
fn publisher_of(catalog: &Catalog, name: &str) -> Result<Option<Publisher>> {
    let Some(system) = catalog.system_id(name)? else {
        return Ok(None);
    };
    let Some(unit) = catalog.system(SystemId(system))?.draft.owning_unit else {
        return Ok(None);
    };
    let Some(unit) = catalog.unit(unit)? else {
        return Ok(None);
    };
    let Organisation { draft, .. } = catalog.organisation(unit.organisation)?;
    Ok((!draft.org_number.trim().is_empty()).then(|| Publisher {
        name: draft.name,
        org_number: draft.org_number,
        country: draft.country,
    }))
}

/// The uid of item `id` of kind `entity`.
fn uid(catalog: &Catalog, entity: Entity, id: i64) -> Result<String> {
    Ok(catalog
        .uid_of(Identified::Item(entity), id)?
        .unwrap_or_else(|| format!("{}-{id}", entity.as_str())))
}
