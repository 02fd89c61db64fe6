//! A kiosk runs all day: 1,000 visitors, each starting a visit, reading lessons, trying the
//! map and bigger text, then leaving it to start over. Memory after the last visit is no
//! higher than after the first ones (within a small margin). Slow, so not in the default run;
//! CI runs it with `--ignored --nocapture` and prints the figures.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::harness_with;
use kineret_coach::app::{Clock, Command, KioskCommand, LogCommand, Mode, Screen, StartOptions};
use kineret_coach::body_map::model::Zone;
use kineret_coach::content::{Region, SectionId};
use kineret_coach::kiosk::KioskConfig;

/// Visitors in the run.
const VISITS: usize = 1000;

/// Resident memory of this process, in KiB.
fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("rss");
    pages * 4
}

#[test]
#[ignore = "1,000 visits take about a minute; CI runs it with --ignored"]
fn a_thousand_visits_and_resets_do_not_grow_memory() {
    let config = KioskConfig {
        clinic_name: "Soak Test Clinic".into(),
        languages: vec!["en".into(), "es".into(), "fr".into(), "de".into()],
        region: Region::Eu,
        idle_timeout_secs: 30,
        logo: None,
        staff_pin_hash: kineret_coach::kiosk::pin::hash("135790").expect("hash"),
    };
    let setup = config.check(std::path::Path::new("soak.ron")).expect("config");
    let t0: jiff::Zoned = "2026-12-01T09:00:00+01:00[Europe/Berlin]".parse().expect("time");
    let mut h = harness_with(StartOptions {
        mode: Some(Mode::Kiosk),
        clock: Clock::Fixed(t0.clone()),
        kiosk: Some(Arc::new(setup)),
        ..StartOptions::default()
    });
    let fresh = h.state().state().clone();
    let langs = ["en", "es", "fr", "de"];
    let mut clock = t0;
    let mut after_warmup = 0;
    for visit in 0..VISITS {
        let lang = langs[visit % langs.len()];
        for c in [
            Command::StartVisit(lang.into()),
            Command::Go(Screen::Section(SectionId::ALL[visit % SectionId::ALL.len()])),
            Command::Go(Screen::BodyMap),
            Command::Log(LogCommand::ChooseInZone(Zone::ALL[visit % Zone::ALL.len()])),
            Command::TextSize(2),
            Command::Kiosk(KioskCommand::OpenPinPad),
            Command::Kiosk(KioskCommand::Digit(4)),
        ] {
            h.state_mut().push(c);
            h.run();
        }
        // Walk away: the countdown, then the reset.
        clock = clock.checked_add(Duration::from_secs(31)).expect("time");
        h.state_mut().set_clock(Clock::Fixed(clock.clone()));
        h.run();
        clock = clock.checked_add(Duration::from_secs(21)).expect("time");
        h.state_mut().set_clock(Clock::Fixed(clock.clone()));
        h.run();
        assert_eq!(h.state().state(), &fresh, "visit {visit} ended in a fresh kiosk");
        if visit == 49 {
            after_warmup = rss_kib();
        }
    }
    let last = rss_kib();
    let growth = last.saturating_sub(after_warmup);
    println!(
        "kiosk soak: {VISITS} visits; RSS after 50 visits {after_warmup} KiB, after {VISITS} {last} KiB, growth {growth} KiB"
    );
    // A leak of even 10 KiB per visit would show as about 9.5 MB here.
    assert!(growth <= 2048, "memory grew by {growth} KiB over {VISITS} visits");
}
