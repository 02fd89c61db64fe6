//! What the app remembers between runs about how it is shown (not the injection log).

use serde::{Deserialize, Serialize};

use crate::content::Region;

/// Smallest and largest text scale offered.
pub const MIN_SCALE: f32 = 0.8;
pub const MAX_SCALE: f32 = 2.0;
/// One step of Ctrl +/-.
pub const SCALE_STEP: f32 = 0.1;

/// Display settings, saved by eframe in the data folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Language code; `None` = follow the operating system.
    pub language: Option<String>,
    /// Label region; `None` until the user picks one (region facts stay hidden until then).
    pub region: Option<Region>,
    /// Text scale (1.0 = normal).
    pub text_scale: f32,
    pub high_contrast: bool,
    /// How many days the site map shows.
    pub map_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            region: None,
            text_scale: 1.0,
            high_contrast: false,
            map_days: 14,
        }
    }
}

impl Settings {
    /// Keeps values read from an old or edited file within sane bounds.
    #[must_use]
    pub fn sanitized(mut self) -> Self {
        if !self.text_scale.is_finite() {
            self.text_scale = 1.0;
        }
        self.text_scale = self.text_scale.clamp(MIN_SCALE, MAX_SCALE);
        if ![14, 30, 90].contains(&self.map_days) {
            self.map_days = 14;
        }
        self
    }

    /// One step bigger or smaller, rounded to avoid drift.
    pub fn step_text(&mut self, steps: i32) {
        let s = self.text_scale + SCALE_STEP * steps as f32;
        self.text_scale = ((s * 10.0).round() / 10.0).clamp(MIN_SCALE, MAX_SCALE);
    }
}
