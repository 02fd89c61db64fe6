//! `kineret-coach log …`: export, import and suggest on the log in the data folder,
//! without a display. Bad input gets one sentence and a non-zero exit; the log is left as it was.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Result, bail};
use jiff::Timestamp;

use super::{LogCmd, LogExportArgs, LogFormat, SuggestArgs, SuggestFormat};
use crate::i18n::I18n;
use crate::log::edge::{printable, read_input, write_export};
use crate::log::import::ImportOptions;
use crate::log::model::LogFile;
use crate::log::store::{LoadNotice, Store, StoreError};
use crate::rotation::{self, SuggestReason};

/// The log for reading only: nothing on disk changes, even if the file is damaged. Says so
/// when the backup is read because there is no log file.
fn peek(dir: &Path) -> Result<LogFile> {
    let (log, notice) = Store::new(dir.to_path_buf()).peek_reporting()?;
    if let Some(LoadNotice::RestoredFromBackup { from }) = notice {
        eprintln!(
            "kineret-coach: there is no log file, so its backup {} was used (the log as it was before its last save)",
            from.display()
        );
    }
    Ok(log)
}

/// The log for changing: takes the folder's lock first (an open window holds it).
fn open_for_change(dir: &Path) -> Result<(Store, std::fs::File, LogFile)> {
    let store = Store::new(dir.to_path_buf());
    let Some(lock) = store.lock()? else {
        return Err(StoreError::Busy { dir: dir.to_path_buf() }.into());
    };
    warn_if_open_to_others(dir);
    let loaded = store.load()?;
    match &loaded.notice {
        Some(LoadNotice::MovedAside {
            moved_to,
            restored_from_backup,
        }) => eprintln!(
            "kineret-coach: the log could not be read; it was kept at {} and {}",
            moved_to.display(),
            if *restored_from_backup {
                "its backup was used"
            } else {
                "there is no backup, so the log starts empty"
            }
        ),
        Some(LoadNotice::RestoredFromBackup { from }) => {
            eprintln!(
                "kineret-coach: there was no log file; its backup {} was used",
                from.display()
            );
        }
        Some(LoadNotice::BackupMovedAside { moved_to }) => eprintln!(
            "kineret-coach: there was no log file, and its backup could not be read; the backup was kept at {} and the log starts empty",
            moved_to.display()
        ),
        Some(LoadNotice::BothMovedAside {
            moved_to,
            backup_moved_to,
        }) => eprintln!(
            "kineret-coach: the log and its backup could not be read; they were kept at {} and {}, and the log starts empty",
            moved_to.display(),
            backup_moved_to.display()
        ),
        None => {}
    }
    Ok((store, lock, loaded.log))
}

/// The data folder should be readable by this user only; say so if it is not.
fn warn_if_open_to_others(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(dir)
            && meta.permissions().mode() & 0o077 != 0
        {
            eprintln!(
                "kineret-coach: warning: other users can open the data folder {}; to keep the log private, run: chmod 700 {}",
                dir.display(),
                dir.display()
            );
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Runs one `log` sub-command on the log in `dir`; `lang` is the global `--lang`.
pub fn run(dir: &Path, cmd: &LogCmd, lang: Option<&str>, out: &mut dyn Write) -> Result<()> {
    match cmd {
        LogCmd::Export(args) => export(dir, args, lang, out),
        LogCmd::Import { file, replace } => import(dir, file, *replace, out),
        LogCmd::Suggest(args) => suggest(dir, args, out),
    }
}

/// The language of the PDF report: `--lang` after `log export`, else before it, else the
/// system language. An unknown code is a usage error, not a silent English report.
fn report_language(args: &LogExportArgs, global: Option<&str>) -> Result<&'static str> {
    let langs = crate::i18n::available();
    let Some(wanted) = args.lang.as_deref().or(global).map(|c| c.trim().to_owned()) else {
        let system = crate::i18n::system_language();
        return Ok(langs
            .iter()
            .copied()
            .find(|l| l.eq_ignore_ascii_case(&system))
            .unwrap_or("en"));
    };
    langs
        .iter()
        .copied()
        .find(|l| l.eq_ignore_ascii_case(&wanted))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "unknown language '{}'; valid languages: {}",
                printable(&wanted),
                langs.join(", ")
            )
        })
}

fn export(dir: &Path, args: &LogExportArgs, global_lang: Option<&str>, out: &mut dyn Write) -> Result<()> {
    let to_stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    let bytes = match args.format {
        LogFormat::Csv => {
            let log = peek(dir)?;
            let log = match args.days {
                Some(days) => crate::log::export::last_days(&log, Timestamp::now(), days),
                None => log,
            };
            let log = if to_stdout && std::io::stdout().is_terminal() {
                crate::log::export::for_terminal(&log)
            } else {
                log
            };
            crate::log::export::csv_string(&log)?.into_bytes()
        }
        LogFormat::Pdf => {
            if args.output.is_none() {
                bail!("a PDF needs --output FILE (or --output - for standard output)")
            }
            let lang = report_language(args, global_lang)?;
            let log = peek(dir)?;
            crate::report::log_report_pdf(&log, &jiff::Zoned::now(), args.days.unwrap_or(90), &I18n::new(lang))
        }
    };
    match &args.output {
        Some(path) if !to_stdout => write_export(dir, path, &bytes)?,
        _ => out.write_all(&bytes)?,
    }
    out.flush()?;
    Ok(())
}

fn import(dir: &Path, file: &Path, replace: bool, out: &mut dyn Write) -> Result<()> {
    let bytes = read_input(file)?;
    // The whole file is checked before the log is opened for writing: a file that is not a
    // log, or has no usable row, leaves the data folder exactly as it was.
    let parsed = crate::log::import::parse_csv(&bytes)?;
    if parsed.rows.is_empty() && !parsed.rejected.is_empty() {
        for (line, why) in &parsed.rejected {
            eprintln!("kineret-coach: line {line}: {why}");
        }
        bail!(
            "Nothing was imported: none of the {} rows of {} could be read. The log was not changed.",
            parsed.rejected.len(),
            file.display()
        );
    }
    let (store, _lock, log) = open_for_change(dir)?;
    let mut merged = log;
    let options = ImportOptions {
        replace_conflicts: replace,
    };
    let report = crate::log::import::import_csv_with(&mut merged, &bytes, options)?;
    if report.added > 0 || report.replaced > 0 {
        store.save(&merged)?;
    }
    write!(
        out,
        "added {}, skipped {} duplicates, rejected {}, conflicts {}",
        report.added,
        report.skipped_duplicates,
        report.rejected.len(),
        report.conflicts.len()
    )?;
    if report.replaced > 0 {
        write!(out, ", replaced {}", report.replaced)?;
    }
    writeln!(out)?;
    for (line, why) in &report.rejected {
        eprintln!("kineret-coach: line {line}: {why}");
    }
    for (line, why) in &report.conflicts {
        eprintln!("kineret-coach: line {line}: {why}");
    }
    if !report.conflicts.is_empty() {
        eprintln!("kineret-coach: to use the file's details for those rows, run the import again with --replace");
    }
    let problems = report.rejected.len() + report.conflicts.len();
    if report.added + report.skipped_duplicates + report.replaced == 0 && problems > 0 {
        bail!(
            "Nothing was imported: none of the {problems} rows of {} could be used. The log was not changed.",
            file.display()
        );
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
