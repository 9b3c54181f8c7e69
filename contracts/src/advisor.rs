//! The technology advisor: **Datapakt's reading** of Örebro kommun's decision tree for choosing
//! an integration technology ("Strategi för systemintegration", *Val av teknik för
//! systemintegrationer*, Figur 2 "Beslutsträd för val av teknik för systemintegration"), with
//! IntArk's recommended patterns. The figure itself is not in the strategy's text: the rows
//! below follow the text around it, and every place the advice is shown says it is Datapakt's
//! reading (`advice-reading`).
//!
//! The strategy decides by four properties: the need for real-time and synchronous or
//! asynchronous communication; data volumes (per message and per day); the need for
//! transaction safety and guaranteed delivery; and whether scheduling or batch processing is
//! possible. Its volumes are explicitly "not exact limits but rough rules of thumb"; so are the
//! constants below. Where the strategy's text gives a figure (100 MB, 1 GB) it is used; where
//! it gives none, the constant is **Datapakt's shipped default** and says so.
//!
//! The tree is [`TREE`], an ordered table: the first row whose condition holds decides. APIs are
//! the strategy's first choice, so the last row (REST) matches everything. The strategy names a
//! case its tree does not cover — a message over 1 GB where batch is impossible — and suggests
//! splitting the messages or running high-frequency micro-batches; that row's advice says
//! `covered: false`.
//!
//! No IO and no translations here: reasons carry a message id (`advice-reason-…`) and values,
//! translated by the caller, so the frontend can run the same advisor.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Frequency, IntegrationDraft, Mode, Pattern, Technology};

/// Kilobytes in a megabyte.
const KB_PER_MB: u64 = 1024;
/// Kilobytes in a gigabyte.
const KB_PER_GB: u64 = 1024 * 1024;

/// Largest message that fits one API response or one queue message: 1 MB.
/// **Datapakt's shipped default** (the strategy's text gives no figure; common message brokers
/// limit messages to around 1 MB). A rough rule of thumb, not a limit.
pub const SMALL_MESSAGE_MAX_KB: u64 = KB_PER_MB;

/// A size the strategy names as probably too big for *one* API call — which paging splits into
/// pages of a suitable size ("även 100 MB sannolikt är för stort för ett enskilt anrop, men med
/// hjälp av s.k. paginering kan ett meddelande delas upp i flera mindre paket"). Not a limit of
/// APIs: messages above it up to [`BATCH_MESSAGE_MIN_KB`] are paged like smaller ones.
pub const API_PAGED_MAX_KB: u64 = 100 * KB_PER_MB;

/// Above 1 GB a message needs batch processing; where batch is impossible the tree does not
/// cover the case. From the strategy ("om meddelandestorleken överstiger 1 GB men
/// batchhantering inte är möjlig"). The strategy's rough rule of thumb.
pub const BATCH_MESSAGE_MIN_KB: u64 = KB_PER_GB;

/// From this many messages a day, the volume is high. **Datapakt's shipped default** (the
/// strategy's figure is not in its text). A rough rule of thumb.
pub const HIGH_MESSAGES_PER_DAY: u64 = 1_000_000;

/// From this much data a day (10 GB), the volume is high. **Datapakt's shipped default** (the
/// strategy's figure is not in its text). A rough rule of thumb.
pub const HIGH_KB_PER_DAY: u64 = 10 * KB_PER_GB;

/// The questions of the decision tree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// The information must reach the consumer as it happens (not on a schedule).
    pub real_time: bool,
    /// The consumer waits for the answer (synchronous); false when it does not (asynchronous).
    pub synchronous: bool,
    /// Expected size of one message in kilobytes, if known (unknown counts as small).
    pub message_kb: Option<u64>,
    /// Expected messages (or records) per day, if known (unknown counts as low).
    pub per_day: Option<u64>,
    /// Expected data per day in kilobytes, when asked directly (else messages per day times
    /// the message size).
    #[serde(default)]
    pub daily_kb: Option<u64>,
    /// Transaction safety and guaranteed delivery are needed: a message must arrive even if the
    /// receiver is down when it is sent.
    pub guaranteed_delivery: bool,
    /// The exchange can be scheduled and run as batches.
    pub batch_possible: bool,
    /// Only the organisation's own systems consume the interface (GraphQL is then allowed as an
    /// alternative; the strategy allows it for internal use only).
    pub internal_only: bool,
}

impl Answers {
    /// The answers an integration's recorded facts give: `mode` → synchronous, frequency
    /// real-time → real-time, the message size and daily volume, guaranteed delivery. Batch is
    /// taken as possible when the integration already runs on a schedule (hourly, daily, weekly
    /// or monthly), not for real-time or on-demand ones. `internal_only` is false, since the
    /// catalog does not record whether every consumer is internal (so GraphQL is not offered
    /// unless the user says so).
    pub fn from_integration(draft: &IntegrationDraft) -> Answers {
        Answers {
            real_time: draft.frequency == Frequency::RealTime,
            synchronous: draft.mode == Mode::Synchronous,
            message_kb: draft.message_size_kb,
            per_day: draft.volume_per_day,
            daily_kb: None,
            guaranteed_delivery: draft.guaranteed_delivery,
            batch_possible: matches!(
                draft.frequency,
                Frequency::Hourly | Frequency::Daily | Frequency::Weekly | Frequency::Monthly
            ),
            internal_only: false,
        }
    }

    /// The size class of one message.
    pub fn size(&self) -> Size {
        match self.message_kb {
            None => Size::Unknown,
            Some(kb) if kb <= SMALL_MESSAGE_MAX_KB => Size::Small,
            Some(kb) if kb <= API_PAGED_MAX_KB => Size::Medium,
            Some(kb) if kb <= BATCH_MESSAGE_MIN_KB => Size::Large,
            Some(_) => Size::Huge,
        }
    }

    /// The daily volume class: high when either the messages or the data per day reach
    /// their threshold.
    pub fn daily(&self) -> Daily {
        let kb = self.daily_kb.or_else(|| {
            self.per_day
                .map(|n| n.saturating_mul(self.message_kb.unwrap_or(0)))
        });
        match (self.per_day, kb) {
            (None, None) => Daily::Unknown,
            (n, kb) => {
                if n.is_some_and(|n| n >= HIGH_MESSAGES_PER_DAY)
                    || kb.is_some_and(|kb| kb >= HIGH_KB_PER_DAY)
                {
                    Daily::High
                } else {
                    Daily::Low
                }
            }
        }
    }
}

/// One message's size, by the rules of thumb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Size {
    /// Not known (treated as small).
    Unknown,
    /// Up to [`SMALL_MESSAGE_MAX_KB`].
    Small,
    /// Up to [`API_PAGED_MAX_KB`]: an API needs paging.
    Medium,
    /// Up to [`BATCH_MESSAGE_MIN_KB`]: file transfer.
    Large,
    /// Over [`BATCH_MESSAGE_MIN_KB`]: batch.
    Huge,
}

/// The daily volume, by the rules of thumb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Daily {
    /// Not known (treated as low).
    Unknown,
    /// Below [`HIGH_MESSAGES_PER_DAY`] messages and [`HIGH_KB_PER_DAY`].
    Low,
    /// At or above either.
    High,
}

/// A recommended technology, in the strategy's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recommendation {
    /// A REST API (the first choice).
    Rest,
    /// A REST API with paging, splitting a big message into pages.
    RestWithPaging,
    /// GraphQL, for internal use only.
    GraphqlInternal,
    /// A message queue (asynchronous, guaranteed delivery).
    MessageQueue,
    /// Scheduled batch processing.
    Batch,
    /// Micro-batches run at high frequency.
    MicroBatch,
    /// The message split into smaller messages.
    SplitMessages,
}

impl Recommendation {
    /// Every value.
    pub const ALL: [Recommendation; 7] = [
        Recommendation::Rest,
        Recommendation::RestWithPaging,
        Recommendation::GraphqlInternal,
        Recommendation::MessageQueue,
        Recommendation::Batch,
        Recommendation::MicroBatch,
        Recommendation::SplitMessages,
    ];

    /// The stable name, also the suffix of its message id (`advice-technology-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Rest => "rest",
            Recommendation::RestWithPaging => "rest-with-paging",
            Recommendation::GraphqlInternal => "graphql-internal",
            Recommendation::MessageQueue => "message-queue",
            Recommendation::Batch => "batch",
            Recommendation::MicroBatch => "micro-batch",
            Recommendation::SplitMessages => "split-messages",
        }
    }

    /// Its message id.
    pub fn message_id(self) -> String {
        format!("advice-technology-{}", self.as_str())
    }

    /// The recorded technologies that follow this recommendation.
    pub fn accepts(self) -> &'static [Technology] {
        match self {
            Recommendation::Rest | Recommendation::RestWithPaging => &[Technology::Rest],
            Recommendation::GraphqlInternal => &[Technology::Graphql],
            Recommendation::MessageQueue => &[Technology::Messaging],
            Recommendation::Batch => &[Technology::File],
            Recommendation::MicroBatch => &[Technology::File, Technology::Messaging],
            Recommendation::SplitMessages => {
                &[Technology::Rest, Technology::Messaging, Technology::File]
            }
        }
    }
}

/// Why the advisor advises what it does. Each has a message `advice-reason-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonKind {
    /// A message over 1 GB, batch possible.
    HugeMessageBatch,
    /// A message over 1 GB, batch impossible: outside the tree.
    HugeMessageNoBatch,
    /// Real-time, synchronous, messages too big for one call.
    RealTimeSyncPaged,
    /// Real-time, synchronous, internal consumers only.
    RealTimeSyncInternal,
    /// Real-time, synchronous.
    RealTimeSync,
    /// Real-time, asynchronous, messages too big for a queue.
    RealTimeAsyncNotify,
    /// Real-time, asynchronous.
    RealTimeAsync,
    /// Guaranteed delivery, not real-time.
    GuaranteedDelivery,
    /// High daily volume, batch possible.
    HighVolumeBatch,
    /// High daily volume, batch impossible.
    HighVolumeMicroBatch,
    /// Scheduled full synchronisation, messages needing paging.
    ScheduledSyncPaged,
    /// Scheduled full synchronisation.
    ScheduledSync,
    /// Messages needing paging, nothing else special.
    MediumMessagePaged,
    /// Nothing calls for another technology: the API is the first choice.
    ApiFirstChoice,
    /// The message size is not recorded (an assumption, added to any row's reason).
    SizeUnknown,
    /// The daily volume is not recorded (an assumption, added to any row's reason).
    VolumeUnknown,
}

impl ReasonKind {
    /// Every value.
    pub const ALL: [ReasonKind; 16] = [
        ReasonKind::HugeMessageBatch,
        ReasonKind::HugeMessageNoBatch,
        ReasonKind::RealTimeSyncPaged,
        ReasonKind::RealTimeSyncInternal,
        ReasonKind::RealTimeSync,
        ReasonKind::RealTimeAsyncNotify,
        ReasonKind::RealTimeAsync,
        ReasonKind::GuaranteedDelivery,
        ReasonKind::HighVolumeBatch,
        ReasonKind::HighVolumeMicroBatch,
        ReasonKind::ScheduledSyncPaged,
        ReasonKind::ScheduledSync,
        ReasonKind::MediumMessagePaged,
        ReasonKind::ApiFirstChoice,
        ReasonKind::SizeUnknown,
        ReasonKind::VolumeUnknown,
    ];

    /// The stable name, also the suffix of its message id.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::HugeMessageBatch => "huge-message-batch",
            ReasonKind::HugeMessageNoBatch => "huge-message-no-batch",
            ReasonKind::RealTimeSyncPaged => "real-time-sync-paged",
            ReasonKind::RealTimeSyncInternal => "real-time-sync-internal",
            ReasonKind::RealTimeSync => "real-time-sync",
            ReasonKind::RealTimeAsyncNotify => "real-time-async-notify",
            ReasonKind::RealTimeAsync => "real-time-async",
            ReasonKind::GuaranteedDelivery => "guaranteed-delivery",
            ReasonKind::HighVolumeBatch => "high-volume-batch",
            ReasonKind::HighVolumeMicroBatch => "high-volume-micro-batch",
            ReasonKind::ScheduledSyncPaged => "scheduled-sync-paged",
            ReasonKind::ScheduledSync => "scheduled-sync",
            ReasonKind::MediumMessagePaged => "medium-message-paged",
            ReasonKind::ApiFirstChoice => "api-first-choice",
            ReasonKind::SizeUnknown => "size-unknown",
            ReasonKind::VolumeUnknown => "volume-unknown",
        }
    }

    /// The names and values of its message's variables (the thresholds it rests on).
    pub fn values(self) -> BTreeMap<String, u64> {
        let small_mb = ("small_mb", SMALL_MESSAGE_MAX_KB / KB_PER_MB);
        let paged_mb = ("paged_mb", API_PAGED_MAX_KB / KB_PER_MB);
        let batch_gb = ("batch_gb", BATCH_MESSAGE_MIN_KB / KB_PER_GB);
        let per_day = ("per_day", HIGH_MESSAGES_PER_DAY);
        let gb_per_day = ("gb_per_day", HIGH_KB_PER_DAY / KB_PER_GB);
        let pairs: &[(&str, u64)] = match self {
            ReasonKind::HugeMessageBatch | ReasonKind::HugeMessageNoBatch => &[batch_gb],
            ReasonKind::RealTimeSyncPaged
            | ReasonKind::ScheduledSyncPaged
            | ReasonKind::MediumMessagePaged => &[small_mb, paged_mb],
            ReasonKind::RealTimeAsyncNotify | ReasonKind::SizeUnknown => &[small_mb],
            ReasonKind::HighVolumeBatch | ReasonKind::HighVolumeMicroBatch => {
                &[per_day, gb_per_day]
            }
            ReasonKind::RealTimeSyncInternal
            | ReasonKind::RealTimeSync
            | ReasonKind::RealTimeAsync
            | ReasonKind::GuaranteedDelivery
            | ReasonKind::ScheduledSync
            | ReasonKind::ApiFirstChoice
            | ReasonKind::VolumeUnknown => &[],
        };
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), *value))
            .collect()
    }
}

/// One reason for the advice: a message id and its variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// What the reason is.
    pub kind: ReasonKind,
    /// The message id, `advice-reason-<kind>`.
    pub message: String,
    /// The message's variables.
    pub values: BTreeMap<String, u64>,
}

impl From<ReasonKind> for Reason {
    fn from(kind: ReasonKind) -> Reason {
        Reason {
            kind,
            message: format!("advice-reason-{}", kind.as_str()),
            values: kind.values(),
        }
    }
}

/// The advisor's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    /// The name of the table row that decided (see [`TREE`]).
    pub rule: String,
    /// The recommended technology.
    pub technology: Recommendation,
    /// An equally acceptable alternative, if any.
    pub alternative: Option<Recommendation>,
    /// The recommended IntArk pattern, if one fits.
    pub pattern: Option<Pattern>,
    /// Why: the deciding row's reason first, then any assumptions made.
    pub reasons: Vec<Reason>,
    /// False where the strategy says its tree does not cover the case; the advice is then the
    /// strategy's suggested way out, not the tree's answer.
    pub covered: bool,
}

/// A condition on one yes/no answer: `None` matches either.
type Yes = Option<bool>;

/// A row's condition: every part must hold; an empty list of classes matches any class.
#[derive(Debug, Clone, Copy)]
pub struct When {
    /// Real-time need.
    pub real_time: Yes,
    /// Synchronous.
    pub synchronous: Yes,
    /// Guaranteed delivery.
    pub guaranteed_delivery: Yes,
    /// Batch possible.
    pub batch_possible: Yes,
    /// Internal consumers only.
    pub internal_only: Yes,
    /// The message size classes it applies to.
    pub sizes: &'static [Size],
    /// The daily volume classes it applies to.
    pub daily: &'static [Daily],
}

/// Matches everything; rows narrow it.
const ANY: When = When {
    real_time: None,
    synchronous: None,
    guaranteed_delivery: None,
    batch_possible: None,
    internal_only: None,
    sizes: &[],
    daily: &[],
};

impl When {
    /// Whether the answers meet the condition.
    pub fn holds(&self, a: &Answers) -> bool {
        let yes = |want: Yes, have: bool| want.is_none_or(|w| w == have);
        yes(self.real_time, a.real_time)
            && yes(self.synchronous, a.synchronous)
            && yes(self.guaranteed_delivery, a.guaranteed_delivery)
            && yes(self.batch_possible, a.batch_possible)
            && yes(self.internal_only, a.internal_only)
            && (self.sizes.is_empty() || self.sizes.contains(&a.size()))
            && (self.daily.is_empty() || self.daily.contains(&a.daily()))
    }
}

/// What a row advises.
#[derive(Debug, Clone, Copy)]
pub struct Then {
    /// The technology.
    pub technology: Recommendation,
    /// An acceptable alternative.
    pub alternative: Option<Recommendation>,
    /// The IntArk pattern.
    pub pattern: Option<Pattern>,
    /// Why.
    pub reason: ReasonKind,
    /// False where the strategy says the tree does not cover the case.
    pub covered: bool,
}

/// One row of the decision tree.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// Its stable name.
    pub name: &'static str,
    /// When it applies.
    pub when: When,
    /// What it advises.
    pub then: Then,
}

const SMALL: &[Size] = &[Size::Unknown, Size::Small];
/// Too big for one call, which paging splits: over 1 MB up to 1 GB (the strategy: even 100 MB
/// is probably too big for one call, and paging splits it).
const PAGED: &[Size] = &[Size::Medium, Size::Large];

const fn then(technology: Recommendation, pattern: Option<Pattern>, reason: ReasonKind) -> Then {
    Then {
        technology,
        alternative: None,
        pattern,
        reason,
        covered: true,
    }
}

/// Örebro's decision tree (Figur 2 of the integration strategy, and its text) as an ordered
/// table: the first row whose condition holds decides, the last matches everything.
pub const TREE: &[Row] = &[
    // Over 1 GB a message needs batch processing.
    Row {
        name: "huge-message-batch",
        when: When {
            sizes: &[Size::Huge],
            batch_possible: Some(true),
            ..ANY
        },
        then: then(
            Recommendation::Batch,
            Some(Pattern::FullSyncBatch),
            ReasonKind::HugeMessageBatch,
        ),
    },
    // The case the strategy says its tree does not cover: split the messages or run
    // high-frequency micro-batches.
    Row {
        name: "huge-message-no-batch",
        when: When {
            sizes: &[Size::Huge],
            batch_possible: Some(false),
            ..ANY
        },
        then: Then {
            technology: Recommendation::SplitMessages,
            alternative: Some(Recommendation::MicroBatch),
            pattern: None,
            reason: ReasonKind::HugeMessageNoBatch,
            covered: false,
        },
    },
    // Real-time and synchronous: an API; messages too big for one call are paged.
    Row {
        name: "real-time-sync-paged",
        when: When {
            real_time: Some(true),
            synchronous: Some(true),
            sizes: PAGED,
            ..ANY
        },
        then: then(
            Recommendation::RestWithPaging,
            Some(Pattern::ApiLookup),
            ReasonKind::RealTimeSyncPaged,
        ),
    },
    // GraphQL only for internal use, as an alternative to REST.
    Row {
        name: "real-time-sync-internal",
        when: When {
            real_time: Some(true),
            synchronous: Some(true),
            internal_only: Some(true),
            ..ANY
        },
        then: Then {
            alternative: Some(Recommendation::GraphqlInternal),
            ..then(
                Recommendation::Rest,
                Some(Pattern::ApiLookup),
                ReasonKind::RealTimeSyncInternal,
            )
        },
    },
    Row {
        name: "real-time-sync",
        when: When {
            real_time: Some(true),
            synchronous: Some(true),
            ..ANY
        },
        then: then(
            Recommendation::Rest,
            Some(Pattern::ApiLookup),
            ReasonKind::RealTimeSync,
        ),
    },
    // Real-time but asynchronous, with messages too big for a queue: IntArk's thin
    // notification, then the consumer fetches over a paged API.
    Row {
        name: "real-time-async-notify",
        when: When {
            real_time: Some(true),
            synchronous: Some(false),
            sizes: PAGED,
            ..ANY
        },
        then: then(
            Recommendation::RestWithPaging,
            Some(Pattern::EventProvisioning),
            ReasonKind::RealTimeAsyncNotify,
        ),
    },
    Row {
        name: "real-time-async",
        when: When {
            real_time: Some(true),
            synchronous: Some(false),
            ..ANY
        },
        then: then(
            Recommendation::MessageQueue,
            Some(Pattern::EventProvisioning),
            ReasonKind::RealTimeAsync,
        ),
    },
    // Not real-time from here on.
    Row {
        name: "guaranteed-delivery",
        when: When {
            guaranteed_delivery: Some(true),
            sizes: SMALL,
            ..ANY
        },
        then: then(
            Recommendation::MessageQueue,
            Some(Pattern::MessageQueue),
            ReasonKind::GuaranteedDelivery,
        ),
    },
    Row {
        name: "high-volume-batch",
        when: When {
            daily: &[Daily::High],
            batch_possible: Some(true),
            ..ANY
        },
        then: then(
            Recommendation::Batch,
            Some(Pattern::FullSyncBatch),
            ReasonKind::HighVolumeBatch,
        ),
    },
    Row {
        name: "high-volume-micro-batch",
        when: When {
            daily: &[Daily::High],
            batch_possible: Some(false),
            ..ANY
        },
        then: then(
            Recommendation::MicroBatch,
            None,
            ReasonKind::HighVolumeMicroBatch,
        ),
    },
    // Low freshness needs and a schedule: IntArk's full synchronisation, over the API.
    Row {
        name: "scheduled-sync-paged",
        when: When {
            batch_possible: Some(true),
            sizes: PAGED,
            ..ANY
        },
        then: then(
            Recommendation::RestWithPaging,
            Some(Pattern::FullSyncBatch),
            ReasonKind::ScheduledSyncPaged,
        ),
    },
    Row {
        name: "scheduled-sync",
        when: When {
            batch_possible: Some(true),
            ..ANY
        },
        then: then(
            Recommendation::Rest,
            Some(Pattern::FullSyncBatch),
            ReasonKind::ScheduledSync,
        ),
    },
    Row {
        name: "medium-message-paged",
        when: When {
            sizes: PAGED,
            ..ANY
        },
        then: then(
            Recommendation::RestWithPaging,
            Some(Pattern::ApiLookup),
            ReasonKind::MediumMessagePaged,
        ),
    },
    // APIs are the first choice; other technologies need the reasons above.
    Row {
        name: "api-first-choice",
        when: ANY,
        then: then(
            Recommendation::Rest,
            Some(Pattern::ApiLookup),
            ReasonKind::ApiFirstChoice,
        ),
    },
];

/// The index in [`TREE`] of the row that decides for `answers`.
pub fn deciding_row(answers: &Answers) -> usize {
    TREE.iter()
        .position(|row| row.when.holds(answers))
        .unwrap_or(TREE.len() - 1)
}

/// The advice for `answers`: the deciding row's outcome, its reason, and the assumptions made
/// where a volume is not known.
pub fn advise(answers: &Answers) -> Advice {
    let row = &TREE[deciding_row(answers)];
    let mut reasons = vec![Reason::from(row.then.reason)];
    if answers.message_kb.is_none() {
        reasons.push(ReasonKind::SizeUnknown.into());
    }
    if answers.per_day.is_none() {
        reasons.push(ReasonKind::VolumeUnknown.into());
    }
    Advice {
        rule: row.name.to_owned(),
        technology: row.then.technology,
        alternative: row.then.alternative,
        pattern: row.then.pattern,
        reasons,
        covered: row.then.covered,
    }
}

/// How serious a deviation from the advice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Allowed with a written justification (IntArk: deviations allowed when justified).
    NeedsJustification,
    /// A finding: the strategy forbids it (SOAP for a new interface).
    Finding,
}

/// A recorded technology that differs from the advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deviation {
    /// What is recorded.
    pub recorded: Technology,
    /// What was advised.
    pub advised: Recommendation,
    /// How serious.
    pub severity: Severity,
    /// The message id: `advice-deviation-soap` or `advice-deviation-justify`.
    pub message: String,
}

/// Whether `recorded` deviates from `advice`. SOAP is always a finding: the strategy forbids it
/// for new APIs, and the advisor advises for new interfaces. Any other technology that neither
/// the recommendation nor its alternative accepts needs a written justification.
pub fn deviation(advice: &Advice, recorded: Technology) -> Option<Deviation> {
    let (severity, message) = if recorded == Technology::SoapLegacy {
        (Severity::Finding, "advice-deviation-soap")
    } else {
        let accepted = std::iter::once(advice.technology)
            .chain(advice.alternative)
            .any(|r| r.accepts().contains(&recorded));
        if accepted {
            return None;
        }
        (Severity::NeedsJustification, "advice-deviation-justify")
    };
    Some(Deviation {
        recorded,
        advised: advice.technology,
        severity,
        message: message.to_owned(),
    })
}

#[cfg(test)]
mod tests;
