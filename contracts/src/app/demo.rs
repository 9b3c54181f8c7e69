//! The demo catalog a new user starts with: a Norwegian municipality with HR, identity
//! management, case management, a school system run by a vendor and an external national
//! platform (KS Fiks); its units, people and owners; three classified information sets with
//! personal data, two of them under data processing agreements; an event-based, a batch and a
//! look-up integration; contracts at each step of the workflow; one system owner who has
//! left without a successor and a nightly pupil sync lacking two safeguards its data requires
//! (so the catalog check has something to show); an access register with a grant in force,
//! one whose review is overdue, one past its last day and one under a contract that has ended;
//! and the contact point's desk: integration
//! requests in every status, one with an overdue follow-up, one escalated with nobody
//! assigned, one resolved by reusing an integration, and one that became a contract draft.
//! (so the catalog check has something to show). The map shows one anomaly of each kind: the
//! departed system owner, employee events owned by IT rather than by HR (who owns the
//! employee data), and weekly class lists to the archive that run without an owner under a
//! draft contract classifying nothing.
//!
//! Names, addresses and numbers are made up (organisation numbers only pass the check digit);
//! no real person or identity number appears.

use crate::app::error::{Error, Result};
use crate::app::items::Editing;
use crate::model::{
    AgreementDraft, Asker, CaseFigures, Constraints, Consumer, ContractDraft, ContractId,
    ContractStatus, Country, Date, Entity, Field, FieldType, Frequency, GrantDraft,
    InformationSetDraft, InformationSetId, IntegrationDraft, IntegrationId, Lifecycle, Mode,
    OrganisationDraft, OrganisationId, Pattern, PersonDraft, PersonId, PersonalData, RequestDraft,
    RequestNote, RequestOutcome, RequestStatus, Role, RoleAssignment, SchemaField, SchemaType,
    ServiceLevels, SystemDraft, SystemId, Technology, UnitId,
};
use crate::store::{Catalog, Error as StoreError};

/// The author recorded for the demo content a new default catalog is seeded with.
const DEMO_AUTHOR: &str = "Datapakt (demo)";

/// The demo municipality.
pub const MUNICIPALITY: &str = "Eksempel kommune";

/// The systems: (name, owning unit, description, endpoints).
const SYSTEMS: [(&str, &str, &str, &[&str]); 6] = [
    (
        "Lønn og personal",
        "HR",
        "Lønns- og personalsystem: ansatte, stillinger og arbeidsforhold.",
        &["https://hr.eksempel.kommune.no/api/v1"],
    ),
    (
        "Tilgangsstyring (IAM)",
        "IT",
        "Identitets- og tilgangsstyring: brukerkontoer og tilganger ut fra stilling og enhet.",
        &["https://iam.eksempel.kommune.no/api/v1"],
    ),
    (
        "Sak og arkiv (Noark 5)",
        "Arkiv",
        "Sak- og arkivsystem etter Noark 5.",
        &["https://arkiv.eksempel.kommune.no/api/v1"],
    ),
    (
        "Folkeregisterkopi (KS Fiks)",
        "IT",
        "Kommunens kopi av Folkeregisteret på KS' nasjonale Fiks-plattform (ekstern).",
        &[],
    ),
    (
        "Skoleadministrativt system",
        "Oppvekst",
        "Skoleadministrativt system for grunnskolene, driftet av leverandøren.",
        &["https://skole.eksempel.kommune.no/api/v2"],
    ),
    (
        "Elevportalen",
        "Oppvekst",
        "Portal der elever og foresatte ser timeplan, klasse og beskjeder.",
        &[],
    ),
];

/// The people: (name, e-mail, unit, left on, systems they own).
const PEOPLE: [(&str, &str, &str, Option<&str>, &[&str]); 5] = [
    (
        "Åse Bjørnstad",
        "ase.bjornstad",
        "Oppvekst",
        None,
        &["Skoleadministrativt system", "Elevportalen"],
    ),
    (
        "Øystein Løvås",
        "oystein.lovas",
        "Arkiv",
        None,
        &["Sak og arkiv (Noark 5)"],
    ),
    ("Märta Gustafsson", "marta.gustafsson", "HR", None, &[]),
    (
        "Per Hansen",
        "per.hansen",
        "IT",
        Some("2025-06-30"),
        &["Lønn og personal"],
    ),
    (
        "Ingrid Sæther",
        "ingrid.saether",
        "IT",
        None,
        &["Tilgangsstyring (IAM)", "Folkeregisterkopi (KS Fiks)"],
    ),
];

/// The pupil portal's applications per half-year: more handled without a manual step each
/// time, still short of the 60 % goal.
fn case_figures(system: &str) -> Vec<CaseFigures> {
    if system != "Elevportalen" {
        return Vec::new();
    }
    [
        ("2025-06-30", 1_800, 720),
        ("2025-12-31", 2_100, 1_010),
        ("2026-06-30", 2_000, 1_100),
    ]
    .into_iter()
    .map(|(period_end, cases, without_manual_steps)| CaseFigures {
        period_end: period_end.into(),
        cases,
        without_manual_steps,
    })
    .collect()
}

/// Seeds `catalog` (new and empty) with the whole demo scenario.
pub fn seed(catalog: &mut Catalog) -> Result<()> {
    let author = catalog.author().to_owned();
    catalog.set_author(DEMO_AUTHOR);
    let seeded = populate(catalog);
    catalog.set_author(&author);
    seeded
}

/// Adds the demo municipality's items to `catalog`.
fn populate(catalog: &mut Catalog) -> Result<()> {
    let municipality = organisation(catalog, MUNICIPALITY, "920 000 029")?;
    for (name, unit, description, endpoints) in SYSTEMS {
        let unit = catalog.save_unit(municipality, unit)?;
        catalog.save(
            None,
            SystemDraft {
                name: name.into(),
                description: description.into(),
                owning_unit: Some(unit.id),
                lifecycle: Lifecycle::InProduction,
                endpoints: endpoints.iter().map(|e| e.to_string()).collect(),
                case_figures: case_figures(name),
            },
        )?;
    }
    let contracts = crate::app::items::save_all(catalog, contracts())?;
    let mut people = Vec::new();
    for (name, mail, unit, left_on, systems) in PEOPLE {
        let unit: UnitId = catalog.save_unit(municipality, unit)?.id;
        let person = catalog.save(
            None,
            PersonDraft {
                name: name.into(),
                email: format!("{mail}@eksempel.kommune.no"),
                unit: Some(unit),
                left_on: left_on.map(str::to_owned),
            },
        )?;
        for system in systems {
            let item = system_id(catalog, system)?.0;
            catalog.assign_role(&RoleAssignment {
                role: Role::SystemOwner,
                person: person.id,
                entity: Entity::System,
                item,
            })?;
        }
        people.push(person.id);
    }
    let [school_owner, archive_owner, hr_owner, _, it_lead] = people[..] else {
        unreachable!("five demo people")
    };
    for (contract, owner) in contracts
        .iter()
        .zip([school_owner, archive_owner, hr_owner])
    {
        catalog.assign_role(&RoleAssignment {
            role: Role::InformationOwner,
            person: owner,
            entity: Entity::Contract,
            item: contract.0,
        })?;
    }
    let sets = [
        catalog.save(None, pupils(school_owner))?.id,
        catalog.save(None, population(archive_owner))?.id,
        catalog.save(None, employees(hr_owner))?.id,
    ];
    let mut integrations = Vec::new();
    // The employee events are owned by IT, which runs them, not by HR, which owns the
    // employee data: the map's owner-is-not-the-information-owner anomaly.
    for draft in demo_integrations(catalog, [school_owner, archive_owner, it_lead])? {
        integrations.push(catalog.save(None, draft)?.id);
    }
    govern(catalog, &contracts, sets, &integrations)?;
    agreements(catalog, municipality, &contracts)?;
    // The pupil register and the population register look-up are approved (version 1.0.0
    // released); the HR feed is still a draft.
    for contract in &contracts[..2] {
        approve(catalog, *contract)?;
    }
    // The population register contract then also governs the archive's file copy: version
    // 1.1.0, an addition.
    let copy = population_files(catalog, archive_owner, sets[1])?;
    let copy = catalog.save(None, copy)?.id;
    let mut population_contract = catalog.contract(contracts[1])?.draft;
    population_contract.integrations.push(copy);
    catalog.save(Some(contracts[1]), population_contract)?;
    approve(catalog, contracts[1])?;
    access(
        catalog,
        municipality,
        &contracts,
        &integrations,
        [school_owner, archive_owner],
    )?;
    class_lists(catalog, school_owner)?;
    let people = DeskPeople {
        contact: it_lead,
        hr: hr_owner,
        archive: archive_owner,
    };
    requests(catalog, people, sets, &integrations)
}

/// Who the desk's demo requests involve.
#[derive(Clone, Copy)]
struct DeskPeople {
    /// The contact point who handles the requests.
    contact: PersonId,
    /// The HR director (asks for a rostering system).
    hr: PersonId,
    /// The archive manager (asks for employees in case management).
    archive: PersonId,
}

/// One demo request: what it says, then the moves it made (status, days from today, note).
struct DemoRequest {
    draft: RequestDraft,
    opened: i64,
    follow_up: Option<i64>,
    moves: Vec<(RequestStatus, i64, &'static str)>,
    /// Becomes a contract draft at the end.
    to_contract: bool,
}

/// A log entry `days` from today, written by the contact point.
fn note(
    catalog: &Catalog,
    author: &str,
    days: i64,
    status: Option<RequestStatus>,
    text: &str,
) -> Result<RequestNote> {
    Ok(RequestNote {
        at: format!("{}T09:30:00Z", catalog.day_from_today(days)?),
        author: author.to_owned(),
        text: text.to_owned(),
        status,
    })
}

/// The contact point's desk: a request in every status, dated relative to the day the demo
/// is made (so one follow-up is always overdue when it is new).
fn requests(
    catalog: &mut Catalog,
    people: DeskPeople,
    [pupils, _population, employees]: [InformationSetId; 3],
    integrations: &[IntegrationId],
) -> Result<()> {
    use RequestStatus::*;
    let outside = |name: &str, organisation: &str| Asker::Outside {
        name: name.into(),
        organisation: organisation.into(),
    };
    let system = |name: &str| system_id(catalog, name).map(Some);
    let demo = [
        DemoRequest {
            draft: RequestDraft {
                title: "Elevlister til skoleskyss".into(),
                asker: outside("Randi Moe", "Eksempel fylkeskommune, skyssavdelingen"),
                information: "Navn, adresse, skole og trinn for elever med rett til skoleskyss, \
                    før hvert skoleår og ved endringer."
                    .into(),
                information_sets: vec![pupils],
                purpose: "Planlegge skoleskyss og sende skysskort til elever med rett til fri \
                    skyss."
                    .into(),
                provider: system("Skoleadministrativt system")?,
                assignee: Some(people.contact),
                ..RequestDraft::default()
            },
            opened: -40,
            follow_up: Some(-6),
            moves: vec![
                (
                    InProgress,
                    -38,
                    "Spurt skyssavdelingen hvilke felt de trenger, og om adressen kan hentes \
                     fra folkeregisteret i stedet.",
                ),
                (
                    Waiting,
                    -30,
                    "Venter på svar fra fylkeskommunen om behandlingsgrunnlaget for adresser.",
                ),
            ],
            to_contract: false,
        },
        DemoRequest {
            draft: RequestDraft {
                title: "Ansattdata til nytt turnussystem".into(),
                asker: Asker::Person { person: people.hr },
                information: "Ansatte med stilling, enhet og stillingsprosent til \
                    turnusplanlegging i helse og omsorg."
                    .into(),
                information_sets: vec![employees],
                purpose: "Lage turnuser ut fra faktiske stillinger uten dobbel registrering."
                    .into(),
                provider: system("Lønn og personal")?,
                assignee: Some(people.contact),
                outcomes: vec![RequestOutcome::Integration(integrations[2])],
                ..RequestDraft::default()
            },
            opened: -12,
            follow_up: Some(14),
            moves: vec![(
                InProgress,
                -10,
                "Ansatthendelsene til tilgangsstyringen kan gjenbrukes via plattformen: sjekker \
                 om turnussystemet kan ta imot CloudEvents.",
            )],
            to_contract: false,
        },
        DemoRequest {
            draft: RequestDraft {
                title: "Ansattopplysninger til sak og arkiv".into(),
                asker: Asker::Person {
                    person: people.archive,
                },
                information: "Saksbehandlere med enhet og e-post, så saker fordeles til riktig \
                    enhet."
                    .into(),
                information_sets: vec![employees],
                purpose: "Fordele saker og gi tilgang til riktig arkivdel ut fra enhet.".into(),
                provider: system("Lønn og personal")?,
                consumer: system("Sak og arkiv (Noark 5)")?,
                assignee: Some(people.contact),
                ..RequestDraft::default()
            },
            opened: -20,
            follow_up: Some(7),
            moves: Vec::new(),
            to_contract: true,
        },
        DemoRequest {
            draft: RequestDraft {
                title: "Folkeregisteroppslag for barnevernet".into(),
                asker: outside("Lars Berg", "Eksempel interkommunale barnevern"),
                information: "Navn og adresse på parter i barnevernssaker.".into(),
                purpose: "Sende brev til riktig adresse i barnevernssaker.".into(),
                provider: system("Folkeregisterkopi (KS Fiks)")?,
                assignee: Some(people.contact),
                outcomes: vec![RequestOutcome::Integration(integrations[1])],
                ..RequestDraft::default()
            },
            opened: -60,
            follow_up: None,
            moves: vec![
                (
                    InProgress,
                    -59,
                    "Det finnes allerede et oppslag via plattformen.",
                ),
                (
                    Resolved,
                    -52,
                    "Løst ved gjenbruk av folkeregisteroppslaget; barnevernet bruker det \
                     samme API-et.",
                ),
            ],
            to_contract: false,
        },
        DemoRequest {
            draft: RequestDraft {
                title: "Timeplandata i sanntid til ekstern skoleapp".into(),
                asker: outside("Jonas Lie", "Eksempel Skoleapp AS"),
                information: "Timeplan, fravær og beskjeder for elever, i sanntid.".into(),
                information_sets: vec![pupils],
                purpose: "Vise timeplan og beskjeder i en app som foresatte laster ned.".into(),
                ..RequestDraft::default()
            },
            opened: -5,
            follow_up: Some(3),
            moves: vec![(
                Escalated,
                -4,
                "Eskalert til oppvekstsjefen: elevdata i en ekstern app krever en vurdering av \
                 behandlingsgrunnlag og databehandleravtale før vi går videre.",
            )],
            to_contract: false,
        },
        DemoRequest {
            draft: RequestDraft {
                title: "Ledige barnehageplasser på nettsiden".into(),
                asker: outside("Sofie Nguyen", "Kommunens nettredaksjon"),
                information: "Antall ledige plasser per barnehage, oppdatert daglig.".into(),
                purpose: "Vise foreldre ledige plasser før de søker.".into(),
                ..RequestDraft::default()
            },
            opened: 0,
            follow_up: None,
            moves: Vec::new(),
            to_contract: false,
        },
    ];
    let contact = catalog.person(people.contact)?.draft.name;
    for request in demo {
        let mut draft = request.draft;
        draft.opened_on = Some(catalog.day_from_today(request.opened)?);
        draft.follow_up = request
            .follow_up
            .map(|days| catalog.day_from_today(days))
            .transpose()?;
        draft.notes = vec![note(
            catalog,
            &contact,
            request.opened,
            None,
            "Registrert ved kontaktpunktet.",
        )?];
        let mut saved = catalog.save(None, draft)?;
        for (status, days, text) in request.moves {
            saved.draft.status = status;
            saved
                .draft
                .notes
                .push(note(catalog, &contact, days, Some(status), text)?);
            saved = catalog.save(Some(saved.id), saved.draft)?;
        }
        if request.to_contract {
            // The draft carries over what the request knew; the desk then records what it
            // learnt since: both systems run in house, so no processor is involved.
            let contract = catalog.contract_from_request(saved.id)?;
            let mut draft = contract.draft;
            draft.in_house = true;
            catalog.save(Some(contract.id), draft)?;
        }
    }
    Ok(())
}

/// The weekly class lists to the archive: running without an owner, under a draft contract
/// that governs no information set and so classifies nothing (the map's no-owner,
/// live-without-a-contract-in-force and unclassified-contract anomalies).
fn class_lists(catalog: &mut Catalog, information_owner: PersonId) -> Result<()> {
    let integration = catalog.save(
        None,
        IntegrationDraft {
            name: "Klasselister til arkivet".into(),
            description: "Ukentlig fil med klasselister som arkiveres i sak og arkiv.".into(),
            provider: Some(system_id(catalog, "Skoleadministrativt system")?),
            consumers: vec![system_id(catalog, "Sak og arkiv (Noark 5)")?],
            owner: None,
            pattern: Pattern::FileTransfer,
            technology: Technology::File,
            mode: Mode::Asynchronous,
            frequency: Frequency::Weekly,
            volume_per_day: Some(1),
            message_size_kb: Some(300),
            technology_justification: "Sak og arkiv tar bare imot arkivuttrekk som filer.".into(),
            ..IntegrationDraft::default()
        },
    )?;
    let contract = catalog.save(
        None,
        ContractDraft {
            title: "Klasselister til arkivet".into(),
            description: "Skoleadministrativt system leverer klasselister hver uke, som \
                arkiveres i sak og arkiv."
                .into(),
            owner: "Åse Bjørnstad, oppvekstsjef".into(),
            provider_system: "Skoleadministrativt system".into(),
            consumer_system: "Sak og arkiv (Noark 5)".into(),
            version: "0.1.0".into(),
            fields: vec![
                field(
                    "skoleNr",
                    FieldType::String,
                    true,
                    "Skolens organisasjonsnummer.",
                ),
                field(
                    "klasse",
                    FieldType::String,
                    true,
                    "Klassens kode, f.eks. 5B.",
                ),
                field(
                    "skoleaar",
                    FieldType::String,
                    true,
                    "Skoleåret, f.eks. 2026/2027.",
                ),
                field(
                    "klassestorrelse",
                    FieldType::Integer,
                    true,
                    "Hvor mange som går i klassen.",
                ),
                field(
                    "kontaktlaerer",
                    FieldType::String,
                    false,
                    "Kontaktlærerens navn.",
                ),
            ],
            purpose: "Klasselistene dokumenterer skolens organisering.".into(),
            valid_from: Some("2026-01-01".into()),
            in_house: true,
            integrations: vec![integration.id],
            ..ContractDraft::default()
        },
    )?;
    Ok(catalog.assign_role(&RoleAssignment {
        role: Role::InformationOwner,
        person: information_owner,
        entity: Entity::Contract,
        item: contract.id.0,
    })?)
}

fn organisation(catalog: &mut Catalog, name: &str, number: &str) -> Result<OrganisationId> {
    let draft = OrganisationDraft {
        name: name.into(),
        country: Country::Norway,
        org_number: number.into(),
    };
    Ok(catalog.save(None, draft)?.id)
}

fn system_id(catalog: &Catalog, name: &str) -> Result<SystemId> {
    catalog
        .system_id(name)?
        .map(SystemId)
        .ok_or(Error::Store(StoreError::ItemNotFound {
            entity: Entity::System,
            id: 0,
        }))
}

/// Links each contract to the information set and integration it governs, with its terms.
fn govern(
    catalog: &mut Catalog,
    contracts: &[ContractId],
    sets: [InformationSetId; 3],
    integrations: &[IntegrationId],
) -> Result<()> {
    let terms = [
        (
            "Elever og foresatte får tilgang til riktig skole og klasse.",
            "Opplæringsloven; GDPR art. 6 nr. 1 bokstav e.",
            false,
        ),
        (
            "Parter i en sak får riktig navn og adresse.",
            "GDPR art. 6 nr. 1 bokstav e (utøvelse av offentlig myndighet).",
            false,
        ),
        (
            "Ansatte får de tilgangene stillingen krever, og mister dem når de slutter.",
            "GDPR art. 6 nr. 1 bokstav b og c (arbeidsavtalen og arbeidsgivers plikter).",
            true,
        ),
    ];
    for (index, (purpose, legal_basis, in_house)) in terms.into_iter().enumerate() {
        let id = contracts[index];
        let mut draft = catalog.contract(id)?.draft;
        draft.information_sets = vec![sets[index]];
        draft.integrations = vec![integrations[index]];
        draft.purpose = purpose.into();
        draft.legal_basis = legal_basis.into();
        draft.in_house = in_house;
        draft.valid_from = Some("2026-01-01".into());
        draft.retention = "Så lenge formålet krever det; slettes senest 12 måneder etter.".into();
        draft.service_levels = ServiceLevels {
            availability_percent: Some("99.5".into()),
            support_hours: "Hverdager 08–16".into(),
            response_minutes: Some(60),
            recovery_time_hours: Some(8),
            recovery_point_hours: Some(24),
        };
        catalog.save(Some(id), draft)?;
    }
    Ok(())
}

/// The data processing agreements: with the school system's vendor and with the national
/// platform's operator.
fn agreements(
    catalog: &mut Catalog,
    municipality: OrganisationId,
    contracts: &[ContractId],
) -> Result<()> {
    let vendor = organisation(catalog, "Eksempel Skolesystemer AS", "920 000 037")?;
    catalog.save(
        None,
        AgreementDraft {
            title: "Databehandleravtale – skoleadministrativt system".into(),
            controller: Some(municipality),
            processor: Some(vendor),
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
    let platform = organisation(catalog, "Eksempel Plattformdrift AS", "920 000 045")?;
    catalog.save(
        None,
        AgreementDraft {
            title: "Databehandleravtale – folkeregisterkopi på nasjonal plattform".into(),
            controller: Some(municipality),
            processor: Some(platform),
            subject_matter: "Lagring av kommunens kopi av folkeregisteropplysninger og oppslag i \
                             den."
                .into(),
            duration: "Så lenge kommunen bruker tjenesten.".into(),
            nature_and_purpose: "Oppdatering av kopien fra Folkeregisteret og oppslag fra \
                                 kommunens fagsystemer."
                .into(),
            personal_data: vec!["Navn".into(), "Bostedsadresse".into()],
            data_subjects: vec!["Innbyggere".into(), "Parter i saker".into()],
            security_measures: "Maskinporten-tokens med avgrenset scope; kryptering i transitt og \
                                ved lagring; tilgangslogg."
                .into(),
            contracts: vec![contracts[1]],
            ..AgreementDraft::default()
        },
    )?;
    Ok(())
}

/// The safeguards the demo's look-ups and event flows have: what a level-2 classification
/// with personal data requires by the shipped defaults.
const STANDARD_SAFEGUARDS: [crate::safeguards::Safeguard; 6] = {
    use crate::safeguards::Safeguard::*;
    [
        Authentication,
        EncryptionInTransit,
        EncryptionAtRest,
        AuditLogging,
        AccessReviewYearly,
        HostingInEea,
    ]
};

/// A nightly file of the population register for the pupil portal, built new though the
/// reusable look-up already provides it, and on files where the decision tree advises an API;
/// neither choice is justified (the demo's reuse and technology findings).
fn population_files(
    catalog: &Catalog,
    owner: PersonId,
    population: InformationSetId,
) -> Result<IntegrationDraft> {
    Ok(IntegrationDraft {
        name: "Folkeregisterfil til elevportalen".into(),
        description: "Nattlig fil med foresattes adresser fra folkeregisterkopien.".into(),
        provider: Some(system_id(catalog, "Folkeregisterkopi (KS Fiks)")?),
        consumers: vec![system_id(catalog, "Elevportalen")?],
        owner: Some(owner),
        pattern: Pattern::FileTransfer,
        technology: Technology::File,
        mode: Mode::Asynchronous,
        frequency: Frequency::Daily,
        volume_per_day: Some(1),
        message_size_kb: Some(800),
        information_sets: vec![population],
        safeguards: STANDARD_SAFEGUARDS.to_vec(),
        ..IntegrationDraft::default()
    })
}

/// An event-based, a batch and a look-up integration, in contract order, with their
/// safeguards: the nightly pupil sync lacks two that its pupils' data requires.
fn demo_integrations(
    catalog: &Catalog,
    [school_owner, archive_owner, hr_owner]: [PersonId; 3],
) -> Result<Vec<IntegrationDraft>> {
    use crate::safeguards::Safeguard::*;
    Ok(vec![
        IntegrationDraft {
            name: "Nattlig elevsynkronisering".into(),
            description: "Full synkronisering av elever og klasser til elevportalen hver natt."
                .into(),
            provider: Some(system_id(catalog, "Skoleadministrativt system")?),
            consumers: vec![system_id(catalog, "Elevportalen")?],
            owner: Some(school_owner),
            pattern: Pattern::FullSyncBatch,
            technology: Technology::Rest,
            mode: Mode::Synchronous,
            frequency: Frequency::Daily,
            volume_per_day: Some(4_500),
            message_size_kb: Some(1),
            // Reviewed yearly and not pseudonymised: the two gaps the demo shows.
            safeguards: vec![
                Authentication,
                StrongAuthentication,
                EncryptionInTransit,
                EncryptionAtRest,
                AuditLogging,
                AccessReviewYearly,
                HostingInEea,
            ],
            ..IntegrationDraft::default()
        },
        IntegrationDraft {
            name: "Folkeregisteroppslag fra sak og arkiv".into(),
            description: "Oppslag i folkeregisterkopien når en sak opprettes.".into(),
            provider: Some(system_id(catalog, "Folkeregisterkopi (KS Fiks)")?),
            consumers: vec![system_id(catalog, "Sak og arkiv (Noark 5)")?],
            owner: Some(archive_owner),
            pattern: Pattern::ApiLookup,
            technology: Technology::Rest,
            mode: Mode::Synchronous,
            frequency: Frequency::OnDemand,
            volume_per_day: Some(200),
            message_size_kb: Some(2),
            reusable_via_platform: true,
            safeguards: STANDARD_SAFEGUARDS.to_vec(),
            ..IntegrationDraft::default()
        },
        IntegrationDraft {
            name: "Ansatthendelser til tilgangsstyring".into(),
            description: "Tynne hendelser (CloudEvents) om nyansatte, endringer og sluttdatoer; \
                tilgangsstyringen henter detaljene fra API-et."
                .into(),
            provider: Some(system_id(catalog, "Lønn og personal")?),
            consumers: vec![system_id(catalog, "Tilgangsstyring (IAM)")?],
            owner: Some(hr_owner),
            pattern: Pattern::EventProvisioning,
            technology: Technology::Messaging,
            mode: Mode::Asynchronous,
            frequency: Frequency::RealTime,
            volume_per_day: Some(300),
            message_size_kb: Some(2),
            guaranteed_delivery: true,
            reusable_via_platform: true,
            safeguards: STANDARD_SAFEGUARDS.to_vec(),
            ..IntegrationDraft::default()
        },
    ])
}

/// A top-level field of a demo information set: required, classified `level`, personal data
/// when `personal`.
fn schema_field(
    name: &str,
    field_type: SchemaType,
    description: &str,
    level: u8,
    personal: bool,
) -> SchemaField {
    SchemaField {
        name: name.into(),
        field_type,
        required: true,
        description: description.into(),
        classification: Some(level),
        personal_data: PersonalData {
            personal,
            ..PersonalData::default()
        },
        ..SchemaField::default()
    }
}

/// The population register copy's information set, on the universities' scale.
fn population(owner: PersonId) -> InformationSetDraft {
    use SchemaType::*;
    let mut address = schema_field(
        "adresse",
        String,
        "Bostedsadresse; tom ved fortrolig adresse.",
        2,
        true,
    );
    address.required = false;
    let mut key = schema_field(
        "personId",
        String,
        "Intern nøkkel, ikke fødselsnummer.",
        1,
        true,
    );
    key.constraints = Constraints {
        unique: true,
        primary_key: true,
        ..Constraints::default()
    };
    let mut municipality = schema_field(
        "kommunenummer",
        String,
        "Bostedskommunens nummer.",
        0,
        false,
    );
    municipality.constraints = Constraints {
        min_length: Some(4),
        max_length: Some(4),
        pattern: Some("^[0-9]{4}$".into()),
        ..Constraints::default()
    };
    InformationSetDraft {
        name: "Folkeregisteropplysninger".into(),
        description: "Navn og adresse fra kommunens kopi av Folkeregisteret.".into(),
        owner: Some(owner),
        scheme: Some("no-uh".into()),
        fields: vec![
            key,
            schema_field("navn", String, "Fullt navn.", 1, true),
            address,
            municipality,
            schema_field("sistEndret", DateTime, "Sist endret (UTC).", 0, false),
        ],
        resource: Some("personer".into()),
    }
}

/// The employees' information set, on the universities' scale.
fn employees(owner: PersonId) -> InformationSetDraft {
    use SchemaType::*;
    let mut end = schema_field(
        "sluttDato",
        Date,
        "Siste arbeidsdag, når den er kjent.",
        1,
        true,
    );
    end.required = false;
    InformationSetDraft {
        name: "Ansattopplysninger".into(),
        description: "Ansatte, stillinger og arbeidsforhold fra lønns- og personalsystemet.".into(),
        owner: Some(owner),
        scheme: Some("no-uh".into()),
        fields: vec![
            schema_field("ansattNr", String, "Ansattnummer.", 1, true),
            schema_field("epost", String, "Arbeidsadresse for e-post.", 1, true),
            schema_field("enhet", String, "Organisasjonsenhetens kode.", 0, false),
            schema_field(
                "stillingsprosent",
                Number,
                "Stillingsprosent, 0–100.",
                1,
                true,
            ),
            end,
        ],
        resource: Some("ansatte".into()),
    }
}

/// The pupils' information set: nested, classified on the universities' scale (the demo's
/// shipped default), with personal data and a (synthetic-only) national identity number.
fn pupils(owner: PersonId) -> InformationSetDraft {
    let field = |name: &str, field_type: SchemaType, description: &str| {
        schema_field(name, field_type, description, 1, true)
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
    level.constraints = Constraints {
        minimum: Some(1.into()),
        maximum: Some(10.into()),
        ..Constraints::default()
    };
    level.personal_data = PersonalData::default();
    level.labels = crate::model::Labels::from_pairs(&[
        (crate::model::Lang::Nb, "Årstrinn"),
        (crate::model::Lang::Nn, "Årssteg"),
        (crate::model::Lang::Sv, "Årskurs"),
        (crate::model::Lang::En, "Year group"),
    ]);
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
        owner: Some(owner),
        scheme: Some("no-uh".into()),
        fields: vec![
            national_id,
            field("navn", SchemaType::String, "Elevens navn."),
            level,
            needs,
            guardians,
        ],
        resource: Some("elever".into()),
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

/// The access register: the pupil portal's access in force, the municipality's own use of
/// the nightly sync with its half-yearly review overdue, the portal's spring pilot left on
/// the books after its last day, and the archive's population look-ups under a contract that
/// has since ended (31 October 2026). Dates of grants in force count from today, so a new
/// demo catalog shows the same findings whenever it is made.
fn access(
    catalog: &mut Catalog,
    municipality: OrganisationId,
    contracts: &[ContractId],
    integrations: &[IntegrationId],
    [school_owner, archive_owner]: [PersonId; 2],
) -> Result<()> {
    let opens = Date::parse("2026-01-01").expect("a literal date");
    let today = catalog.today_date()?.max(opens);
    let in_a_year = today.add_months(12).to_string();
    let portal = Consumer::System(system_id(catalog, "Elevportalen")?);
    let archive = Consumer::System(system_id(catalog, "Sak og arkiv (Noark 5)")?);
    let grants = [
        (
            integrations[0],
            portal,
            contracts[0],
            school_owner,
            "2026-01-05".to_owned(),
            "2026-06-30".to_owned(),
            "Pilot med tre skoler våren 2026.",
        ),
        (
            integrations[0],
            Consumer::Organisation(municipality),
            contracts[0],
            school_owner,
            "2026-01-05".to_owned(),
            in_a_year.clone(),
            "Oppvekstkontoret henter klasselister til egen rapportering (sak 2026/117).",
        ),
        (
            integrations[0],
            portal,
            contracts[0],
            school_owner,
            today.to_string(),
            in_a_year.clone(),
            "Ordinær drift for alle grunnskolene.",
        ),
        (
            integrations[1],
            archive,
            contracts[1],
            archive_owner,
            "2026-01-05".to_owned(),
            in_a_year,
            "Oppslag når en sak opprettes.",
        ),
    ];
    for (integration, consumer, contract, granted_by, granted_on, valid_until, note) in grants {
        catalog.save(
            None,
            GrantDraft {
                integration: Some(integration),
                consumer: Some(consumer),
                contract: Some(contract),
                granted_by: Some(granted_by),
                granted_on,
                valid_until,
                note: note.into(),
                reviews: Vec::new(),
            },
        )?;
    }
    // The population register contract ended with the platform agreement (version 2.0.0, a
    // breaking change: it now ends); the archive's access was never moved to a new one.
    let mut ended = catalog.contract(contracts[1])?.draft;
    ended.valid_to = Some("2026-10-31".into());
    catalog.save(Some(contracts[1]), ended)?;
    approve(catalog, contracts[1])?;
    Ok(())
}

/// Sends contract `id` through review to approval, releasing its version.
fn approve(catalog: &mut Catalog, id: ContractId) -> Result<()> {
    for status in [ContractStatus::InReview, ContractStatus::Approved] {
        catalog.set_contract_status(id, status)?;
    }
    Ok(())
}
