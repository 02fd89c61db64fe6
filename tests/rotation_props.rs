//! Property and example tests for the rotation rules and the next-site suggestion.
//!
//! The properties are checked against independent, slow re-implementations of the rules (a
//! linear scan of the log and a 0.25 cm grid sweep), never against the code under test alone.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;

use kineret_coach::body_map::model::{MIN_GAP_CM, PointCm, View, Zone, in_navel_circle};
use kineret_coach::log::model::{AreaMark, AvoidMark, Entry, GivenBy, LogFile, MarkKind};
use kineret_coach::rotation::{self, Rules, SuggestReason, Violation, check, recent_entries, suggest, suggest_in_zone};

const MIN: i64 = 60;
const DAY: i64 = 86_400;
const NOW: i64 = 1_750_000_000;

fn ts(s: i64) -> Timestamp {
    Timestamp::from_second(s).expect("valid timestamp")
}

fn entry(id: u64, at: i64, zone: Zone, point: PointCm) -> Entry {
    Entry {
        id,
        at: ts(at).to_zoned(TimeZone::UTC),
        zone,
        point,
        dose: String::new(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: String::new(),
        flags: Vec::new(),
    }
}

fn mark(id: u64, zone: Zone, point: PointCm, created: i64, expires: Option<i64>) -> AvoidMark {
    AvoidMark {
        id,
        zone,
        point,
        kind: MarkKind::Bruise,
        created: ts(created),
        expires: expires.map(ts),
    }
}

fn log_with(mut entries: Vec<Entry>, marks: Vec<AvoidMark>, rest_days: u32) -> LogFile {
    entries.sort_by_key(|e| e.at.timestamp());
    LogFile {
        rest_days,
        entries,
        marks,
        ..LogFile::default()
    }
}

/// Points `k * 0.25` inside the zone's bounding box (the finest grid the suggestion searches).
fn fine_grid(zone: Zone) -> Vec<PointCm> {
    let step = 0.25_f32;
    let (min, max) = zone.bounds();
    let (kx0, kx1) = ((min.x / step).ceil() as i32, (max.x / step).floor() as i32);
    let (ky0, ky1) = ((min.y / step).ceil() as i32, (max.y / step).floor() as i32);
    let mut out = Vec::new();
    for ky in ky0..=ky1 {
        for kx in kx0..=kx1 {
            out.push(PointCm::new(kx as f32 * step, ky as f32 * step));
        }
    }
    out
}

/// True if some point of the fine grid in `zone` passes `check`.
fn zone_has_room(zone: Zone, now: Timestamp, log: &LogFile) -> bool {
    fine_grid(zone)
        .into_iter()
        // Points outside the zone always fail `check` (NotInZone); skip them to save time.
        .filter(|p| zone.contains(*p))
        .any(|p| check(zone, p, now, log).is_empty())
}

/// Slow, independent version of the rules: is `p` in `zone` allowed at `now`?
fn independently_allowed(zone: Zone, p: PointCm, now: Timestamp, log: &LogFile) -> bool {
    let rest = log.rest_days.clamp(7, 28);
    let start = now - SignedDuration::from_hours(24 * i64::from(rest));
    let view = zone.view();
    if !zone.contains(p) || (view == View::Front && in_navel_circle(p)) {
        return false;
    }
    let entries_ok = log
        .entries
        .iter()
        .filter(|e| e.at.timestamp() >= start && e.at.timestamp() <= now)
        .filter(|e| e.zone.view() == view)
        .all(|e| e.point.distance(p) >= MIN_GAP_CM);
    let marks_ok = log
        .marks
        .iter()
        .filter(|m| m.created <= now && m.expires.is_none_or(|x| x > now))
        .filter(|m| m.zone.view() == view)
        .all(|m| m.point.distance(p) >= MIN_GAP_CM);
    let area_ok = !log
        .area_marks
        .iter()
        .any(|m| m.zone == zone && m.created <= now && m.expires.is_none_or(|x| x > now));
    entries_ok && marks_ok && area_ok
}

/// Zones in the order the suggestion must try them: never used first, then oldest last use.
fn expected_order(now: Timestamp, log: &LogFile) -> Vec<Zone> {
    let mut keyed: Vec<(Option<Timestamp>, usize, Zone)> = Zone::ALL
        .iter()
        .enumerate()
        .map(|(i, z)| {
            let last = log
                .entries
                .iter()
                .filter(|e| e.zone == *z && e.at.timestamp() <= now)
                .map(|e| e.at.timestamp())
                .max();
            (last, i, *z)
        })
        .collect();
    // `None < Some(_)`, so never-used zones sort first.
    keyed.sort();
    keyed.into_iter().map(|(_, _, z)| z).collect()
}

// ---------------------------------------------------------------------------------------------
// Random logs.

#[derive(Clone, Debug)]
struct RawEntry {
    zone: usize,
    fx: f32,
    fy: f32,
    /// Minutes before now; negative = in the future.
    age_min: i64,
}

#[derive(Clone, Debug)]
struct RawMark {
    zone: usize,
    fx: f32,
    fy: f32,
    created_age_min: i64,
    lasts_min: Option<i64>,
    /// The whole zone is kept away from (an area mark), not a spot.
    whole_area: bool,
}

#[derive(Clone, Debug)]
struct Scenario {
    now: i64,
    rest_days: u32,
    entries: Vec<RawEntry>,
    marks: Vec<RawMark>,
    /// Zones (bit i = `Zone::ALL[i]`) covered by a lattice of recent injections.
    dense: u8,
    spacing: f32,
    phase: (f32, f32),
}

fn raw_entry() -> impl Strategy<Value = RawEntry> {
    (0..8usize, 0.0..1.0f32, 0.0..1.0f32, -3 * 1440..40 * 1440i64).prop_map(|(zone, fx, fy, age_min)| RawEntry {
        zone,
        fx,
        fy,
        age_min,
    })
}

fn raw_mark() -> impl Strategy<Value = RawMark> {
    (
        0..8usize,
        0.0..1.0f32,
        0.0..1.0f32,
        -5 * 1440..30 * 1440i64,
        proptest::option::of(1..40 * 1440i64),
        proptest::bool::weighted(0.2),
    )
        .prop_map(|(zone, fx, fy, created_age_min, lasts_min, whole_area)| RawMark {
            zone,
            fx,
            fy,
            created_age_min,
            lasts_min,
            whole_area,
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let dense = prop_oneof![
        3 => Just(0u8),
        3 => any::<u8>(),
        2 => Just(0xFFu8),
    ];
    (
        1_600_000_000..1_900_000_000i64,
        7..=28u32,
        proptest::collection::vec(raw_entry(), 0..40),
        proptest::collection::vec(raw_mark(), 0..8),
        dense,
        // Lattice spacing: below 4.33 cm every point is within 2.5 cm of a lattice point;
        // just above it tiny holes may remain.
        3.0..4.5f32,
        (0.0..1.0f32, 0.0..1.0f32),
    )
        .prop_map(|(now, rest_days, entries, marks, dense, spacing, phase)| Scenario {
            now,
            rest_days,
            entries,
            marks,
            dense,
            spacing,
            phase,
        })
}

/// A point in the zone from two fractions of its bounding box, pulled toward the centre if needed.
fn point_in(zone: Zone, fx: f32, fy: f32) -> PointCm {
    let (min, max) = zone.bounds();
    let p = PointCm::new(min.x + fx * (max.x - min.x), min.y + fy * (max.y - min.y));
    let c = zone.centre();
    for i in 0..=10 {
        let t = 1.0 - i as f32 / 10.0;
        let q = PointCm::new(c.x + (p.x - c.x) * t, c.y + (p.y - c.y) * t);
        if zone.contains(q) {
            return q;
        }
    }
    c
}

fn build(s: &Scenario) -> (Timestamp, LogFile) {
    let mut id = 0u64;
    let mut next_id = || {
        id += 1;
        id
    };
    let mut entries = Vec::new();
    for r in &s.entries {
        let zone = Zone::ALL[r.zone];
        entries.push(entry(
            next_id(),
            s.now - r.age_min * MIN,
            zone,
            point_in(zone, r.fx, r.fy),
        ));
    }
    // Dense lattice (triangular) over each chosen zone, all inside the rest window.
    let window_min = i64::from(s.rest_days) * 1440;
    let mut k = 0i64;
    for (i, zone) in Zone::ALL.iter().enumerate() {
        if s.dense & (1 << i) == 0 {
            continue;
        }
        let (min, max) = zone.bounds();
        let row_h = s.spacing * 3f32.sqrt() / 2.0;
        let mut y = min.y - 1.0 - s.phase.1 * row_h;
        let mut row = 0;
        while y <= max.y + 1.0 {
            let shift = if row % 2 == 0 { 0.0 } else { s.spacing / 2.0 };
            let mut x = min.x - 1.0 - s.phase.0 * s.spacing + shift;
            while x <= max.x + 1.0 {
                k += 1;
                let age = (k * 7919) % (window_min - 5);
                entries.push(entry(next_id(), s.now - age * MIN, *zone, PointCm::new(x, y)));
                x += s.spacing;
            }
            y += row_h;
            row += 1;
        }
    }
    let area_marks: Vec<AreaMark> = s
        .marks
        .iter()
        .filter(|m| m.whole_area)
        .map(|m| {
            let created = s.now - m.created_age_min * MIN;
            AreaMark {
                id: next_id(),
                zone: Zone::ALL[m.zone],
                created: ts(created),
                expires: m.lasts_min.map(|l| ts(created + l * MIN)),
            }
        })
        .collect();
    let marks = s
        .marks
        .iter()
        .filter(|m| !m.whole_area)
        .map(|m| {
            let zone = Zone::ALL[m.zone];
            let created = s.now - m.created_age_min * MIN;
            mark(
                next_id(),
                zone,
                point_in(zone, m.fx, m.fy),
                created,
                m.lasts_min.map(|l| created + l * MIN),
            )
        })
        .collect();
    let mut log = log_with(entries, marks, s.rest_days);
    log.area_marks = area_marks;
    (ts(s.now), log)
}

/// Which part of [`suggestion_property`] a scenario reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reached {
    /// No suggestion: every zone was checked to have no room.
    NoRoom,
    /// A suggestion in the first zone of the order (nothing to skip).
    FirstZone,
    /// A suggestion after skipping at least one zone that was checked to have no room.
    SkippedFull,
}

/// The suggestion passes every rule and comes from the least recently used zone with room; or
/// there is none and no zone has room.
fn suggestion_property(s: &Scenario) -> Result<Reached, TestCaseError> {
    let (now, log) = build(s);
    let suggestion = suggest(now, &log);
    let order = expected_order(now, &log);
    if let Some(sug) = suggestion {
        // (1) The point passes every rule, checked both ways.
        let violations = check(sug.zone, sug.point, now, &log);
        prop_assert!(violations.is_empty(), "{sug:?} breaks {violations:?}");
        prop_assert!(sug.zone.contains(sug.point));
        prop_assert!(!(sug.zone.view() == View::Front && in_navel_circle(sug.point)));
        prop_assert!(independently_allowed(sug.zone, sug.point, now, &log));
        prop_assert_eq!(suggest_in_zone(sug.zone, now, &log), Some(sug.point));
        // (3) Every zone the suggestion must try first has no room at all.
        let skipped: Vec<Zone> = order.iter().copied().take_while(|z| *z != sug.zone).collect();
        for z in &skipped {
            prop_assert!(!zone_has_room(*z, now, &log), "{z:?} had room before {:?}", sug.zone);
        }
        let last = log
            .entries
            .iter()
            .filter(|e| e.zone == sug.zone && e.at.timestamp() <= now)
            .max_by_key(|e| e.at.timestamp());
        match (&sug.reason, last) {
            (SuggestReason::NeverUsed, None) => {}
            (SuggestReason::LeastRecent { last_used }, Some(e)) => {
                prop_assert_eq!(last_used.timestamp(), e.at.timestamp());
            }
            (reason, last) => prop_assert!(false, "reason {reason:?} vs last {last:?}"),
        }
        Ok(if skipped.is_empty() {
            Reached::FirstZone
        } else {
            Reached::SkippedFull
        })
    } else {
        // (2) Nothing on the fine grid passes anywhere.
        for z in Zone::ALL {
            prop_assert!(!zone_has_room(z, now, &log), "{z:?} had room but suggest gave None");
            prop_assert_eq!(suggest_in_zone(z, now, &log), None);
        }
        Ok(Reached::NoRoom)
    }
}

/// The property's three outcomes all happen on a fixed set of scenarios from the same generator,
/// so its "no room" and "skipped a full zone" checks run on every test run (random cases alone
/// might never reach them) and a generator change that stops reaching them is noticed.
#[test]
fn suggestion_property_reaches_every_branch() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = scenario();
    let mut reached = Vec::new();
    for _ in 0..48 {
        let s = strategy.new_tree(&mut runner).expect("scenario").current();
        reached.push(suggestion_property(&s).unwrap_or_else(|e| panic!("{e} for {s:?}")));
    }
    for want in [Reached::NoRoom, Reached::FirstZone, Reached::SkippedFull] {
        let n = reached.iter().filter(|r| **r == want).count();
        assert!(n > 0, "no scenario reached {want:?}: {reached:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn suggestion_is_allowed_and_least_recent(s in scenario()) {
        suggestion_property(&s)?;
    }

    #[test]
    fn check_matches_independent_rules(s in scenario(), zi in 0..8usize, fx in -0.2..1.2f32, fy in -0.2..1.2f32) {
        let (now, log) = build(&s);
        let zone = Zone::ALL[zi];
        let (min, max) = zone.bounds();
        let p = PointCm::new(min.x + fx * (max.x - min.x), min.y + fy * (max.y - min.y));
        let v = check(zone, p, now, &log);
        prop_assert_eq!(v.is_empty(), independently_allowed(zone, p, now, &log));
        let d: Vec<f32> = v
            .iter()
            .filter_map(|v| match v {
                Violation::TooClose { distance_cm, .. } => Some(*distance_cm),
                _ => None,
            })
            .collect();
        prop_assert!(d.windows(2).all(|w| w[0] <= w[1]), "TooClose not sorted: {d:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Examples.

#[test]
fn too_close_to_injection_two_days_ago() {
    let c = Zone::LeftThigh.centre();
    let log = log_with(vec![entry(7, NOW - 2 * DAY, Zone::LeftThigh, c)], vec![], 14);
    let p = PointCm::new(c.x + 1.3, c.y);
    let v = check(Zone::LeftThigh, p, ts(NOW), &log);
    assert_eq!(v.len(), 1, "{v:?}");
    match &v[0] {
        Violation::TooClose {
            entry_id,
            distance_cm,
            at,
        } => {
            assert_eq!(*entry_id, 7);
            assert!((distance_cm - 1.3).abs() < 1e-4, "{distance_cm}");
            assert_eq!(at.timestamp(), ts(NOW - 2 * DAY));
        }
        other => panic!("unexpected {other:?}"),
    }
    // 2.5 cm away is allowed.
    let p = PointCm::new(c.x + 2.5, c.y);
    assert!(check(Zone::LeftThigh, p, ts(NOW), &log).is_empty());
}

#[test]
fn too_close_sorted_nearest_first() {
    let c = Zone::LeftThigh.centre();
    let log = log_with(
        vec![
            entry(1, NOW - 3 * DAY, Zone::LeftThigh, PointCm::new(c.x + 2.0, c.y)),
            entry(2, NOW - 2 * DAY, Zone::LeftThigh, PointCm::new(c.x + 0.5, c.y)),
            entry(3, NOW - DAY, Zone::LeftThigh, PointCm::new(c.x + 1.0, c.y)),
        ],
        vec![],
        14,
    );
    let ids: Vec<u64> = check(Zone::LeftThigh, c, ts(NOW), &log)
        .into_iter()
        .filter_map(|v| match v {
            Violation::TooClose { entry_id, .. } => Some(entry_id),
            _ => None,
        })
        .collect();
    assert_eq!(ids, vec![2, 3, 1]);
}

#[test]
fn old_and_future_entries_are_ignored() {
    let c = Zone::LeftThigh.centre();
    let log = log_with(
        vec![
            entry(1, NOW - 15 * DAY, Zone::LeftThigh, c),
            entry(2, NOW + DAY, Zone::LeftThigh, c),
        ],
        vec![],
        14,
    );
    assert!(check(Zone::LeftThigh, c, ts(NOW), &log).is_empty());
    // With a 21-day rest window the 15-day-old entry counts again.
    let mut longer = log.clone();
    longer.rest_days = 21;
    assert_eq!(check(Zone::LeftThigh, c, ts(NOW), &longer).len(), 1);
    // Rest days outside 7..=28 are clamped: 3 behaves like 7, 100 like 28.
    let recent = log_with(vec![entry(1, NOW - 6 * DAY, Zone::LeftThigh, c)], vec![], 3);
    assert_eq!(check(Zone::LeftThigh, c, ts(NOW), &recent).len(), 1);
    assert_eq!(Rules::from_log(&recent).rest_days, 7);
}

#[test]
fn other_view_is_infinitely_far() {
    // Same coordinates, different view: no violation.
    let p = PointCm::new(10.0, 5.0);
    let log = log_with(vec![entry(1, NOW - DAY, Zone::RightButtock, p)], vec![], 14);
    assert!(check(Zone::LeftAbdomen, p, ts(NOW), &log).is_empty());
    // Same view, other zone: counts.
    let log = log_with(
        vec![entry(1, NOW - DAY, Zone::RightAbdomen, PointCm::new(-0.5, 6.0))],
        vec![],
        14,
    );
    assert!(!check(Zone::LeftAbdomen, PointCm::new(0.5, 6.0), ts(NOW), &log).is_empty());
}

#[test]
fn marks_active_and_expired() {
    let c = Zone::RightArm.centre();
    let near = PointCm::new(c.x + 1.0, c.y + 1.0);
    let expired = log_with(
        vec![],
        vec![mark(5, Zone::RightArm, near, NOW - 10 * DAY, Some(NOW - DAY))],
        14,
    );
    assert!(check(Zone::RightArm, c, ts(NOW), &expired).is_empty());
    let not_yet = log_with(vec![], vec![mark(5, Zone::RightArm, near, NOW + DAY, None)], 14);
    assert!(check(Zone::RightArm, c, ts(NOW), &not_yet).is_empty());
    let active = log_with(
        vec![],
        vec![mark(5, Zone::RightArm, near, NOW - DAY, Some(NOW + DAY))],
        14,
    );
    let v = check(Zone::RightArm, c, ts(NOW), &active);
    assert_eq!(v.len(), 1);
    match &v[0] {
        Violation::NearMark {
            mark_id,
            kind,
            distance_cm,
        } => {
            assert_eq!(*mark_id, 5);
            assert_eq!(*kind, MarkKind::Bruise);
            assert!((distance_cm - 2f32.sqrt()).abs() < 1e-4);
        }
        other => panic!("unexpected {other:?}"),
    }
    // A mark that never expires counts.
    let forever = log_with(vec![], vec![mark(5, Zone::RightArm, near, NOW - DAY, None)], 14);
    assert_eq!(check(Zone::RightArm, c, ts(NOW), &forever).len(), 1);
}

#[test]
fn navel_circle_and_not_in_zone() {
    let log = LogFile::default();
    let now = ts(NOW);
    assert_eq!(
        check(Zone::LeftAbdomen, PointCm::new(2.0, 1.0), now, &log),
        vec![Violation::InNavelCircle]
    );
    assert_eq!(
        check(Zone::RightAbdomen, PointCm::new(0.0, 0.0), now, &log),
        vec![Violation::InNavelCircle]
    );
    // Head is in no zone.
    assert_eq!(
        check(Zone::LeftAbdomen, PointCm::new(0.0, -57.0), now, &log),
        vec![Violation::NotInZone]
    );
    // Right side of the abdomen is on screen left on the front view.
    assert_eq!(
        check(Zone::LeftAbdomen, PointCm::new(-9.0, 0.0), now, &log),
        vec![Violation::NotInZone]
    );
    // The back has no navel circle; the middle of the back is simply not a zone.
    assert_eq!(
        check(Zone::LeftButtock, PointCm::new(0.0, 0.0), now, &log),
        vec![Violation::NotInZone]
    );
}

#[test]
fn suggest_tries_least_recent_zone_first() {
    // Every zone used once, on consecutive days; RightThigh is the oldest.
    let mut entries = Vec::new();
    let order = [
        Zone::RightThigh,
        Zone::LeftArm,
        Zone::LeftAbdomen,
        Zone::RightButtock,
        Zone::RightAbdomen,
        Zone::LeftThigh,
        Zone::RightArm,
        Zone::LeftButtock,
    ];
    for (i, z) in (0i64..).zip(order.iter()) {
        entries.push(entry(i as u64 + 1, NOW - (8 - i) * DAY, *z, z.centre()));
    }
    let log = log_with(entries, vec![], 14);
    let s = suggest(ts(NOW), &log).expect("room");
    assert_eq!(s.zone, Zone::RightThigh);
    assert!(matches!(s.reason, SuggestReason::LeastRecent { .. }));
    assert!(check(s.zone, s.point, ts(NOW), &log).is_empty());
    assert!(rotation::zone_last_used(&log, Zone::RightThigh, ts(NOW)).map(|e| e.id) == Some(1));
}

/// One injection a day for ten years, rotating through the zones.
fn ten_year_log() -> LogFile {
    let mut entries = Vec::new();
    let start = NOW - 3650 * DAY;
    for day in 0..3650i64 {
        let zone = Zone::ALL[(day % 8) as usize];
        let (min, max) = zone.bounds();
        let fx = ((day * 37) % 100) as f32 / 100.0;
        let fy = ((day * 61) % 100) as f32 / 100.0;
        let p = PointCm::new(min.x + fx * (max.x - min.x), min.y + fy * (max.y - min.y));
        entries.push(entry(day as u64 + 1, start + day * DAY, zone, p));
    }
    log_with(entries, vec![], 14)
}

#[test]
fn ten_year_log_gives_a_valid_suggestion() {
    let log = ten_year_log();
    let now = ts(NOW);
    assert_eq!(recent_entries(&log, now, 14).len(), 14);
    let s = suggest(now, &log).expect("room");
    assert!(check(s.zone, s.point, now, &log).is_empty());
}

/// A patient who follows every suggestion for a year: every spot obeys the rules, every zone is
/// used in turn, and within a zone the spots spread out instead of going back and forth.
#[test]
fn following_the_suggestions_for_a_year_spreads_spots_over_each_zone() {
    let mut log = LogFile::default();
    let day = 24 * 3600;
    let start = NOW - 365 * day;
    for d in 0..365_i64 {
        let now = start + d * day;
        let s = suggest(ts(now), &log).expect("a daily injector always gets a spot");
        assert!(check(s.zone, s.point, ts(now), &log).is_empty());
        let id = log.next_id;
        log.next_id += 1;
        log.entries.push(entry(id, now, s.zone, s.point));
    }
    for zone in Zone::ALL {
        let spots: Vec<PointCm> = log.entries.iter().filter(|e| e.zone == zone).map(|e| e.point).collect();
        assert!(spots.len() >= 40, "{zone:?} used {} times", spots.len());
        // The spots of a zone vary: each spot is at least 2.5 cm from the spots of the zone's
        // two uses before it (about 16 days back), although the rules only cover 14 days.
        let mut distinct: Vec<PointCm> = Vec::new();
        for p in &spots {
            if distinct.iter().all(|q| q.distance(*p) >= 1.0) {
                distinct.push(*p);
            }
        }
        assert!(
            distinct.len() >= 8,
            "{zone:?}: only {} different spots in a year",
            distinct.len()
        );
        for w in spots.windows(3) {
            for q in &w[1..] {
                assert!(
                    w[0].distance(*q) >= 1.5,
                    "{zone:?}: {:?} and {q:?} too close within about three weeks",
                    w[0]
                );
            }
        }
    }
}
