//! Pictures for the injection steps, drawn with egui shapes (crisp at any size, themed).
//! They only illustrate: the text next to them says everything, so they are not read aloud.

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
    match picture {
        Picture::Warm => {
            d.fridge(0.05, 0.1);
            d.syringe(0.42, 0.55, 0.3, 0.0);
            d.clock(0.82, 0.35, "30");
        }
        Picture::NoHeat => {
            d.rect(0.2, 0.2, 0.8, 0.8, d.p.picture_line);
            d.rect(0.26, 0.3, 0.62, 0.7, d.p.picture_line);
            d.circle(0.71, 0.4, 0.03);
            d.circle(0.71, 0.55, 0.03);
            d.cross(0.5, 0.5, 0.38);
        }
        Picture::NoShake => {
            d.syringe(0.25, 0.5, 0.5, 0.0);
            for (y, dx) in [(0.3, 0.0), (0.7, 0.05)] {
                d.line(0.3 + dx, y, 0.42 + dx, y);
                d.line(0.58 - dx, y, 0.7 - dx, y);
            }
            d.cross(0.5, 0.5, 0.38);
        }
        Picture::Check => {
            d.syringe(0.1, 0.5, 0.55, 0.0);
            d.magnifier(0.55, 0.45);
        }
        Picture::CheckBad => {
            d.syringe(0.15, 0.5, 0.6, 0.0);
            for (x, y) in [(0.3, 0.49), (0.36, 0.52), (0.42, 0.48), (0.48, 0.53), (0.55, 0.5)] {
                d.dot(x, y, 0.015, d.p.picture_line);
            }
            d.cross(0.5, 0.5, 0.38);
        }
        Picture::Wash => {
            d.hand(0.3);
            d.hand(0.62);
            for (x, y) in [(0.4, 0.12), (0.5, 0.2), (0.6, 0.1), (0.45, 0.3), (0.56, 0.32)] {
                d.drop(x, y);
            }
        }
        Picture::Site => {
            d.body_outline();
            d.dot(0.58, 0.55, 0.035, d.p.chosen);
            d.ring(0.5, 0.5, 0.09, d.p.no);
        }
        Picture::Inject => {
            // Layers of skin and the fatty layer under it, with the medicine going under the skin.
            d.fill_rect(0.05, 0.55, 0.95, 0.68, d.p.picture_skin);
            d.fill_rect(0.05, 0.68, 0.95, 0.92, d.p.picture_fat);
            d.line(0.05, 0.55, 0.95, 0.55);
            d.syringe(0.3, 0.25, 0.4, 0.0);
            d.arrow(0.5, 0.33, 0.5, 0.74);
            d.dot(0.5, 0.79, 0.04, d.p.water);
        }
        Picture::Once => {
            d.syringe(0.15, 0.45, 0.55, 0.0);
            d.text(0.85, 0.45, "1×", tokens::ONCE_FONT_SIZE);
        }
        Picture::Sharps => {
            let box_pts = [d.at(0.3, 0.35), d.at(0.7, 0.35), d.at(0.75, 0.92), d.at(0.25, 0.92)];
            d.painter
                .add(Shape::convex_polygon(box_pts.to_vec(), d.p.sharps_box, d.stroke()));
            d.fill_rect(0.28, 0.3, 0.72, 0.38, d.p.sharps_lid);
            d.syringe(0.42, 0.08, 0.25, 90.0);
            d.arrow(0.62, 0.08, 0.62, 0.3);
        }
    }
}

/// Drawing in a unit square mapped onto the picture's rectangle.
struct Draw<'a> {
    painter: &'a egui::Painter,
    rect: Rect,
    p: Palette,
}

impl Draw<'_> {
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
    fn arrow(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        let a = self.at(x0, y0);
        let b = self.at(x1, y1);
        self.painter
            .arrow(a, b - a, Stroke::new(tokens::ARROW_STROKE, self.p.accent));
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
        // Plunger, needle.
        self.painter
            .line_segment([start, start - dir * (l * 0.15)], self.stroke());
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
            start + dir * (l * 0.3) + n * (w * 0.6),
            start + dir * (l * 0.68) + n * (w * 0.6),
            start + dir * (l * 0.68) - n * (w * 0.6),
            start + dir * (l * 0.3) - n * (w * 0.6),
        ];
        self.painter.add(Shape::convex_polygon(
            liquid.to_vec(),
            self.p.picture_fill,
            Stroke::NONE,
        ));
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
    fn magnifier(&self, x: f32, y: f32) {
        self.painter.circle_stroke(
            self.at(x, y),
            self.s(0.18),
            Stroke::new(tokens::MAGNIFIER_RING_STROKE, self.p.accent),
        );
        self.painter.line_segment(
            [self.at(x + 0.09, y + 0.2), self.at(x + 0.18, y + 0.42)],
            Stroke::new(tokens::MAGNIFIER_HANDLE_STROKE, self.p.accent),
        );
    }
    fn hand(&self, x: f32) {
        let palm = Rect::from_min_max(self.at(x - 0.08, 0.5), self.at(x + 0.08, 0.85));
        self.painter.rect(
            palm,
            tokens::PALM_RADIUS,
            self.p.body,
            self.stroke(),
            egui::StrokeKind::Inside,
        );
        for i in 0..4 {
            let fx = x - 0.06 + 0.04 * i as f32;
            self.painter.line_segment(
                [self.at(fx, 0.5), self.at(fx, 0.38)],
                Stroke::new(self.s(0.05), self.p.body_stroke),
            );
        }
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
