//! Design tokens: sizes, spacing and colours for the normal and high-contrast themes.
//! Screens take every colour and size from here; none is written in a screen file.
#![allow(
    clippy::disallowed_methods,
    reason = "the one module that builds colours (and the app-wide theme key); clippy.toml forbids it elsewhere"
)]

use eframe::egui::{self, Color32, CornerRadius, FontId, Stroke, TextStyle};

/// Smallest side of anything you can click or tap, in points, until [`apply`] sets the mode's.
const DEFAULT_MIN_TOUCH: f32 = crate::app::policy::DESKTOP_MIN_TOUCH;
const MIN_TOUCH_KEY: &str = "kineret-min-touch";

/// Smallest side of anything you can click or tap in this mode (the policy's, set by [`apply`]).
#[must_use]
pub fn min_touch(ui: &egui::Ui) -> f32 {
    ui.ctx()
        .data(|d| d.get_temp::<f32>(app_id(MIN_TOUCH_KEY)))
        .unwrap_or(DEFAULT_MIN_TOUCH)
}
/// Width of the keyboard focus ring around a button or a text field.
pub const FOCUS_RING: f32 = 2.5;
/// Space between blocks.
pub const GAP: f32 = 12.0;
/// Corner radius of cards.
pub const RADIUS: u8 = 8;
/// A check box or radio button is this share of the touch size.
const CHECK_BOX_SHARE: f32 = 0.55;
/// The tick or dot inside is this share of the box.
const CHECK_MARK_SHARE: f32 = 0.6;
/// How long a plain success notice ("Saved.") stays, in seconds.
pub const SUCCESS_SECONDS: f64 = 6.0;
/// Room left below a page while a success notice floats over its bottom.
pub const TOAST_CLEARANCE: i8 = 120;
/// Width of a notice's coloured border.
pub const NOTICE_STROKE: f32 = 2.0;
/// Widest a column of reading text gets, in points.
pub const READING_WIDTH: f32 = 700.0;
/// Size of a step picture.
pub const PICTURE_SIZE: egui::Vec2 = egui::vec2(220.0, 150.0);

/// Colours that depend on the theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub text: Color32,
    pub weak_text: Color32,
    pub card: Color32,
    pub card_stroke: Color32,
    pub accent: Color32,
    /// Fill of the one main button of a screen (text on it is `text`).
    pub accent_bg: Color32,
    /// The keyboard focus ring: around the focused button or field (egui's `active` stroke
    /// and `selection` stroke) and around a focused body-map area (over a `point_outline`
    /// halo there, so it shows on any area).
    pub focus: Color32,
    /// The edge of a button, check box or text field at rest, so it can be found at all.
    pub control_stroke: Color32,
    /// Fill of the focused (or pressed) button.
    pub focus_bg: Color32,
    pub emergency: Color32,
    pub emergency_bg: Color32,
    pub soon: Color32,
    pub soon_bg: Color32,
    pub before: Color32,
    pub before_bg: Color32,
    pub ok: Color32,
    /// Background of a success notice.
    pub ok_bg: Color32,
    pub warn: Color32,
    pub warn_bg: Color32,
    /// Skin of the body drawing.
    pub body: Color32,
    pub body_stroke: Color32,
    pub zone_never: Color32,
    pub zone_ready: Color32,
    pub zone_rest: Color32,
    pub zone_stroke: Color32,
    /// Hatching and dots inside a zone (resting, never used).
    pub zone_pattern: Color32,
    /// A chosen spot that breaks a rule, and its 2.5 cm ring.
    pub broken: Color32,
    pub navel: Color32,
    pub point: Color32,
    pub suggested: Color32,
    pub chosen: Color32,
    /// Ring around past and chosen points, so they stand out from any zone colour.
    pub point_outline: Color32,
    pub mark: Color32,
    pub picture_line: Color32,
    pub picture_fill: Color32,
    pub water: Color32,
    pub no: Color32,
    /// Skin layer in the "inject under the skin" picture.
    pub picture_skin: Color32,
    /// Fatty layer under the skin in the same picture.
    pub picture_fat: Color32,
    /// Sharps container in the disposal picture.
    pub sharps_box: Color32,
    /// Lid of the sharps container.
    pub sharps_lid: Color32,
}

const NORMAL: Palette = Palette {
    text: Color32::from_rgb(20, 24, 30),
    weak_text: Color32::from_rgb(70, 76, 86),
    card: Color32::from_rgb(246, 248, 251),
    card_stroke: Color32::from_rgb(200, 206, 216),
    accent: Color32::from_rgb(0, 92, 170),
    accent_bg: Color32::from_rgb(200, 224, 250),
    focus: Color32::from_rgb(0, 92, 170),
    control_stroke: Color32::from_rgb(120, 134, 156),
    focus_bg: Color32::from_rgb(214, 232, 252),
    emergency: Color32::from_rgb(176, 0, 32),
    emergency_bg: Color32::from_rgb(255, 235, 238),
    soon: Color32::from_rgb(150, 80, 0),
    soon_bg: Color32::from_rgb(255, 244, 225),
    before: Color32::from_rgb(0, 84, 150),
    before_bg: Color32::from_rgb(232, 242, 252),
    ok: Color32::from_rgb(0, 110, 60),
    ok_bg: Color32::from_rgb(230, 246, 236),
    warn: Color32::from_rgb(150, 70, 0),
    warn_bg: Color32::from_rgb(255, 243, 224),
    body: Color32::from_rgb(236, 222, 208),
    body_stroke: Color32::from_rgb(120, 100, 90),
    // Zones at least 3:1 against the skin, and their outline, patterns and the markers' white
    // rings at least 3:1 against them (see the test below).
    zone_never: Color32::from_rgb(50, 140, 80),
    zone_ready: Color32::from_rgb(40, 125, 200),
    zone_rest: Color32::from_rgb(190, 100, 10),
    zone_stroke: Color32::from_rgb(20, 30, 45),
    zone_pattern: Color32::from_rgb(20, 30, 45),
    broken: Color32::from_rgb(190, 20, 30),
    navel: Color32::from_rgb(200, 40, 40),
    point: Color32::from_rgb(60, 40, 30),
    suggested: Color32::from_rgb(0, 120, 60),
    chosen: Color32::from_rgb(0, 70, 200),
    point_outline: Color32::WHITE,
    mark: Color32::from_rgb(160, 0, 120),
    picture_line: Color32::from_rgb(40, 50, 70),
    picture_fill: Color32::from_rgb(225, 232, 242),
    water: Color32::from_rgb(60, 140, 220),
    no: Color32::from_rgb(190, 20, 30),
    picture_skin: Color32::from_rgb(230, 190, 170),
    picture_fat: Color32::from_rgb(245, 225, 160),
    sharps_box: Color32::from_rgb(250, 205, 40),
    sharps_lid: Color32::from_rgb(200, 40, 40),
};

const HIGH_CONTRAST: Palette = Palette {
    text: Color32::WHITE,
    weak_text: Color32::from_rgb(230, 230, 230),
    card: Color32::BLACK,
    card_stroke: Color32::WHITE,
    accent: Color32::from_rgb(255, 230, 0),
    accent_bg: Color32::from_rgb(40, 40, 110),
    focus: Color32::from_rgb(255, 230, 0),
    control_stroke: Color32::WHITE,
    focus_bg: Color32::BLACK,
    emergency: Color32::from_rgb(255, 110, 110),
    emergency_bg: Color32::BLACK,
    soon: Color32::from_rgb(255, 200, 60),
    soon_bg: Color32::BLACK,
    before: Color32::from_rgb(120, 200, 255),
    before_bg: Color32::BLACK,
    ok: Color32::from_rgb(120, 255, 140),
    ok_bg: Color32::BLACK,
    warn: Color32::from_rgb(255, 210, 0),
    warn_bg: Color32::BLACK,
    body: Color32::from_rgb(40, 40, 40),
    body_stroke: Color32::WHITE,
    // Bright enough to stand out 3:1 from the dark skin, dark enough for white lines on them.
    zone_never: Color32::from_rgb(0, 140, 60),
    zone_ready: Color32::from_rgb(40, 120, 220),
    zone_rest: Color32::from_rgb(190, 100, 0),
    zone_stroke: Color32::WHITE,
    zone_pattern: Color32::from_rgb(230, 230, 230),
    broken: Color32::from_rgb(255, 90, 90),
    navel: Color32::from_rgb(255, 90, 90),
    point: Color32::WHITE,
    suggested: Color32::from_rgb(120, 255, 140),
    chosen: Color32::from_rgb(255, 230, 0),
    point_outline: Color32::BLACK,
    mark: Color32::from_rgb(255, 120, 255),
    picture_line: Color32::WHITE,
    picture_fill: Color32::from_rgb(30, 30, 30),
    water: Color32::from_rgb(120, 200, 255),
    no: Color32::from_rgb(255, 90, 90),
    // Contrast on `picture_fill` and against what is drawn on them (see the test below):
    // skin 3.6:1 (bg) and 3.6:1 (the accent arrow); fat 3.0:1 (bg) and 3.0:1 (the water drop).
    picture_skin: Color32::from_rgb(188, 85, 85),
    picture_fat: Color32::from_rgb(146, 93, 30),
    // Box 11:1 on the background; lid 3.3:1 against both the background and the box.
    sharps_box: Color32::from_rgb(250, 205, 40),
    sharps_lid: Color32::from_rgb(215, 40, 40),
};

/// The palette for the current theme.
#[must_use]
pub fn palette(ui: &egui::Ui) -> Palette {
    palette_for(ui.ctx())
}

/// The palette for a context.
#[must_use]
pub fn palette_for(ctx: &egui::Context) -> Palette {
    if ctx.data(|d| d.get_temp::<bool>(high_contrast_id())).unwrap_or(false) {
        HIGH_CONTRAST
    } else {
        NORMAL
    }
}

/// Where the high-contrast switch is kept in egui's memory. It is one app-wide setting, not a
/// widget's state, so it gets a root id (`Id::unique`: a plain hash of the key, the same every
/// frame; egui 0.37 deprecates `Id::new` as an alias of it).
fn high_contrast_id() -> egui::Id {
    app_id("kineret-high-contrast")
}

/// The id of one app-wide value kept in egui's memory (not a widget's state): a root id, the
/// same every frame, wherever it is asked for. Widgets derive theirs from the parent instead.
#[must_use]
pub fn app_id(key: &'static str) -> egui::Id {
    egui::Id::unique(key)
}

/// Atkinson Hyperlegible, drawn by the Braille Institute for readers with low vision (SIL Open
/// Font License 1.1, `assets/fonts/OFL.txt`): clear shapes for I l 1, O 0, b d p q.
const READING_FONT: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const READING_FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// The font family of headings: Atkinson Hyperlegible Bold.
#[must_use]
pub fn bold_family() -> egui::FontFamily {
    egui::FontFamily::Name("bold".into())
}

/// The app's fonts: Atkinson Hyperlegible for all reading text, egui's own fonts behind it for
/// the symbols it lacks (arrows, emoji, icons), and Hack for monospace.
#[must_use]
pub fn fonts() -> egui::FontDefinitions {
    use egui::{FontData, FontFamily};
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "atkinson".into(),
        std::sync::Arc::new(FontData::from_static(READING_FONT)),
    );
    fonts.font_data.insert(
        "atkinson-bold".into(),
        std::sync::Arc::new(FontData::from_static(READING_FONT_BOLD)),
    );
    let fallback = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let regular: Vec<String> = std::iter::once("atkinson".to_owned())
        .chain(fallback.iter().cloned())
        .collect();
    let bold: Vec<String> = std::iter::once("atkinson-bold".to_owned()).chain(fallback).collect();
    fonts.families.insert(FontFamily::Proportional, regular);
    fonts.families.insert(bold_family(), bold);
    fonts
}

/// Installs the theme: fonts, text sizes, spacing, and normal or high-contrast colours.
pub fn apply(ctx: &egui::Context, high_contrast: bool, min_touch: f32) {
    // Cheap when nothing changed: egui compares the definitions first.
    ctx.set_fonts(fonts());
    ctx.data_mut(|d| d.insert_temp(app_id(MIN_TOUCH_KEY), min_touch));
    ctx.data_mut(|d| d.insert_temp(high_contrast_id(), high_contrast));
    ctx.set_theme(if high_contrast {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    let p = if high_contrast { HIGH_CONTRAST } else { NORMAL };
    let mut visuals = if high_contrast {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.override_text_color = Some(p.text);
    visuals.hyperlink_color = p.accent;
    visuals.selection.bg_fill = if high_contrast {
        Color32::from_rgb(0, 60, 140)
    } else {
        Color32::from_rgb(180, 210, 245)
    };
    // A focused text field is ringed in the focus colour (the selection stroke), like a
    // focused button (the `active` stroke, set below).
    visuals.selection.stroke = Stroke::new(FOCUS_RING, p.focus);
    if high_contrast {
        visuals.panel_fill = Color32::BLACK;
        visuals.window_fill = Color32::BLACK;
        visuals.extreme_bg_color = Color32::BLACK;
        for w in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            w.bg_stroke = Stroke::new(2.0, Color32::WHITE);
            w.fg_stroke = Stroke::new(2.0, Color32::WHITE);
            w.bg_fill = Color32::BLACK;
            w.weak_bg_fill = Color32::BLACK;
        }
        visuals.widgets.hovered.bg_fill = Color32::from_rgb(0, 50, 120);
        visuals.widgets.hovered.weak_bg_fill = Color32::from_rgb(0, 50, 120);
        visuals.widgets.hovered.bg_stroke = Stroke::new(3.0, p.accent);
    } else {
        visuals.panel_fill = Color32::WHITE;
        visuals.widgets.inactive.weak_bg_fill = Color32::from_rgb(226, 234, 245);
        visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, p.control_stroke);
    }
    // Keyboard focus: egui draws a focused control with the `active` look. A clear ring in
    // the focus colour around a light fill, in both themes.
    visuals.widgets.active.bg_stroke = Stroke::new(FOCUS_RING, p.focus);
    visuals.widgets.active.bg_fill = p.focus_bg;
    visuals.widgets.active.weak_bg_fill = p.focus_bg;
    ctx.set_visuals(visuals);
    let mut style = (*ctx.global_style()).clone();
    style.text_styles = [
        (TextStyle::Heading, FontId::new(26.0, bold_family())),
        (TextStyle::Body, FontId::proportional(18.0)),
        (TextStyle::Button, FontId::proportional(18.0)),
        (TextStyle::Small, FontId::proportional(14.0)),
        (TextStyle::Monospace, FontId::monospace(16.0)),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(10.0, 10.0);
    style.spacing.button_padding = egui::vec2(14.0, 10.0);
    style.spacing.interact_size.y = min_touch;
    // Check boxes and radio buttons big enough to see and hit (their whole row is clickable).
    style.spacing.icon_width = min_touch * CHECK_BOX_SHARE;
    style.spacing.icon_width_inner = min_touch * CHECK_BOX_SHARE * CHECK_MARK_SHARE;
    style.spacing.icon_spacing = GAP * 0.75;
    ctx.set_global_style(style);
}

/// A card frame with the theme's colours.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    let p = palette(ui);
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.0, p.card_stroke))
        .corner_radius(CornerRadius::same(RADIUS))
        .inner_margin(egui::Margin::same(14))
}

/// Text size for sub-headings.
pub const SUBHEADING: f32 = 21.0;

/// The type scale, in points (before the user's text size is applied).
pub mod text {
    /// The sentence at the top of home that says what the app is for.
    pub const LEAD: f32 = 24.0;
    /// A help level's heading ("Get help now").
    pub const ALERT_HEADING: f32 = 24.0;
    /// The app's name in the top bar.
    pub const APP_TITLE: f32 = 22.0;
    /// An emergency action line ("Call 112").
    pub const ACTION: f32 = 22.0;
    /// One injection step's words, beside its picture.
    pub const STEP: f32 = 21.0;
    /// Today's dose line, a chosen area's name, a warning's title.
    pub const STATUS: f32 = 20.0;
    /// Big buttons and lesson titles.
    pub const BUTTON: f32 = 19.0;
    /// A help level's badge ("1", "2", "3").
    pub const BADGE: f32 = 16.0;
    /// The "A+" and "A−" buttons (their own sizes show what they do).
    pub const SMALLER: f32 = 15.0;
    pub const BIGGER: f32 = 21.0;
}

/// Spacing beyond [`GAP`](super::theme::GAP), in points.
pub mod space {
    /// Between the rows of a list.
    pub const ROW: f32 = 4.0;
    /// Above a date heading in the log.
    pub const DATE: f32 = 6.0;
    /// Between a step and its buttons.
    pub const STEP: f32 = 8.0;
    /// Inner margin of callouts, in whole points (egui margins are integers).
    pub const CALLOUT_MARGIN: i8 = 12;
    /// Inner margin of a log row card: across and down.
    pub const ROW_MARGIN: (i8, i8) = (12, 6);
    /// Widest a page of reading text may get before it is capped at [`READING_WIDTH`](super::READING_WIDTH).
    pub const PAGE_MAX: f32 = 1000.0;
}

/// Sizes of the little painted icons, in points.
pub mod icon {
    /// In a callout.
    pub const CALLOUT: f32 = 32.0;
    /// Beside today's dose line.
    pub const STATUS: f32 = 28.0;
    /// Beside "this spot keeps every rule".
    pub const INLINE: f32 = 24.0;
}

/// Sizes of widgets beyond the touch size.
pub mod widget {
    /// Width of an entry in the language menu.
    pub const LANGUAGE_ITEM_W: f32 = 160.0;
    /// Width of an entry in the region menu.
    pub const REGION_ITEM_W: f32 = 200.0;
    /// Widest a text field of the dose form gets.
    pub const FIELD_W: f32 = 320.0;
    /// Below this width (in points, after the text size), the top bar's settings fold into
    /// one menu.
    pub const TOP_BAR_FOLD_W: f32 = 760.0;
    /// Narrowest the words beside a step picture get.
    pub const STEP_TEXT_MIN_W: f32 = 200.0;
}

/// Caps a page of reading text at [`space::PAGE_MAX`], and never wider than the window (at 200 %
/// text on a small laptop the window is narrower than [`READING_WIDTH`]).
pub fn page_width_ui(ui: &mut egui::Ui) {
    let width = ui.available_width().min(space::PAGE_MAX);
    ui.set_max_width(width);
}

/// Sizes for the body map, in screen points unless the name ends in `_CM` (body centimetres).
pub mod map {
    /// Space above the drawing for the view's name ("Front", "Back").
    pub const TITLE_HEIGHT: f32 = 24.0;
    /// Gap between the top of the map and its title.
    pub const TITLE_TOP: f32 = 2.0;
    /// Font size of the view's name.
    pub const TITLE_FONT_SIZE: f32 = 18.0;
    /// Smallest height of one view's drawing, so its zones stay big enough to tap.
    pub const MIN_HEIGHT: f32 = 160.0;
    /// At least this wide (in points, after the text size), the site map screen has two panes:
    /// the figure, and the side panel scrolling beside it.
    pub const WIDE_MIN_WIDTH: f32 = 900.0;
    /// Width of the side panel beside the figure.
    pub const SIDE_PANEL_WIDTH: f32 = 400.0;
    /// Space kept under the figure in its pane.
    pub const PANE_BOTTOM_MARGIN: f32 = 8.0;
    /// Gap between the front and back views.
    pub const VIEW_GAP: f32 = 40.0;
    /// On a narrow screen the figure is pinned above the scrolling form when the panel is at
    /// least this high; lower, the figure scrolls with the page (at the same size).
    pub const PINNED_MIN_PANEL_HEIGHT: f32 = 440.0;
    /// Share of the panel's height the pinned figure takes on a narrow screen.
    pub const PINNED_SHARE: f32 = 0.45;
    /// Outline of the body.
    pub const BODY_STROKE: f32 = 1.5;
    /// Outline of each zone.
    pub const ZONE_STROKE: f32 = 2.0;
    /// How much of a zone's colour shows (opaque: the contrast test assumes it).
    pub const ZONE_FILL_OPACITY: f32 = 1.0;
    /// Lines and dots of the zone patterns (hatching for resting, dots for never used).
    pub const PATTERN_STROKE: f32 = 1.2;
    /// Distance between hatch lines in a resting zone.
    pub const HATCH_SPACING: f32 = 8.0;
    /// Hatch lines stop this far inside the zone's box.
    pub const HATCH_INSET: f32 = 2.0;
    /// Distance between dots in a never-used zone.
    pub const DOT_SPACING: f32 = 9.0;
    /// Radius of those dots.
    pub const DOT_RADIUS: f32 = 1.3;
    /// Keyboard focus ring: gap outside the zone's box.
    pub const FOCUS_GAP: f32 = 3.0;
    /// Keyboard focus ring: corner radius.
    pub const FOCUS_RADIUS: f32 = 4.0;
    /// Keyboard focus ring: line width (zones and the suggested spot).
    pub const FOCUS_STROKE: f32 = 3.0;
    /// Ring around the navel's no-inject circle.
    pub const NAVEL_STROKE: f32 = 2.5;
    /// The "no entry" slash across the navel circle.
    pub const NAVEL_SLASH_STROKE: f32 = 2.0;
    /// Radius of the navel dot, in body centimetres ...
    pub const NAVEL_DOT_RADIUS_CM: f32 = 0.5;
    /// ... and never smaller than this.
    pub const NAVEL_DOT_MIN_RADIUS: f32 = 2.0;
    /// Half the side of the square that shows the navel's hover text, in body centimetres.
    pub const NAVEL_HOVER_CM: f32 = 2.0;
    /// Half the length of each arm of an avoid-mark's cross.
    pub const MARK_HALF_SIZE: f32 = 6.0;
    /// Line width of an avoid-mark's cross.
    pub const MARK_STROKE: f32 = 3.0;
    /// Radius of a past injection, in body centimetres ...
    pub const POINT_RADIUS_CM: f32 = 0.45;
    /// ... kept at least this big ...
    pub const POINT_MIN_RADIUS: f32 = 2.5;
    /// ... and at most this big.
    pub const POINT_MAX_RADIUS: f32 = 8.0;
    /// Outline of a past injection.
    pub const POINT_STROKE: f32 = 1.0;
    /// Side of a past injection's hover square, as a multiple of its radius.
    pub const POINT_HOVER_SCALE: f32 = 2.5;
    /// A past injection fades over this many days ...
    pub const POINT_FADE_DAYS: f32 = 100.0;
    /// ... down to this much of its colour, never less.
    pub const POINT_MIN_OPACITY: f32 = 0.35;
    /// Radius of the suggested spot's ring, in body centimetres ...
    pub const SUGGESTION_RADIUS_CM: f32 = 1.25;
    /// ... and never smaller than this.
    pub const SUGGESTION_MIN_RADIUS: f32 = 6.0;
    /// Line width of the suggested spot's ring.
    pub const SUGGESTION_STROKE: f32 = 3.0;
    /// Radius of a symbol in the map's legend.
    pub const LEGEND_RADIUS: f32 = 8.0;
    /// Side of the box a legend symbol is drawn in.
    pub const LEGEND_SWATCH: f32 = 22.0;
    /// Line width of the suggested spot's cross-hair ticks.
    pub const SUGGESTION_TICK_STROKE: f32 = 2.0;
    /// Gap between the suggested spot's ring and its focus ring.
    pub const SUGGESTION_FOCUS_GAP: f32 = 4.0;
    /// Radius of the chosen spot's open ring, in body centimetres ...
    pub const CHOSEN_RADIUS_CM: f32 = 0.6;
    /// ... and never smaller than this.
    pub const CHOSEN_MIN_RADIUS: f32 = 5.0;
    /// Length of the ticks outside the chosen spot's ring.
    pub const CHOSEN_TICK: f32 = 5.0;
    /// The 2.5 cm ring of a chosen spot that breaks a rule (thicker than the usual one).
    pub const BROKEN_RING_STROKE: f32 = 3.0;
    /// Margin around a zone in its enlarged view, in body centimetres.
    pub const ZOOM_MARGIN_CM: f32 = 2.0;
    /// The enlarged view is at least this many times the map's scale.
    pub const ZOOM_MIN_FACTOR: f32 = 4.0;
    /// Largest scale of the enlarged view when the pane is wide, in points per centimetre.
    pub const ZOOM_MAX_SCALE: f32 = 18.0;
    /// Tallest the enlarged view gets (it pans with the spot beyond), so the dose form stays near.
    pub const ZOOM_MAX_HEIGHT: f32 = 300.0;
    /// An arrow key moves the spot this far, in body centimetres.
    pub const ZOOM_KEY_STEP_CM: f32 = 1.0;
    /// The enlarged view's 1 cm grid: line width ...
    pub const GRID_STROKE: f32 = 1.0;
    /// ... and how strongly it shows, as a share of the zone outline's colour.
    pub const GRID_OPACITY: f32 = 0.35;
    /// A legend symbol's box stands for this many body centimetres.
    pub const LEGEND_CM: f32 = 6.0;
    /// Outline of the chosen spot.
    pub const CHOSEN_STROKE: f32 = 3.0;
    /// The keep-away circle around the chosen spot (its radius is the rotation rule's distance).
    pub const KEEP_AWAY_STROKE: f32 = 1.5;
}

/// Sizes for the step pictures, in screen points (the picture itself is [`super::PICTURE_SIZE`]).
pub mod picture {
    /// Every outline and line in a picture.
    pub const LINE: f32 = 2.5;
    /// Corner radius of outlined boxes (fridge, microwave).
    pub const BOX_RADIUS: f32 = 4.0;
    /// Corner radius of filled bands (skin layers, the sharps lid).
    pub const BAND_RADIUS: f32 = 2.0;
    /// Corner radius of a palm.
    pub const PALM_RADIUS: f32 = 10.0;
    /// The red "don't" circle and slash.
    pub const CROSS_STROKE: f32 = 6.0;
    /// Arrows (where the medicine or the syringe goes).
    pub const ARROW_STROKE: f32 = 3.0;
    /// The needle, thinner than the syringe's outline.
    pub const NEEDLE_STROKE: f32 = 1.5;
    /// Ring of the magnifying glass.
    pub const MAGNIFIER_RING_STROKE: f32 = 4.0;
    /// Handle of the magnifying glass.
    pub const MAGNIFIER_HANDLE_STROKE: f32 = 7.0;
    /// The "30" under the clock.
    pub const CLOCK_FONT_SIZE: f32 = 20.0;
    /// The big "1×" (one syringe, one use).
    pub const ONCE_FONT_SIZE: f32 = 34.0;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG contrast ratio between two opaque colours.
    fn contrast(a: Color32, b: Color32) -> f32 {
        fn luminance(c: Color32) -> f32 {
            let lin = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
        }
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// What a patient with weak eyesight must be able to tell apart on the site map, in both
    /// themes: text 4.5:1 on what it is written on; zones 3:1 against the skin; outlines,
    /// patterns and every marker 3:1 against each zone and the skin (a marker counts as seen
    /// if its colour or its ring stands out, and the two stand out from each other).
    #[test]
    fn site_map_colours_and_text_have_enough_contrast_in_both_themes() {
        for (theme, p, panel) in [
            ("normal", NORMAL, Color32::WHITE),
            ("high contrast", HIGH_CONTRAST, Color32::BLACK),
        ] {
            for (what, colour, under) in [
                ("text on the page", p.text, panel),
                ("text on a card", p.text, p.card),
                ("quiet text on a card", p.weak_text, p.card),
                ("\"good spot\" on a card", p.ok, p.card),
                ("a warning on its callout", p.warn, p.warn_bg),
                ("a view's title and L/R on the page", p.text, panel),
            ] {
                let ratio = contrast(colour, under);
                assert!(ratio >= 4.5, "{theme}: {what}: {ratio:.2}:1 is below 4.5:1");
            }
            let zones = [
                ("never used", p.zone_never),
                ("ready", p.zone_ready),
                ("resting", p.zone_rest),
            ];
            for (name, zone) in zones {
                for (what, colour, under) in [
                    ("zone on the skin", zone, p.body),
                    ("zone outline on the zone", p.zone_stroke, zone),
                    ("zone pattern on the zone", p.zone_pattern, zone),
                ] {
                    let ratio = contrast(colour, under);
                    assert!(ratio >= 3.0, "{theme}: {name}: {what}: {ratio:.2}:1 is below 3:1");
                }
            }
            assert!(
                contrast(p.zone_stroke, p.body) >= 3.0,
                "{theme}: zone outline on the skin"
            );
            assert!(
                contrast(p.body_stroke, panel) >= 3.0,
                "{theme}: body outline on the page"
            );
            assert!(contrast(p.navel, p.body) >= 3.0, "{theme}: navel circle on the skin");
            let backgrounds = [
                ("skin", p.body),
                ("never used", p.zone_never),
                ("ready", p.zone_ready),
                ("resting", p.zone_rest),
            ];
            for (marker, colour) in [
                ("earlier injection", p.point),
                ("chosen spot", p.chosen),
                ("spot that breaks a rule", p.broken),
                ("suggested spot", p.suggested),
                ("spot to avoid", p.mark),
            ] {
                let ring = contrast(colour, p.point_outline);
                assert!(ring >= 3.0, "{theme}: {marker} against its ring: {ring:.2}:1");
                for (bg_name, bg) in backgrounds {
                    let seen = contrast(colour, bg).max(contrast(p.point_outline, bg));
                    assert!(seen >= 3.0, "{theme}: {marker} on {bg_name}: {seen:.2}:1 is below 3:1");
                }
            }
        }
    }

    #[test]
    fn high_contrast_picture_colours_stand_out_from_what_they_sit_on() {
        let p = HIGH_CONTRAST;
        for (what, colour, under) in [
            ("skin on the picture", p.picture_skin, p.picture_fill),
            ("arrow on the skin", p.accent, p.picture_skin),
            ("fat on the picture", p.picture_fat, p.picture_fill),
            ("arrow on the fat", p.accent, p.picture_fat),
            ("medicine drop on the fat", p.water, p.picture_fat),
            ("sharps box on the picture", p.sharps_box, p.picture_fill),
            ("syringe on the sharps box", p.card, p.sharps_box),
            ("lid on the picture", p.sharps_lid, p.picture_fill),
            ("lid on the sharps box", p.sharps_lid, p.sharps_box),
            ("outline around a past point", p.point_outline, p.point),
        ] {
            let ratio = contrast(colour, under);
            assert!(ratio >= 3.0, "{what}: {ratio:.2}:1 is below 3:1");
        }
    }
}

/// Kiosk sizes: read from arm's length, touched with a finger.
pub mod kiosk {
    /// The clinic's name on the attract screen.
    pub const CLINIC_NAME: f32 = 36.0;
    /// The language name on a "Touch to start" button.
    pub const START_NAME: f32 = 30.0;
    /// "Touch to start" under it.
    pub const START_TEXT: f32 = 22.0;
    /// A "Touch to start" button.
    pub const START_BUTTON: eframe::egui::Vec2 = eframe::egui::vec2(440.0, 80.0);
    /// Largest logo, in points (scaled down to fit, never up).
    pub const LOGO_MAX: eframe::egui::Vec2 = eframe::egui::vec2(360.0, 120.0);
    /// "Still there?" and its countdown.
    pub const COUNTDOWN_TEXT: f32 = 34.0;
    /// "I'm still here".
    pub const STILL_HERE_BUTTON: eframe::egui::Vec2 = eframe::egui::vec2(420.0, 110.0);
    /// A key of the staff keypad.
    pub const KEY: eframe::egui::Vec2 = eframe::egui::vec2(96.0, 80.0);
    pub const KEY_TEXT: f32 = 30.0;
    /// The staff corner (held for [`STAFF_HOLD_SECS`] to open the keypad).
    pub const STAFF_CORNER: f32 = 56.0;
    pub const STAFF_HOLD_SECS: i64 = 3;
    pub const STAFF_DOT: f32 = 4.0;
}
