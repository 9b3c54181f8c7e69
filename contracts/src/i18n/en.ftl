# Datapakt — English. Every other language has exactly these messages and variables.

## The window
app-name = Datapakt
app-tagline = Information contracts, kept in one catalog file
catalog-open-failed = The catalog could not be opened
catalog-open-hint = Open another catalog from the File menu, or start Datapakt without --catalog to use your default catalog.
read-only-banner = This catalog is read-only: you can look, but not change anything.
working = Working…
skip-to-content = Skip to content

## Navigation
nav-label = Sections
nav-overview = Overview
nav-contracts = Contracts
nav-integrations = Integrations
nav-systems = Systems
nav-information-sets = Information sets
nav-organisations = Organisations
nav-people = People
nav-agreements = Agreements
nav-audit = Audit trail

## Kinds of item
entity-contract = Contract
entity-organisation = Organisation
entity-classification-scheme = Classification scheme
entity-person = Person
entity-system = System
entity-information-set = Information set
entity-integration = Integration
entity-agreement = Data processing agreement
entity-unit = Unit
entity-settings = Catalog settings
entity-release = Released version
entity-set-version = Information set version

## Actions
action-new = New
action-new-contract = New contract
action-new-integration = New integration
action-new-system = New system
action-new-information-set = New information set
action-new-organisation = New organisation
action-new-person = New person
action-new-agreement = New agreement
action-save = Save
action-delete = Delete
action-discard = Discard changes
action-keep-editing = Keep editing
action-close = Close
action-add = Add
action-remove = Remove
action-move-up = Move up
action-move-down = Move down
action-add-field = Add field
action-add-child = Add child field
action-export-openapi = Export OpenAPI
action-export-pdf = Export PDF
action-preferences = Preferences
action-file = File
action-new-catalog = New catalog…
action-open-catalog = Open catalog…
action-open-recent = Open recent
action-quit = Quit
action-save-copy = Save a copy as…
action-show-json-schema = Show JSON Schema
action-hide-json-schema = Hide JSON Schema
action-submit-review = Submit for review
action-approve = Approve
action-send-back = Send back to draft
action-retire = Retire
action-take-fields = Take these fields
action-assign = Assign

## Messages
saved = Saved “{ $title }”.
deleted = Deleted “{ $title }”.
delete-confirm = Delete “{ $title }”? The audit trail keeps it as it was.
changed-elsewhere = This item changed since you opened it (in another window, the command-line tool or a team sync), so your changes were not saved. Reload it to see the change (your changes are dropped), or see both versions side by side.
changed-reload = Reload (drop my changes)
changed-compare = See both
changed-keep-mine = Save mine over theirs
changed-property = Property
changed-mine = Yours (not saved)
changed-theirs = Stored now
unsaved-changes = You have unsaved changes.
unsaved-confirm = Discard the unsaved changes to “{ $title }”?
exporting = Exporting { $format }…
exported = Exported to { $path }
export-cancelled = Export cancelled.
export-failed = Export failed: { $message }
status-changed = “{ $title }” is now { $status }.
catalog-opened = Opened { $path }
copy-saved = Saved a copy to { $path }
nothing-selected = Select an item in the list, or create a new one.
no-rows = Nothing to show.
no-recent = No recent catalogs.
rows-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
fix-before-saving = Fix the marked fields before saving.
approved-by = Approved by { $name } on { $at }

## Lists
filter-label = Filter
filter-placeholder = Type to filter
sort-ascending = sorted ascending
sort-descending = sorted descending
col-title = Title
col-name = Name
col-version = Version
col-status = Status
col-owner = Owner
col-provider = Provider
col-consumer = Consumer
col-consumers = Consumers
col-country = Country
col-org-number = Organisation number
col-email = E-mail
col-unit = Unit
col-left-on = Left on
col-lifecycle = Lifecycle
col-system-owner = System owner
col-fields = Fields
col-personal-data = Personal data
col-pattern = Pattern
col-controller = Controller
col-processor = Processor
col-contracts = Contracts
col-time = Time
col-author = Author
col-action = Change
col-kind = Kind
col-item = Item
yes = Yes
no = No

## Search
search-label = Search the catalog
search-placeholder = Search (Ctrl+K)
search-no-hits = No matches for “{ $query }”.

## Overview
overview-title = Overview
overview-counts = The catalog
overview-findings = Rules the catalog breaks
overview-no-findings = No rule is broken.
rule-contract-has-information-owner = Contract has an information owner
rule-information-set-has-owner = Information set has an owner
rule-personal-data-has-agreement = Personal data is covered by a data processing agreement
rule-integration-has-owner = Integration has an owner
rule-integration-has-contract = Every running integration has an information contract in force
rule-departed-owner-has-successor = Departed owner has a successor
rule-system-has-owner = System has an owner
rule-contract-has-classification = Contract has a classification
rule-safeguard-gap = Integration has the safeguards its classification requires
rule-technology-follows-advice = Integration's technology follows the decision tree or is justified
rule-reuse-before-build = Integration reuses an existing interface or justifies a new one

## History
history-title = History
history-empty = No changes recorded.
audit-create = Created
audit-update = Changed
audit-delete = Deleted
audit-before = Before
audit-after = After
audit-select = Select a change to see what it was.

## Preferences
prefs-title = Preferences
prefs-language = Language
prefs-author = Your name in the audit trail
prefs-author-hint = Empty: your user name on this computer.
prefs-theme = Theme
theme-system = Follow the system
theme-light = Light
theme-dark = Dark

## Fields of the editors
field-title = Title
field-name = Name
field-description = Description
field-owner = Information owner
field-provider-system = Provider system
field-consumer-system = Consumer system
field-version = Version
field-fields = Fields
field-field-name = Field name
field-type = Type
field-required = Required
field-purpose = Purpose
field-legal-basis = Legal basis
field-retention = Retention
field-access = Who may get access
field-valid-from = Valid from
field-valid-to = Valid to
field-links = Links to definition files (one per line)
field-availability = Availability (%)
field-support-hours = Support hours
field-response-minutes = Response time (minutes)
field-recovery-time = Recovery time (hours)
field-recovery-point = Recovery point (hours)
field-information-sets = Information sets governed
field-integrations = Integrations governed
field-in-house = Processed in house (no processor involved)
field-status = Status
field-country = Country
field-org-number = Organisation number
field-units = Units
field-new-unit = New unit
field-email = E-mail
field-unit = Unit
field-left-on = Left on
field-owning-unit = Owning unit
field-lifecycle = Lifecycle
field-endpoints = Endpoints (one per line)
field-system-owners = System owners
field-roles = Roles held
field-scheme = Classification scheme
field-resource = API resource name (plural, e.g. elever)
field-schema = Schema
field-format = Format
field-enum-values = Allowed values (comma-separated)
field-examples = Examples (comma-separated)
field-minimum = Smallest value
field-maximum = Largest value
field-display-name = Display name in English
field-min-length = Fewest characters
field-max-length = Most characters
field-pattern = Pattern (regular expression)
field-unique = Unique
field-primary-key = Key
field-classification = Classification
field-personal = Personal data
field-special-category = Special category (Art. 9)
field-criminal-offence = Criminal offences (Art. 10)
field-national-id = National identity number
field-provider = Provider system
field-consumers = Consumer systems
field-integration-owner = Integration owner
field-pattern = Pattern
field-technology = Technology
field-mode = Mode
field-frequency = Frequency
field-volume-per-day = Messages per day
field-message-size = Message size (kB)
field-guaranteed-delivery = Guaranteed delivery
field-reusable = Reusable via the central platform
field-existing-could-serve = An existing interface could have served
field-justification = Justification for a new interface
field-controller = Controller
field-processor = Processor
field-subject-matter = Subject matter
field-duration = Duration
field-nature-purpose = Nature and purpose
field-personal-data-types = Types of personal data (one per line)
field-data-subjects = Categories of data subjects (one per line)
field-security-measures = Security measures
field-transfers = Transfers outside the EU/EEA
field-contracts-covered = Contracts covered (ids, comma-separated)
field-person = Person
field-role = Role
none-selected = — none —
unclassified = Unclassified

## Values
status-draft = draft
status-in-review = in review
status-approved = approved
status-retired = retired
lifecycle-planned = planned
lifecycle-in-development = in development
lifecycle-in-production = in production
lifecycle-phasing-out = phasing out
lifecycle-retired = retired
pattern-event-provisioning = event-based provisioning
pattern-api-lookup = API look-up
pattern-full-sync-batch = full synchronisation (batch)
pattern-file-transfer = file transfer
pattern-message-queue = message queue
technology-rest = REST
technology-graphql = GraphQL
technology-soap-legacy = SOAP (legacy only)
technology-messaging = messaging
technology-file = file
mode-synchronous = synchronous
mode-asynchronous = asynchronous
frequency-real-time = real time
frequency-on-demand = on demand
frequency-hourly = hourly
frequency-daily = daily
frequency-weekly = weekly
frequency-monthly = monthly
role-information-owner = information owner
role-system-owner = system owner
role-integration-owner = integration owner
role-contact-point = contact point
role-technical-contact = technical contact
country-no = Norway
country-se = Sweden
type-string = text
type-integer = integer
type-number = number
type-boolean = true/false
type-date = date
type-date-time = date and time
type-object = object
type-array = array

## Where a validation finding points
path-title = title
path-owner = owner
path-provider-system = provider system
path-consumer-system = consumer system
path-version = version
path-fields = fields
path-field-name = name of field { $n }
path-name = name
path-org-number = organisation number
path-scheme-key = scheme key
path-aspects = aspects
path-aspect-key = key of aspect { $n }
path-levels = levels
path-level-colour = colour of level { $n }
path-email = e-mail address
path-left-on = date left
path-scheme = classification scheme
path-controller = controller
path-processor = processor
path-valid-from = start date
path-valid-to = end date
path-availability = availability
path-provider = provider system
path-consumers = consumer systems
path-justification = justification
path-schema-field = schema field { $n }
path-endpoint = endpoint { $n }
path-case-figures = case figures, row { $n }
path-owning-unit = owning unit
path-resource = API resource name
art28-title = title
art28-subject-matter = subject matter of the processing
art28-duration = duration of the processing
art28-nature-and-purpose = nature and purpose of the processing
art28-personal-data = types of personal data
art28-data-subjects = categories of data subjects
art28-security-measures = technical and organisational security measures

## Validation findings ($field is where)
issue-required = The { $field } is required: enter a value.
issue-too-long = The { $field } is too long: use at most { $max } characters.
issue-not-semver = The version must look like 1.0.0 (major.minor.patch, digits only).
issue-no-fields = Add at least one field.
issue-not-identifier = The { $field } must start with a letter or _ and contain only letters a–z, digits and _ (at most 64), e.g. birthDate.
issue-not-field-name = The { $field } must start with a letter or _ and contain only letters (of any language), digits, _, - and single spaces between words (at most 64), e.g. fødselsdato.
issue-limits-crossed = The { $field } has a smallest value or length above its largest: correct one of them.
issue-duplicate-field-name = The { $field } is used by an earlier field: field names must be unique.
issue-not-org-number = { $country ->
    [SE] The organisation number is not a valid Swedish organisationsnummer: 10 digits as NNNNNN-NNNN, third digit 2 or more, the last a Luhn check digit, e.g. 212000-1967. Check for a mistyped digit.
   *[other] The organisation number is not a valid Norwegian organisasjonsnummer: 9 digits, the last a mod-11 check digit, e.g. 974 760 673. Check for a mistyped digit.
}
issue-duplicate-key = The { $field } is used by an earlier item: keys must be unique.
issue-too-few-levels = A scheme needs at least { $min } levels.
issue-not-colour = The { $field } must be a colour written #rrggbb, e.g. #2e7d32.
issue-ordinals-out-of-order = Level ordinals must run 0, 1, 2, … from the lowest level up.
issue-not-email = The { $field } must look like name@example.no.
issue-not-date = The { $field } must be a date written YYYY-MM-DD, e.g. 2026-08-31.
issue-empty-object = The { $field } is an object: add the fields it contains.
issue-array-needs-one-item = The { $field } is an array: describe its items with exactly one child field.
issue-children-not-allowed = The { $field } has child fields, which only objects and arrays can have: change its type or remove the children.
issue-enum-not-allowed = The { $field } lists allowed values, which only text and integer fields can: change its type or clear the values.
issue-duplicate-enum-value = The { $field } lists an allowed value twice: remove the repeat.
issue-no-scheme = The { $field } is classified, but the information set names no classification scheme: choose one.
issue-unknown-level = The { $field } has classification level { $ordinal }, which the scheme does not have: pick one of its levels.
issue-unknown = The { $field } does not exist in this catalog: pick an existing one.
issue-provider-is-consumer = The provider system is also listed as a consumer: remove it from the consumers.
issue-duplicate-consumer = A consumer system is listed twice: remove the repeat.
issue-ends-before-start = The end date is before the start date: correct one of them.
issue-same-party = The controller and the processor are the same organisation: an agreement needs two parties.
issue-not-percent = The { $field } must be a percentage from 0 to 100, e.g. 99.5.
issue-not-web-address = The { $field } must be a full web address, e.g. https://api.example.no/v1.
issue-more-than-cases = In the { $field }, the cases without manual steps outnumber all cases: correct one of them.
issue-name-taken = The { $field } is already used by another item of this kind: choose another.
issue-not-resource-name = The { $field } may contain only lower-case letters a–z, digits and hyphens (1–63 characters, no hyphen first or last, no æ, ø or å), e.g. elever.

## Added with the authoring desktop
nav-organisations-people = Organisations & people
action-add-sub-processor = Add sub-processor
page-newer = Newer changes
page-older = Older changes
field-find-contract = Find a contract to add
field-sub-processor-authorisation = Authorisation of sub-processors
authorisation-specific = Prior specific authorisation
authorisation-general = General written authorisation
field-notice-days = Days of notice
field-sub-processors = Sub-processors
field-sp-name = Name
field-sp-address = Address
field-sp-contact = Contact
field-sp-processing = Processing carried out

## Rules of the catalog (findings)
finding-contract-has-information-owner = No person holds the information owner role: assign the owner who decides who may receive this information.
finding-information-set-has-owner = No information owner is recorded: choose the person who decides who may receive this information.
finding-personal-data-has-agreement = It carries personal data, but no data processing agreement (GDPR Art. 28) covers it: record the agreement, or mark the contract as processed in house when no processor is involved.
finding-integration-has-owner = No integration owner is recorded: name the owner of the information it carries, who keeps its contract current and tells those affected by a change.
finding-integration-has-contract = { $variant ->
        [none] It is running, but no information contract governs it; the integration strategy asks for one for every system integration: make one, or link it to a contract (among the integrations the contract governs).
       *[not-in-force] It is running, but none of the contracts governing it is approved and in force ({ $contracts }): approve one, or correct its validity.
    }
finding-departed-owner-has-successor = { $person } left on { $date } and was its { $role }; nobody has taken over: assign a successor.
finding-system-has-owner = No system owner is recorded: assign the person responsible for the system, or mark it retired if it no longer runs.
finding-contract-has-classification = { $variant ->
    [no-sets] It governs no information set, so its classification is unknown: link the information sets it carries and classify their fields.
   *[unclassified] None of the fields of the information sets it governs is classified: classify them in their information set.
}
finding-safeguard-gap = It lacks “{ $safeguard }”, required by { $reason ->
    [level] classification level { $level }
    [personal] the personal data it carries
   *[sensitive] the sensitive personal data it carries (special categories, criminal offences or national identity numbers)
} ({ $default ->
    [yes] a Datapakt shipped default
   *[no] the catalog's policy
}; contracts { $contracts }): record the safeguard on the integration once it is in place, or lower the classification if it is set too high.
finding-technology-follows-advice = { $severity ->
    [soap] It uses { $technology }, which the strategy rules out for a new interface; the decision tree (as Datapakt reads it) recommends { $recommended }: change the technology.
   *[unjustified] It uses { $technology } where the decision tree (as Datapakt reads it) recommends { $recommended }, and no justification is written: write why in “Why the technology differs from the advice”, or follow the advice.
}
finding-reuse-before-build = Existing interfaces already provide what it carries ({ $candidates }): reuse one of them, or tick “{ field-existing-could-serve }” and justify the new interface.
findings-more = …and { $count } more.

## Errors
error-missing = { $path } does not exist: check the path, or create a new catalog.
error-path-not-chosen = Datapakt did not open { $path }: the window may only name a file you chose in a dialog, one Datapakt wrote, or a recent catalog. Choose it with File → Open or the import dialog.
error-file-missing = { $path } does not exist: check the path and choose the file again; nothing was imported.
error-already-exists = { $path } already exists: choose another file name (an existing file is never overwritten).
error-read = Could not read { $path }: { $detail }
error-file-too-large = { $path } has more than { $max } MiB, more than Datapakt reads from a file of this kind: check that it is the file you meant, or split it; nothing was read.
error-export-over-catalog = { $path } is the open catalog: choose another file for the export.
error-not-sqlite = { $path } is not a Datapakt catalog (it is not an SQLite database); the file was left untouched.
error-foreign-database = { $path } is not a Datapakt catalog (it is another program's database); the file was left untouched.
error-newer-schema = { $path } was written by a newer Datapakt (catalog schema { $found }; this version reads up to { $supported }): update Datapakt to open it; the file was left untouched.
error-invalid = Not saved: fix the marked fields.
error-invalid-import = Item { $n } of the import is not valid, so nothing was imported.
error-version-not-found = The { $entity } with id { $id } has no version { $version }: its changelog lists the versions it has.
error-changed-since-opened = This { $entity } (id { $id }) changed since you opened it, in another window, the command-line tool or a team sync: nothing was saved. Reload it to see the change, or see both and save yours again.
error-item-not-found = There is no { $entity } with id { $id } in this catalog.
error-duplicate-organisation = Organisation number { $number } is already registered: edit that organisation instead.
error-status-change = A contract cannot go from { $from } to { $to }: the workflow is draft → in review → approved → retired, and a review may send it back to draft.
error-scheme-not-found = There is no classification scheme with key { $key } in this catalog.
error-in-use = This { $entity } is still in use (a contract or another item refers to it): remove those references first; nothing was deleted.
error-not-deletable = A { $entity } cannot be deleted on its own.
error-locked = { $path } is in use by another program (another Datapakt window, or the datapakt command, is writing to it): close that program and try again; nothing was changed.
error-read-only = { $path } is read-only, so the change was not saved: save a copy and work on that, or make the file writable.
error-read-only-needs-upgrade = { $path } is read-only and was written by an older Datapakt: make the file writable once so it can be upgraded.
error-sqlite = The catalog { $path } could not be read or written: { $detail }
error-write = Could not write { $path }: { $detail }
error-pdf = Could not render the PDF: { $detail }
error-sql-syntax = { $path } is not SQL Datapakt can read in the { $dialect } dialect ({ $detail }): check the dialect and the statement there; nothing was imported.
error-sql-no-table = { $path } has no CREATE TABLE statement: export the tables' definitions (e.g. pg_dump --schema-only); nothing was imported.
error-sql-too-many-tables = { $path } has more than { $max } tables: split it; nothing was imported.
error-xsd-syntax = { $path } is not XML Datapakt reads ({ $detail }): check the file (a DTD is refused); nothing was imported.
error-xsd-not-schema = { $path } has <{ $found }> at its root, not an XML Schema (xs:schema) or a WSDL 1.1 description (wsdl:definitions); nothing was imported.
error-xsd-empty = { $path } defines no element and no complex type: there is nothing to make an information set of; nothing was imported.
error-xsd-imports = { $path }: its types are in { $location }, which it imports: bundle the schemas into one file, or import that file; nothing was imported.
error-xsd-unknown-type = { $path }: { $at } names the type { $name }, which no schema of the file defines: bundle the schemas it imports into the file; nothing was imported.
error-openapi-syntax = { $path } is neither JSON nor YAML ({ $detail }): check that it is the file you meant; nothing was imported.
error-openapi-yaml-limit = { $path }: at line { $line }, column { $column } the document passes a limit: { $measure ->
        [text] it holds more than { $max } MiB of text
       *[values] it holds more than { $max } values
    } once its aliases (*name) repeat what their anchors (&name) mark. Write the repeated part out where it is needed, or remove the repetition; nothing was imported.
error-openapi-not-object = { $path } has no map at its top level, as an OpenAPI document (openapi, info, paths) or a JSON Schema (type, properties) has; nothing was imported.
error-openapi-no-object-schema = { $path } describes no object: give the schema properties at its top level, or object schemas under $defs (or definitions); nothing was imported.
error-openapi-swagger = { $path } is a Swagger { $version } document, which Datapakt does not import: convert it to OpenAPI 3 first (for example with swagger2openapi), then import that.
error-openapi-no-version = { $path } has no openapi key at its top level, so it is not an OpenAPI 3 document: if it is one, add openapi: 3.1.0 (or the 3.0.x it follows).
error-openapi-unsupported-version = { $path } is OpenAPI { $version }: Datapakt imports OpenAPI 3.0.x and 3.1.x; nothing was imported.
error-openapi-dangling-ref = In { $path }, the $ref at { $at } points to { $target }, which is not in the document: correct the reference or add what it names; nothing was imported.
error-openapi-external-ref = In { $path }, the $ref at { $at } points outside the document ({ $target }): bundle the document into one file first (for example with redocly bundle); nothing was imported.
error-openapi-bad-ref = In { $path }, the $ref at { $at } is not a JSON pointer within the document ({ $target }): write it as #/components/schemas/Name; nothing was imported.
error-integration-not-governed = No contract governs the integration { $name } (id { $id }), so there is no API to describe: link a contract to it (under Integrations governed in the contract) and export again; nothing was written.
error-not-affected = Person { $person } is not among those the latest change affects: open the impact again to see who is; nothing was written.
error-author-too-long = The author name is too long: use at most { $max } characters.
error-no-data-folder = There is no folder for the default catalog ({ $detail }): open a catalog with “Open catalog…” or make one with “New catalog…”.
error-not-local-path = The chosen place is not a local file or folder ({ $detail }): choose one on this computer.
error-cannot-open = { $path } could not be opened: { $detail }
error-call = The window could not talk to Datapakt ({ $command }: { $detail }): restart Datapakt, and report it if it happens again.
error-import-needs-system = An OpenAPI document is imported as the interface of a system: choose the system it describes and import again; nothing was imported.
error-repo-not-catalog = The repository has no datapakt.yaml: it is not a Datapakt team catalogue. Choose the repository a catalog was published to, or an empty one to publish to.
error-repo-newer-format = The repository is in team catalogue format { $found }, newer than this Datapakt reads (format { $supported }): update Datapakt to use it.
error-repo-entry = { $path } in the team catalogue cannot be read: { $detail }
error-git-auth = { $url } refused the credentials: check your SSH key (or agent), or your git credential helper's token, and that you may write to the repository.
error-git-host = The host of { $url } is unknown ({ $detail }): check the address; for SSH, connect once with ssh to trust its host key.
error-git-unreachable = { $url } cannot be reached ({ $detail }): check the network. Your changes are kept and wait for the next sync.
error-git-no-repository = There is no git repository at { $url } ({ $detail }): check the address. An empty bare repository is needed to publish.
error-git-failed = Git failed on the catalog's repository: { $detail }
error-team-no-remote = The catalog has no team remote yet: publish it to an empty repository first.
error-team-remote-taken = { $url } already holds another team catalogue: join it with Open team catalog instead of publishing to it.
error-team-remote-empty = { $url } is empty: there is no team catalogue to join yet. Publish a catalog to it instead.
error-team-remote-busy = { $url } kept changing while this catalog pushed: your changes are kept here; sync again in a moment.
error-team-entry = { $item } of the team catalogue cannot be read ({ $detail }); nothing was changed. Fix that file in the repository.
error-team-no-such-conflict = No conflict waits on { $item } { $field }: see the waiting ones in the sync status.
error-team-nothing-pending = No sync waits for a choice: there is nothing to resolve or abort.
team-note-reference-dropped = { $item } referred to { $reference }, which the other side deleted: the reference was removed.
team-note-history-clash = { $item } was made on both sides: the one published first is kept; yours was { $mine }.
team-note-unified = The { $kind } “{ $name }” was made on both sides: they are now one, and what referred to yours refers to it.
warning-openapi-no-endpoint = No endpoint is recorded for { $system }, so the server in the OpenAPI document is a placeholder on .invalid: record the system's endpoints and export again.
warning-dcat-not-published = { $api } is left out of the description: { $reason ->
    [no-endpoint] its provider system has no endpoint
   *[no-publisher] its provider system belongs to no organisation
}. Record it on the system, then export again.
dialog-catalog-files = Datapakt catalogs
file-type-openapi-json = OpenAPI 3.1 (JSON)
file-type-openapi-yaml = OpenAPI 3.1 (YAML)
file-type-contract-pdf = PDF information contract
file-type-odcs = ODCS (YAML)
file-type-spectral = Spectral ruleset
file-type-json-schema = JSON Schema
file-type-dpa-pdf = PDF/A data processing agreement
file-type-pdf = PDF document
file-type-csv = CSV table
file-type-svg = SVG image
file-type-png = PNG image
file-type-markdown = Markdown text
file-type-text = Text
nav-schemes = Classification schemes
action-new-classification-scheme = New classification scheme
col-key = Key
col-levels = Levels
col-shipped-default = Shipped default
field-key = Key
field-source = Source
field-name-in = Name ({ $language })
field-aspects = Aspects rated
field-levels = Levels, lowest first
field-colour = Colour
action-add-aspect = Add aspect
action-add-level = Add level
action-remove-level = Remove the highest level
shipped-default-note = Shipped with Datapakt as a default, not as anybody's policy: adapt it to your organisation's.
action-export-odcs = Export ODCS
field-api-profile = API profile
profile-generic = Generic
profile-ks-fiks = KS Fiks (Norway)
profile-se-rest = Swedish REST API profile

## PDF documents: fixed text shared by the information contract and the data processing agreement.
pdf-page = Page { $page } of { $pages }
pdf-contents = Contents
pdf-draft = DRAFT
pdf-running-header = { $title }, version { $version }
pdf-yes = yes
pdf-no = no
pdf-provider = Provider
pdf-consumer = Consumer
pdf-party-role = Role
pdf-party-organisation = Organisation
pdf-party-org-number = Organisation number
pdf-party-system = System (unit)
pdf-no-parties = No parties are recorded.
pdf-signatures-section = Signatures
pdf-sign-place-date = Place and date
pdf-sign-signature = Signature
pdf-sign-name = Name in block letters

## The information contract.
pdf-contract-kind = Information contract
pdf-version = Version
pdf-status = Status
pdf-validity = Valid
pdf-validity-range = { $from } – { $to }
pdf-open-ended = until further notice
pdf-owner = Information owner
pdf-contact-point = Contact point
pdf-contract-id = Contract id
pdf-api-profile = API profile
pdf-purpose-section = Purpose and legal basis
pdf-purpose = Purpose
pdf-legal-basis = Legal basis
pdf-retention = Retention
pdf-access = Access
pdf-description = Description
pdf-integration-section = The integration
pdf-no-integration = No integration is linked to this contract.
pdf-pattern = Pattern
pdf-technology = Technology
pdf-mode = Mode
pdf-frequency = Frequency
pdf-volume = Volume
pdf-messages-per-day = { $n } messages per day
pdf-message-size = Message size
pdf-kilobytes = { $n } kB
pdf-guaranteed-delivery = Guaranteed delivery
pdf-consumers = Consumers
pdf-fields-section = Exchanged fields
pdf-field = Field
pdf-field-type = Type
pdf-field-required = Required
pdf-field-classification = Classification
pdf-field-personal = Personal data
pdf-no-fields = No fields.
pdf-personal-personal = personal data
pdf-personal-special = special category (Art. 9)
pdf-personal-criminal = criminal offences (Art. 10)
pdf-personal-national-id = national identity number
pdf-classification-section = Classification and safeguards
pdf-classification = Classification
pdf-unclassified = not classified
pdf-personal-summary = Personal data
pdf-safeguards = Required safeguards
pdf-no-safeguards = No safeguards are required.
pdf-safeguards-default = These requirements are Datapakt's shipped defaults for the classification and the personal data; the organisation's own rules take precedence.
pdf-safeguards-policy = The classification's requirements are the organisation's own policy, recorded in the catalog; those for personal data are Datapakt's shipped defaults.
pdf-sla-section = Service levels
pdf-availability = Availability
pdf-support-hours = Support hours
pdf-response-time = Response time
pdf-rto = Recovery time objective
pdf-rpo = Recovery point objective
pdf-minutes = { $n } minutes
pdf-hours = { $n } hours
pdf-history-section = Approval history
pdf-history-when = When (UTC)
pdf-history-who = By
pdf-history-change = Change
pdf-history-empty = The contract has not changed status yet.
pdf-created = created
safeguard-authentication = Authenticated access
safeguard-strong-authentication = Strong authentication (multi-factor for people, signed client assertions for systems)
safeguard-encryption-in-transit = Encryption in transit (TLS 1.2 or later)
safeguard-encryption-at-rest = Encryption at rest
safeguard-audit-logging = Audit logging of every access
safeguard-access-review-yearly = Access review at least once a year
safeguard-access-review-half-yearly = Access review at least every six months
safeguard-hosting-in-eea = Hosting within the EU/EEA only
safeguard-pseudonymisation = Pseudonymisation where the purpose allows it

## The data processing agreement (GDPR Art. 28, Commission Implementing Decision (EU) 2021/915).
dpa-kind = Data processing agreement
dpa-running-header = { $title }, data processing agreement
dpa-controller = Controller
dpa-processor = Processor
dpa-agreement-id = Agreement id
dpa-draft-notice = DRAFT: { $count ->
    [one] one required item is missing
   *[other] { $count } required items are missing
  }. Complete them in Datapakt before this agreement is signed.
dpa-basis = The parties agree to the standard contractual clauses between controllers and processors under Article 28(7) of Regulation (EU) 2016/679, adopted by Commission Implementing Decision (EU) 2021/915. The clauses apply as worded in the Decision; this document records the options the parties have chosen and completes the annexes.
dpa-incorporated = Applies as worded in Clause { $clause } of the standard contractual clauses (Decision (EU) 2021/915).
dpa-section-1 = Section I
dpa-section-2 = Section II – Obligations of the parties
dpa-section-3 = Section III – Final provisions
dpa-clause-1 = Clause 1 – Purpose and scope
dpa-clause-2 = Clause 2 – Invariability of the Clauses
dpa-clause-3 = Clause 3 – Interpretation
dpa-clause-4 = Clause 4 – Hierarchy
dpa-clause-5 = Clause 5 – Docking clause
dpa-docking-included = Option chosen: the optional docking clause is included.
dpa-docking-excluded = Option chosen: the optional docking clause is not included.
dpa-clause-6 = Clause 6 – Description of processing
dpa-see-annex-2 = The processing is described in Annex II.
dpa-clause-7 = Clause 7 – Obligations of the parties
dpa-clause-7-1 = 7.1 Instructions
dpa-clause-7-2 = 7.2 Purpose limitation
dpa-clause-7-3 = 7.3 Duration of the processing
dpa-clause-7-4 = 7.4 Security of processing
dpa-clause-7-5 = 7.5 Sensitive data
dpa-clause-7-6 = 7.6 Documentation and compliance
dpa-clause-7-7 = 7.7 Use of sub-processors
dpa-clause-7-8 = 7.8 International transfers
dpa-option-specific = Option 1, prior specific authorisation: the processor may engage only the sub-processors in Annex IV and asks for authorisation at least { $days } days before engaging another.
dpa-option-general = Option 2, general written authorisation: the processor informs the controller of intended changes to the agreed list in Annex IV at least { $days } days in advance, so that the controller can object.
dpa-no-transfers = No transfer of personal data outside the EU/EEA is recorded.
dpa-clause-8 = Clause 8 – Assistance to the controller
dpa-clause-9 = Clause 9 – Notification of personal data breach
dpa-see-annex-3 = The technical and organisational measures are described in Annex III.
dpa-clause-10 = Clause 10 – Non-compliance with the Clauses and termination
dpa-obligations = GDPR Article 28(3): where each obligation is met
dpa-obligations-intro = Summary of the processor's obligations under Article 28(3) and the clauses that meet them.
dpa-article = Article
dpa-obligation = Obligation (summary)
dpa-where = Clauses
dpa-obligation-a = Process only on documented instructions, including on transfers to third countries.
dpa-obligation-b = Persons authorised to process are bound by confidentiality.
dpa-obligation-c = Take the security measures of Article 32.
dpa-obligation-d = Engage sub-processors only under the conditions of Article 28(2) and (4).
dpa-obligation-e = Assist the controller with data subjects' rights (Chapter III).
dpa-obligation-f = Assist the controller with Articles 32 to 36 (security, breach notification, impact assessment, prior consultation).
dpa-obligation-g = Delete or return all personal data at the end of the services, at the controller's choice.
dpa-obligation-h = Make available the information needed to demonstrate compliance and allow for audits.
dpa-obligation-infringing-instruction = Inform the controller immediately if an instruction infringes data protection law.
dpa-annex-1 = Annex I – List of parties
dpa-annex-ref = Annex { $annex }
dpa-address = Address
dpa-contact = Contact person (name, position, contact details)
dpa-dpo = Data protection officer
dpa-no-dpo = none designated
dpa-annex-2 = Annex II – Description of the processing
dpa-data-subjects = Categories of data subjects
dpa-personal-data = Categories of personal data
dpa-sensitive-data = Sensitive data and the safeguards applied
dpa-no-sensitive-data = No sensitive data (Articles 9 and 10) is processed.
dpa-subject-matter = Subject matter
dpa-nature-purpose = Nature and purpose
dpa-duration = Duration
dpa-covered-contracts = Information contracts covered
dpa-no-contracts = No information contract is linked to this agreement.
dpa-annex-3 = Annex III – Technical and organisational measures
dpa-annex-4 = Annex IV – List of sub-processors
dpa-annex-4-specific = The controller has authorised the following sub-processors (Clause 7.7, option 1).
dpa-annex-4-general = The agreed list of sub-processors (Clause 7.7, option 2).
dpa-sub-name = Name
dpa-sub-processing = Processing
dpa-no-sub-processors = No sub-processors are engaged.
dpa-gap-controller = The controller is not chosen.
dpa-gap-processor = The processor is not chosen.
dpa-gap-controller-address = The controller's address is missing (Annex I).
dpa-gap-controller-contact = The controller's contact person is missing (Annex I).
dpa-gap-processor-address = The processor's address is missing (Annex I).
dpa-gap-processor-contact = The processor's contact person is missing (Annex I).
dpa-gap-subject-matter = The subject matter of the processing is missing (Annex II).
dpa-gap-duration = The duration of the processing is missing (Annex II).
dpa-gap-nature-and-purpose = The nature and purpose of the processing are missing (Annex II).
dpa-gap-personal-data = No category of personal data is listed (Annex II).
dpa-gap-data-subjects = No category of data subjects is listed (Annex II).
dpa-gap-sensitive-data = The covered contracts carry sensitive data, but the safeguards applied to it are not described (Annex II).
dpa-gap-security-measures = The technical and organisational measures are missing (Annex III).
dpa-gap-authorisation-period = The time period for sub-processor changes is missing (Clause 7.7(a)).
dpa-gap-sub-processor-name = Sub-processor { $number } has no name (Annex IV).
dpa-gap-sub-processor-address = Sub-processor { $number } has no address (Annex IV).
dpa-gap-sub-processor-contact = Sub-processor { $number } has no contact person (Annex IV).
dpa-gap-sub-processor-processing = Sub-processor { $number } does not say what it processes (Annex IV).

## The data processing agreement's inputs and export.
field-controller-details = Controller (Annex I)
field-processor-details = Processor (Annex I)
field-party-address = Address
field-party-contact = Contact person (name, position, contact details)
field-party-dpo = Data protection officer
field-docking-clause = Include the optional docking clause (Clause 5)
field-sensitive-data = Sensitive data and the safeguards applied (Annex II)
dpa-preflight-title = Before signing
dpa-preflight-ok = Every required item is filled in: the agreement can be exported for signing.
dpa-preflight-gaps = { $count ->
    [one] One required item is missing; an export says DRAFT on every page until it is filled in:
   *[other] { $count } required items are missing; an export says DRAFT on every page until they are filled in:
  }
action-export-dpa = Export agreement (PDF)
## ODCS import
error-odcs-yaml = { $file }: not valid YAML at line { $line }, column { $column } ({ $detail }): fix the syntax there; nothing was imported.
error-odcs-yaml-limit = { $file }: at line { $line }, column { $column } the document passes a limit: { $measure ->
        [text] it holds more than { $max } MiB of text
       *[values] it holds more than { $max } values
    } once its aliases (*name) repeat what their anchors (&name) mark. Write the repeated part out where it is needed, or remove the repetition; nothing was imported.
error-odcs-not-json = { $file }: { $at }: { $detail } has no place in an ODCS document (plain JSON-compatible YAML): rewrite the value; nothing was imported.
error-odcs-api-version = { $file }: { $at }: apiVersion { $found } is not an ODCS version Datapakt reads (v3.0.x, v3.1.x, v3.2.x); nothing was imported.
error-odcs-wrong-type = { $file }: { $at } must be { $expected ->
    [text] text (quote it if it looks like a number or a date)
    [whole-number] a whole number of 0 or more
    [boolean] true or false
    [mapping] a mapping of key: value lines
   *[list] a list of items
  }, not { $found ->
    [text] text
    [number] a number
    [boolean] true or false
    [mapping] a mapping
    [list] a list
   *[null] empty
  }; nothing was imported.
error-odcs-missing = { $file }: { $at } is missing, and ODCS requires it: add it; nothing was imported.
error-odcs-not-one-of = { $file }: { $at }: { $value } is not one of { $allowed }: use one of them; nothing was imported.
error-odcs-not-identifier = { $file }: { $at }: { $value } is not a field name Datapakt accepts (letters of any language, digits, _, - and single spaces between words, starting with a letter or _, at most 64 characters): rename it; nothing was imported.
error-odcs-duplicate = { $file }: { $at }: { $value } appears more than once, and must be unique there (a contract id among the files of one import too); nothing was imported.
error-odcs-not-version = { $file }: { $at }: { $value } is not a version Datapakt accepts: write MAJOR.MINOR.PATCH, e.g. 1.0.0; nothing was imported.
error-odcs-not-date = { $file }: { $at }: { $value } is not a date: write YYYY-MM-DD; nothing was imported.
error-odcs-not-email = { $file }: { $at }: { $value } is not an e-mail address, and Datapakt knows people by theirs; nothing was imported.
error-odcs-not-percent = { $file }: { $at }: { $value } is not a percentage from 0 to 100; nothing was imported.
error-odcs-too-long = { $file }: { $at } is longer than { $max } characters: shorten it; nothing was imported.
error-odcs-unknown-scheme = { $file }: { $at }: there is no classification scheme { $key } in this catalog: use one of { $known }; nothing was imported.
error-odcs-unknown-level = { $file }: { $at }: { $value } is not a level of classification scheme { $scheme }: use one of { $levels }; nothing was imported.

## Catalog settings.
catalog-settings-title = Catalog settings
field-default-api-profile = Default API profile of contracts that name none
field-odcs-version = ODCS version of contract exports
odcs-version-v3-1-0 = v3.1.0 (read by most ODCS tools; shipped default)
odcs-version-v3-2-0 = v3.2.0 (September 2026)
odcs-version-set = Contracts are now exported as ODCS { $version }.
profile-catalog-default = Catalog default ({ $profile })
default-profile-set = Contracts without their own API profile now follow { $profile }.

## Exports from the File menu, progress and the status bar.
menu-export = Export
action-export-all-odcs = Every contract as ODCS…
action-open-exported = Open
progress-count = { $done } of { $total }
profile-as-contracts = As its contracts (or the catalog default)

## Imports from the File menu.
menu-import = Import
action-import-odcs = ODCS contracts…
action-import-openapi = OpenAPI document as a system's interface…
action-import-jsonschema = JSON Schemas as information sets…
action-import-sql = SQL tables as information sets…
action-import-xsd = XML Schema or SOAP service (WSDL) as information sets…
field-import-dialect = SQL dialect
sql-dialect-generic = Standard SQL
field-import-system = The system whose interface the document describes
import-will-create = { $count ->
    [one] It creates one item:
   *[other] It creates { $count } items:
  }
import-will-update = { $count ->
    [one] It updates one item:
   *[other] It updates { $count } items:
  }
import-unchanged = { $count ->
    [one] One item stays as it is:
   *[other] { $count } items stay as they are:
  }
import-notes = Notes ({ $count }):
note-preferences-set-aside = Your preferences file could not be read, so the defaults apply. It was kept as { $path }: nothing in it was lost.
note-catalog-upgraded = This catalog was upgraded to this version of Datapakt. The file as it was is kept as { $path }; the README says how to go back to it.
note-odcs-contract-fields = the contract's own fields are the plain top-level fields of { $name }
note-odcs-gap = the file names no { $what ->
    [owner] information owner (a team name, or a member whose role is owner)
    [provider] providing system (the custom property datapakt.providerSystem, or dataProduct)
    [consumer] consuming system (the custom property datapakt.consumerSystem)
   *[fields] field of a plain type the contract exchanges
}: the contract is a draft that lacks it; fill it in before review
note-odcs-kept-draft = status: { $text } is kept as a draft until the contract names what it lacks; the file keeps its status
note-odcs-deprecated = status: deprecated is read as approved (still in force); the file keeps it
note-odcs-status = status: { $text } is not one of the ODCS statuses Datapakt models; read as { $state ->
    [draft] a draft
    [in-review] in review
    [approved] approved (in force)
   *[retired] retired
}; the file keeps it
note-odcs-no-role = { $at }: { $name } (role { $held }) holds none of Datapakt's roles under an e-mail address, so no role is given; the file keeps the member
note-odcs-no-set = { $at }: the schema object { $name } has no property Datapakt can hold, so it is not an information set; it is kept in the file
note-odcs-resource-name = { $at }: { $resource } is not an API resource name Datapakt accepts (1–63 characters a–z, 0–9 and -, no - first or last), so the set gets none (the file keeps it)
note-odcs-unknown-classification = { $at }: the classifications { $labels } are not the levels of exactly one classification scheme of this catalog, so the fields are left unclassified (the file keeps them); name the scheme with the custom property `datapakt.classificationScheme` to classify them
note-odcs-logical-type = { $at }: logical type { $type } has no equivalent in Datapakt, so it is not a field in Datapakt; it is kept in the file
note-odcs-empty-object = { $at }: an object without properties Datapakt can hold, so it is not a field in Datapakt; it is kept in the file
note-odcs-empty-array = { $at }: an array without items Datapakt can hold, so it is not a field in Datapakt; it is kept in the file
note-odcs-enum-type = { $at }: Datapakt keeps allowed values for strings and integers only; they are kept in the file
note-odcs-no-integration = the catalog has no integration { $name }, so the contract governs none of that name
note-odcs-no-agreement = the catalog has no data processing agreement { $title }, so none covers the contract by that title
note-openapi-renamed = { $at }: { $from } → { $to }
note-openapi-cycle = { $at }: Refers to { $target }, which contains this field: not expanded.
note-openapi-free-form = { $at }: A JSON object without declared properties.
note-openapi-any-value = { $at }: Any JSON value: the schema gives no type.
note-openapi-too-deep = { $at }: Nested too deeply: not expanded.
note-openapi-too-large = { $at }: Not expanded: the schema has too many fields.
action-import = Import
action-cancel = Cancel
imported = Imported: { $created } created, { $updated } updated.

## Technology advisor (Örebro's decision tree, IntArk patterns)
advice-technology-rest = REST API
advice-technology-rest-with-paging = REST API with paging
advice-technology-graphql-internal = GraphQL (internal use only)
advice-technology-message-queue = message queue
advice-technology-batch = batch processing
advice-technology-micro-batch = micro-batches at high frequency
advice-technology-split-messages = split into smaller messages
advice-not-covered = The decision tree does not cover this case; the advice is the strategy's suggested way out.
advice-deviation-soap = SOAP must not be used for a new interface: this is a finding.
advice-deviation-justify = The recorded technology differs from the advice: record a written justification.
advice-reason-huge-message-batch = Messages over { $batch_gb } GB need batch processing, and batch is possible.
advice-reason-huge-message-no-batch = Messages over { $batch_gb } GB where batch is impossible fall outside the decision tree: split them into smaller messages or run micro-batches at high frequency.
advice-reason-real-time-sync-paged = The consumer needs answers in real time and waits for them, so an API fits; messages over { $small_mb } MB are too big for one call (even { $paged_mb } MB probably is), so the API pages them.
advice-reason-real-time-sync-internal = The consumer needs answers in real time and waits for them, so an API fits; since only internal systems consume it, GraphQL is allowed as an alternative.
advice-reason-real-time-sync = The consumer needs answers in real time and waits for them, so an API fits (the strategy's first choice).
advice-reason-real-time-async-notify = The information must flow in real time without the consumer waiting, but messages over { $small_mb } MB are too big for a queue: send a thin notification and let the consumer fetch the data from a paged API.
advice-reason-real-time-async = The information must flow in real time without the consumer waiting: publish events on a message queue (event-based provisioning).
advice-reason-guaranteed-delivery = Delivery must be guaranteed and no real-time need is stated: a message queue stores each message and retries until the receiver has it.
advice-reason-high-volume-batch = The daily volume is high (from { $per_day } messages or { $gb_per_day } GB a day) and the exchange can be scheduled, so run it as batches.
advice-reason-high-volume-micro-batch = The daily volume is high (from { $per_day } messages or { $gb_per_day } GB a day) but batch is impossible, so run micro-batches at high frequency.
advice-reason-scheduled-sync-paged = No real-time need is stated and the exchange can be scheduled: a full synchronisation over the API, paged because messages exceed { $small_mb } MB (even { $paged_mb } MB is probably too big for one call).
advice-reason-scheduled-sync = No real-time need is stated and the exchange can be scheduled: a scheduled full synchronisation over the API suits services with low freshness needs.
advice-reason-medium-message-paged = Messages over { $small_mb } MB are too big for one call (even { $paged_mb } MB probably is), so the API pages them.
advice-reason-api-first-choice = Nothing calls for another technology, and APIs are the strategy's first choice.
advice-reason-size-unknown = No message size is recorded; the advice assumes messages of at most { $small_mb } MB.
advice-reason-volume-unknown = No daily volume is recorded; the advice assumes it is low.

## The technology advisor in the integration editor.
advice-title = Technology advice (Datapakt's reading of the strategy's decision tree)
advice-reading = Datapakt's reading of the decision tree in Örebro's integration strategy (Figure 2, which is not in the strategy's text): its volumes are rough rules of thumb, not limits.
advice-recommended = Recommended: { $technology }
advice-or = { $first }, or { $second }
advice-pattern = IntArk pattern: { $pattern }
field-recorded-safeguards = Safeguards the integration has

## Reports (datapakt report, the Reports page)
reports-title = Reports
report-gaps-title = Safeguard gaps
report-gaps-empty = No integration lacks a safeguard its classification or personal data requires.
report-gaps-integrations = Integrations with gaps
report-col-integration = Integration
report-col-name = Name
report-col-safeguard = Safeguard
report-col-reason = Required by
report-col-level = Classification level
report-col-contracts = Contracts
report-col-shipped-default = Shipped default
gap-reason-level = the classification level
gap-reason-personal = personal data
gap-reason-sensitive = sensitive personal data
report-yes = yes
report-no = no
report-export-csv = Export CSV
report-export-pdf = Export PDF
field-technology-justification = Why the technology differs from the advice
field-carried-sets = Information it carries
reuse-title = Reuse first: existing interfaces that provide this information
reuse-none = No existing interface provides the information it carries.
reuse-intro = Örebro's strategy: use an existing interface first; building a new one where one could serve must be justified.
reuse-kind-integration = Reusable integration
reuse-kind-interface = Documented API
reuse-provides = Provides: { $sets }
reuse-build-anyway = Build a new one anyway (justify below)
report-reuse-title = Reuse: new interfaces where an existing one could serve
report-reuse-empty = No integration was built where an existing interface could serve.
report-col-candidates = Existing interfaces
report-col-justified = Justified
report-col-justification = Justification
report-reuse-built-anyway = Built anyway, justified
report-reuse-unjustified = Not justified
nav-reports = Reports
field-level-safeguards = Safeguards this level requires
level-safeguards-default = Datapakt's shipped default for this level; tick or untick to set the organisation's own policy.
level-safeguards-policy = The organisation's own policy.
action-reset-to-default = Back to the shipped default
report-effect-goals-title = Effect goals (Örebro's integration and API strategy 2025–2028)
report-effect-goals-empty = No goals.
report-col-goal = Goal
report-col-target = Target
report-col-deadline = By
report-col-numerator = Counted
report-col-denominator = Out of
report-col-value = Now
report-col-met = Met
report-col-trend = Half-yearly trend
report-col-misses = Missing it
goal-period = Strategy period from
goal-reusable-integrations = New integrations reusable through the central platform
goal-open-apis = Open APIs published
goal-secured-apis = APIs with an established classification and adequate security
goal-automated-cases = E-service cases handled without manual steps
goal-target-percent = at least { $percent } %
goal-target-count = at least { $count }
goal-why-not-reusable = not reusable through the platform
goal-why-not-approved = public, not yet approved
goal-why-unclassified = no established classification
goal-why-safeguard-gaps = lacks required safeguards
goal-why-manual-steps = below the target share
goals-title = Effect goals
goals-met = Met
goals-not-met = Not yet met
goals-trend = Half-yearly trend
goals-no-trend = No history yet.
goals-misses = { $count ->
    [one] One item misses it
   *[other] { $count } items miss it
}
goals-export-pdf = Export the goals as PDF
field-access-rights = Access rights
access-rights-public = Public (an open API once approved)
access-rights-restricted = Restricted
access-rights-non-public = Not public
field-case-figures = E-service case figures (per period)
case-figures-period = Period ends
case-figures-cases = Cases
case-figures-automated = Without manual steps
case-figures-add = Add a period
report-intark-title = IntArk compatibility
report-intark-empty = The catalog has no integrations.
report-intark-compatible = Compatible integrations
report-not-applicable = n/a
report-col-recommended-pattern = Recommended pattern
report-col-openapi-spec = OpenAPI description
report-col-api-registered = Registered in the API manager
report-col-notifications-designed = Notifications designed
report-col-dpa-in-place = Data processing agreement where personal data flows
report-col-contact-point-known = Contact point known
report-col-compatible = Compatible
intark-title = IntArk compatibility
intark-recommended-pattern = Follows a recommended IntArk pattern (event-based provisioning, API look-up, full synchronisation)
intark-openapi-spec = Its API is described in OpenAPI (a contract's stub or the provider's documented interface)
intark-api-registered = Its API is registered in the API manager, where access is requested
intark-notifications-designed = Its notifications are designed
intark-dpa-in-place = A data processing agreement covers the personal data it carries (or it stays in house)
intark-contact-point-known = A contact point is known
intark-derived = from the catalog
intark-confirm = confirm by hand
intark-met = yes
intark-not-met = no
intark-not-applicable = does not apply
intark-compatible = IntArk-compatible
intark-not-compatible = Not yet IntArk-compatible

## The contact point's desk (integration requests)
nav-desk = Contact point's desk
entity-request = Integration request
action-new-request = New request
status-new = new
status-in-progress = in progress
status-waiting = waiting
status-resolved = resolved
status-escalated = escalated
col-follow-up = Follow-up
col-asker = Asked by
col-assignee = Assignee
desk-overdue = overdue
field-asker-kind = Who asks
asker-person = In the catalog
asker-outside = From outside
field-asker-person = Person
field-asker-name = Name
field-asker-organisation = Organisation
field-information = Information asked for
field-request-sets = Information sets concerned
field-request-provider = Provider system (where known)
field-request-consumer = Consumer system (where known)
field-assignee = Assignee
field-opened-on = Opened
field-follow-up = Follow-up date
opened-on-save = Set when the request is first saved.
field-notes = Log
field-new-note = New note
action-add-note = Add note
note-unsaved = not saved yet
note-status = Status: { $status }
notes-empty = No entries yet.
field-outcomes = What came of it
outcomes-empty = Nothing yet.
outcome-integration = Reuse candidate: { $name }
outcome-contract = Contract: { $title }
field-add-reuse-candidate = Add an existing integration as a reuse candidate
action-create-contract = Create contract draft
desk-contract-needs = Before the request can become a contract draft:
desk-contract-created = Created the contract draft “{ $title }” from the request.
path-asker-name = name of the asker
path-information = information asked for
path-purpose = purpose
path-information-sets = information sets
path-opened-on = date opened
path-follow-up = follow-up date
path-notes = log
path-note = log entry { $n }
issue-before-opened = The { $field } is before the day the request was opened: choose a later day.
issue-needed-for-contract = A contract draft needs the { $field }: fill it in on the request, then try again.
issue-no-contract-fields = None of the { $field } has a plain field a contract can carry: choose a set that has one, or add such fields to the set.
issue-no-information-owner = None of the { $field } has an information owner who is still here, and the contract needs one: record the owner on the information set.
issue-append-only = The saved entries of the { $field } cannot be changed or removed: add a new entry instead.
error-request-incomplete = The request does not know enough for a contract draft yet: fill in what is listed, then try again; nothing was made.
error-contract-incomplete = The contract cannot go to review before it names what is marked: fill it in; it stays a draft until then.
error-request-status-change = A request cannot go from { $from } to { $to }: it goes new → in progress → waiting → resolved, can be escalated while open, and reopened once resolved.
rule-request-follow-up-overdue = Request is followed up on time
rule-request-has-assignee = Request being handled has an assignee
finding-request-follow-up-overdue = Its follow-up date { $date } has passed and it is still { $status }: follow it up, then set the next follow-up date or resolve it.
finding-request-has-assignee = { $variant ->
    [departed] It is { $status }, but its assignee { $person } left on { $date }: assign someone who is still here.
   *[none] It is { $status }, but nobody is assigned to it: assign the person at the desk who follows it up.
}
report-requests-title = Open integration requests
report-requests-empty = No integration request is open.
report-requests-open = Open requests
report-requests-overdue = Overdue follow-ups
report-col-request = No.
report-col-subject = Subject
report-col-asker = Asked by
report-col-status = Status
report-col-assignee = Assignee
report-col-follow-up = Follow-up
report-col-overdue = Overdue
report-col-links = What came of it
## The ownership and integration map
nav-map = Map
map-title = Ownership and integration map
map-subtitle = { $systems } systems, { $integrations } integrations, { $anomalies } anomalies
map-no-unit = No owning unit
map-legend-unclassified = Unclassified
map-legend-other-owners = Other owners
map-legend-no-owner = No owner
map-legend-direction = Integration: provider → consumer
map-legend-anomaly = Anomaly (see the list)
map-tip-unit = Unit: { $unit }
map-tip-lifecycle = Lifecycle: { $lifecycle }
map-tip-classification = Classification: { $level }
map-tip-owner = Owner: { $owner }
map-tip-flow = { $provider } → { $consumer }
map-tip-pattern = Pattern: { $pattern }
map-tip-contracts = Contracts: { $statuses }
map-tip-no-contract = none
map-contract-standing = “{ $title }” ({ $standing })
map-standing-draft = draft
map-standing-in-review = in review, not approved
map-standing-not-yet-valid = approved, not yet valid
map-standing-expired = approved, expired
map-standing-retired = retired
map-anomaly-no-owner = No integration owner is recorded: name the owner of the information it carries.
map-anomaly-owner-left = { $person } was its { $role } and left on { $date }: assign a successor.
map-anomaly-owner-not-information-owner = It is owned by { $owner }, but the information it carries is owned by { $owners }: the information owner should own the integration.
map-anomaly-live-without-contract-in-force = It is running, but no contract governing it is approved and in force: { $contracts }.
map-anomaly-access-under-contract-not-in-force = This access is in use under { $contract }: stop it, or grant it again under a contract that is approved and in force.
map-anomaly-unclassified-contract = Nothing it governs is classified, so { $count ->
    [one] the integration it governs carries
   *[other] the { $count } integrations it governs carry
} no classification: classify its information.
map-filter-owner = Owner
map-filter-unit = Unit
map-filter-classification = Classification
map-filter-pattern = Pattern
map-filter-status = Contract status
map-filter-lifecycle = Lifecycle
map-filter-colouring = Colour by
map-filter-any = All
map-colouring-classification = classification
map-colouring-owner = owner
map-anomalies = Anomalies
map-no-anomalies = No anomalies among what the map shows.
map-export-svg = Export SVG
map-export-png = Export PNG
error-map-unknown-format = { $path } names no picture format the map is written in: end the file name in .svg or .png.
error-map = The map could not be drawn: { $detail }
item-findings-title = What the catalog checks find here

# The access register: grants, their reviews, the rule and its findings.
nav-access = Access
entity-access-grant = Access grant
action-new-access-grant = Grant access
access-intro = No access is granted without an approved contract in force that governs the integration and names the consumer.
access-findings-title = Grants needing attention
access-no-findings = No grant needs attention.
col-integration = Integration
col-review-due = Review by
grant-status-active = Active
grant-status-upcoming = Not begun yet
grant-status-review-overdue = Review overdue
grant-status-contract-not-in-force = Contract not in force
grant-status-lapsed = Past its last day
grant-status-revoked = Revoked
field-integration = Integration
field-consumer-kind = The consumer is
consumer-kind-system = a system
consumer-kind-organisation = an organisation
field-consumer = Consumer
field-contract = Contract
field-granted-by = Granted by
field-granted-on = First day of access
field-valid-until = Last day of access
field-note = Note
access-choose-integration = — choose the integration first —
access-no-contract = No contract governs this integration: write one and approve it before granting access.
contract-choice = { $title } { $version } ({ $status })
action-open-integration = Open the integration
action-open-contract = Open the contract
access-schedule-title = Status and review
access-status = Status: { $status }
access-review-due = Next review by { $date }: { $interval }.
access-review-none = Revoked at a review: no further reviews.
access-shipped-default = The interval is Datapakt's shipped default for the classification and personal data of what the contract carries.
review-at-end = no regular review required, so it is reviewed when the access ends
field-reviews = Reviews
field-reviewed-on = Reviewed on
field-reviewed-by = Reviewed by
field-review-outcome = Outcome
review-outcome-confirmed = Still needed: confirmed
review-outcome-revoked = No longer needed: revoked
action-add-review = Record a review
action-remove-review = Remove
path-integration = integration
path-consumer = consumer
path-contract = contract
path-granted-by = granted by
path-granted-on = first day of access
path-valid-until = last day of access
path-reviewed-on = date of review { $n }
path-grant-note = note
issue-contract-is-draft = The contract is a draft, and no access is granted without an approved contract: submit it for review and approve it first.
issue-contract-in-review = The contract awaits approval, and no access is granted without an approved contract: approve it first.
issue-contract-retired = The contract was retired and no longer allows access: choose a contract in force, or approve a new one.
issue-contract-not-yet-valid = The contract applies only from { $date }: grant access from that day, or choose a contract in force now.
issue-contract-expired = The contract expired on { $date }: approve a new contract (or extend this one) before granting access.
issue-version-too-low = Version { $released } is released, and what changed since calls for version { $proposed }: use { $proposed } or later.
issue-contract-ends-first = The contract ends on { $date }, before this access would: grant access until { $date } at the latest, or extend the contract.
issue-contract-not-governing = The contract does not govern this integration: choose a contract that does, or add the integration to the contract.
issue-contract-not-for-consumer = The contract does not name this consumer: choose the contract made with it, or write one for it.
error-access-refused = Access not granted: no approved contract in force covers it. The reason is given at the contract.
rule-access-review-overdue = Access is reviewed in time
rule-access-contract-not-in-force = Access rests on a contract in force
rule-access-grant-lapsed = Access past its last day is ended
rule-contract-is-complete = Contracts name their owner, systems and fields
rule-release-matches-information-sets = Released contracts match their information sets
finding-access-review-overdue = Its review was due by { $date }, by the review interval of the information its contract “{ $contract }” carries: review it and record whether the access is still needed.
finding-access-contract-not-in-force = { $reason ->
    [draft] Its contract “{ $contract }” is a draft, so it allows no access: approve the contract, or end the access.
    [in-review] Its contract “{ $contract }” awaits approval, so it allows no access: approve the contract, or end the access.
    [not-yet-valid] Its contract “{ $contract }” applies only from { $date }, after the access began: correct the first day of one of them.
    [expired] Its contract “{ $contract }” expired on { $date }: approve a new contract and move the access to it, or end the access.
    [ends-first] Its contract “{ $contract }” ends on { $date }, before the access does: shorten the access, or extend the contract.
    [not-governing] Its contract “{ $contract }” no longer governs this integration: move the access to a contract that does, or end it.
    [not-for-consumer] Its contract “{ $contract }” no longer names this consumer: move the access to the contract made with it, or end it.
   *[retired] Its contract “{ $contract }” was retired: move the access to a contract in force, or end it.
}
finding-access-grant-lapsed = Its last day was { $date }, yet it is still recorded as granted (under “{ $contract }”): record a review that revokes it, or extend it under a contract in force.
finding-contract-is-complete = The contract names no { $what ->
    [owner] information owner
    [provider] providing system
    [consumer] consuming system
   *[fields] fields
}: fill it in; the contract cannot go to review before it does.
finding-release-matches-information-sets = Information set “{ $set }” changed after version { $version } was released: save the contract to start its next version (its Versions panel shows what changed), then approve it.
report-access-title = Access register
report-access-empty = No access has been granted.
report-access-grants = Grants
report-access-attention = Needing attention
report-col-grant = Grant
report-col-consumer = Consumer
report-col-contract = Contract
report-col-granted-by = Granted by
report-col-granted-on = From
report-col-valid-until = Until
report-col-review-due = Review by
report-col-review-interval = Review interval
report-col-status = Status
report-col-finding = Finding

## Versions: changes, the rules that judge them, changelogs and notices of a change.
bump-major = breaking change
bump-minor = addition
bump-patch = wording
version-value-none = none
version-required-required = required
version-required-optional = optional
version-personal-personal = personal data
version-personal-special-category = special category
version-personal-criminal-offence = criminal offences
version-personal-national-id = national identity number
version-unreleased = Not released yet
version-first-release = First release.
version-no-changes = No changes.
version-change-set-added = Information set “{ $subject }” added
version-change-set-removed = Information set “{ $subject }” removed
version-change-set-renamed = Information set “{ $from }” renamed “{ $to }”
version-change-set-term-changed = { $subject }: { $term } changed from “{ $from }” to “{ $to }”
version-change-resource-changed = { $subject }: API path /{ $from } became /{ $to }
version-change-field-added = Field { $subject } added ({ $to })
version-change-field-removed = Field { $subject } removed
version-change-field-renamed = Field { $from } renamed { $to }
version-change-type-changed = Field { $subject }: type { $from } became { $to }
version-change-format-changed = Field { $subject }: format “{ $from }” became “{ $to }”
version-change-constraint-changed = Field { $subject }: { $term } “{ $from }” became “{ $to }”
version-constraint-minimum = smallest value
version-constraint-maximum = largest value
version-constraint-min-length = fewest characters
version-constraint-max-length = most characters
version-constraint-pattern = pattern
version-constraint-unique = unique
version-constraint-primary-key = primary key
version-flag-on = yes
version-flag-off = no
version-change-required-changed = Field { $subject }: { $from } became { $to }
version-change-enum-changed = Field { $subject }: allowed values “{ $from }” became “{ $to }”
version-change-classification-changed = Field { $subject }: classification level { $from } became { $to }
version-change-personal-data-changed = Field { $subject }: personal data “{ $from }” became “{ $to }”
version-change-description-changed = Field { $subject }: description changed
version-change-quality-changed = Quality rule { $subject }: “{ $from }” became “{ $to }”
version-change-server-changed = Server { $subject }: “{ $from }” became “{ $to }”
version-change-term-changed = { $term } changed from “{ $from }” to “{ $to }”
version-set-term-description = description
version-set-term-owner = information owner
version-set-term-scheme = classification scheme
version-term-title = Title
version-term-description = Description
version-term-owner = Information owner
version-term-provider = Provider
version-term-consumer = Consumer
version-term-purpose = Purpose
version-term-legal-basis = Legal basis
version-term-retention = Retention
version-term-access = Access
version-term-access-rights = Access rights
version-term-valid-from = Valid from
version-term-valid-to = Valid to
version-term-availability = Availability (%)
version-term-support-hours = Support hours
version-term-response-minutes = Response time (minutes)
version-term-recovery-time = Recovery time (hours)
version-term-recovery-point = Recovery point (hours)
version-term-api-profile = API profile
version-term-in-house = Run in house
version-term-links = Links
version-term-integrations = Integrations governed
version-rule-field-removed = Consumers that read the field break.
version-rule-set-removed = Consumers of the information set lose it.
version-rule-field-renamed = Consumers that read the old name break.
version-rule-type-changed = Consumers that parse the old type break.
version-rule-format-narrowed = Values that were valid may no longer be.
version-rule-primary-key-changed = Consumers that look up or join records by their key break.
version-rule-constraint-narrowed = Values that were valid may no longer be.
version-rule-required-field-added = The provider now sends the field in every record: its promise tightens, and a consumer that receives the data is not broken.
version-rule-made-required = The provider now sends the field in every record: its promise tightens, and a consumer that receives the data is not broken.
version-rule-made-optional = Consumers can no longer count on the field being there.
version-rule-enum-value-removed = A value consumers send or expect is no longer allowed.
version-rule-classification-raised = Consumers may no longer be allowed to hold the information.
version-rule-personal-data-added = Personal data now flows: a data processing agreement may be needed.
version-rule-endpoint-path-changed = Calls to the old path fail.
version-rule-scheme-changed = The levels now mean something else: classify again.
version-rule-service-level-lowered = Consumers get a lower service level than agreed.
version-rule-validity-shortened = The contract covers less time: access may end sooner.
version-rule-parties-changed = The contract is now between other parties.
version-rule-integration-removed = An integration the contract no longer governs loses its cover: access through it needs another contract.
version-rule-access-narrowed = Fewer may access the information.
version-rule-quality-rule-tightened = Data that met the quality rules may no longer: the provider must deliver more, and consumers’ checks may fail on data that passed.
version-rule-quality-rule-changed = A quality rule demands something else: data that met it may no longer.
version-rule-server-removed = Consumers that read from the server lose it.
version-rule-server-changed = Consumers that read from the server must follow it to its new place.
version-rule-field-added = Existing consumers are not affected.
version-rule-set-added = Existing consumers are not affected.
version-rule-enum-value-added = Existing values stay valid; consumers should accept the new one.
version-rule-format-dropped = Every value that was valid still is.
version-rule-constraint-widened = Every value that was valid still is; consumers should accept the new ones.
version-rule-classification-lowered = Every consumer allowed before still is.
version-rule-personal-data-removed = Less personal data flows.
version-rule-quality-rule-loosened = All data that met the quality rules still does; consumers should no longer rely on what was dropped.
version-rule-server-added = Existing consumers are not affected.
version-rule-terms-changed = The terms changed: read them again before approving.
version-rule-wording-changed = Only wording changed.
version-proposed = Proposed version: { $version } ({ $bump })
version-changes-since = Changes since { $version }
changelog-title = Changelog: { $title }
changelog-released = Released { $date } by { $by }
changelog-file = Read from { $file }
impact-why-governed = governed by the contract
impact-why-consumer = consumes an integration the contract governs
impact-why-named-consumer = named as the contract's consumer
impact-why-awaiting-approval = the change awaits approval
impact-why-shares-set = governs an information set that changed
impact-why-grant = access granted under the contract
impact-when-approved = when it is approved
notice-subject = “{ $title }”: version { $to } ({ $bump })
notice-greeting = Hello { $name },
notice-intro = “{ $title }” changes from version { $from } to version { $to }, effective { $date }.
notice-intro-first = “{ $title }” is released in version { $to }, effective { $date }.
notice-changes = What changes:
notice-action-major = What you must do: the change breaks existing use. Check { $items } against the new version and adapt before it takes effect; tell the owner if you cannot.
notice-action-minor = What you must do: nothing. The additions are there for you if you need them.
notice-action-patch = What you must do: nothing. Only wording changed.
notice-role = You receive this as { $role } of { $item }.
notice-contact = Questions: { $owner }.
versions-title = Versions
versions-since = Changes since released version { $version }:
versions-unchanged = No changes since released version { $version }.
versions-never-released = Not released yet: approving the contract releases version { $version }.
versions-use-proposed = Use { $version }
versions-starts-draft = Saving starts version { $version } as a draft; approving it releases it.
versions-changelog = Changelog
versions-compare = Compare versions
versions-impact = Who is affected
versions-export-changelog = Export as Markdown
versions-from = From version
versions-to = To version
versions-nothing-to-compare = There is only one version so far.
impact-title = Who the change to version { $version } affects
impact-integrations = Integrations
impact-consumers = Consumer systems
impact-contracts = Contracts to approve again
impact-grants = Access grants to review
impact-recipients = People to tell
impact-none = None.
impact-copy = Copy
impact-copied = Copied to the clipboard.
impact-save-notice = Save as file
changelog-export = Export the changelog
spectral-export = Export the profile as a Spectral ruleset
dcat-catalog-title = Open APIs from { $publisher }
dcat-catalog-description = The data services { $publisher } offers under approved information contracts with public access rights, and the information sets they serve.
dcat-profile-dcat-ap-no = data.norge.no (DCAT-AP-NO)
dcat-profile-dcat-ap-se = dataportal.se (DCAT-AP-SE)
dcat-export = Export the open APIs for the national data catalogue
file-type-turtle = RDF (Turtle)
file-type-json-ld = RDF (JSON-LD)
error-dcat-bad-endpoint = The endpoint “{ $endpoint }” of { $api } is not a web address RDF can hold: correct it on the provider system.
error-dcat-nothing = No approved contract with public access rights has an endpoint and a publisher: there is nothing to describe yet.
json-schema-export = Export the JSON Schema
action-export-json-schema = Export JSON Schema…
notice-export = Save the notice
versions-set-saves = Saving records version { $version } ({ $bump })
versions-set-since = Changes since version { $version }:
versions-set-current = Version { $version }: no changes since.
menu-team = Team catalogue
action-open-team = Open team catalog…
action-publish-team = Publish to a team repository…
team-publish-title = Publish to a team repository
team-publish-intro = The whole catalog is written as plain-text files (contracts as ODCS), committed and pushed to an empty git repository your team can reach, such as a new GitLab or Gitea project. Credentials come from your SSH keys or git's credential helper.
team-open-intro = A new local catalog file is made from the team's repository; it stays your working copy (fast, and usable offline), and Sync shares changes both ways.
team-publish-go = Publish
team-open-go = Choose where to keep it…
team-url = Repository address (ssh://, https:// or a folder)
team-sync = Sync
team-sync-shortcut = Sync (Ctrl+Shift+S)
team-status-line = { $local } local · { $incoming } incoming · synced { $when }
team-never = never
team-conflicts-waiting = { $count ->
    [one] 1 conflict waits
   *[other] { $count } conflicts wait
}
team-conflicts-title = Conflicts from the last sync
team-conflicts-intro = These fields changed differently here and in the team catalogue. Your value is kept until you choose; nothing is sent while a conflict waits.
team-base = Before
team-mine = Mine
team-theirs = Theirs
team-keep-mine = Keep mine
team-take-theirs = Take theirs
team-abort = Abort sync
team-whole-item = the whole item
team-deleted = (deleted)
team-all-resolved = Every conflict is resolved: sync to share the result.
team-synced = In sync: { $sent } sent, { $received } received.
team-conflicts-notice = { $count ->
    [one] 1 conflict waits for your choice; nothing was sent.
   *[other] { $count } conflicts wait for your choice; nothing was sent.
}
team-finding = After the merge, “{ $title }”: { $message }
team-aborted = The sync was aborted: the catalog is as it was before it.
prefs-email = E-mail address
prefs-email-hint = Used with your name on the team catalogue's commits.
