//! The teaching summary on paper: one page on A4 and on US Letter in every language at the
//! default text size, nothing printed outside the part of the page both papers share, and no
//! sentence cut even for the longest possible session.

use std::path::Path;
use std::process::Command;

use kineret_coach::content::{Content, Region};
use kineret_coach::i18n::I18n;
use kineret_coach::teach::{NoteTag, StepResult, SyringeUse, TOPICS, TeachSession, TopicResult, checklist};

/// A full session as a nurse often ends one: most topics understood, two to go over again (one
/// with notes), a few steps to practise, a site plan with areas to use and to avoid.
fn typical(region: Region, content: &Content) -> TeachSession {
    let s = kineret_coach::testing::sample_teach_session(region, content);
    assert!(s.setup().dose.is_some(), "the sample's dose is accepted");
    s
}

fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

/// Page count and page size in points, from pdfinfo.
fn pdf_info(path: &Path) -> (usize, f32, f32) {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils) runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages = text
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("page count");
    let size = text
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("page size");
    let nums: Vec<f32> = size.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    (pages, nums[0], nums[1])
}

/// The lowest and the rightmost edge of any word, in points from the top left of its page.
fn text_extent(path: &Path) -> (f32, f32) {
    let out = Command::new("pdftotext")
        .args(["-bbox"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext -bbox failed on {}", path.display());
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |line: &str, key: &str| -> Option<f32> {
        let start = line.find(&format!("{key}=\""))? + key.len() + 2;
        line[start..].split('"').next()?.parse().ok()
    };
    let mut max = (0.0_f32, 0.0_f32);
    let mut words = 0;
    for line in html.lines().filter(|l| l.trim_start().starts_with("<word")) {
        if let (Some(x), Some(y)) = (attr(line, "xMax"), attr(line, "yMax")) {
            max = (max.0.max(x), max.1.max(y));
            words += 1;
        }
    }
    assert!(words > 100, "the summary has its text ({words} words found)");
    max
}

const MM: f32 = 72.0 / 25.4;

#[test]
fn a_typical_summary_is_one_page_on_a4_and_on_letter_in_every_language() {
    let content = Content::embedded();
    let dir = tempfile::tempdir().expect("dir");
    let now: jiff::Zoned = "2026-12-04T10:30:00+01:00[Europe/Berlin]".parse().expect("time");
    for lang in ["en", "es", "fr", "de"] {
        let tr = I18n::new(lang);
        for region in Region::ALL {
            let session = typical(region, &content);
            let bytes = kineret_coach::report::teach_summary_pdf(&session.summary(&content), &content, &now, &tr);
            let path = write_pdf(dir.path(), &format!("{lang}-{}.pdf", region.code()), &bytes);
            let (pages, w, h) = pdf_info(&path);
            assert_eq!(pages, 1, "{lang} {region:?}: the summary is one page");
            // US summaries are Letter, EU ones A4.
            let expected = match region {
                Region::Us => (215.9, 279.4),
                Region::Eu => (210.0, 297.0),
            };
            assert!(
                (w / MM - expected.0).abs() < 1.0 && (h / MM - expected.1).abs() < 1.0,
                "{lang} {region:?}: {w}x{h} pt"
            );
            // Everything sits inside the part that A4 and Letter share (210 x 279.4 mm), with
            // the left edge where A4 would put it, so it prints on either paper.
            let (right, bottom) = text_extent(&path);
            let offset = (w / MM - 210.0) / 2.0;
            assert!(
                right / MM - offset <= 210.0 - 10.0,
                "{lang} {region:?}: text reaches {:.1} mm",
                right / MM - offset
            );
            assert!(
                bottom / MM <= 279.4 - 10.0,
                "{lang} {region:?}: text reaches {:.1} mm down",
                bottom / MM
            );
        }
    }
}

#[test]
fn the_longest_session_cuts_no_medical_text_and_stays_short() {
    // Every topic to go over again with every note, every step to practise: the worst a
    // session can print. No sentence may be cut ("…"), and it still fits on three pages.
    let content = Content::embedded();
    let dir = tempfile::tempdir().expect("dir");
    let now = jiff::Zoned::now();
    for lang in ["en", "de"] {
        let tr = I18n::new(lang);
        let mut s = typical(Region::Eu, &content);
        for n in 0..TOPICS.len() {
            s.set_result(n, Some(TopicResult::NeedsReview));
            for note in NoteTag::ALL {
                s.toggle_note(n, note);
            }
        }
        for (i, _) in checklist(&content, Region::Eu, Some(SyringeUse::Part)) {
            s.set_step(i, Some(StepResult::NeedsPractice));
        }
        let bytes = kineret_coach::report::teach_summary_pdf(&s.summary(&content), &content, &now, &tr);
        let path = write_pdf(dir.path(), &format!("long-{lang}.pdf"), &bytes);
        let (pages, _, _) = pdf_info(&path);
        assert!(pages <= 3, "{lang}: {pages} pages");
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!text.contains('…'), "{lang}: a sentence was cut");
        // The longest step text is there in full.
        let check = tr.t("step-check").split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&check), "{lang}: the liquid check is printed whole");
    }
}

#[test]
fn an_empty_session_prints_without_panicking_and_says_what_is_missing() {
    let content = Content::embedded();
    let tr = I18n::new("en");
    let dir = tempfile::tempdir().expect("dir");
    let s = TeachSession::default();
    let bytes = kineret_coach::report::teach_summary_pdf(&s.summary(&content), &content, &jiff::Zoned::now(), &tr);
    let path = write_pdf(dir.path(), "empty.pdf", &bytes);
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&tr.t("teach-summary-plan-none")), "{text}");
    assert!(text.contains(&tr.t("teach-result-none")), "{text}");
}
