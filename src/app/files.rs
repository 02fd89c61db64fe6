//! The window's file edges: saving an export and choosing a file to import, as the mode's
//! [`FileAccess`] allows. Under [`FileAccess::None`] nothing here touches a file or names a path.
//! The only place that shows native file dialogs.

use std::path::{Path, PathBuf};

use super::notice::{Arg, Msg, Notice, NoticeAction};
use super::policy::FileAccess;

/// Name of the folder inside the data folder that takes exports when no dialog can be shown.
pub const EXPORTS_DIR: &str = "exports";

/// Creates a folder (and its missing parents) readable by the user only.
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    // Tighten the folder itself, never what a symbolic link in its place points to (a data
    // folder linked to a shared folder keeps that folder's mode). The name is opened without
    // following a link in its last part and changed through that handle, so neither a trailing
    // `/` (which makes the system follow the link) nor a link swapped in meanwhile reaches
    // another folder.
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let name: PathBuf = dir.components().collect();
        let opened = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_DIRECTORY)
            .open(&name);
        match opened {
            Ok(folder) => folder.set_permissions(std::fs::Permissions::from_mode(0o700))?,
            Err(e) if e.raw_os_error() == Some(libc::ELOOP) || e.raw_os_error() == Some(libc::ENOTDIR) => {
                log::info!("the data folder {} is a link; its mode is left as it is", dir.display());
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The settings file eframe keeps in the data folder, or `None` when the name is taken by a
/// symbolic link, a pipe, a device or a folder. eframe reads the whole file at start and
/// rewrites it in place (following links), so such a name could hang the start or overwrite
/// a file outside the folder; the app then starts with default settings and keeps none.
#[must_use]
pub fn settings_file(data_dir: &Path) -> Option<PathBuf> {
    let path = data_dir.join(SETTINGS_FILE_NAME);
    match std::fs::symlink_metadata(&path) {
        Ok(m) if !m.file_type().is_file() => {
            log::warn!(
                "{} is not a plain file (a link, pipe, device or folder); settings are not read or saved",
                path.display()
            );
            None
        }
        _ => Some(path),
    }
}

/// Name of eframe's settings file inside the data folder.
pub const SETTINGS_FILE_NAME: &str = "settings.ron";

/// What kind of file an export is (for the dialog's filter).
#[derive(Clone, Copy, Debug)]
pub struct FileKind {
    pub label: &'static str,
    pub extension: &'static str,
}

pub const CSV: FileKind = FileKind {
    label: "CSV",
    extension: "csv",
};
pub const PDF: FileKind = FileKind {
    label: "PDF",
    extension: "pdf",
};

/// Saves an export named `name`: through the save dialog where the mode has one, else into
/// the data folder's `exports/`. Returns what to tell the user, or `None` when the user
/// closed the dialog or the mode has no file access.
#[must_use]
pub fn save_export(files: &FileAccess, name: &str, kind: FileKind, bytes: &[u8]) -> Option<Notice> {
    let (data_dir, dialog) = match files {
        FileAccess::Dialog { data_dir } => (data_dir, true),
        FileAccess::Folder { data_dir } => (data_dir, false),
        FileAccess::None => return None,
    };
    let chosen = if dialog {
        rfd::FileDialog::new()
            .add_filter(kind.label, &[kind.extension])
            .set_file_name(name)
            .save_file()
    } else {
        None
    };
    // The dialog asks itself before it replaces a file; the exports folder never replaces one.
    let (path, via_dialog) = match chosen {
        Some(p) => (p, true),
        None => (unused_name(&data_dir.join(EXPORTS_DIR), name), false),
    };
    Some(write_chosen(data_dir, path, via_dialog, bytes))
}

/// Writes an export to the path the dialog gave (or the exports folder), with the checks of
/// [`crate::log::edge::write_export`]: never onto the store's own files, never replacing a
/// device or a symlink.
fn write_chosen(data_dir: &Path, path: PathBuf, via_dialog: bool, bytes: &[u8]) -> Notice {
    let folder = match path.parent() {
        Some(dir) if !via_dialog => ensure_private_dir(dir).map_err(|e| crate::log::store::plain_reason(&e)),
        _ => Ok(()),
    };
    let result =
        folder.and_then(|()| crate::log::edge::write_export(data_dir, &path, bytes).map_err(|e| e.to_string()));
    match result {
        Ok(()) => {
            let folder = path.parent().map(Path::to_path_buf);
            let n = Notice::success(
                Msg::new(if via_dialog { "export-saved" } else { "export-no-dialog" }).arg("path", Arg::Path(path)),
            );
            match folder {
                Some(dir) if !dir.as_os_str().is_empty() => n.with_action(NoticeAction::OpenFolder(dir)),
                _ => n,
            }
        }
        Err(reason) => Notice::error(Msg::new("export-failed").arg("reason", Arg::Text(reason))),
    }
}

/// `dir/name`, or, when that is taken, `dir/stem-2.ext`, `dir/stem-3.ext`, ...: an earlier
/// export is never replaced without a question.
#[must_use]
pub fn unused_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if std::fs::symlink_metadata(&first).is_err() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    (2..=u32::MAX)
        .map(|n| dir.join(format!("{stem}-{n}{ext}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or(first)
}

/// Shows `dir` in the system's file manager. The program gets the path as one argument (no
/// shell) and runs on its own; the app does not wait for it.
pub fn open_folder(dir: &Path) -> std::io::Result<()> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let mut child = std::process::Command::new(program)
        .arg(dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    // Reap it when it ends, so no zombie is left; its exit status tells the user nothing new.
    std::thread::spawn(move || child.wait().map(drop));
    Ok(())
}

/// The file the user chose to import, through the open dialog. Nothing is ever read that the
/// user did not choose: without a dialog, the answer is a notice that explains the other way.
pub fn pick_import(files: &FileAccess) -> Result<Option<PathBuf>, Notice> {
    match files {
        FileAccess::Dialog { .. } => Ok(rfd::FileDialog::new()
            .add_filter(CSV.label, &[CSV.extension])
            .pick_file()),
        FileAccess::Folder { .. } => Err(Notice::info(Msg::new("import-no-dialog"))),
        FileAccess::None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_dialog_an_export_lands_in_the_data_folder_not_in_temp() {
        let dir = tempfile::tempdir().expect("dir");
        let files = FileAccess::Folder {
            data_dir: dir.path().to_path_buf(),
        };
        let n = save_export(&files, "x.csv", CSV, b"a,b\n").expect("a notice");
        assert_eq!(n.id(), "export-no-dialog");
        let path = dir.path().join(EXPORTS_DIR).join("x.csv");
        assert_eq!(std::fs::read(&path).expect("written"), b"a,b\n");
        assert_eq!(n.msgs[0].args, vec![("path", Arg::Path(path))]);
    }

    #[test]
    fn a_save_dialog_choice_of_the_log_itself_is_refused_and_the_log_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let log = dir.path().join(crate::log::store::LOG_FILE_NAME);
        std::fs::write(&log, "(version: 1)").expect("log");
        for name in [".lock", "injection-log.ron", "injection-log.ron.bak"] {
            let n = write_chosen(dir.path(), dir.path().join(name), true, b"time,zone\n");
            assert_eq!(n.id(), "export-failed", "{name}");
        }
        assert_eq!(std::fs::read(&log).expect("log"), b"(version: 1)");
        assert!(!dir.path().join(".lock").exists());
    }

    #[test]
    fn a_second_export_the_same_day_gets_a_new_name_and_the_first_is_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let files = FileAccess::Folder {
            data_dir: dir.path().to_path_buf(),
        };
        let exports = dir.path().join(EXPORTS_DIR);
        let bodies: [&[u8]; 3] = [b"one", b"two", b"three"];
        for (i, body) in bodies.into_iter().enumerate() {
            let n = save_export(&files, "kineret-log-2026-12-04.pdf", PDF, body).expect("a notice");
            assert_eq!(n.action, Some(NoticeAction::OpenFolder(exports.clone())), "{i}");
        }
        assert_eq!(
            std::fs::read(exports.join("kineret-log-2026-12-04.pdf")).expect("1"),
            b"one"
        );
        assert_eq!(
            std::fs::read(exports.join("kineret-log-2026-12-04-2.pdf")).expect("2"),
            b"two"
        );
        assert_eq!(
            std::fs::read(exports.join("kineret-log-2026-12-04-3.pdf")).expect("3"),
            b"three"
        );
    }

    #[test]
    fn with_no_file_access_nothing_is_written_or_read() {
        assert!(save_export(&FileAccess::None, "x.csv", CSV, b"a").is_none());
        assert_eq!(pick_import(&FileAccess::None), Ok(None));
    }

    #[test]
    fn without_a_dialog_no_import_file_is_guessed() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir_all(dir.path().join(EXPORTS_DIR)).expect("dir");
        std::fs::write(dir.path().join(EXPORTS_DIR).join("import.csv"), "x").expect("file");
        let files = FileAccess::Folder {
            data_dir: dir.path().to_path_buf(),
        };
        assert_eq!(pick_import(&files).expect_err("a notice").id(), "import-no-dialog");
    }
}
