//! Body-map geometry through the public API, the way the egui view uses it.

use kineret_coach::body_map::model::{
    BodyPart, Fit, Hit, NAVEL_RADIUS_CM, PointCm, View, Zone, body_bounds, hit_test, silhouette,
};

#[test]
fn clicking_a_zone_centre_on_screen_hits_that_zone() {
    for (min, size) in [((0.0, 0.0), (360.0, 640.0)), ((100.0, 40.0), (1280.0, 720.0))] {
        let fit = Fit::new(min, size);
        for z in Zone::ALL {
            let (x, y) = fit.to_screen(z.centre());
            assert_eq!(hit_test(z.view(), fit.to_cm(x, y)), Hit::Zone(z));
        }
        let (x, y) = fit.to_screen(PointCm::new(0.0, 0.0));
        assert_eq!(hit_test(View::Front, fit.to_cm(x, y)), Hit::NavelCircle);
    }
}

#[test]
fn zones_lie_within_body_bounds_and_silhouette_is_shared() {
    let (min, max) = body_bounds();
    for z in Zone::ALL {
        let (lo, hi) = z.bounds();
        assert!(lo.x >= min.x && lo.y >= min.y && hi.x <= max.x && hi.y <= max.y);
    }
    assert_eq!(silhouette(View::Front), silhouette(View::Back));
    // One head above the shoulders; the other circles are the round joints that soften the
    // figure (shoulders, elbows, wrists, hands, knees, ankles), in mirrored pairs.
    let circles: Vec<(PointCm, f32)> = silhouette(View::Front)
        .iter()
        .filter_map(|p| match *p {
            BodyPart::Circle { centre, radius } => Some((centre, radius)),
            BodyPart::Polygon(_) => None,
        })
        .collect();
    let heads = circles.iter().filter(|(c, _)| c.y < -45.0).count();
    assert_eq!(heads, 1, "one head");
    for (c, r) in &circles {
        assert!(
            circles
                .iter()
                .any(|(m, mr)| (m.x + c.x).abs() < 1e-4 && (m.y - c.y).abs() < 1e-4 && (mr - r).abs() < 1e-4),
            "the joint at {c:?} has no mirror twin: the figure would be lopsided"
        );
    }
}

#[test]
fn navel_circle_touches_no_thigh_and_borders_the_abdomen() {
    // Just outside the circle, beside the navel, is abdomen on both sides.
    let r = NAVEL_RADIUS_CM + 0.1;
    assert_eq!(
        hit_test(View::Front, PointCm::new(r, 0.0)),
        Hit::Zone(Zone::LeftAbdomen)
    );
    assert_eq!(
        hit_test(View::Front, PointCm::new(-r, 0.0)),
        Hit::Zone(Zone::RightAbdomen)
    );
    for z in [Zone::LeftThigh, Zone::RightThigh] {
        let (lo, _) = z.bounds();
        assert!(lo.y > NAVEL_RADIUS_CM);
    }
}
