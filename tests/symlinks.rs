//! Links in and around the data folder. What the app does (see README, "Quality"):
//!
//! * The data folder itself may be a symbolic link (to another disk, a synced folder): the
//!   app uses the folder it points to, writes only its own file names inside it, and never
//!   changes that folder's mode (a shared folder stays shared; the commands warn instead).
//! * The log, its backup, `.lock` or `settings.ron` as a symbolic link: not followed, not
//!   replaced; the file it points to is never read as the log, written or chmodded.
//! * The log as a hard link to a file elsewhere: that file is never written (saves replace the
//!   name, never the bytes) and its mode is not changed.
//!
//! What a patient would notice if this broke: a file outside the app's folder (a document, a
//! shared folder's permissions) changed by the app, or the log written somewhere they did not
//! choose. (Log links refused by the store itself are in `tests/log_store.rs`, exports through
//! links in `tests/cli.rs`.)
#![cfg(unix)]

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;

use kineret_coach::app::LogSession;
use kineret_coach::app::files::{SETTINGS_FILE_NAME, ensure_private_dir, settings_file};
use kineret_coach::body_map::model::Zone;
use kineret_coach::log::model::{Entry, GivenBy};
use kineret_coach::log::store::{BACKUP_FILE_NAME, LOG_FILE_NAME, Store, StoreError, to_ron};
use kineret_coach::testing::sample_log;

fn dose(day: i8) -> Entry {
    let zone = Zone::ALL[day as usize % Zone::ALL.len()];
    Entry {
        id: 0,
        at: jiff::civil::date(2026, 6, day)
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

fn mode(p: &Path) -> u32 {
    fs::metadata(p).expect("meta").permissions().mode() & 0o7777
}

/// Mode and bytes of every file in a folder, and the folder's own mode.
fn state(dir: &Path) -> (u32, BTreeMap<String, (u32, Vec<u8>)>) {
    let files = fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                (mode(&e.path()), fs::read(e.path()).unwrap_or_default()),
            )
        })
        .collect();
    (mode(dir), files)
}

#[test]
fn a_data_folder_that_links_to_a_shared_folder_is_used_but_never_chmodded() {
    let tmp = tempfile::tempdir().expect("dir");
    let shared = tmp.path().join("shared");
    fs::create_dir(&shared).expect("dir");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).expect("chmod");
    fs::write(shared.join("family-notes.txt"), b"not the app's").expect("file");
    fs::set_permissions(shared.join("family-notes.txt"), fs::Permissions::from_mode(0o644)).expect("chmod");
    let link = tmp.path().join("data");
    symlink(&shared, &link).expect("symlink");

    for (round, name) in [link.clone(), tmp.path().join("data/")].into_iter().enumerate() {
        // What the window does at start, then a session that logs doses.
        ensure_private_dir(&name).expect("the folder");
        let (mut session, notices) = LogSession::open(&name);
        assert!(notices.is_empty(), "{notices:?}");
        session.log_dose(dose(1));
        session.log_dose(dose(2));
        drop(session);
        assert_eq!(
            mode(&shared),
            0o755,
            "{}: the shared folder was chmodded",
            name.display()
        );
        assert_eq!(
            fs::read(shared.join("family-notes.txt")).expect("notes"),
            b"not the app's"
        );
        assert_eq!(mode(&shared.join("family-notes.txt")), 0o644);
        assert!(
            fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(),
            "the link stays"
        );
        assert_eq!(Store::new(&shared).peek().expect("log").entries.len(), 2 * (round + 1));
        assert_eq!(
            mode(&shared.join(LOG_FILE_NAME)),
            0o600,
            "the app's own files are private"
        );
    }
}

#[test]
fn a_log_that_links_outside_is_never_written_or_chmodded_by_the_window() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    fs::create_dir(&data).expect("dir");
    let outside_dir = tmp.path().join("elsewhere");
    fs::create_dir(&outside_dir).expect("dir");
    let outside = outside_dir.join("someone-elses.ron");
    fs::write(&outside, to_ron(&sample_log(1, 2)).expect("ron")).expect("file");
    fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).expect("chmod");
    symlink(&outside, data.join(LOG_FILE_NAME)).expect("symlink");
    let before = state(&outside_dir);

    let (mut session, notices) = LogSession::open(&data);
    assert!(session.read_only(), "a linked log is not the app's to change");
    assert_eq!(
        notices.first().map(kineret_coach::app::Notice::id),
        Some("store-read-only")
    );
    let (_, n) = session.log_dose(dose(1));
    assert_eq!(n.first().map(kineret_coach::app::Notice::id), Some("store-read-only"));
    drop(session);
    assert_eq!(state(&outside_dir), before, "the linked file was changed");
    assert!(
        fs::symlink_metadata(data.join(LOG_FILE_NAME))
            .expect("meta")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_backup_that_links_outside_is_left_as_it_is_and_the_save_refused() {
    let tmp = tempfile::tempdir().expect("dir");
    let store = Store::new(tmp.path().join("data"));
    store.save(&sample_log(1, 1)).expect("first save");
    let outside = tmp.path().join("outside.ron");
    fs::write(&outside, b"someone else's file").expect("file");
    fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).expect("chmod");
    symlink(&outside, store.backup_path()).expect("symlink");
    let log_before = fs::read(store.path()).expect("log");

    let e = store.save(&sample_log(1, 2)).expect_err("refused");
    assert!(matches!(e, StoreError::Linked { .. }), "{e:?}");
    assert!(e.to_string().contains(BACKUP_FILE_NAME), "{e}");
    assert!(
        fs::symlink_metadata(store.backup_path())
            .expect("meta")
            .file_type()
            .is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(fs::read(&outside).expect("outside"), b"someone else's file");
    assert_eq!(mode(&outside), 0o644);
    assert_eq!(fs::read(store.path()).expect("log"), log_before, "the log is as it was");
}

#[test]
fn a_log_hard_linked_to_a_file_elsewhere_keeps_that_files_bytes_and_mode() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    fs::create_dir(&data).expect("dir");
    let outside = tmp.path().join("copy-for-the-nurse.ron");
    let text = to_ron(&sample_log(1, 4)).expect("ron");
    fs::write(&outside, &text).expect("file");
    fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).expect("chmod");
    fs::hard_link(&outside, data.join(LOG_FILE_NAME)).expect("hard link");

    let (mut session, notices) = LogSession::open(&data);
    assert!(notices.is_empty(), "{notices:?}");
    session.log_dose(dose(3));
    session.log_dose(dose(4));
    drop(session);
    assert_eq!(
        fs::read_to_string(&outside).expect("outside"),
        text,
        "the file elsewhere was written"
    );
    assert_eq!(mode(&outside), 0o644, "the file elsewhere was chmodded");
    assert_ne!(
        fs::metadata(data.join(LOG_FILE_NAME)).expect("meta").ino(),
        fs::metadata(&outside).expect("meta").ino(),
        "the log is a file of its own now"
    );
}

#[test]
fn a_data_folder_that_is_a_link_is_not_chmodded_through_the_link_however_it_is_written() {
    let tmp = tempfile::tempdir().expect("dir");
    let shared = tmp.path().join("shared");
    fs::create_dir(&shared).expect("dir");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).expect("chmod");
    let link = tmp.path().join("data");
    symlink(&shared, &link).expect("symlink");
    let shared_mode = || mode(&shared);
    // A trailing `/` or `/.` makes the system follow the link: the folder behind it
    // must keep its mode all the same.
    for name in [link.clone(), tmp.path().join("data/"), tmp.path().join("data/.")] {
        ensure_private_dir(&name).expect("a linked folder is used as it is");
        assert_eq!(shared_mode(), 0o755, "{} chmodded the shared folder", name.display());
    }
    // A real folder is tightened, with or without the trailing `/`.
    let own = tmp.path().join("own");
    fs::create_dir(&own).expect("dir");
    fs::set_permissions(&own, fs::Permissions::from_mode(0o755)).expect("chmod");
    ensure_private_dir(&tmp.path().join("own/")).expect("own folder");
    assert_eq!(fs::metadata(&own).expect("meta").permissions().mode() & 0o777, 0o700);
}

#[test]
fn a_settings_file_that_is_a_link_or_pipe_is_neither_read_nor_written() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    fs::create_dir(&data).expect("dir");
    assert_eq!(settings_file(&data), Some(data.join(SETTINGS_FILE_NAME)), "no file yet");
    fs::write(data.join(SETTINGS_FILE_NAME), "{}").expect("file");
    assert_eq!(
        settings_file(&data),
        Some(data.join(SETTINGS_FILE_NAME)),
        "a plain file"
    );
    fs::remove_file(data.join(SETTINGS_FILE_NAME)).expect("rm");
    let outside = tmp.path().join("dotfiles-settings.ron");
    fs::write(&outside, "mine").expect("file");
    symlink(&outside, data.join(SETTINGS_FILE_NAME)).expect("symlink");
    assert_eq!(settings_file(&data), None, "a link");
    fs::remove_file(data.join(SETTINGS_FILE_NAME)).expect("rm");
    let fifo = std::process::Command::new("mkfifo")
        .arg(data.join(SETTINGS_FILE_NAME))
        .status()
        .expect("mkfifo");
    assert!(fifo.success());
    assert_eq!(settings_file(&data), None, "a pipe would hang eframe's read at start");
}
