//! What a patient who cannot use a mouse would notice: a lesson, the dose form or the language
//! that Tab never reaches. Only keys are pressed here (Tab, Shift+Tab, Enter, Space, arrows,
//! typed text), never a click; the kiosk is left with taps as a touch screen sends them.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::harness_with;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::app::{App, Clock, Mode, Screen, StartOptions};
use kineret_coach::body_map::model::Zone;
use kineret_coach::content::{Region, SectionId};
use kineret_coach::i18n::{I18n, ids};

/// More Tab presses than any screen has controls: a control not reached by then never is.
const MAX_TABS: usize = 120;

fn now() -> jiff::Zoned {
    jiff::civil::date(2026, 11, 20)
        .at(10, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(1)))
        .expect("time")
}

fn home(lang: &str) -> Harness<'static, App> {
    harness_with(StartOptions {
        lang: Some(lang.into()),
        region: Some(Region::Eu),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    })
}

/// The name and role of the control with the keyboard focus.
fn focused(h: &Harness<'static, App>) -> Option<(Role, String)> {
    h.root().children_recursive().find_map(|n| {
        let a = n.accesskit_node();
        a.is_focused().then(|| (a.role(), a.label().unwrap_or_default()))
    })
}

fn key(h: &mut Harness<'static, App>, modifiers: Modifiers, k: Key) {
    h.key_press_modifiers(modifiers, k);
    h.run();
}

/// Presses Tab (Shift+Tab when `back`) until the focused control's name fits `wanted`;
/// returns the name. Fails, listing where the focus went, if it never gets there.
fn tab_until(h: &mut Harness<'static, App>, back: bool, what: &str, wanted: impl Fn(&str) -> bool) -> String {
    let modifiers = if back { Modifiers::SHIFT } else { Modifiers::NONE };
    let mut seen = Vec::new();
    for _ in 0..MAX_TABS {
        key(h, modifiers, Key::Tab);
        if let Some((role, name)) = focused(h) {
            if wanted(&name) {
                return name;
            }
            seen.push(format!("{role:?} {name:?}"));
        }
    }
    panic!(
        "{what} is never reached with {}: the focus went through\n{}",
        if back { "Shift+Tab" } else { "Tab" },
        seen.join("\n")
    );
}

fn tab_to(h: &mut Harness<'static, App>, name: &str) {
    tab_until(h, false, name, |n| n == name);
}

fn shift_tab_to(h: &mut Harness<'static, App>, name: &str) {
    tab_until(h, true, name, |n| n == name);
}

#[test]
fn every_lesson_is_reached_with_tab_and_enter_and_left_with_the_keyboard() {
    let tr = I18n::new("en");
    let mut h = home("en");
    for (n, id) in SectionId::ALL.into_iter().enumerate() {
        let title = tr.t(&id.title_msg());
        tab_to(&mut h, &title);
        key(&mut h, Modifiers::NONE, Key::Enter);
        assert_eq!(h.state().screen(), Screen::Section(id), "Enter on \"{title}\" opens it");
        // Back home three ways: the button at the end of the lesson, the top bar's Back
        // (reached backwards, pressed with Space), and Alt+Left.
        match n % 3 {
            0 => {
                tab_to(&mut h, &format!("‹ {}", tr.t("nav-back-home")));
                key(&mut h, Modifiers::NONE, Key::Enter);
            }
            1 => {
                shift_tab_to(&mut h, &format!("‹ {}", tr.t("nav-back")));
                key(&mut h, Modifiers::NONE, Key::Space);
            }
            _ => key(&mut h, Modifiers::ALT, Key::ArrowLeft),
        }
        assert_eq!(h.state().screen(), Screen::Home, "back home from \"{title}\"");
    }
}

#[test]
fn the_injection_steps_are_paged_with_the_keyboard() {
    let tr = I18n::new("en");
    let mut h = home("en");
    tab_to(&mut h, &tr.t(&SectionId::Steps.title_msg()));
    key(&mut h, Modifiers::NONE, Key::Enter);
    let next = format!("{} ›", tr.t("step-next"));
    tab_to(&mut h, &next);
    for step in 1..4 {
        key(&mut h, Modifiers::NONE, Key::Enter);
        assert_eq!(
            h.state().state().nav.step,
            step,
            "Enter on Next shows step {}",
            step + 1
        );
    }
    shift_tab_to(&mut h, &format!("‹ {}", tr.t("step-previous")));
    key(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(h.state().state().nav.step, 2);
}

#[test]
fn a_dose_is_logged_with_the_keyboard_alone() {
    let tr = I18n::new("en");
    let mut h = home("en");
    // An area chosen from the map with Tab and Enter: its best spot.
    tab_to(&mut h, &tr.t("map-title"));
    key(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().screen(), Screen::BodyMap);
    let area = format!("{}.", tr.t(&ids::zone(Zone::LeftThigh)));
    tab_until(&mut h, false, "the left thigh on the map", |n| n.starts_with(&area));
    key(&mut h, Modifiers::NONE, Key::Enter);
    let (zone, before) = h
        .state()
        .state()
        .choice
        .spot
        .expect("Enter on an area chooses a spot in it");
    assert_eq!(zone, Zone::LeftThigh);
    // The enlarged area: the arrow keys move the spot 1 cm.
    let zoom = tr.t_args("zoom-label", &[("zone", tr.t(&ids::zone(Zone::LeftThigh)).into())]);
    tab_to(&mut h, &zoom);
    key(&mut h, Modifiers::NONE, Key::ArrowDown);
    let (_, after) = h.state().state().choice.spot.expect("still chosen");
    assert!(
        (after.y - before.y - 1.0).abs() < 1e-3 && (after.x - before.x).abs() < 1e-3,
        "ArrowDown moves the spot 1 cm down: {before:?} -> {after:?}"
    );
    // The dose, typed; then "Log this injection" with Enter.
    tab_to(&mut h, &tr.t("log-dose"));
    h.event(egui::Event::Text("100 mg".into()));
    h.run();
    tab_to(&mut h, &tr.t("log-save"));
    key(&mut h, Modifiers::NONE, Key::Enter);
    let log = h.state().session().log();
    assert_eq!(log.entries.len(), 1, "the dose is logged");
    assert_eq!(log.entries[0].dose, "100 mg");
    assert_eq!(log.entries[0].zone, Zone::LeftThigh);
}

#[test]
fn the_language_and_high_contrast_are_changed_with_the_keyboard() {
    let tr = I18n::new("en");
    let mut h = home("en");
    tab_to(&mut h, &tr.t("settings-language"));
    key(&mut h, Modifiers::NONE, Key::Enter);
    tab_to(&mut h, "Deutsch");
    key(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().i18n().code(), "de", "Deutsch chosen with the keyboard");
    let de = I18n::new("de");
    assert!(h.query_by_label(&de.t("home-learn")).is_some(), "the page is in German");
    tab_to(&mut h, &de.t("theme-high-contrast"));
    key(&mut h, Modifiers::NONE, Key::Space);
    assert!(h.state().settings().high_contrast, "Space ticks High contrast");
}

/// A finger on a touch screen, as the window system reports it: a touch, with the pointer
/// moved there and pressed, then lifted and gone (what egui-winit sends for a tap).
fn tap(h: &mut Harness<'static, App>, pos: egui::Pos2) {
    let device_id = egui::TouchDeviceId(1);
    let id = egui::TouchId(0);
    let touch = |phase| egui::Event::Touch {
        device_id,
        id,
        phase,
        pos,
        force: None,
    };
    h.event(touch(egui::TouchPhase::Start));
    h.event(egui::Event::PointerMoved(pos));
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(touch(egui::TouchPhase::End));
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerGone);
    h.run();
}

#[test]
fn a_kiosk_visitor_leaves_the_attract_screen_with_a_tap() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kiosk.ron");
    let setup = kineret_coach::kiosk::config::load(Some(&path)).expect("the example kiosk configuration");
    let mut h = harness_with(StartOptions {
        mode: Some(Mode::Kiosk),
        clock: Clock::Fixed(now()),
        kiosk: Some(Arc::new(setup)),
        ..StartOptions::default()
    });
    assert_eq!(h.state().screen(), Screen::Attract);
    let de = I18n::new("de");
    let name = format!("{}: {}", de.t("language-name"), de.t("kiosk-start"));
    let spot = h.get_by_role_and_label(Role::Button, &name).rect().center();
    tap(&mut h, spot);
    assert_eq!(h.state().screen(), Screen::Home, "a tap on \"{name}\" starts the visit");
    assert_eq!(h.state().i18n().code(), "de");
    // A lesson, tapped too.
    let title = de.t(&SectionId::Steps.title_msg());
    let spot = h.get_by_role_and_label(Role::Button, &title).rect().center();
    tap(&mut h, spot);
    assert_eq!(h.state().screen(), Screen::Section(SectionId::Steps));
}
