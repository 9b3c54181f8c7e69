//! A [`Snapshot`] as the files of a repository, and back.
//!
//! - `datapakt.yaml`: the format's version and the catalog's identity (a repository without
//!   it is not a Datapakt team catalogue; a newer format is refused).
//! - `README.md`: what is where, generated.
//! - one file per entry, named from its readable title and its uid, in a subfolder named by
//!   the uid's first two characters (`<xx>`): `contracts/<xx>/<title>--<uid>.odcs.yaml`
//!   (ODCS v3.1.0: the title, version, status and description where ODCS has them,
//!   everything else as `datapakt.*` custom properties), `<kind>/<xx>/<name>--<uid>.yaml` for
//!   the other kinds, `releases/<xx>/<contract uid>/<version>.yaml` and
//!   `set-versions/<xx>/<set uid>/<version>.yaml` for history, `settings.yaml`.
//!
//! Deterministic: keys sorted (the uid first), so the same catalog gives the same bytes and a
//! merge request shows exactly what changed. Files Datapakt does not write (a CI pipeline, the
//! team's notes) are the team's own: [`is_ours`] tells them apart.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::odcs_view::View;
use super::{schemas, Key, Part, Snapshot, FORMAT};
use crate::formats::yaml;

/// Repository paths and their contents.
pub type Files = BTreeMap<String, Vec<u8>>;

/// The file that makes a repository a Datapakt team catalogue.
pub const MANIFEST: &str = "datapakt.yaml";
/// The generated guide to the repository.
pub const README: &str = "README.md";
/// The settings' file.
const SETTINGS: &str = "settings.yaml";

/// The ODCS version contract files are written in.
const ODCS_VERSION: &str = "v3.1.0";

/// What the manifest says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// The repository format.
    pub format: u64,
    /// The identity of the catalog first published there.
    pub catalog: String,
}

/// Why a repository's files cannot be read as a catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RepoError {
    /// There is no manifest.
    #[error("the repository has no {MANIFEST}: it is not a Datapakt team catalogue (choose the repository a catalog was published to, or an empty one to publish to)")]
    NotACatalog,
    /// The manifest names a newer format.
    #[error("the repository is in team catalogue format {found}, newer than this Datapakt reads (format {FORMAT}): update Datapakt to use it")]
    NewerFormat {
        /// The format it names.
        found: u64,
    },
    /// A file cannot be read as an entry.
    #[error("{path}: {problem}")]
    Entry {
        /// The file.
        path: String,
        /// What is wrong with it, and how to fix it.
        problem: String,
    },
}

impl RepoError {
    /// The Fluent message of this error and its values.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            RepoError::NotACatalog => ("error-repo-not-catalog", vec![]),
            RepoError::NewerFormat { found } => (
                "error-repo-newer-format",
                vec![
                    ("found", found.to_string()),
                    ("supported", FORMAT.to_string()),
                ],
            ),
            RepoError::Entry { path, problem } => (
                "error-repo-entry",
                vec![("path", path.clone()), ("detail", problem.clone())],
            ),
        }
    }
}

/// Whether Datapakt writes `path` (anything else in the repository is kept as it is).
pub fn is_ours(path: &str) -> bool {
    is_frame(path)
        || path == SETTINGS
        || Part::ALL
            .into_iter()
            .filter(|p| !p.folder().is_empty())
            .any(|p| path.starts_with(p.folder()) && path[p.folder().len()..].starts_with('/'))
}

/// Whether `path` is one of the files (or the folder of the files) that frame the entries:
/// the manifest, the README, the JSON Schemas.
pub fn is_frame(path: &str) -> bool {
    path == MANIFEST
        || path == README
        || path
            .strip_prefix(schemas::FOLDER)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// The manifest, README and JSON Schemas of a repository holding catalog `catalog_id`.
pub fn frame(catalog_id: &str) -> Files {
    let manifest = json!({ "format": FORMAT, "catalog": catalog_id });
    let manifest = format!(
        "# A Datapakt team catalogue: see README.md.\n{}",
        yaml::to_string(&manifest)
    );
    let mut files = Files::from([
        (MANIFEST.to_owned(), manifest.into_bytes()),
        (README.to_owned(), readme().into_bytes()),
    ]);
    files.extend(schemas::files());
    files
}

/// Every file of `snapshot`: the frame, and one file per entry.
pub fn write(snapshot: &Snapshot, catalog_id: &str) -> Files {
    let mut files = frame(catalog_id);
    files.extend(write_entries(snapshot, snapshot));
    files
}

/// The file of each entry of `entries`, contracts shown against `view` (a snapshot holding at
/// least the information sets, people and classification schemes the contracts name).
pub fn write_entries(entries: &Snapshot, view: &Snapshot) -> Files {
    let view = View::of(view);
    entries
        .iter()
        .map(|(key, value)| (path_of(key, value), entry_bytes(key, value, &view)))
        .collect()
}

/// The repository path of entry `key` holding `value`.
pub fn path_of(key: &Key, value: &Value) -> String {
    let folder = key.part.folder();
    let shard = shard(&key.uid);
    match key.part {
        Part::Settings => SETTINGS.to_owned(),
        Part::Release | Part::SetVersion => format!("{folder}/{shard}/{}.yaml", key.uid),
        Part::Contract => format!("{folder}/{shard}/{}--{}.odcs.yaml", slug(value), key.uid),
        _ => format!("{folder}/{shard}/{}--{}.yaml", slug(value), key.uid),
    }
}

/// The folders that hold the files of entry `key`: an item's own and its history's, a
/// version's.
pub fn folders_of(key: &Key) -> Vec<String> {
    let shard = shard(&key.uid);
    if let Some(owner) = key.owner() {
        return vec![format!("{}/{shard}/{}", key.part.folder(), owner.uid)];
    }
    let mut folders = vec![format!("{}/{shard}", key.part.folder())];
    let history = match key.part {
        Part::Contract => Some(Part::Release),
        Part::InformationSet => Some(Part::SetVersion),
        _ => None,
    };
    if let Some(history) = history {
        folders.push(format!("{}/{shard}/{}", history.folder(), key.uid));
    }
    folders
}

/// The subfolder of a kind's folder that holds the entry (or history) of `uid`: its first
/// two characters, so that no folder grows past a few hundred files however large the
/// catalog (a commit rewrites, and a push sends, only the folders it touches; GitLab and
/// Gitea list them without paging through thousands).
fn shard(uid: &str) -> &str {
    uid.get(..2).unwrap_or(uid)
}

/// The file content of entry `key` holding `value`, shown against `view` (a contract's file
/// shows its information sets and its team as ODCS has them).
fn entry_bytes(key: &Key, value: &Value, view: &View<'_>) -> Vec<u8> {
    let document = match key.part {
        Part::Contract => odcs_document(&key.uid, value, view),
        _ => {
            let mut document = Map::new();
            document.insert("uid".into(), json!(key.uid));
            if let Value::Object(fields) = sorted_keys(value) {
                document.extend(fields.into_iter().filter(|(k, _)| k != "uid"));
            }
            Value::Object(document)
        }
    };
    yaml::to_string(&document).into_bytes()
}

/// Reads the manifest and every entry of `files` (other files are ignored).
pub fn read(files: &Files) -> Result<(Manifest, Snapshot), RepoError> {
    Ok((read_manifest(files)?, read_entries(files)?))
}

/// Reads every entry of `files` (other files are ignored).
pub fn read_entries(files: &Files) -> Result<Snapshot, RepoError> {
    let mut snapshot = Snapshot::new();
    let mut seen: BTreeMap<Key, String> = BTreeMap::new();
    for (path, bytes) in files {
        let Some(part) = part_of(path) else { continue };
        let (key, value) = read_entry(part, path, bytes)?;
        if let Some(other) = seen.insert(key.clone(), path.clone()) {
            return Err(RepoError::Entry {
                path: path.clone(),
                problem: format!("it has the identity {key} that {other} has too: give one of them a new uid, or remove the copy"),
            });
        }
        snapshot.insert(key, value);
    }
    Ok(snapshot)
}

/// The manifest of `files`.
pub fn read_manifest(files: &Files) -> Result<Manifest, RepoError> {
    let bytes = files.get(MANIFEST).ok_or(RepoError::NotACatalog)?;
    let value = parse(MANIFEST, bytes)?;
    let format = value
        .get("format")
        .and_then(Value::as_u64)
        .ok_or_else(|| RepoError::Entry {
            path: MANIFEST.into(),
            problem: "`format` must be a whole number (this Datapakt writes 1)".into(),
        })?;
    if format > u64::from(FORMAT) {
        return Err(RepoError::NewerFormat { found: format });
    }
    Ok(Manifest {
        format,
        catalog: value
            .get("catalog")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    })
}

/// The kind of entry file `path` holds, if it is one.
fn part_of(path: &str) -> Option<Part> {
    if path == SETTINGS {
        return Some(Part::Settings);
    }
    let (folder, name) = path.split_once('/')?;
    let part = Part::ALL
        .into_iter()
        .find(|p| !p.folder().is_empty() && p.folder() == folder)?;
    name.ends_with(".yaml").then_some(part)
}

/// The entry file `path` is named for (`<kind>/<shard>/…--UID.yaml`,
/// `releases/<shard>/UID/VERSION.yaml`, `settings.yaml`), if it is one. The file's own `uid` is what [`read`] goes by; this is
/// for choosing which files to read.
pub fn key_of_path(path: &str) -> Option<Key> {
    let part = part_of(path)?;
    if part == Part::Settings {
        return Some(Key::settings());
    }
    let name = path
        .strip_suffix(".odcs.yaml")
        .or_else(|| path.strip_suffix(".yaml"))?;
    let (_, rest) = name.split_once('/')?;
    let (_, rest) = rest.split_once('/')?;
    if part.is_history() {
        return Some(Key::new(part, rest));
    }
    let (_, uid) = rest.rsplit_once("--")?;
    Some(Key::new(part, uid))
}

/// Entry file `path` of kind `part`.
fn read_entry(part: Part, path: &str, bytes: &[u8]) -> Result<(Key, Value), RepoError> {
    let value = parse(path, bytes)?;
    let entry = |problem: &str| RepoError::Entry {
        path: path.to_owned(),
        problem: problem.to_owned(),
    };
    let Value::Object(mut fields) = value else {
        return Err(entry("it must be a mapping of fields"));
    };
    if part == Part::Contract {
        let uid = fields.get("id").and_then(Value::as_str).map(str::to_owned);
        let uid =
            uid.ok_or_else(|| entry("an ODCS contract needs its `id` (the contract's uid)"))?;
        let mut value = from_odcs(&fields);
        super::canonical(part, &mut value);
        return Ok((Key::new(part, uid), value));
    }
    let uid = match fields.remove("uid") {
        Some(Value::String(uid)) if !uid.is_empty() => uid,
        _ => return Err(entry("it needs its `uid`, the entry's global identity")),
    };
    let mut value = Value::Object(fields);
    super::canonical(part, &mut value);
    Ok((Key::new(part, uid), value))
}

/// `bytes` of file `path` as YAML.
fn parse(path: &str, bytes: &[u8]) -> Result<Value, RepoError> {
    let entry = |problem: String| RepoError::Entry {
        path: path.to_owned(),
        problem,
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|e| entry(format!("it is not UTF-8 text ({e}): save it as UTF-8")))?;
    crate::formats::odcs::read::parse_yaml(text).map_err(|e| entry(e.to_string()))
}

/// `value` with every object's keys in order.
fn sorted_keys(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted_keys(&map[k])))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted_keys).collect()),
        other => other.clone(),
    }
}

/// The contract's fields ODCS has a place for: (our key, ODCS `description` key).
const DESCRIPTION: [(&str, &str); 3] = [
    ("purpose", "purpose"),
    ("description", "usage"),
    ("access", "limitations"),
];

/// The contract's fields written where ODCS has a place for them (not as custom properties).
const PLACED: [&str; 7] = [
    "title",
    "version",
    "purpose",
    "description",
    "access",
    "owner",
    "state",
];

/// Contract fields whose custom property is not their name in camelCase: the export's name
/// where it has one, and the references, which are uids here (the export names names).
const RENAMED: [(&str, &str); 3] = [
    ("in_house", "processedInHouse"),
    ("information_sets", "informationSetUids"),
    ("integrations", "integrationUids"),
];

/// The custom property (after `datapakt.`) of contract field `field`.
fn property_name(field: &str) -> String {
    if let Some((_, name)) = RENAMED.iter().find(|(ours, _)| *ours == field) {
        return (*name).to_owned();
    }
    let mut name = String::new();
    let mut upper = false;
    for c in field.chars() {
        match (c, upper) {
            ('_', _) => upper = true,
            (c, true) => {
                name.extend(c.to_uppercase());
                upper = false;
            }
            (c, false) => name.push(c),
        }
    }
    name
}

/// The contract field of custom property `name` (after `datapakt.`).
fn field_name(name: &str) -> String {
    if let Some((field, _)) = RENAMED.iter().find(|(_, theirs)| *theirs == name) {
        return (*field).to_owned();
    }
    let mut field = String::new();
    for c in name.chars() {
        if c.is_uppercase() {
            field.push('_');
            field.extend(c.to_lowercase());
        } else {
            field.push(c);
        }
    }
    field
}

/// ODCS's status of a contract's place in the workflow, and back.
const STATUSES: [(&str, &str); 4] = [
    ("draft", "draft"),
    ("in-review", "proposed"),
    ("approved", "active"),
    ("retired", "retired"),
];

/// Contract `uid` holding `value` as an ODCS document: what ODCS has a place for in its place
/// (its information sets as schema objects and its team too, for the tools that read ODCS),
/// the rest of its fields as `datapakt.*` custom properties.
fn odcs_document(uid: &str, value: &Value, view: &View<'_>) -> Value {
    let text = |key: &str| value.get(key).cloned().unwrap_or(json!(""));
    let state = value.get("state");
    let ours = state.and_then(|s| s.get("status")).and_then(Value::as_str);
    let status = STATUSES
        .iter()
        .find(|(s, _)| Some(*s) == ours)
        .map_or("draft", |(_, odcs)| odcs);
    let mut document = Map::new();
    document.insert("apiVersion".into(), json!(ODCS_VERSION));
    document.insert("kind".into(), json!("DataContract"));
    document.insert("id".into(), json!(uid));
    document.insert("name".into(), text("title"));
    document.insert("version".into(), text("version"));
    document.insert("status".into(), json!(status));
    let description: Map<String, Value> = DESCRIPTION
        .iter()
        .filter_map(|(ours, odcs)| {
            let text = value.get(*ours).and_then(Value::as_str).unwrap_or_default();
            (!text.is_empty()).then(|| ((*odcs).to_owned(), json!(text)))
        })
        .collect();
    if !description.is_empty() {
        document.insert("description".into(), Value::Object(description));
    }
    document.insert("schema".into(), Value::Array(view.schema(value)));
    document.insert("team".into(), view.team(value));
    let mut custom: Vec<Value> = match sorted_keys(value) {
        Value::Object(fields) => fields
            .into_iter()
            .filter(|(key, _)| !PLACED.contains(&key.as_str()))
            .map(|(key, value)| {
                json!({ "property": format!("datapakt.{}", property_name(&key)), "value": value })
            })
            .collect(),
        _ => Vec::new(),
    };
    for (field, name) in [("approved_by", "approvedBy"), ("approved_at", "approvedAt")] {
        if let Some(value) = state.and_then(|s| s.get(field)).filter(|v| !v.is_null()) {
            custom.push(json!({ "property": format!("datapakt.{name}"), "value": value }));
        }
    }
    document.insert("customProperties".into(), Value::Array(custom));
    Value::Object(document)
}

/// A contract entry from its ODCS document's `fields`.
fn from_odcs(fields: &Map<String, Value>) -> Value {
    let text = |value: Option<&Value>| value.cloned().unwrap_or(json!(""));
    let mut entry = Map::new();
    entry.insert("title".into(), text(fields.get("name")));
    entry.insert("version".into(), text(fields.get("version")));
    for (ours, odcs) in DESCRIPTION {
        entry.insert(
            ours.into(),
            text(fields.get("description").and_then(|d| d.get(odcs))),
        );
    }
    entry.insert(
        "owner".into(),
        text(fields.get("team").and_then(|t| t.get("name"))),
    );
    let odcs = fields.get("status").and_then(Value::as_str);
    let status = STATUSES
        .iter()
        .find(|(_, s)| Some(*s) == odcs)
        .map_or("draft", |(ours, _)| ours);
    let mut state = json!({ "status": status, "approved_by": null, "approved_at": null });
    let custom = fields.get("customProperties").and_then(Value::as_array);
    for property in custom.into_iter().flatten() {
        let name = property.get("property").and_then(Value::as_str);
        let Some(name) = name.and_then(|n| n.strip_prefix("datapakt.")) else {
            continue;
        };
        let value = property.get("value").cloned().unwrap_or(Value::Null);
        match name {
            "approvedBy" => state["approved_by"] = value,
            "approvedAt" => state["approved_at"] = value,
            _ => {
                entry.insert(field_name(name), value);
            }
        }
    }
    entry.insert("state".into(), state);
    Value::Object(entry)
}

/// The readable part of an entry's file name: its title (or name, or key) in lower case,
/// Nordic letters spelled in ASCII, other runs of characters a hyphen, at most 48 long.
fn slug(value: &Value) -> String {
    let title = ["title", "name", "key"]
        .iter()
        .find_map(|k| value.get(*k).and_then(Value::as_str))
        .unwrap_or_default();
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let spelled = match c {
            'å' | 'ä' | 'á' | 'à' => "a",
            'æ' => "ae",
            'ø' | 'ö' | 'ó' => "o",
            'é' | 'è' | 'ë' => "e",
            'ü' => "u",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        if spelled != "-" || !slug.ends_with('-') {
            slug.push_str(spelled);
        }
    }
    let mut slug: String = slug.trim_matches('-').chars().take(48).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "item".to_owned()
    } else {
        slug
    }
}

/// The generated README.
fn readme() -> String {
    let mut text = String::from(
        "# Team catalogue\n\n\
         This repository is a Datapakt team catalogue: the information contracts, data \
         classification and integration ownership of one organisation, shared through git. \
         Datapakt writes it; open it with *File → Open team catalog…* or `datapakt clone URL \
         --catalog FILE`, and share changes with *Sync* or `datapakt sync`. \
         `datapakt check DIR` validates a checked-out copy (for a merge request pipeline).\n\n\
         Each item is one file named from its title and its global identity (uid), in a \
         subfolder named by the uid's first two characters (so no folder grows too large to \
         list); references between items are uids. Files Datapakt does not write are left as \
         they are.\n\n\
         | Folder | What it holds |\n|---|---|\n",
    );
    for (part, what) in [
        (
            Part::Contract,
            "information contracts, as ODCS v3.1.0 (custom properties `datapakt.*`)",
        ),
        (
            Part::InformationSet,
            "information sets: fields, classification, owner",
        ),
        (
            Part::Integration,
            "integrations: provider, consumers, pattern, technology",
        ),
        (Part::System, "systems and their owning units"),
        (Part::Organisation, "organisations"),
        (Part::Unit, "units of organisations"),
        (
            Part::Person,
            "people (roles are kept on the items they hold them on)",
        ),
        (
            Part::ClassificationScheme,
            "classification schemes and their levels",
        ),
        (Part::Agreement, "data processing agreements (GDPR Art. 28)"),
        (Part::Request, "requests to the contact point"),
        (Part::AccessGrant, "the access register"),
        (
            Part::Release,
            "released versions of contracts (history, never changed)",
        ),
        (
            Part::SetVersion,
            "saved versions of information sets (history, never changed)",
        ),
    ] {
        text.push_str(&format!("| `{}/` | {what} |\n", part.folder()));
    }
    text.push_str(&format!(
        "\n`{SETTINGS}` holds the catalog's settings; `{MANIFEST}` the format of this \
         repository; `{}/` the JSON Schema of each kind's files (contracts follow the ODCS \
         standard's own schema).\n",
        schemas::FOLDER
    ));
    text
}
