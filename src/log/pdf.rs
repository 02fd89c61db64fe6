//! A printable A4 report of the injection log for the clinician: a map of the injection sites
//! on front and back body drawings, a summary, and a table of the period's injections.
//!
//! All words come in through [`ReportTexts`], already translated, so any language works (the
//! font is egui's Ubuntu Light, embedded). This module only draws: it must never write files,
//! change the log, panic on any log content, or show notes beyond what the table needs.

use std::collections::BTreeMap;

use jiff::Timestamp;
use printpdf::{
    BuiltinFont, Color, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::body_map::model::{BodyPart, NAVEL_RADIUS_CM, PointCm, View, Zone, body_bounds, silhouette};
use crate::log::model::{Entry, Flag, GivenBy, LogFile, ReactionKind};

/// Every word printed in the report, already translated by the caller.
///
/// Placeholders in braces are filled in by [`report_pdf`]. The name arrays follow the order of
/// the matching `ALL` constant (`Zone::ALL`, `GivenBy::ALL`, `ReactionKind::ALL`, `Flag::ALL`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportTexts {
    /// "Injection sites report".
    pub title: String,
    /// Period line; `{days}`, `{from}` and `{to}` (dates YYYY-MM-DD) are filled in.
    pub period: String,
    /// `{date}` is filled in (YYYY-MM-DD HH:MM, local time).
    pub generated: String,
    /// Labels under the two body drawings.
    pub front: String,
    pub back: String,
    /// Legend of the map dots.
    pub legend_injection: String,
    pub legend_reaction: String,
    /// Heading of the summary beside the map.
    pub summary_heading: String,
    /// `{count}` is filled in: "Injections: {count}".
    pub injections_total: String,
    pub by_zone_heading: String,
    pub reactions_heading: String,
    pub no_reactions: String,
    /// Heading above the table.
    pub table_heading: String,
    pub col_time: String,
    pub col_zone: String,
    pub col_dose: String,
    pub col_given_by: String,
    pub col_reaction: String,
    pub col_flags: String,
    /// Shown instead of the table rows when the period has no injections.
    pub no_entries: String,
    /// In the order of `Zone::ALL`.
    pub zone_names: [String; 8],
    /// In the order of `GivenBy::ALL`.
    pub given_by_names: [String; 3],
    /// In the order of `ReactionKind::ALL`.
    pub reaction_names: [String; 5],
    /// In the order of `Flag::ALL`.
    pub flag_names: [String; 3],
    /// Privacy line at the bottom of every page.
    pub footer: String,
    /// `{page}` and `{pages}` are filled in.
    pub page: String,
}

impl ReportTexts {
    /// The English texts (tests, command line).
    #[must_use]
    pub fn english() -> Self {
        let s = str::to_owned;
        Self {
            title: s("Kineret injection sites"),
            period: s("Last {days} days: {from} to {to}"),
            generated: s("Made with Kineret Coach on {date}. Times are the patient's local time."),
            front: s("Front"),
            back: s("Back"),
            legend_injection: s("Injection"),
            legend_reaction: s("Injection with a skin reaction"),
            summary_heading: s("Summary"),
            injections_total: s("Injections in this period: {count}"),
            by_zone_heading: s("By area"),
            reactions_heading: s("Skin reactions"),
            no_reactions: s("No reactions"),
            table_heading: s("Injections"),
            col_time: s("Date and time"),
            col_zone: s("Area"),
            col_dose: s("Dose"),
            col_given_by: s("Given by"),
            col_reaction: s("Reaction"),
            col_flags: s("Notes on the site"),
            no_entries: s("No injections were logged in this period."),
            zone_names: [
                s("Left abdomen"),
                s("Right abdomen"),
                s("Left thigh"),
                s("Right thigh"),
                s("Left upper arm"),
                s("Right upper arm"),
                s("Left buttock"),
                s("Right buttock"),
            ],
            given_by_names: [s("Self"), s("Carer"), s("Nurse")],
            reaction_names: [s("Redness"), s("Swelling"), s("Itching"), s("Pain"), s("Other")],
            flag_names: [s("Close to a recent site"), s("Near the navel"), s("On a marked spot")],
            footer: s("Private health information. Recorded by the patient; not a medical record."),
            page: s("Page {page} of {pages}"),
        }
    }

    fn zone(&self, zone: Zone) -> &str {
        name(&self.zone_names, Zone::ALL.iter().position(|z| *z == zone))
    }

    fn given_by(&self, g: GivenBy) -> &str {
        name(&self.given_by_names, GivenBy::ALL.iter().position(|x| *x == g))
    }

    fn reaction(&self, r: ReactionKind) -> &str {
        name(&self.reaction_names, ReactionKind::ALL.iter().position(|x| *x == r))
    }

    fn flag(&self, f: Flag) -> &str {
        name(&self.flag_names, Flag::ALL.iter().position(|x| *x == f))
    }
}

fn name(names: &[String], index: Option<usize>) -> &str {
    index.and_then(|i| names.get(i)).map_or("?", String::as_str)
}

// Page geometry, in mm, measured from the top left corner (converted when drawing).
const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 15.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Table rows must end above this line; the footer goes below.
const BODY_BOTTOM: f32 = 276.0;
/// Height of the body drawings.
const MAP_H: f32 = 112.0;
const TABLE_SIZE: f32 = 8.0;
const LINE_H: f32 = 3.6;
const CELL_PAD: f32 = 1.2;
/// At most this many lines in one table cell; longer text ends with "…".
const MAX_CELL_LINES: usize = 4;

const BLACK: (f32, f32, f32) = (0.0, 0.0, 0.0);
const GREY: (f32, f32, f32) = (0.35, 0.35, 0.35);
const BODY_FILL: (f32, f32, f32) = (0.88, 0.88, 0.88);
const ZONE_FILL: (f32, f32, f32) = (0.80, 0.88, 0.97);
const ZONE_LINE: (f32, f32, f32) = (0.25, 0.45, 0.75);
const DOT: (f32, f32, f32) = (0.05, 0.20, 0.55);
const DOT_REACTION: (f32, f32, f32) = (0.85, 0.15, 0.10);
const ROW_SHADE: (f32, f32, f32) = (0.95, 0.95, 0.95);
const RULE: (f32, f32, f32) = (0.6, 0.6, 0.6);

/// Table columns: width in mm.
const COLUMNS: [f32; 6] = [27.0, 31.0, 22.0, 20.0, 44.0, 36.0];

/// The report for the `days` days up to `now`, as PDF bytes (A4, one or more pages).
#[must_use]
pub fn report_pdf(log: &LogFile, now: Timestamp, days: u32, texts: &ReportTexts) -> Vec<u8> {
    let days = days.max(1);
    let from = now
        .checked_sub(jiff::SignedDuration::from_hours(i64::from(days) * 24))
        .unwrap_or(Timestamp::MIN);
    let entries: Vec<&Entry> = log
        .entries
        .iter()
        .filter(|e| {
            let t = e.at.timestamp();
            t > from && t <= now
        })
        .collect();

    let mut doc = PdfDocument::new(&texts.title);
    let mut warnings = Vec::new();
    let font = ParsedFont::from_bytes(epaint_default_fonts::UBUNTU_LIGHT, 0, &mut warnings);
    let handle = match &font {
        Some(f) => PdfFontHandle::External(doc.add_font(f)),
        None => PdfFontHandle::Builtin(BuiltinFont::Helvetica),
    };
    let fonts = Fonts {
        parsed: font.as_ref(),
        handle,
    };

    let tz = jiff::tz::TimeZone::system();
    let local_now = now.to_zoned(tz.clone());
    let fill = |template: &str| {
        template
            .replace("{days}", &days.to_string())
            .replace("{from}", &from.to_zoned(tz.clone()).strftime("%Y-%m-%d").to_string())
            .replace("{to}", &local_now.strftime("%Y-%m-%d").to_string())
            .replace("{date}", &local_now.strftime("%Y-%m-%d %H:%M").to_string())
            .replace("{count}", &entries.len().to_string())
    };

    let mut pages: Vec<Canvas> = Vec::new();
    let mut page = Canvas::new(&fonts);

    // Heading.
    page.text(
        MARGIN,
        23.0,
        18.0,
        BLACK,
        &fit_line(&fonts, &texts.title, 18.0, CONTENT_W),
    );
    page.text(
        MARGIN,
        31.0,
        10.5,
        BLACK,
        &fit_line(&fonts, &fill(&texts.period), 10.5, CONTENT_W),
    );
    page.text(
        MARGIN,
        36.5,
        8.0,
        GREY,
        &fit_line(&fonts, &fill(&texts.generated), 8.0, CONTENT_W),
    );
    page.hline(MARGIN, PAGE_W - MARGIN, 39.5, RULE, 0.3);

    // Map and summary.
    let map_top = 45.0;
    draw_map(&mut page, &entries, texts, map_top);
    draw_summary(&mut page, &fonts, &entries, texts, &fill, map_top);

    // Table.
    let mut y = map_top + MAP_H + 20.0;
    page.text(
        MARGIN,
        y,
        12.0,
        BLACK,
        &fit_line(&fonts, &texts.table_heading, 12.0, CONTENT_W),
    );
    y += 3.0;
    y = table_header(&mut page, &fonts, texts, y);
    if entries.is_empty() {
        page.text(
            MARGIN + CELL_PAD,
            y + 4.5,
            9.0,
            GREY,
            &fit_line(&fonts, &texts.no_entries, 9.0, CONTENT_W),
        );
    }
    for (i, entry) in entries.iter().enumerate() {
        let cells = row_cells(entry, texts);
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(COLUMNS)
            .map(|(text, w)| wrap(&fonts, text, TABLE_SIZE, w - 2.0 * CELL_PAD))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let row_h = lines as f32 * LINE_H + 1.6;
        if y + row_h > BODY_BOTTOM {
            pages.push(std::mem::replace(&mut page, Canvas::new(&fonts)));
            page.text(
                MARGIN,
                20.0,
                10.0,
                GREY,
                &fit_line(&fonts, &texts.title, 10.0, CONTENT_W),
            );
            y = table_header(&mut page, &fonts, texts, 25.0);
        }
        if i % 2 == 1 {
            page.rect(MARGIN, y, CONTENT_W, row_h, ROW_SHADE);
        }
        let mut x = MARGIN;
        for (cell, w) in wrapped.iter().zip(COLUMNS) {
            for (k, line) in cell.iter().enumerate() {
                page.text(x + CELL_PAD, y + 3.3 + k as f32 * LINE_H, TABLE_SIZE, BLACK, line);
            }
            x += w;
        }
        y += row_h;
    }
    page.hline(MARGIN, PAGE_W - MARGIN, y + 0.5, RULE, 0.3);
    pages.push(page);

    // Footers, now that the page count is known.
    let total = pages.len();
    let pdf_pages = pages
        .into_iter()
        .enumerate()
        .map(|(i, mut p)| {
            let number = texts
                .page
                .replace("{page}", &(i + 1).to_string())
                .replace("{pages}", &total.to_string());
            let number_w = fonts.width(&number, 7.5);
            p.hline(MARGIN, PAGE_W - MARGIN, 282.0, RULE, 0.3);
            let footer = fit_line(&fonts, &texts.footer, 7.5, CONTENT_W - number_w - 6.0);
            p.text(MARGIN, 286.5, 7.5, GREY, &footer);
            p.text(PAGE_W - MARGIN - number_w, 286.5, 7.5, GREY, &number);
            PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), p.ops)
        })
        .collect();

    let mut save_warnings = Vec::new();
    doc.with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut save_warnings)
}

/// The six cells of one table row.
fn row_cells(e: &Entry, texts: &ReportTexts) -> [String; 6] {
    let reaction = e.reaction.as_ref().map_or_else(String::new, |r| {
        let mut s = r
            .kinds
            .iter()
            .map(|k| texts.reaction(*k))
            .collect::<Vec<_>>()
            .join(", ");
        let note = r.note.trim();
        if !note.is_empty() {
            if !s.is_empty() {
                s.push_str(": ");
            }
            s.push_str(note);
        }
        s
    });
    [
        e.at.strftime("%Y-%m-%d %H:%M").to_string(),
        texts.zone(e.zone).to_owned(),
        e.dose.trim().to_owned(),
        texts.given_by(e.given_by).to_owned(),
        reaction,
        e.flags.iter().map(|f| texts.flag(*f)).collect::<Vec<_>>().join(", "),
    ]
}

/// Draws the column headings at `y` (top of the row); returns the top of the first data row.
fn table_header(page: &mut Canvas, fonts: &Fonts, texts: &ReportTexts, y: f32) -> f32 {
    let headings = [
        &texts.col_time,
        &texts.col_zone,
        &texts.col_dose,
        &texts.col_given_by,
        &texts.col_reaction,
        &texts.col_flags,
    ];
    let wrapped: Vec<Vec<String>> = headings
        .iter()
        .zip(COLUMNS)
        .map(|(t, w)| wrap(fonts, t, TABLE_SIZE, w - 2.0 * CELL_PAD))
        .collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).clamp(1, 2);
    let h = lines as f32 * LINE_H + 1.6;
    page.rect(MARGIN, y, CONTENT_W, h, (0.86, 0.90, 0.96));
    let mut x = MARGIN;
    for (cell, w) in wrapped.iter().zip(COLUMNS) {
        for (k, line) in cell.iter().take(lines).enumerate() {
            page.text(x + CELL_PAD, y + 3.3 + k as f32 * LINE_H, TABLE_SIZE, BLACK, line);
        }
        x += w;
    }
    y + h
}

/// Front and back drawings with zones, the navel circle and one dot per injection.
fn draw_map(page: &mut Canvas, entries: &[&Entry], texts: &ReportTexts, top: f32) {
    let (bmin, bmax) = body_bounds();
    let scale = MAP_H / (bmax.y - bmin.y);
    let fig_w = (bmax.x - bmin.x) * scale;
    let figures = [
        (View::Front, MARGIN + 4.0, &texts.front),
        (View::Back, MARGIN + 12.0 + fig_w, &texts.back),
    ];
    for (view, left, label) in figures {
        let to_page = |p: PointCm| (left + (p.x - bmin.x) * scale, top + (p.y - bmin.y) * scale);
        for part in silhouette(view) {
            match *part {
                BodyPart::Circle { centre, radius } => {
                    let (cx, cy) = to_page(centre);
                    page.circle(cx, cy, radius * scale, Some(BODY_FILL), None);
                }
                BodyPart::Polygon(pts) => {
                    let pts: Vec<(f32, f32)> = pts.iter().map(|p| to_page(*p)).collect();
                    page.polygon(&pts, Some(BODY_FILL), None);
                }
            }
        }
        for zone in Zone::ALL.into_iter().filter(|z| z.view() == view) {
            let pts: Vec<(f32, f32)> = zone.outline().iter().map(|p| to_page(*p)).collect();
            page.polygon(&pts, Some(ZONE_FILL), Some((ZONE_LINE, 0.35)));
        }
        if view == View::Front {
            let (cx, cy) = to_page(PointCm::new(0.0, 0.0));
            page.set_dash(&[0.8, 0.6]);
            page.circle(cx, cy, NAVEL_RADIUS_CM * scale, None, Some((DOT_REACTION, 0.3)));
            page.set_dash(&[]);
            page.circle(cx, cy, 0.5, Some(GREY), None);
        }
        // Plain dots first, reactions on top so they are never hidden.
        for with_reaction in [false, true] {
            for e in entries
                .iter()
                .filter(|e| e.zone.view() == view && has_reaction(e) == with_reaction)
            {
                if !(e.point.x.is_finite() && e.point.y.is_finite()) {
                    continue;
                }
                let (x, y) = to_page(e.point);
                let (x, y) = (x.clamp(left, left + fig_w), y.clamp(top, top + MAP_H));
                let colour = if with_reaction { DOT_REACTION } else { DOT };
                page.circle(x, y, 0.6, Some(colour), Some(((1.0, 1.0, 1.0), 0.12)));
            }
        }
        let label_w = page.fonts.width(label, 9.0).min(fig_w + 8.0);
        let label = fit_line(page.fonts, label, 9.0, fig_w + 8.0);
        page.text(left + (fig_w - label_w) / 2.0, top + MAP_H + 5.0, 9.0, BLACK, &label);
    }
    // Legend under the drawings.
    let y = top + MAP_H + 11.0;
    let mut x = MARGIN + 4.0;
    for (colour, text) in [(DOT, &texts.legend_injection), (DOT_REACTION, &texts.legend_reaction)] {
        page.circle(x + 1.0, y - 1.0, 0.9, Some(colour), None);
        let text = fit_line(page.fonts, text, 7.5, 45.0);
        page.text(x + 3.0, y, 7.5, GREY, &text);
        x += 5.0 + page.fonts.width(&text, 7.5) + 4.0;
    }
}

fn has_reaction(e: &Entry) -> bool {
    e.reaction
        .as_ref()
        .is_some_and(|r| !r.kinds.is_empty() || !r.note.trim().is_empty())
}

/// Totals beside the map: injections, by area, reactions by kind.
fn draw_summary(
    page: &mut Canvas,
    fonts: &Fonts,
    entries: &[&Entry],
    texts: &ReportTexts,
    fill: &dyn Fn(&str) -> String,
    top: f32,
) {
    let left = 122.0;
    let width = PAGE_W - MARGIN - left;
    let mut y = top + 4.0;
    let heading = |page: &mut Canvas, y: &mut f32, text: &str| {
        page.text(left, *y, 10.5, BLACK, &fit_line(fonts, text, 10.5, width));
        page.hline(left, left + width, *y + 1.5, RULE, 0.2);
        *y += 6.0;
    };
    let row = |page: &mut Canvas, y: &mut f32, label: &str, count: usize| {
        let n = count.to_string();
        let nw = fonts.width(&n, 9.0);
        page.text(
            left + 2.0,
            *y,
            9.0,
            BLACK,
            &fit_line(fonts, label, 9.0, width - nw - 6.0),
        );
        page.text(left + width - nw, *y, 9.0, BLACK, &n);
        *y += 4.6;
    };

    heading(page, &mut y, &texts.summary_heading);
    for line in wrap(fonts, &fill(&texts.injections_total), 9.0, width).iter().take(2) {
        page.text(left, y, 9.0, BLACK, line);
        y += 4.6;
    }
    y += 3.0;

    heading(page, &mut y, &texts.by_zone_heading);
    let mut by_zone: BTreeMap<Zone, usize> = BTreeMap::new();
    for e in entries {
        *by_zone.entry(e.zone).or_default() += 1;
    }
    for zone in Zone::ALL {
        row(page, &mut y, texts.zone(zone), by_zone.get(&zone).copied().unwrap_or(0));
    }
    y += 3.0;

    heading(page, &mut y, &texts.reactions_heading);
    let mut by_kind: BTreeMap<ReactionKind, usize> = BTreeMap::new();
    for r in entries.iter().filter_map(|e| e.reaction.as_ref()) {
        let mut kinds = r.kinds.clone();
        kinds.sort();
        kinds.dedup();
        for k in kinds {
            *by_kind.entry(k).or_default() += 1;
        }
    }
    if by_kind.is_empty() {
        page.text(
            left + 2.0,
            y,
            9.0,
            GREY,
            &fit_line(fonts, &texts.no_reactions, 9.0, width - 2.0),
        );
    } else {
        for (kind, count) in by_kind {
            row(page, &mut y, texts.reaction(kind), count);
        }
    }
}

/// The embedded font and how to measure text in it.
struct Fonts<'a> {
    parsed: Option<&'a ParsedFont>,
    handle: PdfFontHandle,
}

impl Fonts<'_> {
    /// Width of `text` at `size` points, in mm.
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }

    /// Width of one character at `size` points, in mm (half an em if the font lacks it).
    fn char_width(&self, c: char, size: f32) -> f32 {
        const MM_PER_PT: f32 = 25.4 / 72.0;
        let em = match self.parsed {
            Some(font) => {
                let units = f32::from(font.units_per_em.max(1));
                font.lookup_glyph_index(u32::from(c))
                    .and_then(|g| font.get_glyph_width(g))
                    .map_or(0.5, |w| f32::from(w) / units)
            }
            None => 0.55,
        };
        em * size * MM_PER_PT
    }
}

/// `text` on one line, cut to `max_w` mm with "…" if needed.
fn fit_line(fonts: &Fonts, text: &str, size: f32, max_w: f32) -> String {
    let ellipsis = fonts.char_width('…', size);
    let mut out = String::new();
    let mut width = 0.0;
    let mut cut_at = None;
    for c in text.chars() {
        let c = if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c };
        width += fonts.char_width(c, size);
        if cut_at.is_none() && width + ellipsis > max_w {
            cut_at = Some(out.len());
        }
        if width > max_w {
            let mut cut = out;
            cut.truncate(cut_at.unwrap_or(0));
            cut.truncate(cut.trim_end().len());
            cut.push('…');
            return cut;
        }
        out.push(c);
    }
    out
}

/// Greedy word wrap into lines of at most `max_w` mm; at most [`MAX_CELL_LINES`] lines, the
/// last one ending in "…" if the text was longer. Work is bounded by what fits.
fn wrap(fonts: &Fonts, text: &str, size: f32, max_w: f32) -> Vec<String> {
    let space = fonts.char_width(' ', size);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_w = 0.0;
    let mut truncated = false;
    'words: for word in text.split_whitespace() {
        let word_w = fonts.width(word, size);
        let gap = if current.is_empty() { 0.0 } else { space };
        if current_w + gap + word_w <= max_w {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            current_w += gap + word_w;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            current_w = 0.0;
            if lines.len() == MAX_CELL_LINES {
                truncated = true;
                break;
            }
        }
        if word_w <= max_w {
            current.push_str(word);
            current_w = word_w;
            continue;
        }
        // The word alone is too long: break it by characters.
        for c in word.chars() {
            let w = fonts.char_width(c, size);
            if current_w + w > max_w && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                current_w = 0.0;
                if lines.len() == MAX_CELL_LINES {
                    truncated = true;
                    break 'words;
                }
            }
            current.push(c);
            current_w += w;
        }
    }
    if !truncated && !current.is_empty() {
        lines.push(current);
    }
    if truncated && let Some(last) = lines.last_mut() {
        *last = fit_line(fonts, &format!("{last}…"), size, max_w);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// One page's drawing operations, with coordinates in mm from the top left.
struct Canvas<'a> {
    fonts: &'a Fonts<'a>,
    ops: Vec<Op>,
}

impl<'a> Canvas<'a> {
    fn new(fonts: &'a Fonts<'a>) -> Self {
        Self { fonts, ops: Vec::new() }
    }

    fn text(&mut self, x: f32, baseline: f32, size: f32, colour: (f32, f32, f32), text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::SetFillColor { col: rgb(colour) },
            Op::StartTextSection,
            Op::SetTextCursor { pos: at(x, baseline) },
            Op::SetFont {
                font: self.fonts.handle.clone(),
                size: Pt(size),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    fn hline(&mut self, x0: f32, x1: f32, y: f32, colour: (f32, f32, f32), width_pt: f32) {
        self.ops.push(Op::SetOutlineColor { col: rgb(colour) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![corner(x0, y), corner(x1, y)],
                is_closed: false,
            },
        });
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: (f32, f32, f32)) {
        self.polygon(&[(x, y), (x + w, y), (x + w, y + h), (x, y + h)], Some(colour), None);
    }

    fn set_dash(&mut self, pattern: &[f32]) {
        let dash = if pattern.is_empty() {
            LineDashPattern::solid()
        } else {
            LineDashPattern::new(0.0, pattern)
        };
        self.ops.push(Op::SetLineDashPattern { dash });
    }

    fn polygon(&mut self, pts: &[(f32, f32)], fill: Option<(f32, f32, f32)>, stroke: Option<((f32, f32, f32), f32)>) {
        let points = pts.iter().map(|&(x, y)| corner(x, y)).collect();
        self.shape(points, fill, stroke);
    }

    /// A circle as four Bézier curves (PDF has no circle).
    fn circle(
        &mut self,
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<(f32, f32, f32)>,
        stroke: Option<((f32, f32, f32), f32)>,
    ) {
        let k = 0.552_284_8 * r;
        let points = vec![
            corner(cx + r, cy),
            control(cx + r, cy + k),
            control(cx + k, cy + r),
            corner(cx, cy + r),
            control(cx - k, cy + r),
            control(cx - r, cy + k),
            corner(cx - r, cy),
            control(cx - r, cy - k),
            control(cx - k, cy - r),
            corner(cx, cy - r),
            control(cx + k, cy - r),
            control(cx + r, cy - k),
            corner(cx + r, cy),
        ];
        self.shape(points, fill, stroke);
    }

    fn shape(&mut self, points: Vec<LinePoint>, fill: Option<(f32, f32, f32)>, stroke: Option<((f32, f32, f32), f32)>) {
        if let Some(colour) = fill {
            self.ops.push(Op::SetFillColor { col: rgb(colour) });
        }
        if let Some((colour, width_pt)) = stroke {
            self.ops.push(Op::SetOutlineColor { col: rgb(colour) });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
        }
        let mode = match (fill.is_some(), stroke.is_some()) {
            (true, true) => PaintMode::FillStroke,
            (true, false) => PaintMode::Fill,
            (false, true) => PaintMode::Stroke,
            (false, false) => return,
        };
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// A page point from mm measured from the top left.
fn at(x: f32, y: f32) -> Point {
    Point::new(Mm(x), Mm(PAGE_H - y))
}

fn corner(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: at(x, y),
        bezier: false,
    }
}

fn control(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: at(x, y),
        bezier: true,
    }
}
