//! What a screen-reader user would notice: every screen of every mode, walked through the
//! AccessKit tree that Orca, NVDA and `VoiceOver` read (through AT-SPI, UIA, `NSAccessibility`).
//!
//! On each screen, in English and German, the audit fails when
//! * a control (button, check box, radio button, text field, slider, combo box, link, menu
//!   item, or anything else that can be clicked or focused) has no name: the screen reader
//!   says only "button" (an image, a dialog or the window with no name is reported too);
//! * two controls share a name: the user hears "Edit, Edit, Edit" and cannot tell which entry
//!   each one changes;
//! * a body-map area or a past injection is missing from the tree, or its name does not say
//!   which area it is: a blind patient cannot choose a site or hear where they injected.
//!
//! `cargo test --test a11y_audit -- --nocapture` prints how many screens, nodes and controls
//! were checked.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use common::harness_with;
use eframe::egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kineret_coach::app::{App, Clock, Command, KioskCommand, LogCommand, Mode, Screen, StartOptions, TeachCommand};
use kineret_coach::body_map::model::{PointCm, Zone};
use kineret_coach::content::{BlockKind, Region, SectionId};
use kineret_coach::i18n::{I18n, ids};
use kineret_coach::log::model::{AreaMark, AvoidMark, Entry, GivenBy, LogFile, MarkKind, Reaction, ReactionKind};
use kineret_coach::teach::{Indication, SyringeUse, TOPICS};

/// The languages every screen is audited in.
const LANGUAGES: [&str; 2] = ["en", "de"];

/// Roles a person operates. Anything else that AccessKit says can be clicked or focused counts
/// too (see [`is_control`]).
const CONTROL_ROLES: &[Role] = &[
    Role::Button,
    Role::DefaultButton,
    Role::CheckBox,
    Role::RadioButton,
    Role::Switch,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::SearchInput,
    Role::PasswordInput,
    Role::NumberInput,
    Role::DateInput,
    Role::DateTimeInput,
    Role::TimeInput,
    Role::EmailInput,
    Role::PhoneNumberInput,
    Role::UrlInput,
    Role::Slider,
    Role::SpinButton,
    Role::ComboBox,
    Role::EditableComboBox,
    Role::Link,
    Role::MenuItem,
    Role::MenuItemCheckBox,
    Role::MenuItemRadio,
    Role::ListBoxOption,
    Role::Tab,
    Role::TreeItem,
    Role::DisclosureTriangle,
    Role::ColorWell,
];

/// Not operated, but announced by their role alone ("image", "dialog") when they have no name.
const NAMED_TOO: &[Role] = &[Role::Image, Role::Dialog, Role::AlertDialog, Role::Window];

/// Text that egui lets you select (and so focus) but that nobody operates: its name is the
/// text itself. A scroll bar is named by what it scrolls, which screen readers do not read.
const NOT_CONTROLS: &[Role] = &[Role::Label, Role::TextRun, Role::ScrollBar];

fn is_control(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    let role = node.role();
    !NOT_CONTROLS.contains(&role)
        && (CONTROL_ROLES.contains(&role)
            || node.data().supports_action(Action::Click)
            || node.data().supports_action(Action::Focus))
}

/// What was checked, over all screens.
#[derive(Default)]
struct Audit {
    screens: usize,
    nodes: usize,
    controls: usize,
    problems: Vec<String>,
}

impl Audit {
    /// Checks the screen the harness shows now: every control named, no two alike.
    fn screen(&mut self, h: &Harness<'static, App>, name: &str) {
        self.screens += 1;
        if h.root().accesskit_node().label().is_none_or(|l| l.trim().is_empty()) {
            self.problems.push(format!("{name}: the window has no name"));
        }
        let mut names: BTreeMap<String, usize> = BTreeMap::new();
        for node in h.root().children_recursive() {
            let a = node.accesskit_node();
            self.nodes += 1;
            if NAMED_TOO.contains(&a.role()) && a.label().is_none_or(|l| l.trim().is_empty()) {
                self.problems.push(format!(
                    "{name}: a {:?} has no name (at {:?})",
                    a.role(),
                    a.bounding_box()
                ));
            }
            if !is_control(&a) {
                continue;
            }
            self.controls += 1;
            let label = a.label().unwrap_or_default();
            let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
            if label.is_empty() {
                self.problems.push(format!(
                    "{name}: a {:?} has no name (value {:?}, at {:?})",
                    a.role(),
                    a.value(),
                    a.bounding_box()
                ));
                continue;
            }
            *names.entry(label.to_lowercase()).or_default() += 1;
        }
        for (label, n) in names.into_iter().filter(|(_, n)| *n > 1) {
            self.problems
                .push(format!("{name}: {n} controls are all called \"{label}\""));
        }
    }

    /// Checks that each area of the body map is a control that names the area, and that each
    /// past injection is in the tree with a name that says its area and its age.
    fn body_map(&mut self, h: &Harness<'static, App>, name: &str, tr: &I18n, points: &[(Zone, i64)]) {
        let nodes: Vec<(Role, String)> = h
            .root()
            .children_recursive()
            .map(|n| {
                let a = n.accesskit_node();
                (a.role(), a.label().unwrap_or_default())
            })
            .collect();
        for zone in Zone::ALL {
            let prefix = format!("{}.", tr.t(&ids::zone(zone)));
            let n = nodes
                .iter()
                .filter(|(role, label)| *role == Role::Button && label.starts_with(&prefix))
                .count();
            if n != 1 {
                self.problems
                    .push(format!("{name}: the area \"{prefix}\" is {n} controls, not 1"));
            }
        }
        let mut expected: Vec<String> = points.iter().map(|(z, days)| point_name(tr, *z, *days)).collect();
        let mut found: Vec<String> = nodes
            .iter()
            .filter(|(role, _)| *role == Role::Image)
            .map(|(_, label)| label.clone())
            .filter(|label| expected.contains(label))
            .collect();
        expected.sort();
        found.sort();
        if found != expected {
            self.problems.push(format!(
                "{name}: past injections in the tree {found:?}, expected {expected:?}"
            ));
        }
    }
}

/// The name a past injection has for a screen reader: its area and how long ago.
fn point_name(tr: &I18n, zone: Zone, days: i64) -> String {
    format!(
        "{}: {}",
        tr.t(&ids::zone(zone)),
        tr.t_args("point-age", &[("days", days.into())])
    )
}

/// 20 November 2026, 10:00, one hour east of UTC.
fn now() -> jiff::Zoned {
    jiff::civil::date(2026, 11, 20)
        .at(10, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(1)))
        .expect("time")
}

fn days_ago(days: i64) -> jiff::Zoned {
    now() - jiff::SignedDuration::from_hours(24 * days)
}

/// Past injections in three areas over the last 10 days (the map shows 14), one of them with a
/// skin reaction, two in October, a bruise and a scar to avoid, and the right thigh kept away
/// whole. Returns the log and the (area, days ago) of the injections the map shows.
fn log() -> (LogFile, Vec<(Zone, i64)>) {
    let shots = [
        (Zone::LeftThigh, 10, PointCm::new(8.0, 33.0)),
        (Zone::RightThigh, 7, PointCm::new(-8.0, 35.0)),
        (Zone::LeftThigh, 4, PointCm::new(9.0, 38.0)),
        (Zone::RightArm, 2, PointCm::new(-17.0, -20.0)),
        (Zone::LeftThigh, 1, PointCm::new(7.0, 42.0)),
    ];
    let mut log = LogFile::default();
    for (n, (zone, days, point)) in shots.into_iter().enumerate() {
        let mut e = Entry {
            id: 0,
            at: days_ago(days),
            zone,
            point,
            dose: "100 mg".into(),
            given_by: GivenBy::SelfInjected,
            reaction: None,
            note: String::new(),
            flags: vec![],
        };
        if n == 1 {
            e.reaction = Some(Reaction {
                kinds: vec![ReactionKind::Redness],
                ..Reaction::default()
            });
        }
        log.add_entry(e);
    }
    let id = log.fresh_id();
    log.marks.push(AvoidMark {
        id,
        zone: Zone::LeftThigh,
        point: PointCm::new(10.0, 45.0),
        kind: MarkKind::Bruise,
        created: days_ago(1).timestamp(),
        expires: None,
    });
    let id = log.fresh_id();
    log.marks.push(AvoidMark {
        id,
        zone: Zone::RightArm,
        point: PointCm::new(-18.0, -18.0),
        kind: MarkKind::Scar,
        created: days_ago(1).timestamp(),
        expires: None,
    });
    let id = log.fresh_id();
    log.area_marks.push(AreaMark {
        id,
        zone: Zone::RightThigh,
        created: days_ago(3).timestamp(),
        expires: None,
    });
    // October too, so the log has a month to go back to (and, with more than three entries in
    // November, shows its month buttons above and below the list). Too old for the map.
    for days in [30, 40] {
        log.add_entry(Entry {
            id: 0,
            at: days_ago(days),
            zone: Zone::LeftAbdomen,
            point: PointCm::new(8.0, 3.0),
            dose: "100 mg".into(),
            given_by: GivenBy::Carer,
            reaction: None,
            note: "October".into(),
            flags: vec![],
        });
    }
    let points = shots.iter().map(|(z, d, _)| (*z, *d)).collect();
    (log, points)
}

fn go(h: &mut Harness<'static, App>, c: Command) {
    h.state_mut().apply(c);
    h.run();
}

fn home_mode(lang: &str, region: Option<Region>, log: LogFile) -> Harness<'static, App> {
    harness_with(StartOptions {
        lang: Some(lang.into()),
        region,
        log: Some(log),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    })
}

fn home_screens(audit: &mut Audit, lang: &str) {
    let tr = I18n::new(lang);
    // A first start: no leaflet chosen yet, an empty log.
    let mut h = home_mode(lang, None, LogFile::default());
    audit.screen(&h, &format!("{lang} home, no leaflet chosen"));
    for id in SectionId::ALL {
        go(&mut h, Command::Go(Screen::Section(id)));
        audit.screen(&h, &format!("{lang} lesson {id:?}, no leaflet chosen"));
    }
    go(&mut h, Command::Go(Screen::BodyMap));
    audit.screen(&h, &format!("{lang} site map, empty log"));
    audit.body_map(&h, &format!("{lang} site map, empty log"), &tr, &[]);
    go(&mut h, Command::Log(LogCommand::ChooseSuggested));
    audit.screen(&h, &format!("{lang} site map, spot chosen (enlarged area)"));

    for region in Region::ALL {
        let (log, points) = log();
        let mut h = home_mode(lang, Some(region), log);
        audit.screen(&h, &format!("{lang} {region:?} home"));
        for id in SectionId::ALL {
            go(&mut h, Command::Go(Screen::Section(id)));
            audit.screen(&h, &format!("{lang} {region:?} lesson {id:?}"));
        }
        // Each step of the step-by-step pictures.
        go(&mut h, Command::Go(Screen::Section(SectionId::Steps)));
        let steps = h
            .state()
            .content()
            .section(SectionId::Steps)
            .expect("steps")
            .visible(Some(region))
            .filter(|b| matches!(b.kind, BlockKind::Step(_)))
            .count();
        assert!(steps > 5, "{steps} steps");
        for n in 0..steps {
            go(&mut h, Command::ShowStep(n));
            audit.screen(&h, &format!("{lang} {region:?} step {} of {steps}", n + 1));
        }
        // The map with past injections, spots to avoid and a whole area kept away.
        go(&mut h, Command::Go(Screen::BodyMap));
        let name = format!("{lang} {region:?} site map with past injections, marks, an area kept away");
        audit.screen(&h, &name);
        audit.body_map(&h, &name, &tr, &points);
        assert!(
            common::shows(&h, &tr.t("zone-kept-away")),
            "{name}: the kept-away area says so"
        );
        go(&mut h, Command::Log(LogCommand::ChooseSuggested));
        let name = format!("{lang} {region:?} site map, spot chosen (enlarged area)");
        audit.screen(&h, &name);
        audit.body_map(&h, &name, &tr, &points);
        // A spot in the kept-away area: the warning and "Log it anyway".
        go(
            &mut h,
            Command::Log(LogCommand::Choose {
                zone: Zone::RightThigh,
                point: PointCm::new(-8.0, 36.0),
            }),
        );
        audit.screen(&h, &format!("{lang} {region:?} site map, a spot that breaks a rule"));
        // The log, with entries, then one being edited, then one being deleted.
        go(&mut h, Command::Go(Screen::History));
        audit.screen(&h, &format!("{lang} {region:?} injection log"));
        let edit = tr.t("history-edit");
        let first_edit = h
            .root()
            .children_recursive()
            .find(|n| {
                let a = n.accesskit_node();
                a.role() == Role::Button && a.label().is_some_and(|l| l.starts_with(&format!("{edit}:")))
            })
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .expect("an Edit button");
        h.get_by_role_and_label(Role::Button, &first_edit).click();
        h.run();
        assert!(h.state().state().forms.edit.is_some(), "editing");
        audit.screen(&h, &format!("{lang} {region:?} injection log, editing an entry"));
        h.get_by_role_and_label(Role::Button, &tr.t("history-cancel")).click();
        h.run();
        let delete = tr.t("history-delete");
        let first_delete = h
            .root()
            .children_recursive()
            .find(|n| {
                let a = n.accesskit_node();
                a.role() == Role::Button && a.label().is_some_and(|l| l.starts_with(&format!("{delete}:")))
            })
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .expect("a Delete button");
        h.get_by_role_and_label(Role::Button, &first_delete).click();
        h.run();
        audit.screen(&h, &format!("{lang} {region:?} injection log, asking before a delete"));
        // "Teach a patient" at home: its summary offers to keep the plan in the log.
        go(&mut h, Command::Go(Screen::Home));
        go(&mut h, Command::Teach(TeachCommand::Open));
        audit.screen(&h, &format!("{lang} {region:?} teach set-up at home"));
    }
}

fn teach_screens(audit: &mut Audit, lang: &str) {
    let mut h = harness_with(StartOptions {
        mode: Some(Mode::Teach),
        lang: Some(lang.into()),
        clock: Clock::Fixed(now()),
        ..StartOptions::default()
    });
    assert_eq!(h.state().screen(), Screen::TeachSetup);
    audit.screen(&h, &format!("{lang} teach set-up, empty"));
    go(&mut h, Command::Teach(TeachCommand::SetRegion(Region::Eu)));
    go(&mut h, Command::Teach(TeachCommand::SetIndication(Indication::Ra)));
    go(&mut h, Command::Teach(TeachCommand::SetSyringe(SyringeUse::Part)));
    go(&mut h, Command::Teach(TeachCommand::TypeDose("2 mg/kg, 40 mg".into())));
    audit.screen(&h, &format!("{lang} teach set-up, filled in"));
    go(&mut h, Command::Teach(TeachCommand::Start));
    for n in 0..TOPICS.len() {
        go(&mut h, Command::Go(Screen::TeachTopic(n)));
        assert_eq!(h.state().screen(), Screen::TeachTopic(n));
        audit.screen(&h, &format!("{lang} teach topic {} and its teach-back question", n + 1));
    }
    go(&mut h, Command::Go(Screen::TeachDemo));
    audit.screen(&h, &format!("{lang} teach return-demonstration checklist"));
    go(&mut h, Command::Go(Screen::TeachPlan));
    audit.screen(&h, &format!("{lang} teach site plan"));
    go(&mut h, Command::Go(Screen::TeachSummary));
    audit.screen(&h, &format!("{lang} teach summary"));
    go(&mut h, Command::Teach(TeachCommand::Finish));
    audit.screen(&h, &format!("{lang} teach summary, asking before starting over"));
    go(&mut h, Command::Teach(TeachCommand::KeepWorking));
    go(&mut h, Command::Teach(TeachCommand::AskClose));
    audit.screen(&h, &format!("{lang} teach, asking before the window closes"));
}

fn kiosk_screens(audit: &mut Audit, lang: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kiosk.ron");
    let setup = kineret_coach::kiosk::config::load(Some(&path)).expect("the example kiosk configuration");
    let timeout = setup.idle_timeout;
    let mut h = harness_with(StartOptions {
        mode: Some(Mode::Kiosk),
        clock: Clock::Fixed(now()),
        kiosk: Some(Arc::new(setup)),
        ..StartOptions::default()
    });
    assert_eq!(h.state().screen(), Screen::Attract);
    audit.screen(&h, &format!("kiosk attract (before {lang})"));
    go(&mut h, Command::StartVisit(lang.into()));
    audit.screen(&h, &format!("{lang} kiosk home"));
    go(&mut h, Command::Go(Screen::BodyMap));
    audit.screen(&h, &format!("{lang} kiosk site map"));
    go(&mut h, Command::Log(LogCommand::ChooseSuggested));
    audit.screen(&h, &format!("{lang} kiosk site map, spot chosen"));
    // Left alone: "Still there?" and its countdown.
    let later = now()
        .checked_add(timeout + std::time::Duration::from_secs(2))
        .expect("time");
    h.state_mut().set_clock(Clock::Fixed(later));
    h.run();
    let still_here = I18n::new(lang).t("kiosk-still-here");
    assert!(
        h.query_by_role_and_label(Role::Button, &still_here).is_some(),
        "the countdown shows"
    );
    audit.screen(&h, &format!("{lang} kiosk countdown"));
    go(&mut h, Command::Kiosk(KioskCommand::StillHere));
    go(&mut h, Command::Kiosk(KioskCommand::OpenPinPad));
    go(&mut h, Command::Kiosk(KioskCommand::Digit(1)));
    audit.screen(&h, &format!("{lang} kiosk staff PIN keypad"));
}

#[test]
fn every_control_on_every_screen_has_a_name_of_its_own_and_the_map_is_all_there() {
    let started = std::time::Instant::now();
    let mut audit = Audit::default();
    for lang in LANGUAGES {
        home_screens(&mut audit, lang);
        teach_screens(&mut audit, lang);
        kiosk_screens(&mut audit, lang);
    }
    println!(
        "accessibility audit: {} screens, {} nodes checked, {} controls, {} problems, in {:.1} s",
        audit.screens,
        audit.nodes,
        audit.controls,
        audit.problems.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(audit.screens > 100, "only {} screens", audit.screens);
    assert!(
        audit.problems.is_empty(),
        "{} problems a screen-reader user would meet:\n{}",
        audit.problems.len(),
        audit.problems.join("\n")
    );
}
