//! The PDF report's words, taken from the user's language (the report module itself has none).

use super::model::{Flag, GivenBy, ReactionKind};
use super::pdf::ReportTexts;
use crate::body_map::model::Zone;
use crate::i18n::I18n;

/// The report texts in the current language; `{days}`, `{from}`, `{to}`, `{date}`, `{count}`,
/// `{page}` and `{pages}` are left for the report to fill in.
#[must_use]
pub fn report_texts(i18n: &I18n, _days: u32) -> ReportTexts {
    let keep = |id: &str, vars: &[&str]| {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
            vars.iter().map(|v| (*v, format!("{{{v}}}").into())).collect();
        i18n.t_args(id, &args)
    };
    ReportTexts {
        title: i18n.t("report-title"),
        period: keep("report-period", &["days", "from", "to"]),
        generated: keep("report-generated", &["date"]),
        front: i18n.t("map-front"),
        back: i18n.t("map-back"),
        legend_injection: i18n.t("report-legend-injection"),
        legend_reaction: i18n.t("report-legend-reaction"),
        summary_heading: i18n.t("report-summary"),
        injections_total: keep("report-count", &["count"]),
        by_zone_heading: i18n.t("report-by-zone"),
        reactions_heading: i18n.t("report-reactions"),
        no_reactions: i18n.t("report-no-reactions"),
        table_heading: i18n.t("report-table"),
        col_time: i18n.t("history-when"),
        col_zone: i18n.t("history-where"),
        col_dose: i18n.t("history-dose"),
        col_given_by: i18n.t("history-by"),
        col_reaction: i18n.t("history-reaction"),
        col_flags: i18n.t("history-flags"),
        no_entries: i18n.t("report-no-entries"),
        zone_names: Zone::ALL.map(|z| i18n.t(&crate::i18n::ids::zone(z))),
        given_by_names: GivenBy::ALL.map(|g| i18n.t(crate::i18n::ids::given_by(g))),
        reaction_names: ReactionKind::ALL.map(|r| i18n.t(&crate::i18n::ids::reaction(r))),
        flag_names: Flag::ALL.map(|f| i18n.t(&crate::i18n::ids::flag(f))),
        footer: i18n.t("report-footer"),
        page: keep("report-page", &["page", "pages"]),
    }
}
