//! The log session: the injection log this window works on, where it is stored, the lock that
//! says this window owns it, Undo, and the cached suggestion. Every change is saved at once,
//! atomically. No egui, no dialogs, no screen state here; what the user is told comes back as
//! [`Notice`] values.

use std::path::Path;

use jiff::{Timestamp, Zoned};

use super::notice::{Arg, Msg, Notice, count};
use crate::body_map::model::{PointCm, Zone};
use crate::log::import::{ImportError, ImportReport};
use crate::log::model::{AreaMark, AvoidMark, Entry, LogFile, MarkKind, clamp_rest_days};
use crate::log::store::{LoadNotice, Store, StoreError};
use crate::rotation::{self, Suggestion};

/// The log and how it is kept.
#[derive(Debug)]
pub struct LogSession {
    store: Option<Store>,
    log: LogFile,
    /// The file on disk must not be written (another window owns it, or a newer app made it).
    read_only: bool,
    /// Held while this window owns the data folder.
    lock: Option<std::fs::File>,
    /// Id of the entry that Undo removes.
    undo_id: Option<u64>,
    /// Goes up with every change (the suggestion cache and the screens compare it).
    revision: u64,
    suggestion: Option<(u64, i64, Option<Suggestion>)>,
    /// The last save failed: the log in memory holds changes the file does not.
    unsaved: bool,
}

impl LogSession {
    /// A log kept in memory only (kiosk, tests).
    #[must_use]
    pub fn in_memory(log: LogFile) -> Self {
        Self {
            store: None,
            log,
            read_only: false,
            lock: None,
            undo_id: None,
            revision: 0,
            suggestion: None,
            unsaved: false,
        }
    }

    /// Opens the log in `dir`, with what the user must be told about it.
    #[must_use]
    pub fn open(dir: &Path) -> (Self, Vec<Notice>) {
        let store = Store::new(dir.to_path_buf());
        let mut notices = Vec::new();
        let mut me = Self::in_memory(LogFile::default());
        match store.lock() {
            Ok(Some(lock)) => me.lock = Some(lock),
            Ok(None) => {
                // Another window owns the log: show it, change nothing.
                me.read_only = true;
                notices.push(Notice::warning(Msg::new("store-locked")));
                match store.peek() {
                    Ok(log) => me.log = log,
                    Err(e) => notices.push(Notice::error(Msg::new("store-read-only")).with_detail(e.to_string())),
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
                        log::warn!("the log was moved aside to {}", moved_to.display());
                        notices.push(
                            Notice::warning(Msg::new("store-moved").arg("path", Arg::Path(moved_to))).and(Msg::new(
                                if restored_from_backup {
                                    "store-restored"
                                } else {
                                    "store-fresh"
                                },
                            )),
                        );
                    }
                    Some(LoadNotice::RestoredFromBackup { .. }) => {
                        notices.push(Notice::warning(Msg::new("store-restored")));
                    }
                    Some(
                        LoadNotice::BackupMovedAside { moved_to: kept }
                        | LoadNotice::BothMovedAside {
                            backup_moved_to: kept, ..
                        },
                    ) => {
                        log::warn!("the log's backup was moved aside to {}", kept.display());
                        notices.push(
                            Notice::warning(Msg::new("store-moved").arg("path", Arg::Path(kept)))
                                .and(Msg::new("store-fresh")),
                        );
                    }
                    None => {}
                }
                me.store = Some(store);
            }
            Err(StoreError::TooNew { .. }) => {
                me.read_only = true;
                notices.push(Notice::warning(Msg::new("store-too-new")));
            }
            Err(e) => {
                // Could not even look at the file: keep everything on disk as it is.
                me.read_only = true;
                log::error!("{e}");
                notices.push(Notice::error(Msg::new("store-read-only")).with_detail(e.to_string()));
            }
        }
        (me, notices)
    }

    /// The log as it is now.
    #[must_use]
    pub fn log(&self) -> &LogFile {
        &self.log
    }

    /// Whether changes can be saved (false: another window owns the log, or it is too new).
    #[must_use]
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Whether the log is kept in a file (false: in memory only).
    #[must_use]
    pub fn is_stored(&self) -> bool {
        self.store.is_some() || self.read_only
    }

    /// The entry that Undo would remove.
    #[must_use]
    pub fn undo_id(&self) -> Option<u64> {
        self.undo_id
    }

    /// Goes up with every change of the log.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The suggested next spot as of `now`, computed once per change of the log and per hour.
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

    /// The last dose logged on the calendar day of `now` (local time), if any.
    #[must_use]
    pub fn dose_today(&self, now: &Zoned) -> Option<&Entry> {
        let today = now.date();
        let tz = now.time_zone();
        self.log
            .entries
            .iter()
            .rev()
            .filter(|e| e.at.timestamp() <= now.timestamp())
            .find(|e| e.at.with_time_zone(tz.clone()).date() == today)
    }

    /// Saves after a change; returns what the user must know if saving did not work.
    fn changed(&mut self) -> Option<Notice> {
        self.revision += 1;
        self.save_now()
    }

    /// Saves the log as it is now; returns what the user must know if saving did not work.
    fn save_now(&mut self) -> Option<Notice> {
        if self.read_only {
            return Some(Notice::error(Msg::new("store-read-only")));
        }
        let store = self.store.as_ref()?;
        match store.save(&self.log) {
            Ok(()) => {
                self.unsaved = false;
                None
            }
            Err(e) => {
                log::error!("{e}");
                self.unsaved = true;
                Some(save_failed(&e))
            }
        }
    }

    /// Whether the log in memory holds changes that a failed save did not write.
    #[must_use]
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved
    }

    /// Tries again to save changes a failed save did not write (the app calls it when the
    /// window closes, so a dose logged on a full disk is not lost if there is room by then).
    /// Nothing happens when everything is saved.
    pub fn save_again(&mut self) -> Vec<Notice> {
        if !self.unsaved || self.read_only {
            return Vec::new();
        }
        self.save_now().into_iter().collect()
    }

    /// `success`, or the save problem instead when saving failed.
    fn report(&mut self, success: Notice) -> Vec<Notice> {
        match self.changed() {
            Some(problem) => vec![problem],
            None => vec![success],
        }
    }

    /// Logs a dose at `zone`/`point`, flagged with the rules it breaks. Returns the new entry's id.
    pub fn log_dose(&mut self, mut entry: Entry) -> (u64, Vec<Notice>) {
        entry.flags = flags_for(&rotation::check(
            entry.zone,
            entry.point,
            entry.at.timestamp(),
            &self.log,
        ));
        let success = Notice::success(
            Msg::new("log-saved")
                .arg("zone", Arg::Msg(crate::i18n::ids::zone(entry.zone)))
                .arg("time", Arg::DateTime(entry.at.clone())),
        );
        let id = self.log.add_entry(entry);
        self.undo_id = Some(id);
        (id, self.report(success))
    }

    /// Takes back the dose just logged (only that one, and only right after).
    pub fn undo(&mut self) -> Vec<Notice> {
        let Some(id) = self.undo_id.take() else {
            return Vec::new();
        };
        self.log.entries.retain(|e| e.id != id);
        self.report(Notice::info(Msg::new("log-undone")))
    }

    /// Deletes an entry (the screen asked first).
    pub fn delete(&mut self, id: u64) -> Vec<Notice> {
        self.undo_id = None;
        let before = self.log.entries.len();
        self.log.entries.retain(|e| e.id != id);
        if self.log.entries.len() == before {
            return Vec::new();
        }
        self.report(Notice::info(Msg::new("history-deleted")))
    }

    /// Replaces an entry with an edited copy at time `at`; the rule flags are worked out again
    /// when the time moved. Unknown ids change nothing.
    pub fn update(&mut self, edited: Entry, at: Zoned) -> Vec<Notice> {
        self.undo_id = None;
        let Some(pos) = self.log.entries.iter().position(|e| e.id == edited.id) else {
            return Vec::new();
        };
        let time_moved = at.timestamp() != self.log.entries[pos].at.timestamp();
        let mut entry = edited;
        entry.at = at;
        self.log.entries.remove(pos);
        if time_moved {
            entry.flags = flags_for(&rotation::check(
                entry.zone,
                entry.point,
                entry.at.timestamp(),
                &self.log,
            ));
        }
        let t = entry.at.timestamp();
        let pos = self.log.entries.partition_point(|e| e.at.timestamp() <= t);
        self.log.entries.insert(pos, entry);
        self.report(Notice::success(Msg::new("history-updated")))
    }

    /// Marks a spot to avoid from `now` on, for `days` days (0: until removed).
    pub fn add_mark(&mut self, zone: Zone, point: PointCm, kind: MarkKind, days: u32, now: Timestamp) -> Vec<Notice> {
        let expires = (days > 0).then(|| now.saturating_add(jiff::SignedDuration::from_hours(i64::from(days) * 24)));
        let id = self.log.fresh_id();
        self.log.marks.push(AvoidMark {
            id,
            zone,
            point,
            kind,
            created: now,
            expires: expires.and_then(Result::ok),
        });
        self.report(Notice::success(Msg::new("mark-saved")))
    }

    /// Keeps away from whole areas from `now` on, for `days` days (0: until removed). An area
    /// already kept away from is left as it is. Returns what to tell the user.
    pub fn keep_away_areas(&mut self, zones: &[Zone], days: u32, now: Timestamp) -> Vec<Notice> {
        let expires = (days > 0)
            .then(|| now.saturating_add(jiff::SignedDuration::from_hours(i64::from(days) * 24)))
            .and_then(Result::ok);
        let mut added = Vec::new();
        for &zone in zones {
            if rotation::kept_away(&self.log, zone, now).is_none() && !added.contains(&zone) {
                let id = self.log.fresh_id();
                self.log.area_marks.push(AreaMark {
                    id,
                    zone,
                    created: now,
                    expires,
                });
                added.push(zone);
            }
        }
        match added.as_slice() {
            [] => Vec::new(),
            [zone] => self.report(Notice::success(
                Msg::new("area-saved").arg("zone", Arg::Msg(crate::i18n::ids::zone(*zone))),
            )),
            more => self.report(Notice::success(
                Msg::new("teach-plan-log-saved").arg("count", count(more.len())),
            )),
        }
    }

    /// Uses a whole area again.
    pub fn remove_area_mark(&mut self, id: u64) -> Vec<Notice> {
        self.undo_id = None;
        let before = self.log.area_marks.len();
        self.log.area_marks.retain(|m| m.id != id);
        if self.log.area_marks.len() == before {
            return Vec::new();
        }
        self.changed().into_iter().collect()
    }

    /// Removes an avoid-mark.
    pub fn remove_mark(&mut self, id: u64) -> Vec<Notice> {
        self.undo_id = None;
        let before = self.log.marks.len();
        self.log.marks.retain(|m| m.id != id);
        if self.log.marks.len() == before {
            return Vec::new();
        }
        self.changed().into_iter().collect()
    }

    /// Sets how many days a site rests (kept within 7 to 28).
    pub fn set_rest_days(&mut self, days: u32) -> Vec<Notice> {
        let days = clamp_rest_days(days);
        if days == self.log.rest_days {
            return Vec::new();
        }
        self.log.rest_days = days;
        self.changed().into_iter().collect()
    }

    /// Merges CSV bytes (as exported) into the log and saves; nothing changes on an error.
    pub fn merge_csv(&mut self, bytes: &[u8]) -> Result<(ImportReport, Vec<Notice>), ImportError> {
        let mut merged = self.log.clone();
        let report = crate::log::import::import_csv(&mut merged, bytes)?;
        let mut notices = Vec::new();
        if report.added > 0 {
            self.log = merged;
            self.undo_id = None;
            notices.extend(self.changed());
        }
        Ok((report, notices))
    }
}

/// What the user is told when a save fails. A full disk and a read-only folder are said in the
/// user's language, with what to do; any other reason is the store's own sentence.
fn save_failed(e: &StoreError) -> Notice {
    use std::io::ErrorKind as K;
    let reason = match e {
        StoreError::Save { source, .. } => match source.kind() {
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => Some("store-reason-full"),
            K::ReadOnlyFilesystem | K::PermissionDenied => Some("store-reason-read-only"),
            _ => None,
        },
        _ => None,
    };
    let reason = reason.map_or_else(|| Arg::Text(e.to_string()), |id| Arg::Msg(id.to_owned()));
    Notice::error(Msg::new("store-save-failed").arg("reason", reason))
}

pub use crate::rotation::flags_for;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::model::Flag;
    use crate::log::model::GivenBy;

    fn dose(at: &str, zone: Zone) -> Entry {
        Entry {
            id: 0,
            at: at.parse().expect("time"),
            zone,
            point: zone.centre(),
            dose: "100 mg".into(),
            given_by: GivenBy::SelfInjected,
            reaction: None,
            note: String::new(),
            flags: Vec::new(),
        }
    }

    #[test]
    fn a_second_window_only_reads_so_it_cannot_undo_the_first_ones_entries() {
        let dir = tempfile::tempdir().expect("dir");
        let (mut first, notices) = LogSession::open(dir.path());
        assert!(notices.is_empty() && !first.read_only());
        first.log_dose(dose("2026-05-01T08:00:00+00:00[UTC]", Zone::LeftArm));
        let (mut second, notices) = LogSession::open(dir.path());
        assert!(second.read_only());
        assert_eq!(notices.iter().map(Notice::id).collect::<Vec<_>>(), vec!["store-locked"]);
        assert_eq!(second.log().entries.len(), 1, "the second window shows the log");
        let n = second.set_rest_days(21);
        assert_eq!(n[0].id(), "store-read-only", "the second window says it cannot save");
        let on_disk = Store::new(dir.path()).peek().expect("log");
        assert_eq!(on_disk.rest_days, 14, "the second window wrote nothing");
        assert_eq!(on_disk.entries.len(), 1);
        drop(first);
        let (third, notices) = LogSession::open(dir.path());
        assert!(!third.read_only() && notices.is_empty(), "the folder is free again");
    }

    #[test]
    fn doses_stay_in_time_order_and_undo_takes_back_only_the_last_one() {
        let mut s = LogSession::in_memory(LogFile::default());
        s.log_dose(dose("2025-03-02T08:15:00+00:00[UTC]", Zone::LeftThigh));
        let (second, _) = s.log_dose(dose("2025-03-01T08:15:00+00:00[UTC]", Zone::RightThigh));
        let days: Vec<i8> = s.log().entries.iter().map(|e| e.at.day()).collect();
        assert_eq!(days, vec![1, 2], "entries stay sorted by time");
        assert_eq!(s.undo_id(), Some(second));
        s.undo();
        assert_eq!(s.log().entries.len(), 1);
        assert!(s.undo().is_empty(), "a second Undo does nothing");
        assert_eq!(s.log().entries.len(), 1);
    }

    #[test]
    fn a_dose_two_centimetres_from_yesterdays_is_flagged_and_moving_it_a_month_clears_the_flag() {
        let mut s = LogSession::in_memory(LogFile::default());
        s.log_dose(dose("2025-03-01T08:00:00+00:00[UTC]", Zone::LeftThigh));
        let mut near = dose("2025-03-02T08:00:00+00:00[UTC]", Zone::LeftThigh);
        near.point = PointCm::new(near.point.x + 2.0, near.point.y);
        let (id, _) = s.log_dose(near);
        let e = s.log().entries.iter().find(|e| e.id == id).expect("entry").clone();
        assert_eq!(e.flags, vec![Flag::TooClose]);
        s.update(e, "2025-04-02T08:00:00+00:00[UTC]".parse().expect("time"));
        let e = s.log().entries.iter().find(|e| e.id == id).expect("entry");
        assert!(e.flags.is_empty(), "a month later the first site had rested");
        assert_eq!(s.log().entries.last().map(|e| e.id), Some(id), "still in time order");
    }

    #[test]
    fn a_full_disk_or_read_only_folder_is_told_in_the_users_language() {
        for (kind, words) in [
            (std::io::ErrorKind::StorageFull, "Speicherplatz"),
            (std::io::ErrorKind::ReadOnlyFilesystem, "schreibgeschützt"),
        ] {
            let e = StoreError::Save {
                reason: crate::log::store::plain_reason(&kind.into()),
                source: kind.into(),
            };
            let text = save_failed(&e).text(&crate::i18n::I18n::new("de"));
            assert!(text.contains(words), "{text}");
            assert!(
                !text.contains("Could not save"),
                "no English sentence in German: {text}"
            );
        }
    }

    #[test]
    fn todays_dose_is_found_on_the_local_calendar_day() {
        let mut s = LogSession::in_memory(LogFile::default());
        s.log_dose(dose("2026-05-01T23:30:00+00:00[UTC]", Zone::LeftArm));
        let next_morning: Zoned = "2026-05-02T07:00:00+00:00[UTC]".parse().expect("time");
        assert!(
            s.dose_today(&next_morning).is_none(),
            "yesterday's late dose is not today's"
        );
        let same_night: Zoned = "2026-05-01T23:50:00+00:00[UTC]".parse().expect("time");
        assert!(s.dose_today(&same_night).is_some());
    }
}
