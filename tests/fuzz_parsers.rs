//! Every parser the app has, fed real files that were cut off, bit-flipped, spliced and
//! garbled: the log (RON, as the window and `log export` read it), a CSV import, the kiosk
//! configuration (RON, with its PNG logo), the translations (Fluent `.ftl`) and the settings
//! (RON, through eframe's storage). None may panic, and none may change the file it read.
//!
//! What a patient would notice if this broke: the app crashing at start because a file on
//! the computer was damaged (by a power cut, a bad disk, a hand edit), or a damaged log being
//! "repaired" into something else and the injections in it lost.
//!
//! Each test prints how many cases it ran (`cargo test --test fuzz_parsers -- --nocapture`).

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::Parser as _;
use kineret_coach::content::Content;
use kineret_coach::i18n::{I18n, LocaleFile, check::check_files, embedded_files};
use kineret_coach::log::export::csv_string;
use kineret_coach::log::import::import_csv;
use kineret_coach::log::model::LogFile;
use kineret_coach::log::store::{LOCK_FILE_NAME, LoadNotice, Store, StoreError, to_ron};
use kineret_coach::settings::{MAX_SCALE, MIN_SCALE, Settings};
use kineret_coach::testing::sample_log;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Cases per parser: small enough that the whole file runs in well under a minute in a debug
/// build on two cores, large enough that every kind of damage lands in every part of a file.
const CASES: u32 = 256;

/// One change to a file's bytes, as a bad disk, a cut-off copy or a hand edit would make.
#[derive(Clone, Debug)]
enum Damage {
    /// Cut off after this fraction of the file (per mille).
    Truncate(u16),
    /// One bit flipped at a fraction (per mille) of the file.
    FlipBit(u16, u8),
    /// One byte replaced.
    SetByte(u16, u8),
    /// Random bytes inserted.
    Insert(u16, Vec<u8>),
    /// A run of bytes removed.
    Delete(u16, u8),
    /// A run of the file copied to another place (a torn write, a bad merge).
    Splice(u16, u16, u8),
}

fn at(len: usize, per_mille: u16) -> usize {
    len * usize::from(per_mille.min(1000)) / 1000
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len();
    match damage {
        Damage::Truncate(p) => bytes.truncate(at(len, *p)),
        Damage::FlipBit(p, bit) => {
            if let Some(b) = bytes.get_mut(at(len, *p)) {
                *b ^= 1 << (bit % 8);
            }
        }
        Damage::SetByte(p, v) => {
            if let Some(b) = bytes.get_mut(at(len, *p)) {
                *b = *v;
            }
        }
        Damage::Insert(p, new) => {
            let i = at(len, *p);
            bytes.splice(i..i, new.iter().copied());
        }
        Damage::Delete(p, n) => {
            let i = at(len, *p);
            let end = (i + usize::from(*n)).min(len);
            bytes.drain(i..end);
        }
        Damage::Splice(from, to, n) => {
            let i = at(len, *from);
            let end = (i + usize::from(*n)).min(len);
            let run: Vec<u8> = bytes[i..end].to_vec();
            let j = at(len, *to);
            bytes.splice(j..j, run);
        }
    }
}

fn damage() -> impl Strategy<Value = Damage> {
    let p = 0u16..=1000;
    // Bytes that matter to RON, CSV and Fluent, besides any byte at all.
    let syntax = prop_oneof![
        any::<u8>(),
        proptest::sample::select(b"()[]{}:,\"'#\n\r\t=-*$.\\ 0129".to_vec()),
    ];
    prop_oneof![
        p.clone().prop_map(Damage::Truncate),
        (p.clone(), any::<u8>()).prop_map(|(p, b)| Damage::FlipBit(p, b)),
        (p.clone(), syntax.clone()).prop_map(|(p, b)| Damage::SetByte(p, b)),
        (p.clone(), proptest::collection::vec(syntax, 1..12)).prop_map(|(p, v)| Damage::Insert(p, v)),
        (p.clone(), any::<u8>()).prop_map(|(p, n)| Damage::Delete(p, n)),
        (p.clone(), p, any::<u8>()).prop_map(|(a, b, n)| Damage::Splice(a, b, n)),
    ]
}

/// A real file, damaged one to four times; sometimes replaced by plain random bytes.
fn damaged(original: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        9 => proptest::collection::vec(damage(), 1..5).prop_map(move |ds| {
            let mut bytes = original.clone();
            for d in &ds {
                apply(&mut bytes, d);
            }
            bytes
        }),
        1 => proptest::collection::vec(any::<u8>(), 0..300),
    ]
}

/// Runs `test` on `CASES` damaged copies of `original`; returns the number of cases run.
fn fuzz(name: &str, original: Vec<u8>, test: impl FnMut(&[u8]) -> Result<(), TestCaseError>) -> u32 {
    fuzz_n(name, original, CASES, test)
}

/// [`fuzz`] with another number of cases (for a slow parser).
fn fuzz_n(name: &str, original: Vec<u8>, cases: u32, test: impl FnMut(&[u8]) -> Result<(), TestCaseError>) -> u32 {
    let runs = AtomicUsize::new(0);
    let test = std::cell::RefCell::new(test);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&damaged(original), |bytes| {
        runs.fetch_add(1, Ordering::Relaxed);
        (test.borrow_mut())(&bytes)
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let n = u32::try_from(runs.load(Ordering::Relaxed)).unwrap_or(u32::MAX);
    println!("fuzz {name}: {n} cases (each a damaged real file), no panic, no file changed");
    n
}

/// Every file in a folder (name -> bytes), to compare before and after.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| {
                    let bytes = fs::read(e.path()).unwrap_or_default();
                    (e.file_name().to_string_lossy().into_owned(), bytes)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A real log with reactions, notes and every zone; small enough for many cases.
fn real_log() -> LogFile {
    let mut log = sample_log(1, 7);
    log.entries.truncate(24);
    log.bump_next_id();
    log
}

/// `kineret-coach --data-dir DIR ARGS [FILE]`, run in this process.
fn command(dir: &Path, words: &[&str], file: Option<&Path>) -> anyhow::Result<()> {
    let mut argv: Vec<std::ffi::OsString> = vec!["kineret-coach".into(), "--data-dir".into(), dir.into()];
    argv.extend(words.iter().map(Into::into));
    argv.extend(file.map(Into::into));
    let cli = kineret_coach::cli::Cli::parse_from(argv);
    let command = cli.command.as_ref().expect("a command");
    kineret_coach::cli::run(&cli, command, &mut Vec::new())
}

fn log_text() -> Vec<u8> {
    to_ron(&real_log()).expect("ron").into_bytes()
}

#[test]
fn a_damaged_log_read_by_a_second_window_or_log_export_changes_no_file() {
    let good_backup = to_ron(&sample_log(1, 3)).expect("ron").into_bytes();
    let mut rejected = 0;
    fuzz("log (read only: second window, log export)", log_text(), |bytes| {
        let tmp = tempfile::tempdir().expect("dir");
        let dir = tmp.path().join("data");
        fs::create_dir(&dir).expect("dir");
        fs::write(dir.join("injection-log.ron"), bytes).expect("log");
        fs::write(dir.join("injection-log.ron.bak"), &good_backup).expect("bak");
        fs::write(dir.join(LOCK_FILE_NAME), b"").expect("lock");
        let before = snapshot(&dir);
        let peeked = Store::new(&dir).peek();
        if peeked.is_err() {
            rejected += 1;
        }
        // `kineret-coach log export --format csv`, in this process.
        let exported = command(&dir, &["log", "export", "--format", "csv"], None);
        prop_assert_eq!(peeked.is_ok(), exported.is_ok(), "peek and export agree");
        prop_assert_eq!(snapshot(&dir), before, "a reader changed a file");
        Ok(())
    });
    println!("  of which refused as damaged or too new: {rejected}");
}

#[test]
fn a_damaged_log_opened_by_the_window_is_kept_byte_for_byte() {
    let backup = real_log();
    let backup_bytes = to_ron(&backup).expect("ron").into_bytes();
    fuzz("log (opened for change)", log_text(), |bytes| {
        let tmp = tempfile::tempdir().expect("dir");
        let dir = tmp.path().join("data");
        fs::create_dir(&dir).expect("dir");
        let log_path = dir.join("injection-log.ron");
        fs::write(&log_path, bytes).expect("log");
        fs::write(dir.join("injection-log.ron.bak"), &backup_bytes).expect("bak");
        let store = Store::new(&dir);
        let _lock = store.lock().expect("lock").expect("free");
        match store.load() {
            Ok(loaded) => match loaded.notice {
                None => prop_assert_eq!(fs::read(&log_path).expect("log"), bytes, "a good log is not rewritten"),
                Some(LoadNotice::MovedAside {
                    moved_to,
                    restored_from_backup,
                }) => {
                    prop_assert_eq!(
                        fs::read(&moved_to).expect("kept"),
                        bytes,
                        "the damaged log is kept as it was"
                    );
                    prop_assert!(restored_from_backup);
                    prop_assert_eq!(&loaded.log, &backup, "the backup is used");
                }
                Some(other) => prop_assert!(false, "unexpected notice {:?}", other),
            },
            Err(StoreError::TooNew { .. }) => {
                prop_assert_eq!(fs::read(&log_path).expect("log"), bytes, "a newer log is left alone");
            }
            Err(e) => prop_assert!(false, "unexpected error {}", e),
        }
        prop_assert_eq!(
            fs::read(dir.join("injection-log.ron.bak")).expect("bak"),
            backup_bytes.clone()
        );
        Ok(())
    });
}

fn csv_text() -> Vec<u8> {
    csv_string(&real_log()).expect("csv").into_bytes()
}

#[test]
fn a_damaged_csv_import_never_panics_and_never_drops_or_alters_an_entry() {
    // The log it is merged into holds other days, so every row of the file is new to it.
    let base = sample_log(1, 99);
    let mut added_total = 0;
    fuzz("CSV import", csv_text(), |bytes| {
        let mut log = base.clone();
        if let Ok(report) = import_csv(&mut log, bytes) {
            added_total += report.added;
            prop_assert_eq!(log.entries.len(), base.entries.len() + report.added);
        } else {
            prop_assert_eq!(&log, &base, "a file that is not a log changes nothing");
        }
        for old in &base.entries {
            prop_assert!(log.entries.contains(old), "entry {} was dropped or changed", old.id);
        }
        Ok(())
    });
    println!("  rows added from damaged files in all: {added_total}");
}

#[test]
fn a_damaged_csv_file_given_to_log_import_is_left_as_it_was() {
    let mut imported = 0;
    let mut n = 0;
    fuzz("CSV import file (log import FILE)", csv_text(), |bytes| {
        // Saving to disk is the slow part: every fourth case goes through the command.
        n += 1;
        if n % 4 != 0 {
            return Ok(());
        }
        let tmp = tempfile::tempdir().expect("dir");
        let file = tmp.path().join("from-clinic.csv");
        fs::write(&file, bytes).expect("csv");
        let dir = tmp.path().join("data");
        if command(&dir, &["log", "import"], Some(&file)).is_ok() {
            imported += 1;
            prop_assert!(Store::new(&dir).peek().is_ok(), "the saved log reads back");
        }
        prop_assert_eq!(fs::read(&file).expect("csv"), bytes, "the import file was changed");
        Ok(())
    });
    println!("  through the command: {} files, {imported} imported", n / 4);
}

#[test]
fn a_damaged_kiosk_configuration_stops_with_a_sentence_and_is_left_as_it_was() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let config = fs::read(root.join("kiosk.ron")).expect("example config");
    let logo = fs::read(root.join("clinic-logo.png")).expect("example logo");
    let mut accepted = 0;
    fuzz("kiosk configuration", config, |bytes| {
        let tmp = tempfile::tempdir().expect("dir");
        let path = tmp.path().join("kiosk.ron");
        fs::write(&path, bytes).expect("config");
        fs::write(tmp.path().join("clinic-logo.png"), &logo).expect("logo");
        let before = snapshot(tmp.path());
        match kineret_coach::kiosk::config::load(Some(&path)) {
            Ok(setup) => {
                accepted += 1;
                prop_assert!(!setup.languages.is_empty());
                prop_assert!((30..=1800).contains(&setup.idle_timeout.as_secs()));
                prop_assert!(!setup.clinic_name.trim().is_empty());
            }
            Err(e) => {
                let text = e.to_string();
                prop_assert!(
                    text.contains("kiosk.ron") && !text.contains('\n'),
                    "one sentence naming the file: {}",
                    text
                );
            }
        }
        prop_assert_eq!(snapshot(tmp.path()), before, "a file was changed");
        Ok(())
    });
    println!("  still a good configuration after the damage: {accepted}");
}

#[test]
fn a_kiosk_configuration_message_never_prints_control_characters_from_the_file() {
    // Found by the test above: a logo name or language with a line break (or an escape that
    // clears the terminal) came out raw in the one-line message printed at start.
    let tmp = tempfile::tempdir().expect("dir");
    let path = tmp.path().join("kiosk.ron");
    let example =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kiosk.ron")).expect("example");
    for (from, to) in [
        ("logo: \"clinic-logo.png\"", "logo: \"clinic\nlogo\u{1b}[2J.png\""),
        ("languages: [\"en\",", "languages: [\"e\u{1b}[2Jn\","),
    ] {
        assert!(example.contains(from), "{from}");
        fs::write(&path, example.replace(from, to)).expect("config");
        let e = kineret_coach::kiosk::config::load(Some(&path)).expect_err("refused");
        let text = e.to_string();
        assert!(!text.contains('\n') && !text.contains('\u{1b}'), "{text}");
    }
}

#[test]
fn a_damaged_kiosk_logo_stops_with_a_sentence_and_is_left_as_it_was() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let config = fs::read(root.join("kiosk.ron")).expect("example config");
    let logo = fs::read(root.join("clinic-logo.png")).expect("example logo");
    fuzz("kiosk logo (PNG)", logo, |bytes| {
        let tmp = tempfile::tempdir().expect("dir");
        let path = tmp.path().join("kiosk.ron");
        fs::write(&path, &config).expect("config");
        fs::write(tmp.path().join("clinic-logo.png"), bytes).expect("logo");
        let before = snapshot(tmp.path());
        if let Err(e) = kineret_coach::kiosk::config::load(Some(&path)) {
            prop_assert!(e.to_string().contains("logo"), "{}", e);
        }
        prop_assert_eq!(snapshot(tmp.path()), before, "a file was changed");
        Ok(())
    });
}

/// Message ids of a Fluent file (lines `id = ...`).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.to_owned())
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .collect()
}

#[test]
fn a_damaged_translation_falls_back_and_is_reported_never_a_crash() {
    let content = Content::embedded();
    let files: Vec<LocaleFile> = embedded_files().collect();
    let english_ids: Vec<String> = files
        .iter()
        .filter(|f| f.lang == "en")
        .flat_map(|f| message_ids(f.text))
        .collect();
    assert!(english_ids.len() > 100, "the English messages were found");
    let when: jiff::Zoned = "2026-05-01T08:05:00+02:00[Europe/Madrid]".parse().expect("time");
    let mut total = 0;
    for (which, lang) in [("ui.ftl", "de"), ("content.ftl", "fr"), ("ui.ftl", "en")] {
        let original = files
            .iter()
            .find(|f| f.lang == lang && f.name == which)
            .expect("file")
            .text;
        total += fuzz(
            &format!("translation locales/{lang}/{which}"),
            original.as_bytes().to_vec(),
            |bytes| {
                // The app's texts are `&'static str` (built in); a damaged copy lives as long.
                let text: &'static str = Box::leak(String::from_utf8_lossy(bytes).into_owned().into_boxed_str());
                let mut damaged = files.clone();
                for f in &mut damaged {
                    if f.lang == lang && f.name == which {
                        f.text = text;
                    }
                }
                let changed = text != original;
                let problems = check_files(&damaged, &content);
                if !changed {
                    prop_assert!(problems.is_empty());
                }
                let i18n = I18n::from_files(&damaged, lang);
                for id in &english_ids {
                    let _ = i18n.t(id);
                    let _ = i18n.t_args(
                        id,
                        &[
                            ("count", 3.into()),
                            ("days", 1.into()),
                            ("path", "/tmp/x".into()),
                            ("reason", "r".into()),
                            ("zone", "z".into()),
                        ],
                    );
                }
                let _ = (
                    i18n.date(&when),
                    i18n.time(&when),
                    i18n.date_time(&when),
                    i18n.decimal(2.46),
                );
                let _ = i18n.choices();
                Ok(())
            },
        );
    }
    println!("  translations in all: {total} cases");
}

/// eframe's settings file as it writes it: a RON map of keys to RON strings.
fn settings_file() -> Vec<u8> {
    let settings = Settings {
        language: Some("de".into()),
        region: Some(kineret_coach::content::Region::Eu),
        text_scale: 1.3,
        high_contrast: true,
        map_days: 30,
    };
    let mut kv: HashMap<String, String> = HashMap::new();
    kv.insert(
        kineret_coach::app::SETTINGS_KEY.to_owned(),
        ron::to_string(&settings).expect("settings"),
    );
    kv.insert("egui".to_owned(), "(zoom_factor: 1.0)".to_owned());
    ron::ser::to_string_pretty(&kv, ron::ser::PrettyConfig::default())
        .expect("file")
        .into_bytes()
}

/// An in-memory eframe storage holding what eframe's file storage read from the file.
struct Stored(HashMap<String, String>);

impl eframe::Storage for Stored {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn damaged_settings_start_the_app_with_sane_settings() {
    let mut read = 0;
    // Each case builds the whole app (every language, every lesson): fewer cases.
    fuzz_n(
        "settings (eframe storage, RON, the app started with it)",
        settings_file(),
        CASES / 4,
        |bytes| {
            // What eframe does with the file: parse the whole map or start empty.
            let kv: HashMap<String, String> = ron::de::from_bytes(bytes).unwrap_or_default();
            if kv.contains_key(kineret_coach::app::SETTINGS_KEY) {
                read += 1;
            }
            let storage = Stored(kv);
            let ctx = eframe::egui::Context::default();
            let storage: &dyn eframe::Storage = &storage;
            let app = kineret_coach::app::App::new(&ctx, Some(storage), &kineret_coach::app::StartOptions::default());
            let s = app.settings();
            prop_assert!(
                s.text_scale.is_finite() && (MIN_SCALE..=MAX_SCALE).contains(&s.text_scale),
                "{:?}",
                s
            );
            prop_assert!([14, 30, 90].contains(&s.map_days), "{:?}", s);
            prop_assert!(
                s.language
                    .as_deref()
                    .is_some_and(|l| kineret_coach::i18n::available().contains(&l)),
                "{:?}",
                s
            );
            Ok(())
        },
    );
    println!("  settings still found in the damaged file: {read}");
    // And the inner value alone, damaged inside an intact file.
    let inner = ron::to_string(&Settings::default()).expect("settings").into_bytes();
    fuzz("settings value", inner, |bytes| {
        let value = String::from_utf8_lossy(bytes).into_owned();
        let storage = Stored(HashMap::from([(kineret_coach::app::SETTINGS_KEY.to_owned(), value)]));
        if let Some(s) = eframe::get_value::<Settings>(&storage, kineret_coach::app::SETTINGS_KEY) {
            let s = s.sanitized();
            prop_assert!(s.text_scale.is_finite() && (MIN_SCALE..=MAX_SCALE).contains(&s.text_scale));
            prop_assert!([14, 30, 90].contains(&s.map_days));
        }
        Ok(())
    });
}
