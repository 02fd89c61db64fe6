//! Pictures for the injection steps, drawn with egui shapes (crisp at any size, themed).
//! They only illustrate: the text next to them says everything, so they are not read aloud.
//! Each step has its own picture, drawn so it can be told apart at a glance: real things (a tap
//! and hands, a fridge, a syringe with its cap, gauze, pinched skin) rather than symbols, with a
//! green tick for "this is right" and a red "no" sign for "never do this".

use eframe::egui::{self, Color32, Pos2, Rect, Shape, Stroke, Vec2};

use crate::content::Picture;

use super::theme::{self, PICTURE_SIZE, Palette, picture as tokens};

/// Draws the picture of one step.
pub fn picture_ui(ui: &mut egui::Ui, picture: Picture) {
    let (rect, _) = ui.allocate_exact_size(PICTURE_SIZE, egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let p = theme::palette(ui);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, theme::RADIUS, p.picture_fill);
    let d = Draw {
        painter: &painter,
        rect,
        p,
    };
    d.draw(picture);
}

/// Drawing in a unit square mapped onto the picture's rectangle.
struct Draw<'a> {
    painter: &'a egui::Painter,
    rect: Rect,
    p: Palette,
}

impl Draw<'_> {
    fn draw(&self, picture: Picture) {
        let p = self.p;
        match picture {
            Picture::Supplies => {
                // One syringe, alcohol wipes, gauze: what to lay out first.
                self.syringe(0.14, 0.3, 0.5, 0.0);
                self.wipe(0.2, 0.72);
                self.gauze(0.62, 0.58, 0.9, 0.9);
                self.tick(0.85, 0.25);
            }
            Picture::Fridge => {
                self.fridge(0.08, 0.1);
                self.syringe(0.5, 0.5, 0.3, 0.0);
                self.arrow(0.4, 0.72, 0.85, 0.72);
            }
            Picture::Warm => {
                self.fridge(0.05, 0.1);
                self.syringe(0.42, 0.55, 0.3, 0.0);
                self.clock(0.82, 0.35, "30");
            }
            Picture::NoHeat => {
                // A microwave and a steaming kettle of hot water, both struck out.
                self.rect(0.08, 0.3, 0.52, 0.75, p.picture_line);
                self.rect(0.12, 0.37, 0.4, 0.68, p.picture_line);
                self.circle(0.46, 0.45, 0.025);
                self.circle(0.46, 0.58, 0.025);
                self.kettle(0.72, 0.6);
                self.cross(0.5, 0.5, 0.42);
            }
            Picture::NoShake => {
                self.syringe(0.25, 0.5, 0.5, 0.0);
                for (y, dx) in [(0.3, 0.0), (0.7, 0.05)] {
                    self.line(0.3 + dx, y, 0.42 + dx, y);
                    self.line(0.58 - dx, y, 0.7 - dx, y);
                }
                self.cross(0.5, 0.5, 0.38);
            }
            Picture::Expiry => {
                // The label with its EXP date, and the month's last day marked.
                self.fill_rect(0.06, 0.3, 0.5, 0.7, p.card);
                self.rect(0.06, 0.3, 0.5, 0.7, p.picture_line);
                self.text(0.28, 0.5, "EXP", tokens::CLOCK_FONT_SIZE);
                self.calendar(0.6, 0.22, 0.92, 0.78);
            }
            Picture::Check => {
                // Top: clear, a few small bits: fine. Bottom: cloudy or coloured: do not use.
                self.syringe(0.1, 0.28, 0.55, 0.0);
                for (x, y) in [(0.3, 0.26), (0.38, 0.3), (0.45, 0.27)] {
                    self.dot(x, y, 0.012, p.picture_line);
                }
                self.tick(0.85, 0.27);
                self.syringe(0.1, 0.72, 0.55, 0.0);
                self.fill_rect(0.23, 0.67, 0.47, 0.77, p.picture_fat);
                for (x, y) in [(0.27, 0.7), (0.31, 0.74), (0.35, 0.69), (0.39, 0.73), (0.43, 0.7)] {
                    self.dot(x, y, 0.014, p.picture_line);
                }
                self.no(0.85, 0.72, 0.13);
            }
            Picture::Dropped => {
                // A syringe lying on the floor with a crack, struck out.
                self.line(0.05, 0.85, 0.95, 0.85);
                self.syringe(0.2, 0.78, 0.55, -8.0);
                self.zigzag(0.42, 0.62, 0.5, 0.86);
                for x in [0.25, 0.5, 0.72] {
                    self.line(x, 0.2, x, 0.35);
                }
                self.cross(0.5, 0.55, 0.42);
            }
            Picture::CapOn => {
                self.syringe(0.1, 0.5, 0.6, 0.0);
                self.cap(0.53, 0.5, 0.22);
                self.tick(0.88, 0.25);
            }
            Picture::Wash => {
                // A tap, water running onto two hands, and the basin below.
                self.line(0.25, 0.08, 0.55, 0.08);
                self.line(0.55, 0.08, 0.55, 0.2);
                self.fill_rect(0.22, 0.04, 0.3, 0.12, p.picture_line);
                for x in [0.535, 0.55, 0.565] {
                    self.water_line(x, 0.22, x, 0.5);
                }
                self.hand(0.45, 0.72, 25.0, false);
                self.hand(0.65, 0.72, -25.0, true);
                for (x, y) in [(0.3, 0.45), (0.78, 0.42), (0.25, 0.62), (0.84, 0.6), (0.72, 0.3)] {
                    self.drop(x, y);
                }
                self.basin();
            }
            Picture::Table => {
                // A lamp over a clean table with everything laid out.
                self.line(0.05, 0.72, 0.95, 0.72);
                self.line(0.15, 0.72, 0.15, 0.95);
                self.line(0.85, 0.72, 0.85, 0.95);
                self.lamp(0.82, 0.1);
                self.syringe(0.1, 0.6, 0.38, 0.0);
                self.wipe(0.56, 0.62);
                self.gauze(0.7, 0.5, 0.82, 0.68);
            }
            Picture::Dose => {
                // The syringe's marks: the full 100 mg, or a mark from 20 to 90 mg.
                self.syringe(0.1, 0.38, 0.6, 0.0);
                self.scale(0.1, 0.38, 0.6);
                self.text(0.25, 0.78, "100 mg", tokens::CLOCK_FONT_SIZE);
                self.text(0.72, 0.78, "20–90 mg", tokens::CLOCK_FONT_SIZE);
                self.line(0.5, 0.68, 0.5, 0.9);
            }
            Picture::AskDose => {
                // Less than 100 mg? Not the whole syringe: ask the nurse or pharmacist how.
                self.syringe(0.1, 0.42, 0.5, 0.0);
                self.text(0.36, 0.78, "< 100 mg", tokens::CLOCK_FONT_SIZE);
                self.bubble(0.82, 0.32);
            }
            Picture::CapOff => {
                // The cap pulled straight off, not twisted.
                self.syringe(0.1, 0.5, 0.5, 0.0);
                self.cap(0.7, 0.5, 0.2);
                self.arrow(0.72, 0.28, 0.93, 0.28);
            }
            Picture::Bubbles => {
                self.syringe(0.1, 0.5, 0.6, 0.0);
                for (x, y, r) in [(0.3, 0.48, 0.018), (0.36, 0.53, 0.012), (0.42, 0.47, 0.015)] {
                    self.ring(x, y, r, p.picture_line);
                }
                self.tick(0.86, 0.25);
            }
            Picture::DropUp => {
                // Needle up, a small drop at its tip.
                self.syringe(0.45, 0.85, 0.45, -90.0);
                self.drop(0.45, 0.14);
                self.arrow(0.7, 0.85, 0.7, 0.6);
            }
            Picture::Gauze => {
                // Needle down over gauze; the plunger's front edge at the dose mark; extra drips off.
                self.gauze(0.28, 0.84, 0.72, 0.96);
                self.syringe(0.5, 0.09, 0.42, 90.0);
                for y in [0.72, 0.79] {
                    self.drop(0.5, y);
                }
                self.arrow(0.8, 0.21, 0.6, 0.21);
            }
            Picture::NewSyringe => {
                // Could not set the dose: this syringe away, a new one.
                self.syringe(0.08, 0.3, 0.36, 0.0);
                self.no(0.24, 0.3, 0.14);
                self.arrow(0.42, 0.45, 0.55, 0.64);
                self.syringe(0.5, 0.78, 0.4, 0.0);
                self.tick(0.2, 0.78);
            }
            Picture::Site => {
                self.body_outline();
                self.dot(0.58, 0.55, 0.035, p.chosen);
                self.ring(0.5, 0.5, 0.09, p.no);
            }
            Picture::Pinch => {
                // An alcohol wipe, then the skin pinched into a fold between thumb and finger.
                self.wipe(0.1, 0.15);
                self.skin_fold(true);
                self.finger(0.2, 0.3, 0.38, 0.58, false);
                self.finger(0.8, 0.3, 0.62, 0.58, false);
            }
            Picture::Inject => {
                // Layers of skin and the fatty layer under it, with the medicine going under the skin.
                self.fill_rect(0.05, 0.55, 0.95, 0.68, p.picture_skin);
                self.fill_rect(0.05, 0.68, 0.95, 0.92, p.picture_fat);
                self.line(0.05, 0.55, 0.95, 0.55);
                self.syringe(0.3, 0.25, 0.4, 0.0);
                self.arrow(0.5, 0.33, 0.5, 0.74);
                self.dot(0.5, 0.79, 0.04, p.water);
            }
            Picture::Insert => {
                // The needle all the way in, into the pinched fold.
                self.skin_fold(true);
                self.finger(0.2, 0.3, 0.38, 0.58, false);
                self.finger(0.8, 0.3, 0.62, 0.58, false);
                self.syringe(0.5, 0.09, 0.38, 90.0);
                self.arrow(0.68, 0.08, 0.68, 0.32);
            }
            Picture::Push => {
                // The thumb pushes the plunger slowly while the skin stays pinched.
                self.skin_fold(true);
                self.finger(0.2, 0.3, 0.38, 0.58, false);
                self.finger(0.8, 0.3, 0.62, 0.58, false);
                self.syringe(0.5, 0.1, 0.36, 90.0);
                self.finger(0.5, -0.02, 0.5, 0.06, true);
                for y in [0.1, 0.2, 0.3] {
                    self.chevron(0.68, y);
                }
            }
            Picture::LetGo => {
                // Needle out first, then the fingers open and the skin is flat again.
                self.skin_fold(false);
                self.syringe(0.5, 0.08, 0.3, 90.0);
                self.arrow(0.66, 0.38, 0.66, 0.1);
                self.finger(0.1, 0.28, 0.26, 0.5, false);
                self.finger(0.9, 0.28, 0.74, 0.5, false);
            }
            Picture::Once => {
                self.syringe(0.15, 0.45, 0.55, 0.0);
                self.text(0.85, 0.45, "1×", tokens::ONCE_FONT_SIZE);
            }
            Picture::NoRecap => {
                // Never put the cap back on a used needle.
                self.syringe(0.1, 0.5, 0.5, 0.0);
                self.cap(0.78, 0.5, 0.18);
                self.arrow(0.93, 0.7, 0.72, 0.7);
                self.cross(0.6, 0.5, 0.4);
            }
            Picture::Sharps => {
                let box_pts = [
                    self.at(0.3, 0.35),
                    self.at(0.7, 0.35),
                    self.at(0.75, 0.92),
                    self.at(0.25, 0.92),
                ];
                self.painter
                    .add(Shape::convex_polygon(box_pts.to_vec(), p.sharps_box, self.stroke()));
                self.fill_rect(0.28, 0.3, 0.72, 0.38, p.sharps_lid);
                self.syringe(0.42, 0.08, 0.25, 90.0);
                self.arrow(0.62, 0.08, 0.62, 0.3);
            }
        }
    }

    fn at(&self, x: f32, y: f32) -> Pos2 {
        Pos2::new(
            self.rect.left() + x * self.rect.width(),
            self.rect.top() + y * self.rect.height(),
        )
    }
    fn s(&self, v: f32) -> f32 {
        v * self.rect.height()
    }
    fn stroke(&self) -> Stroke {
        Stroke::new(tokens::LINE, self.p.picture_line)
    }
    fn line(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.painter
            .line_segment([self.at(x0, y0), self.at(x1, y1)], self.stroke());
    }
    fn water_line(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.painter.line_segment(
            [self.at(x0, y0), self.at(x1, y1)],
            Stroke::new(tokens::LINE, self.p.water),
        );
    }
    fn rect(&self, x0: f32, y0: f32, x1: f32, y1: f32, color: Color32) {
        self.painter.rect_stroke(
            Rect::from_min_max(self.at(x0, y0), self.at(x1, y1)),
            tokens::BOX_RADIUS,
            Stroke::new(tokens::LINE, color),
            egui::StrokeKind::Inside,
        );
    }
    fn fill_rect(&self, x0: f32, y0: f32, x1: f32, y1: f32, color: Color32) {
        self.painter.rect_filled(
            Rect::from_min_max(self.at(x0, y0), self.at(x1, y1)),
            tokens::BAND_RADIUS,
            color,
        );
    }
    fn circle(&self, x: f32, y: f32, r: f32) {
        self.painter.circle_stroke(self.at(x, y), self.s(r), self.stroke());
    }
    fn ring(&self, x: f32, y: f32, r: f32, color: Color32) {
        self.painter
            .circle_stroke(self.at(x, y), self.s(r), Stroke::new(tokens::LINE, color));
    }
    fn dot(&self, x: f32, y: f32, r: f32, color: Color32) {
        self.painter.circle_filled(self.at(x, y), self.s(r), color);
    }
    fn text(&self, x: f32, y: f32, text: &str, size: f32) {
        self.painter.text(
            self.at(x, y),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(size),
            self.p.picture_line,
        );
    }
    /// The red "never do this" sign over the whole picture: a ring and a slash.
    #[allow(
        clippy::many_single_char_names,
        reason = "geometry: x, y, r, p, c read best as in the formulas"
    )]
    fn cross(&self, x: f32, y: f32, r: f32) {
        let st = Stroke::new(tokens::CROSS_STROKE, self.p.no);
        let rr = r * self.rect.height();
        let c = self.at(x, y);
        self.painter.circle_stroke(c, rr, st);
        let k = rr * std::f32::consts::FRAC_1_SQRT_2;
        self.painter
            .line_segment([c + Vec2::new(-k, -k), c + Vec2::new(k, k)], st);
    }
    /// A small red X: "not this one".
    #[allow(
        clippy::many_single_char_names,
        reason = "geometry: x, y, r, p, c read best as in the formulas"
    )]
    fn no(&self, x: f32, y: f32, r: f32) {
        let st = Stroke::new(tokens::CROSS_STROKE, self.p.no);
        let c = self.at(x, y);
        let k = self.s(r) * std::f32::consts::FRAC_1_SQRT_2;
        self.painter
            .line_segment([c + Vec2::new(-k, -k), c + Vec2::new(k, k)], st);
        self.painter
            .line_segment([c + Vec2::new(-k, k), c + Vec2::new(k, -k)], st);
    }
    /// A green tick: "this is right".
    fn tick(&self, x: f32, y: f32) {
        let st = Stroke::new(tokens::CROSS_STROKE, self.p.ok);
        let c = self.at(x, y);
        let k = self.s(0.1);
        self.painter.add(Shape::line(
            vec![
                c + Vec2::new(-k, 0.0),
                c + Vec2::new(-k * 0.3, k * 0.7),
                c + Vec2::new(k, -k * 0.8),
            ],
            st,
        ));
    }
    fn arrow(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        let a = self.at(x0, y0);
        let b = self.at(x1, y1);
        self.painter
            .arrow(a, b - a, Stroke::new(tokens::ARROW_STROKE, self.p.accent));
    }
    /// A downward chevron (several in a row: "slowly, steadily down").
    fn chevron(&self, x: f32, y: f32) {
        let c = self.at(x, y);
        let k = self.s(0.04);
        self.painter.add(Shape::line(
            vec![c + Vec2::new(-k, -k * 0.6), c, c + Vec2::new(k, -k * 0.6)],
            Stroke::new(tokens::ARROW_STROKE, self.p.accent),
        ));
    }
    /// A syringe starting at (x, y), `len` wide (in picture widths), rotated by `deg`.
    #[allow(
        clippy::many_single_char_names,
        reason = "geometry: x, y, r, p, c read best as in the formulas"
    )]
    fn syringe(&self, x: f32, y: f32, len: f32, deg: f32) {
        let start = self.at(x, y);
        let l = len * self.rect.width();
        let (sin, cos) = deg.to_radians().sin_cos();
        let dir = Vec2::new(cos, sin);
        let n = Vec2::new(-sin, cos);
        let w = self.s(0.06);
        let barrel = [
            start + n * w,
            start + dir * (l * 0.7) + n * w,
            start + dir * (l * 0.7) - n * w,
            start - n * w,
        ];
        self.painter
            .add(Shape::convex_polygon(barrel.to_vec(), self.p.card, self.stroke()));
        // Finger grips, plunger rod and thumb pad, needle.
        self.painter
            .line_segment([start + n * (w * 1.6), start - n * (w * 1.6)], self.stroke());
        self.painter
            .line_segment([start + dir * (l * 0.2), start - dir * (l * 0.15)], self.stroke());
        self.painter.line_segment(
            [start - dir * (l * 0.15) + n * w, start - dir * (l * 0.15) - n * w],
            self.stroke(),
        );
        self.painter.line_segment(
            [start + dir * (l * 0.7), start + dir * l],
            Stroke::new(tokens::NEEDLE_STROKE, self.p.picture_line),
        );
        // Liquid.
        let liquid = [
            start + dir * (l * 0.22) + n * (w * 0.6),
            start + dir * (l * 0.68) + n * (w * 0.6),
            start + dir * (l * 0.68) - n * (w * 0.6),
            start + dir * (l * 0.22) - n * (w * 0.6),
        ];
        self.painter.add(Shape::convex_polygon(
            liquid.to_vec(),
            self.p.picture_fill,
            Stroke::NONE,
        ));
        // The plunger's front edge.
        self.painter.line_segment(
            [start + dir * (l * 0.2) + n * w, start + dir * (l * 0.2) - n * w],
            self.stroke(),
        );
    }
    /// Marks along a level syringe's barrel (as drawn by [`Draw::syringe`] at 0°).
    fn scale(&self, x: f32, y: f32, len: f32) {
        for i in 0..8 {
            let tx = x + len * (0.3 + 0.055 * i as f32);
            self.line(tx, y - 0.06, tx, y - 0.02);
        }
    }
    /// The needle cap, its open end at (x, y), `len` wide, pointing right.
    fn cap(&self, x: f32, y: f32, len: f32) {
        self.painter.rect(
            Rect::from_min_max(self.at(x, y - 0.05), self.at(x + len, y + 0.05)),
            tokens::BOX_RADIUS,
            self.p.sharps_lid,
            self.stroke(),
            egui::StrokeKind::Inside,
        );
    }
    fn fridge(&self, x: f32, y: f32) {
        self.rect(x, y, x + 0.28, y + 0.8, self.p.picture_line);
        self.line(x, y + 0.3, x + 0.28, y + 0.3);
        self.line(x + 0.22, y + 0.1, x + 0.22, y + 0.2);
        self.line(x + 0.22, y + 0.4, x + 0.22, y + 0.55);
    }
    fn clock(&self, x: f32, y: f32, label: &str) {
        self.circle(x, y, 0.16);
        self.line(x, y, x, y - 0.1);
        self.line(x, y, x + 0.04, y + 0.03);
        self.text(x, y + 0.32, label, tokens::CLOCK_FONT_SIZE);
    }
    /// A speech bubble with a question mark: "ask".
    fn bubble(&self, x: f32, y: f32) {
        let c = self.at(x, y);
        let r = self.s(0.17);
        self.painter.add(Shape::convex_polygon(
            vec![
                c + Vec2::new(-r * 0.5, r * 0.7),
                c + Vec2::new(-r * 1.1, r * 1.4),
                c + Vec2::new(-r * 0.1, r * 0.9),
            ],
            self.p.card,
            self.stroke(),
        ));
        self.painter.circle(c, r, self.p.card, self.stroke());
        self.text(x, y, "?", tokens::ONCE_FONT_SIZE);
    }
    /// A month's page, its last day marked in red.
    fn calendar(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.fill_rect(x0, y0, x1, y1, self.p.card);
        self.rect(x0, y0, x1, y1, self.p.picture_line);
        self.fill_rect(x0, y0, x1, y0 + 0.12, self.p.sharps_lid);
        let (cols, rows) = (4, 3);
        let cw = (x1 - x0) / cols as f32;
        let rh = (y1 - y0 - 0.12) / rows as f32;
        for r in 0..rows {
            for c in 0..cols {
                let cx = x0 + cw * (c as f32 + 0.5);
                let cy = y0 + 0.12 + rh * (r as f32 + 0.5);
                self.dot(cx, cy, 0.012, self.p.picture_line);
            }
        }
        let lx = x0 + cw * (cols as f32 - 0.5);
        let ly = y0 + 0.12 + rh * (rows as f32 - 0.5);
        self.ring(lx, ly, 0.06, self.p.no);
    }
    /// An alcohol wipe in its open packet, centred on (x, y).
    fn wipe(&self, x: f32, y: f32) {
        self.painter.rect(
            Rect::from_center_size(self.at(x, y), Vec2::new(self.s(0.22), self.s(0.18))),
            tokens::BAND_RADIUS,
            self.p.card,
            self.stroke(),
            egui::StrokeKind::Inside,
        );
        self.drop(x, y + 0.03);
    }
    /// Sterile gauze: a square with a woven pattern.
    fn gauze(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.fill_rect(x0, y0, x1, y1, self.p.card);
        let thin = Stroke::new(tokens::NEEDLE_STROKE, self.p.body_stroke);
        for i in 1..4 {
            let f = i as f32 / 4.0;
            let x = x0 + (x1 - x0) * f;
            let y = y0 + (y1 - y0) * f;
            self.painter.line_segment([self.at(x, y0), self.at(x, y1)], thin);
            self.painter.line_segment([self.at(x0, y), self.at(x1, y)], thin);
        }
        self.rect(x0, y0, x1, y1, self.p.picture_line);
    }
    /// A kettle with steam: hot water.
    fn kettle(&self, x: f32, y: f32) {
        let body = [
            self.at(x - 0.12, y + 0.18),
            self.at(x + 0.12, y + 0.18),
            self.at(x + 0.09, y - 0.1),
            self.at(x - 0.09, y - 0.1),
        ];
        self.painter
            .add(Shape::convex_polygon(body.to_vec(), self.p.card, self.stroke()));
        self.line(x + 0.11, y + 0.05, x + 0.2, y - 0.08);
        for dx in [-0.05, 0.03] {
            self.painter.add(Shape::line(
                vec![
                    self.at(x + dx, y - 0.15),
                    self.at(x + dx + 0.02, y - 0.22),
                    self.at(x + dx, y - 0.29),
                    self.at(x + dx + 0.02, y - 0.36),
                ],
                self.stroke(),
            ));
        }
    }
    /// A desk lamp shining down.
    fn lamp(&self, x: f32, y: f32) {
        let shade = [
            self.at(x - 0.1, y + 0.16),
            self.at(x + 0.02, y + 0.16),
            self.at(x - 0.01, y),
            self.at(x - 0.07, y),
        ];
        self.painter
            .add(Shape::convex_polygon(shade.to_vec(), self.p.sharps_box, self.stroke()));
        self.line(x - 0.04, y, x + 0.08, y - 0.05);
        self.line(x + 0.08, y - 0.05, x + 0.08, 0.72);
        for (dx, dy) in [(-0.12, 0.3), (-0.04, 0.32), (0.04, 0.3)] {
            self.painter.line_segment(
                [self.at(x - 0.04, y + 0.2), self.at(x - 0.04 + dx * 0.8, y + dy)],
                Stroke::new(tokens::NEEDLE_STROKE, self.p.picture_line),
            );
        }
    }
    /// A crack across a broken syringe.
    fn zigzag(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        let pts: Vec<Pos2> = (0..=5)
            .map(|i| {
                let f = i as f32 / 5.0;
                let wob = if i % 2 == 0 { -0.02 } else { 0.02 };
                self.at(x0 + (x1 - x0) * f + wob, y0 + (y1 - y0) * f)
            })
            .collect();
        self.painter.add(Shape::line(pts, Stroke::new(tokens::LINE, self.p.no)));
    }
    /// A thick, rounded, outlined stroke in skin colour (a finger or a thumb).
    fn limb(&self, a: Pos2, b: Pos2, width: f32) {
        let outline = width + 2.0 * tokens::NEEDLE_STROKE;
        for (w, c) in [(outline, self.p.body_stroke), (width, self.p.body)] {
            self.painter.line_segment([a, b], Stroke::new(w, c));
            self.painter.circle_filled(a, w / 2.0, c);
            self.painter.circle_filled(b, w / 2.0, c);
        }
    }
    /// One finger from (x0, y0) to its tip at (x1, y1); `thumb` draws it wider.
    fn finger(&self, x0: f32, y0: f32, x1: f32, y1: f32, thumb: bool) {
        let w = self.s(if thumb { 0.1 } else { 0.08 });
        self.limb(self.at(x0, y0), self.at(x1, y1), w);
    }
    /// A hand, palm and fingers pointing up, tilted by `deg`, its palm centred on (x, y).
    /// `mirror` puts the thumb on the other side.
    #[allow(
        clippy::many_single_char_names,
        reason = "geometry: x, y, r, p, c read best as in the formulas"
    )]
    fn hand(&self, x: f32, y: f32, deg: f32, mirror: bool) {
        let c = self.at(x, y);
        let (sin, cos) = deg.to_radians().sin_cos();
        let h = self.rect.height();
        let m = if mirror { -1.0 } else { 1.0 };
        // Local coordinates in picture heights: x right, y down.
        let loc = |lx: f32, ly: f32| c + Vec2::new(lx * cos - ly * sin, lx * sin + ly * cos) * h;
        let fw = self.s(0.045);
        for (i, len) in [0.14_f32, 0.17, 0.16, 0.12].iter().enumerate() {
            let fx = m * (-0.054 + 0.036 * i as f32);
            self.limb(loc(fx, -0.06), loc(fx, -0.06 - len), fw);
        }
        self.limb(loc(m * 0.07, 0.02), loc(m * 0.14, -0.08), self.s(0.05));
        let palm: Vec<Pos2> = [
            (-0.08, -0.07),
            (0.08, -0.07),
            (0.085, 0.06),
            (0.05, 0.12),
            (-0.05, 0.12),
            (-0.085, 0.06),
        ]
        .iter()
        .map(|&(lx, ly)| loc(lx, ly))
        .collect();
        self.painter.add(Shape::convex_polygon(
            palm,
            self.p.body,
            Stroke::new(tokens::NEEDLE_STROKE, self.p.body_stroke),
        ));
    }
    /// The sink under the tap.
    fn basin(&self) {
        let pts: Vec<Pos2> = (0..=12)
            .map(|i| {
                let t = i as f32 / 12.0;
                let x = 0.1 + 0.8 * t;
                let y = 0.84 + 0.12 * (std::f32::consts::PI * t).sin();
                self.at(x, y)
            })
            .collect();
        self.painter.add(Shape::line(pts, self.stroke()));
        self.line(0.06, 0.84, 0.94, 0.84);
    }
    /// Skin seen from the side: a band, raised into a fold when it is pinched.
    fn skin_fold(&self, pinched: bool) {
        let top = 0.7;
        let rise = if pinched { 0.25 } else { 0.0 };
        let mut pts: Vec<Pos2> = vec![self.at(0.03, 0.97)];
        for i in 0..=24 {
            let t = i as f32 / 24.0;
            let x = 0.03 + 0.94 * t;
            let bump = (-((x - 0.5) / 0.1).powi(2)).exp();
            pts.push(self.at(x, top - rise * bump));
        }
        pts.push(self.at(0.97, 0.97));
        // The fold is not convex: fill it as one mesh of strips down to the bottom edge (one
        // shape, so no seams between strips), then outline its top.
        let bottom = self.at(0.0, 0.97).y;
        let top_line = &pts[1..pts.len() - 1];
        let mut mesh = egui::Mesh::default();
        for q in top_line {
            mesh.colored_vertex(*q, self.p.picture_skin);
            mesh.colored_vertex(Pos2::new(q.x, bottom), self.p.picture_skin);
        }
        for i in 0..top_line.len().saturating_sub(1) {
            let k = (2 * i) as u32;
            mesh.add_triangle(k, k + 1, k + 2);
            mesh.add_triangle(k + 1, k + 3, k + 2);
        }
        self.painter.add(Shape::mesh(mesh));
        self.painter
            .add(Shape::line(pts[1..pts.len() - 1].to_vec(), self.stroke()));
    }
    fn drop(&self, x: f32, y: f32) {
        let top = self.at(x, y - 0.05);
        let c = self.at(x, y);
        let r = self.s(0.03);
        self.painter.add(Shape::convex_polygon(
            vec![top, c + Vec2::new(r, 0.0), c + Vec2::new(-r, 0.0)],
            self.p.water,
            Stroke::NONE,
        ));
        self.painter.circle_filled(c, r, self.p.water);
    }
    fn body_outline(&self) {
        self.circle(0.5, 0.13, 0.09);
        let torso = [
            self.at(0.38, 0.25),
            self.at(0.62, 0.25),
            self.at(0.6, 0.7),
            self.at(0.4, 0.7),
        ];
        self.painter
            .add(Shape::convex_polygon(torso.to_vec(), self.p.body, self.stroke()));
        self.line(0.44, 0.7, 0.43, 0.95);
        self.line(0.56, 0.7, 0.57, 0.95);
        self.line(0.38, 0.27, 0.32, 0.6);
        self.line(0.62, 0.27, 0.68, 0.6);
    }
}
