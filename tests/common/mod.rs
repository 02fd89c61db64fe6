//! One place that builds the real app for interaction tests.
#![allow(dead_code)]

use eframe::egui;
use egui_kittest::Harness;
use kineret_coach::app::{App, StartOptions};
use kineret_coach::content::Region;

/// The real app in a tall 1280x1500 window (so nothing needs scrolling), in English, with no saved settings and no files.
pub fn harness(lang: &str, region: Option<Region>) -> Harness<'static, App> {
    harness_with(StartOptions {
        lang: Some(lang.to_owned()),
        region,
        ..StartOptions::default()
    })
}

/// The real app with the given start options.
pub fn harness_with(opts: StartOptions) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1500.0))
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, &opts));
    h.run();
    h
}

/// Whether some node's label or value contains `text`.
pub fn shows<S>(h: &Harness<'_, S>, text: &str) -> bool {
    use egui_kittest::kittest::NodeT;
    h.root().children_recursive().any(|n| {
        let a = n.accesskit_node();
        a.label().is_some_and(|l| l.contains(text)) || a.value().is_some_and(|v| v.contains(text))
    })
}

/// The window manager asks the window to close (the title bar's X, Alt+F4).
pub fn ask_to_close(h: &mut Harness<'static, App>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
}

/// What the app told the window this frame (close, cancel close, ...).
pub fn window_commands(h: &Harness<'static, App>) -> Vec<egui::ViewportCommand> {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|o| o.commands.clone())
        .unwrap_or_default()
}
