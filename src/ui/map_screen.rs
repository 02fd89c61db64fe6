//! The site map screen: both body views, the suggestion, the chosen spot with its warnings,
//! and the form that logs the dose.

use eframe::egui::{self, RichText};
use jiff::Timestamp;

use crate::app::LogCommand;
use crate::app::time_input::days_between;
use crate::app::{Command, Cx, Screen};
use crate::body_map::model::View;
use crate::body_map::view::{
    MapAction, MapModel, Marker, PastPoint, ZoneInfo, ZoneStatus, body_map_ui, map_scale, map_size,
    paint_legend_symbol, zone_zoom_ui,
};
use crate::log::model::{GivenBy, MarkKind};
use crate::rotation::{self, SuggestReason, Violation};

use super::theme::{self, map};
use super::widgets::{Icon, big_button_ui, callout_ui, icon_ui, main_button_ui, paragraph_ui, subheading_ui};

/// Whether a point from the log can be drawn (finite, and near the body).
fn drawable(p: crate::body_map::model::PointCm) -> bool {
    p.x.is_finite() && p.y.is_finite() && p.x.abs() < 1000.0 && p.y.abs() < 1000.0
}

/// A zone used within this many days is shown as resting (hatched).
pub const RECENT_DAYS: i64 = 3;

/// Builds what the map draws from the log, as of `now`.
#[must_use]
pub fn map_model(cx: &Cx<'_>) -> MapModel {
    let i18n = cx.i18n;
    let now = cx.now;
    let ts = now.timestamp();
    let log = cx.session.log();
    let zones = crate::body_map::model::Zone::ALL
        .into_iter()
        .map(|zone| {
            let last = rotation::zone_last_used(log, zone, ts);
            let (status, recency) = match last {
                _ if rotation::kept_away(log, zone, ts).is_some() => (ZoneStatus::KeptAway, i18n.t("zone-kept-away")),
                None => (ZoneStatus::Never, i18n.t("zone-never")),
                Some(e) => {
                    let days = days_between(&e.at, now);
                    let status = if days < RECENT_DAYS {
                        ZoneStatus::Resting
                    } else {
                        ZoneStatus::Ready
                    };
                    let text = if days <= 0 {
                        i18n.t("zone-today")
                    } else {
                        i18n.t_args("zone-days-ago", &[("days", days.into())])
                    };
                    (status, text)
                }
            };
            let label = i18n.t_args(
                "zone-label",
                &[
                    ("zone", i18n.t(&crate::i18n::ids::zone(zone)).into()),
                    ("recency", recency.into()),
                ],
            );
            ZoneInfo { zone, status, label }
        })
        .collect();
    let from = ts
        .checked_sub(jiff::SignedDuration::from_hours(24 * i64::from(cx.settings.map_days)))
        .unwrap_or(Timestamp::MIN);
    let start = log.entries.partition_point(|e| e.at.timestamp() < from);
    let points = log.entries[start..]
        .iter()
        // A hand-edited file may hold points that cannot be drawn; they are skipped, not fatal.
        .filter(|e| e.at.timestamp() <= ts && drawable(e.point))
        .map(|e| {
            let days = days_between(&e.at, now);
            PastPoint {
                zone: e.zone,
                point: e.point,
                age_days: days,
                // The area too: a screen reader lists the points apart from the areas.
                label: format!(
                    "{}: {}",
                    i18n.t(&crate::i18n::ids::zone(e.zone)),
                    i18n.t_args("point-age", &[("days", days.into())])
                ),
            }
        })
        .collect();
    let marks = rotation::active_marks(log, ts)
        .filter(|m| drawable(m.point))
        .map(|m| (m.zone, m.point))
        .collect();
    MapModel {
        zones,
        points,
        marks,
        suggestion: cx.suggestion.map(|s| {
            let label = format!(
                "{}: {}",
                i18n.t("suggest-title"),
                i18n.t(&crate::i18n::ids::zone(s.zone))
            );
            (s.zone, s.point, label)
        }),
        chosen: cx.choice.spot,
        chosen_breaks_rules: !cx.choice.violations.is_empty(),
        navel_label: i18n.t("map-navel-label"),
        name: i18n.t("map-title"),
        title: String::new(),
        side_letters: (i18n.t("map-side-left"), i18n.t("map-side-right")),
    }
}

/// The site map screen. It draws its own panes (the shell does not scroll it): the figure
/// keeps its size and place, worked out from the panel's size alone, while the side panel
/// (notices, suggestion, chosen spot, form) scrolls in its own pane. Wide: two panes side by
/// side. Narrow: the figure pinned above the scrolling form, or, on a very short window, all
/// in one scrolling page with the figure first (still the same size).
pub fn map_screen_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let mut model = map_model(cx);
    let full = ui.available_rect_before_wrap();
    let wide = full.width() >= map::WIDE_MIN_WIDTH;
    let mut action = None;
    let mut scale = 0.0;
    if wide {
        let map_width = full.width() - map::SIDE_PANEL_WIDTH - theme::GAP;
        let left = egui::Rect::from_min_size(full.min, egui::vec2(map_width, full.height()));
        let right = egui::Rect::from_min_max(egui::pos2(full.right() - map::SIDE_PANEL_WIDTH, full.top()), full.max);
        ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
            ui.heading(cx.i18n.t("map-title"));
            paragraph_ui(ui, &cx.i18n.t("map-help"));
            paragraph_ui(ui, &cx.i18n.t("map-sides-note"));
            let height = ui.max_rect().bottom() - ui.cursor().top() - map::PANE_BOTTOM_MARGIN;
            (action, scale) = maps_ui(ui, &mut model, cx, map_width, height);
        });
        ui.scope_builder(egui::UiBuilder::new().max_rect(right), |ui| {
            side_scroll(cx).show(ui, |ui| {
                super::notices::notices_ui(ui, cx);
                if let Some(a) = side_panel_ui(ui, cx, &model, scale) {
                    action = Some(a);
                }
                super::focus::keep_focused_in_view(ui);
            });
        });
    } else if full.height() >= map::PINNED_MIN_PANEL_HEIGHT {
        // The figure pinned at the top, a share of the panel's height; the rest scrolls.
        let map_height = (full.height() * map::PINNED_SHARE).max(map::MIN_HEIGHT);
        let top = egui::Rect::from_min_size(full.min, egui::vec2(full.width(), map_height));
        let rest = egui::Rect::from_min_max(egui::pos2(full.left(), top.bottom() + theme::GAP), full.max);
        ui.scope_builder(egui::UiBuilder::new().max_rect(top), |ui| {
            ui.heading(cx.i18n.t("map-title"));
            let height = ui.max_rect().bottom() - ui.cursor().top();
            (action, scale) = maps_ui(ui, &mut model, cx, full.width(), height);
        });
        ui.scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
            side_scroll(cx).show(ui, |ui| {
                super::notices::notices_ui(ui, cx);
                paragraph_ui(ui, &cx.i18n.t("map-help"));
                paragraph_ui(ui, &cx.i18n.t("map-sides-note"));
                if let Some(a) = side_panel_ui(ui, cx, &model, scale) {
                    action = Some(a);
                }
                super::focus::keep_focused_in_view(ui);
            });
        });
    } else {
        // Too short to pin anything: one page, the figure first at the panel's height.
        ui.scope_builder(egui::UiBuilder::new().max_rect(full), |ui| {
            side_scroll(cx).show(ui, |ui| {
                let heading = ui.heading(cx.i18n.t("map-title"));
                let height = full.height() - heading.rect.height() - ui.spacing().item_spacing.y;
                (action, scale) = maps_ui(ui, &mut model, cx, full.width(), height);
                super::notices::notices_ui(ui, cx);
                paragraph_ui(ui, &cx.i18n.t("map-help"));
                paragraph_ui(ui, &cx.i18n.t("map-sides-note"));
                if let Some(a) = side_panel_ui(ui, cx, &model, scale) {
                    action = Some(a);
                }
                super::focus::keep_focused_in_view(ui);
            });
        });
    }
    if let Some(a) = action {
        cx.push(Command::Log(match a {
            MapAction::Choose { zone, point } => LogCommand::Choose { zone, point },
            MapAction::ChooseInZone(z) => LogCommand::ChooseInZone(z),
            MapAction::ChooseSuggested => LogCommand::ChooseSuggested,
            MapAction::Miss(hit) => LogCommand::Miss(hit),
        }));
    }
}

/// The side pane's own scroll area (back at its top when the screen is opened).
fn side_scroll(cx: &Cx<'_>) -> egui::ScrollArea {
    let scroll = egui::ScrollArea::vertical()
        .id_salt("map-side")
        .auto_shrink([false, false]);
    if cx.nav.scroll_to_top {
        scroll.vertical_scroll_offset(0.0)
    } else {
        scroll
    }
}

/// Id under which the last frame's rectangle of each view is kept (for tests and the teach
/// summary): the figure's place on screen.
#[must_use]
pub fn map_rect_id(view: View) -> egui::Id {
    theme::app_id(match view {
        View::Front => "kineret-map-front-rect",
        View::Back => "kineret-map-back-rect",
    })
}

/// Both views side by side in `width` x `height`, centred.
/// Returns what the user did and the views' scale in points per centimetre.
fn maps_ui(ui: &mut egui::Ui, model: &mut MapModel, cx: &Cx<'_>, width: f32, height: f32) -> (Option<MapAction>, f32) {
    let mut action = None;
    let size = map_size((width - map::VIEW_GAP) / 2.0, height - map::TITLE_HEIGHT);
    ui.horizontal_top(|ui| {
        ui.add_space(((width - 2.0 * size.x - map::VIEW_GAP) / 2.0).max(0.0));
        for (view, key) in [(View::Front, "map-front"), (View::Back, "map-back")] {
            if view == View::Back {
                // Apart enough that the front view's L and the back view's L do not read as "L L".
                ui.add_space((map::VIEW_GAP - ui.spacing().item_spacing.x).max(0.0));
            }
            model.title = cx.i18n.t(key);
            let r = ui.push_id(("map-view", view), |ui| body_map_ui(ui, view, model, size));
            ui.ctx().data_mut(|d| d.insert_temp(map_rect_id(view), r.response.rect));
            if let Some(a) = r.inner {
                action = Some(a);
            }
        }
    });
    (action, map_scale(size))
}

fn period_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.i18n.t("period-label"));
        for days in [14_u32, 30, 90] {
            let text = cx.i18n.t_args("period-days", &[("days", days.into())]);
            if ui
                .add(
                    egui::Button::selectable(cx.settings.map_days == days, text)
                        .min_size(egui::vec2(theme::min_touch(ui) * 2.0, theme::min_touch(ui))),
                )
                .clicked()
            {
                cx.push(Command::SetMapDays(days));
            }
        }
    });
}

/// What every symbol on the map means, one per row so each line wraps inside the panel in
/// every language; each symbol is drawn by the same code as on the map.
fn legend_ui(ui: &mut egui::Ui, cx: &Cx<'_>) {
    let rest = cx.i18n.t_args("map-legend-rest", &[("days", RECENT_DAYS.into())]);
    for (marker, text) in [
        (Marker::ZoneNever, cx.i18n.t("map-legend-never")),
        (Marker::ZoneReady, cx.i18n.t("map-legend-ready")),
        (Marker::ZoneResting, rest),
        (Marker::ZoneKeptAway, cx.i18n.t("map-legend-kept-away")),
        (Marker::Injection, cx.i18n.t("map-legend-injection")),
        (Marker::Suggested, cx.i18n.t("map-legend-suggested")),
        (Marker::Chosen, cx.i18n.t("map-legend-chosen")),
        (Marker::ChosenBreaksRule, cx.i18n.t("map-legend-broken")),
        (Marker::Avoid, cx.i18n.t("map-legend-avoid")),
        (Marker::Navel, cx.i18n.t("map-legend-navel")),
    ] {
        symbol_row_ui(ui, marker, &text, false);
    }
}

/// A legend symbol and its words, which wrap beside it.
fn symbol_row_ui(ui: &mut egui::Ui, marker: Marker, text: &str, small: bool) {
    let p = theme::palette(ui);
    ui.horizontal_top(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(map::LEGEND_SWATCH), egui::Sense::hover());
        paint_legend_symbol(ui.painter(), rect, marker, &p);
        let text = if small {
            RichText::new(text).small()
        } else {
            RichText::new(text)
        };
        ui.add(egui::Label::new(text).wrap());
    });
}

/// Every zone's status in words, so nobody has to read it from colours.
fn zone_list_ui(ui: &mut egui::Ui, zones: &[ZoneInfo]) {
    // One row per area; a long line (French, German, big text) wraps inside the panel.
    for z in zones {
        let marker = match z.status {
            ZoneStatus::Never => Marker::ZoneNever,
            ZoneStatus::Ready => Marker::ZoneReady,
            ZoneStatus::Resting => Marker::ZoneResting,
            ZoneStatus::KeptAway => Marker::ZoneKeptAway,
        };
        symbol_row_ui(ui, marker, &z.label, true);
    }
}

fn side_panel_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, model: &MapModel, map_scale: f32) -> Option<MapAction> {
    let p = theme::palette(ui);
    // The suggestion.
    let suggestion = cx.suggestion.cloned();
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("suggest-title"));
        match &suggestion {
            Some(s) => {
                paragraph_ui(
                    ui,
                    &cx.i18n.t_args(
                        "suggest-zone",
                        &[("zone", cx.i18n.t(&crate::i18n::ids::zone(s.zone)).into())],
                    ),
                );
                let why = match s.reason {
                    SuggestReason::NeverUsed => "suggest-why-never",
                    SuggestReason::LeastRecent { .. } => "suggest-why-oldest",
                };
                ui.label(RichText::new(cx.i18n.t(why)).color(p.weak_text));
                if big_button_ui(ui, &cx.i18n.t("suggest-use")).clicked() {
                    cx.push(Command::Log(LogCommand::ChooseSuggested));
                }
            }
            None => {
                callout_ui(ui, Icon::Warning, p.warn, p.warn_bg, 2.0, |ui| {
                    paragraph_ui(ui, &cx.i18n.t("suggest-none"))
                });
            }
        }
    });
    ui.add_space(theme::GAP);
    let action = chosen_ui(ui, cx, model, map_scale);
    ui.add_space(theme::GAP);
    period_ui(ui, cx);
    zone_list_ui(ui, &model.zones);
    legend_ui(ui, cx);
    ui.add_space(theme::GAP);
    if !cx.policy.keeps_a_log() {
        return action;
    }
    // Rest days.
    let mut rest = cx.session.log().rest_days;
    let label = cx.i18n.t_args("rest-days", &[("days", rest.into())]);
    let r = ui.add(egui::Slider::new(&mut rest, 7..=28).show_value(false).text(&label));
    if r.changed() {
        cx.push(Command::Log(LogCommand::SetRestDays(rest)));
    }
    if cx.session.undo_id().is_some() && big_button_ui(ui, &cx.i18n.t("log-undo")).clicked() {
        cx.push(Command::Log(LogCommand::Undo));
    }
    if big_button_ui(ui, &cx.i18n.t("history-title")).clicked() {
        cx.push(Command::Go(Screen::History));
    }
    marks_ui(ui, cx);
    action
}

/// The chosen spot: its area enlarged (to place it to the centimetre), its warnings, and the
/// form that logs the dose.
fn chosen_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, model: &MapModel, map_scale: f32) -> Option<MapAction> {
    let p = theme::palette(ui);
    let mut action = None;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("chosen-title"));
        if let Some(miss) = cx.choice.miss {
            callout_ui(ui, Icon::Warning, p.warn, p.warn_bg, 2.0, |ui| {
                paragraph_ui(ui, &cx.i18n.t(miss))
            });
        }
        let Some((zone, point)) = cx.choice.spot else {
            paragraph_ui(ui, &cx.i18n.t("chosen-none"));
            return;
        };
        let zone_name = cx.i18n.t(&crate::i18n::ids::zone(zone));
        ui.label(
            RichText::new(cx.i18n.t_args("zoom-title", &[("zone", zone_name.clone().into())]))
                .strong()
                .size(theme::text::STATUS),
        );
        paragraph_ui(ui, &cx.i18n.t("zoom-help"));
        let label = cx.i18n.t_args("zoom-label", &[("zone", zone_name.into())]);
        let min_scale = map_scale * map::ZOOM_MIN_FACTOR;
        action = zone_zoom_ui(ui, model, zone, point, ui.available_width(), min_scale, &label);
        let violations = cx.choice.violations.clone();
        if violations.is_empty() {
            ui.horizontal(|ui| {
                super::widgets::icon_ui(ui, Icon::Tick, theme::icon::INLINE, p.ok);
                ui.label(RichText::new(cx.i18n.t("chosen-ok")).color(p.ok).strong());
            });
        } else {
            callout_ui(ui, Icon::Warning, p.warn, p.warn_bg, 3.0, |ui| {
                ui.label(
                    RichText::new(cx.i18n.t("warn-title"))
                        .strong()
                        .size(theme::text::STATUS)
                        .color(p.warn),
                );
                for v in &violations {
                    paragraph_ui(ui, &violation_text(cx, v));
                }
                paragraph_ui(ui, &cx.i18n.t("warn-anyway"));
            });
        }
        if cx.policy.keeps_a_log() {
            log_form_ui(ui, cx, !violations.is_empty());
        }
    });
    action
}

/// A rule broken, in plain words with the distance.
#[must_use]
pub fn violation_text(cx: &Cx<'_>, v: &Violation) -> String {
    let cm = |d: f32| cx.i18n.decimal(d);
    match v {
        Violation::NotInZone => cx.i18n.t("warn-outside"),
        Violation::KeptAway { .. } => cx.i18n.t("warn-kept-away"),
        Violation::InNavelCircle => cx.i18n.t("warn-navel"),
        Violation::TooClose { at, distance_cm, .. } => cx.i18n.t_args(
            "warn-too-close",
            &[
                ("distance", cm(*distance_cm).into()),
                ("date", cx.i18n.date_time(at).into()),
            ],
        ),
        Violation::NearMark { distance_cm, .. } => {
            cx.i18n.t_args("warn-mark", &[("distance", cm(*distance_cm).into())])
        }
    }
}

fn log_form_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, breaks_rules: bool) {
    let field_width = ui.available_width().min(theme::widget::FIELD_W);
    when_ui(ui, cx);
    let time_label = ui.label(cx.i18n.t("log-time-typed"));
    let time = ui
        .add(
            egui::TextEdit::singleline(&mut cx.forms.log.time_text)
                .hint_text(cx.i18n.t("log-now"))
                .desired_width(field_width),
        )
        .labelled_by(time_label.id);
    if time.changed() {
        cx.push(Command::Log(LogCommand::TimeEdited));
    }
    let dose_label = ui.label(cx.i18n.t("log-dose"));
    let dose = ui
        .add(egui::TextEdit::singleline(&mut cx.forms.log.dose).desired_width(field_width))
        .labelled_by(dose_label.id);
    if dose.changed() {
        cx.forms.log.dose_error = None;
    }
    // An empty dose is refused here, at the field, in words.
    if let Some(id) = cx.forms.log.dose_error {
        let p = theme::palette(ui);
        ui.horizontal(|ui| {
            icon_ui(ui, Icon::Warning, theme::icon::INLINE, p.warn);
            ui.add(egui::Label::new(RichText::new(cx.i18n.t(id)).color(p.warn).strong()).wrap());
        });
    }
    ui.label(cx.i18n.t("log-given-by"));
    ui.horizontal_wrapped(|ui| {
        for (g, key) in [
            (GivenBy::SelfInjected, "given-self"),
            (GivenBy::Carer, "given-carer"),
            (GivenBy::Nurse, "given-nurse"),
        ] {
            ui.radio_value(&mut cx.forms.log.given_by, g, cx.i18n.t(key));
        }
    });
    let note_label = ui.label(cx.i18n.t("log-note"));
    ui.add(egui::TextEdit::singleline(&mut cx.forms.log.note).desired_width(field_width))
        .labelled_by(note_label.id);
    if let Some(earlier) = cx
        .forms
        .log
        .confirm_second
        .and_then(|id| cx.session.log().entries.iter().find(|e| e.id == id))
    {
        second_dose_question_ui(ui, cx, &earlier.at.clone());
    } else {
        // Logging is the screen's main step; after a warning it is a plain button, so the
        // warning is not outshone by it.
        let save = if breaks_rules {
            big_button_ui(ui, &cx.i18n.t("log-save-anyway"))
        } else {
            main_button_ui(ui, &cx.i18n.t("log-save"))
        };
        if save.clicked() {
            cx.push(Command::Log(LogCommand::Save));
        }
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.i18n.t("mark-until"));
        // Plain buttons, not a drag-number field: 0 means until removed.
        for days in [7_u32, 14, 30, 0] {
            let text = if days == 0 {
                cx.i18n.t("mark-until-removed")
            } else {
                cx.i18n.t_args("period-days", &[("days", days.into())])
            };
            let touch = theme::min_touch(ui);
            let on = cx.forms.log.mark_days == days;
            let name = format!("{} {text}", cx.i18n.t("mark-until"));
            let r = ui.add(egui::Button::new(text).selected(on).min_size(egui::vec2(touch, touch)));
            r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
            if r.clicked() {
                cx.forms.log.mark_days = days;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.i18n.t("mark-avoid"));
        for kind in [MarkKind::Bruise, MarkKind::Scar, MarkKind::Reaction] {
            if ui
                .add(
                    egui::Button::new(cx.i18n.t(crate::i18n::ids::mark(kind)))
                        .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
                )
                .clicked()
            {
                let days = cx.forms.log.mark_days;
                cx.push(Command::Log(LogCommand::AddMark { kind, days }));
            }
        }
    });
    // A scar or a port: the whole area, not one spot.
    if let Some((zone, _)) = cx.choice.spot
        && rotation::kept_away(cx.session.log(), zone, cx.now.timestamp()).is_none()
    {
        let touch = theme::min_touch(ui);
        let text = cx.i18n.t("area-keep-away");
        let name = format!("{text}: {}", cx.i18n.t(&crate::i18n::ids::zone(zone)));
        let r = ui.add(egui::Button::new(&text).min_size(egui::vec2(touch, touch)));
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if r.clicked() {
            let days = cx.forms.log.mark_days;
            cx.push(Command::Log(LogCommand::KeepAwayArea { zone, days }));
        }
    }
}

/// When the dose was given, for people: "Now", "Earlier today" or "Yesterday", with an hour
/// and minute picker for the last two. They write the time field below, which also takes any
/// typed time (`YYYY-MM-DD HH:MM`).
fn when_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    use crate::app::time_input::{TIME_FIELD_FORMAT, parse_local_time};
    let today = cx.now.date();
    let yesterday = today.yesterday().unwrap_or(today);
    let typed = parse_local_time(&cx.forms.log.time_text, cx.now.time_zone());
    let text = cx.forms.log.time_text.trim().to_owned();
    let day = if text.is_empty() {
        Some(None)
    } else {
        typed.as_ref().and_then(|t| {
            let d = t.date();
            (d == today || d == yesterday).then_some(Some(d))
        })
    };
    let touch = theme::min_touch(ui);
    let mut set: Option<String> = None;
    ui.label(cx.i18n.t("log-time"));
    ui.horizontal_wrapped(|ui| {
        let earlier = cx
            .now
            .checked_sub(jiff::SignedDuration::from_hours(1))
            .unwrap_or_else(|_| cx.now.clone());
        for (label, choice) in [
            ("log-when-now", None),
            ("log-when-earlier", Some(today)),
            ("log-when-yesterday", Some(yesterday)),
        ] {
            let selected = day == Some(choice);
            let r =
                ui.add(egui::Button::selectable(selected, cx.i18n.t(label)).min_size(egui::vec2(touch * 2.0, touch)));
            if r.clicked() && !selected {
                set = Some(match choice {
                    None => String::new(),
                    Some(d) => {
                        // Keep the clock time already picked; else an hour ago (today) or
                        // this time of day (yesterday).
                        let clock = typed.as_ref().map_or_else(
                            || match (d == today, earlier.date() == today) {
                                (true, true) => earlier.time(),
                                (true, false) => jiff::civil::Time::midnight(),
                                (false, _) => cx.now.time(),
                            },
                            jiff::Zoned::time,
                        );
                        d.to_datetime(clock).strftime(TIME_FIELD_FORMAT).to_string()
                    }
                });
            }
        }
    });
    // The hour and minute of "earlier today" or "yesterday".
    if let (Some(Some(d)), Some(t)) = (day, typed.as_ref()) {
        let (mut hour, mut minute) = (t.hour(), t.minute());
        ui.horizontal_wrapped(|ui| {
            let h_label = ui.label(cx.i18n.t("log-when-hour"));
            let h = ui
                .add(egui::DragValue::new(&mut hour).range(0..=23).speed(0.1))
                .labelled_by(h_label.id);
            let m_label = ui.label(cx.i18n.t("log-when-minute"));
            let m = ui
                .add(egui::DragValue::new(&mut minute).range(0..=59).speed(0.2))
                .labelled_by(m_label.id);
            if h.changed() || m.changed() {
                let clock = jiff::civil::Time::new(hour, minute, 0, 0).unwrap_or(t.time());
                set = Some(d.to_datetime(clock).strftime(TIME_FIELD_FORMAT).to_string());
            }
        });
    }
    if let Some(text) = set {
        cx.forms.log.time_text = text;
        cx.push(Command::Log(LogCommand::TimeEdited));
    }
}

/// "You already logged a dose today at 08:10. Log another one?": a second dose that day is
/// never logged by one click.
fn second_dose_question_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, earlier: &jiff::Zoned) {
    let p = theme::palette(ui);
    let local = earlier.with_time_zone(cx.now.time_zone().clone());
    let time = cx.i18n.time(&local);
    let text = if local.date() == cx.now.date() {
        cx.i18n.t_args("log-second-today", &[("time", time.into())])
    } else {
        cx.i18n.t_args(
            "log-second-day",
            &[("date", cx.i18n.date(&local).into()), ("time", time.into())],
        )
    };
    callout_ui(ui, Icon::Warning, p.warn, p.warn_bg, 2.0, |ui| {
        ui.add(egui::Label::new(RichText::new(text).strong()).wrap());
        ui.add(egui::Label::new(cx.i18n.t("log-second-why")).wrap());
        ui.horizontal_wrapped(|ui| {
            if big_button_ui(ui, &cx.i18n.t("log-second-yes")).clicked() {
                cx.push(Command::Log(LogCommand::SaveSecond));
            }
            if big_button_ui(ui, &cx.i18n.t("log-second-no")).clicked() {
                cx.push(Command::Log(LogCommand::CancelSecond));
            }
        });
    });
}

/// The whole areas kept away from, each with a way to use it again.
fn area_marks_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let active: Vec<_> = rotation::active_area_marks(cx.session.log(), cx.now.timestamp())
        .cloned()
        .collect();
    if active.is_empty() {
        return;
    }
    subheading_ui(ui, &cx.i18n.t("areas-title"));
    for m in active {
        let zone = cx.i18n.t(&crate::i18n::ids::zone(m.zone));
        ui.horizontal_wrapped(|ui| {
            ui.label(&zone);
            let touch = theme::min_touch(ui);
            let r = ui.add(egui::Button::new(cx.i18n.t("area-use-again")).min_size(egui::vec2(touch, touch)));
            let name = cx.i18n.t_args("area-use-again-name", &[("zone", zone.clone().into())]);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.clicked() {
                cx.push(Command::Log(LogCommand::RemoveAreaMark(m.id)));
            }
        });
    }
}

fn marks_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    area_marks_ui(ui, cx);
    let active: Vec<_> = rotation::active_marks(cx.session.log(), cx.now.timestamp())
        .cloned()
        .collect();
    if active.is_empty() {
        return;
    }
    subheading_ui(ui, &cx.i18n.t("marks-title"));
    for m in active {
        ui.horizontal(|ui| {
            let what = format!(
                "{} — {}",
                cx.i18n.t(crate::i18n::ids::mark(m.kind)),
                cx.i18n.t(&crate::i18n::ids::zone(m.zone))
            );
            ui.label(&what);
            let text = cx.i18n.t("mark-remove");
            let r = ui.add(egui::Button::new(&text).min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))));
            // Named with the mark it removes: "Remove: Bruise — Left thigh", never one of
            // several plain "Remove" buttons.
            let name = format!("{text}: {what}");
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.clicked() {
                cx.push(Command::Log(LogCommand::RemoveMark(m.id)));
            }
        });
    }
}
