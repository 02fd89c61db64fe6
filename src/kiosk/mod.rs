//! Kiosk mode's pure parts: the clinic's configuration file, the staff PIN (kept as an
//! Argon2id hash, with a growing delay after wrong tries) and the idle timer. No egui, no app
//! layer: the app layer reads these, the screens draw them.

pub mod config;
pub mod idle;
pub mod pin;

pub use config::{ConfigError, KioskConfig, KioskSetup, Logo};
pub use idle::{COUNTDOWN, IdlePhase};
pub use pin::{PinError, PinHash, Throttle};
