//! The app layer: the mode policy, all UI state, the log session, and the one place where
//! commands change them. Screens (`crate::ui`) read a [`Cx`] and push [`Command`]s; they never
//! change the log or the navigation while drawing. This module never imports `crate::ui`.

pub mod clock;
pub mod files;
pub mod kiosk;
pub mod log_view;
pub mod notice;
pub mod policy;
pub mod session;
pub mod state;
pub mod teach;
pub mod time_input;

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui;
use jiff::Zoned;

pub use clock::Clock;
pub use kiosk::{AttractChoice, KioskCommand};
pub use notice::{Arg, Msg, Notice, NoticeAction, NoticeKind};
pub use policy::{FileAccess, Mode, Policy};
pub use session::LogSession;
pub use state::{AppState, Choice, EditForm, Forms, LogForm, Nav, PinPad, Screen, TeachForm};
pub use teach::TeachCommand;

use crate::body_map::model::{Hit, PointCm, Zone};
use crate::content::{Content, Region, SectionId};
use crate::i18n::{self, I18n};
use crate::kiosk::{IdlePhase, KioskSetup};
use crate::log::model::{Entry, LogFile, MarkKind};
use crate::report::ReportPeriod;
use crate::rotation::{self, Suggestion};
use crate::settings::Settings;

/// The text size a kiosk starts with (and goes back to after each visitor).
pub const KIOSK_TEXT_SCALE: f32 = 1.2;

/// Key of the settings in eframe's storage.
pub const SETTINGS_KEY: &str = "kineret-coach-settings";

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
    /// The time field of the dose form changed: the warnings may change too.
    TimeEdited,
    /// Log the chosen spot with the dose form's dose, time, person and note.
    Save,
    /// Log it although a dose is already logged that day (after the question).
    SaveSecond,
    /// "No": do not log a second dose.
    CancelSecond,
    /// The Today card's main button: the site map with today's suggested spot chosen.
    StartToday,
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
    /// Keep away from a whole area (a scar, a port) for `days` days (0: until removed).
    KeepAwayArea {
        zone: Zone,
        days: u32,
    },
    RemoveAreaMark(u64),
    SetRestDays(u32),
    ExportCsv,
    /// A PDF report of this period (the last N days, a month, the whole log).
    ExportPdf {
        period: ReportPeriod,
    },
    ImportCsv,
}

/// Everything a widget may ask the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Go(Screen),
    Back,
    SetLanguage(String),
    SetRegion(Region),
    /// Text size steps: +1 bigger, -1 smaller, 0 back to normal.
    TextSize(i32),
    SetHighContrast(bool),
    /// Show step N (0-based) of the injection steps.
    ShowStep(usize),
    DismissNotice,
    /// How many days of injections the map shows (14, 30 or 90).
    SetMapDays(u32),
    Log(LogCommand),
    /// Forget everything this visitor did (the kiosk's reset).
    ResetEverything,
    /// A kiosk visitor touched "Touch to start" in this language.
    StartVisit(String),
    Kiosk(KioskCommand),
    /// Teach mode: the bedside session.
    Teach(TeachCommand),
    /// Show this folder in the system's file manager (after an export, a teach summary).
    OpenFolder(PathBuf),
}

/// How "Open folder" reaches the system's file manager.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FolderOpener {
    /// Start the file manager (`xdg-open`, `open`, `explorer`); the window uses this.
    System,
    /// Only note the folder (tests: no file manager starts); see [`App::opened_folders`].
    #[default]
    Record,
}

/// How the app was started (from the command line, or by a test).
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    pub mode: Option<Mode>,
    pub lang: Option<String>,
    pub region: Option<Region>,
    /// The data folder; `None` keeps the log in memory only and touches no file.
    pub data_dir: Option<PathBuf>,
    /// Whether native file dialogs may be shown (the window: yes; tests: no).
    pub dialogs: bool,
    /// An in-memory log to start with (tests, benchmarks); only without a data folder.
    pub log: Option<LogFile>,
    /// Where "now" comes from (default: the system clock).
    pub clock: Clock,
    /// The clinic's checked kiosk configuration (kiosk mode only).
    pub kiosk: Option<Arc<KioskSetup>>,
    /// How "Open folder" is done (default: only recorded).
    pub folder_opener: FolderOpener,
}

/// What the kiosk's screens read.
pub struct KioskView<'a> {
    pub clinic_name: Option<&'a str>,
    pub choices: &'a [AttractChoice],
    pub logo: Option<&'a egui::TextureHandle>,
    /// Where the visit is: the countdown shows while it is `Countdown`.
    pub phase: IdlePhase,
    /// The staff keypad, while open.
    pub pin_pad: Option<&'a PinPad>,
    /// How long until the keypad takes another try, after wrong PINs.
    pub pin_wait: Option<std::time::Duration>,
}

/// What a screen gets for one frame: what it may read, the buffers it may change, and the
/// command queue. Built by [`App::frame`].
pub struct Cx<'a> {
    pub i18n: &'a I18n,
    pub content: &'a Content,
    pub settings: &'a Settings,
    pub policy: &'a Policy,
    pub session: &'a LogSession,
    /// The moment this frame is drawn for.
    pub now: &'a Zoned,
    /// The suggested next spot as of `now`.
    pub suggestion: Option<&'a Suggestion>,
    pub nav: &'a Nav,
    pub choice: &'a Choice,
    pub notices: &'a [Notice],
    /// Kiosk mode only.
    pub kiosk: Option<KioskView<'a>>,
    /// The bedside teaching session (read only: changed by [`TeachCommand`]s).
    pub teach: &'a crate::teach::TeachSession,
    /// Text the user is typing: screens change these directly.
    pub forms: &'a mut Forms,
    /// The dose the nurse is typing.
    pub teach_form: &'a mut TeachForm,
    commands: &'a mut Vec<Command>,
}

impl Cx<'_> {
    /// Asks for something to happen at the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Smallest side of anything clickable in this mode.
    #[must_use]
    pub fn min_touch(&self) -> f32 {
        self.policy.min_touch
    }
}

/// The whole app.
pub struct App {
    policy: Policy,
    /// Settings as they were at start (the kiosk's reset goes back to them).
    start_settings: Settings,
    settings: Settings,
    i18n: I18n,
    /// Shared, so it is never copied per frame.
    content: Arc<Content>,
    clock: Clock,
    session: LogSession,
    state: AppState,
    commands: Vec<Command>,
    /// The moment and the suggestion of the frame being drawn.
    frame_now: Zoned,
    frame_suggestion: Option<Suggestion>,
    /// Kiosk mode only.
    kiosk: Option<kiosk::KioskRuntime>,
    /// A teaching session ended: start over at the end of this frame.
    reset_pending: bool,
    /// The nurse chose to close without saving the summary: the window may close.
    close_anyway: bool,
    /// ... and should close now.
    close_now: bool,
    folder_opener: FolderOpener,
    /// Folders "Open folder" asked for, under [`FolderOpener::Record`].
    opened_folders: Vec<PathBuf>,
    /// The language and leaflet before "Teach a patient" at home (they come back after).
    settings_before_teaching: Option<(Option<String>, Option<Region>)>,
}

impl App {
    /// Builds the app; `storage` holds the settings of earlier runs (read only if the mode
    /// remembers settings).
    #[must_use]
    pub fn new(ctx: &egui::Context, storage: Option<&dyn eframe::Storage>, opts: &StartOptions) -> Self {
        let mode = opts.mode.unwrap_or(Mode::Home);
        let mut policy = Policy::for_mode(mode, opts.data_dir.clone(), opts.dialogs);
        let setup = opts.kiosk.clone().filter(|_| mode == Mode::Kiosk);
        if let Some(setup) = &setup {
            policy = Policy::kiosk(setup.idle_timeout);
        }
        let saved: Option<Settings> = if policy.persist_settings {
            storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY))
        } else {
            None
        };
        let mut settings = saved.unwrap_or_default().sanitized();
        if let Some(lang) = &opts.lang {
            settings.language = Some(lang.clone());
        }
        if let Some(region) = opts.region {
            settings.region = Some(region);
        }
        // A kiosk shows the clinic's region and opens in its first language.
        if let Some(setup) = &setup {
            settings.region = Some(setup.region);
            settings.language = setup.languages.first().map(|l| (*l).to_owned());
        }
        // A kiosk is read from arm's length: its text starts a step bigger.
        if mode == Mode::Kiosk {
            settings.text_scale = KIOSK_TEXT_SCALE;
        }
        let lang = settings.language.clone().unwrap_or_else(i18n::system_language);
        let i18n = I18n::new(&lang);
        if let Some(requested) = &opts.lang
            && !requested.eq_ignore_ascii_case(i18n.code())
            && i18n::resolve(requested, &i18n::available()).is_none()
        {
            log::warn!("language '{requested}' is not available; using {}", i18n.code());
        }
        settings.language = Some(i18n.code().to_owned());
        let mut state = AppState::for_mode(mode);
        // Only a patient's own computer keeps a log: a kiosk and a nurse's teaching laptop read
        // and write none (a teaching laptop's data folder takes saved summaries only).
        let session = match policy.data_dir().filter(|_| policy.keeps_a_log()) {
            Some(dir) => {
                let (session, notices) = LogSession::open(dir);
                state.notices.extend(notices);
                session
            }
            None => LogSession::in_memory(opts.log.clone().unwrap_or_default()),
        };
        // The dose is remembered from the last entry: no typing when nothing changed.
        state.forms.log.dose = last_dose(session.log());
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let frame_now = opts.clock.now();
        let kiosk = (mode == Mode::Kiosk).then(|| kiosk::KioskRuntime::new(ctx, setup, frame_now.timestamp()));
        Self {
            policy,
            start_settings: settings.clone(),
            settings,
            i18n,
            content: Arc::new(Content::embedded()),
            clock: opts.clock.clone(),
            session,
            state,
            commands: Vec::new(),
            frame_now,
            frame_suggestion: None,
            kiosk,
            reset_pending: false,
            close_anyway: false,
            close_now: false,
            settings_before_teaching: None,
            folder_opener: opts.folder_opener.clone(),
            opened_folders: Vec::new(),
        }
    }

    #[must_use]
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    #[must_use]
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    #[must_use]
    pub fn content(&self) -> &Content {
        &self.content
    }

    #[must_use]
    pub fn session(&self) -> &LogSession {
        &self.session
    }

    /// When the window closes: one more try to save changes a failed save (a full disk, a
    /// read-only folder) left only in memory.
    pub fn save_unsaved_log(&mut self) {
        for notice in self.session.save_again() {
            log::error!("the log could not be saved before closing: {}", notice.text(&self.i18n));
        }
    }

    #[must_use]
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The screen shown.
    #[must_use]
    pub fn screen(&self) -> Screen {
        self.state.nav.screen
    }

    /// The current moment, from the app's clock.
    #[must_use]
    pub fn now(&self) -> Zoned {
        self.clock.now()
    }

    /// Sets where "now" comes from (tests drive time this way).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
        self.refresh_choice();
    }

    /// Starts a frame: reads the clock once and works out the suggestion, then hands the
    /// screens what they may read and change.
    pub fn frame(&mut self) -> Cx<'_> {
        self.frame_now = self.clock.now();
        self.frame_suggestion = self.session.suggestion(self.frame_now.timestamp());
        let visited = self.visited();
        let now = self.frame_now.timestamp();
        let kiosk = self.kiosk.as_ref().map(|k| KioskView {
            clinic_name: k.setup.as_ref().map(|s| s.clinic_name.as_str()),
            choices: &k.choices,
            logo: k.logo.as_ref(),
            phase: if visited {
                k.phase(now)
            } else {
                IdlePhase::Active {
                    until_countdown: k.idle_timeout(),
                }
            },
            pin_pad: self.state.pin_pad.as_ref(),
            pin_wait: k.throttle.wait(now),
        });
        Cx {
            i18n: &self.i18n,
            content: &self.content,
            settings: &self.settings,
            policy: &self.policy,
            session: &self.session,
            now: &self.frame_now,
            suggestion: self.frame_suggestion.as_ref(),
            nav: &self.state.nav,
            choice: &self.state.choice,
            notices: &self.state.notices,
            kiosk,
            teach: &self.state.teach,
            forms: &mut self.state.forms,
            teach_form: &mut self.state.teach_form,
            commands: &mut self.commands,
        }
    }

    /// Ends a frame: applies the commands it produced.
    pub fn end_frame(&mut self, ctx: &egui::Context) {
        self.state.nav.scroll_to_top = false;
        let commands = std::mem::take(&mut self.commands);
        // What was drawn is now out of date: draw once more, even with no input (a reset by
        // the idle timer has none).
        if !commands.is_empty() {
            ctx.request_repaint();
        }
        for c in commands {
            if c == Command::ResetEverything {
                self.reset(ctx);
            } else {
                self.apply(c);
            }
            if std::mem::take(&mut self.reset_pending) {
                // Nothing asked for in the same frame outlives the session.
                self.reset(ctx);
                break;
            }
        }
        // A reset asked for outside the frame's commands (a script, a test) happens now too.
        if std::mem::take(&mut self.reset_pending) {
            self.reset(ctx);
        }
        self.idle_tick(ctx);
    }

    /// The kiosk's idle timer: nobody answered the countdown, so the next visitor gets a fresh
    /// kiosk. Also run while the window is hidden (eframe's `logic`), so a minimised kiosk still
    /// forgets its visitor on time.
    pub fn idle_tick(&mut self, ctx: &egui::Context) {
        let now = self.clock.now().timestamp();
        let visited = self.visited();
        let Some(k) = &mut self.kiosk else { return };
        // A clock set back (NTP, a wrong hardware clock) must not stretch a visit: the last
        // touch is never later than now.
        if k.last_input > now {
            k.last_input = now;
        }
        if visited && k.phase(now) == IdlePhase::Expired {
            self.reset(ctx);
            ctx.request_repaint();
        }
    }

    /// Someone touched the screen, pressed a key or moved the pointer: the idle timer starts
    /// again.
    pub fn note_input(&mut self) {
        let now = self.clock.now().timestamp();
        if let Some(k) = &mut self.kiosk {
            k.last_input = now;
        }
    }

    /// Whether a kiosk visitor changed anything (screen, language, text size, a keypad): only
    /// then can the kiosk be left alone and need a reset.
    fn visited(&self) -> bool {
        self.kiosk.is_some() && (self.state != AppState::for_mode(Mode::Kiosk) || self.settings != self.start_settings)
    }

    /// How long the window may sleep before it must draw again by itself (a kiosk's countdown);
    /// `None`: until the next input.
    #[must_use]
    pub fn next_wakeup(&self) -> Option<std::time::Duration> {
        let k = self.kiosk.as_ref()?;
        let now = self.clock.now().timestamp();
        let timer = self.visited().then(|| k.next_wakeup(now));
        let keypad = self.state.pin_pad.as_ref().and_then(|_| k.throttle.wait(now));
        match (timer, keypad) {
            (Some(a), Some(b)) => Some(a.min(b.min(std::time::Duration::from_secs(1)))),
            (a, b) => a.or(b.map(|b| b.min(std::time::Duration::from_secs(1)))),
        }
    }

    /// Whether a request to close the window is refused: a kiosk closes only after the staff
    /// PIN.
    #[must_use]
    pub fn refuses_close(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|k| !k.exit_granted)
    }

    /// The staff PIN was entered: the window should close now.
    #[must_use]
    pub fn exit_granted(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|k| k.exit_granted)
    }

    /// True once, right after the staff PIN was entered: the window should close now.
    pub fn take_close_request(&mut self) -> bool {
        self.kiosk
            .as_mut()
            .is_some_and(|k| std::mem::take(&mut k.close_pending))
    }

    /// Wrong staff PINs so far (kept in memory only).
    #[must_use]
    pub fn pin_failures(&self) -> u32 {
        self.kiosk.as_ref().map_or(0, |k| k.throttle.failures())
    }

    /// Asks for something to happen at the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The folders "Open folder" was asked to show (recorded, not opened: tests).
    #[must_use]
    pub fn opened_folders(&self) -> &[PathBuf] {
        &self.opened_folders
    }

    /// Forgets everything the user did: a fresh [`AppState`], the settings of the start, an
    /// empty in-memory log, and egui's memory (focus, scroll, open menus, widget state). A log
    /// kept in a file stays as it is on disk.
    pub fn reset(&mut self, ctx: &egui::Context) {
        self.state = AppState::for_mode(self.policy.mode);
        self.commands.clear();
        self.settings = self.start_settings.clone();
        if let Some(lang) = &self.settings.language {
            self.i18n.set_language(lang);
        }
        if !self.session.is_stored() {
            self.session = LogSession::in_memory(LogFile::default());
        }
        let now = self.clock.now().timestamp();
        if let Some(k) = &mut self.kiosk {
            k.last_input = now;
        }
        let options = ctx.options(Clone::clone);
        ctx.memory_mut(|m| *m = egui::Memory::default());
        ctx.options_mut(|o| *o = options);
    }

    /// Changes the model. The only place that does.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Go(screen) => {
                if screen != self.state.nav.screen && self.policy.allows(screen) {
                    let nav = &mut self.state.nav;
                    nav.back_stack.push(nav.screen);
                    nav.screen = screen;
                    nav.scroll_to_top = true;
                    if matches!(screen, Screen::Section(SectionId::Steps)) {
                        nav.step = 0;
                    }
                }
            }
            // The attract screen is only left by choosing a language.
            Command::Back if self.state.nav.screen == Screen::Attract => {}
            Command::Back => {
                let nav = &mut self.state.nav;
                nav.screen = nav.back_stack.pop().unwrap_or(Screen::Home);
                nav.scroll_to_top = true;
            }
            Command::SetLanguage(code) => {
                if self.kiosk.as_ref().is_none_or(|k| k.offers(&code)) {
                    self.set_language(&code);
                }
            }
            // A kiosk shows the clinic's region only.
            Command::SetRegion(region) => {
                if self.kiosk.is_none() {
                    self.settings.region = Some(region);
                    // A teaching session follows the leaflet shown: never lessons of one region
                    // and a summary of the other. A change mid-session asks for the indication
                    // of the new leaflet again.
                    let teach = &mut self.state.teach;
                    if teach.setup().region.is_some_and(|r| r != region) {
                        teach.set_region(region);
                        if self.state.nav.screen.is_teach() && self.state.nav.screen != Screen::TeachSetup {
                            self.apply(Command::Go(Screen::TeachSetup));
                        }
                    }
                }
            }
            Command::StartVisit(code) => {
                if self.kiosk.as_ref().is_some_and(|k| k.offers(&code)) {
                    self.set_language(&code);
                    self.state.nav = Nav::default();
                    self.state.nav.scroll_to_top = true;
                }
            }
            Command::Kiosk(c) => self.apply_kiosk(c),
            Command::Teach(c) => self.apply_teach(c),
            Command::TextSize(0) => {
                self.settings.text_scale = if self.kiosk.is_some() { KIOSK_TEXT_SCALE } else { 1.0 };
            }
            Command::TextSize(steps) => self.settings.step_text(steps),
            Command::SetHighContrast(on) => self.settings.high_contrast = on,
            Command::ShowStep(n) => self.state.nav.step = n,
            Command::DismissNotice => {
                if !self.state.notices.is_empty() {
                    self.state.notices.remove(0);
                }
            }
            Command::SetMapDays(days) => {
                self.settings.map_days = days;
                self.settings = std::mem::take(&mut self.settings).sanitized();
            }
            Command::Log(c) => self.apply_log(c),
            Command::OpenFolder(dir) => self.open_folder(dir),
            Command::ResetEverything => {
                log::warn!("ResetEverything needs the egui context; use App::reset");
            }
        }
    }

    /// Switches the texts to `code` (or the nearest language the app has) and remembers it.
    fn set_language(&mut self, code: &str) {
        let code = self.i18n.set_language(code).to_owned();
        self.settings.language = Some(code);
    }

    fn apply_kiosk(&mut self, command: KioskCommand) {
        let now = self.clock.now().timestamp();
        let Some(k) = &mut self.kiosk else { return };
        match command {
            KioskCommand::OpenPinPad => {
                // The keypad is laid out for the kiosk's own text size, whatever a visitor chose.
                self.settings.text_scale = KIOSK_TEXT_SCALE;
                self.state.pin_pad = Some(PinPad::default());
            }
            KioskCommand::ClosePinPad => self.state.pin_pad = None,
            KioskCommand::StillHere => k.last_input = now,
            KioskCommand::Digit(d) => {
                if let Some(pad) = &mut self.state.pin_pad
                    && d <= 9
                    && pad.digits.len() < crate::kiosk::pin::MAX_DIGITS
                {
                    pad.digits.push(char::from(b'0' + d));
                    pad.wrong = false;
                }
            }
            KioskCommand::Backspace => {
                if let Some(pad) = &mut self.state.pin_pad {
                    pad.digits.pop();
                }
            }
            KioskCommand::Submit => {
                if let Some(pad) = &mut self.state.pin_pad {
                    k.submit(pad, now);
                    if k.exit_granted {
                        self.state.pin_pad = None;
                    }
                }
            }
        }
    }

    /// Tells the user something; what is new replaces what was still shown (a stale "Saved."
    /// never hides a fresh warning).
    pub(crate) fn notify(&mut self, notices: impl IntoIterator<Item = Notice>) {
        let mut fresh = notices.into_iter().peekable();
        if fresh.peek().is_some() {
            self.state.notices.clear();
            self.state.notices.extend(fresh);
        }
    }

    /// Shows a folder in the system's file manager; a mode without file access does nothing.
    fn open_folder(&mut self, dir: PathBuf) {
        if self.policy.files == FileAccess::None {
            return;
        }
        match self.folder_opener {
            FolderOpener::Record => self.opened_folders.push(dir),
            FolderOpener::System => {
                if let Err(e) = files::open_folder(&dir) {
                    log::info!("could not open {}: {e}", dir.display());
                    self.notify([Notice::info(Msg::new("open-folder-failed").arg("path", Arg::Path(dir)))]);
                }
            }
        }
    }

    /// Chooses a spot and works out which rules it breaks.
    fn choose(&mut self, zone: Zone, point: PointCm) {
        self.state.choice.spot = Some((zone, point));
        self.state.choice.miss = None;
        self.refresh_choice();
    }

    fn clear_choice(&mut self) {
        self.state.choice = Choice::default();
    }

    /// The warnings of the chosen spot follow the log and the typed time.
    fn refresh_choice(&mut self) {
        let now = self.clock.now();
        let at = time_input::draft_moment(&self.state.forms.log.time_text, &now);
        self.state.choice.violations = match self.state.choice.spot {
            Some((zone, point)) => rotation::check(zone, point, at, self.session.log()),
            None => Vec::new(),
        };
    }

    fn apply_log(&mut self, command: LogCommand) {
        if !self.policy.keeps_a_log()
            && !matches!(
                command,
                LogCommand::Choose { .. }
                    | LogCommand::Miss(_)
                    | LogCommand::ChooseSuggested
                    | LogCommand::ChooseInZone(_)
                    | LogCommand::ClearChoice
            )
        {
            // A kiosk's map is a demonstration: nothing is logged, marked or exported.
            return;
        }
        let now = self.clock.now();
        match command {
            LogCommand::Choose { zone, point } => self.choose(zone, point),
            LogCommand::Miss(hit) => {
                self.clear_choice();
                self.state.choice.miss = Some(match hit {
                    Hit::NavelCircle => "hit-navel",
                    Hit::Zone(_) | Hit::NotAZone => "hit-not-zone",
                });
            }
            LogCommand::ChooseSuggested => {
                if let Some(s) = self.session.suggestion(now.timestamp()) {
                    self.choose(s.zone, s.point);
                }
            }
            LogCommand::ChooseInZone(zone) => {
                let at = time_input::draft_moment(&self.state.forms.log.time_text, &now);
                let point = rotation::suggest_in_zone(zone, at, self.session.log()).unwrap_or_else(|| zone.centre());
                self.choose(zone, point);
            }
            LogCommand::TimeEdited => {
                // The question about a second dose was about the time typed before.
                self.state.forms.log.confirm_second = None;
                self.refresh_choice();
            }
            LogCommand::ClearChoice => self.clear_choice(),
            LogCommand::Save => self.save_dose(&now, false),
            LogCommand::SaveSecond => self.save_dose(&now, true),
            LogCommand::CancelSecond => self.state.forms.log.confirm_second = None,
            LogCommand::StartToday => {
                self.apply(Command::Go(Screen::BodyMap));
                if let Some(s) = self.session.suggestion(now.timestamp()) {
                    self.choose(s.zone, s.point);
                }
            }
            LogCommand::Undo => {
                let n = self.session.undo();
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::Delete(id) => {
                self.state.forms.confirm_delete = None;
                let n = self.session.delete(id);
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::Update { entry, time_text } => {
                let Some(old) = self.session.log().entries.iter().find(|e| e.id == entry.id) else {
                    self.state.forms.edit = None;
                    return;
                };
                // An untouched time field keeps the exact time (seconds and offset included).
                let unchanged = time_text.trim() == old.at.strftime(time_input::TIME_FIELD_FORMAT).to_string();
                let at = if unchanged {
                    old.at.clone()
                } else {
                    match time_input::checked_time(&time_text, old.at.time_zone(), &now) {
                        Ok(at) => at,
                        Err(msg) => return self.notify([Notice::warning(msg)]),
                    }
                };
                self.state.forms.edit = None;
                let n = self.session.update(*entry, at);
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::AddMark { kind, days } => {
                if let Some((zone, point)) = self.state.choice.spot {
                    let n = self.session.add_mark(zone, point, kind, days, now.timestamp());
                    self.notify(n);
                    self.clear_choice();
                }
            }
            LogCommand::RemoveMark(id) => {
                let n = self.session.remove_mark(id);
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::KeepAwayArea { zone, days } => {
                let n = self.session.keep_away_areas(&[zone], days, now.timestamp());
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::RemoveAreaMark(id) => {
                let n = self.session.remove_area_mark(id);
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::SetRestDays(days) => {
                let n = self.session.set_rest_days(days);
                self.notify(n);
                self.refresh_choice();
            }
            LogCommand::ExportCsv => match crate::log::export::csv_string(self.session.log()) {
                Ok(csv) => {
                    let n = files::save_export(
                        &self.policy.files,
                        &export_name(&now, "csv"),
                        files::CSV,
                        csv.as_bytes(),
                    );
                    self.notify(n);
                }
                Err(e) => self.notify([Notice::error(
                    Msg::new("export-failed").arg("reason", Arg::Text(e.to_string())),
                )]),
            },
            LogCommand::ExportPdf { period } => {
                if !self.policy.can_export() {
                    return;
                }
                let bytes = crate::report::log_report_pdf_for(self.session.log(), &now, period, &self.i18n);
                let n = files::save_export(&self.policy.files, &export_name(&now, "pdf"), files::PDF, &bytes);
                self.notify(n);
            }
            LogCommand::ImportCsv => match files::pick_import(&self.policy.files) {
                Ok(Some(path)) => self.import_from(&path),
                Ok(None) => {}
                Err(n) => self.notify([n]),
            },
        }
    }

    fn save_dose(&mut self, now: &Zoned, second_confirmed: bool) {
        let Some((zone, point)) = self.state.choice.spot else {
            return;
        };
        let form = &mut self.state.forms.log;
        form.confirm_second = None;
        if form.dose.trim().is_empty() {
            form.dose_error = Some("log-dose-required");
            return;
        }
        form.dose_error = None;
        let form = &self.state.forms.log;
        let at = if form.time_text.trim().is_empty() {
            now.clone()
        } else {
            match time_input::checked_time(&form.time_text, now.time_zone(), now) {
                Ok(at) => at,
                Err(msg) => return self.notify([Notice::warning(msg)]),
            }
        };
        // Kineret is once a day: a second dose that day is logged only after the question
        // that names the first.
        if !second_confirmed {
            let tz = now.time_zone();
            let day = at.with_time_zone(tz.clone()).date();
            if let Some(earlier) = self
                .session
                .log()
                .entries
                .iter()
                .filter(|e| e.at.with_time_zone(tz.clone()).date() == day)
                .max_by_key(|e| e.at.timestamp())
            {
                self.state.forms.log.confirm_second = Some(earlier.id);
                return;
            }
        }
        let entry = Entry {
            id: 0,
            at,
            zone,
            point,
            dose: form.dose.trim().to_owned(),
            given_by: form.given_by,
            reaction: None,
            note: form.note.trim().to_owned(),
            flags: Vec::new(),
        };
        let (_, n) = self.session.log_dose(entry);
        self.notify(n);
        self.clear_choice();
        self.state.forms.log.note.clear();
        self.state.forms.log.time_text.clear();
    }

    /// Merges a CSV file the user chose (in the open dialog) into the log.
    pub fn import_from(&mut self, path: &std::path::Path) {
        let bytes = match crate::log::edge::read_input(path) {
            Ok(b) => b,
            Err(e) => {
                return self.notify([Notice::error(
                    Msg::new("import-failed").arg("reason", Arg::Text(e.to_string())),
                )]);
            }
        };
        match self.session.merge_csv(&bytes) {
            Ok((report, problems)) => {
                let summary = Msg::new("import-result")
                    .arg("added", notice::count(report.added))
                    .arg("skipped", notice::count(report.skipped_duplicates))
                    .arg(
                        "rejected",
                        notice::count(report.rejected.len() + report.conflicts.len()),
                    );
                // Rejected rows and conflicts, by line: what was not taken, and why.
                let mut rows: Vec<&(usize, String)> = report.rejected.iter().chain(&report.conflicts).collect();
                rows.sort_by_key(|(line, _)| *line);
                let nothing = report.added + report.skipped_duplicates + report.replaced == 0;
                let kind = if rows.is_empty() {
                    NoticeKind::Success
                } else if nothing {
                    NoticeKind::Error
                } else {
                    NoticeKind::Warning
                };
                let mut n = Notice::new(kind, summary);
                for (line, why) in rows.iter().take(3) {
                    n = n.and(
                        Msg::new("import-row")
                            .arg("line", Arg::Text(line.to_string()))
                            .arg("reason", Arg::Text(why.clone())),
                    );
                }
                if rows.len() > 3 {
                    n = n.and(Msg::new("import-more").arg("count", notice::count(rows.len() - 3)));
                }
                self.notify([n]);
                self.notify(problems);
                self.refresh_choice();
            }
            Err(_) => self.notify([Notice::error(Msg::new("import-not-log"))]),
        }
    }

    /// Where the user came from (for the back button), if anywhere.
    #[must_use]
    pub fn can_go_back(&self) -> bool {
        self.state.nav.screen != Screen::Home
    }

    /// The settings to remember between runs, if this mode remembers any.
    #[must_use]
    pub fn settings_to_save(&self) -> Option<Settings> {
        if !self.policy.persist_settings {
            return None;
        }
        let mut keep = self.settings.clone();
        // A nurse's laptop remembers the nurse's own language and no patient's leaflet; at
        // home, a teaching session leaves the patient's own choices as they were.
        if self.policy.mode == Mode::Teach {
            keep.language.clone_from(&self.start_settings.language);
            keep.region = self.start_settings.region;
        } else if let Some((language, region)) = &self.settings_before_teaching {
            keep.language.clone_from(language);
            keep.region = *region;
        }
        Some(keep)
    }
}

/// The dose of the latest entry (empty for an empty log).
fn last_dose(log: &LogFile) -> String {
    log.entries
        .iter()
        .max_by_key(|e| e.at.timestamp())
        .map(|e| e.dose.clone())
        .unwrap_or_default()
}

/// File name of an export made at `now`.
fn export_name(now: &Zoned, ext: &str) -> String {
    format!("kineret-log-{}.{ext}", now.strftime("%Y-%m-%d"))
}
