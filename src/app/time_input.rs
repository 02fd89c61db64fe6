//! Times as people type them (`YYYY-MM-DD HH:MM`, local time) and calendar-day arithmetic.
//! "Now" always comes in as an argument.

use jiff::Zoned;
use jiff::tz::TimeZone;

use super::notice::{Arg, Msg};

/// How a time is written in the time fields.
pub const TIME_FIELD_FORMAT: &str = "%Y-%m-%d %H:%M";

/// A time this far ahead of `now` (clocks differ) counts as now.
const CLOCK_SLACK_MINUTES: i64 = 5;

/// Parses `YYYY-MM-DD HH:MM` (or with `T`) as a local time in `tz`.
#[must_use]
pub fn parse_local_time(text: &str, tz: &TimeZone) -> Option<Zoned> {
    let t = text.trim().replace('T', " ");
    let dt = jiff::civil::DateTime::strptime(TIME_FIELD_FORMAT, &t).ok()?;
    dt.to_zoned(tz.clone()).ok()
}

/// A typed time read in `tz`, or the message saying what is wrong with it (unreadable, or in
/// the future). A time a few minutes ahead counts as `now`, so the rules see it.
pub fn checked_time(text: &str, tz: &TimeZone, now: &Zoned) -> Result<Zoned, Msg> {
    let at = parse_local_time(text, tz)
        .ok_or_else(|| Msg::new("time-invalid").arg("example", Arg::Text("2026-05-01 08:30".into())))?;
    let now = now.with_time_zone(tz.clone());
    if at.timestamp() > now.timestamp() + jiff::SignedDuration::from_mins(CLOCK_SLACK_MINUTES) {
        return Err(Msg::new("time-future"));
    }
    Ok(if at.timestamp() > now.timestamp() { now } else { at })
}

/// The moment the rules should be checked for: the typed time if it reads, else now (never
/// later than now).
#[must_use]
pub fn draft_moment(text: &str, now: &Zoned) -> jiff::Timestamp {
    parse_local_time(text, now.time_zone()).map_or(now.timestamp(), |z| z.timestamp().min(now.timestamp()))
}

/// Whole days between two moments in local time (calendar days).
#[must_use]
pub fn days_between(earlier: &Zoned, now: &Zoned) -> i64 {
    let tz = now.time_zone().clone();
    let a = earlier.with_time_zone(tz).date();
    let b = now.date();
    a.until(b).map_or(0, |span| i64::from(span.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Zoned {
        format!("{s}[UTC]").parse().expect("time")
    }

    #[test]
    fn a_time_in_the_future_is_refused_and_a_few_minutes_ahead_counts_as_now() {
        let now = at("2026-05-01T08:00:00+00:00");
        assert_eq!(
            checked_time("2026-05-01 09:00", &TimeZone::UTC, &now),
            Err(Msg::new("time-future"))
        );
        assert_eq!(checked_time("2026-05-01 08:03", &TimeZone::UTC, &now).expect("ok"), now);
        let past = checked_time("2026-04-30 21:15", &TimeZone::UTC, &now).expect("ok");
        assert_eq!((past.day(), past.hour(), past.minute()), (30, 21, 15));
        assert_eq!(
            checked_time("tomorrow", &TimeZone::UTC, &now).expect_err("bad").id,
            "time-invalid"
        );
    }

    #[test]
    fn days_are_counted_on_the_calendar() {
        let now = at("2026-05-02T00:30:00+00:00");
        assert_eq!(days_between(&at("2026-05-01T23:50:00+00:00"), &now), 1);
        assert_eq!(days_between(&at("2026-05-02T00:10:00+00:00"), &now), 0);
    }
}
