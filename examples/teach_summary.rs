//! Writes a sample teaching summary PDF, to look at it: `cargo run --example teach_summary --
//! de EU /tmp/summary.pdf`. The session is a typical one (two topics to go over again, a few
//! steps to practise, a site plan).

use kineret_coach::content::{Content, Region};
use kineret_coach::i18n::I18n;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args.first().map_or("en", String::as_str);
    let region = args.get(1).and_then(|r| Region::parse(r)).unwrap_or(Region::Eu);
    let out = args.get(2).map_or("teach-summary.pdf", String::as_str);
    let content = Content::embedded();
    let s = kineret_coach::testing::sample_teach_session(region, &content);
    let tr = I18n::new(lang);
    let bytes = kineret_coach::report::teach_summary_pdf(&s.summary(&content), &content, &jiff::Zoned::now(), &tr);
    std::fs::write(out, bytes)?;
    println!("{out}");
    Ok(())
}
