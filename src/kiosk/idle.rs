//! The idle timer: after the configured time without a touch, a visitor gets a countdown;
//! when it runs out, the kiosk starts over. Time is passed in.

use std::time::Duration;

use jiff::Timestamp;

/// How long "Still there? Starting over in 20 s" is shown before the kiosk starts over.
pub const COUNTDOWN: Duration = Duration::from_secs(20);

/// Where a visit is, counted from the last touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    /// Someone is using the kiosk; the countdown starts after `until_countdown`.
    Active { until_countdown: Duration },
    /// The countdown is showing, with this many whole seconds left (1 to 20).
    Countdown { seconds_left: u64 },
    /// Nobody answered: start over now.
    Expired,
}

/// The phase at `now` for a kiosk last touched at `last_input` that waits `timeout`.
#[must_use]
pub fn phase(last_input: Timestamp, now: Timestamp, timeout: Duration) -> IdlePhase {
    // A clock that went backwards counts as a touch just now.
    let idle = now.duration_since(last_input).try_into().unwrap_or(Duration::ZERO);
    if idle < timeout {
        return IdlePhase::Active {
            until_countdown: timeout.saturating_sub(idle),
        };
    }
    let into_countdown = idle.saturating_sub(timeout);
    if into_countdown >= COUNTDOWN {
        return IdlePhase::Expired;
    }
    let left = COUNTDOWN.saturating_sub(into_countdown);
    // Round up: "20 s" when it starts, "1 s" in its last second, never "0 s".
    let seconds_left = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    IdlePhase::Countdown { seconds_left }
}

/// How long until the phase next changes what is shown (so the window repaints then and not
/// before): the start of the countdown, the next second of it, or the reset.
#[must_use]
pub fn next_change(last_input: Timestamp, now: Timestamp, timeout: Duration) -> Duration {
    match phase(last_input, now, timeout) {
        IdlePhase::Active { until_countdown } => until_countdown,
        IdlePhase::Countdown { .. } => {
            let idle: Duration = now.duration_since(last_input).try_into().unwrap_or(Duration::ZERO);
            let into = idle.saturating_sub(timeout);
            let to_next_second =
                Duration::from_secs(1).saturating_sub(Duration::from_nanos(u64::from(into.subsec_nanos())));
            to_next_second.max(Duration::from_millis(10))
        }
        IdlePhase::Expired => Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + secs).expect("valid")
    }

    #[test]
    fn a_visitor_gets_the_full_countdown_after_the_timeout_then_a_reset() {
        let t = Duration::from_mins(2);
        assert_eq!(
            phase(at(0), at(119), t),
            IdlePhase::Active {
                until_countdown: Duration::from_secs(1)
            }
        );
        assert_eq!(phase(at(0), at(120), t), IdlePhase::Countdown { seconds_left: 20 });
        assert_eq!(phase(at(0), at(139), t), IdlePhase::Countdown { seconds_left: 1 });
        assert_eq!(phase(at(0), at(140), t), IdlePhase::Expired);
        assert_eq!(phase(at(0), at(10_000), t), IdlePhase::Expired);
    }

    #[test]
    fn a_clock_that_goes_back_never_resets_a_visit() {
        let t = Duration::from_secs(30);
        assert!(matches!(phase(at(100), at(0), t), IdlePhase::Active { .. }));
    }

    #[test]
    fn the_window_wakes_when_the_countdown_starts_and_each_second_of_it() {
        let t = Duration::from_mins(1);
        assert_eq!(next_change(at(0), at(50), t), Duration::from_secs(10));
        assert_eq!(next_change(at(0), at(65), t), Duration::from_secs(1));
        assert_eq!(next_change(at(0), at(200), t), Duration::ZERO);
    }
}
