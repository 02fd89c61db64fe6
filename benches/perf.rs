//! The speed bars of the brief, measured: a frame of each screen with a 3-year log (layout and
//! tessellation), loading and saving a 10-year log, and the suggestion on a 10-year log.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use kineret_coach::app::{App, Command, Screen, StartOptions};
use kineret_coach::content::{Region, SectionId};
use kineret_coach::log::store::Store;
use kineret_coach::rotation;
use kineret_coach::testing::sample_log;

fn app_with_log(ctx: &egui::Context, years: u32) -> App {
    App::new(
        ctx,
        None,
        &StartOptions {
            lang: Some("en".into()),
            region: Some(Region::Eu),
            log: Some(sample_log(years, 7)),
            ..Default::default()
        },
    )
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 900.0))),
        ..Default::default()
    }
}

fn frames(c: &mut Criterion) {
    let screens = [
        ("home", Screen::Home),
        ("section_how", Screen::Section(SectionId::How)),
        ("section_steps", Screen::Section(SectionId::Steps)),
        ("section_help", Screen::Section(SectionId::Help)),
        ("body_map", Screen::BodyMap),
        ("history", Screen::History),
    ];
    for (name, screen) in screens {
        let ctx = egui::Context::default();
        let mut app = app_with_log(&ctx, 3);
        app.apply(Command::Go(screen));
        // Warm up: fonts, galleys, the cached suggestion.
        for _ in 0..3 {
            let mut out = ctx.run_ui(input(), |ui| kineret_coach::ui::app_ui(ui, &mut app));
            out.textures_delta.clear(); // no GPU here: nothing uploads the font atlas
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        c.bench_function(&format!("frame_3y_{name}"), |b| {
            b.iter(|| {
                let mut out = ctx.run_ui(input(), |ui| kineret_coach::ui::app_ui(ui, &mut app));
                out.textures_delta.clear(); // no GPU here: nothing uploads the font atlas
                ctx.tessellate(out.shapes, out.pixels_per_point)
            });
        });
    }
}

/// Teach mode's screens, for a session set up as a nurse would (EU, part of a syringe, every
/// topic marked, every step ticked, a site plan): the busiest each screen gets.
fn teach_frames(c: &mut Criterion) {
    use kineret_coach::app::{Mode, TeachCommand};
    use kineret_coach::teach::{Indication, PlanMark, StepResult, SyringeUse, TopicResult};
    let screens = [
        ("setup", Screen::TeachSetup),
        ("topic_steps", Screen::TeachTopic(1)),
        ("demo", Screen::TeachDemo),
        ("plan", Screen::TeachPlan),
        ("summary", Screen::TeachSummary),
    ];
    for (name, screen) in screens {
        let ctx = egui::Context::default();
        let mut app = App::new(
            &ctx,
            None,
            &StartOptions {
                mode: Some(Mode::Teach),
                lang: Some("en".into()),
                ..Default::default()
            },
        );
        for cmd in [
            TeachCommand::SetRegion(Region::Eu),
            TeachCommand::SetIndication(Indication::Still),
            TeachCommand::SetSyringe(SyringeUse::Part),
            TeachCommand::TypeDose("2 mg/kg, 40 mg".into()),
            TeachCommand::Start,
        ] {
            app.apply(Command::Teach(cmd));
        }
        for n in 0..7 {
            let r = if n % 2 == 0 {
                TopicResult::Understood
            } else {
                TopicResult::NeedsReview
            };
            app.apply(Command::Teach(TeachCommand::SetResult(n, Some(r))));
        }
        for i in 0..40 {
            app.apply(Command::Teach(TeachCommand::SetStep(i, Some(StepResult::Shown))));
        }
        for zone in kineret_coach::body_map::model::Zone::ALL {
            app.apply(Command::Teach(TeachCommand::SetPlan(zone, Some(PlanMark::Use))));
        }
        app.apply(Command::Go(screen));
        assert_eq!(app.screen(), screen, "the benchmark draws the screen its name says");
        for _ in 0..3 {
            let mut out = ctx.run_ui(input(), |ui| kineret_coach::ui::app_ui(ui, &mut app));
            out.textures_delta.clear();
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        c.bench_function(&format!("frame_teach_{name}"), |b| {
            b.iter(|| {
                let mut out = ctx.run_ui(input(), |ui| kineret_coach::ui::app_ui(ui, &mut app));
                out.textures_delta.clear();
                ctx.tessellate(out.shapes, out.pixels_per_point)
            });
        });
    }
}

fn storage(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let log = sample_log(10, 11);
    // `Store::save` does nothing when the file already holds the same log, so the save benchmark
    // alternates between two logs that differ by one entry (a dose logged, then undone): every
    // iteration reads the old file, links it to the backup, writes and fsyncs a temporary file,
    // renames it over the log and fsyncs the folder.
    let mut shorter = log.clone();
    shorter.entries.pop();
    let logs = [log.clone(), shorter];
    store.save(&logs[1]).expect("first save");
    // Check once that alternating really takes the full path: each save backs up the other log.
    store.save(&logs[0]).expect("second save");
    assert_eq!(
        std::fs::read(store.backup_path()).expect("backup written"),
        kineret_coach::log::store::to_ron(&logs[1]).expect("ron").into_bytes(),
        "the save benchmark must back up and replace the log on every iteration"
    );
    let mut n = 0_usize;
    c.bench_function("log_save_10y", |b| {
        b.iter(|| {
            n += 1;
            store.save(&logs[n % 2]).expect("save");
        });
    });
    c.bench_function("log_load_10y", |b| b.iter(|| store.load().expect("load")));
    let now = log
        .entries
        .last()
        .map_or_else(jiff::Timestamp::now, |e| e.at.timestamp());
    c.bench_function("suggest_10y", |b| b.iter(|| rotation::suggest(now, &log)));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = frames, teach_frames, storage
}
criterion_main!(benches);
