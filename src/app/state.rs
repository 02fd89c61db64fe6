//! All UI state in one value with a `Default`: where the user is, what they are choosing, the
//! forms they are filling in, and the notices. "Start over" is a fresh `AppState`.

use crate::body_map::model::{PointCm, Zone};
use crate::content::SectionId;
use crate::log::model::{Entry, GivenBy};
use crate::rotation::Violation;
use crate::teach::TeachSession;

use super::log_view::LogView;
use super::notice::Notice;
use super::policy::Mode;

/// Where the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The kiosk's first screen: the clinic and one "Touch to start" per language.
    Attract,
    Home,
    Section(SectionId),
    BodyMap,
    History,
    /// Teach mode: the nurse's set-up (region, language, indication, dose).
    TeachSetup,
    /// Teach mode: topic N (0-based) of the lessons, with its teach-back question.
    TeachTopic(usize),
    /// Teach mode: the return demonstration of the injection steps.
    TeachDemo,
    /// Teach mode: the areas to use and to keep away from.
    TeachPlan,
    /// Teach mode: every topic's result, and the summary to save.
    TeachSummary,
}

impl Screen {
    /// Whether this is one of the teaching session's screens.
    #[must_use]
    pub const fn is_teach(self) -> bool {
        matches!(
            self,
            Screen::TeachSetup | Screen::TeachTopic(_) | Screen::TeachDemo | Screen::TeachPlan | Screen::TeachSummary
        )
    }
}

/// Navigation: changed only by commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nav {
    pub screen: Screen,
    pub back_stack: Vec<Screen>,
    /// The injection step shown (0-based).
    pub step: usize,
    /// The screen just changed: it starts at its top.
    pub scroll_to_top: bool,
}

impl Default for Nav {
    fn default() -> Self {
        Self {
            screen: Screen::Home,
            back_stack: Vec::new(),
            step: 0,
            scroll_to_top: false,
        }
    }
}

/// The spot being chosen on the map and the rules it breaks: changed only by commands, since
/// the warnings follow the log.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choice {
    pub spot: Option<(Zone, PointCm)>,
    pub violations: Vec<Violation>,
    /// A message id explaining why the last click was not a spot.
    pub miss: Option<&'static str>,
}

/// The dose form on the site map: text the user is typing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogForm {
    pub dose: String,
    pub given_by: GivenBy,
    pub note: String,
    /// Empty = now; else `YYYY-MM-DD HH:MM` local time.
    pub time_text: String,
    /// How long an avoid-mark lasts, in days (0 = until removed).
    pub mark_days: u32,
    /// Why the dose field was refused (a message id, shown at the field).
    pub dose_error: Option<&'static str>,
    /// A dose is already logged on the day of this one: the entry it would join, waiting for
    /// "Yes, log another dose".
    pub confirm_second: Option<u64>,
}

impl Default for LogForm {
    fn default() -> Self {
        Self {
            dose: String::new(),
            given_by: GivenBy::default(),
            note: String::new(),
            time_text: String::new(),
            mark_days: 14,
            dose_error: None,
            confirm_second: None,
        }
    }
}

/// An entry being edited on the log screen.
#[derive(Clone, Debug, PartialEq)]
pub struct EditForm {
    pub entry: Entry,
    /// Its time as typed.
    pub time_text: String,
}

/// Buffers the screens may change while drawing (text being typed, a question being asked).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Forms {
    pub log: LogForm,
    pub edit: Option<EditForm>,
    /// The entry waiting for "Yes, delete".
    pub confirm_delete: Option<u64>,
    /// The log screen's month and filters.
    pub log_view: LogView,
}

/// What the nurse is typing or being asked in teach mode.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeachForm {
    /// The dose as being typed (taken into the session by "Start teaching").
    pub dose: String,
    /// Why the typed dose was refused (a message id, shown at the field).
    pub dose_error: Option<&'static str>,
    /// "Start over?" is being asked (the summary is not saved).
    pub confirm_finish: bool,
    /// "Close the app?" is being asked (the window was asked to close; the summary is not
    /// saved).
    pub confirm_close: bool,
}

/// Everything the UI holds between frames.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub nav: Nav,
    pub choice: Choice,
    pub forms: Forms,
    /// Shown one at a time, oldest first, until dismissed.
    pub notices: Vec<Notice>,
    /// The staff keypad of a kiosk, while it is open.
    pub pin_pad: Option<PinPad>,
    /// The bedside teaching session (teach mode, or "Teach a patient" at home). Memory only.
    pub teach: TeachSession,
    pub teach_form: TeachForm,
}

/// The kiosk's staff keypad: the digits typed so far (kept in memory only, cleared when it
/// closes) and whether the last try was wrong.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PinPad {
    pub digits: String,
    pub wrong: bool,
}

impl std::fmt::Debug for PinPad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PinPad({} digits, wrong: {})", self.digits.len(), self.wrong)
    }
}

impl AppState {
    /// A fresh start in `mode`: the home screen, empty forms, and the notices the mode opens
    /// with.
    #[must_use]
    pub fn for_mode(mode: Mode) -> Self {
        let mut state = Self::default();
        match mode {
            Mode::Home => {}
            Mode::Kiosk => state.nav.screen = Screen::Attract,
            Mode::Teach => state.nav.screen = Screen::TeachSetup,
        }
        state
    }
}
