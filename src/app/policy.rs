//! The mode policy: what a mode may do, decided once at start and read by the app layer
//! (never by the pure core). Home and teach mode may use files; kiosk mode has no file access
//! at all, keeps nothing, and resets itself when left alone.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The three ways the app is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// A patient or carer at home.
    Home,
    /// A nurse teaching a patient at the bedside.
    Teach,
    /// A touch screen in a clinic's waiting room.
    Kiosk,
}

/// How the app may reach files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileAccess {
    /// The log lives in `data_dir`; exports go through the native save dialog, or into
    /// `data_dir/exports` when no dialog can be shown; imports only through the dialog.
    Dialog { data_dir: PathBuf },
    /// The log lives in `data_dir`; no dialog is ever shown (tests, scripted use): exports go
    /// into `data_dir/exports`, and nothing can be imported from the window.
    Folder { data_dir: PathBuf },
    /// No file is read or written, and no path is shown (kiosk, and tests of it). The log is
    /// kept in memory only.
    None,
}

/// Smallest side of a control in a mode for mouse and keyboard, in points.
pub const DESKTOP_MIN_TOUCH: f32 = 44.0;
/// Smallest side of a control on a touch screen, in points.
pub const KIOSK_MIN_TOUCH: f32 = 48.0;
/// How long a kiosk waits for a touch before it starts over (until a config sets it).
pub const KIOSK_IDLE_DEFAULT: Duration = Duration::from_mins(2);

/// What the running app may do.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    pub mode: Mode,
    pub files: FileAccess,
    /// Whether language, text size and contrast are remembered between runs.
    pub persist_settings: bool,
    /// Smallest side of anything you can click or tap.
    pub min_touch: f32,
    /// Start over after this long without input.
    pub idle_reset: Option<Duration>,
}

impl Policy {
    /// The policy for `mode`; `data_dir` is used only by modes with file access.
    #[must_use]
    pub fn for_mode(mode: Mode, data_dir: Option<PathBuf>, dialogs: bool) -> Self {
        let files = match data_dir {
            Some(data_dir) if dialogs => FileAccess::Dialog { data_dir },
            Some(data_dir) => FileAccess::Folder { data_dir },
            None => FileAccess::None,
        };
        match mode {
            Mode::Home | Mode::Teach => Self {
                mode,
                files,
                persist_settings: true,
                min_touch: DESKTOP_MIN_TOUCH,
                idle_reset: None,
            },
            Mode::Kiosk => Self::kiosk(KIOSK_IDLE_DEFAULT),
        }
    }

    /// The kiosk: no files, nothing kept, big targets, starts over after `idle`.
    #[must_use]
    pub fn kiosk(idle: Duration) -> Self {
        Self {
            mode: Mode::Kiosk,
            files: FileAccess::None,
            persist_settings: false,
            min_touch: KIOSK_MIN_TOUCH,
            idle_reset: Some(idle),
        }
    }

    /// The data folder, if this mode may use files.
    #[must_use]
    pub fn data_dir(&self) -> Option<&Path> {
        match &self.files {
            FileAccess::Dialog { data_dir } | FileAccess::Folder { data_dir } => Some(data_dir),
            FileAccess::None => None,
        }
    }

    /// Whether the log can be exported to a file (a button for it is shown).
    #[must_use]
    pub fn can_export(&self) -> bool {
        self.data_dir().is_some()
    }

    /// Whether a file can be chosen for import (only through the native dialog).
    #[must_use]
    pub fn can_import(&self) -> bool {
        matches!(self.files, FileAccess::Dialog { .. })
    }

    /// Whether the injection log (its screen, logging a dose, marks) exists in this mode.
    /// A kiosk and a nurse's teaching laptop show the site map as a demonstration only:
    /// nothing is logged, and no patient's log is kept on the nurse's computer.
    #[must_use]
    pub fn keeps_a_log(&self) -> bool {
        self.mode == Mode::Home
    }

    /// Whether a nurse can run a teaching session (teach mode, or "Teach a patient" at home;
    /// never on a kiosk).
    #[must_use]
    pub fn can_teach(&self) -> bool {
        self.mode != Mode::Kiosk
    }

    /// Whether `screen` exists in this mode.
    #[must_use]
    pub fn allows(&self, screen: super::Screen) -> bool {
        match screen {
            super::Screen::History => self.keeps_a_log(),
            super::Screen::Attract => self.mode == Mode::Kiosk,
            super::Screen::Home | super::Screen::Section(_) | super::Screen::BodyMap => true,
            super::Screen::TeachSetup
            | super::Screen::TeachTopic(_)
            | super::Screen::TeachDemo
            | super::Screen::TeachPlan
            | super::Screen::TeachSummary => self.can_teach(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_never_gets_a_data_folder_even_when_one_is_given() {
        let p = Policy::for_mode(Mode::Kiosk, Some(PathBuf::from("/tmp/x")), true);
        assert_eq!(p.files, FileAccess::None);
        assert!(p.data_dir().is_none() && !p.can_export() && !p.can_import() && !p.persist_settings);
        assert!(p.min_touch >= 48.0);
        assert!(p.idle_reset.is_some());
    }

    #[test]
    fn a_nurse_laptop_keeps_no_log_and_a_kiosk_has_no_teaching() {
        let teach = Policy::for_mode(Mode::Teach, Some(PathBuf::from("/d")), true);
        assert!(!teach.keeps_a_log() && teach.can_teach() && teach.can_export());
        assert!(teach.allows(super::super::Screen::TeachSummary));
        let kiosk = Policy::kiosk(KIOSK_IDLE_DEFAULT);
        assert!(!kiosk.can_teach() && !kiosk.allows(super::super::Screen::TeachSetup));
        assert!(Policy::for_mode(Mode::Home, None, false).can_teach());
    }

    #[test]
    fn home_without_dialogs_exports_into_the_folder_and_never_imports() {
        let p = Policy::for_mode(Mode::Home, Some(PathBuf::from("/d")), false);
        assert!(p.can_export() && !p.can_import());
        let p = Policy::for_mode(Mode::Home, Some(PathBuf::from("/d")), true);
        assert!(p.can_export() && p.can_import());
    }
}
