//! The injection log on disk: one human-readable RON file, saved atomically, with a backup.
//!
//! This module must never lose a patient's data. It never writes over a file it cannot read
//! (a damaged file is moved aside first), never writes over a file made by a newer version of
//! the app, never leaves a half-written log in place (write to a temporary file, flush, rename),
//! and never panics on anything read from disk.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use ron::ser::PrettyConfig;

use crate::log::model::{FORMAT_VERSION, LogFile};

/// Name of the log file inside the data folder.
pub const LOG_FILE_NAME: &str = "injection-log.ron";
/// Held (locked) by the process that may change the log.
pub const LOCK_FILE_NAME: &str = ".lock";
/// Name of the backup: the log as it was before the last save.
pub const BACKUP_FILE_NAME: &str = "injection-log.ron.bak";
/// Temporary files of an unfinished save start with this (and end with [`TEMP_SUFFIX`]).
pub const TEMP_PREFIX: &str = ".injection-log-";
const TEMP_SUFFIX: &str = ".tmp";
/// The largest log (or backup) the store reads: far above a 100-year log (about 8 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Something went wrong reading or writing the log. Every message is a plain sentence the
/// patient can read, and says whether their data is safe.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer version of the app; it is left exactly as it is.
    #[error(
        "This injection log was made by a newer version of Kineret Coach (file format {found}; \
         this version reads up to {supported}). It was not changed. Please update the app. \
         The file is at {}.",
        path.display()
    )]
    TooNew { found: u32, supported: u32, path: PathBuf },

    /// The file exists but could not be read (for example, no permission).
    #[error("Could not open the injection log at {}: {reason}. Nothing was changed.", path.display())]
    Read {
        path: PathBuf,
        reason: String,
        #[source]
        source: io::Error,
    },

    /// The file is damaged and could not be moved out of the way, so it was left alone.
    #[error(
        "The injection log at {} is damaged and could not be moved aside ({reason}). \
         Nothing was changed.",
        path.display()
    )]
    MoveAside {
        path: PathBuf,
        reason: String,
        #[source]
        source: io::Error,
    },

    /// Saving failed; the file on disk is still the earlier, complete log.
    #[error("Could not save the log: {reason}. Your earlier log is safe.")]
    Save {
        reason: String,
        #[source]
        source: io::Error,
    },

    /// The log cannot be read, and this reader does not repair it.
    #[error(
        "The injection log at {} cannot be read. Open Kineret Coach: it keeps the damaged file \
         and uses the backup. Nothing was changed.",
        path.display()
    )]
    Damaged { path: PathBuf },

    /// Another window or command is changing the log right now.
    #[error("Kineret Coach is using the log in {} right now. Close it, then try again. Nothing was changed.", dir.display())]
    Busy { dir: PathBuf },

    /// A file of the store is a symbolic link; it is not followed, read or changed.
    #[error(
        "{} is a link to another file. Kineret Coach only uses plain files in its own folder: \
         put the file itself there instead of the link. Nothing was changed.",
        path.display()
    )]
    Linked { path: PathBuf },

    /// A file of the store is a pipe, device or folder; it is not read.
    #[error(
        "{} is not a regular file (it is a pipe, device or folder). Move it out of the data \
         folder and try again. Nothing was changed.",
        path.display()
    )]
    NotAFile { path: PathBuf },

    /// A file of the store is far larger than any log; it is not read.
    #[error(
        "{} is larger than {} MB, far more than any injection log, so it was not read. \
         Nothing was changed.",
        path.display(),
        MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge { path: PathBuf },

    /// The log could not be turned into text (should not happen).
    #[error("Could not save the log: it could not be written as text ({0}). Your earlier log is safe.")]
    Serialize(String),
}

/// Something the user should be told after loading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The log file was damaged. It was moved to `moved_to` (nothing deleted) and the
    /// backup was used if it could be read; otherwise the log starts empty.
    MovedAside {
        moved_to: PathBuf,
        restored_from_backup: bool,
    },
    /// There was no log file, only a backup, and the backup was used.
    RestoredFromBackup { from: PathBuf },
    /// There was no log file, and the backup was damaged: it was moved to `moved_to` and the
    /// log starts empty.
    BackupMovedAside { moved_to: PathBuf },
    /// The log and its backup were both damaged: both were moved aside (nothing deleted) and
    /// the log starts empty.
    BothMovedAside {
        moved_to: PathBuf,
        backup_moved_to: PathBuf,
    },
}

/// The result of [`Store::load`].
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub log: LogFile,
    pub notice: Option<LoadNotice>,
}

/// Where a test may make [`Store::save_with_crash_point`] stop, as if the power went off.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrashPoint {
    /// The new log is complete in a temporary file and the backup has moved on; the rename has not happened.
    AfterBackup,
    /// The new log is fully written and flushed to a temporary file, but not renamed.
    AfterTempWritten,
    /// Only half of the new log reached the temporary file.
    HalfWrittenTemp,
}

impl CrashPoint {
    pub const ALL: [Self; 3] = [Self::AfterBackup, Self::AfterTempWritten, Self::HalfWrittenTemp];
}

/// The log file in one data folder.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    /// Length and hash of the bytes this store last read or wrote as a good log; lets `save`
    /// skip re-reading a file it already knows to be good.
    known_good: Mutex<Option<(usize, u64)>>,
}

impl Clone for Store {
    fn clone(&self) -> Self {
        Self {
            dir: self.dir.clone(),
            known_good: Mutex::new(None),
        }
    }
}

/// How the bytes of a log file look.
enum Parsed {
    Good(LogFile),
    TooNew(u32),
    Broken,
}

impl Store {
    /// A store for the log in `dir` (the folder is created on the first save).
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            known_good: Mutex::new(None),
        }
    }

    /// The data folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `dir/injection-log.ron`.
    #[must_use]
    pub fn path(&self) -> PathBuf {
        self.dir.join(LOG_FILE_NAME)
    }

    /// `dir/injection-log.ron.bak`.
    #[must_use]
    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_FILE_NAME)
    }

    /// Reads the log without changing anything on disk (no moving aside, no clean-up), for
    /// readers that do not own the folder: `log export`, `log suggest`, a second window.
    /// A damaged file is an error here; the app that owns the folder recovers it.
    pub fn peek(&self) -> Result<LogFile, StoreError> {
        self.peek_reporting().map(|(log, _)| log)
    }

    /// [`Store::peek`], also saying when the backup was read because there is no log file
    /// ([`LoadNotice::RestoredFromBackup`]; nothing on disk changes either way).
    pub fn peek_reporting(&self) -> Result<(LogFile, Option<LoadNotice>), StoreError> {
        self.remove_leftover_temp_files_if_free();
        let mut path = self.path();
        let mut notice = None;
        let bytes = match read_file(&path)? {
            Some(bytes) => bytes,
            None => match read_file(&self.backup_path())? {
                Some(bytes) => {
                    path = self.backup_path();
                    notice = Some(LoadNotice::RestoredFromBackup { from: path.clone() });
                    bytes
                }
                None => return Ok((LogFile::default(), None)),
            },
        };
        match parse(&bytes) {
            Parsed::Good(log) => Ok((log, notice)),
            Parsed::TooNew(found) => Err(StoreError::TooNew {
                found,
                supported: FORMAT_VERSION,
                path,
            }),
            Parsed::Broken => Err(StoreError::Damaged { path }),
        }
    }

    /// Takes the folder for this process: only one window or command changes a log at a time.
    /// `Ok(None)` means another process holds it (the caller must then only read).
    pub fn lock(&self) -> Result<Option<std::fs::File>, StoreError> {
        let err = |source: io::Error| StoreError::Read {
            path: self.dir.clone(),
            reason: source.to_string(),
            source,
        };
        create_private_dir(&self.dir).map_err(err)?;
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        let lock_path = self.dir.join(LOCK_FILE_NAME);
        let file = match options.open(&lock_path) {
            Ok(f) => f,
            Err(e) if is_link_error(&e) => return Err(StoreError::Linked { path: lock_path }),
            Err(e) => return Err(err(e)),
        };
        if !file.metadata().map_err(err)?.is_file() {
            return Err(StoreError::NotAFile { path: lock_path });
        }
        match file.try_lock() {
            Ok(()) => {
                // Only the holder of the lock saves, so a temporary file now is a leftover.
                self.remove_leftover_temp_files();
                Ok(Some(file))
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(err(e)),
        }
    }

    /// Reads the log. A missing file gives an empty log (or the backup, if only that exists).
    /// A damaged file is moved aside, never overwritten, and the backup is used instead.
    /// A file from a newer app version is refused and left untouched.
    pub fn load(&self) -> Result<Loaded, StoreError> {
        self.remove_leftover_temp_files();
        let path = self.path();
        match read_file(&path)? {
            None => {
                let (log, moved) = self.load_backup()?;
                let notice = match moved {
                    Some(moved_to) => Some(LoadNotice::BackupMovedAside { moved_to }),
                    None if log.is_some() => Some(LoadNotice::RestoredFromBackup {
                        from: self.backup_path(),
                    }),
                    None => None,
                };
                Ok(Loaded {
                    log: log.unwrap_or_default(),
                    notice,
                })
            }
            Some(bytes) => match parse(&bytes) {
                Parsed::Good(log) => {
                    self.remember(&bytes);
                    Ok(Loaded { log, notice: None })
                }
                Parsed::TooNew(found) => Err(StoreError::TooNew {
                    found,
                    supported: FORMAT_VERSION,
                    path,
                }),
                Parsed::Broken => {
                    let moved_to = move_aside(&path)?;
                    let (log, backup_moved) = self.load_backup()?;
                    let notice = match backup_moved {
                        Some(backup_moved_to) => LoadNotice::BothMovedAside {
                            moved_to,
                            backup_moved_to,
                        },
                        None => LoadNotice::MovedAside {
                            moved_to,
                            restored_from_backup: log.is_some(),
                        },
                    };
                    Ok(Loaded {
                        log: log.unwrap_or_default(),
                        notice: Some(notice),
                    })
                }
            },
        }
    }

    /// Reads the backup. `Ok((None, _))` = no usable backup. A damaged backup is moved aside
    /// too (so a later save cannot overwrite it); the second value is where it went.
    fn load_backup(&self) -> Result<(Option<LogFile>, Option<PathBuf>), StoreError> {
        let bak = self.backup_path();
        let Some(bytes) = read_file(&bak)? else {
            return Ok((None, None));
        };
        match parse(&bytes) {
            Parsed::Good(log) => Ok((Some(log), None)),
            Parsed::TooNew(found) => Err(StoreError::TooNew {
                found,
                supported: FORMAT_VERSION,
                path: bak,
            }),
            Parsed::Broken => {
                let moved_to = move_aside(&bak)?;
                Ok((None, Some(moved_to)))
            }
        }
    }

    /// Saves the log atomically; the previous good log becomes the backup.
    pub fn save(&self, log: &LogFile) -> Result<(), StoreError> {
        self.save_with_crash_point(log, None)
    }

    /// [`Store::save`], stopping early at `crash` as a power cut would. For tests only.
    #[doc(hidden)]
    pub fn save_with_crash_point(&self, log: &LogFile, crash: Option<CrashPoint>) -> Result<(), StoreError> {
        create_private_dir(&self.dir).map_err(save_error)?;
        let text = to_ron(log)?;
        let path = self.path();
        // The backup is replaced by a rename, which would put a file where a link is: a linked
        // backup is left as it is, and the save refused, as for a linked log.
        let bak = self.backup_path();
        if fs::symlink_metadata(&bak).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(StoreError::Linked { path: bak });
        }

        // Back up the current file, but only if it is a good log; never overwrite a file we
        // cannot read or that a newer app wrote.
        let mut back_up_old = None;
        if let Some(old) = read_file(&path)? {
            if old == text.as_bytes() {
                return Ok(());
            }
            let good = if self.is_known_good(&old) {
                true
            } else {
                match parse(&old) {
                    Parsed::Good(_) => true,
                    Parsed::TooNew(found) => {
                        return Err(StoreError::TooNew {
                            found,
                            supported: FORMAT_VERSION,
                            path,
                        });
                    }
                    Parsed::Broken => false,
                }
            };
            if good {
                back_up_old = Some(old);
            } else {
                move_aside(&path)?;
            }
        }
        // The new log is complete on disk before the backup moves on: a save that fails (disk
        // full) leaves both the log and the older backup as they were.
        let Some(tmp) = write_temp(&path, text.as_bytes(), crash).map_err(save_error)? else {
            return Ok(()); // a test's crash point: the temporary file is left, as a crash would
        };
        if let Some(old) = back_up_old {
            self.back_up(&path, &old).map_err(save_error)?;
        }
        if crash == Some(CrashPoint::AfterBackup) {
            let _ = tmp.keep();
            return Ok(());
        }
        tmp.persist(&path).map_err(|e| save_error(e.error))?;
        sync_dir(path.parent().unwrap_or_else(|| Path::new(".")));
        self.remember(text.as_bytes());
        Ok(())
    }

    /// Makes the current file (whose bytes are `old`) the backup, atomically. Cheap way: a
    /// second name for the same file, renamed over the backup (the log itself is only ever
    /// replaced, never written in place, so the backup cannot change afterwards). Where the file
    /// system has no hard links, the bytes are copied instead.
    fn back_up(&self, path: &Path, old: &[u8]) -> io::Result<()> {
        let bak = self.backup_path();
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let link = self
            .dir
            .join(format!("{TEMP_PREFIX}bak-{}-{stamp}{TEMP_SUFFIX}", std::process::id()));
        if fs::hard_link(path, &link).is_ok() {
            // Private, unless the file has names outside the store too (a hard link someone
            // made): a file elsewhere never has its mode changed by the app.
            #[cfg(unix)]
            {
                use std::os::unix::fs::{MetadataExt, PermissionsExt};
                if fs::symlink_metadata(&link).is_ok_and(|m| m.nlink() == 2) {
                    let _ = fs::set_permissions(&link, fs::Permissions::from_mode(0o600));
                }
            }
            match fs::rename(&link, &bak) {
                Ok(()) => return Ok(()),
                Err(_) => {
                    let _ = fs::remove_file(&link);
                }
            }
        }
        write_atomic_in(&bak, old)
    }

    fn remember(&self, bytes: &[u8]) {
        let mut known = self.known_good.lock().unwrap_or_else(PoisonError::into_inner);
        *known = Some((bytes.len(), hash(bytes)));
    }

    fn is_known_good(&self, bytes: &[u8]) -> bool {
        let known = *self.known_good.lock().unwrap_or_else(PoisonError::into_inner);
        known == Some((bytes.len(), hash(bytes)))
    }

    /// Removes leftover temporary files when no process holds the lock (so none is saving
    /// right now). Creates nothing: without a `.lock` there has never been a save to clean up.
    fn remove_leftover_temp_files_if_free(&self) {
        let mut options = fs::OpenOptions::new();
        options.write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        let Ok(lock) = options.open(self.dir.join(LOCK_FILE_NAME)) else {
            return;
        };
        if lock.metadata().is_ok_and(|m| m.is_file()) && lock.try_lock().is_ok() {
            self.remove_leftover_temp_files();
        }
    }

    /// Removes temporary files an interrupted save left behind (best effort).
    fn remove_leftover_temp_files(&self) {
        let Ok(dir) = fs::read_dir(&self.dir) else { return };
        for item in dir.flatten() {
            let name = item.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with(TEMP_PREFIX)
                && name.ends_with(TEMP_SUFFIX)
                && item.file_type().is_ok_and(|t| t.is_file())
            {
                let _ = fs::remove_file(item.path());
            }
        }
    }
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{DefaultHasher, Hasher};
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// `Ok(None)` if the file does not exist. A link is not followed, a pipe or device is not
/// waited for, and at most [`MAX_FILE_BYTES`] are read.
fn read_file(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let read_err = |e: io::Error| StoreError::Read {
        path: path.to_path_buf(),
        reason: plain_reason(&e),
        source: e,
    };
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(StoreError::Linked {
            path: path.to_path_buf(),
        });
    }
    let file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) if is_link_error(&e) => {
            return Err(StoreError::Linked {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(read_err(e)),
    };
    let meta = file.metadata().map_err(read_err)?;
    if !meta.is_file() {
        return Err(StoreError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    io::Read::read_to_end(&mut io::Read::take(file, MAX_FILE_BYTES + 1), &mut bytes).map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(Some(bytes))
}

/// True if opening failed because the name is a symbolic link (`O_NOFOLLOW`).
fn is_link_error(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

fn parse(bytes: &[u8]) -> Parsed {
    match from_ron_bytes(bytes) {
        Ok(log) if log.version > FORMAT_VERSION => Parsed::TooNew(log.version),
        Ok(mut log) => {
            log.version = FORMAT_VERSION;
            log.normalize();
            Parsed::Good(log)
        }
        Err(_) => match probe_version(bytes) {
            Some(v) if v > FORMAT_VERSION => Parsed::TooNew(v),
            _ => Parsed::Broken,
        },
    }
}

/// Finds the format version of a file this build cannot fully read, so that a file from a
/// newer app is refused instead of being treated as damaged.
fn probe_version(bytes: &[u8]) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Probe {
        version: Option<u32>,
    }
    if let Ok(Probe { version: Some(v) }) = ron::de::from_bytes::<Probe>(bytes) {
        return Some(v);
    }
    // Not even valid RON for this build: look for `version: N` near the start.
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let rest = &text[text.find("version")? + "version".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    // A number too large for this build is still a version: a newer one.
    Some(digits.parse().unwrap_or(u32::MAX))
}

/// The log as pretty RON text (what [`Store::save`] writes).
pub fn to_ron(log: &LogFile) -> Result<String, StoreError> {
    // One line per entry and per mark: easy to read and to compare, and quick to write and parse.
    let config = PrettyConfig::new().depth_limit(2).indentor("  ").struct_names(false);
    let result = if log.version == FORMAT_VERSION {
        ron::ser::to_string_pretty(log, config)
    } else {
        let mut copy = log.clone();
        copy.version = FORMAT_VERSION;
        ron::ser::to_string_pretty(&copy, config)
    };
    result
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| StoreError::Serialize(e.to_string()))
}

/// Parses RON text as a log, without version checks or repairs.
pub fn from_ron_bytes(bytes: &[u8]) -> Result<LogFile, ron::error::SpannedError> {
    ron::de::from_bytes(bytes)
}

/// Moves a damaged file to `injection-log.broken-<YYYYMMDD-HHMMSS>.ron` next to it, never
/// replacing an existing file. Returns the new path.
fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let base = if path.file_name().is_some_and(|n| n == BACKUP_FILE_NAME) {
        "injection-log.bak.broken"
    } else {
        "injection-log.broken"
    };
    let mut last_err = None;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{base}-{stamp}.ron")
        } else {
            format!("{base}-{stamp}-{n}.ron")
        };
        let target = dir.join(name);
        if fs::symlink_metadata(&target).is_ok() {
            continue;
        }
        match rename_no_clobber(path, &target) {
            Ok(()) => {
                sync_dir(dir);
                return Ok(target);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                last_err = Some(e);
                break;
            }
        }
    }
    let source = last_err.unwrap_or_else(|| io::Error::new(io::ErrorKind::AlreadyExists, "too many damaged copies"));
    Err(StoreError::MoveAside {
        path: path.to_path_buf(),
        reason: plain_reason(&source),
        source,
    })
}

/// Renames without replacing an existing target: a hard link then unlink where possible,
/// a plain rename (after the existence check) where links are not supported.
fn rename_no_clobber(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => {
            // Both names now point at the same bytes; dropping the old name cannot lose them.
            fs::remove_file(from)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => fs::rename(from, to),
    }
}

/// Creates the folder (and parents) readable by the user only.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically: a temporary file (mode 0600) in the same folder,
/// flushed to disk, renamed over `path`, then the folder flushed. Readers see the old file or
/// the new one, never a mix. Used for the log and for exports.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_in(path, bytes)
}

/// Writes `bytes` to a new temporary file (mode 0600) next to `path` and flushes it to disk.
/// `Ok(None)`: a test's crash point stopped the write and the file was left on disk.
fn write_temp(path: &Path, bytes: &[u8], crash: Option<CrashPoint>) -> io::Result<Option<tempfile::NamedTempFile>> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    let (part, stop) = match crash {
        Some(CrashPoint::HalfWrittenTemp) => (&bytes[..bytes.len() / 2], true),
        Some(CrashPoint::AfterTempWritten) => (bytes, true),
        Some(CrashPoint::AfterBackup) | None => (bytes, false),
    };
    tmp.write_all(part)?;
    tmp.as_file().sync_all()?;
    if stop {
        let _ = tmp.keep();
        return Ok(None);
    }
    Ok(Some(tmp))
}

fn write_atomic_in(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let Some(tmp) = write_temp(path, bytes, None)? else {
        return Ok(());
    };
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    });
    Ok(())
}

/// Flushes a folder's entries to disk. Best effort: the rename has already happened, and some
/// file systems cannot flush folders.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn save_error(e: io::Error) -> StoreError {
    StoreError::Save {
        reason: plain_reason(&e),
        source: e,
    }
}

/// An I/O error in words a patient can read.
#[must_use]
pub fn plain_reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::StorageFull => "the disk is full".to_owned(),
        K::QuotaExceeded => "your storage quota is used up".to_owned(),
        K::PermissionDenied => "the app is not allowed to write there".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        K::NotFound => "a file or folder is missing".to_owned(),
        K::NotADirectory => "part of the folder path is a file, not a folder".to_owned(),
        K::IsADirectory => "there is a folder where the file should be".to_owned(),
        K::FileTooLarge => "the file is too large for the disk".to_owned(),
        _ => format!("the system reported \"{e}\""),
    }
}
