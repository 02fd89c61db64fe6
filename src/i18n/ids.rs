//! Message ids for the things the log names: body areas, reactions, flags, who gave a dose and
//! kinds of avoid-mark. One place, below both the screens and the reports, so a PDF and a
//! screen always call a thing by the same words. No egui here.

use crate::body_map::model::Zone;
use crate::log::model::{Flag, GivenBy, MarkKind, ReactionKind};

/// Message id of a body area's name ("zone-left-thigh").
#[must_use]
pub fn zone(zone: Zone) -> String {
    format!("zone-{}", zone.key())
}

/// Message id of a kind of skin reaction.
#[must_use]
pub fn reaction(kind: ReactionKind) -> String {
    format!("reaction-{}", kind.key())
}

/// Message id of a rule flag on an entry.
#[must_use]
pub fn flag(flag: Flag) -> String {
    format!("flag-{}", flag.key())
}

/// Message id of who gave the injection.
#[must_use]
pub const fn given_by(g: GivenBy) -> &'static str {
    match g {
        GivenBy::SelfInjected => "given-self",
        GivenBy::Carer => "given-carer",
        GivenBy::Nurse => "given-nurse",
    }
}

/// Message id of a kind of avoid-mark.
#[must_use]
pub const fn mark(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Bruise => "mark-kind-bruise",
        MarkKind::Scar => "mark-kind-scar",
        MarkKind::Reaction => "mark-kind-reaction",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    #[test]
    fn every_named_thing_has_an_english_message() {
        let en = I18n::new("en");
        let ids = Zone::ALL
            .map(zone)
            .into_iter()
            .chain(ReactionKind::ALL.map(reaction))
            .chain(Flag::ALL.map(flag))
            .chain(GivenBy::ALL.map(|g| given_by(g).to_owned()))
            .chain([MarkKind::Bruise, MarkKind::Scar, MarkKind::Reaction].map(|m| mark(m).to_owned()));
        for id in ids {
            assert!(en.has(&id), "no English message {id}");
        }
    }
}
