//! The injection log as the care team reads it: one month at a time with buttons that say
//! which month they go to, filters for skin reactions and flagged injections, PDF reports of
//! any period, exports that never replace an earlier file, "Open folder" after saving, and a
//! success notice that does not push the page down.

mod common;

use common::{harness_with, shows};
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kineret_coach::app::{App, Clock, Command, LogCommand, NoticeAction, NoticeKind, Screen, StartOptions};
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::content::Region;
use kineret_coach::i18n::I18n;
use kineret_coach::log::model::{Entry, Flag, GivenBy, LogFile, Reaction, ReactionKind};

fn tz() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::fixed(jiff::tz::offset(1))
}

/// 20 November 2026, 10:00, one hour east of UTC.
fn now() -> jiff::Zoned {
    jiff::civil::date(2026, 11, 20)
        .at(10, 0, 0, 0)
        .to_zoned(tz())
        .expect("time")
}

fn at(month: i8, day: i8) -> jiff::Zoned {
    jiff::civil::date(2026, month, day)
        .at(8, 30, 0, 0)
        .to_zoned(tz())
        .expect("time")
}

fn entry(id: u64, when: jiff::Zoned, note: &str) -> Entry {
    Entry {
        id,
        at: when,
        zone: Zone::LeftThigh,
        point: PointCm::new(8.0, 33.0),
        dose: "100 mg".into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: note.into(),
        flags: vec![],
    }
}

/// September to November 2026: one with a skin reaction (7 Oct), one logged after a warning
/// (21 Oct), each with a note that names it.
fn log() -> LogFile {
    let mut log = LogFile::default();
    log.add_entry(entry(1, at(9, 12), "september shot"));
    let mut red = entry(2, at(10, 7), "october red");
    red.reaction = Some(Reaction {
        kinds: vec![ReactionKind::Redness],
        ..Reaction::default()
    });
    log.add_entry(red);
    let mut flagged = entry(3, at(10, 21), "october flagged");
    flagged.flags = vec![Flag::TooClose];
    log.add_entry(flagged);
    log.add_entry(entry(4, at(10, 25), "october plain"));
    log.add_entry(entry(5, at(11, 4), "november one"));
    log.add_entry(entry(6, at(11, 18), "november two"));
    log
}

fn log_screen(opts: StartOptions) -> Harness<'static, App> {
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        region: Some(Region::Us),
        clock: Clock::Fixed(now()),
        ..opts
    });
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    h
}

fn with_log() -> Harness<'static, App> {
    log_screen(StartOptions {
        log: Some(log()),
        ..StartOptions::default()
    })
}

fn has_button(h: &Harness<'_, App>, label: &str) -> bool {
    h.query_by_role_and_label(Role::Button, label).is_some()
}

#[test]
fn the_log_shows_one_month_and_named_buttons_page_to_the_next() {
    let en = I18n::new("en");
    let mut h = with_log();
    // The newest month first.
    assert!(
        shows(&h, "november one") && shows(&h, "november two"),
        "November's injections"
    );
    assert!(!shows(&h, "october plain"), "October waits behind its button");
    assert!(!has_button(&h, "…"), "no unlabelled \"…\" button");
    let back = "Go back one month, to October 2026";
    assert!(has_button(&h, back), "the button names the month it goes to");
    assert!(
        !has_button(&h, "Go ahead one month, to December 2026"),
        "no month after this one, which is today's"
    );
    h.get_by_role_and_label(Role::Button, back).click();
    h.run();
    assert!(shows(&h, "october plain") && shows(&h, "october red") && shows(&h, "october flagged"));
    assert!(!shows(&h, "november one"), "only October now");
    assert!(shows(&h, &en.month_year(2026, 10)));
    // On to September, then forward again.
    h.get_by_role_and_label(Role::Button, "Go back one month, to September 2026")
        .click();
    h.run();
    assert!(shows(&h, "september shot"));
    assert!(
        !has_button(&h, "Go back one month, to August 2026"),
        "nothing was logged before September"
    );
    h.get_by_role_and_label(Role::Button, "Go ahead one month, to October 2026")
        .click();
    h.run();
    assert!(shows(&h, "october plain") && !shows(&h, "september shot"));
}

#[test]
fn filters_show_only_reactions_or_only_flagged_injections() {
    let en = I18n::new("en");
    let mut h = with_log();
    h.get_by_role_and_label(Role::Button, "Go back one month, to October 2026")
        .click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, &en.t("history-filter-reactions"))
        .click();
    h.run();
    assert!(shows(&h, "october red"), "the injection with redness stays");
    assert!(!shows(&h, "october plain") && !shows(&h, "october flagged"));
    h.get_by_role_and_label(Role::CheckBox, &en.t("history-filter-reactions"))
        .click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, &en.t("history-filter-flagged"))
        .click();
    h.run();
    assert!(
        shows(&h, "october flagged"),
        "the injection logged after a warning stays"
    );
    assert!(!shows(&h, "october plain") && !shows(&h, "october red"));
    // November has no flagged injection: the page says so instead of staying blank.
    h.get_by_role_and_label(Role::Button, "Go ahead one month, to November 2026")
        .click();
    h.run();
    assert!(shows(&h, "No injections in November 2026 match what you picked."));
    assert!(!shows(&h, "november one"));
}

#[test]
fn two_exports_the_same_day_make_two_files_and_open_folder_is_offered() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    let mut h = log_screen(StartOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..StartOptions::default()
    });
    let exports = dir.path().join("exports");
    for _ in 0..2 {
        h.get_by_role_and_label(Role::Button, &en.t("export-pdf-whole")).click();
        h.run();
    }
    let mut names: Vec<String> = std::fs::read_dir(&exports)
        .expect("exports folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["kineret-log-2026-11-20-2.pdf", "kineret-log-2026-11-20.pdf"],
        "the second report did not replace the first"
    );
    // Only the newest notice is kept, and it names the new file.
    let notices = &h.state().state().notices;
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].kind, NoticeKind::Success);
    assert_eq!(notices[0].action, Some(NoticeAction::OpenFolder(exports.clone())));
    assert!(shows(&h, "kineret-log-2026-11-20-2.pdf"));
    h.get_by_role_and_label(Role::Button, &en.t("open-folder")).click();
    h.run();
    assert_eq!(
        h.state().opened_folders(),
        [exports],
        "the file manager is asked to show the folder"
    );
}

#[test]
fn a_pdf_of_the_month_shown_is_one_click_away() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = log_screen(StartOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..StartOptions::default()
    });
    assert!(has_button(&h, "Save PDF report (November 2026)"));
    h.get_by_role_and_label(Role::Button, "Save PDF report (November 2026)")
        .click();
    h.run();
    let file = dir.path().join("exports").join("kineret-log-2026-11-20.pdf");
    assert!(file.is_file(), "the month's report was saved");
}

#[test]
fn a_success_notice_does_not_move_the_page() {
    let dir = tempfile::tempdir().expect("dir");
    let en = I18n::new("en");
    let mut h = log_screen(StartOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..StartOptions::default()
    });
    let heading = |h: &Harness<'_, App>| h.get_by_role_and_label(Role::Label, &en.t("history-title")).rect();
    let csv = |h: &Harness<'_, App>| h.get_by_role_and_label(Role::Button, &en.t("export-csv")).rect();
    let (before, button) = (heading(&h), csv(&h));
    h.state_mut().apply(Command::Log(LogCommand::ExportCsv));
    h.run();
    assert_eq!(h.state().state().notices.len(), 1);
    assert!(shows(&h, "kineret-log-2026-11-20.csv"), "the notice is shown");
    assert_eq!(heading(&h), before, "the heading stayed where it was");
    assert_eq!(csv(&h), button, "the button under the pointer did not jump");
    // Information is different: it stands at the top, where it cannot be missed, and it
    // replaces the stale success.
    h.state_mut().apply(Command::Log(LogCommand::ImportCsv));
    h.run();
    let notices = &h.state().state().notices;
    assert_eq!(notices.len(), 1, "the success was replaced: {notices:?}");
    assert_eq!(notices[0].kind, NoticeKind::Info);
    assert!(!shows(&h, "kineret-log-2026-11-20.csv"), "the stale success is gone");
    assert!(heading(&h).top() > before.top(), "the banner stands above the page");
}

#[test]
fn a_plain_success_goes_by_itself_but_one_with_open_folder_waits() {
    let dir = tempfile::tempdir().expect("dir");
    let opts = StartOptions {
        lang: Some("en".into()),
        region: Some(Region::Us),
        clock: Clock::Fixed(now()),
        data_dir: Some(dir.path().to_path_buf()),
        ..StartOptions::default()
    };
    // Each step is one second of the window's time.
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1280.0, 1500.0))
        .with_step_dt(1.0)
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, &opts));
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    h.state_mut().apply(Command::Log(LogCommand::ExportCsv));
    h.run();
    for _ in 0..10 {
        h.step();
    }
    assert_eq!(
        h.state().state().notices.len(),
        1,
        "the notice with Open folder stays until the user is done with it"
    );
    // "Saved." after logging a dose has no button: it goes after a few seconds.
    h.state_mut().apply(Command::Go(Screen::BodyMap));
    h.state_mut()
        .apply(Command::Log(LogCommand::ChooseInZone(Zone::LeftArm)));
    h.run();
    let en = I18n::new("en");
    h.get_by_role_and_label(Role::TextInput, &en.t("log-dose")).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &en.t("log-dose"))
        .type_text("100 mg");
    h.run();
    h.state_mut().apply(Command::Log(LogCommand::Save));
    h.run();
    assert_eq!(
        h.state().state().notices.first().map(kineret_coach::app::Notice::id),
        Some("log-saved")
    );
    for _ in 0..3 {
        h.step();
    }
    assert!(!h.state().state().notices.is_empty(), "still shown after 3 seconds");
    for _ in 0..6 {
        h.step();
    }
    assert!(h.state().state().notices.is_empty(), "gone after a few seconds");
}
