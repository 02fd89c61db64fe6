//! The site map screen: both body views, the suggestion, the chosen spot with its warnings,
//! and the form that logs the dose.

use eframe::egui::{self, RichText};
use jiff::Timestamp;

use crate::app::LogCommand;
use crate::app::time_input::days_between;
use crate::app::{Command, Cx, Screen};
use crate::body_map::model::View;
use crate::body_map::view::{MapAction, MapModel, PastPoint, ZoneInfo, ZoneStatus, body_map_ui, map_size};
use crate::log::model::{GivenBy, MarkKind};
use crate::rotation::{self, SuggestReason, Violation};

use super::theme::{self, map};
use super::widgets::{Icon, big_button_ui, callout_ui, icon_ui, paragraph_ui, subheading_ui};

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
                label: i18n.t_args("point-age", &[("days", days.into())]),
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
        navel_label: i18n.t("map-navel-label"),
        title: String::new(),
        side_letters: (i18n.t("map-side-left"), i18n.t("map-side-right")),
    }
}

pub fn map_screen_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let mut model = map_model(cx);
    let zones = model.zones.clone();
    ui.heading(cx.i18n.t("map-title"));
    paragraph_ui(ui, &cx.i18n.t("map-help"));
    paragraph_ui(ui, &cx.i18n.t("map-sides-note"));
    let wide = ui.available_width() > 900.0;
    // The side panel keeps a readable width; the map takes the rest.
    let map_width = if wide {
        ui.available_width() - SIDE_PANEL_WIDTH - 16.0
    } else {
        ui.available_width()
    };
    // Both views fit the window's height, so the whole body is seen without scrolling.
    let map_height = (ui.clip_rect().bottom() - ui.cursor().top() - 40.0).clamp(360.0, 1100.0);
    let mut action = None;
    let mut draw_maps = |ui: &mut egui::Ui, model: &mut MapModel, cx: &Cx<'_>| {
        ui.horizontal_top(|ui| {
            let size = map_size((map_width - 20.0) / 2.0, map_height);
            ui.add_space(((map_width - 2.0 * size.x - 20.0) / 2.0).max(0.0));
            for (view, key) in [(View::Front, "map-front"), (View::Back, "map-back")] {
                model.title = cx.i18n.t(key);
                ui.vertical(|ui| {
                    if let Some(a) = body_map_ui(ui, view, model, size) {
                        action = Some(a);
                    }
                });
            }
        });
    };
    if wide {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(map_width);
                draw_maps(ui, &mut model, cx);
            });
            ui.vertical(|ui| {
                ui.set_width(SIDE_PANEL_WIDTH);
                side_panel_ui(ui, cx, &zones);
            });
        });
    } else {
        draw_maps(ui, &mut model, cx);
        side_panel_ui(ui, cx, &zones);
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

fn legend_ui(ui: &mut egui::Ui, cx: &Cx<'_>) {
    let p = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        let item = |ui: &mut egui::Ui, color: egui::Color32, mark: &str, text: String| {
            ui.label(
                RichText::new(format!(" {mark} "))
                    .background_color(color)
                    .color(p.zone_stroke)
                    .strong(),
            );
            ui.label(text);
        };
        item(ui, p.zone_never, "···", cx.i18n.t("map-legend-never"));
        item(ui, p.zone_ready, "   ", cx.i18n.t("map-legend-ready"));
        item(
            ui,
            p.zone_rest,
            "///",
            cx.i18n.t_args("map-legend-rest", &[("days", RECENT_DAYS.into())]),
        );
        swatch_ui(ui, |painter, c| {
            painter.circle_stroke(
                c,
                map::LEGEND_RADIUS,
                egui::Stroke::new(map::SUGGESTION_STROKE, p.suggested),
            );
        });
        ui.label(cx.i18n.t("map-legend-suggested"));
        swatch_ui(ui, |painter, c| {
            painter.circle_stroke(c, map::LEGEND_RADIUS, egui::Stroke::new(map::NAVEL_STROKE, p.navel));
            let k = map::LEGEND_RADIUS * std::f32::consts::FRAC_1_SQRT_2;
            painter.line_segment(
                [c + egui::vec2(-k, -k), c + egui::vec2(k, k)],
                egui::Stroke::new(map::NAVEL_SLASH_STROKE, p.navel),
            );
        });
        ui.label(cx.i18n.t("map-legend-navel"));
    });
}

/// A small painted legend symbol (the same shapes the map uses).
fn swatch_ui(ui: &mut egui::Ui, paint: impl FnOnce(&egui::Painter, egui::Pos2)) {
    let (rect, _) = ui.allocate_exact_size(egui::Vec2::splat(map::LEGEND_SWATCH), egui::Sense::hover());
    paint(ui.painter(), rect.center());
}

/// Width of the column beside the map.
const SIDE_PANEL_WIDTH: f32 = 400.0;

/// Every zone's status in words, so nobody has to read it from colours.
fn zone_list_ui(ui: &mut egui::Ui, zones: &[ZoneInfo]) {
    let p = theme::palette(ui);
    ui.scope(|ui| {
        ui.spacing_mut().interact_size.y = 18.0;
        // One row per area; a long line (French, German, big text) wraps inside the panel.
        for z in zones {
            let (mark, color) = match z.status {
                ZoneStatus::Never => ("···", p.zone_never),
                ZoneStatus::Ready => ("   ", p.zone_ready),
                ZoneStatus::Resting => ("///", p.zone_rest),
            };
            ui.horizontal_top(|ui| {
                ui.label(
                    RichText::new(format!(" {mark} "))
                        .background_color(color)
                        .color(p.zone_stroke)
                        .strong(),
                );
                ui.add(egui::Label::new(RichText::new(&z.label).small()).wrap());
            });
        }
    });
}

fn side_panel_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, model_zones: &[ZoneInfo]) {
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
    chosen_ui(ui, cx);
    ui.add_space(theme::GAP);
    period_ui(ui, cx);
    zone_list_ui(ui, model_zones);
    legend_ui(ui, cx);
    ui.add_space(theme::GAP);
    if !cx.policy.keeps_a_log() {
        return;
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
}

fn chosen_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("chosen-title"));
        if let Some(miss) = cx.choice.miss {
            callout_ui(ui, Icon::Warning, p.warn, p.warn_bg, 2.0, |ui| {
                paragraph_ui(ui, &cx.i18n.t(miss))
            });
        }
        let Some((zone, _)) = cx.choice.spot else {
            paragraph_ui(ui, &cx.i18n.t("chosen-none"));
            return;
        };
        ui.label(
            RichText::new(cx.i18n.t(&crate::i18n::ids::zone(zone)))
                .strong()
                .size(theme::text::STATUS),
        );
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
}

/// A rule broken, in plain words with the distance.
#[must_use]
pub fn violation_text(cx: &Cx<'_>, v: &Violation) -> String {
    let cm = |d: f32| cx.i18n.decimal(d);
    match v {
        Violation::NotInZone => cx.i18n.t("warn-outside"),
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
        let key = if breaks_rules { "log-save-anyway" } else { "log-save" };
        if big_button_ui(ui, &cx.i18n.t(key)).clicked() {
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

fn marks_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let active: Vec<_> = rotation::active_marks(cx.session.log(), cx.now.timestamp())
        .cloned()
        .collect();
    if active.is_empty() {
        return;
    }
    subheading_ui(ui, &cx.i18n.t("marks-title"));
    for m in active {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} — {}",
                cx.i18n.t(crate::i18n::ids::mark(m.kind)),
                cx.i18n.t(&crate::i18n::ids::zone(m.zone))
            ));
            if ui
                .add(
                    egui::Button::new(cx.i18n.t("mark-remove"))
                        .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
                )
                .clicked()
            {
                cx.push(Command::Log(LogCommand::RemoveMark(m.id)));
            }
        });
    }
}
