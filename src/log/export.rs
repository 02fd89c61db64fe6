//! CSV export of the injection log, for the clinician (and for moving a log to another device).
//!
//! One row per injection, columns fixed by [`CSV_HEADER`], quoting done by the `csv` crate.
//! This module only formats: it must never write files itself, change the log, or lose
//! information that [`crate::log::import`] needs to read the rows back.

use std::io::Write;

use crate::log::model::{Entry, LogFile};

/// The header row, exactly.
pub const CSV_HEADER: [&str; 9] = [
    "time", "zone", "x_cm", "y_cm", "dose", "given_by", "reaction", "flags", "note",
];

/// Writing the CSV failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("Could not write the CSV file: {0}")]
    Csv(#[from] csv::Error),
    #[error("Could not write the CSV file: {0}")]
    Io(#[from] std::io::Error),
    #[error("Could not write the CSV file: the text was not valid.")]
    Text,
}

/// Writes the whole log as CSV (header first, oldest entry first).
pub fn write_csv<W: Write>(log: &LogFile, out: W) -> Result<(), ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(CSV_HEADER)?;
    for entry in &log.entries {
        w.write_record(row(entry))?;
    }
    w.flush()?;
    Ok(())
}

/// The whole log as a CSV string.
pub fn csv_string(log: &LogFile) -> Result<String, ExportError> {
    let mut bytes = Vec::with_capacity(64 + log.entries.len() * 96);
    write_csv(log, &mut bytes)?;
    String::from_utf8(bytes).map_err(|_| ExportError::Text)
}

/// Added to the note of an entry whose spot a hand-edited log lost (not a number, or far off
/// the body): the row then names the area's centre, which the import accepts.
pub const SPOT_UNKNOWN_NOTE: &str = "[spot not recorded in the log; the area's centre is shown]";

/// The nine fields of one entry.
fn row(e: &Entry) -> [String; 9] {
    let readable = |v: f32| v.is_finite() && v.abs() <= 1000.0;
    let (point, note) = if readable(e.point.x) && readable(e.point.y) {
        (e.point, e.note.clone())
    } else if e.note.is_empty() {
        (e.zone.centre(), SPOT_UNKNOWN_NOTE.to_owned())
    } else {
        (e.zone.centre(), format!("{} {SPOT_UNKNOWN_NOTE}", e.note))
    };
    [
        format_time(&e.at),
        e.zone.key().to_owned(),
        format!("{:.1}", point.x),
        format!("{:.1}", point.y),
        protect_text(&e.dose),
        e.given_by.key().to_owned(),
        format_reaction(e),
        e.flags.iter().map(|f| f.key()).collect::<Vec<_>>().join(";"),
        protect_text(&note),
    ]
}

/// The log with control characters in its free text shown as escapes, for a CSV printed to
/// a terminal (where they could clear the screen or hide text).
#[must_use]
pub fn for_terminal(log: &LogFile) -> LogFile {
    use crate::log::edge::printable;
    let mut log = log.clone();
    for e in &mut log.entries {
        e.dose = printable(&e.dose);
        e.note = printable(&e.note);
        if let Some(r) = &mut e.reaction {
            r.note = printable(&r.note);
        }
    }
    log
}

/// Only the entries of the last `days` days before `now` (and none after it).
#[must_use]
pub fn last_days(log: &LogFile, now: jiff::Timestamp, days: u32) -> LogFile {
    let from = now
        .checked_sub(jiff::SignedDuration::from_hours(i64::from(days) * 24))
        .unwrap_or(jiff::Timestamp::MIN);
    let mut log = log.clone();
    log.entries.retain(|e| (from..=now).contains(&e.at.timestamp()));
    log
}

/// RFC 3339 with the entry's own offset, to the whole second: `2026-05-01T08:00:00+01:00`.
#[must_use]
pub fn format_time(at: &jiff::Zoned) -> String {
    let ts = at.timestamp();
    let whole = jiff::Timestamp::from_second(ts.as_second()).unwrap_or(ts);
    whole.display_with_offset(at.offset()).to_string()
}

/// `redness;swelling: note`, or `: note` without kinds, or an empty field with no reaction.
fn format_reaction(e: &Entry) -> String {
    let Some(r) = &e.reaction else { return String::new() };
    let mut s = r.kinds.iter().map(|k| k.key()).collect::<Vec<_>>().join(";");
    if !r.note.is_empty() {
        s.push_str(": ");
        s.push_str(&r.note);
    }
    s
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or their full-width forms
/// `＝ ＋ － ＠`, or after a tab, line break or NUL) as a formula. Such free text gets a leading
/// `'` (and so does text that already starts with `'`, so the import can take exactly one
/// away again).
#[must_use]
pub fn protect_text(text: &str) -> String {
    match text.chars().next() {
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '\0' | '\'' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}'
            | '\u{ff20}',
        ) => format!("'{text}"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_a_spreadsheet_would_run_as_a_formula_is_quoted() {
        for text in [
            "\n=1+1",
            "\0=1",
            "\u{ff1d}1+1",
            "\u{ff0b}1",
            "\u{ff0d}1",
            "\u{ff20}A1",
            "=1",
            "'x",
        ] {
            assert_eq!(protect_text(text), format!("'{text}"), "{text:?}");
        }
        assert_eq!(protect_text("100 mg"), "100 mg");
    }

    #[test]
    fn a_csv_shown_in_a_terminal_cannot_clear_the_screen() {
        let mut log = LogFile::default();
        log.add_entry(Entry {
            id: 0,
            at: "2026-05-01T08:00:00+01:00[+01:00]".parse().expect("time"),
            zone: crate::body_map::model::Zone::LeftThigh,
            point: crate::body_map::model::PointCm::new(9.5, 33.0),
            dose: "100 mg\u{1b}[2J".into(),
            given_by: crate::log::model::GivenBy::SelfInjected,
            reaction: Some(crate::log::model::Reaction {
                kinds: Vec::new(),
                note: "red\rhidden".into(),
            }),
            note: "\u{1b}]0;title\u{7}".into(),
            flags: Vec::new(),
        });
        let shown = csv_string(&for_terminal(&log)).expect("csv");
        let body = shown.replace("\r\n", "");
        assert!(!body.chars().any(char::is_control), "{shown:?}");
        assert!(shown.contains("\\u{1b}[2J"), "{shown:?}");
    }
}
