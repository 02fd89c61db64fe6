//! The bar at the top of every screen: back, title, language, region, text size, contrast.

use eframe::egui::{self, RichText};

use crate::app::{App, Command, Screen};
use crate::content::Region;

use super::theme::MIN_TOUCH;

pub fn top_bar_ui(ui: &mut egui::Ui, app: &mut App) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if app.can_go_back() {
            let back = ui.add(
                egui::Button::new(format!("‹ {}", app.i18n.t("nav-back"))).min_size(egui::vec2(MIN_TOUCH, MIN_TOUCH)),
            );
            if back.clicked() {
                app.push(Command::Back);
            }
            if app.screen != Screen::Home
                && ui
                    .add(egui::Button::new(app.i18n.t("nav-home")).min_size(egui::vec2(MIN_TOUCH, MIN_TOUCH)))
                    .clicked()
            {
                app.push(Command::Go(Screen::Home));
            }
        }
        if app.screen == Screen::Home {
            ui.label(RichText::new(app.i18n.t("app-title")).size(22.0).strong());
        }
        ui.separator();
        // Each label stays with its control when the bar wraps (big text, narrow window).
        ui.horizontal(|ui| language_picker_ui(ui, app));
        ui.horizontal(|ui| region_picker_ui(ui, app));
        ui.horizontal(|ui| text_size_ui(ui, app));
        let mut hc = app.settings.high_contrast;
        if ui.checkbox(&mut hc, app.i18n.t("theme-high-contrast")).changed() {
            app.push(Command::SetHighContrast(hc));
        }
    });
    ui.add_space(4.0);
}

fn language_picker_ui(ui: &mut egui::Ui, app: &mut App) {
    let choices = app.i18n.choices();
    let current = choices
        .iter()
        .find(|(code, _)| code == app.i18n.code())
        .map_or_else(|| app.i18n.code().to_owned(), |(_, name)| name.clone());
    let label = app.i18n.t("settings-language");
    ui.label(&label);
    egui::ComboBox::from_id_salt("language")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (code, name) in choices {
                let selected = code == app.i18n.code();
                if ui
                    .add(egui::Button::selectable(selected, name).min_size(egui::vec2(160.0, MIN_TOUCH)))
                    .clicked()
                    && !selected
                {
                    app.push(Command::SetLanguage(code));
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
}

fn region_picker_ui(ui: &mut egui::Ui, app: &mut App) {
    let label = app.i18n.t("settings-region");
    ui.label(&label);
    let current = app
        .settings
        .region
        .map_or_else(|| "—".to_owned(), |r| app.i18n.t(r.msg()));
    egui::ComboBox::from_id_salt("region")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for region in Region::ALL {
                let selected = app.settings.region == Some(region);
                if ui
                    .add(
                        egui::Button::selectable(selected, app.i18n.t(region.msg()))
                            .min_size(egui::vec2(200.0, MIN_TOUCH)),
                    )
                    .clicked()
                {
                    app.push(Command::SetRegion(region));
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
}

fn text_size_ui(ui: &mut egui::Ui, app: &mut App) {
    let smaller = app.i18n.t("text-smaller");
    let bigger = app.i18n.t("text-bigger");
    let r = ui.add(egui::Button::new(RichText::new("A−").size(15.0)).min_size(egui::vec2(MIN_TOUCH, MIN_TOUCH)));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &smaller));
    if r.on_hover_text(&smaller).clicked() {
        app.push(Command::TextSize(-1));
    }
    let percent = (app.settings.text_scale * 100.0).round() as i64;
    ui.label(format!("{percent}%"))
        .on_hover_text(app.i18n.t_args("text-size", &[("percent", percent.into())]));
    let r = ui.add(egui::Button::new(RichText::new("A+").size(21.0)).min_size(egui::vec2(MIN_TOUCH, MIN_TOUCH)));
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &bigger));
    if r.on_hover_text(&bigger).clicked() {
        app.push(Command::TextSize(1));
    }
}
