//! Painting the body diagram and turning clicks, taps and keys into choices.
//!
//! Every zone and the suggested spot is a focusable control with a screen-reader label, so the
//! map works with the keyboard and a screen reader. Colour is never the only signal: resting
//! zones are also hatched, never-used zones dotted, and every zone is listed in words beside it.

use eframe::egui::{self, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use super::model::{BodyPart, Fit, Hit, MIN_GAP_CM, NAVEL_RADIUS_CM, PointCm, View, Zone, hit_test, silhouette};
use crate::ui::theme::{self, Palette, map as tokens};

/// How a zone is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneStatus {
    Never,
    Ready,
    Resting,
}

/// What the map shows about one zone.
#[derive(Clone, Debug)]
pub struct ZoneInfo {
    pub zone: Zone,
    pub status: ZoneStatus,
    /// Screen-reader label, e.g. "Left thigh, front. Last used 3 days ago."
    pub label: String,
}

/// A past injection drawn on the map.
#[derive(Clone, Debug)]
pub struct PastPoint {
    pub zone: Zone,
    pub point: PointCm,
    pub age_days: i64,
    /// Text for hovering, e.g. "Injected 3 days ago".
    pub label: String,
}

/// Everything one view of the map draws.
#[derive(Clone, Debug, Default)]
pub struct MapModel {
    pub zones: Vec<ZoneInfo>,
    pub points: Vec<PastPoint>,
    pub marks: Vec<(Zone, PointCm)>,
    pub suggestion: Option<(Zone, PointCm, String)>,
    pub chosen: Option<(Zone, PointCm)>,
    pub navel_label: String,
    pub title: String,
    /// The letters for the person's left and right side ("L", "R"; "G", "D" in French), drawn
    /// at the sides of each view. Empty: not drawn.
    pub side_letters: (String, String),
}

/// What the user did on the map this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum MapAction {
    Choose { zone: Zone, point: PointCm },
    ChooseInZone(Zone),
    ChooseSuggested,
    Miss(Hit),
}

/// Size of one view that fits in `width` x `height` (plus its title line), keeping the body's shape.
#[must_use]
pub fn map_size(width: f32, height: f32) -> Vec2 {
    let (min, max) = super::model::body_bounds();
    let aspect = (max.y - min.y) / (max.x - min.x);
    let h = height.min(width * aspect).max(tokens::MIN_HEIGHT);
    Vec2::new((h / aspect).max(width.min(h / aspect)), h + tokens::TITLE_HEIGHT)
}

fn to_pos(fit: &Fit, p: PointCm) -> Pos2 {
    let (x, y) = fit.to_screen(p);
    Pos2::new(x, y)
}

/// Draws one view of the body and returns what the user did.
///
/// Its controls' ids come from `ui`'s id scope: to show the same view twice on one screen, draw
/// each copy inside its own `ui.push_id(..)`.
pub fn body_map_ui(ui: &mut egui::Ui, view: View, model: &MapModel, size: Vec2) -> Option<MapAction> {
    let p = theme::palette(ui);
    // Every control's id comes from the caller's id scope (sibling `Ui`s share one, hence the
    // view in each salt), never from a global name, so two maps in two scopes never clash.
    let scope = ui.scope_id();
    let (rect, canvas) = ui.allocate_exact_size(size, Sense::click());
    let fit = Fit::new(
        (rect.left(), rect.top() + tokens::TITLE_HEIGHT),
        (rect.width(), rect.height() - tokens::TITLE_HEIGHT),
    );
    let painter = ui.painter_at(rect);
    let mut action = None;
    if ui.is_rect_visible(rect) {
        painter.text(
            Pos2::new(rect.center().x, rect.top() + tokens::TITLE_TOP),
            egui::Align2::CENTER_TOP,
            &model.title,
            egui::FontId::proportional(tokens::TITLE_FONT_SIZE),
            p.text,
        );
        paint_body(&painter, &fit, view, &p);
        // The front view faces you: the person's right is on your left. The back view is seen
        // from behind: their right is on your right.
        let (on_screen_left, on_screen_right) =
            crate::body_map::model::sides_on_screen(view, (&model.side_letters.0, &model.side_letters.1));
        let y = rect.top() + tokens::TITLE_HEIGHT + tokens::TITLE_TOP;
        let font = egui::FontId::proportional(tokens::TITLE_FONT_SIZE);
        painter.text(
            Pos2::new(rect.left() + tokens::TITLE_TOP, y),
            egui::Align2::LEFT_TOP,
            on_screen_left,
            font.clone(),
            p.text,
        );
        painter.text(
            Pos2::new(rect.right() - tokens::TITLE_TOP, y),
            egui::Align2::RIGHT_TOP,
            on_screen_right,
            font,
            p.text,
        );
    }
    if canvas.clicked()
        && let Some(pos) = canvas.interact_pointer_pos()
    {
        let cm = fit.to_cm(pos.x, pos.y);
        action = Some(match hit_test(view, cm) {
            Hit::Zone(zone) => MapAction::Choose { zone, point: cm },
            other => MapAction::Miss(other),
        });
    }

    for info in model.zones.iter().filter(|z| z.zone.view() == view) {
        let zone_rect = zone_rect(&fit, info.zone);
        paint_zone(&painter, &fit, info, &p);
        let id = scope.with(("zone", view, info.zone.key()));
        let r = ui.interact(zone_rect, id, Sense::click());
        let label = info.label.clone();
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if r.has_focus() {
            painter.rect_stroke(
                zone_rect.expand(tokens::FOCUS_GAP),
                tokens::FOCUS_RADIUS,
                Stroke::new(tokens::FOCUS_STROKE, p.accent),
                egui::StrokeKind::Outside,
            );
        }
        let r = r.on_hover_text(&info.label);
        if r.clicked() {
            action = Some(match r.interact_pointer_pos() {
                Some(pos) => {
                    let cm = fit.to_cm(pos.x, pos.y);
                    match hit_test(view, cm) {
                        Hit::Zone(zone) => MapAction::Choose { zone, point: cm },
                        other => MapAction::Miss(other),
                    }
                }
                None => MapAction::ChooseInZone(info.zone),
            });
        }
    }

    if view == View::Front {
        paint_navel(&painter, &fit, &p);
        let c = to_pos(&fit, PointCm::new(0.0, 0.0));
        let r = ui.interact(
            Rect::from_center_size(c, Vec2::splat(fit.scale * tokens::NAVEL_HOVER_CM * 2.0)),
            scope.with(("navel", view)),
            Sense::hover(),
        );
        r.on_hover_text(&model.navel_label);
    }

    for m in model.marks.iter().filter(|m| m.0.view() == view) {
        let c = to_pos(&fit, m.1);
        let k = tokens::MARK_HALF_SIZE;
        let st = Stroke::new(tokens::MARK_STROKE, p.mark);
        painter.line_segment([c + Vec2::new(-k, -k), c + Vec2::new(k, k)], st);
        painter.line_segment([c + Vec2::new(-k, k), c + Vec2::new(k, -k)], st);
    }

    for pt in model.points.iter().filter(|pt| pt.zone.view() == view) {
        let c = to_pos(&fit, pt.point);
        let radius = (fit.scale * tokens::POINT_RADIUS_CM).clamp(tokens::POINT_MIN_RADIUS, tokens::POINT_MAX_RADIUS);
        let fade = (1.0 - pt.age_days as f32 / tokens::POINT_FADE_DAYS).clamp(tokens::POINT_MIN_OPACITY, 1.0);
        painter.circle(
            c,
            radius,
            p.point.gamma_multiply(fade),
            Stroke::new(tokens::POINT_STROKE, p.point_outline),
        );
        let hover = ui.interact(
            Rect::from_center_size(c, Vec2::splat(radius * tokens::POINT_HOVER_SCALE)),
            scope.with(("pt", view, pt.point.x.to_bits(), pt.point.y.to_bits(), pt.age_days)),
            Sense::hover(),
        );
        hover.on_hover_text(&pt.label);
    }

    if let Some((zone, point, label)) = model.suggestion.as_ref().filter(|s| s.0.view() == view) {
        let c = to_pos(&fit, *point);
        let radius = (fit.scale * tokens::SUGGESTION_RADIUS_CM).max(tokens::SUGGESTION_MIN_RADIUS);
        painter.circle_stroke(c, radius, Stroke::new(tokens::SUGGESTION_STROKE, p.suggested));
        // Cross-hair ticks on four sides.
        for dir in [Vec2::X, -Vec2::X, Vec2::Y, -Vec2::Y] {
            painter.line_segment(
                [c + dir * radius * 0.6, c + dir * radius * 1.4],
                Stroke::new(tokens::SUGGESTION_TICK_STROKE, p.suggested),
            );
        }
        let r = ui.interact(
            Rect::from_center_size(c, Vec2::splat(radius * 2.0)),
            scope.with(("suggested", view, zone.key())),
            Sense::click(),
        );
        let label = label.clone();
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if r.has_focus() {
            painter.circle_stroke(
                c,
                radius + tokens::SUGGESTION_FOCUS_GAP,
                Stroke::new(tokens::FOCUS_STROKE, p.accent),
            );
        }
        if r.on_hover_text(&label).clicked() {
            action = Some(MapAction::ChooseSuggested);
        }
    }

    if let Some((zone, point)) = model.chosen.filter(|c| c.0.view() == view) {
        let _ = zone;
        let c = to_pos(&fit, point);
        painter.circle(
            c,
            tokens::CHOSEN_RADIUS,
            p.chosen,
            Stroke::new(tokens::CHOSEN_STROKE, p.point_outline),
        );
        // The 2.5 cm keep-away circle around the chosen point, to scale.
        painter.circle_stroke(
            c,
            fit.scale * MIN_GAP_CM,
            Stroke::new(tokens::KEEP_AWAY_STROKE, p.chosen),
        );
    }
    action
}

fn zone_rect(fit: &Fit, zone: Zone) -> Rect {
    let (min, max) = zone.bounds();
    Rect::from_two_pos(to_pos(fit, min), to_pos(fit, max))
}

fn paint_body(painter: &egui::Painter, fit: &Fit, view: View, p: &Palette) {
    let stroke = Stroke::new(tokens::BODY_STROKE, p.body_stroke);
    for part in silhouette(view) {
        match part {
            BodyPart::Circle { centre, radius } => {
                painter.circle(to_pos(fit, *centre), radius * fit.scale, p.body, stroke);
            }
            BodyPart::Polygon(points) => {
                let pts: Vec<Pos2> = points.iter().map(|q| to_pos(fit, *q)).collect();
                painter.add(egui::epaint::PathShape::closed_line(pts.clone(), stroke));
                painter.add(Shape::Path(egui::epaint::PathShape {
                    points: pts,
                    closed: true,
                    fill: p.body,
                    stroke: stroke.into(),
                }));
            }
        }
    }
}

#[allow(
    clippy::many_single_char_names,
    reason = "geometry: x, y, r, p, c read best as in the formulas"
)]
fn paint_zone(painter: &egui::Painter, fit: &Fit, info: &ZoneInfo, p: &Palette) {
    let fill = match info.status {
        ZoneStatus::Never => p.zone_never,
        ZoneStatus::Ready => p.zone_ready,
        ZoneStatus::Resting => p.zone_rest,
    };
    let pts: Vec<Pos2> = info.zone.outline().iter().map(|q| to_pos(fit, *q)).collect();
    painter.add(Shape::Path(egui::epaint::PathShape {
        points: pts,
        closed: true,
        fill: fill.gamma_multiply(tokens::ZONE_FILL_OPACITY),
        stroke: Stroke::new(tokens::ZONE_STROKE, p.zone_stroke).into(),
    }));
    // Patterns so that colour is never the only signal.
    let r = zone_rect(fit, info.zone);
    let pattern = Stroke::new(
        tokens::PATTERN_STROKE,
        p.zone_stroke.gamma_multiply(tokens::PATTERN_OPACITY),
    );
    match info.status {
        ZoneStatus::Resting => {
            let step = tokens::HATCH_SPACING;
            let mut x = r.left() - r.height();
            while x < r.right() {
                let a = Pos2::new(x, r.bottom());
                let b = Pos2::new(x + r.height(), r.top());
                if let Some((a, b)) = clip_segment(a, b, r.shrink(tokens::HATCH_INSET)) {
                    painter.line_segment([a, b], pattern);
                }
                x += step;
            }
        }
        ZoneStatus::Never => {
            let step = tokens::DOT_SPACING;
            let mut y = r.top() + step / 2.0;
            while y < r.bottom() {
                let mut x = r.left() + step / 2.0;
                while x < r.right() {
                    if super::model::hit_test(info.zone.view(), fit.to_cm(x, y)) == Hit::Zone(info.zone) {
                        painter.circle_filled(Pos2::new(x, y), tokens::DOT_RADIUS, pattern.color);
                    }
                    x += step;
                }
                y += step;
            }
        }
        ZoneStatus::Ready => {}
    }
}

/// Clips a segment to a rectangle (Liang-Barsky), for hatching inside a zone's box.
#[allow(
    clippy::many_single_char_names,
    reason = "geometry: x, y, r, p, c read best as in the formulas"
)]
fn clip_segment(a: Pos2, b: Pos2, r: Rect) -> Option<(Pos2, Pos2)> {
    let d = b - a;
    let mut t0: f32 = 0.0;
    let mut t1: f32 = 1.0;
    for (p, q) in [
        (-d.x, a.x - r.left()),
        (d.x, r.right() - a.x),
        (-d.y, a.y - r.top()),
        (d.y, r.bottom() - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then(|| (a + d * t0, a + d * t1))
}

fn paint_navel(painter: &egui::Painter, fit: &Fit, p: &Palette) {
    let c = to_pos(fit, PointCm::new(0.0, 0.0));
    let r = NAVEL_RADIUS_CM * fit.scale;
    painter.circle(c, r, p.body, Stroke::new(tokens::NAVEL_STROKE, p.navel));
    // A "no entry" slash and the navel itself.
    let k = r * std::f32::consts::FRAC_1_SQRT_2;
    painter.line_segment(
        [c + Vec2::new(-k, -k), c + Vec2::new(k, k)],
        Stroke::new(tokens::NAVEL_SLASH_STROKE, p.navel),
    );
    painter.circle_filled(
        c,
        (fit.scale * tokens::NAVEL_DOT_RADIUS_CM).max(tokens::NAVEL_DOT_MIN_RADIUS),
        p.body_stroke,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_keeps_segments_inside() {
        let r = Rect::from_min_max(Pos2::new(0.0, 0.0), Pos2::new(10.0, 10.0));
        let (a, b) = clip_segment(Pos2::new(-5.0, 5.0), Pos2::new(15.0, 5.0), r).expect("crosses");
        assert!((a.x - 0.0).abs() < 1e-4 && (b.x - 10.0).abs() < 1e-4);
        assert!(clip_segment(Pos2::new(-5.0, -5.0), Pos2::new(-1.0, -1.0), r).is_none());
    }
}
