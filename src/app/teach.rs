//! Teach mode in the app layer: the commands of a bedside session and how they change the
//! [`TeachSession`](crate::teach::TeachSession). The session lives in memory only; the summary
//! is written only when the nurse saves it.

use crate::body_map::model::Zone;
use crate::content::Region;
use crate::teach::{Indication, NoteTag, PlanMark, StepResult, SyringeUse, TopicResult};

use super::notice::NoticeKind;
use super::state::{AppState, Screen, TeachForm};
use super::{App, Command, Mode, files};

/// Something the teaching screens ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeachCommand {
    /// "Teach a patient" on the home screen.
    Open,
    SetRegion(Region),
    SetIndication(Indication),
    SetSyringe(SyringeUse),
    /// Put this text in the dose field, as if typed (scripts, benchmarks).
    TypeDose(String),
    /// Take the typed dose and go to the first topic (or say at the field what is wrong).
    Start,
    SetResult(usize, Option<TopicResult>),
    ToggleNote(usize, NoteTag),
    SetStep(usize, Option<StepResult>),
    SetPlan(Zone, Option<PlanMark>),
    /// Write the summary PDF (dialog, or the data folder's exports).
    SaveSummary,
    /// At home: keep away from the plan's "avoid" areas in the patient's own log.
    SavePlanToLog,
    /// "Finish and start over": asks first when the summary is not saved.
    Finish,
    /// "Yes, start over".
    FinishConfirmed,
    /// "Keep working".
    KeepWorking,
    /// The window was asked to close while the summary is not saved: ask first.
    AskClose,
    /// "Close without saving".
    CloseAnyway,
}

impl App {
    pub(super) fn apply_teach(&mut self, command: TeachCommand) {
        if !self.policy.can_teach() {
            return;
        }
        let teach = &mut self.state.teach;
        match command {
            TeachCommand::Open => {
                // The patient's own language and leaflet come back when the teaching ends.
                self.settings_before_teaching = Some((self.settings.language.clone(), self.settings.region));
                self.apply(Command::Go(Screen::TeachSetup));
            }
            TeachCommand::SetRegion(region) => {
                teach.set_region(region);
                // The lessons shown to the patient follow the patient's leaflet.
                self.apply(Command::SetRegion(region));
            }
            TeachCommand::SetIndication(i) => teach.set_indication(i),
            TeachCommand::SetSyringe(s) => teach.set_syringe(s),
            TeachCommand::TypeDose(text) => self.state.teach_form.dose = text,
            TeachCommand::Start => {
                let form = &mut self.state.teach_form;
                // A dose that is refused is never replaced by the one before: teaching starts
                // only with what the field shows.
                let taken = match teach.set_dose(&form.dose) {
                    Ok(()) => {
                        form.dose_error = None;
                        true
                    }
                    Err(e) => {
                        form.dose_error = Some(e.msg());
                        false
                    }
                };
                if taken && teach.setup().is_complete() {
                    self.apply(Command::Go(Screen::TeachTopic(0)));
                }
            }
            TeachCommand::SetResult(n, r) => teach.set_result(n, r),
            TeachCommand::ToggleNote(n, note) => teach.toggle_note(n, note),
            TeachCommand::SetStep(i, r) => teach.set_step(i, r),
            TeachCommand::SetPlan(zone, mark) => teach.set_plan(zone, mark),
            TeachCommand::SaveSummary => self.save_summary(),
            TeachCommand::SavePlanToLog => {
                // Only where the app is the patient's own (home); a nurse's laptop keeps no log.
                if self.policy.keeps_a_log() {
                    let zones: Vec<Zone> = Zone::ALL
                        .into_iter()
                        .filter(|z| self.state.teach.plan(*z) == Some(PlanMark::Avoid))
                        .collect();
                    let n = self.session.keep_away_areas(&zones, 0, self.clock.now().timestamp());
                    self.notify(n);
                }
            }
            TeachCommand::Finish => {
                if teach.has_unsaved_work() {
                    self.state.teach_form.confirm_finish = true;
                } else {
                    self.start_over_teaching();
                }
            }
            TeachCommand::FinishConfirmed => self.start_over_teaching(),
            TeachCommand::KeepWorking => {
                self.state.teach_form.confirm_finish = false;
                self.state.teach_form.confirm_close = false;
            }
            TeachCommand::AskClose => self.state.teach_form.confirm_close = true,
            TeachCommand::CloseAnyway => {
                self.state.teach_form.confirm_close = false;
                self.close_anyway = true;
                self.close_now = true;
            }
        }
    }

    /// Whether a request to close the window must be asked about first: a teaching session
    /// whose summary is not saved would be lost.
    #[must_use]
    pub fn teaching_guards_close(&self) -> bool {
        self.policy.can_teach() && self.state.teach.has_unsaved_work() && !self.close_anyway
    }

    /// True once, right after "Close without saving": the window should close now.
    pub fn take_teach_close(&mut self) -> bool {
        std::mem::take(&mut self.close_now)
    }

    /// Forgets the session. In teach mode the whole app starts again as for the next patient
    /// (done in [`App::end_frame`], which has the egui context); at home only the teaching is
    /// forgotten and the home screen comes back.
    fn start_over_teaching(&mut self) {
        if self.policy.mode == Mode::Teach {
            self.reset_pending = true;
        } else {
            self.state.teach = crate::teach::TeachSession::default();
            self.state.teach_form = TeachForm::default();
            if let Some((language, region)) = self.settings_before_teaching.take() {
                if let Some(code) = language.as_deref() {
                    self.i18n.set_language(code);
                }
                self.settings.language = language;
                self.settings.region = region;
            }
            self.state.nav = AppState::default().nav;
            self.state.nav.scroll_to_top = true;
        }
    }

    fn save_summary(&mut self) {
        if !self.policy.can_export() {
            return;
        }
        let now = self.clock.now();
        let summary = self.state.teach.summary(&self.content);
        let bytes = crate::report::teach_summary_pdf(&summary, &self.content, &now, &self.i18n);
        let name = format!("kineret-teaching-summary-{}.pdf", now.strftime("%Y-%m-%d"));
        let notice = files::save_export(&self.policy.files, &name, files::PDF, &bytes);
        if notice.as_ref().is_some_and(|n| n.kind == NoticeKind::Success) {
            self.state.teach.mark_saved();
            self.state.teach_form.confirm_finish = false;
        }
        self.notify(notice);
    }
}
