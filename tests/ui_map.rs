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
