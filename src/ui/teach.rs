//! Teach mode's screens: the nurse's set-up, each topic with its teach-back question, the
//! return demonstration, the site plan and the summary. They read the session from [`Cx`] and
//! push [`TeachCommand`]s; the lessons themselves are the home screens' own
//! ([`super::section::section_ui`]).

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, Screen, TeachCommand};
use crate::body_map::model::{View, Zone};
use crate::body_map::view::{MapAction, MapModel, ZoneInfo, ZoneStatus, body_map_ui, map_size};
use crate::content::{Block, Region};
use crate::teach::{self, Indication, NoteTag, PlanMark, StepResult, SyringeUse, TOPICS, TopicResult};

use super::theme;
use super::widgets::{
    Icon, big_button_ui, callout_ui, destructive_button_ui, icon_ui, main_button_ui, paragraph_ui, subheading_ui,
};

/// A choice among several, as a button that shows whether it is chosen (and says so to a
/// screen reader), at the mode's touch size.
fn choice_ui(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    let p = theme::palette(ui);
    let mut label = RichText::new(text).size(theme::text::BUTTON);
    if selected {
        label = label.strong();
    }
    let r = ui.add(
        egui::Button::selectable(selected, label)
            .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui)))
            .stroke(egui::Stroke::new(1.0, if selected { p.accent } else { p.weak_text })),
    );
    r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, text));
    r
}

/// A labelled group of choices that wraps in the page.
fn question_ui(ui: &mut egui::Ui, label: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(theme::GAP);
    subheading_ui(ui, label);
    ui.horizontal_wrapped(add);
}

/// "Teach a patient" on the home screen (not in a kiosk).
pub fn teach_entry_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    if !cx.policy.can_teach() {
        return;
    }
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            if big_button_ui(ui, &cx.i18n.t("teach-home-button")).clicked() {
                cx.push(Command::Teach(TeachCommand::Open));
            }
            ui.add(egui::Label::new(cx.i18n.t("teach-home-text")).wrap());
        });
    });
}

pub fn setup_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
    ui.heading(cx.i18n.t("teach-setup-title"));
    ui.add(egui::Label::new(RichText::new(cx.i18n.t("teach-privacy")).color(p.weak_text)).wrap());
    let setup = cx.teach.setup().clone();

    question_ui(ui, &cx.i18n.t("teach-setup-region"), |ui| {
        for region in Region::ALL {
            if choice_ui(ui, setup.region == Some(region), &cx.i18n.t(region.msg())).clicked() {
                cx.push(Command::Teach(TeachCommand::SetRegion(region)));
            }
        }
    });
    question_ui(ui, &cx.i18n.t("teach-setup-language"), |ui| {
        for (code, name) in cx.i18n.choices() {
            if choice_ui(ui, code == cx.i18n.code(), &name).clicked() {
                cx.push(Command::SetLanguage(code));
            }
        }
    });
    if let Some(region) = setup.region {
        question_ui(ui, &cx.i18n.t("teach-setup-indication"), |ui| {
            for &i in Indication::for_region(region) {
                if choice_ui(ui, setup.indication == Some(i), &cx.i18n.t(i.msg())).clicked() {
                    cx.push(Command::Teach(TeachCommand::SetIndication(i)));
                }
            }
        });
    }
    ui.add_space(theme::GAP);
    let label = subheading_ui(ui, &cx.i18n.t("teach-setup-dose"));
    let field = ui.add(
        egui::TextEdit::singleline(&mut cx.teach_form.dose)
            .hint_text(cx.i18n.t("teach-setup-dose-hint"))
            .char_limit(teach::DOSE_MAX_CHARS + 10)
            .min_size(egui::vec2(theme::min_touch(ui) * 6.0, theme::min_touch(ui)))
            .desired_width(theme::min_touch(ui) * 8.0),
    );
    let field = field.labelled_by(label.id);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if let Some(err) = cx.teach_form.dose_error {
        ui.horizontal(|ui| {
            icon_ui(ui, Icon::Warning, theme::icon::STATUS, p.emergency);
            ui.add(egui::Label::new(RichText::new(cx.i18n.t(err)).color(p.emergency)).wrap());
        });
    }

    // Right under the dose: how much of a syringe it is (the demonstration follows it).
    question_ui(ui, &cx.i18n.t("teach-setup-syringe"), |ui| {
        for s in SyringeUse::ALL {
            if choice_ui(ui, setup.syringe == Some(s), &cx.i18n.t(s.msg())).clicked() {
                cx.push(Command::Teach(TeachCommand::SetSyringe(s)));
            }
        }
    });

    ui.add_space(theme::GAP);
    let chosen = setup.region.is_some() && setup.indication.is_some() && setup.syringe.is_some();
    // Greyed out until every choice is made (the line under it says what is missing); the
    // dose itself is checked when it is pressed, so its message shows at the field.
    let start = ui
        .add_enabled_ui(chosen, |ui| main_button_ui(ui, &cx.i18n.t("teach-setup-start")))
        .inner;
    if start.clicked() || (enter && chosen) {
        cx.push(Command::Teach(TeachCommand::Start));
    }
    if !chosen {
        ui.add(egui::Label::new(RichText::new(cx.i18n.t("teach-setup-missing")).color(p.weak_text)).wrap());
    }
}

/// The header of every teaching screen after the set-up: the dose as entered, and the way to
/// every topic, the demonstration, the plan and the summary.
fn session_bar_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    let pages = [
        (Screen::TeachDemo, "teach-demo-title"),
        (Screen::TeachPlan, "teach-plan-title"),
        (Screen::TeachSummary, "teach-summary-title"),
    ];
    // Seven numbered chips and three named buttons in one row when they fit; at big text or in
    // a narrow window, one menu instead, so the topic itself stays on screen.
    let touch = theme::min_touch(ui);
    let font = egui::FontId::proportional(theme::text::BUTTON);
    let words: f32 = pages
        .iter()
        .map(|(_, msg)| {
            ui.fonts_mut(|f| f.layout_no_wrap(cx.i18n.t(msg), font.clone(), p.text).size().x)
                + 2.0 * ui.spacing().button_padding.x
                + ui.spacing().item_spacing.x
        })
        .sum();
    let chips = TOPICS.len() as f32 * (touch + theme::icon::INLINE + 2.0 * ui.spacing().item_spacing.x);
    // Two rows of chips are fine; more would push the topic off a small screen.
    let compact = chips + words > 2.0 * ui.available_width();
    // The dose as entered, on every screen; at big text on a small screen only on the summary,
    // so the topic itself stays in view.
    if let Some(dose) = &cx.teach.setup().dose
        && (!compact || cx.nav.screen == Screen::TeachSummary)
    {
        ui.add(
            egui::Label::new(
                RichText::new(cx.i18n.t_args("teach-dose-shown", &[("dose", dose.as_str().into())])).color(p.weak_text),
            )
            .wrap(),
        );
    }
    if compact {
        session_menu_ui(ui, cx, &pages);
    } else {
        ui.horizontal_wrapped(|ui| {
            for n in 0..TOPICS.len() {
                topic_chip_ui(ui, cx, n);
            }
            for (screen, msg) in pages {
                if choice_ui(ui, cx.nav.screen == screen, &cx.i18n.t(msg)).clicked() {
                    cx.push(Command::Go(screen));
                }
            }
        });
    }
    ui.separator();
}

/// What a topic's result is, in words.
fn result_word(cx: &Cx<'_>, n: usize) -> String {
    cx.teach
        .topic(n)
        .and_then(|t| t.result)
        .map_or_else(|| cx.i18n.t("teach-result-none"), |r| cx.i18n.t(r.msg()))
}

/// Topic `n` as a numbered chip, its result drawn beside it and named for screen readers.
fn topic_chip_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, n: usize) {
    let p = theme::palette(ui);
    let here = cx.nav.screen == Screen::TeachTopic(n);
    let title = cx.i18n.t(&TOPICS[n].title_msg());
    // The number and its result stay together, a little apart from the next topic.
    let r = ui
        .horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = theme::space::ROW / 2.0;
            let r = choice_ui(ui, here, &(n + 1).to_string()).on_hover_text(&title);
            match cx.teach.topic(n).and_then(|t| t.result) {
                Some(TopicResult::Understood) => icon_ui(ui, Icon::Tick, theme::icon::INLINE, p.ok),
                Some(TopicResult::NeedsReview) => icon_ui(ui, Icon::Warning, theme::icon::INLINE, p.emergency),
                None => {}
            }
            r
        })
        .inner;
    let name = format!(
        "{}: {title}. {}",
        cx.i18n.t_args(
            "teach-topic-of",
            &[("n", (n + 1).into()), ("total", TOPICS.len().into())]
        ),
        result_word(cx, n)
    );
    r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, here, &name));
    if r.clicked() {
        cx.push(Command::Go(Screen::TeachTopic(n)));
    }
}

/// The session's pages in one menu (narrow windows, big text): every topic with its result,
/// the demonstration, the plan and the summary.
fn session_menu_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, pages: &[(Screen, &str)]) {
    let touch = theme::min_touch(ui);
    let button = egui::Button::new(RichText::new(cx.i18n.t("teach-overview")).size(theme::text::BUTTON))
        .min_size(egui::vec2(touch * 2.0, touch));
    let config =
        egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::from_button(button)
        .config(config)
        .ui(ui, |ui| {
            ui.set_max_width(ui.ctx().content_rect().width() * 0.9);
            let max_height = ui.ctx().content_rect().height() * 0.85;
            egui::ScrollArea::vertical().max_height(max_height).show(ui, |ui| {
                for (n, id) in TOPICS.into_iter().enumerate() {
                    let text = format!("{}. {}: {}", n + 1, cx.i18n.t(&id.title_msg()), result_word(cx, n));
                    let here = cx.nav.screen == Screen::TeachTopic(n);
                    if choice_ui(ui, here, &text).clicked() {
                        cx.push(Command::Go(Screen::TeachTopic(n)));
                        ui.close();
                    }
                }
                for (screen, msg) in pages {
                    if choice_ui(ui, cx.nav.screen == *screen, &cx.i18n.t(msg)).clicked() {
                        cx.push(Command::Go(*screen));
                        ui.close();
                    }
                }
            });
        });
}

/// At least this wide (points, after the text size), a topic shows its question beside the
/// lesson: a nurse at a wide screen sees both without scrolling.
const SIDE_BY_SIDE_MIN: f32 = 1100.0;

pub fn topic_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, n: usize) {
    let Some(&id) = TOPICS.get(n) else {
        return;
    };
    let p = theme::palette(ui);
    let page_top = ui.min_rect().top();
    let wide = ui.available_width() >= SIDE_BY_SIDE_MIN;
    if wide {
        ui.set_max_width(ui.available_width().min(theme::space::PAGE_MAX * 1.6));
    } else {
        theme::page_width_ui(ui);
    }
    session_bar_ui(ui, cx);
    let total = TOPICS.len();
    ui.label(
        RichText::new(
            cx.i18n
                .t_args("teach-topic-of", &[("n", (n + 1).into()), ("total", total.into())]),
        )
        .color(p.weak_text),
    );
    ui.heading(cx.i18n.t(&id.title_msg()));
    if wide {
        // The question and its buttons on the left; the lesson scrolls on its own on the right,
        // as high as the window allows, so the question stays in view while the nurse reads.
        let gap = 2.0 * theme::GAP;
        let column = (ui.available_width() - gap) / 2.0;
        let used = ui.cursor().top() - page_top;
        let lesson_height = (ui.clip_rect().height() - used - theme::GAP).max(theme::min_touch(ui) * 6.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(column);
                question_card_ui(ui, cx, n, id);
                topic_nav_ui(ui, cx, n);
            });
            ui.add_space(gap);
            ui.vertical(|ui| {
                ui.set_width(column);
                egui::ScrollArea::vertical()
                    .id_salt(("teach-lesson", n))
                    .max_height(lesson_height)
                    .auto_shrink([false, true])
                    .show(ui, |ui| super::section::lesson_ui(ui, cx, id, false));
            });
        });
    } else {
        question_card_ui(ui, cx, n, id);
        topic_nav_ui(ui, cx, n);
        ui.add_space(theme::GAP);
        ui.separator();
        // The lesson itself, as the patient would see it at home.
        super::section::lesson_ui(ui, cx, id, false);
    }
}

/// The teach-back question, the key points of a good answer, the result and the notes.
fn question_card_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, n: usize, id: crate::content::SectionId) {
    let p = theme::palette(ui);
    let region = cx.teach.setup().region;
    let record = cx.teach.topic(n).cloned().unwrap_or_default();
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("teach-question"));
        ui.horizontal_top(|ui| {
            icon_ui(ui, Icon::Info, theme::icon::STATUS, p.accent);
            ui.add(
                egui::Label::new(
                    RichText::new(cx.i18n.t(&teach::question_msg(id)))
                        .size(theme::text::LEAD)
                        .strong(),
                )
                .wrap(),
            );
        });
        ui.add_space(theme::space::ROW);
        subheading_ui(ui, &cx.i18n.t("teach-key-points"));
        if let Some(region) = region {
            for b in teach::key_points(cx.content, id, region) {
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("•").color(p.accent));
                    paragraph_ui(ui, &cx.i18n.t(&b.msg));
                });
            }
        }
        ui.add_space(theme::space::ROW);
        subheading_ui(ui, &cx.i18n.t("teach-result"));
        ui.horizontal_wrapped(|ui| {
            for r in TopicResult::ALL {
                let on = record.result == Some(r);
                if choice_ui(ui, on, &cx.i18n.t(r.msg())).clicked() {
                    // A second click on the chosen result takes it back.
                    cx.push(Command::Teach(TeachCommand::SetResult(n, (!on).then_some(r))));
                }
            }
        });
        ui.add_space(theme::space::ROW);
        subheading_ui(ui, &cx.i18n.t("teach-notes"));
        ui.horizontal_wrapped(|ui| {
            for note in NoteTag::ALL {
                let on = record.notes.contains(&note);
                if choice_ui(ui, on, &cx.i18n.t(note.msg())).clicked() {
                    cx.push(Command::Teach(TeachCommand::ToggleNote(n, note)));
                }
            }
        });
    });
}

/// "‹ Previous" and "Next ›" (the last topic leads to the demonstration).
fn topic_nav_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, n: usize) {
    let total = TOPICS.len();
    ui.add_space(theme::space::ROW);
    ui.horizontal_wrapped(|ui| {
        if n > 0 && big_button_ui(ui, &format!("‹ {}", cx.i18n.t("teach-prev"))).clicked() {
            cx.push(Command::Go(Screen::TeachTopic(n - 1)));
        }
        let next = if n + 1 < total {
            (Screen::TeachTopic(n + 1), format!("{} ›", cx.i18n.t("teach-next")))
        } else {
            (Screen::TeachDemo, format!("{} ›", cx.i18n.t("teach-demo-title")))
        };
        if main_button_ui(ui, &next.1).clicked() {
            cx.push(Command::Go(next.0));
        }
    });
}

pub fn demo_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
    session_bar_ui(ui, cx);
    ui.heading(cx.i18n.t("teach-demo-title"));
    paragraph_ui(ui, &cx.i18n.t("teach-demo-intro"));
    let Some(region) = cx.teach.setup().region else {
        return;
    };
    let list: Vec<(usize, Block)> = teach::checklist(cx.content, region, cx.teach.setup().syringe)
        .into_iter()
        .map(|(i, b)| (i, b.clone()))
        .collect();
    let shown = list
        .iter()
        .filter(|(i, _)| cx.teach.step(*i) == Some(StepResult::Shown))
        .count();
    ui.label(
        RichText::new(cx.i18n.t_args(
            "teach-demo-progress",
            &[("done", shown.into()), ("total", list.len().into())],
        ))
        .strong(),
    );
    ui.add_space(theme::space::ROW);
    // One row per step: the step's words, and its two buttons at the right. Where the words
    // would get too narrow (big text, a small window), the buttons go under them.
    let touch = theme::min_touch(ui);
    let font = egui::FontId::proportional(theme::text::BUTTON);
    let buttons_width: f32 = StepResult::ALL
        .iter()
        .map(|r| {
            let w = ui.fonts_mut(|f| f.layout_no_wrap(cx.i18n.t(r.msg()), font.clone(), p.text).size().x);
            (w + 2.0 * ui.spacing().button_padding.x).max(touch) + ui.spacing().item_spacing.x
        })
        .sum();
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let text_width = ui.available_width() - buttons_width - theme::GAP;
        let one_row = text_width >= touch * 6.0;
        for (n, (index, block)) in list.iter().enumerate() {
            if n > 0 {
                ui.separator();
            }
            let state = cx.teach.step(*index);
            let text = format!("{}. {}", n + 1, cx.i18n.t(&block.msg));
            let buttons = |ui: &mut egui::Ui, cx: &mut Cx<'_>| {
                for r in StepResult::ALL {
                    let on = state == Some(r);
                    let name = format!("{}: {}", cx.i18n.t(r.msg()), step_name(&text));
                    let resp = choice_ui(ui, on, &cx.i18n.t(r.msg()));
                    resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
                    if resp.clicked() {
                        cx.push(Command::Teach(TeachCommand::SetStep(*index, (!on).then_some(r))));
                    }
                }
            };
            if one_row {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui(egui::vec2(text_width, 0.0), |ui| {
                        ui.set_width(text_width);
                        ui.add(egui::Label::new(RichText::new(&text).color(p.text)).wrap());
                    });
                    ui.add_space(theme::GAP - ui.spacing().item_spacing.x);
                    buttons(ui, cx);
                });
            } else {
                ui.add(egui::Label::new(RichText::new(&text).color(p.text)).wrap());
                ui.horizontal_wrapped(|ui| buttons(ui, cx));
            }
        }
    });
    ui.add_space(theme::space::ROW);
    if main_button_ui(ui, &format!("{} ›", cx.i18n.t("teach-plan-title"))).clicked() {
        cx.push(Command::Go(Screen::TeachPlan));
    }
}

/// The start of a step's text, to tell a screen reader which step a button is for.
#[must_use]
pub fn step_name(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

pub fn plan_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    theme::page_width_ui(ui);
    session_bar_ui(ui, cx);
    ui.heading(cx.i18n.t("teach-plan-title"));
    paragraph_ui(ui, &cx.i18n.t("teach-plan-intro"));
    ui.add_space(theme::space::ROW);
    // The map beside the list on a wide screen, above it on a narrow one.
    let map_w = theme::min_touch(ui) * 12.0;
    if ui.available_width() >= map_w + theme::min_touch(ui) * 10.0 {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(map_w);
                plan_map_ui(ui, cx);
            });
            ui.vertical(|ui| plan_list_ui(ui, cx));
        });
    } else {
        plan_map_ui(ui, cx);
        ui.add_space(theme::space::ROW);
        plan_list_ui(ui, cx);
    }
    if main_button_ui(ui, &format!("{} ›", cx.i18n.t("teach-summary-title"))).clicked() {
        cx.push(Command::Go(Screen::TeachSummary));
    }
}

/// Every area with its three choices, named for screen readers ("Left thigh, front: Use").
fn plan_list_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    for zone in Zone::ALL {
        let current = cx.teach.plan(zone);
        let name = cx.i18n.t(&crate::i18n::ids::zone(zone));
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Label::new(RichText::new(&name).strong()));
                let options = [
                    (Some(PlanMark::Use), "teach-plan-use"),
                    (Some(PlanMark::Avoid), "teach-plan-avoid"),
                    (None, "teach-plan-clear"),
                ];
                for (mark, msg) in options {
                    let on = current == mark;
                    let text = cx.i18n.t(msg);
                    let r = choice_ui(ui, on, &text);
                    let label = format!("{name}: {text}");
                    r.widget_info(|| egui::WidgetInfo::selected(egui::Role::RadioButton, true, on, &label));
                    if r.clicked() && !on {
                        cx.push(Command::Teach(TeachCommand::SetPlan(zone, mark)));
                    }
                }
            });
        });
        ui.add_space(theme::space::ROW);
    }
}

/// The plan on the body map: a tap on an area moves it on (not decided, use, keep away). The
/// map's own colours show use as ready and keep-away as resting (hatched); each area's name
/// says the plan in words.
fn plan_map_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let zones = Zone::ALL
        .into_iter()
        .map(|zone| {
            let plan = cx.teach.plan(zone);
            let status = match plan {
                Some(PlanMark::Use) => ZoneStatus::Ready,
                Some(PlanMark::Avoid) => ZoneStatus::KeptAway,
                None => ZoneStatus::Never,
            };
            let word = cx.i18n.t(plan.map_or("teach-plan-clear", PlanMark::msg));
            // Named as what a tap does, so it is not read as one more of the list's choices.
            let label = cx.i18n.t_args(
                "teach-plan-map-area",
                &[
                    ("area", cx.i18n.t(&crate::i18n::ids::zone(zone)).into()),
                    ("plan", word.into()),
                ],
            );
            ZoneInfo { zone, status, label }
        })
        .collect();
    let mut model = MapModel {
        zones,
        navel_label: cx.i18n.t("map-navel-label"),
        name: cx.i18n.t("teach-plan-title"),
        side_letters: (cx.i18n.t("map-side-left"), cx.i18n.t("map-side-right")),
        ..MapModel::default()
    };
    let width = ui.available_width().min(theme::min_touch(ui) * 12.0);
    let size = map_size((width - 20.0) / 2.0, theme::min_touch(ui) * 11.0);
    let mut tapped = None;
    ui.horizontal_top(|ui| {
        for (view, key) in [(View::Front, "map-front"), (View::Back, "map-back")] {
            model.title = cx.i18n.t(key);
            ui.vertical(|ui| {
                if let Some(MapAction::Choose { zone, .. } | MapAction::ChooseInZone(zone)) =
                    body_map_ui(ui, view, &model, size)
                {
                    tapped = Some(zone);
                }
            });
        }
    });
    if let Some(zone) = tapped {
        let next = match cx.teach.plan(zone) {
            None => Some(PlanMark::Use),
            Some(PlanMark::Use) => Some(PlanMark::Avoid),
            Some(PlanMark::Avoid) => None,
        };
        cx.push(Command::Teach(TeachCommand::SetPlan(zone, next)));
    }
    let p = theme::palette(ui);
    ui.add(egui::Label::new(RichText::new(cx.i18n.t("teach-plan-legend")).color(p.weak_text)).wrap());
}

pub fn summary_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
    session_bar_ui(ui, cx);
    ui.heading(cx.i18n.t("teach-summary-title"));
    let summary = cx.teach.summary(cx.content);
    let setup = &summary.setup;
    let mut facts = vec![
        cx.i18n
            .t_args("teach-summary-date", &[("date", cx.i18n.date(cx.now).into())]),
    ];
    if let Some(r) = setup.region {
        facts.push(
            cx.i18n
                .t_args("teach-summary-region", &[("region", cx.i18n.t(r.msg()).into())]),
        );
    }
    if let Some(i) = setup.indication {
        facts.push(
            cx.i18n
                .t_args("teach-summary-indication", &[("indication", cx.i18n.t(i.msg()).into())]),
        );
    }
    paragraph_ui(ui, &facts.join(" · "));
    // What the nurse came here for, first: save the summary, or finish.
    ui.horizontal_wrapped(|ui| {
        if cx.policy.can_export() && main_button_ui(ui, &cx.i18n.t("teach-summary-save")).clicked() {
            cx.push(Command::Teach(TeachCommand::SaveSummary));
        }
        if big_button_ui(ui, &cx.i18n.t("teach-finish")).clicked() {
            cx.push(Command::Teach(TeachCommand::Finish));
        }
    });
    if cx.teach_form.confirm_finish {
        ui.add_space(theme::space::ROW);
        callout_ui(ui, Icon::Warning, p.emergency, p.card, 2.0, |ui| {
            paragraph_ui(ui, &cx.i18n.t("teach-finish-ask"));
            ui.horizontal_wrapped(|ui| {
                if big_button_ui(ui, &cx.i18n.t("teach-finish-no")).clicked() {
                    cx.push(Command::Teach(TeachCommand::KeepWorking));
                }
                if destructive_button_ui(ui, &cx.i18n.t("teach-finish-yes")).clicked() {
                    cx.push(Command::Teach(TeachCommand::FinishConfirmed));
                }
            });
        });
    }
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(cx.i18n.t_args(
            "teach-progress",
            &[("done", cx.teach.topics_done().into()), ("total", TOPICS.len().into())],
        ))
        .strong(),
    );
    ui.add_space(theme::space::ROW);
    for (n, t) in summary.topics.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let (icon, colour, word) = match t.result {
                Some(TopicResult::Understood) => (Icon::Tick, p.ok, cx.i18n.t(TopicResult::Understood.msg())),
                Some(TopicResult::NeedsReview) => {
                    (Icon::Warning, p.emergency, cx.i18n.t(TopicResult::NeedsReview.msg()))
                }
                None => (Icon::Info, p.weak_text, cx.i18n.t("teach-result-none")),
            };
            icon_ui(ui, icon, theme::icon::STATUS, colour);
            let title = format!("{}. {}", n + 1, cx.i18n.t(&t.id.title_msg()));
            let r = ui.add(egui::Button::new(RichText::new(&title)).min_size(egui::vec2(0.0, theme::min_touch(ui))));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{title}: {word}")));
            if r.clicked() {
                cx.push(Command::Go(Screen::TeachTopic(n)));
            }
            ui.label(RichText::new(&word).color(colour).strong());
            if !t.notes.is_empty() {
                let notes: Vec<String> = t.notes.iter().map(|n| cx.i18n.t(n.msg())).collect();
                ui.add(egui::Label::new(RichText::new(notes.join(", ")).color(p.weak_text)).wrap());
            }
        });
    }
    ui.add_space(theme::space::ROW);
    paragraph_ui(
        ui,
        &cx.i18n.t_args(
            "teach-summary-steps",
            &[
                ("shown", summary.steps_shown.into()),
                ("total", summary.steps_total.into()),
            ],
        ),
    );
    if !summary.practice.is_empty() {
        subheading_ui(ui, &cx.i18n.t("teach-summary-practice"));
        for b in &summary.practice {
            ui.horizontal_top(|ui| {
                ui.label(RichText::new("•").color(p.emergency));
                paragraph_ui(ui, &cx.i18n.t(&b.msg));
            });
        }
    }
    subheading_ui(ui, &cx.i18n.t("teach-summary-plan"));
    if summary.plan.is_empty() {
        paragraph_ui(ui, &cx.i18n.t("teach-summary-plan-none"));
    }
    for mark in PlanMark::ALL {
        let zones: Vec<String> = summary
            .plan
            .iter()
            .filter(|(_, m)| *m == mark)
            .map(|(z, _)| cx.i18n.t(&crate::i18n::ids::zone(*z)))
            .collect();
        if !zones.is_empty() {
            paragraph_ui(ui, &format!("{}: {}", cx.i18n.t(mark.msg()), zones.join(", ")));
        }
    }
    plan_to_log_ui(ui, cx, &summary.plan);
}

/// At home (the app is the patient's own): put the areas to keep away from into the patient's
/// log, so the site map never suggests them. A nurse's laptop and a kiosk keep no log.
fn plan_to_log_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, plan: &[(Zone, PlanMark)]) {
    if !cx.policy.keeps_a_log() {
        return;
    }
    let now = cx.now.timestamp();
    let avoid: Vec<Zone> = plan
        .iter()
        .filter(|(_, m)| *m == PlanMark::Avoid)
        .map(|(z, _)| *z)
        .collect();
    if avoid.is_empty() {
        return;
    }
    let log = cx.session.log();
    if avoid.iter().all(|z| crate::rotation::kept_away(log, *z, now).is_some()) {
        let p = theme::palette(ui);
        ui.horizontal_top(|ui| {
            icon_ui(ui, Icon::Tick, theme::icon::INLINE, p.ok);
            paragraph_ui(ui, &cx.i18n.t("teach-plan-in-log"));
        });
    } else if big_button_ui(ui, &cx.i18n.t("teach-plan-save-log")).clicked() {
        cx.push(Command::Teach(TeachCommand::SavePlanToLog));
    }
}

/// "Close the app? The summary is not saved." over everything, when the window was asked to
/// close in the middle of a session.
pub fn close_question_ui(ctx: &egui::Context, cx: &mut Cx<'_>) {
    if !cx.teach_form.confirm_close {
        return;
    }
    let mut answer = None;
    let modal = egui::Modal::new(theme::app_id("teach-close")).show(ctx, |ui| {
        ui.set_max_width(theme::min_touch(ui) * 12.0);
        let question = cx.i18n.t("teach-close-ask");
        super::widgets::name_dialog_ui(ui, &question);
        paragraph_ui(ui, &question);
        ui.add_space(theme::space::ROW);
        ui.horizontal_wrapped(|ui| {
            if main_button_ui(ui, &cx.i18n.t("teach-finish-no")).clicked() {
                answer = Some(TeachCommand::KeepWorking);
            }
            if destructive_button_ui(ui, &cx.i18n.t("teach-close-yes")).clicked() {
                answer = Some(TeachCommand::CloseAnyway);
            }
        });
    });
    // Escape or a click beside the question means "keep working": nothing is lost.
    if answer.is_none() && modal.should_close() {
        answer = Some(TeachCommand::KeepWorking);
    }
    if let Some(a) = answer {
        cx.push(Command::Teach(a));
    }
}
