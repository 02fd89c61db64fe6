//! The injection log screen: every entry by date, with reactions and flags; edit, delete,
//! undo; export for the care team and import.

use eframe::egui::{self, RichText};

use crate::app::log_view::{LogView, YearMonth};
use crate::app::time_input::TIME_FIELD_FORMAT;
use crate::app::{Command, Cx, EditForm, LogCommand};
use crate::log::model::{Entry, GivenBy, Reaction, ReactionKind};
use crate::report::ReportPeriod;

use super::theme;
use super::widgets::{big_button_ui, main_button_ui, paragraph_ui, subheading_ui};

pub fn history_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = theme::palette(ui);
    ui.heading(cx.i18n.t("history-title"));
    let month = cx.forms.log_view.shown_month(cx.session.log(), cx.now);
    export_ui(ui, cx, month);
    ui.add_space(theme::GAP);
    if cx.session.undo_id().is_some() && big_button_ui(ui, &cx.i18n.t("log-undo")).clicked() {
        cx.push(Command::Log(LogCommand::Undo));
    }
    if cx.session.log().entries.is_empty() {
        paragraph_ui(ui, &cx.i18n.t("history-empty"));
        return;
    }
    month_bar_ui(ui, cx, month, false);
    filters_ui(ui, cx);
    let view = cx.forms.log_view;
    let entries: Vec<Entry> = view.entries(cx.session.log(), month).into_iter().cloned().collect();
    let month_name = cx.i18n.month_year(month.year, month.month);
    if entries.is_empty() {
        let any = LogView::default().entries(cx.session.log(), month).is_empty();
        let id = if any {
            "history-month-empty"
        } else {
            "history-filter-empty"
        };
        paragraph_ui(ui, &cx.i18n.t_args(id, &[("month", month_name.into())]));
    }
    let mut last_date = None;
    for e in &entries {
        let date = e.at.date();
        if last_date != Some(date) {
            ui.add_space(theme::space::DATE);
            ui.label(RichText::new(cx.i18n.date(&e.at)).strong().color(p.accent));
            last_date = Some(date);
        }
        if cx.forms.edit.as_ref().is_some_and(|x| x.entry.id == e.id) {
            edit_ui(ui, cx);
        } else {
            entry_row_ui(ui, cx, e);
        }
    }
    if entries.len() > 3 {
        ui.add_space(theme::GAP);
        month_bar_ui(ui, cx, month, true);
    }
}

/// "‹ October 2026", the month shown, "December 2026 ›": each button's name says where it goes
/// (and, for the bar repeated `below` a long list, that it is that one).
fn month_bar_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, month: YearMonth, below: bool) {
    let log = cx.session.log();
    let before = LogView::has_before(log, month);
    let after = LogView::has_after(log, month, cx.now);
    let mut go = None;
    ui.horizontal_wrapped(|ui| {
        for (show, target, text_id, name_id) in [
            (before, month.prev(), "history-prev-month", "history-prev-month-name"),
            (after, month.next(), "history-next-month", "history-next-month-name"),
        ] {
            if text_id == "history-next-month" {
                subheading_ui(ui, &cx.i18n.month_year(month.year, month.month));
            }
            if !show {
                continue;
            }
            let target_name = cx.i18n.month_year(target.year, target.month);
            let text = cx.i18n.t_args(text_id, &[("month", target_name.clone().into())]);
            let mut name = cx.i18n.t_args(name_id, &[("month", target_name.into())]);
            if below {
                name = cx.i18n.t_args("history-below-list", &[("action", name.into())]);
            }
            let r = big_button_ui(ui, &text);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.clicked() {
                go = Some(target);
            }
        }
    });
    if let Some(target) = go {
        cx.forms.log_view.month = Some(target);
        cx.forms.edit = None;
        cx.forms.confirm_delete = None;
    }
}

/// "Only ones with a skin reaction", "Only ones logged after a warning".
fn filters_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let view = &mut cx.forms.log_view;
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut view.reactions_only, cx.i18n.t("history-filter-reactions"));
        ui.checkbox(&mut view.flagged_only, cx.i18n.t("history-filter-flagged"));
    });
}

fn entry_row_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, e: &Entry) {
    let p = theme::palette(ui);
    let what = format!(
        "{}, {}",
        cx.i18n.date_time(&e.at),
        cx.i18n.t(&crate::i18n::ids::zone(e.zone))
    );
    theme::card(ui)
        .inner_margin(egui::Margin::symmetric(
            theme::space::ROW_MARGIN.0,
            theme::space::ROW_MARGIN.1,
        ))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if cx.forms.confirm_delete == Some(e.id) {
                        if small_button_ui(ui, &cx.i18n.t("history-cancel"), &what, false).clicked() {
                            cx.forms.confirm_delete = None;
                        }
                        if small_button_ui(ui, &cx.i18n.t("history-delete-yes"), &what, true).clicked() {
                            cx.push(Command::Log(LogCommand::Delete(e.id)));
                        }
                        ui.label(
                            RichText::new(cx.i18n.t("history-delete-confirm"))
                                .strong()
                                .color(p.emergency),
                        );
                    } else {
                        if small_button_ui(ui, &cx.i18n.t("history-delete"), &what, false).clicked() {
                            cx.forms.confirm_delete = Some(e.id);
                        }
                        if small_button_ui(ui, &cx.i18n.t("history-edit"), &what, false).clicked() {
                            cx.forms.edit = Some(EditForm {
                                entry: e.clone(),
                                time_text: e.at.strftime(TIME_FIELD_FORMAT).to_string(),
                            });
                        }
                    }
                    ui.with_layout(
                        egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                        |ui| {
                            entry_summary_ui(ui, cx, e);
                        },
                    );
                });
            });
        });
}

/// A button whose screen-reader name also says which entry it acts on ("Delete: 2026-05-01 08:30, Left thigh");
/// one that throws the entry away is red.
fn small_button_ui(ui: &mut egui::Ui, text: &str, what: &str, destructive: bool) -> egui::Response {
    let button = egui::Button::new(text).min_size(egui::vec2(theme::min_touch(ui), theme::min_touch(ui)));
    let r = if destructive {
        super::widgets::destructive_ui(ui, button)
    } else {
        ui.add(button)
    };
    let name = format!("{text}: {what}");
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    r
}

fn entry_summary_ui(ui: &mut egui::Ui, cx: &Cx<'_>, e: &Entry) {
    let p = theme::palette(ui);
    ui.label(RichText::new(cx.i18n.time(&e.at)).strong());
    ui.label(RichText::new(cx.i18n.t(&crate::i18n::ids::zone(e.zone))).strong());
    if !e.dose.is_empty() {
        ui.label(format!("· {}", e.dose));
    }
    ui.label(format!("· {}", cx.i18n.t(crate::i18n::ids::given_by(e.given_by))));
    if let Some(r) = &e.reaction {
        let kinds: Vec<String> = r
            .kinds
            .iter()
            .map(|k| cx.i18n.t(&crate::i18n::ids::reaction(*k)))
            .collect();
        let mut text = format!("{}: {}", cx.i18n.t("history-reaction"), kinds.join(", "));
        if !r.note.is_empty() {
            text.push_str(" (");
            text.push_str(&r.note);
            text.push(')');
        }
        ui.label(RichText::new(text).color(p.warn));
    }
    for f in &e.flags {
        ui.label(
            RichText::new(cx.i18n.t(&crate::i18n::ids::flag(*f)))
                .color(p.warn)
                .strong(),
        );
    }
    if !e.note.is_empty() {
        ui.label(RichText::new(format!("“{}”", e.note)).italics());
    }
}

fn edit_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let i18n = cx.i18n;
    let Some(form) = cx.forms.edit.as_mut() else {
        return;
    };
    let mut save = false;
    let mut cancel = false;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(i18n.t(&crate::i18n::ids::zone(form.entry.zone))).strong());
        egui::Grid::new(("edit", form.entry.id)).num_columns(2).show(ui, |ui| {
            let l = ui.label(i18n.t("log-time"));
            ui.text_edit_singleline(&mut form.time_text).labelled_by(l.id);
            ui.end_row();
            let l = ui.label(i18n.t("log-dose"));
            ui.text_edit_singleline(&mut form.entry.dose).labelled_by(l.id);
            ui.end_row();
            ui.label(i18n.t("log-given-by"));
            ui.horizontal(|ui| {
                for g in GivenBy::ALL {
                    ui.radio_value(&mut form.entry.given_by, g, i18n.t(crate::i18n::ids::given_by(g)));
                }
            });
            ui.end_row();
            let l = ui.label(i18n.t("log-note"));
            ui.text_edit_singleline(&mut form.entry.note).labelled_by(l.id);
            ui.end_row();
        });
        subheading_ui(ui, &i18n.t("history-add-reaction"));
        let mut reaction = form.entry.reaction.clone().unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            for kind in ReactionKind::ALL {
                let mut on = reaction.kinds.contains(&kind);
                if ui
                    .checkbox(&mut on, i18n.t(&crate::i18n::ids::reaction(kind)))
                    .changed()
                {
                    if on {
                        reaction.kinds.push(kind);
                        reaction.kinds.sort();
                    } else {
                        reaction.kinds.retain(|k| *k != kind);
                    }
                }
            }
        });
        let l = ui.label(i18n.t("reaction-note"));
        ui.text_edit_singleline(&mut reaction.note).labelled_by(l.id);
        form.entry.reaction = if reaction == Reaction::default() {
            None
        } else {
            Some(reaction)
        };
        ui.horizontal(|ui| {
            save = main_button_ui(ui, &i18n.t("history-save")).clicked();
            cancel = big_button_ui(ui, &i18n.t("history-cancel")).clicked();
        });
    });
    if save {
        let command = Command::Log(LogCommand::Update {
            entry: Box::new(form.entry.clone()),
            time_text: form.time_text.clone(),
        });
        cx.push(command);
    } else if cancel {
        cx.forms.edit = None;
    }
}

/// Export for the care team; a PDF report of the last 30 or 90 days, of the month shown, or
/// of the whole log.
fn export_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>, month: YearMonth) {
    if !cx.policy.can_export() {
        return;
    }
    let mut pdf = None;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        subheading_ui(ui, &cx.i18n.t("export-title"));
        ui.horizontal_wrapped(|ui| {
            if big_button_ui(ui, &cx.i18n.t("export-csv")).clicked() {
                cx.push(Command::Log(LogCommand::ExportCsv));
            }
            for days in [30_u32, 90] {
                let text = format!(
                    "{} ({})",
                    cx.i18n.t("export-pdf"),
                    cx.i18n.t_args("period-days", &[("days", days.into())])
                );
                if big_button_ui(ui, &text).clicked() {
                    pdf = Some(ReportPeriod::LastDays(days));
                }
            }
            let month_name = cx.i18n.month_year(month.year, month.month);
            if big_button_ui(ui, &cx.i18n.t_args("export-pdf-month", &[("month", month_name.into())])).clicked() {
                pdf = Some(ReportPeriod::Month {
                    year: month.year,
                    month: month.month,
                });
            }
            if big_button_ui(ui, &cx.i18n.t("export-pdf-whole")).clicked() {
                pdf = Some(ReportPeriod::WholeLog);
            }
            if cx.policy.can_import() && big_button_ui(ui, &cx.i18n.t("import-csv")).clicked() {
                cx.push(Command::Log(LogCommand::ImportCsv));
            }
        });
    });
    if let Some(period) = pdf {
        cx.push(Command::Log(LogCommand::ExportPdf { period }));
    }
}
