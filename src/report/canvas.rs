//! A4 pages for printable reports: a document with the embedded font, a page canvas in mm from
//! the top left (text, lines, rectangles, polygons, circles, dashes), text measuring, and the
//! two text layouts every report needs ([`fit_line`] and [`wrap`]).
//!
//! The font is egui's Ubuntu Light (embedded, so accents and other scripts print and can be
//! copied out of the PDF); if it cannot be read, built-in Helvetica is used instead.
//! This module only draws: it must never import egui, write files, or panic on any text.

use printpdf::{
    BuiltinFont, Color, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

/// Width of an A4 page, in mm.
pub const PAGE_W: f32 = 210.0;
/// Height of an A4 page, in mm.
pub const PAGE_H: f32 = 297.0;
/// Left, right and top margin, in mm.
pub const MARGIN: f32 = 15.0;
/// Width between the left and right margins, in mm.
pub const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Width of a US Letter page, in mm.
pub const LETTER_W: f32 = 215.9;
/// Height of a US Letter page, in mm.
pub const LETTER_H: f32 = 279.4;

/// The paper a page is made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in mm.
    #[must_use]
    pub const fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (PAGE_W, PAGE_H),
            Paper::Letter => (LETTER_W, LETTER_H),
        }
    }
}

/// A colour as red, green, blue, each 0.0 to 1.0.
pub type Colour = (f32, f32, f32);

/// Body text.
pub const BLACK: Colour = (0.0, 0.0, 0.0);
/// Secondary text (dates, footers, legends).
pub const GREY: Colour = (0.35, 0.35, 0.35);
/// Thin rules between parts of a page.
pub const RULE: Colour = (0.6, 0.6, 0.6);
/// Paper white.
pub const WHITE: Colour = (1.0, 1.0, 1.0);

/// An outline: its colour and width in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    pub width_pt: f32,
}

impl Stroke {
    /// An outline of `width_pt` points.
    #[must_use]
    pub const fn new(colour: Colour, width_pt: f32) -> Self {
        Self { colour, width_pt }
    }
}

/// A box on the page, in mm from the top left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Area {
    /// The box with top left corner `(x, y)`, `w` wide and `h` high.
    #[must_use]
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }
}

/// A PDF being built: its title, its font, and (at the end) its pages.
pub struct Document {
    pdf: PdfDocument,
    fonts: Fonts,
}

impl Document {
    /// An empty document with the report font embedded.
    #[must_use]
    pub fn new(title: &str) -> Self {
        let mut pdf = PdfDocument::new(title);
        let fonts = Fonts::embed(&mut pdf);
        Self { pdf, fonts }
    }

    /// The font, for measuring text before drawing it.
    #[must_use]
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// A blank A4 page to draw on.
    #[must_use]
    pub fn page(&self) -> Canvas<'_> {
        Canvas::new(&self.fonts)
    }

    /// A blank page of `paper` to draw on.
    #[must_use]
    pub fn page_on(&self, paper: Paper) -> Canvas<'_> {
        let mut page = Canvas::new(&self.fonts);
        page.size = paper.size();
        page
    }

    /// The finished PDF bytes, with `pages` in order.
    #[must_use]
    pub fn save(mut self, pages: Vec<Page>) -> Vec<u8> {
        let pages = pages.into_iter().map(|p| p.0).collect();
        let mut warnings = Vec::new();
        self.pdf
            .with_pages(pages)
            .save(&PdfSaveOptions::default(), &mut warnings)
    }
}

/// A page whose drawing is finished, ready for [`Document::save`].
pub struct Page(PdfPage);

/// The report font and how wide text is in it.
pub struct Fonts {
    parsed: Option<ParsedFont>,
    handle: PdfFontHandle,
}

impl Fonts {
    fn embed(pdf: &mut PdfDocument) -> Self {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(epaint_default_fonts::UBUNTU_LIGHT, 0, &mut warnings);
        let handle = match &parsed {
            Some(f) => PdfFontHandle::External(pdf.add_font(f)),
            None => PdfFontHandle::Builtin(BuiltinFont::Helvetica),
        };
        Self { parsed, handle }
    }

    /// Width of `text` at `size` points, in mm.
    #[must_use]
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }

    /// Width of one character at `size` points, in mm (half an em if the font lacks it).
    #[must_use]
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        const MM_PER_PT: f32 = 25.4 / 72.0;
        let em = match &self.parsed {
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

/// `text` on one line, cut to `max_w` mm with "…" if needed; line breaks and tabs become spaces.
#[must_use]
pub fn fit_line(fonts: &Fonts, text: &str, size: f32, max_w: f32) -> String {
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

/// Greedy word wrap into lines of at most `max_w` mm and at most `max_lines` lines (at least
/// one), the last ending in "…" if the text was longer. Work is bounded by what fits.
#[must_use]
pub fn wrap(fonts: &Fonts, text: &str, size: f32, max_w: f32, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
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
            if lines.len() == max_lines {
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
                if lines.len() == max_lines {
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

/// One page's drawing, with coordinates in mm from the top left corner.
pub struct Canvas<'a> {
    fonts: &'a Fonts,
    ops: Vec<Op>,
    /// Width and height of the page in mm.
    size: (f32, f32),
}

impl<'a> Canvas<'a> {
    /// A blank page that draws text in `fonts`.
    #[must_use]
    pub fn new(fonts: &'a Fonts) -> Self {
        Self {
            fonts,
            ops: Vec::new(),
            size: (PAGE_W, PAGE_H),
        }
    }

    /// The font this page draws with, for measuring.
    #[must_use]
    pub fn fonts(&self) -> &'a Fonts {
        self.fonts
    }

    /// The page as it is now, for [`Document::save`].
    #[must_use]
    pub fn finish(self) -> Page {
        Page(PdfPage::new(Mm(self.size.0), Mm(self.size.1), self.ops))
    }

    /// One line of text as given (lay it out first with [`fit_line`] or [`wrap`]).
    pub fn text(&mut self, x: f32, baseline: f32, size: f32, colour: Colour, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::SetFillColor { col: rgb(colour) },
            Op::StartTextSection,
            Op::SetTextCursor {
                pos: at(self.size.1, x, baseline),
            },
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

    /// A straight line from `from` to `to`.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
        self.ops.push(Op::SetOutlineColor {
            col: rgb(stroke.colour),
        });
        self.ops.push(Op::SetOutlineThickness {
            pt: Pt(stroke.width_pt),
        });
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![corner(self.size.1, from.0, from.1), corner(self.size.1, to.0, to.1)],
                is_closed: false,
            },
        });
    }

    /// A horizontal rule from `x0` to `x1` at height `y`.
    pub fn hline(&mut self, x0: f32, x1: f32, y: f32, colour: Colour, width_pt: f32) {
        self.line((x0, y), (x1, y), Stroke::new(colour, width_pt));
    }

    /// A filled rectangle with top left corner `(x, y)`.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Colour) {
        self.polygon(&[(x, y), (x + w, y), (x + w, y + h), (x, y + h)], Some(fill), None);
    }

    /// Dashes for the outlines drawn after this (mm on, mm off, ...); empty for solid lines.
    pub fn set_dash(&mut self, pattern: &[f32]) {
        let dash = if pattern.is_empty() {
            LineDashPattern::solid()
        } else {
            LineDashPattern::new(0.0, pattern)
        };
        self.ops.push(Op::SetLineDashPattern { dash });
    }

    /// A closed polygon, filled, outlined, or both (nothing if neither).
    pub fn polygon(&mut self, pts: &[(f32, f32)], fill: Option<Colour>, stroke: Option<Stroke>) {
        let h = self.size.1;
        let points = pts.iter().map(|&(x, y)| corner(h, x, y)).collect();
        self.shape(points, fill, stroke);
    }

    /// A circle of radius `r` mm, filled, outlined, or both.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: Option<Colour>, stroke: Option<Stroke>) {
        // Four Bézier curves: PDF has no circle.
        let k = 0.552_284_8 * r;
        let h = self.size.1;
        let points = vec![
            corner(h, cx + r, cy),
            control(h, cx + r, cy + k),
            control(h, cx + k, cy + r),
            corner(h, cx, cy + r),
            control(h, cx - k, cy + r),
            control(h, cx - r, cy + k),
            corner(h, cx - r, cy),
            control(h, cx - r, cy - k),
            control(h, cx - k, cy - r),
            corner(h, cx, cy - r),
            control(h, cx + k, cy - r),
            control(h, cx + r, cy - k),
            corner(h, cx + r, cy),
        ];
        self.shape(points, fill, stroke);
    }

    fn shape(&mut self, points: Vec<LinePoint>, fill: Option<Colour>, stroke: Option<Stroke>) {
        if let Some(colour) = fill {
            self.ops.push(Op::SetFillColor { col: rgb(colour) });
        }
        if let Some(s) = stroke {
            self.ops.push(Op::SetOutlineColor { col: rgb(s.colour) });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(s.width_pt) });
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

fn rgb((r, g, b): Colour) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// A point on a page `page_h` mm high, from mm measured from the top left (PDF measures from
/// the bottom left).
fn at(page_h: f32, x: f32, y: f32) -> Point {
    Point::new(Mm(x), Mm(page_h - y))
}

fn corner(page_h: f32, x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: at(page_h, x, y),
        bezier: false,
    }
}

fn control(page_h: f32, x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: at(page_h, x, y),
        bezier: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: f32 = 8.0;

    #[test]
    fn fit_line_keeps_short_text_and_cuts_long_text_with_an_ellipsis() {
        let doc = Document::new("t");
        let fonts = doc.fonts();
        assert_eq!(fit_line(fonts, "Left thigh", SIZE, 100.0), "Left thigh");
        assert_eq!(fit_line(fonts, "two\nlines\tand tab", SIZE, 100.0), "two lines and tab");
        let long = "Bruise from last week nearby, ñ ü ".repeat(20);
        let cut = fit_line(fonts, &long, SIZE, 40.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(fonts.width(&cut, SIZE) <= 40.0 + 1e-3, "{cut}");
        assert!(
            !cut.trim_end_matches('…').ends_with(' '),
            "no space before the ellipsis: {cut}"
        );
    }

    #[test]
    fn wrap_keeps_every_line_inside_the_width_and_the_line_limit() {
        let doc = Document::new("t");
        let fonts = doc.fonts();
        assert_eq!(wrap(fonts, "", SIZE, 30.0, 4), vec![String::new()]);
        assert_eq!(wrap(fonts, "100 mg", SIZE, 30.0, 4), vec!["100 mg".to_owned()]);
        let text = "Red patch, 3 cm, gone after 2 days; a word: Oberschenkelvorderseitenmitte";
        let lines = wrap(fonts, text, SIZE, 20.0, 10);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(fonts.width(line, SIZE) <= 20.0 + 1e-3, "{line:?} in {lines:?}");
        }
        // Nothing is lost when it fits the line limit.
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        let short = wrap(fonts, &"x".repeat(20_000), SIZE, 20.0, 4);
        assert_eq!(short.len(), 4);
        assert!(short[3].ends_with('…'), "{short:?}");
        assert!(fonts.width(&short[3], SIZE) <= 20.0 + 1e-3);
        assert_eq!(
            wrap(fonts, "one two three four", SIZE, 8.0, 0).len(),
            1,
            "at least one line"
        );
    }
}
