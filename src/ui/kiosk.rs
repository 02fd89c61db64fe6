//! Kiosk screens: the attract screen, the "Still there?" countdown, the staff corner and the
//! staff keypad. Everything is a big touch target; nothing needs a keyboard.

use eframe::egui::{self, RichText, Vec2};

use crate::app::{Command, Cx, KioskCommand};
use crate::kiosk::IdlePhase;

use super::theme;

/// The first screen: the clinic, its logo, and "Touch to start" once per language, each in
/// its own language.
pub fn attract_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let Some(kiosk) = &cx.kiosk else { return };
    let mut picked = None;
    ui.vertical_centered(|ui| {
        ui.add_space(theme::GAP);
        if let Some(logo) = kiosk.logo {
            let size = logo.size_vec2();
            let scale = (theme::kiosk::LOGO_MAX.x / size.x)
                .min(theme::kiosk::LOGO_MAX.y / size.y)
                .min(1.0);
            // Named, so a screen reader does not announce a bare "image".
            let alt = kiosk.clinic_name.map_or_else(
                || cx.i18n.t("app-title"),
                |clinic| cx.i18n.t_args("kiosk-logo", &[("clinic", clinic.into())]),
            );
            ui.add(egui::Image::new((logo.id(), size * scale)).alt_text(alt));
            ui.add_space(theme::GAP);
        }
        if let Some(name) = kiosk.clinic_name {
            ui.add(egui::Label::new(RichText::new(name).size(theme::kiosk::CLINIC_NAME).strong()).wrap());
            ui.add_space(theme::GAP * 1.5);
        }
        for choice in kiosk.choices {
            if start_button_ui(ui, &choice.name, &choice.start).clicked() {
                picked = Some(choice.code.clone());
            }
            ui.add_space(theme::GAP);
        }
    });
    if let Some(code) = picked {
        cx.push(Command::StartVisit(code));
    }
}

/// A big two-line button: the language's name, and "Touch here to start" in that language,
/// both centred. Screen readers hear "Español: Toque aquí para empezar".
fn start_button_ui(ui: &mut egui::Ui, name: &str, start: &str) -> egui::Response {
    let width = theme::kiosk::START_BUTTON.x.min(ui.available_width());
    let (rect, r) = ui.allocate_exact_size(egui::vec2(width, theme::kiosk::START_BUTTON.y), egui::Sense::click());
    let label = format!("{name}: {start}");
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&r);
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let wrap = rect.width() - theme::GAP * 2.0;
        let color = visuals.text_color();
        let name = ui.painter().layout(
            name.to_owned(),
            egui::FontId::proportional(theme::kiosk::START_NAME),
            color,
            wrap,
        );
        let start = ui.painter().layout(
            start.to_owned(),
            egui::FontId::proportional(theme::kiosk::START_TEXT),
            color,
            wrap,
        );
        let total = name.size().y + start.size().y;
        let top = rect.center().y - total / 2.0;
        let name_pos = egui::pos2(rect.center().x - name.size().x / 2.0, top);
        let start_pos = egui::pos2(rect.center().x - start.size().x / 2.0, top + name.size().y);
        ui.painter().galley(name_pos, name, color);
        ui.painter().galley(start_pos, start, color);
    }
    r
}

/// "Still there? Starting over in 20 s", over everything, with a big "I'm still here".
pub fn countdown_ui(ctx: &egui::Context, cx: &mut Cx<'_>) {
    let Some(IdlePhase::Countdown { seconds_left }) = cx.kiosk.as_ref().map(|k| k.phase) else {
        return;
    };
    let mut still_here = false;
    egui::Modal::new(theme::app_id("kiosk-countdown")).show(ctx, |ui| {
        ui.set_width(theme::kiosk::STILL_HERE_BUTTON.x + theme::GAP * 4.0);
        let question = cx.i18n.t_args("kiosk-still-there", &[("seconds", seconds_left.into())]);
        super::widgets::name_dialog_ui(ui, &question);
        ui.vertical_centered(|ui| {
            ui.add_space(theme::GAP);
            ui.add(egui::Label::new(RichText::new(question).size(theme::kiosk::COUNTDOWN_TEXT).strong()).wrap());
            ui.add_space(theme::GAP * 2.0);
            let r = ui.add(
                egui::Button::new(RichText::new(cx.i18n.t("kiosk-still-here")).size(theme::kiosk::START_TEXT))
                    .min_size(theme::kiosk::STILL_HERE_BUTTON),
            );
            still_here = r.clicked();
            ui.add_space(theme::GAP);
        });
    });
    if still_here {
        cx.push(Command::Kiosk(KioskCommand::StillHere));
    }
}

/// A discreet spot in the bottom right corner: held for a few seconds, it opens the staff
/// keypad. A tap does nothing, so a visitor does not stumble on it.
pub fn staff_corner_ui(ctx: &egui::Context, cx: &mut Cx<'_>) {
    if cx.kiosk.as_ref().is_none_or(|k| k.pin_pad.is_some()) {
        return;
    }
    let side = theme::kiosk::STAFF_CORNER;
    let now = cx.now.timestamp();
    let mut open = false;
    egui::Area::new(theme::app_id("kiosk-staff-corner"))
        .anchor(egui::Align2::RIGHT_BOTTOM, Vec2::ZERO)
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            let (rect, r) = ui.allocate_exact_size(Vec2::splat(side), egui::Sense::click());
            let label = cx.i18n.t("kiosk-staff");
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            ui.painter()
                .circle_filled(rect.center(), theme::kiosk::STAFF_DOT, theme::palette(ui).weak_text);
            let key = theme::app_id("kiosk-staff-held-since");
            // egui stops calling a press a click after a moment, so the hold is read from the
            // pointer itself: down, pressed inside the corner, still inside.
            let held = ui.input(|i| {
                i.pointer.primary_down()
                    && i.pointer.press_origin().is_some_and(|p| rect.contains(p))
                    && i.pointer.interact_pos().is_some_and(|p| rect.contains(p))
            });
            if held {
                let since = ui.ctx().data_mut(|d| *d.get_temp_mut_or_insert_with(key, || now));
                if now.duration_since(since).as_secs() >= theme::kiosk::STAFF_HOLD_SECS {
                    open = true;
                    ui.ctx().data_mut(|d| d.remove::<jiff::Timestamp>(key));
                } else {
                    ui.ctx().request_repaint_after(std::time::Duration::from_millis(200));
                }
            } else {
                ui.ctx().data_mut(|d| d.remove::<jiff::Timestamp>(key));
            }
        });
    if open {
        cx.push(Command::Kiosk(KioskCommand::OpenPinPad));
    }
}

/// The staff keypad: digits as dots, 0 to 9, delete, OK and cancel; after wrong PINs, the wait.
pub fn pin_pad_ui(ctx: &egui::Context, cx: &mut Cx<'_>) {
    let Some(kiosk) = &cx.kiosk else { return };
    let Some(pad) = kiosk.pin_pad else { return };
    let wait = kiosk.pin_wait;
    let mut commands = Vec::new();
    egui::Modal::new(theme::app_id("kiosk-pin-pad")).show(ctx, |ui| {
        let title = cx.i18n.t("kiosk-pin-title");
        super::widgets::name_dialog_ui(ui, &title);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(title).size(theme::text::ALERT_HEADING).strong());
            ui.add_space(theme::GAP);
            let dots = "•".repeat(pad.digits.len());
            let shown = if dots.is_empty() { " ".to_owned() } else { dots };
            ui.label(RichText::new(shown).size(theme::kiosk::KEY_TEXT))
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Label,
                        true,
                        cx.i18n
                            .t_args("kiosk-pin-entered", &[("count", pad.digits.len().into())]),
                    )
                });
            // The message row keeps its height, so the keys never move under a finger.
            let message = if let Some(wait) = wait {
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                cx.i18n.t_args("kiosk-pin-wait", &[("seconds", secs.into())])
            } else if pad.wrong {
                cx.i18n.t("kiosk-pin-wrong")
            } else {
                " ".to_owned()
            };
            ui.colored_label(theme::palette(ui).warn, message);
            ui.add_space(theme::GAP);
            let enabled = wait.is_none();
            let key = |ui: &mut egui::Ui, text: &str, name: &str| {
                let r = ui.add_enabled(
                    enabled,
                    egui::Button::new(RichText::new(text).size(theme::kiosk::KEY_TEXT)).min_size(theme::kiosk::KEY),
                );
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name));
                r.clicked()
            };
            egui::Grid::new("kiosk-keypad")
                .spacing(Vec2::splat(theme::GAP))
                .show(ui, |ui| {
                    for row in [[1u8, 2, 3], [4, 5, 6], [7, 8, 9]] {
                        for d in row {
                            if key(ui, &d.to_string(), &d.to_string()) {
                                commands.push(KioskCommand::Digit(d));
                            }
                        }
                        ui.end_row();
                    }
                    if key(ui, "‹", &cx.i18n.t("kiosk-pin-delete")) {
                        commands.push(KioskCommand::Backspace);
                    }
                    if key(ui, "0", "0") {
                        commands.push(KioskCommand::Digit(0));
                    }
                    if key(ui, "OK", &cx.i18n.t("kiosk-pin-ok")) {
                        commands.push(KioskCommand::Submit);
                    }
                    ui.end_row();
                });
            ui.add_space(theme::GAP);
            let cancel = ui.add(
                egui::Button::new(RichText::new(cx.i18n.t("kiosk-pin-cancel")).size(theme::text::BUTTON)).min_size(
                    egui::vec2(theme::kiosk::KEY.x * 3.0 + theme::GAP * 2.0, theme::min_touch(ui)),
                ),
            );
            if cancel.clicked() {
                commands.push(KioskCommand::ClosePinPad);
            }
        });
    });
    for c in commands {
        cx.push(Command::Kiosk(c));
    }
}
