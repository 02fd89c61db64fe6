//! Merging a CSV file made by [`crate::log::export`] into the log.
//!
//! The whole file is checked before anything changes: a file that is not an injection log
//! changes nothing, a bad row is reported with its line number and skipped, and an injection
//! already in the log is not added twice. This module must never panic on any input, never
//! drop or alter entries already in the log, and never touch files.

use std::collections::HashMap;

use crate::body_map::model::{PointCm, Zone};
use crate::log::export::CSV_HEADER;
use crate::log::model::{Entry, Flag, GivenBy, LogFile, Reaction, ReactionKind, parse_zoned_lenient};
use crate::rotation::{self, Violation};

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New entries added to the log.
    pub added: usize,
    /// Rows that were already in the log (or earlier in the same file).
    pub skipped_duplicates: usize,
    /// Rows that could not be read: line number in the file (1 = header) and why, in plain words.
    pub rejected: Vec<(usize, String)>,
    /// Rows with the time, area and spot of an entry but other details: line and what differs.
    /// The entry was left as it was.
    pub conflicts: Vec<(usize, String)>,
    /// Entries whose details were replaced by a conflicting row (only when asked for).
    pub replaced: usize,
}

/// The file as a whole could not be imported; nothing was changed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    #[error(
        "This file is not an injection log exported by Kineret Coach (its first line should be \
         \"time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note\"). Nothing was imported."
    )]
    NotALog,
}

/// One readable row of the file. `entry.id` is 0 until it is added to a log.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvRow {
    /// Line number in the file where the row starts (1 = header).
    pub line: usize,
    pub entry: Entry,
}

/// Every row of a file: the readable ones and the rejected ones (line, why).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedCsv {
    pub rows: Vec<CsvRow>,
    pub rejected: Vec<(usize, String)>,
}

/// Reads an exported CSV without changing anything. Fails only if the header is not ours.
pub fn parse_csv(bytes: &[u8]) -> Result<ParsedCsv, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();

    match reader.read_byte_record(&mut record) {
        Ok(true) if is_our_header(&record) => {}
        _ => return Err(ImportError::NotALog),
    }

    let mut parsed = ParsedCsv::default();
    let mut lines = LineCounter::default();
    loop {
        let line = lines.line_at(bytes, reader.position().byte());
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, |p| lines.line_at(bytes, p.byte()));
                if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                    continue; // blank line
                }
                match parse_row(&record) {
                    Ok(entry) => parsed.rows.push(CsvRow { line, entry }),
                    Err(why) => parsed.rejected.push((line, why)),
                }
            }
            Err(e) => {
                parsed
                    .rejected
                    .push((line, format!("the rest of the file could not be read ({e})")));
                break;
            }
        }
    }
    Ok(parsed)
}

/// Line numbers from byte offsets (the `csv` crate's own count is one short after CRLF).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    /// The 1-based line of the first character at or after `offset` that is not a line break
    /// (a record's position may point at the end of the previous line). Offsets only grow.
    fn line_at(&mut self, bytes: &[u8], offset: u64) -> usize {
        let mut start = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        if start > self.offset {
            self.newlines += bytes[self.offset..start]
                .iter()
                .fold(0, |n, &b| n + usize::from(b == b'\n'));
            self.offset = start;
        }
        self.newlines + 1
    }
}

/// How an import treats rows that differ from an entry already in the log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// A row with the same time, area and spot as an entry but other details (dose, who,
    /// reaction, note) replaces that entry's details. Off by default: the log wins.
    pub replace_conflicts: bool,
}

/// Adds the file's injections to `log`: new ones get fresh ids, duplicates (same second,
/// same zone, same point to 0.05 cm, same details) are skipped, entries stay sorted by time.
/// Every new point is checked like a tap on the body map: a point outside its area is
/// rejected, a point that breaks a rotation rule is kept with that rule's flag.
/// If the file is not an exported log, `log` is not changed at all.
pub fn import_csv(log: &mut LogFile, bytes: &[u8]) -> Result<ImportReport, ImportError> {
    import_csv_with(log, bytes, ImportOptions::default())
}

/// Where a known spot comes from: an entry of the log (index) or an earlier row of the file.
#[derive(Clone, Copy)]
enum Known {
    Log(usize),
    File(usize),
}

/// [`import_csv`] with options.
pub fn import_csv_with(log: &mut LogFile, bytes: &[u8], options: ImportOptions) -> Result<ImportReport, ImportError> {
    let parsed = parse_csv(bytes)?;
    let mut report = ImportReport {
        rejected: parsed.rejected,
        ..ImportReport::default()
    };

    let mut known: HashMap<(i64, Zone), Vec<(PointCm, Known)>> =
        HashMap::with_capacity(log.entries.len() + parsed.rows.len());
    for (i, e) in log.entries.iter().enumerate() {
        known
            .entry((e.at.timestamp().as_second(), e.zone))
            .or_default()
            .push((e.point, Known::Log(i)));
    }
    let mut added: Vec<CsvRow> = Vec::new();
    let mut replacements: Vec<(usize, Entry)> = Vec::new();
    for row in parsed.rows {
        let same = known
            .entry((row.entry.at.timestamp().as_second(), row.entry.zone))
            .or_default();
        let Some(&(_, source)) = same.iter().find(|(p, _)| same_point(*p, row.entry.point)) else {
            same.push((row.entry.point, Known::File(added.len())));
            added.push(row);
            continue;
        };
        let earlier = match source {
            Known::Log(i) => &log.entries[i],
            Known::File(i) => &added[i].entry,
        };
        let differs = differences(earlier, &row.entry);
        if differs.is_empty() {
            report.skipped_duplicates += 1;
        } else if options.replace_conflicts
            && let Known::Log(i) = source
        {
            replacements.push((i, row.entry));
            report.replaced += 1;
        } else {
            let whose = match source {
                Known::Log(_) => "an injection already in the log".to_owned(),
                Known::File(i) => format!("line {} of this file", added[i].line),
            };
            report.conflicts.push((
                row.line,
                format!(
                    "same time, area and spot as {whose}, but the {} differ; the earlier one was kept",
                    differs.join(" and ")
                ),
            ));
        }
    }
    for (i, new) in replacements {
        let old = &mut log.entries[i];
        old.dose = new.dose;
        old.given_by = new.given_by;
        old.reaction = new.reaction;
        old.note = new.note;
        old.flags = flag_set(old.flags.iter().chain(&new.flags).copied());
    }

    // Oldest first, so that each point is checked against the injections before it, as the
    // body map checks a tap at that moment.
    added.sort_by_key(|r| r.entry.at.timestamp());
    if !added.is_empty() {
        log.bump_next_id();
    }
    for CsvRow { line, mut entry } in added {
        let violations = rotation::check(entry.zone, entry.point, entry.at.timestamp(), log);
        if violations.contains(&Violation::NotInZone) {
            report.rejected.push((
                line,
                format!(
                    "the spot (x {:.1} cm, y {:.1} cm) is not inside the body area \"{}\"",
                    entry.point.x,
                    entry.point.y,
                    entry.zone.key()
                ),
            ));
            continue;
        }
        entry.flags = flag_set(entry.flags.iter().copied().chain(rotation::flags_for(&violations)));
        log.add_entry(entry);
        report.added += 1;
    }
    report.rejected.sort_by_key(|(line, _)| *line);
    Ok(report)
}

/// Flags as a set: sorted, each at most once.
fn flag_set(flags: impl IntoIterator<Item = Flag>) -> Vec<Flag> {
    let mut v: Vec<Flag> = flags.into_iter().collect();
    v.sort();
    v.dedup();
    v
}

/// The details (beyond time, area and spot) in which two entries differ, in plain words.
fn differences(a: &Entry, b: &Entry) -> Vec<&'static str> {
    let reaction = |e: &Entry| e.reaction.clone().filter(|r| !r.kinds.is_empty() || !r.note.is_empty());
    let mut out = Vec::new();
    if a.dose != b.dose {
        out.push("dose");
    }
    if a.given_by != b.given_by {
        out.push("\"given by\"");
    }
    if reaction(a) != reaction(b) {
        out.push("reaction");
    }
    if a.note != b.note {
        out.push("note");
    }
    out
}

/// The same spot as far as a CSV can tell: within 0.05 cm on each axis (the export rounds to
/// 0.1 cm, so a spot exported and read back always matches itself).
fn same_point(a: PointCm, b: PointCm) -> bool {
    const TOLERANCE: f32 = 0.05 + 1e-4;
    (a.x - b.x).abs() <= TOLERANCE && (a.y - b.y).abs() <= TOLERANCE
}

fn is_our_header(record: &csv::ByteRecord) -> bool {
    record.len() == CSV_HEADER.len()
        && record
            .iter()
            .zip(CSV_HEADER)
            .all(|(got, want)| std::str::from_utf8(got).is_ok_and(|g| g.trim().eq_ignore_ascii_case(want)))
}

fn parse_row(record: &csv::ByteRecord) -> Result<Entry, String> {
    if record.len() != CSV_HEADER.len() {
        return Err(format!(
            "it has {} columns instead of {}",
            record.len(),
            CSV_HEADER.len()
        ));
    }
    let mut fields = [""; 9];
    for (i, raw) in record.iter().enumerate() {
        fields[i] = std::str::from_utf8(raw).map_err(|_| {
            format!(
                "the {} column contains characters that are not readable text",
                CSV_HEADER[i]
            )
        })?;
    }
    let [time, zone, x, y, dose, given_by, reaction, flags, note] = fields;

    let at = parse_time(time)?;
    let zone = Zone::from_key(zone).ok_or_else(|| format!("unknown body area \"{}\"", short(zone)))?;
    let point = PointCm::new(parse_cm(x, "x_cm")?, parse_cm(y, "y_cm")?);
    let given_by = if given_by.trim().is_empty() {
        GivenBy::default()
    } else {
        GivenBy::from_key(given_by).ok_or_else(|| format!("unknown \"given by\" value \"{}\"", short(given_by)))?
    };
    let reaction = parse_reaction(reaction)?;
    let flags = flag_set(parse_list(flags, Flag::from_key, "flag")?);

    Ok(Entry {
        id: 0,
        at,
        zone,
        point,
        dose: unprotect_text(dose),
        given_by,
        reaction,
        note: unprotect_text(note),
        flags,
    })
}

fn parse_time(text: &str) -> Result<jiff::Zoned, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the time is missing".to_owned());
    }
    let bad = || {
        format!(
            "the time \"{}\" is not a date and time like 2026-05-01T08:00:00+01:00",
            short(text)
        )
    };
    let pieces = jiff::fmt::temporal::Pieces::parse(text).map_err(|_| bad())?;
    if pieces.time().is_none() {
        return Err(bad());
    }
    if pieces.offset().is_none() {
        return Err(format!(
            "the time \"{}\" has no UTC offset (like +01:00 at the end)",
            short(text)
        ));
    }
    if pieces.to_numeric_offset().is_some_and(|o| o.seconds() % 60 != 0) {
        return Err(format!(
            "the time \"{}\" has an offset with seconds; use hours and minutes (like +01:00)",
            short(text)
        ));
    }
    if pieces.date().year() < 1900 {
        return Err(format!("the time \"{}\" is before the year 1900", short(text)));
    }
    parse_zoned_lenient(text).map_err(|_| bad())
}

fn parse_cm(text: &str, column: &str) -> Result<f32, String> {
    let v: f32 = text
        .trim()
        .parse()
        .map_err(|_| format!("the {column} value \"{}\" is not a number", short(text)))?;
    if !v.is_finite() || v.abs() > 1000.0 {
        return Err(format!(
            "the {column} value \"{}\" is not a point on the body map",
            short(text)
        ));
    }
    Ok(v)
}

/// `redness;pain: note`, `: note`, or empty.
fn parse_reaction(text: &str) -> Result<Option<Reaction>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let (kinds, note) = match text.split_once(':') {
        Some((kinds, note)) => (kinds, note.strip_prefix(' ').unwrap_or(note)),
        None => (text, ""),
    };
    let kinds = parse_list(kinds, ReactionKind::from_key, "reaction")?;
    Ok(Some(Reaction {
        kinds,
        note: note.to_owned(),
    }))
}

fn parse_list<T>(text: &str, from_key: fn(&str) -> Option<T>, what: &str) -> Result<Vec<T>, String> {
    text.split(';')
        .filter(|k| !k.trim().is_empty())
        .map(|k| from_key(k).ok_or_else(|| format!("unknown {what} \"{}\"", short(k.trim()))))
        .collect()
}

/// Undoes [`crate::log::export::protect_text`]: one leading `'` is removed.
fn unprotect_text(text: &str) -> String {
    text.strip_prefix('\'').unwrap_or(text).to_owned()
}

/// At most 40 characters of a bad value, for messages.
/// Control characters are shown as escapes, so a message cannot clear a terminal.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().nth(40).is_some() {
        s.push('…');
    }
    crate::log::edge::printable(&s)
}
