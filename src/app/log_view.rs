//! What the log screen shows: one calendar month at a time, optionally only the injections
//! with a skin reaction or only the flagged ones (logged after a rule warning). Plain data and
//! rules, no drawing; the month of an entry is the date it was logged on, in its own time zone.

use jiff::Zoned;

use crate::log::model::{Entry, LogFile};

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i16,
    /// 1 to 12.
    pub month: i8,
}

impl YearMonth {
    /// The month `at` falls in.
    #[must_use]
    pub fn of(at: &Zoned) -> Self {
        Self {
            year: at.year(),
            month: at.month(),
        }
    }

    /// The month before.
    #[must_use]
    pub fn prev(self) -> Self {
        if self.month <= 1 {
            Self {
                year: self.year.saturating_sub(1),
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// The month after.
    #[must_use]
    pub fn next(self) -> Self {
        if self.month >= 12 {
            Self {
                year: self.year.saturating_add(1),
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

/// The log screen's month and filters (changed by the screen's own controls).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LogView {
    /// The month shown; `None`: the month of the newest entry (or this month).
    pub month: Option<YearMonth>,
    /// Only injections with a skin reaction.
    pub reactions_only: bool,
    /// Only injections logged although a rule warned (too close, navel circle, avoid mark).
    pub flagged_only: bool,
}

impl LogView {
    /// The month shown, as of `now`.
    #[must_use]
    pub fn shown_month(&self, log: &LogFile, now: &Zoned) -> YearMonth {
        self.month.unwrap_or_else(|| {
            log.entries
                .iter()
                .max_by_key(|e| e.at.timestamp())
                .map_or_else(|| YearMonth::of(now), |e| YearMonth::of(&e.at))
        })
    }

    /// Whether an entry passes the filters (the month aside).
    #[must_use]
    pub fn keeps(&self, e: &Entry) -> bool {
        (!self.reactions_only
            || e.reaction
                .as_ref()
                .is_some_and(|r| !r.kinds.is_empty() || !r.note.is_empty()))
            && (!self.flagged_only || !e.flags.is_empty())
    }

    /// The entries of `month` that pass the filters, newest first.
    #[must_use]
    pub fn entries<'a>(&self, log: &'a LogFile, month: YearMonth) -> Vec<&'a Entry> {
        let mut out: Vec<&Entry> = log
            .entries
            .iter()
            .filter(|e| YearMonth::of(&e.at) == month && self.keeps(e))
            .collect();
        out.sort_by_key(|e| std::cmp::Reverse(e.at.timestamp()));
        out
    }

    /// Whether "previous month" leads anywhere: the log has an entry before `month`.
    #[must_use]
    pub fn has_before(log: &LogFile, month: YearMonth) -> bool {
        log.entries.iter().any(|e| YearMonth::of(&e.at) < month)
    }

    /// Whether "next month" leads anywhere: an entry after `month`, or `month` is before now.
    #[must_use]
    pub fn has_after(log: &LogFile, month: YearMonth, now: &Zoned) -> bool {
        month < YearMonth::of(now) || log.entries.iter().any(|e| YearMonth::of(&e.at) > month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_step_over_the_new_year() {
        let dec = YearMonth { year: 2026, month: 12 };
        assert_eq!(dec.next(), YearMonth { year: 2027, month: 1 });
        assert_eq!(dec.next().prev(), dec);
        assert_eq!(
            YearMonth { year: 2026, month: 1 }.prev(),
            YearMonth { year: 2025, month: 12 }
        );
    }
}
