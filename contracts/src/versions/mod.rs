//! Versions of contracts and information sets: what a version holds ([`Snapshot`]), what
//! changed between two ([`diff`]), which changes break consumers ([`rules`]) and the next
//! semantic version that follows ([`assess`]). Pure: no IO; builds for wasm, so the editor
//! shows the proposed version with the same code the store releases with.

mod diff;
mod rules;

use serde::{Deserialize, Serialize};

use crate::model::{ContractDraft, InformationSetDraft, InformationSetId};

pub use diff::{
    apply, diff, diff_sets, flatten, Change, Constraint, FieldFacts, FieldKey, SetTerm, Term,
};
pub use rules::{rule_for, Flow, Rule, RULES};

/// A semantic version `MAJOR.MINOR.PATCH` (no pre-release or build parts, as contracts use);
/// serialised as its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Version {
    /// Incremented by a breaking change.
    pub major: u32,
    /// Incremented by an addition.
    pub minor: u32,
    /// Incremented by a wording change.
    pub patch: u32,
}

impl Version {
    /// The first version of anything.
    pub const FIRST: Version = Version {
        major: 1,
        minor: 0,
        patch: 0,
    };

    /// `text` as a version, when it is `MAJOR.MINOR.PATCH` ([`is_semver`]).
    pub fn parse(text: &str) -> Option<Version> {
        if !is_semver(text.trim()) {
            return None;
        }
        let mut parts = text.trim().split('.').map(|p| p.parse::<u32>().ok());
        Some(Version {
            major: parts.next()??,
            minor: parts.next()??,
            patch: parts.next()??,
        })
    }

    /// The version after this one for a change of `bump`.
    pub fn bumped(self, bump: Bump) -> Version {
        match bump {
            Bump::Major => Version {
                major: self.major + 1,
                minor: 0,
                patch: 0,
            },
            Bump::Minor => Version {
                minor: self.minor + 1,
                patch: 0,
                ..self
            },
            Bump::Patch => Version {
                patch: self.patch + 1,
                ..self
            },
        }
    }
}

impl From<Version> for String {
    fn from(version: Version) -> String {
        version.to_string()
    }
}

impl TryFrom<String> for Version {
    type Error = String;

    fn try_from(text: String) -> Result<Version, String> {
        Version::parse(&text).ok_or_else(|| format!("{text:?} is not MAJOR.MINOR.PATCH"))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// How much a change moves the version: a wording change a patch, an addition a minor, a
/// breaking change a major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bump {
    /// Wording: nothing a consumer reads changes meaning.
    Patch,
    /// An addition: consumers keep working.
    Minor,
    /// A breaking change: consumers may stop working or may no longer be allowed to.
    Major,
}

impl Bump {
    /// The stable name (message ids `bump-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// What a version of a contract holds: its own content and that of the information sets it
/// governed then. An information set's version is a snapshot with a default contract and
/// that one set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The contract's content (its `version` is the version's number).
    pub contract: ContractDraft,
    /// The governed information sets, by id.
    #[serde(default)]
    pub sets: Vec<SetSnapshot>,
}

/// An information set as a version holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetSnapshot {
    /// The set's id in the catalog it came from.
    pub id: InformationSetId,
    /// Its content.
    pub draft: InformationSetDraft,
}

/// One change with the rule that judges it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessed {
    /// What changed.
    pub change: Change,
    /// The rule's id (message ids `version-rule-…`).
    pub rule: String,
    /// How much it moves the version.
    pub bump: Bump,
}

/// What changed from one version to another and the version that follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Every change, each judged by its rule, breaking ones first.
    pub changes: Vec<Assessed>,
    /// The largest bump of any change; `None` when nothing changed.
    pub bump: Option<Bump>,
    /// The version the changes call for after `from` (none when nothing changed or nothing
    /// was released before).
    pub proposed: Option<Version>,
}

impl Assessment {
    /// Whether any change breaks consumers.
    pub fn breaking(&self) -> bool {
        self.bump == Some(Bump::Major)
    }
}

/// The changes from `old` to `new`, judged, and the version after `from` they call for.
pub fn assess(old: &Snapshot, new: &Snapshot, from: Option<Version>) -> Assessment {
    judge(diff(old, new), from)
}

/// Which way the data of an information contract flows: it describes what a consumer
/// receives.
pub const CONTRACT_FLOW: Flow = Flow::Delivered;

/// `changes` judged by [`RULES`] for [`CONTRACT_FLOW`], breaking ones first, and the version
/// after `from`.
pub fn judge(changes: Vec<Change>, from: Option<Version>) -> Assessment {
    let mut changes: Vec<Assessed> = changes
        .into_iter()
        .map(|change| {
            let rule = rule_for(&change);
            Assessed {
                change,
                rule: rule.id.to_owned(),
                bump: rule.bump(CONTRACT_FLOW),
            }
        })
        .collect();
    changes.sort_by_key(|a| std::cmp::Reverse(a.bump));
    let bump = changes.iter().map(|a| a.bump).max();
    Assessment {
        proposed: bump.zip(from).map(|(b, from)| from.bumped(b)),
        changes,
        bump,
    }
}

/// The version information set `id` is saved as, given its last version (number and the
/// sets it held) if it has one: 1.0.0 first, then the version its changes call for; `None`
/// when nothing changed, so no version is recorded.
pub fn next_set_version(
    last: Option<(&str, &[SetSnapshot])>,
    id: crate::model::InformationSetId,
    draft: &crate::model::InformationSetDraft,
) -> Option<Version> {
    let Some((version, sets)) = last else {
        return Some(Version::FIRST);
    };
    let now = [SetSnapshot {
        id,
        draft: draft.clone(),
    }];
    judge(diff_sets(sets, &now), Version::parse(version)).proposed
}

/// Contract versions are semantic versions without pre-release or build parts: true for
/// `MAJOR.MINOR.PATCH` with decimal numbers and no leading zeros, e.g. `1.4.0`.
pub fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 9
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

#[cfg(test)]
mod tests;
