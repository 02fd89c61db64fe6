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
    /// The whole area is kept away from (a scar, a port, the nurse's plan): crossed.
    KeptAway,
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
    /// Its name for screen readers and hovering, e.g. "Left thigh: Injected 3 days ago".
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
    /// The chosen spot breaks a rule: it is drawn in the warning colour, with its 2.5 cm ring.
    pub chosen_breaks_rules: bool,
    pub navel_label: String,
    /// The figure's name for screen readers ("Site map"); each view adds its title to it.
    pub name: String,
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

/// Pixels per centimetre of a view drawn at `size` (as [`map_size`] gives).
#[must_use]
pub fn map_scale(size: Vec2) -> f32 {
    Fit::new((0.0, 0.0), (size.x, size.y - tokens::TITLE_HEIGHT)).scale
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
    // The figure itself is tappable too (a tap beside an area says why it is not a spot):
    // screen readers hear it as a picture named "Site map: Front", the areas inside it as
    // buttons.
    let name = format!("{}: {}", model.name, model.title);
    canvas.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    let fit = Fit::new(
        (rect.left(), rect.top() + tokens::TITLE_HEIGHT),
        (rect.width(), rect.height() - tokens::TITLE_HEIGHT),
    );
    let painter = ui.painter_at(rect);
    let mut action = None;
    if ui.is_rect_visible(rect) {
        // A long title ("Vorderseite" at 200 % text on a small screen) shrinks to fit its view.
        let wide = painter
            .layout_no_wrap(
                model.title.clone(),
                egui::FontId::proportional(tokens::TITLE_FONT_SIZE),
                p.text,
            )
            .size()
            .x;
        let title_size = tokens::TITLE_FONT_SIZE * (rect.width() / wide.max(1.0)).min(1.0);
        painter.text(
            Pos2::new(rect.center().x, rect.top() + tokens::TITLE_TOP),
            egui::Align2::CENTER_TOP,
            &model.title,
            egui::FontId::proportional(title_size),
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
            for stroke in focus_strokes(&p) {
                painter.rect_stroke(
                    zone_rect.expand(tokens::FOCUS_GAP),
                    tokens::FOCUS_RADIUS,
                    stroke,
                    egui::StrokeKind::Middle,
                );
            }
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

    // The chosen spot first, as a ring with an open centre: every earlier injection and mark
    // is drawn over it and stays visible.
    if let Some((_, point)) = model.chosen.filter(|c| c.0.view() == view) {
        chosen_marker(&painter, to_pos(&fit, point), fit.scale, model.chosen_breaks_rules, &p);
    }

    for m in model.marks.iter().filter(|m| m.0.view() == view) {
        mark_marker(&painter, to_pos(&fit, m.1), &p);
    }

    for pt in model.points.iter().filter(|pt| pt.zone.view() == view) {
        let c = to_pos(&fit, pt.point);
        let radius = point_marker(&painter, c, fit.scale, pt.age_days, &p);
        let hover = ui.interact(
            Rect::from_center_size(c, Vec2::splat(radius * tokens::POINT_HOVER_SCALE)),
            scope.with(("pt", view, pt.point.x.to_bits(), pt.point.y.to_bits(), pt.age_days)),
            Sense::hover(),
        );
        let label = pt.label.clone();
        hover.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
        hover.on_hover_text(&pt.label);
    }

    if let Some((zone, point, label)) = model.suggestion.as_ref().filter(|s| s.0.view() == view) {
        let c = to_pos(&fit, *point);
        let radius = (fit.scale * tokens::SUGGESTION_RADIUS_CM).max(tokens::SUGGESTION_MIN_RADIUS);
        suggestion_marker(&painter, c, radius, &p);
        let r = ui.interact(
            Rect::from_center_size(c, Vec2::splat(radius * 2.0)),
            scope.with(("suggested", view, zone.key())),
            Sense::click(),
        );
        let label = label.clone();
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if r.has_focus() {
            for stroke in focus_strokes(&p) {
                painter.circle_stroke(c, radius + tokens::SUGGESTION_FOCUS_GAP, stroke);
            }
        }
        if r.on_hover_text(&label).clicked() {
            action = Some(MapAction::ChooseSuggested);
        }
    }

    action
}

/// The kinds of marker the map draws, for the legend (each drawn exactly as on the map).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    ZoneNever,
    ZoneReady,
    ZoneResting,
    ZoneKeptAway,
    /// An earlier injection.
    Injection,
    Suggested,
    Chosen,
    /// A chosen spot that breaks a rule.
    ChosenBreaksRule,
    /// A spot marked to avoid (bruise, scar, reaction).
    Avoid,
    Navel,
}

/// Draws one marker kind as a legend symbol, filling `rect`.
pub fn paint_legend_symbol(painter: &egui::Painter, rect: Rect, marker: Marker, p: &Palette) {
    let c = rect.center();
    // A scale at which the symbols look as they do on a map of ordinary size.
    let scale = rect.height() / tokens::LEGEND_CM;
    let status = match marker {
        Marker::ZoneNever => Some(ZoneStatus::Never),
        Marker::ZoneReady => Some(ZoneStatus::Ready),
        Marker::ZoneResting => Some(ZoneStatus::Resting),
        Marker::ZoneKeptAway => Some(ZoneStatus::KeptAway),
        _ => None,
    };
    if let Some(status) = status {
        painter.rect(
            rect,
            tokens::FOCUS_RADIUS,
            body_zone_fill(status, p),
            Stroke::new(tokens::ZONE_STROKE, p.zone_stroke),
            egui::StrokeKind::Inside,
        );
        paint_pattern(painter, rect, status, p, |_| true);
        return;
    }
    painter.rect_filled(rect, tokens::FOCUS_RADIUS, p.body);
    match marker {
        Marker::Injection => {
            point_marker(painter, c, scale, 0, p);
        }
        Marker::Suggested => suggestion_marker(painter, c, tokens::LEGEND_RADIUS, p),
        Marker::Chosen | Marker::ChosenBreaksRule => {
            let broken = marker == Marker::ChosenBreaksRule;
            let (colour, _) = chosen_style(broken, p);
            let radius = (scale * tokens::CHOSEN_RADIUS_CM).max(tokens::CHOSEN_MIN_RADIUS);
            ring_with_gap(painter, c, radius, colour, p);
            if broken {
                painter.circle_stroke(
                    c,
                    rect.height() / 2.0 - 1.0,
                    Stroke::new(tokens::BROKEN_RING_STROKE, colour),
                );
            }
        }
        Marker::Avoid => mark_marker(painter, c, p),
        Marker::Navel => {
            let radius = tokens::LEGEND_RADIUS;
            painter.circle_stroke(c, radius, Stroke::new(tokens::NAVEL_STROKE, p.navel));
            let diag = radius * std::f32::consts::FRAC_1_SQRT_2;
            painter.line_segment(
                [c + Vec2::new(-diag, -diag), c + Vec2::new(diag, diag)],
                Stroke::new(tokens::NAVEL_SLASH_STROKE, p.navel),
            );
        }
        Marker::ZoneNever | Marker::ZoneReady | Marker::ZoneResting | Marker::ZoneKeptAway => {}
    }
}

/// An earlier injection: a dot about 1 cm across at the map's scale, fading with age.
/// Returns its radius.
fn point_marker(painter: &egui::Painter, c: Pos2, scale: f32, age_days: i64, p: &Palette) -> f32 {
    let radius = (scale * tokens::POINT_RADIUS_CM).clamp(tokens::POINT_MIN_RADIUS, tokens::POINT_MAX_RADIUS);
    let fade = (1.0 - age_days as f32 / tokens::POINT_FADE_DAYS).clamp(tokens::POINT_MIN_OPACITY, 1.0);
    painter.circle(
        c,
        radius,
        p.point.gamma_multiply(fade),
        Stroke::new(tokens::POINT_STROKE, p.point_outline),
    );
    radius
}

/// A spot to avoid: a cross.
fn mark_marker(painter: &egui::Painter, c: Pos2, p: &Palette) {
    let k = tokens::MARK_HALF_SIZE;
    let outline = Stroke::new(tokens::MARK_STROKE + 2.0 * tokens::POINT_STROKE, p.point_outline);
    let st = Stroke::new(tokens::MARK_STROKE, p.mark);
    for stroke in [outline, st] {
        painter.line_segment([c + Vec2::new(-k, -k), c + Vec2::new(k, k)], stroke);
        painter.line_segment([c + Vec2::new(-k, k), c + Vec2::new(k, -k)], stroke);
    }
}

/// The suggested spot: a ring with cross-hair ticks.
fn suggestion_marker(painter: &egui::Painter, c: Pos2, radius: f32, p: &Palette) {
    // Each line over a slightly wider one in the ring colour, so it shows on any zone.
    let under = |w: f32| Stroke::new(w + 2.0 * tokens::POINT_STROKE, p.point_outline);
    for (ring, tick) in [
        (under(tokens::SUGGESTION_STROKE), under(tokens::SUGGESTION_TICK_STROKE)),
        (
            Stroke::new(tokens::SUGGESTION_STROKE, p.suggested),
            Stroke::new(tokens::SUGGESTION_TICK_STROKE, p.suggested),
        ),
    ] {
        painter.circle_stroke(c, radius, ring);
        for dir in [Vec2::X, -Vec2::X, Vec2::Y, -Vec2::Y] {
            painter.line_segment([c + dir * radius * 0.6, c + dir * radius * 1.4], tick);
        }
    }
}

/// The chosen spot's colour and keep-away ring width: the warning colour when it breaks a rule.
fn chosen_style(breaks_rules: bool, p: &Palette) -> (egui::Color32, f32) {
    if breaks_rules {
        (p.broken, tokens::BROKEN_RING_STROKE)
    } else {
        (p.chosen, tokens::KEEP_AWAY_STROKE)
    }
}

/// A ring (with a thin outline on both sides so it shows on any colour) and four ticks that
/// point at the centre but leave it open.
fn ring_with_gap(painter: &egui::Painter, c: Pos2, r: f32, colour: egui::Color32, p: &Palette) {
    let outline = Stroke::new(tokens::CHOSEN_STROKE + 2.0 * tokens::POINT_STROKE, p.point_outline);
    painter.circle_stroke(c, r, outline);
    painter.circle_stroke(c, r, Stroke::new(tokens::CHOSEN_STROKE, colour));
    for dir in [Vec2::X, -Vec2::X, Vec2::Y, -Vec2::Y] {
        painter.line_segment([c + dir * r, c + dir * (r + tokens::CHOSEN_TICK)], outline);
        painter.line_segment(
            [c + dir * r, c + dir * (r + tokens::CHOSEN_TICK)],
            Stroke::new(tokens::CHOSEN_STROKE, colour),
        );
    }
}

/// The chosen spot at `c` on a map of `scale` px/cm: an open ring about 1.2 cm across and the
/// 2.5 cm keep-away circle to scale; both in the warning colour (and thicker) when it breaks
/// a rule.
pub(crate) fn chosen_marker(painter: &egui::Painter, c: Pos2, scale: f32, breaks_rules: bool, p: &Palette) {
    let (colour, ring) = chosen_style(breaks_rules, p);
    let r = (scale * tokens::CHOSEN_RADIUS_CM).max(tokens::CHOSEN_MIN_RADIUS);
    ring_with_gap(painter, c, r, colour, p);
    painter.circle_stroke(c, scale * MIN_GAP_CM, Stroke::new(ring, colour));
}

fn body_zone_fill(status: ZoneStatus, p: &Palette) -> egui::Color32 {
    let fill = match status {
        ZoneStatus::Never => p.zone_never,
        ZoneStatus::Ready => p.zone_ready,
        ZoneStatus::Resting | ZoneStatus::KeptAway => p.zone_rest,
    };
    fill.gamma_multiply(tokens::ZONE_FILL_OPACITY)
}

/// Where the enlarged view of a zone keeps its centimetre-to-screen transform for the frame
/// (tests and the teach summary read it; nothing else should).
#[must_use]
pub fn zoom_transform_id() -> egui::Id {
    theme::app_id("kineret-zoom-transform")
}

/// The enlarged view of one zone, at least `min_scale` px/cm (4x the map) and at most
/// `width` wide: the zone, a 1 cm grid, the navel circle, earlier injections, marks, the
/// suggestion and the chosen spot `point` with its 2.5 cm ring, all to scale. A click or tap
/// places the spot there; with keyboard focus the arrow keys move it by 1 cm. It is one
/// focusable control named `label` for screen readers.
pub fn zone_zoom_ui(
    ui: &mut egui::Ui,
    model: &MapModel,
    zone: Zone,
    point: PointCm,
    width: f32,
    min_scale: f32,
    label: &str,
) -> Option<MapAction> {
    let p = theme::palette(ui);
    let view = zone.view();
    let (zmin, zmax) = zone.bounds();
    let margin = tokens::ZOOM_MARGIN_CM;
    let (w_cm, h_cm) = (zmax.x - zmin.x + 2.0 * margin, zmax.y - zmin.y + 2.0 * margin);
    let scale = (width / w_cm).clamp(min_scale, tokens::ZOOM_MAX_SCALE.max(min_scale));
    let size = Vec2::new((w_cm * scale).min(width), (h_cm * scale).min(tokens::ZOOM_MAX_HEIGHT));
    // The whole zone when it fits; else the part around the spot (the view pans with it).
    let half = size / (2.0 * scale);
    let centre_of = |lo: f32, hi: f32, at: f32, half: f32| {
        if hi - lo + 2.0 * margin <= 2.0 * half + 1e-3 {
            f32::midpoint(lo, hi)
        } else {
            at.clamp(lo - margin + half, hi + margin - half)
        }
    };
    let centre = Pos2::new(
        centre_of(zmin.x, zmax.x, point.x, half.x),
        centre_of(zmin.y, zmax.y, point.y, half.y),
    );
    let cm_rect = Rect::from_center_size(centre, size / scale);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let to_px = egui::emath::RectTransform::from_to(cm_rect, rect);
    ui.ctx().data_mut(|d| d.insert_temp(zoom_transform_id(), to_px));
    let px = |q: PointCm| to_px.transform_pos(Pos2::new(q.x, q.y));
    let label = label.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));

    let mut action = None;
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let cm = to_px.inverse().transform_pos(pos);
        action = Some(MapAction::Choose {
            zone,
            point: PointCm::new(cm.x, cm.y),
        });
    }
    if response.has_focus() {
        ui.memory_mut(|mem| {
            mem.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let step = ui.input(|input| {
            let n = |key| input.num_presses(key) as f32;
            Vec2::new(
                n(egui::Key::ArrowRight) - n(egui::Key::ArrowLeft),
                n(egui::Key::ArrowDown) - n(egui::Key::ArrowUp),
            )
        });
        if step != Vec2::ZERO {
            let moved = PointCm::new(
                (point.x + step.x * tokens::ZOOM_KEY_STEP_CM).clamp(zmin.x - margin, zmax.x + margin),
                (point.y + step.y * tokens::ZOOM_KEY_STEP_CM).clamp(zmin.y - margin, zmax.y + margin),
            );
            action = Some(MapAction::Choose { zone, point: moved });
        }
    }

    if !ui.is_rect_visible(rect) {
        return action;
    }
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, p.card);
    let fit = Fit {
        scale,
        offset_x: to_px.transform_pos(Pos2::ZERO).x,
        offset_y: to_px.transform_pos(Pos2::ZERO).y,
    };
    paint_body(&painter, &fit, view, &p);
    if let Some(info) = model.zones.iter().find(|z| z.zone == zone) {
        paint_zone(&painter, &fit, info, &p);
    }
    // A 1 cm grid over the zone, so the spot can be placed to the centimetre.
    let grid = Stroke::new(tokens::GRID_STROKE, p.zone_stroke.gamma_multiply(tokens::GRID_OPACITY));
    let (x0, x1) = ((zmin.x - margin).ceil() as i32, (zmax.x + margin).floor() as i32);
    let (y0, y1) = ((zmin.y - margin).ceil() as i32, (zmax.y + margin).floor() as i32);
    for col in x0..=x1 {
        let col = col as f32;
        painter.line_segment(
            [
                px(PointCm::new(col, zmin.y - margin)),
                px(PointCm::new(col, zmax.y + margin)),
            ],
            grid,
        );
    }
    for row in y0..=y1 {
        let row = row as f32;
        painter.line_segment(
            [
                px(PointCm::new(zmin.x - margin, row)),
                px(PointCm::new(zmax.x + margin, row)),
            ],
            grid,
        );
    }
    if view == View::Front {
        paint_navel(&painter, &fit, &p);
    }
    chosen_marker(&painter, px(point), scale, model.chosen_breaks_rules, &p);
    for mk in model.marks.iter().filter(|mk| mk.0.view() == view) {
        mark_marker(&painter, px(mk.1), &p);
    }
    for pt in model.points.iter().filter(|pt| pt.zone.view() == view) {
        point_marker(&painter, px(pt.point), scale, pt.age_days, &p);
    }
    if let Some((_, s, _)) = model.suggestion.as_ref().filter(|s| s.0 == zone) {
        suggestion_marker(&painter, px(*s), scale * tokens::SUGGESTION_RADIUS_CM, &p);
    }
    if response.has_focus() {
        for stroke in focus_strokes(&p) {
            painter.rect_stroke(
                rect.shrink(tokens::FOCUS_STROKE),
                tokens::FOCUS_RADIUS,
                stroke,
                egui::StrokeKind::Middle,
            );
        }
    }
    action
}

/// The keyboard focus ring on the map: the focus colour over a wider halo in the markers'
/// outline colour, so it stands out on the skin, on every area and on the page.
fn focus_strokes(p: &Palette) -> [Stroke; 2] {
    [
        Stroke::new(tokens::FOCUS_STROKE + 2.0 * tokens::POINT_STROKE, p.point_outline),
        Stroke::new(tokens::FOCUS_STROKE, p.focus),
    ]
}

fn zone_rect(fit: &Fit, zone: Zone) -> Rect {
    let (min, max) = zone.bounds();
    Rect::from_two_pos(to_pos(fit, min), to_pos(fit, max))
}

/// The body as one soft shape, as on the printed report: every part's outline is drawn first
/// (twice the width), then every part's fill over it, so only the outline of the whole figure
/// shows and no joints are drawn between the parts.
fn paint_body(painter: &egui::Painter, fit: &Fit, view: View, p: &Palette) {
    let outline = Stroke::new(2.0 * tokens::BODY_STROKE, p.body_stroke);
    for pass in 0..2 {
        let (fill, stroke) = if pass == 0 {
            (egui::Color32::TRANSPARENT, outline)
        } else {
            (p.body, Stroke::NONE)
        };
        for part in silhouette(view) {
            match part {
                BodyPart::Circle { centre, radius } => {
                    painter.circle(to_pos(fit, *centre), radius * fit.scale, fill, stroke);
                }
                BodyPart::Polygon(points) => {
                    let pts: Vec<Pos2> = points.iter().map(|q| to_pos(fit, *q)).collect();
                    painter.add(Shape::Path(egui::epaint::PathShape {
                        points: pts,
                        closed: true,
                        fill,
                        stroke: stroke.into(),
                    }));
                }
            }
        }
    }
}

fn paint_zone(painter: &egui::Painter, fit: &Fit, info: &ZoneInfo, p: &Palette) {
    let pts: Vec<Pos2> = info.zone.outline().iter().map(|q| to_pos(fit, *q)).collect();
    painter.add(Shape::Path(egui::epaint::PathShape {
        points: pts,
        closed: true,
        fill: body_zone_fill(info.status, p),
        stroke: Stroke::new(tokens::ZONE_STROKE, p.zone_stroke).into(),
    }));
    // Patterns so that colour is never the only signal.
    let zone = info.zone;
    paint_pattern(painter, zone_rect(fit, zone), info.status, p, |pos| {
        super::model::hit_test(zone.view(), fit.to_cm(pos.x, pos.y)) == Hit::Zone(zone)
    });
}

/// The pattern of a zone's status inside `r`: hatching when resting, dots (only where `inside`
/// says) when never used, nothing when ready.
#[allow(
    clippy::many_single_char_names,
    reason = "geometry: x, y, r, p, c read best as in the formulas"
)]
fn paint_pattern(painter: &egui::Painter, r: Rect, status: ZoneStatus, p: &Palette, inside: impl Fn(Pos2) -> bool) {
    let pattern = Stroke::new(tokens::PATTERN_STROKE, p.zone_pattern);
    match status {
        ZoneStatus::Resting => hatch(painter, r, pattern, false),
        ZoneStatus::KeptAway => {
            // Both diagonals: a crossed area reads as "not this one", apart from resting.
            hatch(painter, r, pattern, false);
            hatch(painter, r, pattern, true);
        }
        ZoneStatus::Never => {
            let step = tokens::DOT_SPACING;
            let mut y = r.top() + step / 2.0;
            while y < r.bottom() {
                let mut x = r.left() + step / 2.0;
                while x < r.right() {
                    if inside(Pos2::new(x, y)) {
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

/// Diagonal lines across `r` (rising to the right, or falling when `falling`).
fn hatch(painter: &egui::Painter, r: Rect, pattern: Stroke, falling: bool) {
    let step = tokens::HATCH_SPACING;
    let mut x = r.left() - r.height();
    while x < r.right() {
        let (a, b) = if falling {
            (Pos2::new(x, r.top()), Pos2::new(x + r.height(), r.bottom()))
        } else {
            (Pos2::new(x, r.bottom()), Pos2::new(x + r.height(), r.top()))
        };
        if let Some((a, b)) = clip_segment(a, b, r.shrink(tokens::HATCH_INSET)) {
            painter.line_segment([a, b], pattern);
        }
        x += step;
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
