//! What a patient does on the site map: pick a spot, log the dose, see it in the log and on the
//! map, undo it, and get a clear warning (not a silent refusal) for a spot that breaks a rule.

mod common;

use common::{harness_with, shows};
use eframe::egui::{self, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::app::{App, Clock, Command, LogCommand, Screen, StartOptions};
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::i18n::I18n;
use kineret_coach::log::model::{Entry, Flag, GivenBy, LogFile, ReactionKind};

/// The moment these tests happen: 1 May 2026, 10:00, two hours east of UTC.
fn now() -> jiff::Zoned {
    let tz = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
    jiff::Timestamp::from_second(1_777_622_400).expect("time").to_zoned(tz)
}

fn map_with(log: LogFile) -> Harness<'static, App> {
    let mut h = harness_with(StartOptions {
        lang: Some("en".into()),
        log: Some(log),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    });
    h.state_mut().apply(Command::Go(Screen::BodyMap));
    h.run();
    h
}

/// The accessible label of a zone button starts with its name.
fn zone_button<'a>(h: &'a Harness<'static, App>, zone: Zone) -> egui_kittest::Node<'a> {
    let name = I18n::new("en").t(&kineret_coach::i18n::ids::zone(zone));
    let prefix = format!("{name}.");
    h.get_by(move |n| n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with(&prefix)))
}

/// Screen position of a point in centimetres, from the zone button's rectangle (the zone's box).
fn screen_pos(h: &Harness<'static, App>, zone: Zone, p: PointCm) -> Pos2 {
    let r = zone_button(h, zone).rect();
    let (min, max) = zone.bounds();
    Pos2::new(
        r.left() + (p.x - min.x) / (max.x - min.x) * r.width(),
        r.top() + (p.y - min.y) / (max.y - min.y) * r.height(),
    )
}

fn click_at(h: &mut Harness<'static, App>, pos: Pos2) {
    h.hover_at(pos);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run();
}

fn entry(id: u64, hours_ago: i64, zone: Zone, point: PointCm) -> Entry {
    let at = now() - jiff::SignedDuration::from_hours(hours_ago);
    Entry {
        id,
        at,
        zone,
        point,
        dose: "100 mg".into(),
        given_by: GivenBy::SelfInjected,
        reaction: None,
        note: String::new(),
        flags: vec![],
    }
}

#[test]
fn every_zone_is_a_labelled_control_for_screen_readers() {
    let h = map_with(LogFile::default());
    for zone in Zone::ALL {
        let node = zone_button(&h, zone);
        assert!(
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.ends_with("Never used."))
        );
    }
}

#[test]
fn click_a_zone_log_the_dose_see_it_in_history_and_on_the_map_then_undo() {
    let en = I18n::new("en");
    let mut h = map_with(LogFile::default());
    zone_button(&h, Zone::LeftThigh).click();
    h.run();
    let (zone, _) = h.state().state().choice.spot.expect("a spot is chosen");
    assert_eq!(zone, Zone::LeftThigh);
    assert!(shows(&h, &en.t("chosen-ok")));
    let dose_label = en.t("log-dose");
    h.get_by_role_and_label(Role::TextInput, &dose_label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, &dose_label)
        .type_text("100 mg");
    h.run();
    h.get_by_role_and_label(Role::Button, &en.t("log-save")).click();
    h.run();
    let log = &h.state().session().log();
    assert_eq!(log.entries.len(), 1);
    assert_eq!(log.entries[0].zone, Zone::LeftThigh);
    assert_eq!(log.entries[0].dose, "100 mg");
    // The zone now says it was used today, for screen readers too.
    assert!(
        zone_button(&h, Zone::LeftThigh)
            .accesskit_node()
            .label()
            .is_some_and(|l| l.contains("Last used today"))
    );
    // Home now says today's dose is done, with the time and the area.
    h.state_mut().apply(Command::Go(Screen::Home));
    h.run();
    assert!(shows(&h, "dose is done: 10:00"), "home shows the dose as done");
    assert!(!shows(&h, &en.t("today-not-yet")));
    h.state_mut().apply(Command::Back);
    h.run();
    // The history lists it.
    h.get_by_role_and_label(Role::Button, &en.t("history-title")).click();
    h.run();
    assert!(shows(&h, "100 mg"));
    assert!(shows(&h, &en.t("zone-left_thigh")));
    // Undo removes it.
    h.get_by_role_and_label(Role::Button, &en.t("log-undo")).click();
    h.run();
    assert!(h.state().session().log().entries.is_empty());
    assert!(shows(&h, &en.t("history-empty")));
}

#[test]
fn a_spot_too_close_to_yesterdays_injection_warns_with_the_distance_and_can_be_logged_flagged() {
    let en = I18n::new("en");
    let old = PointCm::new(-9.0, 33.0);
    let mut log = LogFile::default();
    log.entries.push(entry(1, 24, Zone::RightThigh, old));
    log.next_id = 2;
    let mut h = map_with(log);
    let target = PointCm::new(old.x + 1.3, old.y);
    let pos = screen_pos(&h, Zone::RightThigh, target);
    click_at(&mut h, pos);
    let violations = &h.state().state().choice.violations;
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert!(shows(&h, &en.t("warn-title")));
    assert!(shows(&h, "cm from the injection on"), "the warning says how far");
    assert!(shows(&h, "Keep at least 2.5 cm"));
    // Not silently refused: it can still be logged, and it is flagged.
    h.get_by_role_and_label(Role::Button, &en.t("log-save-anyway")).click();
    h.run();
    let log = &h.state().session().log();
    assert_eq!(log.entries.len(), 2);
    let new = log.entries.iter().find(|e| e.id != 1).expect("new entry");
    assert_eq!(new.flags, vec![Flag::TooClose]);
}

#[test]
fn a_click_on_the_navel_circle_says_why() {
    let en = I18n::new("en");
    let mut h = map_with(LogFile::default());
    let pos = screen_pos(&h, Zone::LeftAbdomen, PointCm::new(1.0, 0.5));
    click_at(&mut h, pos);
    assert!(h.state().state().choice.spot.is_none());
    assert!(shows(&h, &en.t("hit-navel")));
}

#[test]
fn enter_on_a_focused_zone_picks_the_best_spot_in_it() {
    let mut h = map_with(LogFile::default());
    zone_button(&h, Zone::RightArm).focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let (zone, point) = h.state().state().choice.spot.expect("chosen by keyboard");
    assert_eq!(zone, Zone::RightArm);
    assert!(zone.contains(point));
    assert!(h.state().state().choice.violations.is_empty());
}

#[test]
fn the_suggested_spot_is_a_control_and_follows_the_rules() {
    let en = I18n::new("en");
    let mut h = map_with(LogFile::default());
    h.get_by_role_and_label(Role::Button, &en.t("suggest-use")).click();
    h.run();
    let (zone, point) = h.state().state().choice.spot.expect("suggested spot chosen");
    assert!(zone.contains(point));
    assert!(h.state().state().choice.violations.is_empty());
    let label = format!(
        "{}: {}",
        en.t("suggest-title"),
        en.t(&kineret_coach::i18n::ids::zone(zone))
    );
    h.get_by_role_and_label(Role::Button, &label);
}

#[test]
fn delete_asks_first_and_edit_adds_a_reaction_later() {
    let en = I18n::new("en");
    let mut log = LogFile::default();
    log.entries.push(entry(1, 48, Zone::LeftThigh, PointCm::new(8.0, 33.0)));
    log.entries
        .push(entry(2, 24, Zone::RightThigh, PointCm::new(-8.0, 33.0)));
    log.next_id = 3;
    let mut h = map_with(log);
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    let newest = h.state().session().log().entries[1].clone();
    let what = format!(
        "{}, {}",
        en.date_time(&newest.at),
        en.t(&kineret_coach::i18n::ids::zone(newest.zone))
    );
    // Add a reaction to the newest entry; its buttons say which entry they act on.
    h.get_by_role_and_label(Role::Button, &format!("{}: {what}", en.t("history-edit")))
        .click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, &en.t("reaction-redness"))
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, &en.t("history-save")).click();
    h.run();
    let edited = h
        .state()
        .session()
        .log()
        .entries
        .iter()
        .find(|e| e.id == newest.id)
        .expect("still there");
    assert_eq!(
        edited.reaction.as_ref().map(|r| r.kinds.clone()),
        Some(vec![ReactionKind::Redness])
    );
    // Delete asks first; nothing is gone until "Yes, delete".
    h.get_by_role_and_label(Role::Button, &format!("{}: {what}", en.t("history-delete")))
        .click();
    h.run();
    assert_eq!(
        h.state().session().log().entries.len(),
        2,
        "nothing deleted before confirming"
    );
    assert!(shows(&h, &en.t("history-delete-confirm")));
    h.get_by_role_and_label(Role::Button, &format!("{}: {what}", en.t("history-delete-yes")))
        .click();
    h.run();
    assert_eq!(h.state().session().log().entries.len(), 1);
    assert!(h.state().session().log().entries.iter().all(|e| e.id != newest.id));
}

#[test]
fn undo_only_takes_back_the_dose_just_logged_not_after_a_delete() {
    let en = I18n::new("en");
    let mut log = LogFile::default();
    log.entries.push(entry(1, 48, Zone::LeftThigh, PointCm::new(8.0, 33.0)));
    log.next_id = 2;
    let mut h = map_with(log);
    h.state_mut()
        .apply(Command::Log(LogCommand::ChooseInZone(Zone::RightArm)));
    h.state_mut().apply(Command::Log(LogCommand::Save));
    assert_eq!(h.state().session().log().entries.len(), 2);
    h.state_mut().apply(Command::Log(LogCommand::Delete(1)));
    h.state_mut().apply(Command::Go(Screen::History));
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Button, &en.t("log-undo")).is_none(),
        "no Undo after another change"
    );
    assert_eq!(h.state().session().log().entries.len(), 1);
}

#[test]
fn a_point_that_cannot_be_drawn_in_a_hand_edited_log_is_skipped() {
    let mut log = LogFile::default();
    log.entries
        .push(entry(1, 24, Zone::LeftThigh, PointCm::new(f32::NAN, 33.0)));
    log.entries
        .push(entry(2, 30, Zone::RightThigh, PointCm::new(1e30, f32::INFINITY)));
    log.entries.push(entry(3, 48, Zone::LeftArm, Zone::LeftArm.centre()));
    log.sort_entries();
    log.next_id = 4;
    let mut h = map_with(log);
    h.run();
    let app = h.state_mut();
    let cx = app.frame();
    let model = kineret_coach::ui::map_screen::map_model(&cx);
    let drawn: Vec<u64> = model
        .points
        .iter()
        .map(|p| if p.zone == Zone::LeftArm { 3 } else { 0 })
        .collect();
    assert_eq!(drawn, vec![3], "only the drawable point is on the map");
    assert!(model.suggestion.is_some(), "the map still suggests a spot");
}

/// Where each view of the figure was drawn in the last frame.
fn figure_rects(h: &Harness<'static, App>) -> [egui::Rect; 2] {
    use kineret_coach::body_map::model::View;
    use kineret_coach::ui::map_screen::map_rect_id;
    [View::Front, View::Back].map(|v| {
        h.ctx
            .data(|d| d.get_temp::<egui::Rect>(map_rect_id(v)))
            .expect("the map screen records where it drew the figure")
    })
}

fn scroll_at(h: &mut Harness<'static, App>, pos: Pos2, dy: f32) {
    h.hover_at(pos);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
}

#[test]
fn the_figure_keeps_its_size_and_place_while_the_side_panel_scrolls_and_a_notice_appears() {
    let en = I18n::new("en");
    // A laptop (two panes) and a narrow window (the figure pinned above the form).
    for (size, side_point) in [
        (egui::vec2(1280.0, 800.0), Pos2::new(1100.0, 500.0)),
        (egui::vec2(700.0, 900.0), Pos2::new(350.0, 750.0)),
    ] {
        let mut h = map_with(LogFile::default());
        h.set_size(size);
        h.run();
        zone_button(&h, Zone::LeftThigh).click();
        h.run();
        let before = figure_rects(&h);
        assert!(
            before[0].height() > 100.0,
            "{size:?}: the figure is drawn at a usable size"
        );
        let use_button = || en.t("suggest-use");
        let button_before = h.get_by_role_and_label(Role::Button, &use_button()).rect();
        scroll_at(&mut h, side_point, -400.0);
        let button_after = h.get_by_role_and_label(Role::Button, &use_button()).rect();
        assert!(
            button_after.top() < button_before.top() - 50.0,
            "{size:?}: the side panel scrolled ({button_before:?} -> {button_after:?})"
        );
        assert_eq!(
            figure_rects(&h),
            before,
            "{size:?}: the body figure moved or changed size when the form beside it scrolled"
        );
        // Log the dose: a "Saved." notice appears, and the figure stays where it was.
        let dose_label = en.t("log-dose");
        h.get_by_role_and_label(Role::TextInput, &dose_label).focus();
        h.run();
        h.get_by_role_and_label(Role::TextInput, &dose_label)
            .type_text("100 mg");
        h.run();
        // The button may be below the fold: bring it into view as a patient would.
        h.get_by_role_and_label(Role::Button, &en.t("log-save")).scroll_to_me();
        h.run();
        h.get_by_role_and_label(Role::Button, &en.t("log-save")).click();
        h.run();
        assert!(shows(&h, "Saved."), "{size:?}: the notice is shown");
        assert_eq!(
            figure_rects(&h),
            before,
            "{size:?}: the body figure jumped when the notice appeared"
        );
    }
}

fn zoom_label(lang: &I18n, zone: Zone) -> String {
    let name = lang.t(&kineret_coach::i18n::ids::zone(zone));
    lang.t_args("zoom-label", &[("zone", name.into())])
}

/// The chosen spot, which must be in `zone`.
fn spot_in(h: &Harness<'static, App>, zone: Zone) -> PointCm {
    let (z, p) = h.state().state().choice.spot.expect("a spot is chosen");
    assert_eq!(z, zone, "the spot stays in the area that was opened");
    p
}

#[test]
fn choosing_an_area_opens_it_enlarged_a_tap_places_the_spot_to_the_centimetre_and_arrows_move_it() {
    let en = I18n::new("en");
    let mut log = LogFile::default();
    log.entries
        .push(entry(1, 24 * 5, Zone::LeftThigh, PointCm::new(10.0, 30.0)));
    log.next_id = 2;
    let mut h = map_with(log);
    let label = zoom_label(&en, Zone::LeftThigh);
    assert!(
        h.query_by_role_and_label(Role::Button, &label).is_none(),
        "no enlarged view before an area is chosen"
    );
    zone_button(&h, Zone::LeftThigh).click();
    h.run();
    // The area opens enlarged, at least four times the map's scale.
    h.get_by_role_and_label(Role::Button, &label);
    let to_px = h
        .ctx
        .data(|d| d.get_temp::<egui::emath::RectTransform>(kineret_coach::body_map::view::zoom_transform_id()))
        .expect("the enlarged view was drawn");
    let (min, max) = Zone::LeftThigh.bounds();
    let map_scale = zone_button(&h, Zone::LeftThigh).rect().width() / (max.x - min.x);
    assert!(
        to_px.scale().x >= 4.0 * map_scale * 0.99,
        "the enlarged view is only {:.1}x the map",
        to_px.scale().x / map_scale
    );
    // A tap in the enlarged view places the spot where it was tapped, to the centimetre.
    let target = PointCm::new(7.0, 33.0);
    click_at(&mut h, to_px.transform_pos(Pos2::new(target.x, target.y)));
    let placed = spot_in(&h, Zone::LeftThigh);
    assert!(
        placed.distance(target) < 0.5,
        "tapped at {target:?} but the spot went to {placed:?}"
    );
    assert!(
        h.state().state().choice.violations.is_empty(),
        "this spot keeps every rule"
    );
    // The keyboard moves it by 1 cm per arrow key, and the view keeps the focus.
    h.get_by_role_and_label(Role::Button, &label).focus();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let moved = spot_in(&h, Zone::LeftThigh);
    assert!(
        (moved.x - placed.x - 1.0).abs() < 0.01 && (moved.y - placed.y).abs() < 0.01,
        "right arrow: {placed:?} -> {moved:?}"
    );
    h.key_press(egui::Key::ArrowUp);
    h.run();
    let up = spot_in(&h, Zone::LeftThigh);
    assert!(
        (up.y - moved.y + 1.0).abs() < 0.01 && (up.x - moved.x).abs() < 0.01,
        "up arrow: {moved:?} -> {up:?}"
    );
    assert!(
        h.get_by_role_and_label(Role::Button, &label)
            .accesskit_node()
            .is_focused(),
        "the enlarged view keeps the keyboard focus after a move"
    );
    // Tapping near the earlier injection (1 cm away) breaks the 2.5 cm rule: the map and the
    // enlarged view draw the spot as breaking a rule, and the form says so.
    let near = PointCm::new(9.0, 30.0);
    let to_px = h
        .ctx
        .data(|d| d.get_temp::<egui::emath::RectTransform>(kineret_coach::body_map::view::zoom_transform_id()))
        .expect("still drawn");
    click_at(&mut h, to_px.transform_pos(Pos2::new(near.x, near.y)));
    assert!(spot_in(&h, Zone::LeftThigh).distance(near) < 0.5);
    assert!(shows(&h, &en.t("warn-title")));
    let app = h.state_mut();
    let cx = app.frame();
    assert!(
        kineret_coach::ui::map_screen::map_model(&cx).chosen_breaks_rules,
        "a rule-breaking spot is drawn differently, not only described"
    );
}

#[test]
fn every_marker_kind_is_in_the_legend_and_it_wraps_inside_the_window_in_every_language() {
    for lang in ["en", "es", "fr", "de"] {
        let t = I18n::new(lang);
        let mut h = harness_with(StartOptions {
            lang: Some(lang.into()),
            clock: Clock::Fixed(now()),
            log: Some(LogFile::default()),
            ..StartOptions::default()
        });
        h.set_size(egui::vec2(1024.0, 1400.0));
        h.state_mut().apply(Command::Go(Screen::BodyMap));
        h.run();
        for key in [
            "map-legend-never",
            "map-legend-ready",
            "map-legend-injection",
            "map-legend-suggested",
            "map-legend-chosen",
            "map-legend-broken",
            "map-legend-avoid",
            "map-legend-navel",
        ] {
            let text = t.t(key);
            let node = h
                .root()
                .children_recursive()
                .find(|n| n.accesskit_node().value().is_some_and(|v| v == text))
                .unwrap_or_else(|| panic!("{lang}: the legend lacks \"{text}\""));
            let r = node.rect();
            assert!(
                r.right() <= 1024.0 + 0.5,
                "{lang}: the legend line \"{text}\" is cut off at the window's edge ({r:?})"
            );
        }
    }
}

#[test]
fn a_whole_area_kept_away_from_is_crossed_never_suggested_and_can_be_used_again() {
    // A patient with a scar on the thigh marks the whole area; the app must stop sending them
    // there, and say so in words, until they choose to use it again.
    let en = I18n::new("en");
    let zone = Zone::ALL[0];
    let zone_name = en.t(&kineret_coach::i18n::ids::zone(zone));
    let mut h = map_with(LogFile::default());
    assert_eq!(
        kineret_coach::rotation::suggest(now().timestamp(), h.state().session().log()).map(|s| s.zone),
        Some(zone)
    );
    zone_button(&h, zone).focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let keep_away = format!("{}: {zone_name}", en.t("area-keep-away"));
    // The button is below the fold of the side panel: scroll to it, as a person would.
    h.get_by_role_and_label(Role::Button, &keep_away).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, &keep_away).click();
    h.run();
    let marks = &h.state().session().log().area_marks;
    assert_eq!(marks.len(), 1, "one area mark");
    let in_14_days = now().timestamp() + jiff::SignedDuration::from_hours(14 * 24);
    assert_eq!(marks[0].zone, zone);
    assert_eq!(
        marks[0].expires,
        Some(in_14_days),
        "'Avoid it for' (14 days by default) applies"
    );
    let suggested = kineret_coach::rotation::suggest(now().timestamp(), h.state().session().log()).map(|s| s.zone);
    assert!(suggested.is_some_and(|z| z != zone), "suggested {suggested:?}");
    assert!(
        zone_button(&h, zone)
            .accesskit_node()
            .label()
            .is_some_and(|l| l.contains(&en.t("zone-kept-away"))),
        "the area's name says it is kept away from"
    );
    assert!(
        shows(&h, &en.t("map-legend-kept-away")),
        "the legend explains the crossed area"
    );
    // A spot there now warns, and logging it would be flagged.
    h.state_mut().apply(Command::Log(LogCommand::ChooseInZone(zone)));
    h.run();
    assert!(shows(&h, &en.t("warn-kept-away")));
    let use_again = en.t_args("area-use-again-name", &[("zone", zone_name.clone().into())]);
    h.get_by_role_and_label(Role::Button, &use_again).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, &use_again).click();
    h.run();
    assert!(h.state().session().log().area_marks.is_empty());
    assert_eq!(
        kineret_coach::rotation::suggest(now().timestamp(), h.state().session().log()).map(|s| s.zone),
        Some(zone)
    );
}
