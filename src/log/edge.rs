//! Files outside the store that the user names: where an export goes and what an import reads.
//!
//! An export never lands on a file the store owns (the log, its backup, a kept damaged copy,
//! the lock, a half-written save), however it is reached (symlink, hard link, `..`). A device,
//! FIFO or other special file is written as a stream, never replaced; a symlink is written
//! through, never replaced by a file; only a regular file (or a new name) is replaced
//! atomically. An import reads only a regular file, and at most [`MAX_INPUT_BYTES`].

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::log::store::{BACKUP_FILE_NAME, LOCK_FILE_NAME, LOG_FILE_NAME, TEMP_PREFIX, plain_reason, write_atomic};

/// The largest file an import reads (and the store reads as a log): far above a 100-year log
/// (about 8 MB as RON, less as CSV).
pub const MAX_INPUT_BYTES: u64 = crate::log::store::MAX_FILE_BYTES;

/// An export or import file could not be used. Each message is one sentence (two at most)
/// that says what to do; no OS error text is repeated, no temporary path is shown.
#[derive(Debug, thiserror::Error)]
pub enum EdgeError {
    #[error(
        "{} is one of Kineret Coach's own files (the log, its backup or lock); an export there \
         would replace your log. Choose another file name. Nothing was written.",
        path.display()
    )]
    OwnFile { path: PathBuf },
    #[error("{} is a folder. Choose a file name. Nothing was written.", path.display())]
    Folder { path: PathBuf },
    #[error("Could not write {}: {reason}.", path.display())]
    Write { path: PathBuf, reason: String },
    #[error("Could not read {}: {reason}. Nothing was imported.", path.display())]
    Read { path: PathBuf, reason: String },
    #[error(
        "{} is not a regular file (it is a device, pipe or folder). Choose a CSV file. Nothing was imported.",
        path.display()
    )]
    NotAFile { path: PathBuf },
    #[error(
        "{} is larger than {} MB, far more than any injection log. Nothing was imported.",
        path.display(),
        MAX_INPUT_BYTES / (1024 * 1024)
    )]
    TooLarge { path: PathBuf },
}

/// True for a name the store uses inside its data folder.
#[must_use]
pub fn is_store_name(name: &str) -> bool {
    name == LOG_FILE_NAME
        || name == BACKUP_FILE_NAME
        || name == LOCK_FILE_NAME
        || name.starts_with("injection-log.")
        || name.starts_with(TEMP_PREFIX)
}

/// Refuses `path` if it is, or leads to, a file the store owns in `data_dir`.
pub fn refuse_store_file(data_dir: &Path, path: &Path) -> Result<(), EdgeError> {
    let own = || EdgeError::OwnFile {
        path: path.to_path_buf(),
    };
    let Ok(dir) = fs::canonicalize(data_dir) else {
        return Ok(()); // no data folder yet: it owns nothing
    };
    // Where the name leads: the file itself if it exists (links followed), else the nearest
    // folder that exists plus the rest of the name (`..` taken away as written).
    let resolved = resolve(path);
    if let Some(resolved) = resolved
        && resolved.parent() == Some(dir.as_path())
        && resolved.file_name().and_then(|n| n.to_str()).is_some_and(is_store_name)
    {
        return Err(own());
    }
    // A hard link to one of the store's files is the same file under another name.
    #[cfg(unix)]
    if let Ok(target) = fs::metadata(path) {
        use std::os::unix::fs::MetadataExt;
        let owned = fs::read_dir(&dir).into_iter().flatten().flatten().any(|item| {
            item.file_name().to_str().is_some_and(is_store_name)
                && fs::symlink_metadata(item.path()).is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
        });
        if owned {
            return Err(own());
        }
    }
    Ok(())
}

/// `path` made absolute with links followed as far as it exists; the missing rest appended
/// with `.` and `..` applied to the text.
fn resolve(path: &Path) -> Option<PathBuf> {
    for base in path.ancestors() {
        let real = if base.as_os_str().is_empty() {
            fs::canonicalize(".")
        } else {
            fs::canonicalize(base)
        };
        let Ok(mut real) = real else { continue };
        for part in path.strip_prefix(base).ok()?.components() {
            match part {
                std::path::Component::ParentDir => {
                    real.pop();
                }
                std::path::Component::Normal(n) => real.push(n),
                _ => {}
            }
        }
        return Some(real);
    }
    None
}

/// Writes an export to `path`: refused on the store's own files, streamed into a device or
/// pipe, written through a symlink, and otherwise replaced atomically.
pub fn write_export(data_dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), EdgeError> {
    refuse_store_file(data_dir, path)?;
    let write_err = |e: &io::Error| EdgeError::Write {
        path: path.to_path_buf(),
        reason: plain_reason(e),
    };
    // Follow a symlink to the file it names, so the link stays a link.
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
    };
    match fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err(EdgeError::Folder {
            path: path.to_path_buf(),
        }),
        Ok(m) if !m.is_file() => {
            // A device, FIFO or socket: write into it, never replace it.
            let mut f = fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(|e| write_err(&e))?;
            f.write_all(bytes).and_then(|()| f.flush()).map_err(|e| write_err(&e))
        }
        _ => write_atomic(&target, bytes).map_err(|e| write_err(&e)),
    }
}

/// Reads an import file: a regular file only (a FIFO or device is refused without waiting
/// for it), at most [`MAX_INPUT_BYTES`].
pub fn read_input(path: &Path) -> Result<Vec<u8>, EdgeError> {
    let read_err = |e: &io::Error| EdgeError::Read {
        path: path.to_path_buf(),
        reason: plain_reason(e),
    };
    let not_a_file = || EdgeError::NotAFile {
        path: path.to_path_buf(),
    };
    let meta = fs::metadata(path).map_err(|e| read_err(&e))?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Should the file be swapped for a FIFO after the check, opening it must not wait.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| read_err(&e))?;
    if !file.metadata().map_err(|e| read_err(&e))?.is_file() {
        return Err(not_a_file());
    }
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_err(&e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(EdgeError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

/// `text` with control characters shown as `\u{..}` escapes (and `\n`, `\r`, `\t` as such),
/// so that text from a file cannot clear a terminal or hide what follows it.
#[must_use]
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.push_str(&c.escape_unicode().to_string());
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_a_file_cannot_clear_the_screen() {
        assert_eq!(printable("a\u{1b}[2Jb\rc\u{0}"), "a\\u{1b}[2Jb\\rc\\u{0}");
        assert_eq!(printable("Señora Müller"), "Señora Müller");
        assert_eq!(printable("x\u{202e}y"), "x\\u{202e}y");
    }

    #[test]
    fn the_store_names_are_recognised() {
        for n in [
            "injection-log.ron",
            "injection-log.ron.bak",
            ".lock",
            "injection-log.broken-20260101-080000.ron",
            "injection-log.bak.broken-20260101-080000-2.ron",
            ".injection-log-abc.tmp",
        ] {
            assert!(is_store_name(n), "{n}");
        }
        assert!(!is_store_name("kineret-log-2026-05-01.csv"));
    }

    #[test]
    fn an_import_file_larger_than_the_limit_is_refused() {
        let d = tempfile::tempdir().expect("dir");
        let p = d.path().join("big.csv");
        let f = fs::File::create(&p).expect("file");
        f.set_len(MAX_INPUT_BYTES + 1).expect("sparse");
        assert!(matches!(read_input(&p), Err(EdgeError::TooLarge { .. })));
        assert!(matches!(read_input(d.path()), Err(EdgeError::NotAFile { .. })));
        assert!(matches!(
            read_input(Path::new("/dev/zero")),
            Err(EdgeError::NotAFile { .. })
        ));
    }
}
