//! What the app teaches: the sections and their blocks, loaded once from `assets/content.ron`.
//!
//! The structure lives here once for all languages; the words live in `locales/<lang>/content.ftl`.
//! This module never decides *words*; it decides which blocks a reader of a given label region
//! may see. A region-specific block is never shown without a chosen region.

pub mod export;
pub mod readability;

use serde::{Deserialize, Serialize};

/// The content structure, shipped inside the binary.
pub const CONTENT_RON: &str = include_str!("../../assets/content.ron");

/// Which product label (and so which region-specific facts) applies to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Region {
    #[serde(rename = "US")]
    Us,
    #[serde(rename = "EU")]
    Eu,
}

impl Region {
    pub const ALL: [Region; 2] = [Region::Us, Region::Eu];

    /// Short code used on the command line and in files.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Region::Us => "US",
            Region::Eu => "EU",
        }
    }

    /// Parses `US`/`EU` in any case.
    #[must_use]
    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(s.trim()))
    }

    /// The UI message naming the region.
    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            Region::Us => "region-us",
            Region::Eu => "region-eu",
        }
    }
}

/// Which readers a block is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegionTag {
    All,
    US,
    EU,
}

impl RegionTag {
    /// Whether a reader with this region (or none chosen yet) may see the block.
    #[must_use]
    pub fn visible_for(self, region: Option<Region>) -> bool {
        matches!(
            (self, region),
            (RegionTag::All, _) | (RegionTag::US, Some(Region::Us)) | (RegionTag::EU, Some(Region::Eu))
        )
    }
}

/// The seven sections of the brief, in teaching order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SectionId {
    How,
    Steps,
    Sites,
    Storage,
    SideEffects,
    Help,
    Safety,
}

impl SectionId {
    pub const ALL: [SectionId; 7] = [
        SectionId::How,
        SectionId::Steps,
        SectionId::Sites,
        SectionId::Storage,
        SectionId::SideEffects,
        SectionId::Help,
        SectionId::Safety,
    ];

    /// Stable short name (message ids are `sec-<slug>-title`, `sec-<slug>-summary`).
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            SectionId::How => "how",
            SectionId::Steps => "steps",
            SectionId::Sites => "sites",
            SectionId::Storage => "storage",
            SectionId::SideEffects => "side",
            SectionId::Help => "help",
            SectionId::Safety => "safety",
        }
    }

    #[must_use]
    pub fn title_msg(self) -> String {
        format!("sec-{}-title", self.slug())
    }

    #[must_use]
    pub fn summary_msg(self) -> String {
        format!("sec-{}-summary", self.slug())
    }
}

/// The picture drawn for an injection step (each step has its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Picture {
    /// What you need: syringe, alcohol wipes, gauze.
    Supplies,
    /// A syringe taken out of the fridge.
    Fridge,
    /// Fridge, syringe and a 30-minute clock.
    Warm,
    NoHeat,
    NoShake,
    /// The label with its "EXP" date.
    Expiry,
    /// Clear liquid with a few bits (good) beside cloudy liquid (do not use).
    Check,
    /// A dropped, cracked syringe (do not use).
    Dropped,
    /// The needle cap stays on.
    CapOn,
    /// Hands under running water.
    Wash,
    /// A clean, lit table with everything on it.
    Table,
    /// The syringe's marks: 100 mg, or 20 to 90 mg (the EU syringe is graduated).
    Dose,
    /// Less than 100 mg? Ask how (whether the US syringe is graduated is not verified).
    AskDose,
    /// The cap pulled straight off.
    CapOff,
    /// Small air bubbles are fine.
    Bubbles,
    /// Needle up, a drop at the tip.
    DropUp,
    /// Needle down over gauze, plunger to the dose mark.
    Gauze,
    /// Dose not set right: this syringe away, a new one.
    NewSyringe,
    Site,
    /// Wipe, then pinch the skin.
    Pinch,
    /// Medicine going under the skin.
    Inject,
    /// The needle fully into pinched skin.
    Insert,
    /// Thumb pushing the plunger slowly.
    Push,
    /// Needle out, fingers open.
    LetGo,
    Once,
    /// No cap back on a used needle.
    NoRecap,
    Sharps,
}

impl Picture {
    pub const ALL: [Picture; 27] = [
        Picture::Supplies,
        Picture::Fridge,
        Picture::Warm,
        Picture::NoHeat,
        Picture::NoShake,
        Picture::Expiry,
        Picture::Check,
        Picture::Dropped,
        Picture::CapOn,
        Picture::Wash,
        Picture::Table,
        Picture::Dose,
        Picture::AskDose,
        Picture::CapOff,
        Picture::Bubbles,
        Picture::DropUp,
        Picture::Gauze,
        Picture::NewSyringe,
        Picture::Site,
        Picture::Pinch,
        Picture::Inject,
        Picture::Insert,
        Picture::Push,
        Picture::LetGo,
        Picture::Once,
        Picture::NoRecap,
        Picture::Sharps,
    ];
}

/// The three levels of "when to get help", most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HelpLevel {
    Now,
    Soon,
    Before,
}

impl HelpLevel {
    pub const ALL: [HelpLevel; 3] = [HelpLevel::Now, HelpLevel::Soon, HelpLevel::Before];

    #[must_use]
    pub const fn heading_msg(self) -> &'static str {
        match self {
            HelpLevel::Now => "help-now-heading",
            HelpLevel::Soon => "help-soon-heading",
            HelpLevel::Before => "help-before-heading",
        }
    }

    #[must_use]
    pub const fn badge_msg(self) -> &'static str {
        match self {
            HelpLevel::Now => "help-now-badge",
            HelpLevel::Soon => "help-soon-badge",
            HelpLevel::Before => "help-before-badge",
        }
    }
}

/// How a block is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// One of the 2-4 key points shown first.
    Key,
    /// A paragraph of detail.
    Detail,
    /// One injection step, with its picture.
    Step(Picture),
    /// An item (the first one of a level is its introduction) of "when to get help".
    Help(HelpLevel),
    /// What to do at that level (e.g. the number to call), shown right after the introduction.
    HelpAction(HelpLevel),
}

/// The source key of this app's own general advice (not label text).
pub const APP_SOURCE: &str = "APP";
/// Sources that are the US label or taken from it.
const US_LABEL_SOURCES: [&str; 3] = ["US-PI", "US-PPI", "PDR"];
/// Sources that are the EU label (leaflet, `SmPC`) or the summary the EMA wrote of it.
const EU_LABEL_SOURCES: [&str; 4] = ["EU-PL", "EU-PL-24", "EU-SmPC", "S3"];

/// The small tag shown before a block's text: whose words these are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// The US label says it.
    UsLabel,
    /// The EU label says it.
    EuLabel,
    /// General advice from this app, not label text.
    AppAdvice,
}

impl Tag {
    /// The UI message naming the tag.
    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            Tag::UsLabel => "region-tag-us",
            Tag::EuLabel => "region-tag-eu",
            Tag::AppAdvice => "tag-app-advice",
        }
    }
}

/// One piece of teaching text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// The Fluent message id in `content.ftl`.
    pub msg: String,
    pub kind: BlockKind,
    pub region: RegionTag,
    /// Source keys from the fact sheet.
    pub sources: Vec<String>,
    /// For US readers, these sources instead of `sources` (when not empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub us_sources: Vec<String>,
    /// For EU readers, these sources instead of `sources` (when not empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eu_sources: Vec<String>,
}

impl Block {
    /// The sources a reader of `region` is shown for this block.
    #[must_use]
    pub fn sources_for(&self, region: Option<Region>) -> &[String] {
        match region {
            Some(Region::Us) if !self.us_sources.is_empty() => &self.us_sources,
            Some(Region::Eu) if !self.eu_sources.is_empty() => &self.eu_sources,
            _ => &self.sources,
        }
    }

    /// The tag shown before the text: "App advice" when the app's own advice is among its
    /// sources for this reader, else the label region it belongs to, else none.
    #[must_use]
    pub fn tag(&self, region: Option<Region>) -> Option<Tag> {
        if self.sources_for(region).iter().any(|s| s == APP_SOURCE) {
            return Some(Tag::AppAdvice);
        }
        // A region's block says "US label" / "EU label" only when that label is among its
        // sources: the ACR guide's site rules are shown to US readers, but they are not the label.
        let cites = |labels: &[&str]| self.sources_for(region).iter().any(|s| labels.contains(&s.as_str()));
        match self.region {
            RegionTag::US if cites(&US_LABEL_SOURCES) => Some(Tag::UsLabel),
            RegionTag::EU if cites(&EU_LABEL_SOURCES) => Some(Tag::EuLabel),
            _ => None,
        }
    }
}

/// One section of teaching.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: SectionId,
    pub blocks: Vec<Block>,
}

impl Section {
    /// Blocks a reader of `region` may see, in order.
    pub fn visible(&self, region: Option<Region>) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.region.visible_for(region))
    }

    /// Whether some blocks are hidden because no region was chosen.
    #[must_use]
    pub fn has_region_blocks(&self) -> bool {
        self.blocks.iter().any(|b| b.region != RegionTag::All)
    }

    /// The visible source keys, in the order of the content's source list, without repeats.
    #[must_use]
    pub fn sources<'a>(&'a self, all: &'a [String], region: Option<Region>) -> Vec<&'a str> {
        all.iter()
            .filter(|key| {
                self.visible(region)
                    .any(|b| b.sources_for(region).iter().any(|s| s == *key))
            })
            .map(String::as_str)
            .collect()
    }
}

/// Everything the app teaches.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// Every source key a block may cite; each has a message `source-<key>`.
    pub sources: Vec<String>,
    pub sections: Vec<Section>,
}

/// The content structure could not be read.
#[derive(Debug, thiserror::Error)]
#[error("The content structure (assets/content.ron) could not be read: {0}")]
pub struct ContentError(String);

impl Content {
    /// Parses a content structure.
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        ron::from_str(text).map_err(|e| ContentError(e.to_string()))
    }

    /// The structure shipped with the app. It is checked by tests, so failure here is a build bug;
    /// even then the app gets an empty structure and a logged error rather than a crash.
    #[must_use]
    pub fn embedded() -> Self {
        match Self::parse(CONTENT_RON) {
            Ok(c) => c,
            Err(e) => {
                log::error!("{e}");
                Content {
                    sources: Vec::new(),
                    sections: Vec::new(),
                }
            }
        }
    }

    #[must_use]
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Message id of a source key's description.
    #[must_use]
    pub fn source_msg(key: &str) -> String {
        format!("source-{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_content_parses_and_has_all_sections_in_order() {
        let c = Content::parse(CONTENT_RON).expect("content.ron parses");
        let ids: Vec<_> = c.sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, SectionId::ALL);
    }

    #[test]
    fn each_section_has_two_to_four_key_points() {
        let c = Content::embedded();
        for s in &c.sections {
            for region in Region::ALL {
                let n = s.visible(Some(region)).filter(|b| b.kind == BlockKind::Key).count();
                assert!((2..=4).contains(&n), "{:?} has {n} key points", s.id);
            }
        }
    }

    #[test]
    fn region_sources_are_known_keys_and_only_on_blocks_that_region_sees() {
        let c = Content::embedded();
        for b in c.sections.iter().flat_map(|s| &s.blocks) {
            for key in b.us_sources.iter().chain(&b.eu_sources) {
                assert!(c.sources.contains(key), "{}: unknown source {key}", b.msg);
            }
            assert!(
                b.us_sources.is_empty() || b.region.visible_for(Some(Region::Us)),
                "{}",
                b.msg
            );
            assert!(
                b.eu_sources.is_empty() || b.region.visible_for(Some(Region::Eu)),
                "{}",
                b.msg
            );
        }
    }

    #[test]
    fn app_advice_is_tagged_and_label_text_is_not() {
        let c = Content::embedded();
        let block = |id: &str| {
            c.sections
                .iter()
                .flat_map(|s| &s.blocks)
                .find(|b| b.msg == id)
                .unwrap_or_else(|| panic!("{id} exists"))
        };
        // The same words can be label text for EU readers and this app's advice for US readers.
        let item = block("help-now-breathing");
        assert_eq!(item.tag(Some(Region::Eu)), None);
        assert_eq!(item.tag(Some(Region::Us)), Some(Tag::AppAdvice));
        assert_eq!(block("help-now-call-eu").tag(Some(Region::Eu)), Some(Tag::AppAdvice));
        assert_eq!(block("storage-out-eu").tag(Some(Region::Eu)), Some(Tag::EuLabel));
        // The ACR guide's rules are shown to US readers but are not the US label.
        assert_eq!(block("sites-key-navel").tag(Some(Region::Us)), None);
        assert_eq!(block("how-uses-us").tag(Some(Region::Us)), Some(Tag::UsLabel));
    }

    #[test]
    fn every_picture_is_used_by_a_step() {
        let c = Content::embedded();
        for p in Picture::ALL {
            assert!(
                c.sections
                    .iter()
                    .flat_map(|s| &s.blocks)
                    .any(|b| b.kind == BlockKind::Step(p)),
                "{p:?} is drawn but no step shows it"
            );
        }
    }

    #[test]
    fn region_blocks_hidden_until_a_region_is_chosen() {
        let c = Content::embedded();
        for s in &c.sections {
            assert!(s.visible(None).all(|b| b.region == RegionTag::All));
            assert!(s.visible(Some(Region::Us)).all(|b| b.region != RegionTag::EU));
            assert!(s.visible(Some(Region::Eu)).all(|b| b.region != RegionTag::US));
        }
    }
}
