//! The log on disk: round trips, permissions, backups, damaged and truncated files, files from a
//! newer app, and saves interrupted at every step. A patient's log must never be lost.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::log::model::{Entry, FORMAT_VERSION, Flag, GivenBy, LogFile, Reaction, ReactionKind};
use kineret_coach::log::store::{LoadNotice, Store, StoreError, from_ron_bytes, to_ron};
use kineret_coach::testing::{CrashPoint, sample_log, save_with_crash_point};
use proptest::prelude::*;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path().join("data"));
    (dir, store)
}

/// Entry equality including each time's offset (jiff compares instants only).
fn assert_same_log(a: &LogFile, b: &LogFile) {
    assert_eq!(a, b);
    for (x, y) in a.entries.iter().zip(&b.entries) {
        assert_eq!(x.at.offset(), y.at.offset(), "offset of entry {}", x.id);
    }
}

fn small_log() -> LogFile {
    let tz = TimeZone::fixed(jiff::tz::offset(1));
    let mut log = LogFile::default();
    for (i, zone) in [Zone::LeftAbdomen, Zone::RightThigh, Zone::LeftArm]
        .into_iter()
        .enumerate()
    {
        let at = jiff::civil::date(2026, 5, 1 + i as i8)
            .at(8, 0, 0, 0)
            .to_zoned(tz.clone())
            .expect("time");
        log.add_entry(Entry {
            id: 0,
            at,
            zone,
            point: zone.centre(),
            dose: "100 mg".into(),
            given_by: GivenBy::SelfInjected,
            reaction: (i == 1).then(|| Reaction {
                kinds: vec![ReactionKind::Redness],
                note: "röte, ñ".into(),
            }),
            note: if i == 2 {
                "a \"quoted\", note\nwith a new line".into()
            } else {
                String::new()
            },
            flags: if i == 0 { vec![Flag::TooClose] } else { Vec::new() },
        });
    }
    log
}

/// Files in the folder, names only, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn temp_files(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
        .collect()
}

fn broken_files(dir: &Path) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .filter(|n| n.contains(".broken-"))
        .map(|n| dir.join(n))
        .collect()
}

#[test]
fn missing_file_gives_empty_log() {
    let (_tmp, store) = store();
    let loaded = store.load().expect("load");
    assert_eq!(loaded.log, LogFile::default());
    assert_eq!(loaded.notice, None);
    assert!(!store.dir().exists(), "loading must not create anything");
}

#[test]
fn save_then_load_is_equal() {
    let (_tmp, store) = store();
    for log in [small_log(), sample_log(2, 11), LogFile::default()] {
        store.save(&log).expect("save");
        let loaded = store.load().expect("load");
        assert_eq!(loaded.notice, None);
        assert_same_log(&loaded.log, &log);
    }
}

#[test]
fn file_is_readable_ron_with_a_version() {
    let (_tmp, store) = store();
    store.save(&small_log()).expect("save");
    let text = fs::read_to_string(store.path()).expect("read");
    assert!(text.contains(&format!("version: {FORMAT_VERSION}")), "{text}");
    assert!(text.contains("zone: left_abdomen"), "{text}");
    assert!(text.contains("röte, ñ"), "non-ASCII stays readable: {text}");
    assert!(text.lines().count() > 10, "pretty printed");
}

#[cfg(unix)]
#[test]
fn files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_tmp, store) = store();
    store.save(&small_log()).expect("save");
    store.save(&sample_log(1, 1)).expect("save again");
    let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&store.path()), 0o600);
    assert_eq!(mode(&store.backup_path()), 0o600);
    assert_eq!(mode(store.dir()), 0o700);
}

#[test]
fn backup_holds_the_previous_version() {
    let (_tmp, store) = store();
    let first = small_log();
    let second = sample_log(1, 3);
    store.save(&first).expect("save 1");
    assert!(!store.backup_path().exists(), "nothing to back up on the first save");
    store.save(&second).expect("save 2");
    let bak = from_ron_bytes(&fs::read(store.backup_path()).expect("bak")).expect("bak parses");
    assert_same_log(&bak, &first);
    assert_same_log(&store.load().expect("load").log, &second);
    assert!(temp_files(store.dir()).is_empty());
}

#[test]
fn corrupt_file_is_moved_aside_and_backup_restored() {
    let (_tmp, store) = store();
    let first = small_log();
    store.save(&first).expect("save 1");
    store.save(&sample_log(1, 5)).expect("save 2"); // backup = first
    let garbage = b"(version: 1, entries: [ this is not RON \xff\xfe".to_vec();
    fs::write(store.path(), &garbage).expect("corrupt");

    let loaded = store.load().expect("load");
    let Some(LoadNotice::MovedAside {
        moved_to,
        restored_from_backup,
    }) = loaded.notice
    else {
        panic!("expected a notice, got {:?}", loaded.notice)
    };
    assert!(restored_from_backup);
    assert_same_log(&loaded.log, &first);
    assert_eq!(fs::read(&moved_to).expect("moved file"), garbage, "original bytes kept");
    assert_eq!(moved_to.parent(), Some(store.dir()));
    let name = moved_to.file_name().expect("name").to_string_lossy().into_owned();
    assert!(
        name.starts_with("injection-log.broken-") && Path::new(&name).extension().is_some_and(|e| e == "ron"),
        "{name}"
    );
    assert!(!store.path().exists());

    // The app goes on: saving writes a fresh log and keeps both the damaged copy and the backup.
    store.save(&loaded.log).expect("save after restore");
    assert_same_log(&store.load().expect("load").log, &first);
    assert_eq!(fs::read(&moved_to).expect("moved file"), garbage);
}

#[test]
fn second_damaged_file_does_not_overwrite_the_first() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.path(), b"first damage").expect("write");
    store.load().expect("load");
    fs::write(store.path(), b"second damage").expect("write");
    store.load().expect("load");
    let mut contents: Vec<Vec<u8>> = broken_files(store.dir())
        .iter()
        .map(|p| fs::read(p).expect("read"))
        .collect();
    contents.sort();
    assert_eq!(contents, vec![b"first damage".to_vec(), b"second damage".to_vec()]);
}

#[test]
fn corrupt_file_without_backup_starts_empty() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.path(), "").expect("empty file");
    let loaded = store.load().expect("load");
    assert_eq!(loaded.log, LogFile::default());
    assert!(matches!(
        loaded.notice,
        Some(LoadNotice::MovedAside {
            restored_from_backup: false,
            ..
        })
    ));
    assert_eq!(broken_files(store.dir()).len(), 1);
}

#[test]
fn only_a_backup_is_restored_and_reported() {
    let (_tmp, store) = store();
    let log = small_log();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.backup_path(), to_ron(&log).expect("ron")).expect("write bak");
    let loaded = store.load().expect("load");
    assert_same_log(&loaded.log, &log);
    assert_eq!(
        loaded.notice,
        Some(LoadNotice::RestoredFromBackup {
            from: store.backup_path()
        })
    );
}

#[test]
fn damaged_file_is_never_overwritten_by_save() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.path(), b"not a log").expect("write");
    // Save without loading first: the damaged file must be moved aside, not replaced.
    store.save(&small_log()).expect("save");
    let broken = broken_files(store.dir());
    assert_eq!(broken.len(), 1);
    assert_eq!(fs::read(&broken[0]).expect("read"), b"not a log");
    assert!(!store.backup_path().exists(), "a damaged file is not a backup");
}

#[test]
fn truncated_file_at_every_offset_never_loses_bytes() {
    let log = small_log();
    let full = to_ron(&log).expect("ron").into_bytes();
    let backup = LogFile {
        rest_days: 21,
        ..LogFile::default()
    };
    let backup_bytes = to_ron(&backup).expect("ron");
    let tmp = tempfile::tempdir().expect("tmp");
    for cut in 0..full.len() {
        let store = Store::new(tmp.path().join(format!("d{cut}")));
        fs::create_dir_all(store.dir()).expect("dir");
        fs::write(store.path(), &full[..cut]).expect("write");
        fs::write(store.backup_path(), &backup_bytes).expect("write bak");
        let loaded = store.load().unwrap_or_else(|e| panic!("cut {cut}: {e}"));
        match loaded.notice {
            None => {
                // Only whitespace was cut off: the same log.
                assert!(full[cut..].iter().all(u8::is_ascii_whitespace), "cut {cut} parsed");
                assert_same_log(&loaded.log, &log);
                assert_eq!(fs::read(store.path()).expect("read"), &full[..cut]);
            }
            Some(LoadNotice::MovedAside {
                moved_to,
                restored_from_backup,
            }) => {
                assert!(restored_from_backup, "cut {cut}");
                assert_eq!(loaded.log, backup, "cut {cut}");
                assert_eq!(fs::read(&moved_to).expect("moved"), &full[..cut], "cut {cut}");
            }
            Some(other) => panic!("cut {cut}: unexpected {other:?}"),
        }
    }
}

#[test]
fn newer_version_is_refused_and_left_untouched() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let newer = [
        format!(
            "(version: {}, rest_days: 14, entries: [], marks: [], next_id: 1)",
            FORMAT_VERSION + 1
        ),
        // A future format this build cannot even parse.
        format!(
            "(version: {}, entries: {{ \"new\": Layout(1) }}, fancy: r#\"x\"#)",
            FORMAT_VERSION + 7
        ),
        format!("(\n  version: {},\n  entries: [ 😀 unparseable", FORMAT_VERSION + 2),
    ];
    for text in newer {
        fs::write(store.path(), &text).expect("write");
        let before = files(store.dir());
        match store.load() {
            Err(StoreError::TooNew { found, supported, path }) => {
                assert!(found > FORMAT_VERSION);
                assert_eq!(supported, FORMAT_VERSION);
                assert_eq!(path, store.path());
            }
            other => panic!("expected TooNew for {text:?}, got {other:?}"),
        }
        assert!(matches!(store.save(&small_log()), Err(StoreError::TooNew { .. })));
        assert_eq!(fs::read_to_string(store.path()).expect("read"), text, "file untouched");
        assert_eq!(files(store.dir()), before, "no file added or removed");
    }
}

#[test]
fn older_or_equal_version_loads() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(
        store.path(),
        "(version: 0, rest_days: 10, entries: [], marks: [], next_id: 1)",
    )
    .expect("write");
    let loaded = store.load().expect("load");
    assert_eq!(loaded.log.rest_days, 10);
    assert_eq!(loaded.log.version, FORMAT_VERSION);
}

#[test]
fn a_version_1_log_opens_whole_and_area_marks_survive_a_save() {
    // A patient updating the app keeps every entry and spot mark of their old log; the whole
    // areas a nurse's plan keeps away from are saved and read back (format version 2).
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let v1 = "(version: 1, rest_days: 21, entries: [(id: 4, at: \"2026-05-01T08:00:00+02:00\", \
        zone: left_thigh, point: (x: -10.0, y: 20.0), dose: \"100 mg\", given_by: self_injected)], \
        marks: [(id: 9, zone: right_arm, point: (x: 15.0, y: -30.0), kind: scar, \
        created: \"2026-04-01T00:00:00Z\")], next_id: 10)";
    fs::write(store.path(), v1).expect("write");
    let mut log = store.load().expect("a version 1 log loads").log;
    assert_eq!((log.entries.len(), log.marks.len(), log.rest_days), (1, 1, 21));
    assert!(log.area_marks.is_empty());
    let id = log.fresh_id();
    log.area_marks.push(kineret_coach::log::model::AreaMark {
        id,
        zone: Zone::LeftAbdomen,
        created: "2026-05-02T00:00:00Z".parse().expect("time"),
        expires: None,
    });
    store.save(&log).expect("save");
    let text = fs::read_to_string(store.path()).expect("read");
    assert!(
        text.contains(&format!("version: {FORMAT_VERSION}")) && FORMAT_VERSION >= 2,
        "{text}"
    );
    let again = store.load().expect("load").log;
    assert_eq!(again.area_marks, log.area_marks);
    assert_eq!(again.entries, log.entries);
}

#[test]
fn load_sorts_entries_and_repairs_ids() {
    let (_tmp, store) = store();
    let mut log = small_log();
    log.entries.reverse();
    for e in &mut log.entries {
        e.id = 7;
    }
    log.next_id = 2;
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.path(), to_ron(&log).expect("ron")).expect("write");
    let loaded = store.load().expect("load").log;
    assert!(
        loaded
            .entries
            .windows(2)
            .all(|w| w[0].at.timestamp() <= w[1].at.timestamp())
    );
    let mut ids: Vec<u64> = loaded.entries.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "ids are unique");
    assert!(loaded.entries.iter().all(|e| e.id < loaded.next_id));
}

#[test]
fn lenient_times_keep_the_instant() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    // An unknown zone name, and an offset that disagrees with the zone's rules.
    let text = r#"(version: 1, entries: [
        (id: 1, at: "2026-05-01T08:00:00+01:00[Mars/Olympus_Mons]", zone: left_arm, point: (x: -23.0, y: -21.5)),
        (id: 2, at: "2026-05-02T08:00:00+05:00[UTC]", zone: left_arm, point: (x: -23.0, y: -21.5)),
    ])"#;
    fs::write(store.path(), text).expect("write");
    let log = store.load().expect("load").log;
    assert_eq!(log.entries.len(), 2);
    assert_eq!(log.entries[0].at.timestamp().to_string(), "2026-05-01T07:00:00Z");
    assert_eq!(log.entries[0].at.offset(), jiff::tz::offset(1));
    assert_eq!(log.entries[1].at.timestamp().to_string(), "2026-05-02T03:00:00Z");
}

#[test]
fn leftover_temp_files_are_removed_but_nothing_else() {
    let (_tmp, store) = store();
    store.save(&small_log()).expect("save");
    fs::write(store.dir().join(".injection-log-abc123.tmp"), b"half").expect("write");
    fs::write(store.dir().join("notes.txt"), b"mine").expect("write");
    store.load().expect("load");
    assert_eq!(
        files(store.dir()),
        vec!["injection-log.ron".to_owned(), "notes.txt".to_owned()]
    );
}

#[test]
fn each_crash_point_leaves_the_old_or_the_new_log() {
    // Every crash point comes before the rename, so the old log is the one that must survive.
    for crash in CrashPoint::ALL {
        let (_tmp, store) = store();
        let before = small_log();
        let after = sample_log(1, 9);
        store.save(&before).expect("save before");
        save_with_crash_point(&store, &after, crash).expect("crashing save");

        let loaded = store.load().expect("load after crash");
        assert_eq!(loaded.notice, None, "{crash:?}");
        assert_same_log(&loaded.log, &before);
        assert!(temp_files(store.dir()).is_empty(), "{crash:?}: temp files cleaned");
        // The new log is complete on disk before the backup moves on: a crash while writing it
        // leaves the backup as it was (here: none yet); a crash after the backup moved leaves
        // a backup that is the old log, complete.
        match crash {
            CrashPoint::AfterBackup => {
                let bak = fs::read(store.backup_path()).unwrap_or_else(|e| panic!("{crash:?}: no backup: {e}"));
                assert_same_log(&from_ron_bytes(&bak).expect("bak parses"), &before);
            }
            CrashPoint::AfterTempWritten | CrashPoint::HalfWrittenTemp => {
                assert!(!store.backup_path().exists(), "{crash:?}: the backup did not move on");
            }
        }
        // And the next save works normally.
        store.save(&after).expect("save after");
        assert_same_log(&store.load().expect("load").log, &after);
        assert_same_log(
            &from_ron_bytes(&fs::read(store.backup_path()).expect("bak")).expect("bak"),
            &before,
        );
    }
}

#[test]
fn crash_points_leave_what_a_power_cut_would() {
    // What each crash point leaves on disk before the next load cleans up: the hook must
    // really stop where its name says, or the test above proves nothing.
    for crash in CrashPoint::ALL {
        let (_tmp, store) = store();
        let before = small_log();
        let after = sample_log(1, 9);
        store.save(&before).expect("save before");
        save_with_crash_point(&store, &after, crash).expect("crashing save");
        let full = to_ron(&after).expect("ron").into_bytes();
        assert_eq!(
            fs::read(store.path()).expect("log"),
            to_ron(&before).expect("ron").into_bytes(),
            "{crash:?}: the log is not replaced"
        );
        let temps: Vec<Vec<u8>> = temp_files(store.dir())
            .iter()
            .map(|n| fs::read(store.dir().join(n)).expect("temp"))
            .collect();
        match crash {
            CrashPoint::AfterBackup | CrashPoint::AfterTempWritten => assert_eq!(temps, vec![full], "{crash:?}"),
            CrashPoint::HalfWrittenTemp => assert_eq!(temps, vec![full[..full.len() / 2].to_vec()], "{crash:?}"),
        }
    }
}

#[test]
fn crash_on_the_very_first_save_leaves_no_log() {
    for crash in CrashPoint::ALL {
        let (_tmp, store) = store();
        save_with_crash_point(&store, &small_log(), crash).expect("crashing save");
        let loaded = store.load().expect("load");
        assert_eq!(loaded.log, LogFile::default(), "{crash:?}");
        assert_eq!(loaded.notice, None);
        assert!(files(store.dir()).is_empty(), "{crash:?}: {:?}", files(store.dir()));
    }
}

#[test]
fn save_error_is_a_plain_sentence_and_keeps_the_old_file() {
    let (_tmp, store) = store();
    let before = small_log();
    store.save(&before).expect("save");
    // A folder where the backup must go: the backup cannot be made, for root as for anyone
    // (file permissions would not stop root), so the save must fail before touching the log.
    fs::create_dir(store.backup_path()).expect("folder in the way");
    fs::write(store.backup_path().join("keep.txt"), b"mine").expect("write");
    let e = store.save(&sample_log(1, 2)).expect_err("the backup cannot be written");
    assert!(matches!(e, StoreError::Save { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "Could not save the log: there is a folder where the file should be. Your earlier log is safe."
    );
    assert_eq!(
        fs::read(store.path()).expect("log"),
        to_ron(&before).expect("ron").into_bytes(),
        "the old log is untouched"
    );
    assert!(temp_files(store.dir()).is_empty(), "{:?}", files(store.dir()));
    assert_eq!(fs::read(store.backup_path().join("keep.txt")).expect("kept"), b"mine");
    assert_same_log(&store.load().expect("load").log, &before);
}

#[test]
fn save_under_a_file_fails_with_a_plain_sentence() {
    // The data folder's parent is a regular file: no one, not even root, can create the folder.
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("not-a-folder");
    fs::write(&file, b"mine").expect("write");
    let store = Store::new(file.join("data"));
    let e = store.save(&small_log()).expect_err("the folder cannot be created");
    assert_eq!(
        e.to_string(),
        "Could not save the log: part of the folder path is a file, not a folder. Your earlier log is safe."
    );
    assert_eq!(
        fs::read(&file).expect("file"),
        b"mine",
        "the file in the way is untouched"
    );
}

#[test]
fn disk_full_message_reads_well() {
    let e = StoreError::Save {
        reason: "the disk is full".into(),
        source: std::io::ErrorKind::StorageFull.into(),
    };
    assert_eq!(
        e.to_string(),
        "Could not save the log: the disk is full. Your earlier log is safe."
    );
}

#[test]
fn sample_log_is_realistic_and_deterministic() {
    let log = sample_log(10, 42);
    assert_eq!(log.entries.len(), 3650);
    assert_eq!(log, sample_log(10, 42));
    assert_ne!(log, sample_log(10, 43));
    assert!(
        log.entries.iter().all(|e| e.zone.contains(e.point)),
        "points inside their zones"
    );
    assert!(
        log.entries
            .windows(2)
            .all(|w| w[0].at.timestamp() < w[1].at.timestamp())
    );
    assert!(log.entries.iter().all(|e| e.at.offset() == jiff::tz::offset(1)));
    let reactions = log.entries.iter().filter(|e| e.reaction.is_some()).count();
    assert!((100..300).contains(&reactions), "{reactions} reactions");
    assert!(log.entries.iter().all(|e| e.id < log.next_id));
}

fn arb_zoned() -> impl Strategy<Value = jiff::Zoned> {
    // Named zones are required: silently dropping them (no zone database) would leave only fixed
    // offsets, and the check that zone names survive the file would test nothing.
    let named: Vec<TimeZone> = ["Europe/Madrid", "America/New_York", "Asia/Kolkata"]
        .iter()
        .map(|n| TimeZone::get(n).unwrap_or_else(|e| panic!("time zone {n} (is tzdata installed?): {e}")))
        .collect();
    (0i64..4_000_000_000, 0u32..1_000_000_000, -720i32..=840, 0usize..4).prop_map(
        move |(secs, nanos, minutes, pick)| {
            let ts = jiff::Timestamp::new(secs, i32::try_from(nanos).expect("nanos")).expect("in range");
            let tz = match named.get(pick) {
                Some(tz) => tz.clone(),
                None => TimeZone::fixed(jiff::tz::Offset::from_seconds(minutes * 60).expect("offset")),
            };
            ts.to_zoned(tz)
        },
    )
}

fn arb_entry() -> impl Strategy<Value = Entry> {
    (
        any::<u64>(),
        arb_zoned(),
        0usize..8,
        (-60.0f32..60.0, -70.0f32..100.0),
        ".{0,12}",
        0usize..3,
        proptest::option::of((proptest::collection::vec(0usize..5, 0..4), "\\PC{0,20}")),
        "(\\PC|\n|\"|,){0,30}",
        proptest::collection::vec(0usize..3, 0..3),
    )
        .prop_map(|(id, at, zone, (x, y), dose, given_by, reaction, note, flags)| Entry {
            id,
            at,
            zone: Zone::ALL[zone],
            point: PointCm::new(x, y),
            dose,
            given_by: GivenBy::ALL[given_by],
            reaction: reaction.map(|(kinds, note)| Reaction {
                kinds: kinds.into_iter().map(|k| ReactionKind::ALL[k]).collect(),
                note,
            }),
            note,
            flags: flags.into_iter().map(|f| Flag::ALL[f]).collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn log_file_survives_ron(entries in proptest::collection::vec(arb_entry(), 0..20), rest in 7u32..=28, next in 1u64..1000) {
        let log = LogFile { rest_days: rest, entries, next_id: next, ..LogFile::default() };
        let text = to_ron(&log).expect("serialise");
        let back = from_ron_bytes(text.as_bytes()).expect("parse back");
        prop_assert_eq!(&back, &log);
        for (a, b) in back.entries.iter().zip(&log.entries) {
            prop_assert_eq!(a.at.offset(), b.at.offset());
            prop_assert_eq!(a.at.time_zone().iana_name(), b.at.time_zone().iana_name());
        }
    }

    #[test]
    fn random_bytes_never_panic_and_are_kept(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let (_tmp, store) = store();
        fs::create_dir_all(store.dir()).expect("dir");
        fs::write(store.path(), &bytes).expect("write");
        let moved = store.load().ok().and_then(|l| l.notice);
        if let Some(LoadNotice::MovedAside { moved_to, .. }) = moved {
            prop_assert_eq!(fs::read(moved_to).expect("moved"), bytes);
        } else {
            prop_assert_eq!(fs::read(store.path()).expect("kept"), bytes);
        }
    }

    #[test]
    fn mutated_log_text_never_panics(cut in 0usize..2000, flip in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = to_ron(&small_log()).expect("ron").into_bytes();
        if flip < bytes.len() { bytes[flip] = byte; }
        bytes.truncate(cut.max(1));
        let (_tmp, store) = store();
        fs::create_dir_all(store.dir()).expect("dir");
        fs::write(store.path(), &bytes).expect("write");
        let _ = store.load();
    }
}

#[cfg(unix)]
#[test]
fn a_log_that_is_a_link_is_refused_and_the_file_it_points_to_is_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let outside = tmp.path().join("someone-elses.ron");
    let text = to_ron(&small_log()).expect("ron");
    fs::write(&outside, &text).expect("write");
    fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).expect("chmod");
    std::os::unix::fs::symlink(&outside, store.path()).expect("symlink");
    assert!(matches!(store.load(), Err(StoreError::Linked { .. })));
    assert!(matches!(store.peek(), Err(StoreError::Linked { .. })));
    let err = store.save(&sample_log(1, 3)).expect_err("refused");
    assert!(err.to_string().contains("is a link"), "{err}");
    assert_eq!(fs::read_to_string(&outside).expect("target"), text);
    let mode = fs::metadata(&outside).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the target was not chmod-ed");
    assert!(
        fs::symlink_metadata(store.path())
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert!(!store.backup_path().exists());
}

#[cfg(unix)]
#[test]
fn a_lock_that_is_a_dangling_link_creates_nothing_where_it_points() {
    let (tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let target = tmp.path().join("elsewhere");
    std::os::unix::fs::symlink(&target, store.dir().join(".lock")).expect("symlink");
    assert!(matches!(store.lock(), Err(StoreError::Linked { .. })));
    assert!(!target.exists());
}

#[cfg(unix)]
#[test]
fn a_pipe_as_the_log_is_refused_without_waiting() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let ok = std::process::Command::new("mkfifo")
        .arg(store.path())
        .status()
        .expect("mkfifo")
        .success();
    assert!(ok);
    let (send, recv) = std::sync::mpsc::channel();
    let dir = store.dir().to_path_buf();
    std::thread::spawn(move || {
        let store = Store::new(dir);
        let peek = matches!(store.peek(), Err(StoreError::NotAFile { .. }));
        let load = matches!(store.load(), Err(StoreError::NotAFile { .. }));
        let _ = send.send((peek, load));
    });
    let got = recv
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("reading the log hangs on a pipe");
    assert_eq!(got, (true, true));
}

#[test]
fn a_log_far_larger_than_any_real_one_is_refused_and_kept() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let f = fs::File::create(store.path()).expect("file");
    f.set_len(kineret_coach::log::store::MAX_FILE_BYTES + 1)
        .expect("sparse");
    drop(f);
    let err = store.load().expect_err("refused");
    assert!(matches!(err, StoreError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("64 MB"), "{err}");
    assert_eq!(files(store.dir()), ["injection-log.ron"]);
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_its_missing_parents_are_private_however_they_are_made() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("dir");
    let store = Store::new(tmp.path().join("a").join("b").join("data"));
    let _lock = store.lock().expect("lock").expect("free");
    for dir in [tmp.path().join("a"), tmp.path().join("a/b"), store.dir().to_path_buf()] {
        let mode = fs::metadata(&dir).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
}

#[test]
fn a_version_number_too_large_to_read_is_newer_not_damaged() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    let text = "(version: 99999999999, entries: [])";
    fs::write(store.path(), text).expect("write");
    assert!(matches!(store.load(), Err(StoreError::TooNew { .. })));
    assert_eq!(files(store.dir()), ["injection-log.ron"], "nothing moved aside");
    assert_eq!(fs::read_to_string(store.path()).expect("log"), text);
}

#[test]
fn a_leftover_temp_file_is_removed_when_a_command_takes_the_log() {
    let (_tmp, store) = store();
    store.save(&small_log()).expect("save");
    fs::write(store.dir().join(".injection-log-abc123.tmp"), b"half").expect("write");
    let _lock = store.lock().expect("lock").expect("free");
    assert!(temp_files(store.dir()).is_empty(), "{:?}", files(store.dir()));
}

#[test]
fn a_save_interrupted_before_the_new_log_is_in_place_keeps_the_older_backup() {
    let (_tmp, store) = store();
    let first = small_log();
    let mut second = small_log();
    second.rest_days = 21;
    store.save(&first).expect("first");
    store.save(&second).expect("second");
    store
        .save_with_crash_point(&sample_log(1, 5), Some(CrashPoint::AfterTempWritten))
        .expect("crashing save");
    assert_same_log(&store.load().expect("load").log, &second);
    let bak = from_ron_bytes(&fs::read(store.backup_path()).expect("bak")).expect("bak parses");
    assert_same_log(&bak, &first);
}

#[test]
fn a_missing_log_with_a_damaged_backup_names_where_the_backup_was_kept() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.backup_path(), b"damaged").expect("write");
    let loaded = store.load().expect("load");
    let Some(LoadNotice::BackupMovedAside { moved_to }) = loaded.notice else {
        panic!("{:?}", loaded.notice)
    };
    assert_eq!(fs::read(&moved_to).expect("kept"), b"damaged");
    assert!(!store.path().exists());
}

#[test]
fn a_damaged_log_and_backup_name_both_kept_copies() {
    let (_tmp, store) = store();
    fs::create_dir_all(store.dir()).expect("dir");
    fs::write(store.path(), b"log damage").expect("write");
    fs::write(store.backup_path(), b"bak damage").expect("write");
    let loaded = store.load().expect("load");
    let Some(LoadNotice::BothMovedAside {
        moved_to,
        backup_moved_to,
    }) = loaded.notice
    else {
        panic!("{:?}", loaded.notice)
    };
    assert_eq!(fs::read(&moved_to).expect("kept"), b"log damage");
    assert_eq!(fs::read(&backup_moved_to).expect("kept"), b"bak damage");
}
