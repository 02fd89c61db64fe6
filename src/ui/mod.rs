//! The screens (one file each) and the design tokens they share.
pub mod focus;
pub mod history;
pub mod home;
pub mod kiosk;
pub mod map_screen;
pub mod notices;
pub mod pictures;
pub mod section;
pub mod shell;
pub mod teach;
pub mod theme;
pub mod topbar;
pub mod widgets;

pub use shell::{app_ui, run_native, run_native_with};
