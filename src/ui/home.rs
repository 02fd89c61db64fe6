//! The home screen: what the app is for, today's dose, the seven sections, the site map and log.

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, Screen};
use crate::content::{Region, SectionId};

use super::theme;
use super::widgets::{Icon, big_button_ui, callout_ui, icon_ui, subheading_ui};

pub fn home_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
    // Today's dose comes first: the daily task is on screen without scrolling, even at 200 %
    // text on a small laptop.
    if today_ui(ui, cx) {
        ui.add_space(theme::GAP);
    }
    ui.add(
        egui::Label::new(
            RichText::new(cx.i18n.t("home-purpose"))
                .size(theme::text::LEAD)
                .strong(),
        )
        .wrap(),
    );
    if cx.settings.region.is_none() {
        ui.add_space(theme::GAP);
        callout_ui(ui, Icon::Info, p.accent, p.card, 2.0, |ui| {
            ui.add(egui::Label::new(cx.i18n.t("region-ask")).wrap());
            ui.horizontal_wrapped(|ui| {
                for region in Region::ALL {
                    if big_button_ui(ui, &cx.i18n.t(region.msg())).clicked() {
                        cx.push(Command::SetRegion(region));
                    }
                }
            });
        });
    }
    ui.add_space(theme::GAP);
    subheading_ui(ui, &cx.i18n.t("home-track"));
    ui.horizontal_wrapped(|ui| {
        if big_button_ui(ui, &cx.i18n.t("map-title")).clicked() {
            cx.push(Command::Go(Screen::BodyMap));
        }
        if cx.policy.allows(Screen::History) && big_button_ui(ui, &cx.i18n.t("history-title")).clicked() {
            cx.push(Command::Go(Screen::History));
        }
    });
    if cx.policy.can_teach() {
        ui.add_space(theme::GAP);
        super::teach::teach_entry_ui(ui, cx);
    }
    ui.add_space(theme::GAP);
    subheading_ui(ui, &cx.i18n.t("home-learn"));
    // Every lesson button as wide as the widest title, so the list reads as one column.
    let titles: Vec<String> = SectionId::ALL
        .iter()
        .enumerate()
        .map(|(n, id)| format!("{}. {}", n + 1, cx.i18n.t(&id.title_msg())))
        .collect();
    let font = egui::FontId::proportional(LESSON_TEXT);
    let widest = titles
        .iter()
        .map(|t| ui.fonts_mut(|f| f.layout_no_wrap(t.clone(), font.clone(), p.text).size().x))
        .fold(0.0_f32, f32::max);
    let button_width = (widest + 2.0 * ui.spacing().button_padding.x + 4.0).min(ui.available_width() * 0.6);
    for (n, id) in SectionId::ALL.into_iter().enumerate() {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let title = cx.i18n.t(&id.title_msg());
                let button = egui::Button::new(RichText::new(&titles[n]).size(LESSON_TEXT).strong())
                    .min_size(egui::vec2(button_width, theme::min_touch(ui)));
                let r = ui.add(button);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
                if r.clicked() {
                    cx.push(Command::Go(Screen::Section(id)));
                }
                ui.add(egui::Label::new(RichText::new(cx.i18n.t(&id.summary_msg())).color(p.weak_text)).wrap());
            });
        });
        ui.add_space(theme::space::ROW);
    }
}

/// Text size of the lesson buttons.
const LESSON_TEXT: f32 = theme::text::BUTTON;

/// The Today card: today's dose done or not (with time and site when done), the suggested
/// spot, and one main button that opens the site map with that spot chosen and the last dose
/// filled in.
fn today_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) -> bool {
    let p = theme::palette(ui);
    if !cx.policy.keeps_a_log() {
        return false;
    }
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        today_status_ui(ui, cx);
        let done = cx.session.dose_today(cx.now).is_some();
        if !done && let Some(s) = cx.suggestion {
            let zone = cx.i18n.t(&crate::i18n::ids::zone(s.zone));
            ui.add(
                egui::Label::new(
                    RichText::new(cx.i18n.t_args("today-suggested", &[("zone", zone.into())]))
                        .size(theme::text::STATUS),
                )
                .wrap(),
            );
        }
        ui.add_space(theme::space::STEP);
        let key = if done { "today-open-map" } else { "today-log" };
        let main = ui.add(
            egui::Button::new(RichText::new(cx.i18n.t(key)).size(theme::text::ACTION).strong())
                .fill(if done { p.card } else { p.accent_bg })
                .min_size(egui::vec2(theme::min_touch(ui) * 4.0, theme::min_touch(ui) * 1.25)),
        );
        if main.clicked() {
            cx.push(Command::Log(crate::app::LogCommand::StartToday));
        }
    });
    true
}

fn today_status_ui(ui: &mut egui::Ui, cx: &Cx<'_>) {
    let p = theme::palette(ui);
    let (done, text) = match cx.session.dose_today(cx.now) {
        Some(e) => (
            true,
            cx.i18n.t_args(
                "today-done",
                &[
                    (
                        "time",
                        cx.i18n.time(&e.at.with_time_zone(cx.now.time_zone().clone())).into(),
                    ),
                    ("zone", cx.i18n.t(&crate::i18n::ids::zone(e.zone)).into()),
                ],
            ),
        ),
        None => (false, cx.i18n.t("today-not-yet")),
    };
    ui.horizontal(|ui| {
        let (icon, color) = if done {
            (Icon::Tick, p.ok)
        } else {
            (Icon::Info, p.accent)
        };
        icon_ui(ui, icon, theme::icon::STATUS, color);
        ui.add(egui::Label::new(RichText::new(&text).size(theme::text::STATUS).color(color).strong()).wrap());
    });
}
