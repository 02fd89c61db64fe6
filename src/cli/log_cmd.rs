//! `kineret-coach log …`: export, import and suggest on the log in the data folder,
//! without a display. Bad input gets one sentence and a non-zero exit; the log is left as it was.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use jiff::Timestamp;

use super::{LogCmd, LogExportArgs, LogFormat, SuggestArgs, SuggestFormat};
use crate::i18n::I18n;
use crate::log::model::LogFile;
use crate::log::store::{LoadNotice, Store, StoreError, write_atomic};
use crate::rotation::{self, SuggestReason};

/// The log for reading only: nothing on disk changes, even if the file is damaged.
fn peek(dir: &Path) -> Result<LogFile> {
    Ok(Store::new(dir.to_path_buf()).peek()?)
}

/// The log for changing: takes the folder's lock first (an open window holds it).
fn open_for_change(dir: &Path) -> Result<(Store, std::fs::File, LogFile)> {
    let store = Store::new(dir.to_path_buf());
    let Some(lock) = store.lock()? else {
        return Err(StoreError::Busy { dir: dir.to_path_buf() }.into());
    };
    let loaded = store.load()?;
    match &loaded.notice {
        Some(LoadNotice::MovedAside {
            moved_to,
            restored_from_backup,
        }) => eprintln!(
            "kineret-coach: the log could not be read and was kept at {}; {}",
            moved_to.display(),
            if *restored_from_backup {
                "the backup was used"
            } else {
                "starting from an empty log"
            }
        ),
        Some(LoadNotice::RestoredFromBackup { from }) => {
            eprintln!(
                "kineret-coach: the log was missing; the backup {} was used",
                from.display()
            );
        }
        None => {}
    }
    Ok((store, lock, loaded.log))
}

/// Runs one `log` sub-command on the log in `dir`.
pub fn run(dir: &Path, cmd: &LogCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        LogCmd::Export(args) => export(dir, args, out),
        LogCmd::Import { file } => import(dir, file, out),
        LogCmd::Suggest(args) => suggest(dir, args, out),
    }
}

fn export(dir: &Path, args: &LogExportArgs, out: &mut dyn Write) -> Result<()> {
    let log = peek(dir)?;
    match args.format {
        LogFormat::Csv => {
            let csv = crate::log::export::csv_string(&log)?;
            match &args.output {
                Some(path) => {
                    write_atomic(path, csv.as_bytes())
                        .with_context(|| format!("could not write {}", path.display()))?;
                }
                None => out.write_all(csv.as_bytes())?,
            }
        }
        LogFormat::Pdf => {
            let Some(path) = &args.output else {
                bail!("a PDF needs --output FILE")
            };
            if !(1..=3660).contains(&args.days) {
                bail!("--days must be between 1 and 3660");
            }
            let bytes = crate::report::log_report_pdf(&log, &jiff::Zoned::now(), args.days, &I18n::new("en"));
            write_atomic(path, &bytes).with_context(|| format!("could not write {}", path.display()))?;
        }
    }
    Ok(())
}

fn import(dir: &Path, file: &Path, out: &mut dyn Write) -> Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("could not read {}", file.display()))?;
    let (store, _lock, log) = open_for_change(dir)?;
    let mut merged = log;
    let report = crate::log::import::import_csv(&mut merged, &bytes)?;
    if report.added > 0 {
        store.save(&merged)?;
    }
    writeln!(
        out,
        "added {}, skipped {} duplicates, rejected {}",
        report.added,
        report.skipped_duplicates,
        report.rejected.len()
    )?;
    for (line, why) in &report.rejected {
        writeln!(out, "line {line}: {why}")?;
    }
    Ok(())
}

fn suggest(dir: &Path, args: &SuggestArgs, out: &mut dyn Write) -> Result<()> {
    let log = peek(dir)?;
    let now = args.at.unwrap_or_else(Timestamp::now);
    let s = rotation::suggest(now, &log);
    let reason = match &s {
        None => "No spot is free right now: every area needs more rest. Ask your nurse what to do.".to_owned(),
        Some(s) => match &s.reason {
            SuggestReason::NeverUsed => "This area has not been used yet.".to_owned(),
            SuggestReason::LeastRecent { last_used } => {
                format!(
                    "This area has rested the longest (last used {}).",
                    last_used.strftime("%Y-%m-%d %H:%M %:z")
                )
            }
        },
    };
    match args.format {
        SuggestFormat::Json => {
            let v = match &s {
                Some(s) => serde_json::json!({
                    "zone": s.zone.key(),
                    "x_cm": round1(s.point.x),
                    "y_cm": round1(s.point.y),
                    "reason": reason,
                }),
                None => serde_json::json!({ "zone": null, "reason": reason }),
            };
            writeln!(out, "{v}")?;
        }
        SuggestFormat::Text => match &s {
            Some(s) => writeln!(
                out,
                "{} (x {:.1} cm, y {:.1} cm from the navel). {reason}",
                s.zone.key(),
                s.point.x,
                s.point.y
            )?,
            None => writeln!(out, "{reason}")?,
        },
    }
    Ok(())
}

fn round1(v: f32) -> f64 {
    (f64::from(v) * 10.0).round() / 10.0
}
