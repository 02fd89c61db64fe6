//! Snapshot tests: the app's main screens rendered with wgpu and compared with the pictures in
//! `tests/snapshots/`. They are the README's screenshots too.
//!
//! Needs the `snapshots` feature (`cargo test --features snapshots --test snapshots`) and a
//! Vulkan driver: on Linux Mesa's lavapipe, a renderer on the CPU (`apt-get install
//! mesa-vulkan-drivers libvulkan1`; `.ci/run` installs it). Every picture is drawn for a fixed
//! moment from fixed data, so the same build draws the same pixels.
//!
//! After a deliberate change to a screen: `scripts/update-snapshots.sh`, look at the changed
//! pictures (`git diff --stat tests/snapshots`, then open them), and commit them with the change.
//! A failing test leaves `NAME.new.png` (what it drew) and `NAME.diff.png` (the changed pixels)
//! beside the snapshot; both are ignored by git.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use egui_kittest::{Harness, SnapshotOptions};
use kineret_coach::app::{App, Clock, Command, LogCommand, Mode, Screen, StartOptions, TeachCommand};
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::content::{Region, SectionId};
use kineret_coach::log::model::LogFile;
use kineret_coach::teach::{Indication, NoteTag, PlanMark, StepResult, SyringeUse, TOPICS, TopicResult, checklist};

/// A laptop's window.
const LAPTOP: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// A laptop's window made a little taller, so the site map's warning shows below the enlarged area.
const MAP: egui::Vec2 = egui::vec2(1280.0, 900.0);
/// A small screen (a netbook, a clinic's tablet on its side).
const SMALL: egui::Vec2 = egui::vec2(1024.0, 600.0);

/// How different a picture may be and still pass. The per-pixel threshold (dify's weighted YIQ
/// distance; `egui_kittest`'s default is 0.6) lets through the faint edge shading that another
/// Mesa version or CPU may draw; the few pixels allowed above it are less than one letter, so a
/// changed word, colour, size or position fails.
fn options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(1.0).max_failed_pixels(40)
}

/// The last sample injection is on 30 December 2016 at about 08:00 (+01:00): the pictures are
/// drawn the next morning at 10:00.
fn now() -> jiff::Zoned {
    let tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
    jiff::Timestamp::from_second(1_483_174_800).expect("time").to_zoned(tz)
}

/// A year of daily injections, one a day through every area (`kineret_coach::testing`).
fn year_of_injections() -> LogFile {
    kineret_coach::testing::sample_log(1, 7)
}

fn build(opts: StartOptions, size: egui::Vec2) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(size)
        .with_render_cursor(false)
        .with_options(options())
        .wgpu()
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, &opts));
    h.run();
    h
}

/// The home app (a patient's), in memory only, with a year of injections.
fn home(lang: &str, size: egui::Vec2) -> Harness<'static, App> {
    build(
        StartOptions {
            lang: Some(lang.to_owned()),
            region: Some(Region::Eu),
            log: Some(year_of_injections()),
            clock: Clock::Fixed(now()),
            ..StartOptions::default()
        },
        size,
    )
}

fn go(h: &mut Harness<'static, App>, command: Command) {
    h.state_mut().apply(command);
    h.run();
    h.run();
}

#[test]
fn home_en() {
    let mut h = home("en", LAPTOP);
    h.snapshot("home-en");
}

#[test]
fn home_de() {
    let mut h = home("de", LAPTOP);
    h.snapshot("home-de");
}

/// 200 % text on a 1024 x 600 screen, in German (the longest words): the top bar folds its
/// settings into a menu and nothing is cut off.
#[test]
fn home_de_200_percent_small_screen() {
    let mut h = home("de", SMALL);
    go(&mut h, Command::TextSize(10));
    h.snapshot("home-de-200-percent-1024x600");
}

/// The injection lesson on its third step, with the step's picture.
fn lesson(lang: &str) -> Harness<'static, App> {
    let mut h = home(lang, LAPTOP);
    go(&mut h, Command::Go(Screen::Section(SectionId::Steps)));
    go(&mut h, Command::ShowStep(2));
    h
}

#[test]
fn lesson_steps_en() {
    let mut h = lesson("en");
    h.snapshot("lesson-steps-en");
}

#[test]
fn lesson_steps_de() {
    let mut h = lesson("de");
    h.snapshot("lesson-steps-de");
}

/// The site map with the last 14 days' injections and a spot chosen 1.15 cm from an earlier
/// one (shown as 1.1 cm: distances are rounded down): the spot is drawn red with its 2.5 cm ring and the warning gives the distance.
fn site_map(lang: &str) -> Harness<'static, App> {
    let log = year_of_injections();
    let mut h = home(lang, MAP);
    go(&mut h, Command::Go(Screen::BodyMap));
    // The first area and direction (thighs first) where a spot 1.15 cm from the area's last
    // injection breaks only that rule, so the warning names one injection; the same every run.
    let zones = [Zone::LeftThigh, Zone::RightThigh, Zone::LeftAbdomen, Zone::RightAbdomen];
    'search: for zone in zones {
        let last = log
            .entries
            .iter()
            .rev()
            .find(|e| e.zone == zone)
            .expect("the sample log uses every area")
            .point;
        for k in 0..8 {
            let angle = std::f32::consts::FRAC_PI_4 * k as f32;
            let point = PointCm::new(last.x + 1.15 * angle.cos(), last.y + 1.15 * angle.sin());
            go(&mut h, Command::Log(LogCommand::Choose { zone, point }));
            let choice = &h.state().state().choice;
            if choice.spot.is_some() && choice.violations.len() == 1 {
                break 'search;
            }
        }
    }
    let violations = &h.state().state().choice.violations;
    assert_eq!(
        violations.len(),
        1,
        "the chosen spot breaks the 2.5 cm rule: {violations:?}"
    );
    h
}

#[test]
fn site_map_en() {
    let mut h = site_map("en");
    h.snapshot("site-map-en");
}

#[test]
fn site_map_de() {
    let mut h = site_map("de");
    h.snapshot("site-map-de");
}

#[test]
fn site_map_high_contrast_en() {
    let mut h = site_map("en");
    go(&mut h, Command::SetHighContrast(true));
    h.snapshot("site-map-high-contrast-en");
}

/// A finished bedside session (the same results as `kineret_coach::testing::sample_teach_session`),
/// on the summary screen.
fn teach_summary(lang: &str) -> Harness<'static, App> {
    let mut h = build(
        StartOptions {
            mode: Some(Mode::Teach),
            lang: Some(lang.to_owned()),
            clock: Clock::Fixed(now()),
            ..StartOptions::default()
        },
        LAPTOP,
    );
    let content = kineret_coach::content::Content::embedded();
    let mut commands = vec![
        TeachCommand::SetRegion(Region::Eu),
        TeachCommand::SetIndication(Indication::Still),
        TeachCommand::SetSyringe(SyringeUse::Part),
        TeachCommand::TypeDose("2 mg/kg, 40 mg".into()),
        TeachCommand::Start,
    ];
    for n in 0..TOPICS.len() {
        let r = if n == 1 || n == 5 {
            TopicResult::NeedsReview
        } else {
            TopicResult::Understood
        };
        commands.push(TeachCommand::SetResult(n, Some(r)));
    }
    commands.push(TeachCommand::ToggleNote(1, NoteTag::ShowAgain));
    commands.push(TeachCommand::ToggleNote(1, NoteTag::HardToSee));
    for (k, (i, _)) in checklist(&content, Region::Eu, Some(SyringeUse::Part))
        .into_iter()
        .enumerate()
    {
        let r = if k % 7 == 3 {
            StepResult::NeedsPractice
        } else {
            StepResult::Shown
        };
        commands.push(TeachCommand::SetStep(i, Some(r)));
    }
    for (k, z) in Zone::ALL.into_iter().enumerate() {
        let mark = if k == 0 || k == 5 {
            PlanMark::Avoid
        } else {
            PlanMark::Use
        };
        commands.push(TeachCommand::SetPlan(z, Some(mark)));
    }
    for c in commands {
        h.state_mut().apply(Command::Teach(c));
    }
    go(&mut h, Command::Go(Screen::TeachSummary));
    assert_eq!(h.state().screen(), Screen::TeachSummary);
    h
}

#[test]
fn teach_summary_en() {
    let mut h = teach_summary("en");
    h.snapshot("teach-summary-en");
}

#[test]
fn teach_summary_de() {
    let mut h = teach_summary("de");
    h.snapshot("teach-summary-de");
}

/// The kiosk with the example configuration (`examples/kiosk.ron`) and its logo.
fn kiosk() -> Harness<'static, App> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kiosk.ron");
    let setup = kineret_coach::kiosk::config::load(Some(&path)).expect("the example kiosk configuration");
    build(
        StartOptions {
            mode: Some(Mode::Kiosk),
            clock: Clock::Fixed(now()),
            kiosk: Some(Arc::new(setup)),
            ..StartOptions::default()
        },
        LAPTOP,
    )
}

#[test]
fn kiosk_attract_en() {
    let mut h = kiosk();
    assert_eq!(h.state().screen(), Screen::Attract);
    h.snapshot("kiosk-attract-en");
}

/// A German visitor read the injection lesson and walked away: the example's 120 s passed, and
/// 5 s of the 20 s countdown.
#[test]
fn kiosk_countdown_de() {
    let mut h = kiosk();
    go(&mut h, Command::StartVisit("de".into()));
    go(&mut h, Command::Go(Screen::Section(SectionId::Steps)));
    let later = now().checked_add(Duration::from_secs(125)).expect("time");
    h.state_mut().set_clock(Clock::Fixed(later));
    h.run();
    h.run();
    h.snapshot("kiosk-countdown-de");
}
