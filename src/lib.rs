//! Kineret Coach: teaches people who inject Kineret (anakinra) how to do it safely,
//! and keeps track of where they injected so the skin can heal.
//!
//! The crate is a library so that tests and benchmarks reach every part; `main.rs` is thin.
//! There is no network code anywhere in this crate.

pub mod app;
pub mod body_map;
pub mod cli;
pub mod content;
pub mod i18n;
pub mod kiosk;
pub mod log;
pub mod report;
pub mod rotation;
pub mod settings;
pub mod teach;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod ui;
