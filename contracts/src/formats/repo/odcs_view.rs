//! What a contract's ODCS file shows besides the contract itself, for the tools that read
//! ODCS (datacontract-cli, `datapakt breaking` on two commits' files): its information sets as
//! schema objects, its owner and role holders as its team. Derived from the snapshot on every
//! write and never read back: the sets and the people have files of their own.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::{Key, Part, Snapshot};
use crate::formats::odcs::schema::{contract_fields_object, set_object};
use crate::model::{
    ClassificationScheme, Field, InformationSet, InformationSetDraft, InformationSetId, Person,
    PersonDraft, PersonId,
};

/// Entry `uid` of kind `part` as model type `T`, its references (uids here) left out.
fn model<T: DeserializeOwned>(
    snapshot: &Snapshot,
    part: Part,
    uid: &str,
    refs: &[&str],
) -> Option<T> {
    let mut value = snapshot.get(&Key::new(part, uid))?.clone();
    if let Value::Object(fields) = &mut value {
        fields.remove("roles");
        for reference in refs {
            fields.remove(*reference);
        }
    }
    serde_json::from_value(value).ok()
}

/// The person `uid` of the snapshot.
fn person(snapshot: &Snapshot, uid: &str) -> Option<PersonDraft> {
    model(snapshot, Part::Person, uid, &["unit"])
}

/// What every contract file of one snapshot is shown against: the snapshot, and its
/// classification schemes read once.
pub(super) struct View<'a> {
    snapshot: &'a Snapshot,
    schemes: Vec<ClassificationScheme>,
}

impl<'a> View<'a> {
    /// The view of `snapshot`.
    pub(super) fn of(snapshot: &'a Snapshot) -> View<'a> {
        let schemes = snapshot
            .range(Key::new(Part::ClassificationScheme, "")..)
            .take_while(|(key, _)| key.part == Part::ClassificationScheme)
            .filter_map(|(key, _)| model(snapshot, Part::ClassificationScheme, &key.uid, &[]))
            .collect();
        View { snapshot, schemes }
    }

    /// The contract's schema objects: one per information set it governs, else its own
    /// fields.
    pub(super) fn schema(&self, contract: &Value) -> Vec<Value> {
        schema(contract, self.snapshot, &self.schemes)
    }

    /// The contract's team: its information owner by name, and every role holder.
    pub(super) fn team(&self, contract: &Value) -> Value {
        team(contract, self.snapshot)
    }
}

/// The schema objects of `contract` in `snapshot`, levels named by `schemes`.
fn schema(contract: &Value, snapshot: &Snapshot, schemes: &[ClassificationScheme]) -> Vec<Value> {
    let uids = contract.get("information_sets").and_then(Value::as_array);
    let objects: Vec<Value> = uids
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|uid| {
            let draft: InformationSetDraft =
                model(snapshot, Part::InformationSet, uid, &["owner", "interface"])?;
            let owner_uid = snapshot
                .get(&Key::new(Part::InformationSet, uid))
                .and_then(|set| set.get("owner"))
                .and_then(Value::as_str);
            let owners: Vec<Person> = owner_uid
                .and_then(|owner| person(snapshot, owner))
                .map(|draft| Person {
                    id: PersonId(0),
                    draft,
                })
                .into_iter()
                .collect();
            let set = InformationSet {
                id: InformationSetId(0),
                draft: InformationSetDraft {
                    owner: owners.first().map(|p| p.id),
                    ..draft
                },
            };
            Some(set_object(&set, schemes, &owners))
        })
        .collect();
    if !objects.is_empty() {
        return objects;
    }
    let title = contract
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let fields: Vec<Field> = contract
        .get("fields")
        .cloned()
        .and_then(|fields| serde_json::from_value(fields).ok())
        .unwrap_or_default();
    vec![contract_fields_object(title, &fields)]
}

/// The team of `contract` in `snapshot`.
fn team(contract: &Value, snapshot: &Snapshot) -> Value {
    let roles = contract.get("roles").and_then(Value::as_array);
    let members: Vec<Value> = roles
        .into_iter()
        .flatten()
        .filter_map(|held| {
            let role = held.get("role").and_then(Value::as_str)?;
            let person = person(snapshot, held.get("person").and_then(Value::as_str)?)?;
            let mut member = json!({ "username": person.email, "name": person.name, "role": role });
            if let Some(left) = &person.left_on {
                member["dateOut"] = json!(left);
            }
            Some(member)
        })
        .collect();
    let owner = contract.get("owner").cloned().unwrap_or(json!(""));
    json!({ "name": owner, "members": members })
}
