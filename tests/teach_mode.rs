//! What a nurse does in teach mode: set up the session, walk every topic with the keyboard and
//! mark each teach-back, tick the return demonstration, agree a site plan, save the summary,
//! and start over for the next patient with nothing of the last one left.

mod common;

use std::path::Path;
use std::process::Command as Process;

use common::{ask_to_close, harness_with, shows, window_commands};
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kineret_coach::app::{App, AppState, Mode, Screen, StartOptions};
use kineret_coach::content::Region;
use kineret_coach::content::SectionId;
use kineret_coach::i18n::I18n;
use kineret_coach::teach::{SyringeUse, TOPICS, TopicResult, checklist};
use kineret_coach::ui::teach::step_name;

fn teach_options(lang: &str, data_dir: Option<&Path>) -> StartOptions {
    StartOptions {
        mode: Some(Mode::Teach),
        lang: Some(lang.to_owned()),
        data_dir: data_dir.map(Path::to_path_buf),
        dialogs: false,
        ..StartOptions::default()
    }
}

/// Moves the keyboard focus to a control and presses Enter, as a nurse tabbing through would.
fn press(h: &mut Harness<'static, App>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Fills in the set-up (EU leaflet, rheumatoid arthritis, part of a syringe) and starts.
fn set_up(h: &mut Harness<'static, App>, tr: &I18n, dose: &str) {
    press(h, Role::Button, &tr.t("region-eu"));
    press(h, Role::Button, &tr.t("teach-ind-ra"));
    press(h, Role::Button, &tr.t("teach-syringe-part"));
    h.get_by_role_and_label(Role::TextInput, &tr.t("teach-setup-dose"))
        .focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &tr.t("teach-setup-dose"))
        .type_text(dose);
    h.run();
    press(h, Role::Button, &tr.t("teach-setup-start"));
}

#[test]
fn teach_mode_opens_on_the_set_up_with_no_notice_and_keeps_no_log() {
    let dir = tempfile::tempdir().expect("dir");
    let h = harness_with(teach_options("en", Some(dir.path())));
    let en = I18n::new("en");
    assert_eq!(h.state().screen(), Screen::TeachSetup);
    assert!(h.state().state().notices.is_empty(), "no 'not ready' notice");
    assert!(shows(&h, &en.t("teach-setup-title")));
    assert!(!shows(&h, &en.t("mode-not-ready")));
    // A nurse's laptop never gets a patient's injection log.
    assert!(!dir.path().join("injection-log.ron").exists());
    assert!(!h.state().session().is_stored(), "the log is kept in memory only");
    assert!(!h.state().policy().keeps_a_log());
}

#[test]
fn a_name_typed_as_the_dose_is_refused_at_the_field_and_teaching_does_not_start() {
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", None));
    set_up(&mut h, &en, "Maria Lopez");
    assert_eq!(
        h.state().screen(),
        Screen::TeachSetup,
        "no teaching without a real dose"
    );
    assert!(shows(&h, &en.t("teach-dose-words")), "the field says why");
    assert_eq!(h.state().state().teach.setup().dose, None, "the name is not kept");
}

#[test]
fn a_nurse_walks_every_topic_with_the_keyboard_and_makes_the_summary() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", Some(dir.path())));
    let dose = "2 mg/kg, 40 mg";
    set_up(&mut h, &en, dose);
    assert_eq!(h.state().screen(), Screen::TeachTopic(0));
    let shown_back = en.t_args("teach-dose-shown", &[("dose", dose.into())]);
    assert!(shows(&h, &shown_back), "the dose is shown back exactly as entered");

    for (n, id) in TOPICS.into_iter().enumerate() {
        assert_eq!(h.state().screen(), Screen::TeachTopic(n));
        let of = en.t_args("teach-topic-of", &[("n", (n + 1).into()), ("total", 7.into())]);
        // The progress line and the title are labels of their own (not only inside a chip's
        // name).
        assert!(h.query_by_label(&of).is_some(), "progress '{of}'");
        assert!(h.query_by_label(&en.t(&id.title_msg())).is_some(), "topic {n}'s title");
        // Every topic asks its own open question (never "Do you understand?").
        let q = kineret_coach::teach::question_msg(id);
        assert!(shows(&h, &en.t(&q)), "{q}");
        let result = if n == 2 {
            "teach-result-review"
        } else {
            "teach-result-understood"
        };
        press(&mut h, Role::Button, &en.t(result));
        let next = if n + 1 < TOPICS.len() {
            format!("{} ›", en.t("teach-next"))
        } else {
            format!("{} ›", en.t("teach-demo-title"))
        };
        press(&mut h, Role::Button, &next);
    }
    assert_eq!(h.state().screen(), Screen::TeachDemo);
    let teach = &h.state().state().teach;
    assert_eq!(teach.topics_done(), 7);
    assert_eq!(teach.topic(2).and_then(|t| t.result), Some(TopicResult::NeedsReview));

    // The return demonstration: the first step shown, the gauze step needs practice.
    let content = kineret_coach::content::Content::embedded();
    let list = checklist(&content, Region::Eu, Some(SyringeUse::Part));
    let label = |n: usize, result: &str| {
        format!(
            "{}: {}",
            en.t(result),
            step_name(&format!("{}. {}", n + 1, en.t(&list[n].1.msg)))
        )
    };
    press(&mut h, Role::Button, &label(0, "teach-step-shown"));
    let gauze = list
        .iter()
        .position(|(_, b)| b.msg == "step-small-gauze")
        .expect("the gauze step is in an EU part-dose demonstration");
    press(&mut h, Role::Button, &label(gauze, "teach-step-practice"));
    let summary = h.state().state().teach.summary(h.state().content());
    assert_eq!(summary.steps_shown, 1);
    assert_eq!(summary.practice.len(), 1);
    assert_eq!(summary.practice[0].msg, "step-small-gauze");

    // The site plan: keep away from the left thigh.
    press(&mut h, Role::Button, &format!("{} ›", en.t("teach-plan-title")));
    let left_thigh = en.t("zone-left_thigh");
    press(
        &mut h,
        Role::RadioButton,
        &format!("{left_thigh}: {}", en.t("teach-plan-avoid")),
    );

    press(&mut h, Role::Button, &format!("{} ›", en.t("teach-summary-title")));
    assert_eq!(h.state().screen(), Screen::TeachSummary);
    assert!(shows(&h, &en.t("teach-result-review")));
    press(&mut h, Role::Button, &en.t("teach-summary-save"));
    let pdf = std::fs::read_dir(dir.path().join("exports"))
        .expect("exports folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .expect("the summary PDF in the data folder");
    assert!(!h.state().state().teach.has_unsaved_work(), "saved");

    let text = pdf_text(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&shown_back), "the PDF shows the dose as entered:\n{text}");
    for (n, id) in TOPICS.into_iter().enumerate() {
        let result = if n == 2 {
            "teach-result-review"
        } else {
            "teach-result-understood"
        };
        let line = format!("{}. {}: {}", n + 1, en.t(&id.title_msg()), en.t(result));
        assert!(flat.contains(&line), "the PDF has '{line}':\n{text}");
    }
    assert!(flat.contains(&en.t("help-now-call-eu")), "the EU emergency number");
    assert!(flat.contains(&en.t("help-key-infection-eu")), "the fever rule");
    assert!(flat.contains(&left_thigh), "the site plan names the area");
    assert_only_known_words(&flat, "en", dose);
}

/// Every word of the PDF comes from the app's texts in `lang`, the dose or the date: nothing
/// that was not in the session or the content.
fn assert_only_known_words(text: &str, lang: &str, dose: &str) {
    let mut known: std::collections::HashSet<String> = std::collections::HashSet::new();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for f in kineret_coach::i18n::embedded_files().filter(|f| f.lang == lang) {
        known.extend(words(f.text));
    }
    known.extend(words(dose));
    for w in words(text) {
        assert!(
            known.contains(&w) || w.chars().all(|c| c.is_ascii_digit()),
            "'{w}' is in the PDF but not in the session or the app's texts"
        );
    }
}

fn pdf_text(path: &Path) -> String {
    let out = Process::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn starting_over_after_a_saved_summary_leaves_a_fresh_teach_session() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", Some(dir.path())));
    press(&mut h, Role::Button, "Español");
    let es = I18n::new("es");
    set_up(&mut h, &es, "100 mg");
    press(&mut h, Role::Button, &es.t("teach-result-understood"));
    h.state_mut()
        .apply(kineret_coach::app::Command::Go(Screen::TeachSummary));
    h.run();
    press(&mut h, Role::Button, &es.t("teach-summary-save"));
    press(&mut h, Role::Button, &es.t("teach-finish"));
    assert_eq!(
        h.state().state(),
        &AppState::for_mode(Mode::Teach),
        "nothing of the patient is left"
    );
    assert_eq!(h.state().i18n().code(), "en", "the nurse's language again");
    assert_eq!(h.state().settings().region, None, "the region is asked again");
    assert!(shows(&h, &en.t("teach-setup-title")));
}

#[test]
fn unsaved_work_is_never_thrown_away_by_one_click() {
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", None));
    set_up(&mut h, &en, "100 mg");
    press(&mut h, Role::Button, &en.t("teach-result-review"));
    h.state_mut()
        .apply(kineret_coach::app::Command::Go(Screen::TeachSummary));
    h.run();
    press(&mut h, Role::Button, &en.t("teach-finish"));
    assert!(shows(&h, &en.t("teach-finish-ask")), "the nurse is asked first");
    assert_eq!(h.state().state().teach.topics_done(), 1, "nothing is gone yet");
    press(&mut h, Role::Button, &en.t("teach-finish-no"));
    assert_eq!(
        h.state().state().teach.topics_done(),
        1,
        "'Keep working' keeps everything"
    );
    assert!(!shows(&h, &en.t("teach-finish-ask")));
    press(&mut h, Role::Button, &en.t("teach-finish"));
    press(&mut h, Role::Button, &en.t("teach-finish-yes"));
    assert_eq!(h.state().state(), &AppState::for_mode(Mode::Teach));
}

#[test]
fn a_patient_at_home_can_be_taught_and_the_home_log_stays() {
    let en = I18n::new("en");
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        ..StartOptions::default()
    });
    press(&mut h, Role::Button, &en.t("teach-home-button"));
    assert_eq!(h.state().screen(), Screen::TeachSetup);
    set_up(&mut h, &en, "100 mg");
    press(&mut h, Role::Button, &en.t("teach-result-understood"));
    h.state_mut()
        .apply(kineret_coach::app::Command::Go(Screen::TeachSummary));
    h.run();
    press(&mut h, Role::Button, &en.t("teach-finish"));
    press(&mut h, Role::Button, &en.t("teach-finish-yes"));
    assert_eq!(h.state().screen(), Screen::Home, "back home");
    assert_eq!(h.state().state().teach.topics_done(), 0, "the teaching is forgotten");
    assert!(h.state().policy().keeps_a_log());
}

#[test]
fn a_kiosk_has_no_teaching() {
    let h = harness_with(StartOptions {
        mode: Some(Mode::Kiosk),
        lang: Some("en".into()),
        ..StartOptions::default()
    });
    let mut h = h;
    h.state_mut().apply(kineret_coach::app::Command::Go(Screen::TeachSetup));
    assert_ne!(h.state().screen(), Screen::TeachSetup);
    // Past the attract screen, on the kiosk's home: no "Teach a patient".
    h.state_mut()
        .apply(kineret_coach::app::Command::StartVisit("en".into()));
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    assert!(shows(&h, &I18n::new("en").t("home-learn")), "the kiosk's home is shown");
    assert!(!shows(&h, &I18n::new("en").t("teach-home-button")));
}

#[test]
fn the_steps_topic_shows_the_lesson_and_results_can_be_taken_back() {
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", None));
    set_up(&mut h, &en, "40 mg");
    h.state_mut()
        .apply(kineret_coach::app::Command::Go(Screen::TeachTopic(1)));
    h.run();
    assert!(shows(&h, &en.t(&SectionId::Steps.title_msg())));
    assert!(shows(&h, &en.t("steps-key-small-eu")), "the EU part-dose key point");
    press(&mut h, Role::Button, &en.t("teach-result-understood"));
    assert_eq!(
        h.state().state().teach.topic(1).and_then(|t| t.result),
        Some(TopicResult::Understood)
    );
    press(&mut h, Role::Button, &en.t("teach-result-understood"));
    assert_eq!(
        h.state().state().teach.topic(1).and_then(|t| t.result),
        None,
        "a second press takes it back"
    );
    // The lesson under the question has no way home: the nurse stays in the session.
    assert!(h.query_by_label(&format!("‹ {}", en.t("nav-back-home"))).is_none());
}

#[test]
fn tapping_an_area_on_the_plan_map_moves_its_plan_on() {
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", None));
    set_up(&mut h, &en, "100 mg");
    h.state_mut().apply(kineret_coach::app::Command::Go(Screen::TeachPlan));
    h.run();
    let thigh = en.t("zone-left_thigh");
    let zone = kineret_coach::body_map::model::Zone::LeftThigh;
    for (word, expected) in [
        ("teach-plan-clear", Some(kineret_coach::teach::PlanMark::Use)),
        ("teach-plan-use", Some(kineret_coach::teach::PlanMark::Avoid)),
        ("teach-plan-avoid", None),
    ] {
        // The area on the map is named with its plan, so a screen reader hears it too.
        let name = en.t_args(
            "teach-plan-map-area",
            &[("area", thigh.clone().into()), ("plan", en.t(word).into())],
        );
        h.get_by_role_and_label(Role::Button, &name).click();
        h.run();
        assert_eq!(h.state().state().teach.plan(zone), expected, "after '{word}'");
    }
}

#[test]
fn closing_the_window_mid_session_asks_first_and_closes_only_when_told() {
    let en = I18n::new("en");
    let mut h = harness_with(teach_options("en", None));
    // Nothing entered yet: the window closes at once.
    ask_to_close(&mut h);
    assert!(
        !window_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "nothing refused"
    );
    h.run();
    assert!(!shows(&h, &en.t("teach-close-ask")), "nothing to lose, nothing to ask");
    set_up(&mut h, &en, "100 mg");
    ask_to_close(&mut h);
    assert!(
        window_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "the close is refused"
    );
    h.run();
    assert!(
        shows(&h, &en.t("teach-close-ask")),
        "the nurse is asked before the session is lost"
    );
    press(&mut h, Role::Button, &en.t("teach-finish-no"));
    assert!(!shows(&h, &en.t("teach-close-ask")));
    assert!(
        h.state().state().teach.setup().is_complete(),
        "Keep working keeps the session"
    );
    ask_to_close(&mut h);
    h.run();
    h.get_by_role_and_label(Role::Button, &en.t("teach-close-yes")).click();
    let mut closed = false;
    for _ in 0..3 {
        h.step();
        closed |= window_commands(&h).contains(&egui::ViewportCommand::Close);
    }
    assert!(closed, "'Close without saving' closes the window");
}

#[test]
fn at_home_the_plans_areas_to_avoid_go_into_the_patients_log_and_never_on_a_nurses_laptop() {
    use kineret_coach::body_map::model::Zone;
    use kineret_coach::teach::PlanMark;
    let en = I18n::new("en");
    let zone = Zone::ALL[0];
    let avoid_name = format!(
        "{}: {}",
        en.t(&kineret_coach::i18n::ids::zone(zone)),
        en.t("teach-plan-avoid")
    );
    let plan_and_summary = |h: &mut Harness<'static, App>| {
        h.state_mut().apply(kineret_coach::app::Command::Go(Screen::TeachPlan));
        h.run();
        h.get_by_role_and_label(Role::RadioButton, &avoid_name).click();
        h.run();
        assert_eq!(h.state().state().teach.plan(zone), Some(PlanMark::Avoid));
        h.state_mut()
            .apply(kineret_coach::app::Command::Go(Screen::TeachSummary));
        h.run();
    };

    // On the nurse's laptop (teach mode) there is no log to put the plan in.
    let mut nurse = harness_with(teach_options("en", None));
    set_up(&mut nurse, &en, "100 mg");
    plan_and_summary(&mut nurse);
    assert!(!shows(&nurse, &en.t("teach-plan-save-log")));

    // At home, the patient's own app: one press, and the site map keeps away from the area.
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        ..StartOptions::default()
    });
    press(&mut h, Role::Button, &en.t("teach-home-button"));
    set_up(&mut h, &en, "100 mg");
    plan_and_summary(&mut h);
    let now = jiff::Timestamp::now();
    assert_eq!(
        kineret_coach::rotation::suggest(now, h.state().session().log()).map(|s| s.zone),
        Some(zone)
    );
    press(&mut h, Role::Button, &en.t("teach-plan-save-log"));
    let marks = &h.state().session().log().area_marks;
    assert_eq!(marks.len(), 1);
    assert_eq!(
        (marks[0].zone, marks[0].expires),
        (zone, None),
        "kept away until the patient says otherwise"
    );
    assert!(shows(&h, &en.t("teach-plan-in-log")), "the summary says it is done");
    assert!(
        h.query_by_label(&en.t("teach-plan-save-log")).is_none(),
        "and offers it no more"
    );
    let later = jiff::Timestamp::now();
    assert!(kineret_coach::rotation::suggest(later, h.state().session().log()).is_some_and(|s| s.zone != zone));
}
