//! The banner that tells the user, in plain words, something they need to know.

use eframe::egui;

use crate::app::{App, Command};

use super::theme;
use super::widgets::{Icon, callout_ui};

pub fn notices_ui(ui: &mut egui::Ui, app: &mut App) {
    let Some(first) = app.notices.first().cloned() else {
        return;
    };
    let p = theme::palette(ui);
    let ok = app.i18n.t("dismiss");
    let mut dismiss = false;
    callout_ui(ui, Icon::Info, p.warn, p.warn_bg, 2.0, |ui| {
        ui.add(egui::Label::new(egui::RichText::new(&first).color(p.text)).wrap());
        if ui
            .add(egui::Button::new(&ok).min_size(egui::vec2(theme::MIN_TOUCH * 2.0, theme::MIN_TOUCH)))
            .clicked()
        {
            dismiss = true;
        }
    });
    if dismiss {
        app.push(Command::DismissNotice);
    }
    ui.add_space(theme::GAP);
}
