//! The command line, as clinic staff and scripts use it: no display needed.

use std::path::Path;
use std::process::{Command, Output};

fn kc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn dir_arg(d: &Path) -> String {
    d.display().to_string()
}

/// `kineret-coach log import FILE --data-dir DATA`.
fn import(file: &Path, data: &Path) -> Output {
    kc(&[
        "log",
        "import",
        &file.display().to_string(),
        "--data-dir",
        &dir_arg(data),
    ])
}

/// A temporary folder whose `data/` log holds the two entries of [`CSV`], imported by the CLI.
fn data_with_sample_log() -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().expect("dir");
    let data = d.path().join("data");
    let csv = d.path().join("in.csv");
    std::fs::write(&csv, CSV).expect("write");
    let o = import(&csv, &data);
    assert!(o.status.success(), "{}", stderr(&o));
    (d, data)
}

const CSV: &str = "time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note
2026-05-01T08:00:00+02:00,left_thigh,8.0,33.0,100 mg,self,,,
2026-05-02T08:05:00+02:00,right_abdomen,-9.0,2.0,100 mg,carer,redness;itching: warm to touch,,\"note, with comma\"
";

#[test]
fn help_and_version_work() {
    let o = kc(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("content"));
    let o = kc(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn content_export_prints_each_section_with_sources_and_rejects_unknown_values() {
    let o = kc(&["content", "export", "--lang", "fr", "--region", "EU", "--format", "md"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert_eq!(md.matches("\n## ").count(), 7, "seven sections");
    assert!(md.contains("[EU-PL]"));
    let o = kc(&["content", "export", "--lang", "xx", "--region", "EU"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    // "en" and "de" alone would match almost any English sentence; the list must be there.
    let valid = format!("valid languages: {}", kineret_coach::i18n::available().join(", "));
    assert!(
        err.contains("unknown language 'xx'") && err.contains(&valid),
        "names the bad value and lists the valid languages ({valid}): {err}"
    );
    let o = kc(&["content", "export", "--lang", "en", "--region", "CA"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("unknown region 'CA'") && err.contains("valid regions: US, EU"),
        "{err}"
    );
}

#[test]
fn content_check_passes() {
    let o = kc(&["content", "check"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn import_merges_skips_duplicates_and_export_gives_them_back() {
    let d = tempfile::tempdir().expect("dir");
    let csv = d.path().join("in.csv");
    std::fs::write(&csv, CSV).expect("write");
    let data = d.path().join("data");
    let o = import(&csv, &data);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("added 2"), "{}", stdout(&o));
    let o = import(&csv, &data);
    assert!(o.status.success());
    assert!(stdout(&o).contains("added 0, skipped 2"), "{}", stdout(&o));
    let o = kc(&["log", "export", "--format", "csv", "--data-dir", &dir_arg(&data)]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note"));
    assert!(out.contains("2026-05-01T08:00:00+02:00,left_thigh"));
    assert!(out.contains("\"note, with comma\""));
    let pdf = d.path().join("r.pdf");
    let o = kc(&[
        "log",
        "export",
        "--format",
        "pdf",
        "--output",
        &pdf.display().to_string(),
        "--data-dir",
        &dir_arg(&data),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));
}

#[test]
fn import_of_a_file_that_is_not_a_log_changes_nothing() {
    let (d, data) = data_with_sample_log();
    let before = std::fs::read(data.join("injection-log.ron")).expect("log");
    let bad = d.path().join("bad.csv");
    std::fs::write(&bad, "name,age\nbob,3\n").expect("write");
    let o = import(&bad, &data);
    assert!(!o.status.success());
    assert_eq!(stderr(&o).trim().lines().count(), 1, "one line: {}", stderr(&o));
    assert_eq!(
        std::fs::read(data.join("injection-log.ron")).expect("log"),
        before,
        "log untouched"
    );
}

#[test]
fn suggest_uses_at_and_prints_json() {
    let (_d, data) = data_with_sample_log();
    let o = kc(&[
        "log",
        "suggest",
        "--at",
        "2026-05-03T08:00:00+02:00",
        "--format",
        "json",
        "--data-dir",
        &dir_arg(&data),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("json");
    let zone = v["zone"].as_str().expect("a zone");
    assert!(
        zone != "left_thigh" && zone != "right_abdomen",
        "never-used zones come first, got {zone}"
    );
    assert!(v["x_cm"].is_number() && v["y_cm"].is_number() && v["reason"].is_string());
    let o = kc(&["log", "suggest", "--at", "yesterday", "--data-dir", &dir_arg(&data)]);
    assert!(!o.status.success());
    // Refused because of the time, not for some other reason.
    assert!(
        stderr(&o).contains("invalid value 'yesterday' for '--at"),
        "{}",
        stderr(&o)
    );
    let o = kc(&["log", "suggest", "--data-dir", &dir_arg(&data)]);
    assert!(o.status.success());
    assert!(!stdout(&o).trim().is_empty());
}

#[test]
fn a_newer_log_is_refused_and_left_untouched() {
    let d = tempfile::tempdir().expect("dir");
    std::fs::write(d.path().join("injection-log.ron"), "(version: 99, entries: [])").expect("write");
    let o = kc(&["log", "export", "--format", "csv", "--data-dir", &dir_arg(d.path())]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("newer"));
    assert_eq!(
        std::fs::read_to_string(d.path().join("injection-log.ron")).expect("log"),
        "(version: 99, entries: [])"
    );
}

#[test]
fn import_refuses_at_once_while_the_window_is_open_and_changes_nothing() {
    let (d, data) = data_with_sample_log();
    let before = std::fs::read(data.join("injection-log.ron")).expect("log");
    // This test process plays the open window: it holds the folder's lock.
    let _window = kineret_coach::log::store::Store::new(&data)
        .lock()
        .expect("lock")
        .expect("free");
    let csv = d.path().join("more.csv");
    std::fs::write(&csv, CSV.replace("2026-05-01", "2026-06-01")).expect("write");
    let o = import(&csv, &data);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("right now"), "{}", stderr(&o));
    assert_eq!(std::fs::read(data.join("injection-log.ron")).expect("log"), before);
}

#[test]
fn export_and_suggest_only_read_even_a_damaged_log() {
    let d = tempfile::tempdir().expect("dir");
    std::fs::write(d.path().join("injection-log.ron"), "(version: 1, entries: [(").expect("write");
    for args in [vec!["log", "export", "--format", "csv"], vec!["log", "suggest"]] {
        let mut a = args.clone();
        let dir = dir_arg(d.path());
        a.extend(["--data-dir", &dir]);
        let o = kc(&a);
        assert!(!o.status.success(), "{args:?}");
        assert!(stderr(&o).contains("cannot be read"), "{}", stderr(&o));
    }
    let names: Vec<String> = std::fs::read_dir(d.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec!["injection-log.ron".to_owned()],
        "the damaged file is left where it is"
    );
}

#[test]
fn suggest_at_the_edge_of_time_does_not_crash() {
    let (_d, data) = data_with_sample_log();
    for at in ["-009999-03-02T01:59:59Z", "9999-12-30T00:00:00Z"] {
        let o = kc(&[
            "log",
            "suggest",
            &format!("--at={at}"),
            "--format",
            "json",
            "--data-dir",
            &dir_arg(&data),
        ]);
        assert!(o.status.success(), "{at}: {}", stderr(&o));
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn export_to(data: &Path, output: &Path) -> Output {
    kc(&[
        "log",
        "export",
        "--output",
        &output.display().to_string(),
        "--data-dir",
        &dir_arg(data),
    ])
}

#[test]
fn an_export_onto_the_apps_own_files_is_refused_and_the_log_kept() {
    let (d, data) = data_with_sample_log();
    // A second import makes a backup.
    let more = d.path().join("more.csv");
    std::fs::write(&more, CSV.replace("2026-05-0", "2026-06-0")).expect("write");
    assert!(import(&more, &data).status.success());
    std::fs::write(data.join("injection-log.broken-20260101-080000.ron"), "kept").expect("broken copy");
    std::fs::hard_link(data.join("injection-log.ron"), d.path().join("hard.csv")).expect("hard link");
    std::os::unix::fs::symlink(data.join("injection-log.ron"), d.path().join("soft.csv")).expect("symlink");
    let before: Vec<Vec<u8>> = [
        "injection-log.ron",
        "injection-log.ron.bak",
        "injection-log.broken-20260101-080000.ron",
    ]
    .iter()
    .map(|n| std::fs::read(data.join(n)).expect("file"))
    .collect();
    let names = names_in(&data);
    for target in [
        data.join("injection-log.ron"),
        data.join("injection-log.ron.bak"),
        data.join(".lock"),
        data.join("injection-log.broken-20260101-080000.ron"),
        data.join("exports").join("..").join("injection-log.ron"),
        d.path().join("hard.csv"),
        d.path().join("soft.csv"),
    ] {
        let o = export_to(&data, &target);
        assert!(!o.status.success(), "{}", target.display());
        let err = stderr(&o);
        assert!(err.contains("own files"), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    let after: Vec<Vec<u8>> = [
        "injection-log.ron",
        "injection-log.ron.bak",
        "injection-log.broken-20260101-080000.ron",
    ]
    .iter()
    .map(|n| std::fs::read(data.join(n)).expect("file"))
    .collect();
    assert_eq!(after, before);
    assert_eq!(names_in(&data), names);
}

#[test]
fn an_export_into_a_pipe_streams_into_it_and_the_pipe_stays() {
    use std::io::Read;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let (d, data) = data_with_sample_log();
    let fifo = d.path().join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    // Opened without waiting for a writer, so the test cannot hang.
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&fifo)
        .expect("open fifo");
    let o = export_to(&data, &fifo);
    assert!(o.status.success(), "{}", stderr(&o));
    let kind = std::fs::symlink_metadata(&fifo).expect("meta").file_type();
    assert!(kind.is_fifo(), "the pipe was replaced by a file");
    let mut got = String::new();
    reader.read_to_string(&mut got).expect("read");
    assert!(got.starts_with("time,zone"), "{got}");
}

#[test]
fn an_export_through_a_symlink_writes_the_linked_file_and_keeps_the_link() {
    let (d, data) = data_with_sample_log();
    let real = d.path().join("real.csv");
    std::fs::write(&real, "old").expect("write");
    let link = d.path().join("link.csv");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let o = export_to(&data, &link);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
    assert!(std::fs::read_to_string(&real).expect("real").starts_with("time,zone"));
}

#[test]
fn an_export_to_dash_goes_to_standard_output_not_a_file_named_dash() {
    let (d, data) = data_with_sample_log();
    let o = Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
        .args(["log", "export", "--output", "-", "--data-dir", &dir_arg(&data)])
        .current_dir(d.path())
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("time,zone"));
    assert!(!d.path().join("-").exists());
}

#[test]
fn an_export_into_a_closed_pipe_ends_quietly() {
    let (_d, data) = data_with_sample_log();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
        .args(["log", "export", "--data-dir", &dir_arg(&data)])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take()); // `| head -0`: the reader is gone before the first line
    let o = child.wait_with_output().expect("waits");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn an_import_with_every_row_rejected_fails_says_so_and_changes_nothing() {
    let (d, data) = data_with_sample_log();
    let before = std::fs::read(data.join("injection-log.ron")).expect("log");
    let csv = d.path().join("bad.csv");
    std::fs::write(
        &csv,
        "time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note\n\
         yesterday,left_arm,1,2,,self,,,\n\
         2026-07-01T08:00:00+02:00,left_arm,1,2,,self,,,\n",
    )
    .expect("write");
    let o = import(&csv, &data);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("line 2") && err.contains("line 3"), "{err}");
    assert!(err.contains("Nothing was imported"), "{err}");
    assert_eq!(std::fs::read(data.join("injection-log.ron")).expect("log"), before);
}

#[test]
fn an_import_conflict_is_reported_and_the_entry_kept() {
    let (d, data) = data_with_sample_log();
    let before = std::fs::read(data.join("injection-log.ron")).expect("log");
    let csv = d.path().join("other.csv");
    std::fs::write(&csv, CSV.replace("100 mg,self", "50 mg,self")).expect("write");
    let o = import(&csv, &data);
    let err = stderr(&o);
    assert!(err.contains("line 2") && err.contains("dose"), "{err}");
    assert!(stdout(&o).contains("conflicts 1"), "{}", stdout(&o));
    assert_eq!(std::fs::read(data.join("injection-log.ron")).expect("log"), before);
}

#[test]
fn a_rejected_import_moves_nothing_aside_and_creates_nothing() {
    let d = tempfile::tempdir().expect("dir");
    let data = d.path().join("data");
    std::fs::create_dir(&data).expect("dir");
    std::fs::write(data.join("injection-log.ron"), "(version: 1, entries: [(").expect("damaged");
    let list = d.path().join("list.csv");
    std::fs::write(&list, "milk,eggs\n").expect("write");
    let o = import(&list, &data);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("Nothing was imported"), "{}", stderr(&o));
    assert_eq!(names_in(&data), ["injection-log.ron"], "no broken copy, no lock");
    // And no data folder appears for an input that is refused.
    let fresh = d.path().join("fresh");
    let o = import(&list, &fresh);
    assert!(!o.status.success());
    assert!(!fresh.exists());
}

#[test]
fn an_import_of_a_pipe_or_device_is_refused_at_once() {
    let (d, data) = data_with_sample_log();
    let fifo = d.path().join("fifo.csv");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    for input in [fifo.as_path(), Path::new("/dev/zero")] {
        let started = std::time::Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
            .args([
                "log",
                "import",
                &input.display().to_string(),
                "--data-dir",
                &dir_arg(&data),
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        while child.try_wait().expect("wait").is_none() {
            if started.elapsed() > std::time::Duration::from_secs(20) {
                let _ = child.kill();
                panic!("import of {} hangs", input.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let o = child.wait_with_output().expect("output");
        assert!(!o.status.success());
        assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    }
}

#[test]
fn command_line_mistakes_get_one_plain_line() {
    for args in [
        vec!["log", "export", "--format", "pdf", "--output", "x.pdf", "--days", "-1"],
        vec!["log", "export", "--days", "0"],
        vec!["log", "suggest", "--at", "now"],
    ] {
        let o = kc(&args);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("kineret-coach: "), "{err}");
    }
}

#[test]
fn a_csv_export_with_days_holds_only_those_days() {
    let d = tempfile::tempdir().expect("dir");
    let data = d.path().join("data");
    let now = jiff::Zoned::now();
    let old = now.checked_sub(jiff::Span::new().days(100)).expect("old");
    let new = now.checked_sub(jiff::Span::new().days(2)).expect("new");
    let fmt = |z: &jiff::Zoned| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
    let csv = d.path().join("in.csv");
    std::fs::write(
        &csv,
        format!(
            "time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note\n\
             {},left_thigh,8.0,33.0,100 mg,self,,,old\n\
             {},left_thigh,8.0,33.0,100 mg,self,,,new\n",
            fmt(&old),
            fmt(&new)
        ),
    )
    .expect("write");
    assert!(import(&csv, &data).status.success());
    let o = kc(&["log", "export", "--days", "30", "--data-dir", &dir_arg(&data)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains(",new") && !out.contains(",old"), "{out}");
}

#[test]
fn the_pdf_report_is_in_the_language_asked_for() {
    let (d, data) = data_with_sample_log();
    let pdf = d.path().join("r.pdf");
    for args in [
        vec!["log", "export", "--format", "pdf", "--lang", "de"],
        vec!["--lang", "de", "log", "export", "--format", "pdf"],
    ] {
        let mut a = args.clone();
        let (p, dd) = (pdf.display().to_string(), dir_arg(&data));
        a.extend(["--output", &p, "--data-dir", &dd]);
        let o = kc(&a);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let text = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext");
        assert!(stdout(&text).contains("Bericht"), "{args:?}: {}", stdout(&text));
    }
}

#[test]
fn a_save_that_dies_while_writing_keeps_the_older_backup() {
    let (d, data) = data_with_sample_log();
    let more = d.path().join("more.csv");
    std::fs::write(&more, CSV.replace("2026-05-0", "2026-06-0")).expect("write");
    assert!(import(&more, &data).status.success());
    let older = std::fs::read(data.join("injection-log.ron.bak")).expect("bak");
    let log = std::fs::read(data.join("injection-log.ron")).expect("log");
    // A much larger log, written by a process that may not write files that big (as a full
    // disk would stop it).
    let mut big = String::from("time,zone,x_cm,y_cm,dose,given_by,reaction,flags,note\n");
    for day in 0..300 {
        use std::fmt::Write as _;
        writeln!(
            big,
            "2027-01-01T{:02}:{:02}:00+01:00,left_thigh,{:.1},33.0,100 mg,self,,,day {day}",
            day / 60,
            day % 60,
            6.0 + f64::from(day % 30) * 0.1
        )
        .expect("text");
    }
    let big_csv = d.path().join("big.csv");
    std::fs::write(&big_csv, big).expect("write");
    let limit = format!("--fsize={}", log.len() + 200);
    let o = Command::new("prlimit")
        .args([
            limit.as_str(),
            "--",
            env!("CARGO_BIN_EXE_kineret-coach"),
            "log",
            "import",
        ])
        .arg(&big_csv)
        .args(["--data-dir", &dir_arg(&data)])
        .output()
        .expect("prlimit runs");
    assert!(!o.status.success(), "the save was meant to be stopped");
    assert_eq!(std::fs::read(data.join("injection-log.ron")).expect("log"), log);
    assert_eq!(std::fs::read(data.join("injection-log.ron.bak")).expect("bak"), older);
}

#[test]
fn an_export_from_the_backup_says_so() {
    let (d, data) = data_with_sample_log();
    let more = d.path().join("more.csv");
    std::fs::write(&more, CSV.replace("2026-05-0", "2026-06-0")).expect("write");
    assert!(import(&more, &data).status.success());
    std::fs::remove_file(data.join("injection-log.ron")).expect("remove");
    let o = kc(&["log", "export", "--data-dir", &dir_arg(&data)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("backup"), "{}", stderr(&o));
    assert!(stdout(&o).contains("2026-05-01"));
}

#[test]
fn an_error_names_its_reason_once_without_the_os_text() {
    let d = tempfile::tempdir().expect("dir");
    let not_a_folder = d.path().join("file");
    std::fs::write(&not_a_folder, "x").expect("write");
    let o = kc(&["log", "export", "--data-dir", &dir_arg(&not_a_folder)]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(!err.contains("os error"), "{err}");
    assert!(err.contains("not a folder"), "{err}");
}

#[test]
fn a_window_that_cannot_open_says_so_in_one_sentence_without_source_locations() {
    let d = tempfile::tempdir().expect("dir");
    let o = Command::new(env!("CARGO_BIN_EXE_kineret-coach"))
        .args(["--data-dir", &dir_arg(&d.path().join("data"))])
        .env_clear()
        .env("HOME", d.path())
        .env("XDG_RUNTIME_DIR", d.path())
        .output()
        .expect("runs");
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("could not open"), "{err}");
    assert!(!err.contains(".rs:"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[cfg(unix)]
#[test]
fn an_import_warns_when_other_users_can_open_the_data_folder() {
    use std::os::unix::fs::PermissionsExt;
    let (d, data) = data_with_sample_log();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let more = d.path().join("more.csv");
    std::fs::write(&more, CSV.replace("2026-05-0", "2026-06-0")).expect("write");
    let o = import(&more, &data);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("other users"), "{}", stderr(&o));
}

#[test]
fn a_temp_file_left_by_a_crash_is_removed_by_the_next_export_unless_a_window_is_saving() {
    let (_d, data) = data_with_sample_log();
    let temp = data.join(".injection-log-left-by-a-crash.tmp");
    std::fs::write(&temp, "half a log").expect("write");
    {
        // This test process plays an open window: its saves may be under way.
        let _window = kineret_coach::log::store::Store::new(&data)
            .lock()
            .expect("lock")
            .expect("free");
        std::fs::write(&temp, "half a log").expect("write again");
        assert!(kc(&["log", "export", "--data-dir", &dir_arg(&data)]).status.success());
        assert!(temp.exists(), "a window's save in progress is left alone");
    }
    // The window has closed: the next export removes the leftover. (Another test thread that
    // starts a process at this moment holds a copy of the lock's file handle until that process
    // starts running, so a few tries are allowed; a lock that is really held fails them all.)
    let mut tries = 0;
    while temp.exists() && tries < 20 {
        assert!(kc(&["log", "export", "--data-dir", &dir_arg(&data)]).status.success());
        tries += 1;
        if temp.exists() {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    assert!(
        !temp.exists(),
        "the leftover temporary file is still there after {tries} exports"
    );
}
