//! The one-page summary of a bedside teaching session, in the patient's language: the date,
//! leaflet region, indication, the dose as the nurse entered it, each topic's result, what to go
//! over again, the steps to practise, the site plan as a picture, the emergency number and the
//! fever rule, and where each fact comes from.
//!
//! It prints on A4 and on US Letter alike: US summaries are Letter pages and EU ones A4, and
//! everything is laid out inside the part both papers share (210 × 279.4 mm), centred. Every
//! word comes from the translator or the session; nothing else is printed. This module only
//! draws: it never imports egui, writes files or panics on any session.

use jiff::Zoned;

use super::canvas::{BLACK, Canvas, Colour, Document, GREY, LETTER_H, PAGE_W, Paper, RULE, wrap};
use super::figure::{ZONE_FILL, ZoneStyle, draw_front_and_back_styled, figure_width};
use crate::body_map::model::Zone;
use crate::content::{Block, Content, Region, SectionId};
use crate::i18n::I18n;
use crate::teach::{PlanMark, Summary, SyringeUse, TopicResult};

/// Margins of the shared printable box, in mm.
const SIDE: f32 = 15.0;
const TOP: f32 = 13.0;
/// Text must end above this line (the shared box's height less the footer).
const BOTTOM: f32 = LETTER_H - 20.0;
/// Width of the shared box's text.
const TEXT_W: f32 = PAGE_W - 2.0 * SIDE;
const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const HEAD: f32 = 11.5;
const TITLE: f32 = 16.0;
/// Line height per point of text size, in mm.
const LEADING: f32 = 0.45;

/// Fill of an area the patient will use: the figure's own zone blue, as "ready" on the screen.
pub const PLAN_USE: Colour = ZONE_FILL;
/// Fill of an area to avoid; it is also crossed out, so it reads on a black-and-white print.
pub const PLAN_AVOID: Colour = (0.93, 0.55, 0.50);
/// Fill of an area not decided: plain light grey, never a colour that could read as "use".
pub const PLAN_UNDECIDED: Colour = (0.93, 0.93, 0.93);
/// The cross over an area to avoid.
const AVOID_CROSS: Colour = (0.55, 0.05, 0.05);
/// Medical text is never cut: this many lines is more than any text of the app needs.
const ALL_LINES: usize = 40;
const EMERGENCY: Colour = (0.70, 0.05, 0.05);
const FIGURE_H: f32 = 54.0;

/// How an area of the site plan is drawn, on the figure and in its legend.
fn zone_style(mark: Option<PlanMark>) -> ZoneStyle {
    match mark {
        Some(PlanMark::Use) => ZoneStyle {
            fill: PLAN_USE,
            crossed: None,
        },
        Some(PlanMark::Avoid) => ZoneStyle {
            fill: PLAN_AVOID,
            crossed: Some(AVOID_CROSS),
        },
        None => ZoneStyle {
            fill: PLAN_UNDECIDED,
            crossed: None,
        },
    }
}

/// Which paper a region prints on.
#[must_use]
pub fn paper_for(region: Option<Region>) -> Paper {
    match region {
        Some(Region::Us) => Paper::Letter,
        _ => Paper::A4,
    }
}

/// Writes lines down the shared box, starting a new page when one is full.
struct Writer<'d> {
    doc: &'d Document,
    paper: Paper,
    /// Left edge of the shared box on this paper.
    x0: f32,
    y: f32,
    page: Canvas<'d>,
    done: Vec<Canvas<'d>>,
}

impl<'d> Writer<'d> {
    fn new(doc: &'d Document, paper: Paper) -> Self {
        Self {
            doc,
            paper,
            x0: (paper.size().0 - PAGE_W) / 2.0 + SIDE,
            y: TOP,
            page: doc.page_on(paper),
            done: Vec::new(),
        }
    }

    fn ensure_room(&mut self, mm: f32) {
        if self.y + mm > BOTTOM {
            let full = std::mem::replace(&mut self.page, self.doc.page_on(self.paper));
            self.done.push(full);
            self.y = TOP;
        }
    }

    /// A wrapped paragraph at `indent` mm, at most `max_lines` lines.
    fn para(&mut self, text: &str, size: f32, colour: Colour, indent: f32, max_lines: usize) {
        let lines = wrap(self.doc.fonts(), text, size, TEXT_W - indent, max_lines);
        for line in lines {
            let h = size * LEADING;
            self.ensure_room(h);
            self.y += h;
            self.page.text(self.x0 + indent, self.y, size, colour, &line);
        }
    }

    fn heading(&mut self, text: &str) {
        // A heading never sits alone at the bottom of a page.
        self.ensure_room(HEAD * LEADING + 3.0 * BODY * LEADING);
        self.y += 2.5;
        self.para(text, HEAD, BLACK, 0.0, 2);
        self.y += 0.8;
    }

    fn rule(&mut self) {
        self.y += 1.5;
        self.page.hline(self.x0, self.x0 + TEXT_W, self.y, RULE, 0.3);
    }

    fn finish(mut self, footer: &str) -> Vec<super::canvas::Page> {
        self.done.push(self.page);
        let count = self.done.len();
        let x0 = self.x0;
        self.done
            .into_iter()
            .enumerate()
            .map(|(i, mut page)| {
                let y = LETTER_H - 14.0;
                page.hline(x0, x0 + TEXT_W, y - 4.0, RULE, 0.3);
                page.text(x0, y, SMALL, GREY, footer);
                if count > 1 {
                    let n = format!("{}/{count}", i + 1);
                    let w = page.fonts().width(&n, SMALL);
                    page.text(x0 + TEXT_W - w, y, SMALL, GREY, &n);
                }
                page.finish()
            })
            .collect()
    }
}

/// The content block with message id `msg`, if the content has it.
fn block<'c>(content: &'c Content, section: SectionId, msg: &str) -> Option<&'c Block> {
    content.section(section)?.blocks.iter().find(|b| b.msg == msg)
}

/// The summary as PDF bytes, dated `now`, in the translator's language.
#[must_use]
pub fn teach_summary_pdf(summary: &Summary<'_>, content: &Content, now: &Zoned, tr: &I18n) -> Vec<u8> {
    let setup = &summary.setup;
    let region = setup.region;
    let title = tr.t("teach-summary-heading");
    let doc = Document::new(&title);
    let mut w = Writer::new(&doc, paper_for(region));
    // Sources are numbered in the order they are first cited; each printed fact ends with
    // its numbers ("[1, 3]") and the list at the end says what each number is.
    let mut sources: Vec<String> = Vec::new();
    let mut cite = |b: &Block| -> String {
        let mut numbers = Vec::new();
        for key in b.sources_for(region) {
            let n = if let Some(i) = sources.iter().position(|k| k == key) {
                i + 1
            } else {
                sources.push(key.clone());
                sources.len()
            };
            numbers.push(n.to_string());
        }
        if numbers.is_empty() {
            String::new()
        } else {
            format!(" [{}]", numbers.join(", "))
        }
    };

    // What the top of the page already says is not repeated under "To go over again".
    let mut printed: Vec<&str> = vec!["help-key-allergy"];
    w.para(&title, TITLE, BLACK, 0.0, 2);
    w.y += 1.5;
    let mut facts = vec![tr.t_args("teach-summary-date", &[("date", tr.date(now).into())])];
    if let Some(r) = region {
        facts.push(tr.t_args("teach-summary-region", &[("region", tr.t(r.msg()).into())]));
    }
    if let Some(i) = setup.indication {
        facts.push(tr.t_args("teach-summary-indication", &[("indication", tr.t(i.msg()).into())]));
    }
    w.para(&facts.join("   ·   "), BODY, BLACK, 0.0, 3);
    if let Some(dose) = &setup.dose {
        w.para(
            &tr.t_args("teach-dose-shown", &[("dose", dose.as_str().into())]),
            BODY,
            BLACK,
            0.0,
            ALL_LINES,
        );
    }
    if let Some(syringe) = setup.syringe {
        w.para(
            &tr.t_args("teach-summary-syringe", &[("syringe", tr.t(syringe.msg()).into())]),
            BODY,
            BLACK,
            0.0,
            ALL_LINES,
        );
        // Part of a syringe: never the whole syringe (the lesson's own key point).
        let small = match region {
            Some(Region::Us) => "steps-key-small-us",
            _ => "steps-key-small-eu",
        };
        if syringe != SyringeUse::Whole
            && let Some(b) = block(content, SectionId::Steps, small)
        {
            let text = format!("{}{}", tr.t(small), cite(b));
            w.para(&text, BODY, EMERGENCY, 0.0, ALL_LINES);
            printed.push(small);
        }
    }

    // Emergency and fever first: what a patient must find fastest.
    let (call, fever) = match region {
        Some(Region::Us) => ("help-now-call-us", "help-key-infection-us"),
        _ => ("help-now-call-eu", "help-key-infection-eu"),
    };
    w.rule();
    w.y += 1.0;
    // The allergy signs, then what to do, then the fever rule.
    let signs: Vec<&str> = [
        "help-now-swelling",
        "help-now-breathing",
        "help-now-pulse",
        "help-now-rash",
        "help-now-wheeze",
    ]
    .into_iter()
    .filter(|m| block(content, SectionId::Help, m).is_some())
    .collect();
    let mut sign_text = tr.t("help-key-allergy");
    for m in &signs {
        sign_text.push(' ');
        sign_text.push_str(&tr.t(m));
    }
    if let Some(b) = signs.first().and_then(|m| block(content, SectionId::Help, m)) {
        sign_text.push_str(&cite(b));
    }
    w.para(&sign_text, BODY, EMERGENCY, 0.0, ALL_LINES);
    for msg in [call, fever] {
        if let Some(b) = block(content, SectionId::Help, msg) {
            let colour = if msg == fever { BLACK } else { EMERGENCY };
            let text = format!("{}{}", tr.t(msg), cite(b));
            w.para(&text, BODY, colour, 0.0, ALL_LINES);
            printed.push(msg);
        }
    }
    w.rule();

    // Topics on the left, the site plan on the right.
    w.heading(&tr.t("teach-summary-topics"));
    let fig_w = 2.0 * figure_width(FIGURE_H) + super::figure::PAIR_GAP;
    let table_w = TEXT_W - fig_w - 6.0;
    let top = w.y;
    for (n, t) in summary.topics.iter().enumerate() {
        let result = match t.result {
            Some(r) => tr.t(r.msg()),
            None => tr.t("teach-result-none"),
        };
        let title = tr.t_args(
            "teach-summary-line",
            &[
                ("n", (n + 1).into()),
                ("title", tr.t(&t.id.title_msg()).into()),
                ("result", result.into()),
            ],
        );
        let line = if t.notes.is_empty() {
            title
        } else {
            let notes: Vec<String> = t.notes.iter().map(|n| tr.t(n.msg())).collect();
            format!("{title} ({})", notes.join(", "))
        };
        let colour = if t.result == Some(TopicResult::Understood) {
            BLACK
        } else {
            EMERGENCY
        };
        for (i, l) in wrap(doc.fonts(), &line, BODY, table_w, ALL_LINES)
            .into_iter()
            .enumerate()
        {
            w.y += BODY * LEADING;
            let indent = if i == 0 { 0.0 } else { 4.0 };
            w.page.text(w.x0 + indent, w.y, BODY, colour, &l);
        }
        w.y += 0.6;
    }
    w.y += 1.0;
    w.para(
        &tr.t_args(
            "teach-summary-steps",
            &[
                ("shown", summary.steps_shown.into()),
                ("total", summary.steps_total.into()),
            ],
        ),
        BODY,
        BLACK,
        0.0,
        2,
    );
    let table_bottom = w.y;

    // The site plan.
    let fig_left = w.x0 + TEXT_W - fig_w;
    w.page.text(
        fig_left,
        top + HEAD * LEADING - 6.0,
        SMALL,
        BLACK,
        &tr.t("teach-summary-plan"),
    );
    let plan = &summary.plan;
    let style = |z| zone_style(plan.iter().find(|(pz, _)| *pz == z).map(|(_, m)| *m));
    let labels = [tr.t("map-front"), tr.t("map-back")];
    let sides = (tr.t("map-side-left"), tr.t("map-side-right"));
    draw_front_and_back_styled(
        &mut w.page,
        fig_left,
        top + 2.0,
        FIGURE_H,
        [&labels[0], &labels[1]],
        (&sides.0, &sides.1),
        &[],
        &style,
    );
    // The legend, in the left column under the topics: colour and words, so colour is never
    // the only signal. Area names can hold commas ("Belly, left side"): ";" between them.
    let mut ly = table_bottom + 1.5;
    if plan.is_empty() {
        ly += SMALL * LEADING;
        w.page.text(w.x0, ly, SMALL, GREY, &tr.t("teach-summary-plan-none"));
    } else {
        for mark in [Some(PlanMark::Use), Some(PlanMark::Avoid), None] {
            let zones: Vec<String> = Zone::ALL
                .into_iter()
                .filter(|z| plan.iter().find(|(pz, _)| pz == z).map(|(_, m)| *m) == mark)
                .map(|z| tr.t(&crate::i18n::ids::zone(z)))
                .collect();
            if zones.is_empty() {
                continue;
            }
            let word = mark.map_or_else(|| tr.t("teach-summary-undecided"), |m| tr.t(m.msg()));
            let text = tr.t_args(
                "teach-summary-plan-line",
                &[("mark", word.into()), ("areas", zones.join("; ").into())],
            );
            for (i, line) in wrap(doc.fonts(), &text, SMALL, table_w - 6.0, ALL_LINES)
                .into_iter()
                .enumerate()
            {
                ly += SMALL * LEADING;
                if i == 0 {
                    let swatch = zone_style(mark);
                    w.page.rect(w.x0, ly - 2.6, 3.2, 3.2, swatch.fill);
                    if let Some(c) = swatch.crossed {
                        let stroke = super::canvas::Stroke::new(c, 0.7);
                        w.page.line((w.x0, ly - 2.6), (w.x0 + 3.2, ly + 0.6), stroke);
                        w.page.line((w.x0, ly + 0.6), (w.x0 + 3.2, ly - 2.6), stroke);
                    }
                }
                w.page.text(w.x0 + 5.0, ly, SMALL, BLACK, &line);
            }
            ly += 0.8;
        }
    }
    let figure_bottom = top + 2.0 + FIGURE_H + 7.0;
    w.y = figure_bottom.max(ly);

    // What to go over again, with the key points of each topic.
    w.heading(&tr.t("teach-summary-review"));
    let mut any = false;
    for t in summary.to_review() {
        any = true;
        w.para(&tr.t(&t.id.title_msg()), BODY, BLACK, 0.0, 2);
        for b in t.key_points.iter().filter(|b| !printed.contains(&b.msg.as_str())) {
            let text = format!("•  {}{}", tr.t(&b.msg), cite(b));
            w.para(&text, SMALL, BLACK, 4.0, ALL_LINES);
        }
        w.y += 0.8;
    }
    if !any {
        w.para(&tr.t("teach-summary-review-none"), BODY, BLACK, 0.0, 2);
    }

    // The steps that need practice.
    w.heading(&tr.t("teach-summary-practice"));
    if summary.practice.is_empty() {
        let msg = if summary.steps_total > 0 && summary.steps_shown == summary.steps_total {
            "teach-summary-practice-none"
        } else {
            "teach-summary-steps"
        };
        w.para(
            &tr.t_args(
                msg,
                &[
                    ("shown", summary.steps_shown.into()),
                    ("total", summary.steps_total.into()),
                ],
            ),
            BODY,
            BLACK,
            0.0,
            2,
        );
    }
    for b in &summary.practice {
        let text = format!("•  {}{}", tr.t(&b.msg), cite(b));
        w.para(&text, SMALL, BLACK, 0.0, ALL_LINES);
    }

    // Where each printed fact comes from.
    w.heading(&tr.t("teach-summary-sources"));
    let names: Vec<String> = sources
        .iter()
        .enumerate()
        .map(|(i, key)| format!("[{}] {}", i + 1, tr.t(&Content::source_msg(key))))
        .collect();
    w.para(&names.join("   "), SMALL, GREY, 0.0, ALL_LINES);

    let pages = w.finish(&tr.t("teach-summary-footer"));
    doc.save(pages)
}
