//! The printable A4 report of the injection log for the clinician: a map of the injection sites
//! on front and back body drawings, a summary, and a table of the period's injections.
//!
//! Every word comes from the translator, with numbers passed as Fluent variables so each language
//! chooses its own plural ("1 injection", "2 injections"); dates and times are written the
//! language's way. This module only draws: it must never write files, change the log, panic on
//! any log content, or show notes beyond what the table needs.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use jiff::{SignedDuration, Timestamp, Zoned};

use super::canvas::{BLACK, CONTENT_W, Canvas, Document, Fonts, GREY, MARGIN, PAGE_W, RULE, fit_line, wrap};
use super::figure::{FigurePoint, PointStyle, draw_front_and_back};
use crate::body_map::model::Zone;
use crate::i18n::{I18n, ids};
use crate::log::model::{Entry, LogFile, ReactionKind};

/// Table rows must end above this line; the footer goes below.
const BODY_BOTTOM: f32 = 276.0;
/// Height of the body drawings.
const MAP_H: f32 = 112.0;
const TABLE_SIZE: f32 = 8.0;
const LINE_H: f32 = 3.6;
const CELL_PAD: f32 = 1.2;
/// At most this many lines in one table cell; longer text ends with "…".
const MAX_CELL_LINES: usize = 4;
const ROW_SHADE: (f32, f32, f32) = (0.95, 0.95, 0.95);
const HEADER_SHADE: (f32, f32, f32) = (0.86, 0.90, 0.96);

/// Table columns: width in mm.
const COLUMNS: [f32; 6] = [32.0, 31.0, 22.0, 20.0, 44.0, 31.0];

/// Which injections a report covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportPeriod {
    /// The last `n` days up to now (at least 1).
    LastDays(u32),
    /// One calendar month, in the time zone of "now"; `month` is 1 to 12.
    Month { year: i16, month: i8 },
    /// Every injection in the log.
    WholeLog,
}

impl ReportPeriod {
    /// The first and last moment of the period as the report's heading names them; `None`
    /// when the period cannot be placed on the calendar (a month that does not exist).
    fn bounds(self, log: &LogFile, now: &Zoned) -> Option<(Timestamp, Timestamp)> {
        let end = now.timestamp();
        match self {
            Self::LastDays(days) => {
                let days = days.max(1);
                let start = end
                    .checked_sub(SignedDuration::from_hours(i64::from(days) * 24))
                    .unwrap_or(Timestamp::MIN);
                Some((start, end))
            }
            Self::Month { year, month } => {
                let first = jiff::civil::Date::new(year, month, 1).ok()?;
                let start = first.to_zoned(now.time_zone().clone()).ok()?;
                let next = start.checked_add(jiff::Span::new().months(1)).ok()?;
                Some((start.timestamp(), next.timestamp()))
            }
            Self::WholeLog => {
                let first = log.entries.iter().map(|e| e.at.timestamp()).min().unwrap_or(end);
                let last = log
                    .entries
                    .iter()
                    .map(|e| e.at.timestamp())
                    .max()
                    .unwrap_or(end)
                    .max(end);
                Some((first, last))
            }
        }
    }

    /// Whether an injection at `t` belongs in the period that `bounds` gave.
    fn contains(self, (start, end): (Timestamp, Timestamp), t: Timestamp) -> bool {
        match self {
            Self::LastDays(_) => t > start && t <= end,
            Self::Month { .. } => t >= start && t < end,
            Self::WholeLog => true,
        }
    }
}

/// The report for the `days` days up to `now` (see [`log_report_pdf_for`]).
#[must_use]
pub fn log_report_pdf(log: &LogFile, now: &Zoned, days: u32, tr: &I18n) -> Vec<u8> {
    log_report_pdf_for(log, now, ReportPeriod::LastDays(days), tr)
}

/// The report for `period`, as PDF bytes (A4, one or more pages), in the translator's
/// language; its heading names the period. Dates are shown in `now`'s time zone, each entry in
/// its own.
#[must_use]
pub fn log_report_pdf_for(log: &LogFile, now: &Zoned, period: ReportPeriod, tr: &I18n) -> Vec<u8> {
    let bounds = period.bounds(log, now);
    let entries: Vec<&Entry> = log
        .entries
        .iter()
        .filter(|e| bounds.is_some_and(|b| period.contains(b, e.at.timestamp())))
        .collect();
    let tz = now.time_zone().clone();
    let (start, end) = bounds.unwrap_or((now.timestamp(), now.timestamp()));
    let from = tr.date(&start.to_zoned(tz.clone()));
    // A month ends just before the next one starts.
    let last = match period {
        ReportPeriod::Month { .. } => end.checked_sub(SignedDuration::from_secs(1)).unwrap_or(end),
        _ => end,
    };
    let to = tr.date(&last.to_zoned(tz));

    let title = tr.t("report-title");
    let doc = Document::new(&title);
    let fonts = doc.fonts();
    let mut pages: Vec<Canvas> = Vec::new();
    let mut page = doc.page();

    // Heading.
    let period = match period {
        ReportPeriod::LastDays(days) => tr.t_args(
            "report-period",
            &[("days", days.max(1).into()), ("from", from.into()), ("to", to.into())],
        ),
        ReportPeriod::Month { year, month } => tr.t_args(
            "report-period-month",
            &[
                ("month", tr.month_year(year, month).into()),
                ("from", from.into()),
                ("to", to.into()),
            ],
        ),
        ReportPeriod::WholeLog => tr.t_args("report-period-whole", &[("from", from.into()), ("to", to.into())]),
    };
    let generated = tr.t_args("report-generated", &[("date", tr.date_time(now).into())]);
    page.text(MARGIN, 23.0, 18.0, BLACK, &fit_line(fonts, &title, 18.0, CONTENT_W));
    page.text(MARGIN, 31.0, 10.5, BLACK, &fit_line(fonts, &period, 10.5, CONTENT_W));
    page.text(MARGIN, 36.5, 8.0, GREY, &fit_line(fonts, &generated, 8.0, CONTENT_W));
    page.hline(MARGIN, PAGE_W - MARGIN, 39.5, RULE, 0.3);

    // Map and summary.
    let map_top = 45.0;
    draw_map(&mut page, &entries, tr, map_top);
    draw_summary(&mut page, &entries, tr, map_top);

    // Table.
    let headings = [
        "history-when",
        "history-where",
        "history-dose",
        "history-by",
        "history-reaction",
        "history-flags",
    ]
    .map(|id| tr.t(id));
    let mut y = map_top + MAP_H + 20.0;
    page.text(
        MARGIN,
        y,
        12.0,
        BLACK,
        &fit_line(fonts, &tr.t("report-table"), 12.0, CONTENT_W),
    );
    y += 3.0;
    y = table_header(&mut page, &headings, y);
    if entries.is_empty() {
        page.text(
            MARGIN + CELL_PAD,
            y + 4.5,
            9.0,
            GREY,
            &fit_line(fonts, &tr.t("report-no-entries"), 9.0, CONTENT_W),
        );
    }
    for (i, entry) in entries.iter().enumerate() {
        let cells = row_cells(entry, tr);
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(COLUMNS)
            .map(|(text, w)| wrap(fonts, text, TABLE_SIZE, w - 2.0 * CELL_PAD, MAX_CELL_LINES))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let row_h = lines as f32 * LINE_H + 1.6;
        if y + row_h > BODY_BOTTOM {
            pages.push(std::mem::replace(&mut page, doc.page()));
            page.text(MARGIN, 20.0, 10.0, GREY, &fit_line(fonts, &title, 10.0, CONTENT_W));
            y = table_header(&mut page, &headings, 25.0);
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
    let footer_text = tr.t("report-footer");
    let total = pages.len();
    let finished = pages
        .into_iter()
        .enumerate()
        .map(|(i, mut p)| {
            let number = tr.t_args("report-page", &[("page", (i + 1).into()), ("pages", total.into())]);
            let number_w = fonts.width(&number, 7.5);
            p.hline(MARGIN, PAGE_W - MARGIN, 282.0, RULE, 0.3);
            let footer = fit_line(fonts, &footer_text, 7.5, CONTENT_W - number_w - 6.0);
            p.text(MARGIN, 286.5, 7.5, GREY, &footer);
            p.text(PAGE_W - MARGIN - number_w, 286.5, 7.5, GREY, &number);
            p.finish()
        })
        .collect();
    doc.save(finished)
}

/// The six cells of one table row.
fn row_cells(e: &Entry, tr: &I18n) -> [String; 6] {
    let reaction = e.reaction.as_ref().map_or_else(String::new, |r| {
        let mut s = r
            .kinds
            .iter()
            .map(|k| tr.t(&ids::reaction(*k)))
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
        tr.date_time(&e.at),
        tr.t(&ids::zone(e.zone)),
        e.dose.trim().to_owned(),
        tr.t(ids::given_by(e.given_by)),
        reaction,
        e.flags
            .iter()
            .map(|f| tr.t(&ids::flag(*f)))
            .collect::<Vec<_>>()
            .join(", "),
    ]
}

/// Draws the column headings at `y` (top of the row); returns the top of the first data row.
fn table_header(page: &mut Canvas, headings: &[String; 6], y: f32) -> f32 {
    let fonts = page.fonts();
    let wrapped: Vec<Vec<String>> = headings
        .iter()
        .zip(COLUMNS)
        .map(|(t, w)| wrap(fonts, t, TABLE_SIZE, w - 2.0 * CELL_PAD, 2))
        .collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).clamp(1, 2);
    let h = lines as f32 * LINE_H + 1.6;
    page.rect(MARGIN, y, CONTENT_W, h, HEADER_SHADE);
    let mut x = MARGIN;
    for (cell, w) in wrapped.iter().zip(COLUMNS) {
        for (k, line) in cell.iter().take(lines).enumerate() {
            page.text(x + CELL_PAD, y + 3.3 + k as f32 * LINE_H, TABLE_SIZE, BLACK, line);
        }
        x += w;
    }
    y + h
}

/// Front and back drawings with one dot per injection, and the legend under them.
fn draw_map(page: &mut Canvas, entries: &[&Entry], tr: &I18n, top: f32) {
    // Plain dots first, reactions on top so they are never hidden.
    let mut points: Vec<FigurePoint> = entries
        .iter()
        .map(|e| FigurePoint {
            view: e.zone.view(),
            at: e.point,
            style: if has_reaction(e) {
                PointStyle::REACTION
            } else {
                PointStyle::INJECTION
            },
        })
        .collect();
    points.sort_by_key(|p| p.style == PointStyle::REACTION);
    let labels = [tr.t("map-front"), tr.t("map-back")];
    let sides = (tr.t("map-side-left"), tr.t("map-side-right"));
    draw_front_and_back(
        page,
        MARGIN + 4.0,
        top,
        MAP_H,
        [&labels[0], &labels[1]],
        (&sides.0, &sides.1),
        &points,
    );

    // Legend under the drawings.
    let fonts = page.fonts();
    let y = top + MAP_H + 11.0;
    let mut x = MARGIN + 4.0;
    for (style, id) in [
        (PointStyle::INJECTION, "report-legend-injection"),
        (PointStyle::REACTION, "report-legend-reaction"),
    ] {
        page.circle(x + 1.0, y - 1.0, 0.9, Some(style.fill), None);
        let text = fit_line(fonts, &tr.t(id), 7.5, 45.0);
        page.text(x + 3.0, y, 7.5, GREY, &text);
        x += 5.0 + fonts.width(&text, 7.5) + 4.0;
    }
}

fn has_reaction(e: &Entry) -> bool {
    e.reaction
        .as_ref()
        .is_some_and(|r| !r.kinds.is_empty() || !r.note.trim().is_empty())
}

/// Totals beside the map: injections, by area, reactions by kind.
fn draw_summary(page: &mut Canvas, entries: &[&Entry], tr: &I18n, top: f32) {
    let fonts: &Fonts = page.fonts();
    let left = 122.0;
    let width = PAGE_W - MARGIN - left;
    let mut y = top + 4.0;
    let heading = |page: &mut Canvas, y: &mut f32, id: &str| {
        page.text(left, *y, 10.5, BLACK, &fit_line(fonts, &tr.t(id), 10.5, width));
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

    heading(page, &mut y, "report-summary");
    let count: FluentValue = entries.len().into();
    let total = tr.t_args("report-count", &[("count", count)]);
    for line in wrap(fonts, &total, 9.0, width, 2) {
        page.text(left, y, 9.0, BLACK, &line);
        y += 4.6;
    }
    y += 3.0;

    heading(page, &mut y, "report-by-zone");
    let mut by_zone: BTreeMap<Zone, usize> = BTreeMap::new();
    for e in entries {
        *by_zone.entry(e.zone).or_default() += 1;
    }
    for zone in Zone::ALL {
        row(
            page,
            &mut y,
            &tr.t(&ids::zone(zone)),
            by_zone.get(&zone).copied().unwrap_or(0),
        );
    }
    y += 3.0;

    heading(page, &mut y, "report-reactions");
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
            &fit_line(fonts, &tr.t("report-no-reactions"), 9.0, width - 2.0),
        );
    } else {
        for (kind, count) in by_kind {
            row(page, &mut y, &tr.t(&ids::reaction(kind)), count);
        }
    }
}
