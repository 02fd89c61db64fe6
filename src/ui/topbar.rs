//! The bar at the top of every screen: back, title, language, region, text size, contrast.

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, Screen};
use crate::content::Region;

use super::theme;

pub fn top_bar_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    ui.add_space(theme::space::ROW);
    ui.horizontal_wrapped(|ui| {
        super::focus::skip_link_ui(ui, &cx.i18n.t("nav-skip"));
        if cx.nav.screen != Screen::Home {
            let back = ui.add(
                egui::Button::new(format!("‹ {}", cx.i18n.t("nav-back")))
                    .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
            );
            if back.clicked() {
                cx.push(Command::Back);
            }
            if cx.nav.screen != Screen::Home
                && ui
                    .add(
                        egui::Button::new(cx.i18n.t("nav-home"))
                            .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
                    )
                    .clicked()
            {
                cx.push(Command::Go(Screen::Home));
            }
        }
        if cx.nav.screen == Screen::Home {
            ui.label(
                RichText::new(cx.i18n.t("app-title"))
                    .size(theme::text::APP_TITLE)
                    .strong(),
            );
        }
        get_help_ui(ui, cx);
        ui.separator();
        if ui.available_width() < theme::widget::TOP_BAR_FOLD_W {
            // Big text or a narrow window: the settings fold into one menu, so no control
            // ends up off screen.
            settings_menu_ui(ui, cx);
        } else {
            // Each label stays with its control when the bar wraps.
            group_ui(ui, "language", |ui| language_picker_ui(ui, cx));
            // A kiosk shows the clinic's region only.
            if cx.kiosk.is_none() {
                group_ui(ui, "region", |ui| region_picker_ui(ui, cx));
            }
            group_ui(ui, "text-size", |ui| text_size_ui(ui, cx));
            contrast_ui(ui, cx);
        }
        // A kiosk visitor can leave at any time; the next one starts fresh.
        if cx.kiosk.is_some()
            && ui
                .add(
                    egui::Button::new(cx.i18n.t("kiosk-finish"))
                        .min_size(egui::vec2(theme::min_touch(ui) * 2.0, theme::min_touch(ui))),
                )
                .clicked()
        {
            cx.push(Command::ResetEverything);
        }
    });
    ui.add_space(theme::space::ROW);
}

/// A label and its control kept together on one row of the wrapping bar: when the group does
/// not fit in what is left of the row (as wide as last frame), it starts the next row instead
/// of running off the window's edge.
fn group_ui(ui: &mut egui::Ui, key: &'static str, add: impl FnOnce(&mut egui::Ui)) {
    let id = theme::app_id(key);
    let last: Option<f32> = ui.data(|d| d.get_temp(id));
    if last.is_some_and(|w| ui.available_rect_before_wrap().width() < w) {
        ui.end_row();
    }
    let width = ui.horizontal(add).response.rect.width();
    if last != Some(width) {
        ui.data_mut(|d| d.insert_temp(id, width));
        // Laid out once more with the width now known.
        ui.ctx().request_repaint();
    }
}

/// "Get help", on every screen: one click to "When to get help", where the region's emergency
/// number comes first.
fn get_help_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let help = Screen::Section(crate::content::SectionId::Help);
    if cx.nav.screen == help {
        return;
    }
    let p = theme::palette(ui);
    let r = ui.add(
        egui::Button::new(RichText::new(cx.i18n.t("nav-get-help")).strong().color(p.emergency))
            .fill(p.emergency_bg)
            .stroke(egui::Stroke::new(2.0, p.emergency))
            .min_size(egui::vec2(theme::min_touch(ui) * 2.0, theme::min_touch(ui))),
    );
    if r.clicked() {
        cx.push(Command::Go(help));
    }
}

fn contrast_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let mut hc = cx.settings.high_contrast;
    if ui.checkbox(&mut hc, cx.i18n.t("theme-high-contrast")).changed() {
        cx.push(Command::SetHighContrast(hc));
    }
}

/// The settings in one menu: language and label as lists of buttons (no menu in a menu),
/// text size, contrast.
fn settings_menu_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let touch = theme::min_touch(ui);
    let button = egui::Button::new(cx.i18n.t("settings-menu")).min_size(egui::vec2(touch * 2.0, touch));
    let config =
        egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::from_button(button)
        .config(config)
        .ui(ui, |ui| {
            ui.set_max_width(ui.ctx().content_rect().width() * 0.9);
            // At big text the menu can be taller than the window: it scrolls.
            let max_height = ui.ctx().content_rect().height() * 0.85;
            egui::ScrollArea::vertical()
                .max_height(max_height)
                .show(ui, |ui| settings_menu_items_ui(ui, cx, touch));
        });
}

fn settings_menu_items_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, touch: f32) {
    ui.label(RichText::new(cx.i18n.t("settings-language")).strong());
    let choices = offered_languages(cx);
    ui.horizontal_wrapped(|ui| {
        for (code, name) in choices {
            let selected = code == cx.i18n.code();
            if ui
                .add(egui::Button::selectable(selected, name).min_size(egui::vec2(touch * 2.0, touch)))
                .clicked()
                && !selected
            {
                cx.push(Command::SetLanguage(code));
            }
        }
    });
    if cx.kiosk.is_none() {
        ui.separator();
        ui.label(RichText::new(cx.i18n.t("settings-region")).strong());
        ui.horizontal_wrapped(|ui| {
            for region in Region::ALL {
                let selected = cx.settings.region == Some(region);
                if ui
                    .add(
                        egui::Button::selectable(selected, cx.i18n.t(region.msg()))
                            .min_size(egui::vec2(touch * 2.0, touch)),
                    )
                    .clicked()
                {
                    cx.push(Command::SetRegion(region));
                }
            }
        });
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| text_size_ui(ui, cx));
    contrast_ui(ui, cx);
}

/// The languages a user may switch to: all the app has, or in a kiosk the clinic's.
fn offered_languages(cx: &Cx<'_>) -> Vec<(String, String)> {
    let mut choices = cx.i18n.choices();
    if let Some(k) = &cx.kiosk {
        choices.retain(|(code, _)| k.choices.iter().any(|c| &c.code == code));
    }
    choices
}

fn language_picker_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let choices = offered_languages(cx);
    let current = choices
        .iter()
        .find(|(code, _)| code == cx.i18n.code())
        .map_or_else(|| cx.i18n.code().to_owned(), |(_, name)| name.clone());
    let label = cx.i18n.t("settings-language");
    ui.label(&label);
    egui::ComboBox::from_id_salt("language")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (code, name) in choices {
                let selected = code == cx.i18n.code();
                if ui
                    .add(
                        egui::Button::selectable(selected, name)
                            .min_size(egui::vec2(theme::widget::LANGUAGE_ITEM_W, theme::min_touch(ui))),
                    )
                    .clicked()
                    && !selected
                {
                    cx.push(Command::SetLanguage(code));
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
}

fn region_picker_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let label = cx.i18n.t("settings-region");
    ui.label(&label);
    let current = cx
        .settings
        .region
        .map_or_else(|| "—".to_owned(), |r| cx.i18n.t(r.msg()));
    egui::ComboBox::from_id_salt("region")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for region in Region::ALL {
                let selected = cx.settings.region == Some(region);
                if ui
                    .add(
                        egui::Button::selectable(selected, cx.i18n.t(region.msg()))
                            .min_size(egui::vec2(theme::widget::REGION_ITEM_W, theme::min_touch(ui))),
                    )
                    .clicked()
                {
                    cx.push(Command::SetRegion(region));
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
}

fn text_size_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let smaller = cx.i18n.t("text-smaller");
    let bigger = cx.i18n.t("text-bigger");
    let r = ui.add(
        egui::Button::new(RichText::new("A−").size(theme::text::SMALLER))
            .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
    );
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &smaller));
    if r.on_hover_text(&smaller).clicked() {
        cx.push(Command::TextSize(-1));
    }
    let percent = (cx.settings.text_scale * 100.0).round() as i64;
    ui.label(format!("{percent}%"))
        .on_hover_text(cx.i18n.t_args("text-size", &[("percent", percent.into())]));
    let r = ui.add(
        egui::Button::new(RichText::new("A+").size(theme::text::BIGGER))
            .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
    );
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &bigger));
    if r.on_hover_text(&bigger).clicked() {
        cx.push(Command::TextSize(1));
    }
}
