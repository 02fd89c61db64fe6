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
/// floats over the top bar's corner. Enter (or a click) moves focus to the page's first control.
pub fn skip_link_ui(ui: &mut egui::Ui, text: &str) {
    let at = Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let r = ui.interact(at, skip_id(), egui::Sense::click());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, text));
    if r.has_focus() {
        let p = theme::palette(ui);
        let galley =
            ui.painter()
                .layout_no_wrap(text.to_owned(), egui::FontId::proportional(theme::text::BUTTON), p.text);
        let pad = egui::vec2(theme::GAP, theme::space::STEP);
        let rect = Rect::from_min_size(at.min, galley.size() + 2.0 * pad);
        let painter = ui.ctx().layer_painter(LayerId::new(egui::Order::Foreground, skip_id()));
        painter.rect(
            rect,
            theme::RADIUS,
            p.card,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
        painter.galley(rect.min + pad, galley, p.text);
    }
    if r.clicked() {
        ui.data_mut(|d| d.get_temp_mut_or_default::<State>(state_id()).skip = true);
    }
}

/// Call last inside a scrolling page: a control that has just been reached with Tab is scrolled
/// into view when it is not fully visible.
pub fn keep_focused_in_view(ui: &egui::Ui) {
    let Some(id) = ui.memory(egui::Memory::focused) else {
        return;
    };
    let before: Option<State> = ui.data(|d| d.get_temp(state_id()));
    if before.and_then(|s| s.last).is_some_and(|(last, _)| last == id) {
        return; // not just reached
    }
    let Some(rect) = ui.ctx().viewport(|v| v.this_pass.widgets.get(id).map(|w| w.rect)) else {
        return;
    };
    // Only a control of this page: the top bar and other scroll areas see to their own.
    if !ui.min_rect().contains_rect(rect) || ui.clip_rect().contains_rect(rect) {
        return;
    }
    ui.scroll_to_rect(rect, None);
}

/// Call once a frame after the page is drawn: `page` is the rectangle of the page below the top
/// bar.
pub fn after_frame_ui(ctx: &egui::Context, page: Rect, screen: Screen) {
    let screen = Some(screen);
    let mut state: State = ctx.data(|d| d.get_temp(state_id())).unwrap_or_default();
    let focused = ctx.memory(egui::Memory::focused);
    let drawn = |id: Id| ctx.viewport(|v| v.this_pass.widgets.get(id).map(|w| w.rect));
    let target = if std::mem::take(&mut state.skip) {
        first_control(ctx, page)
    } else {
        match (focused, state.last) {
            // Focus was on a control that is gone: a new page starts at its first control, the
            // same page goes on at the control nearest the one just used.
            (Some(id), Some((last, rect))) if id == last && drawn(id).is_none() => {
                if state.page == screen {
                    nearest_control(ctx, page, rect)
                } else {
                    first_control(ctx, page)
                }
            }
            _ => None,
        }
    };
    if let Some(id) = target {
        ctx.memory_mut(|m| m.request_focus(id));
        ctx.request_repaint();
    }
    let now = target.or(focused);
    state.last = now.and_then(|id| drawn(id).map(|r| (id, r)));
    state.page = screen;
    ctx.data_mut(|d| d.insert_temp(state_id(), state));
}

/// The page's controls that Tab can reach, in Tab order.
fn controls(ctx: &egui::Context, page: Rect) -> Vec<(Id, Rect)> {
    ctx.viewport(|v| {
        v.this_pass
            .widgets
            .get_layer(LayerId::background())
            .filter(|w| w.enabled && w.sense.is_focusable() && page.contains_rect(w.interact_rect))
            .filter(|w| w.interact_rect.area() > 0.0)
            .map(|w| (w.id, w.rect))
            .collect()
    })
}

fn first_control(ctx: &egui::Context, page: Rect) -> Option<Id> {
    controls(ctx, page).first().map(|(id, _)| *id)
}

fn nearest_control(ctx: &egui::Context, page: Rect, gone: Rect) -> Option<Id> {
    controls(ctx, page)
        .into_iter()
        .min_by(|(_, a), (_, b)| {
            let da = a.center().distance_sq(gone.center());
            let db = b.center().distance_sq(gone.center());
            da.total_cmp(&db)
        })
        .map(|(id, _)| id)
}
