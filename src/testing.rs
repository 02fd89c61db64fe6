//! Test support: a realistic sample log, and a save that stops part-way as a power cut would.
//!
//! Only built with the `test-support` cargo feature. The crate's tests, benchmarks and examples
//! turn it on through a dev-dependency on this crate (see `Cargo.toml`), so `cargo test` and
//! `cargo run --example` have it; `cargo build` and the release app do not.

use crate::body_map::model::{PointCm, Zone};
use crate::log::model::{Entry, Flag, GivenBy, LogFile, Reaction, ReactionKind};
use crate::log::store::{Store, StoreError};

pub use crate::log::store::CrashPoint;

/// [`Store::save`] that stops at `crash`, as if the power went off there: the same folder
/// creation, temporary file and backup as a real save, up to that point.
pub fn save_with_crash_point(store: &Store, log: &LogFile, crash: CrashPoint) -> Result<(), StoreError> {
    store.save_with_crash_point(log, Some(crash))
}

/// A realistic, deterministic log for benchmarks and tests: one injection a day at about
/// 08:00 (fixed offset +01:00) starting 2016-01-01, rotating through the zones, with points
/// near each zone's centre, a reaction on about 1 in 20 and a note on about 1 in 10.
#[must_use]
pub fn sample_log(years: u32, seed: u64) -> LogFile {
    let mut rng = SplitMix(seed);
    let tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
    // 2016-01-01T08:00:00+01:00.
    let start = 1_451_631_600_i64;
    let days = i64::from(years) * 365;
    let mut log = LogFile::default();
    log.entries.reserve(usize::try_from(days).unwrap_or(0));
    let notes = [
        "",
        "Slight sting",
        "Cold pen, waited 30 min",
        "Bruise from last week nearby",
        "Done by my husband, ñ ü",
    ];
    for day in 0..days {
        let minutes = i64::from(rng.below(61)) - 30;
        let Ok(ts) = jiff::Timestamp::from_second(start + day * 86_400 + minutes * 60) else {
            continue;
        };
        let at = ts.to_zoned(tz.clone());
        let zone = Zone::ALL[usize::try_from(day).unwrap_or(0) % Zone::ALL.len()];
        let c = zone.centre();
        let point = PointCm::new(c.x + rng.offset(2.5), c.y + rng.offset(2.5));
        let reaction = (rng.below(20) == 0).then(|| Reaction {
            kinds: vec![ReactionKind::ALL[rng.below(5) as usize]],
            note: if rng.below(2) == 0 {
                String::new()
            } else {
                "Red patch, 3 cm, gone after 2 days".to_owned()
            },
        });
        let note = if rng.below(10) == 0 {
            notes[1 + rng.below(4) as usize]
        } else {
            notes[0]
        };
        let given_by = if rng.below(10) == 0 {
            GivenBy::Carer
        } else {
            GivenBy::SelfInjected
        };
        let flags = if rng.below(50) == 0 {
            vec![Flag::TooClose]
        } else {
            Vec::new()
        };
        let id = log.fresh_id();
        log.entries.push(Entry {
            id,
            at,
            zone,
            point,
            dose: "100 mg".to_owned(),
            given_by,
            reaction,
            note: note.to_owned(),
            flags,
        });
    }
    log
}

/// A tiny deterministic random number generator (`SplitMix64`), enough for sample data.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u32) -> u32 {
        (self.next() % u64::from(n.max(1))) as u32
    }

    /// A value in `-max..=max`, in tenths of a centimetre.
    fn offset(&mut self, max: f32) -> f32 {
        let steps = (max * 10.0) as u32;
        (self.below(2 * steps + 1) as f32 - steps as f32) / 10.0
    }
}

/// A typical finished teaching session, for the summary's tests, benchmarks and the
/// `teach_summary` example: two topics to go over again (one with notes), every seventh step
/// of the demonstration to practise, and a site plan with two areas to avoid.
#[must_use]
pub fn sample_teach_session(
    region: crate::content::Region,
    content: &crate::content::Content,
) -> crate::teach::TeachSession {
    use crate::content::Region;
    use crate::teach::{
        Indication, NoteTag, PlanMark, StepResult, SyringeUse, TOPICS, TeachSession, TopicResult, checklist,
    };
    let mut s = TeachSession::default();
    s.set_region(region);
    s.set_indication(match region {
        Region::Us => Indication::Nomid,
        Region::Eu => Indication::Still,
    });
    s.set_syringe(SyringeUse::Part);
    // A dose with a unit and no name: always accepted (a test of the dose rules says so).
    let _accepted = s.set_dose("2 mg/kg, 40 mg");
    for n in 0..TOPICS.len() {
        let r = if n == 1 || n == 5 {
            TopicResult::NeedsReview
        } else {
            TopicResult::Understood
        };
        s.set_result(n, Some(r));
    }
    s.toggle_note(1, NoteTag::ShowAgain);
    s.toggle_note(1, NoteTag::HardToSee);
    for (k, (i, _)) in checklist(content, region, Some(SyringeUse::Part))
        .into_iter()
        .enumerate()
    {
        let r = if k % 7 == 3 {
            StepResult::NeedsPractice
        } else {
            StepResult::Shown
        };
        s.set_step(i, Some(r));
    }
    for (k, z) in Zone::ALL.into_iter().enumerate() {
        let mark = if k == 0 || k == 5 {
            PlanMark::Avoid
        } else {
            PlanMark::Use
        };
        s.set_plan(z, Some(mark));
    }
    s
}
