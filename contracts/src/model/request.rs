//! Integration requests: what the contact point (kontaktpunkt, IntArk's single point of
//! contact) is asked — who asks, for what information and why — where the request stands,
//! who handles it and when it is followed up next, a log of notes, and what came of it.
//!
//! A request can become a contract draft that carries over everything it knows
//! ([`RequestDraft::contract_draft`]).

use serde::{Deserialize, Serialize};

use super::{
    ContractDraft, ContractId, Field, InformationSet, InformationSetId, IntegrationId, PersonId,
    SystemId,
};

/// The catalog's identifier of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct RequestId(pub i64);

/// Who asks: a person in the catalog, or someone from outside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Asker {
    /// A person recorded in the catalog.
    Person {
        /// The person.
        person: PersonId,
    },
    /// Someone the catalog does not know (another organisation, a vendor).
    Outside {
        /// Their name.
        name: String,
        /// The organisation they ask for.
        #[serde(default)]
        organisation: String,
    },
}

impl Default for Asker {
    fn default() -> Asker {
        Asker::Outside {
            name: String::new(),
            organisation: String::new(),
        }
    }
}

/// Where a request stands: new → in progress → waiting → resolved, or escalated.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RequestStatus {
    /// Received, nobody has started on it.
    #[default]
    New,
    /// Someone works on it.
    InProgress,
    /// Waiting for an answer from the asker or from someone else.
    Waiting,
    /// Answered: nothing more to do.
    Resolved,
    /// Handed up to whoever must decide (an owner, management).
    Escalated,
}

/// The moves the desk allows, as (from, to). Every pair not listed is refused; staying in
/// the same status is not a move.
pub const TRANSITIONS: &[(RequestStatus, RequestStatus)] = {
    use RequestStatus::*;
    &[
        (New, InProgress),
        (New, Escalated),
        (New, Resolved),
        (InProgress, Waiting),
        (InProgress, Resolved),
        (InProgress, Escalated),
        (Waiting, InProgress),
        (Waiting, Resolved),
        (Waiting, Escalated),
        (Escalated, InProgress),
        (Escalated, Resolved),
        (Resolved, InProgress),
    ]
};

impl RequestStatus {
    /// Every status, in workflow order.
    pub const ALL: [RequestStatus; 5] = [
        RequestStatus::New,
        RequestStatus::InProgress,
        RequestStatus::Waiting,
        RequestStatus::Resolved,
        RequestStatus::Escalated,
    ];

    /// The stable name stored in the catalog (also the message id suffix, `status-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::New => "new",
            RequestStatus::InProgress => "in-progress",
            RequestStatus::Waiting => "waiting",
            RequestStatus::Resolved => "resolved",
            RequestStatus::Escalated => "escalated",
        }
    }

    /// The status named by [`RequestStatus::as_str`].
    pub fn parse(name: &str) -> Option<RequestStatus> {
        RequestStatus::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Whether [`TRANSITIONS`] allows moving from `self` to `next`.
    pub fn can_become(self, next: RequestStatus) -> bool {
        TRANSITIONS.contains(&(self, next))
    }

    /// The statuses `self` can move to, in [`RequestStatus::ALL`] order.
    pub fn next(self) -> Vec<RequestStatus> {
        RequestStatus::ALL
            .into_iter()
            .filter(|s| self.can_become(*s))
            .collect()
    }

    /// Whether the request still needs the desk's attention (anything but resolved).
    pub fn is_open(self) -> bool {
        self != RequestStatus::Resolved
    }
}

/// One entry of a request's log: a note, or a status change (which may carry a note).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct RequestNote {
    /// When, as RFC 3339 UTC (`YYYY-MM-DDTHH:MM:SSZ`); empty on a new entry, which the store
    /// stamps when it saves it.
    #[serde(default)]
    pub at: String,
    /// Who wrote it; empty on a new entry (the store records the author).
    #[serde(default)]
    pub author: String,
    /// The note itself.
    #[serde(default)]
    pub text: String,
    /// The status the request moved to with this entry, when it did.
    #[serde(default)]
    pub status: Option<RequestStatus>,
}

/// What came of a request. A new kind of outcome is one variant here and one link table in
/// the store (`store/requests.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum RequestOutcome {
    /// An existing integration the asker can reuse (a reuse candidate).
    Integration(IntegrationId),
    /// An information contract (typically a draft made from the request).
    Contract(ContractId),
}

/// A request as the user edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct RequestDraft {
    /// A short subject, e.g. "Elevlister til skoleskyss".
    pub title: String,
    /// Who asks.
    pub asker: Asker,
    /// What information is asked for, in the asker's words.
    #[serde(default)]
    pub information: String,
    /// The catalog's information sets the request is about, where known.
    #[serde(default)]
    pub information_sets: Vec<InformationSetId>,
    /// Why the asker needs it.
    #[serde(default)]
    pub purpose: String,
    /// The system that would provide the information, where known.
    #[serde(default)]
    pub provider: Option<SystemId>,
    /// The system that would consume it, where known.
    #[serde(default)]
    pub consumer: Option<SystemId>,
    /// Where the request stands.
    #[serde(default)]
    pub status: RequestStatus,
    /// Who at the desk handles it.
    #[serde(default)]
    pub assignee: Option<PersonId>,
    /// The day it was received (`YYYY-MM-DD`); `None` on a new request: the store records
    /// the day it is first saved.
    #[serde(default)]
    pub opened_on: Option<String>,
    /// The day it is to be followed up next (`YYYY-MM-DD`).
    #[serde(default)]
    pub follow_up: Option<String>,
    /// The log, oldest first. Saved entries cannot be changed: new ones are appended.
    #[serde(default)]
    pub notes: Vec<RequestNote>,
    /// What came of it.
    #[serde(default)]
    pub outcomes: Vec<RequestOutcome>,
}

/// A request stored in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "export", derive(schemars::JsonSchema))]
pub struct Request {
    /// The catalog's identifier.
    pub id: RequestId,
    /// Its content.
    #[serde(flatten)]
    pub draft: RequestDraft,
}

/// What the catalog knows beyond the request itself when it becomes a contract draft: the
/// names of its systems, its information sets whole, and the names of their information
/// owners (in the sets' order, each once).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFacts {
    /// The provider system's name.
    pub provider: Option<String>,
    /// The consumer system's name.
    pub consumer: Option<String>,
    /// The request's information sets.
    pub information_sets: Vec<InformationSet>,
    /// The information owners of those sets, by name.
    pub owners: Vec<String>,
}

/// The version a contract drafted from a request starts at (as a new contract does).
pub const DRAFT_VERSION: &str = "1.0.0";

impl RequestDraft {
    /// Whether the request is open and its follow-up day is before `today` (`YYYY-MM-DD`).
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status.is_open() && self.follow_up.as_deref().is_some_and(|day| day < today)
    }

    /// Where the request comes in the desk's order of attention on `today`, as a sort key:
    /// overdue follow-ups first (the longest overdue first), then open requests by their
    /// follow-up day, then open ones without one (oldest first), then resolved ones.
    pub fn attention(&self, today: &str) -> (u8, String) {
        let opened = self.opened_on.clone().unwrap_or_default();
        match (&self.follow_up, self.status.is_open()) {
            (_, false) => (3, opened),
            (Some(day), true) if day.as_str() < today => (0, day.clone()),
            (Some(day), true) => (1, day.clone()),
            (None, true) => (2, opened),
        }
    }

    /// The contract draft this request becomes: its title, what information (as the
    /// description), its purpose, its systems, its information sets with their plain
    /// top-level fields (each name once, first set first), the integrations it found for
    /// reuse (to be governed by the contract), and the sets' information owners.
    pub fn contract_draft(&self, known: &KnownFacts) -> ContractDraft {
        let mut fields: Vec<Field> = Vec::new();
        for field in known
            .information_sets
            .iter()
            .flat_map(|set| &set.draft.fields)
            .filter_map(|field| field.as_flat_field())
        {
            if !fields.iter().any(|f| f.name == field.name) {
                fields.push(field);
            }
        }
        ContractDraft {
            title: self.title.trim().to_owned(),
            description: self.information.trim().to_owned(),
            owner: known.owners.join(", "),
            provider_system: known.provider.clone().unwrap_or_default(),
            consumer_system: known.consumer.clone().unwrap_or_default(),
            version: DRAFT_VERSION.to_owned(),
            fields,
            purpose: self.purpose.trim().to_owned(),
            information_sets: self.information_sets.clone(),
            integrations: self
                .outcomes
                .iter()
                .filter_map(|o| match o {
                    RequestOutcome::Integration(id) => Some(*id),
                    RequestOutcome::Contract(_) => None,
                })
                .collect(),
            ..ContractDraft::default()
        }
    }
}

impl super::Kind for RequestDraft {
    const ENTITY: super::Entity = super::Entity::Request;
    type Stored = Request;

    /// The subject and an outside asker trimmed, links in order and each once.
    fn normalised(mut self) -> Self {
        super::kind::trim(&mut self.title);
        if let Asker::Outside { name, organisation } = &mut self.asker {
            super::kind::trim(name);
            super::kind::trim(organisation);
        }
        super::kind::as_set(&mut self.information_sets);
        super::kind::as_set(&mut self.outcomes);
        self
    }

    /// The subject, and who asks, what for, and the log.
    fn search_text(&self) -> Option<(String, String)> {
        let mut body = Vec::new();
        if let Asker::Outside { name, organisation } = &self.asker {
            body.push(name.as_str());
            body.push(organisation.as_str());
        }
        body.push(&self.information);
        body.push(&self.purpose);
        for note in &self.notes {
            body.push(&note.text);
        }
        Some((self.title.clone(), body.join("\n")))
    }
}

#[cfg(test)]
mod tests;
