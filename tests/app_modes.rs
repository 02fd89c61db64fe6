//! The three modes share one app: a kiosk forgets everything on reset and can never reach a
//! file, and notices follow the language. What a clinic or a patient would notice if these broke.

mod common;

use common::{harness_with, shows};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::app::{App, AppState, Command, LogCommand, Mode, Screen, StartOptions};
use kineret_coach::body_map::model::Zone;
use kineret_coach::content::{Region, SectionId};
use kineret_coach::i18n::I18n;

fn kiosk_options(data_dir: Option<std::path::PathBuf>) -> StartOptions {
    StartOptions {
        mode: Some(Mode::Kiosk),
        lang: Some("en".into()),
        region: Some(Region::Eu),
        data_dir,
        ..StartOptions::default()
    }
}

/// Every label and value on the screen.
fn all_text(h: &Harness<'_, App>) -> Vec<String> {
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect()
}

#[test]
fn a_kiosk_after_its_reset_is_exactly_a_fresh_kiosk() {
    let mut h = harness_with(kiosk_options(None));
    let fresh_state = h.state().state().clone();
    let fresh_settings = h.state().settings().clone();
    // A visitor uses it: a lesson, a step, the map with a chosen spot, German, big text, contrast.
    for c in [
        Command::Go(Screen::Section(SectionId::Steps)),
        Command::ShowStep(3),
        Command::Go(Screen::BodyMap),
        Command::Log(LogCommand::ChooseInZone(Zone::LeftThigh)),
        Command::SetLanguage("de".into()),
        Command::SetRegion(Region::Us),
        Command::TextSize(3),
        Command::SetHighContrast(true),
        Command::SetMapDays(90),
    ] {
        h.state_mut().apply(c);
        h.run();
    }
    h.state_mut().apply(Command::DismissNotice);
    h.run();
    // Focus something, so egui's memory holds the visitor's traces too.
    h.key_press(egui::Key::Tab);
    h.run();
    let ctx = h.ctx.clone();
    assert!(
        ctx.memory(|m| m.focused().is_some()),
        "something has focus before the reset"
    );
    // Widget state egui keeps for the visitor (scroll offsets, open menus, typed text) lives in
    // its memory; a marker stands for all of it.
    let marker = egui::Id::NULL.with("visitor-was-here");
    ctx.data_mut(|d| d.insert_persisted(marker, 42_u32));
    assert_ne!(h.state().state(), &fresh_state, "the visitor changed the state");
    assert_eq!(h.state().i18n().code(), "de");

    h.state_mut().push(Command::ResetEverything);
    h.run();
    h.run();
    assert_eq!(
        h.state().state(),
        &fresh_state,
        "screen, step, choice, forms, notices all fresh"
    );
    assert_eq!(
        h.state().settings(),
        &fresh_settings,
        "language, region, text size, contrast as at start"
    );
    assert_eq!(h.state().i18n().code(), "en");
    assert!(h.state().session().log().entries.is_empty());
    assert!(ctx.memory(|m| m.focused().is_none()), "nothing keeps the focus");
    assert_eq!(
        ctx.data_mut(|d| d.get_persisted::<u32>(marker)),
        None,
        "egui's memory was cleared"
    );
    assert!(
        (ctx.zoom_factor() - kineret_coach::app::KIOSK_TEXT_SCALE).abs() < 1e-6,
        "the text size is back to normal on screen"
    );
    assert_eq!(h.state().screen(), Screen::Attract, "back to the attract screen");
    assert!(
        shows(&h, &I18n::new("en").t("kiosk-start")),
        "the attract screen, in English"
    );

    // And it equals a kiosk started afresh.
    let other = App::new(&egui::Context::default(), None, &kiosk_options(None));
    assert_eq!(h.state().state(), other.state());
    assert_eq!(h.state().settings(), other.settings());
}

#[test]
fn a_kiosk_shows_no_export_import_save_or_path_on_any_screen_and_touches_no_file() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    // Even when a data folder is passed, the kiosk never uses it.
    let mut h = harness_with(kiosk_options(Some(dir.path().to_path_buf())));
    let forbidden: Vec<String> = [
        "export-csv",
        "export-pdf",
        "import-csv",
        "export-title",
        "log-save",
        "log-save-anyway",
        "history-title",
        "log-dose",
        "mark-avoid",
    ]
    .iter()
    .map(|id| en.t(id))
    .collect();
    let dir_text = dir.path().display().to_string();
    let mut screens = vec![Screen::Home, Screen::BodyMap];
    screens.extend(SectionId::ALL.map(Screen::Section));
    for screen in screens {
        h.state_mut().apply(Command::Go(screen));
        h.run();
        if screen == Screen::BodyMap {
            zone_click(&mut h, Zone::RightThigh);
        }
        assert_eq!(h.state().screen(), screen);
        for text in all_text(&h) {
            for f in &forbidden {
                assert!(!text.contains(f.as_str()), "{screen:?} shows '{f}' in '{text}'");
            }
            assert!(!text.contains(&dir_text), "{screen:?} shows a path: {text}");
            for ext in [".ron", ".csv", ".pdf", "/home/", "/tmp/"] {
                assert!(!text.contains(ext), "{screen:?} shows a path-like text: {text}");
            }
        }
    }
    // The log screen does not exist here.
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    assert_ne!(h.state().screen(), Screen::History);
    // Commands that would touch files or the log do nothing at all.
    let before = h.state().state().clone();
    for c in [
        LogCommand::ExportCsv,
        LogCommand::ExportPdf {
            period: kineret_coach::report::ReportPeriod::LastDays(30),
        },
        LogCommand::ImportCsv,
        LogCommand::Save,
        LogCommand::SetRestDays(21),
    ] {
        h.state_mut().apply(Command::Log(c));
    }
    h.run();
    assert_eq!(h.state().state().notices, before.notices, "no notice, no path");
    assert!(h.state().session().log().entries.is_empty(), "nothing was logged");
    assert_eq!(h.state().session().log().rest_days, 14);
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(left.is_empty(), "the kiosk created nothing in the folder: {left:?}");
}

fn zone_click(h: &mut Harness<'static, App>, zone: Zone) {
    let name = I18n::new("en").t(&kineret_coach::i18n::ids::zone(zone));
    let prefix = format!("{name}.");
    h.get_by(move |n| n.role() == egui::Role::Button && n.label().is_some_and(|l| l.starts_with(&prefix)))
        .click();
    h.run();
    assert!(
        h.state().state().choice.spot.is_some(),
        "a visitor can still try the map"
    );
}

#[test]
fn a_notice_switches_language_with_the_app() {
    let en = I18n::new("en");
    let de = I18n::new("de");
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        region: Some(Region::Eu),
        ..StartOptions::default()
    });
    h.state_mut().apply(Command::Go(Screen::BodyMap));
    h.state_mut()
        .apply(Command::Log(LogCommand::ChooseInZone(Zone::LeftArm)));
    h.run();
    h.get_by_label(&en.t("log-dose")).click();
    h.run();
    h.get_by_label(&en.t("log-dose")).type_text("100 mg");
    h.run();
    h.state_mut().apply(Command::Log(LogCommand::Save));
    h.run();
    let notice = h.state().state().notices.last().expect("a notice").clone();
    assert_eq!(notice.id(), "log-saved");
    assert!(shows(&h, &notice.text(&en)), "the banner says it in English");
    h.state_mut().apply(Command::SetLanguage("de".into()));
    h.run();
    let german = notice.text(&de);
    assert!(german.contains(&de.t("zone-left_arm")), "{german}");
    assert!(shows(&h, &german), "the same banner now reads in German");
    assert!(!shows(&h, &notice.text(&en)));
}

#[test]
fn at_home_without_a_file_window_exports_go_to_the_data_folder_and_import_is_not_offered() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        data_dir: Some(dir.path().to_path_buf()),
        ..StartOptions::default()
    });
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    assert!(
        h.query_by_label(&en.t("import-csv")).is_none(),
        "no import without a file window"
    );
    let shared_exports = std::env::temp_dir().join("exports");
    let listing = || -> Vec<std::path::PathBuf> {
        let mut v: Vec<_> = std::fs::read_dir(&shared_exports)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    let shared_before = listing();
    h.get_by_label(&en.t("export-csv")).click();
    h.run();
    let exports = dir.path().join("exports");
    let files: Vec<_> = std::fs::read_dir(&exports).expect("exports folder").flatten().collect();
    assert_eq!(files.len(), 1, "one CSV in the data folder's exports");
    assert!(shows(&h, &exports.display().to_string()), "the notice says where it is");
    assert_eq!(
        listing(),
        shared_before,
        "nothing was put in the shared temporary folder"
    );
}

#[test]
fn a_fresh_app_state_is_the_home_screen_with_nothing_typed_and_a_kiosk_its_attract_screen() {
    let s = AppState::for_mode(Mode::Home);
    assert_eq!(s.nav.screen, Screen::Home);
    assert!(s.notices.is_empty() && s.choice.spot.is_none() && s.forms.log.dose.is_empty());
    let kiosk = AppState::for_mode(Mode::Kiosk);
    assert_eq!(kiosk.nav.screen, Screen::Attract, "a kiosk opens on its attract screen");
    assert!(kiosk.notices.is_empty() && kiosk.pin_pad.is_none());
}

#[test]
fn an_import_in_the_window_names_each_rejected_row_and_conflict_by_line() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_with(StartOptions {
        mode: Some(Mode::Home),
        lang: Some("en".into()),
        region: Some(Region::Eu),
        data_dir: Some(dir.path().join("data")),
        ..StartOptions::default()
    });
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note\n\
         2026-05-01T08:00:00+02:00,left_thigh,8.0,33.0,100 mg,self,,,\n\
         2026-05-02T08:00:00+02:00,left_arm,1.0,2.0,100 mg,self,,,\n\
         2026-05-01T08:00:00+02:00,left_thigh,8.0,33.0,50 mg,self,,,\n",
    )
    .expect("write");
    h.state_mut().import_from(&csv);
    let notice = h.state().state().notices.last().expect("a notice").clone();
    assert_eq!(notice.kind, kineret_coach::app::notice::NoticeKind::Warning);
    let rows: Vec<String> = notice
        .msgs
        .iter()
        .filter(|m| m.id == "import-row")
        .map(|m| format!("{:?}", m.args))
        .collect();
    assert_eq!(rows.len(), 2, "{:?}", notice.msgs);
    assert!(
        rows[0].contains("\"3\"") && rows[0].contains("not inside"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains("\"4\"") && rows[1].contains("dose"), "{}", rows[1]);
    assert_eq!(h.state().session().log().entries.len(), 1);
}
