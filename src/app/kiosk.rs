//! Kiosk mode in the app layer: the offered languages, the clinic's logo, the idle timer that
//! starts the kiosk over, and the staff keypad that is the only way out. What it keeps between
//! visitors (the wrong-PIN count) is in memory only.

use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use jiff::Timestamp;

use crate::i18n::I18n;
use crate::kiosk::{IdlePhase, KioskSetup, Throttle, idle};

use super::state::PinPad;

/// One "Touch to start" button of the attract screen, in its own language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttractChoice {
    pub code: String,
    /// The language's own name ("Español").
    pub name: String,
    /// "Touch to start", in that language.
    pub start: String,
}

/// What the keypad asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskCommand {
    /// A long press on the staff corner.
    OpenPinPad,
    ClosePinPad,
    Digit(u8),
    Backspace,
    /// Check the digits typed.
    Submit,
    /// "I'm still here": the countdown stops.
    StillHere,
}

/// Kiosk state that outlives a visitor (and so is not in `AppState`).
pub struct KioskRuntime {
    pub setup: Option<Arc<KioskSetup>>,
    pub choices: Vec<AttractChoice>,
    pub logo: Option<egui::TextureHandle>,
    /// The last touch, key or pointer movement.
    pub last_input: Timestamp,
    pub throttle: Throttle,
    /// The right PIN was entered: the window may close.
    pub exit_granted: bool,
    /// The window has yet to be told to close (once).
    pub close_pending: bool,
}

impl KioskRuntime {
    #[must_use]
    pub fn new(ctx: &egui::Context, setup: Option<Arc<KioskSetup>>, now: Timestamp) -> Self {
        let languages: Vec<&str> = setup
            .as_ref()
            .map_or_else(crate::i18n::available, |s| s.languages.clone());
        let choices = languages
            .iter()
            .map(|&code| {
                let i18n = I18n::new(code);
                let name = i18n
                    .choices()
                    .into_iter()
                    .find(|(c, _)| c == code)
                    .map_or_else(|| code.to_owned(), |(_, n)| n);
                AttractChoice {
                    code: code.to_owned(),
                    name,
                    start: i18n.t("kiosk-start"),
                }
            })
            .collect();
        // Decoded once at start; uploaded once here.
        let logo = setup.as_ref().and_then(|s| s.logo.as_ref()).map(|logo| {
            let image =
                egui::ColorImage::from_rgba_unmultiplied([logo.width as usize, logo.height as usize], &logo.rgba);
            ctx.load_texture("clinic-logo", image, egui::TextureOptions::LINEAR)
        });
        Self {
            setup,
            choices,
            logo,
            last_input: now,
            throttle: Throttle::default(),
            exit_granted: false,
            close_pending: false,
        }
    }

    /// The languages a visitor may pick.
    #[must_use]
    pub fn offers(&self, code: &str) -> bool {
        self.choices.iter().any(|c| c.code == code)
    }

    #[must_use]
    pub fn idle_timeout(&self) -> Duration {
        self.setup
            .as_ref()
            .map_or(super::policy::KIOSK_IDLE_DEFAULT, |s| s.idle_timeout)
    }

    #[must_use]
    pub fn phase(&self, now: Timestamp) -> IdlePhase {
        idle::phase(self.last_input, now, self.idle_timeout())
    }

    /// When the window must next wake up by itself (the countdown's start or its next second).
    #[must_use]
    pub fn next_wakeup(&self, now: Timestamp) -> Duration {
        idle::next_change(self.last_input, now, self.idle_timeout())
    }

    /// Checks the typed PIN. Right: the window may close. Wrong: the keypad says so and the
    /// next try waits longer.
    pub fn submit(&mut self, pad: &mut PinPad, now: Timestamp) {
        if self.throttle.wait(now).is_some() || pad.digits.is_empty() {
            return;
        }
        let right = self.setup.as_ref().is_some_and(|s| s.pin.verify(&pad.digits));
        pad.digits.clear();
        if right {
            self.throttle.succeeded();
            self.exit_granted = true;
            self.close_pending = true;
            pad.wrong = false;
        } else {
            self.throttle.failed(now);
            pad.wrong = true;
        }
    }
}
