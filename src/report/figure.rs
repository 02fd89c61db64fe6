//! The body figure for printed reports: front and back silhouettes, the injection zones, the
//! circle around the navel, and any points the report wants to show (past injections, a planned
//! site), each with its own style.
//!
//! The shapes come from `body_map::model`, the same centimetres the screen uses, so a printed dot
//! sits where the patient tapped. This module only draws onto a [`Canvas`]: it must never import
//! egui, and it skips points it cannot place rather than panic.

use super::canvas::{Area, BLACK, Canvas, Colour, GREY, Stroke, WHITE, fit_line};
use crate::body_map::model::{BodyPart, NAVEL_RADIUS_CM, PointCm, View, Zone, body_bounds, silhouette};

/// Fill of the body silhouette.
pub const BODY_FILL: Colour = (0.88, 0.88, 0.88);
/// Fill of the injection zones.
pub const ZONE_FILL: Colour = (0.80, 0.88, 0.97);
/// Outline of the injection zones.
pub const ZONE_LINE: Colour = (0.25, 0.45, 0.75);
/// Colour of the dashed circle around the navel (no injections inside it).
pub const NAVEL_LINE: Colour = (0.85, 0.15, 0.10);
/// Gap between the front and the back drawing, in mm.
pub const PAIR_GAP: f32 = 8.0;
/// Size of the labels under the drawings, in points.
pub const LABEL_SIZE: f32 = 9.0;

/// How one zone is drawn: its fill, and whether it is crossed out (an area to avoid, so it
/// reads on a black-and-white print too).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoneStyle {
    pub fill: Colour,
    pub crossed: Option<Colour>,
}

impl ZoneStyle {
    /// The plain zone of every report.
    pub const PLAIN: Self = Self {
        fill: ZONE_FILL,
        crossed: None,
    };
}

/// How one point is drawn: a filled dot with an optional outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointStyle {
    pub fill: Colour,
    /// Radius in mm.
    pub radius: f32,
    pub outline: Option<Stroke>,
}

impl PointStyle {
    /// A logged injection.
    pub const INJECTION: Self = Self {
        fill: (0.05, 0.20, 0.55),
        radius: 0.6,
        outline: Some(Stroke::new(WHITE, 0.12)),
    };
    /// A logged injection that had a skin reaction.
    pub const REACTION: Self = Self {
        fill: (0.85, 0.15, 0.10),
        radius: 0.6,
        outline: Some(Stroke::new(WHITE, 0.12)),
    };
}

/// A point to draw on the figure: which drawing, where in body centimetres, and how.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigurePoint {
    pub view: View,
    pub at: PointCm,
    pub style: PointStyle,
}

/// Width in mm of one drawing that is `height` mm high.
#[must_use]
pub fn figure_width(height: f32) -> f32 {
    let (min, max) = body_bounds();
    (max.x - min.x) * height / (max.y - min.y)
}

/// Draws one view (silhouette, zones, on the front the navel circle, then the points of this
/// view in list order, so later points lie on top) as large as fits in `area`, centred in it.
/// Points outside the drawing are pulled to its edge; points that are not numbers are skipped.
pub fn draw_view(page: &mut Canvas, view: View, area: Area, points: &[FigurePoint]) {
    draw_view_styled(page, view, area, points, &|_| ZoneStyle::PLAIN);
}

/// [`draw_view`] with each zone drawn as `zone_style` says (a site plan).
pub fn draw_view_styled(
    page: &mut Canvas,
    view: View,
    area: Area,
    points: &[FigurePoint],
    zone_style: &dyn Fn(Zone) -> ZoneStyle,
) {
    let Area { x, y, w, h } = area;
    let (bmin, bmax) = body_bounds();
    let scale = (h / (bmax.y - bmin.y)).min(w / (bmax.x - bmin.x)).max(0.0);
    let fig_w = (bmax.x - bmin.x) * scale;
    let fig_h = (bmax.y - bmin.y) * scale;
    let left = x + (w - fig_w) / 2.0;
    let top = y + (h - fig_h) / 2.0;
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
        let style = zone_style(zone);
        page.polygon(&pts, Some(style.fill), Some(Stroke::new(ZONE_LINE, 0.35)));
        if let Some(colour) = style.crossed {
            let (x0, x1) = pts
                .iter()
                .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            let (y0, y1) = pts
                .iter()
                .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
            let stroke = Stroke::new(colour, 0.9);
            page.line((x0, y0), (x1, y1), stroke);
            page.line((x0, y1), (x1, y0), stroke);
        }
    }
    if view == View::Front {
        let (cx, cy) = to_page(PointCm::new(0.0, 0.0));
        page.set_dash(&[0.8, 0.6]);
        page.circle(
            cx,
            cy,
            NAVEL_RADIUS_CM * scale,
            None,
            Some(Stroke::new(NAVEL_LINE, 0.3)),
        );
        page.set_dash(&[]);
        page.circle(cx, cy, 0.5, Some(GREY), None);
    }
    for p in points.iter().filter(|p| p.view == view) {
        if !(p.at.x.is_finite() && p.at.y.is_finite()) {
            continue;
        }
        let (px, py) = to_page(p.at);
        let (px, py) = (px.clamp(left, left + fig_w), py.clamp(top, top + fig_h));
        page.circle(px, py, p.style.radius, Some(p.style.fill), p.style.outline);
    }
}

/// The front drawing at `(left, top)` and the back one [`PAIR_GAP`] mm to its right, both
/// `height` mm high, each with its label centred under it. Returns the width of the pair in mm.
pub fn draw_front_and_back(
    page: &mut Canvas,
    left: f32,
    top: f32,
    height: f32,
    labels: [&str; 2],
    sides: (&str, &str),
    points: &[FigurePoint],
) -> f32 {
    draw_front_and_back_styled(page, left, top, height, labels, sides, points, &|_| ZoneStyle::PLAIN)
}

/// [`draw_front_and_back`] with each zone drawn as `zone_style` says.
#[allow(clippy::too_many_arguments)] // one figure: where, how big, its words, its points, its fills
pub fn draw_front_and_back_styled(
    page: &mut Canvas,
    left: f32,
    top: f32,
    height: f32,
    labels: [&str; 2],
    sides: (&str, &str),
    points: &[FigurePoint],
    zone_style: &dyn Fn(Zone) -> ZoneStyle,
) -> f32 {
    let fig_w = figure_width(height);
    for (i, (view, label)) in [View::Front, View::Back].into_iter().zip(labels).enumerate() {
        let x = left + i as f32 * (fig_w + PAIR_GAP);
        draw_view_styled(page, view, Area::new(x, top, fig_w, height), points, zone_style);
        // The person's left and right, at the top corners of each drawing.
        let (on_left, on_right) = crate::body_map::model::sides_on_screen(view, sides);
        let right_w = page.fonts().width(on_right, LABEL_SIZE);
        page.text(x, top + LABEL_SIZE * 0.4, LABEL_SIZE, BLACK, on_left);
        page.text(x + fig_w - right_w, top + LABEL_SIZE * 0.4, LABEL_SIZE, BLACK, on_right);
        let room = fig_w + PAIR_GAP;
        let label = fit_line(page.fonts(), label, LABEL_SIZE, room);
        let label_w = page.fonts().width(&label, LABEL_SIZE).min(room);
        page.text(
            x + (fig_w - label_w) / 2.0,
            top + height + 5.0,
            LABEL_SIZE,
            BLACK,
            &label,
        );
    }
    2.0 * fig_w + PAIR_GAP
}
