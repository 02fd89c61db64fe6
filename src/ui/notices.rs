//! The banner that tells the user, in plain words, something they need to know; coloured by
//! its kind (a success never looks like a warning) and translated as it is drawn.

use eframe::egui;

use crate::app::{Command, Cx, NoticeKind};

use super::theme;
use super::widgets::{Icon, callout_ui};

pub fn notices_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let Some(first) = cx.notices.first() else {
        return;
    };
    let p = theme::palette(ui);
    let text = first.text(cx.i18n);
    let (icon, fg, bg) = match first.kind {
        NoticeKind::Success => (Icon::Tick, p.ok, p.ok_bg),
        NoticeKind::Info => (Icon::Info, p.accent, p.card),
        NoticeKind::Warning => (Icon::Warning, p.warn, p.warn_bg),
        NoticeKind::Error => (Icon::Warning, p.emergency, p.emergency_bg),
    };
    let ok = cx.i18n.t("dismiss");
    let mut dismiss = false;
    callout_ui(ui, icon, fg, bg, 2.0, |ui| {
        ui.add(egui::Label::new(egui::RichText::new(&text).color(p.text)).wrap());
        let touch = theme::min_touch(ui);
        if ui
            .add(egui::Button::new(&ok).min_size(egui::vec2(touch * 2.0, touch)))
            .clicked()
        {
            dismiss = true;
        }
    });
    if dismiss {
        cx.push(Command::DismissNotice);
    }
    ui.add_space(theme::GAP);
}
