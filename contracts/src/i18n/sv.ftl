# Datapakt — svenska. Har exakt samma meddelanden och variabler som den engelska filen.

## Fönstret
app-name = Datapakt
app-tagline = Informationskontrakt, samlade i en katalogfil
catalog-open-failed = Katalogen kunde inte öppnas
catalog-open-hint = Öppna en annan katalog från Arkiv-menyn, eller starta Datapakt utan --catalog för att använda din standardkatalog.
read-only-banner = Den här katalogen är skrivskyddad: du kan titta, men inte ändra något.
working = Arbetar…
skip-to-content = Hoppa till innehållet

## Navigering
nav-label = Avsnitt
nav-overview = Översikt
nav-contracts = Kontrakt
nav-integrations = Integrationer
nav-systems = System
nav-information-sets = Informationsmängder
nav-organisations = Organisationer
nav-people = Personer
nav-agreements = Avtal
nav-audit = Ändringslogg

## Typer av objekt
entity-contract = Kontrakt
entity-organisation = Organisation
entity-classification-scheme = Klassningsmodell
entity-person = Person
entity-system = System
entity-information-set = Informationsmängd
entity-integration = Integration
entity-agreement = Personuppgiftsbiträdesavtal
entity-unit = Enhet
entity-settings = Kataloginställningar
entity-release = Utgiven version
entity-set-version = Version av informationsmängd

## Åtgärder
action-new = Ny
action-new-contract = Nytt kontrakt
action-new-integration = Ny integration
action-new-system = Nytt system
action-new-information-set = Ny informationsmängd
action-new-organisation = Ny organisation
action-new-person = Ny person
action-new-agreement = Nytt avtal
action-save = Spara
action-delete = Radera
action-discard = Förkasta ändringarna
action-keep-editing = Fortsätt redigera
action-close = Stäng
action-add = Lägg till
action-remove = Ta bort
action-move-up = Flytta upp
action-move-down = Flytta ned
action-add-field = Lägg till fält
action-add-child = Lägg till underfält
action-export-openapi = Exportera OpenAPI
action-export-pdf = Exportera PDF
action-preferences = Inställningar
action-file = Arkiv
action-new-catalog = Ny katalog…
action-open-catalog = Öppna katalog…
action-open-recent = Öppna senaste
action-quit = Avsluta
action-save-copy = Spara en kopia som…
action-show-json-schema = Visa JSON Schema
action-hide-json-schema = Dölj JSON Schema
action-submit-review = Skicka för granskning
action-approve = Godkänn
action-send-back = Skicka tillbaka till utkast
action-retire = Markera som upphörd
action-take-fields = Använd de här fälten
action-assign = Tilldela

## Meddelanden
saved = Sparade ”{ $title }”.
deleted = Raderade ”{ $title }”.
delete-confirm = Radera ”{ $title }”? Ändringsloggen behåller det som det var.
changed-elsewhere = Det här objektet har ändrats sedan du öppnade det (i ett annat fönster, kommandoradsverktyget eller en teamsynkronisering), så dina ändringar sparades inte. Läs in det igen för att se ändringen (dina ändringar kastas), eller visa båda versionerna sida vid sida.
changed-reload = Läs in igen (kasta mina ändringar)
changed-compare = Visa båda
changed-keep-mine = Spara min över deras
changed-property = Egenskap
changed-mine = Din (inte sparad)
changed-theirs = Sparad nu
unsaved-changes = Du har osparade ändringar.
unsaved-confirm = Förkasta de osparade ändringarna i ”{ $title }”?
exporting = Exporterar { $format }…
exported = Exporterat till { $path }
export-cancelled = Exporten avbröts.
export-failed = Exporten misslyckades: { $message }
status-changed = ”{ $title }” har nu status { $status }.
catalog-opened = Öppnade { $path }
copy-saved = Sparade en kopia i { $path }
nothing-selected = Välj ett objekt i listan, eller skapa ett nytt.
no-rows = Inget att visa.
no-recent = Inga senaste kataloger.
rows-count = { $count ->
    [one] { $count } objekt
   *[other] { $count } objekt
}
fix-before-saving = Rätta de markerade fälten innan du sparar.
approved-by = Godkänd av { $name } den { $at }

## Listor
filter-label = Filter
filter-placeholder = Skriv för att filtrera
sort-ascending = sorterad stigande
sort-descending = sorterad fallande
col-title = Titel
col-name = Namn
col-version = Version
col-status = Status
col-owner = Ägare
col-provider = Producent
col-consumer = Konsument
col-consumers = Konsumenter
col-country = Land
col-org-number = Organisationsnummer
col-email = E-post
col-unit = Enhet
col-left-on = Slutade
col-lifecycle = Livscykel
col-system-owner = Systemägare
col-fields = Fält
col-personal-data = Personuppgifter
col-pattern = Mönster
col-controller = Personuppgiftsansvarig
col-processor = Personuppgiftsbiträde
col-contracts = Kontrakt
col-time = Tidpunkt
col-author = Utförd av
col-action = Ändring
col-kind = Typ
col-item = Objekt
yes = Ja
no = Nej

## Sök
search-label = Sök i katalogen
search-placeholder = Sök (Ctrl+K)
search-no-hits = Inga träffar för ”{ $query }”.

## Översikt
overview-title = Översikt
overview-counts = Katalogen
overview-findings = Regler som katalogen bryter mot
overview-no-findings = Ingen regel bryts.
rule-contract-has-information-owner = Varje kontrakt har en informationsägare
rule-information-set-has-owner = Varje informationsmängd har en ägare
rule-personal-data-has-agreement = Personuppgifter omfattas av ett personuppgiftsbiträdesavtal
rule-integration-has-owner = Varje integration har en ägare
rule-integration-has-contract = Varje integration i drift har ett gällande informationskontrakt
rule-departed-owner-has-successor = En ägare som har slutat har en efterträdare
rule-system-has-owner = Varje system har en ägare
rule-contract-has-classification = Varje kontrakt har en klassning
rule-safeguard-gap = Integrationen har de skyddsåtgärder klassningen kräver
rule-technology-follows-advice = Integrationens teknik följer beslutsträdet eller är motiverad
rule-reuse-before-build = Integrationen återanvänder ett befintligt gränssnitt eller motiverar ett nytt

## Historik
history-title = Historik
history-empty = Inga ändringar registrerade.
audit-create = Skapad
audit-update = Ändrad
audit-delete = Raderad
audit-before = Före
audit-after = Efter
audit-select = Välj en ändring för att se vad den gällde.

## Inställningar
prefs-title = Inställningar
prefs-language = Språk
prefs-author = Ditt namn i ändringsloggen
prefs-author-hint = Tomt: ditt användarnamn på den här datorn.
prefs-theme = Tema
theme-system = Följ systemet
theme-light = Ljust
theme-dark = Mörkt

## Fält i redigeringsvyerna
field-title = Titel
field-name = Namn
field-description = Beskrivning
field-owner = Informationsägare
field-provider-system = Producentsystem
field-consumer-system = Konsumentsystem
field-version = Version
field-fields = Fält
field-field-name = Fältnamn
field-type = Typ
field-required = Obligatoriskt
field-purpose = Ändamål
field-legal-basis = Rättslig grund
field-retention = Lagringstid
field-access = Vem som får åtkomst
field-valid-from = Giltigt från
field-valid-to = Giltigt till
field-links = Länkar till definitionsfiler (en per rad)
field-availability = Tillgänglighet (%)
field-support-hours = Supporttider
field-response-minutes = Svarstid (minuter)
field-recovery-time = Återställningstid (timmar)
field-recovery-point = Återställningspunkt (timmar)
field-information-sets = Informationsmängder som omfattas
field-integrations = Integrationer som omfattas
field-in-house = Behandlas internt (inget personuppgiftsbiträde inblandat)
field-status = Status
field-country = Land
field-org-number = Organisationsnummer
field-units = Enheter
field-new-unit = Ny enhet
field-email = E-post
field-unit = Enhet
field-left-on = Slutade den
field-owning-unit = Ansvarig enhet
field-lifecycle = Livscykel
field-endpoints = Slutpunkter (en per rad)
field-system-owners = Systemägare
field-roles = Roller
field-scheme = Klassningsmodell
field-resource = API-resursnamn (i plural, t.ex. elever)
field-schema = Schema
field-format = Format
field-enum-values = Tillåtna värden (kommaseparerade)
field-examples = Exempel (kommaseparerade)
field-minimum = Minsta värde
field-maximum = Största värde
field-display-name = Visningsnamn på svenska
field-min-length = Minsta antal tecken
field-max-length = Största antal tecken
field-pattern = Mönster (reguljärt uttryck)
field-unique = Unik
field-primary-key = Nyckel
field-classification = Klassning
field-personal = Personuppgifter
field-special-category = Känsliga personuppgifter (Art. 9)
field-criminal-offence = Uppgifter om lagöverträdelser (Art. 10)
field-national-id = Personnummer
field-provider = Producentsystem
field-consumers = Konsumentsystem
field-integration-owner = Integrationsägare
field-pattern = Mönster
field-technology = Teknik
field-mode = Läge
field-frequency = Frekvens
field-volume-per-day = Meddelanden per dag
field-message-size = Meddelandestorlek (kB)
field-guaranteed-delivery = Garanterad leverans
field-reusable = Återanvändbar via den centrala plattformen
field-existing-could-serve = Ett befintligt gränssnitt hade kunnat användas
field-justification = Motivering för ett nytt gränssnitt
field-controller = Personuppgiftsansvarig
field-processor = Personuppgiftsbiträde
field-subject-matter = Föremål för behandlingen
field-duration = Varaktighet
field-nature-purpose = Art och ändamål
field-personal-data-types = Typer av personuppgifter (en per rad)
field-data-subjects = Kategorier av registrerade (en per rad)
field-security-measures = Säkerhetsåtgärder
field-transfers = Överföringar utanför EU/EES
field-contracts-covered = Kontrakt som omfattas (id, kommaseparerade)
field-person = Person
field-role = Roll
none-selected = — ingen —
unclassified = Ej klassad

## Värden
status-draft = utkast
status-in-review = för granskning
status-approved = godkänd
status-retired = upphörd
lifecycle-planned = planerad
lifecycle-in-development = under utveckling
lifecycle-in-production = i produktion
lifecycle-phasing-out = under avveckling
lifecycle-retired = avvecklad
pattern-event-provisioning = händelsebaserad överföring
pattern-api-lookup = API-uppslag
pattern-full-sync-batch = full synkronisering (batch)
pattern-file-transfer = filöverföring
pattern-message-queue = meddelandekö
technology-rest = REST
technology-graphql = GraphQL
technology-soap-legacy = SOAP (endast äldre lösningar)
technology-messaging = meddelandeutbyte
technology-file = fil
mode-synchronous = synkron
mode-asynchronous = asynkron
frequency-real-time = realtid
frequency-on-demand = vid behov
frequency-hourly = varje timme
frequency-daily = dagligen
frequency-weekly = varje vecka
frequency-monthly = varje månad
role-information-owner = informationsägare
role-system-owner = systemägare
role-integration-owner = integrationsägare
role-contact-point = kontaktpunkt
role-technical-contact = teknisk kontakt
country-no = Norge
country-se = Sverige
type-string = text
type-integer = heltal
type-number = tal
type-boolean = sant/falskt
type-date = datum
type-date-time = datum och tid
type-object = objekt
type-array = lista

## Var ett valideringsfynd pekar
path-title = titel
path-owner = ägare
path-provider-system = producentsystem
path-consumer-system = konsumentsystem
path-version = version
path-fields = fält
path-field-name = namn på fält { $n }
path-name = namn
path-org-number = organisationsnummer
path-scheme-key = modellens nyckel
path-aspects = aspekter
path-aspect-key = nyckel för aspekt { $n }
path-levels = nivåer
path-level-colour = färg för nivå { $n }
path-email = e-postadress
path-left-on = datum då personen slutade
path-scheme = klassningsmodell
path-controller = personuppgiftsansvarig
path-processor = personuppgiftsbiträde
path-valid-from = startdatum
path-valid-to = slutdatum
path-availability = tillgänglighet
path-provider = producentsystem
path-consumers = konsumentsystem
path-justification = motivering
path-schema-field = schemafält { $n }
path-endpoint = slutpunkt { $n }
path-case-figures = ärendestatistik, rad { $n }
path-owning-unit = ansvarig enhet
path-resource = API-resursnamn
art28-title = titel
art28-subject-matter = föremål för behandlingen
art28-duration = behandlingens varaktighet
art28-nature-and-purpose = behandlingens art och ändamål
art28-personal-data = typer av personuppgifter
art28-data-subjects = kategorier av registrerade
art28-security-measures = tekniska och organisatoriska säkerhetsåtgärder

## Valideringsfynd ($field anger var)
issue-required = Fältet ”{ $field }” måste fyllas i.
issue-too-long = Fältet ”{ $field }” är för långt: använd högst { $max } tecken.
issue-not-semver = Versionen måste se ut som 1.0.0 (major.minor.patch, endast siffror).
issue-no-fields = Lägg till minst ett fält.
issue-not-identifier = Fältet ”{ $field }” måste börja med en bokstav eller _ och får bara innehålla bokstäverna a–z, siffror och _ (högst 64 tecken), t.ex. birthDate.
issue-not-field-name = Fältet ”{ $field }” måste börja med en bokstav eller _ och får bara innehålla bokstäver (från alla språk), siffror, _, - och enkla mellanslag mellan ord (högst 64 tecken), t.ex. fødselsdato.
issue-limits-crossed = Fältet ”{ $field }” har ett minsta värde eller en minsta längd över det största: rätta ett av dem.
issue-duplicate-field-name = Värdet i ”{ $field }” används redan av ett tidigare fält: fältnamn måste vara unika.
issue-not-org-number = { $country ->
    [SE] Organisationsnumret är inte ett giltigt svenskt organisationsnummer: 10 siffror i formen NNNNNN-NNNN, där den tredje siffran är 2 eller högre och den sista är en kontrollsiffra (Luhn), t.ex. 212000-1967. Kontrollera om en siffra har skrivits fel.
   *[other] Organisationsnumret är inte ett giltigt norskt organisasjonsnummer: 9 siffror, där den sista är en kontrollsiffra (mod-11), t.ex. 974 760 673. Kontrollera om en siffra har skrivits fel.
}
issue-duplicate-key = Värdet i ”{ $field }” används redan av ett tidigare objekt: nycklar måste vara unika.
issue-too-few-levels = En modell behöver minst { $min } nivåer.
issue-not-colour = Fältet ”{ $field }” måste vara en färg skriven som #rrggbb, t.ex. #2e7d32.
issue-ordinals-out-of-order = Nivåernas ordningstal måste löpa 0, 1, 2, … från den lägsta nivån och uppåt.
issue-not-email = Fältet ”{ $field }” måste se ut som name@example.no.
issue-not-date = Fältet ”{ $field }” måste vara ett datum skrivet som YYYY-MM-DD, t.ex. 2026-08-31.
issue-empty-object = Fältet ”{ $field }” är ett objekt: lägg till fälten som det innehåller.
issue-array-needs-one-item = Fältet ”{ $field }” är en lista: beskriv dess element med exakt ett underfält.
issue-children-not-allowed = Fältet ”{ $field }” har underfält, vilket bara objekt och listor kan ha: ändra typen eller ta bort underfälten.
issue-enum-not-allowed = Fältet ”{ $field }” har tillåtna värden, vilket bara text- och heltalsfält kan ha: ändra typen eller rensa värdena.
issue-duplicate-enum-value = Fältet ”{ $field }” anger samma tillåtna värde två gånger: ta bort dubbletten.
issue-no-scheme = Fältet ”{ $field }” är klassat, men informationsmängden anger ingen klassningsmodell: välj en.
issue-unknown-level = Fältet ”{ $field }” har klassningsnivå { $ordinal }, som modellen inte har: välj en av modellens nivåer.
issue-unknown = Fältet ”{ $field }” hänvisar till något som inte finns i den här katalogen: välj ett befintligt objekt.
issue-provider-is-consumer = Producentsystemet står också som konsument: ta bort det från konsumenterna.
issue-duplicate-consumer = Ett konsumentsystem står med två gånger: ta bort dubbletten.
issue-ends-before-start = Slutdatumet ligger före startdatumet: rätta ett av dem.
issue-same-party = Den personuppgiftsansvarige och personuppgiftsbiträdet är samma organisation: ett avtal behöver två parter.
issue-not-percent = Fältet ”{ $field }” måste vara en procentsats från 0 till 100, t.ex. 99.5.
issue-not-web-address = Fältet ”{ $field }” måste vara en fullständig webbadress, t.ex. https://api.example.no/v1.
issue-more-than-cases = I { $field } är ärenden utan manuella steg fler än alla ärenden: rätta ett av talen.
issue-name-taken = Värdet i ”{ $field }” används redan av ett annat objekt av samma typ: välj ett annat.
issue-not-resource-name = Fältet ”{ $field }” får bara innehålla små bokstäver a–z, siffror och bindestreck (1–63 tecken, inget bindestreck först eller sist, inga å, ä eller ö), t.ex. elever.

## Added with the authoring desktop
nav-organisations-people = Organisationer och personer
action-add-sub-processor = Lägg till underbiträde
page-newer = Nyare ändringar
page-older = Äldre ändringar
field-find-contract = Sök ett avtal att lägga till
field-sub-processor-authorisation = Godkännande av underbiträden
authorisation-specific = Förhandsgodkännande i varje enskilt fall
authorisation-general = Allmänt skriftligt godkännande
field-notice-days = Varsel i dagar
field-sub-processors = Underbiträden
field-sp-name = Namn
field-sp-address = Adress
field-sp-contact = Kontakt
field-sp-processing = Behandling som utförs

## Regler för katalogen (avvikelser)
finding-contract-has-information-owner = Ingen har rollen som informationsägare: tilldela ägaren som avgör vem som får ta del av informationen.
finding-information-set-has-owner = Ingen informationsägare är registrerad: välj personen som avgör vem som får ta del av informationen.
finding-personal-data-has-agreement = Den innehåller personuppgifter, men inget personuppgiftsbiträdesavtal (GDPR art. 28) omfattar den: registrera avtalet, eller markera kontraktet som behandlat internt när inget personuppgiftsbiträde är inblandat.
finding-integration-has-owner = Ingen integrationsägare är registrerad: ange ägaren av informationen den överför, som håller kontraktet aktuellt och informerar de berörda vid ändringar.
finding-integration-has-contract = { $variant ->
        [none] Den är i drift, men inget informationskontrakt gäller den; integrationsstrategin kräver ett för varje systemintegration: upprätta ett, eller koppla den till ett kontrakt (bland integrationerna kontraktet gäller).
       *[not-in-force] Den är i drift, men inget av kontrakten som gäller den är godkänt och giltigt ({ $contracts }): godkänn ett, eller rätta giltigheten.
    }
finding-departed-owner-has-successor = { $person } slutade { $date } och var { $role }; ingen har tagit över: tilldela en efterträdare.
finding-system-has-owner = Ingen systemägare är registrerad: tilldela personen som ansvarar för systemet, eller markera det som avvecklat om det inte längre används.
finding-contract-has-classification = { $variant ->
    [no-sets] Den styr ingen informationsmängd, så klassningen är okänd: koppla de informationsmängder den överför och klassa deras fält.
   *[unclassified] Inget av fälten i informationsmängderna den styr är klassat: klassa dem i informationsmängden.
}
finding-safeguard-gap = Saknar ”{ $safeguard }”, som krävs av { $reason ->
    [level] klassningsnivå { $level }
    [personal] personuppgifterna den överför
   *[sensitive] de känsliga personuppgifterna den överför (särskilda kategorier, lagöverträdelser eller personnummer)
} ({ $default ->
    [yes] ett standardvärde som levereras med Datapakt
   *[no] katalogens egna regler
}; kontrakt { $contracts }): registrera skyddsåtgärden på integrationen när den är på plats, eller sänk klassningen om den är satt för högt.
finding-technology-follows-advice = { $severity ->
    [soap] Den använder { $technology }, som strategin utesluter för nya gränssnitt; beslutsträdet (så som Datapakt tolkar det) rekommenderar { $recommended }: byt teknik.
   *[unjustified] Den använder { $technology } där beslutsträdet (så som Datapakt tolkar det) rekommenderar { $recommended }, utan skriftlig motivering: skriv varför i ”Varför tekniken avviker från rådet”, eller följ rådet.
}
finding-reuse-before-build = Befintliga gränssnitt tillhandahåller redan det den överför ({ $candidates }): återanvänd ett av dem, eller kryssa i ”{ field-existing-could-serve }” och motivera det nya gränssnittet.
findings-more = …och { $count } till.

## Fel
error-missing = { $path } finns inte: kontrollera sökvägen, eller skapa en ny katalog.
error-path-not-chosen = Datapakt öppnade inte { $path }: fönstret får bara hänvisa till en fil du valt i en dialog, en fil Datapakt skrivit eller en nyligen använd katalog. Välj den med Arkiv → Öppna eller importdialogen.
error-file-missing = { $path } finns inte: kontrollera sökvägen och välj filen igen; ingenting importerades.
error-already-exists = { $path } finns redan: välj ett annat filnamn (en befintlig fil skrivs aldrig över).
error-read = Kunde inte läsa { $path }: { $detail }
error-file-too-large = { $path } är större än { $max } MiB, mer än Datapakt läser från en fil av det här slaget: kontrollera att det är filen du menade, eller dela upp den; ingenting lästes.
error-export-over-catalog = { $path } är den öppna katalogen: välj en annan fil för exporten.
error-not-sqlite = { $path } är inte en Datapakt-katalog (det är inte en SQLite-databas); filen har inte ändrats.
error-foreign-database = { $path } är inte en Datapakt-katalog (det är ett annat programs databas); filen har inte ändrats.
error-newer-schema = { $path } är skriven av en nyare Datapakt (katalogschema { $found }; den här versionen läser till och med { $supported }): uppdatera Datapakt för att öppna den; filen har inte ändrats.
error-invalid = Inte sparat: rätta de markerade fälten.
error-invalid-import = Post { $n } i importen är inte giltig, så ingenting importerades.
error-version-not-found = Det finns ingen version { $version } av { $entity } med id { $id }: ändringsloggen visar vilka versioner som finns.
error-changed-since-opened = Denna { $entity } (id { $id }) har ändrats sedan du öppnade den, i ett annat fönster, kommandoradsverktyget eller en teamsynkronisering: ingenting sparades. Läs in den igen för att se ändringen, eller visa båda och spara din igen.
error-item-not-found = Det finns ingen { $entity } med id { $id } i den här katalogen.
error-duplicate-organisation = Organisationsnummer { $number } är redan registrerat: redigera den organisationen i stället.
error-status-change = Ett kontrakt kan inte gå från { $from } till { $to }: arbetsflödet är utkast → för granskning → godkänd → upphörd, och en granskning kan skicka tillbaka det till utkast.
error-scheme-not-found = Det finns ingen klassningsmodell med nyckeln { $key } i den här katalogen.
error-in-use = Denna { $entity } används fortfarande (ett kontrakt eller ett annat objekt hänvisar till den): ta bort hänvisningarna först; ingenting raderades.
error-not-deletable = { $entity } kan inte raderas ensam.
error-locked = { $path } används av ett annat program (ett annat Datapakt-fönster eller datapakt-kommandot skriver till den): stäng programmet och försök igen; ingenting ändrades.
error-read-only = { $path } är skrivskyddad, så ändringen sparades inte: spara en kopia och arbeta i den, eller gör filen skrivbar.
error-read-only-needs-upgrade = { $path } är skrivskyddad och skriven av en äldre Datapakt: gör filen skrivbar en gång så att den kan uppgraderas.
error-sqlite = Katalogen { $path } kunde inte läsas eller skrivas: { $detail }
error-write = Kunde inte skriva { $path }: { $detail }
error-pdf = Kunde inte skapa PDF:en: { $detail }
error-sql-syntax = { $path } är inte SQL som Datapakt kan läsa i dialekten { $dialect } ({ $detail }): kontrollera dialekten och satsen där; ingenting importerades.
error-sql-no-table = { $path } har ingen CREATE TABLE-sats: exportera tabelldefinitionerna (t.ex. pg_dump --schema-only); ingenting importerades.
error-sql-too-many-tables = { $path } har fler än { $max } tabeller: dela upp den; ingenting importerades.
error-xsd-syntax = { $path } är inte XML som Datapakt kan läsa ({ $detail }): kontrollera filen (en DTD avvisas); ingenting importerades.
error-xsd-not-schema = { $path } har <{ $found }> som rot, inte ett XML Schema (xs:schema) eller en WSDL 1.1-beskrivning (wsdl:definitions); ingenting importerades.
error-xsd-empty = { $path } definierar inga element och inga komplexa typer: det finns inget att göra en informationsmängd av; ingenting importerades.
error-xsd-imports = { $path }: typerna finns i { $location }, som filen importerar: samla schemana i en fil, eller importera den filen; ingenting importerades.
error-xsd-unknown-type = { $path }: { $at } anger typen { $name }, som inget schema i filen definierar: samla schemana den importerar i filen; ingenting importerades.
error-openapi-syntax = { $path } är varken JSON eller YAML ({ $detail }): kontrollera att det är filen du menade; ingenting importerades.
error-openapi-yaml-limit = { $path }: på rad { $line }, kolumn { $column } går dokumentet över en gräns: { $measure ->
        [text] det innehåller mer än { $max } MiB text
       *[values] det innehåller mer än { $max } värden
    } när dess alias (*namn) upprepar det som ankare (&namn) markerar. Skriv ut den upprepade delen där den behövs, eller ta bort upprepningen; ingenting importerades.
error-openapi-not-object = { $path } har inget objekt på översta nivån, som ett OpenAPI-dokument (openapi, info, paths) eller ett JSON Schema (type, properties) har; ingenting importerades.
error-openapi-no-object-schema = { $path } beskriver inget objekt: ge schemat properties på översta nivån, eller objektscheman under $defs (eller definitions); ingenting importerades.
error-openapi-swagger = { $path } är ett Swagger { $version }-dokument, som Datapakt inte importerar: konvertera det till OpenAPI 3 först (till exempel med swagger2openapi) och importera resultatet.
error-openapi-no-version = { $path } saknar nyckeln openapi på översta nivån, så det är inte ett OpenAPI 3-dokument: om det är ett, lägg till openapi: 3.1.0 (eller den 3.0.x-version det följer).
error-openapi-unsupported-version = { $path } är OpenAPI { $version }: Datapakt importerar OpenAPI 3.0.x och 3.1.x; ingenting importerades.
error-openapi-dangling-ref = I { $path } pekar $ref vid { $at } på { $target }, som inte finns i dokumentet: rätta referensen eller lägg till det den pekar på; ingenting importerades.
error-openapi-external-ref = I { $path } pekar $ref vid { $at } utanför dokumentet ({ $target }): samla dokumentet i en fil först (till exempel med redocly bundle); ingenting importerades.
error-openapi-bad-ref = I { $path } är $ref vid { $at } inte en JSON-pekare inom dokumentet ({ $target }): skriv den som #/components/schemas/Namn; ingenting importerades.
error-integration-not-governed = Inget kontrakt omfattar integrationen { $name } (id { $id }), så det finns inget API att beskriva: koppla ett kontrakt till den (under Integrationer som omfattas i kontraktet) och exportera igen; ingenting skrevs.
error-not-affected = Person { $person } är inte bland dem som den senaste ändringen berör: öppna påverkan igen för att se vilka som är det; ingenting skrevs.
error-author-too-long = Författarnamnet är för långt: använd högst { $max } tecken.
error-no-data-folder = Det finns ingen mapp för standardkatalogen ({ $detail }): öppna en katalog med ”Öppna katalog…” eller skapa en med ”Ny katalog…”.
error-not-local-path = Den valda platsen är inte en lokal fil eller mapp ({ $detail }): välj en plats på den här datorn.
error-cannot-open = { $path } kunde inte öppnas: { $detail }
error-call = Fönstret fick ingen kontakt med Datapakt ({ $command }: { $detail }): starta om Datapakt och rapportera det om det händer igen.
error-import-needs-system = Ett OpenAPI-dokument importeras som gränssnittet för ett system: välj systemet det beskriver och importera igen; ingenting importerades.
error-repo-not-catalog = Förrådet har ingen datapakt.yaml: det är inte en gemensam Datapakt-katalog. Välj förrådet som en katalog publicerades till, eller ett tomt förråd att publicera till.
error-repo-newer-format = Förrådet har gemensamt katalogformat { $found }, nyare än denna Datapakt läser (format { $supported }): uppdatera Datapakt för att använda det.
error-repo-entry = { $path } i den gemensamma katalogen kan inte läsas: { $detail }
error-git-auth = { $url } avvisade inloggningen: kontrollera SSH-nyckeln (eller agenten) eller token i gits credential helper, och att du får skriva till förrådet.
error-git-host = Värden för { $url } är okänd ({ $detail }): kontrollera adressen; för SSH, anslut en gång med ssh för att lita på värdnyckeln.
error-git-unreachable = { $url } går inte att nå ({ $detail }): kontrollera nätverket. Dina ändringar är sparade och väntar på nästa synkronisering.
error-git-no-repository = Det finns inget git-förråd på { $url } ({ $detail }): kontrollera adressen. Ett tomt bart förråd behövs för att publicera.
error-git-failed = Git misslyckades i katalogens förråd: { $detail }
error-team-no-remote = Katalogen har ännu ingen gemensam fjärrkatalog: publicera den till ett tomt förråd först.
error-team-remote-taken = { $url } har redan en annan gemensam katalog: gå med i den med Öppna gemensam katalog i stället för att publicera till den.
error-team-remote-empty = { $url } är tomt: det finns ännu ingen gemensam katalog att gå med i. Publicera en katalog dit i stället.
error-team-remote-busy = { $url } ändrades hela tiden medan katalogen skickade: dina ändringar är sparade här; synkronisera igen om en stund.
error-team-entry = { $item } i den gemensamma katalogen kan inte läsas ({ $detail }); ingenting ändrades. Rätta filen i förrådet.
error-team-no-such-conflict = Ingen konflikt väntar på { $item } { $field }: se de väntande i synkroniseringsstatusen.
error-team-nothing-pending = Ingen synkronisering väntar på ett val: det finns inget att lösa eller avbryta.
team-note-reference-dropped = { $item } hänvisade till { $reference }, som den andra sidan raderade: hänvisningen togs bort.
team-note-history-clash = { $item } gjordes på båda sidor: den som publicerades först behålls; din var { $mine }.
team-note-unified = { $kind } ”{ $name }” gjordes på båda sidor: de är nu ett, och det som hänvisade till ditt hänvisar till det.
warning-openapi-no-endpoint = Ingen slutpunkt är registrerad för { $system }, så servern i OpenAPI-dokumentet är en platshållare på .invalid: registrera systemets slutpunkter och exportera igen.
warning-dcat-not-published = { $api } är utelämnad ur beskrivningen: { $reason ->
    [no-endpoint] det levererande systemet har ingen ändpunkt
   *[no-publisher] det levererande systemet hör inte till någon organisation
}. Registrera det på systemet och exportera igen.
dialog-catalog-files = Datapakt-kataloger
file-type-openapi-json = OpenAPI 3.1 (JSON)
file-type-openapi-yaml = OpenAPI 3.1 (YAML)
file-type-contract-pdf = Informationskontrakt som PDF
file-type-odcs = ODCS (YAML)
file-type-spectral = Spectral-regeluppsättning
file-type-json-schema = JSON Schema
file-type-dpa-pdf = Personuppgiftsbiträdesavtal som PDF/A
file-type-pdf = PDF-dokument
file-type-csv = CSV-tabell
file-type-svg = SVG-bild
file-type-png = PNG-bild
file-type-markdown = Markdown-text
file-type-text = Text
nav-schemes = Klassningsmodeller
action-new-classification-scheme = Ny klassningsmodell
col-key = Nyckel
col-levels = Nivåer
col-shipped-default = Levererad som standard
field-key = Nyckel
field-source = Källa
field-name-in = Namn ({ $language })
field-aspects = Aspekter som bedöms
field-levels = Nivåer, lägst först
field-colour = Färg
action-add-aspect = Lägg till aspekt
action-add-level = Lägg till nivå
action-remove-level = Ta bort den högsta nivån
shipped-default-note = Levererad med Datapakt som standard, inte som någons riktlinjer: anpassa den till er organisations egna.
action-export-odcs = Exportera ODCS
field-api-profile = API-profil
profile-generic = Generell
profile-ks-fiks = KS Fiks (Norge)
profile-se-rest = REST API-profil (DIGG)

## PDF-dokument: fast text som är gemensam för informationskontraktet och personuppgiftsbiträdesavtalet.
pdf-page = Sida { $page } av { $pages }
pdf-contents = Innehåll
pdf-draft = UTKAST
pdf-running-header = { $title }, version { $version }
pdf-yes = ja
pdf-no = nej
pdf-provider = Producent
pdf-consumer = Konsument
pdf-party-role = Roll
pdf-party-organisation = Organisation
pdf-party-org-number = Organisationsnummer
pdf-party-system = System (enhet)
pdf-no-parties = Inga parter är registrerade.
pdf-signatures-section = Underskrifter
pdf-sign-place-date = Ort och datum
pdf-sign-signature = Underskrift
pdf-sign-name = Namnförtydligande

## Informationskontraktet.
pdf-contract-kind = Informationskontrakt
pdf-version = Version
pdf-status = Status
pdf-validity = Giltigt
pdf-validity-range = { $from } – { $to }
pdf-open-ended = tills vidare
pdf-owner = Informationsägare
pdf-contact-point = Kontaktpunkt
pdf-contract-id = Kontrakts-id
pdf-api-profile = API-profil
pdf-purpose-section = Ändamål och rättslig grund
pdf-purpose = Ändamål
pdf-legal-basis = Rättslig grund
pdf-retention = Lagringstid
pdf-access = Åtkomst
pdf-description = Beskrivning
pdf-integration-section = Integrationen
pdf-no-integration = Ingen integration är kopplad till det här kontraktet.
pdf-pattern = Mönster
pdf-technology = Teknik
pdf-mode = Läge
pdf-frequency = Frekvens
pdf-volume = Volym
pdf-messages-per-day = { $n } meddelanden per dag
pdf-message-size = Meddelandestorlek
pdf-kilobytes = { $n } kB
pdf-guaranteed-delivery = Garanterad leverans
pdf-consumers = Konsumenter
pdf-fields-section = Fält som utbyts
pdf-field = Fält
pdf-field-type = Typ
pdf-field-required = Obligatoriskt
pdf-field-classification = Klassning
pdf-field-personal = Personuppgifter
pdf-no-fields = Inga fält.
pdf-personal-personal = personuppgifter
pdf-personal-special = känsliga personuppgifter (art. 9)
pdf-personal-criminal = uppgifter om lagöverträdelser (art. 10)
pdf-personal-national-id = personnummer
pdf-classification-section = Klassning och skyddsåtgärder
pdf-classification = Klassning
pdf-unclassified = ej klassad
pdf-personal-summary = Personuppgifter
pdf-safeguards = Skyddsåtgärder som krävs
pdf-no-safeguards = Inga skyddsåtgärder krävs.
pdf-safeguards-default = Dessa krav är Datapakts standardinställningar för klassningen och personuppgifterna; organisationens egna regler har företräde.
pdf-safeguards-policy = Kraven för klassningen är organisationens egna regler, registrerade i katalogen; kraven för personuppgifter är Datapakts standardinställningar.
pdf-sla-section = Servicenivåer
pdf-availability = Tillgänglighet
pdf-support-hours = Supporttider
pdf-response-time = Svarstid
pdf-rto = Återställningstid (RTO)
pdf-rpo = Återställningspunkt (RPO)
pdf-minutes = { $n } minuter
pdf-hours = { $n } timmar
pdf-history-section = Godkännandehistorik
pdf-history-when = Tidpunkt (UTC)
pdf-history-who = Utförd av
pdf-history-change = Ändring
pdf-history-empty = Kontraktet har inte bytt status ännu.
pdf-created = skapat
safeguard-authentication = Autentiserad åtkomst
safeguard-strong-authentication = Stark autentisering (flerfaktor för personer, signerade klientintyg för system)
safeguard-encryption-in-transit = Kryptering vid överföring (TLS 1.2 eller senare)
safeguard-encryption-at-rest = Kryptering av lagrade data
safeguard-audit-logging = Granskningsloggning av all åtkomst
safeguard-access-review-yearly = Behörighetsgranskning minst en gång per år
safeguard-access-review-half-yearly = Behörighetsgranskning minst var sjätte månad
safeguard-hosting-in-eea = Drift endast inom EU/EES
safeguard-pseudonymisation = Pseudonymisering där ändamålet tillåter det

## Personuppgiftsbiträdesavtalet (dataskyddsförordningen art. 28, kommissionens genomförandebeslut (EU) 2021/915).
dpa-kind = Personuppgiftsbiträdesavtal
dpa-running-header = { $title }, personuppgiftsbiträdesavtal
dpa-controller = Personuppgiftsansvarig
dpa-processor = Personuppgiftsbiträde
dpa-agreement-id = Avtals-id
dpa-draft-notice = UTKAST: { $count ->
    [one] en obligatorisk uppgift saknas
   *[other] { $count } obligatoriska uppgifter saknas
  }. Komplettera i Datapakt innan avtalet undertecknas.
dpa-basis = Parterna är överens om standardavtalsklausulerna mellan personuppgiftsansvariga och personuppgiftsbiträden enligt artikel 28.7 i förordning (EU) 2016/679, som antagits genom kommissionens genomförandebeslut (EU) 2021/915. Klausulerna gäller i den lydelse de har i beslutet; detta dokument anger vilka alternativ parterna har valt och kompletterar bilagorna.
dpa-incorporated = Gäller i den lydelse som framgår av klausul { $clause } i standardavtalsklausulerna (genomförandebeslut (EU) 2021/915).
dpa-section-1 = Avsnitt I
dpa-section-2 = Avsnitt II – Parternas skyldigheter
dpa-section-3 = Avsnitt III – Slutbestämmelser
dpa-clause-1 = Klausul 1 – Syfte och tillämpningsområde
dpa-clause-2 = Klausul 2 – Klausulernas oföränderlighet
dpa-clause-3 = Klausul 3 – Tolkning
dpa-clause-4 = Klausul 4 – Hierarki
dpa-clause-5 = Klausul 5 – Anslutningsklausul
dpa-docking-included = Valt alternativ: den valfria anslutningsklausulen ingår.
dpa-docking-excluded = Valt alternativ: den valfria anslutningsklausulen ingår inte.
dpa-clause-6 = Klausul 6 – Beskrivning av behandlingen
dpa-see-annex-2 = Behandlingen beskrivs i bilaga II.
dpa-clause-7 = Klausul 7 – Parternas skyldigheter
dpa-clause-7-1 = 7.1 Instruktioner
dpa-clause-7-2 = 7.2 Ändamålsbegränsning
dpa-clause-7-3 = 7.3 Behandlingens varaktighet
dpa-clause-7-4 = 7.4 Behandlingens säkerhet
dpa-clause-7-5 = 7.5 Känsliga uppgifter
dpa-clause-7-6 = 7.6 Dokumentation och efterlevnad
dpa-clause-7-7 = 7.7 Anlitande av underbiträden
dpa-clause-7-8 = 7.8 Internationella överföringar
dpa-option-specific = Alternativ 1, särskilt förhandstillstånd: personuppgiftsbiträdet får endast anlita underbiträdena i bilaga IV och begär tillstånd minst { $days } dagar innan ett annat underbiträde anlitas.
dpa-option-general = Alternativ 2, allmänt skriftligt tillstånd: personuppgiftsbiträdet informerar den personuppgiftsansvarige om avsedda ändringar av den överenskomna förteckningen i bilaga IV minst { $days } dagar i förväg, så att den personuppgiftsansvarige kan invända.
dpa-no-transfers = Ingen överföring av personuppgifter utanför EU/EES är registrerad.
dpa-clause-8 = Klausul 8 – Bistånd till den personuppgiftsansvarige
dpa-clause-9 = Klausul 9 – Anmälan av personuppgiftsincidenter
dpa-see-annex-3 = De tekniska och organisatoriska åtgärderna beskrivs i bilaga III.
dpa-clause-10 = Klausul 10 – Bristande efterlevnad av klausulerna och uppsägning
dpa-obligations = Dataskyddsförordningen artikel 28.3: var varje skyldighet uppfylls
dpa-obligations-intro = Sammanfattning av personuppgiftsbiträdets skyldigheter enligt artikel 28.3 och de klausuler som uppfyller dem.
dpa-article = Artikel
dpa-obligation = Skyldighet (sammanfattning)
dpa-where = Klausuler
dpa-obligation-a = Endast behandla enligt dokumenterade instruktioner, även i fråga om överföringar till tredjeland.
dpa-obligation-b = Personer som är behöriga att behandla uppgifterna är bundna av tystnadsplikt.
dpa-obligation-c = Vidta de säkerhetsåtgärder som avses i artikel 32.
dpa-obligation-d = Endast anlita underbiträden på de villkor som anges i artikel 28.2 och 28.4.
dpa-obligation-e = Bistå den personuppgiftsansvarige när det gäller de registrerades rättigheter (kapitel III).
dpa-obligation-f = Bistå den personuppgiftsansvarige med artiklarna 32–36 (säkerhet, anmälan av personuppgiftsincidenter, konsekvensbedömning, förhandssamråd).
dpa-obligation-g = Radera eller återlämna alla personuppgifter när tjänsterna upphör, enligt den personuppgiftsansvariges val.
dpa-obligation-h = Göra tillgänglig den information som krävs för att visa att skyldigheterna efterlevs och möjliggöra granskningar.
dpa-obligation-infringing-instruction = Omedelbart informera den personuppgiftsansvarige om en instruktion strider mot dataskyddsbestämmelser.
dpa-annex-1 = Bilaga I – Förteckning över parter
dpa-annex-ref = bilaga { $annex }
dpa-address = Adress
dpa-contact = Kontaktperson (namn, befattning, kontaktuppgifter)
dpa-dpo = Dataskyddsombud
dpa-no-dpo = inget utsett
dpa-annex-2 = Bilaga II – Beskrivning av behandlingen
dpa-data-subjects = Kategorier av registrerade
dpa-personal-data = Kategorier av personuppgifter
dpa-sensitive-data = Känsliga uppgifter och de skyddsåtgärder som tillämpas
dpa-no-sensitive-data = Inga känsliga uppgifter (artiklarna 9 och 10) behandlas.
dpa-subject-matter = Föremål för behandlingen
dpa-nature-purpose = Art och ändamål
dpa-duration = Varaktighet
dpa-covered-contracts = Informationskontrakt som omfattas
dpa-no-contracts = Inget informationskontrakt är kopplat till det här avtalet.
dpa-annex-3 = Bilaga III – Tekniska och organisatoriska åtgärder
dpa-annex-4 = Bilaga IV – Förteckning över underbiträden
dpa-annex-4-specific = Den personuppgiftsansvarige har godkänt följande underbiträden (klausul 7.7, alternativ 1).
dpa-annex-4-general = Den överenskomna förteckningen över underbiträden (klausul 7.7, alternativ 2).
dpa-sub-name = Namn
dpa-sub-processing = Behandling
dpa-no-sub-processors = Inga underbiträden anlitas.
dpa-gap-controller = Den personuppgiftsansvarige är inte vald.
dpa-gap-processor = Personuppgiftsbiträdet är inte valt.
dpa-gap-controller-address = Den personuppgiftsansvariges adress saknas (bilaga I).
dpa-gap-controller-contact = Den personuppgiftsansvariges kontaktperson saknas (bilaga I).
dpa-gap-processor-address = Personuppgiftsbiträdets adress saknas (bilaga I).
dpa-gap-processor-contact = Personuppgiftsbiträdets kontaktperson saknas (bilaga I).
dpa-gap-subject-matter = Föremålet för behandlingen saknas (bilaga II).
dpa-gap-duration = Behandlingens varaktighet saknas (bilaga II).
dpa-gap-nature-and-purpose = Behandlingens art och ändamål saknas (bilaga II).
dpa-gap-personal-data = Ingen kategori av personuppgifter anges (bilaga II).
dpa-gap-data-subjects = Ingen kategori av registrerade anges (bilaga II).
dpa-gap-sensitive-data = De kontrakt som omfattas innehåller känsliga uppgifter, men de skyddsåtgärder som tillämpas på dem beskrivs inte (bilaga II).
dpa-gap-security-measures = De tekniska och organisatoriska åtgärderna saknas (bilaga III).
dpa-gap-authorisation-period = Tidsfristen för ändringar av underbiträden saknas (klausul 7.7 a).
dpa-gap-sub-processor-name = Underbiträde { $number } saknar namn (bilaga IV).
dpa-gap-sub-processor-address = Underbiträde { $number } saknar adress (bilaga IV).
dpa-gap-sub-processor-contact = Underbiträde { $number } saknar kontaktperson (bilaga IV).
dpa-gap-sub-processor-processing = Underbiträde { $number } anger inte vad det behandlar (bilaga IV).

## Personuppgiftsbiträdesavtalets fält och export.
field-controller-details = Personuppgiftsansvarig (bilaga I)
field-processor-details = Personuppgiftsbiträde (bilaga I)
field-party-address = Adress
field-party-contact = Kontaktperson (namn, befattning, kontaktuppgifter)
field-party-dpo = Dataskyddsombud
field-docking-clause = Ta med den valfria anslutningsklausulen (klausul 5)
field-sensitive-data = Känsliga uppgifter och de skyddsåtgärder som tillämpas (bilaga II)
dpa-preflight-title = Före undertecknande
dpa-preflight-ok = Alla obligatoriska uppgifter är ifyllda: avtalet kan exporteras för undertecknande.
dpa-preflight-gaps = { $count ->
    [one] En obligatorisk uppgift saknas; en export är märkt UTKAST på varje sida tills den är ifylld:
   *[other] { $count } obligatoriska uppgifter saknas; en export är märkt UTKAST på varje sida tills de är ifyllda:
  }
action-export-dpa = Exportera avtalet (PDF)
## ODCS-import
error-odcs-yaml = { $file }: inte giltig YAML på rad { $line }, kolumn { $column } ({ $detail }): rätta syntaxen där; ingenting importerades.
error-odcs-yaml-limit = { $file }: på rad { $line }, kolumn { $column } går dokumentet över en gräns: { $measure ->
        [text] det innehåller mer än { $max } MiB text
       *[values] det innehåller mer än { $max } värden
    } när dess alias (*namn) upprepar det som ankare (&namn) markerar. Skriv ut den upprepade delen där den behövs, eller ta bort upprepningen; ingenting importerades.
error-odcs-not-json = { $file }: { $at }: { $detail } hör inte hemma i ett ODCS-dokument (vanlig JSON-kompatibel YAML): skriv om värdet; ingenting importerades.
error-odcs-api-version = { $file }: { $at }: apiVersion { $found } är inte en ODCS-version som Datapakt läser (v3.0.x, v3.1.x, v3.2.x); ingenting importerades.
error-odcs-wrong-type = { $file }: { $at } måste vara { $expected ->
    [text] text (sätt citattecken om den ser ut som ett tal eller ett datum)
    [whole-number] ett heltal, 0 eller mer
    [boolean] true eller false
    [mapping] en tabell med rader av typen nyckel: värde
   *[list] en lista
  }, inte { $found ->
    [text] text
    [number] ett tal
    [boolean] true eller false
    [mapping] en tabell
    [list] en lista
   *[null] tomt
  }; ingenting importerades.
error-odcs-missing = { $file }: { $at } saknas, och ODCS kräver det: lägg till det; ingenting importerades.
error-odcs-not-one-of = { $file }: { $at }: { $value } är inte en av { $allowed }: använd en av dem; ingenting importerades.
error-odcs-not-identifier = { $file }: { $at }: { $value } är inte ett fältnamn som Datapakt godtar (bokstäver från alla språk, siffror, _, - och enkla mellanslag mellan ord, som börjar med en bokstav eller _, högst 64 tecken): byt namn på det; ingenting importerades.
error-odcs-duplicate = { $file }: { $at }: { $value } förekommer mer än en gång och måste vara unikt där (även ett kontrakts-id bland filerna i en import); ingenting importerades.
error-odcs-not-version = { $file }: { $at }: { $value } är inte en version som Datapakt godtar: skriv MAJOR.MINOR.PATCH, t.ex. 1.0.0; ingenting importerades.
error-odcs-not-date = { $file }: { $at }: { $value } är inte ett datum: skriv ÅÅÅÅ-MM-DD; ingenting importerades.
error-odcs-not-email = { $file }: { $at }: { $value } är inte en e-postadress, och Datapakt känner igen personer på deras; ingenting importerades.
error-odcs-not-percent = { $file }: { $at }: { $value } är inte en procentsats från 0 till 100; ingenting importerades.
error-odcs-too-long = { $file }: { $at } är längre än { $max } tecken: korta det; ingenting importerades.
error-odcs-unknown-scheme = { $file }: { $at }: det finns ingen klassningsmodell { $key } i den här katalogen: använd en av { $known }; ingenting importerades.
error-odcs-unknown-level = { $file }: { $at }: { $value } är inte en nivå i klassningsmodellen { $scheme }: använd en av { $levels }; ingenting importerades.

## Katalogens inställningar.
catalog-settings-title = Katalogens inställningar
field-default-api-profile = Standardprofil för API för kontrakt som inte anger någon
field-odcs-version = ODCS-version för export av kontrakt
odcs-version-v3-1-0 = v3.1.0 (läses av de flesta ODCS-verktyg; förval)
odcs-version-v3-2-0 = v3.2.0 (september 2026)
odcs-version-set = Kontrakt exporteras nu som ODCS { $version }.
profile-catalog-default = Katalogens standard ({ $profile })
default-profile-set = Kontrakt utan egen API-profil följer nu { $profile }.

## Export från Arkiv-menyn, förlopp och statusraden.
menu-export = Exportera
action-export-all-odcs = Alla kontrakt som ODCS …
action-open-exported = Öppna
progress-count = { $done } av { $total }
profile-as-contracts = Som kontrakten (eller katalogens standard)

## Import från Arkiv-menyn.
menu-import = Importera
action-import-odcs = ODCS-kontrakt …
action-import-openapi = OpenAPI-dokument som ett systems gränssnitt …
action-import-jsonschema = JSON Schema som informationsmängder …
action-import-sql = SQL-tabeller som informationsmängder …
action-import-xsd = XML Schema eller SOAP-tjänst (WSDL) som informationsmängder …
field-import-dialect = SQL-dialekt
sql-dialect-generic = Standard-SQL
field-import-system = Systemet vars gränssnitt dokumentet beskriver
import-will-create = { $count ->
    [one] Den skapar ett objekt:
   *[other] Den skapar { $count } objekt:
  }
import-will-update = { $count ->
    [one] Den uppdaterar ett objekt:
   *[other] Den uppdaterar { $count } objekt:
  }
import-unchanged = { $count ->
    [one] Ett objekt förblir oförändrat:
   *[other] { $count } objekt förblir oförändrade:
  }
import-notes = Anmärkningar ({ $count }):
note-preferences-set-aside = Din inställningsfil kunde inte läsas, så standardvärdena gäller. Den sparades som { $path }: ingenting i den gick förlorat.
note-catalog-upgraded = Den här katalogen uppgraderades till den här versionen av Datapakt. Filen som den var sparas som { $path }; README beskriver hur du går tillbaka till den.
note-odcs-contract-fields = Kontraktets egna fält är de enkla fälten på översta nivån i { $name }.
note-odcs-gap = filen anger { $what ->
    [owner] ingen informationsägare (ett teamnamn, eller en medlem med rollen owner)
    [provider] inte det levererande systemet (den egna egenskapen datapakt.providerSystem, eller dataProduct)
    [consumer] inte det mottagande systemet (den egna egenskapen datapakt.consumerSystem)
   *[fields] inget fält av en enkel typ som kontraktet utbyter
}: kontraktet är ett utkast som saknar det; fyll i det före granskning
note-odcs-kept-draft = status: { $text } hålls som utkast tills kontraktet anger det som saknas; filen behåller sin status
note-odcs-deprecated = status: deprecated läses som godkänd (fortfarande gällande); filen behåller den.
note-odcs-status = status: { $text } är inte en av de ODCS-statusar Datapakt modellerar; läses som { $state ->
    [draft] utkast
    [in-review] under granskning
    [approved] godkänd (gällande)
   *[retired] upphörd
}; filen behåller den.
note-odcs-no-role = { $at }: { $name } (roll { $held }) har ingen av Datapakts roller under en e-postadress, så ingen roll ges; filen behåller medlemmen.
note-odcs-no-set = { $at }: schemaobjektet { $name } har ingen egenskap som Datapakt kan hålla, så det blir ingen informationsmängd; det behålls i filen.
note-odcs-resource-name = { $at }: { $resource } är inget API-resursnamn som Datapakt godtar (1–63 tecken a–z, 0–9 och -, inte - först eller sist), så mängden får inget (filen behåller det).
note-odcs-unknown-classification = { $at }: klassningarna { $labels } är inte nivåerna i exakt en klassningsmodell i den här katalogen, så fälten lämnas oklassade (filen behåller dem); ange modellen med den egna egenskapen datapakt.classificationScheme för att klassa dem.
note-odcs-logical-type = { $at }: den logiska typen { $type } har ingen motsvarighet i Datapakt, så den blir inget fält i Datapakt; den behålls i filen.
note-odcs-empty-object = { $at }: ett objekt utan egenskaper som Datapakt kan hålla, så det blir inget fält i Datapakt; det behålls i filen.
note-odcs-empty-array = { $at }: en lista utan element som Datapakt kan hålla, så den blir inget fält i Datapakt; den behålls i filen.
note-odcs-enum-type = { $at }: Datapakt håller tillåtna värden bara för text och heltal; de behålls i filen.
note-odcs-no-integration = Katalogen har ingen integration { $name }, så kontraktet omfattar ingen med det namnet.
note-odcs-no-agreement = Katalogen har inget personuppgiftsbiträdesavtal { $title }, så inget täcker kontraktet under den titeln.
note-openapi-renamed = { $at }: { $from } heter { $to } i katalogen.
note-openapi-cycle = { $at }: hänvisar till { $target }, som innehåller detta fält: inte utvidgat.
note-openapi-free-form = { $at }: ett JSON-objekt utan angivna egenskaper.
note-openapi-any-value = { $at }: vilket JSON-värde som helst: schemat anger ingen typ.
note-openapi-too-deep = { $at }: för djupt nästlat: inte utvidgat.
note-openapi-too-large = { $at }: inte utvidgat: schemat har för många fält.
action-import = Importera
action-cancel = Avbryt
imported = Importerat: { $created } skapade, { $updated } uppdaterade.

## Teknikrådgivare (Örebros beslutsträd, IntArk-mönster)
advice-technology-rest = REST-API
advice-technology-rest-with-paging = REST-API med paginering
advice-technology-graphql-internal = GraphQL (endast för internt bruk)
advice-technology-message-queue = meddelandekö
advice-technology-batch = batchhantering
advice-technology-micro-batch = mikrobatchar med hög frekvens
advice-technology-split-messages = stycka upp i mindre meddelanden
advice-not-covered = Beslutsträdet täcker inte detta fall; rådet är strategins föreslagna alternativa lösning.
advice-deviation-soap = SOAP ska inte användas för ett nytt gränssnitt: detta är en avvikelse.
advice-deviation-justify = Den registrerade tekniken avviker från rådet: registrera en skriftlig motivering.
advice-reason-huge-message-batch = Meddelanden över { $batch_gb } GB kräver batchhantering, och batch är möjlig.
advice-reason-huge-message-no-batch = Meddelanden över { $batch_gb } GB där batchhantering inte är möjlig passar inte in i beslutsträdet: stycka upp dem i mindre delar eller kör mikrobatchar med hög frekvens.
advice-reason-real-time-sync-paged = Konsumenten behöver svar i realtid och väntar på dem, så ett API passar; meddelanden över { $small_mb } MB är för stora för ett anrop (även { $paged_mb } MB är sannolikt det), så API:et paginerar dem.
advice-reason-real-time-sync-internal = Konsumenten behöver svar i realtid och väntar på dem, så ett API passar; eftersom bara interna system använder det är GraphQL tillåtet som alternativ.
advice-reason-real-time-sync = Konsumenten behöver svar i realtid och väntar på dem, så ett API passar (strategins förstahandsval).
advice-reason-real-time-async-notify = Informationen måste flöda i realtid utan att konsumenten väntar, men meddelanden över { $small_mb } MB är för stora för en kö: skicka en tunn notifiering och låt konsumenten hämta datan från ett paginerat API.
advice-reason-real-time-async = Informationen måste flöda i realtid utan att konsumenten väntar: publicera händelser på en meddelandekö (händelsebaserat tillgängliggörande).
advice-reason-guaranteed-delivery = Leveransen måste vara garanterad och inget realtidsbehov är angivet: en meddelandekö lagrar varje meddelande och försöker igen tills mottagaren har fått det.
advice-reason-high-volume-batch = Den dagliga volymen är hög (från { $per_day } meddelanden eller { $gb_per_day } GB per dag) och utbytet kan schemaläggas, så kör det som batchar.
advice-reason-high-volume-micro-batch = Den dagliga volymen är hög (från { $per_day } meddelanden eller { $gb_per_day } GB per dag) men batchhantering är inte möjlig, så kör mikrobatchar med hög frekvens.
advice-reason-scheduled-sync-paged = Inget realtidsbehov är angivet och utbytet kan schemaläggas: full synkronisering via API:et, paginerad eftersom meddelandena är över { $small_mb } MB (även { $paged_mb } MB är sannolikt för stort för ett anrop).
advice-reason-scheduled-sync = Inget realtidsbehov är angivet och utbytet kan schemaläggas: en schemalagd full synkronisering via API:et passar tjänster med låga krav på aktualitet.
advice-reason-medium-message-paged = Meddelanden över { $small_mb } MB är för stora för ett anrop (även { $paged_mb } MB är sannolikt det), så API:et paginerar dem.
advice-reason-api-first-choice = Inget kräver en annan teknik, och API:er är strategins förstahandsval.
advice-reason-size-unknown = Ingen meddelandestorlek är registrerad; rådet förutsätter meddelanden på högst { $small_mb } MB.
advice-reason-volume-unknown = Ingen daglig volym är registrerad; rådet förutsätter att den är låg.

## Teknikrådgivaren i integrationsredigeraren.
advice-title = Teknikråd (Datapakts tolkning av strategins beslutsträd)
advice-reading = Datapakts tolkning av beslutsträdet i Örebros integrationsstrategi (figur 2, som inte finns i strategins text): volymerna är grova tumregler, inte gränser.
advice-recommended = Rekommenderas: { $technology }
advice-or = { $first }, eller { $second }
advice-pattern = IntArk-mönster: { $pattern }
field-recorded-safeguards = Skyddsåtgärder som integrationen har

## Reports (datapakt report, the Reports page)
reports-title = Rapporter
report-gaps-title = Brister i skyddsåtgärder
report-gaps-empty = Ingen integration saknar en skyddsåtgärd som klassningen eller personuppgifterna kräver.
report-gaps-integrations = Integrationer med brister
report-col-integration = Integration
report-col-name = Namn
report-col-safeguard = Skyddsåtgärd
report-col-reason = Krävs av
report-col-level = Klassningsnivå
report-col-contracts = Kontrakt
report-col-shipped-default = Standardvärde
gap-reason-level = klassningsnivån
gap-reason-personal = personuppgifter
gap-reason-sensitive = känsliga personuppgifter
report-yes = ja
report-no = nej
report-export-csv = Exportera CSV
report-export-pdf = Exportera PDF
field-technology-justification = Varför tekniken avviker från rådet
field-carried-sets = Information den överför
reuse-title = Återanvänd först: befintliga gränssnitt som tillhandahåller informationen
reuse-none = Inget befintligt gränssnitt tillhandahåller informationen den överför.
reuse-intro = Örebros strategi: använd ett befintligt gränssnitt först; ett nytt där ett befintligt hade kunnat användas ska motiveras.
reuse-kind-integration = Återanvändbar integration
reuse-kind-interface = Dokumenterat API
reuse-provides = Tillhandahåller: { $sets }
reuse-build-anyway = Bygg ett nytt ändå (motivera nedan)
report-reuse-title = Återanvändning: nya gränssnitt där ett befintligt hade kunnat användas
report-reuse-empty = Ingen integration har byggts där ett befintligt gränssnitt hade kunnat användas.
report-col-candidates = Befintliga gränssnitt
report-col-justified = Motiverad
report-col-justification = Motivering
report-reuse-built-anyway = Byggd ändå, motiverad
report-reuse-unjustified = Inte motiverad
nav-reports = Rapporter
field-level-safeguards = Skyddsåtgärder som nivån kräver
level-safeguards-default = Datapakts standardvärde för nivån; kryssa i eller ur för att ange organisationens egna regler.
level-safeguards-policy = Organisationens egna regler.
action-reset-to-default = Tillbaka till standardvärdet
report-effect-goals-title = Effektmål (Örebros integrations- och API-strategi 2025–2028)
report-effect-goals-empty = Inga mål.
report-col-goal = Mål
report-col-target = Målvärde
report-col-deadline = Senast
report-col-numerator = Räknade
report-col-denominator = Av
report-col-value = Nu
report-col-met = Uppnått
report-col-trend = Halvårsvis utveckling
report-col-misses = Brister
goal-period = Strategiperioden från
goal-reusable-integrations = Nya integrationer återanvändbara via den centrala plattformen
goal-open-apis = Publicerade öppna API:er
goal-secured-apis = API:er med fastställd informationsklassning och adekvat säkerhet
goal-automated-cases = E-tjänsteärenden hanterade utan manuell handpåläggning
goal-target-percent = minst { $percent } %
goal-target-count = minst { $count }
goal-why-not-reusable = inte återanvändbar via plattformen
goal-why-not-approved = öppen, ännu inte godkänd
goal-why-unclassified = ingen fastställd klassning
goal-why-safeguard-gaps = saknar krävda skyddsåtgärder
goal-why-manual-steps = under målandelen
goals-title = Effektmål
goals-met = Uppnått
goals-not-met = Ännu inte uppnått
goals-trend = Halvårsvis utveckling
goals-no-trend = Ingen historik ännu.
goals-misses = { $count ->
    [one] En post brister
   *[other] { $count } poster brister
}
goals-export-pdf = Exportera målen som PDF
field-access-rights = Åtkomsträttigheter
access-rights-public = Öppen (ett öppet API när det är godkänt)
access-rights-restricted = Begränsad
access-rights-non-public = Inte öppen
field-case-figures = Ärendestatistik för e-tjänsten (per period)
case-figures-period = Perioden slutar
case-figures-cases = Ärenden
case-figures-automated = Utan manuell handpåläggning
case-figures-add = Lägg till en period
report-intark-title = IntArk-kompatibilitet
report-intark-empty = Katalogen har inga integrationer.
report-intark-compatible = Kompatibla integrationer
report-not-applicable = e.t.
report-col-recommended-pattern = Rekommenderat mönster
report-col-openapi-spec = OpenAPI-beskrivning
report-col-api-registered = Registrerat i API-hanteringen
report-col-notifications-designed = Notifieringar utformade
report-col-dpa-in-place = Personuppgiftsbiträdesavtal där personuppgifter flödar
report-col-contact-point-known = Kontaktpunkt känd
report-col-compatible = Kompatibel
intark-title = IntArk-kompatibilitet
intark-recommended-pattern = Följer ett rekommenderat IntArk-mönster (händelsebaserad tillgängliggörelse, API-uppslag, fullständig synkronisering)
intark-openapi-spec = API:et är beskrivet i OpenAPI (ett kontrakts stubbe eller leverantörens dokumenterade gränssnitt)
intark-api-registered = API:et är registrerat i API-hanteringen, där åtkomst beställs
intark-notifications-designed = Notifieringarna är utformade
intark-dpa-in-place = Ett personuppgiftsbiträdesavtal täcker personuppgifterna den överför (eller de stannar i den egna organisationen)
intark-contact-point-known = En kontaktpunkt är känd
intark-derived = från katalogen
intark-confirm = bekräftas manuellt
intark-met = ja
intark-not-met = nej
intark-not-applicable = gäller inte
intark-compatible = IntArk-kompatibel
intark-not-compatible = Ännu inte IntArk-kompatibel

## The contact point's desk (integration requests)
nav-desk = Kontaktpunkten
entity-request = Förfrågan
action-new-request = Ny förfrågan
status-new = ny
status-in-progress = pågår
status-waiting = väntar
status-resolved = löst
status-escalated = eskalerad
col-follow-up = Uppföljning
col-asker = Frågat av
col-assignee = Handläggare
desk-overdue = försenad
field-asker-kind = Vem frågar
asker-person = I katalogen
asker-outside = Utifrån
field-asker-person = Person
field-asker-name = Namn
field-asker-organisation = Organisation
field-information = Vilken information som efterfrågas
field-request-sets = Informationsmängder som berörs
field-request-provider = Producentsystem (om det är känt)
field-request-consumer = Konsumentsystem (om det är känt)
field-assignee = Handläggare
field-opened-on = Inkom
field-follow-up = Uppföljningsdatum
opened-on-save = Sätts när förfrågan sparas första gången.
field-notes = Logg
field-new-note = Ny anteckning
action-add-note = Lägg till anteckning
note-unsaved = inte sparad än
note-status = Status: { $status }
notes-empty = Inga poster än.
field-outcomes = Vad det ledde till
outcomes-empty = Inget än.
outcome-integration = Kandidat för återanvändning: { $name }
outcome-contract = Kontrakt: { $title }
field-add-reuse-candidate = Lägg till en befintlig integration som kandidat för återanvändning
action-create-contract = Skapa kontraktsutkast
desk-contract-needs = Innan förfrågan kan bli ett kontraktsutkast:
desk-contract-created = Skapade kontraktsutkastet ”{ $title }” från förfrågan.
path-asker-name = namnet på den som frågar
path-information = efterfrågad information
path-purpose = ändamål
path-information-sets = informationsmängder
path-opened-on = datum då den inkom
path-follow-up = uppföljningsdatum
path-notes = logg
path-note = loggpost { $n }
issue-before-opened = Fältet ”{ $field }” ligger före dagen då förfrågan inkom: välj ett senare datum.
issue-needed-for-contract = Ett kontraktsutkast behöver fältet ”{ $field }”: fyll i det i förfrågan och försök igen.
issue-no-contract-fields = Fältet ”{ $field }”: ingen av mängderna har ett enkelt fält som ett kontrakt kan överföra: välj en mängd som har det, eller lägg till sådana fält i mängden.
issue-no-information-owner = Fältet ”{ $field }”: ingen av mängderna har en informationsägare som finns kvar, och kontraktet måste ha en ägare: registrera ägaren på informationsmängden.
issue-append-only = Sparade poster i fältet ”{ $field }” kan inte ändras eller tas bort: lägg till en ny post i stället.
error-request-incomplete = Förfrågan vet ännu inte tillräckligt för ett kontraktsutkast: fyll i det som står i listan och försök igen; inget skapades.
error-contract-incomplete = Kontraktet kan inte skickas till granskning förrän det anger det som är markerat: fyll i det; det förblir ett utkast till dess.
error-request-status-change = En förfrågan kan inte gå från { $from } till { $to }: den går ny → pågår → väntar → löst, kan eskaleras medan den är öppen och öppnas igen när den är löst.
rule-request-follow-up-overdue = Förfrågningar följs upp i tid
rule-request-has-assignee = En förfrågan som hanteras har en handläggare
finding-request-follow-up-overdue = Uppföljningsdatumet { $date } har passerat och förfrågan har fortfarande status { $status }: följ upp den och sätt sedan nästa uppföljningsdatum eller markera den som löst.
finding-request-has-assignee = { $variant ->
    [departed] Den har status { $status }, men handläggaren { $person } slutade { $date }: tilldela den någon som finns kvar.
   *[none] Den har status { $status }, men ingen är tilldelad: tilldela den personen vid kontaktpunkten som följer upp den.
}
report-requests-title = Öppna integrationsförfrågningar
report-requests-empty = Ingen integrationsförfrågan är öppen.
report-requests-open = Öppna förfrågningar
report-requests-overdue = Försenade uppföljningar
report-col-request = Nr
report-col-subject = Ämne
report-col-asker = Frågat av
report-col-status = Status
report-col-assignee = Handläggare
report-col-follow-up = Uppföljning
report-col-overdue = Försenad
report-col-links = Vad det ledde till
## Ägarskaps- och integrationskartan
nav-map = Karta
map-title = Ägarskaps- och integrationskarta
map-subtitle = { $systems } system, { $integrations } integrationer, { $anomalies } avvikelser
map-no-unit = Ingen ägande enhet
map-legend-unclassified = Inte klassad
map-legend-other-owners = Andra ägare
map-legend-no-owner = Ingen ägare
map-legend-direction = Integration: tillhandahållare → konsument
map-legend-anomaly = Avvikelse (se listan)
map-tip-unit = Enhet: { $unit }
map-tip-lifecycle = Livscykel: { $lifecycle }
map-tip-classification = Klassning: { $level }
map-tip-owner = Ägare: { $owner }
map-tip-flow = { $provider } → { $consumer }
map-tip-pattern = Mönster: { $pattern }
map-tip-contracts = Kontrakt: { $statuses }
map-tip-no-contract = inga
map-contract-standing = ”{ $title }” ({ $standing })
map-standing-draft = utkast
map-standing-in-review = för godkännande, inte godkänt
map-standing-not-yet-valid = godkänt, ännu inte giltigt
map-standing-expired = godkänt, har löpt ut
map-standing-retired = avslutat
map-anomaly-no-owner = Ingen integrationsägare är registrerad: ange ägaren till informationen den överför.
map-anomaly-owner-left = { $person } var dess { $role } och slutade { $date }: utse en efterträdare.
map-anomaly-owner-not-information-owner = Den ägs av { $owner }, men informationen den överför ägs av { $owners }: informationsägaren bör äga integrationen.
map-anomaly-live-without-contract-in-force = Den är i drift, men inget kontrakt som styr den är godkänt och giltigt: { $contracts }.
map-anomaly-access-under-contract-not-in-force = Den här behörigheten används under { $contract }: avsluta den, eller ge den på nytt under ett kontrakt som är godkänt och giltigt.
map-anomaly-unclassified-contract = Inget det styr är klassat, så { $count ->
    [one] integrationen det styr saknar
   *[other] de { $count } integrationerna det styr saknar
} klassning: klassa informationen.
map-filter-owner = Ägare
map-filter-unit = Enhet
map-filter-classification = Klassning
map-filter-pattern = Mönster
map-filter-status = Kontraktsstatus
map-filter-lifecycle = Livscykel
map-filter-colouring = Färg efter
map-filter-any = Alla
map-colouring-classification = klassning
map-colouring-owner = ägare
map-anomalies = Avvikelser
map-no-anomalies = Inga avvikelser bland det kartan visar.
map-export-svg = Exportera SVG
map-export-png = Exportera PNG
error-map-unknown-format = { $path } anger inget bildformat som kartan skrivs i: låt filnamnet sluta på .svg eller .png.
error-map = Kartan kunde inte ritas: { $detail }
item-findings-title = Vad katalogkontrollen hittar här

# The access register: grants, their reviews, the rule and its findings.
nav-access = Behörigheter
entity-access-grant = Behörighet
action-new-access-grant = Tilldela behörighet
access-intro = Ingen behörighet tilldelas utan ett godkänt kontrakt som gäller, som styr integrationen och namnger konsumenten.
access-findings-title = Behörigheter som behöver åtgärdas
access-no-findings = Ingen behörighet behöver åtgärdas.
col-integration = Integration
col-review-due = Granskas senast
grant-status-active = Aktiv
grant-status-upcoming = Ej påbörjad
grant-status-review-overdue = Granskning försenad
grant-status-contract-not-in-force = Kontraktet gäller inte
grant-status-lapsed = Utgången
grant-status-revoked = Återkallad
field-integration = Integration
field-consumer-kind = Konsumenten är
consumer-kind-system = ett system
consumer-kind-organisation = en organisation
field-consumer = Konsument
field-contract = Kontrakt
field-granted-by = Tilldelad av
field-granted-on = Första dag med behörighet
field-valid-until = Sista dag med behörighet
field-note = Anteckning
access-choose-integration = — välj integrationen först —
access-no-contract = Inget kontrakt styr den här integrationen: skriv ett och godkänn det innan behörighet tilldelas.
contract-choice = { $title } { $version } ({ $status })
action-open-integration = Öppna integrationen
action-open-contract = Öppna kontraktet
access-schedule-title = Status och granskning
access-status = Status: { $status }
access-review-due = Nästa granskning senast { $date }: { $interval }.
access-review-none = Återkallad vid en granskning: inga fler granskningar.
access-shipped-default = Intervallet är Datapakts standardvärde för klassningen och personuppgifterna i det kontraktet omfattar.
review-at-end = ingen regelbunden granskning krävs, så den granskas när behörigheten upphör
field-reviews = Granskningar
field-reviewed-on = Granskad
field-reviewed-by = Granskad av
field-review-outcome = Utfall
review-outcome-confirmed = Behövs fortfarande: bekräftad
review-outcome-revoked = Behövs inte längre: återkallad
action-add-review = Registrera en granskning
action-remove-review = Ta bort
path-integration = integration
path-consumer = konsument
path-contract = kontrakt
path-granted-by = tilldelad av
path-granted-on = första dag med behörighet
path-valid-until = sista dag med behörighet
path-reviewed-on = datum för granskning { $n }
path-grant-note = anteckning
issue-contract-is-draft = Kontraktet är ett utkast, och ingen behörighet tilldelas utan ett godkänt kontrakt: skicka det på granskning och godkänn det först.
issue-contract-in-review = Kontraktet väntar på godkännande, och ingen behörighet tilldelas utan ett godkänt kontrakt: godkänn det först.
issue-contract-retired = Kontraktet har upphört och ger inte längre behörighet: välj ett kontrakt som gäller, eller godkänn ett nytt.
issue-contract-not-yet-valid = Kontraktet gäller först från { $date }: tilldela behörighet från den dagen, eller välj ett kontrakt som gäller nu.
issue-contract-expired = Kontraktet gick ut { $date }: godkänn ett nytt kontrakt (eller förläng det här) innan behörighet tilldelas.
issue-version-too-low = Version { $released } är släppt, och ändringarna sedan dess kräver version { $proposed }: använd { $proposed } eller senare.
issue-contract-ends-first = Kontraktet upphör { $date }, innan den här behörigheten skulle göra det: tilldela behörighet till senast { $date }, eller förläng kontraktet.
issue-contract-not-governing = Kontraktet styr inte den här integrationen: välj ett kontrakt som gör det, eller lägg till integrationen i kontraktet.
issue-contract-not-for-consumer = Kontraktet namnger inte den här konsumenten: välj kontraktet som slutits med den, eller skriv ett för den.
error-access-refused = Behörigheten tilldelades inte: inget godkänt kontrakt som gäller omfattar den. Skälet står vid kontraktet.
rule-access-review-overdue = Behörigheter granskas i tid
rule-access-contract-not-in-force = Behörigheter vilar på ett kontrakt som gäller
rule-access-grant-lapsed = Behörigheter efter sista dagen är avslutade
rule-contract-is-complete = Kontrakt anger ägare, system och fält
rule-release-matches-information-sets = Släppta kontrakt stämmer med sina informationsmängder
finding-access-review-overdue = Granskningen skulle ha gjorts senast { $date }, enligt intervallet för informationen som kontraktet ”{ $contract }” omfattar: granska behörigheten och registrera om den fortfarande behövs.
finding-access-contract-not-in-force = { $reason ->
    [draft] Kontraktet ”{ $contract }” är ett utkast och ger därför ingen behörighet: godkänn kontraktet, eller avsluta behörigheten.
    [in-review] Kontraktet ”{ $contract }” väntar på godkännande och ger därför ingen behörighet: godkänn kontraktet, eller avsluta behörigheten.
    [not-yet-valid] Kontraktet ”{ $contract }” gäller först från { $date }, efter att behörigheten började: rätta första dagen för ett av dem.
    [expired] Kontraktet ”{ $contract }” gick ut { $date }: godkänn ett nytt kontrakt och flytta behörigheten dit, eller avsluta behörigheten.
    [ends-first] Kontraktet ”{ $contract }” upphör { $date }, innan behörigheten gör det: korta behörigheten, eller förläng kontraktet.
    [not-governing] Kontraktet ”{ $contract }” styr inte längre den här integrationen: flytta behörigheten till ett kontrakt som gör det, eller avsluta den.
    [not-for-consumer] Kontraktet ”{ $contract }” namnger inte längre den här konsumenten: flytta behörigheten till kontraktet som slutits med den, eller avsluta den.
   *[retired] Kontraktet ”{ $contract }” har upphört: flytta behörigheten till ett kontrakt som gäller, eller avsluta den.
}
finding-access-grant-lapsed = Sista dagen var { $date }, men behörigheten står fortfarande som tilldelad (under ”{ $contract }”): registrera en granskning som återkallar den, eller förläng den under ett kontrakt som gäller.
finding-contract-is-complete = Kontraktet anger { $what ->
    [owner] ingen informationsägare
    [provider] inte det levererande systemet
    [consumer] inte det mottagande systemet
   *[fields] inga fält
}: fyll i det; kontraktet kan inte skickas till granskning förrän det är gjort.
finding-release-matches-information-sets = Informationsmängden ”{ $set }” har ändrats efter att version { $version } släpptes: spara kontraktet för att påbörja nästa version (versionspanelen visar vad som ändrats), och godkänn den.
report-access-title = Behörighetskatalog
report-access-empty = Inga behörigheter har tilldelats.
report-access-grants = Behörigheter
report-access-attention = Behöver åtgärdas
report-col-grant = Behörighet
report-col-consumer = Konsument
report-col-contract = Kontrakt
report-col-granted-by = Tilldelad av
report-col-granted-on = Från
report-col-valid-until = Till
report-col-review-due = Granskas senast
report-col-review-interval = Granskningsintervall
report-col-status = Status
report-col-finding = Avvikelse

## Versioner: ändringar, reglerna som bedömer dem, ändringsloggar och meddelanden om ändringar.
bump-major = bakåtinkompatibel ändring
bump-minor = tillägg
bump-patch = redaktionell ändring
version-value-none = ingen
version-required-required = obligatoriskt
version-required-optional = valfritt
version-personal-personal = personuppgifter
version-personal-special-category = känsliga personuppgifter
version-personal-criminal-offence = uppgifter om lagöverträdelser
version-personal-national-id = personnummer
version-unreleased = Inte släppt ännu
version-first-release = Första versionen.
version-no-changes = Inga ändringar.
version-change-set-added = Informationsmängden ”{ $subject }” har lagts till
version-change-set-removed = Informationsmängden ”{ $subject }” har tagits bort
version-change-set-renamed = Informationsmängden ”{ $from }” har bytt namn till ”{ $to }”
version-change-set-term-changed = { $subject }: { $term } ändrades från ”{ $from }” till ”{ $to }”
version-change-resource-changed = { $subject }: API-sökvägen /{ $from } blev /{ $to }
version-change-field-added = Fältet { $subject } har lagts till ({ $to })
version-change-field-removed = Fältet { $subject } har tagits bort
version-change-field-renamed = Fältet { $from } har bytt namn till { $to }
version-change-type-changed = Fältet { $subject }: typen { $from } blev { $to }
version-change-format-changed = Fältet { $subject }: formatet ”{ $from }” blev ”{ $to }”
version-change-constraint-changed = Fältet { $subject }: { $term } ”{ $from }” blev ”{ $to }”
version-constraint-minimum = minsta värde
version-constraint-maximum = största värde
version-constraint-min-length = minsta antal tecken
version-constraint-max-length = största antal tecken
version-constraint-pattern = mönster
version-constraint-unique = unik
version-constraint-primary-key = primärnyckel
version-flag-on = ja
version-flag-off = nej
version-change-required-changed = Fältet { $subject }: { $from } blev { $to }
version-change-enum-changed = Fältet { $subject }: tillåtna värden ”{ $from }” blev ”{ $to }”
version-change-classification-changed = Fältet { $subject }: klassningsnivå { $from } blev { $to }
version-change-personal-data-changed = Fältet { $subject }: personuppgifter ”{ $from }” blev ”{ $to }”
version-change-description-changed = Fältet { $subject }: beskrivningen har ändrats
version-change-quality-changed = Kvalitetsregel { $subject }: ”{ $from }” blev ”{ $to }”
version-change-server-changed = Server { $subject }: ”{ $from }” blev ”{ $to }”
version-change-term-changed = { $term } ändrades från ”{ $from }” till ”{ $to }”
version-set-term-description = beskrivning
version-set-term-owner = informationsägare
version-set-term-scheme = klassningsmodell
version-term-title = Titel
version-term-description = Beskrivning
version-term-owner = Informationsägare
version-term-provider = Producent
version-term-consumer = Konsument
version-term-purpose = Ändamål
version-term-legal-basis = Rättslig grund
version-term-retention = Lagringstid
version-term-access = Åtkomst
version-term-access-rights = Åtkomsträttigheter
version-term-valid-from = Giltigt från
version-term-valid-to = Giltigt till
version-term-availability = Tillgänglighet (%)
version-term-support-hours = Supporttider
version-term-response-minutes = Svarstid (minuter)
version-term-recovery-time = Återställningstid (timmar)
version-term-recovery-point = Återställningspunkt (timmar)
version-term-api-profile = API-profil
version-term-in-house = Behandlas internt
version-term-links = Länkar
version-term-integrations = Integrationer som omfattas
version-rule-field-removed = Konsumenter som läser fältet slutar fungera.
version-rule-set-removed = Informationsmängdens konsumenter förlorar den.
version-rule-field-renamed = Konsumenter som läser det gamla namnet slutar fungera.
version-rule-type-changed = Konsumenter som tolkar den gamla typen slutar fungera.
version-rule-format-narrowed = Värden som var giltiga kanske inte längre är det.
version-rule-primary-key-changed = Konsumenter som slår upp eller kopplar poster på nyckeln slutar fungera.
version-rule-constraint-narrowed = Värden som var giltiga kanske inte längre är det.
version-rule-required-field-added = Producenten skickar nu fältet i varje post: löftet skärps, och en konsument som tar emot data påverkas inte.
version-rule-made-required = Producenten skickar nu fältet i varje post: löftet skärps, och en konsument som tar emot data påverkas inte.
version-rule-made-optional = Konsumenterna kan inte längre räkna med att fältet finns.
version-rule-enum-value-removed = Ett värde som konsumenterna skickar eller förväntar sig är inte längre tillåtet.
version-rule-classification-raised = Konsumenterna kanske inte längre får inneha informationen.
version-rule-personal-data-added = Nu överförs personuppgifter: ett personuppgiftsbiträdesavtal kan behövas.
version-rule-endpoint-path-changed = Anrop till den gamla sökvägen misslyckas.
version-rule-scheme-changed = Nivåerna betyder nu något annat: klassa på nytt.
version-rule-service-level-lowered = Konsumenterna får en lägre servicenivå än avtalat.
version-rule-validity-shortened = Kontraktet gäller kortare tid: behörigheten kan upphöra tidigare.
version-rule-parties-changed = Kontraktet gäller nu mellan andra parter.
version-rule-integration-removed = En integration som kontraktet inte längre omfattar förlorar sitt stöd: åtkomst genom den kräver ett annat kontrakt.
version-rule-access-narrowed = Färre får åtkomst till informationen.
version-rule-quality-rule-tightened = Data som uppfyllde kvalitetsreglerna kanske inte längre gör det: leverantören måste leverera mer, och konsumenternas kontroller kan fallera på data som klarade sig.
version-rule-quality-rule-changed = En kvalitetsregel kräver något annat: data som uppfyllde den kanske inte längre gör det.
version-rule-server-removed = Konsumenter som läser från servern förlorar den.
version-rule-server-changed = Konsumenter som läser från servern måste följa den till dess nya plats.
version-rule-field-added = Befintliga konsumenter påverkas inte.
version-rule-set-added = Befintliga konsumenter påverkas inte.
version-rule-enum-value-added = Befintliga värden är fortfarande giltiga; konsumenterna bör godta det nya.
version-rule-format-dropped = Alla värden som var giltiga är det fortfarande.
version-rule-constraint-widened = Alla värden som var giltiga är det fortfarande; konsumenter bör godta de nya.
version-rule-classification-lowered = Alla konsumenter som fick det tidigare får det fortfarande.
version-rule-personal-data-removed = Färre personuppgifter överförs.
version-rule-quality-rule-loosened = All data som uppfyllde kvalitetsreglerna gör det fortfarande; konsumenterna bör inte längre räkna med det som togs bort.
version-rule-server-added = Befintliga konsumenter påverkas inte.
version-rule-terms-changed = Villkoren har ändrats: läs dem igen innan du godkänner.
version-rule-wording-changed = Bara formuleringen har ändrats.
version-proposed = Föreslagen version: { $version } ({ $bump })
version-changes-since = Ändringar sedan { $version }
changelog-title = Ändringslogg: { $title }
changelog-released = Släppt { $date } av { $by }
changelog-file = Läst från { $file }
impact-why-governed = styrs av kontraktet
impact-why-consumer = använder en integration som kontraktet styr
impact-why-named-consumer = namngiven som kontraktets konsument
impact-why-awaiting-approval = ändringen väntar på godkännande
impact-why-shares-set = styr en informationsmängd som har ändrats
impact-why-grant = behörighet tilldelad under kontraktet
impact-when-approved = den dag versionen godkänns
notice-subject = ”{ $title }”: version { $to } ({ $bump })
notice-greeting = Hej { $name },
notice-intro = ”{ $title }” ändras från version { $from } till version { $to }, med verkan från { $date }.
notice-intro-first = ”{ $title }” släpps i version { $to }, med verkan från { $date }.
notice-changes = Det här ändras:
notice-action-major = Det här behöver du göra: ändringen är bakåtinkompatibel, så befintlig användning slutar fungera. Kontrollera { $items } mot den nya versionen och anpassa innan ändringen börjar gälla; meddela ägaren om du inte kan.
notice-action-minor = Det här behöver du göra: ingenting. Tilläggen finns där om du behöver dem.
notice-action-patch = Det här behöver du göra: ingenting. Bara formuleringen har ändrats.
notice-role = Du får detta som { $role } för { $item }.
notice-contact = Frågor: { $owner }.
versions-title = Versioner
versions-since = Ändringar sedan version { $version } släpptes:
versions-unchanged = Inga ändringar sedan version { $version } släpptes.
versions-never-released = Inte släppt ännu: när kontraktet godkänns släpps version { $version }.
versions-use-proposed = Använd { $version }
versions-starts-draft = När du sparar påbörjas version { $version } som utkast; när den godkänns släpps den.
versions-changelog = Ändringslogg
versions-compare = Jämför versioner
versions-impact = Vilka som berörs
versions-export-changelog = Exportera som Markdown
versions-from = Från version
versions-to = Till version
versions-nothing-to-compare = Det finns bara en version hittills.
impact-title = Vilka ändringen till version { $version } berör
impact-integrations = Integrationer
impact-consumers = Konsumentsystem
impact-contracts = Kontrakt som ska godkännas igen
impact-grants = Behörigheter att granska
impact-recipients = Personer att meddela
impact-none = Inga.
impact-copy = Kopiera
impact-copied = Kopierat till urklipp.
impact-save-notice = Spara som fil
changelog-export = Exportera ändringsloggen
spectral-export = Exportera profilen som Spectral-regeluppsättning
dcat-catalog-title = Öppna API:er från { $publisher }
dcat-catalog-description = De datatjänster { $publisher } erbjuder under godkända informationskontrakt med offentlig åtkomst, och de informationsmängder de levererar.
dcat-profile-dcat-ap-no = data.norge.no (DCAT-AP-NO)
dcat-profile-dcat-ap-se = dataportal.se (DCAT-AP-SE)
dcat-export = Exportera de öppna API:erna till den nationella datakatalogen
file-type-turtle = RDF (Turtle)
file-type-json-ld = RDF (JSON-LD)
error-dcat-bad-endpoint = Ändpunkten ”{ $endpoint }” för { $api } är inte en webbadress som RDF kan hålla: rätta den på det levererande systemet.
error-dcat-nothing = Inget godkänt kontrakt med offentlig åtkomst har en ändpunkt och en utgivare: det finns inget att beskriva ännu.
json-schema-export = Exportera JSON Schema
action-export-json-schema = Exportera JSON Schema …
notice-export = Spara meddelandet
versions-set-saves = När du sparar registreras version { $version } ({ $bump })
versions-set-since = Ändringar sedan version { $version }:
versions-set-current = Version { $version }: inga ändringar sedan dess.
menu-team = Gemensam katalog
action-open-team = Öppna gemensam katalog…
action-publish-team = Publicera till ett gemensamt förråd…
team-publish-title = Publicera till ett gemensamt förråd
team-publish-intro = Hela katalogen skrivs som textfiler (avtal som ODCS), checkas in och skickas till ett tomt git-förråd som teamet når, till exempel ett nytt GitLab- eller Gitea-projekt. Inloggningen kommer från dina SSH-nycklar eller gits credential helper.
team-open-intro = En ny lokal katalogfil skapas från teamets förråd; den är din arbetskopia (snabb, och går att använda utan nät), och Synkronisera delar ändringar åt båda hållen.
team-publish-go = Publicera
team-open-go = Välj var den ska sparas…
team-url = Förrådets adress (ssh://, https:// eller en mapp)
team-sync = Synkronisera
team-sync-shortcut = Synkronisera (Ctrl+Shift+S)
team-status-line = { $local } lokala · { $incoming } inkommande · synkroniserad { $when }
team-never = aldrig
team-conflicts-waiting = { $count ->
    [one] 1 konflikt väntar
   *[other] { $count } konflikter väntar
}
team-conflicts-title = Konflikter från senaste synkroniseringen
team-conflicts-intro = De här fälten ändrades olika här och i den gemensamma katalogen. Ditt värde behålls tills du väljer; ingenting skickas medan en konflikt väntar.
team-base = Före
team-mine = Mitt
team-theirs = Deras
team-keep-mine = Behåll mitt
team-take-theirs = Ta deras
team-abort = Avbryt synkroniseringen
team-whole-item = hela objektet
team-deleted = (raderat)
team-all-resolved = Alla konflikter är lösta: synkronisera för att dela resultatet.
team-synced = Synkroniserad: { $sent } skickade, { $received } mottagna.
team-conflicts-notice = { $count ->
    [one] 1 konflikt väntar på ditt val; ingenting skickades.
   *[other] { $count } konflikter väntar på ditt val; ingenting skickades.
}
team-finding = Efter sammanslagningen, ”{ $title }”: { $message }
team-aborted = Synkroniseringen avbröts: katalogen är som före den.
prefs-email = E-postadress
prefs-email-hint = Används med ditt namn på den gemensamma katalogens incheckningar.
