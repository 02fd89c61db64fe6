//! The staff PIN that lets staff leave the kiosk. Only its Argon2id hash (a PHC string with
//! its own random salt) is ever kept; wrong tries get a growing delay. Neither the PIN nor the
//! tries are written anywhere.

use std::time::Duration;

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use jiff::Timestamp;

/// Argon2 costs a kiosk accepts in a hash: from OWASP's minimum (19 MiB) to what verifies
/// in well under a second on a small kiosk computer.
const MIN_MEMORY_KIB: u32 = 19 * 1024;
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_TIME_COST: u32 = 10;
const MAX_LANES: u32 = 4;

/// Fewest digits a staff PIN may have.
pub const MIN_DIGITS: usize = 6;
/// Most digits the on-screen keypad takes.
pub const MAX_DIGITS: usize = 12;
/// Wrong tries allowed without any wait (typing slips).
const FREE_TRIES: u32 = 2;
/// The first wait, doubled for every further wrong try.
const FIRST_WAIT: Duration = Duration::from_secs(5);
/// The longest wait.
const LONGEST_WAIT: Duration = Duration::from_mins(5);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("The PIN must be digits only (0 to 9), so it can be typed on the kiosk's keypad.")]
    NotDigits,
    #[error("The PIN is too short: use at least {MIN_DIGITS} digits.")]
    TooShort,
    #[error("The PIN is too long: the keypad takes at most {MAX_DIGITS} digits.")]
    TooLong,
    #[error("The two PINs are not the same. Nothing was made; try again.")]
    Mismatch,
    #[error("The PIN could not be hashed ({0}).")]
    Hash(String),
    #[error(
        "staff_pin_hash is not an Argon2id hash (a line starting with $argon2id$). Make one \
         with: kineret-coach kiosk hash-pin"
    )]
    NotAHash,
    #[error(
        "staff_pin_hash has costs the kiosk cannot use (memory {MIN_MEMORY_KIB} to {MAX_MEMORY_KIB} KiB, \
         time 1 to {MAX_TIME_COST}, lanes 1 to {MAX_LANES}). Make a new one with: kineret-coach kiosk hash-pin"
    )]
    Cost,
}

/// Checks a new PIN: digits only, 6 to 12 of them.
pub fn check_new(pin: &str) -> Result<(), PinError> {
    if pin.is_empty() || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if pin.len() < MIN_DIGITS {
        return Err(PinError::TooShort);
    }
    if pin.len() > MAX_DIGITS {
        return Err(PinError::TooLong);
    }
    Ok(())
}

/// Hashes a new PIN with Argon2id and a fresh random salt, as a PHC string.
pub fn hash(pin: &str) -> Result<String, PinError> {
    check_new(pin)?;
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// A staff PIN's hash, checked to be an Argon2id PHC string.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl std::fmt::Debug for PinHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PinHash(argon2id)")
    }
}

impl PinHash {
    pub fn parse(phc: &str) -> Result<Self, PinError> {
        let phc = phc.trim();
        let parsed = PasswordHash::new(phc).map_err(|_| PinError::NotAHash)?;
        if parsed.algorithm.as_str() != "argon2id" || parsed.hash.is_none() || parsed.salt.is_none() {
            return Err(PinError::NotAHash);
        }
        // The cost is written in the hash: one that could never verify (too small) or would
        // freeze the kiosk for minutes (too big) is refused at start, not at the first try.
        let params = argon2::Params::try_from(&parsed).map_err(|_| PinError::NotAHash)?;
        if !(MIN_MEMORY_KIB..=MAX_MEMORY_KIB).contains(&params.m_cost())
            || !(1..=MAX_TIME_COST).contains(&params.t_cost())
            || !(1..=MAX_LANES).contains(&params.p_cost())
        {
            return Err(PinError::Cost);
        }
        Ok(Self(phc.to_owned()))
    }

    /// Whether `pin` is the staff PIN.
    #[must_use]
    pub fn verify(&self, pin: &str) -> bool {
        PasswordHash::new(&self.0).is_ok_and(|h| Argon2::default().verify_password(pin.as_bytes(), &h).is_ok())
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Wrong tries so far and when the keypad opens again. Kept in memory only; a kiosk reset
/// does not clear it, so waiting for a reset gives no free tries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Throttle {
    failures: u32,
    locked_until: Option<Timestamp>,
}

impl Throttle {
    /// The wait after `failures` wrong tries in a row.
    #[must_use]
    pub fn delay_after(failures: u32) -> Duration {
        if failures <= FREE_TRIES {
            return Duration::ZERO;
        }
        let doublings = (failures - FREE_TRIES - 1).min(16);
        FIRST_WAIT.saturating_mul(1 << doublings).min(LONGEST_WAIT)
    }

    /// How long until a PIN may be tried again (`None`: now).
    #[must_use]
    pub fn wait(&self, now: Timestamp) -> Option<Duration> {
        let until = self.locked_until?;
        let left: Duration = until.duration_since(now).try_into().ok()?;
        // A clock set back never makes the wait longer than the wait itself.
        let left = left.min(Self::delay_after(self.failures));
        (!left.is_zero()).then_some(left)
    }

    /// Counts a wrong PIN tried at `now`.
    pub fn failed(&mut self, now: Timestamp) {
        self.failures = self.failures.saturating_add(1);
        let delay = Self::delay_after(self.failures);
        self.locked_until = (!delay.is_zero()).then(|| now + delay);
    }

    /// The right PIN: the count starts again.
    pub fn succeeded(&mut self) {
        *self = Self::default();
    }

    #[must_use]
    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_pin_verifies_and_a_wrong_one_does_not() {
        let phc = hash("246810").expect("hash");
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(!phc.contains("246810"));
        let h = PinHash::parse(&phc).expect("parse");
        assert!(h.verify("246810"));
        assert!(!h.verify("246811"));
        assert!(!h.verify(""));
        // Each hash has its own salt.
        assert_ne!(phc, hash("246810").expect("hash"));
    }

    #[test]
    fn short_long_and_non_digit_pins_are_refused() {
        assert_eq!(check_new("12345"), Err(PinError::TooShort));
        assert_eq!(check_new("1234567890123"), Err(PinError::TooLong));
        assert_eq!(check_new("12345a"), Err(PinError::NotDigits));
        assert_eq!(check_new(" 123456"), Err(PinError::NotDigits));
        assert_eq!(check_new(""), Err(PinError::NotDigits));
        assert!(check_new("000000").is_ok());
    }

    #[test]
    fn only_an_argon2id_phc_string_is_taken_as_a_hash() {
        for bad in [
            "",
            "123456",
            "$argon2i$v=19$m=16,t=2,p=1$c2FsdHNhbHQ$nVHTJg0LD9Hh2Dw0WzZyqQ",
            "$2b$12$abcdefghijklmnopqrstuv",
            "$argon2id$v=19$m=19456,t=2,p=1",
        ] {
            assert_eq!(PinHash::parse(bad), Err(PinError::NotAHash), "{bad}");
        }
    }

    #[test]
    fn a_hash_whose_cost_could_never_verify_or_would_freeze_the_kiosk_is_refused() {
        let tiny = "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHRzb21l$h5rwpz0cBvRzAUHFjAWfBFxjG7u7LEyx0fNd9rz29ZA";
        let huge =
            "$argon2id$v=19$m=4194304,t=4294967295,p=1$c29tZXNhbHRzb21l$h5rwpz0cBvRzAUHFjAWfBFxjG7u7LEyx0fNd9rz29ZA";
        assert_eq!(PinHash::parse(tiny), Err(PinError::Cost));
        assert_eq!(PinHash::parse(huge), Err(PinError::Cost));
        assert!(PinHash::parse(&hash("123456").expect("hash")).is_ok());
    }

    #[test]
    fn the_wait_grows_with_each_wrong_pin_and_is_capped() {
        let waits: Vec<u64> = (1..=12).map(|n| Throttle::delay_after(n).as_secs()).collect();
        assert_eq!(waits, [0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300, 300]);
        assert_eq!(Throttle::delay_after(u32::MAX), LONGEST_WAIT);
    }

    #[test]
    fn the_keypad_is_locked_until_the_wait_is_over() {
        let t0 = Timestamp::from_second(1_800_000_000).expect("valid");
        let mut th = Throttle::default();
        th.failed(t0);
        th.failed(t0);
        assert_eq!(th.wait(t0), None);
        th.failed(t0);
        assert_eq!(th.wait(t0), Some(Duration::from_secs(5)));
        assert_eq!(th.wait(t0 + Duration::from_secs(5)), None);
        th.failed(t0 + Duration::from_secs(6));
        assert_eq!(th.wait(t0 + Duration::from_secs(6)), Some(Duration::from_secs(10)));
        th.succeeded();
        assert_eq!(th, Throttle::default());
    }
}
