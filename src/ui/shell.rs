//! The window around the screens: the look (theme, text size, touch size), keyboard shortcuts,
//! the top bar, the notice banner and the scrolling page; and starting the native window.

use eframe::egui;

use crate::app::{App, Command, Mode, Screen, StartOptions};

use super::theme;

/// What the look was last built from; kept in egui's memory, so a reset rebuilds it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Look {
    text_scale: f32,
    high_contrast: bool,
    min_touch: f32,
}

fn apply_look(ctx: &egui::Context, app: &App) {
    let look = Look {
        text_scale: app.settings().text_scale,
        high_contrast: app.settings().high_contrast,
        min_touch: app.policy().min_touch,
    };
    let id = theme::app_id("kineret-look");
    if ctx.data(|d| d.get_temp::<Look>(id)) == Some(look) {
        return;
    }
    ctx.set_zoom_factor(look.text_scale);
    theme::apply(ctx, look.high_contrast, look.min_touch);
    ctx.data_mut(|d| d.insert_temp(id, look));
}

fn keyboard_shortcuts(ctx: &egui::Context) -> Vec<Command> {
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
    [
        (bigger, Command::TextSize(1)),
        (smaller, Command::TextSize(-1)),
        (reset, Command::TextSize(0)),
        (back, Command::Back),
    ]
    .into_iter()
    .filter_map(|(pressed, c)| pressed.then_some(c))
    .collect()
}

/// Whether this frame has a touch, click, key, scroll or pointer movement (for the kiosk's
/// idle timer).
fn had_input(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::Key { .. }
                    | egui::Event::Text(_)
                    | egui::Event::PointerButton { .. }
                    | egui::Event::PointerMoved(_)
                    | egui::Event::MouseWheel { .. }
                    | egui::Event::Touch { .. }
                    | egui::Event::Paste(_)
            )
        })
    })
}

/// In a kiosk, the keys that close windows or apps do nothing, and the window refuses to
/// close until the staff PIN has been entered.
fn kiosk_guard(ctx: &egui::Context, app: &mut App) {
    if app.take_close_request() {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    if !app.refuses_close() {
        return;
    }
    ctx.input_mut(|i| {
        for (mods, key) in [
            (egui::Modifiers::NONE, egui::Key::Escape),
            (egui::Modifiers::COMMAND, egui::Key::Q),
            (egui::Modifiers::COMMAND, egui::Key::W),
            (egui::Modifiers::ALT, egui::Key::F4),
        ] {
            i.consume_key(mods, key);
        }
    });
    if ctx.input(|i| i.viewport().close_requested()) {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
    }
}

/// An unsaved teaching session is never lost by closing the window: the nurse is asked first.
fn teach_guard(ctx: &egui::Context, app: &mut App) {
    if app.take_teach_close() {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    if ctx.input(|i| i.viewport().close_requested()) && app.teaching_guards_close() {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        app.push(Command::Teach(crate::app::TeachCommand::AskClose));
    }
}

/// How wide a screen's page gets on a wide window: lessons at a reading line length (about 70
/// characters), lists and forms wider, the kiosk's welcome across the whole screen.
fn page_width(screen: Screen) -> f32 {
    match screen {
        Screen::Section(_) => theme::READING_WIDTH,
        Screen::TeachTopic(_) => theme::space::PAGE_MAX * 1.6,
        Screen::Attract => f32::INFINITY,
        _ => theme::space::PAGE_MAX,
    }
}

/// The page in a column at most `width` wide, centred in the window. The column has a fixed id
/// (`key`), so the widgets in it keep their ids (and their focus and state) whether a notice
/// shows above them or the window is narrow or wide.
fn centred_ui(ui: &mut egui::Ui, key: &'static str, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    let free = (ui.available_width() - width).max(0.0);
    let column = egui::Rect::from_min_size(
        ui.cursor().min + egui::vec2(free / 2.0, 0.0),
        egui::vec2(ui.available_width() - free, ui.available_height()),
    );
    ui.scope_builder(
        egui::UiBuilder::new().scope_id(theme::app_id(key)).max_rect(column),
        add,
    );
}

/// Draws one frame of the whole app, then applies the commands it produced.
pub fn app_ui(ui: &mut egui::Ui, app: &mut App) {
    let ctx = ui.ctx().clone();
    apply_look(&ctx, app);
    kiosk_guard(&ctx, app);
    teach_guard(&ctx, app);
    if had_input(&ctx) {
        app.note_input();
    }
    for c in keyboard_shortcuts(&ctx) {
        app.push(c);
    }
    // The window's name for screen readers (the frame Orca announces), as its title bar says.
    let title = app.i18n().t("app-title");
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
    {
        let mut cx = app.frame();
        let attract = cx.nav.screen == Screen::Attract;
        if !attract {
            egui::Panel::top("top_bar").show(ui, |ui| super::topbar::top_bar_ui(ui, &mut cx));
        }
        let page = egui::CentralPanel::default()
            .show(ui, |ui| {
                let page = ui.unique_id();
                // The site map scrolls only its side pane (with the notices in it), so the figure
                // keeps its size and place.
                if cx.nav.screen == Screen::BodyMap {
                    super::map_screen::map_screen_ui(ui, &mut cx);
                    return page;
                }
                // (A success notice floats at the bottom instead, and never moves the page.)
                if cx
                    .notices
                    .first()
                    .is_some_and(|n| n.kind != crate::app::NoticeKind::Success)
                {
                    centred_ui(ui, "kineret-notices", page_width(cx.nav.screen), |ui| {
                        super::notices::notices_ui(ui, &mut cx);
                    });
                } else {
                    super::notices::notices_ui(ui, &mut cx);
                }
                let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
                // The end of the page can scroll out from under a floating success notice.
                if cx
                    .notices
                    .first()
                    .is_some_and(|n| n.kind == crate::app::NoticeKind::Success)
                {
                    let mut margin = ui.spacing().scroll.content_margin;
                    margin.bottom = margin.bottom.saturating_add(theme::TOAST_CLEARANCE);
                    scroll = scroll.content_margin(margin);
                }
                // A new screen starts at its top.
                if cx.nav.scroll_to_top {
                    scroll = scroll.vertical_scroll_offset(0.0);
                }
                scroll.show(ui, |ui| {
                    centred_ui(ui, "kineret-page", page_width(cx.nav.screen), |ui| {
                        match cx.nav.screen {
                            Screen::Attract => super::kiosk::attract_ui(ui, &mut cx),
                            Screen::Home => super::home::home_ui(ui, &mut cx),
                            Screen::Section(id) => super::section::section_ui(ui, &mut cx, id),
                            Screen::BodyMap => super::map_screen::map_screen_ui(ui, &mut cx),
                            Screen::History => super::history::history_ui(ui, &mut cx),
                            Screen::TeachSetup => super::teach::setup_ui(ui, &mut cx),
                            Screen::TeachTopic(n) => super::teach::topic_ui(ui, &mut cx, n),
                            Screen::TeachDemo => super::teach::demo_ui(ui, &mut cx),
                            Screen::TeachPlan => super::teach::plan_ui(ui, &mut cx),
                            Screen::TeachSummary => super::teach::summary_ui(ui, &mut cx),
                        }
                    });
                    super::focus::keep_focused_in_view(ui);
                });
                page
            })
            .inner;
        super::teach::close_question_ui(&ctx, &mut cx);
        if cx.kiosk.is_some() {
            super::kiosk::staff_corner_ui(&ctx, &mut cx);
            super::kiosk::pin_pad_ui(&ctx, &mut cx);
            super::kiosk::countdown_ui(&ctx, &mut cx);
        }
        super::focus::after_frame_ui(&ctx, page, cx.nav.screen);
    }
    app.end_frame(&ctx);
    // The countdown ticks (and a locked keypad opens) without any input; otherwise the window
    // sleeps until something happens.
    if let Some(after) = app.next_wakeup() {
        ctx.request_repaint_after(after);
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        app_ui(ui, self);
    }

    /// Runs before each frame and also while the window is hidden: a kiosk that was minimised
    /// comes back at once, and its idle timer keeps running.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if !self.refuses_close() {
            return;
        }
        if ctx.input(|i| i.viewport().minimized == Some(true)) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        self.idle_tick(ctx);
        if let Some(after) = self.next_wakeup() {
            ctx.request_repaint_after(after);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_unsaved_log();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(settings) = self.settings_to_save() {
            eframe::set_value(storage, crate::app::SETTINGS_KEY, &settings);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.policy().persist_settings
    }
}

/// Where a kiosk's eframe storage points: a name inside the null device, which can never be
/// opened or created, so eframe reads nothing (silently) and could write nothing.
#[cfg(unix)]
const NO_STORAGE: &str = "/dev/null/kineret-coach-kiosk-keeps-nothing.ron";
#[cfg(not(unix))]
const NO_STORAGE: &str = "NUL";

/// Graphics drivers keep a cache of compiled shaders in the user's home folder. A kiosk keeps
/// nothing, so it restarts itself once with those caches turned off (Mesa and NVIDIA), before
/// any window opens. The environment of the running process cannot be changed safely, hence
/// the restart.
#[cfg(unix)]
pub fn restart_without_shader_cache() {
    use std::os::unix::process::CommandExt;
    const FLAG: &str = "MESA_SHADER_CACHE_DISABLE";
    // Only "true" turns Mesa's cache off; any other value (or none) gets the restart.
    if std::env::var_os(FLAG).is_some_and(|v| v == "true") {
        return;
    }
    let Ok(exe) = std::env::current_exe() else { return };
    let err = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(FLAG, "true")
        .env("__GL_SHADER_DISK_CACHE", "0")
        .exec();
    log::warn!("could not restart without the shader cache: {err}");
}

#[cfg(not(unix))]
pub fn restart_without_shader_cache() {}

/// What the window needs from the command line.
#[derive(Clone, Debug, Default)]
pub struct WindowOptions {
    pub mode: Option<Mode>,
    pub lang: Option<String>,
    pub region: Option<crate::content::Region>,
    /// The data folder (home and teach mode only).
    pub data_dir: Option<std::path::PathBuf>,
    /// The clinic's checked configuration (kiosk mode only).
    pub kiosk: Option<crate::kiosk::KioskSetup>,
}

/// The 256 px app icon, the same picture as the installed one.
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../packaging/icons/kineret-coach-256.png");

/// Opens the window and runs until it is closed.
pub fn run_native(opts: WindowOptions) -> anyhow::Result<()> {
    run_native_with(opts, |_| {})
}

/// [`run_native`], with `prepare` run on the app before its first frame (examples that open
/// the window on a given screen, for screenshots).
pub fn run_native_with(opts: WindowOptions, prepare: impl FnOnce(&mut App) + 'static) -> anyhow::Result<()> {
    let mode = opts.mode.unwrap_or(Mode::Home);
    // A kiosk has no data folder: nothing is created, read or written.
    let data_dir = if mode == Mode::Kiosk { None } else { opts.data_dir };
    if let Some(dir) = &data_dir
        && let Err(e) = crate::app::files::ensure_private_dir(dir)
    {
        // The app still opens; saving will say in plain words what is wrong.
        log::warn!("could not prepare the data folder {}: {e}", dir.display());
    }
    let start = StartOptions {
        mode: Some(mode),
        lang: opts.lang,
        region: opts.region,
        data_dir: data_dir.clone(),
        dialogs: true,
        kiosk: opts.kiosk.map(std::sync::Arc::new),
        folder_opener: crate::app::FolderOpener::System,
        ..StartOptions::default()
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1200.0, 660.0])
        .with_min_inner_size([480.0, 400.0])
        .with_title("Kineret Coach")
        .with_app_id("kineret-coach");
    // The app's icon (packaging/icons/), for the title bar and the task switcher on X11.
    match eframe::icon_data::from_png_bytes(WINDOW_ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("the window icon could not be read: {e}"),
    }
    if mode == Mode::Kiosk {
        // The whole primary screen, no title bar; never a size or place from an earlier run.
        viewport = viewport
            .with_fullscreen(true)
            .with_decorations(false)
            .with_window_level(egui::WindowLevel::AlwaysOnTop);
    }
    let native = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport,
        // Without a data folder (kiosk) eframe would make one of its own; point it where no
        // file can be. A kiosk saves no settings, no window and no egui memory anyway, so
        // eframe's storage never has anything to flush. A settings file that is a link, pipe
        // or device is not used either (see `settings_file`): nothing read, nothing written.
        persistence_path: Some(
            data_dir
                .as_deref()
                .and_then(crate::app::files::settings_file)
                .unwrap_or_else(|| std::path::PathBuf::from(NO_STORAGE)),
        ),
        persist_window: mode != Mode::Kiosk,
        ..Default::default()
    };
    eframe::run_native(
        "Kineret Coach",
        native,
        Box::new(move |cc| {
            let mut app = App::new(&cc.egui_ctx, cc.storage, &start);
            prepare(&mut app);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| {
        // The details (winit's own text, with source file locations) are for developers only.
        log::info!("eframe: {e}");
        anyhow::anyhow!(
            "The window could not open: no usable display was found. Start Kineret Coach from a \
             desktop session, or use its commands without a window (kineret-coach --help)."
        )
    })
}
