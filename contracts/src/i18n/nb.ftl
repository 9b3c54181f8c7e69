# Datapakt — norsk bokmål. Har nøyaktig de samme meldingene og variablene som den engelske fila.

## Vinduet
app-name = Datapakt
app-tagline = Informasjonskontrakter, samlet i én katalogfil
catalog-open-failed = Katalogen kunne ikke åpnes
catalog-open-hint = Åpne en annen katalog fra Fil-menyen, eller start Datapakt uten --catalog for å bruke standardkatalogen din.
read-only-banner = Denne katalogen er skrivebeskyttet: du kan se, men ikke endre noe.
working = Arbeider…
skip-to-content = Gå til innholdet

## Navigasjon
nav-label = Seksjoner
nav-overview = Oversikt
nav-contracts = Kontrakter
nav-integrations = Integrasjoner
nav-systems = Systemer
nav-information-sets = Informasjonsmengder
nav-organisations = Organisasjoner
nav-people = Personer
nav-agreements = Avtaler
nav-audit = Endringslogg

## Typer elementer
entity-contract = Kontrakt
entity-organisation = Organisasjon
entity-classification-scheme = Klassifiseringsordning
entity-person = Person
entity-system = System
entity-information-set = Informasjonsmengde
entity-integration = Integrasjon
entity-agreement = Databehandleravtale
entity-unit = Enhet
entity-settings = Kataloginnstillinger
entity-release = Utgitt versjon
entity-set-version = Versjon av informasjonsmengde

## Handlinger
action-new = Ny
action-new-contract = Ny kontrakt
action-new-integration = Ny integrasjon
action-new-system = Nytt system
action-new-information-set = Ny informasjonsmengde
action-new-organisation = Ny organisasjon
action-new-person = Ny person
action-new-agreement = Ny avtale
action-save = Lagre
action-delete = Slett
action-discard = Forkast endringene
action-keep-editing = Fortsett redigeringen
action-close = Lukk
action-add = Legg til
action-remove = Fjern
action-move-up = Flytt opp
action-move-down = Flytt ned
action-add-field = Legg til felt
action-add-child = Legg til underfelt
action-export-openapi = Eksporter OpenAPI
action-export-pdf = Eksporter PDF
action-preferences = Innstillinger
action-file = Fil
action-new-catalog = Ny katalog…
action-open-catalog = Åpne katalog…
action-open-recent = Åpne nylig brukte
action-quit = Avslutt
action-save-copy = Lagre en kopi som…
action-show-json-schema = Vis JSON Schema
action-hide-json-schema = Skjul JSON Schema
action-submit-review = Send til godkjenning
action-approve = Godkjenn
action-send-back = Send tilbake til utkast
action-retire = Marker som utgått
action-take-fields = Bruk disse feltene
action-assign = Tildel

## Meldinger
saved = Lagret «{ $title }».
deleted = Slettet «{ $title }».
delete-confirm = Slette «{ $title }»? Endringsloggen tar vare på det slik det var.
changed-elsewhere = Dette elementet er endret siden du åpnet det (i et annet vindu, kommandolinjeverktøyet eller en teamsynkronisering), så endringene dine ble ikke lagret. Last det inn på nytt for å se endringen (endringene dine forkastes), eller se begge versjonene side om side.
changed-reload = Last inn på nytt (forkast mine endringer)
changed-compare = Se begge
changed-keep-mine = Lagre min over deres
changed-property = Egenskap
changed-mine = Din (ikke lagret)
changed-theirs = Lagret nå
unsaved-changes = Du har endringer som ikke er lagret.
unsaved-confirm = Forkaste endringene i «{ $title }» som ikke er lagret?
exporting = Eksporterer { $format }…
exported = Eksportert til { $path }
export-cancelled = Eksporten ble avbrutt.
export-failed = Eksporten mislyktes: { $message }
status-changed = «{ $title }» har nå status { $status }.
catalog-opened = Åpnet { $path }
copy-saved = Lagret en kopi i { $path }
nothing-selected = Velg et element i listen, eller opprett et nytt.
no-rows = Ingenting å vise.
no-recent = Ingen nylig brukte kataloger.
rows-count = { $count ->
    [one] { $count } element
   *[other] { $count } elementer
}
fix-before-saving = Rett opp de merkede feltene før du lagrer.
approved-by = Godkjent av { $name } den { $at }

## Lister
filter-label = Filter
filter-placeholder = Skriv for å filtrere
sort-ascending = sortert stigende
sort-descending = sortert synkende
col-title = Tittel
col-name = Navn
col-version = Versjon
col-status = Status
col-owner = Eier
col-provider = Tilbyder
col-consumer = Konsument
col-consumers = Konsumenter
col-country = Land
col-org-number = Organisasjonsnummer
col-email = E-post
col-unit = Enhet
col-left-on = Sluttet
col-lifecycle = Livssyklus
col-system-owner = Systemeier
col-fields = Felter
col-personal-data = Personopplysninger
col-pattern = Mønster
col-controller = Behandlingsansvarlig
col-processor = Databehandler
col-contracts = Kontrakter
col-time = Tidspunkt
col-author = Utført av
col-action = Endring
col-kind = Type
col-item = Element
yes = Ja
no = Nei

## Søk
search-label = Søk i katalogen
search-placeholder = Søk (Ctrl+K)
search-no-hits = Ingen treff for «{ $query }».

## Oversikt
overview-title = Oversikt
overview-counts = Katalogen
overview-findings = Regler katalogen bryter
overview-no-findings = Ingen regler er brutt.
rule-contract-has-information-owner = Hver kontrakt har en dataeier
rule-information-set-has-owner = Hver informasjonsmengde har en eier
rule-personal-data-has-agreement = Personopplysninger er dekket av en databehandleravtale
rule-integration-has-owner = Hver integrasjon har en eier
rule-integration-has-contract = Hver integrasjon i drift har en informasjonskontrakt som gjelder
rule-departed-owner-has-successor = En eier som har sluttet, har en etterfølger
rule-system-has-owner = Hvert system har en eier
rule-contract-has-classification = Hver kontrakt har en klassifisering
rule-safeguard-gap = Integrasjonen har tiltakene klassifiseringen krever
rule-technology-follows-advice = Integrasjonens teknologi følger beslutningstreet eller er begrunnet
rule-reuse-before-build = Integrasjonen gjenbruker et eksisterende grensesnitt eller begrunner et nytt

## Historikk
history-title = Historikk
history-empty = Ingen endringer registrert.
audit-create = Opprettet
audit-update = Endret
audit-delete = Slettet
audit-before = Før
audit-after = Etter
audit-select = Velg en endring for å se hva den gikk ut på.

## Innstillinger
prefs-title = Innstillinger
prefs-language = Språk
prefs-author = Navnet ditt i endringsloggen
prefs-author-hint = Tomt: brukernavnet ditt på denne datamaskinen.
prefs-theme = Tema
theme-system = Følg systemet
theme-light = Lyst
theme-dark = Mørkt

## Felter i redigeringsvinduene
field-title = Tittel
field-name = Navn
field-description = Beskrivelse
field-owner = Dataeier
field-provider-system = Tilbydersystem
field-consumer-system = Konsumentsystem
field-version = Versjon
field-fields = Felter
field-field-name = Feltnavn
field-type = Type
field-required = Obligatorisk
field-purpose = Formål
field-legal-basis = Behandlingsgrunnlag
field-retention = Lagringstid
field-access = Hvem som kan få tilgang
field-valid-from = Gyldig fra
field-valid-to = Gyldig til
field-links = Lenker til definisjonsfiler (én per linje)
field-availability = Tilgjengelighet (%)
field-support-hours = Åpningstid for brukerstøtte
field-response-minutes = Responstid (minutter)
field-recovery-time = Gjenopprettingstid (timer)
field-recovery-point = Gjenopprettingspunkt (timer)
field-information-sets = Informasjonsmengder som omfattes
field-integrations = Integrasjoner som omfattes
field-in-house = Behandles internt (ingen databehandler involvert)
field-status = Status
field-country = Land
field-org-number = Organisasjonsnummer
field-units = Enheter
field-new-unit = Ny enhet
field-email = E-post
field-unit = Enhet
field-left-on = Sluttet den
field-owning-unit = Ansvarlig enhet
field-lifecycle = Livssyklus
field-endpoints = Endepunkter (ett per linje)
field-system-owners = Systemeiere
field-roles = Roller
field-scheme = Klassifiseringsordning
field-resource = API-ressursnavn (flertall, f.eks. elever)
field-schema = Skjema
field-format = Format
field-enum-values = Tillatte verdier (kommaseparert)
field-examples = Eksempler (kommaseparert)
field-minimum = Minste verdi
field-maximum = Største verdi
field-display-name = Visningsnavn på bokmål
field-min-length = Minste antall tegn
field-max-length = Største antall tegn
field-pattern = Mønster (regulært uttrykk)
field-unique = Unik
field-primary-key = Nøkkel
field-classification = Klassifisering
field-personal = Personopplysninger
field-special-category = Særlige kategorier (Art. 9)
field-criminal-offence = Straffbare forhold (Art. 10)
field-national-id = Fødselsnummer
field-provider = Tilbydersystem
field-consumers = Konsumentsystemer
field-integration-owner = Integrasjonseier
field-pattern = Mønster
field-technology = Teknologi
field-mode = Modus
field-frequency = Frekvens
field-volume-per-day = Meldinger per dag
field-message-size = Meldingsstørrelse (kB)
field-guaranteed-delivery = Garantert levering
field-reusable = Kan gjenbrukes via den sentrale plattformen
field-existing-could-serve = Et eksisterende grensesnitt kunne vært brukt
field-justification = Begrunnelse for nytt grensesnitt
field-controller = Behandlingsansvarlig
field-processor = Databehandler
field-subject-matter = Gjenstand for behandlingen
field-duration = Varighet
field-nature-purpose = Art og formål
field-personal-data-types = Typer personopplysninger (én per linje)
field-data-subjects = Kategorier av registrerte (én per linje)
field-security-measures = Sikkerhetstiltak
field-transfers = Overføringer utenfor EU/EØS
field-contracts-covered = Kontrakter som omfattes (id-er, kommaseparert)
field-person = Person
field-role = Rolle
none-selected = — ingen —
unclassified = Ikke klassifisert

## Verdier
status-draft = utkast
status-in-review = til godkjenning
status-approved = godkjent
status-retired = utgått
lifecycle-planned = planlagt
lifecycle-in-development = under utvikling
lifecycle-in-production = i produksjon
lifecycle-phasing-out = under utfasing
lifecycle-retired = avviklet
pattern-event-provisioning = hendelsesbasert provisjonering
pattern-api-lookup = API-oppslag
pattern-full-sync-batch = full synkronisering (batch)
pattern-file-transfer = filoverføring
pattern-message-queue = meldingskø
technology-rest = REST
technology-graphql = GraphQL
technology-soap-legacy = SOAP (kun eldre løsninger)
technology-messaging = meldingsutveksling
technology-file = fil
mode-synchronous = synkron
mode-asynchronous = asynkron
frequency-real-time = sanntid
frequency-on-demand = ved behov
frequency-hourly = hver time
frequency-daily = daglig
frequency-weekly = ukentlig
frequency-monthly = månedlig
role-information-owner = dataeier
role-system-owner = systemeier
role-integration-owner = integrasjonseier
role-contact-point = kontaktpunkt
role-technical-contact = teknisk kontakt
country-no = Norge
country-se = Sverige
type-string = tekst
type-integer = heltall
type-number = tall
type-boolean = sann/usann
type-date = dato
type-date-time = dato og tid
type-object = objekt
type-array = liste

## Hvor et valideringsfunn peker
path-title = tittel
path-owner = eier
path-provider-system = tilbydersystem
path-consumer-system = konsumentsystem
path-version = versjon
path-fields = felter
path-field-name = navn på felt { $n }
path-name = navn
path-org-number = organisasjonsnummer
path-scheme-key = nøkkel for ordningen
path-aspects = aspekter
path-aspect-key = nøkkel for aspekt { $n }
path-levels = nivåer
path-level-colour = farge for nivå { $n }
path-email = e-postadresse
path-left-on = dato personen sluttet
path-scheme = klassifiseringsordning
path-controller = behandlingsansvarlig
path-processor = databehandler
path-valid-from = startdato
path-valid-to = sluttdato
path-availability = tilgjengelighet
path-provider = tilbydersystem
path-consumers = konsumentsystemer
path-justification = begrunnelse
path-schema-field = skjemafelt { $n }
path-endpoint = endepunkt { $n }
path-case-figures = saksstatistikk, rad { $n }
path-owning-unit = ansvarlig enhet
path-resource = API-ressursnavn
art28-title = tittel
art28-subject-matter = gjenstand for behandlingen
art28-duration = behandlingens varighet
art28-nature-and-purpose = behandlingens art og formål
art28-personal-data = typer personopplysninger
art28-data-subjects = kategorier av registrerte
art28-security-measures = tekniske og organisatoriske sikkerhetstiltak

## Valideringsfunn ($field er hvor)
issue-required = Feltet «{ $field }» må fylles ut.
issue-too-long = Feltet «{ $field }» er for langt: bruk høyst { $max } tegn.
issue-not-semver = Versjonen må ha formen 1.0.0 (major.minor.patch, bare sifre).
issue-no-fields = Legg til minst ett felt.
issue-not-identifier = Feltet «{ $field }» må begynne med en bokstav eller _ og kan bare inneholde bokstavene a–z, sifre og _ (høyst 64 tegn), f.eks. birthDate.
issue-not-field-name = Feltet «{ $field }» må begynne med en bokstav eller _ og kan bare inneholde bokstaver (fra alle språk), sifre, _, - og enkle mellomrom mellom ord (høyst 64 tegn), f.eks. fødselsdato.
issue-limits-crossed = Feltet «{ $field }» har en minste verdi eller lengde over den største: rett en av dem.
issue-duplicate-field-name = Verdien i «{ $field }» er allerede brukt av et tidligere felt: feltnavn må være unike.
issue-not-org-number = { $country ->
    [SE] Organisasjonsnummeret er ikke et gyldig svensk organisationsnummer: 10 sifre på formen NNNNNN-NNNN, der det tredje sifferet er 2 eller høyere og det siste er et kontrollsiffer (Luhn), f.eks. 212000-1967. Sjekk om et siffer er skrevet feil.
   *[other] Organisasjonsnummeret er ikke et gyldig norsk organisasjonsnummer: 9 sifre, der det siste er et kontrollsiffer (mod-11), f.eks. 974 760 673. Sjekk om et siffer er skrevet feil.
}
issue-duplicate-key = Verdien i «{ $field }» er allerede brukt av et tidligere element: nøkler må være unike.
issue-too-few-levels = En ordning trenger minst { $min } nivåer.
issue-not-colour = Feltet «{ $field }» må være en farge skrevet som #rrggbb, f.eks. #2e7d32.
issue-ordinals-out-of-order = Nivåenes rekkefølgenumre må gå 0, 1, 2, … fra laveste nivå og oppover.
issue-not-email = Feltet «{ $field }» må ha formen name@example.no.
issue-not-date = Feltet «{ $field }» må være en dato skrevet som YYYY-MM-DD, f.eks. 2026-08-31.
issue-empty-object = Feltet «{ $field }» er et objekt: legg til feltene det inneholder.
issue-array-needs-one-item = Feltet «{ $field }» er en liste: beskriv elementene med nøyaktig ett underfelt.
issue-children-not-allowed = Feltet «{ $field }» har underfelter, og det kan bare objekter og lister ha: endre typen eller fjern underfeltene.
issue-enum-not-allowed = Feltet «{ $field }» har tillatte verdier, og det kan bare tekst- og heltallsfelter ha: endre typen eller fjern verdiene.
issue-duplicate-enum-value = Feltet «{ $field }» har samme tillatte verdi to ganger: fjern den doble.
issue-no-scheme = Feltet «{ $field }» er klassifisert, men informasjonsmengden angir ingen klassifiseringsordning: velg en.
issue-unknown-level = Feltet «{ $field }» har klassifiseringsnivå { $ordinal }, som ordningen ikke har: velg et av nivåene i ordningen.
issue-unknown = Feltet «{ $field }» viser til noe som ikke finnes i denne katalogen: velg et element som finnes.
issue-provider-is-consumer = Tilbydersystemet står også oppført som konsument: fjern det fra konsumentene.
issue-duplicate-consumer = Et konsumentsystem står oppført to ganger: fjern det doble.
issue-ends-before-start = Sluttdatoen er før startdatoen: rett en av dem.
issue-same-party = Behandlingsansvarlig og databehandler er samme organisasjon: en avtale trenger to parter.
issue-not-percent = Feltet «{ $field }» må være en prosentandel fra 0 til 100, f.eks. 99.5.
issue-not-web-address = Feltet «{ $field }» må være en fullstendig nettadresse, f.eks. https://api.example.no/v1.
issue-more-than-cases = I { $field } er saker uten manuelle steg flere enn alle saker: rett ett av tallene.
issue-name-taken = Verdien i «{ $field }» er allerede brukt av et annet element av samme type: velg en annen.
issue-not-resource-name = Feltet «{ $field }» kan bare inneholde små bokstaver a–z, sifre og bindestrek (1–63 tegn, ikke bindestrek først eller sist, ikke æ, ø eller å), f.eks. elever.

## Added with the authoring desktop
nav-organisations-people = Organisasjoner og personer
action-add-sub-processor = Legg til underdatabehandler
page-newer = Nyere endringer
page-older = Eldre endringer
field-find-contract = Finn en kontrakt å legge til
field-sub-processor-authorisation = Godkjenning av underdatabehandlere
authorisation-specific = Forhåndsgodkjenning i hvert enkelt tilfelle
authorisation-general = Generell skriftlig godkjenning
field-notice-days = Varsel i dager
field-sub-processors = Underdatabehandlere
field-sp-name = Navn
field-sp-address = Adresse
field-sp-contact = Kontakt
field-sp-processing = Behandling som utføres

## Regler for katalogen (funn)
finding-contract-has-information-owner = Ingen har rollen som dataeier: tildel eieren som avgjør hvem som kan få denne informasjonen.
finding-information-set-has-owner = Ingen dataeier er registrert: velg personen som avgjør hvem som kan få denne informasjonen.
finding-personal-data-has-agreement = Den inneholder personopplysninger, men ingen databehandleravtale (GDPR art. 28) dekker den: registrer avtalen, eller merk kontrakten som behandlet internt når ingen databehandler er involvert.
finding-integration-has-owner = Ingen integrasjonseier er registrert: angi eieren av informasjonen den overfører, som holder kontrakten oppdatert og varsler de berørte ved endringer.
finding-integration-has-contract = { $variant ->
        [none] Den er i drift, men ingen informasjonskontrakt gjelder den; integrasjonsstrategien krever én for hver systemintegrasjon: lag en, eller knytt den til en kontrakt (blant integrasjonene kontrakten gjelder).
       *[not-in-force] Den er i drift, men ingen av kontraktene som gjelder den, er godkjent og gyldig ({ $contracts }): godkjenn én, eller rett gyldigheten.
    }
finding-departed-owner-has-successor = { $person } sluttet { $date } og var { $role }; ingen har tatt over: tildel en etterfølger.
finding-system-has-owner = Ingen systemeier er registrert: tildel personen som har ansvaret for systemet, eller merk det som avviklet hvis det ikke lenger er i drift.
finding-contract-has-classification = { $variant ->
    [no-sets] Den styrer ingen informasjonsmengde, så klassifiseringen er ukjent: knytt til informasjonsmengdene den overfører, og klassifiser feltene deres.
   *[unclassified] Ingen av feltene i informasjonsmengdene den styrer er klassifisert: klassifiser dem i informasjonsmengden.
}
finding-safeguard-gap = Mangler «{ $safeguard }», som kreves av { $reason ->
    [level] klassifiseringsnivå { $level }
    [personal] personopplysningene den overfører
   *[sensitive] de særlige personopplysningene den overfører (særlige kategorier, straffbare forhold eller fødselsnummer)
} ({ $default ->
    [yes] en standardverdi levert med Datapakt
   *[no] katalogens egne regler
}; kontrakt { $contracts }): registrer tiltaket på integrasjonen når det er på plass, eller senk klassifiseringen om den er satt for høyt.
finding-technology-follows-advice = { $severity ->
    [soap] Den bruker { $technology }, som strategien utelukker for nye grensesnitt; beslutningstreet (slik Datapakt tolker det) anbefaler { $recommended }: bytt teknologi.
   *[unjustified] Den bruker { $technology } der beslutningstreet (slik Datapakt tolker det) anbefaler { $recommended }, uten skriftlig begrunnelse: skriv hvorfor i «Hvorfor teknologien avviker fra rådet», eller følg rådet.
}
finding-reuse-before-build = Eksisterende grensesnitt leverer allerede det den overfører ({ $candidates }): gjenbruk et av dem, eller kryss av for «{ field-existing-could-serve }» og begrunn det nye grensesnittet.
findings-more = …og { $count } til.

## Feil
error-missing = { $path } finnes ikke: sjekk stien, eller lag en ny katalog.
error-path-not-chosen = Datapakt åpnet ikke { $path }: vinduet kan bare vise til en fil du har valgt i en dialog, en fil Datapakt har skrevet, eller en nylig brukt katalog. Velg den med Fil → Åpne eller importdialogen.
error-file-missing = { $path } finnes ikke: sjekk stien og velg filen på nytt; ingenting ble importert.
error-already-exists = { $path } finnes allerede: velg et annet filnavn (en eksisterende fil blir aldri overskrevet).
error-read = Kunne ikke lese { $path }: { $detail }
error-file-too-large = { $path } er større enn { $max } MiB, mer enn Datapakt leser fra en fil av denne typen: sjekk at det er filen du mente, eller del den opp; ingenting ble lest.
error-export-over-catalog = { $path } er den åpne katalogen: velg en annen fil for eksporten.
error-not-sqlite = { $path } er ikke en Datapakt-katalog (det er ikke en SQLite-database); filen er ikke endret.
error-foreign-database = { $path } er ikke en Datapakt-katalog (det er et annet programs database); filen er ikke endret.
error-newer-schema = { $path } er skrevet av en nyere Datapakt (katalogskjema { $found }; denne versjonen leser til og med { $supported }): oppdater Datapakt for å åpne den; filen er ikke endret.
error-invalid = Ikke lagret: rett opp de markerte feltene.
error-invalid-import = Element { $n } i importen er ikke gyldig, så ingenting ble importert.
error-version-not-found = Det finnes ingen versjon { $version } av { $entity } med id { $id }: endringsloggen viser versjonene som finnes.
error-changed-since-opened = Denne { $entity } (id { $id }) er endret siden du åpnet den, i et annet vindu, kommandolinjeverktøyet eller en teamsynkronisering: ingenting ble lagret. Last den inn på nytt for å se endringen, eller se begge og lagre din på nytt.
error-item-not-found = Det finnes ingen { $entity } med id { $id } i denne katalogen.
error-duplicate-organisation = Organisasjonsnummer { $number } er allerede registrert: rediger den organisasjonen i stedet.
error-status-change = En kontrakt kan ikke gå fra { $from } til { $to }: arbeidsflyten er utkast → til godkjenning → godkjent → utgått, og en godkjenning kan sende den tilbake til utkast.
error-scheme-not-found = Det finnes ingen klassifiseringsordning med nøkkel { $key } i denne katalogen.
error-in-use = Denne { $entity } er fortsatt i bruk (en kontrakt eller et annet element viser til den): fjern disse henvisningene først; ingenting ble slettet.
error-not-deletable = { $entity } kan ikke slettes alene.
error-locked = { $path } er i bruk av et annet program (et annet Datapakt-vindu eller datapakt-kommandoen skriver til den): lukk programmet og prøv igjen; ingenting ble endret.
error-read-only = { $path } er skrivebeskyttet, så endringen ble ikke lagret: lagre en kopi og arbeid videre i den, eller gjør filen skrivbar.
error-read-only-needs-upgrade = { $path } er skrivebeskyttet og skrevet av en eldre Datapakt: gjør filen skrivbar én gang så den kan oppgraderes.
error-sqlite = Katalogen { $path } kunne ikke leses eller skrives: { $detail }
error-write = Kunne ikke skrive { $path }: { $detail }
error-pdf = Kunne ikke lage PDF-en: { $detail }
error-sql-syntax = { $path } er ikke SQL Datapakt kan lese i dialekten { $dialect } ({ $detail }): sjekk dialekten og setningen der; ingenting ble importert.
error-sql-no-table = { $path } har ingen CREATE TABLE-setning: eksporter tabelldefinisjonene (f.eks. pg_dump --schema-only); ingenting ble importert.
error-sql-too-many-tables = { $path } har mer enn { $max } tabeller: del den opp; ingenting ble importert.
error-xsd-syntax = { $path } er ikke XML Datapakt kan lese ({ $detail }): sjekk filen (en DTD avvises); ingenting ble importert.
error-xsd-not-schema = { $path } har <{ $found }> som rot, ikke et XML Schema (xs:schema) eller en WSDL 1.1-beskrivelse (wsdl:definitions); ingenting ble importert.
error-xsd-empty = { $path } definerer ingen elementer og ingen komplekse typer: det er ingenting å lage en informasjonsmengde av; ingenting ble importert.
error-xsd-imports = { $path }: typene ligger i { $location }, som filen importerer: samle skjemaene i én fil, eller importer den filen; ingenting ble importert.
error-xsd-unknown-type = { $path }: { $at } viser til typen { $name }, som ingen skjemaer i filen definerer: samle skjemaene den importerer i filen; ingenting ble importert.
error-openapi-syntax = { $path } er verken JSON eller YAML ({ $detail }): sjekk at det er filen du mente; ingenting ble importert.
error-openapi-yaml-limit = { $path }: på linje { $line }, kolonne { $column } går dokumentet over en grense: { $measure ->
        [text] det har mer enn { $max } MiB tekst
       *[values] det har mer enn { $max } verdier
    } når aliasene (*navn) gjentar det ankrene (&navn) merker. Skriv ut den gjentatte delen der den trengs, eller fjern gjentakelsen; ingenting ble importert.
error-openapi-not-object = { $path } har ikke et objekt på øverste nivå, slik et OpenAPI-dokument (openapi, info, paths) eller et JSON Schema (type, properties) har; ingenting ble importert.
error-openapi-no-object-schema = { $path } beskriver ikke noe objekt: gi skjemaet properties på øverste nivå, eller objektskjemaer under $defs (eller definitions); ingenting ble importert.
error-openapi-swagger = { $path } er et Swagger { $version }-dokument, som Datapakt ikke importerer: konverter det til OpenAPI 3 først (for eksempel med swagger2openapi), og importer resultatet.
error-openapi-no-version = { $path } har ingen openapi-nøkkel på øverste nivå, så det er ikke et OpenAPI 3-dokument: er det ett, legg til openapi: 3.1.0 (eller 3.0.x-versjonen det følger).
error-openapi-unsupported-version = { $path } er OpenAPI { $version }: Datapakt importerer OpenAPI 3.0.x og 3.1.x; ingenting ble importert.
error-openapi-dangling-ref = I { $path } peker $ref på { $at } til { $target }, som ikke finnes i dokumentet: rett referansen eller legg til det den peker på; ingenting ble importert.
error-openapi-external-ref = I { $path } peker $ref på { $at } ut av dokumentet ({ $target }): samle dokumentet i én fil først (for eksempel med redocly bundle); ingenting ble importert.
error-openapi-bad-ref = I { $path } er $ref på { $at } ikke en JSON-peker inn i dokumentet ({ $target }): skriv den som #/components/schemas/Navn; ingenting ble importert.
error-integration-not-governed = Ingen kontrakt omfatter integrasjonen { $name } (id { $id }), så det finnes ikke noe API å beskrive: knytt en kontrakt til den (under Integrasjoner som omfattes i kontrakten) og eksporter på nytt; ingenting ble skrevet.
error-not-affected = Person { $person } er ikke blant dem den siste endringen berører: åpne virkningene på nytt for å se hvem som er det; ingenting ble skrevet.
error-author-too-long = Forfatternavnet er for langt: bruk høyst { $max } tegn.
error-no-data-folder = Det finnes ingen mappe for standardkatalogen ({ $detail }): åpne en katalog med «Åpne katalog…» eller lag en med «Ny katalog…».
error-not-local-path = Stedet som ble valgt, er ikke en lokal fil eller mappe ({ $detail }): velg et sted på denne datamaskinen.
error-cannot-open = { $path } kunne ikke åpnes: { $detail }
error-call = Vinduet fikk ikke kontakt med Datapakt ({ $command }: { $detail }): start Datapakt på nytt, og meld fra hvis det skjer igjen.
error-import-needs-system = Et OpenAPI-dokument importeres som grensesnittet til et system: velg systemet det beskriver og importer på nytt; ingenting ble importert.
error-repo-not-catalog = Repositoriet har ingen datapakt.yaml: det er ikke en felles Datapakt-katalog. Velg repositoriet en katalog ble publisert til, eller et tomt repositorium å publisere til.
error-repo-newer-format = Repositoriet er i felleskatalogformat { $found }, nyere enn denne Datapakt leser (format { $supported }): oppdater Datapakt for å bruke det.
error-repo-entry = { $path } i felleskatalogen kan ikke leses: { $detail }
error-git-auth = { $url } avviste påloggingen: sjekk SSH-nøkkelen (eller agenten) eller tokenet i git sin credential helper, og at du har skrivetilgang til repositoriet.
error-git-host = Verten for { $url } er ukjent ({ $detail }): sjekk adressen; for SSH, koble til én gang med ssh for å stole på vertsnøkkelen.
error-git-unreachable = { $url } kan ikke nås ({ $detail }): sjekk nettverket. Endringene dine er tatt vare på og venter på neste synkronisering.
error-git-no-repository = Det finnes ikke noe git-repositorium på { $url } ({ $detail }): sjekk adressen. Et tomt bart repositorium trengs for å publisere.
error-git-failed = Git feilet i katalogens repositorium: { $detail }
error-team-no-remote = Katalogen har ingen felles fjernkatalog ennå: publiser den til et tomt repositorium først.
error-team-remote-taken = { $url } har allerede en annen felleskatalog: bli med i den med Åpne felleskatalog i stedet for å publisere til den.
error-team-remote-empty = { $url } er tomt: det finnes ingen felleskatalog å bli med i ennå. Publiser en katalog dit i stedet.
error-team-remote-busy = { $url } endret seg hele tiden mens katalogen sendte: endringene dine er tatt vare på her; synkroniser igjen om litt.
error-team-entry = { $item } i felleskatalogen kan ikke leses ({ $detail }); ingenting ble endret. Rett filen i repositoriet.
error-team-no-such-conflict = Ingen konflikt venter på { $item } { $field }: se de ventende i synkroniseringsstatusen.
error-team-nothing-pending = Ingen synkronisering venter på et valg: det er ingenting å løse eller avbryte.
team-note-reference-dropped = { $item } viste til { $reference }, som den andre siden slettet: henvisningen ble fjernet.
team-note-history-clash = { $item } ble laget på begge sider: den som ble publisert først, beholdes; din var { $mine }.
team-note-unified = { $kind } «{ $name }» ble laget på begge sider: de er nå ett, og det som viste til ditt, viser til det.
warning-openapi-no-endpoint = Ingen endepunkter er registrert for { $system }, så serveren i OpenAPI-dokumentet er en plassholder på .invalid: registrer systemets endepunkter og eksporter på nytt.
warning-dcat-not-published = { $api } er utelatt fra beskrivelsen: { $reason ->
    [no-endpoint] det leverende systemet har ikke noe endepunkt
   *[no-publisher] det leverende systemet hører ikke til noen organisasjon
}. Registrer det på systemet, og eksporter på nytt.
dialog-catalog-files = Datapakt-kataloger
file-type-openapi-json = OpenAPI 3.1 (JSON)
file-type-openapi-yaml = OpenAPI 3.1 (YAML)
file-type-contract-pdf = Informasjonskontrakt som PDF
file-type-odcs = ODCS (YAML)
file-type-spectral = Spectral-regelsett
file-type-json-schema = JSON Schema
file-type-dpa-pdf = Databehandleravtale som PDF/A
file-type-pdf = PDF-dokument
file-type-csv = CSV-tabell
file-type-svg = SVG-bilde
file-type-png = PNG-bilde
file-type-markdown = Markdown-tekst
file-type-text = Tekst
nav-schemes = Klassifiseringsordninger
action-new-classification-scheme = Ny klassifiseringsordning
col-key = Nøkkel
col-levels = Nivåer
col-shipped-default = Levert som standard
field-key = Nøkkel
field-source = Kilde
field-name-in = Navn ({ $language })
field-aspects = Aspekter som vurderes
field-levels = Nivåer, lavest først
field-colour = Farge
action-add-aspect = Legg til aspekt
action-add-level = Legg til nivå
action-remove-level = Fjern det høyeste nivået
shipped-default-note = Levert med Datapakt som standard, ikke som noens retningslinjer: tilpass den til virksomhetens egne.
action-export-odcs = Eksporter ODCS
field-api-profile = API-profil
profile-generic = Generell
profile-ks-fiks = KS Fiks (Norge)
profile-se-rest = Svensk REST API-profil

## PDF-dokumenter: fast tekst som er felles for informasjonskontrakten og databehandleravtalen.
pdf-page = Side { $page } av { $pages }
pdf-contents = Innhold
pdf-draft = UTKAST
pdf-running-header = { $title }, versjon { $version }
pdf-yes = ja
pdf-no = nei
pdf-provider = Tilbyder
pdf-consumer = Konsument
pdf-party-role = Rolle
pdf-party-organisation = Organisasjon
pdf-party-org-number = Organisasjonsnummer
pdf-party-system = System (enhet)
pdf-no-parties = Ingen parter er registrert.
pdf-signatures-section = Underskrifter
pdf-sign-place-date = Sted og dato
pdf-sign-signature = Underskrift
pdf-sign-name = Navn med blokkbokstaver

## Informasjonskontrakten.
pdf-contract-kind = Informasjonskontrakt
pdf-version = Versjon
pdf-status = Status
pdf-validity = Gyldig
pdf-validity-range = { $from } – { $to }
pdf-open-ended = inntil videre
pdf-owner = Informasjonseier
pdf-contact-point = Kontaktpunkt
pdf-contract-id = Kontrakt-id
pdf-api-profile = API-profil
pdf-purpose-section = Formål og rettslig grunnlag
pdf-purpose = Formål
pdf-legal-basis = Rettslig grunnlag
pdf-retention = Lagringstid
pdf-access = Tilgang
pdf-description = Beskrivelse
pdf-integration-section = Integrasjonen
pdf-no-integration = Ingen integrasjon er knyttet til denne kontrakten.
pdf-pattern = Mønster
pdf-technology = Teknologi
pdf-mode = Modus
pdf-frequency = Frekvens
pdf-volume = Volum
pdf-messages-per-day = { $n } meldinger per dag
pdf-message-size = Meldingsstørrelse
pdf-kilobytes = { $n } kB
pdf-guaranteed-delivery = Garantert levering
pdf-consumers = Konsumenter
pdf-fields-section = Felter som utveksles
pdf-field = Felt
pdf-field-type = Type
pdf-field-required = Obligatorisk
pdf-field-classification = Klassifisering
pdf-field-personal = Personopplysninger
pdf-no-fields = Ingen felter.
pdf-personal-personal = personopplysninger
pdf-personal-special = særlig kategori (art. 9)
pdf-personal-criminal = straffbare forhold (art. 10)
pdf-personal-national-id = fødselsnummer
pdf-classification-section = Klassifisering og sikkerhetstiltak
pdf-classification = Klassifisering
pdf-unclassified = ikke klassifisert
pdf-personal-summary = Personopplysninger
pdf-safeguards = Påkrevde sikkerhetstiltak
pdf-no-safeguards = Ingen sikkerhetstiltak er påkrevd.
pdf-safeguards-default = Disse kravene er standardinnstillingene Datapakt leveres med for klassifiseringen og personopplysningene; virksomhetens egne regler går foran.
pdf-safeguards-policy = Kravene for klassifiseringen er virksomhetens egne regler, registrert i katalogen; kravene for personopplysninger er standardinnstillingene Datapakt leveres med.
pdf-sla-section = Tjenestenivå
pdf-availability = Tilgjengelighet
pdf-support-hours = Åpningstid for brukerstøtte
pdf-response-time = Responstid
pdf-rto = Gjenopprettingstid (RTO)
pdf-rpo = Gjenopprettingspunkt (RPO)
pdf-minutes = { $n } minutter
pdf-hours = { $n } timer
pdf-history-section = Godkjenningshistorikk
pdf-history-when = Tidspunkt (UTC)
pdf-history-who = Utført av
pdf-history-change = Endring
pdf-history-empty = Kontrakten har ikke endret status ennå.
pdf-created = opprettet
safeguard-authentication = Autentisert tilgang
safeguard-strong-authentication = Sterk autentisering (flerfaktor for personer, signerte klientpåstander for systemer)
safeguard-encryption-in-transit = Kryptering under overføring (TLS 1.2 eller nyere)
safeguard-encryption-at-rest = Kryptering av lagrede data
safeguard-audit-logging = Revisjonslogging av all tilgang
safeguard-access-review-yearly = Gjennomgang av tilganger minst én gang i året
safeguard-access-review-half-yearly = Gjennomgang av tilganger minst hver sjette måned
safeguard-hosting-in-eea = Drift bare innenfor EU/EØS
safeguard-pseudonymisation = Pseudonymisering der formålet tillater det

## Databehandleravtalen (personvernforordningen art. 28, Kommisjonens gjennomføringsbeslutning (EU) 2021/915).
dpa-kind = Databehandleravtale
dpa-running-header = { $title }, databehandleravtale
dpa-controller = Behandlingsansvarlig
dpa-processor = Databehandler
dpa-agreement-id = Avtale-id
dpa-draft-notice = UTKAST: { $count ->
    [one] ett påkrevd punkt mangler
   *[other] { $count } påkrevde punkter mangler
  }. Fyll ut dette i Datapakt før avtalen undertegnes.
dpa-basis = Partene slutter seg til standardavtaleklausulene mellom behandlingsansvarlige og databehandlere etter artikkel 28 nr. 7 i forordning (EU) 2016/679, vedtatt ved Kommisjonens gjennomføringsbeslutning (EU) 2021/915. Klausulene gjelder slik de er formulert i beslutningen; dette dokumentet angir hvilke valg partene har gjort, og fyller ut vedleggene.
dpa-incorporated = Gjelder slik det er formulert i klausul { $clause } i standardavtaleklausulene (gjennomføringsbeslutning (EU) 2021/915).
dpa-section-1 = Del I
dpa-section-2 = Del II – Partenes plikter
dpa-section-3 = Del III – Sluttbestemmelser
dpa-clause-1 = Klausul 1 – Formål og virkeområde
dpa-clause-2 = Klausul 2 – Klausulenes uforanderlighet
dpa-clause-3 = Klausul 3 – Tolkning
dpa-clause-4 = Klausul 4 – Rangordning
dpa-clause-5 = Klausul 5 – Tiltredelsesklausul
dpa-docking-included = Valgt alternativ: den valgfrie tiltredelsesklausulen er tatt med.
dpa-docking-excluded = Valgt alternativ: den valgfrie tiltredelsesklausulen er ikke tatt med.
dpa-clause-6 = Klausul 6 – Beskrivelse av behandlingen
dpa-see-annex-2 = Behandlingen er beskrevet i vedlegg II.
dpa-clause-7 = Klausul 7 – Partenes plikter
dpa-clause-7-1 = 7.1 Instrukser
dpa-clause-7-2 = 7.2 Formålsbegrensning
dpa-clause-7-3 = 7.3 Behandlingens varighet
dpa-clause-7-4 = 7.4 Behandlingssikkerhet
dpa-clause-7-5 = 7.5 Sensitive opplysninger
dpa-clause-7-6 = 7.6 Dokumentasjon og etterlevelse
dpa-clause-7-7 = 7.7 Bruk av underdatabehandlere
dpa-clause-7-8 = 7.8 Internasjonale overføringer
dpa-option-specific = Alternativ 1, særskilt forhåndsgodkjenning: databehandleren kan bare engasjere underdatabehandlerne i vedlegg IV, og ber om godkjenning minst { $days } dager før en annen engasjeres.
dpa-option-general = Alternativ 2, generell skriftlig godkjenning: databehandleren varsler den behandlingsansvarlige om planlagte endringer i den avtalte listen i vedlegg IV minst { $days } dager i forveien, slik at den behandlingsansvarlige kan gjøre innsigelser.
dpa-no-transfers = Ingen overføring av personopplysninger ut av EU/EØS er registrert.
dpa-clause-8 = Klausul 8 – Bistand til den behandlingsansvarlige
dpa-clause-9 = Klausul 9 – Melding om brudd på personopplysningssikkerheten
dpa-see-annex-3 = De tekniske og organisatoriske tiltakene er beskrevet i vedlegg III.
dpa-clause-10 = Klausul 10 – Manglende overholdelse av klausulene og oppsigelse
dpa-obligations = Personvernforordningen artikkel 28 nr. 3: hvor hver plikt er oppfylt
dpa-obligations-intro = Sammendrag av databehandlerens plikter etter artikkel 28 nr. 3 og klausulene som oppfyller dem.
dpa-article = Artikkel
dpa-obligation = Plikt (sammendrag)
dpa-where = Klausuler
dpa-obligation-a = Behandle bare etter dokumenterte instrukser, også når det gjelder overføringer til tredjeland.
dpa-obligation-b = Personer som har tillatelse til å behandle opplysningene, har taushetsplikt.
dpa-obligation-c = Iverksette sikkerhetstiltakene i artikkel 32.
dpa-obligation-d = Bare engasjere underdatabehandlere på vilkårene i artikkel 28 nr. 2 og 4.
dpa-obligation-e = Bistå den behandlingsansvarlige med de registrertes rettigheter (kapittel III).
dpa-obligation-f = Bistå den behandlingsansvarlige med artikkel 32 til 36 (sikkerhet, melding om brudd, konsekvensvurdering, forhåndsdrøftinger).
dpa-obligation-g = Slette eller tilbakelevere alle personopplysninger når tjenestene opphører, etter den behandlingsansvarliges valg.
dpa-obligation-h = Gjøre tilgjengelig informasjonen som trengs for å påvise etterlevelse, og legge til rette for revisjoner.
dpa-obligation-infringing-instruction = Umiddelbart varsle den behandlingsansvarlige dersom en instruks er i strid med personvernregelverket.
dpa-annex-1 = Vedlegg I – Liste over parter
dpa-annex-ref = vedlegg { $annex }
dpa-address = Adresse
dpa-contact = Kontaktperson (navn, stilling, kontaktopplysninger)
dpa-dpo = Personvernombud
dpa-no-dpo = ikke utpekt
dpa-annex-2 = Vedlegg II – Beskrivelse av behandlingen
dpa-data-subjects = Kategorier av registrerte
dpa-personal-data = Kategorier av personopplysninger
dpa-sensitive-data = Sensitive opplysninger og garantiene som gjelder for dem
dpa-no-sensitive-data = Det behandles ingen sensitive opplysninger (artikkel 9 og 10).
dpa-subject-matter = Gjenstand for behandlingen
dpa-nature-purpose = Art og formål
dpa-duration = Varighet
dpa-covered-contracts = Informasjonskontrakter som omfattes
dpa-no-contracts = Ingen informasjonskontrakt er knyttet til denne avtalen.
dpa-annex-3 = Vedlegg III – Tekniske og organisatoriske tiltak
dpa-annex-4 = Vedlegg IV – Liste over underdatabehandlere
dpa-annex-4-specific = Den behandlingsansvarlige har godkjent følgende underdatabehandlere (klausul 7.7, alternativ 1).
dpa-annex-4-general = Den avtalte listen over underdatabehandlere (klausul 7.7, alternativ 2).
dpa-sub-name = Navn
dpa-sub-processing = Behandling
dpa-no-sub-processors = Ingen underdatabehandlere er engasjert.
dpa-gap-controller = Behandlingsansvarlig er ikke valgt.
dpa-gap-processor = Databehandler er ikke valgt.
dpa-gap-controller-address = Adressen til den behandlingsansvarlige mangler (vedlegg I).
dpa-gap-controller-contact = Kontaktpersonen til den behandlingsansvarlige mangler (vedlegg I).
dpa-gap-processor-address = Databehandlerens adresse mangler (vedlegg I).
dpa-gap-processor-contact = Databehandlerens kontaktperson mangler (vedlegg I).
dpa-gap-subject-matter = Gjenstanden for behandlingen mangler (vedlegg II).
dpa-gap-duration = Behandlingens varighet mangler (vedlegg II).
dpa-gap-nature-and-purpose = Behandlingens art og formål mangler (vedlegg II).
dpa-gap-personal-data = Ingen kategori av personopplysninger er oppført (vedlegg II).
dpa-gap-data-subjects = Ingen kategori av registrerte er oppført (vedlegg II).
dpa-gap-sensitive-data = Kontraktene som omfattes, inneholder sensitive opplysninger, men garantiene som gjelder for dem, er ikke beskrevet (vedlegg II).
dpa-gap-security-measures = De tekniske og organisatoriske tiltakene mangler (vedlegg III).
dpa-gap-authorisation-period = Fristen for endringer av underdatabehandlere mangler (klausul 7.7 bokstav a).
dpa-gap-sub-processor-name = Underdatabehandler { $number } har ikke noe navn (vedlegg IV).
dpa-gap-sub-processor-address = Underdatabehandler { $number } har ingen adresse (vedlegg IV).
dpa-gap-sub-processor-contact = Underdatabehandler { $number } har ingen kontaktperson (vedlegg IV).
dpa-gap-sub-processor-processing = Underdatabehandler { $number } oppgir ikke hva den behandler (vedlegg IV).

## Databehandleravtalens felt og eksport.
field-controller-details = Behandlingsansvarlig (vedlegg I)
field-processor-details = Databehandler (vedlegg I)
field-party-address = Adresse
field-party-contact = Kontaktperson (navn, stilling, kontaktopplysninger)
field-party-dpo = Personvernombud
field-docking-clause = Ta med den valgfrie tiltredelsesklausulen (klausul 5)
field-sensitive-data = Sensitive opplysninger og garantiene som gjelder for dem (vedlegg II)
dpa-preflight-title = Før signering
dpa-preflight-ok = Alle påkrevde punkter er fylt ut: avtalen kan eksporteres for signering.
dpa-preflight-gaps = { $count ->
    [one] Ett påkrevd punkt mangler; en eksport er merket UTKAST på hver side til det er fylt ut:
   *[other] { $count } påkrevde punkter mangler; en eksport er merket UTKAST på hver side til de er fylt ut:
  }
action-export-dpa = Eksporter avtalen (PDF)
## ODCS-import
error-odcs-yaml = { $file }: ikke gyldig YAML på linje { $line }, kolonne { $column } ({ $detail }): rett syntaksen der; ingenting ble importert.
error-odcs-yaml-limit = { $file }: på linje { $line }, kolonne { $column } går dokumentet over en grense: { $measure ->
        [text] det har mer enn { $max } MiB tekst
       *[values] det har mer enn { $max } verdier
    } når aliasene (*navn) gjentar det ankrene (&navn) merker. Skriv ut den gjentatte delen der den trengs, eller fjern gjentakelsen; ingenting ble importert.
error-odcs-not-json = { $file }: { $at }: { $detail } hører ikke hjemme i et ODCS-dokument (vanlig JSON-kompatibel YAML): skriv verdien om; ingenting ble importert.
error-odcs-api-version = { $file }: { $at }: apiVersion { $found } er ikke en ODCS-versjon Datapakt leser (v3.0.x, v3.1.x, v3.2.x); ingenting ble importert.
error-odcs-wrong-type = { $file }: { $at } må være { $expected ->
    [text] tekst (sett den i anførselstegn hvis den ser ut som et tall eller en dato)
    [whole-number] et heltall på 0 eller mer
    [boolean] true eller false
    [mapping] en tabell med linjer av typen nøkkel: verdi
   *[list] en liste
  }, ikke { $found ->
    [text] tekst
    [number] et tall
    [boolean] true eller false
    [mapping] en tabell
    [list] en liste
   *[null] tom
  }; ingenting ble importert.
error-odcs-missing = { $file }: { $at } mangler, og ODCS krever det: legg det til; ingenting ble importert.
error-odcs-not-one-of = { $file }: { $at }: { $value } er ikke en av { $allowed }: bruk en av dem; ingenting ble importert.
error-odcs-not-identifier = { $file }: { $at }: { $value } er ikke et feltnavn Datapakt godtar (bokstaver fra alle språk, sifre, _, - og enkle mellomrom mellom ord, som begynner med en bokstav eller _, høyst 64 tegn): gi det nytt navn; ingenting ble importert.
error-odcs-duplicate = { $file }: { $at }: { $value } forekommer mer enn én gang og må være unikt der (også en kontrakt-id blant filene i én import); ingenting ble importert.
error-odcs-not-version = { $file }: { $at }: { $value } er ikke en versjon Datapakt godtar: skriv MAJOR.MINOR.PATCH, f.eks. 1.0.0; ingenting ble importert.
error-odcs-not-date = { $file }: { $at }: { $value } er ikke en dato: skriv ÅÅÅÅ-MM-DD; ingenting ble importert.
error-odcs-not-email = { $file }: { $at }: { $value } er ikke en e-postadresse, og Datapakt kjenner folk på deres; ingenting ble importert.
error-odcs-not-percent = { $file }: { $at }: { $value } er ikke en prosent fra 0 til 100; ingenting ble importert.
error-odcs-too-long = { $file }: { $at } er lengre enn { $max } tegn: gjør det kortere; ingenting ble importert.
error-odcs-unknown-scheme = { $file }: { $at }: det finnes ingen klassifiseringsordning { $key } i denne katalogen: bruk en av { $known }; ingenting ble importert.
error-odcs-unknown-level = { $file }: { $at }: { $value } er ikke et nivå i klassifiseringsordningen { $scheme }: bruk ett av { $levels }; ingenting ble importert.

## Katalogens innstillinger.
catalog-settings-title = Katalogens innstillinger
field-default-api-profile = Standard API-profil for kontrakter som ikke angir en
field-odcs-version = ODCS-versjon for eksport av kontrakter
odcs-version-v3-1-0 = v3.1.0 (lest av de fleste ODCS-verktøy; standardvalg)
odcs-version-v3-2-0 = v3.2.0 (september 2026)
odcs-version-set = Kontrakter eksporteres nå som ODCS { $version }.
profile-catalog-default = Katalogens standard ({ $profile })
default-profile-set = Kontrakter uten egen API-profil følger nå { $profile }.

## Eksport fra Fil-menyen, framdrift og statuslinjen.
menu-export = Eksport
action-export-all-odcs = Alle kontrakter som ODCS …
action-open-exported = Åpne
progress-count = { $done } av { $total }
profile-as-contracts = Som kontraktene (eller katalogens standard)

## Import fra Fil-menyen.
menu-import = Import
action-import-odcs = ODCS-kontrakter …
action-import-openapi = OpenAPI-dokument som et systems grensesnitt …
action-import-jsonschema = JSON Schema som informasjonsmengder …
action-import-sql = SQL-tabeller som informasjonsmengder …
action-import-xsd = XML Schema eller SOAP-tjeneste (WSDL) som informasjonsmengder …
field-import-dialect = SQL-dialekt
sql-dialect-generic = Standard-SQL
field-import-system = Systemet hvis grensesnitt dokumentet beskriver
import-will-create = { $count ->
    [one] Den oppretter ett element:
   *[other] Den oppretter { $count } elementer:
  }
import-will-update = { $count ->
    [one] Den oppdaterer ett element:
   *[other] Den oppdaterer { $count } elementer:
  }
import-unchanged = { $count ->
    [one] Ett element forblir uendret:
   *[other] { $count } elementer forblir uendret:
  }
import-notes = Merknader ({ $count }):
note-preferences-set-aside = Innstillingsfilen din kunne ikke leses, så standardvalgene gjelder. Den ble tatt vare på som { $path }: ingenting i den gikk tapt.
note-catalog-upgraded = Denne katalogen ble oppgradert til denne versjonen av Datapakt. Filen slik den var, er tatt vare på som { $path }; README forteller hvordan du går tilbake til den.
note-odcs-contract-fields = Kontraktens egne felt er de enkle toppnivåfeltene i { $name }.
note-odcs-gap = filen oppgir { $what ->
    [owner] ingen informasjonseier (et teamnavn, eller et medlem med rollen owner)
    [provider] ikke det leverende systemet (den egendefinerte egenskapen datapakt.providerSystem, eller dataProduct)
    [consumer] ikke det mottakende systemet (den egendefinerte egenskapen datapakt.consumerSystem)
   *[fields] ingen felt av en enkel type som kontrakten utveksler
}: kontrakten er et utkast som mangler det; fyll det ut før gjennomgang
note-odcs-kept-draft = status: { $text } holdes som utkast til kontrakten oppgir det som mangler; filen beholder statusen
note-odcs-deprecated = status: deprecated leses som godkjent (fortsatt gjeldende); filen beholder den.
note-odcs-status = status: { $text } er ikke en av ODCS-statusene Datapakt modellerer; leses som { $state ->
    [draft] utkast
    [in-review] til gjennomgang
    [approved] godkjent (gjeldende)
   *[retired] utgått
}; filen beholder den.
note-odcs-no-role = { $at }: { $name } (rolle { $held }) har ingen av Datapakts roller under en e-postadresse, så ingen rolle blir gitt; filen beholder medlemmet.
note-odcs-no-set = { $at }: skjemaobjektet { $name } har ingen egenskap Datapakt kan holde, så det blir ikke et informasjonssett; det beholdes i filen.
note-odcs-resource-name = { $at }: { $resource } er ikke et API-ressursnavn Datapakt godtar (1–63 tegn a–z, 0–9 og -, ikke - først eller sist), så settet får ikke noe (filen beholder det).
note-odcs-unknown-classification = { $at }: klassifiseringene { $labels } er ikke nivåene i nøyaktig ett klassifiseringssystem i denne katalogen, så feltene blir stående uklassifisert (filen beholder dem); angi systemet med den egendefinerte egenskapen datapakt.classificationScheme for å klassifisere dem.
note-odcs-logical-type = { $at }: den logiske typen { $type } har ikke noe motstykke i Datapakt, så den blir ikke et felt i Datapakt; den beholdes i filen.
note-odcs-empty-object = { $at }: et objekt uten egenskaper Datapakt kan holde, så det blir ikke et felt i Datapakt; det beholdes i filen.
note-odcs-empty-array = { $at }: en liste uten elementer Datapakt kan holde, så den blir ikke et felt i Datapakt; den beholdes i filen.
note-odcs-enum-type = { $at }: Datapakt holder tillatte verdier bare for tekst og heltall; de beholdes i filen.
note-odcs-no-integration = Katalogen har ingen integrasjon { $name }, så kontrakten omfatter ingen med det navnet.
note-odcs-no-agreement = Katalogen har ingen databehandleravtale { $title }, så ingen dekker kontrakten under den tittelen.
note-openapi-renamed = { $at }: { $from } heter { $to } i katalogen.
note-openapi-cycle = { $at }: viser til { $target }, som inneholder dette feltet: ikke utvidet.
note-openapi-free-form = { $at }: et JSON-objekt uten oppgitte egenskaper.
note-openapi-any-value = { $at }: hvilken som helst JSON-verdi: skjemaet oppgir ingen type.
note-openapi-too-deep = { $at }: nøstet for dypt: ikke utvidet.
note-openapi-too-large = { $at }: ikke utvidet: skjemaet har for mange felt.
action-import = Importer
action-cancel = Avbryt
imported = Importert: { $created } opprettet, { $updated } oppdatert.

## Teknologirådgiver (Örebros beslutstre, IntArk-mønstre)
advice-technology-rest = REST-API
advice-technology-rest-with-paging = REST-API med paginering
advice-technology-graphql-internal = GraphQL (bare til internt bruk)
advice-technology-message-queue = meldingskø
advice-technology-batch = batchkjøring
advice-technology-micro-batch = mikrobatcher med høy frekvens
advice-technology-split-messages = del opp i mindre meldinger
advice-not-covered = Beslutstreet dekker ikke dette tilfellet; rådet er strategiens foreslåtte utvei.
advice-deviation-soap = SOAP skal ikke brukes for et nytt grensesnitt: dette er et avvik.
advice-deviation-justify = Den registrerte teknologien avviker fra rådet: registrer en skriftlig begrunnelse.
advice-reason-huge-message-batch = Meldinger over { $batch_gb } GB krever batchkjøring, og batch er mulig.
advice-reason-huge-message-no-batch = Meldinger over { $batch_gb } GB der batch ikke er mulig, faller utenfor beslutstreet: del dem opp i mindre meldinger eller kjør mikrobatcher med høy frekvens.
advice-reason-real-time-sync-paged = Konsumenten trenger svar i sanntid og venter på dem, så et API passer; meldinger over { $small_mb } MB er for store for ett kall (det er trolig også { $paged_mb } MB), så API-et paginerer dem.
advice-reason-real-time-sync-internal = Konsumenten trenger svar i sanntid og venter på dem, så et API passer; siden bare interne systemer bruker det, er GraphQL tillatt som alternativ.
advice-reason-real-time-sync = Konsumenten trenger svar i sanntid og venter på dem, så et API passer (strategiens førstevalg).
advice-reason-real-time-async-notify = Informasjonen må flyte i sanntid uten at konsumenten venter, men meldinger over { $small_mb } MB er for store for en kø: send et tynt varsel og la konsumenten hente dataene fra et paginert API.
advice-reason-real-time-async = Informasjonen må flyte i sanntid uten at konsumenten venter: publiser hendelser på en meldingskø (hendelsesbasert tilgjengeliggjøring).
advice-reason-guaranteed-delivery = Leveransen må være garantert, og det er ikke oppgitt behov for sanntid: en meldingskø lagrer hver melding og prøver igjen til mottakeren har den.
advice-reason-high-volume-batch = Det daglige volumet er høyt (fra { $per_day } meldinger eller { $gb_per_day } GB om dagen), og utvekslingen kan planlegges, så kjør den som batcher.
advice-reason-high-volume-micro-batch = Det daglige volumet er høyt (fra { $per_day } meldinger eller { $gb_per_day } GB om dagen), men batch er ikke mulig, så kjør mikrobatcher med høy frekvens.
advice-reason-scheduled-sync-paged = Det er ikke oppgitt behov for sanntid, og utvekslingen kan planlegges: full synkronisering over API-et, paginert fordi meldingene er over { $small_mb } MB (selv { $paged_mb } MB er trolig for stort for ett kall).
advice-reason-scheduled-sync = Det er ikke oppgitt behov for sanntid, og utvekslingen kan planlegges: planlagt full synkronisering over API-et passer for tjenester med lave krav til ferskhet.
advice-reason-medium-message-paged = Meldinger over { $small_mb } MB er for store for ett kall (det er trolig også { $paged_mb } MB), så API-et paginerer dem.
advice-reason-api-first-choice = Ingenting krever en annen teknologi, og API er strategiens førstevalg.
advice-reason-size-unknown = Ingen meldingsstørrelse er registrert; rådet forutsetter meldinger på høyst { $small_mb } MB.
advice-reason-volume-unknown = Ikke noe daglig volum er registrert; rådet forutsetter at det er lavt.

## Teknologirådgiveren i integrasjonsredigeringen.
advice-title = Teknologiråd (Datapakts tolkning av strategiens beslutningstre)
advice-reading = Datapakts tolkning av beslutningstreet i Örebros integrasjonsstrategi (figur 2, som ikke står i strategiens tekst): volumene er grove tommelfingerregler, ikke grenser.
advice-recommended = Anbefalt: { $technology }
advice-or = { $first }, eller { $second }
advice-pattern = IntArk-mønster: { $pattern }
field-recorded-safeguards = Sikkerhetstiltak integrasjonen har

## Reports (datapakt report, the Reports page)
reports-title = Rapporter
report-gaps-title = Mangler i sikkerhetstiltak
report-gaps-empty = Ingen integrasjon mangler et sikkerhetstiltak som klassifiseringen eller personopplysningene krever.
report-gaps-integrations = Integrasjoner med mangler
report-col-integration = Integrasjon
report-col-name = Navn
report-col-safeguard = Sikkerhetstiltak
report-col-reason = Kreves av
report-col-level = Klassifiseringsnivå
report-col-contracts = Kontrakter
report-col-shipped-default = Standardverdi
gap-reason-level = klassifiseringsnivået
gap-reason-personal = personopplysninger
gap-reason-sensitive = særlige personopplysninger
report-yes = ja
report-no = nei
report-export-csv = Eksporter CSV
report-export-pdf = Eksporter PDF
field-technology-justification = Hvorfor teknologien avviker fra rådet
field-carried-sets = Informasjon den overfører
reuse-title = Gjenbruk først: eksisterende grensesnitt som leverer denne informasjonen
reuse-none = Ingen eksisterende grensesnitt leverer informasjonen den overfører.
reuse-intro = Örebros strategi: bruk et eksisterende grensesnitt først; et nytt der et eksisterende kunne vært brukt, må begrunnes.
reuse-kind-integration = Gjenbrukbar integrasjon
reuse-kind-interface = Dokumentert API
reuse-provides = Leverer: { $sets }
reuse-build-anyway = Bygg et nytt likevel (begrunn nedenfor)
report-reuse-title = Gjenbruk: nye grensesnitt der et eksisterende kunne vært brukt
report-reuse-empty = Ingen integrasjon er bygget der et eksisterende grensesnitt kunne vært brukt.
report-col-candidates = Eksisterende grensesnitt
report-col-justified = Begrunnet
report-col-justification = Begrunnelse
report-reuse-built-anyway = Bygget likevel, begrunnet
report-reuse-unjustified = Ikke begrunnet
nav-reports = Rapporter
field-level-safeguards = Sikkerhetstiltak dette nivået krever
level-safeguards-default = Standardverdien Datapakt leveres med for dette nivået; kryss av eller fjern kryss for å sette virksomhetens egne regler.
level-safeguards-policy = Virksomhetens egne regler.
action-reset-to-default = Tilbake til standardverdien
report-effect-goals-title = Effektmål (Örebros integrasjons- og API-strategi 2025–2028)
report-effect-goals-empty = Ingen mål.
report-col-goal = Mål
report-col-target = Målverdi
report-col-deadline = Innen
report-col-numerator = Telt
report-col-denominator = Av
report-col-value = Nå
report-col-met = Nådd
report-col-trend = Halvårlig utvikling
report-col-misses = Mangler
goal-period = Strategiperioden fra
goal-reusable-integrations = Nye integrasjoner som kan gjenbrukes via den sentrale plattformen
goal-open-apis = Publiserte åpne API-er
goal-secured-apis = API-er med fastsatt klassifisering og tilstrekkelig sikkerhet
goal-automated-cases = E-tjenestesaker behandlet uten manuelle steg
goal-target-percent = minst { $percent } %
goal-target-count = minst { $count }
goal-why-not-reusable = kan ikke gjenbrukes via plattformen
goal-why-not-approved = åpen, ikke godkjent ennå
goal-why-unclassified = ingen fastsatt klassifisering
goal-why-safeguard-gaps = mangler påkrevde sikkerhetstiltak
goal-why-manual-steps = under målandelen
goals-title = Effektmål
goals-met = Nådd
goals-not-met = Ikke nådd ennå
goals-trend = Halvårlig utvikling
goals-no-trend = Ingen historikk ennå.
goals-misses = { $count ->
    [one] Ett element mangler
   *[other] { $count } elementer mangler
}
goals-export-pdf = Eksporter målene som PDF
field-access-rights = Tilgangsrettigheter
access-rights-public = Offentlig (et åpent API når den er godkjent)
access-rights-restricted = Begrenset
access-rights-non-public = Ikke offentlig
field-case-figures = Saksstatistikk for e-tjenesten (per periode)
case-figures-period = Perioden slutter
case-figures-cases = Saker
case-figures-automated = Uten manuelle steg
case-figures-add = Legg til en periode
report-intark-title = IntArk-kompatibilitet
report-intark-empty = Katalogen har ingen integrasjoner.
report-intark-compatible = Kompatible integrasjoner
report-not-applicable = i.a.
report-col-recommended-pattern = Anbefalt mønster
report-col-openapi-spec = OpenAPI-beskrivelse
report-col-api-registered = Registrert i API-forvaltningen
report-col-notifications-designed = Varsler utformet
report-col-dpa-in-place = Databehandleravtale der personopplysninger flyter
report-col-contact-point-known = Kontaktpunkt kjent
report-col-compatible = Kompatibel
intark-title = IntArk-kompatibilitet
intark-recommended-pattern = Følger et anbefalt IntArk-mønster (hendelsesbasert tilgjengeliggjøring, API-oppslag, fullsynkronisering)
intark-openapi-spec = API-et er beskrevet i OpenAPI (en kontrakts stubb eller tilbyderens dokumenterte grensesnitt)
intark-api-registered = API-et er registrert i API-forvaltningen, der tilgang bestilles
intark-notifications-designed = Varslene er utformet
intark-dpa-in-place = En databehandleravtale dekker personopplysningene den overfører (eller de blir i egen virksomhet)
intark-contact-point-known = Et kontaktpunkt er kjent
intark-derived = fra katalogen
intark-confirm = bekreftes manuelt
intark-met = ja
intark-not-met = nei
intark-not-applicable = gjelder ikke
intark-compatible = IntArk-kompatibel
intark-not-compatible = Ikke IntArk-kompatibel ennå

## The contact point's desk (integration requests)
nav-desk = Kontaktpunktet
entity-request = Henvendelse
action-new-request = Ny henvendelse
status-new = ny
status-in-progress = under arbeid
status-waiting = venter
status-resolved = løst
status-escalated = eskalert
col-follow-up = Oppfølging
col-asker = Spurt av
col-assignee = Saksbehandler
desk-overdue = forfalt
field-asker-kind = Hvem spør
asker-person = I katalogen
asker-outside = Utenfra
field-asker-person = Person
field-asker-name = Navn
field-asker-organisation = Virksomhet
field-information = Hvilke opplysninger det spørres om
field-request-sets = Informasjonsmengder det gjelder
field-request-provider = Tilbydersystem (når det er kjent)
field-request-consumer = Konsumentsystem (når det er kjent)
field-assignee = Saksbehandler
field-opened-on = Mottatt
field-follow-up = Oppfølgingsdato
opened-on-save = Settes når henvendelsen lagres første gang.
field-notes = Logg
field-new-note = Nytt notat
action-add-note = Legg til notat
note-unsaved = ikke lagret ennå
note-status = Status: { $status }
notes-empty = Ingen oppføringer ennå.
field-outcomes = Hva det førte til
outcomes-empty = Ingenting ennå.
outcome-integration = Kandidat for gjenbruk: { $name }
outcome-contract = Kontrakt: { $title }
field-add-reuse-candidate = Legg til en eksisterende integrasjon som kandidat for gjenbruk
action-create-contract = Lag kontraktutkast
desk-contract-needs = Før henvendelsen kan bli et kontraktutkast:
desk-contract-created = Laget kontraktutkastet «{ $title }» fra henvendelsen.
path-asker-name = navnet på den som spør
path-information = opplysninger det spørres om
path-purpose = formål
path-information-sets = informasjonsmengder
path-opened-on = mottaksdato
path-follow-up = oppfølgingsdato
path-notes = logg
path-note = loggoppføring { $n }
issue-before-opened = Feltet «{ $field }» er før datoen henvendelsen ble mottatt: velg en senere dato.
issue-needed-for-contract = Et kontraktutkast trenger feltet «{ $field }»: fyll det ut i henvendelsen og prøv igjen.
issue-no-contract-fields = Feltet «{ $field }»: ingen av mengdene har et enkelt felt som en kontrakt kan overføre: velg en mengde som har det, eller legg til slike felter i mengden.
issue-no-information-owner = Feltet «{ $field }»: ingen av mengdene har en dataeier som fortsatt er her, og kontrakten må ha en eier: registrer eieren på informasjonsmengden.
issue-append-only = Lagrede oppføringer i feltet «{ $field }» kan ikke endres eller fjernes: legg til en ny oppføring i stedet.
error-request-incomplete = Henvendelsen vet ennå ikke nok til et kontraktutkast: fyll ut det som står i listen, og prøv igjen; ingenting ble laget.
error-contract-incomplete = Kontrakten kan ikke sendes til gjennomgang før den oppgir det som er merket: fyll det ut; den forblir et utkast til da.
error-request-status-change = En henvendelse kan ikke gå fra { $from } til { $to }: den går ny → under arbeid → venter → løst, kan eskaleres mens den er åpen, og kan gjenåpnes når den er løst.
rule-request-follow-up-overdue = Henvendelser følges opp i tide
rule-request-has-assignee = En henvendelse under behandling har en saksbehandler
finding-request-follow-up-overdue = Oppfølgingsdatoen { $date } er passert, og henvendelsen har fortsatt status { $status }: følg den opp, og sett deretter neste oppfølgingsdato eller merk den som løst.
finding-request-has-assignee = { $variant ->
    [departed] Den har status { $status }, men saksbehandleren { $person } sluttet { $date }: tildel den til noen som fortsatt er her.
   *[none] Den har status { $status }, men ingen er tildelt den: tildel den til personen ved kontaktpunktet som følger den opp.
}
report-requests-title = Åpne integrasjonshenvendelser
report-requests-empty = Ingen integrasjonshenvendelse er åpen.
report-requests-open = Åpne henvendelser
report-requests-overdue = Forfalte oppfølginger
report-col-request = Nr.
report-col-subject = Emne
report-col-asker = Spurt av
report-col-status = Status
report-col-assignee = Saksbehandler
report-col-follow-up = Oppfølging
report-col-overdue = Forfalt
report-col-links = Hva det førte til
## Eierskaps- og integrasjonskartet
nav-map = Kart
map-title = Eierskaps- og integrasjonskart
map-subtitle = { $systems } systemer, { $integrations } integrasjoner, { $anomalies } avvik
map-no-unit = Ingen eierenhet
map-legend-unclassified = Ikke klassifisert
map-legend-other-owners = Andre eiere
map-legend-no-owner = Ingen eier
map-legend-direction = Integrasjon: tilbyder → konsument
map-legend-anomaly = Avvik (se listen)
map-tip-unit = Enhet: { $unit }
map-tip-lifecycle = Livsløp: { $lifecycle }
map-tip-classification = Klassifisering: { $level }
map-tip-owner = Eier: { $owner }
map-tip-flow = { $provider } → { $consumer }
map-tip-pattern = Mønster: { $pattern }
map-tip-contracts = Kontrakter: { $statuses }
map-tip-no-contract = ingen
map-contract-standing = «{ $title }» ({ $standing })
map-standing-draft = utkast
map-standing-in-review = til godkjenning, ikke godkjent
map-standing-not-yet-valid = godkjent, ikke gyldig ennå
map-standing-expired = godkjent, utløpt
map-standing-retired = avsluttet
map-anomaly-no-owner = Ingen integrasjonseier er registrert: angi eieren av informasjonen den overfører.
map-anomaly-owner-left = { $person } var { $role } og sluttet { $date }: utpek en etterfølger.
map-anomaly-owner-not-information-owner = Den eies av { $owner }, men informasjonen den overfører eies av { $owners }: dataeieren bør eie integrasjonen.
map-anomaly-live-without-contract-in-force = Den er i drift, men ingen kontrakt som styrer den, er godkjent og gyldig: { $contracts }.
map-anomaly-access-under-contract-not-in-force = Denne tilgangen er i bruk under { $contract }: avslutt den, eller gi den på nytt under en kontrakt som er godkjent og gyldig.
map-anomaly-unclassified-contract = Ingenting den styrer, er klassifisert, så { $count ->
    [one] integrasjonen den styrer, har
   *[other] de { $count } integrasjonene den styrer, har
} ingen klassifisering: klassifiser informasjonen.
map-filter-owner = Eier
map-filter-unit = Enhet
map-filter-classification = Klassifisering
map-filter-pattern = Mønster
map-filter-status = Kontraktstatus
map-filter-lifecycle = Livsløp
map-filter-colouring = Farge etter
map-filter-any = Alle
map-colouring-classification = klassifisering
map-colouring-owner = eier
map-anomalies = Avvik
map-no-anomalies = Ingen avvik blant det kartet viser.
map-export-svg = Eksporter SVG
map-export-png = Eksporter PNG
error-map-unknown-format = { $path } angir ikke et bildeformat kartet skrives i: la filnavnet slutte på .svg eller .png.
error-map = Kartet kunne ikke tegnes: { $detail }
item-findings-title = Hva katalogkontrollen finner her

# The access register: grants, their reviews, the rule and its findings.
nav-access = Tilganger
entity-access-grant = Tilgang
action-new-access-grant = Gi tilgang
access-intro = Ingen får tilgang uten en godkjent kontrakt som gjelder, som styrer integrasjonen og navngir konsumenten.
access-findings-title = Tilganger som trenger oppfølging
access-no-findings = Ingen tilgang trenger oppfølging.
col-integration = Integrasjon
col-review-due = Gjennomgås innen
grant-status-active = Aktiv
grant-status-upcoming = Ikke begynt ennå
grant-status-review-overdue = Gjennomgang forfalt
grant-status-contract-not-in-force = Kontrakten gjelder ikke
grant-status-lapsed = Utløpt
grant-status-revoked = Trukket tilbake
field-integration = Integrasjon
field-consumer-kind = Konsumenten er
consumer-kind-system = et system
consumer-kind-organisation = en organisasjon
field-consumer = Konsument
field-contract = Kontrakt
field-granted-by = Gitt av
field-granted-on = Første dag med tilgang
field-valid-until = Siste dag med tilgang
field-note = Merknad
access-choose-integration = — velg integrasjonen først —
access-no-contract = Ingen kontrakt styrer denne integrasjonen: skriv en og godkjenn den før du gir tilgang.
contract-choice = { $title } { $version } ({ $status })
action-open-integration = Åpne integrasjonen
action-open-contract = Åpne kontrakten
access-schedule-title = Status og gjennomgang
access-status = Status: { $status }
access-review-due = Neste gjennomgang innen { $date }: { $interval }.
access-review-none = Trukket tilbake ved en gjennomgang: ingen flere gjennomganger.
access-shipped-default = Intervallet er Datapakts standardverdi for klassifiseringen og personopplysningene i det kontrakten omfatter.
review-at-end = ingen fast gjennomgang kreves, så den gjennomgås når tilgangen tar slutt
field-reviews = Gjennomganger
field-reviewed-on = Gjennomgått
field-reviewed-by = Gjennomgått av
field-review-outcome = Utfall
review-outcome-confirmed = Fortsatt nødvendig: bekreftet
review-outcome-revoked = Ikke lenger nødvendig: trukket tilbake
action-add-review = Registrer en gjennomgang
action-remove-review = Fjern
path-integration = integrasjon
path-consumer = konsument
path-contract = kontrakt
path-granted-by = gitt av
path-granted-on = første dag med tilgang
path-valid-until = siste dag med tilgang
path-reviewed-on = dato for gjennomgang { $n }
path-grant-note = merknad
issue-contract-is-draft = Kontrakten er et utkast, og ingen får tilgang uten en godkjent kontrakt: send den til godkjenning og godkjenn den først.
issue-contract-in-review = Kontrakten venter på godkjenning, og ingen får tilgang uten en godkjent kontrakt: godkjenn den først.
issue-contract-retired = Kontrakten er utgått og gir ikke lenger tilgang: velg en kontrakt som gjelder, eller godkjenn en ny.
issue-contract-not-yet-valid = Kontrakten gjelder først fra { $date }: gi tilgang fra den dagen, eller velg en kontrakt som gjelder nå.
issue-contract-expired = Kontrakten utløp { $date }: godkjenn en ny kontrakt (eller forleng denne) før du gir tilgang.
issue-version-too-low = Versjon { $released } er frigitt, og endringene siden krever versjon { $proposed }: bruk { $proposed } eller høyere.
issue-contract-ends-first = Kontrakten slutter { $date }, før denne tilgangen ville sluttet: gi tilgang senest til { $date }, eller forleng kontrakten.
issue-contract-not-governing = Kontrakten styrer ikke denne integrasjonen: velg en kontrakt som gjør det, eller legg integrasjonen til i kontrakten.
issue-contract-not-for-consumer = Kontrakten navngir ikke denne konsumenten: velg kontrakten som er inngått med den, eller skriv en for den.
error-access-refused = Tilgang ikke gitt: ingen godkjent kontrakt som gjelder, dekker den. Årsaken står ved kontrakten.
rule-access-review-overdue = Tilganger gjennomgås i tide
rule-access-contract-not-in-force = Tilganger hviler på en kontrakt som gjelder
rule-access-grant-lapsed = Tilganger etter siste dag er avsluttet
rule-contract-is-complete = Kontrakter oppgir eier, systemer og felt
rule-release-matches-information-sets = Frigitte kontrakter stemmer med informasjonsmengdene sine
finding-access-review-overdue = Gjennomgangen skulle vært gjort innen { $date }, etter intervallet for informasjonen kontrakten «{ $contract }» omfatter: gjennomgå tilgangen og registrer om den fortsatt trengs.
finding-access-contract-not-in-force = { $reason ->
    [draft] Kontrakten «{ $contract }» er et utkast og gir derfor ingen tilgang: godkjenn kontrakten, eller avslutt tilgangen.
    [in-review] Kontrakten «{ $contract }» venter på godkjenning og gir derfor ingen tilgang: godkjenn kontrakten, eller avslutt tilgangen.
    [not-yet-valid] Kontrakten «{ $contract }» gjelder først fra { $date }, etter at tilgangen begynte: rett første dag i en av dem.
    [expired] Kontrakten «{ $contract }» utløp { $date }: godkjenn en ny kontrakt og flytt tilgangen dit, eller avslutt tilgangen.
    [ends-first] Kontrakten «{ $contract }» slutter { $date }, før tilgangen gjør det: forkort tilgangen, eller forleng kontrakten.
    [not-governing] Kontrakten «{ $contract }» styrer ikke lenger denne integrasjonen: flytt tilgangen til en kontrakt som gjør det, eller avslutt den.
    [not-for-consumer] Kontrakten «{ $contract }» navngir ikke lenger denne konsumenten: flytt tilgangen til kontrakten som er inngått med den, eller avslutt den.
   *[retired] Kontrakten «{ $contract }» er utgått: flytt tilgangen til en kontrakt som gjelder, eller avslutt den.
}
finding-access-grant-lapsed = Siste dag var { $date }, men tilgangen står fortsatt som gitt (under «{ $contract }»): registrer en gjennomgang som trekker den tilbake, eller forleng den under en kontrakt som gjelder.
finding-contract-is-complete = Kontrakten oppgir { $what ->
    [owner] ingen informasjonseier
    [provider] ikke det leverende systemet
    [consumer] ikke det mottakende systemet
   *[fields] ingen felt
}: fyll det ut; kontrakten kan ikke sendes til gjennomgang før det er gjort.
finding-release-matches-information-sets = Informasjonsmengden «{ $set }» er endret etter at versjon { $version } ble frigitt: lagre kontrakten for å starte neste versjon (versjonspanelet viser hva som er endret), og godkjenn den.
report-access-title = Tilgangsregister
report-access-empty = Ingen tilganger er gitt.
report-access-grants = Tilganger
report-access-attention = Trenger oppfølging
report-col-grant = Tilgang
report-col-consumer = Konsument
report-col-contract = Kontrakt
report-col-granted-by = Gitt av
report-col-granted-on = Fra
report-col-valid-until = Til
report-col-review-due = Gjennomgås innen
report-col-review-interval = Intervall for gjennomgang
report-col-status = Status
report-col-finding = Funn

## Versjoner: endringer, reglene som vurderer dem, endringslogger og varsler om endringer.
bump-major = brytende endring
bump-minor = tillegg
bump-patch = redaksjonell endring
version-value-none = ingen
version-required-required = obligatorisk
version-required-optional = valgfritt
version-personal-personal = personopplysninger
version-personal-special-category = særlig kategori
version-personal-criminal-offence = straffbare forhold
version-personal-national-id = fødselsnummer
version-unreleased = Ikke frigitt ennå
version-first-release = Første frigivelse.
version-no-changes = Ingen endringer.
version-change-set-added = Informasjonsmengden «{ $subject }» er lagt til
version-change-set-removed = Informasjonsmengden «{ $subject }» er fjernet
version-change-set-renamed = Informasjonsmengden «{ $from }» har fått nytt navn: «{ $to }»
version-change-set-term-changed = { $subject }: { $term } endret fra «{ $from }» til «{ $to }»
version-change-resource-changed = { $subject }: API-stien /{ $from } ble /{ $to }
version-change-field-added = Feltet { $subject } er lagt til ({ $to })
version-change-field-removed = Feltet { $subject } er fjernet
version-change-field-renamed = Feltet { $from } har fått nytt navn: { $to }
version-change-type-changed = Feltet { $subject }: typen { $from } ble { $to }
version-change-format-changed = Feltet { $subject }: formatet «{ $from }» ble «{ $to }»
version-change-constraint-changed = Feltet { $subject }: { $term } «{ $from }» ble «{ $to }»
version-constraint-minimum = minste verdi
version-constraint-maximum = største verdi
version-constraint-min-length = minste antall tegn
version-constraint-max-length = største antall tegn
version-constraint-pattern = mønster
version-constraint-unique = unik
version-constraint-primary-key = primærnøkkel
version-flag-on = ja
version-flag-off = nei
version-change-required-changed = Feltet { $subject }: { $from } ble { $to }
version-change-enum-changed = Feltet { $subject }: tillatte verdier «{ $from }» ble «{ $to }»
version-change-classification-changed = Feltet { $subject }: klassifiseringsnivå { $from } ble { $to }
version-change-personal-data-changed = Feltet { $subject }: personopplysninger «{ $from }» ble «{ $to }»
version-change-description-changed = Feltet { $subject }: beskrivelsen er endret
version-change-quality-changed = Kvalitetsregel { $subject }: «{ $from }» ble «{ $to }»
version-change-server-changed = Server { $subject }: «{ $from }» ble «{ $to }»
version-change-term-changed = { $term } endret fra «{ $from }» til «{ $to }»
version-set-term-description = beskrivelse
version-set-term-owner = dataeier
version-set-term-scheme = klassifiseringsordning
version-term-title = Tittel
version-term-description = Beskrivelse
version-term-owner = Dataeier
version-term-provider = Tilbyder
version-term-consumer = Konsument
version-term-purpose = Formål
version-term-legal-basis = Behandlingsgrunnlag
version-term-retention = Lagringstid
version-term-access = Tilgang
version-term-access-rights = Tilgangsrettigheter
version-term-valid-from = Gyldig fra
version-term-valid-to = Gyldig til
version-term-availability = Tilgjengelighet (%)
version-term-support-hours = Åpningstid for brukerstøtte
version-term-response-minutes = Responstid (minutter)
version-term-recovery-time = Gjenopprettingstid (timer)
version-term-recovery-point = Gjenopprettingspunkt (timer)
version-term-api-profile = API-profil
version-term-in-house = Behandles internt
version-term-links = Lenker
version-term-integrations = Integrasjoner som omfattes
version-rule-field-removed = Konsumenter som leser feltet, slutter å fungere.
version-rule-set-removed = Konsumentene av informasjonsmengden mister den.
version-rule-field-renamed = Konsumenter som leser det gamle navnet, slutter å fungere.
version-rule-type-changed = Konsumenter som tolker den gamle typen, slutter å fungere.
version-rule-format-narrowed = Verdier som var gyldige, er det kanskje ikke lenger.
version-rule-primary-key-changed = Konsumenter som slår opp eller kobler poster på nøkkelen, slutter å fungere.
version-rule-constraint-narrowed = Verdier som var gyldige, er det kanskje ikke lenger.
version-rule-required-field-added = Tilbyderen sender nå feltet i hver post: løftet strammes inn, og en konsument som mottar dataene, brytes ikke.
version-rule-made-required = Tilbyderen sender nå feltet i hver post: løftet strammes inn, og en konsument som mottar dataene, brytes ikke.
version-rule-made-optional = Konsumentene kan ikke lenger regne med at feltet er der.
version-rule-enum-value-removed = En verdi som konsumentene sender eller forventer, er ikke lenger tillatt.
version-rule-classification-raised = Konsumentene har kanskje ikke lenger lov til å ha informasjonen.
version-rule-personal-data-added = Nå overføres personopplysninger: det kan være behov for en databehandleravtale.
version-rule-endpoint-path-changed = Kall til den gamle stien feiler.
version-rule-scheme-changed = Nivåene betyr nå noe annet: klassifiser på nytt.
version-rule-service-level-lowered = Konsumentene får et lavere tjenestenivå enn avtalt.
version-rule-validity-shortened = Kontrakten gjelder for kortere tid: tilgangen kan ta slutt tidligere.
version-rule-parties-changed = Kontrakten er nå mellom andre parter.
version-rule-integration-removed = En integrasjon kontrakten ikke lenger omfatter, mister dekningen: tilgang gjennom den krever en annen kontrakt.
version-rule-access-narrowed = Færre kan få tilgang til informasjonen.
version-rule-quality-rule-tightened = Data som oppfylte kvalitetsreglene, gjør det kanskje ikke lenger: leverandøren må levere mer, og konsumentenes kontroller kan feile på data som besto.
version-rule-quality-rule-changed = En kvalitetsregel krever noe annet: data som oppfylte den, gjør det kanskje ikke lenger.
version-rule-server-removed = Konsumenter som leser fra serveren, mister den.
version-rule-server-changed = Konsumenter som leser fra serveren, må følge den til det nye stedet.
version-rule-field-added = Eksisterende konsumenter berøres ikke.
version-rule-set-added = Eksisterende konsumenter berøres ikke.
version-rule-enum-value-added = Eksisterende verdier er fortsatt gyldige; konsumentene bør godta den nye.
version-rule-format-dropped = Alle verdier som var gyldige, er det fortsatt.
version-rule-constraint-widened = Alle verdier som var gyldige, er det fortsatt; konsumenter bør godta de nye.
version-rule-classification-lowered = Alle konsumenter som hadde lov før, har det fortsatt.
version-rule-personal-data-removed = Færre personopplysninger overføres.
version-rule-quality-rule-loosened = Alle data som oppfylte kvalitetsreglene, gjør det fortsatt; konsumentene bør ikke lenger regne med det som falt bort.
version-rule-server-added = Eksisterende konsumenter berøres ikke.
version-rule-terms-changed = Vilkårene er endret: les dem på nytt før du godkjenner.
version-rule-wording-changed = Bare ordlyden er endret.
version-proposed = Foreslått versjon: { $version } ({ $bump })
version-changes-since = Endringer siden { $version }
changelog-title = Endringslogg: { $title }
changelog-released = Frigitt { $date } av { $by }
changelog-file = Lest fra { $file }
impact-why-governed = styres av kontrakten
impact-why-consumer = bruker en integrasjon som kontrakten styrer
impact-why-named-consumer = navngitt som konsument i kontrakten
impact-why-awaiting-approval = endringen venter på godkjenning
impact-why-shares-set = styrer en informasjonsmengde som er endret
impact-why-grant = tilgang gitt under kontrakten
impact-when-approved = den dagen versjonen blir godkjent
notice-subject = «{ $title }»: versjon { $to } ({ $bump })
notice-greeting = Hei { $name },
notice-intro = «{ $title }» endres fra versjon { $from } til versjon { $to }, med virkning fra { $date }.
notice-intro-first = «{ $title }» frigis i versjon { $to }, med virkning fra { $date }.
notice-changes = Dette endres:
notice-action-major = Dette må du gjøre: endringen er brytende, så eksisterende bruk slutter å fungere. Sjekk { $items } mot den nye versjonen og tilpass før endringen trer i kraft; si fra til eieren hvis du ikke kan.
notice-action-minor = Dette må du gjøre: ingenting. Tilleggene er der for deg hvis du trenger dem.
notice-action-patch = Dette må du gjøre: ingenting. Bare ordlyden er endret.
notice-role = Du får dette som { $role } for { $item }.
notice-contact = Spørsmål: { $owner }.
versions-title = Versjoner
versions-since = Endringer siden versjon { $version } ble frigitt:
versions-unchanged = Ingen endringer siden versjon { $version } ble frigitt.
versions-never-released = Ikke frigitt ennå: når kontrakten godkjennes, frigis versjon { $version }.
versions-use-proposed = Bruk { $version }
versions-starts-draft = Når du lagrer, startes versjon { $version } som utkast; når den godkjennes, frigis den.
versions-changelog = Endringslogg
versions-compare = Sammenlign versjoner
versions-impact = Hvem som berøres
versions-export-changelog = Eksporter som Markdown
versions-from = Fra versjon
versions-to = Til versjon
versions-nothing-to-compare = Det finnes bare én versjon så langt.
impact-title = Hvem endringen til versjon { $version } berører
impact-integrations = Integrasjoner
impact-consumers = Konsumentsystemer
impact-contracts = Kontrakter som må godkjennes på nytt
impact-grants = Tilganger som må gjennomgås
impact-recipients = Personer som må varsles
impact-none = Ingen.
impact-copy = Kopier
impact-copied = Kopiert til utklippstavlen.
impact-save-notice = Lagre som fil
changelog-export = Eksporter endringsloggen
spectral-export = Eksporter profilen som Spectral-regelsett
dcat-catalog-title = Åpne API-er fra { $publisher }
dcat-catalog-description = Datatjenestene { $publisher } tilbyr under godkjente informasjonskontrakter med offentlig tilgang, og informasjonsmengdene de leverer.
dcat-profile-dcat-ap-no = data.norge.no (DCAT-AP-NO)
dcat-profile-dcat-ap-se = dataportal.se (DCAT-AP-SE)
dcat-export = Eksporter de åpne API-ene til den nasjonale datakatalogen
file-type-turtle = RDF (Turtle)
file-type-json-ld = RDF (JSON-LD)
error-dcat-bad-endpoint = Endepunktet «{ $endpoint }» for { $api } er ikke en nettadresse RDF kan ha: rett det på det leverende systemet.
error-dcat-nothing = Ingen godkjent kontrakt med offentlig tilgang har et endepunkt og en utgiver: det er ingenting å beskrive ennå.
json-schema-export = Eksporter JSON Schema
action-export-json-schema = Eksporter JSON Schema …
notice-export = Lagre varselet
versions-set-saves = Lagring registrerer versjon { $version } ({ $bump })
versions-set-since = Endringer siden versjon { $version }:
versions-set-current = Versjon { $version }: ingen endringer siden.
menu-team = Felleskatalog
action-open-team = Åpne felleskatalog…
action-publish-team = Publiser til et felles repositorium…
team-publish-title = Publiser til et felles repositorium
team-publish-intro = Hele katalogen skrives som tekstfiler (avtaler som ODCS), committes og sendes til et tomt git-repositorium teamet når, for eksempel et nytt GitLab- eller Gitea-prosjekt. Påloggingen kommer fra SSH-nøklene dine eller credential helper i git.
team-open-intro = En ny lokal katalogfil lages fra teamets repositorium; den er din arbeidskopi (rask, og kan brukes frakoblet), og Synkroniser deler endringer begge veier.
team-publish-go = Publiser
team-open-go = Velg hvor den skal lagres…
team-url = Adressen til repositoriet (ssh://, https:// eller en mappe)
team-sync = Synkroniser
team-sync-shortcut = Synkroniser (Ctrl+Shift+S)
team-status-line = { $local } lokale · { $incoming } innkommende · synkronisert { $when }
team-never = aldri
team-conflicts-waiting = { $count ->
    [one] 1 konflikt venter
   *[other] { $count } konflikter venter
}
team-conflicts-title = Konflikter fra siste synkronisering
team-conflicts-intro = Disse feltene ble endret ulikt her og i felleskatalogen. Din verdi beholdes til du velger; ingenting sendes mens en konflikt venter.
team-base = Før
team-mine = Min
team-theirs = Deres
team-keep-mine = Behold min
team-take-theirs = Ta deres
team-abort = Avbryt synkroniseringen
team-whole-item = hele elementet
team-deleted = (slettet)
team-all-resolved = Alle konflikter er løst: synkroniser for å dele resultatet.
team-synced = Synkronisert: { $sent } sendt, { $received } mottatt.
team-conflicts-notice = { $count ->
    [one] 1 konflikt venter på valget ditt; ingenting ble sendt.
   *[other] { $count } konflikter venter på valget ditt; ingenting ble sendt.
}
team-finding = Etter sammenslåingen, «{ $title }»: { $message }
team-aborted = Synkroniseringen ble avbrutt: katalogen er som før den.
prefs-email = E-postadresse
prefs-email-hint = Brukes sammen med navnet ditt på commitene til felleskatalogen.
