//! A nurse's bedside teaching session: the set-up (region, the patient's language, indication,
//! the dose as the prescriber wrote it), each topic's teach-back result, the return
//! demonstration of the injection steps, the site plan, and what the one-page summary needs.
//!
//! Plain Rust, no egui, no files: the app layer owns a session and the report module prints it.
//! The session holds nothing that can name a patient. Every field is a choice from a fixed list,
//! except the dose, which only takes numbers, units and the words of a dose
//! ([`PrescribedDose::parse`]); notes are chosen from [`NoteTag`], not typed. This module never
//! calculates, checks or suggests a dose: it only keeps the nurse's words to show them back.

use std::collections::BTreeMap;

use crate::body_map::model::Zone;
use crate::content::{Block, BlockKind, Content, Region, SectionId};

/// What Kineret is prescribed for, as each region's label lists it (fact sheet, section 2),
/// plus "another use" for what the doctor chose outside that list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indication {
    /// Rheumatoid arthritis (both regions).
    Ra,
    /// NOMID, the US label's only CAPS form.
    Nomid,
    /// DIRA (US only).
    Dira,
    /// CAPS, every form (EU).
    Caps,
    /// Familial Mediterranean fever (EU).
    Fmf,
    /// Still's disease (EU).
    Still,
    /// COVID-19 pneumonia needing oxygen (EU only; not FDA-approved).
    Covid,
    /// A use the doctor chose that is not on this region's list.
    Other,
}

impl Indication {
    /// The choices for a region, in the label's order.
    #[must_use]
    pub const fn for_region(region: Region) -> &'static [Indication] {
        match region {
            Region::Us => &[Indication::Ra, Indication::Nomid, Indication::Dira, Indication::Other],
            Region::Eu => &[
                Indication::Ra,
                Indication::Caps,
                Indication::Fmf,
                Indication::Still,
                Indication::Covid,
                Indication::Other,
            ],
        }
    }

    /// Message id of its name.
    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            Indication::Ra => "teach-ind-ra",
            Indication::Nomid => "teach-ind-nomid",
            Indication::Dira => "teach-ind-dira",
            Indication::Caps => "teach-ind-caps",
            Indication::Fmf => "teach-ind-fmf",
            Indication::Still => "teach-ind-still",
            Indication::Covid => "teach-ind-covid",
            Indication::Other => "teach-ind-other",
        }
    }
}

/// How much of a syringe one dose is, as the nurse says (the app does not work it out). Only
/// decides which injection steps the return demonstration has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyringeUse {
    /// The whole syringe (100 mg).
    Whole,
    /// Part of a syringe (less than 100 mg).
    Part,
    /// Something else, as the doctor said (more than one syringe, for example).
    Other,
}

impl SyringeUse {
    pub const ALL: [SyringeUse; 3] = [SyringeUse::Whole, SyringeUse::Part, SyringeUse::Other];

    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            SyringeUse::Whole => "teach-syringe-whole",
            SyringeUse::Part => "teach-syringe-part",
            SyringeUse::Other => "teach-syringe-other",
        }
    }
}

/// The result of one topic's teach-back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TopicResult {
    Understood,
    NeedsReview,
}

impl TopicResult {
    pub const ALL: [TopicResult; 2] = [TopicResult::Understood, TopicResult::NeedsReview];

    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            TopicResult::Understood => "teach-result-understood",
            TopicResult::NeedsReview => "teach-result-review",
        }
    }
}

/// A short note on a topic, chosen rather than typed: it prints in the patient's language and
/// can never hold a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteTag {
    ShowAgain,
    CarerHelps,
    Interpreter,
    HardToSee,
    HardToHold,
    NeedleWorry,
}

impl NoteTag {
    pub const ALL: [NoteTag; 6] = [
        NoteTag::ShowAgain,
        NoteTag::CarerHelps,
        NoteTag::Interpreter,
        NoteTag::HardToSee,
        NoteTag::HardToHold,
        NoteTag::NeedleWorry,
    ];

    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            NoteTag::ShowAgain => "teach-note-show-again",
            NoteTag::CarerHelps => "teach-note-carer",
            NoteTag::Interpreter => "teach-note-interpreter",
            NoteTag::HardToSee => "teach-note-see",
            NoteTag::HardToHold => "teach-note-hold",
            NoteTag::NeedleWorry => "teach-note-needles",
        }
    }
}

/// What the patient showed for one step of the return demonstration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepResult {
    /// Done right.
    Shown,
    NeedsPractice,
}

impl StepResult {
    pub const ALL: [StepResult; 2] = [StepResult::Shown, StepResult::NeedsPractice];

    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            StepResult::Shown => "teach-step-shown",
            StepResult::NeedsPractice => "teach-step-practice",
        }
    }
}

/// An area in the site plan: to use, or to keep away from (a scar, the side of a port).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanMark {
    Use,
    Avoid,
}

impl PlanMark {
    pub const ALL: [PlanMark; 2] = [PlanMark::Use, PlanMark::Avoid];

    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            PlanMark::Use => "teach-plan-use",
            PlanMark::Avoid => "teach-plan-avoid",
        }
    }
}

/// The dose as the prescriber wrote it ("2 mg/kg, 40 mg"): numbers, units and the few words a
/// dose is written with, nothing else, so no name, birth date or identifier fits in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrescribedDose(String);

/// Why a typed dose was not taken (a message id shown at the field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseError {
    Empty,
    TooLong,
    /// Letters that are not a unit or a dose word (it could be a name), no unit at all, or a
    /// number that looks like a date or a record number.
    NotADose,
}

impl DoseError {
    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            DoseError::Empty => "teach-dose-empty",
            DoseError::TooLong => "teach-dose-long",
            DoseError::NotADose => "teach-dose-words",
        }
    }
}

/// The units a dose is written in: a dose names at least one.
const DOSE_UNITS: &[&str] = &["mg", "kg", "ml", "g", "mcg", "µg"];

/// Longest run of digits in a dose (a record number or a year is longer).
const DOSE_MAX_DIGITS: usize = 4;

/// Longest dose text, in characters.
pub const DOSE_MAX_CHARS: usize = 40;

/// The words a written dose may contain, in the app's four languages (lower case). Short words
/// that are also first names ("Al", "Per", "Les") are left out on purpose.
const DOSE_WORDS: &[&str] = &[
    // units
    "mg",
    "kg",
    "ml",
    "g",
    "mcg",
    "µg",
    "l",
    "x", // en
    "a",
    "day",
    "days",
    "daily",
    "once",
    "twice",
    "each",
    "every",
    "other",
    "times",
    "dose",
    "doses",
    "syringe",
    "syringes",
    "and",
    "or",
    "then", // es
    "por",
    "día",
    "dia",
    "días",
    "dias",
    "diario",
    "diaria",
    "cada",
    "vez",
    "veces",
    "dos",
    "y",
    "o",
    "dosis",
    "jeringa",
    "jeringas", // fr
    "par",
    "jour",
    "jours",
    "fois",
    "deux",
    "tous",
    "chaque",
    "quotidien",
    "et",
    "ou",
    "seringue",
    "seringues",
    // de
    "pro",
    "tag",
    "tage",
    "täglich",
    "taeglich",
    "einmal",
    "zweimal",
    "jeden",
    "alle",
    "und",
    "oder",
    "dosis",
    "spritze",
    "spritzen",
    // where and when, as prescriptions say it ("s.c.", "morgens")
    "s",
    "c",
    "sc",
    "sq",
    "subcut",
    "qd",
    "od",
    "bid",
    "am",
    "pm",
    "morning",
    "evening",
    "night",
    "mañana",
    "tarde",
    "noche",
    "matin",
    "soir",
    "morgens",
    "abends",
    "früh",
];

impl PrescribedDose {
    /// Takes the nurse's text if it reads as a dose: at most [`DOSE_MAX_CHARS`] characters of
    /// digits, spaces, `. , / - + = ( ) : ; % ×` and the dose words. Never changes the numbers.
    pub fn parse(text: &str) -> Result<Self, DoseError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DoseError::Empty);
        }
        if text.chars().count() > DOSE_MAX_CHARS {
            return Err(DoseError::TooLong);
        }
        let mut word = String::new();
        let mut digits = 0;
        let mut unit = false;
        // "01/02/1950", "1.2.50": three numbers joined by / or . read as a date.
        let date_like = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .any(|t| {
                t.split(['/', '.', '-'])
                    .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                    .count()
                    >= 3
            });
        if date_like {
            return Err(DoseError::NotADose);
        }
        for c in text.chars().chain(std::iter::once(' ')) {
            digits = if c.is_ascii_digit() { digits + 1 } else { 0 };
            if digits > DOSE_MAX_DIGITS {
                return Err(DoseError::NotADose);
            }
            if c.is_alphabetic() || c == 'µ' {
                word.extend(c.to_lowercase());
                continue;
            }
            if !word.is_empty() {
                if !DOSE_WORDS.contains(&word.as_str()) {
                    return Err(DoseError::NotADose);
                }
                unit |= DOSE_UNITS.contains(&word.as_str());
                word.clear();
            }
            let allowed = c.is_ascii_digit() || " .,/-+=():;%×".contains(c);
            if !allowed {
                return Err(DoseError::NotADose);
            }
        }
        if !unit {
            return Err(DoseError::NotADose);
        }
        Ok(Self(text.to_owned()))
    }

    /// The text as the nurse typed it (trimmed).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One topic's teach-back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TopicRecord {
    pub result: Option<TopicResult>,
    /// Chosen notes, in [`NoteTag::ALL`] order.
    pub notes: Vec<NoteTag>,
}

/// The set-up the nurse fills in before teaching.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    pub region: Option<Region>,
    pub indication: Option<Indication>,
    pub syringe: Option<SyringeUse>,
    pub dose: Option<PrescribedDose>,
}

impl Setup {
    /// Whether teaching can start: everything chosen, and an indication of the chosen region.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        match (self.region, self.indication) {
            (Some(r), Some(i)) => {
                Indication::for_region(r).contains(&i) && self.syringe.is_some() && self.dose.is_some()
            }
            _ => false,
        }
    }
}

/// The teaching topics: every lesson, in order.
pub const TOPICS: [SectionId; 7] = SectionId::ALL;

/// A whole bedside session, in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeachSession {
    setup: Setup,
    /// One per topic of [`TOPICS`].
    topics: [TopicRecord; 7],
    /// Return demonstration: the result per step, keyed by the step's place in the region's
    /// full step list (see [`checklist`]).
    steps: BTreeMap<usize, StepResult>,
    plan: BTreeMap<Zone, PlanMark>,
    /// Something changed since the summary was last saved (or nothing was ever entered).
    unsaved: bool,
}

impl TeachSession {
    #[must_use]
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Chooses the label region. A change of region clears what depended on it: the
    /// indication (each region has its own list) and the return demonstration (its steps).
    pub fn set_region(&mut self, region: Region) {
        if self.setup.region != Some(region) {
            self.setup.region = Some(region);
            self.setup.indication = None;
            self.steps.clear();
            self.unsaved = true;
        }
    }

    /// Chooses the indication; one not on the chosen region's list is ignored.
    pub fn set_indication(&mut self, indication: Indication) {
        if self.setup.indication != Some(indication)
            && self
                .setup
                .region
                .is_some_and(|r| Indication::for_region(r).contains(&indication))
        {
            self.setup.indication = Some(indication);
            self.unsaved = true;
        }
    }

    /// How much of a syringe a dose is (the steps that no longer apply are left out of the
    /// demonstration and the summary; their results come back if the choice does).
    pub fn set_syringe(&mut self, syringe: SyringeUse) {
        if self.setup.syringe != Some(syringe) {
            self.setup.syringe = Some(syringe);
            self.unsaved = true;
        }
    }

    /// Takes the dose as typed, or says why not (the old dose is kept then).
    pub fn set_dose(&mut self, text: &str) -> Result<(), DoseError> {
        let dose = PrescribedDose::parse(text)?;
        if self.setup.dose.as_ref() != Some(&dose) {
            self.setup.dose = Some(dose);
            self.unsaved = true;
        }
        Ok(())
    }

    /// The record of topic `n` (0-based), if there is one.
    #[must_use]
    pub fn topic(&self, n: usize) -> Option<&TopicRecord> {
        self.topics.get(n)
    }

    /// Sets or clears (`None`) a topic's result.
    pub fn set_result(&mut self, n: usize, result: Option<TopicResult>) {
        if let Some(t) = self.topics.get_mut(n)
            && t.result != result
        {
            t.result = result;
            self.unsaved = true;
        }
    }

    /// Turns a note on a topic on or off.
    pub fn toggle_note(&mut self, n: usize, note: NoteTag) {
        if let Some(t) = self.topics.get_mut(n) {
            if let Some(i) = t.notes.iter().position(|x| *x == note) {
                t.notes.remove(i);
            } else {
                t.notes.push(note);
                t.notes.sort();
            }
            self.unsaved = true;
        }
    }

    /// The result of step `index` of the region's step list.
    #[must_use]
    pub fn step(&self, index: usize) -> Option<StepResult> {
        self.steps.get(&index).copied()
    }

    /// Sets or clears a step's result.
    pub fn set_step(&mut self, index: usize, result: Option<StepResult>) {
        if self.step(index) == result {
            return;
        }
        match result {
            Some(r) => self.steps.insert(index, r),
            None => self.steps.remove(&index),
        };
        self.unsaved = true;
    }

    /// The plan for an area, if any.
    #[must_use]
    pub fn plan(&self, zone: Zone) -> Option<PlanMark> {
        self.plan.get(&zone).copied()
    }

    /// Every area with a plan.
    pub fn planned(&self) -> impl Iterator<Item = (Zone, PlanMark)> + '_ {
        self.plan.iter().map(|(z, m)| (*z, *m))
    }

    /// Sets or clears an area's plan.
    pub fn set_plan(&mut self, zone: Zone, mark: Option<PlanMark>) {
        if self.plan(zone) == mark {
            return;
        }
        match mark {
            Some(m) => self.plan.insert(zone, m),
            None => self.plan.remove(&zone),
        };
        self.unsaved = true;
    }

    /// Whether the nurse entered anything that a saved summary does not hold yet.
    #[must_use]
    pub fn has_unsaved_work(&self) -> bool {
        self.unsaved
    }

    /// The summary was saved: nothing is lost by starting over now.
    pub fn mark_saved(&mut self) {
        self.unsaved = false;
    }

    /// How many topics have a result.
    #[must_use]
    pub fn topics_done(&self) -> usize {
        self.topics.iter().filter(|t| t.result.is_some()).count()
    }

    /// The data of the summary, in teaching order, with the steps of `content` for the region.
    #[must_use]
    pub fn summary<'c>(&self, content: &'c Content) -> Summary<'c> {
        let region = self.setup.region;
        let topics = TOPICS
            .iter()
            .zip(&self.topics)
            .map(|(id, rec)| TopicSummary {
                id: *id,
                result: rec.result,
                notes: rec.notes.clone(),
                key_points: region.map(|r| key_points(content, *id, r)).unwrap_or_default(),
            })
            .collect();
        let practice = region
            .map(|r| {
                checklist(content, r, self.setup.syringe)
                    .into_iter()
                    .filter(|(i, _)| self.step(*i) == Some(StepResult::NeedsPractice))
                    .map(|(_, b)| b)
                    .collect()
            })
            .unwrap_or_default();
        let steps = region
            .map(|r| {
                let list = checklist(content, r, self.setup.syringe);
                let shown = list
                    .iter()
                    .filter(|(i, _)| self.step(*i) == Some(StepResult::Shown))
                    .count();
                (shown, list.len())
            })
            .unwrap_or_default();
        Summary {
            setup: self.setup.clone(),
            topics,
            practice,
            steps_shown: steps.0,
            steps_total: steps.1,
            plan: self.plan.iter().map(|(z, m)| (*z, *m)).collect(),
        }
    }
}

/// The key points a good answer to a topic's question contains: the lesson's own key points
/// for the region (the same verified, sourced texts the lesson shows).
#[must_use]
pub fn key_points(content: &Content, topic: SectionId, region: Region) -> Vec<&Block> {
    content
        .section(topic)
        .map(|s| {
            s.visible(Some(region))
                .filter(|b| matches!(b.kind, BlockKind::Key))
                .collect()
        })
        .unwrap_or_default()
}

/// Message ids of the steps that belong to a dose of part of a syringe (EU leaflet): in the
/// return demonstration only when the dose is not the whole syringe.
const PART_DOSE_STEPS: [&str; 3] = ["step-small-drop", "step-small-gauze", "step-small-wrong"];

/// The return-demonstration checklist for a region: the injection steps of that region's
/// lesson, each with its place in the full list (the key its result is kept under). For the
/// whole syringe the part-dose steps are left out; otherwise (or before the nurse chose) they
/// are part of it.
#[must_use]
pub fn checklist(content: &Content, region: Region, syringe: Option<SyringeUse>) -> Vec<(usize, &Block)> {
    content
        .section(SectionId::Steps)
        .map(|s| {
            s.visible(Some(region))
                .filter(|b| matches!(b.kind, BlockKind::Step(_)))
                .enumerate()
                .filter(|(_, b)| syringe != Some(SyringeUse::Whole) || !PART_DOSE_STEPS.contains(&b.msg.as_str()))
                .collect()
        })
        .unwrap_or_default()
}

/// The message id of a topic's teach-back question: one open question, the patient explains
/// or shows (the same in both regions; none gives the answer away, such as a phone number).
#[must_use]
pub fn question_msg(topic: SectionId) -> String {
    format!("teach-q-{}", topic.slug())
}

/// One topic as the summary shows it.
#[derive(Clone, Debug)]
pub struct TopicSummary<'c> {
    pub id: SectionId,
    pub result: Option<TopicResult>,
    pub notes: Vec<NoteTag>,
    pub key_points: Vec<&'c Block>,
}

/// Everything the summary page shows, drawn from the session and the content only.
#[derive(Clone, Debug)]
pub struct Summary<'c> {
    pub setup: Setup,
    pub topics: Vec<TopicSummary<'c>>,
    /// Steps the patient needs to practise, in order.
    pub practice: Vec<&'c Block>,
    pub steps_shown: usize,
    pub steps_total: usize,
    pub plan: Vec<(Zone, PlanMark)>,
}

impl Summary<'_> {
    /// The topics to go over again: marked "needs review", or not reached.
    pub fn to_review(&self) -> impl Iterator<Item = &TopicSummary<'_>> {
        self.topics.iter().filter(|t| t.result != Some(TopicResult::Understood))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        Content::embedded()
    }

    #[test]
    fn a_dose_as_prescribers_write_it_is_taken_word_for_word() {
        for text in [
            "100 mg",
            "2 mg/kg, 40 mg",
            "1-2 mg/kg daily",
            "100 mg once a day",
            "40 mg = 2 mg/kg",
            "100 mg every other day",
            "100 mg pro Tag",
            "1 x täglich 100 mg",
            "100 mg par jour",
            "100 mg cada día",
            "0,4 ml (60 mg)",
            "100 mg s.c. morgens",
            "40 mg SC once daily",
        ] {
            let dose = PrescribedDose::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert_eq!(dose.as_str(), text, "the app shows the dose exactly as typed");
        }
    }

    #[test]
    fn names_birth_dates_and_record_numbers_do_not_fit_in_the_dose() {
        for text in [
            "Maria Lopez",
            "100 mg for John",
            "Mr Smith 100 mg",
            "born 1950",
            "DOB 01/02/1950 Jean",
            "MRN: A1234567",
            "patient Anna",
            "Al",
            "Per Olsen",
            "100 mg @home",
            "01/02/1950",
            "100 mg 1.2.1950",
            "4711 0815 2231",
            "100 mg 123456",
            "Tarde",
            "Day",
        ] {
            assert!(PrescribedDose::parse(text).is_err(), "'{text}' must be refused");
        }
        assert_eq!(PrescribedDose::parse("  "), Err(DoseError::Empty));
        assert_eq!(PrescribedDose::parse(&"1".repeat(41)), Err(DoseError::TooLong));
    }

    #[test]
    fn the_indication_list_follows_the_region_of_the_fact_sheet() {
        let us = Indication::for_region(Region::Us);
        assert!(us.contains(&Indication::Nomid) && us.contains(&Indication::Dira));
        // Not FDA-approved: COVID-19; EU-only: FMF, Still's, all of CAPS.
        for i in [Indication::Covid, Indication::Fmf, Indication::Still, Indication::Caps] {
            assert!(!us.contains(&i), "{i:?} is not a US indication");
        }
        let eu = Indication::for_region(Region::Eu);
        assert!(!eu.contains(&Indication::Dira), "DIRA is not an EU indication");
        assert!(eu.contains(&Indication::Covid));
    }

    #[test]
    fn changing_region_clears_the_indication_and_the_demonstration() {
        let c = content();
        let mut s = TeachSession::default();
        s.set_region(Region::Eu);
        s.set_indication(Indication::Fmf);
        let (first, _) = checklist(&c, Region::Eu, None)[0];
        s.set_step(first, Some(StepResult::Shown));
        s.set_region(Region::Us);
        assert_eq!(s.setup().indication, None, "FMF is not on the US list");
        assert_eq!(s.step(first), None, "the US steps are other steps");
        s.set_indication(Indication::Fmf);
        assert_eq!(s.setup().indication, None, "an indication of another region is ignored");
    }

    #[test]
    fn setup_is_complete_only_with_everything_chosen() {
        let mut s = TeachSession::default();
        assert!(!s.setup().is_complete());
        s.set_region(Region::Us);
        s.set_indication(Indication::Ra);
        s.set_syringe(SyringeUse::Whole);
        assert!(!s.setup().is_complete(), "the dose is missing");
        assert_eq!(s.set_dose("Jane"), Err(DoseError::NotADose));
        assert!(!s.setup().is_complete());
        s.set_dose("100 mg").expect("a dose");
        assert!(s.setup().is_complete());
    }

    #[test]
    fn eu_part_doses_have_the_gauze_steps_and_whole_doses_do_not() {
        let c = content();
        let msgs = |syringe| -> Vec<String> {
            checklist(&c, Region::Eu, Some(syringe))
                .into_iter()
                .map(|(_, b)| b.msg.clone())
                .collect()
        };
        let part = msgs(SyringeUse::Part);
        let whole = msgs(SyringeUse::Whole);
        for step in PART_DOSE_STEPS {
            assert!(part.iter().any(|m| m == step), "{step} is practised for a part dose");
            assert!(!whole.iter().any(|m| m == step), "{step} is not for a whole syringe");
        }
        assert_eq!(part.len(), whole.len() + PART_DOSE_STEPS.len());
        // The US list has its own steps and never the EU gauze steps.
        let us: Vec<String> = checklist(&c, Region::Us, Some(SyringeUse::Part))
            .into_iter()
            .map(|(_, b)| b.msg.clone())
            .collect();
        assert!(us.iter().any(|m| m == "step-dose-us"));
        assert!(!us.iter().any(|m| PART_DOSE_STEPS.contains(&m.as_str())));
    }

    #[test]
    fn every_topic_has_key_points_in_both_regions() {
        let c = content();
        for region in Region::ALL {
            for topic in TOPICS {
                assert!(!key_points(&c, topic, region).is_empty(), "{topic:?} in {region:?}");
            }
        }
    }

    #[test]
    fn the_summary_lists_results_review_items_and_steps_to_practise() {
        let c = content();
        let mut s = TeachSession::default();
        s.set_region(Region::Eu);
        s.set_syringe(SyringeUse::Part);
        s.set_result(0, Some(TopicResult::Understood));
        s.set_result(2, Some(TopicResult::NeedsReview));
        s.toggle_note(2, NoteTag::ShowAgain);
        s.toggle_note(2, NoteTag::CarerHelps);
        s.toggle_note(2, NoteTag::ShowAgain);
        let list = checklist(&c, Region::Eu, Some(SyringeUse::Part));
        s.set_step(list[0].0, Some(StepResult::Shown));
        s.set_step(list[3].0, Some(StepResult::NeedsPractice));
        s.set_plan(Zone::ALL[0], Some(PlanMark::Avoid));
        let sum = s.summary(&c);
        assert_eq!(sum.topics.len(), 7);
        assert_eq!(
            sum.topics[2].notes,
            vec![NoteTag::CarerHelps],
            "a note clicked twice is off"
        );
        let review: Vec<SectionId> = sum.to_review().map(|t| t.id).collect();
        assert!(!review.contains(&TOPICS[0]), "understood is not to review");
        assert!(
            review.contains(&TOPICS[2]) && review.contains(&TOPICS[6]),
            "review and skipped topics"
        );
        assert_eq!(sum.practice.len(), 1);
        assert_eq!(sum.practice[0].msg, list[3].1.msg);
        assert_eq!((sum.steps_shown, sum.steps_total), (1, list.len()));
        assert_eq!(sum.plan, vec![(Zone::ALL[0], PlanMark::Avoid)]);
    }

    proptest::proptest! {
        /// Whatever a nurse types, a word that is not a unit or a dose word (a name, a place,
        /// a record number with letters) never gets into the session.
        #[test]
        fn no_field_of_a_session_can_hold_a_name(name in "[A-Z][a-z]{1,12}", dose in "[0-9]{1,3} mg") {
            proptest::prop_assume!(!DOSE_WORDS.contains(&name.to_lowercase().as_str()));
            // The same session typed with two different names: if either name left a trace,
            // the two would differ.
            let session_typed_with = |who: &str| {
                let mut s = TeachSession::default();
                s.set_region(Region::Us);
                s.set_indication(Indication::Ra);
                s.set_syringe(SyringeUse::Whole);
                let refused = [who.to_owned(), format!("{dose} {who}"), format!("{who}: {dose}"), format!("{dose} ({who})")]
                    .iter()
                    .all(|typed| s.set_dose(typed).is_err());
                s.set_dose(&dose).expect("a dose");
                for n in 0..TOPICS.len() {
                    s.set_result(n, Some(TopicResult::NeedsReview));
                    s.toggle_note(n, NoteTag::ShowAgain);
                }
                (refused, s)
            };
            let (refused, with_name) = session_typed_with(&name);
            let (_, with_other) = session_typed_with("Qqxz");
            proptest::prop_assert!(refused, "a dose with '{}' in it was taken", name);
            proptest::prop_assert_eq!(with_name, with_other);
        }
    }

    #[test]
    fn saving_the_summary_clears_unsaved_work_until_the_next_change() {
        let mut s = TeachSession::default();
        assert!(!s.has_unsaved_work(), "a fresh session has nothing to lose");
        s.set_result(1, Some(TopicResult::Understood));
        assert!(s.has_unsaved_work());
        s.mark_saved();
        assert!(!s.has_unsaved_work());
        s.set_result(1, Some(TopicResult::Understood));
        s.set_syringe(SyringeUse::Part);
        s.set_syringe(SyringeUse::Part);
        assert!(s.has_unsaved_work(), "a new choice is unsaved work");
        s.mark_saved();
        s.set_syringe(SyringeUse::Part);
        s.set_result(1, Some(TopicResult::Understood));
        assert!(!s.has_unsaved_work(), "pressing what is already chosen changes nothing");
        s.set_plan(Zone::ALL[1], Some(PlanMark::Use));
        assert!(s.has_unsaved_work());
    }
}
