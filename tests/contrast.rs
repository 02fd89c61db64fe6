//! What a patient with weak eyesight would notice: text too pale to read on its background, a
//! body-map area that melts into the skin, a marker lost on an area, a keyboard focus ring
//! that cannot be seen. WCAG 2.2 AA contrast, computed from the theme's own tokens and from
//! the egui visuals the theme installs, for the normal and the high-contrast theme: text at
//! least 4.5:1 on every background it sits on, graphics (areas, markers, outlines, focus
//! rings, control borders) at least 3:1.
//!
//! `cargo test --test contrast -- --nocapture` prints the lowest ratios of each theme.

use eframe::egui::{self, Color32};
use kineret_coach::ui::theme::{self, Palette};

/// WCAG relative luminance of an opaque colour.
fn luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio between two opaque colours (1 to 21).
fn ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Text needs 4.5:1, graphics 3:1.
const TEXT: f64 = 4.5;
const GRAPHIC: f64 = 3.0;

struct Check {
    what: String,
    ratio: f64,
    min: f64,
}

/// The palette and the visuals the theme really installs.
fn installed(high_contrast: bool) -> (Palette, egui::Visuals) {
    let ctx = egui::Context::default();
    theme::apply(&ctx, high_contrast, 44.0);
    (theme::palette_for(&ctx), ctx.global_style().visuals.clone())
}

/// Every pair of colours one theme puts on screen, with the contrast it needs.
fn checks(high_contrast: bool) -> Vec<Check> {
    let (p, v) = installed(high_contrast);
    let mut out = Vec::new();
    let mut need = |min: f64, what: &str, fg: Color32, bg: Color32| {
        assert_eq!(fg.a(), 255, "{what}: the foreground must be opaque to be measured");
        assert_eq!(bg.a(), 255, "{what}: the background must be opaque to be measured");
        out.push(Check {
            what: what.to_owned(),
            ratio: ratio(fg, bg),
            min,
        });
    };
    let text = v.override_text_color.expect("the theme sets the text colour");
    assert_eq!(text, p.text);
    let w = &v.widgets;

    // Where text sits: the page, cards, dialogs, text fields, every button state, every
    // coloured callout.
    let grounds = [
        ("the page", v.panel_fill),
        ("a card", p.card),
        ("a dialog", v.window_fill),
        ("a text field", v.text_edit_bg_color()),
        ("a button", w.inactive.weak_bg_fill),
        ("a hovered button", w.hovered.weak_bg_fill),
        ("a focused or pressed button", w.active.weak_bg_fill),
        ("a chosen button", v.selection.bg_fill),
        ("the main button", p.accent_bg),
        ("an emergency callout, Get help", p.emergency_bg),
        ("a call-soon callout", p.soon_bg),
        ("a tell-before callout", p.before_bg),
        ("a success notice", p.ok_bg),
        ("a warning", p.warn_bg),
    ];
    for (name, bg) in grounds {
        need(TEXT, &format!("text on {name}"), p.text, bg);
    }
    for (name, bg) in [
        ("the page", v.panel_fill),
        ("a card", p.card),
        ("a dialog", v.window_fill),
    ] {
        need(TEXT, &format!("quiet text on {name}"), p.weak_text, bg);
        need(
            TEXT,
            &format!("accent text (log dates, leaflet tags) on {name}"),
            p.accent,
            bg,
        );
        need(TEXT, &format!("a link on {name}"), v.hyperlink_color, bg);
        need(TEXT, &format!("a warning in words on {name}"), p.warn, bg);
        need(TEXT, &format!("\"this spot keeps every rule\" on {name}"), p.ok, bg);
        need(TEXT, &format!("\"needs review\", delete? on {name}"), p.emergency, bg);
    }
    need(
        TEXT,
        "Get help and the emergency heading on their red",
        p.emergency,
        p.emergency_bg,
    );
    need(TEXT, "the call-soon heading", p.soon, p.soon_bg);
    need(TEXT, "the tell-before heading", p.before, p.before_bg);
    need(TEXT, "a warning's title on its callout", p.warn, p.warn_bg);
    need(TEXT, "the accent in an information callout (a card)", p.accent, p.card);
    need(
        TEXT,
        "words in a step picture (100 mg, EXP)",
        p.picture_line,
        p.picture_fill,
    );

    // Keyboard focus: the ring around the focused control, against the page, a card and the
    // focused control's own fill; a text field's ring too.
    let focus = p.focus;
    assert_eq!(
        w.active.bg_stroke.color, focus,
        "egui draws focus with the theme's token"
    );
    assert_eq!(v.selection.stroke.color, focus, "a focused text field too");
    for (name, bg) in [
        ("the page", v.panel_fill),
        ("a card", p.card),
        ("a dialog", v.window_fill),
        ("the focused button", w.active.weak_bg_fill),
        ("a focused text field", v.text_edit_bg_color()),
        ("the main button", p.accent_bg),
    ] {
        need(GRAPHIC, &format!("the focus ring on {name}"), focus, bg);
    }
    // A control's edge, so a button, check box or field can be found at all.
    for (name, bg) in [("the page", v.panel_fill), ("a card", p.card)] {
        need(
            GRAPHIC,
            &format!("a control's border on {name}"),
            w.inactive.bg_stroke.color,
            bg,
        );
        need(
            GRAPHIC,
            &format!("a check mark on {name}"),
            w.inactive.fg_stroke.color,
            w.inactive.bg_fill,
        );
    }

    // The body map: areas on the skin; outlines, patterns and every marker on each area and
    // on the skin. A marker drawn over a halo counts as seen where either stands out, and the
    // two stand out from each other. The focus ring around an area has the same halo.
    need(GRAPHIC, "the body's outline on the page", p.body_stroke, v.panel_fill);
    need(
        GRAPHIC,
        "the body's outline in the enlarged view (a card)",
        p.body_stroke,
        p.card,
    );
    need(GRAPHIC, "an area's outline on the skin", p.zone_stroke, p.body);
    need(GRAPHIC, "the navel circle on the skin", p.navel, p.body);
    let areas = [
        ("a never-used area", p.zone_never),
        ("a ready area", p.zone_ready),
        ("a resting or kept-away area", p.zone_rest),
    ];
    for (name, fill) in areas {
        need(GRAPHIC, &format!("{name} on the skin"), fill, p.body);
        need(GRAPHIC, &format!("the outline of {name}"), p.zone_stroke, fill);
        need(
            GRAPHIC,
            &format!("the dots or hatching of {name}"),
            p.zone_pattern,
            fill,
        );
    }
    let under_markers = [("the skin", p.body)].into_iter().chain(areas);
    for (marker, colour) in [
        ("an earlier injection", p.point),
        ("the chosen spot", p.chosen),
        ("a spot that breaks a rule", p.broken),
        ("the suggested spot", p.suggested),
        ("a spot to avoid", p.mark),
        ("the focus ring on an area", focus),
    ] {
        need(GRAPHIC, &format!("{marker} against its halo"), colour, p.point_outline);
        for (bg_name, bg) in under_markers.clone() {
            // Seen where the marker or its halo stands out: measure the better of the two.
            let halo_better = ratio(p.point_outline, bg) > ratio(colour, bg);
            let seen = if halo_better { p.point_outline } else { colour };
            need(GRAPHIC, &format!("{marker} (or its halo) on {bg_name}"), seen, bg);
        }
    }
    out
}

#[test]
fn text_markers_areas_and_focus_rings_have_enough_contrast_in_both_themes() {
    let mut failures = Vec::new();
    for (theme, high_contrast) in [("normal", false), ("high contrast", true)] {
        let mut all = checks(high_contrast);
        all.sort_by(|a, b| a.ratio.total_cmp(&b.ratio));
        for text in [true, false] {
            // Text needs more than graphics: the bar tells the two kinds apart.
            let of_kind: Vec<&Check> = all.iter().filter(|c| (c.min > GRAPHIC) == text).collect();
            let lowest: Vec<String> = of_kind
                .iter()
                .take(3)
                .map(|c| format!("{:.2}:1 {}", c.ratio, c.what))
                .collect();
            println!(
                "{theme} theme, {} {} pairs, lowest: {}",
                of_kind.len(),
                if text { "text" } else { "graphics" },
                lowest.join("; ")
            );
        }
        if let Some(ring) = all.iter().find(|c| c.what.contains("focus ring")) {
            println!("{theme} theme, lowest focus ring: {:.2}:1 {}", ring.ratio, ring.what);
        }
        for c in all.iter().filter(|c| c.ratio < c.min) {
            failures.push(format!("{theme}: {}: {:.2}:1, needs {}:1", c.what, c.ratio, c.min));
        }
    }
    assert!(failures.is_empty(), "too little contrast:\n{}", failures.join("\n"));
}

#[test]
#[allow(
    clippy::disallowed_methods,
    reason = "a reference colour from the WCAG examples, not a colour of the app"
)]
fn the_contrast_formula_matches_known_wcag_values() {
    // Black on white is 21:1; the grey #767676 on white is the well-known 4.54:1.
    assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    let grey = Color32::from_gray(0x76);
    assert!((ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
}
