//! The clinician's PDF report: valid PDF bytes, readable text in any language, several pages
//! for long periods, and no panic on empty or odd logs.

use std::process::Command;

use jiff::Timestamp;
use kineret_coach::log::model::{LogFile, Reaction, ReactionKind};
use kineret_coach::log::pdf::{ReportTexts, report_pdf};
use kineret_coach::log::store::sample_log;

/// `pdftotext` output per page, or `None` when poppler-utils is not installed.
fn pdf_pages(bytes: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, bytes).expect("write");
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf8");
    Some(
        text.split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

fn last_time(log: &LogFile) -> Timestamp {
    log.entries.last().map_or_else(Timestamp::now, |e| e.at.timestamp()) + jiff::SignedDuration::from_hours(1)
}

#[test]
fn empty_log_gives_a_one_page_report() {
    let texts = ReportTexts::english();
    let bytes = report_pdf(&LogFile::default(), Timestamp::now(), 30, &texts);
    assert!(bytes.starts_with(b"%PDF"));
    if let Some(pages) = pdf_pages(&bytes) {
        assert_eq!(pages.len(), 1);
        assert!(pages[0].contains(&texts.title));
        assert!(pages[0].contains(&texts.no_entries));
        assert!(pages[0].contains(&texts.no_reactions));
        assert!(pages[0].contains("Page 1 of 1"));
    }
}

#[test]
fn ninety_days_flow_onto_more_pages() {
    let texts = ReportTexts::english();
    let log = sample_log(1, 5);
    let now = last_time(&log);
    let bytes = report_pdf(&log, now, 90, &texts);
    assert!(bytes.starts_with(b"%PDF"));
    let Some(pages) = pdf_pages(&bytes) else { return };
    assert!(pages.len() > 1, "{} pages", pages.len());
    let all = pages.join("\n");
    assert!(all.contains(&texts.title));
    assert!(all.contains("Left abdomen"));
    assert!(all.contains("Injections in this period: 90"), "{all}");
    // Every one of the 90 entries is in the table exactly once.
    let in_period: Vec<_> = log
        .entries
        .iter()
        .filter(|e| e.at.timestamp() > now - jiff::SignedDuration::from_hours(90 * 24))
        .collect();
    assert_eq!(in_period.len(), 90);
    let table: String = all
        .lines()
        .filter(|l| !l.contains("Made with"))
        .collect::<Vec<_>>()
        .join("\n");
    for e in in_period {
        let stamp = e.at.strftime("%Y-%m-%d %H:%M").to_string();
        assert_eq!(table.matches(&stamp).count(), 1, "{stamp}");
    }
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of {total}", i + 1)), "page {i}");
    }
}

#[test]
fn thirty_days_only_shows_thirty_days() {
    let texts = ReportTexts::english();
    let log = sample_log(1, 6);
    let bytes = report_pdf(&log, last_time(&log), 30, &texts);
    if let Some(pages) = pdf_pages(&bytes) {
        assert!(pages.join("\n").contains("Injections in this period: 30"));
    }
}

#[test]
fn other_languages_and_odd_entries_print() {
    let mut texts = ReportTexts::english();
    texts.title = "Informe de inyecciones: señal, Größe, über, café".into();
    texts.zone_names[0] = "Abdomen izquierdo (ñ)".into();
    let mut log = sample_log(0, 1);
    let mut source = sample_log(1, 2);
    let mut e = source.entries.pop().expect("entry");
    e.zone = kineret_coach::body_map::model::Zone::LeftAbdomen;
    e.dose = "a very long dose description that will not fit in the column at all, really".into();
    e.reaction = Some(Reaction {
        kinds: ReactionKind::ALL.to_vec(),
        note: "x".repeat(20_000) + "\n😀 emoji and\ttabs",
    });
    e.point.x = f32::NAN;
    let now = last_time(&source);
    log.add_entry(e);
    let bytes = report_pdf(&log, now, 90, &texts);
    assert!(bytes.starts_with(b"%PDF"));
    if let Some(pages) = pdf_pages(&bytes) {
        let all = pages.join("\n");
        assert!(all.contains("señal, Größe, über, café"), "{all}");
        assert!(all.contains("Abdomen izquierdo (ñ)"));
    }
}

#[test]
fn report_for_a_ten_year_log_and_odd_periods() {
    let log = sample_log(10, 3);
    let now = last_time(&log);
    for days in [0, 1, 30, 90, 400] {
        let bytes = report_pdf(&log, now, days, &ReportTexts::english());
        assert!(bytes.starts_with(b"%PDF"), "{days}");
    }
    let bytes = report_pdf(&log, Timestamp::MAX, 90, &ReportTexts::english());
    assert!(bytes.starts_with(b"%PDF"));
}
