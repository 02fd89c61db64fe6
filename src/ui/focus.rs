//! Keyboard focus for people who do not use a mouse: a "Skip to content" first stop, the focused
//! control scrolled into view, and focus kept on or near the control just used when an action
//! (or a new screen) removes it.
//!
//! egui keeps focus on a widget id and drops it when that widget is not drawn again; the next Tab
//! then starts again at the top bar. Here the shell remembers where focus was, and when it is
//! lost it moves it to the first control of a new page, or to the control nearest the one that
//! went away on the same page.

use eframe::egui::{self, Id, LayerId, Rect};

use crate::app::Screen;

use super::theme;

/// What [`after_frame_ui`] remembers from one frame to the next (egui's temporary memory, so a
/// reset forgets it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct State {
    /// The control that had focus at the end of the last frame, and where it was.
    last: Option<(Id, Rect)>,
    /// Which screen that was on.
    page: Option<Screen>,
    /// "Skip to content" was used: focus the page's first control.
    skip: bool,
}

fn state_id() -> Id {
    theme::app_id("kineret-focus")
}

fn skip_id() -> Id {
    theme::app_id("kineret-skip-to-content")
}

/// The first stop of the Tab order: takes no room and shows nothing until it has focus, then
/// floats over the top bar's corner, where a click on it works too. Enter moves focus to the
/// page's first control.
pub fn skip_link_ui(ui: &mut egui::Ui, text: &str) {
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let r = ui.interact(at, skip_id(), egui::Sense::click());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, text));
    let mut clicked = r.clicked();
    if r.has_focus() {
        let p = theme::palette(ui);
        let galley =
            ui.painter()
                .layout_no_wrap(text.to_owned(), egui::FontId::proportional(theme::text::BUTTON), p.text);
        let pad = egui::vec2(theme::GAP, theme::space::STEP);
        let size = galley.size() + 2.0 * pad;
        // Drawn in its own layer above the top bar, with its own (not focusable) click area, so
        // a click on the box is a click on the link, not on the button beneath it.
        egui::Area::new(skip_id().with("box"))
            .order(egui::Order::Foreground)
            .fixed_pos(at.min)
            .show(ui.ctx(), |ui| {
                let (rect, hit) = ui.allocate_exact_size(size, egui::Sense::CLICK);
                ui.painter().rect(
                    rect,
                    theme::RADIUS,
                    p.card,
                    egui::Stroke::new(theme::FOCUS_RING, p.focus),
                    egui::StrokeKind::Outside,
                );
                ui.painter().galley(rect.min + pad, galley, p.text);
                clicked |= hit.clicked();
            });
    }
    if clicked {
        ui.data_mut(|d| d.get_temp_mut_or_default::<State>(state_id()).skip = true);
    }
}

/// Whether widget `id` was drawn inside the `Ui` whose unique id is `ancestor` (egui records each
/// widget's parent `Ui`).
fn is_inside(widgets: &egui::WidgetRects, id: Id, ancestor: Id) -> bool {
    let mut at = id;
    for _ in 0..256 {
        let Some(w) = widgets.get(at) else {
            return false;
        };
        if w.parent_id == ancestor {
            return true;
        }
        if w.parent_id == at {
            return false;
        }
        at = w.parent_id;
    }
    false
}

/// Call last inside a scrolling page: a control of this page that has just been reached with the
/// keyboard is scrolled into view when it is not fully visible.
pub fn keep_focused_in_view(ui: &egui::Ui) {
    let Some(id) = ui.memory(egui::Memory::focused) else {
        return;
    };
    // A press in a half-hidden field gives it focus too: no scrolling under a held mouse.
    if ui.input(|i| i.pointer.any_down() || i.pointer.any_released()) {
        return;
    }
    let before: Option<State> = ui.data(|d| d.get_temp(state_id()));
    if before.and_then(|s| s.last).is_some_and(|(last, _)| last == id) {
        return; // not just reached
    }
    let page = ui.unique_id();
    let Some(rect) = ui.ctx().viewport(|v| {
        let widgets = &v.this_pass.widgets;
        // Only a control of this page: the top bar and other scroll areas see to their own.
        is_inside(widgets, id, page)
            .then(|| widgets.get(id).map(|w| w.rect))
            .flatten()
    }) else {
        return;
    };
    if !ui.clip_rect().contains_rect(rect) {
        ui.scroll_to_rect(rect, None);
    }
}

/// Call once a frame after the page is drawn: `page` is the unique id of the `Ui` that holds the
/// page below the top bar, `screen` the screen shown.
pub fn after_frame_ui(ctx: &egui::Context, page: Id, screen: Screen) {
    let mut state: State = ctx.data(|d| d.get_temp(state_id())).unwrap_or_default();
    let focused = ctx.memory(egui::Memory::focused);
    let drawn = |id: Id| ctx.viewport(|v| v.this_pass.widgets.get(id).map(|w| w.rect));
    let in_page = |id: Id| ctx.viewport(|v| is_inside(&v.this_pass.widgets, id, page));
    let new_screen = state.page.is_some() && state.page != Some(screen);
    let target = if std::mem::take(&mut state.skip) {
        first_control(ctx, page)
    } else if new_screen {
        // A new screen starts at its first control when focus was on the page (or on a control
        // that is gone); focus on the top bar (Back, Home) stays where it is.
        match focused {
            Some(id) if drawn(id).is_none() || in_page(id) => first_control(ctx, page),
            _ => None,
        }
    } else {
        match (focused, state.last) {
            // Focus was on a control that is gone: the same page goes on at the control nearest
            // the one just used.
            (Some(id), Some((last, rect))) if id == last && drawn(id).is_none() => nearest_control(ctx, page, rect),
            _ => None,
        }
    };
    if let Some(id) = target {
        ctx.memory_mut(|m| m.request_focus(id));
        ctx.request_repaint();
        // Not recorded as the last focus, so the page scrolls to it next frame if it is hidden.
        state.last = None;
    } else {
        state.last = focused.and_then(|id| drawn(id).map(|r| (id, r)));
    }
    state.page = Some(screen);
    ctx.data_mut(|d| d.insert_temp(state_id(), state));
}

/// The page's controls that Tab can reach, in Tab order, and where they are.
fn controls(ctx: &egui::Context, page: Id) -> Vec<(Id, Rect)> {
    ctx.viewport(|v| {
        let widgets = &v.this_pass.widgets;
        widgets
            .get_layer(LayerId::background())
            .filter(|w| w.enabled && w.sense.is_focusable() && w.rect.is_positive())
            .filter(|w| is_inside(widgets, w.id, page))
            .map(|w| (w.id, w.rect))
            .collect()
    })
}

/// The page's first control, scrolled out of view or not.
fn first_control(ctx: &egui::Context, page: Id) -> Option<Id> {
    controls(ctx, page).first().map(|(id, _)| *id)
}

fn nearest_control(ctx: &egui::Context, page: Id, gone: Rect) -> Option<Id> {
    controls(ctx, page)
        .into_iter()
        .min_by(|(_, a), (_, b)| {
            let da = a.center().distance_sq(gone.center());
            let db = b.center().distance_sq(gone.center());
            da.total_cmp(&db)
        })
        .map(|(id, _)| id)
}
