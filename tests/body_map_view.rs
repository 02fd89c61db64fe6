//! The body map drawn twice on one screen (as the teach-mode summary will, next to the live map):
//! each copy keeps its own controls, a click goes to the copy that was clicked, and egui sees no
//! two widgets with the same id (which would make one copy's zones deaf or answer for the other).

use eframe::egui::{self, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::body_map::model::{PointCm, View, Zone};
use kineret_coach::body_map::view::{MapAction, MapModel, ZoneInfo, ZoneStatus, body_map_ui, map_size};

/// A left-thigh spot well inside the zone and 8 cm from the navel.
const THIGH_SPOT: PointCm = PointCm::new(8.0, 33.0);

fn label(zone: Zone) -> String {
    format!("{} zone. Never used.", zone.key())
}

/// The front view's zones, all never used, with labels the test can look for.
fn front_model() -> MapModel {
    MapModel {
        zones: Zone::ALL
            .into_iter()
            .filter(|z| z.view() == View::Front)
            .map(|zone| ZoneInfo {
                zone,
                status: ZoneStatus::Never,
                label: label(zone),
            })
            .collect(),
        navel_label: "Never inject here".into(),
        title: "Front".into(),
        ..MapModel::default()
    }
}

/// What each copy of the map returned, as (copy, action), over all frames so far.
type Actions = Vec<(usize, MapAction)>;

/// Two copies of the front view side by side, each in its own `push_id` scope, or both in the
/// same scope when `same_parent` (the mistake egui must catch).
fn two_maps(same_parent: bool) -> Harness<'static, Actions> {
    let model = front_model();
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        // egui's clash warning starts with "🔥", which the test fonts lack; without this the
        // harness would panic on the glyph instead of letting `id_clash_warnings` report it.
        .allow_missing_glyphs()
        .build_ui_state(
            move |ui, actions: &mut Actions| {
                let size = map_size(400.0, 600.0);
                ui.horizontal_top(|ui| {
                    for copy in 0..2 {
                        let salt = if same_parent { 0 } else { copy };
                        ui.push_id(("map copy", salt), |ui| {
                            if let Some(a) = body_map_ui(ui, View::Front, &model, size) {
                                actions.push((copy, a));
                            }
                        });
                    }
                });
            },
            Vec::new(),
        );
    h.run();
    h
}

/// Where each copy's button for a zone is, and its accessibility id (egui's widget id), left first.
fn zone_buttons(h: &Harness<'static, Actions>, zone: Zone) -> Vec<(egui::Rect, u128)> {
    let mut found: Vec<_> = h
        .query_all_by_role_and_label(Role::Button, &label(zone))
        .map(|n| (n.rect(), u128::from(n.accesskit_node().id())))
        .collect();
    found.sort_by(|a, b| a.0.left().total_cmp(&b.0.left()));
    found
}

/// The id-clash warnings egui painted this frame ("First use of widget ID ...").
fn id_clash_warnings(h: &Harness<'static, Actions>) -> Vec<String> {
    h.output()
        .shapes
        .iter()
        .filter_map(|s| match &s.shape {
            egui::Shape::Text(t) if t.galley.text().contains("use of widget ID") => Some(t.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn both_copies_list_every_zone_with_its_label_and_their_own_ids() {
    let h = two_maps(false);
    for zone in Zone::ALL.into_iter().filter(|z| z.view() == View::Front) {
        let nodes = zone_buttons(&h, zone);
        assert_eq!(nodes.len(), 2, "{zone:?}: one button per copy");
        assert!(nodes[0].0.right() <= nodes[1].0.left(), "{zone:?}: side by side");
        assert_ne!(nodes[0].1, nodes[1].1, "{zone:?}: the copies share a widget id");
    }
    assert_eq!(id_clash_warnings(&h), Vec::<String>::new());
}

#[test]
fn a_click_in_the_second_copy_comes_back_from_the_second_copy() {
    let mut h = two_maps(false);
    let pos = {
        let found = zone_buttons(&h, Zone::LeftThigh);
        assert_eq!(found.len(), 2, "one left-thigh button per copy");
        let r = found[1].0;
        let (min, max) = Zone::LeftThigh.bounds();
        Pos2::new(
            r.left() + (THIGH_SPOT.x - min.x) / (max.x - min.x) * r.width(),
            r.top() + (THIGH_SPOT.y - min.y) / (max.y - min.y) * r.height(),
        )
    };
    h.hover_at(pos);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run();
    let actions = h.state().clone();
    assert_eq!(actions.len(), 1, "exactly one copy answers: {actions:?}");
    let (copy, action) = &actions[0];
    assert_eq!(*copy, 1, "a click in the second copy came back from copy {copy}");
    let MapAction::Choose { zone, point } = action else {
        panic!("expected a chosen spot, got {action:?}");
    };
    assert_eq!(*zone, Zone::LeftThigh);
    assert!(
        (point.x - THIGH_SPOT.x).abs() < 0.5 && (point.y - THIGH_SPOT.y).abs() < 0.5,
        "chosen {point:?}, clicked at {THIGH_SPOT:?}"
    );
    assert_eq!(id_clash_warnings(&h), Vec::<String>::new());
}

#[test]
fn the_clash_check_would_catch_two_copies_under_one_parent_id() {
    // Guards the two tests above: if the map's ids did not depend on where it is drawn, this is
    // what they would see.
    let h = two_maps(true);
    assert!(
        !id_clash_warnings(&h).is_empty(),
        "egui reported no clash for the same ids twice"
    );
}

#[test]
fn left_and_right_are_the_persons_sides_on_both_views() {
    use kineret_coach::body_map::model::sides_on_screen;
    // Facing you, the person's right is on your left; seen from behind, it is on your right.
    assert_eq!(sides_on_screen(View::Front, ("L", "R")), ("R", "L"));
    assert_eq!(sides_on_screen(View::Back, ("L", "R")), ("L", "R"));
    // The same holds for the areas: the left thigh is on the front view's right half, the
    // left arm on the back view's left half.
    assert!(Zone::LeftThigh.centre().x > 0.0 && Zone::LeftThigh.view() == View::Front);
    assert!(Zone::LeftArm.centre().x < 0.0 && Zone::LeftArm.view() == View::Back);
}
