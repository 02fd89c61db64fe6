//! Small building blocks shared by the screens: big buttons, headings, paragraphs, icons.

use eframe::egui::{self, Color32, Pos2, RichText, Stroke, Vec2};

use super::theme;

/// A button at least [`theme::min_touch(ui)`] tall, with its text as the accessible name.
pub fn big_button_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(text).size(theme::text::BUTTON))
            .min_size(Vec2::new(theme::min_touch(ui) * 2.0, theme::min_touch(ui))),
    )
}

/// The main button of a screen, filled with the accent colour: one per screen, so the next step
/// is never in doubt.
pub fn main_button_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let p = theme::palette(ui);
    ui.add(
        egui::Button::new(RichText::new(text).size(theme::text::ACTION).strong())
            .fill(p.accent_bg)
            .min_size(Vec2::new(theme::min_touch(ui) * 4.0, theme::min_touch(ui) * 1.25)),
    )
}

/// A button that throws something away (an entry, a teaching session): red words and a red
/// border, so it is never taken for the main step.
pub fn destructive_button_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let button = egui::Button::new(RichText::new(text).size(theme::text::BUTTON))
        .min_size(Vec2::new(theme::min_touch(ui) * 2.0, theme::min_touch(ui)));
    destructive_ui(ui, button)
}

/// Adds `button` in red (words and border) with the keyboard focus ring still drawn around it
/// when it has focus (a button's own stroke would replace egui's focus stroke).
pub fn destructive_ui(ui: &mut egui::Ui, button: egui::Button<'_>) -> egui::Response {
    let p = theme::palette(ui);
    ui.scope(|ui| {
        let v = ui.visuals_mut();
        v.override_text_color = Some(p.emergency);
        for state in [&mut v.widgets.inactive, &mut v.widgets.hovered] {
            state.bg_stroke = Stroke::new(theme::NOTICE_STROKE, p.emergency);
        }
        ui.add(button)
    })
    .inner
}

/// Names the dialog (an egui `Modal`) that `ui` is in, so a screen reader announces it by its
/// title instead of a bare "dialog".
pub fn name_dialog_ui(ui: &egui::Ui, name: &str) {
    let dialog = ui
        .stack()
        .iter()
        .find(|s| s.kind() == Some(egui::UiKind::Modal))
        .map(|s| s.unique_id);
    if let Some(id) = dialog {
        ui.ctx().accesskit_node_builder(id, |node| node.set_label(name));
    }
}

/// A sub-heading.
pub fn subheading_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(
        RichText::new(text)
            .size(theme::SUBHEADING)
            .family(theme::bold_family())
            .strong(),
    )
}

/// A paragraph of reading text, wrapped.
pub fn paragraph_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Label::new(RichText::new(text)).wrap())
}

/// Which little icon to paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    /// A warning triangle with "!" (emergency).
    Warning,
    /// A telephone handset (call your doctor).
    Phone,
    /// A clipboard with a tick (tell your doctor before).
    Clipboard,
    /// A tick in a circle (all good).
    Tick,
    /// A circled "i" (information).
    Info,
}

/// Paints an icon of the given size; purely decorative (the text next to it says the same).
pub fn icon_ui(ui: &mut egui::Ui, icon: Icon, size: f32, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let p = ui.painter();
    let s = size;
    let at = |x: f32, y: f32| Pos2::new(rect.left() + x * s, rect.top() + y * s);
    let stroke = Stroke::new((s / 12.0).max(2.0), color);
    match icon {
        Icon::Warning => {
            p.add(egui::Shape::convex_polygon(
                vec![at(0.5, 0.05), at(0.97, 0.92), at(0.03, 0.92)],
                color,
                Stroke::NONE,
            ));
            let bg = ui.visuals().panel_fill;
            p.line_segment([at(0.5, 0.35), at(0.5, 0.65)], Stroke::new(s / 9.0, bg));
            p.circle_filled(at(0.5, 0.79), s / 16.0, bg);
        }
        Icon::Phone => {
            let pts = [
                at(0.2, 0.15),
                at(0.35, 0.1),
                at(0.42, 0.3),
                at(0.32, 0.4),
                at(0.6, 0.68),
                at(0.7, 0.58),
                at(0.9, 0.65),
                at(0.85, 0.8),
                at(0.7, 0.9),
                at(0.15, 0.35),
            ];
            p.add(egui::Shape::closed_line(pts.to_vec(), stroke));
            p.add(egui::Shape::convex_polygon(
                vec![at(0.2, 0.15), at(0.35, 0.1), at(0.42, 0.3), at(0.32, 0.4)],
                color,
                Stroke::NONE,
            ));
            p.add(egui::Shape::convex_polygon(
                vec![at(0.6, 0.68), at(0.7, 0.58), at(0.9, 0.65), at(0.85, 0.8)],
                color,
                Stroke::NONE,
            ));
        }
        Icon::Clipboard => {
            p.rect_stroke(
                egui::Rect::from_min_max(at(0.18, 0.12), at(0.82, 0.95)),
                3.0,
                stroke,
                egui::StrokeKind::Inside,
            );
            p.rect_filled(egui::Rect::from_min_max(at(0.35, 0.04), at(0.65, 0.2)), 2.0, color);
            p.line_segment([at(0.3, 0.55), at(0.45, 0.7)], stroke);
            p.line_segment([at(0.45, 0.7), at(0.7, 0.38)], stroke);
        }
        Icon::Tick => {
            p.circle_stroke(at(0.5, 0.5), s * 0.45, stroke);
            p.line_segment([at(0.28, 0.52), at(0.44, 0.68)], stroke);
            p.line_segment([at(0.44, 0.68), at(0.74, 0.34)], stroke);
        }
        Icon::Info => {
            p.circle_stroke(at(0.5, 0.5), s * 0.45, stroke);
            p.circle_filled(at(0.5, 0.3), s / 14.0, color);
            p.line_segment([at(0.5, 0.45), at(0.5, 0.75)], stroke);
        }
    }
}

/// A coloured card with an icon and a heading, for notices and warnings.
pub fn callout_ui<R>(
    ui: &mut egui::Ui,
    icon: Icon,
    fg: Color32,
    bg: Color32,
    stroke_width: f32,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    egui::Frame::new()
        .fill(bg)
        .stroke(Stroke::new(stroke_width, fg))
        .corner_radius(theme::RADIUS)
        .inner_margin(egui::Margin::same(theme::space::CALLOUT_MARGIN))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_top(|ui| {
                icon_ui(ui, icon, theme::icon::CALLOUT, fg);
                ui.vertical(|ui| add_contents(ui)).inner
            })
            .inner
        })
        .inner
}
