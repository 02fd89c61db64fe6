//! The clinician's PDF report: valid PDF bytes, readable text in any language with the right
//! plurals ("1 injection", not "1 injections"), several pages for long periods, and no panic on
//! empty or odd logs. Text is read back with `pdftotext`, which these tests need.

use std::process::Command;

use jiff::{SignedDuration, Timestamp, Zoned};
use kineret_coach::body_map::model::Zone;
use kineret_coach::i18n::{self, I18n, LocaleFile};
use kineret_coach::log::model::{Entry, LogFile, Reaction, ReactionKind};
use kineret_coach::report::{ReportPeriod, log_report_pdf, log_report_pdf_for};
use kineret_coach::testing::sample_log;

/// `pdftotext -layout` output, one string per page. Panics when pdftotext is not installed:
/// a report test that silently checks nothing is worse than a failing one.
fn pdf_pages(bytes: &[u8]) -> Vec<String> {
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, bytes).expect("write");
    let out = match Command::new("pdftotext").arg("-layout").arg(&pdf).arg("-").output() {
        Ok(out) => out,
        Err(e) => panic!("cannot run pdftotext ({e}): install poppler-utils (pdftotext) to run the PDF tests"),
    };
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf8");
    text.split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// All pages' text with every run of spaces and line breaks made one space, so a sentence that
/// wrapped onto two lines still reads as one.
fn pdf_words(bytes: &[u8]) -> String {
    pdf_pages(bytes)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An hour after the last entry, in the log's own time zone.
fn last_time(log: &LogFile) -> Zoned {
    log.entries
        .last()
        .map_or_else(Zoned::now, |e| &e.at + SignedDuration::from_hours(1))
}

/// A log with exactly one injection, and a time just after it.
fn one_entry_log() -> (LogFile, Zoned) {
    let mut source = sample_log(1, 2);
    let entry: Entry = source.entries.pop().expect("entry");
    let mut log = LogFile::default();
    log.add_entry(entry);
    let now = last_time(&log);
    (log, now)
}

#[test]
fn empty_log_gives_a_one_page_report() {
    let en = I18n::new("en");
    let pages = pdf_pages(&log_report_pdf(&LogFile::default(), &Zoned::now(), 30, &en));
    assert_eq!(pages.len(), 1);
    let words = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    for id in ["report-title", "report-no-entries", "report-no-reactions"] {
        assert!(words.contains(&en.t(id)), "{id} in {words}");
    }
    assert!(words.contains("0 injections logged in this period."), "{words}");
    assert!(words.contains("Page 1 of 1"), "{words}");
}

#[test]
fn one_injection_reads_singular_in_every_language() {
    let (log, now) = one_entry_log();
    let expected = [
        ("en", "1 injection logged in this period.", "1 injections"),
        ("es", "1 inyección anotada en este periodo.", "1 inyecciones"),
        ("fr", "1 injection notée sur cette période.", "1 injections"),
        ("de", "1 Spritze in diesem Zeitraum eingetragen.", "1 Spritzen"),
    ];
    for (lang, singular, plural) in expected {
        let tr = I18n::new(lang);
        assert_eq!(tr.code(), lang);
        let words = pdf_words(&log_report_pdf(&log, &now, 30, &tr));
        assert!(words.contains(singular), "{lang}: {words}");
        assert!(!words.contains(plural), "{lang}: {words}");
        // The one entry is in the table, with its date written the language's way.
        assert!(words.contains(&tr.date_time(&log.entries[0].at)), "{lang}: {words}");
    }
}

#[test]
fn many_injections_read_plural_in_every_language() {
    let log = sample_log(1, 7);
    let now = last_time(&log);
    let expected = [
        ("en", "30 injections logged in this period.", "Last 30 days:"),
        ("es", "30 inyecciones anotadas en este periodo.", "Últimos 30 días:"),
        ("fr", "30 injections notées sur cette période.", "30 derniers jours :"),
        ("de", "30 Spritzen in diesem Zeitraum eingetragen.", "Letzte 30 Tage:"),
    ];
    for (lang, count, period) in expected {
        let words = pdf_words(&log_report_pdf(&log, &now, 30, &I18n::new(lang)));
        assert!(words.contains(count), "{lang}: {words}");
        assert!(words.contains(period), "{lang}: {words}");
    }
}

#[test]
fn a_one_day_period_reads_singular() {
    let (log, now) = one_entry_log();
    let expected = [
        ("en", "Last day:"),
        ("es", "Último día:"),
        ("fr", "Dernier jour :"),
        ("de", "Letzter Tag:"),
    ];
    for (lang, period) in expected {
        let words = pdf_words(&log_report_pdf(&log, &now, 1, &I18n::new(lang)));
        assert!(words.contains(period), "{lang}: {words}");
        assert!(
            !words.contains(" 1 days") && !words.contains(" 1 días"),
            "{lang}: {words}"
        );
    }
}

#[test]
fn ninety_days_flow_onto_more_pages() {
    let en = I18n::new("en");
    let log = sample_log(1, 5);
    let now = last_time(&log);
    let pages = pdf_pages(&log_report_pdf(&log, &now, 90, &en));
    assert!(pages.len() > 1, "{} pages", pages.len());
    let all = pages.join("\n");
    assert!(all.contains(&en.t("report-title")));
    assert!(all.contains("Left side of belly"));
    assert!(all.contains("90 injections logged in this period."), "{all}");
    assert!(all.contains("Last 90 days:"), "{all}");
    // Every one of the 90 entries is in the table exactly once.
    let in_period: Vec<_> = log
        .entries
        .iter()
        .filter(|e| e.at.timestamp() > now.timestamp() - SignedDuration::from_hours(90 * 24))
        .collect();
    assert_eq!(in_period.len(), 90);
    let table: String = all
        .lines()
        .filter(|l| !l.contains("Made on"))
        .collect::<Vec<_>>()
        .join("\n");
    for e in in_period {
        let stamp = en.date_time(&e.at);
        assert_eq!(table.matches(&stamp).count(), 1, "{stamp}");
    }
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of {total}", i + 1)), "page {i}");
    }
}

#[test]
fn thirty_days_only_shows_thirty_days() {
    let log = sample_log(1, 6);
    let words = pdf_words(&log_report_pdf(&log, &last_time(&log), 30, &I18n::new("en")));
    assert!(words.contains("30 injections logged in this period."), "{words}");
}

#[test]
fn other_scripts_and_odd_entries_print() {
    // A test language with accents in the title and an area name; the rest falls back to English.
    let mut files: Vec<LocaleFile> = i18n::embedded_files().collect();
    files.push(LocaleFile {
        lang: "xx",
        name: "ui.ftl",
        text: "report-title = Informe de inyecciones: señal, Größe, über, café\n\
               zone-left_abdomen = Abdomen izquierdo (ñ)\n",
    });
    let tr = I18n::from_files(&files, "xx");
    assert_eq!(tr.code(), "xx");
    let mut log = sample_log(0, 1);
    let mut source = sample_log(1, 2);
    let mut e = source.entries.pop().expect("entry");
    e.zone = Zone::LeftAbdomen;
    e.dose = "a very long dose description that will not fit in the column at all, really".into();
    e.reaction = Some(Reaction {
        kinds: ReactionKind::ALL.to_vec(),
        note: "x".repeat(20_000) + "\n😀 emoji and\ttabs",
    });
    e.point.x = f32::NAN;
    log.add_entry(e);
    let now = last_time(&log);
    let all = pdf_pages(&log_report_pdf(&log, &now, 90, &tr)).join("\n");
    assert!(all.contains("señal, Größe, über, café"), "{all}");
    assert!(all.contains("Abdomen izquierdo (ñ)"), "{all}");
    // The odd entry is in the table (it used to fall outside the period and print nothing).
    assert!(all.contains("1 injection logged in this period."), "{all}");
    assert!(
        all.contains("that will not…"),
        "a long dose is cut at four lines: {all}"
    );
    assert!(all.contains("xxx…"), "a long note is cut at four lines: {all}");
}

#[test]
fn report_for_a_ten_year_log_and_odd_periods() {
    let en = I18n::new("en");
    let log = sample_log(10, 3);
    let now = last_time(&log);
    for days in [0, 1, 30, 90, 400] {
        let bytes = log_report_pdf(&log, &now, days, &en);
        assert!(bytes.starts_with(b"%PDF"), "{days}");
    }
    let end = Timestamp::MAX.to_zoned(jiff::tz::TimeZone::UTC);
    assert!(log_report_pdf(&log, &end, 90, &en).starts_with(b"%PDF"));
    let start = Timestamp::MIN.to_zoned(jiff::tz::TimeZone::UTC);
    assert!(log_report_pdf(&log, &start, 3660, &en).starts_with(b"%PDF"));
}

#[test]
fn a_report_of_one_month_or_the_whole_log_says_so_and_holds_just_those_injections() {
    let tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
    let day = |y: i16, m: i8, d: i8| {
        jiff::civil::date(y, m, d)
            .at(9, 0, 0, 0)
            .to_zoned(tz.clone())
            .expect("time")
    };
    let (mut log, _) = one_entry_log();
    let template = log.entries.pop().expect("entry");
    for (i, at) in [day(2024, 3, 1), day(2026, 10, 1), day(2026, 10, 31), day(2026, 11, 1)]
        .into_iter()
        .enumerate()
    {
        let mut e = template.clone();
        e.id = 0;
        e.at = at;
        e.note = format!("note{i}");
        log.add_entry(e);
    }
    let now = day(2026, 11, 20);
    let en = I18n::new("en");
    let october = pdf_words(&log_report_pdf_for(
        &log,
        &now,
        ReportPeriod::Month { year: 2026, month: 10 },
        &en,
    ));
    assert!(october.contains("October 2026: 10/1/2026 to 10/31/2026"), "{october}");
    assert!(october.contains("2 injections logged in this period."), "{october}");
    let whole = pdf_words(&log_report_pdf_for(&log, &now, ReportPeriod::WholeLog, &en));
    assert!(whole.contains("The whole log: 3/1/2024 to 11/20/2026"), "{whole}");
    assert!(whole.contains("4 injections logged in this period."), "{whole}");
    let de = pdf_words(&log_report_pdf_for(
        &log,
        &now,
        ReportPeriod::WholeLog,
        &I18n::new("de"),
    ));
    assert!(de.contains("Das ganze Tagebuch: 01.03.2024 bis 20.11.2026"), "{de}");
    let last_90 = pdf_words(&log_report_pdf_for(&log, &now, ReportPeriod::LastDays(90), &en));
    assert!(last_90.contains("3 injections logged in this period."), "{last_90}");
}
