//! Site rotation rules and the next-site suggestion. Pure: no egui, no files, no clock.
//!
//! The rules: a new injection must be at least [`MIN_GAP_CM`] from every injection of the rest
//! window (default 14 days, 7 to 28 allowed), never inside the navel circle, never within
//! [`MIN_GAP_CM`] of an active avoid-mark, and never in a whole area marked to keep away from.
//! Distances only count within one view (front/back).
//! Time always comes in as a `now` argument so the rules can be tested.
//!
//! This module must never suggest a point that [`check`] rejects, and must never read the clock
//! or calculate doses.

use jiff::{SignedDuration, Timestamp, Zoned};

use crate::body_map::model::{MIN_GAP_CM, NAVEL_RADIUS_CM, PointCm, View, Zone, distance_to_edge, in_navel_circle};
use crate::log::model::{AreaMark, AvoidMark, Entry, LogFile, MarkKind};

pub use crate::log::model::{DEFAULT_REST_DAYS, MAX_REST_DAYS, MIN_REST_DAYS, clamp_rest_days};

/// Suggested points prefer to stay at least this far (cm) inside the zone and off the navel circle.
pub const EDGE_MARGIN_CM: f32 = 1.5;

/// Coarse grid step (cm) for suggestions; a finer one is tried before giving up on a zone.
const COARSE_STEP_CM: f32 = 0.5;
/// Fine grid step (cm). Grid points are whole multiples of the step, so the coarse grid is a
/// subset of the fine one.
const FINE_STEP_CM: f32 = 0.25;

/// Beyond this distance from recent injections, more distance does not make a spot better; the
/// older injections (below) decide instead, so the spots spread over the whole zone over time
/// rather than going back and forth between two corners.
const CLEARANCE_CAP_CM: f32 = 6.0;

/// How far back the "older injections" go when spreading spots over a zone.
const HISTORY_DAYS: i64 = 45;

/// The rotation rules in force for one log.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rules {
    pub rest_days: u32,
    pub min_gap_cm: f32,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            rest_days: DEFAULT_REST_DAYS,
            min_gap_cm: MIN_GAP_CM,
        }
    }
}

impl Rules {
    /// The rules of `log`, with its rest days clamped to 7..=28.
    #[must_use]
    pub fn from_log(log: &LogFile) -> Self {
        Self {
            rest_days: clamp_rest_days(log.rest_days),
            min_gap_cm: MIN_GAP_CM,
        }
    }

    /// Start of the rest window: injections at or after this moment (and not after `now`) count.
    #[must_use]
    pub fn window_start(&self, now: Timestamp) -> Timestamp {
        window_start(now, self.rest_days)
    }
}

fn window_start(now: Timestamp, rest_days: u32) -> Timestamp {
    let span = SignedDuration::from_hours(24 * i64::from(clamp_rest_days(rest_days)));
    now.checked_sub(span).unwrap_or(Timestamp::MIN)
}

/// Why a point may not be used now.
#[derive(Clone, Debug, PartialEq)]
pub enum Violation {
    /// The point is not inside the chosen zone.
    NotInZone,
    /// The point is inside the circle around the navel.
    InNavelCircle,
    /// Closer than the minimum gap to an injection of the rest window.
    TooClose { entry_id: u64, at: Zoned, distance_cm: f32 },
    /// In a whole area marked to keep away from (a scar, a port, the nurse's plan).
    KeptAway { mark_id: u64 },
    /// Closer than the minimum gap to an active avoid-mark.
    NearMark {
        mark_id: u64,
        kind: MarkKind,
        distance_cm: f32,
    },
}

/// Distance in cm between two points; infinite when the zones are on different views.
#[must_use]
pub fn distance_cm(a_zone: Zone, a: PointCm, b_zone: Zone, b: PointCm) -> f32 {
    if a_zone.view() == b_zone.view() {
        a.distance(b)
    } else {
        f32::INFINITY
    }
}

/// True if the mark counts at `now`: created at or before `now` and not yet expired.
#[must_use]
pub fn mark_is_active(mark: &AvoidMark, now: Timestamp) -> bool {
    mark.created <= now && mark.expires.is_none_or(|e| e > now)
}

/// The marks of `log` that are active at `now`.
pub fn active_marks(log: &LogFile, now: Timestamp) -> impl Iterator<Item = &AvoidMark> {
    log.marks.iter().filter(move |m| mark_is_active(m, now))
}

/// True if the area mark counts at `now`: created at or before `now` and not yet expired.
#[must_use]
pub fn area_mark_is_active(mark: &AreaMark, now: Timestamp) -> bool {
    mark.created <= now && mark.expires.is_none_or(|e| e > now)
}

/// The whole areas of `log` to keep away from at `now`.
pub fn active_area_marks(log: &LogFile, now: Timestamp) -> impl Iterator<Item = &AreaMark> {
    log.area_marks.iter().filter(move |m| area_mark_is_active(m, now))
}

/// The active mark that keeps `zone` out of use at `now`, if any.
#[must_use]
pub fn kept_away(log: &LogFile, zone: Zone, now: Timestamp) -> Option<&AreaMark> {
    active_area_marks(log, now).find(|m| m.zone == zone)
}

/// Entries in the rest window: from `now - rest_days` (inclusive) to `now` (inclusive).
///
/// `rest_days` is clamped to 7..=28. Uses binary search, so `log.entries` must be sorted oldest
/// first (the `LogFile` invariant).
#[must_use]
pub fn recent_entries(log: &LogFile, now: Timestamp, rest_days: u32) -> &[Entry] {
    let start = window_start(now, rest_days);
    let lo = log.entries.partition_point(|e| e.at.timestamp() < start);
    let hi = log.entries.partition_point(|e| e.at.timestamp() <= now);
    log.entries.get(lo..hi).unwrap_or(&[])
}

/// Entries at or before `now` (the sorted prefix of the log).
fn past_entries(log: &LogFile, now: Timestamp) -> &[Entry] {
    let hi = log.entries.partition_point(|e| e.at.timestamp() <= now);
    log.entries.get(..hi).unwrap_or(&[])
}

/// The most recent entry in `zone` at or before `now`.
#[must_use]
pub fn zone_last_used(log: &LogFile, zone: Zone, now: Timestamp) -> Option<&Entry> {
    past_entries(log, now).iter().rev().find(|e| e.zone == zone)
}

/// Every rule the point `p` in `zone` breaks at `now`; empty means allowed.
///
/// Order: `InNavelCircle` or `NotInZone` first, then `KeptAway`, then `TooClose` (nearest
/// first), then `NearMark` (nearest first).
#[must_use]
pub fn check(zone: Zone, p: PointCm, now: Timestamp, log: &LogFile) -> Vec<Violation> {
    let rules = Rules::from_log(log);
    let mut out = Vec::new();
    if zone.view() == View::Front && in_navel_circle(p) {
        out.push(Violation::InNavelCircle);
    } else if !zone.contains(p) {
        out.push(Violation::NotInZone);
    }
    if let Some(m) = kept_away(log, zone, now) {
        out.push(Violation::KeptAway { mark_id: m.id });
    }

    let mut close: Vec<(f32, &Entry)> = recent_entries(log, now, rules.rest_days)
        .iter()
        .map(|e| (distance_cm(e.zone, e.point, zone, p), e))
        .filter(|(d, _)| *d < rules.min_gap_cm)
        .collect();
    close.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    out.extend(close.into_iter().map(|(d, e)| Violation::TooClose {
        entry_id: e.id,
        at: e.at.clone(),
        distance_cm: d,
    }));

    let mut near: Vec<(f32, &AvoidMark)> = active_marks(log, now)
        .map(|m| (distance_cm(m.zone, m.point, zone, p), m))
        .filter(|(d, _)| *d < rules.min_gap_cm)
        .collect();
    near.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    out.extend(near.into_iter().map(|(d, m)| Violation::NearMark {
        mark_id: m.id,
        kind: m.kind,
        distance_cm: d,
    }));
    out
}

/// A suggested next injection site.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub zone: Zone,
    pub point: PointCm,
    pub reason: SuggestReason,
}

/// Why a zone was suggested.
#[derive(Clone, Debug, PartialEq)]
pub enum SuggestReason {
    /// The zone has never been used (at or before now).
    NeverUsed,
    /// The zone was used least recently among the zones with room left.
    LeastRecent { last_used: Zoned },
}

/// Everything a search needs, gathered once per call.
struct Obstacles {
    gap: f32,
    front: Vec<PointCm>,
    back: Vec<PointCm>,
    /// Injections of the last [`HISTORY_DAYS`], by view (a preference, not a rule).
    history_front: Vec<PointCm>,
    history_back: Vec<PointCm>,
}

impl Obstacles {
    fn new(now: Timestamp, log: &LogFile) -> Self {
        let rules = Rules::from_log(log);
        let mut front = Vec::new();
        let mut back = Vec::new();
        let points = recent_entries(log, now, rules.rest_days)
            .iter()
            .map(|e| (e.zone, e.point))
            .chain(active_marks(log, now).map(|m| (m.zone, m.point)));
        for (zone, point) in points {
            match zone.view() {
                View::Front => front.push(point),
                View::Back => back.push(point),
            }
        }
        let mut history_front = Vec::new();
        let mut history_back = Vec::new();
        let since = now
            .checked_sub(jiff::SignedDuration::from_hours(24 * HISTORY_DAYS))
            .unwrap_or(Timestamp::MIN);
        let past = past_entries(log, now);
        let start = past.partition_point(|e| e.at.timestamp() < since);
        for e in &past[start..] {
            match e.zone.view() {
                View::Front => history_front.push(e.point),
                View::Back => history_back.push(e.point),
            }
        }
        Self {
            gap: rules.min_gap_cm,
            front,
            back,
            history_front,
            history_back,
        }
    }

    fn for_view(&self, view: View) -> &[PointCm] {
        match view {
            View::Front => &self.front,
            View::Back => &self.back,
        }
    }

    fn history_for_view(&self, view: View) -> &[PointCm] {
        match view {
            View::Front => &self.history_front,
            View::Back => &self.history_back,
        }
    }
}

/// Candidate ranking: edge margin met first, then clearance from recent injections (up to a
/// cap), then distance from older injections (up to the same cap), then closeness to the centre.
#[derive(Clone, Copy)]
struct Candidate {
    point: PointCm,
    margin_ok: bool,
    clearance: f32,
    history_clearance: f32,
    to_centre: f32,
}

impl Candidate {
    fn beats(&self, other: &Candidate) -> bool {
        if self.margin_ok != other.margin_ok {
            return self.margin_ok;
        }
        self.clearance
            .total_cmp(&other.clearance)
            .then(self.history_clearance.total_cmp(&other.history_clearance))
            .then(other.to_centre.total_cmp(&self.to_centre))
            .is_gt()
    }
}

/// Grid points `k * step` inside `[min, max]`, row by row.
fn grid(min: PointCm, max: PointCm, step: f32) -> impl Iterator<Item = PointCm> {
    let (kx0, kx1) = ((min.x / step).ceil() as i32, (max.x / step).floor() as i32);
    let (ky0, ky1) = ((min.y / step).ceil() as i32, (max.y / step).floor() as i32);
    (ky0..=ky1).flat_map(move |ky| (kx0..=kx1).map(move |kx| PointCm::new(kx as f32 * step, ky as f32 * step)))
}

/// Distance from `p` to where the zone stops being usable (outline or navel circle).
fn usable_margin(zone: Zone, p: PointCm) -> f32 {
    let edge = distance_to_edge(zone, p);
    if zone.view() == View::Front {
        edge.min(p.distance(PointCm::new(0.0, 0.0)) - NAVEL_RADIUS_CM)
    } else {
        edge
    }
}

fn best_in_zone(zone: Zone, obstacles: &Obstacles) -> Option<PointCm> {
    let view = zone.view();
    let all = obstacles.for_view(view);
    let history = obstacles.history_for_view(view);
    let (min, max) = zone.bounds();
    // Only obstacles near the zone can forbid a point in it; all of the view count for clearance.
    // The extra millimetre keeps rounding from dropping an obstacle right at the gap.
    let reach = obstacles.gap + 0.1;
    let local: Vec<PointCm> = all
        .iter()
        .copied()
        .filter(|o| o.x > min.x - reach && o.x < max.x + reach && o.y > min.y - reach && o.y < max.y + reach)
        .collect();
    let centre = zone.centre();
    for step in [COARSE_STEP_CM, FINE_STEP_CM] {
        let mut best: Option<Candidate> = None;
        for p in grid(min, max, step) {
            // Exactly the same tests as `check`, so a suggestion always passes it.
            if !zone.contains(p) || (view == View::Front && in_navel_circle(p)) {
                continue;
            }
            if local.iter().any(|o| o.distance(p) < obstacles.gap) {
                continue;
            }
            let cand = Candidate {
                point: p,
                margin_ok: usable_margin(zone, p) >= EDGE_MARGIN_CM,
                clearance: all.iter().map(|o| o.distance(p)).fold(CLEARANCE_CAP_CM, f32::min),
                history_clearance: history.iter().map(|o| o.distance(p)).fold(CLEARANCE_CAP_CM, f32::min),
                to_centre: p.distance(centre),
            };
            if best.is_none_or(|b| cand.beats(&b)) {
                best = Some(cand);
            }
        }
        if let Some(b) = best {
            return Some(b.point);
        }
    }
    None
}

/// The best allowed point in `zone` at `now`, or `None` if the zone has no room left or is
/// marked to keep away from.
#[must_use]
pub fn suggest_in_zone(zone: Zone, now: Timestamp, log: &LogFile) -> Option<PointCm> {
    if kept_away(log, zone, now).is_some() {
        return None;
    }
    best_in_zone(zone, &Obstacles::new(now, log))
}

/// Last use (at or before `now`) of every zone, indexed like `Zone::ALL`.
fn last_uses(log: &LogFile, now: Timestamp) -> [Option<&Entry>; 8] {
    let mut out: [Option<&Entry>; 8] = [None; 8];
    let mut missing = out.len();
    for e in past_entries(log, now).iter().rev() {
        if let Some(i) = Zone::ALL.iter().position(|z| *z == e.zone)
            && out[i].is_none()
        {
            out[i] = Some(e);
            missing -= 1;
            if missing == 0 {
                break;
            }
        }
    }
    out
}

/// The next site: the never-used or least recently used zone that has room and is not kept
/// away from, and its best point.
#[must_use]
pub fn suggest(now: Timestamp, log: &LogFile) -> Option<Suggestion> {
    let last = last_uses(log, now);
    let mut order: Vec<usize> = (0..Zone::ALL.len()).collect();
    // Never-used zones first (in `Zone::ALL` order), then the oldest last use first.
    order.sort_by(|&a, &b| match (last[a], last[b]) {
        (None, None) => a.cmp(&b),
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.at.timestamp().cmp(&y.at.timestamp()).then(a.cmp(&b)),
    });
    let obstacles = Obstacles::new(now, log);
    order.into_iter().find_map(|i| {
        let zone = Zone::ALL[i];
        if kept_away(log, zone, now).is_some() {
            return None;
        }
        let point = best_in_zone(zone, &obstacles)?;
        let reason = match last[i] {
            None => SuggestReason::NeverUsed,
            Some(e) => SuggestReason::LeastRecent {
                last_used: e.at.clone(),
            },
        };
        Some(Suggestion { zone, point, reason })
    })
}

/// The flags an entry gets for the rules it breaks (sorted, no repeats).
#[must_use]
pub fn flags_for(violations: &[Violation]) -> Vec<crate::log::model::Flag> {
    use crate::log::model::Flag;
    let mut flags: Vec<Flag> = violations
        .iter()
        .filter_map(|v| match v {
            Violation::TooClose { .. } => Some(Flag::TooClose),
            Violation::InNavelCircle => Some(Flag::NavelCircle),
            Violation::NearMark { .. } | Violation::KeptAway { .. } => Some(Flag::AvoidMark),
            Violation::NotInZone => None,
        })
        .collect();
    flags.sort();
    flags.dedup();
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    fn ts(s: i64) -> Timestamp {
        Timestamp::from_second(s).expect("valid timestamp")
    }

    const DAY: i64 = 86_400;
    const NOW: i64 = 1_750_000_000;

    fn entry(id: u64, at: i64, zone: Zone, point: PointCm) -> Entry {
        Entry {
            id,
            at: ts(at).to_zoned(TimeZone::UTC),
            zone,
            point,
            dose: String::new(),
            given_by: crate::log::model::GivenBy::SelfInjected,
            reaction: None,
            note: String::new(),
            flags: Vec::new(),
        }
    }

    fn log_with(entries: Vec<Entry>) -> LogFile {
        LogFile {
            entries,
            ..LogFile::default()
        }
    }

    #[test]
    fn rules_clamp_rest_days() {
        let mut log = LogFile::default();
        assert_eq!(Rules::from_log(&log), Rules::default());
        log.rest_days = 3;
        assert_eq!(Rules::from_log(&log).rest_days, 7);
        log.rest_days = 99;
        assert_eq!(Rules::from_log(&log).rest_days, 28);
    }

    #[test]
    fn recent_window_bounds() {
        let c = Zone::LeftThigh.centre();
        let log = log_with(vec![
            entry(1, NOW - 20 * DAY, Zone::LeftThigh, c),
            entry(2, NOW - 14 * DAY, Zone::LeftThigh, c),
            entry(3, NOW - DAY, Zone::LeftThigh, c),
            entry(4, NOW, Zone::LeftThigh, c),
            entry(5, NOW + 1, Zone::LeftThigh, c),
        ]);
        let ids: Vec<u64> = recent_entries(&log, ts(NOW), 14).iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![2, 3, 4]);
        assert_eq!(zone_last_used(&log, Zone::LeftThigh, ts(NOW)).map(|e| e.id), Some(4));
        assert!(zone_last_used(&log, Zone::RightThigh, ts(NOW)).is_none());
    }

    #[test]
    fn distance_is_infinite_across_views() {
        let p = PointCm::new(10.0, 5.0);
        assert!(distance_cm(Zone::LeftAbdomen, p, Zone::RightButtock, p).is_infinite());
        assert!(distance_cm(Zone::LeftAbdomen, p, Zone::LeftThigh, p) < 1e-6);
    }

    #[test]
    fn empty_log_suggests_first_zone_centre() {
        let s = suggest(ts(NOW), &LogFile::default()).expect("room everywhere");
        assert_eq!(s.zone, Zone::ALL[0]);
        assert_eq!(s.reason, SuggestReason::NeverUsed);
        assert!(s.point.distance(Zone::ALL[0].centre()) < 0.5);
        assert!(check(s.zone, s.point, ts(NOW), &LogFile::default()).is_empty());
    }

    #[test]
    fn suggestion_moves_away_from_recent_injection() {
        let c = Zone::LeftThigh.centre();
        let mut entries: Vec<Entry> = Zone::ALL
            .iter()
            .zip(0i64..)
            .filter(|(z, _)| **z != Zone::LeftThigh)
            .map(|(z, i)| entry(i.unsigned_abs() + 10, NOW - DAY + i, *z, z.centre()))
            .collect();
        entries.insert(0, entry(1, NOW - 3 * DAY, Zone::LeftThigh, c));
        let log = log_with(entries);
        let s = suggest(ts(NOW), &log).expect("room");
        assert_eq!(s.zone, Zone::LeftThigh);
        assert!(s.point.distance(c) >= MIN_GAP_CM);
        assert!(usable_margin(Zone::LeftThigh, s.point) >= EDGE_MARGIN_CM);
        assert!(matches!(s.reason, SuggestReason::LeastRecent { .. }));
    }

    fn area(id: u64, zone: Zone, created: i64, expires: Option<i64>) -> AreaMark {
        AreaMark {
            id,
            zone,
            created: ts(created),
            expires: expires.map(ts),
        }
    }

    #[test]
    fn an_area_kept_away_is_never_suggested_and_is_flagged() {
        // A patient with a scar on the first area: the app must send them elsewhere, and a
        // tap in that area must warn.
        let first = Zone::ALL[0];
        let mut log = LogFile::default();
        log.area_marks.push(area(7, first, NOW - DAY, None));
        let s = suggest(ts(NOW), &log).expect("seven other areas have room");
        assert_ne!(s.zone, first);
        assert!(check(s.zone, s.point, ts(NOW), &log).is_empty());
        assert_eq!(suggest_in_zone(first, ts(NOW), &log), None);
        let v = check(first, first.centre(), ts(NOW), &log);
        assert_eq!(v, vec![Violation::KeptAway { mark_id: 7 }]);
        assert_eq!(flags_for(&v), vec![crate::log::model::Flag::AvoidMark]);
        // Before it was made, and after it expires, the mark does not count.
        assert!(check(first, first.centre(), ts(NOW - 2 * DAY), &log).is_empty());
        log.area_marks[0].expires = Some(ts(NOW - 1));
        assert_eq!(suggest(ts(NOW), &log).map(|s| s.zone), Some(first));
    }

    #[test]
    fn every_area_kept_away_means_no_suggestion() {
        let mut log = LogFile::default();
        for (id, zone) in (1..).zip(Zone::ALL) {
            log.area_marks.push(area(id, zone, NOW - DAY, None));
        }
        assert_eq!(suggest(ts(NOW), &log), None);
    }
}
