//! Teach mode's screens: the nurse's set-up, each topic with its teach-back question, the
//! return demonstration, the site plan and the summary. They read the session from [`Cx`] and
//! push [`TeachCommand`]s; the lessons themselves are the home screens' own
//! ([`super::section::section_ui`]).

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, Screen, TeachCommand};
use crate::body_map::model::Zone;
use crate::content::{Block, Region};
use crate::teach::{self, Indication, NoteTag, PlanMark, StepResult, SyringeUse, TOPICS, TopicResult};

use super::theme;
use super::widgets::{Icon, big_button_ui, callout_ui, icon_ui, paragraph_ui, subheading_ui};

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

/// The main button of a screen: filled with the accent colour.
fn main_button_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let p = theme::palette(ui);
    ui.add(
        egui::Button::new(RichText::new(text).size(theme::text::ACTION).strong())
            .fill(p.accent_bg)
            .min_size(egui::vec2(theme::min_touch(ui) * 4.0, theme::min_touch(ui) * 1.25)),
    )
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
    question_ui(ui, &cx.i18n.t("teach-setup-syringe"), |ui| {
        for s in SyringeUse::ALL {
            if choice_ui(ui, setup.syringe == Some(s), &cx.i18n.t(s.msg())).clicked() {
                cx.push(Command::Teach(TeachCommand::SetSyringe(s)));
            }
        }
    });

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

    ui.add_space(theme::GAP);
    if main_button_ui(ui, &cx.i18n.t("teach-setup-start")).clicked() || enter {
        cx.push(Command::Teach(TeachCommand::Start));
    }
    let chosen = setup.region.is_some() && setup.indication.is_some() && setup.syringe.is_some();
    if !chosen {
        ui.add(egui::Label::new(RichText::new(cx.i18n.t("teach-setup-missing")).color(p.weak_text)).wrap());
    }
}

/// The header of every teaching screen after the set-up: the dose as entered, and the way to
/// every topic, the demonstration, the plan and the summary.
fn session_bar_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    if let Some(dose) = &cx.teach.setup().dose {
        ui.add(
            egui::Label::new(
                RichText::new(cx.i18n.t_args("teach-dose-shown", &[("dose", dose.as_str().into())])).color(p.weak_text),
            )
            .wrap(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        for (n, id) in TOPICS.into_iter().enumerate() {
            let here = cx.nav.screen == Screen::TeachTopic(n);
            let title = cx.i18n.t(&id.title_msg());
            let r = choice_ui(ui, here, &(n + 1).to_string()).on_hover_text(&title);
            // The result beside the number, drawn (the name below says it in words).
            match cx.teach.topic(n).and_then(|t| t.result) {
                Some(TopicResult::Understood) => icon_ui(ui, Icon::Tick, theme::icon::INLINE, p.ok),
                Some(TopicResult::NeedsReview) => icon_ui(ui, Icon::Warning, theme::icon::INLINE, p.emergency),
                None => {}
            }
            let result = cx
                .teach
                .topic(n)
                .and_then(|t| t.result)
                .map_or_else(|| cx.i18n.t("teach-result-none"), |r| cx.i18n.t(r.msg()));
            let name = format!(
                "{}: {title}. {result}",
                cx.i18n.t_args(
                    "teach-topic-of",
                    &[("n", (n + 1).into()), ("total", TOPICS.len().into())]
                )
            );
            r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, here, &name));
            if r.clicked() {
                cx.push(Command::Go(Screen::TeachTopic(n)));
            }
        }
        for (screen, msg) in [
            (Screen::TeachDemo, "teach-demo-title"),
            (Screen::TeachPlan, "teach-plan-title"),
            (Screen::TeachSummary, "teach-summary-title"),
        ] {
            if choice_ui(ui, cx.nav.screen == screen, &cx.i18n.t(msg)).clicked() {
                cx.push(Command::Go(screen));
            }
        }
    });
    ui.separator();
}

pub fn topic_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, n: usize) {
    let Some(&id) = TOPICS.get(n) else {
        return;
    };
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
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
    let region = cx.teach.setup().region;
    let record = cx.teach.topic(n).cloned().unwrap_or_default();

    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("teach-question"));
        ui.horizontal_top(|ui| {
            icon_ui(ui, Icon::Info, theme::icon::STATUS, p.accent);
            ui.add(
                egui::Label::new(
                    RichText::new(cx.i18n.t(&teach::question_msg(id, region)))
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
    ui.add_space(theme::GAP);
    ui.separator();
    // The lesson itself, as the patient would see it at home.
    super::section::section_ui(ui, cx, id);
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
    for (n, (index, block)) in list.iter().enumerate() {
        let state = cx.teach.step(*index);
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let text = format!("{}. {}", n + 1, cx.i18n.t(&block.msg));
            ui.add(egui::Label::new(RichText::new(&text).color(p.text)).wrap());
            ui.horizontal_wrapped(|ui| {
                for r in StepResult::ALL {
                    let on = state == Some(r);
                    let name = format!("{}: {}", cx.i18n.t(r.msg()), step_name(&text));
                    let resp = choice_ui(ui, on, &cx.i18n.t(r.msg()));
                    resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
                    if resp.clicked() {
                        cx.push(Command::Teach(TeachCommand::SetStep(*index, (!on).then_some(r))));
                    }
                }
            });
        });
        ui.add_space(theme::space::ROW);
    }
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
    if main_button_ui(ui, &format!("{} ›", cx.i18n.t("teach-summary-title"))).clicked() {
        cx.push(Command::Go(Screen::TeachSummary));
    }
}

pub fn summary_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    theme::page_width_ui(ui);
    session_bar_ui(ui, cx);
    ui.heading(cx.i18n.t("teach-summary-title"));
    let summary = cx.teach.summary(cx.content);
    let setup = &summary.setup;
    let mut facts = Vec::new();
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

    ui.add_space(theme::GAP);
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
                if big_button_ui(ui, &cx.i18n.t("teach-finish-yes")).clicked() {
                    cx.push(Command::Teach(TeachCommand::FinishConfirmed));
                }
            });
        });
    }
}
