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
rule-departed-owner-has-successor = Ein eigar som har slutta, har ein etterfølgjar
rule-system-has-owner = Kvart system har ein eigar
rule-contract-has-classification = Kvar kontrakt har ei klassifisering

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
field-schema = Skjema
field-format = Format
field-enum-values = Tillatne verdiar (kommaseparerte)
field-examples = Døme (kommaseparerte)
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
pattern-event-provisioning = hendingsbasert overføring
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
path-owning-unit = ansvarleg eining
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
issue-name-taken = Verdien i «{ $field }» er alt brukt av eit anna element av same type: vel ein annan.

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
finding-departed-owner-has-successor = { $person } slutta { $date } og var { $role }; ingen har teke over: tildel ein etterfølgjar.
finding-system-has-owner = Ingen systemeigar er registrert: tildel personen som har ansvaret for systemet, eller merk det som avvikla om det ikkje lenger er i drift.
finding-contract-has-classification = { $variant ->
    [no-sets] Han styrer inga informasjonsmengd, så klassifiseringa er ukjend: knyt til informasjonsmengdene han overfører, og klassifiser felta deira.
   *[unclassified] Ingen av felta i informasjonsmengdene han styrer er klassifiserte: klassifiser dei i informasjonsmengda.
}
findings-more = …og { $count } til.

## Feil
error-missing = { $path } finst ikkje: sjekk stien, eller lag ein ny katalog.
error-already-exists = { $path } finst allereie: vel eit anna filnamn (ei eksisterande fil vert aldri skriven over).
error-read = Kunne ikkje lese { $path }: { $detail }
error-export-over-catalog = { $path } er den opne katalogen: vel ei anna fil for eksporten.
error-not-sqlite = { $path } er ikkje ein Datapakt-katalog (det er ikkje ein SQLite-database); fila er ikkje endra.
error-foreign-database = { $path } er ikkje ein Datapakt-katalog (det er databasen til eit anna program); fila er ikkje endra.
error-newer-schema = { $path } er skriven av ein nyare Datapakt (katalogskjema { $found }; denne versjonen les til og med { $supported }): oppdater Datapakt for å opne han; fila er ikkje endra.
error-invalid = Ikkje lagra: rett opp dei markerte felta.
error-invalid-import = Element { $n } i importen er ikkje gyldig, så ingenting vart importert.
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
dialog-catalog-files = Datapakt-katalogar
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
error-usage = { $detail }
field-api-profile = API-profil
profile-generic = Generell
profile-ks-fiks = KS Fiks (Noreg)
profile-se-rest = Svensk REST API-profil

## ODCS-import
error-odcs-yaml = { $file }: ikkje gyldig YAML på linje { $line }, kolonne { $column } ({ $detail }): rett syntaksen der; ingenting vart importert.
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
error-odcs-needed = { $file }: { $at }: { $what ->
    [owner] Datapakt treng dataeigaren til kontrakten: gi teamet eit namn, eller eit medlem med rolla owner
    [provider] Datapakt treng det leverande systemet: legg til den eigendefinerte eigenskapen datapakt.providerSystem (eller dataProduct), eller oppgi det med --provider
    [consumer] Datapakt treng det mottakande systemet: legg til den eigendefinerte eigenskapen datapakt.consumerSystem, eller oppgi det med --consumer
   *[fields] Datapakt treng minst eitt felt: gi eit skjemaobjekt eigenskapar av ein enkel type (string, number, integer, boolean, date, timestamp)
  }; ingenting vart importert.
error-odcs-not-one-of = { $file }: { $at }: { $value } er ikkje ein av { $allowed }: bruk ein av dei; ingenting vart importert.
error-odcs-not-identifier = { $file }: { $at }: { $value } er ikkje eit feltnamn Datapakt godtek (ASCII-bokstavar, siffer og _, som byrjar med ein bokstav eller _, høgst 64 teikn): gi det nytt namn; ingenting vart importert.
error-odcs-duplicate = { $file }: { $at }: { $value } finst meir enn éin gong og må vere unikt der (òg ein kontrakt-id blant filene i éin import); ingenting vart importert.
error-odcs-not-version = { $file }: { $at }: { $value } er ikkje ein versjon Datapakt godtek: skriv MAJOR.MINOR.PATCH, t.d. 1.0.0; ingenting vart importert.
error-odcs-not-date = { $file }: { $at }: { $value } er ikkje ein dato: skriv ÅÅÅÅ-MM-DD; ingenting vart importert.
error-odcs-not-email = { $file }: { $at }: { $value } er ikkje ei e-postadresse, og Datapakt kjenner folk på deira; ingenting vart importert.
error-odcs-not-percent = { $file }: { $at }: { $value } er ikkje ein prosent frå 0 til 100; ingenting vart importert.
error-odcs-too-long = { $file }: { $at } er lengre enn { $max } teikn: gjer det kortare; ingenting vart importert.
error-odcs-unknown-scheme = { $file }: { $at }: det finst inga klassifiseringsordning { $key } i denne katalogen: bruk ei av { $known }; ingenting vart importert.
error-odcs-unknown-level = { $file }: { $at }: { $value } er ikkje eit nivå i klassifiseringsordninga { $scheme }: bruk eitt av { $levels }; ingenting vart importert.
