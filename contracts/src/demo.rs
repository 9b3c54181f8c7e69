//! The demo catalog a new user starts with: a Norwegian municipality's integrations, its
//! units and people, and one owner who has left without a successor (so the catalog check
//! has something to show).
//!
//! Names and numbers are made up (the organisation number only passes the check digit); no
//! real person or identity number appears.

use crate::error::Result;
use crate::model::{
    AgreementDraft, ContractDraft, Country, Entity, Field, FieldType, Frequency,
    InformationSetDraft, IntegrationDraft, Mode, OrganisationDraft, Pattern, PersonDraft, PersonId,
    PersonalData, Role, RoleAssignment, SchemaField, SchemaType, SystemId, Technology,
};
use crate::store::Catalog;

/// The demo municipality.
pub const MUNICIPALITY: &str = "Eksempel kommune";

/// Seeds `catalog` (new and empty) with the whole demo scenario.
pub fn seed(catalog: &mut Catalog) -> Result<()> {
    let contracts = catalog.import_contracts(contracts())?;
    let organisation = catalog.save_organisation(
        None,
        OrganisationDraft {
            name: MUNICIPALITY.into(),
            country: Country::Norway,
            org_number: "920 000 029".into(),
        },
    )?;
    // (name, e-mail, unit, left on, information owner of contract #, system owned)
    let people: [(&str, &str, &str, Option<&str>, Option<usize>, Option<&str>); 5] = [
        (
            "Åse Bjørnstad",
            "ase.bjornstad",
            "Oppvekst",
            None,
            Some(0),
            None,
        ),
        (
            "Øystein Løvås",
            "oystein.lovas",
            "Arkiv",
            None,
            Some(1),
            Some("Sak og arkiv (Noark 5)"),
        ),
        (
            "Märta Gustafsson",
            "marta.gustafsson",
            "HR",
            None,
            Some(2),
            None,
        ),
        (
            "Per Hansen",
            "per.hansen",
            "IT",
            Some("2025-06-30"),
            None,
            Some("Lønn og personal"),
        ),
        (
            "Ingrid Sæther",
            "ingrid.saether",
            "IT",
            None,
            None,
            Some("Tilgangsstyring (IAM)"),
        ),
    ];
    let mut school_owner = None;
    let mut hr_owner = None;
    for (name, mail, unit, left_on, owns_contract, owns_system) in people {
        let unit = catalog.save_unit(organisation.id, unit)?;
        let person = catalog.save_person(
            None,
            PersonDraft {
                name: name.into(),
                email: format!("{mail}@eksempel.kommune.no"),
                unit: Some(unit.id),
                left_on: left_on.map(str::to_owned),
            },
        )?;
        match owns_contract {
            Some(0) => school_owner = Some(person.id),
            Some(2) => hr_owner = Some(person.id),
            _ => {}
        }
        if let Some(index) = owns_contract {
            catalog.assign_role(&RoleAssignment {
                role: Role::InformationOwner,
                person: person.id,
                entity: Entity::Contract,
                item: contracts[index].0,
            })?;
        }
        if let Some(system) = owns_system
            .map(|s| catalog.system_id(s))
            .transpose()?
            .flatten()
        {
            catalog.assign_role(&RoleAssignment {
                role: Role::SystemOwner,
                person: person.id,
                entity: Entity::System,
                item: system,
            })?;
        }
    }
    let pupils = catalog.save_information_set(None, pupils(school_owner))?;
    // The pupil register contract governs the pupils' set; the school system's vendor
    // processes that personal data under an agreement.
    let mut pupil_contract = catalog.contract(contracts[0])?.draft;
    pupil_contract.information_sets = vec![pupils.id];
    pupil_contract.purpose = "Elever og foresatte får tilgang til riktig skole og klasse.".into();
    pupil_contract.legal_basis = "Opplæringsloven".into();
    catalog.save_contract(Some(contracts[0]), pupil_contract)?;
    let vendor = catalog.save_organisation(
        None,
        OrganisationDraft {
            name: "Eksempel Skolesystemer AS".into(),
            country: Country::Norway,
            org_number: "920 000 037".into(),
        },
    )?;
    catalog.save_agreement(
        None,
        AgreementDraft {
            title: "Databehandleravtale – skoleadministrativt system".into(),
            controller: Some(organisation.id),
            processor: Some(vendor.id),
            subject_matter: "Drift av skoleadministrativt system for kommunens grunnskoler.".into(),
            duration: "Så lenge tjenesteavtalen gjelder, og til alle data er slettet eller \
                       tilbakelevert."
                .into(),
            nature_and_purpose: "Lagring og behandling av elevopplysninger for å administrere \
                                 opplæringen."
                .into(),
            personal_data: vec![
                "Navn og fødselsnummer".into(),
                "Klasse og trinn".into(),
                "Behov for tilrettelegging (særlige kategorier)".into(),
                "Foresattes navn og telefon".into(),
            ],
            data_subjects: vec!["Elever".into(), "Foresatte".into()],
            security_measures: "Kryptering i transitt (TLS 1.2+) og ved lagring; tilgang via \
                                kommunens identitetsløsning med tofaktor; tilgangslogg i 12 \
                                måneder; daglig sikkerhetskopi."
                .into(),
            contracts: vec![contracts[0]],
            ..AgreementDraft::default()
        },
    )?;
    for integration in integrations(catalog, hr_owner, school_owner)? {
        catalog.save_integration(None, integration)?;
    }
    Ok(())
}

/// An event-based and a batch integration between the demo's systems.
fn integrations(
    catalog: &Catalog,
    hr_owner: Option<PersonId>,
    school_owner: Option<PersonId>,
) -> Result<Vec<IntegrationDraft>> {
    let system = |name: &str| -> Result<SystemId> {
        catalog
            .system_id(name)?
            .map(SystemId)
            .ok_or_else(|| crate::error::Error::ItemNotFound {
                entity: Entity::System,
                id: 0,
            })
    };
    Ok(vec![
        IntegrationDraft {
            name: "Ansatthendelser til tilgangsstyring".into(),
            description: "Tynne hendelser (CloudEvents) om nyansatte, endringer og sluttdatoer; \
                tilgangsstyringen henter detaljene fra API-et."
                .into(),
            provider: Some(system("Lønn og personal")?),
            consumers: vec![system("Tilgangsstyring (IAM)")?],
            owner: hr_owner,
            pattern: Pattern::EventProvisioning,
            technology: Technology::Messaging,
            mode: Mode::Asynchronous,
            frequency: Frequency::RealTime,
            volume_per_day: Some(300),
            message_size_kb: Some(2),
            guaranteed_delivery: true,
            reusable_via_platform: true,
            ..IntegrationDraft::default()
        },
        IntegrationDraft {
            name: "Nattlig elevsynkronisering".into(),
            description: "Full synkronisering av elever og klasser til elevportalen hver natt."
                .into(),
            provider: Some(system("Skoleadministrativt system")?),
            consumers: vec![system("Elevportalen")?],
            owner: school_owner,
            pattern: Pattern::FullSyncBatch,
            technology: Technology::Rest,
            mode: Mode::Synchronous,
            frequency: Frequency::Daily,
            volume_per_day: Some(4_500),
            message_size_kb: Some(1),
            ..IntegrationDraft::default()
        },
    ])
}

/// The pupils' information set: nested, classified on the universities' scale (the demo's
/// shipped default), with personal data and a (synthetic-only) national identity number.
fn pupils(owner: Option<PersonId>) -> InformationSetDraft {
    let field = |name: &str, field_type: SchemaType, description: &str| SchemaField {
        name: name.into(),
        field_type,
        required: true,
        description: description.into(),
        classification: Some(1),
        personal_data: PersonalData {
            personal: true,
            ..PersonalData::default()
        },
        ..SchemaField::default()
    };
    let mut national_id = field(
        "fodselsnummer",
        SchemaType::String,
        "Fødselsnummer eller D-nummer.",
    );
    national_id.classification = Some(2);
    national_id.personal_data.national_id = true;
    national_id.examples = vec!["17912099997".into()]; // synthetic (month + 80)
    let mut needs = field(
        "tilrettelegging",
        SchemaType::String,
        "Behov for tilrettelegging.",
    );
    needs.required = false;
    needs.classification = Some(3);
    needs.personal_data.special_category = true;
    let mut level = field("trinn", SchemaType::Integer, "Årstrinn.");
    level.enum_values = (1..=10).map(|n| n.to_string()).collect();
    level.personal_data = PersonalData::default();
    let mut guardians = field("foresatte", SchemaType::Array, "Elevens foresatte.");
    let mut guardian = field("foresatt", SchemaType::Object, "En foresatt.");
    guardian.children = vec![
        field("navn", SchemaType::String, "Fullt navn."),
        field("telefon", SchemaType::String, "Mobilnummer."),
    ];
    guardians.children = vec![guardian];
    InformationSetDraft {
        name: "Elevopplysninger".into(),
        description: "Opplysninger om elever i grunnskolen, fra skoleadministrativt system.".into(),
        owner,
        scheme: Some("no-uh".into()),
        fields: vec![
            national_id,
            field("navn", SchemaType::String, "Elevens navn."),
            level,
            needs,
            guardians,
        ],
    }
}

fn field(name: &str, field_type: FieldType, required: bool, description: &str) -> Field {
    Field {
        name: name.to_owned(),
        field_type,
        required,
        description: description.to_owned(),
    }
}

/// The demo contracts, each valid.
pub fn contracts() -> Vec<ContractDraft> {
    use FieldType::*;
    vec![
        ContractDraft {
            title: "Elevregister til elevportalen".into(),
            description: "Skoleadministrativt system leverer elever og klassetilhørighet til \
                elevportalen, slik at elever og foresatte får tilgang til riktig skole og klasse. \
                Oppdateres ved skolestart og ved hver endring i løpet av skoleåret."
                .into(),
            owner: "Åse Bjørnstad, oppvekstsjef".into(),
            provider_system: "Skoleadministrativt system".into(),
            consumer_system: "Elevportalen".into(),
            version: "1.2.0".into(),
            fields: vec![
                field(
                    "elevId",
                    String,
                    true,
                    "Elevens faste id i skoleadministrativt system.",
                ),
                field(
                    "fornavn",
                    String,
                    true,
                    "Elevens fornavn slik det står i folkeregisteret.",
                ),
                field("etternavn", String, true, "Elevens etternavn."),
                field(
                    "skoleNr",
                    String,
                    true,
                    "Organisasjonsnummeret til skolen (9 siffer).",
                ),
                field("trinn", Integer, true, "Årstrinn, 1–10."),
                field("klasse", String, false, "Klassens kode, f.eks. 5B."),
                field("startDato", Date, true, "Dato eleven begynte på skolen."),
            ],
            ..ContractDraft::default()
        },
        ContractDraft {
            title: "Folkeregisteropplysninger til sak og arkiv".into(),
            description: "Oppslag i kommunens kopi av folkeregisteret fra sak- og arkivsystemet \
                (Noark 5) når en sak opprettes, så parter får riktig navn og adresse. Kun \
                opplysninger som saksbehandlingen trenger utleveres."
                .into(),
            owner: "Øystein Løvås, arkivleder".into(),
            provider_system: "Folkeregisterkopi (KS Fiks)".into(),
            consumer_system: "Sak og arkiv (Noark 5)".into(),
            version: "2.0.1".into(),
            fields: vec![
                field(
                    "personId",
                    String,
                    true,
                    "Intern nøkkel for personen, ikke fødselsnummer.",
                ),
                field("navn", String, true, "Fullt navn."),
                field(
                    "adresse",
                    String,
                    false,
                    "Bostedsadresse; tom ved fortrolig adresse.",
                ),
                field("postnummer", String, false, "Postnummer, 4 siffer."),
                field(
                    "kommunenummer",
                    String,
                    true,
                    "Bostedskommunens nummer, 4 siffer.",
                ),
                field(
                    "sistEndret",
                    DateTime,
                    true,
                    "Når opplysningene sist ble endret (UTC).",
                ),
            ],
            ..ContractDraft::default()
        },
        ContractDraft {
            title: "Ansatte og stillinger til tilgangsstyring".into(),
            description: "Lønns- og personalsystemet varsler om nyansatte, endrede stillinger og \
                sluttdatoer. Tilgangsstyringen gir og fjerner tilganger ut fra stilling og \
                enhet. Hendelsesbasert overføring med tynne varsler; data hentes via API."
                .into(),
            owner: "Märta Gustafsson, HR-direktør".into(),
            provider_system: "Lønn og personal".into(),
            consumer_system: "Tilgangsstyring (IAM)".into(),
            version: "1.0.0".into(),
            fields: vec![
                field(
                    "ansattNr",
                    String,
                    true,
                    "Ansattnummer i lønns- og personalsystemet.",
                ),
                field("epost", String, true, "Arbeidsadresse for e-post."),
                field("enhet", String, true, "Organisasjonsenhetens kode."),
                field(
                    "stillingskode",
                    String,
                    true,
                    "Stillingskode etter KS-tariff.",
                ),
                field("stillingsprosent", Number, true, "Stillingsprosent, 0–100."),
                field(
                    "aktiv",
                    Boolean,
                    true,
                    "Om arbeidsforholdet er aktivt i dag.",
                ),
                field(
                    "sluttDato",
                    Date,
                    false,
                    "Siste arbeidsdag, når den er kjent.",
                ),
            ],
            ..ContractDraft::default()
        },
    ]
}

#[cfg(test)]
mod tests {
    use crate::validate::contract_issues;

    #[test]
    fn every_demo_contract_is_valid_and_has_five_fields_or_more() {
        let contracts = super::contracts();
        assert!(contracts.len() >= 3);
        for c in contracts {
            assert_eq!(contract_issues(&c), vec![], "{}", c.title);
            assert!(c.fields.len() >= 5, "{}", c.title);
        }
    }
}
