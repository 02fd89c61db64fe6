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
fn import_waits_for_an_open_window_and_changes_nothing() {
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
