//! Writes a sample teaching summary PDF, to look at it: `cargo run --example teach_summary --
//! de EU /tmp/summary.pdf`. The session is a typical one (two topics to go over again, a few
//! steps to practise, a site plan).

use kineret_coach::body_map::model::Zone;
use kineret_coach::content::{Content, Region};
use kineret_coach::i18n::I18n;
use kineret_coach::teach::{
    Indication, NoteTag, PlanMark, StepResult, SyringeUse, TOPICS, TeachSession, TopicResult, checklist,
};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args.first().map_or("en", String::as_str);
    let region = args.get(1).and_then(|r| Region::parse(r)).unwrap_or(Region::Eu);
    let out = args.get(2).map_or("teach-summary.pdf", String::as_str);
    let content = Content::embedded();
    let mut s = TeachSession::default();
    s.set_region(region);
    s.set_indication(if region == Region::Us {
        Indication::Nomid
    } else {
        Indication::Still
    });
    s.set_syringe(SyringeUse::Part);
    s.set_dose("2 mg/kg, 40 mg").map_err(|e| anyhow::anyhow!("{e:?}"))?;
    for n in 0..TOPICS.len() {
        let r = if n == 1 || n == 5 {
            TopicResult::NeedsReview
        } else {
            TopicResult::Understood
        };
        s.set_result(n, Some(r));
    }
    s.toggle_note(1, NoteTag::ShowAgain);
    s.toggle_note(1, NoteTag::HardToSee);
    for (k, (i, _)) in checklist(&content, region, Some(SyringeUse::Part))
        .into_iter()
        .enumerate()
    {
        s.set_step(
            i,
            Some(if k % 7 == 3 {
                StepResult::NeedsPractice
            } else {
                StepResult::Shown
            }),
        );
    }
    for (k, z) in Zone::ALL.into_iter().enumerate() {
        s.set_plan(
            z,
            Some(if k == 0 || k == 5 {
                PlanMark::Avoid
            } else {
                PlanMark::Use
            }),
        );
    }
    let tr = I18n::new(lang);
    let bytes = kineret_coach::report::teach_summary_pdf(&s.summary(&content), &content, &jiff::Zoned::now(), &tr);
    std::fs::write(out, bytes)?;
    println!("{out}");
    Ok(())
}
