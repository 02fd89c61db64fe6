//! The daily task as a patient does it: open the app, see whether today's dose is done, take
//! the suggested spot, log it, in at most 3 clicks and no typing when nothing changed. A second
//! dose the same day is never logged by one click; an empty dose is refused at its field; "Get
//! help" is one click away on every screen.

mod common;

use common::{harness_with, shows};
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kineret_coach::app::{App, Clock, Command, Screen, StartOptions};
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::content::{Region, SectionId};
use kineret_coach::i18n::I18n;
use kineret_coach::log::model::{Entry, GivenBy, LogFile};

/// 1 May 2026, 10:00, two hours east of UTC.
fn now() -> jiff::Zoned {
    let tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
    jiff::Timestamp::from_second(1_777_622_400).expect("time").to_zoned(tz)
}

fn entry(id: u64, hours_ago: i64, dose: &str) -> Entry {
    Entry {
        id,
        at: now() - jiff::SignedDuration::from_hours(hours_ago),
        zone: Zone::LeftThigh,
        point: PointCm::new(8.0, 33.0),
        dose: dose.into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: String::new(),
        flags: vec![],
    }
}

fn app_with(entries: Vec<Entry>) -> Harness<'static, App> {
    let mut log = LogFile::default();
    for e in entries {
        log.add_entry(e);
    }
    harness_with(StartOptions {
        lang: Some("en".into()),
        region: Some(Region::Us),
        log: Some(log),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    })
}

/// Clicks the button with this label and counts the click.
fn click(h: &mut Harness<'static, App>, label: &str, clicks: &mut u32) {
    h.get_by_role_and_label(Role::Button, label).click();
    h.run();
    *clicks += 1;
}

#[test]
fn from_start_to_a_logged_dose_takes_two_clicks_and_no_typing() {
    let en = I18n::new("en");
    // Yesterday's dose was "0.67 mL (100 mg)": today's form remembers it.
    let mut h = app_with(vec![entry(1, 26, "0.67 mL (100 mg)")]);
    assert!(shows(&h, &en.t("today-not-yet")), "the Today card says it is not done");
    let suggestion =
        kineret_coach::rotation::suggest(now().timestamp(), h.state().session().log()).expect("a suggestion");
    let zone = en.t(&kineret_coach::i18n::ids::zone(suggestion.zone));
    assert!(shows(&h, &en.t_args("today-suggested", &[("zone", zone.into())])));
    let mut clicks = 0;
    click(&mut h, &en.t("today-log"), &mut clicks);
    assert_eq!(h.state().screen(), Screen::BodyMap);
    assert_eq!(
        h.state().state().choice.spot,
        Some((suggestion.zone, suggestion.point)),
        "the suggested spot is already chosen"
    );
    click(&mut h, &en.t("log-save"), &mut clicks);
    let log = &h.state().session().log().entries;
    assert_eq!(log.len(), 2, "the dose is logged");
    let new = log.iter().max_by_key(|e| e.at.timestamp()).expect("entry");
    assert_eq!(new.dose, "0.67 mL (100 mg)", "the dose of the last entry, untyped");
    assert_eq!((new.zone, new.point), (suggestion.zone, suggestion.point));
    assert!(clicks <= 3, "{clicks} clicks");
    // Back home, the card says it is done, with the time and the site.
    h.state_mut().apply(Command::Go(Screen::Home));
    h.run();
    assert!(shows(&h, "Today's dose is done"), "the Today card says done");
}

#[test]
fn a_second_dose_the_same_day_needs_a_yes_that_names_the_first() {
    let en = I18n::new("en");
    // A dose at 08:10 today.
    let mut h = app_with(vec![entry(1, 2, "100 mg")]);
    let mut clicks = 0;
    click(&mut h, &en.t("today-open-map"), &mut clicks);
    click(&mut h, &en.t("suggest-use"), &mut clicks);
    click(&mut h, &en.t("log-save"), &mut clicks);
    assert_eq!(h.state().session().log().entries.len(), 1, "not logged by one click");
    let question = en.t_args("log-second-today", &[("time", "8:00 AM".into())]);
    let earlier = h.state().session().log().entries[0].at.clone();
    let question_now = en.t_args("log-second-today", &[("time", en.time(&earlier).into())]);
    assert!(
        shows(&h, &question_now),
        "the question names the earlier dose's time: {question_now} (e.g. {question})"
    );
    // "No" logs nothing and takes the question away.
    click(&mut h, &en.t("log-second-no"), &mut clicks);
    assert_eq!(h.state().session().log().entries.len(), 1);
    assert!(!shows(&h, &question_now));
    // Asked again, "Yes" logs it.
    click(&mut h, &en.t("log-save"), &mut clicks);
    click(&mut h, &en.t("log-second-yes"), &mut clicks);
    assert_eq!(h.state().session().log().entries.len(), 2, "a split dose can be logged");
}

#[test]
fn a_dose_given_yesterday_does_not_ask_but_a_typed_time_on_a_day_with_a_dose_does() {
    let en = I18n::new("en");
    let mut h = app_with(vec![entry(1, 30, "100 mg")]);
    let mut clicks = 0;
    click(&mut h, &en.t("today-log"), &mut clicks);
    click(&mut h, &en.t("log-save"), &mut clicks);
    assert_eq!(
        h.state().session().log().entries.len(),
        2,
        "yesterday's dose is another day"
    );
}

#[test]
fn an_empty_dose_is_refused_at_its_field_and_nothing_is_logged() {
    let en = I18n::new("en");
    let mut h = app_with(vec![]);
    let mut clicks = 0;
    click(&mut h, &en.t("today-log"), &mut clicks);
    click(&mut h, &en.t("log-save"), &mut clicks);
    assert!(
        h.state().session().log().entries.is_empty(),
        "nothing logged without a dose"
    );
    let msg = en.t("log-dose-required");
    assert!(shows(&h, &msg), "the reason is shown");
    // At the field: the message sits right under the dose box, not in the banner.
    let field = h.get_by_role_and_label(Role::TextInput, &en.t("log-dose")).rect();
    let note = h.get_by_label(&msg).rect();
    assert!(
        note.top() >= field.bottom() && note.top() - field.bottom() < 60.0,
        "{field:?} {note:?}"
    );
    assert!(h.state().state().notices.is_empty(), "no banner at the top");
    // Typing a dose takes the message away and the dose is logged.
    h.get_by_role_and_label(Role::TextInput, &en.t("log-dose")).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &en.t("log-dose"))
        .type_text("100 mg");
    h.run();
    assert!(!shows(&h, &msg));
    click(&mut h, &en.t("log-save"), &mut clicks);
    assert_eq!(h.state().session().log().entries.len(), 1);
}

#[test]
fn get_help_is_one_click_away_on_every_screen() {
    let en = I18n::new("en");
    let mut screens = vec![Screen::Home, Screen::BodyMap, Screen::History];
    screens.extend(
        SectionId::ALL
            .iter()
            .copied()
            .filter(|s| *s != SectionId::Help)
            .map(Screen::Section),
    );
    for screen in screens {
        let mut h = app_with(vec![]);
        h.state_mut().apply(Command::Go(screen));
        h.run();
        h.get_by_role_and_label(Role::Button, &en.t("nav-get-help")).click();
        h.run();
        assert_eq!(h.state().screen(), Screen::Section(SectionId::Help), "from {screen:?}");
        assert!(shows(&h, "911"), "the US emergency number is on the help screen");
    }
}

#[test]
fn at_200_percent_on_a_1024_by_600_screen_no_top_bar_control_is_off_screen_in_any_language() {
    use egui_kittest::kittest::NodeT;
    for lang in ["en", "es", "fr", "de"] {
        let mut h = small_screen_200_in(lang, Region::Eu);
        let zoom = h.ctx.zoom_factor();
        assert!((zoom - 2.0).abs() < 1e-3, "200 %: {zoom}");
        let width = 1024.0 / zoom;
        let i18n = I18n::new(lang);
        let menu = i18n.t("settings-menu");
        assert!(
            h.query_by_label(&menu).is_some(),
            "{lang}: the settings fold into a menu"
        );
        let mut seen = 0;
        for n in h.root().children_recursive() {
            let role = n.accesskit_node().role();
            if !matches!(role, Role::Button | Role::ComboBox | Role::CheckBox) {
                continue;
            }
            let r = n.rect();
            if r.top() > 120.0 {
                continue; // only the top bar
            }
            seen += 1;
            assert!(
                r.right() <= width + 0.5 && r.left() >= -0.5,
                "{lang}: {:?} sticks out: {r:?} (screen {width})",
                n.accesskit_node().label()
            );
        }
        assert!(seen >= 2, "{lang}: the top bar's controls were found ({seen})");
        // The menu opens and holds the language and label choices, all on screen.
        h.get_by_label(&menu).click();
        h.run();
        for label in ["English", "Deutsch", &i18n.t("region-eu")] {
            let r = h.get_by_label(label).rect();
            assert!(
                r.right() <= width + 0.5,
                "{lang}: {label} in the menu is off screen: {r:?}"
            );
        }
    }
}

#[test]
fn yesterday_and_earlier_today_set_the_time_without_typing() {
    let en = I18n::new("en");
    let mut h = app_with(vec![entry(1, 50, "100 mg")]);
    let mut clicks = 0;
    click(&mut h, &en.t("today-log"), &mut clicks);
    // Forgot to log yesterday's dose: "Yesterday", then log it.
    h.get_by_label(&en.t("log-when-yesterday")).click();
    h.run();
    assert!(
        h.query_by_label(&en.t("log-when-hour")).is_some(),
        "an hour picker for yesterday"
    );
    click(&mut h, &en.t("log-save"), &mut clicks);
    let log = &h.state().session().log().entries;
    assert_eq!(log.len(), 2);
    let logged = log.iter().max_by_key(|e| e.id).expect("entry");
    assert_eq!(
        logged.at.date(),
        now().date().yesterday().expect("date"),
        "logged for yesterday"
    );
    assert_eq!((logged.at.hour(), logged.at.minute()), (now().hour(), now().minute()));
    // "Earlier today" is an hour ago unless changed; "Now" clears it.
    h.state_mut()
        .apply(Command::Log(kineret_coach::app::LogCommand::ChooseSuggested));
    h.run();
    h.get_by_label(&en.t("log-when-earlier")).click();
    h.run();
    assert_eq!(h.state().state().forms.log.time_text, "2026-05-01 09:00");
    h.get_by_label(&en.t("log-when-now")).click();
    h.run();
    assert!(h.state().state().forms.log.time_text.is_empty());
}

/// The control that has keyboard focus, if any: its label and its rectangle.
fn focused(h: &Harness<'static, App>) -> Option<(String, eframe::egui::Rect)> {
    use egui_kittest::kittest::NodeT;
    h.root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
}

fn press(h: &mut Harness<'static, App>, key: eframe::egui::Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn the_first_tab_stop_skips_past_the_top_bar_to_todays_dose() {
    let en = I18n::new("en");
    let mut h = app_with(vec![]);
    press(&mut h, eframe::egui::Key::Tab);
    let (label, _) = focused(&h).expect("Tab focuses something");
    assert_eq!(label, en.t("nav-skip"), "the first stop is 'Skip to content'");
    press(&mut h, eframe::egui::Key::Enter);
    h.run();
    let (label, _) = focused(&h).expect("focus is in the page");
    assert_eq!(
        label,
        en.t("today-log"),
        "Skip to content lands on the page's first control, the Today card's button"
    );
    // And Enter there starts logging: the keyboard user is one key from today's dose.
    press(&mut h, eframe::egui::Key::Enter);
    assert_eq!(h.state().screen(), Screen::BodyMap);
}

#[test]
fn after_logging_with_the_keyboard_focus_stays_near_the_log_button_and_a_new_screen_starts_at_its_top() {
    let en = I18n::new("en");
    let mut h = app_with(vec![entry(1, 26, "0.67 mL (100 mg)")]);
    h.get_by_role_and_label(Role::Button, &en.t("today-log")).focus();
    h.run();
    press(&mut h, eframe::egui::Key::Enter);
    h.run();
    // A new screen: focus moved to its first control instead of being lost.
    let (_, first) = focused(&h).expect("the site map's first control has focus");
    assert_eq!(h.state().screen(), Screen::BodyMap);
    let save_label = en.t("log-save");
    let save = h.get_by_role_and_label(Role::Button, &save_label);
    let save_rect = save.rect();
    save.focus();
    h.run();
    press(&mut h, eframe::egui::Key::Enter);
    h.run();
    assert_eq!(h.state().session().log().entries.len(), 2, "the dose is logged");
    let (label, rect) = focused(&h).expect("focus is not lost when the log button goes away");
    assert!(
        h.query_by_label(&en.t("log-save")).is_none() || label == en.t("log-save"),
        "the button is gone, or it keeps focus"
    );
    let distance = rect.center().distance(save_rect.center());
    let to_first = first.center().distance(save_rect.center());
    assert!(
        distance < to_first.max(200.0),
        "focus went to {label:?} at {rect:?}, {distance:.0} pt from the log button at {save_rect:?}"
    );
}

#[test]
fn at_200_percent_on_a_small_screen_tabbing_down_the_lessons_scrolls_each_into_view() {
    use eframe::egui;
    let en = I18n::new("en");
    let mut h = small_screen_200();
    let height = 600.0 / h.ctx.zoom_factor();
    let last = en.t(&SectionId::ALL[SectionId::ALL.len() - 1].title_msg());
    let mut reached = false;
    for _ in 0..80 {
        press(&mut h, egui::Key::Tab);
        h.run();
        let Some((label, rect)) = focused(&h) else { continue };
        assert!(
            rect.top() >= -0.5 && rect.bottom() <= height + 0.5,
            "{label:?} has focus but is off screen: {rect:?} (screen height {height})"
        );
        if label == last {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the last lesson, {last:?}");
}

#[test]
fn at_200_percent_on_a_small_screen_todays_dose_button_is_on_screen_without_scrolling_in_every_language() {
    for lang in ["en", "es", "fr", "de"] {
        let h = small_screen_200_in(lang, Region::Eu);
        let height = 600.0 / h.ctx.zoom_factor();
        let label = I18n::new(lang).t("today-log");
        let r = h.get_by_role_and_label(Role::Button, &label).rect();
        assert!(
            r.bottom() <= height + 0.5,
            "{lang}: {label:?} is below the fold at 200 % ({r:?}, screen height {height})"
        );
    }
}

/// The app at 200 % text in a 1024x600 window, in English.
fn small_screen_200() -> Harness<'static, App> {
    small_screen_200_in("en", Region::Us)
}

/// The app at 200 % text in a 1024x600 window (an older patient's laptop).
fn small_screen_200_in(lang: &str, region: Region) -> Harness<'static, App> {
    use eframe::egui;
    let opts = StartOptions {
        lang: Some(lang.into()),
        region: Some(region),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, &opts));
    h.run();
    h.state_mut().apply(Command::TextSize(10));
    h.run();
    h.run();
    h
}

#[test]
fn skip_to_content_on_a_lesson_reaches_its_first_control_even_below_the_fold() {
    let mut h = small_screen_200();
    h.state_mut().apply(Command::Go(Screen::Section(SectionId::Sites)));
    h.run();
    h.run();
    let height = 600.0 / h.ctx.zoom_factor();
    press(&mut h, eframe::egui::Key::Tab);
    let (label, _) = focused(&h).expect("Tab focuses the skip link");
    assert_eq!(label, I18n::new("en").t("nav-skip"));
    press(&mut h, eframe::egui::Key::Enter);
    h.run();
    h.run();
    let (label, rect) = focused(&h).expect("Skip to content gives a page control focus");
    assert!(rect.top() > 0.0, "{label:?} is in the page, not the top bar: {rect:?}");
    assert!(
        rect.bottom() <= height + 0.5,
        "{label:?} has focus but is off screen: {rect:?} (height {height})"
    );
}
