//! Zones and outlines of an adult body in centimetres, point-in-zone tests and distances.
//!
//! Coordinates: origin at the navel, x to the right *as seen on screen*, y downward, in cm.
//! The back view uses the same scale and origin (the point on the back at navel height).
//! On the front view the patient's left side is on screen right (x > 0); on the back view
//! the patient's left side is on screen left (x < 0).
//!
//! The proportions are design choices for a ~170 cm adult, not medical measurements.
//! Every polygon here (zones and silhouette parts) is convex, so a view may fill it directly.
//!
//! This module must never import egui or touch files: the safety rules are tested on it as
//! plain Rust, and it must never place an injection zone over the navel circle.

use serde::{Deserialize, Serialize};

/// A point on the body diagram, in centimetres (origin navel, x right on screen, y down).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct PointCm {
    pub x: f32,
    pub y: f32,
}

impl PointCm {
    #[must_use]
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// Straight-line distance in centimetres.
    #[must_use]
    pub fn distance(self, other: Self) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// Which drawing of the body a zone is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    Front,
    Back,
}

/// The eight allowed injection zones (left and right are the patient's own sides).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    LeftArm,
    RightArm,
    LeftAbdomen,
    RightAbdomen,
    LeftThigh,
    RightThigh,
    LeftButtock,
    RightButtock,
}

/// Which of the person's sides (`(left, right)`) is at the picture's left and right in a
/// view: the front view faces you, so the person's right is on your left; the back view is
/// seen from behind. The screen map and the PDF report both draw their L and R with this.
#[must_use]
pub fn sides_on_screen<T>(view: View, (left, right): (T, T)) -> (T, T) {
    match view {
        View::Front => (right, left),
        View::Back => (left, right),
    }
}

impl Zone {
    pub const ALL: [Zone; 8] = [
        Zone::LeftAbdomen,
        Zone::RightAbdomen,
        Zone::LeftThigh,
        Zone::RightThigh,
        Zone::LeftArm,
        Zone::RightArm,
        Zone::LeftButtock,
        Zone::RightButtock,
    ];

    /// The stable machine name used in files and CSV (`left_arm`, ...).
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Zone::LeftArm => "left_arm",
            Zone::RightArm => "right_arm",
            Zone::LeftAbdomen => "left_abdomen",
            Zone::RightAbdomen => "right_abdomen",
            Zone::LeftThigh => "left_thigh",
            Zone::RightThigh => "right_thigh",
            Zone::LeftButtock => "left_buttock",
            Zone::RightButtock => "right_buttock",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.key() == key.trim())
    }

    /// The view the zone is drawn on.
    #[must_use]
    pub const fn view(self) -> View {
        match self {
            Zone::LeftAbdomen | Zone::RightAbdomen | Zone::LeftThigh | Zone::RightThigh => View::Front,
            Zone::LeftArm | Zone::RightArm | Zone::LeftButtock | Zone::RightButtock => View::Back,
        }
    }
}

/// Radius in cm of the circle around the navel where one must never inject (5 cm, 2 inches).
pub const NAVEL_RADIUS_CM: f32 = 5.0;

/// Minimum distance in cm between a new injection and any recent one or an active mark.
pub const MIN_GAP_CM: f32 = 2.5;

// ---------------------------------------------------------------------------------------------
// Polygon builders (const, so every outline is defined once as a static in cm).

const fn pt(x: f32, y: f32) -> PointCm {
    PointCm::new(x, y)
}

/// A rectangle with rounded corners (3 vertices per corner), clockwise on screen (y down).
const fn rounded_rect(x0: f32, y0: f32, x1: f32, y1: f32, r: f32) -> [PointCm; 12] {
    let k = r * (1.0 - std::f32::consts::FRAC_1_SQRT_2);
    [
        pt(x0 + r, y0),
        pt(x1 - r, y0),
        pt(x1 - k, y0 + k),
        pt(x1, y0 + r),
        pt(x1, y1 - r),
        pt(x1 - k, y1 - k),
        pt(x1 - r, y1),
        pt(x0 + r, y1),
        pt(x0 + k, y1 - k),
        pt(x0, y1 - r),
        pt(x0, y0 + r),
        pt(x0 + k, y0 + k),
    ]
}

/// Half of a rounded rectangle: straight side at `x0`, rounded corners on the `x1` side.
const fn half_rounded_rect(x0: f32, y0: f32, x1: f32, y1: f32, r: f32) -> [PointCm; 8] {
    let k = r * (1.0 - std::f32::consts::FRAC_1_SQRT_2);
    [
        pt(x0, y0),
        pt(x1 - r, y0),
        pt(x1 - k, y0 + k),
        pt(x1, y0 + r),
        pt(x1, y1 - r),
        pt(x1 - k, y1 - k),
        pt(x1 - r, y1),
        pt(x0, y1),
    ]
}

/// Mirror a polygon across x = 0, keeping it clockwise on screen.
const fn mirror<const N: usize>(src: [PointCm; N]) -> [PointCm; N] {
    let mut out = src;
    let mut i = 0;
    while i < N {
        let p = src[N - 1 - i];
        out[i] = pt(-p.x, p.y);
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Zones. The "screen right" outline of each pair is written out; the other is its mirror.

/// Abdomen half on screen right: from the midline out to 13 cm, 8 cm above to 8 cm below the navel.
static ABDOMEN_SCREEN_RIGHT: [PointCm; 8] = half_rounded_rect(0.0, -8.0, 13.0, 8.0, 4.0);
static ABDOMEN_SCREEN_LEFT: [PointCm; 8] = mirror(ABDOMEN_SCREEN_RIGHT);
/// Middle third of the front/outer thigh, 4 to 15 cm from the midline.
static THIGH_SCREEN_RIGHT: [PointCm; 12] = rounded_rect(4.0, 26.0, 15.0, 40.0, 2.5);
static THIGH_SCREEN_LEFT: [PointCm; 12] = mirror(THIGH_SCREEN_RIGHT);
/// Back-outer middle third of the upper arm (shoulder at y = -38, elbow at y = -5).
static ARM_SCREEN_RIGHT: [PointCm; 12] = rounded_rect(19.0, -29.0, 27.0, -15.0, 2.0);
static ARM_SCREEN_LEFT: [PointCm; 12] = mirror(ARM_SCREEN_RIGHT);
/// Upper outer quarter of the buttock.
static BUTTOCK_SCREEN_RIGHT: [PointCm; 12] = rounded_rect(6.0, 1.0, 16.0, 12.5, 2.5);
static BUTTOCK_SCREEN_LEFT: [PointCm; 12] = mirror(BUTTOCK_SCREEN_RIGHT);

impl Zone {
    /// The zone's outline in cm: a convex polygon, clockwise on screen.
    #[must_use]
    pub fn outline(self) -> &'static [PointCm] {
        // Front view: patient's left is screen right. Back view: patient's left is screen left.
        match self {
            Zone::LeftAbdomen => &ABDOMEN_SCREEN_RIGHT,
            Zone::RightAbdomen => &ABDOMEN_SCREEN_LEFT,
            Zone::LeftThigh => &THIGH_SCREEN_RIGHT,
            Zone::RightThigh => &THIGH_SCREEN_LEFT,
            Zone::LeftArm => &ARM_SCREEN_LEFT,
            Zone::RightArm => &ARM_SCREEN_RIGHT,
            Zone::LeftButtock => &BUTTOCK_SCREEN_LEFT,
            Zone::RightButtock => &BUTTOCK_SCREEN_RIGHT,
        }
    }

    /// A point well inside the zone (outside the navel circle), used for labels and tie-breaks.
    #[must_use]
    pub fn centre(self) -> PointCm {
        let (x, y) = match self {
            Zone::LeftAbdomen => (9.0, 0.0),
            Zone::RightAbdomen => (-9.0, 0.0),
            Zone::LeftThigh => (9.5, 33.0),
            Zone::RightThigh => (-9.5, 33.0),
            Zone::LeftArm => (-23.0, -22.0),
            Zone::RightArm => (23.0, -22.0),
            Zone::LeftButtock => (-11.0, 6.75),
            Zone::RightButtock => (11.0, 6.75),
        };
        PointCm::new(x, y)
    }

    /// True if `p` is inside the zone's outline and, for the abdomen, outside the navel circle.
    #[must_use]
    pub fn contains(self, p: PointCm) -> bool {
        let (min, max) = self.bounds();
        if p.x < min.x || p.x > max.x || p.y < min.y || p.y > max.y {
            return false;
        }
        if self.is_abdomen() && in_navel_circle(p) {
            return false;
        }
        point_in_polygon(self.outline(), p)
    }

    /// The axis-aligned bounding box of the outline as `(min, max)`.
    #[must_use]
    pub fn bounds(self) -> (PointCm, PointCm) {
        polygon_bounds(self.outline())
    }

    /// True for the two abdomen zones (the ones next to the navel circle).
    #[must_use]
    pub const fn is_abdomen(self) -> bool {
        matches!(self, Zone::LeftAbdomen | Zone::RightAbdomen)
    }
}

/// True if `p` lies strictly inside the navel circle (a front-view concept only).
#[must_use]
pub fn in_navel_circle(p: PointCm) -> bool {
    p.distance(PointCm::new(0.0, 0.0)) < NAVEL_RADIUS_CM
}

/// What a point on a view lands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Zone(Zone),
    NavelCircle,
    NotAZone,
}

/// Which zone (or the navel circle, front view only) the point `p` on `view` falls in.
#[must_use]
pub fn hit_test(view: View, p: PointCm) -> Hit {
    if view == View::Front && in_navel_circle(p) {
        return Hit::NavelCircle;
    }
    Zone::ALL
        .into_iter()
        .find(|z| z.view() == view && z.contains(p))
        .map_or(Hit::NotAZone, Hit::Zone)
}

/// Distance in cm from `p` to the zone's outline (polygon boundary only, not the navel circle).
#[must_use]
pub fn distance_to_edge(zone: Zone, p: PointCm) -> f32 {
    let pts = zone.outline();
    let mut best = f32::INFINITY;
    for (i, &a) in pts.iter().enumerate() {
        let b = pts[(i + 1) % pts.len()];
        best = best.min(distance_to_segment(p, a, b));
    }
    best
}

fn distance_to_segment(p: PointCm, a: PointCm, b: PointCm) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    if len2 <= f32::EPSILON {
        return p.distance(a);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0);
    p.distance(PointCm::new(a.x + t * dx, a.y + t * dy))
}

/// Crossing-number test. Shared edges between two polygons belong to exactly one of them.
fn point_in_polygon(pts: &[PointCm], p: PointCm) -> bool {
    let mut inside = false;
    let mut j = pts.len() - 1;
    for (i, &a) in pts.iter().enumerate() {
        let b = pts[j];
        if (a.y > p.y) != (b.y > p.y) {
            let x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if p.x < x_cross {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

fn polygon_bounds(pts: &[PointCm]) -> (PointCm, PointCm) {
    let mut min = PointCm::new(f32::INFINITY, f32::INFINITY);
    let mut max = PointCm::new(f32::NEG_INFINITY, f32::NEG_INFINITY);
    for p in pts {
        min.x = min.x.min(p.x);
        min.y = min.y.min(p.y);
        max.x = max.x.max(p.x);
        max.y = max.y.max(p.y);
    }
    (min, max)
}

// ---------------------------------------------------------------------------------------------
// Silhouette for drawing. Mirror-symmetric, so the same parts serve the front and back views.

/// One filled piece of the body silhouette, in cm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BodyPart {
    Circle {
        centre: PointCm,
        radius: f32,
    },
    /// A convex polygon, clockwise on screen.
    Polygon(&'static [PointCm]),
}

static NECK: [PointCm; 4] = [pt(-5.0, -49.5), pt(5.0, -49.5), pt(5.5, -43.0), pt(-5.5, -43.0)];
static SHOULDERS: [PointCm; 8] = [
    pt(-6.0, -45.0),
    pt(6.0, -45.0),
    pt(18.0, -43.0),
    pt(22.0, -39.0),
    pt(21.0, -35.0),
    pt(-21.0, -35.0),
    pt(-22.0, -39.0),
    pt(-18.0, -43.0),
];
static CHEST: [PointCm; 4] = [pt(-18.0, -36.0), pt(18.0, -36.0), pt(15.0, -4.0), pt(-15.0, -4.0)];
static PELVIS: [PointCm; 8] = [
    pt(-15.0, -4.0),
    pt(15.0, -4.0),
    pt(17.5, 10.0),
    pt(16.0, 16.0),
    pt(6.0, 21.0),
    pt(-6.0, 21.0),
    pt(-16.0, 16.0),
    pt(-17.5, 10.0),
];
static UPPER_ARM_R: [PointCm; 7] = [
    pt(18.0, -41.0),
    pt(22.0, -43.0),
    pt(26.0, -41.0),
    pt(28.0, -36.0),
    pt(27.5, -5.0),
    pt(19.0, -5.0),
    pt(18.0, -36.0),
];
static UPPER_ARM_L: [PointCm; 7] = mirror(UPPER_ARM_R);
static FOREARM_R: [PointCm; 4] = [pt(19.0, -6.0), pt(27.5, -6.0), pt(26.0, 20.0), pt(20.5, 20.0)];
static FOREARM_L: [PointCm; 4] = mirror(FOREARM_R);
static HAND_R: [PointCm; 6] = [
    pt(20.0, 19.0),
    pt(27.0, 19.0),
    pt(27.5, 28.0),
    pt(25.5, 35.0),
    pt(22.0, 35.0),
    pt(20.0, 28.0),
];
static HAND_L: [PointCm; 6] = mirror(HAND_R);
static THIGH_R: [PointCm; 8] = [
    pt(1.0, 14.0),
    pt(17.5, 10.0),
    pt(17.0, 26.0),
    pt(16.0, 40.0),
    pt(12.5, 54.0),
    pt(3.5, 54.0),
    pt(2.0, 40.0),
    pt(1.0, 26.0),
];
static THIGH_L: [PointCm; 8] = mirror(THIGH_R);
static SHIN_R: [PointCm; 6] = [
    pt(3.5, 53.0),
    pt(12.5, 53.0),
    pt(11.0, 70.0),
    pt(8.5, 92.0),
    pt(5.0, 92.0),
    pt(4.0, 70.0),
];
static SHIN_L: [PointCm; 6] = mirror(SHIN_R);
static FOOT_R: [PointCm; 6] = [
    pt(4.5, 91.0),
    pt(9.0, 91.0),
    pt(11.0, 100.0),
    pt(10.0, 102.0),
    pt(3.5, 102.0),
    pt(3.5, 97.0),
];
static FOOT_L: [PointCm; 6] = mirror(FOOT_R);

/// A round joint that softens the corner where two parts meet (shoulder, elbow, wrist, knee,
/// ankle), so the filled parts read as one body rather than a jointed mannequin.
const fn joint(x: f32, y: f32, radius: f32) -> BodyPart {
    BodyPart::Circle {
        centre: pt(x, y),
        radius,
    }
}

static SILHOUETTE: [BodyPart; 29] = [
    BodyPart::Circle {
        centre: pt(0.0, -57.5),
        radius: 10.5,
    },
    BodyPart::Polygon(&NECK),
    BodyPart::Polygon(&SHOULDERS),
    BodyPart::Polygon(&CHEST),
    BodyPart::Polygon(&PELVIS),
    BodyPart::Polygon(&UPPER_ARM_L),
    BodyPart::Polygon(&UPPER_ARM_R),
    BodyPart::Polygon(&FOREARM_L),
    BodyPart::Polygon(&FOREARM_R),
    BodyPart::Polygon(&HAND_L),
    BodyPart::Polygon(&HAND_R),
    BodyPart::Polygon(&THIGH_L),
    BodyPart::Polygon(&THIGH_R),
    BodyPart::Polygon(&SHIN_L),
    BodyPart::Polygon(&SHIN_R),
    BodyPart::Polygon(&FOOT_L),
    BodyPart::Polygon(&FOOT_R),
    joint(-21.0, -38.0, 5.0),
    joint(21.0, -38.0, 5.0),
    joint(-23.25, -5.5, 4.2),
    joint(23.25, -5.5, 4.2),
    joint(-23.25, 19.5, 2.9),
    joint(23.25, 19.5, 2.9),
    joint(-23.75, 30.5, 3.9),
    joint(23.75, 30.5, 3.9),
    joint(-8.0, 53.5, 4.5),
    joint(8.0, 53.5, 4.5),
    joint(-6.75, 91.5, 2.0),
    joint(6.75, 91.5, 2.0),
];

/// The body outline to draw for `view`, back to front (head, neck, torso, arms, hands, legs).
#[must_use]
pub fn silhouette(view: View) -> &'static [BodyPart] {
    // The drawing is mirror-symmetric, so both views share it; only the zones differ.
    let _ = view;
    &SILHOUETTE
}

/// True if `p` lies inside any part of the silhouette (edges included).
#[must_use]
pub fn on_body(p: PointCm) -> bool {
    SILHOUETTE.iter().any(|part| match *part {
        BodyPart::Circle { centre, radius } => p.distance(centre) <= radius,
        BodyPart::Polygon(pts) => {
            point_in_polygon(pts, p)
                || (0..pts.len()).any(|i| distance_to_segment(p, pts[i], pts[(i + 1) % pts.len()]) < 1e-4)
        }
    })
}

/// Bounding box `(min, max)` of the whole silhouette, for fitting it into a screen rect.
#[must_use]
pub fn body_bounds() -> (PointCm, PointCm) {
    let mut min = PointCm::new(f32::INFINITY, f32::INFINITY);
    let mut max = PointCm::new(f32::NEG_INFINITY, f32::NEG_INFINITY);
    for part in &SILHOUETTE {
        let (lo, hi) = match *part {
            BodyPart::Circle { centre, radius } => (
                PointCm::new(centre.x - radius, centre.y - radius),
                PointCm::new(centre.x + radius, centre.y + radius),
            ),
            BodyPart::Polygon(pts) => polygon_bounds(pts),
        };
        min.x = min.x.min(lo.x);
        min.y = min.y.min(lo.y);
        max.x = max.x.max(hi.x);
        max.y = max.y.max(hi.y);
    }
    (min, max)
}

// ---------------------------------------------------------------------------------------------
// Screen transform (pure math; the egui view converts to and from its own types).

/// Maps cm to screen pixels: `screen = offset + cm * scale`, same scale on both axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// Pixels per centimetre.
    pub scale: f32,
    pub offset_x: f32,
    pub offset_y: f32,
}

impl Fit {
    /// Fit `body_bounds()` into the rect, keeping the aspect ratio, centred.
    #[must_use]
    pub fn new(view_rect_min: (f32, f32), view_rect_size: (f32, f32)) -> Fit {
        let (bmin, bmax) = body_bounds();
        let (bw, bh) = (bmax.x - bmin.x, bmax.y - bmin.y);
        // A tiny floor keeps `to_cm` finite for an empty or collapsed rect.
        let scale = (view_rect_size.0 / bw).min(view_rect_size.1 / bh).max(1e-3);
        Fit {
            scale,
            offset_x: view_rect_min.0 + (view_rect_size.0 - bw * scale) / 2.0 - bmin.x * scale,
            offset_y: view_rect_min.1 + (view_rect_size.1 - bh * scale) / 2.0 - bmin.y * scale,
        }
    }

    /// Centimetres to screen pixels.
    #[must_use]
    pub fn to_screen(&self, p: PointCm) -> (f32, f32) {
        (self.offset_x + p.x * self.scale, self.offset_y + p.y * self.scale)
    }

    /// Screen pixels to centimetres.
    #[must_use]
    pub fn to_cm(&self, x: f32, y: f32) -> PointCm {
        PointCm::new((x - self.offset_x) / self.scale, (y - self.offset_y) / self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(min: PointCm, max: PointCm, step: f32) -> impl Iterator<Item = PointCm> {
        let (kx0, kx1) = ((min.x / step).ceil() as i32, (max.x / step).floor() as i32);
        let (ky0, ky1) = ((min.y / step).ceil() as i32, (max.y / step).floor() as i32);
        (ky0..=ky1).flat_map(move |ky| (kx0..=kx1).map(move |kx| PointCm::new(kx as f32 * step, ky as f32 * step)))
    }

    fn is_convex_clockwise(pts: &[PointCm]) -> bool {
        let n = pts.len();
        (0..n).all(|i| {
            let (a, b, c) = (pts[i], pts[(i + 1) % n], pts[(i + 2) % n]);
            let cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
            cross > 0.0
        })
    }

    #[test]
    fn centres_are_inside_their_own_zone_with_margin() {
        for z in Zone::ALL {
            let c = z.centre();
            assert!(z.contains(c), "{z:?} centre not inside");
            assert_eq!(hit_test(z.view(), c), Hit::Zone(z));
            assert!(distance_to_edge(z, c) >= 1.5, "{z:?} centre too near edge");
            if z.is_abdomen() {
                assert!(c.distance(PointCm::new(0.0, 0.0)) - NAVEL_RADIUS_CM >= 1.5);
            }
        }
    }

    #[test]
    fn navel_head_and_outside() {
        assert_eq!(hit_test(View::Front, PointCm::new(0.0, 0.0)), Hit::NavelCircle);
        assert_eq!(hit_test(View::Front, PointCm::new(3.0, 3.0)), Hit::NavelCircle);
        assert!(in_navel_circle(PointCm::new(4.9, 0.0)));
        assert!(!in_navel_circle(PointCm::new(5.0, 0.0)));
        // The back has no navel circle.
        assert_eq!(hit_test(View::Back, PointCm::new(0.0, 0.0)), Hit::NotAZone);
        for view in [View::Front, View::Back] {
            assert_eq!(hit_test(view, PointCm::new(0.0, -57.0)), Hit::NotAZone);
            assert_eq!(hit_test(view, PointCm::new(0.0, 80.0)), Hit::NotAZone);
            assert_eq!(hit_test(view, PointCm::new(100.0, 0.0)), Hit::NotAZone);
        }
        // The abdomen never contains a point of the navel circle.
        for z in [Zone::LeftAbdomen, Zone::RightAbdomen] {
            let (min, max) = z.bounds();
            assert!(
                grid(min, max, 0.25)
                    .filter(|p| z.contains(*p))
                    .all(|p| !in_navel_circle(p))
            );
        }
    }

    #[test]
    fn zones_do_not_overlap() {
        let (min, max) = body_bounds();
        for view in [View::Front, View::Back] {
            for p in grid(min, max, 0.25) {
                let n = Zone::ALL.iter().filter(|z| z.view() == view && z.contains(p)).count();
                assert!(n <= 1, "{p:?} is in {n} zones on {view:?}");
            }
        }
    }

    #[test]
    fn each_zone_fits_many_injections() {
        for z in Zone::ALL {
            let (min, max) = z.bounds();
            let mut picked: Vec<PointCm> = Vec::new();
            for p in grid(min, max, 0.25) {
                if z.contains(p) && picked.iter().all(|q| q.distance(p) >= MIN_GAP_CM) {
                    picked.push(p);
                }
            }
            assert!(picked.len() >= 20, "{z:?} fits only {}", picked.len());
        }
    }

    #[test]
    fn sides_are_correct() {
        // Front view: the patient's left is on screen right.
        assert!(Zone::LeftAbdomen.centre().x > 0.0);
        assert!(Zone::RightAbdomen.centre().x < 0.0);
        assert!(Zone::LeftThigh.centre().x > 0.0);
        assert!(Zone::RightThigh.centre().x < 0.0);
        // Back view: the patient's left is on screen left.
        assert!(Zone::LeftArm.centre().x < 0.0);
        assert!(Zone::RightArm.centre().x > 0.0);
        assert!(Zone::LeftButtock.centre().x < 0.0);
        assert!(Zone::RightButtock.centre().x > 0.0);
        for z in Zone::ALL {
            let (min, max) = z.bounds();
            let sign = z.centre().x.signum();
            assert!(min.x * sign >= 0.0 && max.x * sign >= 0.0, "{z:?} crosses the midline");
        }
    }

    #[test]
    fn polygons_are_convex_and_zones_sit_on_the_body() {
        for z in Zone::ALL {
            let pts = z.outline();
            assert!((8..=16).contains(&pts.len()));
            assert!(is_convex_clockwise(pts), "{z:?} outline not convex");
            for &p in pts {
                assert!(on_body(p), "{z:?} vertex {p:?} is off the body");
            }
        }
        for part in silhouette(View::Front) {
            if let BodyPart::Polygon(pts) = part {
                assert!(is_convex_clockwise(pts), "silhouette part {pts:?} not convex");
            }
        }
    }

    #[test]
    fn proportions_match_the_design() {
        let (min, max) = body_bounds();
        assert!((min.y + 68.0).abs() < 0.01, "top of head {}", min.y);
        assert!((max.y - 102.0).abs() < 0.01, "feet {}", max.y);
        assert!((max.x + min.x).abs() < 0.01, "not symmetric");
        assert!(max.x >= 27.0 && max.x <= 29.0);
    }

    #[test]
    fn distance_to_edge_basics() {
        // Thigh zone straight edges: x from 4 to 15.
        let d = distance_to_edge(Zone::LeftThigh, PointCm::new(6.0, 33.0));
        assert!((d - 2.0).abs() < 1e-4, "{d}");
        let d = distance_to_edge(Zone::LeftThigh, PointCm::new(0.0, 33.0));
        assert!((d - 4.0).abs() < 1e-4, "{d}");
    }

    #[test]
    fn fit_round_trips_and_fits() {
        for (min, size) in [
            ((0.0, 0.0), (400.0, 800.0)),
            ((10.0, 20.0), (1200.0, 300.0)),
            ((-50.0, 5.0), (333.0, 333.0)),
            ((0.0, 0.0), (48.0, 1000.0)),
        ] {
            let fit = Fit::new(min, size);
            assert!(fit.scale > 0.0);
            let (bmin, bmax) = body_bounds();
            let (x0, y0) = fit.to_screen(bmin);
            let (x1, y1) = fit.to_screen(bmax);
            let tol = 1e-3 * (size.0 + size.1);
            assert!(x0 >= min.0 - tol && y0 >= min.1 - tol);
            assert!(x1 <= min.0 + size.0 + tol && y1 <= min.1 + size.1 + tol);
            // Centred: equal slack on both sides.
            assert!(((x0 - min.0) - (min.0 + size.0 - x1)).abs() < tol);
            assert!(((y0 - min.1) - (min.1 + size.1 - y1)).abs() < tol);
            for p in [
                PointCm::new(0.0, 0.0),
                PointCm::new(-23.0, -22.0),
                PointCm::new(9.5, 33.0),
            ] {
                let (sx, sy) = fit.to_screen(p);
                let back = fit.to_cm(sx, sy);
                assert!(back.distance(p) < 1e-3, "{p:?} -> {back:?}");
                let (sx2, sy2) = fit.to_screen(back);
                assert!((sx2 - sx).abs() < 1e-2 && (sy2 - sy).abs() < 1e-2);
            }
        }
        // A collapsed rect still gives a usable (finite) transform.
        let fit = Fit::new((0.0, 0.0), (0.0, 0.0));
        assert!(fit.to_cm(1.0, 1.0).x.is_finite());
    }
}
