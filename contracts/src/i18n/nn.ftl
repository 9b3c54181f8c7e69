# Datapakt — norsk nynorsk. Har nøyaktig dei same meldingane og variablane som den engelske fila.

## Vindauget
app-name = Datapakt
app-tagline = Informasjonskontraktar, samla i éi katalogfil
catalog-open-failed = Katalogen kunne ikkje opnast
catalog-open-hint = Opne ein annan katalog frå Fil-menyen, eller start Datapakt utan --catalog for å bruke standardkatalogen din.
read-only-banner = Denne katalogen er skriveverna: du kan sjå, men ikkje endre noko.
working = Arbeider…
skip-to-content = Gå til innhaldet

## Navigasjon
nav-label = Seksjonar
nav-overview = Oversikt
nav-contracts = Kontraktar
nav-integrations = Integrasjonar
nav-systems = System
nav-information-sets = Informasjonsmengder
nav-organisations = Organisasjonar
nav-people = Personar
nav-agreements = Avtalar
nav-audit = Endringslogg

## Typar element
entity-contract = Kontrakt
entity-organisation = Organisasjon
entity-classification-scheme = Klassifiseringsordning
entity-person = Person
entity-system = System
entity-information-set = Informasjonsmengd
entity-integration = Integrasjon
entity-agreement = Databehandlaravtale
entity-unit = Eining
entity-settings = Kataloginnstillingar
entity-release = Utgjeven versjon
entity-set-version = Versjon av informasjonsmengd

## Handlingar
action-new = Ny
action-new-contract = Ny kontrakt
action-new-integration = Ny integrasjon
action-new-system = Nytt system
action-new-information-set = Ny informasjonsmengd
action-new-organisation = Ny organisasjon
action-new-person = Ny person
action-new-agreement = Ny avtale
action-save = Lagre
action-delete = Slett
action-discard = Forkast endringane
action-keep-editing = Hald fram med redigeringa
action-close = Lukk
action-add = Legg til
action-remove = Fjern
action-move-up = Flytt opp
action-move-down = Flytt ned
action-add-field = Legg til felt
action-add-child = Legg til underfelt
action-export-openapi = Eksporter OpenAPI
action-export-pdf = Eksporter PDF
action-preferences = Innstillingar
action-file = Fil
action-new-catalog = Ny katalog…
action-open-catalog = Opne katalog…
action-open-recent = Opne nyleg brukte
action-quit = Avslutt
action-save-copy = Lagre ein kopi som…
action-show-json-schema = Vis JSON Schema
action-hide-json-schema = Gøym JSON Schema
action-submit-review = Send til godkjenning
action-approve = Godkjenn
action-send-back = Send tilbake til utkast
action-retire = Merk som utgått
action-take-fields = Bruk desse felta
action-assign = Tildel

## Meldingar
saved = Lagra «{ $title }».
deleted = Sletta «{ $title }».
delete-confirm = Slette «{ $title }»? Endringsloggen tek vare på det slik det var.
changed-elsewhere = Dette elementet er endra sidan du opna det (i eit anna vindauge, kommandolinjeverktøyet eller ei teamsynkronisering), så endringane dine vart ikkje lagra. Last det inn på nytt for å sjå endringa (endringane dine vert forkasta), eller sjå begge versjonane side om side.
changed-reload = Last inn på nytt (forkast endringane mine)
changed-compare = Sjå begge
changed-keep-mine = Lagre mi over deira
changed-property = Eigenskap
changed-mine = Di (ikkje lagra)
changed-theirs = Lagra no
unsaved-changes = Du har endringar som ikkje er lagra.
unsaved-confirm = Forkaste endringane i «{ $title }» som ikkje er lagra?
exporting = Eksporterer { $format }…
exported = Eksportert til { $path }
export-cancelled = Eksporten vart avbroten.
export-failed = Eksporten mislukkast: { $message }
status-changed = «{ $title }» har no status { $status }.
catalog-opened = Opna { $path }
copy-saved = Lagra ein kopi i { $path }
nothing-selected = Vel eit element i lista, eller opprett eit nytt.
no-rows = Ingenting å vise.
no-recent = Ingen nyleg brukte katalogar.
rows-count = { $count ->
    [one] { $count } element
   *[other] { $count } element
}
fix-before-saving = Rett opp dei merkte felta før du lagrar.
approved-by = Godkjent av { $name } den { $at }

## Lister
filter-label = Filter
filter-placeholder = Skriv for å filtrere
sort-ascending = sortert stigande
sort-descending = sortert søkkande
col-title = Tittel
col-name = Namn
col-version = Versjon
col-status = Status
col-owner = Eigar
col-provider = Tilbydar
col-consumer = Konsument
col-consumers = Konsumentar
col-country = Land
col-org-number = Organisasjonsnummer
col-email = E-post
col-unit = Eining
col-left-on = Slutta
col-lifecycle = Livssyklus
col-system-owner = Systemeigar
col-fields = Felt
col-personal-data = Personopplysningar
col-pattern = Mønster
col-controller = Behandlingsansvarleg
col-processor = Databehandlar
col-contracts = Kontraktar
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
overview-findings = Reglar katalogen bryt
overview-no-findings = Ingen reglar er brotne.
rule-contract-has-information-owner = Kvar kontrakt har ein dataeigar
rule-information-set-has-owner = Kvar informasjonsmengd har ein eigar
rule-personal-data-has-agreement = Personopplysningar er dekte av ein databehandlaravtale
rule-integration-has-owner = Kvar integrasjon har ein eigar
rule-integration-has-contract = Kvar integrasjon i drift har ein informasjonskontrakt som gjeld
rule-departed-owner-has-successor = Ein eigar som har slutta, har ein etterfølgjar
rule-system-has-owner = Kvart system har ein eigar
rule-contract-has-classification = Kvar kontrakt har ei klassifisering
rule-safeguard-gap = Integrasjonen har tiltaka klassifiseringa krev
rule-technology-follows-advice = Teknologien til integrasjonen følgjer avgjerdstreet eller er grunngitt
rule-reuse-before-build = Integrasjonen gjenbrukar eit eksisterande grensesnitt eller grunngir eit nytt

## Historikk
history-title = Historikk
history-empty = Ingen endringar registrerte.
audit-create = Oppretta
audit-update = Endra
audit-delete = Sletta
audit-before = Før
audit-after = Etter
audit-select = Vel ei endring for å sjå kva ho gjekk ut på.

## Innstillingar
prefs-title = Innstillingar
prefs-language = Språk
prefs-author = Namnet ditt i endringsloggen
prefs-author-hint = Tomt: brukarnamnet ditt på denne datamaskina.
prefs-theme = Tema
theme-system = Følg systemet
theme-light = Lyst
theme-dark = Mørkt

## Felt i redigeringsvindauga
field-title = Tittel
field-name = Namn
field-description = Skildring
field-owner = Dataeigar
field-provider-system = Tilbydarsystem
field-consumer-system = Konsumentsystem
field-version = Versjon
field-fields = Felt
field-field-name = Feltnamn
field-type = Type
field-required = Obligatorisk
field-purpose = Føremål
field-legal-basis = Behandlingsgrunnlag
field-retention = Lagringstid
field-access = Kven som kan få tilgang
field-valid-from = Gyldig frå
field-valid-to = Gyldig til
field-links = Lenker til definisjonsfiler (éi per linje)
field-availability = Tilgjenge (%)
field-support-hours = Opningstid for brukarstøtte
field-response-minutes = Responstid (minutt)
field-recovery-time = Gjenopprettingstid (timar)
field-recovery-point = Gjenopprettingspunkt (timar)
field-information-sets = Informasjonsmengder som er omfatta
field-integrations = Integrasjonar som er omfatta
field-in-house = Blir behandla internt (ingen databehandlar involvert)
field-status = Status
field-country = Land
field-org-number = Organisasjonsnummer
field-units = Einingar
field-new-unit = Ny eining
field-email = E-post
field-unit = Eining
field-left-on = Slutta den
field-owning-unit = Ansvarleg eining
field-lifecycle = Livssyklus
field-endpoints = Endepunkt (eitt per linje)
field-system-owners = Systemeigarar
field-roles = Roller
field-scheme = Klassifiseringsordning
field-resource = API-ressursnamn (fleirtal, t.d. elever)
field-schema = Skjema
field-format = Format
field-enum-values = Tillatne verdiar (kommaseparerte)
field-examples = Døme (kommaseparerte)
field-minimum = Minste verdi
field-maximum = Største verdi
field-display-name = Visingsnamn på nynorsk
field-min-length = Minste tal på teikn
field-max-length = Største tal på teikn
field-pattern = Mønster (regulært uttrykk)
field-unique = Unik
field-primary-key = Nøkkel
field-classification = Klassifisering
field-personal = Personopplysningar
field-special-category = Særlege kategoriar (Art. 9)
field-criminal-offence = Straffbare forhold (Art. 10)
field-national-id = Fødselsnummer
field-provider = Tilbydarsystem
field-consumers = Konsumentsystem
field-integration-owner = Integrasjonseigar
field-pattern = Mønster
field-technology = Teknologi
field-mode = Modus
field-frequency = Frekvens
field-volume-per-day = Meldingar per dag
field-message-size = Meldingsstorleik (kB)
field-guaranteed-delivery = Garantert levering
field-reusable = Kan gjenbrukast via den sentrale plattforma
field-existing-could-serve = Eit eksisterande grensesnitt kunne ha vore brukt
field-justification = Grunngiving for nytt grensesnitt
field-controller = Behandlingsansvarleg
field-processor = Databehandlar
field-subject-matter = Gjenstand for behandlinga
field-duration = Varigheit
field-nature-purpose = Art og føremål
field-personal-data-types = Typar personopplysningar (éin per linje)
field-data-subjects = Kategoriar av registrerte (éin per linje)
field-security-measures = Tryggingstiltak
field-transfers = Overføringar utanfor EU/EØS
field-contracts-covered = Kontraktar som er omfatta (id-ar, kommaseparerte)
field-person = Person
field-role = Rolle
none-selected = — ingen —
unclassified = Ikkje klassifisert

## Verdiar
status-draft = utkast
status-in-review = til godkjenning
status-approved = godkjent
status-retired = utgått
lifecycle-planned = planlagd
lifecycle-in-development = under utvikling
lifecycle-in-production = i produksjon
lifecycle-phasing-out = under utfasing
lifecycle-retired = avvikla
pattern-event-provisioning = hendingsbasert provisjonering
pattern-api-lookup = API-oppslag
pattern-full-sync-batch = full synkronisering (batch)
pattern-file-transfer = filoverføring
pattern-message-queue = meldingskø
technology-rest = REST
technology-graphql = GraphQL
technology-soap-legacy = SOAP (berre eldre løysingar)
technology-messaging = meldingsutveksling
technology-file = fil
mode-synchronous = synkron
mode-asynchronous = asynkron
frequency-real-time = sanntid
frequency-on-demand = ved behov
frequency-hourly = kvar time
frequency-daily = dagleg
frequency-weekly = kvar veke
frequency-monthly = kvar månad
role-information-owner = dataeigar
role-system-owner = systemeigar
role-integration-owner = integrasjonseigar
role-contact-point = kontaktpunkt
role-technical-contact = teknisk kontakt
country-no = Noreg
country-se = Sverige
type-string = tekst
type-integer = heiltal
type-number = tal
type-boolean = sann/usann
type-date = dato
type-date-time = dato og tid
type-object = objekt
type-array = liste

## Kvar eit valideringsfunn peikar
path-title = tittel
path-owner = eigar
path-provider-system = tilbydarsystem
path-consumer-system = konsumentsystem
path-version = versjon
path-fields = felt
path-field-name = namn på felt { $n }
path-name = namn
path-org-number = organisasjonsnummer
path-scheme-key = nøkkel for ordninga
path-aspects = aspekt
path-aspect-key = nøkkel for aspekt { $n }
path-levels = nivå
path-level-colour = farge for nivå { $n }
path-email = e-postadresse
path-left-on = dato personen slutta
path-scheme = klassifiseringsordning
path-controller = behandlingsansvarleg
path-processor = databehandlar
path-valid-from = startdato
path-valid-to = sluttdato
path-availability = tilgjenge
path-provider = tilbydarsystem
path-consumers = konsumentsystem
path-justification = grunngiving
path-schema-field = skjemafelt { $n }
path-endpoint = endepunkt { $n }
path-case-figures = saksstatistikk, rad { $n }
path-owning-unit = ansvarleg eining
path-resource = API-ressursnamn
art28-title = tittel
art28-subject-matter = gjenstand for behandlinga
art28-duration = varigheita til behandlinga
art28-nature-and-purpose = arten og føremålet med behandlinga
art28-personal-data = typar personopplysningar
art28-data-subjects = kategoriar av registrerte
art28-security-measures = tekniske og organisatoriske tryggingstiltak

## Valideringsfunn ($field er kvar)
issue-required = Feltet «{ $field }» må fyllast ut.
issue-too-long = Feltet «{ $field }» er for langt: bruk høgst { $max } teikn.
issue-not-semver = Versjonen må ha forma 1.0.0 (major.minor.patch, berre siffer).
issue-no-fields = Legg til minst eitt felt.
issue-not-identifier = Feltet «{ $field }» må byrje med ein bokstav eller _ og kan berre innehalde bokstavane a–z, siffer og _ (høgst 64 teikn), t.d. birthDate.
issue-not-field-name = Feltet «{ $field }» må byrje med ein bokstav eller _ og kan berre innehalde bokstavar (frå alle språk), siffer, _, - og enkle mellomrom mellom ord (høgst 64 teikn), t.d. fødselsdato.
issue-limits-crossed = Feltet «{ $field }» har ein minste verdi eller lengd over den største: rett ein av dei.
issue-duplicate-field-name = Verdien i «{ $field }» er alt brukt av eit tidlegare felt: feltnamn må vere unike.
issue-not-org-number = { $country ->
    [SE] Organisasjonsnummeret er ikkje eit gyldig svensk organisationsnummer: 10 siffer på forma NNNNNN-NNNN, der det tredje sifferet er 2 eller høgare og det siste er eit kontrollsiffer (Luhn), t.d. 212000-1967. Sjekk om eit siffer er skrive feil.
   *[other] Organisasjonsnummeret er ikkje eit gyldig norsk organisasjonsnummer: 9 siffer, der det siste er eit kontrollsiffer (mod-11), t.d. 974 760 673. Sjekk om eit siffer er skrive feil.
}
issue-duplicate-key = Verdien i «{ $field }» er alt brukt av eit tidlegare element: nøklar må vere unike.
issue-too-few-levels = Ei ordning treng minst { $min } nivå.
issue-not-colour = Feltet «{ $field }» må vere ein farge skriven som #rrggbb, t.d. #2e7d32.
issue-ordinals-out-of-order = Rekkjefølgjenummera til nivåa må gå 0, 1, 2, … frå lågaste nivå og oppover.
issue-not-email = Feltet «{ $field }» må ha forma name@example.no.
issue-not-date = Feltet «{ $field }» må vere ein dato skriven som YYYY-MM-DD, t.d. 2026-08-31.
issue-empty-object = Feltet «{ $field }» er eit objekt: legg til felta det inneheld.
issue-array-needs-one-item = Feltet «{ $field }» er ei liste: skildre elementa med nøyaktig eitt underfelt.
issue-children-not-allowed = Feltet «{ $field }» har underfelt, og det kan berre objekt og lister ha: endre typen eller fjern underfelta.
issue-enum-not-allowed = Feltet «{ $field }» har tillatne verdiar, og det kan berre tekst- og heiltalsfelt ha: endre typen eller fjern verdiane.
issue-duplicate-enum-value = Feltet «{ $field }» har den same tillatne verdien to gonger: fjern den doble.
issue-no-scheme = Feltet «{ $field }» er klassifisert, men informasjonsmengda har inga klassifiseringsordning: vel ei.
issue-unknown-level = Feltet «{ $field }» har klassifiseringsnivå { $ordinal }, som ordninga ikkje har: vel eitt av nivåa i ordninga.
issue-unknown = Feltet «{ $field }» viser til noko som ikkje finst i denne katalogen: vel eit element som finst.
issue-provider-is-consumer = Tilbydarsystemet står òg oppført som konsument: fjern det frå konsumentane.
issue-duplicate-consumer = Eit konsumentsystem står oppført to gonger: fjern det doble.
issue-ends-before-start = Sluttdatoen er før startdatoen: rett ein av dei.
issue-same-party = Behandlingsansvarleg og databehandlar er same organisasjon: ein avtale treng to partar.
issue-not-percent = Feltet «{ $field }» må vere ein prosentdel frå 0 til 100, t.d. 99.5.
issue-not-web-address = Feltet «{ $field }» må vere ei fullstendig nettadresse, t.d. https://api.example.no/v1.
issue-more-than-cases = I { $field } er saker utan manuelle steg fleire enn alle saker: rett eitt av tala.
issue-name-taken = Verdien i «{ $field }» er alt brukt av eit anna element av same type: vel ein annan.
issue-not-resource-name = Feltet «{ $field }» kan berre innehalde små bokstavar a–z, siffer og bindestrek (1–63 teikn, ikkje bindestrek først eller sist, ikkje æ, ø eller å), t.d. elever.

## Added with the authoring desktop
nav-organisations-people = Organisasjonar og personar
action-add-sub-processor = Legg til underdatabehandlar
page-newer = Nyare endringar
page-older = Eldre endringar
field-find-contract = Finn ein kontrakt å leggje til
field-sub-processor-authorisation = Godkjenning av underdatabehandlarar
authorisation-specific = Førehandsgodkjenning i kvart einskild tilfelle
authorisation-general = Generell skriftleg godkjenning
field-notice-days = Varsel i dagar
field-sub-processors = Underdatabehandlarar
field-sp-name = Namn
field-sp-address = Adresse
field-sp-contact = Kontakt
field-sp-processing = Behandling som vert utført

## Reglar for katalogen (funn)
finding-contract-has-information-owner = Ingen har rolla som dataeigar: tildel eigaren som avgjer kven som kan få denne informasjonen.
finding-information-set-has-owner = Ingen dataeigar er registrert: vel personen som avgjer kven som kan få denne informasjonen.
finding-personal-data-has-agreement = Han inneheld personopplysningar, men ingen databehandlaravtale (GDPR art. 28) dekkjer han: registrer avtalen, eller merk kontrakten som behandla internt når ingen databehandlar er involvert.
finding-integration-has-owner = Ingen integrasjonseigar er registrert: gje opp eigaren av informasjonen han overfører, som held kontrakten oppdatert og varslar dei som vert råka av endringar.
finding-integration-has-contract = { $variant ->
        [none] Han er i drift, men ingen informasjonskontrakt gjeld han; integrasjonsstrategien krev éin for kvar systemintegrasjon: lag ein, eller knyt han til ein kontrakt (blant integrasjonane kontrakten gjeld).
       *[not-in-force] Han er i drift, men ingen av kontraktane som gjeld han, er godkjend og gyldig ({ $contracts }): godkjenn éin, eller rett gyldigheita.
    }
finding-departed-owner-has-successor = { $person } slutta { $date } og var { $role }; ingen har teke over: tildel ein etterfølgjar.
finding-system-has-owner = Ingen systemeigar er registrert: tildel personen som har ansvaret for systemet, eller merk det som avvikla om det ikkje lenger er i drift.
finding-contract-has-classification = { $variant ->
    [no-sets] Han styrer inga informasjonsmengd, så klassifiseringa er ukjend: knyt til informasjonsmengdene han overfører, og klassifiser felta deira.
   *[unclassified] Ingen av felta i informasjonsmengdene han styrer er klassifiserte: klassifiser dei i informasjonsmengda.
}
finding-safeguard-gap = Manglar «{ $safeguard }», som vert kravd av { $reason ->
    [level] klassifiseringsnivå { $level }
    [personal] personopplysningane han overfører
   *[sensitive] dei særlege personopplysningane han overfører (særlege kategoriar, straffbare forhold eller fødselsnummer)
} ({ $default ->
    [yes] ein standardverdi levert med Datapakt
   *[no] reglane til katalogen
}; kontrakt { $contracts }): registrer tiltaket på integrasjonen når det er på plass, eller senk klassifiseringa om ho er sett for høgt.
finding-technology-follows-advice = { $severity ->
    [soap] Han bruker { $technology }, som strategien utelukkar for nye grensesnitt; avgjerdstreet (slik Datapakt tolkar det) tilrår { $recommended }: byt teknologi.
   *[unjustified] Han bruker { $technology } der avgjerdstreet (slik Datapakt tolkar det) tilrår { $recommended }, utan skriftleg grunngiving: skriv kvifor i «Kvifor teknologien avvik frå rådet», eller følg rådet.
}
finding-reuse-before-build = Eksisterande grensesnitt leverer alt det han overfører ({ $candidates }): gjenbruk eitt av dei, eller kryss av for «{ field-existing-could-serve }» og grunngi det nye grensesnittet.
findings-more = …og { $count } til.

## Feil
error-missing = { $path } finst ikkje: sjekk stien, eller lag ein ny katalog.
error-path-not-chosen = Datapakt opna ikkje { $path }: vindauget kan berre vise til ei fil du har valt i ein dialog, ei fil Datapakt har skrive, eller ein nyleg brukt katalog. Vel henne med Fil → Opne eller importdialogen.
error-file-missing = { $path } finst ikkje: sjekk stien og vel fila på nytt; ingenting vart importert.
error-already-exists = { $path } finst allereie: vel eit anna filnamn (ei eksisterande fil vert aldri skriven over).
error-read = Kunne ikkje lese { $path }: { $detail }
error-file-too-large = { $path } er større enn { $max } MiB, meir enn Datapakt les frå ei fil av denne typen: sjekk at det er fila du meinte, eller del henne opp; ingenting vart lese.
error-export-over-catalog = { $path } er den opne katalogen: vel ei anna fil for eksporten.
error-not-sqlite = { $path } er ikkje ein Datapakt-katalog (det er ikkje ein SQLite-database); fila er ikkje endra.
error-foreign-database = { $path } er ikkje ein Datapakt-katalog (det er databasen til eit anna program); fila er ikkje endra.
error-newer-schema = { $path } er skriven av ein nyare Datapakt (katalogskjema { $found }; denne versjonen les til og med { $supported }): oppdater Datapakt for å opne han; fila er ikkje endra.
error-invalid = Ikkje lagra: rett opp dei markerte felta.
error-invalid-import = Element { $n } i importen er ikkje gyldig, så ingenting vart importert.
error-version-not-found = Det finst ingen versjon { $version } av { $entity } med id { $id }: endringsloggen viser versjonane som finst.
error-changed-since-opened = Denne { $entity } (id { $id }) er endra sidan du opna han, i eit anna vindauge, kommandolinjeverktøyet eller ei teamsynkronisering: ingenting vart lagra. Last han inn på nytt for å sjå endringa, eller sjå begge og lagre di på nytt.
error-item-not-found = Det finst ingen { $entity } med id { $id } i denne katalogen.
error-duplicate-organisation = Organisasjonsnummer { $number } er allereie registrert: rediger den organisasjonen i staden.
error-status-change = Ein kontrakt kan ikkje gå frå { $from } til { $to }: arbeidsflyten er utkast → til godkjenning → godkjend → utgått, og ei godkjenning kan sende han tilbake til utkast.
error-scheme-not-found = Det finst inga klassifiseringsordning med nøkkel { $key } i denne katalogen.
error-in-use = Denne { $entity } er framleis i bruk (ein kontrakt eller eit anna element viser til han): fjern desse tilvisingane først; ingenting vart sletta.
error-not-deletable = { $entity } kan ikkje slettast åleine.
error-locked = { $path } er i bruk av eit anna program (eit anna Datapakt-vindauge eller datapakt-kommandoen skriv til han): lukk programmet og prøv igjen; ingenting vart endra.
error-read-only = { $path } er skriveverna, så endringa vart ikkje lagra: lagra ein kopi og arbeid vidare i han, eller gjer fila skrivbar.
error-read-only-needs-upgrade = { $path } er skriveverna og skriven av ein eldre Datapakt: gjer fila skrivbar éin gong så ho kan oppgraderast.
error-sqlite = Katalogen { $path } kunne ikkje lesast eller skrivast: { $detail }
error-write = Kunne ikkje skrive { $path }: { $detail }
error-pdf = Kunne ikkje lage PDF-en: { $detail }
error-sql-syntax = { $path } er ikkje SQL Datapakt kan lese i dialekten { $dialect } ({ $detail }): sjekk dialekten og setninga der; ingenting vart importert.
error-sql-no-table = { $path } har inga CREATE TABLE-setning: eksporter tabelldefinisjonane (t.d. pg_dump --schema-only); ingenting vart importert.
error-sql-too-many-tables = { $path } har meir enn { $max } tabellar: del ho opp; ingenting vart importert.
error-xsd-syntax = { $path } er ikkje XML Datapakt kan lese ({ $detail }): sjekk fila (ein DTD vert avvist); ingenting vart importert.
error-xsd-not-schema = { $path } har <{ $found }> som rot, ikkje eit XML Schema (xs:schema) eller ei WSDL 1.1-skildring (wsdl:definitions); ingenting vart importert.
error-xsd-empty = { $path } definerer ingen element og ingen komplekse typar: det er ingenting å lage ei informasjonsmengd av; ingenting vart importert.
error-xsd-imports = { $path }: typane ligg i { $location }, som fila importerer: samle skjemaa i éi fil, eller importer den fila; ingenting vart importert.
error-xsd-unknown-type = { $path }: { $at } viser til typen { $name }, som ingen skjema i fila definerer: samle skjemaa ho importerer i fila; ingenting vart importert.
error-openapi-syntax = { $path } er verken JSON eller YAML ({ $detail }): sjekk at det er fila du meinte; ingenting vart importert.
error-openapi-yaml-limit = { $path }: på linje { $line }, kolonne { $column } går dokumentet over ei grense: { $measure ->
        [text] det har meir enn { $max } MiB tekst
       *[values] det har meir enn { $max } verdiar
    } når aliasa (*namn) gjentek det ankera (&namn) merkjer. Skriv ut den gjentekne delen der han trengst, eller fjern gjentakinga; ingenting vart importert.
error-openapi-not-object = { $path } har ikkje eit objekt på øvste nivå, slik eit OpenAPI-dokument (openapi, info, paths) eller eit JSON Schema (type, properties) har; ingenting vart importert.
error-openapi-no-object-schema = { $path } skildrar ikkje noko objekt: gje skjemaet properties på øvste nivå, eller objektskjema under $defs (eller definitions); ingenting vart importert.
error-openapi-swagger = { $path } er eit Swagger { $version }-dokument, som Datapakt ikkje importerer: konverter det til OpenAPI 3 først (til dømes med swagger2openapi), og importer resultatet.
error-openapi-no-version = { $path } har ingen openapi-nøkkel på øvste nivå, så det er ikkje eit OpenAPI 3-dokument: er det eitt, legg til openapi: 3.1.0 (eller 3.0.x-versjonen det følgjer).
error-openapi-unsupported-version = { $path } er OpenAPI { $version }: Datapakt importerer OpenAPI 3.0.x og 3.1.x; ingenting vart importert.
error-openapi-dangling-ref = I { $path } peikar $ref på { $at } til { $target }, som ikkje finst i dokumentet: rett referansen eller legg til det han peikar på; ingenting vart importert.
error-openapi-external-ref = I { $path } peikar $ref på { $at } ut av dokumentet ({ $target }): samle dokumentet i éi fil først (til dømes med redocly bundle); ingenting vart importert.
error-openapi-bad-ref = I { $path } er $ref på { $at } ikkje ein JSON-peikar inn i dokumentet ({ $target }): skriv han som #/components/schemas/Namn; ingenting vart importert.
error-integration-not-governed = Ingen kontrakt omfattar integrasjonen { $name } (id { $id }), så det finst ikkje noko API å skildre: knyt ein kontrakt til han (under Integrasjonar som er omfatta i kontrakten) og eksporter på nytt; ingenting vart skrive.
error-not-affected = Person { $person } er ikkje blant dei den siste endringa rører ved: opne verknadene på nytt for å sjå kven som er det; ingenting vart skrive.
error-author-too-long = Forfattarnamnet er for langt: bruk høgst { $max } teikn.
error-no-data-folder = Det finst inga mappe for standardkatalogen ({ $detail }): opne ein katalog med «Opne katalog…» eller lag ein med «Ny katalog…».
error-not-local-path = Staden som vart vald, er ikkje ei lokal fil eller mappe ({ $detail }): vel ein stad på denne datamaskina.
error-cannot-open = { $path } kunne ikkje opnast: { $detail }
error-call = Vindauget fekk ikkje kontakt med Datapakt ({ $command }: { $detail }): start Datapakt på nytt, og meld frå om det skjer igjen.
error-import-needs-system = Eit OpenAPI-dokument blir importert som grensesnittet til eit system: vel systemet det skildrar og importer på nytt; ingenting vart importert.
error-repo-not-catalog = Repositoriet har ingen datapakt.yaml: det er ikkje ein felles Datapakt-katalog. Vel repositoriet ein katalog vart publisert til, eller eit tomt repositorium å publisere til.
error-repo-newer-format = Repositoriet er i felleskatalogformat { $found }, nyare enn denne Datapakt les (format { $supported }): oppdater Datapakt for å bruke det.
error-repo-entry = { $path } i felleskatalogen kan ikkje lesast: { $detail }
error-git-auth = { $url } avviste påloggingen: sjekk SSH-nøkkelen (eller agenten) eller tokenet i credential helper-en til git, og at du har skrivetilgang til repositoriet.
error-git-host = Verten for { $url } er ukjend ({ $detail }): sjekk adressa; for SSH, kopla til éin gong med ssh for å stole på vertsnøkkelen.
error-git-unreachable = { $url } kan ikkje nåast ({ $detail }): sjekk nettverket. Endringane dine er tekne vare på og ventar på neste synkronisering.
error-git-no-repository = Det finst ikkje noko git-repositorium på { $url } ({ $detail }): sjekk adressa. Eit tomt bart repositorium trengst for å publisere.
error-git-failed = Git feila i repositoriet til katalogen: { $detail }
error-team-no-remote = Katalogen har ingen felles fjernkatalog enno: publiser han til eit tomt repositorium først.
error-team-remote-taken = { $url } har allereie ein annan felleskatalog: ver med i han med Opne felleskatalog i staden for å publisere til han.
error-team-remote-empty = { $url } er tomt: det finst ingen felleskatalog å vere med i enno. Publiser ein katalog dit i staden.
error-team-remote-busy = { $url } endra seg heile tida medan katalogen sende: endringane dine er tekne vare på her; synkroniser igjen om litt.
error-team-entry = { $item } i felleskatalogen kan ikkje lesast ({ $detail }); ingenting vart endra. Rett fila i repositoriet.
error-team-no-such-conflict = Ingen konflikt ventar på { $item } { $field }: sjå dei ventande i synkroniseringsstatusen.
error-team-nothing-pending = Inga synkronisering ventar på eit val: det er ingenting å løyse eller avbryte.
team-note-reference-dropped = { $item } viste til { $reference }, som den andre sida sletta: tilvisinga vart fjerna.
team-note-history-clash = { $item } vart laga på begge sider: den som vart publisert først, blir halden på; din var { $mine }.
team-note-unified = { $kind } «{ $name }» vart laga på begge sider: dei er no eitt, og det som viste til ditt, viser til det.
warning-openapi-no-endpoint = Det er ikkje registrert noko endepunkt for { $system }, så tenaren i OpenAPI-dokumentet er ein plasshaldar på .invalid: registrer endepunkta til systemet og eksporter på nytt.
warning-dcat-not-published = { $api } er utelaten frå skildringa: { $reason ->
    [no-endpoint] det leverande systemet har ikkje noko endepunkt
   *[no-publisher] det leverande systemet høyrer ikkje til nokon organisasjon
}. Registrer det på systemet, og eksporter på nytt.
dialog-catalog-files = Datapakt-katalogar
file-type-openapi-json = OpenAPI 3.1 (JSON)
file-type-openapi-yaml = OpenAPI 3.1 (YAML)
file-type-contract-pdf = Informasjonskontrakt som PDF
file-type-odcs = ODCS (YAML)
file-type-spectral = Spectral-regelsett
file-type-json-schema = JSON Schema
file-type-dpa-pdf = Databehandlaravtale som PDF/A
file-type-pdf = PDF-dokument
file-type-csv = CSV-tabell
file-type-svg = SVG-bilete
file-type-png = PNG-bilete
file-type-markdown = Markdown-tekst
file-type-text = Tekst
nav-schemes = Klassifiseringsordningar
action-new-classification-scheme = Ny klassifiseringsordning
col-key = Nøkkel
col-levels = Nivå
col-shipped-default = Levert som standard
field-key = Nøkkel
field-source = Kjelde
field-name-in = Namn ({ $language })
field-aspects = Aspekt som vert vurderte
field-levels = Nivå, lågast først
field-colour = Farge
action-add-aspect = Legg til aspekt
action-add-level = Legg til nivå
action-remove-level = Fjern det høgaste nivået
shipped-default-note = Levert med Datapakt som standard, ikkje som retningslinjene til nokon: tilpass ho til verksemda sine eigne.
action-export-odcs = Eksporter ODCS
field-api-profile = API-profil
profile-generic = Generell
profile-ks-fiks = KS Fiks (Noreg)
profile-se-rest = Svensk REST API-profil

## PDF-dokument: fast tekst som er felles for informasjonskontrakten og databehandlaravtalen.
pdf-page = Side { $page } av { $pages }
pdf-contents = Innhald
pdf-draft = UTKAST
pdf-running-header = { $title }, versjon { $version }
pdf-yes = ja
pdf-no = nei
pdf-provider = Tilbydar
pdf-consumer = Konsument
pdf-party-role = Rolle
pdf-party-organisation = Organisasjon
pdf-party-org-number = Organisasjonsnummer
pdf-party-system = System (eining)
pdf-no-parties = Ingen partar er registrerte.
pdf-signatures-section = Underskrifter
pdf-sign-place-date = Stad og dato
pdf-sign-signature = Underskrift
pdf-sign-name = Namn med blokkbokstavar

## Informasjonskontrakten.
pdf-contract-kind = Informasjonskontrakt
pdf-version = Versjon
pdf-status = Status
pdf-validity = Gyldig
pdf-validity-range = { $from } – { $to }
pdf-open-ended = inntil vidare
pdf-owner = Informasjonseigar
pdf-contact-point = Kontaktpunkt
pdf-contract-id = Kontrakt-id
pdf-api-profile = API-profil
pdf-purpose-section = Føremål og rettsleg grunnlag
pdf-purpose = Føremål
pdf-legal-basis = Rettsleg grunnlag
pdf-retention = Lagringstid
pdf-access = Tilgang
pdf-description = Skildring
pdf-integration-section = Integrasjonen
pdf-no-integration = Ingen integrasjon er knytt til denne kontrakten.
pdf-pattern = Mønster
pdf-technology = Teknologi
pdf-mode = Modus
pdf-frequency = Frekvens
pdf-volume = Volum
pdf-messages-per-day = { $n } meldingar per dag
pdf-message-size = Meldingsstorleik
pdf-kilobytes = { $n } kB
pdf-guaranteed-delivery = Garantert levering
pdf-consumers = Konsumentar
pdf-fields-section = Felt som vert utveksla
pdf-field = Felt
pdf-field-type = Type
pdf-field-required = Obligatorisk
pdf-field-classification = Klassifisering
pdf-field-personal = Personopplysningar
pdf-no-fields = Ingen felt.
pdf-personal-personal = personopplysningar
pdf-personal-special = særleg kategori (art. 9)
pdf-personal-criminal = straffbare forhold (art. 10)
pdf-personal-national-id = fødselsnummer
pdf-classification-section = Klassifisering og tryggingstiltak
pdf-classification = Klassifisering
pdf-unclassified = ikkje klassifisert
pdf-personal-summary = Personopplysningar
pdf-safeguards = Påkravde tryggingstiltak
pdf-no-safeguards = Ingen tryggingstiltak er påkravde.
pdf-safeguards-default = Desse krava er standardinnstillingane Datapakt vert levert med for klassifiseringa og personopplysningane; dei eigne reglane til verksemda går føre.
pdf-safeguards-policy = Krava for klassifiseringa er dei eigne reglane til verksemda, registrerte i katalogen; krava for personopplysningar er standardinnstillingane Datapakt vert levert med.
pdf-sla-section = Tenestenivå
pdf-availability = Tilgjenge
pdf-support-hours = Opningstid for brukarstøtte
pdf-response-time = Responstid
pdf-rto = Attopprettingstid (RTO)
pdf-rpo = Attopprettingspunkt (RPO)
pdf-minutes = { $n } minutt
pdf-hours = { $n } timar
pdf-history-section = Godkjenningshistorikk
pdf-history-when = Tidspunkt (UTC)
pdf-history-who = Utført av
pdf-history-change = Endring
pdf-history-empty = Kontrakten har ikkje endra status enno.
pdf-created = oppretta
safeguard-authentication = Autentisert tilgang
safeguard-strong-authentication = Sterk autentisering (fleirfaktor for personar, signerte klientpåstandar for system)
safeguard-encryption-in-transit = Kryptering under overføring (TLS 1.2 eller nyare)
safeguard-encryption-at-rest = Kryptering av lagra data
safeguard-audit-logging = Revisjonslogging av all tilgang
safeguard-access-review-yearly = Gjennomgang av tilgangar minst éin gong i året
safeguard-access-review-half-yearly = Gjennomgang av tilgangar minst kvar sjette månad
safeguard-hosting-in-eea = Drift berre innanfor EU/EØS
safeguard-pseudonymisation = Pseudonymisering der føremålet tillèt det

## Databehandlaravtalen (personvernforordninga art. 28, Kommisjonens gjennomføringsbeslutning (EU) 2021/915).
dpa-kind = Databehandlaravtale
dpa-running-header = { $title }, databehandlaravtale
dpa-controller = Behandlingsansvarleg
dpa-processor = Databehandlar
dpa-agreement-id = Avtale-id
dpa-draft-notice = UTKAST: { $count ->
    [one] eitt påkravd punkt manglar
   *[other] { $count } påkravde punkt manglar
  }. Fyll ut dette i Datapakt før avtalen vert underteikna.
dpa-basis = Partane sluttar seg til standardavtaleklausulane mellom behandlingsansvarlege og databehandlarar etter artikkel 28 nr. 7 i forordning (EU) 2016/679, fastsette ved Kommisjonens gjennomføringsbeslutning (EU) 2021/915. Klausulane gjeld slik dei er formulerte i vedtaket; dette dokumentet viser kva val partane har gjort, og fyller ut vedlegga.
dpa-incorporated = Gjeld slik det er formulert i klausul { $clause } i standardavtaleklausulane (gjennomføringsbeslutning (EU) 2021/915).
dpa-section-1 = Del I
dpa-section-2 = Del II – Pliktene til partane
dpa-section-3 = Del III – Sluttføresegner
dpa-clause-1 = Klausul 1 – Føremål og verkeområde
dpa-clause-2 = Klausul 2 – Klausulane kan ikkje endrast
dpa-clause-3 = Klausul 3 – Tolking
dpa-clause-4 = Klausul 4 – Rangordning
dpa-clause-5 = Klausul 5 – Tiltredingsklausul
dpa-docking-included = Valt alternativ: den valfrie tiltredingsklausulen er teken med.
dpa-docking-excluded = Valt alternativ: den valfrie tiltredingsklausulen er ikkje teken med.
dpa-clause-6 = Klausul 6 – Skildring av behandlinga
dpa-see-annex-2 = Behandlinga er skildra i vedlegg II.
dpa-clause-7 = Klausul 7 – Pliktene til partane
dpa-clause-7-1 = 7.1 Instruksar
dpa-clause-7-2 = 7.2 Føremålsavgrensing
dpa-clause-7-3 = 7.3 Varigheita til behandlinga
dpa-clause-7-4 = 7.4 Tryggleik ved behandlinga
dpa-clause-7-5 = 7.5 Sensitive opplysningar
dpa-clause-7-6 = 7.6 Dokumentasjon og etterleving
dpa-clause-7-7 = 7.7 Bruk av underdatabehandlarar
dpa-clause-7-8 = 7.8 Internasjonale overføringar
dpa-option-specific = Alternativ 1, særskild førehandsgodkjenning: databehandlaren kan berre engasjere underdatabehandlarane i vedlegg IV, og ber om godkjenning minst { $days } dagar før ein annan vert engasjert.
dpa-option-general = Alternativ 2, generell skriftleg godkjenning: databehandlaren varslar den behandlingsansvarlege om planlagde endringar i den avtalte lista i vedlegg IV minst { $days } dagar på førehand, slik at den behandlingsansvarlege kan kome med innvendingar.
dpa-no-transfers = Inga overføring av personopplysningar ut av EU/EØS er registrert.
dpa-clause-8 = Klausul 8 – Bistand til den behandlingsansvarlege
dpa-clause-9 = Klausul 9 – Melding om brot på personopplysningstryggleiken
dpa-see-annex-3 = Dei tekniske og organisatoriske tiltaka er skildra i vedlegg III.
dpa-clause-10 = Klausul 10 – Brot på klausulane og oppseiing
dpa-obligations = Personvernforordninga artikkel 28 nr. 3: kvar pliktene er oppfylte
dpa-obligations-intro = Samandrag av pliktene til databehandlaren etter artikkel 28 nr. 3 og klausulane som oppfyller dei.
dpa-article = Artikkel
dpa-obligation = Plikt (samandrag)
dpa-where = Klausular
dpa-obligation-a = Berre behandle etter dokumenterte instruksar, også når det gjeld overføringar til tredjeland.
dpa-obligation-b = Personar som har løyve til å behandle opplysningane, har teieplikt.
dpa-obligation-c = Setje i verk tryggingstiltaka i artikkel 32.
dpa-obligation-d = Berre engasjere underdatabehandlarar på vilkåra i artikkel 28 nr. 2 og 4.
dpa-obligation-e = Bistå den behandlingsansvarlege med rettane til dei registrerte (kapittel III).
dpa-obligation-f = Bistå den behandlingsansvarlege med artikkel 32 til 36 (tryggleik, melding om brot, konsekvensvurdering, førehandsdrøftingar).
dpa-obligation-g = Slette eller levere tilbake alle personopplysningar når tenestene tek slutt, etter kva den behandlingsansvarlege vel.
dpa-obligation-h = Gjere tilgjengeleg informasjonen som trengst for å vise etterleving, og leggje til rette for revisjonar.
dpa-obligation-infringing-instruction = Straks varsle den behandlingsansvarlege dersom ein instruks er i strid med personvernregelverket.
dpa-annex-1 = Vedlegg I – Liste over partar
dpa-annex-ref = vedlegg { $annex }
dpa-address = Adresse
dpa-contact = Kontaktperson (namn, stilling, kontaktopplysningar)
dpa-dpo = Personvernombod
dpa-no-dpo = ikkje utpeikt
dpa-annex-2 = Vedlegg II – Skildring av behandlinga
dpa-data-subjects = Kategoriar av registrerte
dpa-personal-data = Kategoriar av personopplysningar
dpa-sensitive-data = Sensitive opplysningar og garantiane som gjeld for dei
dpa-no-sensitive-data = Det vert ikkje behandla sensitive opplysningar (artikkel 9 og 10).
dpa-subject-matter = Gjenstand for behandlinga
dpa-nature-purpose = Art og føremål
dpa-duration = Varigheit
dpa-covered-contracts = Informasjonskontraktar som er omfatta
dpa-no-contracts = Ingen informasjonskontrakt er knytt til denne avtalen.
dpa-annex-3 = Vedlegg III – Tekniske og organisatoriske tiltak
dpa-annex-4 = Vedlegg IV – Liste over underdatabehandlarar
dpa-annex-4-specific = Den behandlingsansvarlege har godkjent desse underdatabehandlarane (klausul 7.7, alternativ 1).
dpa-annex-4-general = Den avtalte lista over underdatabehandlarar (klausul 7.7, alternativ 2).
dpa-sub-name = Namn
dpa-sub-processing = Behandling
dpa-no-sub-processors = Ingen underdatabehandlarar er engasjerte.
dpa-gap-controller = Behandlingsansvarleg er ikkje vald.
dpa-gap-processor = Databehandlar er ikkje vald.
dpa-gap-controller-address = Adressa til den behandlingsansvarlege manglar (vedlegg I).
dpa-gap-controller-contact = Kontaktpersonen til den behandlingsansvarlege manglar (vedlegg I).
dpa-gap-processor-address = Adressa til databehandlaren manglar (vedlegg I).
dpa-gap-processor-contact = Kontaktpersonen til databehandlaren manglar (vedlegg I).
dpa-gap-subject-matter = Gjenstanden for behandlinga manglar (vedlegg II).
dpa-gap-duration = Varigheita til behandlinga manglar (vedlegg II).
dpa-gap-nature-and-purpose = Arten og føremålet til behandlinga manglar (vedlegg II).
dpa-gap-personal-data = Ingen kategori av personopplysningar er ført opp (vedlegg II).
dpa-gap-data-subjects = Ingen kategori av registrerte er ført opp (vedlegg II).
dpa-gap-sensitive-data = Kontraktane som er omfatta, inneheld sensitive opplysningar, men garantiane som gjeld for dei, er ikkje skildra (vedlegg II).
dpa-gap-security-measures = Dei tekniske og organisatoriske tiltaka manglar (vedlegg III).
dpa-gap-authorisation-period = Fristen for endringar av underdatabehandlarar manglar (klausul 7.7 bokstav a).
dpa-gap-sub-processor-name = Underdatabehandlar { $number } har ikkje noko namn (vedlegg IV).
dpa-gap-sub-processor-address = Underdatabehandlar { $number } har inga adresse (vedlegg IV).
dpa-gap-sub-processor-contact = Underdatabehandlar { $number } har ingen kontaktperson (vedlegg IV).
dpa-gap-sub-processor-processing = Underdatabehandlar { $number } oppgjev ikkje kva han behandlar (vedlegg IV).

## Felta og eksporten til databehandlaravtalen.
field-controller-details = Behandlingsansvarleg (vedlegg I)
field-processor-details = Databehandlar (vedlegg I)
field-party-address = Adresse
field-party-contact = Kontaktperson (namn, stilling, kontaktopplysningar)
field-party-dpo = Personvernombod
field-docking-clause = Ta med den valfrie tiltredingsklausulen (klausul 5)
field-sensitive-data = Sensitive opplysningar og garantiane som gjeld for dei (vedlegg II)
dpa-preflight-title = Før signering
dpa-preflight-ok = Alle påkravde punkt er fylte ut: avtalen kan eksporterast for signering.
dpa-preflight-gaps = { $count ->
    [one] Eitt påkravd punkt manglar; ein eksport er merkt UTKAST på kvar side til det er fylt ut:
   *[other] { $count } påkravde punkt manglar; ein eksport er merkt UTKAST på kvar side til dei er fylte ut:
  }
action-export-dpa = Eksporter avtalen (PDF)
## ODCS-import
error-odcs-yaml = { $file }: ikkje gyldig YAML på linje { $line }, kolonne { $column } ({ $detail }): rett syntaksen der; ingenting vart importert.
error-odcs-yaml-limit = { $file }: på linje { $line }, kolonne { $column } går dokumentet over ei grense: { $measure ->
        [text] det har meir enn { $max } MiB tekst
       *[values] det har meir enn { $max } verdiar
    } når aliasa (*namn) gjentek det ankera (&namn) merkjer. Skriv ut den gjentekne delen der han trengst, eller fjern gjentakinga; ingenting vart importert.
error-odcs-not-json = { $file }: { $at }: { $detail } høyrer ikkje heime i eit ODCS-dokument (vanleg JSON-kompatibel YAML): skriv verdien om; ingenting vart importert.
error-odcs-api-version = { $file }: { $at }: apiVersion { $found } er ikkje ein ODCS-versjon Datapakt les (v3.0.x, v3.1.x, v3.2.x); ingenting vart importert.
error-odcs-wrong-type = { $file }: { $at } må vere { $expected ->
    [text] tekst (set han i hermeteikn om han ser ut som eit tal eller ein dato)
    [whole-number] eit heiltal på 0 eller meir
    [boolean] true eller false
    [mapping] ein tabell med linjer av typen nøkkel: verdi
   *[list] ei liste
  }, ikkje { $found ->
    [text] tekst
    [number] eit tal
    [boolean] true eller false
    [mapping] ein tabell
    [list] ei liste
   *[null] tom
  }; ingenting vart importert.
error-odcs-missing = { $file }: { $at } manglar, og ODCS krev det: legg det til; ingenting vart importert.
error-odcs-not-one-of = { $file }: { $at }: { $value } er ikkje ein av { $allowed }: bruk ein av dei; ingenting vart importert.
error-odcs-not-identifier = { $file }: { $at }: { $value } er ikkje eit feltnamn Datapakt godtek (bokstavar frå alle språk, siffer, _, - og enkle mellomrom mellom ord, som byrjar med ein bokstav eller _, høgst 64 teikn): gi det nytt namn; ingenting vart importert.
error-odcs-duplicate = { $file }: { $at }: { $value } finst meir enn éin gong og må vere unikt der (òg ein kontrakt-id blant filene i éin import); ingenting vart importert.
error-odcs-not-version = { $file }: { $at }: { $value } er ikkje ein versjon Datapakt godtek: skriv MAJOR.MINOR.PATCH, t.d. 1.0.0; ingenting vart importert.
error-odcs-not-date = { $file }: { $at }: { $value } er ikkje ein dato: skriv ÅÅÅÅ-MM-DD; ingenting vart importert.
error-odcs-not-email = { $file }: { $at }: { $value } er ikkje ei e-postadresse, og Datapakt kjenner folk på deira; ingenting vart importert.
error-odcs-not-percent = { $file }: { $at }: { $value } er ikkje ein prosent frå 0 til 100; ingenting vart importert.
error-odcs-too-long = { $file }: { $at } er lengre enn { $max } teikn: gjer det kortare; ingenting vart importert.
error-odcs-unknown-scheme = { $file }: { $at }: det finst inga klassifiseringsordning { $key } i denne katalogen: bruk ei av { $known }; ingenting vart importert.
error-odcs-unknown-level = { $file }: { $at }: { $value } er ikkje eit nivå i klassifiseringsordninga { $scheme }: bruk eitt av { $levels }; ingenting vart importert.

## Innstillingane til katalogen.
catalog-settings-title = Innstillingane til katalogen
field-default-api-profile = Standard API-profil for kontraktar som ikkje oppgir ein
field-odcs-version = ODCS-versjon for eksport av kontraktar
odcs-version-v3-1-0 = v3.1.0 (lesen av dei fleste ODCS-verktøy; standardval)
odcs-version-v3-2-0 = v3.2.0 (september 2026)
odcs-version-set = Kontraktar blir no eksporterte som ODCS { $version }.
profile-catalog-default = Standarden til katalogen ({ $profile })
default-profile-set = Kontraktar utan eigen API-profil følgjer no { $profile }.

## Eksport frå Fil-menyen, framdrift og statuslinja.
menu-export = Eksport
action-export-all-odcs = Alle kontraktar som ODCS …
action-open-exported = Opne
progress-count = { $done } av { $total }
profile-as-contracts = Som kontraktane (eller standarden til katalogen)

## Import frå Fil-menyen.
menu-import = Import
action-import-odcs = ODCS-kontraktar …
action-import-openapi = OpenAPI-dokument som grensesnittet til eit system …
action-import-jsonschema = JSON Schema som informasjonsmengder …
action-import-sql = SQL-tabellar som informasjonsmengder …
action-import-xsd = XML Schema eller SOAP-teneste (WSDL) som informasjonsmengder …
field-import-dialect = SQL-dialekt
sql-dialect-generic = Standard-SQL
field-import-system = Systemet som dokumentet skildrar grensesnittet til
import-will-create = { $count ->
    [one] Han opprettar eitt element:
   *[other] Han opprettar { $count } element:
  }
import-will-update = { $count ->
    [one] Han oppdaterer eitt element:
   *[other] Han oppdaterer { $count } element:
  }
import-unchanged = { $count ->
    [one] Eitt element blir verande som det er:
   *[other] { $count } element blir verande som dei er:
  }
import-notes = Merknader ({ $count }):
note-preferences-set-aside = Innstillingsfila di kunne ikkje lesast, så standardvala gjeld. Ho vart teken vare på som { $path }: ingenting i ho gjekk tapt.
note-catalog-upgraded = Denne katalogen vart oppgradert til denne versjonen av Datapakt. Fila slik ho var, er teken vare på som { $path }; README fortel korleis du går tilbake til henne.
note-odcs-contract-fields = Kontrakten sine eigne felt er dei enkle toppnivåfelta i { $name }.
note-odcs-gap = fila oppgjev { $what ->
    [owner] ingen informasjonseigar (eit teamnamn, eller eit medlem med rolla owner)
    [provider] ikkje det leverande systemet (den eigendefinerte eigenskapen datapakt.providerSystem, eller dataProduct)
    [consumer] ikkje det mottakande systemet (den eigendefinerte eigenskapen datapakt.consumerSystem)
   *[fields] ingen felt av ein enkel type som kontrakten utvekslar
}: kontrakten er eit utkast som manglar det; fyll det ut før gjennomgang
note-odcs-kept-draft = status: { $text } vert halden som utkast til kontrakten oppgjev det som manglar; fila held på statusen
note-odcs-deprecated = status: deprecated blir lesen som godkjend (framleis gjeldande); fila held på han.
note-odcs-status = status: { $text } er ikkje ein av ODCS-statusane Datapakt modellerer; blir lesen som { $state ->
    [draft] utkast
    [in-review] til gjennomgang
    [approved] godkjend (gjeldande)
   *[retired] utgått
}; fila held på han.
note-odcs-no-role = { $at }: { $name } (rolle { $held }) har ingen av rollene til Datapakt under ei e-postadresse, så inga rolle blir gitt; fila held på medlemmen.
note-odcs-no-set = { $at }: skjemaobjektet { $name } har ingen eigenskap Datapakt kan halde, så det blir ikkje eit informasjonssett; det blir halde i fila.
note-odcs-resource-name = { $at }: { $resource } er ikkje eit API-ressursnamn Datapakt godtek (1–63 teikn a–z, 0–9 og -, ikkje - først eller sist), så settet får ikkje noko (fila held på det).
note-odcs-unknown-classification = { $at }: klassifiseringane { $labels } er ikkje nivåa i nøyaktig eitt klassifiseringssystem i denne katalogen, så felta blir ståande uklassifiserte (fila held på dei); oppgje systemet med den eigendefinerte eigenskapen datapakt.classificationScheme for å klassifisere dei.
note-odcs-logical-type = { $at }: den logiske typen { $type } har ikkje noko motstykke i Datapakt, så han blir ikkje eit felt i Datapakt; han blir halden i fila.
note-odcs-empty-object = { $at }: eit objekt utan eigenskapar Datapakt kan halde, så det blir ikkje eit felt i Datapakt; det blir halde i fila.
note-odcs-empty-array = { $at }: ei liste utan element Datapakt kan halde, så ho blir ikkje eit felt i Datapakt; ho blir halden i fila.
note-odcs-enum-type = { $at }: Datapakt held tillatne verdiar berre for tekst og heiltal; dei blir haldne i fila.
note-odcs-no-integration = Katalogen har ingen integrasjon { $name }, så kontrakten omfattar ingen med det namnet.
note-odcs-no-agreement = Katalogen har ingen databehandlaravtale { $title }, så ingen dekkjer kontrakten under den tittelen.
note-openapi-renamed = { $at }: { $from } heiter { $to } i katalogen.
note-openapi-cycle = { $at }: viser til { $target }, som inneheld dette feltet: ikkje utvida.
note-openapi-free-form = { $at }: eit JSON-objekt utan oppgjevne eigenskapar.
note-openapi-any-value = { $at }: kva JSON-verdi som helst: skjemaet oppgjev ingen type.
note-openapi-too-deep = { $at }: nøsta for djupt: ikkje utvida.
note-openapi-too-large = { $at }: ikkje utvida: skjemaet har for mange felt.
action-import = Importer
action-cancel = Avbryt
imported = Importert: { $created } oppretta, { $updated } oppdaterte.

## Teknologirådgjevar (Örebros avgjerdstre, IntArk-mønster)
advice-technology-rest = REST-API
advice-technology-rest-with-paging = REST-API med paginering
advice-technology-graphql-internal = GraphQL (berre til internt bruk)
advice-technology-message-queue = meldingskø
advice-technology-batch = batchkøyring
advice-technology-micro-batch = mikrobatchar med høg frekvens
advice-technology-split-messages = del opp i mindre meldingar
advice-not-covered = Avgjerdstreet dekkjer ikkje dette tilfellet; rådet er den utvegen strategien føreslår.
advice-deviation-soap = SOAP skal ikkje brukast for eit nytt grensesnitt: dette er eit avvik.
advice-deviation-justify = Den registrerte teknologien avvik frå rådet: registrer ei skriftleg grunngjeving.
advice-reason-huge-message-batch = Meldingar over { $batch_gb } GB krev batchkøyring, og batch er mogleg.
advice-reason-huge-message-no-batch = Meldingar over { $batch_gb } GB der batch ikkje er mogleg, fell utanfor avgjerdstreet: del dei opp i mindre meldingar eller køyr mikrobatchar med høg frekvens.
advice-reason-real-time-sync-paged = Konsumenten treng svar i sanntid og ventar på dei, så eit API passar; meldingar over { $small_mb } MB er for store for eitt kall (det er truleg òg { $paged_mb } MB), så API-et paginerer dei.
advice-reason-real-time-sync-internal = Konsumenten treng svar i sanntid og ventar på dei, så eit API passar; sidan berre interne system brukar det, er GraphQL tillate som alternativ.
advice-reason-real-time-sync = Konsumenten treng svar i sanntid og ventar på dei, så eit API passar (førstevalet i strategien).
advice-reason-real-time-async-notify = Informasjonen må flyte i sanntid utan at konsumenten ventar, men meldingar over { $small_mb } MB er for store for ein kø: send eit tynt varsel og la konsumenten hente dataa frå eit paginert API.
advice-reason-real-time-async = Informasjonen må flyte i sanntid utan at konsumenten ventar: publiser hendingar på ein meldingskø (hendingsbasert tilgjengeleggjering).
advice-reason-guaranteed-delivery = Leveransen må vere garantert, og det er ikkje oppgitt behov for sanntid: ein meldingskø lagrar kvar melding og prøver att til mottakaren har ho.
advice-reason-high-volume-batch = Det daglege volumet er høgt (frå { $per_day } meldingar eller { $gb_per_day } GB om dagen), og utvekslinga kan planleggjast, så køyr ho som batchar.
advice-reason-high-volume-micro-batch = Det daglege volumet er høgt (frå { $per_day } meldingar eller { $gb_per_day } GB om dagen), men batch er ikkje mogleg, så køyr mikrobatchar med høg frekvens.
advice-reason-scheduled-sync-paged = Det er ikkje oppgitt behov for sanntid, og utvekslinga kan planleggjast: full synkronisering over API-et, paginert fordi meldingane er over { $small_mb } MB (sjølv { $paged_mb } MB er truleg for stort for eitt kall).
advice-reason-scheduled-sync = Det er ikkje oppgitt behov for sanntid, og utvekslinga kan planleggjast: planlagd full synkronisering over API-et passar for tenester med låge krav til ferskleik.
advice-reason-medium-message-paged = Meldingar over { $small_mb } MB er for store for eitt kall (det er truleg òg { $paged_mb } MB), så API-et paginerer dei.
advice-reason-api-first-choice = Ingenting krev ein annan teknologi, og API er førstevalet i strategien.
advice-reason-size-unknown = Ingen meldingsstorleik er registrert; rådet føreset meldingar på høgst { $small_mb } MB.
advice-reason-volume-unknown = Ikkje noko dagleg volum er registrert; rådet føreset at det er lågt.

## Teknologirådgivaren i integrasjonsredigeringa.
advice-title = Teknologiråd (Datapakt si tolking av avgjerdstreet i strategien)
advice-reading = Datapakt si tolking av avgjerdstreet i integrasjonsstrategien til Örebro (figur 2, som ikkje står i teksten til strategien): voluma er grove tommelfingerreglar, ikkje grenser.
advice-recommended = Tilrådd: { $technology }
advice-or = { $first }, eller { $second }
advice-pattern = IntArk-mønster: { $pattern }
field-recorded-safeguards = Tryggingstiltak integrasjonen har

## Reports (datapakt report, the Reports page)
reports-title = Rapportar
report-gaps-title = Manglar i tryggingstiltak
report-gaps-empty = Ingen integrasjon manglar eit tryggingstiltak som klassifiseringa eller personopplysningane krev.
report-gaps-integrations = Integrasjonar med manglar
report-col-integration = Integrasjon
report-col-name = Namn
report-col-safeguard = Tryggingstiltak
report-col-reason = Vert kravd av
report-col-level = Klassifiseringsnivå
report-col-contracts = Kontraktar
report-col-shipped-default = Standardverdi
gap-reason-level = klassifiseringsnivået
gap-reason-personal = personopplysningar
gap-reason-sensitive = særlege personopplysningar
report-yes = ja
report-no = nei
report-export-csv = Eksporter CSV
report-export-pdf = Eksporter PDF
field-technology-justification = Kvifor teknologien avvik frå rådet
field-carried-sets = Informasjon han overfører
reuse-title = Gjenbruk først: eksisterande grensesnitt som leverer denne informasjonen
reuse-none = Ingen eksisterande grensesnitt leverer informasjonen han overfører.
reuse-intro = Strategien til Örebro: bruk eit eksisterande grensesnitt først; eit nytt der eit eksisterande kunne ha vore brukt, må grunngivast.
reuse-kind-integration = Gjenbrukbar integrasjon
reuse-kind-interface = Dokumentert API
reuse-provides = Leverer: { $sets }
reuse-build-anyway = Bygg eit nytt likevel (grunngi nedanfor)
report-reuse-title = Gjenbruk: nye grensesnitt der eit eksisterande kunne ha vore brukt
report-reuse-empty = Ingen integrasjon er bygd der eit eksisterande grensesnitt kunne ha vore brukt.
report-col-candidates = Eksisterande grensesnitt
report-col-justified = Grunngitt
report-col-justification = Grunngiving
report-reuse-built-anyway = Bygd likevel, grunngitt
report-reuse-unjustified = Ikkje grunngitt
nav-reports = Rapportar
field-level-safeguards = Tryggingstiltak dette nivået krev
level-safeguards-default = Standardverdien Datapakt vert levert med for dette nivået; kryss av eller fjern kryss for å setje dei eigne reglane til verksemda.
level-safeguards-policy = Dei eigne reglane til verksemda.
action-reset-to-default = Tilbake til standardverdien
report-effect-goals-title = Effektmål (integrasjons- og API-strategien til Örebro 2025–2028)
report-effect-goals-empty = Ingen mål.
report-col-goal = Mål
report-col-target = Målverdi
report-col-deadline = Innan
report-col-numerator = Talt
report-col-denominator = Av
report-col-value = No
report-col-met = Nådd
report-col-trend = Halvårleg utvikling
report-col-misses = Manglar
goal-period = Strategiperioden frå
goal-reusable-integrations = Nye integrasjonar som kan gjenbrukast via den sentrale plattforma
goal-open-apis = Publiserte opne API-ar
goal-secured-apis = API-ar med fastsett klassifisering og tilstrekkeleg tryggleik
goal-automated-cases = E-tenestesaker handsama utan manuelle steg
goal-target-percent = minst { $percent } %
goal-target-count = minst { $count }
goal-why-not-reusable = kan ikkje gjenbrukast via plattforma
goal-why-not-approved = open, ikkje godkjend enno
goal-why-unclassified = inga fastsett klassifisering
goal-why-safeguard-gaps = manglar påkravde tryggingstiltak
goal-why-manual-steps = under måldelen
goals-title = Effektmål
goals-met = Nådd
goals-not-met = Ikkje nådd enno
goals-trend = Halvårleg utvikling
goals-no-trend = Inga historikk enno.
goals-misses = { $count ->
    [one] Eitt element manglar
   *[other] { $count } element manglar
}
goals-export-pdf = Eksporter måla som PDF
field-access-rights = Tilgangsrettar
access-rights-public = Offentleg (eit ope API når han er godkjend)
access-rights-restricted = Avgrensa
access-rights-non-public = Ikkje offentleg
field-case-figures = Saksstatistikk for e-tenesta (per periode)
case-figures-period = Perioden sluttar
case-figures-cases = Saker
case-figures-automated = Utan manuelle steg
case-figures-add = Legg til ein periode
report-intark-title = IntArk-kompatibilitet
report-intark-empty = Katalogen har ingen integrasjonar.
report-intark-compatible = Kompatible integrasjonar
report-not-applicable = i.a.
report-col-recommended-pattern = Tilrådd mønster
report-col-openapi-spec = OpenAPI-skildring
report-col-api-registered = Registrert i API-forvaltinga
report-col-notifications-designed = Varsel utforma
report-col-dpa-in-place = Databehandlaravtale der personopplysningar flyt
report-col-contact-point-known = Kontaktpunkt kjent
report-col-compatible = Kompatibel
intark-title = IntArk-kompatibilitet
intark-recommended-pattern = Følgjer eit tilrådd IntArk-mønster (hendingsbasert tilgjengeleggjering, API-oppslag, fullsynkronisering)
intark-openapi-spec = API-et er skildra i OpenAPI (stubben til ein kontrakt eller det dokumenterte grensesnittet til tilbydaren)
intark-api-registered = API-et er registrert i API-forvaltinga, der tilgang vert tinga
intark-notifications-designed = Varsla er utforma
intark-dpa-in-place = Ein databehandlaravtale dekkjer personopplysningane han overfører (eller dei blir i eiga verksemd)
intark-contact-point-known = Eit kontaktpunkt er kjent
intark-derived = frå katalogen
intark-confirm = stadfestast manuelt
intark-met = ja
intark-not-met = nei
intark-not-applicable = gjeld ikkje
intark-compatible = IntArk-kompatibel
intark-not-compatible = Ikkje IntArk-kompatibel enno

## The contact point's desk (integration requests)
nav-desk = Kontaktpunktet
entity-request = Førespurnad
action-new-request = Ny førespurnad
status-new = ny
status-in-progress = under arbeid
status-waiting = ventar
status-resolved = løyst
status-escalated = eskalert
col-follow-up = Oppfølging
col-asker = Spurt av
col-assignee = Sakshandsamar
desk-overdue = forfallen
field-asker-kind = Kven spør
asker-person = I katalogen
asker-outside = Utanfrå
field-asker-person = Person
field-asker-name = Namn
field-asker-organisation = Verksemd
field-information = Kva opplysningar det vert spurt om
field-request-sets = Informasjonsmengder det gjeld
field-request-provider = Tilbydarsystem (når det er kjent)
field-request-consumer = Konsumentsystem (når det er kjent)
field-assignee = Sakshandsamar
field-opened-on = Motteken
field-follow-up = Oppfølgingsdato
opened-on-save = Vert sett når førespurnaden vert lagra første gong.
field-notes = Logg
field-new-note = Nytt notat
action-add-note = Legg til notat
note-unsaved = ikkje lagra enno
note-status = Status: { $status }
notes-empty = Ingen oppføringar enno.
field-outcomes = Kva det førte til
outcomes-empty = Ingenting enno.
outcome-integration = Kandidat for gjenbruk: { $name }
outcome-contract = Kontrakt: { $title }
field-add-reuse-candidate = Legg til ein eksisterande integrasjon som kandidat for gjenbruk
action-create-contract = Lag kontraktutkast
desk-contract-needs = Før førespurnaden kan verte eit kontraktutkast:
desk-contract-created = Laga kontraktutkastet «{ $title }» frå førespurnaden.
path-asker-name = namnet på den som spør
path-information = opplysningar det vert spurt om
path-purpose = føremål
path-information-sets = informasjonsmengder
path-opened-on = mottaksdato
path-follow-up = oppfølgingsdato
path-notes = logg
path-note = loggoppføring { $n }
issue-before-opened = Feltet «{ $field }» er før datoen førespurnaden vart motteken: vel ein seinare dato.
issue-needed-for-contract = Eit kontraktutkast treng feltet «{ $field }»: fyll det ut i førespurnaden og prøv igjen.
issue-no-contract-fields = Feltet «{ $field }»: ingen av mengdene har eit enkelt felt som ein kontrakt kan overføre: vel ei mengd som har det, eller legg til slike felt i mengda.
issue-no-information-owner = Feltet «{ $field }»: ingen av mengdene har ein dataeigar som framleis er her, og kontrakten må ha ein eigar: registrer eigaren på informasjonsmengda.
issue-append-only = Lagra oppføringar i feltet «{ $field }» kan ikkje endrast eller fjernast: legg til ei ny oppføring i staden.
error-request-incomplete = Førespurnaden veit enno ikkje nok til eit kontraktutkast: fyll ut det som står i lista, og prøv igjen; ingenting vart laga.
error-contract-incomplete = Kontrakten kan ikkje sendast til gjennomgang før han oppgjev det som er merkt: fyll det ut; han held fram som utkast til då.
error-request-status-change = Ein førespurnad kan ikkje gå frå { $from } til { $to }: han går ny → under arbeid → ventar → løyst, kan eskalerast medan han er open, og kan opnast att når han er løyst.
rule-request-follow-up-overdue = Førespurnader vert følgde opp i tide
rule-request-has-assignee = Ein førespurnad under handsaming har ein sakshandsamar
finding-request-follow-up-overdue = Oppfølgingsdatoen { $date } er passert, og førespurnaden har framleis status { $status }: følg han opp, og set deretter neste oppfølgingsdato eller merk han som løyst.
finding-request-has-assignee = { $variant ->
    [departed] Han har status { $status }, men sakshandsamaren { $person } slutta { $date }: tildel han til nokon som framleis er her.
   *[none] Han har status { $status }, men ingen er tildelt han: tildel han til personen ved kontaktpunktet som følgjer han opp.
}
report-requests-title = Opne integrasjonsførespurnader
report-requests-empty = Ingen integrasjonsførespurnad er open.
report-requests-open = Opne førespurnader
report-requests-overdue = Forfalne oppfølgingar
report-col-request = Nr.
report-col-subject = Emne
report-col-asker = Spurt av
report-col-status = Status
report-col-assignee = Sakshandsamar
report-col-follow-up = Oppfølging
report-col-overdue = Forfallen
report-col-links = Kva det førte til
## Eigarskaps- og integrasjonskartet
nav-map = Kart
map-title = Eigarskaps- og integrasjonskart
map-subtitle = { $systems } system, { $integrations } integrasjonar, { $anomalies } avvik
map-no-unit = Inga eigareining
map-legend-unclassified = Ikkje klassifisert
map-legend-other-owners = Andre eigarar
map-legend-no-owner = Ingen eigar
map-legend-direction = Integrasjon: tilbydar → konsument
map-legend-anomaly = Avvik (sjå lista)
map-tip-unit = Eining: { $unit }
map-tip-lifecycle = Livsløp: { $lifecycle }
map-tip-classification = Klassifisering: { $level }
map-tip-owner = Eigar: { $owner }
map-tip-flow = { $provider } → { $consumer }
map-tip-pattern = Mønster: { $pattern }
map-tip-contracts = Kontraktar: { $statuses }
map-tip-no-contract = ingen
map-contract-standing = «{ $title }» ({ $standing })
map-standing-draft = utkast
map-standing-in-review = til godkjenning, ikkje godkjend
map-standing-not-yet-valid = godkjend, ikkje gyldig enno
map-standing-expired = godkjend, gått ut
map-standing-retired = avslutta
map-anomaly-no-owner = Ingen integrasjonseigar er registrert: oppgje eigaren av informasjonen han overfører.
map-anomaly-owner-left = { $person } var { $role } og slutta { $date }: peik ut ein etterfølgjar.
map-anomaly-owner-not-information-owner = Han er eigd av { $owner }, men informasjonen han overfører, er eigd av { $owners }: dataeigaren bør eige integrasjonen.
map-anomaly-live-without-contract-in-force = Han er i drift, men ingen kontrakt som styrer han, er godkjend og gyldig: { $contracts }.
map-anomaly-access-under-contract-not-in-force = Denne tilgangen er i bruk under { $contract }: avslutt han, eller gi han på nytt under ein kontrakt som er godkjend og gyldig.
map-anomaly-unclassified-contract = Ingenting han styrer, er klassifisert, så { $count ->
    [one] integrasjonen han styrer, har
   *[other] dei { $count } integrasjonane han styrer, har
} inga klassifisering: klassifiser informasjonen.
map-filter-owner = Eigar
map-filter-unit = Eining
map-filter-classification = Klassifisering
map-filter-pattern = Mønster
map-filter-status = Kontraktstatus
map-filter-lifecycle = Livsløp
map-filter-colouring = Farge etter
map-filter-any = Alle
map-colouring-classification = klassifisering
map-colouring-owner = eigar
map-anomalies = Avvik
map-no-anomalies = Ingen avvik blant det kartet viser.
map-export-svg = Eksporter SVG
map-export-png = Eksporter PNG
error-map-unknown-format = { $path } oppgjev ikkje eit biletformat kartet blir skrive i: la filnamnet enda på .svg eller .png.
error-map = Kartet kunne ikkje teiknast: { $detail }
item-findings-title = Kva katalogkontrollen finn her

# The access register: grants, their reviews, the rule and its findings.
nav-access = Tilgangar
entity-access-grant = Tilgang
action-new-access-grant = Gje tilgang
access-intro = Ingen får tilgang utan ein godkjend kontrakt som gjeld, som styrer integrasjonen og namngjev konsumenten.
access-findings-title = Tilgangar som treng oppfølging
access-no-findings = Ingen tilgang treng oppfølging.
col-integration = Integrasjon
col-review-due = Gjennomgåast innan
grant-status-active = Aktiv
grant-status-upcoming = Ikkje byrja enno
grant-status-review-overdue = Gjennomgang forfallen
grant-status-contract-not-in-force = Kontrakten gjeld ikkje
grant-status-lapsed = Utlaupen
grant-status-revoked = Trekt tilbake
field-integration = Integrasjon
field-consumer-kind = Konsumenten er
consumer-kind-system = eit system
consumer-kind-organisation = ein organisasjon
field-consumer = Konsument
field-contract = Kontrakt
field-granted-by = Gjeve av
field-granted-on = Første dag med tilgang
field-valid-until = Siste dag med tilgang
field-note = Merknad
access-choose-integration = — vel integrasjonen først —
access-no-contract = Ingen kontrakt styrer denne integrasjonen: skriv ein og godkjenn han før du gjev tilgang.
contract-choice = { $title } { $version } ({ $status })
action-open-integration = Opne integrasjonen
action-open-contract = Opne kontrakten
access-schedule-title = Status og gjennomgang
access-status = Status: { $status }
access-review-due = Neste gjennomgang innan { $date }: { $interval }.
access-review-none = Trekt tilbake ved ein gjennomgang: ingen fleire gjennomgangar.
access-shipped-default = Intervallet er standardverdien til Datapakt for klassifiseringa og personopplysningane i det kontrakten omfattar.
review-at-end = ingen fast gjennomgang er kravd, så han vert gjennomgått når tilgangen tek slutt
field-reviews = Gjennomgangar
field-reviewed-on = Gjennomgått
field-reviewed-by = Gjennomgått av
field-review-outcome = Utfall
review-outcome-confirmed = Framleis naudsynt: stadfesta
review-outcome-revoked = Ikkje lenger naudsynt: trekt tilbake
action-add-review = Registrer ein gjennomgang
action-remove-review = Fjern
path-integration = integrasjon
path-consumer = konsument
path-contract = kontrakt
path-granted-by = gjeve av
path-granted-on = første dag med tilgang
path-valid-until = siste dag med tilgang
path-reviewed-on = dato for gjennomgang { $n }
path-grant-note = merknad
issue-contract-is-draft = Kontrakten er eit utkast, og ingen får tilgang utan ein godkjend kontrakt: send han til godkjenning og godkjenn han først.
issue-contract-in-review = Kontrakten ventar på godkjenning, og ingen får tilgang utan ein godkjend kontrakt: godkjenn han først.
issue-contract-retired = Kontrakten er utgått og gjev ikkje lenger tilgang: vel ein kontrakt som gjeld, eller godkjenn ein ny.
issue-contract-not-yet-valid = Kontrakten gjeld først frå { $date }: gje tilgang frå den dagen, eller vel ein kontrakt som gjeld no.
issue-contract-expired = Kontrakten gjekk ut { $date }: godkjenn ein ny kontrakt (eller forleng denne) før du gjev tilgang.
issue-version-too-low = Versjon { $released } er frigjeven, og endringane sidan krev versjon { $proposed }: bruk { $proposed } eller høgare.
issue-contract-ends-first = Kontrakten sluttar { $date }, før denne tilgangen ville slutta: gje tilgang seinast til { $date }, eller forleng kontrakten.
issue-contract-not-governing = Kontrakten styrer ikkje denne integrasjonen: vel ein kontrakt som gjer det, eller legg integrasjonen til i kontrakten.
issue-contract-not-for-consumer = Kontrakten namngjev ikkje denne konsumenten: vel kontrakten som er inngått med han, eller skriv ein for han.
error-access-refused = Tilgang ikkje gjeven: ingen godkjend kontrakt som gjeld, dekkjer han. Årsaka står ved kontrakten.
rule-access-review-overdue = Tilgangar vert gjennomgått i tide
rule-access-contract-not-in-force = Tilgangar kviler på ein kontrakt som gjeld
rule-access-grant-lapsed = Tilgangar etter siste dag er avslutta
rule-contract-is-complete = Kontraktar oppgjev eigar, system og felt
rule-release-matches-information-sets = Frigjevne kontraktar stemmer med informasjonsmengdene sine
finding-access-review-overdue = Gjennomgangen skulle vore gjord innan { $date }, etter intervallet for informasjonen kontrakten «{ $contract }» omfattar: gå gjennom tilgangen og registrer om han framleis trengst.
finding-access-contract-not-in-force = { $reason ->
    [draft] Kontrakten «{ $contract }» er eit utkast og gjev difor ingen tilgang: godkjenn kontrakten, eller avslutt tilgangen.
    [in-review] Kontrakten «{ $contract }» ventar på godkjenning og gjev difor ingen tilgang: godkjenn kontrakten, eller avslutt tilgangen.
    [not-yet-valid] Kontrakten «{ $contract }» gjeld først frå { $date }, etter at tilgangen byrja: rett første dag i ein av dei.
    [expired] Kontrakten «{ $contract }» gjekk ut { $date }: godkjenn ein ny kontrakt og flytt tilgangen dit, eller avslutt tilgangen.
    [ends-first] Kontrakten «{ $contract }» sluttar { $date }, før tilgangen gjer det: kort ned tilgangen, eller forleng kontrakten.
    [not-governing] Kontrakten «{ $contract }» styrer ikkje lenger denne integrasjonen: flytt tilgangen til ein kontrakt som gjer det, eller avslutt han.
    [not-for-consumer] Kontrakten «{ $contract }» namngjev ikkje lenger denne konsumenten: flytt tilgangen til kontrakten som er inngått med han, eller avslutt han.
   *[retired] Kontrakten «{ $contract }» er utgått: flytt tilgangen til ein kontrakt som gjeld, eller avslutt han.
}
finding-access-grant-lapsed = Siste dag var { $date }, men tilgangen står framleis som gjeven (under «{ $contract }»): registrer ein gjennomgang som trekkjer han tilbake, eller forleng han under ein kontrakt som gjeld.
finding-contract-is-complete = Kontrakten oppgjev { $what ->
    [owner] ingen informasjonseigar
    [provider] ikkje det leverande systemet
    [consumer] ikkje det mottakande systemet
   *[fields] ingen felt
}: fyll det ut; kontrakten kan ikkje sendast til gjennomgang før det er gjort.
finding-release-matches-information-sets = Informasjonsmengda «{ $set }» er endra etter at versjon { $version } vart frigjeven: lagra kontrakten for å starte neste versjon (versjonspanelet viser kva som er endra), og godkjenn han.
report-access-title = Tilgangsregister
report-access-empty = Ingen tilgangar er gjevne.
report-access-grants = Tilgangar
report-access-attention = Treng oppfølging
report-col-grant = Tilgang
report-col-consumer = Konsument
report-col-contract = Kontrakt
report-col-granted-by = Gjeve av
report-col-granted-on = Frå
report-col-valid-until = Til
report-col-review-due = Gjennomgåast innan
report-col-review-interval = Intervall for gjennomgang
report-col-status = Status
report-col-finding = Funn

## Versjonar: endringar, reglane som vurderer dei, endringsloggar og varsel om endringar.
bump-major = brytande endring
bump-minor = tillegg
bump-patch = redaksjonell endring
version-value-none = ingen
version-required-required = obligatorisk
version-required-optional = valfritt
version-personal-personal = personopplysningar
version-personal-special-category = særleg kategori
version-personal-criminal-offence = straffbare forhold
version-personal-national-id = fødselsnummer
version-unreleased = Ikkje frigjeven enno
version-first-release = Første frigjeving.
version-no-changes = Ingen endringar.
version-change-set-added = Informasjonsmengda «{ $subject }» er lagd til
version-change-set-removed = Informasjonsmengda «{ $subject }» er fjerna
version-change-set-renamed = Informasjonsmengda «{ $from }» har fått nytt namn: «{ $to }»
version-change-set-term-changed = { $subject }: { $term } endra frå «{ $from }» til «{ $to }»
version-change-resource-changed = { $subject }: API-stien /{ $from } vart /{ $to }
version-change-field-added = Feltet { $subject } er lagt til ({ $to })
version-change-field-removed = Feltet { $subject } er fjerna
version-change-field-renamed = Feltet { $from } har fått nytt namn: { $to }
version-change-type-changed = Feltet { $subject }: typen { $from } vart { $to }
version-change-format-changed = Feltet { $subject }: formatet «{ $from }» vart «{ $to }»
version-change-constraint-changed = Feltet { $subject }: { $term } «{ $from }» vart «{ $to }»
version-constraint-minimum = minste verdi
version-constraint-maximum = største verdi
version-constraint-min-length = minste tal på teikn
version-constraint-max-length = største tal på teikn
version-constraint-pattern = mønster
version-constraint-unique = unik
version-constraint-primary-key = primærnøkkel
version-flag-on = ja
version-flag-off = nei
version-change-required-changed = Feltet { $subject }: { $from } vart { $to }
version-change-enum-changed = Feltet { $subject }: tillatne verdiar «{ $from }» vart «{ $to }»
version-change-classification-changed = Feltet { $subject }: klassifiseringsnivå { $from } vart { $to }
version-change-personal-data-changed = Feltet { $subject }: personopplysningar «{ $from }» vart «{ $to }»
version-change-description-changed = Feltet { $subject }: skildringa er endra
version-change-quality-changed = Kvalitetsregel { $subject }: «{ $from }» vart «{ $to }»
version-change-server-changed = Server { $subject }: «{ $from }» vart «{ $to }»
version-change-term-changed = { $term } endra frå «{ $from }» til «{ $to }»
version-set-term-description = skildring
version-set-term-owner = dataeigar
version-set-term-scheme = klassifiseringsordning
version-term-title = Tittel
version-term-description = Skildring
version-term-owner = Dataeigar
version-term-provider = Tilbydar
version-term-consumer = Konsument
version-term-purpose = Føremål
version-term-legal-basis = Behandlingsgrunnlag
version-term-retention = Lagringstid
version-term-access = Tilgang
version-term-access-rights = Tilgangsrettar
version-term-valid-from = Gyldig frå
version-term-valid-to = Gyldig til
version-term-availability = Tilgjenge (%)
version-term-support-hours = Opningstid for brukarstøtte
version-term-response-minutes = Responstid (minutt)
version-term-recovery-time = Gjenopprettingstid (timar)
version-term-recovery-point = Gjenopprettingspunkt (timar)
version-term-api-profile = API-profil
version-term-in-house = Blir behandla internt
version-term-links = Lenker
version-term-integrations = Integrasjonar som er omfatta
version-rule-field-removed = Konsumentar som les feltet, sluttar å fungere.
version-rule-set-removed = Konsumentane av informasjonsmengda mistar ho.
version-rule-field-renamed = Konsumentar som les det gamle namnet, sluttar å fungere.
version-rule-type-changed = Konsumentar som tolkar den gamle typen, sluttar å fungere.
version-rule-format-narrowed = Verdiar som var gyldige, er det kanskje ikkje lenger.
version-rule-primary-key-changed = Konsumentar som slår opp eller koplar postar på nøkkelen, sluttar å fungere.
version-rule-constraint-narrowed = Verdiar som var gyldige, er det kanskje ikkje lenger.
version-rule-required-field-added = Tilbydaren sender no feltet i kvar post: lovnaden vert stramma inn, og ein konsument som tek imot dataa, vert ikkje broten.
version-rule-made-required = Tilbydaren sender no feltet i kvar post: lovnaden vert stramma inn, og ein konsument som tek imot dataa, vert ikkje broten.
version-rule-made-optional = Konsumentane kan ikkje lenger rekne med at feltet er der.
version-rule-enum-value-removed = Ein verdi som konsumentane sender eller reknar med, er ikkje lenger tillaten.
version-rule-classification-raised = Konsumentane har kanskje ikkje lenger lov til å ha informasjonen.
version-rule-personal-data-added = No vert det overført personopplysningar: det kan vere behov for ein databehandlaravtale.
version-rule-endpoint-path-changed = Kall til den gamle stien feilar.
version-rule-scheme-changed = Nivåa tyder no noko anna: klassifiser på nytt.
version-rule-service-level-lowered = Konsumentane får eit lågare tenestenivå enn avtalt.
version-rule-validity-shortened = Kontrakten gjeld for kortare tid: tilgangen kan ta slutt tidlegare.
version-rule-parties-changed = Kontrakten er no mellom andre partar.
version-rule-integration-removed = Ein integrasjon som kontrakten ikkje lenger omfattar, mistar dekninga: tilgang gjennom han krev ein annan kontrakt.
version-rule-access-narrowed = Færre kan få tilgang til informasjonen.
version-rule-quality-rule-tightened = Data som oppfylte kvalitetsreglane, gjer det kanskje ikkje lenger: leverandøren må levere meir, og kontrollane til konsumentane kan feile på data som stod.
version-rule-quality-rule-changed = Ein kvalitetsregel krev noko anna: data som oppfylte han, gjer det kanskje ikkje lenger.
version-rule-server-removed = Konsumentar som les frå serveren, mistar han.
version-rule-server-changed = Konsumentar som les frå serveren, må følgje han til den nye staden.
version-rule-field-added = Eksisterande konsumentar vert ikkje påverka.
version-rule-set-added = Eksisterande konsumentar vert ikkje påverka.
version-rule-enum-value-added = Eksisterande verdiar er framleis gyldige; konsumentane bør godta den nye.
version-rule-format-dropped = Alle verdiar som var gyldige, er det framleis.
version-rule-constraint-widened = Alle verdiar som var gyldige, er det framleis; konsumentar bør godta dei nye.
version-rule-classification-lowered = Alle konsumentar som hadde lov før, har det framleis.
version-rule-personal-data-removed = Færre personopplysningar vert overførte.
version-rule-quality-rule-loosened = Alle data som oppfylte kvalitetsreglane, gjer det framleis; konsumentane bør ikkje lenger rekne med det som fall bort.
version-rule-server-added = Eksisterande konsumentar vert ikkje råka.
version-rule-terms-changed = Vilkåra er endra: les dei på nytt før du godkjenner.
version-rule-wording-changed = Berre ordlyden er endra.
version-proposed = Føreslått versjon: { $version } ({ $bump })
version-changes-since = Endringar sidan { $version }
changelog-title = Endringslogg: { $title }
changelog-released = Frigjeven { $date } av { $by }
changelog-file = Lesen frå { $file }
impact-why-governed = vert styrt av kontrakten
impact-why-consumer = brukar ein integrasjon som kontrakten styrer
impact-why-named-consumer = namngjeven som konsument i kontrakten
impact-why-awaiting-approval = endringa ventar på godkjenning
impact-why-shares-set = styrer ei informasjonsmengd som er endra
impact-why-grant = tilgang gjeven under kontrakten
impact-when-approved = den dagen versjonen vert godkjend
notice-subject = «{ $title }»: versjon { $to } ({ $bump })
notice-greeting = Hei { $name },
notice-intro = «{ $title }» vert endra frå versjon { $from } til versjon { $to }, med verknad frå { $date }.
notice-intro-first = «{ $title }» vert frigjeven i versjon { $to }, med verknad frå { $date }.
notice-changes = Dette vert endra:
notice-action-major = Dette må du gjere: endringa er brytande, så eksisterande bruk sluttar å fungere. Sjekk { $items } mot den nye versjonen og tilpass før endringa tek til å gjelde; sei frå til eigaren om du ikkje kan.
notice-action-minor = Dette må du gjere: ingenting. Tillegga er der for deg om du treng dei.
notice-action-patch = Dette må du gjere: ingenting. Berre ordlyden er endra.
notice-role = Du får dette som { $role } for { $item }.
notice-contact = Spørsmål: { $owner }.
versions-title = Versjonar
versions-since = Endringar sidan versjon { $version } vart frigjeven:
versions-unchanged = Ingen endringar sidan versjon { $version } vart frigjeven.
versions-never-released = Ikkje frigjeven enno: når kontrakten vert godkjend, vert versjon { $version } frigjeven.
versions-use-proposed = Bruk { $version }
versions-starts-draft = Når du lagrar, vert versjon { $version } starta som utkast; når han vert godkjend, vert han frigjeven.
versions-changelog = Endringslogg
versions-compare = Samanlikn versjonar
versions-impact = Kven som vert råka
versions-export-changelog = Eksporter som Markdown
versions-from = Frå versjon
versions-to = Til versjon
versions-nothing-to-compare = Det finst berre éin versjon så langt.
impact-title = Kven endringa til versjon { $version } råkar
impact-integrations = Integrasjonar
impact-consumers = Konsumentsystem
impact-contracts = Kontraktar som må godkjennast på nytt
impact-grants = Tilgangar som må gjennomgåast
impact-recipients = Personar som må varslast
impact-none = Ingen.
impact-copy = Kopier
impact-copied = Kopiert til utklippstavla.
impact-save-notice = Lagre som fil
changelog-export = Eksporter endringsloggen
spectral-export = Eksporter profilen som Spectral-regelsett
dcat-catalog-title = Opne API-ar frå { $publisher }
dcat-catalog-description = Datatenestene { $publisher } tilbyr under godkjende informasjonskontraktar med offentleg tilgang, og informasjonsmengdene dei leverer.
dcat-profile-dcat-ap-no = data.norge.no (DCAT-AP-NO)
dcat-profile-dcat-ap-se = dataportal.se (DCAT-AP-SE)
dcat-export = Eksporter dei opne API-a til den nasjonale datakatalogen
file-type-turtle = RDF (Turtle)
file-type-json-ld = RDF (JSON-LD)
error-dcat-bad-endpoint = Endepunktet «{ $endpoint }» for { $api } er ikkje ei nettadresse RDF kan ha: rett det på det leverande systemet.
error-dcat-nothing = Ingen godkjend kontrakt med offentleg tilgang har eit endepunkt og ein utgjevar: det er ingenting å skildre enno.
json-schema-export = Eksporter JSON Schema
action-export-json-schema = Eksporter JSON Schema …
notice-export = Lagre varselet
versions-set-saves = Når du lagrar, vert versjon { $version } registrert ({ $bump })
versions-set-since = Endringar sidan versjon { $version }:
versions-set-current = Versjon { $version }: ingen endringar sidan.
menu-team = Felleskatalog
action-open-team = Opne felleskatalog…
action-publish-team = Publiser til eit felles repositorium…
team-publish-title = Publiser til eit felles repositorium
team-publish-intro = Heile katalogen blir skriven som tekstfiler (avtalar som ODCS), committa og send til eit tomt git-repositorium teamet når, til dømes eit nytt GitLab- eller Gitea-prosjekt. Påloggingen kjem frå SSH-nøklane dine eller credential helper i git.
team-open-intro = Ei ny lokal katalogfil blir laga frå repositoriet til teamet; ho er arbeidskopien din (rask, og kan brukast fråkopla), og Synkroniser deler endringar begge vegar.
team-publish-go = Publiser
team-open-go = Vel kvar ho skal lagrast…
team-url = Adressa til repositoriet (ssh://, https:// eller ei mappe)
team-sync = Synkroniser
team-sync-shortcut = Synkroniser (Ctrl+Shift+S)
team-status-line = { $local } lokale · { $incoming } innkomande · synkronisert { $when }
team-never = aldri
team-conflicts-waiting = { $count ->
    [one] 1 konflikt ventar
   *[other] { $count } konfliktar ventar
}
team-conflicts-title = Konfliktar frå siste synkronisering
team-conflicts-intro = Desse felta vart endra ulikt her og i felleskatalogen. Verdien din blir halden på til du vel; ingenting blir sendt medan ein konflikt ventar.
team-base = Før
team-mine = Min
team-theirs = Deira
team-keep-mine = Behald min
team-take-theirs = Ta deira
team-abort = Avbryt synkroniseringa
team-whole-item = heile elementet
team-deleted = (sletta)
team-all-resolved = Alle konfliktar er løyste: synkroniser for å dele resultatet.
team-synced = Synkronisert: { $sent } sendt, { $received } motteke.
team-conflicts-notice = { $count ->
    [one] 1 konflikt ventar på valet ditt; ingenting vart sendt.
   *[other] { $count } konfliktar ventar på valet ditt; ingenting vart sendt.
}
team-finding = Etter samanslåinga, «{ $title }»: { $message }
team-aborted = Synkroniseringa vart avbroten: katalogen er som før ho.
prefs-email = E-postadresse
prefs-email-hint = Blir brukt saman med namnet ditt på commitane til felleskatalogen.
