//! Every patient-facing text of one language and region, as Markdown, for pharmacist review.
//!
//! It shows exactly what the screens show for that region: the same blocks, filters and order.

use std::fmt::Write as _;

use super::{Block, BlockKind, Content, HelpLevel, Region, Section, Tag};
use crate::i18n::I18n;

/// A block's text, led by "[App advice]" when it is this app's advice rather than label text.
/// (The region is the export's own, so region tags would add nothing.) `hide` leaves the tag off
/// when the line above already carries it, as for the items under a help level's introduction.
fn text(i18n: &I18n, b: &Block, region: Region, hide: Option<Tag>) -> String {
    let t = i18n.t(&b.msg);
    match b.tag(Some(region)) {
        Some(Tag::AppAdvice) if hide != Some(Tag::AppAdvice) => {
            format!("[{}] {t}", i18n.t(Tag::AppAdvice.msg()))
        }
        _ => t,
    }
}

/// The text of one section as Markdown (title, key points, steps, help levels, details, sources).
#[must_use]
pub fn section_markdown(content: &Content, section: &Section, i18n: &I18n, region: Region) -> String {
    let mut md = String::new();
    let r = Some(region);
    let _ = writeln!(md, "## {}\n", i18n.t(&section.id.title_msg()));
    let _ = writeln!(md, "{}\n", i18n.t(&section.id.summary_msg()));
    let keys: Vec<_> = section.visible(r).filter(|b| b.kind == BlockKind::Key).collect();
    if !keys.is_empty() {
        let _ = writeln!(md, "### {}\n", i18n.t("section-key-points"));
        for b in keys {
            let _ = writeln!(md, "- {}", text(i18n, b, region, None));
        }
        md.push('\n');
    }
    let steps: Vec<_> = section
        .visible(r)
        .filter(|b| matches!(b.kind, BlockKind::Step(_)))
        .collect();
    if !steps.is_empty() {
        let _ = writeln!(md, "### {}\n", i18n.t("steps-all"));
        for (i, b) in steps.iter().enumerate() {
            let _ = writeln!(md, "{}. {}", i + 1, text(i18n, b, region, None));
        }
        md.push('\n');
    }
    for level in HelpLevel::ALL {
        let items: Vec<_> = section
            .visible(r)
            .filter(|b| b.kind == BlockKind::Help(level))
            .collect();
        if let Some((intro, rest)) = items.split_first() {
            let _ = writeln!(md, "### {}\n", i18n.t(level.heading_msg()));
            let _ = writeln!(md, "{}\n", text(i18n, intro, region, None));
            for b in section.visible(r).filter(|b| b.kind == BlockKind::HelpAction(level)) {
                let _ = writeln!(md, "**{}**\n", text(i18n, b, region, None));
            }
            let intro_tag = intro.tag(r);
            for b in rest {
                let _ = writeln!(md, "- {}", text(i18n, b, region, intro_tag));
            }
            md.push('\n');
        }
    }
    let details: Vec<_> = section.visible(r).filter(|b| b.kind == BlockKind::Detail).collect();
    if !details.is_empty() {
        let _ = writeln!(md, "### {}\n", i18n.t("section-details"));
        for b in details {
            let _ = writeln!(md, "{}\n", text(i18n, b, region, None));
        }
    }
    let _ = writeln!(md, "### {}\n", i18n.t("section-sources"));
    for key in section.sources(&content.sources, r) {
        let _ = writeln!(md, "- {} [{key}]", i18n.t(&Content::source_msg(key)));
    }
    md.push('\n');
    md
}

/// Every section of one language and region as one Markdown document.
#[must_use]
pub fn export_markdown(content: &Content, i18n: &I18n, region: Region) -> String {
    let mut md = format!(
        "# {} ({}, {})\n\n{}\n\n",
        i18n.t("app-title"),
        i18n.t("language-name"),
        i18n.t(region.msg()),
        i18n.t("home-purpose")
    );
    for section in &content.sections {
        md.push_str(&section_markdown(content, section, i18n, region));
    }
    md
}

/// Only the teaching sentences of a section (no headings, no sources), for reading-level checks.
#[must_use]
pub fn section_prose(section: &Section, i18n: &I18n, region: Region) -> String {
    section
        .visible(Some(region))
        .map(|b| i18n.t(&b.msg).replace('•', ""))
        .collect::<Vec<_>>()
        .join("\n")
}
