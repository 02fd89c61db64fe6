//! CSV export and import: exact format, round trips, duplicates, files that are not logs, bad
//! rows, and random or cut-off input (which must never panic or change the log).

use jiff::tz::TimeZone;
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::log::export::{csv_string, write_csv};
use kineret_coach::log::import::{ImportError, ImportOptions, import_csv, import_csv_with, parse_csv};
use kineret_coach::log::model::{Entry, Flag, GivenBy, LogFile, Reaction, ReactionKind};
use kineret_coach::testing::sample_log;
use proptest::prelude::*;

const HEADER: &str = "time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note";

fn at(text: &str) -> jiff::Zoned {
    let ts: jiff::Timestamp = text.parse().expect("timestamp");
    let offset = jiff::fmt::temporal::Pieces::parse(text)
        .expect("pieces")
        .to_numeric_offset()
        .expect("offset");
    ts.to_zoned(TimeZone::fixed(offset))
}

fn entry(time: &str, zone: Zone, x: f32, y: f32) -> Entry {
    Entry {
        id: 0,
        at: at(time),
        zone,
        point: PointCm::new(x, y),
        dose: "100 mg".into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: String::new(),
        flags: Vec::new(),
    }
}

/// A log with everything that is hard to quote or parse.
fn tricky_log() -> LogFile {
    let mut log = LogFile::default();
    let mut e = entry("2026-05-01T08:00:00+01:00", Zone::LeftArm, -23.04, -21.5);
    e.reaction = Some(Reaction {
        kinds: vec![ReactionKind::Redness, ReactionKind::Swelling],
        note: "itchy, \"bad\": 3 cm".into(),
    });
    e.flags = vec![Flag::TooClose, Flag::NavelCircle];
    e.note = "Señora Müller, \"quoted\",\nsecond line; ß".into();
    log.add_entry(e);

    let mut e = entry("2026-05-02T07:30:15-05:00", Zone::RightThigh, -9.5, 33.0);
    e.given_by = GivenBy::Carer;
    e.dose = "=cmd|' /C calc'!A0".into();
    e.note = "'already quoted".into();
    e.reaction = Some(Reaction {
        kinds: Vec::new(),
        note: " only a note".into(),
    });
    log.add_entry(e);

    let mut e = entry("2026-05-03T20:00:00+05:30", Zone::LeftAbdomen, 9.0, 0.0);
    e.given_by = GivenBy::Nurse;
    e.dose = String::new();
    e.reaction = Some(Reaction {
        kinds: vec![ReactionKind::Pain],
        note: String::new(),
    });
    e.flags = vec![Flag::AvoidMark];
    e.note = "-1 day late, +2 °C\r\n@home\ttab".into();
    log.add_entry(e);
    log
}

/// Same injection as far as the CSV can tell: instant to the second, offset, point to 0.1 cm.
/// Flags: the imported ones are the written ones plus those of any rule the point breaks.
fn assert_same_entries(got: &[Entry], want: &[Entry]) {
    assert_same_entries_but(got, want, false);
}

fn assert_same_entries_but(got: &[Entry], want: &[Entry], flags_may_grow: bool) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.at.timestamp().as_second(), w.at.timestamp().as_second());
        assert_eq!(g.at.offset(), w.at.offset());
        assert_eq!(g.zone, w.zone);
        assert!((g.point.x - w.point.x).abs() <= 0.051, "{:?} vs {:?}", g.point, w.point);
        assert!((g.point.y - w.point.y).abs() <= 0.051, "{:?} vs {:?}", g.point, w.point);
        assert_eq!(g.dose, w.dose);
        assert_eq!(g.given_by, w.given_by);
        let normal = |r: &Option<Reaction>| r.clone().filter(|r| !r.kinds.is_empty() || !r.note.is_empty());
        assert_eq!(normal(&g.reaction), normal(&w.reaction));
        if flags_may_grow {
            assert!(
                w.flags.iter().all(|f| g.flags.contains(f)),
                "{:?} vs {:?}",
                g.flags,
                w.flags
            );
        } else {
            assert_eq!(g.flags, w.flags);
        }
        assert_eq!(g.note, w.note);
    }
}

#[test]
fn empty_log_is_just_the_header() {
    assert_eq!(csv_string(&LogFile::default()).expect("csv"), format!("{HEADER}\r\n"));
}

#[test]
fn rows_have_the_documented_format() {
    let csv = csv_string(&tricky_log()).expect("csv");
    assert!(csv.starts_with(&format!(
        "{HEADER}\r\n2026-05-01T08:00:00+01:00,left_arm,-23.0,-21.5,100 mg,self,"
    )));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("valid csv");
    assert_eq!(rows.len(), 3);
    let first: Vec<&str> = rows[0].iter().collect();
    assert_eq!(
        first,
        [
            "2026-05-01T08:00:00+01:00",
            "left_arm",
            "-23.0",
            "-21.5",
            "100 mg",
            "self",
            "redness;swelling: itchy, \"bad\": 3 cm",
            "too_close;navel_circle",
            "Señora Müller, \"quoted\",\nsecond line; ß",
        ]
    );
    let second: Vec<&str> = rows[1].iter().collect();
    assert_eq!(second[0], "2026-05-02T07:30:15-05:00");
    assert_eq!(
        second[4], "'=cmd|' /C calc'!A0",
        "formulas are defused for spreadsheets"
    );
    assert_eq!(second[5], "carer");
    assert_eq!(second[6], ":  only a note");
    assert_eq!(second[8], "''already quoted");
    let third: Vec<&str> = rows[2].iter().collect();
    assert_eq!(third[0], "2026-05-03T20:00:00+05:30");
    assert_eq!(&third[4..8], ["", "nurse", "pain", "avoid_mark"]);
}

#[test]
fn times_are_whole_seconds_with_the_entry_offset() {
    let mut log = LogFile::default();
    let precise: jiff::Timestamp = "2026-05-01T07:00:00.987654321Z".parse().expect("ts");
    let mut e = entry("2026-05-01T08:00:00+01:00", Zone::LeftThigh, 9.5, 33.0);
    e.at = precise.to_zoned(TimeZone::fixed(jiff::tz::offset(2)));
    log.add_entry(e);
    let csv = csv_string(&log).expect("csv");
    assert!(
        csv.contains("\r\n2026-05-01T09:00:00+02:00,left_thigh,9.5,33.0,"),
        "{csv}"
    );
    // Importing it back into the same log finds the same injection.
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    assert_eq!((report.added, report.skipped_duplicates), (0, 1));
}

#[test]
fn write_csv_matches_csv_string() {
    let log = sample_log(1, 4);
    let mut bytes = Vec::new();
    write_csv(&log, &mut bytes).expect("write");
    assert_eq!(String::from_utf8(bytes).expect("utf8"), csv_string(&log).expect("csv"));
}

#[test]
fn export_then_import_gives_the_same_entries() {
    for log in [tricky_log(), sample_log(1, 21)] {
        let csv = csv_string(&log).expect("csv");
        let mut fresh = LogFile::default();
        let report = import_csv(&mut fresh, csv.as_bytes()).expect("import");
        assert_eq!(report.rejected, Vec::<(usize, String)>::new());
        assert_eq!(report.skipped_duplicates, 0);
        assert_eq!(report.added, log.entries.len());
        // The sample log does not flag every spot close to an earlier one; the import does.
        assert_same_entries_but(&fresh.entries, &log.entries, true);
        let mut ids: Vec<u64> = fresh.entries.iter().map(|e| e.id).collect();
        // `dedup` only drops neighbours: sort first, or equal ids far apart go unnoticed.
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), log.entries.len(), "fresh unique ids");
        assert!(fresh.entries.iter().all(|e| e.id < fresh.next_id));
    }
}

#[test]
fn importing_twice_adds_nothing_the_second_time() {
    let source = sample_log(1, 8);
    let csv = csv_string(&source).expect("csv");
    let mut log = LogFile::default();
    let first = import_csv(&mut log, csv.as_bytes()).expect("first");
    assert_eq!(first.added, 365);
    let before = log.clone();
    let second = import_csv(&mut log, csv.as_bytes()).expect("second");
    assert_eq!((second.added, second.skipped_duplicates), (0, 365));
    assert!(second.rejected.is_empty());
    assert_eq!(log, before);
    // And into the log it came from.
    let mut original = source.clone();
    let report = import_csv(&mut original, csv.as_bytes()).expect("own");
    assert_eq!((report.added, report.skipped_duplicates), (0, 365));
    assert_eq!(original, source);
}

#[test]
fn import_merges_and_keeps_order_and_existing_entries() {
    let mut log = LogFile::default();
    log.add_entry(entry("2026-05-02T08:00:00+01:00", Zone::LeftArm, -23.0, -21.5));
    log.add_entry(entry("2026-05-04T08:00:00+01:00", Zone::RightArm, 23.0, -21.5));
    let existing = log.entries.clone();
    let csv = format!(
        "{HEADER}\n\
         2026-05-03T08:00:00+01:00,left_thigh,9.5,33.0,100 mg,self,,,\n\
         2026-05-02T08:00:00+01:00,left_arm,-23.02,-21.5,100 mg,self,,,same as existing\n\
         2026-05-01T08:00:00+01:00,right_buttock,11.3,6.5,100 mg,self,,,\n\
         2026-05-01T08:00:00+01:00,right_buttock,11.3,6.5,100 mg,self,,,repeated in file\n\
         2026-05-02T08:00:00+01:00,left_arm,-20.0,-21.5,100 mg,self,,,same time other spot\n"
    );
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    // The two repeated rows carry a note the first one lacks: conflicts, not duplicates.
    assert_eq!((report.added, report.skipped_duplicates), (3, 0));
    let conflicts: Vec<usize> = report.conflicts.iter().map(|(l, _)| *l).collect();
    assert_eq!(conflicts, [3, 5]);
    assert_eq!(log.entries.len(), 5);
    assert!(
        log.entries
            .windows(2)
            .all(|w| w[0].at.timestamp() <= w[1].at.timestamp())
    );
    for e in &existing {
        assert!(log.entries.contains(e), "existing entry kept unchanged");
    }
    let mut ids: Vec<u64> = log.entries.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5);
}

#[test]
fn bad_rows_are_rejected_with_line_numbers_and_good_rows_added() {
    let csv = format!(
        "{HEADER}\n\
         2026-05-01T08:00:00+01:00,left_arm,-23.0,-21.5,100 mg,self,,,\"two\nlines\"\n\
         yesterday,left_arm,-23.0,-21.5,100 mg,self,,,\n\
         2026-05-02T08:00:00,left_arm,-23.0,-21.5,100 mg,self,,,\n\
         2026-05-03T08:00:00+01:00,left_elbow,1,2,100 mg,self,,,\n\
         2026-05-04T08:00:00+01:00,left_arm,abc,2,100 mg,self,,,\n\
         2026-05-05T08:00:00+01:00,left_arm,NaN,2,100 mg,self,,,\n\
         2026-05-06T08:00:00+01:00,left_arm,1,2,100 mg,robot,,,\n\
         2026-05-07T08:00:00+01:00,left_arm,1,2,100 mg,self,hives,,\n\
         2026-05-08T08:00:00+01:00,left_arm,1,2,100 mg,self,,wrong_flag,\n\
         2026-05-09T08:00:00+01:00,left_arm,1,2\n\
         \n\
         2026-05-10T08:00:00+01:00,right_arm,23.0,-21.5,,,,,last\n"
    );
    let mut log = LogFile::default();
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    assert_eq!(report.added, 2);
    let lines: Vec<usize> = report.rejected.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [4, 5, 6, 7, 8, 9, 10, 11, 12]);
    let why = |line: usize| {
        report
            .rejected
            .iter()
            .find(|(l, _)| *l == line)
            .map_or("", |(_, w)| w.as_str())
    };
    assert!(why(4).contains("time"), "{}", why(4));
    assert!(why(5).contains("offset"), "{}", why(5));
    assert!(why(6).contains("left_elbow"), "{}", why(6));
    assert!(why(7).contains("not a number"), "{}", why(7));
    assert!(why(8).contains("\"NaN\" is not a point"), "{}", why(8));
    assert!(why(9).contains("robot"), "{}", why(9));
    assert!(why(10).contains("hives"), "{}", why(10));
    assert!(why(11).contains("wrong_flag"), "{}", why(11));
    assert!(why(12).contains("columns"), "{}", why(12));
    assert_eq!(log.entries[0].note, "two\nlines");
    assert_eq!(log.entries[1].note, "last");
    assert_eq!(log.entries[1].given_by, GivenBy::SelfInjected);
}

fn one_row(time: &str, zone: &str, x: f32, y: f32, rest: &str) -> String {
    format!("{HEADER}\n{time},{zone},{x},{y},100 mg,self,{rest}\n")
}

#[test]
fn an_imported_spot_outside_its_area_is_rejected_with_its_line_number() {
    // Inside the right thigh but named the left thigh; outside every area.
    for (zone, x, y) in [
        ("left_thigh", -9.5, 33.0),
        ("left_arm", 1.0, 2.0),
        ("left_arm", 0.0, 90.0),
    ] {
        let mut log = LogFile::default();
        let csv = one_row("2026-05-01T08:00:00+01:00", zone, x, y, ",,");
        let report = import_csv(&mut log, csv.as_bytes()).expect("import");
        assert_eq!(report.added, 0, "{zone} {x} {y}");
        assert_eq!(report.rejected.len(), 1);
        assert_eq!(report.rejected[0].0, 2);
        assert!(report.rejected[0].1.contains("not inside"), "{}", report.rejected[0].1);
        assert!(log.entries.is_empty());
    }
}

#[test]
fn an_imported_spot_that_breaks_a_rule_is_kept_with_the_rule_flag() {
    // Inside the navel circle, in an abdomen area: what happened happened, but it is flagged.
    let mut log = LogFile::default();
    let report = import_csv(
        &mut log,
        one_row("2026-05-01T08:00:00+01:00", "left_abdomen", 3.0, 0.0, ",,").as_bytes(),
    )
    .expect("import");
    assert_eq!(report.added, 1);
    assert_eq!(log.entries[0].flags, vec![Flag::NavelCircle]);

    // One day after an injection 1 cm away: too close.
    let mut log = LogFile::default();
    log.add_entry(entry("2026-05-01T08:00:00+01:00", Zone::LeftThigh, 9.5, 33.0));
    let report = import_csv(
        &mut log,
        one_row("2026-05-02T08:00:00+01:00", "left_thigh", 9.5, 34.0, ",,").as_bytes(),
    )
    .expect("import");
    assert_eq!(report.added, 1);
    assert_eq!(log.entries[1].flags, vec![Flag::TooClose]);
}

#[test]
fn a_flag_written_many_times_is_stored_once() {
    let flags = vec!["too_close"; 100_000].join(";");
    let mut log = LogFile::default();
    let csv = one_row(
        "2026-05-01T08:00:00+01:00",
        "left_thigh",
        9.5,
        33.0,
        &format!(",{flags},"),
    );
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    assert_eq!(report.added, 1);
    assert_eq!(log.entries[0].flags, vec![Flag::TooClose]);
}

#[test]
fn a_row_that_differs_from_an_entry_is_a_conflict_and_the_entry_is_kept_unless_replaced() {
    let mut log = LogFile::default();
    log.add_entry(entry("2026-05-01T08:00:00+01:00", Zone::LeftThigh, 9.5, 33.0));
    let before = log.clone();
    let csv = format!("{HEADER}\n2026-05-01T08:00:00+01:00,left_thigh,9.5,33.0,50 mg,self,pain,,sore\n");
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    assert_eq!((report.added, report.skipped_duplicates), (0, 0));
    assert_eq!(report.conflicts.len(), 1);
    let (line, why) = &report.conflicts[0];
    assert_eq!(*line, 2);
    for word in ["dose", "reaction", "note"] {
        assert!(why.contains(word), "{why}");
    }
    assert_eq!(log, before, "the entry is left as it was");

    let options = ImportOptions {
        replace_conflicts: true,
    };
    let report = import_csv_with(&mut log, csv.as_bytes(), options).expect("import");
    assert_eq!(report.replaced, 1);
    assert_eq!(log.entries.len(), 1);
    assert_eq!(
        (log.entries[0].dose.as_str(), log.entries[0].note.as_str()),
        ("50 mg", "sore")
    );
    assert_eq!(log.entries[0].id, before.entries[0].id);
}

#[test]
fn times_before_1900_or_with_offset_seconds_are_refused_not_changed() {
    for time in ["1899-12-31T08:00:00+01:00", "2026-05-01T08:00:00+01:00:30"] {
        let mut log = LogFile::default();
        let report = import_csv(&mut log, one_row(time, "left_thigh", 9.5, 33.0, ",,").as_bytes()).expect("import");
        assert_eq!(report.added, 0, "{time}");
        assert_eq!(report.rejected.len(), 1, "{time}");
        assert!(log.entries.is_empty());
    }
}

#[test]
fn a_lost_spot_in_a_hand_edited_log_exports_a_csv_the_import_accepts() {
    let mut log = LogFile::default();
    log.add_entry(entry("2026-05-01T08:00:00+01:00", Zone::LeftThigh, f32::NAN, 33.0));
    log.add_entry(entry("2026-05-20T08:00:00+01:00", Zone::RightArm, 23.0, f32::INFINITY));
    let csv = csv_string(&log).expect("csv");
    let mut back = LogFile::default();
    let report = import_csv(&mut back, csv.as_bytes()).expect("import");
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(report.added, 2);
    assert!(back.entries.iter().all(|e| e.note.contains("not recorded")));
}

#[test]
fn control_characters_in_a_bad_value_are_escaped_in_the_message() {
    let csv = format!("{HEADER}\n2026-05-01T08:00:00+01:00,\u{1b}[2Jarm,1,2,,self,,,\n");
    let report = import_csv(&mut LogFile::default(), csv.as_bytes()).expect("import");
    let why = &report.rejected[0].1;
    assert!(!why.contains('\u{1b}') && why.contains("\\u{1b}"), "{why}");
}

#[test]
fn files_that_are_not_logs_change_nothing() {
    let mut log = sample_log(1, 2);
    let before = log.clone();
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"hello, this is a shopping list\nmilk,eggs\n".to_vec(),
        b"time,zone,x_cm,y_cm,dose,given_by,reaction,flags\n2026-05-01T08:00:00+01:00,left_arm,1,2,,self,,\n".to_vec(),
        b"date,site,x,y,dose,who,reaction,flags,note\n".to_vec(),
        b"time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note,extra\n".to_vec(),
        b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary \x89PNG\r\n\x1a\n".to_vec(),
        (0u8..=255).cycle().take(5000).collect(),
    ];
    for bytes in inputs {
        assert_eq!(import_csv(&mut log, &bytes), Err(ImportError::NotALog));
        assert_eq!(log, before);
    }
    assert!(ImportError::NotALog.to_string().contains("Nothing was imported"));
}

#[test]
fn spreadsheet_saved_files_are_accepted() {
    // A byte-order mark, CRLF line ends and a header in other case, as spreadsheets write them.
    let csv = "\u{feff}Time,Zone,X_cm,Y_cm,Dose,Given_by,Reaction,Flags,Note\r\n\
               2026-05-01T08:00:00+01:00,left_arm,-23,-21.5,100 mg,self,,,ok\r\n";
    let mut log = LogFile::default();
    let report = import_csv(&mut log, csv.as_bytes()).expect("import");
    assert_eq!(report.added, 1);
    assert_eq!(log.entries[0].note, "ok");
}

#[test]
fn parse_csv_changes_nothing_and_reports_lines() {
    let csv = csv_string(&tricky_log()).expect("csv");
    let parsed = parse_csv(csv.as_bytes()).expect("parse");
    assert!(parsed.rejected.is_empty());
    let lines: Vec<usize> = parsed.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 4, 5], "the first note spans two lines");
}

fn arb_entry() -> impl Strategy<Value = Entry> {
    (
        0i64..4_000_000_000,
        -720i32..=840,
        0usize..8,
        (-600i32..600, -700i32..1000),
        "\\PC{0,10}",
        0usize..3,
        proptest::option::of((proptest::collection::vec(0usize..5, 0..3), "(\\PC|\n|:|;|\"|,){0,20}")),
        "(\\PC|\n|\r\n|\"|,|'|=){0,30}",
        proptest::collection::vec(0usize..3, 0..3),
    )
        .prop_map(
            |(secs, minutes, zone, (x, y), dose, given_by, reaction, note, flags)| Entry {
                id: 0,
                at: jiff::Timestamp::from_second(secs)
                    .expect("ts")
                    .to_zoned(TimeZone::fixed(
                        jiff::tz::Offset::from_seconds(minutes * 60).expect("offset"),
                    )),
                zone: Zone::ALL[zone],
                point: PointCm::new(x as f32 / 10.0, y as f32 / 10.0),
                dose,
                given_by: GivenBy::ALL[given_by],
                reaction: reaction.map(|(kinds, note)| Reaction {
                    kinds: kinds.into_iter().map(|k| ReactionKind::ALL[k]).collect(),
                    note,
                }),
                note,
                flags: flags.into_iter().map(|f| Flag::ALL[f]).collect(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_logs_round_trip(entries in proptest::collection::vec(arb_entry(), 0..15)) {
        let mut log = LogFile::default();
        // The app only ever logs spots inside their area (a spot outside is rejected on import,
        // with its line: see the tests above), so the round trip is of such logs.
        for e in entries.into_iter().filter(|e| e.zone.contains(e.point)) {
            log.add_entry(e);
        }
        // Duplicates (same second, zone and point) are merged on import by design.
        // The app's own export must import (a failure here would leave `unique` empty and the
        // round trip below would only check an empty log).
        let mut unique = LogFile::default();
        let first = import_csv(&mut unique, csv_string(&log).expect("csv").as_bytes()).expect("own export imports");
        prop_assert!(first.rejected.is_empty(), "{:?}", first.rejected);
        prop_assert_eq!(first.added + first.skipped_duplicates, log.entries.len());
        let csv = csv_string(&unique).expect("csv");
        let mut back = LogFile::default();
        let report = import_csv(&mut back, csv.as_bytes()).expect("import");
        prop_assert!(report.rejected.is_empty(), "{:?}", report.rejected);
        prop_assert_eq!(report.added, unique.entries.len());
        assert_same_entries(&back.entries, &unique.entries);
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut log = sample_log(0, 1);
        let _ = import_csv(&mut log, &bytes);
        let mut with_header = format!("{HEADER}\n").into_bytes();
        with_header.extend_from_slice(&bytes);
        let report = import_csv(&mut log, &with_header).expect("header is fine");
        prop_assert_eq!(log.entries.len(), report.added);
    }

    #[test]
    fn cut_off_exports_never_panic(cut in 0usize..3000) {
        let csv = csv_string(&tricky_log()).expect("csv").into_bytes();
        let cut = cut.min(csv.len());
        let mut log = LogFile::default();
        match import_csv(&mut log, &csv[..cut]) {
            Ok(report) => {
                prop_assert!(report.added <= 3);
                prop_assert!(log.entries.windows(2).all(|w| w[0].at.timestamp() <= w[1].at.timestamp()));
            }
            Err(ImportError::NotALog) => prop_assert_eq!(log, LogFile::default()),
        }
    }
}
