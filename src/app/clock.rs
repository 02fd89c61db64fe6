//! The clock, passed in: the suggestion, "today's dose" and idle timers read it, so tests can
//! set the time. Screens never read the system clock themselves.

use jiff::Zoned;

/// Where "now" comes from.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Clock {
    /// The computer's clock and time zone.
    #[default]
    System,
    /// A fixed moment (tests, benchmarks, demonstrations).
    Fixed(Zoned),
}

impl Clock {
    /// The current moment, in the local time zone.
    #[must_use]
    pub fn now(&self) -> Zoned {
        match self {
            Clock::System => Zoned::now(),
            Clock::Fixed(at) => at.clone(),
        }
    }
}
