//! One teaching section: key points first, then steps or help levels, details, and sources.

use eframe::egui::{self, RichText};

use crate::app::{Command, Cx, Screen};
use crate::content::{Block, BlockKind, Content, HelpLevel, Region, SectionId, Tag};

use super::pictures::picture_ui;
use super::theme;
use super::widgets::{Icon, big_button_ui, callout_ui, paragraph_ui, subheading_ui};

pub fn section_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, id: SectionId) {
    lesson_ui(ui, cx, id, true);
}

/// The lesson; `whole` adds its heading, key points and the way home. Teach mode shows those
/// itself (its topic screen has the title and the key points with the question) and keeps the
/// nurse in the session.
pub fn lesson_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, id: SectionId, whole: bool) {
    let content = cx.content;
    let Some(section) = content.section(id) else {
        ui.label(cx.i18n.t("nav-back-home"));
        return;
    };
    let p = theme::palette(ui);
    let region = cx.settings.region;
    theme::page_width_ui(ui);
    if whole {
        ui.heading(cx.i18n.t(&id.title_msg()));
    }
    ui.add(egui::Label::new(RichText::new(cx.i18n.t(&id.summary_msg())).color(p.weak_text)).wrap());
    ui.add_space(theme::GAP);
    if region.is_none() && section.has_region_blocks() {
        callout_ui(ui, Icon::Info, p.accent, p.card, 1.0, |ui| {
            paragraph_ui(ui, &cx.i18n.t("region-hidden"));
        });
        ui.add_space(theme::GAP);
    }
    let visible: Vec<Block> = section.visible(region).cloned().collect();

    let keys: Vec<&Block> = visible.iter().filter(|b| whole && b.kind == BlockKind::Key).collect();
    if !keys.is_empty() {
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            subheading_ui(ui, &cx.i18n.t("section-key-points"));
            for b in keys {
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("•").color(p.accent));
                    block_text_ui(ui, cx, b, b.tag(region));
                });
            }
        });
        ui.add_space(theme::GAP);
    }

    let steps: Vec<&Block> = visible
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Step(_)))
        .collect();
    if !steps.is_empty() {
        steps_ui(ui, cx, &steps);
        ui.add_space(theme::GAP);
    }

    for level in HelpLevel::ALL {
        let items: Vec<&Block> = visible.iter().filter(|b| b.kind == BlockKind::Help(level)).collect();
        let actions: Vec<&Block> = visible
            .iter()
            .filter(|b| b.kind == BlockKind::HelpAction(level))
            .collect();
        if !items.is_empty() {
            help_level_ui(ui, cx, region, level, &items, &actions);
            ui.add_space(theme::GAP);
        }
    }

    if id == SectionId::Sites {
        if big_button_ui(ui, &cx.i18n.t("sites-open-map")).clicked() {
            cx.push(Command::Go(Screen::BodyMap));
        }
        ui.add_space(theme::GAP);
    }

    let details: Vec<&Block> = visible.iter().filter(|b| b.kind == BlockKind::Detail).collect();
    if !details.is_empty() {
        subheading_ui(ui, &cx.i18n.t("section-details"));
        for b in details {
            block_text_ui(ui, cx, b, b.tag(region));
            ui.add_space(theme::space::ROW);
        }
        ui.add_space(theme::GAP);
    }

    ui.separator();
    ui.label(RichText::new(cx.i18n.t("section-sources")).strong());
    for key in section.sources(&content.sources, region) {
        ui.add(
            egui::Label::new(
                RichText::new(format!("• {}", cx.i18n.t(&Content::source_msg(key))))
                    .small()
                    .color(p.weak_text),
            )
            .wrap(),
        );
    }
    ui.add_space(theme::GAP);
    if whole && big_button_ui(ui, &format!("‹ {}", cx.i18n.t("nav-back-home"))).clicked() {
        cx.push(Command::Go(Screen::Home));
    }
}

/// A block's text, led by its tag ("[US leaflet]", "[EU leaflet]", "[App advice]") when it has one.
fn block_text_ui(ui: &mut egui::Ui, cx: &Cx<'_>, b: &Block, tag: Option<Tag>) {
    let p = theme::palette(ui);
    let body = egui::TextStyle::Body.resolve(ui.style());
    tagged_text_ui(ui, cx, &cx.i18n.t(&b.msg), tag, body, p.text);
}

/// Text in one font and colour, led by a smaller tag in the accent colour.
fn tagged_text_ui(
    ui: &mut egui::Ui,
    cx: &Cx<'_>,
    text: &str,
    tag: Option<Tag>,
    font_id: egui::FontId,
    color: egui::Color32,
) {
    let p = theme::palette(ui);
    let mut job = egui::text::LayoutJob::default();
    if let Some(tag) = tag {
        job.append(
            &format!("[{}] ", cx.i18n.t(tag.msg())),
            0.0,
            egui::TextFormat {
                font_id: egui::FontId::proportional(font_id.size * 0.8),
                color: p.accent,
                ..Default::default()
            },
        );
    }
    job.append(
        text,
        0.0,
        egui::TextFormat {
            font_id,
            color,
            ..Default::default()
        },
    );
    ui.add(egui::Label::new(job).wrap());
}

fn steps_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, steps: &[&Block]) {
    let total = steps.len();
    let n = cx.nav.step.min(total.saturating_sub(1));
    let Some(block) = steps.get(n) else { return };
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let label = cx
            .i18n
            .t_args("step-of", &[("number", (n + 1).into()), ("total", total.into())]);
        subheading_ui(ui, &label);
        ui.horizontal_wrapped(|ui| {
            if let BlockKind::Step(picture) = block.kind {
                picture_ui(ui, picture);
            }
            ui.vertical(|ui| {
                ui.set_max_width(ui.available_width().max(theme::widget::STEP_TEXT_MIN_W));
                ui.add(egui::Label::new(RichText::new(cx.i18n.t(&block.msg)).size(theme::text::STEP)).wrap());
            });
        });
        ui.add_space(theme::space::STEP);
        ui.horizontal(|ui| {
            let prev = ui.add_enabled(
                n > 0,
                egui::Button::new(format!("‹ {}", cx.i18n.t("step-previous")))
                    .min_size(egui::vec2(theme::min_touch(ui) * 3.0, theme::min_touch(ui))),
            );
            if prev.clicked() {
                cx.push(Command::ShowStep(n - 1));
            }
            let next = ui.add_enabled(
                n + 1 < total,
                egui::Button::new(format!("{} ›", cx.i18n.t("step-next")))
                    .min_size(egui::vec2(theme::min_touch(ui) * 3.0, theme::min_touch(ui))),
            );
            if next.clicked() {
                cx.push(Command::ShowStep(n + 1));
            }
        });
        ui.add_space(theme::space::ROW);
        // Progress dots: where you are among the steps.
        ui.horizontal_wrapped(|ui| {
            for i in 0..total {
                let p = theme::palette(ui);
                let text = if i == n {
                    RichText::new(format!("{}", i + 1)).strong().color(p.accent)
                } else {
                    RichText::new(format!("{}", i + 1)).color(p.weak_text)
                };
                let r = ui.add(
                    egui::Button::new(text)
                        .frame(i == n)
                        .min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui))),
                );
                let lbl = cx
                    .i18n
                    .t_args("step-of", &[("number", (i + 1).into()), ("total", total.into())]);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &lbl));
                if r.clicked() {
                    cx.push(Command::ShowStep(i));
                }
            }
        });
    });
}

fn help_level_ui(
    ui: &mut egui::Ui,
    cx: &Cx<'_>,
    region: Option<Region>,
    level: HelpLevel,
    items: &[&Block],
    actions: &[&Block],
) {
    let p = theme::palette(ui);
    let (icon, fg, bg, width) = match level {
        HelpLevel::Now => (Icon::Warning, p.emergency, p.emergency_bg, 4.0),
        HelpLevel::Soon => (Icon::Phone, p.soon, p.soon_bg, 2.0),
        HelpLevel::Before => (Icon::Clipboard, p.before, p.before_bg, 1.0),
    };
    callout_ui(ui, icon, fg, bg, width, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(cx.i18n.t(level.badge_msg()))
                    .strong()
                    .size(theme::text::BADGE)
                    .color(fg),
            );
            ui.label(
                RichText::new(cx.i18n.t(level.heading_msg()))
                    .strong()
                    .size(theme::text::ALERT_HEADING)
                    .color(fg),
            );
        });
        if let Some((intro, rest)) = items.split_first() {
            let intro_tag = intro.tag(region);
            block_text_ui(ui, cx, intro, intro_tag);
            for b in actions {
                let font = egui::FontId::proportional(theme::text::ACTION);
                tagged_text_ui(ui, cx, &cx.i18n.t(&b.msg), b.tag(region), font, fg);
            }
            for b in rest {
                // The introduction's tag covers the list under it.
                let tag = b.tag(region).filter(|t| Some(*t) != intro_tag);
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("•").strong().color(fg));
                    block_text_ui(ui, cx, b, tag);
                });
            }
        }
    });
}
