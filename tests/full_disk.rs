//! A full disk and a read-only data folder, for real: a 256 KiB tmpfs mounted for the test.
//! Mounting needs root, so the tests are ignored by default; CI runs them as root:
//! `cargo test --test full_disk -- --ignored --nocapture`. Where no tmpfs can be mounted they
//! print why and are skipped, except in CI (`CI` set), where that fails them unless
//! `KC_SKIP_TMPFS=1` says the skip is meant. Logging a dose must then tell the user,
//! in their language, what happened and what to do; keep the dose in the open window; leave
//! the log and its backup on disk exactly as they were; and save everything once there is
//! room again.
//!
//! What a patient would notice if this broke: a dose logged on a full disk silently gone
//! after the next start, a half-written or empty log, or a message they cannot read.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use kineret_coach::app::{LogSession, Notice};
use kineret_coach::body_map::model::Zone;
use kineret_coach::i18n::{I18n, embedded_files};
use kineret_coach::log::model::{Entry, GivenBy};
use kineret_coach::log::store::{BACKUP_FILE_NAME, LOG_FILE_NAME, Store, TEMP_PREFIX};

/// A small tmpfs, unmounted when dropped (also when the test fails).
struct Tmpfs {
    dir: PathBuf,
    _parent: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts one, or says why it cannot (not root, no mount namespace allowed).
    fn mount() -> Result<Self, String> {
        let parent = tempfile::tempdir().map_err(|e| e.to_string())?;
        let dir = parent.path().join("mnt");
        fs::create_dir(&dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs"])
            .arg(&dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "mount -t tmpfs failed (needs root): {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(Self { dir, _parent: parent })
    }

    fn remount(&self, how: &str) {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(&self.dir)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mount -o remount,{how}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

/// The tmpfs, or `None` after printing why the test is skipped. In CI a skip is a failure.
fn tmpfs_or_skip(test: &str) -> Option<Tmpfs> {
    match Tmpfs::mount() {
        Ok(t) => Some(t),
        Err(why) => {
            assert!(
                std::env::var_os("CI").is_none() || std::env::var_os("KC_SKIP_TMPFS").is_some(),
                "{test}: CI must be able to mount a tmpfs (or set KC_SKIP_TMPFS=1 to skip on purpose): {why}"
            );
            println!("SKIPPED {test}: {why}");
            eprintln!("SKIPPED {test}: {why}");
            None
        }
    }
}

fn dose(day: i8) -> Entry {
    let zone = Zone::ALL[day as usize % Zone::ALL.len()];
    Entry {
        id: 0,
        at: jiff::civil::date(2026, 5, day)
            .at(8, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(2)))
            .expect("time"),
        zone,
        point: zone.centre(),
        dose: "100 mg".into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: String::new(),
        flags: Vec::new(),
    }
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(TEMP_PREFIX))
                .collect()
        })
        .unwrap_or_default()
}

/// The log and its backup, as bytes.
fn on_disk(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    (
        fs::read(dir.join(LOG_FILE_NAME)).expect("log"),
        fs::read(dir.join(BACKUP_FILE_NAME)).expect("backup"),
    )
}

/// The save failure is one error notice whose reason is the message `reason`, and reads in
/// each of the four languages in that language (no English sentence from the store inside).
fn assert_told_in_every_language(notices: &[Notice], reason: &str) {
    assert_eq!(notices.len(), 1, "{notices:?}");
    let n = &notices[0];
    assert_eq!(n.id(), "store-save-failed", "{n:?}");
    for lang in ["en", "es", "fr", "de"] {
        for id in ["store-save-failed", reason] {
            assert!(
                embedded_files().any(|f| f.lang == lang && f.text.lines().any(|l| l.starts_with(&format!("{id} =")))),
                "{lang} has no message {id}"
            );
        }
        let i18n = I18n::new(lang);
        let text = n.text(&i18n);
        assert!(text.contains(&i18n.t(reason)), "{lang}: {text}");
        if lang != "en" {
            for english in ["disk is full", "read-only", "Could not save", "not allowed"] {
                assert!(!text.contains(english), "{lang}: English inside: {text}");
            }
        }
        println!("{lang}: {text}");
    }
}

#[test]
#[ignore = "mounts a tmpfs (root): cargo test --test full_disk -- --ignored --nocapture"]
fn a_full_disk_keeps_the_dose_tells_the_user_and_saves_it_when_there_is_room() {
    let Some(fs_) = tmpfs_or_skip("full disk") else { return };
    let data = fs_.dir.join("data");
    let (mut session, notices) = LogSession::open(&data);
    assert!(notices.is_empty(), "{notices:?}");
    for day in 1..=3 {
        let (_, n) = session.log_dose(dose(day));
        assert!(n.iter().all(|n| n.id() != "store-save-failed"), "{n:?}");
    }
    let before = on_disk(&data);

    // Fill the disk to the last byte.
    let filler = fs_.dir.join("filler");
    let mut f = fs::File::create(&filler).expect("filler");
    let chunk = vec![0u8; 4096];
    let full = loop {
        if let Err(e) = f.write_all(&chunk) {
            break e;
        }
    };
    while f.write_all(&[0]).is_ok() {}
    assert_eq!(full.kind(), std::io::ErrorKind::StorageFull, "{full}");
    drop(f);

    let (_, notices) = session.log_dose(dose(4));
    assert_told_in_every_language(&notices, "store-reason-full");
    assert_eq!(session.log().entries.len(), 4, "the dose is kept in the open window");
    assert_eq!(on_disk(&data), before, "the log and its backup are as they were");
    assert!(temp_files(&data).is_empty(), "{:?}", temp_files(&data));
    assert_eq!(Store::new(&data).peek().expect("log").entries.len(), 3);

    assert!(session.has_unsaved_changes());
    assert_eq!(session.save_again().len(), 1, "still full: the retry says so again");

    // Room again. Closing the window now (the app calls `save_again`) saves the dose of the
    // full disk; so does the next change.
    fs::remove_file(&filler).expect("free space");
    assert!(session.save_again().is_empty(), "the retry worked");
    assert!(!session.has_unsaved_changes());
    assert_eq!(&Store::new(&data).peek().expect("log"), session.log());
    let (_, notices) = session.log_dose(dose(5));
    assert!(notices.iter().all(|n| n.id() != "store-save-failed"), "{notices:?}");
    assert_eq!(&Store::new(&data).peek().expect("log"), session.log());
    assert_eq!(session.log().entries.len(), 5);
    println!(
        "full disk: the save failed with a message in 4 languages, 4 entries kept in memory, all 5 saved after space was freed"
    );
}

#[test]
#[ignore = "mounts a tmpfs (root): cargo test --test full_disk -- --ignored --nocapture"]
fn a_read_only_data_folder_keeps_the_dose_tells_the_user_and_saves_it_when_writable() {
    let Some(fs_) = tmpfs_or_skip("read-only folder") else {
        return;
    };
    let data = fs_.dir.join("data");
    {
        let (mut session, _) = LogSession::open(&data);
        session.log_dose(dose(1));
        session.log_dose(dose(2));
    }
    let before = on_disk(&data);
    // Root may write anywhere the mode forbids; a read-only file system stops even root.
    fs_.remount("ro");
    let (mut session, _) = LogSession::open(&data);
    assert_eq!(session.log().entries.len(), 2, "the log is read");
    let (_, notices) = session.log_dose(dose(3));
    assert_told_in_every_language(&notices, "store-reason-read-only");
    assert_eq!(session.log().entries.len(), 3, "the dose is kept in the open window");
    assert_eq!(on_disk(&data), before);

    fs_.remount("rw");
    assert!(
        session.save_again().is_empty(),
        "the retry (as when the window closes) worked"
    );
    assert_eq!(&Store::new(&data).peek().expect("log"), session.log());
    let (_, notices) = session.log_dose(dose(4));
    assert!(notices.iter().all(|n| n.id() != "store-save-failed"), "{notices:?}");
    assert_eq!(&Store::new(&data).peek().expect("log"), session.log());
    assert_eq!(session.log().entries.len(), 4);
    println!(
        "read-only folder: the save failed with a message in 4 languages, 3 entries kept in memory, all 4 saved once writable"
    );
}
