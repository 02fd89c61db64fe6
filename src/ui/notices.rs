//! What the app tells the user, in plain words, coloured by its kind and translated as it is
//! drawn. A success ("Saved.") floats over the bottom of the window in green, never pushes
//! the page down, and goes by itself after a few seconds (unless it offers a button);
//! information, warnings (amber) and errors (red) stand at the top of the page until dismissed. Only the newest notice is shown: a new one replaces the stale one.

use eframe::egui;

use crate::app::{Command, Cx, Notice, NoticeAction, NoticeKind};

use super::theme;
use super::widgets::{Icon, callout_ui};

/// The notice of the moment: a floating success, or a banner at the top of the page.
pub fn notices_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let shown_id = theme::app_id("success-shown-since");
    let Some(first) = cx.notices.first().cloned() else {
        ui.data_mut(|d| d.remove::<(String, f64)>(shown_id));
        return;
    };
    if first.kind == NoticeKind::Success && first.action.is_none() {
        // A plain success is brief: it goes by itself after a few seconds.
        let key = first.text(cx.i18n);
        let now = ui.input(|i| i.time);
        let since = match ui.data(|d| d.get_temp::<(String, f64)>(shown_id)) {
            Some((k, t)) if k == key => t,
            _ => {
                ui.data_mut(|d| d.insert_temp(shown_id, (key, now)));
                now
            }
        };
        let left = theme::SUCCESS_SECONDS - (now - since);
        if left <= 0.0 {
            cx.push(Command::DismissNotice);
            return;
        }
        ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    if first.kind == NoticeKind::Success {
        let width = ui.max_rect().width().min(theme::READING_WIDTH);
        egui::Area::new(theme::app_id("success-notice"))
            .order(egui::Order::Foreground)
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -theme::GAP))
            .show(ui.ctx(), |ui| {
                ui.set_max_width(width);
                notice_ui(ui, cx, &first);
            });
    } else {
        notice_ui(ui, cx, &first);
        ui.add_space(theme::GAP);
    }
}

fn notice_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, notice: &Notice) {
    let p = theme::palette(ui);
    let text = notice.text(cx.i18n);
    let (icon, fg, bg) = match notice.kind {
        NoticeKind::Success => (Icon::Tick, p.ok, p.ok_bg),
        NoticeKind::Info => (Icon::Info, p.accent, p.card),
        NoticeKind::Warning => (Icon::Warning, p.warn, p.warn_bg),
        NoticeKind::Error => (Icon::Warning, p.emergency, p.emergency_bg),
    };
    let ok = cx.i18n.t("dismiss");
    let mut pushed = None;
    callout_ui(ui, icon, fg, bg, theme::NOTICE_STROKE, |ui| {
        ui.add(egui::Label::new(egui::RichText::new(&text).color(p.text)).wrap());
        let touch = theme::min_touch(ui);
        ui.horizontal_wrapped(|ui| {
            if let Some(action) = &notice.action {
                let label = cx.i18n.t(action.label_id());
                if ui
                    .add(egui::Button::new(&label).min_size(egui::vec2(touch * 2.0, touch)))
                    .clicked()
                {
                    pushed = Some(match action {
                        NoticeAction::OpenFolder(dir) => Command::OpenFolder(dir.clone()),
                    });
                }
            }
            if ui
                .add(egui::Button::new(&ok).min_size(egui::vec2(touch * 2.0, touch)))
                .clicked()
            {
                pushed = Some(Command::DismissNotice);
            }
        });
    });
    if let Some(c) = pushed {
        cx.push(c);
    }
}
