//! Log entries and the versioned file format. No egui, no file access here.

use serde::{Deserialize, Serialize};

use crate::body_map::model::{PointCm, Zone};

/// The file format version this build writes and understands.
///
/// 1: entries and spot marks. 2: adds whole areas to keep away from ([`AreaMark`]). An app
/// that knows only version 1 opens a version 2 log read-only, so it never drops an area mark.
pub const FORMAT_VERSION: u32 = 2;

/// Default number of days a site rests before it may be used again.
pub const DEFAULT_REST_DAYS: u32 = 14;

/// Shortest rest window the app allows, in days.
pub const MIN_REST_DAYS: u32 = 7;

/// Longest rest window the app allows, in days.
pub const MAX_REST_DAYS: u32 = 28;

/// Clamp a rest-day setting to the allowed 7..=28 (the log file keeps its own rest window).
#[must_use]
pub fn clamp_rest_days(days: u32) -> u32 {
    days.clamp(MIN_REST_DAYS, MAX_REST_DAYS)
}

/// Who gave the injection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GivenBy {
    #[default]
    SelfInjected,
    Carer,
    Nurse,
}

impl GivenBy {
    pub const ALL: [GivenBy; 3] = [GivenBy::SelfInjected, GivenBy::Carer, GivenBy::Nurse];

    /// Machine name used in CSV (`self`, `carer`, `nurse`).
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            GivenBy::SelfInjected => "self",
            GivenBy::Carer => "carer",
            GivenBy::Nurse => "nurse",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.key() == key.trim())
    }
}

/// A kind of skin reaction noticed after an injection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReactionKind {
    Redness,
    Swelling,
    Itching,
    Pain,
    Other,
}

impl ReactionKind {
    pub const ALL: [ReactionKind; 5] = [
        ReactionKind::Redness,
        ReactionKind::Swelling,
        ReactionKind::Itching,
        ReactionKind::Pain,
        ReactionKind::Other,
    ];

    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            ReactionKind::Redness => "redness",
            ReactionKind::Swelling => "swelling",
            ReactionKind::Itching => "itching",
            ReactionKind::Pain => "pain",
            ReactionKind::Other => "other",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key.trim())
    }
}

/// A reaction at the injection site, usually added later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Reaction {
    pub kinds: Vec<ReactionKind>,
    pub note: String,
}

/// Why an entry was logged although it broke a rotation rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Closer than the minimum distance to a recent injection.
    TooClose,
    /// Inside the circle around the navel.
    NavelCircle,
    /// On or near a spot marked to avoid.
    AvoidMark,
}

impl Flag {
    pub const ALL: [Flag; 3] = [Flag::TooClose, Flag::NavelCircle, Flag::AvoidMark];

    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Flag::TooClose => "too_close",
            Flag::NavelCircle => "navel_circle",
            Flag::AvoidMark => "avoid_mark",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key.trim())
    }
}

/// One injection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Unique within one log file; used by the screens to edit or delete.
    pub id: u64,
    /// When it was given, with the local offset at that moment.
    ///
    /// Read leniently (see [`parse_zoned_lenient`]) so that a time zone rule change or a
    /// missing time zone database can never make a whole log unreadable.
    #[serde(deserialize_with = "deserialize_zoned_lenient")]
    pub at: jiff::Zoned,
    pub zone: Zone,
    pub point: PointCm,
    /// The dose as written by the prescriber (free text, the app never calculates doses).
    #[serde(default)]
    pub dose: String,
    #[serde(default)]
    pub given_by: GivenBy,
    #[serde(default)]
    pub reaction: Option<Reaction>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub flags: Vec<Flag>,
}

/// Why a spot should not be used for a while.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    Bruise,
    Scar,
    Reaction,
}

/// A spot the user marked to avoid (bruise, scar, reaction), optionally until a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AvoidMark {
    pub id: u64,
    pub zone: Zone,
    pub point: PointCm,
    pub kind: MarkKind,
    pub created: jiff::Timestamp,
    /// After this moment the mark no longer counts. `None` = until removed.
    #[serde(default)]
    pub expires: Option<jiff::Timestamp>,
}

/// A whole body area to keep away from: a scar, the side of a port, a plan made with the nurse.
/// The suggestion never picks it, and a spot in it is flagged like one near a spot mark.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaMark {
    pub id: u64,
    pub zone: Zone,
    pub created: jiff::Timestamp,
    /// After this moment the mark no longer counts. `None` = until removed.
    #[serde(default)]
    pub expires: Option<jiff::Timestamp>,
}

/// The whole log file, as saved on disk (RON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogFile {
    pub version: u32,
    /// Days an injection site needs to rest (7 to 28).
    pub rest_days: u32,
    /// Sorted by time, oldest first.
    pub entries: Vec<Entry>,
    pub marks: Vec<AvoidMark>,
    /// Whole areas to keep away from (format version 2).
    pub area_marks: Vec<AreaMark>,
    pub next_id: u64,
}

impl Default for LogFile {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            rest_days: DEFAULT_REST_DAYS,
            entries: Vec::new(),
            marks: Vec::new(),
            area_marks: Vec::new(),
            next_id: 1,
        }
    }
}

impl LogFile {
    /// An id not used by any entry or mark yet; advances `next_id`.
    pub fn fresh_id(&mut self) -> u64 {
        let id = self.next_id.max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    /// Adds an entry with a fresh id, keeping entries sorted by time. Returns the new id.
    pub fn add_entry(&mut self, mut entry: Entry) -> u64 {
        let id = self.fresh_id();
        entry.id = id;
        let at = entry.at.timestamp();
        let pos = self.entries.partition_point(|e| e.at.timestamp() <= at);
        self.entries.insert(pos, entry);
        id
    }

    /// Makes `next_id` larger than every id of an entry or mark.
    pub fn bump_next_id(&mut self) {
        let max_id = self
            .entries
            .iter()
            .map(|e| e.id)
            .chain(self.marks.iter().map(|m| m.id))
            .chain(self.area_marks.iter().map(|m| m.id))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(max_id.saturating_add(1)).max(1);
    }

    /// Sorts entries by time, oldest first (stable: equal times keep their order).
    pub fn sort_entries(&mut self) {
        self.entries.sort_by_key(|e| e.at.timestamp());
    }

    /// Repairs what a hand-edited or older file may get wrong: sorts entries, gives
    /// duplicate ids (entries and marks share one counter) fresh ones, and makes `next_id`
    /// larger than every id in use.
    pub fn normalize(&mut self) {
        self.sort_entries();
        self.rest_days = clamp_rest_days(self.rest_days);
        // Ids near the top of the range would run out: number everything afresh from 1.
        let huge = self
            .entries
            .iter()
            .map(|e| e.id)
            .chain(self.marks.iter().map(|m| m.id))
            .chain(self.area_marks.iter().map(|m| m.id))
            .any(|id| id > u64::MAX / 2)
            || self.next_id > u64::MAX / 2;
        if huge {
            let ids = self
                .entries
                .iter_mut()
                .map(|e| &mut e.id)
                .chain(self.marks.iter_mut().map(|m| &mut m.id))
                .chain(self.area_marks.iter_mut().map(|m| &mut m.id));
            for (n, id) in (1_u64..).zip(ids) {
                *id = n;
            }
            self.next_id = 1;
        }
        self.bump_next_id();
        let mut seen =
            std::collections::HashSet::with_capacity(self.entries.len() + self.marks.len() + self.area_marks.len());
        let mut next = self.next_id;
        for id in self
            .entries
            .iter_mut()
            .map(|e| &mut e.id)
            .chain(self.marks.iter_mut().map(|m| &mut m.id))
            .chain(self.area_marks.iter_mut().map(|m| &mut m.id))
        {
            if *id == 0 || !seen.insert(*id) {
                *id = next;
                seen.insert(next);
                next = next.saturating_add(1);
            }
        }
        self.next_id = next;
    }
}

/// Parses a stored time. Strict RFC 9557 first (`2026-05-01T08:00:00+01:00[Europe/Madrid]`);
/// if the time zone rules disagree with the stored offset, the stored instant wins; if the
/// time zone name is unknown here, or there is no annotation (plain RFC 3339), the time keeps
/// its stored offset as a fixed-offset time zone. The instant is never changed.
pub fn parse_zoned_lenient(text: &str) -> Result<jiff::Zoned, jiff::Error> {
    use jiff::fmt::temporal::DateTimeParser;
    use jiff::tz::{OffsetConflict, TimeZone};
    static STRICT: DateTimeParser = DateTimeParser::new();
    static KEEP_INSTANT: DateTimeParser = DateTimeParser::new().offset_conflict(OffsetConflict::AlwaysOffset);

    let strict_err = match STRICT.parse_zoned(text) {
        Ok(z) => return Ok(z),
        Err(e) => e,
    };
    if let Ok(z) = KEEP_INSTANT.parse_zoned(text) {
        return Ok(z);
    }
    let pieces = jiff::fmt::temporal::Pieces::parse(text)?;
    let Some(offset) = pieces.to_numeric_offset() else {
        return Err(strict_err);
    };
    let ts = STRICT.parse_timestamp(text)?;
    Ok(ts.to_zoned(TimeZone::fixed(offset)))
}

fn deserialize_zoned_lenient<'de, D>(deserializer: D) -> Result<jiff::Zoned, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Visit;
    impl serde::de::Visitor<'_> for Visit {
        type Value = jiff::Zoned;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a date and time like 2026-05-01T08:00:00+01:00[Europe/Madrid]")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            parse_zoned_lenient(v).map_err(E::custom)
        }
    }
    deserializer.deserialize_str(Visit)
}
