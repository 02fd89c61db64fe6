//! Opens teach mode on one of its screens with a session already filled in, to look at it
//! (screenshots): `cargo run --example teach_window -- de EU summary`. Screens: setup, topic1
//! to topic7, demo, plan, summary. The data folder is a new temporary one.

use kineret_coach::app::{Command, Mode, Screen, TeachCommand};
use kineret_coach::body_map::model::Zone;
use kineret_coach::content::Region;
use kineret_coach::teach::{Indication, NoteTag, PlanMark, StepResult, SyringeUse, TopicResult};
use kineret_coach::ui::shell::WindowOptions;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args.first().cloned().unwrap_or_else(|| "en".into());
    let region = args.get(1).and_then(|r| Region::parse(r)).unwrap_or(Region::Eu);
    let screen = match args.get(2).map_or("topic1", String::as_str) {
        "setup" => Screen::TeachSetup,
        "demo" => Screen::TeachDemo,
        "plan" => Screen::TeachPlan,
        "summary" => Screen::TeachSummary,
        t => Screen::TeachTopic(t.trim_start_matches("topic").parse::<usize>().unwrap_or(1).clamp(1, 7) - 1),
    };
    let dir = tempfile::tempdir()?;
    let opts = WindowOptions {
        mode: Some(Mode::Teach),
        lang: Some(lang),
        data_dir: Some(dir.path().to_path_buf()),
        ..WindowOptions::default()
    };
    kineret_coach::ui::run_native_with(opts, move |app| {
        let indication = if region == Region::Us {
            Indication::Nomid
        } else {
            Indication::Still
        };
        for c in [
            TeachCommand::SetRegion(region),
            TeachCommand::SetIndication(indication),
            TeachCommand::SetSyringe(SyringeUse::Part),
            TeachCommand::TypeDose("2 mg/kg, 40 mg".into()),
            TeachCommand::Start,
            TeachCommand::SetResult(0, Some(TopicResult::Understood)),
            TeachCommand::SetResult(1, Some(TopicResult::NeedsReview)),
            TeachCommand::ToggleNote(1, NoteTag::ShowAgain),
            TeachCommand::SetResult(2, Some(TopicResult::Understood)),
            TeachCommand::SetStep(0, Some(StepResult::Shown)),
            TeachCommand::SetStep(1, Some(StepResult::Shown)),
            TeachCommand::SetStep(2, Some(StepResult::NeedsPractice)),
            TeachCommand::SetPlan(Zone::ALL[0], Some(PlanMark::Avoid)),
            TeachCommand::SetPlan(Zone::ALL[2], Some(PlanMark::Use)),
        ] {
            app.apply(Command::Teach(c));
        }
        if screen == Screen::TeachSetup {
            app.apply(Command::Back);
        } else {
            app.apply(Command::Go(screen));
        }
    })
}
