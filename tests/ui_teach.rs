//! What a patient does with the teaching screens: open each section, switch language and
//! region, make the text bigger, walk through the injection steps.

mod common;

use common::{harness, shows};
use eframe::egui::{self, Role};
use egui_kittest::kittest::Queryable;
use kineret_coach::app::Screen;
use kineret_coach::content::{Region, SectionId};
use kineret_coach::i18n::I18n;

#[test]
fn every_section_opens_from_home_and_back_returns_home() {
    let en = I18n::new("en");
    let mut h = harness("en", Some(Region::Us));
    for id in SectionId::ALL {
        let title = en.t(&id.title_msg());
        h.get_by_role_and_label(Role::Button, &title).click();
        h.run();
        assert_eq!(
            h.state().screen(),
            Screen::Section(id),
            "clicking '{title}' should open it"
        );
        assert!(
            shows(&h, &en.t("section-sources")),
            "{title} shows where its facts come from"
        );
        h.get_by_role_and_label(Role::Button, &format!("‹ {}", en.t("nav-back")))
            .click();
        h.run();
        assert_eq!(h.state().screen(), Screen::Home, "Back from '{title}' returns home");
        assert!(shows(&h, &en.t("home-purpose")));
    }
}

#[test]
fn switching_language_changes_the_home_screen() {
    let mut h = harness("en", None);
    let english = I18n::new("en").t("home-purpose");
    let spanish = I18n::new("es").t("home-purpose");
    assert_ne!(english, spanish, "Spanish must be translated");
    assert!(shows(&h, &english));
    h.get_by_role_and_label(Role::ComboBox, "Language").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Español").click();
    h.run();
    assert_eq!(h.state().i18n().code(), "es");
    assert!(shows(&h, &spanish), "the home screen is now in Spanish");
    assert!(!shows(&h, &english));
}

#[test]
fn switching_region_changes_region_specific_facts() {
    let en = I18n::new("en");
    let mut h = harness("en", Some(Region::Us));
    h.get_by_role_and_label(Role::Button, &en.t("sec-storage-title"))
        .click();
    h.run();
    let us = en.t("storage-out-us");
    let eu = en.t("storage-out-eu");
    assert!(
        shows(&h, &us) && !shows(&h, &eu),
        "US reader sees only the US storage rule"
    );
    h.get_by_role_and_label(Role::ComboBox, &en.t("settings-region"))
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, &en.t("region-eu")).click();
    h.run();
    assert!(
        shows(&h, &eu) && !shows(&h, &us),
        "EU reader sees only the 72-hour EU rule"
    );
}

#[test]
fn without_a_region_no_region_specific_fact_is_shown() {
    let en = I18n::new("en");
    let mut h = harness("en", None);
    h.get_by_role_and_label(Role::Button, &en.t("sec-safety-title")).click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Section(SectionId::Safety));
    assert!(shows(&h, &en.t("region-hidden")));
    assert!(!shows(&h, &en.t("safety-pregnancy-us")));
    assert!(!shows(&h, &en.t("safety-pregnancy-eu")));
}

#[test]
fn ctrl_plus_makes_text_bigger_and_ctrl_minus_smaller() {
    let mut h = harness("en", None);
    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert!(h.state().settings().text_scale > 1.0);
    assert!(h.ctx.zoom_factor() > before, "text is drawn bigger");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert!(h.ctx.zoom_factor() < before);
}

#[test]
fn visible_text_size_buttons_work() {
    let en = I18n::new("en");
    let mut h = harness("en", None);
    h.get_by_role_and_label(Role::Button, &en.t("text-bigger")).click();
    h.run();
    assert!((h.state().settings().text_scale - 1.1).abs() < 1e-4);
    h.get_by_role_and_label(Role::Button, &en.t("text-smaller")).click();
    h.run();
    assert!((h.state().settings().text_scale - 1.0).abs() < 1e-4);
}

#[test]
fn high_contrast_turns_on() {
    let en = I18n::new("en");
    let mut h = harness("en", None);
    h.get_by_role_and_label(Role::CheckBox, &en.t("theme-high-contrast"))
        .click();
    h.run();
    assert!(h.state().settings().high_contrast);
    assert_eq!(h.ctx.global_style().visuals.panel_fill, egui::Color32::BLACK);
}

#[test]
fn injection_steps_go_one_at_a_time() {
    let en = I18n::new("en");
    // The first two steps the EU reader sees, whatever they are.
    let content = kineret_coach::content::Content::embedded();
    let steps: Vec<String> = content
        .section(SectionId::Steps)
        .expect("steps section")
        .visible(Some(Region::Eu))
        .filter(|b| matches!(b.kind, kineret_coach::content::BlockKind::Step(_)))
        .map(|b| en.t(&b.msg))
        .collect();
    let (first, second) = (&steps[0], &steps[1]);
    let mut h = harness("en", Some(Region::Eu));
    h.get_by_role_and_label(Role::Button, &en.t("sec-steps-title")).click();
    h.run();
    assert!(shows(&h, first));
    assert!(!shows(&h, second), "only one step at a time");
    h.get_by_role_and_label(Role::Button, &format!("{} ›", en.t("step-next")))
        .click();
    h.run();
    assert!(shows(&h, second));
    assert!(!shows(&h, first));
    h.get_by_role_and_label(Role::Button, &format!("‹ {}", en.t("step-previous")))
        .click();
    h.run();
    assert!(shows(&h, first));
}

#[test]
fn help_levels_are_in_order_emergency_first() {
    let en = I18n::new("en");
    let mut h = harness("en", Some(Region::Us));
    h.get_by_role_and_label(Role::Button, &en.t("sec-help-title")).click();
    h.run();
    let y = |text: &str| h.get_by_label(text).rect().min.y;
    let now = y(&en.t("help-now-heading"));
    let soon = y(&en.t("help-soon-heading"));
    let before = y(&en.t("help-before-heading"));
    assert!(now < soon && soon < before, "emergency first, then soon, then before");
}

/// An in-memory stand-in for eframe's settings file.
#[derive(Default)]
struct MemStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn language_region_text_size_and_contrast_are_remembered_between_runs() {
    use eframe::App as _;
    let ctx = egui::Context::default();
    let mut app = kineret_coach::app::App::new(&ctx, None, &kineret_coach::app::StartOptions::default());
    app.apply(kineret_coach::app::Command::SetLanguage("fr".into()));
    app.apply(kineret_coach::app::Command::SetRegion(Region::Eu));
    app.apply(kineret_coach::app::Command::TextSize(2));
    app.apply(kineret_coach::app::Command::SetHighContrast(true));
    let mut storage = MemStorage::default();
    app.save(&mut storage);
    let again = kineret_coach::app::App::new(
        &egui::Context::default(),
        Some(&storage),
        &kineret_coach::app::StartOptions::default(),
    );
    assert_eq!(again.i18n().code(), "fr");
    assert_eq!(again.settings().region, Some(Region::Eu));
    assert!((again.settings().text_scale - 1.2).abs() < 1e-4);
    assert!(again.settings().high_contrast);
}

#[test]
fn keyboard_alone_opens_a_section() {
    let mut h = harness("en", Some(Region::Us));
    // Tab through the controls until a lesson button has focus, then press Enter.
    for _ in 0..40 {
        h.key_press(egui::Key::Tab);
        h.run();
        let on_lesson = h
            .query_by(|n| {
                n.is_focused() && n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with("How Kineret"))
            })
            .is_some();
        if on_lesson {
            break;
        }
    }
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().screen(), Screen::Section(SectionId::How));
}
