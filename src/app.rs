//! The application: state, navigation and the one place where commands change the model.
//!
//! Widgets never change the model while drawing; they push a [`Command`], and [`App::apply`]
//! runs them all at the end of the frame.

use std::path::PathBuf;

use eframe::egui;

use crate::cli::{Cli, Mode};
use crate::content::{Content, Region, SectionId};
use crate::i18n::{self, I18n};
use crate::settings::Settings;
use crate::tracker::Tracker;
use crate::ui;

/// Key of the settings in eframe's storage.
const SETTINGS_KEY: &str = "kineret-coach-settings";

/// Where the user is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Section(SectionId),
    BodyMap,
    History,
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
    Log(crate::tracker::LogCommand),
}

/// How the app was started (from the command line, or by a test).
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    pub mode: Option<Mode>,
    pub lang: Option<String>,
    pub region: Option<Region>,
    /// The data folder; `None` keeps the log in memory only (tests, kiosk).
    pub data_dir: Option<PathBuf>,
}

/// The whole app.
pub struct App {
    pub settings: Settings,
    pub i18n: I18n,
    /// Shared, so a screen can read it while it changes the app (no copy per frame).
    pub content: std::sync::Arc<Content>,
    pub mode: Mode,
    pub screen: Screen,
    back_stack: Vec<Screen>,
    /// The injection step shown (0-based).
    pub step: usize,
    /// Plain-language messages for the user (shown in a banner until dismissed).
    pub notices: Vec<String>,
    pub tracker: Tracker,
    commands: Vec<Command>,
    applied_scale: Option<f32>,
    applied_contrast: Option<bool>,
    scroll_to_top: bool,
}

impl App {
    /// Builds the app; `storage` holds the settings of earlier runs.
    #[must_use]
    pub fn new(ctx: &egui::Context, storage: Option<&dyn eframe::Storage>, opts: &StartOptions) -> Self {
        let saved: Option<Settings> = storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY));
        let mut settings = saved.unwrap_or_default().sanitized();
        if let Some(lang) = &opts.lang {
            settings.language = Some(lang.clone());
        }
        if let Some(region) = opts.region {
            settings.region = Some(region);
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
        let mut notices = Vec::new();
        let mode = opts.mode.unwrap_or(Mode::Home);
        if mode != Mode::Home {
            notices.push(i18n.t("mode-not-ready"));
        }
        let (tracker, tracker_notices) = Tracker::open(opts.data_dir.as_deref(), &i18n);
        notices.extend(tracker_notices);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        Self {
            settings,
            i18n,
            content: std::sync::Arc::new(Content::embedded()),
            mode,
            screen: Screen::Home,
            back_stack: Vec::new(),
            step: 0,
            notices,
            tracker,
            commands: Vec::new(),
            applied_scale: None,
            applied_contrast: None,
            scroll_to_top: false,
        }
    }

    /// Asks for something to happen at the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Draws one frame, then applies the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        self.keyboard_shortcuts(&ctx);
        egui::Panel::top("top_bar").show(ui, |ui| ui::topbar::top_bar_ui(ui, self));
        egui::CentralPanel::default().show(ui, |ui| {
            ui::notices::notices_ui(ui, self);
            let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
            // A new screen starts at its top.
            if std::mem::take(&mut self.scroll_to_top) {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| match self.screen {
                Screen::Home => ui::home::home_ui(ui, self),
                Screen::Section(id) => ui::section::section_ui(ui, self, id),
                Screen::BodyMap => ui::map_screen::map_screen_ui(ui, self),
                Screen::History => ui::history::history_ui(ui, self),
            });
        });
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.apply(c);
        }
    }

    fn keyboard_shortcuts(&mut self, ctx: &egui::Context) {
        let (bigger, smaller, reset, back) = ctx.input_mut(|i| {
            let ctrl = egui::Modifiers::COMMAND;
            (
                i.consume_key(ctrl, egui::Key::Plus)
                    || i.consume_key(ctrl, egui::Key::Equals)
                    || i.consume_key(ctrl | egui::Modifiers::SHIFT, egui::Key::Equals),
                i.consume_key(ctrl, egui::Key::Minus),
                i.consume_key(ctrl, egui::Key::Num0),
                i.consume_key(egui::Modifiers::ALT, egui::Key::ArrowLeft),
            )
        });
        if bigger {
            self.push(Command::TextSize(1));
        }
        if smaller {
            self.push(Command::TextSize(-1));
        }
        if reset {
            self.push(Command::TextSize(0));
        }
        if back {
            self.push(Command::Back);
        }
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        if self.applied_scale != Some(self.settings.text_scale) {
            ctx.set_zoom_factor(self.settings.text_scale);
            self.applied_scale = Some(self.settings.text_scale);
        }
        if self.applied_contrast != Some(self.settings.high_contrast) {
            ui::theme::apply(ctx, self.settings.high_contrast);
            self.applied_contrast = Some(self.settings.high_contrast);
        }
    }

    /// Changes the model. The only place that does.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Go(screen) => {
                if screen != self.screen {
                    self.back_stack.push(self.screen);
                    self.screen = screen;
                    self.scroll_to_top = true;
                    if matches!(screen, Screen::Section(SectionId::Steps)) {
                        self.step = 0;
                    }
                }
            }
            Command::Back => {
                self.screen = self.back_stack.pop().unwrap_or(Screen::Home);
                self.scroll_to_top = true;
            }
            Command::SetLanguage(code) => {
                let code = self.i18n.set_language(&code).to_owned();
                self.settings.language = Some(code);
            }
            Command::SetRegion(region) => self.settings.region = Some(region),
            Command::TextSize(0) => self.settings.text_scale = 1.0,
            Command::TextSize(steps) => self.settings.step_text(steps),
            Command::SetHighContrast(on) => self.settings.high_contrast = on,
            Command::ShowStep(n) => self.step = n,
            Command::DismissNotice => {
                if !self.notices.is_empty() {
                    self.notices.remove(0);
                }
            }
            Command::SetMapDays(days) => {
                self.settings.map_days = days;
                self.settings = std::mem::take(&mut self.settings).sanitized();
            }
            Command::Log(c) => {
                let notices = self.tracker.apply(c, &self.i18n);
                self.notices.extend(notices);
            }
        }
    }

    /// Where the user came from (for the back button), if anywhere.
    #[must_use]
    pub fn can_go_back(&self) -> bool {
        self.screen != Screen::Home
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// Opens the window and runs until it is closed.
pub fn run_native(cli: &Cli) -> anyhow::Result<()> {
    let data_dir = crate::cli::data_dir(cli.data_dir.as_deref())?;
    if let Err(e) = crate::tracker::ensure_private_dir(&data_dir) {
        // The app still opens; saving will say in plain words what is wrong.
        log::warn!("could not prepare the data folder {}: {e}", data_dir.display());
    }
    let opts = StartOptions {
        mode: cli.mode,
        lang: cli.lang.clone(),
        region: cli.region,
        data_dir: Some(data_dir.clone()),
    };
    let native = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([480.0, 400.0])
            .with_title("Kineret Coach")
            .with_app_id("kineret-coach"),
        persistence_path: Some(data_dir.join("settings.ron")),
        ..Default::default()
    };
    eframe::run_native(
        "Kineret Coach",
        native,
        Box::new(move |cc| Ok(Box::new(App::new(&cc.egui_ctx, cc.storage, &opts)))),
    )
    .map_err(|e| anyhow::anyhow!("the window could not open: {e}"))
}
