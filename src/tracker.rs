//! The injection log as the screens see it: the loaded log, the spot being chosen, the cached
//! suggestion, and the commands that change them (each change is saved at once, atomically).
//!
//! No egui here. A log that cannot be saved is kept in memory and the user is told.

use std::path::{Path, PathBuf};

use jiff::{Timestamp, Zoned};

use crate::body_map::model::{Hit, PointCm, Zone};
use crate::i18n::I18n;
use crate::log::model::{AvoidMark, Entry, Flag, GivenBy, LogFile, MarkKind};
use crate::log::store::{LoadNotice, Store, StoreError};
use crate::rotation::{self, Suggestion, Violation};

/// Something the screens ask of the log.
#[derive(Clone, Debug, PartialEq)]
pub enum LogCommand {
    /// The user picked a point on the map.
    Choose {
        zone: Zone,
        point: PointCm,
    },
    /// The user clicked somewhere that is not an injection area.
    Miss(Hit),
    /// Take the suggested spot.
    ChooseSuggested,
    /// Take the best spot inside this zone (Enter on a focused zone).
    ChooseInZone(Zone),
    ClearChoice,
    /// The time field of the draft changed: the warnings may change too.
    TimeEdited,
    /// Log the chosen spot with the draft's dose, time, person and note.
    Save,
    /// Remove the entry just logged.
    Undo,
    Delete(u64),
    /// Save an edited entry; `time_text` is its time as the user typed it (`YYYY-MM-DD HH:MM`).
    Update {
        entry: Box<Entry>,
        time_text: String,
    },
    AddMark {
        kind: MarkKind,
        days: u32,
    },
    RemoveMark(u64),
    SetRestDays(u32),
    ExportCsv,
    ExportPdf {
        days: u32,
    },
    ImportCsv,
}

/// What the user is about to log.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub choice: Option<(Zone, PointCm)>,
    pub violations: Vec<Violation>,
    /// A message id explaining why the last click was not a spot.
    pub miss: Option<&'static str>,
    pub dose: String,
    pub given_by: GivenBy,
    pub note: String,
    /// Empty = now; else `YYYY-MM-DD HH:MM` local time.
    pub time_text: String,
    pub mark_kind: Option<MarkKind>,
    pub mark_days: u32,
}

/// The line on the home screen about today's dose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TodayLine {
    pub done: bool,
    pub text: String,
}

/// The log and everything the screens need around it.
pub struct Tracker {
    store: Option<Store>,
    pub log: LogFile,
    /// The file on disk must not be written (made by a newer app).
    pub read_only: bool,
    pub draft: Draft,
    /// Id of the entry that Undo removes.
    pub undo_id: Option<u64>,
    /// Whether native file dialogs may be used (not in tests or kiosk).
    pub dialogs: bool,
    /// A copy of the entry being edited on the history screen.
    pub editing: Option<Entry>,
    /// The time field of the entry being edited.
    pub editing_time: String,
    /// The entry waiting for "Yes, delete".
    pub confirm_delete: Option<u64>,
    /// How many entries the history shows.
    pub history_shown: usize,
    data_dir: Option<PathBuf>,
    /// Held while this window owns the data folder.
    lock: Option<std::fs::File>,
    revision: u64,
    suggestion: Option<(u64, i64, Option<Suggestion>)>,
}

/// Creates the data folder readable by the user only.
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

impl Tracker {
    /// A log kept in memory only (tests, kiosk).
    #[must_use]
    pub fn in_memory(log: LogFile) -> Self {
        Self {
            store: None,
            log,
            read_only: false,
            draft: Draft {
                mark_days: 14,
                ..Draft::default()
            },
            undo_id: None,
            dialogs: false,
            editing: None,
            editing_time: String::new(),
            confirm_delete: None,
            history_shown: 60,
            data_dir: None,
            lock: None,
            revision: 0,
            suggestion: None,
        }
    }

    /// Opens the log in `dir` (or an in-memory log), with plain-language notices for the user.
    #[must_use]
    pub fn open(dir: Option<&Path>, i18n: &I18n) -> (Self, Vec<String>) {
        let Some(dir) = dir else {
            return (Self::in_memory(LogFile::default()), Vec::new());
        };
        let store = Store::new(dir.to_path_buf());
        let mut notices = Vec::new();
        let mut me = Self::in_memory(LogFile::default());
        me.dialogs = true;
        me.data_dir = Some(dir.to_path_buf());
        match store.lock() {
            Ok(Some(lock)) => me.lock = Some(lock),
            Ok(None) => {
                // Another window owns the log: show it, change nothing.
                me.read_only = true;
                notices.push(i18n.t("store-locked"));
                match store.peek() {
                    Ok(log) => me.log = log,
                    Err(e) => notices.push(e.to_string()),
                }
                return (me, notices);
            }
            // A folder without locks (some network drives) still works, as before.
            Err(e) => log::warn!("no lock on the data folder: {e}"),
        }
        match store.load() {
            Ok(loaded) => {
                me.log = loaded.log;
                match loaded.notice {
                    Some(LoadNotice::MovedAside {
                        moved_to,
                        restored_from_backup,
                    }) => {
                        let mut text = i18n.t_args("store-moved", &[("path", moved_to.display().to_string().into())]);
                        text.push(' ');
                        text.push_str(&i18n.t(if restored_from_backup {
                            "store-restored"
                        } else {
                            "store-fresh"
                        }));
                        log::warn!("{text}");
                        notices.push(text);
                    }
                    Some(LoadNotice::RestoredFromBackup { .. }) => notices.push(i18n.t("store-restored")),
                    None => {}
                }
                me.store = Some(store);
            }
            Err(StoreError::TooNew { .. }) => {
                me.read_only = true;
                notices.push(i18n.t("store-too-new"));
            }
            Err(e) => {
                // Could not even look at the file: keep everything on disk as it is.
                me.read_only = true;
                log::error!("{e}");
                notices.push(format!("{} {e}", i18n.t("store-read-only")));
            }
        }
        (me, notices)
    }

    fn changed(&mut self, i18n: &I18n) -> Vec<String> {
        self.revision += 1;
        // The warnings of a chosen spot follow the log (a deleted entry, a removed mark, an import).
        self.refresh_draft();
        if self.read_only {
            return vec![i18n.t("store-read-only")];
        }
        match &self.store {
            Some(store) => match store.save(&self.log) {
                Ok(()) => Vec::new(),
                Err(e) => {
                    log::error!("{e}");
                    vec![i18n.t_args("store-save-failed", &[("reason", e.to_string().into())])]
                }
            },
            None => Vec::new(),
        }
    }

    /// The suggested next spot as of `now`, computed once per log change and hour.
    pub fn suggestion(&mut self, now: Timestamp) -> Option<Suggestion> {
        let hour = now.as_second().div_euclid(3600);
        if let Some((rev, h, s)) = &self.suggestion
            && *rev == self.revision
            && *h == hour
        {
            return s.clone();
        }
        let s = rotation::suggest(now, &self.log);
        self.suggestion = Some((self.revision, hour, s.clone()));
        s
    }

    fn choose(&mut self, zone: Zone, point: PointCm) {
        self.draft.choice = Some((zone, point));
        self.draft.miss = None;
        self.refresh_draft();
    }

    /// Recomputes the warnings of the chosen spot, as of the typed time (or now).
    fn refresh_draft(&mut self) {
        let now = Timestamp::now();
        let at = parse_local_time(&self.draft.time_text).map_or(now, |z| z.timestamp().min(now));
        self.draft.violations = match self.draft.choice {
            Some((zone, point)) => rotation::check(zone, point, at, &self.log),
            None => Vec::new(),
        };
    }

    /// Applies one command; returns notices for the user.
    pub fn apply(&mut self, command: LogCommand, i18n: &I18n) -> Vec<String> {
        match command {
            LogCommand::Choose { zone, point } => self.choose(zone, point),
            LogCommand::Miss(hit) => {
                self.draft.choice = None;
                self.draft.violations.clear();
                self.draft.miss = Some(match hit {
                    Hit::NavelCircle => "hit-navel",
                    Hit::Zone(_) | Hit::NotAZone => "hit-not-zone",
                });
            }
            LogCommand::ChooseSuggested => {
                if let Some(s) = self.suggestion(Timestamp::now()) {
                    self.choose(s.zone, s.point);
                }
            }
            LogCommand::ChooseInZone(zone) => {
                let point =
                    rotation::suggest_in_zone(zone, Timestamp::now(), &self.log).unwrap_or_else(|| zone.centre());
                self.choose(zone, point);
            }
            LogCommand::TimeEdited => self.refresh_draft(),
            LogCommand::ClearChoice => {
                self.draft.choice = None;
                self.draft.violations.clear();
                self.draft.miss = None;
            }
            LogCommand::Save => return self.save_draft(i18n),
            LogCommand::Undo => {
                if let Some(id) = self.undo_id.take() {
                    self.log.entries.retain(|e| e.id != id);
                    let mut n = self.changed(i18n);
                    n.insert(0, i18n.t("log-undone"));
                    return n;
                }
            }
            LogCommand::Delete(id) => {
                self.confirm_delete = None;
                self.undo_id = None;
                self.log.entries.retain(|e| e.id != id);
                if self.undo_id == Some(id) {
                    self.undo_id = None;
                }
                let mut n = self.changed(i18n);
                n.insert(0, i18n.t("history-deleted"));
                return n;
            }
            LogCommand::Update { entry, time_text } => {
                self.undo_id = None;
                // An untouched time field keeps the exact time (seconds and offset included).
                let unchanged = time_text.trim() == entry.at.strftime(TIME_FIELD_FORMAT).to_string();
                let at = if unchanged {
                    entry.at.clone()
                } else {
                    match checked_time_in(&time_text, entry.at.time_zone(), i18n) {
                        Ok(at) => at,
                        Err(message) => return vec![message],
                    }
                };
                let time_moved = at.timestamp() != entry.at.timestamp();
                self.editing = None;
                if let Some(e) = self.log.entries.iter_mut().find(|e| e.id == entry.id) {
                    *e = *entry;
                    e.at = at;
                    let id = e.id;
                    if time_moved {
                        self.reflag(id);
                    }
                    self.log.entries.sort_by_key(|e| e.at.timestamp());
                    return self.changed(i18n);
                }
            }
            LogCommand::AddMark { kind, days } => {
                if let Some((zone, point)) = self.draft.choice {
                    let now = Timestamp::now();
                    let expires = (days > 0).then(|| now + jiff::SignedDuration::from_hours(i64::from(days) * 24));
                    let id = self.log.fresh_id();
                    self.log.marks.push(AvoidMark {
                        id,
                        zone,
                        point,
                        kind,
                        created: now,
                        expires,
                    });
                    self.draft.choice = None;
                    self.draft.violations.clear();
                    let mut n = self.changed(i18n);
                    n.insert(0, i18n.t("mark-saved"));
                    return n;
                }
            }
            LogCommand::RemoveMark(id) => {
                self.undo_id = None;
                self.log.marks.retain(|m| m.id != id);
                return self.changed(i18n);
            }
            LogCommand::SetRestDays(days) => {
                self.log.rest_days = days.clamp(7, 28);
                if let Some((zone, point)) = self.draft.choice {
                    self.choose(zone, point);
                }
                return self.changed(i18n);
            }
            LogCommand::ExportCsv => return self.export_csv(i18n),
            LogCommand::ExportPdf { days } => return self.export_pdf(days, i18n),
            LogCommand::ImportCsv => return self.import_csv(i18n),
        }
        Vec::new()
    }

    fn save_draft(&mut self, i18n: &I18n) -> Vec<String> {
        let Some((zone, point)) = self.draft.choice else {
            return Vec::new();
        };
        let at = if self.draft.time_text.trim().is_empty() {
            Zoned::now()
        } else {
            match checked_time(&self.draft.time_text, i18n) {
                Ok(at) => at,
                Err(message) => return vec![message],
            }
        };
        let flags = flags_for(&rotation::check(zone, point, at.timestamp(), &self.log));
        let id = self.log.fresh_id();
        let entry = Entry {
            id,
            at: at.clone(),
            zone,
            point,
            dose: self.draft.dose.trim().to_owned(),
            given_by: self.draft.given_by,
            reaction: None,
            note: self.draft.note.trim().to_owned(),
            flags,
        };
        let pos = self.log.entries.partition_point(|e| e.at.timestamp() <= at.timestamp());
        self.log.entries.insert(pos, entry);
        self.undo_id = Some(id);
        self.draft.choice = None;
        self.draft.violations.clear();
        self.draft.note.clear();
        self.draft.time_text.clear();
        let mut n = self.changed(i18n);
        n.insert(
            0,
            i18n.t_args(
                "log-saved",
                &[
                    ("zone", i18n.t(&crate::i18n::ids::zone(zone)).into()),
                    ("time", i18n.date_time(&at).into()),
                ],
            ),
        );
        n
    }

    /// Recomputes the rule flags of one entry against the rest of the log (after its time moved).
    fn reflag(&mut self, id: u64) {
        self.log.sort_entries();
        let Some(pos) = self.log.entries.iter().position(|e| e.id == id) else {
            return;
        };
        let mut entry = self.log.entries.remove(pos);
        entry.flags = flags_for(&rotation::check(
            entry.zone,
            entry.point,
            entry.at.timestamp(),
            &self.log,
        ));
        self.log.entries.insert(pos, entry);
    }

    /// Today's dose: done (with time and place) or not yet.
    #[must_use]
    pub fn today_line(&self, i18n: &I18n) -> TodayLine {
        let now = Zoned::now();
        let today = now.date();
        let tz = now.time_zone().clone();
        let last_today = self
            .log
            .entries
            .iter()
            .rev()
            .find(|e| e.at.with_time_zone(tz.clone()).date() == today);
        match last_today {
            Some(e) => TodayLine {
                done: true,
                text: i18n.t_args(
                    "today-done",
                    &[
                        ("time", i18n.time(&e.at.with_time_zone(tz)).into()),
                        ("zone", i18n.t(&crate::i18n::ids::zone(e.zone)).into()),
                    ],
                ),
            },
            None => TodayLine {
                done: false,
                text: i18n.t("today-not-yet"),
            },
        }
    }

    /// Where exports go when no dialog can be shown.
    fn fallback_path(&self, name: &str) -> PathBuf {
        let dir = self.data_dir.clone().unwrap_or_else(std::env::temp_dir).join("exports");
        dir.join(name)
    }

    fn write_export(&self, name: &str, filter: (&str, &str), bytes: &[u8], i18n: &I18n) -> Vec<String> {
        let chosen = if self.dialogs {
            rfd::FileDialog::new()
                .add_filter(filter.0, &[filter.1])
                .set_file_name(name)
                .save_file()
        } else {
            None
        };
        let (path, via_dialog) = match chosen {
            Some(p) => (p, true),
            None => (self.fallback_path(name), false),
        };
        let result = path
            .parent()
            .map_or(Ok(()), ensure_private_dir)
            .and_then(|()| crate::log::store::write_atomic(&path, bytes));
        match result {
            Ok(()) => {
                let key = if via_dialog { "export-saved" } else { "export-no-dialog" };
                vec![i18n.t_args(key, &[("path", path.display().to_string().into())])]
            }
            Err(e) => vec![i18n.t_args("export-failed", &[("reason", e.to_string().into())])],
        }
    }

    fn export_csv(&self, i18n: &I18n) -> Vec<String> {
        match crate::log::export::csv_string(&self.log) {
            Ok(csv) => self.write_export(&export_name("csv"), ("CSV", "csv"), csv.as_bytes(), i18n),
            Err(e) => vec![i18n.t_args("export-failed", &[("reason", e.to_string().into())])],
        }
    }

    fn export_pdf(&self, days: u32, i18n: &I18n) -> Vec<String> {
        let bytes = crate::report::log_report_pdf(&self.log, &Zoned::now(), days, i18n);
        self.write_export(&export_name("pdf"), ("PDF", "pdf"), &bytes, i18n)
    }

    fn import_csv(&mut self, i18n: &I18n) -> Vec<String> {
        let path = if self.dialogs {
            rfd::FileDialog::new().add_filter("CSV", &["csv"]).pick_file()
        } else {
            None
        };
        let Some(path) = path else {
            let hint = self.fallback_path("import.csv");
            if hint.exists() {
                return self.import_from(&hint, i18n);
            }
            return vec![i18n.t_args("import-no-dialog", &[("path", hint.display().to_string().into())])];
        };
        self.import_from(&path, i18n)
    }

    /// Merges a CSV file into the log and saves.
    pub fn import_from(&mut self, path: &Path, i18n: &I18n) -> Vec<String> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return vec![i18n.t_args("import-failed", &[("reason", e.to_string().into())])],
        };
        let mut merged = self.log.clone();
        match crate::log::import::import_csv(&mut merged, &bytes) {
            Ok(report) => {
                let rejected = report.rejected.len();
                self.log = merged;
                self.undo_id = None;
                let mut n = if report.added > 0 {
                    self.changed(i18n)
                } else {
                    Vec::new()
                };
                n.insert(
                    0,
                    i18n.t_args(
                        "import-result",
                        &[
                            ("added", report.added.into()),
                            ("skipped", report.skipped_duplicates.into()),
                            ("rejected", rejected.into()),
                        ],
                    ),
                );
                n
            }
            Err(_) => vec![i18n.t("import-not-log")],
        }
    }
}

/// The flags an entry gets for the rules it breaks (sorted, no repeats).
fn flags_for(violations: &[Violation]) -> Vec<Flag> {
    let mut flags: Vec<Flag> = violations
        .iter()
        .filter_map(|v| match v {
            Violation::TooClose { .. } => Some(Flag::TooClose),
            Violation::InNavelCircle => Some(Flag::NavelCircle),
            Violation::NearMark { .. } => Some(Flag::AvoidMark),
            Violation::NotInZone => None,
        })
        .collect();
    flags.sort();
    flags.dedup();
    flags
}

fn export_name(ext: &str) -> String {
    format!("kineret-log-{}.{ext}", Zoned::now().strftime("%Y-%m-%d"))
}

/// How a time is written in the time fields.
pub const TIME_FIELD_FORMAT: &str = "%Y-%m-%d %H:%M";

/// A typed local time, or a sentence saying what is wrong with it (unreadable, or in the future).
fn checked_time(text: &str, i18n: &I18n) -> Result<Zoned, String> {
    checked_time_in(text, &jiff::tz::TimeZone::system(), i18n)
}

/// Like [`checked_time`], read in the given time zone. A time a few minutes ahead (clocks
/// differ) counts as now, so the rules see it; further ahead is refused.
fn checked_time_in(text: &str, tz: &jiff::tz::TimeZone, i18n: &I18n) -> Result<Zoned, String> {
    let t = text.trim().replace('T', " ");
    let at = jiff::civil::DateTime::strptime(TIME_FIELD_FORMAT, &t)
        .ok()
        .and_then(|dt| dt.to_zoned(tz.clone()).ok())
        .ok_or_else(|| i18n.t_args("time-invalid", &[("example", "2026-05-01 08:30".into())]))?;
    let now = Zoned::now().with_time_zone(tz.clone());
    if at.timestamp() > now.timestamp() + jiff::SignedDuration::from_mins(5) {
        return Err(i18n.t("time-future"));
    }
    Ok(if at.timestamp() > now.timestamp() { now } else { at })
}

/// Parses `YYYY-MM-DD HH:MM` (or with `T`) as local time.
#[must_use]
pub fn parse_local_time(text: &str) -> Option<Zoned> {
    let t = text.trim().replace('T', " ");
    let dt = jiff::civil::DateTime::strptime(TIME_FIELD_FORMAT, &t).ok()?;
    dt.to_zoned(jiff::tz::TimeZone::system()).ok()
}

/// Whole days between two moments in local time (calendar days).
#[must_use]
pub fn days_between(earlier: &Zoned, now: &Zoned) -> i64 {
    let tz = now.time_zone().clone();
    let a = earlier.with_time_zone(tz).date();
    let b = now.date();
    a.until(b).map_or(0, |span| i64::from(span.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracker_with_choice() -> (Tracker, I18n) {
        let mut t = Tracker::in_memory(LogFile::default());
        let i18n = I18n::new("en");
        t.apply(LogCommand::ChooseInZone(Zone::LeftThigh), &i18n);
        (t, i18n)
    }

    #[test]
    fn a_second_window_only_reads_so_it_cannot_undo_the_first_ones_entries() {
        let dir = tempfile::tempdir().expect("dir");
        let i18n = I18n::new("en");
        let (mut first, notices) = Tracker::open(Some(dir.path()), &i18n);
        assert!(notices.is_empty() && !first.read_only);
        first.apply(LogCommand::ChooseInZone(Zone::LeftArm), &i18n);
        first.apply(LogCommand::Save, &i18n);
        let (mut second, notices) = Tracker::open(Some(dir.path()), &i18n);
        assert!(second.read_only);
        assert_eq!(notices, vec![i18n.t("store-locked")]);
        assert_eq!(second.log.entries.len(), 1, "the second window shows the log");
        second.apply(LogCommand::SetRestDays(21), &i18n);
        let on_disk = crate::log::store::Store::new(dir.path()).peek().expect("log");
        assert_eq!(on_disk.rest_days, 14, "the second window wrote nothing");
        assert_eq!(on_disk.entries.len(), 1);
        drop(first);
        let (third, notices) = Tracker::open(Some(dir.path()), &i18n);
        assert!(!third.read_only && notices.is_empty(), "the folder is free again");
    }

    #[test]
    fn a_typed_past_time_is_logged_in_time_order() {
        let (mut t, i18n) = tracker_with_choice();
        t.draft.time_text = "2025-03-02 08:15".into();
        t.apply(LogCommand::Save, &i18n);
        t.apply(LogCommand::ChooseInZone(Zone::RightThigh), &i18n);
        t.draft.time_text = "2025-03-01 08:15".into();
        t.apply(LogCommand::Save, &i18n);
        let days: Vec<i8> = t.log.entries.iter().map(|e| e.at.day()).collect();
        assert_eq!(days, vec![1, 2], "entries stay sorted by time");
    }

    #[test]
    fn a_future_or_unreadable_time_is_refused_with_a_sentence() {
        let (mut t, i18n) = tracker_with_choice();
        t.draft.time_text = "2999-01-01 08:00".into();
        let n = t.apply(LogCommand::Save, &i18n);
        assert_eq!(n, vec![i18n.t("time-future")]);
        t.draft.time_text = "tomorrow".into();
        let n = t.apply(LogCommand::Save, &i18n);
        assert!(n[0].contains("2026-05-01 08:30"), "{n:?}");
        assert!(t.log.entries.is_empty(), "nothing logged");
        assert!(t.draft.choice.is_some(), "the chosen spot is kept for another try");
    }

    #[test]
    fn editing_the_time_moves_the_entry_and_an_untouched_time_is_kept_exactly() {
        let (mut t, i18n) = tracker_with_choice();
        t.draft.time_text = "2025-03-02 08:15".into();
        t.apply(LogCommand::Save, &i18n);
        let original = t.log.entries[0].clone();
        let same = original.at.strftime(TIME_FIELD_FORMAT).to_string();
        let mut changed = original.clone();
        changed.dose = "100 mg".into();
        t.apply(
            LogCommand::Update {
                entry: Box::new(changed),
                time_text: same,
            },
            &i18n,
        );
        assert_eq!(t.log.entries[0].at, original.at);
        assert_eq!(t.log.entries[0].dose, "100 mg");
        t.apply(
            LogCommand::Update {
                entry: Box::new(t.log.entries[0].clone()),
                time_text: "2025-03-01 21:00".into(),
            },
            &i18n,
        );
        assert_eq!(t.log.entries[0].at.day(), 1);
        assert_eq!(t.log.entries[0].at.hour(), 21);
    }
}
