//! Marking a spot to avoid (a bruise, a scar): how long is chosen with plain buttons, not a
//! drag-number field a patient with shaky hands cannot set.

mod common;

use common::harness;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable;
use kineret_coach::app::{Command, LogCommand, Screen};
use kineret_coach::body_map::model::Zone;
use kineret_coach::content::Region;
use kineret_coach::i18n::I18n;

#[test]
fn how_long_to_avoid_a_spot_is_a_button_press_and_the_mark_lasts_that_long() {
    let en = I18n::new("en");
    let mut h = harness("en", Some(Region::Us));
    h.state_mut().apply(Command::Go(Screen::BodyMap));
    h.state_mut()
        .apply(Command::Log(LogCommand::ChooseInZone(Zone::LeftThigh)));
    h.run();
    // Named with what it is for ("Avoid it for: 30 days"): the map's "show 30 days" is another.
    let thirty = format!(
        "{} {}",
        en.t("mark-until"),
        en.t_args("period-days", &[("days", 30.into())])
    );
    let until_removed = format!("{} {}", en.t("mark-until"), en.t("mark-until-removed"));
    assert!(
        h.query_by_role(Role::SpinButton).is_none(),
        "no drag-number field on the map"
    );
    h.get_by_role_and_label(Role::Button, &thirty).click();
    h.run();
    assert_eq!(h.state().state().forms.log.mark_days, 30);
    h.get_by_role_and_label(Role::Button, &until_removed).click();
    h.run();
    assert_eq!(h.state().state().forms.log.mark_days, 0, "until removed");
    h.get_by_role_and_label(Role::Button, &thirty).click();
    h.run();
    h.get_by_role_and_label(Role::Button, &en.t("mark-kind-bruise")).click();
    h.run();
    let marks = &h.state().session().log().marks;
    assert_eq!(marks.len(), 1, "the bruise is marked");
    let m = &marks[0];
    let lasts = m.expires.map(|e| e.duration_since(m.created).as_hours());
    assert!(
        lasts.is_some_and(|h| (719..=721).contains(&h)),
        "avoided for 30 days: {m:?}"
    );
}
