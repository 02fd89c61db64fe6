//! Kiosk mode as a clinic and its visitors meet it: a bad configuration stops the start with
//! one clear sentence, the attract screen offers each language in its own words, the kiosk
//! starts over by itself when left alone, and only the staff PIN lets anyone out.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use common::{ask_to_close, harness_with, shows, window_commands};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::app::{App, Clock, Command, Mode, Screen, StartOptions};
use kineret_coach::content::{Region, SectionId};
use kineret_coach::i18n::I18n;
use kineret_coach::kiosk::{KioskConfig, config};

const PIN: &str = "493817";

fn phc() -> String {
    static PHC: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PHC.get_or_init(|| kineret_coach::kiosk::pin::hash(PIN).expect("hash"))
        .clone()
}

fn good_config() -> KioskConfig {
    KioskConfig {
        clinic_name: "Riverside Rheumatology".into(),
        languages: vec!["en".into(), "es".into(), "de".into()],
        region: Region::Eu,
        idle_timeout_secs: 60,
        logo: None,
        staff_pin_hash: phc(),
    }
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

/// A 2x1 PNG, made with the image crate.
fn png_bytes() -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(300, 100, image::Rgba([20, 90, 160, 255]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).expect("png");
    out.into_inner()
}

fn start(now: &jiff::Zoned) -> StartOptions {
    let setup = good_config()
        .check(Path::new("/clinic/kiosk.ron"))
        .expect("good config");
    StartOptions {
        mode: Some(Mode::Kiosk),
        clock: Clock::Fixed(now.clone()),
        kiosk: Some(Arc::new(setup)),
        ..StartOptions::default()
    }
}

fn t0() -> jiff::Zoned {
    "2026-12-01T10:00:00+01:00[Europe/Berlin]".parse().expect("time")
}

fn later(secs: u64) -> Clock {
    Clock::Fixed(t0().checked_add(Duration::from_secs(secs)).expect("time"))
}

// ---- the configuration file ------------------------------------------------------------

#[test]
fn a_good_config_file_with_a_logo_loads_and_round_trips() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("logo.png"), png_bytes()).expect("logo");
    let mut c = good_config();
    c.logo = Some("logo.png".into());
    let path = write(dir.path(), "kiosk.ron", &c.to_ron());
    let setup = config::load(Some(&path)).expect("loads");
    assert_eq!(setup.clinic_name, "Riverside Rheumatology");
    assert_eq!(setup.languages, ["en", "es", "de"]);
    assert_eq!(setup.region, Region::Eu);
    assert_eq!(setup.idle_timeout, Duration::from_mins(1));
    let logo = setup.logo.expect("logo");
    assert_eq!((logo.width, logo.height), (300, 100));
    assert_eq!(logo.rgba.len(), 300 * 100 * 4);
    assert_eq!(KioskConfig::parse(&c.to_ron(), &path).expect("parse"), c);
}

#[test]
fn the_example_config_in_the_repository_works() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kiosk.ron");
    let setup = config::load(Some(&path)).unwrap_or_else(|e| panic!("{e}"));
    assert!(!setup.languages.is_empty());
    assert!(setup.logo.is_some(), "the example shows how a logo is set");
}

#[test]
fn each_bad_config_stops_the_start_with_a_sentence_naming_the_file_and_the_problem() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    std::fs::write(d.join("not-a-png.png"), b"this is text").expect("write");
    let with = |f: &dyn Fn(&mut KioskConfig)| {
        let mut c = good_config();
        f(&mut c);
        c.to_ron()
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (d.join("missing.ron"), "could not be read"),
        (
            write(
                d,
                "syntax.ron",
                "(\n  clinic_name: \"A\",\n  languages: [\"en\"\n  region: EU,\n)",
            ),
            "line 4, column",
        ),
        (
            write(d, "lang.ron", &with(&|c| c.languages = vec!["en".into(), "it".into()])),
            "the language \"it\" is not in the app",
        ),
        (
            write(d, "short.ron", &with(&|c| c.idle_timeout_secs = 5)),
            "idle_timeout_secs is 5; it must be from 30 to 1800 seconds",
        ),
        (
            write(d, "long.ron", &with(&|c| c.idle_timeout_secs = 3600)),
            "idle_timeout_secs is 3600",
        ),
        (
            write(d, "nologo.ron", &with(&|c| c.logo = Some("gone.png".into()))),
            "gone.png could not be used",
        ),
        (
            write(d, "badlogo.ron", &with(&|c| c.logo = Some("not-a-png.png".into()))),
            "not-a-png.png could not be used: it is not a PNG picture",
        ),
        (
            write(d, "pin.ron", &with(&|c| c.staff_pin_hash = "493817".into())),
            "staff_pin_hash is not an Argon2id hash",
        ),
        (write(d, "binary.ron", "\u{0}\u{1}("), "line 1"),
        (d.to_path_buf(), "could not be read: it is not a regular file"),
    ];
    for (path, want) in cases {
        let e = config::load(Some(&path)).expect_err("must refuse").to_string();
        assert!(e.contains(&path.display().to_string()), "names the file: {e}");
        assert!(e.contains(want), "{want:?} in: {e}");
        assert!(!e.contains(PIN) && !e.contains(&phc()), "no secret in: {e}");
    }
    let e = config::load(None).expect_err("no file").to_string();
    assert!(e.contains("--kiosk-config"), "{e}");
}

fn bin() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
}

#[test]
fn the_app_refuses_to_start_a_kiosk_without_a_good_config_and_never_falls_back_to_home() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = write(dir.path(), "k.ron", "(clinic_name: 3)");
    for args in [
        vec!["--mode", "kiosk"],
        vec!["--mode", "kiosk", "--kiosk-config", bad.to_str().expect("utf8")],
        vec!["--mode", "kiosk", "--kiosk-config", "/nonexistent/k.ron"],
    ] {
        let out = bin()
            .args(&args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one sentence: {err}");
        assert!(
            err.contains("kiosk configuration") || err.contains("--kiosk-config"),
            "{err}"
        );
        assert!(!err.contains("display"), "stopped before any window: {err}");
    }
}

// ---- the staff PIN ---------------------------------------------------------------------

fn hash_pin(input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = bin()
        .args(["kiosk", "hash-pin", "--stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn hash_pin_prints_a_config_line_that_verifies_and_never_shows_the_pin() {
    let out = hash_pin("724105\n724105\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stdout.contains("724105") && !stderr.contains("724105"));
    let line = stdout.trim();
    let phc = line
        .strip_prefix("staff_pin_hash: \"")
        .and_then(|l| l.strip_suffix("\","))
        .unwrap_or_else(|| panic!("a config line: {line}"));
    let hash = kineret_coach::kiosk::PinHash::parse(phc).expect("argon2id");
    assert!(hash.verify("724105"));
    assert!(!hash.verify("724106"));
}

#[test]
fn hash_pin_refuses_short_pins_letters_and_two_different_pins() {
    for (input, want) in [
        ("12345\n12345\n", "at least 6 digits"),
        ("12a456\n12a456\n", "digits only"),
        ("724105\n724106\n", "not the same"),
    ] {
        let out = hash_pin(input);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{input:?}");
        assert!(stderr.contains(want), "{want} in {stderr}");
        assert!(out.stdout.is_empty(), "no line to paste: {input:?}");
        for pin in input.lines() {
            assert!(!stderr.contains(pin), "the PIN is not echoed: {stderr}");
        }
    }
}

// ---- the kiosk on screen ---------------------------------------------------------------

fn kiosk() -> Harness<'static, App> {
    harness_with(start(&t0()))
}

fn start_button(h: &Harness<'static, App>, lang: &str) -> String {
    let i = I18n::new(lang);
    let name = i
        .choices()
        .into_iter()
        .find(|(c, _)| c == lang)
        .map(|(_, n)| n)
        .expect("name");
    let label = format!("{name}: {}", i.t("kiosk-start"));
    assert!(h.query_by_label(&label).is_some(), "attract offers {label}");
    label
}

#[test]
fn the_attract_screen_shows_the_clinic_and_one_start_button_per_language_in_its_own_language() {
    let mut h = kiosk();
    assert_eq!(h.state().screen(), Screen::Attract);
    assert!(shows(&h, "Riverside Rheumatology"));
    let en = start_button(&h, "en");
    start_button(&h, "de");
    let es = start_button(&h, "es");
    assert!(
        h.query_by_label(&en).is_some() && h.query_by_label_contains("Français").is_none(),
        "only the languages the clinic offers"
    );
    // No top bar, no log, nothing else to touch.
    assert!(h.query_by_label(&I18n::new("en").t("nav-back")).is_none());
    h.get_by_label(&es).click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    assert_eq!(h.state().i18n().code(), "es");
    assert_eq!(h.state().settings().region, Some(Region::Eu), "the clinic's region");
    assert!(shows(&h, &I18n::new("es").t("home-learn")), "home, in Spanish");
    // The language menu offers only the clinic's languages; the region cannot be changed.
    h.state_mut().apply(Command::SetLanguage("fr".into()));
    h.state_mut().apply(Command::SetRegion(Region::Us));
    h.run();
    assert_eq!(h.state().i18n().code(), "es");
    assert_eq!(h.state().settings().region, Some(Region::Eu));
}

#[test]
fn left_alone_the_kiosk_counts_down_a_touch_continues_and_then_it_starts_over_as_new() {
    let mut h = kiosk();
    let fresh_state = h.state().state().clone();
    let fresh_settings = h.state().settings().clone();
    // Nobody there: the attract screen never counts down.
    h.state_mut().set_clock(later(3600));
    h.run();
    assert!(!shows(&h, "Starting over"));
    h.state_mut().set_clock(Clock::Fixed(t0()));
    let de = start_button(&h, "de");
    h.get_by_label(&de).click();
    h.run();
    h.state_mut().apply(Command::Go(Screen::Section(SectionId::Steps)));
    h.state_mut().apply(Command::TextSize(2));
    h.run();
    // 59 s later: nothing yet.
    h.state_mut().set_clock(later(59));
    h.run();
    assert!(!shows(&h, "Neustart"));
    // 60 s: the countdown, from 20.
    h.state_mut().set_clock(later(60));
    h.run();
    let de_i18n = I18n::new("de");
    let still_there = de_i18n.t_args("kiosk-still-there", &[("seconds", 20.into())]);
    assert!(shows(&h, &still_there), "{still_there}");
    h.state_mut().set_clock(later(75));
    h.run();
    assert!(shows(
        &h,
        &de_i18n.t_args("kiosk-still-there", &[("seconds", 5.into())])
    ));
    // "I'm still here": the visit goes on where it was.
    h.get_by_label(&de_i18n.t("kiosk-still-here")).click();
    h.run();
    assert!(!shows(&h, "Neustart"));
    assert_eq!(h.state().screen(), Screen::Section(SectionId::Steps));
    // Left alone again until the countdown runs out: a fresh kiosk.
    h.state_mut().set_clock(later(75 + 60 + 20));
    h.run();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attract);
    assert_eq!(h.state().state(), &fresh_state);
    assert_eq!(h.state().settings(), &fresh_settings);
    assert_eq!(h.state().i18n().code(), "en");
    assert!(
        (h.ctx.zoom_factor() - kineret_coach::app::KIOSK_TEXT_SCALE).abs() < 1e-6,
        "text size back to the kiosk's"
    );
    let other = App::new(&egui::Context::default(), None, &start(&t0()));
    assert_eq!(h.state().state(), other.state(), "equal to a kiosk started afresh");
    assert_eq!(h.state().settings(), other.settings());
}

#[test]
fn i_am_done_starts_over_at_once() {
    let mut h = kiosk();
    let en = start_button(&h, "en");
    h.get_by_label(&en).click();
    h.run();
    h.get_by_label(&I18n::new("en").t("kiosk-finish")).click();
    h.run();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attract);
}

/// Holds the pointer down on the staff corner for `secs` seconds of the app's clock.
fn hold_staff_corner(h: &mut Harness<'static, App>, secs: u64) {
    let label = I18n::new("en").t("kiosk-staff");
    let pos = h.get_by_label(&label).rect().center();
    let pos = egui::pos2(pos.x, pos.y);
    h.state_mut().set_clock(Clock::Fixed(t0()));
    h.input_mut().events.push(egui::Event::PointerMoved(pos));
    h.input_mut().events.push(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    h.state_mut().set_clock(later(secs));
    h.run();
    h.input_mut().events.push(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
}

/// Taps the digits of `pin` on the keypad (not OK).
fn type_digits(h: &mut Harness<'static, App>, pin: &str) {
    for d in pin.chars() {
        h.get_by(|n| n.role() == egui::Role::Button && n.label().as_deref() == Some(d.to_string().as_str()))
            .click();
        h.run();
    }
}

fn type_pin(h: &mut Harness<'static, App>, pin: &str) {
    type_digits(h, pin);
    h.get_by_label(&I18n::new("en").t("kiosk-pin-ok")).click();
    h.run();
}

#[test]
fn a_tap_on_the_staff_corner_does_nothing_a_long_press_opens_the_keypad() {
    let mut h = kiosk();
    h.get_by_label(&I18n::new("en").t("kiosk-staff")).click();
    h.run();
    assert!(h.state().state().pin_pad.is_none(), "a tap is not enough");
    hold_staff_corner(&mut h, 1);
    assert!(h.state().state().pin_pad.is_none(), "one second is not enough");
    hold_staff_corner(&mut h, 3);
    assert!(h.state().state().pin_pad.is_some(), "three seconds open the keypad");
    assert!(shows(&h, &I18n::new("en").t("kiosk-pin-title")));
    h.get_by_label(&I18n::new("en").t("kiosk-pin-cancel")).click();
    h.run();
    assert!(h.state().state().pin_pad.is_none());
}

#[test]
fn only_the_right_pin_lets_the_window_close_and_wrong_ones_wait_longer_each_time() {
    let mut h = kiosk();
    assert!(h.state().refuses_close(), "a kiosk refuses to close");
    hold_staff_corner(&mut h, 3);
    h.state_mut().set_clock(Clock::Fixed(t0()));
    for n in 1..=3 {
        type_pin(&mut h, "000000");
        assert_eq!(h.state().pin_failures(), n);
        assert!(h.state().refuses_close());
    }
    let en = I18n::new("en");
    // After the third wrong PIN the keypad waits 5 seconds and says so.
    assert!(shows(&h, &en.t_args("kiosk-pin-wait", &[("seconds", 5.into())])));
    let one = h.get_by(|n| n.role() == egui::Role::Button && n.label().as_deref() == Some("1"));
    assert!(one.accesskit_node().is_disabled(), "keys are locked while waiting");
    // The wait is kept even if the kiosk starts over.
    h.state_mut().push(Command::ResetEverything);
    h.run();
    assert_eq!(h.state().pin_failures(), 3);
    hold_staff_corner(&mut h, 3);
    h.state_mut().set_clock(later(6));
    h.run();
    type_pin(&mut h, "111111");
    assert!(
        shows(&h, &en.t_args("kiosk-pin-wait", &[("seconds", 10.into())])),
        "the next wait is longer"
    );
    h.state_mut().set_clock(later(17));
    h.run();
    type_pin(&mut h, PIN);
    assert!(!h.state().refuses_close(), "the staff PIN opens the way out");
    assert!(h.state().exit_granted());
    assert_eq!(h.state().pin_failures(), 0);
    assert!(h.state().state().pin_pad.is_none(), "the digits are gone from memory");
}

#[test]
fn escape_and_the_close_keys_leave_the_keypad_and_the_countdown_open() {
    let mut h = kiosk();
    hold_staff_corner(&mut h, 3);
    assert!(h.state().state().pin_pad.is_some());
    for (mods, key) in [
        (egui::Modifiers::NONE, egui::Key::Escape),
        (egui::Modifiers::COMMAND, egui::Key::Q),
        (egui::Modifiers::COMMAND, egui::Key::W),
        (egui::Modifiers::ALT, egui::Key::F4),
    ] {
        h.key_press_modifiers(mods, key);
        h.run();
        assert!(h.state().state().pin_pad.is_some(), "{key:?} does not close the keypad");
        assert!(h.state().refuses_close());
    }
}

#[test]
fn the_window_refuses_to_close_until_the_staff_pin_is_entered_then_closes() {
    let mut h = kiosk();
    ask_to_close(&mut h);
    assert!(
        window_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "a close request (Alt+F4, the window manager) is refused"
    );
    hold_staff_corner(&mut h, 3);
    h.state_mut().set_clock(Clock::Fixed(t0()));
    type_digits(&mut h, PIN);
    h.get_by_label(&I18n::new("en").t("kiosk-pin-ok")).click();
    let mut commands = Vec::new();
    for _ in 0..4 {
        h.step();
        commands.extend(window_commands(&h));
    }
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "the PIN closes the window: {commands:?}"
    );
    ask_to_close(&mut h);
    assert!(
        !window_commands(&h).contains(&egui::ViewportCommand::CancelClose),
        "after the PIN, a close is no longer refused"
    );
}

/// How long the window may sleep after the last frame.
fn sleeps_for(h: &Harness<'static, App>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(Duration::MAX, |o| o.repaint_delay)
}

#[test]
fn the_kiosk_sleeps_until_the_countdown_is_due_and_then_wakes_each_second_by_itself() {
    let mut h = kiosk();
    h.step();
    assert!(
        sleeps_for(&h) > Duration::from_hours(1),
        "nobody there: no repaint is due"
    );
    let en = start_button(&h, "en");
    h.get_by_label(&en).click();
    h.run();
    h.state_mut().set_clock(later(10));
    h.step();
    h.step();
    let d = sleeps_for(&h);
    assert!(
        d >= Duration::from_secs(49) && d <= Duration::from_secs(50),
        "a visit wakes the window when the countdown is due, 50 s after this frame: {d:?}"
    );
    h.state_mut().set_clock(later(65));
    h.run();
    let d = sleeps_for(&h);
    assert!(
        d <= Duration::from_secs(1) && d > Duration::ZERO,
        "the countdown ticks each second: {d:?}"
    );
}
